"""Print the documents of the second blind split of session 58 (``blind-s38``), by the fixed rule below.

Usage: ``python data/gold/events/select_blind_s38.py ../shared/datasets`` (written and committed before the draw was
run; kept so the draw can be repeated). The second events blind part of the lead's twenty-ninth session:
``blind-s37`` (session 56) holds only 5 counted events, so its recall moves by 20 points per event. Scored once on the
session-start code ``f8d8230d``, kept blind (errors unread, not renamed, its phrasings told to nobody) until the lead
scores it again on the session's final code. The rule, fixed before any candidate of this draw was opened, is
``select_blind_s37``'s (its functions reused) with new seeds, every eligible pair taken (no pair draw) and a widening
fixed here in advance:

1. **Offered pairs**: ``select_blind_s36``'s widened offer unchanged (session 46's ``select_blind_s32.OFFERED`` plus
   ``select_blind_s36.EXTRA``); the pairs found in ``documents.csv`` (``select_blind_s22.gold_pairs``) are dropped at
   run time (s37's Algeria-Egypt, Israel-India and Qatar-Yemen among them).
2. **Candidates of a pair**: the rule of ``select_blind_s23`` (steps 2-3: ANT v2.1 CNN, France24, Al Arabiya and ANT
   v1.1 Jawhara FM outside the sport folders; at least two sentences naming both sides and one naming both sides'
   state actors; every document of any gold split, ``blind-s37`` included, or of any ``probed_s*.txt`` list left out
   by id, text and URL), prefiltered once per file by ``select_blind_s36.prefilter`` (threshold ``WIDEN_CANDS`` = 4,
   so the pairs of step 4 are counted too) and counted again by ``select_blind_s23.candidates`` (both printed).
   events56's file-count listing after s37's draw (no article opened) gave Bahrain-United States, Germany-Italy and
   Germany-Lebanon 5 each and every other pair at most 4.
3. **The pairs**: every pair of step 1 with at least ``MIN_CANDS`` = 5 candidates (no draw among them), in offer
   order; per pair its candidates sorted by base name, shuffled with ``random.Random(SEED.format(pair))``, the first
   ``N`` = 10 kept (all when fewer); a file or a copy of a body drawn once (``select_blind_s23.draw``).
4. **Widening** (fixed here, before the draw): if step 3 gives fewer than ``MIN_DOCS`` = 12 documents (copies across
   folders or files shared by two pairs drawn once), the pairs with exactly ``WIDEN_CANDS`` = 4 candidates are added,
   one at a time in the order of ``random.Random(PAIR_SEED).shuffle`` of them sorted, each with its candidates not yet
   drawn (file or body) shuffled by ``SEED.format(pair)`` and the first ``N`` kept, until the split holds at least
   ``WIDE_DOCS`` = 15 documents. Their lines say stage 2. Preferring pairs where events are likely is not allowed:
   no article is opened before the draw. Nothing is chosen by hand. No-event sentences of the drawn documents go to
   ``negatives.csv`` as in earlier splits.
"""
import random
import sys
from pathlib import Path

from select_blind_s22 import _body, gold_pairs
from select_blind_s23 import candidates, draw
from select_blind_s32 import OFFERED
from select_blind_s36 import EXTRA, prefilter

MIN_CANDS, N = 5, 10
WIDEN_CANDS, MIN_DOCS, WIDE_DOCS = 4, 12, 15
PAIR_SEED = "events-s38-pairs-widen-2026-12-06-events58"
SEED = "events-s38-{}-2026-12-06-events58"
SPLIT = "blind-s38"


def select(datasets: Path) -> list[tuple[int, str, str, str]]:
    """(stage, pair, outlet, path) of the drawn documents: stage 1 is step 3 (every pair with at least ``MIN_CANDS``
    candidates), stage 2 step 4's widening when stage 1 holds fewer than ``MIN_DOCS`` documents."""
    extra = prefilter(datasets, EXTRA, split=SPLIT, min_cands=WIDEN_CANDS)
    used = gold_pairs()
    pairs = [p for p in OFFERED + extra if frozenset(p) not in used]
    files, cands = candidates(datasets, pairs, SPLIT)
    print("counts:", {f"{a}-{b}": len(c) for (a, b), c in cands.items() if len(c) >= WIDEN_CANDS}, file=sys.stderr)
    main = [p for p in pairs if len(cands[p]) >= MIN_CANDS]
    print("stage 1 pairs:", [f"{a}-{b}" for a, b in main], file=sys.stderr)
    out = draw(files, {p: cands[p] for p in main}, N, 0, SEED)
    if len(out) >= MIN_DOCS:
        return out
    four = sorted(p for p in pairs if len(cands[p]) == WIDEN_CANDS)
    random.Random(PAIR_SEED).shuffle(four)
    print("stage 2 order:", [f"{a}-{b}" for a, b in four], file=sys.stderr)
    for pick in four:
        if len(out) >= WIDE_DOCS:
            break
        taken = {rel for _, _, _, rel in out}
        bodies = {_body(files[rel][1]) for rel in taken}
        pool = [rel for rel in cands[pick] if rel not in taken and _body(files[rel][1]) not in bodies]
        out += [(2, pair, outlet, rel) for _, pair, outlet, rel in draw(files, {pick: pool}, N, 0, SEED)]
    return out


if __name__ == "__main__":
    for stage, pair, outlet, rel in select(Path((sys.argv[1:] or ["../shared/datasets"])[0])):
        print(stage, pair, outlet, rel)
