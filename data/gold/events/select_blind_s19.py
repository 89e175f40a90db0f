"""Choose the pair and print the documents of the blind split of session 19 (``blind-<focus>-<partner>``), by the fixed rule of the README.

Usage: ``python data/gold/events/select_blind_s19.py ../shared/datasets`` (written and committed before the draw was
run; kept so the draw can be repeated). Session 18's rule left only Ethiopia–Eritrea eligible, so the pairs are
widened; the rule, fixed before any article of the drawn pair was opened:

1. **The pairs**: every unordered pair of the 43 countries that the earlier draws gave patterns for (``SIDES`` of
   ``select_blind_s18``), the focus being the first code in alphabetical order, except (a) the pairs annotated as a
   split or read by an unannotated probe (``READ``: session 18's list plus Lebanon–Syria, the session 18 split) and
   (b) nothing else: pairs counted by earlier draws but never opened are allowed.
2. **Candidates** (as in sessions 16–18). A file is a candidate of a pair when (a) at least two sentences (the whole
   file cut at ``.!?؟`` and line breaks) each match both sides' ``SIDES`` patterns and (b) at least one sentence
   matches both sides' ``STATE`` patterns (the ``SIDES`` pattern for a country without a ``STATE`` one). Skipped:
   files in ``documents.csv`` (any split), sport files, files any earlier session's unannotated probe ran on
   (``PROBED``: the file lists of the events17/events18 probes and the lead's Jawhara FM Russia probe of session 13,
   listed in ``probed_s19.txt``), and every file that is a candidate by (a) of a pair in ``READ`` that shares a side
   with the pair.
3. **The pair drawn**: eligible when CNN, France24 and Al Arabiya keep at least ``MIN_TOTAL`` = 10 candidates
   together; the pair is ``random.Random(PAIR_SEED).choice`` of the eligible pairs sorted by name.
4. **The documents.** Per outlet (CNN, France24, Al Arabiya, Jawhara FM) the drawn pair's candidates are sorted by
   base file name, shuffled with ``random.Random("events-<focus>-<partner>-2026-12-03-s19-<outlet>")`` (lower-case
   codes) and the first ``N`` = 4 taken (fewer if the outlet has fewer): at most 16 documents, so that the hand
   annotation fits in the session. Nothing is chosen by hand, and there is no second stage.
"""
import glob
import itertools
import os
import random
import re
import sys
from pathlib import Path

from select_blind_eg import OUTLETS, _draw, _sentences, used_paths
from select_blind_s18 import READ as READ18, SIDES, STATE as STATE18

STATE = {c: STATE18.get(c, SIDES[c]) for c in SIDES}
READ = READ18 + [("LB", "SY")]
PAIR_SEED = "events-pair-2026-12-03-session19"
SALT = "events-{pair}-2026-12-03-s19-{outlet}"
N = 4
MIN_TOTAL = 10
HERE = Path(__file__).resolve().parent


def pairs() -> list[tuple[str, str]]:
    read = {frozenset(p) for p in READ}
    return [(a, b) for a, b in itertools.combinations(sorted(SIDES), 2) if frozenset((a, b)) not in read]


def select(datasets: Path, n: int = N) -> list[tuple[str, str]]:
    used = used_paths("blind-s19")
    probed = set((HERE / "probed_s19.txt").read_text(encoding="utf-8").split())
    side = {c: re.compile(p) for c, p in SIDES.items()}
    state = {c: re.compile(p) for c, p in STATE.items()}
    # per file: the sets of countries each sentence names (SIDES) and names as a state (STATE)
    files: dict[str, dict[str, tuple[list[frozenset], list[frozenset]]]] = {}
    for outlet, folder in OUTLETS:
        files[outlet] = {}
        for f in glob.glob(str(datasets / folder / "*" / "*.txt")):
            rel = os.path.relpath(f, datasets)
            if rel in used or "/sport/" in rel or os.path.basename(rel) in probed:
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
        if sum(len(cands[o]) for o in ("CNN", "France24", "Alarabia")) < MIN_TOTAL:
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
    eligible = [f"{f}-{p}" for (f, p), c in found.items()
                if sum(len(c[o]) for o in ("CNN", "France24", "Alarabia")) >= MIN_TOTAL]
    focus, partner = random.Random(PAIR_SEED).choice(sorted(eligible)).split("-")
    print("eligible:", sorted(eligible), "pair:", focus, partner, file=sys.stderr)
    key = f"{focus}-{partner}".lower()
    return [(o, rel) for o, cands in found[focus, partner].items()
            for rel in _draw(list(cands), SALT.format(pair=key, outlet=o), n)]


if __name__ == "__main__":
    for outlet, rel in select(Path((sys.argv[1:] or ["../shared/datasets"])[0])):
        print(outlet, rel)
