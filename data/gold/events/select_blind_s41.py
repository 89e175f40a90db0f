"""Print the documents of the blind split of session 71 (``blind-s41``), by the fixed rule below.

Usage: ``python data/gold/events/select_blind_s41.py ../shared/datasets`` (written and committed before the draw was
run; kept so the draw can be repeated). The events blind part of the lead's thirty-second session: scored once on the
session-start code ``292dd460``, kept blind (errors unread, not renamed, its phrasings told to nobody) until the lead
scores it again on the session's final code. As in session 66, at least ``MIN_DOCS`` = 36 documents. The rule, fixed
before any candidate of this draw was opened, is ``select_blind_s40``'s (its functions, offer, candidate rule and
widening rule) with new seeds, plus a last fallback fixed here before the draw:

1. **Offered pairs**: ``select_blind_s40``'s offer unchanged (session 46's ``select_blind_s32.OFFERED`` plus the
   ``select_blind_s36.EXTRA`` pairs kept by ``select_blind_s36.prefilter`` at ``MIN_CANDS`` = 3); the pairs found in
   ``documents.csv`` (``select_blind_s22.gold_pairs``) are dropped at run time (s40-mix's thirteen pairs among them).
2. **Candidates of a pair**: the rule of ``select_blind_s23`` (ANT v2.1 CNN, France24, Al Arabiya and ANT v1.1
   Jawhara FM outside the sport folders; at least two sentences naming both sides and one naming both sides' state
   actors; every document of any gold split, ``s40-mix`` included, or of any ``probed_s*.txt`` list left out by id,
   text and URL), counted by ``select_blind_s23.candidates`` (printed). File counts only (no article opened): after
   s40's draw the offered pairs EG-QA, AE-LY, KR-TR, BH-SY and IL-JO (3 each in session 66's listing, not reached)
   are left, about 15 documents, so the widening of step 4 is expected to be used.
3. **The pairs** ``K``: every offered pair with at least ``MIN_CANDS`` = 3 candidates, sorted, then put in the order
   of ``random.Random(PAIR_SEED).shuffle``. Whole pairs are taken in that order, each with **all** its candidates
   not yet drawn (a file or a copy of a body drawn once; within a pair shuffled by ``SEED.format(pair)``, as
   ``select_blind_s23.draw``), until the split holds at least ``MIN_DOCS`` = 36 documents. Their lines say stage 1.
4. **Widening** (``select_blind_s40``'s, unchanged; used only if step 3 runs out of pairs below ``MIN_DOCS``): the
   pairs of two countries of the gazetteer (``select_blind_s18.SIDES``) that step 1 does not offer (pairs with Iraq or
   Iran, ``select_blind_s21.READ``, ``select_blind_s36.PROBE_PAIRS``; their probe articles stay left out by step 2)
   and that no gold split holds, with at least ``MIN_CANDS`` candidates by the same rule, sorted, in the order of
   ``random.Random(PAIR_SEED2).shuffle``, taken whole the same way until ``MIN_DOCS``. Their lines say stage 2.
5. **Last fallback** (new, fixed here before the draw; used only if steps 3-4 run out below ``MIN_DOCS``): every pair
   of steps 1 and 4 together (the offer and the widening's pairs, none held by a gold split) with exactly 2
   candidates, sorted, in the order of ``random.Random(PAIR_SEED3).shuffle``, taken whole the same way (stage 3); then,
   if still short, those with exactly 1 candidate in the order of ``random.Random(PAIR_SEED4).shuffle`` (stage 4).
   Choosing pairs where events are likely is not allowed: no article is opened before the draw. Nothing is chosen by
   hand. No-event sentences of the drawn documents go to ``negatives.csv`` as in earlier splits.
"""
import itertools
import random
import sys
from pathlib import Path

from select_blind_s18 import SIDES
from select_blind_s22 import _body, gold_pairs
from select_blind_s23 import candidates, draw
from select_blind_s32 import OFFERED
from select_blind_s36 import EXTRA, prefilter

