"""Print the documents of the blind split of session 93 (``blind-s45``), by the fixed rule below.

Usage: ``python data/gold/events/select_blind_s45.py ../shared/datasets`` (written and committed before the draw was
run; kept so the draw can be repeated). The events blind part of the lead's thirty-sixth session: scored once on the
session-start code ``509d63af`` (rules alone, then with ``--learned``), kept blind (errors unread, not renamed, its
phrasings told to nobody) until the lead scores it again on the session's final code. As in sessions 66, 71, 75, 80
and 89, at least ``MIN_DOCS`` = 36 documents. The rule, fixed before any candidate of this draw was opened, is
``select_blind_s44``'s (``select_blind_s41``'s, as ``select_blind_s42``/``s43``/``s44`` ran it), run by
``select_blind_s41.select`` with new seeds (set below) and this split's name:

1. **Offered pairs**: ``select_blind_s40``'s offer unchanged (session 46's ``select_blind_s32.OFFERED`` plus the
   ``select_blind_s36.EXTRA`` pairs kept by ``select_blind_s36.prefilter`` at ``MIN_CANDS`` = 3); the pairs found in
   ``documents.csv`` (``select_blind_s22.gold_pairs``) are dropped at run time (s44-mix's twenty-two pairs among them).
2. **Candidates of a pair**: the rule of ``select_blind_s23`` (ANT v2.1 CNN, France24, Al Arabiya and ANT v1.1
   Jawhara FM outside the sport folders; at least two sentences naming both sides and one naming both sides' state
   actors; every document of any gold split, ``s44-mix`` included, or of any ``probed_s*.txt`` list left out by id,
   text and URL), counted by ``select_blind_s23.candidates`` (printed). File counts only (no article opened):
   session 89's printed counts found stages 1 and 2 empty, and its printed stage-3 order left six pairs with exactly
   2 candidates not drawn (GB-IR, GB-PK, BH-IL, JO-TR, CN-JP, BH-SA; about 12 documents, fewer if s44-mix's documents
   take some), so stage 3 cannot reach ``MIN_DOCS`` and stage 4 (pairs with exactly 1 candidate) is expected to make
   the split.
3. **The pairs** ``K``: every offered pair with at least ``MIN_CANDS`` = 3 candidates, sorted, then put in the order
   of ``random.Random(PAIR_SEED).shuffle``. Whole pairs are taken in that order, each with **all** its candidates
   not yet drawn (a file or a copy of a body drawn once; within a pair shuffled by ``SEED.format(pair)``, as
   ``select_blind_s23.draw``), until the split holds at least ``MIN_DOCS`` = 36 documents. Their lines say stage 1.
4. **Widening** (``select_blind_s40``'s, unchanged; used only if step 3 runs out of pairs below ``MIN_DOCS``): the
   pairs of two countries of the gazetteer (``select_blind_s18.SIDES``) that step 1 does not offer and that no gold
   split holds, with at least ``MIN_CANDS`` candidates by the same rule, sorted, in the order of
   ``random.Random(PAIR_SEED2).shuffle``, taken whole the same way until ``MIN_DOCS``. Their lines say stage 2.
5. **Last fallback** (``select_blind_s41``'s, unchanged; used only if steps 3-4 run out below ``MIN_DOCS``): every
   pair of steps 1 and 4 together (none held by a gold split) with exactly 2 candidates, sorted, in the order of
   ``random.Random(PAIR_SEED3).shuffle`` (stage 3); then, if still short, those with exactly 1 candidate in the order
   of ``random.Random(PAIR_SEED4).shuffle`` (stage 4). The last pair taken is taken whole.

If the rule runs out of pairs below ``MIN_DOCS`` (every pair with 1 or 2 candidates taken), the split is what it
drew (``MIN_DOCS`` then not reached; the docs say so); no further stage is added after the draw.
Choosing pairs where events are likely is not allowed: no article is opened before the draw, nothing is chosen by
hand, and a pair is taken whole (all its candidates) whatever it holds. Every event of the drawn documents and their
no-event sentences (``negatives.csv``) are annotated by this folder's README rules, as in earlier splits.
"""
import sys
from pathlib import Path

import select_blind_s41 as s41

PAIR_SEED = "events-s45-pairs-2026-12-06-events93"
PAIR_SEED2 = "events-s45-pairs-widen-2026-12-06-events93"
PAIR_SEED3 = "events-s45-pairs-two-2026-12-06-events93"
PAIR_SEED4 = "events-s45-pairs-one-2026-12-06-events93"
SEED = "events-s45-{}-2026-12-06-events93"
SPLIT = "blind-s45"


def select(datasets: Path) -> list[tuple[int, str, str, str]]:
    """(stage, pair, outlet, path) of the drawn documents: ``select_blind_s41.select`` with this draw's seeds/split."""
    for name in ("PAIR_SEED", "PAIR_SEED2", "PAIR_SEED3", "PAIR_SEED4", "SEED", "SPLIT"):
        setattr(s41, name, globals()[name])
    assert (s41.MIN_CANDS, s41.MIN_DOCS) == (3, 36)
    return s41.select(datasets)


if __name__ == "__main__":
    for stage, pair, outlet, rel in select(Path((sys.argv[1:] or ["../shared/datasets"])[0])):
        print(stage, pair, outlet, rel)
