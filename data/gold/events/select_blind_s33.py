"""Print the documents of the blind split of session 47 (``blind-s33``), by the fixed rule below.

Usage: ``python data/gold/events/select_blind_s33.py ../shared/datasets`` (written and committed before the draw was
run; kept so the draw can be repeated). Session 46's blind split (``blind-s32``, now ``s32-mix``) took France-Saudi
Arabia and United States-Yemen. This draw is the twenty-seventh session's first events blind part: it is scored once on
the session-start code and then kept blind (not renamed, its errors not read) until the lead scores it again on the
session's final code. The rule, fixed before any candidate was counted or opened:

1. **Offered pairs** (``OFFERED``, focus first): session 46's offer unchanged (``select_blind_s32.OFFERED``: Japan-United
   States, United States-Pakistan, India-Pakistan, United States-Venezuela, Saudi Arabia-Germany, Morocco-Algeria,
   France-Algeria, Egypt-Turkey, Italy-Libya, Egypt-Libya, Jordan-Saudi Arabia, Lebanon-Israel, Sudan-South Sudan,
   Ethiopia-Eritrea, United Kingdom-France, Qatar-Turkey, Russia-Saudi Arabia, Egypt-Qatar, United States-United Arab
   Emirates, France-Saudi Arabia, United States-Jordan, United States-Lebanon, Saudi Arabia-Kuwait, Kuwait-Qatar,
   United Kingdom-Syria, Turkey-United Arab Emirates, France-Tunisia, United States-Philippines, Saudi Arabia-Syria,
   United Arab Emirates-Yemen, United States-Yemen, United States-Ukraine, United Kingdom-Germany, France-Libya, Saudi
   Arabia-Morocco, Algeria-Tunisia, United States-India, United States-Italy, Jordan-Syria, Egypt-Jordan). A pair found
   in ``documents.csv`` (``select_blind_s22.gold_pairs``) is dropped at run time: session 46's France-Saudi Arabia and
   United States-Yemen are gold now and so not offered. No pair has Iraq or Iran; none is a pair of the lead's earlier
   probes or of ``select_blind_s18.READ`` (as for ``select_blind_s32``).
2. **Candidates of a pair**: the rule of ``select_blind_s23`` (steps 2-3: ANT v2.1 CNN, France24, Al Arabiya and ANT
   v1.1 Jawhara FM outside the sport folders; at least two sentences naming both sides and one naming both sides'
   state actors; every document of any gold split or of any ``probed_s*.txt`` list, ``probed_s46_final.txt`` (the
   lead's end-of-session-26 precision read) among them, left out by id, text and URL).
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
from select_blind_s32 import OFFERED

K, N = 2, 10
PAIR_SEED = "events-s33-pairs-2026-12-05-events47"
SEED = "events-s33-{}-2026-12-05-events47"


def select(datasets: Path) -> list[tuple[int, str, str, str]]:
    """(stage, pair, outlet, path) of the drawn documents (stage always 1): ``select_blind_s24``'s steps 3-4 with
    session 46's offer, these seeds, ``K`` and ``N`` (``MIN_CANDS`` is the same)."""
    return select_s24(datasets, offered=OFFERED, split="blind-s33", pair_seed=PAIR_SEED, seed=SEED, k=K, n=N)


if __name__ == "__main__":
    for stage, pair, outlet, rel in select(Path((sys.argv[1:] or ["../shared/datasets"])[0])):
        print(stage, pair, outlet, rel)