MIN_CANDS, MIN_DOCS = 3, 36
ALL = 1000  # "all its candidates": more than any pair has
PAIR_SEED = "events-s41-pairs-2026-12-06-events71"
PAIR_SEED2 = "events-s41-pairs-widen-2026-12-06-events71"
PAIR_SEED3 = "events-s41-pairs-two-2026-12-06-events71"
PAIR_SEED4 = "events-s41-pairs-one-2026-12-06-events71"
SEED = "events-s41-{}-2026-12-06-events71"
SPLIT = "blind-s41"


def _take(out: list, order: list, stage: int, files: dict, cands: dict) -> list:
    """Whole pairs of ``order`` appended to ``out`` (stage ``stage``) until it holds ``MIN_DOCS`` documents."""
    for pick in order:
        if len(out) >= MIN_DOCS:
            break
        taken = {rel for _, _, _, rel in out}
        bodies = {_body(files[rel][1]) for rel in taken}
        pool = [rel for rel in cands[pick] if rel not in taken and _body(files[rel][1]) not in bodies]
        out += [(stage, pair, outlet, rel) for _, pair, outlet, rel in draw(files, {pick: pool}, ALL, 0, SEED)]
    return out


def select(datasets: Path) -> list[tuple[int, str, str, str]]:
    """(stage, pair, outlet, path) of the drawn documents, pairs in their seeded order."""
    extra = prefilter(datasets, EXTRA, split=SPLIT, min_cands=MIN_CANDS)
    used = gold_pairs()
    pairs = [p for p in OFFERED + extra if frozenset(p) not in used]
    files, cands = candidates(datasets, pairs, SPLIT)
    print("counts:", {f"{a}-{b}": len(c) for (a, b), c in cands.items() if len(c) >= MIN_CANDS}, file=sys.stderr)
    order = sorted(p for p in pairs if len(cands[p]) >= MIN_CANDS)
    random.Random(PAIR_SEED).shuffle(order)
    print("pair order:", [f"{a}-{b}" for a, b in order], file=sys.stderr)
    out = _take([], order, 1, files, cands)
    if len(out) >= MIN_DOCS:
        return out
    offered = {frozenset(p) for p in OFFERED + EXTRA}
    rest_all = [p for p in itertools.combinations(sorted(SIDES), 2) if frozenset(p) not in offered]
    rest = prefilter(datasets, rest_all, split=SPLIT, min_cands=MIN_CANDS)
    files, cands2 = candidates(datasets, rest, SPLIT)
    print("widening counts:", {f"{a}-{b}": len(c) for (a, b), c in cands2.items() if len(c) >= MIN_CANDS},
          file=sys.stderr)
    order2 = sorted(p for p in rest if len(cands2[p]) >= MIN_CANDS)
    random.Random(PAIR_SEED2).shuffle(order2)
    print("widening order:", [f"{a}-{b}" for a, b in order2], file=sys.stderr)
    out = _take(out, order2, 2, files, cands2)
    if len(out) >= MIN_DOCS:
        return out
    # step 5: the offer's and the widening's pairs (no gold pair) with exactly 2, then exactly 1 candidate
    low = prefilter(datasets, [p for p in OFFERED + EXTRA if frozenset(p) not in used] + rest_all, split=SPLIT,
                    min_cands=1)
    low = [p for p in low if p not in cands and p not in cands2]
    files, cands3 = candidates(datasets, low, SPLIT)
    cands3.update({p: c for p, c in cands.items() if p not in cands3})
    cands3.update({p: c for p, c in cands2.items() if p not in cands3})
    for stage, n, seed in ((3, 2, PAIR_SEED3), (4, 1, PAIR_SEED4)):
        if len(out) >= MIN_DOCS:
            break
        order3 = sorted(p for p, c in cands3.items() if len(c) == n and frozenset(p) not in used)
        random.Random(seed).shuffle(order3)
        print(f"stage {stage} order ({n} candidates):", [f"{a}-{b}" for a, b in order3], file=sys.stderr)
        out = _take(out, order3, stage, files, cands3)
    return out


if __name__ == "__main__":
    for stage, pair, outlet, rel in select(Path((sys.argv[1:] or ["../shared/datasets"])[0])):
        print(stage, pair, outlet, rel)
