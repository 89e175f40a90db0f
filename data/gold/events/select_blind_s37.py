"""Print the documents of the blind split of session 56 (``blind-s37``), by the fixed rule below.

Usage: ``python data/gold/events/select_blind_s37.py ../shared/datasets`` (written and committed before the draw was
run; kept so the draw can be repeated). The blind part of the lead's twenty-ninth session: scored once on the
session-start code ``f8d8230d``, kept blind (errors unread, not renamed, its phrasings told to nobody) until the lead
scores it again on the session's final code. The rule, fixed before any candidate of this draw was opened, is
``select_blind_s36``'s with new seeds, without a stage 2, and with the threshold and the number of pairs below:

1. **Offered pairs**: ``select_blind_s36``'s widened offer unchanged (session 46's ``select_blind_s32.OFFERED`` plus
   ``select_blind_s36.EXTRA``: every further pair of two ``select_blind_s18.SIDES`` countries, without Iraq/Iran, read,
   probed or earlier-offered pairs); the pairs found in ``documents.csv`` (``select_blind_s22.gold_pairs``) are dropped
   at run time (s36's France-Yemen, Kuwait-United States and Germany-Tunisia among them): 733 pairs of 755.
2. **Candidates of a pair**: the rule of ``select_blind_s23`` (steps 2-3: ANT v2.1 CNN, France24, Al Arabiya and ANT
   v1.1 Jawhara FM outside the sport folders; at least two sentences naming both sides and one naming both sides'
   state actors; every document of any gold split, ``s36-mix`` included, or of any ``probed_s*.txt`` list left out by
   id, text and URL), prefiltered once per file by ``select_blind_s36.prefilter`` and counted again by
   ``select_blind_s23.candidates`` inside the draw (both printed).
3. **Why no widening, and the threshold.** The counts of step 1's offer were printed first (6 December 2026, about 04:25 UTC;
   file counts only, no article opened; ``select_blind_s36.prefilter`` with a threshold of 1): QA-YE 7, IL-IN 6, BH-US
   5, DE-IT 5, DE-LB 5, DZ-EG 5, and every other pair at most 4. Two pairs reach s36's ``MIN_CANDS`` = 6, so the offer
   is not widened (the brief widens it only when fewer than two pairs are eligible); but two pairs of 6-7 candidates
   give at most 13 documents, below the 15-20 this session aims at. So ``MIN_CANDS`` = 5 and ``K`` = 3 (fixed here,
   before the draw): any three eligible pairs give 15-18 documents (fewer only by copies across folders).
4. **The pairs**: ``K`` = 3 of the eligible pairs drawn by ``random.Random(PAIR_SEED).sample`` of the eligible pairs
   sorted (``select_blind_s24.chosen``), kept in offer order.
5. **The documents**: per pair, its candidates sorted by base name, shuffled with ``random.Random(SEED.format(pair))``,
   the first ``N`` = 10 kept (all of them when fewer); a file or a copy of a body drawn once
   (``select_blind_s23.draw``). Nothing is chosen by hand. No-event sentences of the drawn documents go to
   ``negatives.csv`` as in earlier splits. There is no second stage.
"""
import sys
from pathlib import Path

from select_blind_s24 import select as select_s24
from select_blind_s32 import OFFERED
from select_blind_s36 import EXTRA, prefilter

MIN_CANDS, K, N = 5, 3, 10
PAIR_SEED = "events-s37-pairs-2026-12-06-events56"
SEED = "events-s37-{}-2026-12-06-events56"
SPLIT = "blind-s37"


def select(datasets: Path) -> list[tuple[int, str, str, str]]:
    """(stage, pair, outlet, path) of the drawn documents (stage always 1): ``select_blind_s24``'s steps 3-4 with
    s36's offer (the ``EXTRA`` pairs prefiltered), these seeds, ``K``, ``N`` and ``MIN_CANDS``."""
    extra = prefilter(datasets, EXTRA, split=SPLIT, min_cands=MIN_CANDS)
    return select_s24(datasets, offered=OFFERED + extra, split=SPLIT, pair_seed=PAIR_SEED, seed=SEED, k=K, n=N,
                      min_cands=MIN_CANDS)


if __name__ == "__main__":
    for stage, pair, outlet, rel in select(Path((sys.argv[1:] or ["../shared/datasets"])[0])):
        print(stage, pair, outlet, rel)
