"""Print the documents of the second blind split of session 47 (``blind-s34``), by the fixed rule below.

Usage: ``python data/gold/events/select_blind_s34.py ../shared/datasets`` (written and committed before the draw was
run; kept so the draw can be repeated). Session 47's first blind split (``blind-s33``) took United Arab Emirates-Yemen,
the only pair of session 46's offer with at least 10 candidates. Like it, this split is scored once on the
session-start code and then kept blind (not renamed, its errors not read) until the lead scores it again on the
session's final code. The rule, fixed before any candidate of this draw was opened:

1. **Offered pairs**: session 46's offer unchanged (``select_blind_s32.OFFERED``); the pairs found in
   ``documents.csv`` (``select_blind_s22.gold_pairs``) are dropped at run time, so s33's United Arab Emirates-Yemen (and
   s32's France-Saudi Arabia and United States-Yemen) are not offered. No pair has Iraq or Iran.
2. **Candidates of a pair**: the rule of ``select_blind_s23`` (steps 2-3, as for ``select_blind_s33``: every document of
   any gold split, ``blind-s33`` included, or of any ``probed_s*.txt`` list left out by id, text and URL).
3. **The pairs** (the one amendment to ``select_blind_s33``): with ``MIN_CANDS`` = 10 no pair is left (s33's printed
   counts, file counts only: United Arab Emirates-Yemen 14, the next Qatar-Turkey 8), so a pair is eligible with at
   least ``MIN_CANDS`` = 5 candidates; ``K`` = 2 of them are drawn by ``random.Random(PAIR_SEED).sample`` of the eligible
   pairs sorted, kept in ``OFFERED`` order (``select_blind_s24.chosen``'s step with this threshold).
4. **The documents**: per pair, its candidates sorted by base name, shuffled with ``random.Random(SEED.format(pair))``,
   the first ``N`` = 10 kept (all of them when fewer); a file or a copy of a body drawn once (``select_blind_s23.draw``).
   Nothing is chosen by hand. No-event sentences of the drawn documents go to ``negatives.csv`` as in earlier splits.
"""
import sys
from pathlib import Path

from select_blind_s24 import select as select_s24
from select_blind_s32 import OFFERED

MIN_CANDS, K, N = 5, 2, 10
PAIR_SEED = "events-s34-pairs-2026-12-05-events47"
SEED = "events-s34-{}-2026-12-05-events47"


def select(datasets: Path) -> list[tuple[int, str, str, str]]:
    """(stage, pair, outlet, path) of the drawn documents (stage always 1): ``select_blind_s24``'s steps 3-4 with this
    offer, these seeds, ``K``, ``N`` and ``MIN_CANDS`` = 5."""
    return select_s24(datasets, offered=OFFERED, split="blind-s34", pair_seed=PAIR_SEED, seed=SEED, k=K, n=N,
                      min_cands=MIN_CANDS)


if __name__ == "__main__":
    for stage, pair, outlet, rel in select(Path((sys.argv[1:] or ["../shared/datasets"])[0])):
        print(stage, pair, outlet, rel)
