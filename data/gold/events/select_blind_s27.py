"""Print the documents of the blind split of session 35 (``blind-s27``), by the fixed rule below.

Usage: ``python data/gold/events/select_blind_s27.py ../shared/datasets`` (written and committed before the draw was
run; kept so the draw can be repeated). Session 32's blind split (``blind-s26``, now ``s26-mix``) took three pairs no
gold split had; United States-North Korea was offered then with 76 candidates and not drawn. This draw keeps it as its
main pair and adds one more pair that no gold split has. The rule, fixed before any candidate was counted or opened:

1. **Offered pairs** (``OFFERED``, focus first): United States-North Korea (``ALWAYS``: kept without a draw when it has
   at least ``MIN_CANDS`` candidates), then China-North Korea, South Korea-United States, Japan-North Korea, United
   States-Saudi Arabia, United States-Iraq, Egypt-Saudi Arabia, Turkey-Iran, United States-Egypt. A pair found in
   ``documents.csv`` (``select_blind_s22.gold_pairs``) is dropped at run time.
2. **Candidates of a pair**: the rule of ``select_blind_s23`` (steps 2-3: ANT v2.1 CNN, France24, Al Arabiya and ANT
   v1.1 Jawhara FM outside the sport folders; at least two sentences naming both sides and one naming both sides'
   state actors; every document of any gold split or ``probed_s*.txt`` list left out by id, text and URL).
3. **The pairs**: those with at least ``MIN_CANDS`` = 10 candidates are eligible; United States-North Korea is kept and
   ``K`` - 1 = 1 other eligible pair is drawn by ``random.Random(PAIR_SEED).sample`` of the other eligible pairs sorted
   (``select_blind_s24.chosen``), kept in ``OFFERED`` order.
4. **The documents**: per pair, its candidates sorted by base name, shuffled with ``random.Random(SEED.format(pair))``,
   the first ``N`` = 10 kept; a file or a copy of a body drawn once (``select_blind_s23.draw``; United States-North
   Korea draws first). About 20 documents. Nothing is chosen by hand. No-event sentences of the drawn documents go to
   ``negatives.csv`` as in earlier splits.
"""
import sys
from pathlib import Path

from select_blind_s24 import select as select_s24

OFFERED = [("US", "KP"), ("CN", "KP"), ("KR", "US"), ("JP", "KP"), ("US", "SA"), ("US", "IQ"), ("EG", "SA"),
           ("TR", "IR"), ("US", "EG")]
ALWAYS = [("US", "KP")]
K, N = 2, 10
PAIR_SEED = "events-s27-pairs-2026-12-05"
SEED = "events-s27-{}-2026-12-05"


def select(datasets: Path) -> list[tuple[int, str, str, str]]:
    """(stage, pair, outlet, path) of the drawn documents (stage always 1): ``select_blind_s24``'s steps 3-4 with this
    offer, these seeds, ``K``, ``N`` and the pair kept without a draw (``MIN_CANDS`` is the same)."""
    return select_s24(datasets, offered=OFFERED, split="blind-s27", pair_seed=PAIR_SEED, seed=SEED, k=K, n=N,
                      always=ALWAYS)


if __name__ == "__main__":
    for stage, pair, outlet, rel in select(Path((sys.argv[1:] or ["../shared/datasets"])[0])):
        print(stage, pair, outlet, rel)
