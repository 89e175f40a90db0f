"""Print the documents of the blind split of session 46 (``blind-s32``), by the fixed rule below.

Usage: ``python data/gold/events/select_blind_s32.py ../shared/datasets`` (written and committed before the draw was
run; kept so the draw can be repeated). Session 45's blind split (``blind-s31``, now ``s31-mix``) took France-Italy and
France-Syria; session 42's (``s30-mix``) Germany-France and United Kingdom-Saudi Arabia. This draw takes two pairs that
no gold split has. The rule, fixed before any candidate was counted or opened:

1. **Offered pairs** (``OFFERED``, focus first): session 45's offer without its drawn France-Italy and France-Syria
   (Japan-United States, United States-Pakistan, India-Pakistan, United States-Venezuela, Saudi Arabia-Germany,
   Morocco-Algeria, France-Algeria, Egypt-Turkey, Italy-Libya, Egypt-Libya, Jordan-Saudi Arabia, Lebanon-Israel,
   Sudan-South Sudan, Ethiopia-Eritrea, United Kingdom-France, Qatar-Turkey, Russia-Saudi Arabia, Egypt-Qatar, United
   States-United Arab Emirates, France-Saudi Arabia, United States-Jordan, United States-Lebanon, Saudi Arabia-Kuwait,
   Kuwait-Qatar, United Kingdom-Syria, Turkey-United Arab Emirates, France-Tunisia, United States-Philippines), then
   Saudi Arabia-Syria, United Arab Emirates-Yemen, United States-Yemen, United States-Ukraine, United Kingdom-Germany,
   France-Libya, Saudi Arabia-Morocco, Algeria-Tunisia, United States-India, United States-Italy, Jordan-Syria,
   Egypt-Jordan. A pair found in ``documents.csv`` (``select_blind_s22.gold_pairs``) is dropped at run time (session
   42's Germany-France and United Kingdom-Saudi Arabia and session 45's France-Italy and France-Syria are gold and not
   offered). No pair has Iraq or Iran (the lead probed Iraq with Turkey, the United States, Saudi Arabia, Kuwait,
   Jordan, Iran, Syria, France and the United Kingdom in session 45, ``probed_s45.txt``; Iran was probed with France,
   Germany, the United Kingdom, Turkey and India in session 42). None is a pair of the lead's earlier probes (Russia
   with Turkey, Israel, India, Japan, Germany; Turkey with the United States, Germany, France, the Netherlands, Greece;
   China with the United States, Japan, India, South Korea, Australia; Egypt with Ethiopia, Saudi Arabia, the United
   States, Israel, the UAE) or a pair read by an earlier probe (``select_blind_s18.READ``); the earlier probes'
   articles are listed in ``probed_s*.txt`` (``probed_s45.txt`` and the wide Russia probe ``probed_s45_wide.txt``
   among them) and left out by id, text and URL.
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

OFFERED = [("JP", "US"), ("US", "PK"), ("IN", "PK"), ("US", "VE"), ("SA", "DE"), ("MA", "DZ"), ("FR", "DZ"),
           ("EG", "TR"), ("IT", "LY"), ("EG", "LY"), ("JO", "SA"), ("LB", "IL"), ("SD", "SS"), ("ET", "ER"),
           ("GB", "FR"), ("QA", "TR"), ("RU", "SA"), ("EG", "QA"), ("US", "AE"), ("FR", "SA"), ("US", "JO"),
           ("US", "LB"), ("SA", "KW"), ("KW", "QA"), ("GB", "SY"), ("TR", "AE"), ("FR", "TN"), ("US", "PH"),
           ("SA", "SY"), ("AE", "YE"), ("US", "YE"), ("US", "UA"), ("GB", "DE"), ("FR", "LY"), ("SA", "MA"),
           ("DZ", "TN"), ("US", "IN"), ("US", "IT"), ("JO", "SY"), ("EG", "JO")]
K, N = 2, 10
PAIR_SEED = "events-s32-pairs-2026-12-05-events46"
SEED = "events-s32-{}-2026-12-05-events46"


def select(datasets: Path) -> list[tuple[int, str, str, str]]:
    """(stage, pair, outlet, path) of the drawn documents (stage always 1): ``select_blind_s24``'s steps 3-4 with this
    offer, these seeds, ``K`` and ``N`` (``MIN_CANDS`` is the same)."""
    return select_s24(datasets, offered=OFFERED, split="blind-s32", pair_seed=PAIR_SEED, seed=SEED, k=K, n=N)


if __name__ == "__main__":
    for stage, pair, outlet, rel in select(Path((sys.argv[1:] or ["../shared/datasets"])[0])):
        print(stage, pair, outlet, rel)
