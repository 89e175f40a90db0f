"""Print the documents of the blind split of session 32 (``blind-s26``), by the fixed rule below.

Usage: ``python data/gold/events/select_blind_s26.py ../shared/datasets`` (written and committed before the draw was
run; kept so the draw can be repeated). Session 30's blind split (``blind-s25``, now ``s25-mix``) took the last pairs
of session 27's offer; recall on pairs the rules were not written for is the weakest number, so this draw offers only
pairs that no gold split has used. The rule, fixed before any candidate was counted or opened:

1. **Offered pairs** (``OFFERED``, focus first): United States-North Korea, Russia-Ukraine, Israel-Syria, United
   States-Syria, Israel-United States, France-Algeria, India-Pakistan, Saudi Arabia-Yemen, Morocco-Algeria. A pair
   found in ``documents.csv`` (``select_blind_s22.gold_pairs``) is dropped at run time.
2. **Candidates of a pair**: the rule of ``select_blind_s23`` (steps 2-3: ANT v2.1 CNN, France24, Al Arabiya and ANT
   v1.1 Jawhara FM outside the sport folders; at least two sentences naming both sides and one naming both sides'
   state actors; every document of any gold split or ``probed_s*.txt`` list left out by id, text and URL).
3. **The pairs drawn**: those with at least ``MIN_CANDS`` = 10 candidates are eligible; ``K`` = 3 of them by
   ``random.Random(PAIR_SEED).sample`` of the eligible pairs sorted (all when at most 3), kept in ``OFFERED`` order.
4. **The documents**: per drawn pair, its candidates sorted by base name, shuffled with ``random.Random(SEED.format(pair))``,
   the first ``N`` = 7 kept; a file or a copy of a body drawn once (``select_blind_s23.draw``). About 21 documents.
   Nothing is chosen by hand. No-event sentences of the drawn documents go to ``negatives.csv`` as in earlier splits.
"""
import sys
from pathlib import Path

from select_blind_s24 import select as select_s24

OFFERED = [("US", "KP"), ("RU", "UA"), ("IL", "SY"), ("US", "SY"), ("IL", "US"), ("FR", "DZ"), ("IN", "PK"),
           ("SA", "YE"), ("MA", "DZ")]
PAIR_SEED = "events-s26-pairs-2026-12-05"
SEED = "events-s26-{}-2026-12-05"


def select(datasets: Path) -> list[tuple[int, str, str, str]]:
    """(stage, pair, outlet, path) of the drawn documents (stage always 1): ``select_blind_s24``'s steps 3-4 with this
    offer and these seeds (``MIN_CANDS``, ``K`` and ``N`` are the same)."""
    return select_s24(datasets, offered=OFFERED, split="blind-s26", pair_seed=PAIR_SEED, seed=SEED)


if __name__ == "__main__":
    for stage, pair, outlet, rel in select(Path((sys.argv[1:] or ["../shared/datasets"])[0])):
        print(stage, pair, outlet, rel)
