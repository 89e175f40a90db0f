"""Print the documents of the blind split of session 51 (``blind-s36``), by the fixed rule below.

Usage: ``python data/gold/events/select_blind_s36.py ../shared/datasets`` (written and committed before the draw was
run; kept so the draw can be repeated). The blind part of the lead's twenty-eighth session: scored once on the
session-start code ``e2ebb1e7``, kept blind (errors unread, not renamed) until the lead scores it again on the
session's final code. The rule, fixed before any candidate of this draw was opened, is ``select_blind_s35``'s with a
widened offer and new seeds:

1. **Offered pairs**: session 46's offer (``select_blind_s32.OFFERED``), then ``EXTRA``: every further pair of two
   countries of ``select_blind_s18.SIDES`` (focus = the first code in alphabetical order, as in ``select_blind_s21``),
   except pairs with Iraq or Iran (as before), pairs of ``select_blind_s21.READ`` (annotated or read by a probe in
   sessions 6-21) and ``PROBE_PAIRS`` (the lead's earlier probes named in ``select_blind_s32``); the pairs found in
   ``documents.csv`` (``select_blind_s22.gold_pairs``) are dropped at run time (s35's United States-Venezuela and
   Qatar-Turkey among them). Why widened: the counts of session 46's offer printed first (file counts only, no article
   opened; ``select_blind_s23``'s candidate rule) left United Kingdom-France 4 and United Kingdom-Syria 4 as its only
   pairs with at least 4 candidates, 8 documents at most, below the 12-20 this session aims at.
2. **Candidates of a pair**: the rule of ``select_blind_s23`` (steps 2-3: ANT v2.1 CNN, France24, Al Arabiya and ANT
   v1.1 Jawhara FM outside the sport folders; at least two sentences naming both sides and one naming both sides'
   state actors; every document of any gold split, ``s35-mix`` included, or of any ``probed_s*.txt`` list left out by
   id, text and URL). ``EXTRA`` has some 700 pairs, too many for ``select_blind_s23.candidates`` pair by pair, so
   ``prefilter`` first keeps the ``EXTRA`` pairs with at least ``MIN_CANDS`` candidates by the same rule computed once
   per file (the same files, the same sentence cut, the same patterns): a pair it drops could not be eligible. The
   kept pairs' counts are then counted again by ``select_blind_s23.candidates`` (printed) inside the draw.
3. **The pairs**: eligible with at least ``MIN_CANDS`` = 6 candidates (fixed after the widened offer's counts were
   printed, file counts only, no article opened, so that any two eligible pairs give 12-20 documents); ``K`` = 2 of
   them drawn by ``random.Random(PAIR_SEED).sample`` of the eligible pairs sorted (``select_blind_s24.chosen``), kept
   in offer order.
4. **The documents**: per pair, its candidates sorted by base name, shuffled with ``random.Random(SEED.format(pair))``,
   the first ``N`` = 10 kept (all of them when fewer); a file or a copy of a body drawn once (``select_blind_s23.draw``).
   Nothing is chosen by hand. No-event sentences of the drawn documents go to ``negatives.csv`` as in earlier splits.
5. **Stage 2** (amended after stage 1 -- France-Yemen 5 and Kuwait-United States 4 documents, copies across folders
   drawn once -- had been read for events, before stage 2 was drawn, before any run of the extractor on them and
   before any rule changed; as ``select_blind_s23``'s stage 2): stage 1 holds 9 documents, fewer than the
   ``MIN_DOCS`` = 12 this session aims at (and about 5 counted events), so one more pair is drawn: the eligible pairs
   of step 3 not drawn in stage 1, sorted, ``random.Random(PAIR_SEED2).choice``; its candidates (the same rule and
   exclusions, minus stage 1's files and bodies) shuffled with ``random.Random(SEED.format(pair))``, the first ``N`` =
   10 kept (all when fewer), a body drawn once. Its lines say stage 2.
"""
import itertools
import random
import re
import sys
from collections import Counter
from pathlib import Path

from select_blind_s18 import SIDES
from select_blind_s19 import STATE
from select_blind_s21 import READ
from select_blind_s22 import _body, gold_pairs
from select_blind_s23 import candidates, draw, readable
from select_blind_s24 import select as select_s24
from select_blind_s32 import OFFERED

