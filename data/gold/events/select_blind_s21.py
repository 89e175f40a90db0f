"""Choose the pair and print the documents of the blind split of session 21 (``blind-<focus>-<partner>``), by the fixed rule of the README.

Usage: ``python data/gold/events/select_blind_s21.py ../shared/datasets`` (written and committed before the draw was
run; kept so the draw can be repeated). Same rule as session 20 (``select_blind_s20``), with the pairs and files read
since then excluded. The rule, fixed before any article of the drawn pair was opened:

1. **The pairs**: every unordered pair of the 43 countries of ``SIDES`` (``select_blind_s18``), the focus being the
   first code in alphabetical order, except the pairs in ``READ``: session 20's list, plus Jordan–Kuwait (the session
   20 split, now ``jo-kw``) and every pair of session 20's three unannotated probes (``PROBED20``).
2. **Candidates** (as in sessions 16–20). A file is a candidate of a pair when (a) at least two sentences (the whole
   file cut at ``.!?؟`` and line breaks) each match both sides' ``SIDES`` patterns and (b) at least one sentence
   matches both sides' ``STATE`` patterns. Skipped: files in ``documents.csv`` (any split), sport files, every file an
   earlier unannotated probe ran on (the lines of ``probed_s21.txt`` before its ``# session 21`` marker:
   ``probed_s20.txt`` plus the 178 files of session 20's three probes, by base name; the files this session probes
   after the draw are listed below the marker and are not read by this rule), and every file that is a candidate
   by (a) of a ``READ`` pair sharing a side with the pair.
3. **The pair drawn**: eligible when CNN, France24 and Al Arabiya keep at least ``MIN_TOTAL`` = 10 candidates
   together; if no pair is, those keeping at least ``MIN_FALLBACK`` = 6. The pair is
   ``random.Random(PAIR_SEED).choice`` of the eligible pairs sorted by name.
4. **The documents, in stages.** Per outlet (CNN, France24, Al Arabiya, Jawhara FM) the drawn pair's candidates are
   sorted by base file name and shuffled with ``random.Random("events-<focus>-<partner>-2026-12-04-s21-<outlet>")``
   (lower-case codes); the four shuffled lists are interleaved in that outlet order (first of each outlet, then
   second of each, …; an exhausted outlet is passed over) into one reading order. Stage 1 is the first
   ``FIRST`` = 10 documents of that order. After a stage has been read and annotated, the next stage (the next
   ``NEXT`` = 4 documents) is read only while the documents read so far hold fewer than ``MIN_EVENTS`` = 6 counted
   (non-optional) events, and never beyond ``MAX_DOCS`` = 14 documents. The split is every document of the stages
   read (a document with no event stays in). Nothing is chosen by hand.
"""
import glob
import itertools
import os
import random
import re
import sys
from pathlib import Path

from select_blind_eg import OUTLETS, _draw, _sentences, used_paths
from select_blind_s18 import SIDES
from select_blind_s19 import STATE
from select_blind_s20 import READ as READ20

PROBED20 = [("RU", "FR"), ("RU", "QA"), ("RU", "IN"), ("RU", "KR"), ("RU", "IQ"), ("RU", "AE"), ("RU", "IT"),
            ("RU", "LB"), ("RU", "TR"), ("RU", "UA"), ("RU", "LY"), ("RU", "VE"), ("RU", "GR"), ("RU", "NL"),
            ("RU", "PK"), ("RU", "SY"), ("RU", "IR"), ("RU", "CN"), ("RU", "US"), ("RU", "EG"), ("US", "IR"),
            ("SA", "IR"), ("TR", "SY")]
READ = READ20 + [("JO", "KW")] + PROBED20
PAIR_SEED = "events-pair-2026-12-04-session21"
SALT = "events-{pair}-2026-12-04-s21-{outlet}"
FIRST, NEXT, MIN_EVENTS, MAX_DOCS = 10, 4, 6, 14
MIN_TOTAL, MIN_FALLBACK = 10, 6
MARKER = "# session 21"
HERE = Path(__file__).resolve().parent


def probed() -> set[str]:
    """Base names of ``probed_s21.txt`` above the ``# session 21`` marker (files probed before this draw)."""
    out: set[str] = set()
    for line in (HERE / "probed_s21.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith(MARKER):
            break
        out.update(line.split())
    return out


def pairs() -> list[tuple[str, str]]:
    read = {frozenset(p) for p in READ}
    return [(a, b) for a, b in itertools.combinations(sorted(SIDES), 2) if frozenset((a, b)) not in read]


def select(datasets: Path) -> list[tuple[int, str, str]]:
    """(stage, outlet, path) in reading order, every stage up to ``MAX_DOCS`` documents."""
    used = used_paths("blind-s21")
    skip = probed()
    side = {c: re.compile(p) for c, p in SIDES.items()}
    state = {c: re.compile(p) for c, p in STATE.items()}
    files: dict[str, dict[str, tuple[list[frozenset], list[frozenset]]]] = {}
    for outlet, folder in OUTLETS:
        files[outlet] = {}
        for f in glob.glob(str(datasets / folder / "*" / "*.txt")):
            rel = os.path.relpath(f, datasets)
            if rel in used or "/sport/" in rel or os.path.basename(rel) in skip:
                continue
            ss = _sentences(Path(f))
            files[outlet][rel] = ([frozenset(c for c, p in side.items() if p.search(s)) for s in ss],
                                  [frozenset(c for c, p in state.items() if p.search(s)) for s in ss])

    def two(x: str, y: str) -> dict[str, set[str]]:
        return {o: {rel for rel, (sd, _) in fs.items() if sum(1 for s in sd if x in s and y in s) >= 2}
                for o, fs in files.items()}

    cache: dict = {}
    found = {}
    for focus, partner in pairs():
        cands = two(focus, partner)
        if sum(len(cands[o]) for o in ("CNN", "France24", "Alarabia")) < MIN_FALLBACK:
            continue  # cannot become eligible: the exclusions below only remove files
        for other in READ:
            if set(other) & {focus, partner}:
                if other not in cache:
                    cache[other] = two(*other)
                cands = {o: c - cache[other][o] for o, c in cands.items()}
        cands = {o: {rel for rel in c if any(focus in s and partner in s for s in files[o][rel][1])}
                 for o, c in cands.items()}
        found[focus, partner] = cands
        print(f"{focus}-{partner}", {o: len(c) for o, c in cands.items()}, file=sys.stderr)

    def total(c):
        return sum(len(c[o]) for o in ("CNN", "France24", "Alarabia"))

    eligible = [f"{f}-{p}" for (f, p), c in found.items() if total(c) >= MIN_TOTAL]
    if not eligible:
        eligible = [f"{f}-{p}" for (f, p), c in found.items() if total(c) >= MIN_FALLBACK]
    focus, partner = random.Random(PAIR_SEED).choice(sorted(eligible)).split("-")
    print("eligible:", sorted(eligible), "pair:", focus, partner, file=sys.stderr)
    key = f"{focus}-{partner}".lower()
    lists = [[(o, rel) for rel in _draw(list(found[focus, partner][o]), SALT.format(pair=key, outlet=o),
                                         len(found[focus, partner][o]))] for o, _ in OUTLETS]
    order = [x for row in itertools.zip_longest(*lists) for x in row if x is not None][:MAX_DOCS]
    return [(1 if i < FIRST else 2 + (i - FIRST) // NEXT, o, rel) for i, (o, rel) in enumerate(order)]


if __name__ == "__main__":
    for stage, outlet, rel in select(Path((sys.argv[1:] or ["../shared/datasets"])[0])):
        print(stage, outlet, rel)
