"""Print the documents of the blind split of session 89 (``blind-s44``), by the fixed rule below.

Usage: ``python data/gold/events/select_blind_s44.py ../shared/datasets`` (written and committed before the draw was
run; kept so the draw can be repeated). The events blind part of the lead's thirty-fifth session: scored once on the
session-start code ``63cc992c`` (rules alone, then with ``--learned``), kept blind (errors unread, not renamed, its
phrasings told to nobody) until the lead scores it again on the session's final code. As in sessions 66, 71, 75 and
80, at least ``MIN_DOCS`` = 36 documents. The rule, fixed before any candidate of this draw was opened, is
``select_blind_s41``'s (as ``select_blind_s42`` and ``select_blind_s43`` ran it), run by its own ``select`` function
with new seeds (set below) and this split's name:

1. **Offered pairs**: ``select_blind_s40``'s offer unchanged (session 46's ``select_blind_s32.OFFERED`` plus the
   ``select_blind_s36.EXTRA`` pairs kept by ``select_blind_s36.prefilter`` at ``MIN_CANDS`` = 3); the pairs found in
   ``documents.csv`` (``select_blind_s22.gold_pairs``) are dropped at run time (s43-mix's six pairs among them).
2. **Candidates of a pair**: the rule of ``select_blind_s23`` (ANT v2.1 CNN, France24, Al Arabiya and ANT v1.1
   Jawhara FM outside the sport folders; at least two sentences naming both sides and one naming both sides' state
   actors; every document of any gold split, ``s43-mix`` included, or of any ``probed_s*.txt`` list left out by id,
   text and URL), counted by ``select_blind_s23.candidates`` (printed). File counts only (no article opened):
   session 80's printed counts found no offered pair with 3 candidates (stage 1 empty) and its widening pairs with
   at least 3 candidates (IR-QA, SA-TR, IL-SY, IQ-TR, EG-US) were all drawn into s43 and are gold pairs now, so
   steps 3 and 4 are expected to find no pair; session 80's printed stage-3 order left 28 pairs with exactly 2
   candidates not drawn (GB-PK, KW-TN, DE-UA, FR-TR, CN-JP, IL-RU, BH-YE, IL-SA, IL-IT, LY-TN, JO-TR, US-AE,
   EG-TN, KW-LB, BH-FR, EG-IL, IR-LB, IQ-LB, IT-LB, BH-SA, GB-IR, IT-TN, SA-KW, BH-IL, IQ-KW, EG-IT, GB-IQ, GB-DE;
   about 56 documents before s43-mix's documents are left out, which may take a few of them and move a pair to
   exactly 1 candidate), so the last fallback of step 5 is expected to make the split, stage 3 alone about enough.
3. **The pairs** ``K``: every offered pair with at least ``MIN_CANDS`` = 3 candidates, sorted, then put in the order
   of ``random.Random(PAIR_SEED).shuffle``. Whole pairs are taken in that order, each with **all** its candidates
   not yet drawn (a file or a copy of a body drawn once; within a pair shuffled by ``SEED.format(pair)``, as
   ``select_blind_s23.draw``), until the split holds at least ``MIN_DOCS`` = 36 documents. Their lines say stage 1.
4. **Widening** (``select_blind_s40``'s, unchanged; used only if step 3 runs out of pairs below ``MIN_DOCS``): the
   pairs of two countries of the gazetteer (``select_blind_s18.SIDES``) that step 1 does not offer (pairs with Iraq or
   Iran, ``select_blind_s21.READ``, ``select_blind_s36.PROBE_PAIRS``; their probe articles stay left out by step 2)
   and that no gold split holds, with at least ``MIN_CANDS`` candidates by the same rule, sorted, in the order of
   ``random.Random(PAIR_SEED2).shuffle``, taken whole the same way until ``MIN_DOCS``. Their lines say stage 2.
5. **Last fallback** (``select_blind_s41``'s, unchanged; used only if steps 3-4 run out below ``MIN_DOCS``): every
   pair of steps 1 and 4 together (none held by a gold split) with exactly 2 candidates, sorted, in the order of
   ``random.Random(PAIR_SEED3).shuffle`` (stage 3); then, if still short, those with exactly 1 candidate in the order
   of ``random.Random(PAIR_SEED4).shuffle`` (stage 4). The last pair taken is taken whole, so the split may hold
   37 documents.

Choosing pairs where events are likely is not allowed: no article is opened before the draw, nothing is chosen by
hand, and a pair is taken whole (all its candidates) whatever it holds. Every event of the drawn documents and their
no-event sentences (``negatives.csv``) are annotated by this folder's README rules, as in earlier splits.
"""
import sys
from pathlib import Path

import select_blind_s41 as s41

PAIR_SEED = "events-s44-pairs-2026-12-06-events89"
PAIR_SEED2 = "events-s44-pairs-widen-2026-12-06-events89"
PAIR_SEED3 = "events-s44-pairs-two-2026-12-06-events89"
PAIR_SEED4 = "events-s44-pairs-one-2026-12-06-events89"
SEED = "events-s44-{}-2026-12-06-events89"
SPLIT = "blind-s44"


def select(datasets: Path) -> list[tuple[int, str, str, str]]:
    """(stage, pair, outlet, path) of the drawn documents: ``select_blind_s41.select`` with this draw's seeds/split."""
    for name in ("PAIR_SEED", "PAIR_SEED2", "PAIR_SEED3", "PAIR_SEED4", "SEED", "SPLIT"):
        setattr(s41, name, globals()[name])
    assert (s41.MIN_CANDS, s41.MIN_DOCS) == (3, 36)
    return s41.select(datasets)


if __name__ == "__main__":
    for stage, pair, outlet, rel in select(Path((sys.argv[1:] or ["../shared/datasets"])[0])):
        print(stage, pair, outlet, rel)
