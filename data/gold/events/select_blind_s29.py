"""Print the documents of the blind split of session 39 (``blind-s29``), by the fixed rule below.

Usage: ``python data/gold/events/select_blind_s29.py ../shared/datasets`` (written and committed before the draw was
run; kept so the draw can be repeated). Session 37's blind split (``blind-s28``, now ``s28-mix``) took South
Korea-United States and United States-Canada. This draw takes two pairs that no gold split has. The rule, fixed
before any candidate was counted or opened:

1. **Offered pairs** (``OFFERED``, focus first): Turkey-Saudi Arabia, Germany-United States, Saudi Arabia-Canada,
   Russia-Ukraine, Turkey-Israel, Iran-United Arab Emirates, United States-Mexico, China-North Korea, Japan-United
   States, Qatar-United Arab Emirates, United States-Iraq, Turkey-Iraq, Israel-Syria, United States-Pakistan,
   France-Italy, Iran-United Kingdom, United States-Venezuela, Turkey-Iran, Saudi Arabia-Germany. A pair found in
   ``documents.csv`` (``select_blind_s22.gold_pairs``) is dropped at run time. None is a pair of the lead's probes
   (this session: Egypt with Ethiopia, Saudi Arabia, the United States, Israel, the UAE; earlier: Russia with
   Turkey, Israel, India, Japan, Germany; Turkey with the United States, Germany, France, the Netherlands, Greece;
   China with the United States, Japan, India, South Korea, Australia); the earlier probes' articles are listed in
   ``probed_s*.txt`` and left out by id, text and URL.
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

OFFERED = [("TR", "SA"), ("DE", "US"), ("SA", "CA"), ("RU", "UA"), ("TR", "IL"), ("IR", "AE"), ("US", "MX"),
           ("CN", "KP"), ("JP", "US"), ("QA", "AE"), ("US", "IQ"), ("TR", "IQ"), ("IL", "SY"), ("US", "PK"),
           ("FR", "IT"), ("IR", "GB"), ("US", "VE"), ("TR", "IR"), ("SA", "DE")]
K, N = 2, 10
PAIR_SEED = "events-s29-pairs-2026-12-05-events39"
SEED = "events-s29-{}-2026-12-05-events39"


def select(datasets: Path) -> list[tuple[int, str, str, str]]:
    """(stage, pair, outlet, path) of the drawn documents (stage always 1): ``select_blind_s24``'s steps 3-4 with this
    offer, these seeds, ``K`` and ``N`` (``MIN_CANDS`` is the same)."""
    return select_s24(datasets, offered=OFFERED, split="blind-s29", pair_seed=PAIR_SEED, seed=SEED, k=K, n=N)


if __name__ == "__main__":
    for stage, pair, outlet, rel in select(Path((sys.argv[1:] or ["../shared/datasets"])[0])):
        print(stage, pair, outlet, rel)
