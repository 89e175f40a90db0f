"""Print the documents of the blind split of session 50 (``blind-s35``), by the fixed rule below.

Usage: ``python data/gold/events/select_blind_s35.py ../shared/datasets`` (written and committed before the draw was
run; kept so the draw can be repeated). A last blind measurement of the twenty-seventh session's final events code
(main ``f61c50c``, frozen): scored once on that code and once on the session-start code ``e3004bd``, then it becomes
development data. The rule, fixed before any candidate of this draw was opened, is ``select_blind_s34``'s with new
seeds:

1. **Offered pairs**: session 46's offer unchanged (``select_blind_s32.OFFERED``); the pairs found in
   ``documents.csv`` (``select_blind_s22.gold_pairs``) are dropped at run time, so s33's United Arab Emirates-Yemen and
   s34's France-Tunisia and France-Libya (and s32's France-Saudi Arabia and United States-Yemen) are not offered. No
   pair has Iraq or Iran.
2. **Candidates of a pair**: the rule of ``select_blind_s23`` (steps 2-3, as for ``select_blind_s34``: every document of
   any gold split, ``s33-mix`` and ``s34-mix`` included, or of any ``probed_s*.txt`` list left out by id, text and URL).
3. **The pairs**: eligible with at least ``MIN_CANDS`` = 5 candidates (``select_blind_s34``'s amended threshold; s34's
   printed counts, file counts only, no article opened, left United States-Venezuela 7 and Qatar-Turkey 8 at or above
   it, so no further lowering is made; had none been eligible the threshold would have been 4, written here before the
   draw); ``K`` = 2 of them drawn by ``random.Random(PAIR_SEED).sample`` of the eligible pairs sorted (all of them when
   ``K`` or fewer), kept in ``OFFERED`` order.
4. **The documents**: per pair, its candidates sorted by base name, shuffled with ``random.Random(SEED.format(pair))``,
   the first ``N`` = 10 kept (all of them when fewer); a file or a copy of a body drawn once (``select_blind_s23.draw``).
   Nothing is chosen by hand. No-event sentences of the drawn documents go to ``negatives.csv`` as in earlier splits.
"""
import sys
from pathlib import Path

from select_blind_s24 import select as select_s24
from select_blind_s32 import OFFERED

MIN_CANDS, K, N = 5, 2, 10
PAIR_SEED = "events-s35-pairs-2026-12-06-events50"
SEED = "events-s35-{}-2026-12-06-events50"


def select(datasets: Path) -> list[tuple[int, str, str, str]]:
    """(stage, pair, outlet, path) of the drawn documents (stage always 1): ``select_blind_s24``'s steps 3-4 with this
    offer, these seeds, ``K``, ``N`` and ``MIN_CANDS`` = 5."""
    return select_s24(datasets, offered=OFFERED, split="blind-s35", pair_seed=PAIR_SEED, seed=SEED, k=K, n=N,
                      min_cands=MIN_CANDS)


if __name__ == "__main__":
    for stage, pair, outlet, rel in select(Path((sys.argv[1:] or ["../shared/datasets"])[0])):
        print(stage, pair, outlet, rel)
