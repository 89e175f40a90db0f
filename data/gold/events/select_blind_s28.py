"""Print the documents of the blind split of session 37 (``blind-s28``), by the fixed rule below.

Usage: ``python data/gold/events/select_blind_s28.py ../shared/datasets`` (written and committed before the draw was
run; kept so the draw can be repeated). Session 35's blind split (``blind-s27``, now ``s27-mix``) took United
States-North Korea and United States-Saudi Arabia. This draw takes two pairs that no gold split has. The rule, fixed
before any candidate was counted or opened:

1. **Offered pairs** (``OFFERED``, focus first): South Korea-United States, Turkey-Germany, Turkey-France,
   Turkey-Greece, Turkey-Netherlands, Turkey-Saudi Arabia, Germany-United States, Japan-United States, China-North
   Korea, Qatar-United Arab Emirates, United States-Mexico, United States-Canada, Egypt-Israel, United States-Iraq,
   United States-Egypt, Turkey-Iraq. A pair found in ``documents.csv`` (``select_blind_s22.gold_pairs``) is dropped
   at run time. The lead's session-22 probe of Turkey with the United States, Germany, France, the Netherlands and
   Greece is listed in ``probed_s36.txt`` and so left out by id, text and URL; other articles of those pairs are
   candidates as any other.
2. **Candidates of a pair**: the rule of ``select_blind_s23`` (steps 2-3: ANT v2.1 CNN, France24, Al Arabiya and ANT
   v1.1 Jawhara FM outside the sport folders; at least two sentences naming both sides and one naming both sides'
   state actors; every document of any gold split or ``probed_s*.txt`` list left out by id, text and URL).
3. **The pairs**: those with at least ``MIN_CANDS`` = 10 candidates are eligible; ``K`` = 2 of them are drawn by
   ``random.Random(PAIR_SEED).sample`` of the eligible pairs sorted (``select_blind_s24.chosen``), kept in
   ``OFFERED`` order.
4. **The documents**: per pair, its candidates sorted by base name, shuffled with ``random.Random(SEED.format(pair))``,
   the first ``N`` = 10 kept; a file or a copy of a body drawn once (``select_blind_s23.draw``). About 20 documents.
   Nothing is chosen by hand. No-event sentences of the drawn documents go to ``negatives.csv`` as in earlier splits.
"""
import sys
from pathlib import Path

from select_blind_s24 import select as select_s24

OFFERED = [("KR", "US"), ("TR", "DE"), ("TR", "FR"), ("TR", "GR"), ("TR", "NL"), ("TR", "SA"), ("DE", "US"),
           ("JP", "US"), ("CN", "KP"), ("QA", "AE"), ("US", "MX"), ("US", "CA"), ("EG", "IL"), ("US", "IQ"),
           ("US", "EG"), ("TR", "IQ")]
K, N = 2, 10
PAIR_SEED = "events-s28-pairs-2026-12-05-events37"
SEED = "events-s28-{}-2026-12-05-events37"


def select(datasets: Path) -> list[tuple[int, str, str, str]]:
    """(stage, pair, outlet, path) of the drawn documents (stage always 1): ``select_blind_s24``'s steps 3-4 with this
    offer, these seeds, ``K`` and ``N`` (``MIN_CANDS`` is the same)."""
    return select_s24(datasets, offered=OFFERED, split="blind-s28", pair_seed=PAIR_SEED, seed=SEED, k=K, n=N)


if __name__ == "__main__":
    for stage, pair, outlet, rel in select(Path((sys.argv[1:] or ["../shared/datasets"])[0])):
        print(stage, pair, outlet, rel)
