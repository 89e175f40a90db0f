"""Print the documents of the blind split of session 61 (``blind-s39``), by the fixed rule below.

Usage: ``python data/gold/events/select_blind_s39.py ../shared/datasets`` (written and committed before the draw was
run; kept so the draw can be repeated). The events blind part of the lead's thirtieth session: scored once on the
session-start code ``3b33e0ad``, kept blind (errors unread, not renamed, its phrasings told to nobody) until the lead
scores it again on the session's final code. The last two blind parts held only 5 and 8 counted events (recall moved
12-20 points per event), so this draw takes more documents. The rule, fixed before any candidate of this draw was
opened, reuses ``select_blind_s38``'s functions and offer with new seeds:

1. **Offered pairs**: ``select_blind_s38``'s offer unchanged (session 46's ``select_blind_s32.OFFERED`` plus the
   ``select_blind_s36.EXTRA`` pairs kept by ``select_blind_s36.prefilter`` at ``MIN_CANDS`` = 4); the pairs found in
   ``documents.csv`` (``select_blind_s22.gold_pairs``) are dropped at run time (s38's Bahrain-United States,
   Germany-Italy and Germany-Lebanon among them).
2. **Candidates of a pair**: the rule of ``select_blind_s23`` (ANT v2.1 CNN, France24, Al Arabiya and ANT v1.1
   Jawhara FM outside the sport folders; at least two sentences naming both sides and one naming both sides' state
   actors; every document of any gold split, ``s38-mix`` included, or of any ``probed_s*.txt`` list left out by id,
   text and URL), counted by ``select_blind_s23.candidates`` (printed). File counts only: events58's listing after
   s38's draw (no article opened) left no pair with at least 5 candidates and eight with 4: DE-JO, EG-FR, GB-IL,
   NL-QA, SD-YE, SY-YE, GB-FR, GB-SY; this script derives them again by the same rule.
3. **The pairs** ``K``: every offered pair with at least ``MIN_CANDS`` = 4 candidates, sorted, then put in the order
   of ``random.Random(PAIR_SEED).shuffle``. Whole pairs are taken in that order, each with **all** its candidates
   not yet drawn (a file or a copy of a body drawn once; within a pair shuffled by ``SEED.format(pair)``, as
   ``select_blind_s23.draw``), until the split holds at least ``MIN_DOCS`` = 20 documents. No pair is chosen for its
   likely events: no article is opened before the draw. Nothing is chosen by hand. No-event sentences of the drawn
   documents go to ``negatives.csv`` as in earlier splits.
"""
import random
import sys
from pathlib import Path

from select_blind_s22 import _body, gold_pairs
from select_blind_s23 import candidates, draw
from select_blind_s32 import OFFERED
from select_blind_s36 import EXTRA, prefilter

MIN_CANDS, MIN_DOCS = 4, 20
ALL = 1000  # "all its candidates": more than any pair has
PAIR_SEED = "events-s39-pairs-2026-12-06-events61"
SEED = "events-s39-{}-2026-12-06-events61"
SPLIT = "blind-s39"


def select(datasets: Path) -> list[tuple[int, str, str, str]]:
    """(order, pair, outlet, path) of the drawn documents; ``order`` is the pair's place in the seeded order (1 first)."""
    extra = prefilter(datasets, EXTRA, split=SPLIT, min_cands=MIN_CANDS)
    used = gold_pairs()
    pairs = [p for p in OFFERED + extra if frozenset(p) not in used]
    files, cands = candidates(datasets, pairs, SPLIT)
    print("counts:", {f"{a}-{b}": len(c) for (a, b), c in cands.items() if len(c) >= MIN_CANDS}, file=sys.stderr)
    order = sorted(p for p in pairs if len(cands[p]) >= MIN_CANDS)
    random.Random(PAIR_SEED).shuffle(order)
    print("pair order:", [f"{a}-{b}" for a, b in order], file=sys.stderr)
    out: list[tuple[int, str, str, str]] = []
    for i, pick in enumerate(order, 1):
        if len(out) >= MIN_DOCS:
            break
        taken = {rel for _, _, _, rel in out}
        bodies = {_body(files[rel][1]) for rel in taken}
        pool = [rel for rel in cands[pick] if rel not in taken and _body(files[rel][1]) not in bodies]
        out += [(i, pair, outlet, rel) for _, pair, outlet, rel in draw(files, {pick: pool}, ALL, 0, SEED)]
    return out


if __name__ == "__main__":
    for order, pair, outlet, rel in select(Path((sys.argv[1:] or ["../shared/datasets"])[0])):
        print(order, pair, outlet, rel)
