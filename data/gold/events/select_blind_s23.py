"""Print the documents of the blind split of session 23 (``blind-s23``), by the fixed rule below.

Usage: ``python data/gold/events/select_blind_s23.py ../shared/datasets`` (written and committed before the draw was
run; kept so the draw can be repeated). Session 22's blind split held 10 counted events, so its recall moved by 10
points per event; session 23 wants at least 20 events over at least 3 pairs, and the issue says "any pair of
countries, really". The rule, fixed before any candidate was opened:

1. **The pairs** (``PAIRS``, focus first), in the order the session's brief named them: United States–Iran, Saudi
   Arabia–Iran, Russia–Turkey, United States–China, Egypt–Ethiopia. Pairs already in a gold split are allowed: the
   documents are new, the pair is not the point.
2. **Candidates of a pair**: a file of ANT v2.1 CNN, France24, Al Arabiya or ANT v1.1 Jawhara FM, not in a sport folder,
   with at least two sentences (cut at ``.!?؟`` and line breaks) each naming both sides by the draw list's ``SIDES``
   (``select_blind_s18``) and at least one naming both sides' state actors by ``select_blind_s19.STATE`` (the dense rule
   of sessions 16–22's last stage: co-occurrence in one article alone gave no events in session 22).
3. **Excluded**, as in ``select_blind_s22``: by id (base name or ``<DOCNO>`` in ``documents.csv`` of any split or in
   any ``probed_s*.txt``), by text (the same normalised ``<TEXT>`` body as such a file) and by URL (the same ``<URL>``);
   and, inside the draw, a candidate whose normalised body equals an earlier drawn one (copies across folders).
4. **The documents**: per pair, its candidates sorted by base name, shuffled with ``random.Random(SEED.format(pair))``,
   the first ``N`` = 4 kept (all when fewer). A file that is a candidate of two pairs is drawn once, for the first pair
   of ``PAIRS`` that draws it. A pair with no candidate adds nothing. Printed sorted by pair then base name.
   Nothing is chosen by hand.
5. **Stage 2** (amended after stage 1 — the 12 documents of 1–4; Russia–Turkey and Egypt–Ethiopia have no candidate
   left — had been skimmed for events, before stage 2 was drawn, before any run of the extractor on them and before any
   rule changed): stage 1 holds fewer than the ``MIN_EVENTS`` = 20 counted events the session aims at, so per pair the
   next ``N2`` = 4 of the same shuffled order (same exclusions and copy rule) are added. Each line says its stage.
"""
import os
import random
import re
import sys
from pathlib import Path

from select_blind_eg import OUTLETS, used_paths
from select_blind_s18 import SIDES
from select_blind_s19 import STATE
from select_blind_s22 import _body, _field, excluded_ids, left_out

PAIRS = [("US", "IR"), ("SA", "IR"), ("RU", "TR"), ("US", "CN"), ("EG", "ET")]
N = 4
N2, MIN_EVENTS = 4, 20
SEED = "events-s23-{}-2026-12-04"


def _split(text: str) -> list[str]:
    return re.split(r"[.!?؟\n]", text)


def dense(text: str, a: str, b: str) -> bool:
    """The candidate rule of step 2 for the pair (a, b)."""
    ss = _split(text)
    both = sum(1 for s in ss if re.search(SIDES[a], s) and re.search(SIDES[b], s))
    return both >= 2 and any(re.search(STATE[a], s) and re.search(STATE[b], s) for s in ss)


def readable(datasets: Path, split: str) -> tuple[dict, callable]:
    """``files`` (relative path -> (outlet, text)) of the outlets and ``keep(rel, text)``, step 3's exclusions (sport,
    and every document of the gold or a probe list by id, body or URL); ``split`` is the draw's own split (its
    documents are not left out)."""
    ids, used = excluded_ids(), used_paths(split)
    files = {}
    for outlet, folder in OUTLETS:
        for f in glob_txt(datasets / folder):
            files[os.path.relpath(f, datasets)] = (outlet, Path(f).read_text(encoding="utf-8"))
    bad_ids, bad_bodies, bad_urls = left_out(files, ids, used)

    def keep(rel: str, text: str) -> bool:
        base = os.path.splitext(os.path.basename(rel))[0]
        return not ("/sport/" in rel or base in bad_ids or _field(text, "DOCNO") in bad_ids
                    or _body(text) in bad_bodies or _field(text, "URL") in bad_urls)

    return files, keep


def candidates(datasets: Path, pairs: list[tuple[str, str]], split: str) -> tuple[dict, dict]:
    """``files`` (relative path -> (outlet, text)) and, per pair of ``pairs``, its candidates by steps 2-3 sorted by
    base name; ``split`` is the draw's own split (its documents are not left out)."""
    files, keep = readable(datasets, split)
    return files, {(a, b): sorted((rel for rel, (_, text) in files.items() if keep(rel, text) and dense(text, a, b)),
                                  key=os.path.basename) for a, b in pairs}


def draw(files: dict, cands: dict, n: int, n2: int, seed: str) -> list[tuple[int, str, str, str]]:
    """Step 4 (and 5): per pair in order, its candidates shuffled by ``seed``, the first ``n`` (stage 1) and the next
    ``n2`` (stage 2), a file or a copy of a body drawn once; (stage, pair, outlet, path)."""
    out, taken, bodies = [], set(), set()
    for (a, b), pool in cands.items():
        print(f"{a}-{b}", len(pool), file=sys.stderr)
        pool = list(pool)
        random.Random(seed.format(f"{a}-{b}")).shuffle(pool)
        got, stage = [], {}
        for rel in pool:
            body = _body(files[rel][1])
            if len(got) == n + n2:
                break
            if rel in taken or body in bodies:
                continue
            stage[rel] = 1 if len(got) < n else 2
            got.append(rel)
            taken.add(rel)
            bodies.add(body)
        out += [(stage[rel], f"{a}-{b}", files[rel][0], rel) for rel in sorted(got, key=lambda r: (stage[r], os.path.basename(r)))]
    return out


def select(datasets: Path) -> list[tuple[int, str, str, str]]:
    """(stage, pair, outlet, path) of the drawn documents."""
    files, cands = candidates(datasets, PAIRS, "blind-s23")
    return draw(files, cands, N, N2, SEED)


def glob_txt(folder: Path) -> list[str]:
    return sorted(str(p) for p in folder.glob("*/*.txt"))


if __name__ == "__main__":
    for stage, pair, outlet, rel in select(Path((sys.argv[1:] or ["../shared/datasets"])[0])):
        print(stage, pair, outlet, rel)
