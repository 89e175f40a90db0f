"""Print the documents of the blind split of session 80 (``blind-s43``), by the fixed rule below.

Usage: ``python data/gold/events/select_blind_s43.py ../shared/datasets`` (written and committed before the draw was
run; kept so the draw can be repeated). The events blind part of the lead's thirty-fourth session: scored once on the
session-start code ``1556b68b`` (rules alone, then with ``--learned``), kept blind (errors unread, not renamed, its
phrasings told to nobody) until the lead scores it again on the session's final code. As in sessions 66, 71 and 75, at
least ``MIN_DOCS`` = 36 documents. The rule, fixed before any candidate of this draw was opened, is
``select_blind_s41``'s (as ``select_blind_s42`` ran it), run by its own ``select`` function with new seeds (set below)
and this split's name:

1. **Offered pairs**: ``select_blind_s40``'s offer unchanged (session 46's ``select_blind_s32.OFFERED`` plus the
   ``select_blind_s36.EXTRA`` pairs kept by ``select_blind_s36.prefilter`` at ``MIN_CANDS`` = 3); the pairs found in
   ``documents.csv`` (``select_blind_s22.gold_pairs``) are dropped at run time (s40-mix's thirteen, s41-mix's eleven
   and s42-mix's seven pairs among them).
2. **Candidates of a pair**: the rule of ``select_blind_s23`` (ANT v2.1 CNN, France24, Al Arabiya and ANT v1.1
   Jawhara FM outside the sport folders; at least two sentences naming both sides and one naming both sides' state
   actors; every document of any gold split, ``s42-mix`` included, or of any ``probed_s*.txt`` list left out by id,
   text and URL), counted by ``select_blind_s23.candidates`` (printed). File counts only (no article opened): session
   75's draw found no offered pair with 3 candidates (stage 1 empty), so step 3 is expected to find none again and the
   widening of step 4 to make the split; session 75's printed widening counts left SA-TR 18, IR-QA 6, EG-US 5, IQ-TR 5
   and IL-SY 4 not drawn (38 documents before s42-mix's documents are left out, which may take some of them), about
   36, so the last fallback of step 5 may be needed.
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
   of ``random.Random(PAIR_SEED4).shuffle`` (stage 4).

Choosing pairs where events are likely is not allowed: no article is opened before the draw, nothing is chosen by
hand, and a pair is taken whole (all its candidates) whatever it holds. No-event sentences of the drawn documents go to
``negatives.csv`` as in earlier splits.
"""
import sys
from pathlib import Path

import select_blind_s41 as s41

PAIR_SEED = "events-s43-pairs-2026-12-06-events80"
PAIR_SEED2 = "events-s43-pairs-widen-2026-12-06-events80"
PAIR_SEED3 = "events-s43-pairs-two-2026-12-06-events80"
PAIR_SEED4 = "events-s43-pairs-one-2026-12-06-events80"
SEED = "events-s43-{}-2026-12-06-events80"
SPLIT = "blind-s43"


def select(datasets: Path) -> list[tuple[int, str, str, str]]:
    """(stage, pair, outlet, path) of the drawn documents: ``select_blind_s41.select`` with this draw's seeds/split."""
    for name in ("PAIR_SEED", "PAIR_SEED2", "PAIR_SEED3", "PAIR_SEED4", "SEED", "SPLIT"):
        setattr(s41, name, globals()[name])
    assert (s41.MIN_CANDS, s41.MIN_DOCS) == (3, 36)
    return s41.select(datasets)


if __name__ == "__main__":
    for stage, pair, outlet, rel in select(Path((sys.argv[1:] or ["../shared/datasets"])[0])):
        print(stage, pair, outlet, rel)