MIN_CANDS, K, N = 6, 2, 10
MIN_DOCS = 12
PAIR_SEED = "events-s36-pairs-2026-12-06-events51"
PAIR_SEED2 = "events-s36-pairs-stage2-2026-12-06-events51"
SEED = "events-s36-{}-2026-12-06-events51"
SPLIT = "blind-s36"
# the lead's earlier probes (select_blind_s32's docstring): Russia with Turkey, Israel, India, Japan, Germany; Turkey
# with the United States, Germany, France, the Netherlands, Greece; China with the United States, Japan, India, South
# Korea, Australia; Egypt with Ethiopia, Saudi Arabia, the United States, Israel, the UAE
PROBE_PAIRS = [("RU", "TR"), ("RU", "IL"), ("RU", "IN"), ("RU", "JP"), ("RU", "DE"), ("TR", "US"), ("TR", "DE"),
               ("TR", "FR"), ("TR", "NL"), ("TR", "GR"), ("CN", "US"), ("CN", "JP"), ("CN", "IN"), ("CN", "KR"),
               ("CN", "AU"), ("EG", "ET"), ("EG", "SA"), ("EG", "US"), ("EG", "IL"), ("EG", "AE")]
_skip = {frozenset(p) for p in READ + PROBE_PAIRS + OFFERED}
EXTRA = [(a, b) for a, b in itertools.combinations(sorted(SIDES), 2)
         if not {a, b} & {"IQ", "IR"} and frozenset((a, b)) not in _skip]


def prefilter(datasets: Path, pairs: list[tuple[str, str]], split: str = SPLIT,
              min_cands: int = MIN_CANDS) -> list[tuple[str, str]]:
    """The pairs of ``pairs`` (not in ``documents.csv``) with at least ``min_cands`` candidates by
    ``select_blind_s23``'s rule (``dense`` and the exclusions of ``candidates``), computed once per file."""
    used_pairs = gold_pairs()
    pairs = [p for p in pairs if frozenset(p) not in used_pairs]
    files, keep = readable(datasets, split)
    side = {c: re.compile(p) for c, p in SIDES.items()}
    state = {c: re.compile(p) for c, p in STATE.items()}
    count: Counter = Counter()
    for rel, (_, text) in files.items():
        if not keep(rel, text):
            continue
        ss = re.split(r"[.!?؟\n]", text)
        sd = [frozenset(c for c, p in side.items() if p.search(s)) for s in ss]
        st = [frozenset(c for c, p in state.items() if p.search(s)) for s in ss]
        for a, b in pairs:
            if sum(1 for s in sd if a in s and b in s) >= 2 and any(a in s and b in s for s in st):
                count[a, b] += 1
    print("prefilter:", {f"{a}-{b}": count[a, b] for a, b in pairs if count[a, b] >= min_cands}, file=sys.stderr)
    return [p for p in pairs if count[p] >= min_cands]


def select(datasets: Path) -> list[tuple[int, str, str, str]]:
    """(stage, pair, outlet, path) of the drawn documents: stage 1 is ``select_blind_s24``'s steps 3-4 with session
    46's offer and the prefiltered ``EXTRA`` pairs, these seeds, ``K``, ``N`` and ``MIN_CANDS``; stage 2 (step 5) one
    more eligible pair when stage 1 holds fewer than ``MIN_DOCS`` documents."""
    extra = prefilter(datasets, EXTRA)
    first = select_s24(datasets, offered=OFFERED + extra, split=SPLIT, pair_seed=PAIR_SEED, seed=SEED, k=K, n=N,
                       min_cands=MIN_CANDS)
    if len(first) >= MIN_DOCS:
        return first
    drawn = {tuple(pair.split("-")) for _, pair, _, _ in first}
    rest = [p for p in OFFERED + extra if p not in drawn and frozenset(p) not in gold_pairs()]
    files, cands = candidates(datasets, rest, SPLIT)
    eligible = sorted(p for p, c in cands.items() if len(c) >= MIN_CANDS)
    print("stage 2 eligible:", [f"{a}-{b}" for a, b in eligible], file=sys.stderr)
    if not eligible:
        return first
    pick = random.Random(PAIR_SEED2).choice(eligible)
    print("stage 2 chosen:", "-".join(pick), file=sys.stderr)
    taken = {rel for _, _, _, rel in first}
    bodies = {_body(files[rel][1]) for rel in taken}
    pool = [rel for rel in cands[pick] if rel not in taken and _body(files[rel][1]) not in bodies]
    return first + [(2, pair, outlet, rel) for _, pair, outlet, rel in draw(files, {pick: pool}, N, 0, SEED)]


if __name__ == "__main__":
    for stage, pair, outlet, rel in select(Path((sys.argv[1:] or ["../shared/datasets"])[0])):
        print(stage, pair, outlet, rel)
