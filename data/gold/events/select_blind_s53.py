"""Print the documents of the blind split of session 124 (``blind-s53``), by the fixed rule below.

Usage: ``python data/gold/events/select_blind_s53.py ../shared/datasets`` (written and committed before the draw was
run; kept so the draw can be repeated). The events blind part of the lead's forty-fourth session: scored once on the
session-start code ``ff70537f`` (rules alone, then with ``--learned``), kept blind (errors unread, not renamed, its
phrasings told to nobody) until the lead scores it again on the session's final code. As in sessions 66, 71, 75, 80,
89, 93, 96, 100, 104, 107, 111, 116 and 121, at least ``MIN_DOCS`` = 36 documents. The rule, fixed before any candidate
of this draw was opened, is ``select_blind_s52``'s (= ``select_blind_s51``'s, stages 1-5), run with new seeds (set below)
and this split's name:

1. **Offered pairs**: ``select_blind_s40``'s offer unchanged; the pairs found in ``documents.csv``
   (``select_blind_s22.gold_pairs``) are dropped at run time (s52-mix's pair among them).
2. **Candidates of a pair**: the rule of ``select_blind_s23`` (ANT v2.1 CNN, France24, Al Arabiya and ANT v1.1
   Jawhara FM outside the sport folders; at least two sentences naming both sides and one naming both sides' state
   actors; every document of any gold split, ``s52-mix`` included, or of any ``probed_s*.txt`` list left out by id,
   text and URL), counted by ``select_blind_s23.candidates`` (printed).
3.-5. **Stages 1-4** exactly as ``select_blind_s52`` (offer at ``MIN_CANDS`` = 3, widening at 3, then every pair of
   both with exactly 2 candidates, then with exactly 1; whole pairs in seeded order until ``MIN_DOCS``). File counts
   only (no article opened): the printed counts of sessions 104, 107, 111, 116 and 121 found stages 1-4 empty, so they are expected
   to give nothing here.
6. **Stage 5** (``select_blind_s52``'s, unchanged; it is expected to carry this draw): the pairs that a gold split
   already holds (``gold_pairs``, s52-mix's included; the documents are new, the pair is not the point), each with its
   candidates by the same rule of step 2 (same exclusions: every gold document and probe list left out, so only
   documents never annotated), grouped by their number of candidates ``n`` = 1, 2, 3, …; in each group the pairs
   sorted, then put in the order of ``random.Random(PAIR_SEED5.format(n)).shuffle``; whole pairs (all their candidates
   not yet drawn, within a pair shuffled by ``SEED.format(pair)``) taken in that order, the groups in increasing
   ``n``, until the split holds ``MIN_DOCS``. The last pair taken is taken whole. Their lines say stage 5.

Choosing pairs where events are likely is not allowed: no article is opened before the draw, nothing is chosen by
hand, and a pair is taken whole (all its candidates) whatever it holds. Every event of the drawn documents and their
no-event sentences (``negatives.csv``) are annotated by this folder's README rules, as in earlier splits.
"""
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

import select_blind_s41 as s41
from select_blind_s18 import SIDES
from select_blind_s19 import STATE
from select_blind_s22 import gold_pairs
from select_blind_s23 import readable

PAIR_SEED = "events-s53-pairs-2026-12-07-events124"
PAIR_SEED2 = "events-s53-pairs-widen-2026-12-07-events124"
PAIR_SEED3 = "events-s53-pairs-two-2026-12-07-events124"
PAIR_SEED4 = "events-s53-pairs-one-2026-12-07-events124"
PAIR_SEED5 = "events-s53-pairs-gold-{}-2026-12-07-events124"
SEED = "events-s53-{}-2026-12-07-events124"
SPLIT = "blind-s53"


def gold_pair_candidates(datasets: Path) -> tuple[dict, dict]:
    """``files`` and, per pair a gold split holds (codes sorted), its candidates by ``select_blind_s23.dense`` and the
    exclusions of ``select_blind_s23.readable`` (computed once per file), sorted by base name; pairs with none left
    out."""
    pairs = sorted(tuple(sorted(p)) for p in gold_pairs() if len(p) == 2 and all(c in SIDES for c in p))
    files, keep = readable(datasets, SPLIT)
    side = {c: re.compile(p) for c, p in SIDES.items()}
    state = {c: re.compile(p) for c, p in STATE.items()}
    cands: dict = defaultdict(list)
    for rel, (_, text) in files.items():
        if not keep(rel, text):
            continue
        ss = re.split(r"[.!?؟\n]", text)
        sd = [frozenset(c for c, p in side.items() if p.search(s)) for s in ss]
        st = [frozenset(c for c, p in state.items() if p.search(s)) for s in ss]
        for a, b in pairs:
            if sum(1 for s in sd if a in s and b in s) >= 2 and any(a in s and b in s for s in st):
                cands[a, b].append(rel)
    return files, {p: sorted(c, key=lambda r: Path(r).name) for p, c in cands.items()}


def select(datasets: Path) -> list[tuple[int, str, str, str]]:
    """(stage, pair, outlet, path) of the drawn documents: ``select_blind_s41.select`` with this draw's seeds/split,
    then stage 5 if short."""
    for name in ("PAIR_SEED", "PAIR_SEED2", "PAIR_SEED3", "PAIR_SEED4", "SEED", "SPLIT"):
        setattr(s41, name, globals()[name])
    assert (s41.MIN_CANDS, s41.MIN_DOCS) == (3, 36)
    out = s41.select(datasets)
    if len(out) >= s41.MIN_DOCS:
        return out
    files, cands = gold_pair_candidates(datasets)
    print("stage 5 counts:", {f"{a}-{b}": len(c) for (a, b), c in sorted(cands.items())}, file=sys.stderr)
    for n in sorted({len(c) for c in cands.values()}):
        if len(out) >= s41.MIN_DOCS:
            break
        order = sorted(p for p, c in cands.items() if len(c) == n)
        random.Random(PAIR_SEED5.format(n)).shuffle(order)
        print(f"stage 5 order ({n} candidates):", [f"{a}-{b}" for a, b in order], file=sys.stderr)
        out = s41._take(out, order, 5, files, cands)
    return out


if __name__ == "__main__":
    for stage, pair, outlet, rel in select(Path((sys.argv[1:] or ["../shared/datasets"])[0])):
        print(stage, pair, outlet, rel)
