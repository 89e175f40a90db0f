"""Print the documents of the blind split of session 22 (``blind-ru-kp-vn``), by the fixed rule of the README.

Usage: ``python data/gold/events/select_blind_s22.py ../shared/datasets`` (written and committed before the draw was
run; kept so the draw can be repeated). Session 22 measures the project's own question again, Russia with North Korea
and Vietnam, on the ANT articles that name them together and that no gold split or probe ever took. The rule, fixed
before any candidate was opened:

1. **Candidates of a pair** (RU with a partner): a file of ANT v2.1 CNN, France24, Al Arabiya or ANT v1.1 Jawhara FM
   (every category folder, sport included, as in the ``tune``/``heldout`` selection) whose whole text (title,
   abstract and body) matches both sides' ``SIDES`` patterns of ``select_blind_s18`` (the article names both; the
   patterns are the draw list's, e.g. ``بيونغ ?يانغ`` and not Pyeongchang).
2. **Excluded**, each of three ways: (a) by id: the file's base name or ``<DOCNO>`` is a ``doc_id`` of
   ``documents.csv`` (any split) or a line of any ``probed_s*.txt`` (above and below their markers); (b) by text: its
   body (``<TEXT>``, normalised: every run of non-letters one space) is the body of such a file; (c) by URL: its
   ``<URL>`` is the URL of such a file.
3. **The pairs**: Russia–North Korea and Russia–Vietnam (``PAIRS``); a file of both counts once. If they keep fewer
   than ``MIN_DOCS`` = 5 files together, one more pair is added: ``random.Random(EXTRA_SEED).choice`` of the pairs
   RU–X (X in ``SIDES``) that no gold split has (``documents.csv`` focus/partners) and no earlier draw read or probed
   (``select_blind_s21.READ``), that keep at least 5 files by 1–2, sorted by name.
4. **The documents**: all of them when the pairs keep at most ``ALL_UP_TO`` = 12 files; otherwise the first ``N`` = 10
   of the candidates sorted by base name and shuffled with ``random.Random(SEED)``. Printed sorted by base name.
   Nothing is chosen by hand.
5. **Stage 2** (amended in session 22 after stage 1 — the documents of 1–4 — had been read: its 10 documents hold no
   Russia–North Korea or Russia–Vietnam event at all and two no-event sentences, so the split could measure no
   recall; amended and committed before stage 2 was drawn, before any run of the extractor on stage 1 and before any
   rule changed): when stage 1 holds fewer than ``MIN_EVENTS`` = 5 counted events, the extra pair of step 3 (chosen
   by ``EXTRA_SEED`` among the eligible pairs, unless step 3 already added one) is added and its documents are drawn
   by step 4 alone (all when at most 12, else the first 10 after ``random.Random(SEED2)``). Each printed line says
   its stage.
6. **Stage 3** (amended after stage 2 was read, before stage 3 was drawn, before any run of the extractor and before
   any rule changed): stage 2's pair, Russia–Tunisia, gave 10 World Cup and press-review pages with no event either:
   naming both sides somewhere in an article finds co-occurrence, not interactions. When stages 1–2 hold fewer than
   ``MIN_EVENTS`` counted events, one more Russia–X pair is drawn among step 3's eligible pairs (the stage-2 pair
   excepted) with the candidate rule of sessions 16–21 (``select_blind_s21``): at least two sentences (cut at
   ``.!?؟`` and line breaks) each naming both sides by ``SIDES`` and one naming both by ``select_blind_s19.STATE``,
   besides the exclusions of step 2 and the documents of stages 1–2; eligible with at least ``MIN3`` = 6 such files;
   ``random.Random(SEED3_PAIR).choice`` of them sorted by name; its documents all when at most 12, else the first 10
   after ``random.Random(SEED3)``. Amended once more after the stage-3 counts were printed (no pair keeps 6 such
   files; the counts only, no document opened): if no pair is eligible, every pair keeping at least ``MIN3_FALLBACK``
   = 3 such files is taken, their files together drawn as above (all when at most 12, else a seeded 10).
"""
import csv
import glob
import os
import random
import re
import sys
from pathlib import Path

from select_blind_eg import OUTLETS, used_paths
from select_blind_s18 import SIDES
from select_blind_s19 import STATE
from select_blind_s21 import READ

HERE = Path(__file__).resolve().parent
PAIRS = [("RU", "KP"), ("RU", "VN")]
MIN_DOCS, ALL_UP_TO, N = 5, 12, 10
SEED = "events-ru-kp-vn-2026-12-04-s22"
SEED2 = "events-ru-extra-2026-12-04-s22-stage2"
MIN_EVENTS = 5
MIN3, MIN3_FALLBACK = 6, 3
SEED3_PAIR = "events-ru-pair-2026-12-04-s22-stage3"
SEED3 = "events-ru-docs-2026-12-04-s22-stage3"
EXTRA_SEED = "events-extra-pair-2026-12-04-s22"


def _field(text: str, tag: str) -> str:
    m = re.search(rf"<{tag}>(.*?)</{tag}>", text, re.S)
    return m.group(1).strip() if m else ""


def _body(text: str) -> str:
    return " ".join(re.sub(r"[\W\d_]+", " ", _field(text, "TEXT")).split())


def excluded_ids() -> set[str]:
    """Ids of every document of ``documents.csv`` and every line of the ``probed_s*.txt`` lists."""
    with open(HERE / "documents.csv", encoding="utf-8", newline="") as fh:
        ids = {r["doc_id"] for r in csv.DictReader(fh)}
    for f in sorted(HERE.glob("probed_s*.txt")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                ids.update(os.path.splitext(w)[0] for w in line.split())
    return ids


def left_out(files: dict, ids: set[str], used: set[str]) -> tuple[set[str], set[str], set[str]]:
    """The ids (file name and DOCNO), bodies and URLs of the articles a draw leaves out: those whose path is ``used``
    or whose file name or DOCNO is among ``ids``; ``files`` maps a relative path to ``(outlet, text)``."""
    bad_ids, bad_bodies, bad_urls = set(ids), set(), set()
    for rel, (_, text) in files.items():
        base = os.path.splitext(os.path.basename(rel))[0]
        if rel in used or base in ids or _field(text, "DOCNO") in ids:
            bad_ids.update({base, _field(text, "DOCNO")})
            bad_bodies.add(_body(text))
            bad_urls.add(_field(text, "URL"))
    bad_bodies.discard("")
    bad_urls.discard("")
    return bad_ids, bad_bodies, bad_urls


def gold_pairs() -> set[frozenset]:
    with open(HERE / "documents.csv", encoding="utf-8", newline="") as fh:
        return {frozenset((r["focus"] or "RU", p)) for r in csv.DictReader(fh) for p in r["partners"].split(";")}


def select(datasets: Path) -> list[tuple[int, str, str, str]]:
    """(stage, outlet, path, pairs) of the drawn documents, each stage sorted by base name."""
    ids, used = excluded_ids(), used_paths("blind-s22")
    files = {}
    for outlet, folder in OUTLETS:
        for f in glob.glob(str(datasets / folder / "*" / "*.txt")):
            text = Path(f).read_text(encoding="utf-8")
            files[os.path.relpath(f, datasets)] = (outlet, text)
    bad_ids, bad_bodies, bad_urls = left_out(files, ids, used)

    def keep(rel: str, text: str) -> bool:
        base = os.path.splitext(os.path.basename(rel))[0]
        return not (base in bad_ids or _field(text, "DOCNO") in bad_ids or _body(text) in bad_bodies
                    or _field(text, "URL") in bad_urls)

    side = {c: re.compile(p) for c, p in SIDES.items()}

    def candidates(pair: tuple[str, str]) -> set[str]:
        return {rel for rel, (_, text) in files.items()
                if all(side[c].search(text) for c in pair) and keep(rel, text)}

    def extra_pair() -> tuple[tuple[str, str], set[str]] | None:
        skip = gold_pairs() | {frozenset(p) for p in READ} | {frozenset(p) for p in PAIRS}
        extra = {("RU", x): candidates(("RU", x)) for x in sorted(SIDES) if x != "RU" and frozenset(("RU", x)) not in skip}
        eligible = sorted(f"{a}-{b}" for (a, b), c in extra.items() if len(c) >= MIN_DOCS)
        print("extra eligible:", eligible, {k: len(v) for k, v in extra.items()}, file=sys.stderr)
        if not eligible:
            return None
        pick = tuple(random.Random(EXTRA_SEED).choice(eligible).split("-"))
        return pick, extra[pick]

    def draw(found: dict, seed: str) -> list[str]:
        pool = sorted(set().union(*found.values()), key=os.path.basename)
        if len(pool) > ALL_UP_TO:
            random.Random(seed).shuffle(pool)
            pool = sorted(pool[:N], key=os.path.basename)
        return pool

    found = {p: candidates(p) for p in PAIRS}
    for p, c in found.items():
        print("-".join(p), len(c), file=sys.stderr)
    added = None
    if len(set().union(*found.values())) < MIN_DOCS:
        added = extra_pair()
        if added:
            found[added[0]] = added[1]
    out = [(1, files[rel][0], rel, ";".join("-".join(p) for p, c in found.items() if rel in c)) for rel in draw(found, SEED)]
    if added is None:
        added = extra_pair()
        if added:
            taken = {rel for _, _, rel, _ in out}
            second = {added[0]: added[1] - taken}
            out += [(2, files[rel][0], rel, "-".join(added[0])) for rel in draw(second, SEED2)]
    taken = {rel for _, _, rel, _ in out}
    state = {c: re.compile(p) for c, p in STATE.items()}
    dense = {}
    for x in sorted(SIDES):
        pair = ("RU", x)
        if pair in found or x == "RU" or frozenset(pair) in gold_pairs() | {frozenset(p) for p in READ}:
            continue
        keep3 = set()
        for rel in candidates(pair) - taken:
            ss = re.split(r"[.!?؟\n]", files[rel][1])
            if (sum(1 for t in ss if side["RU"].search(t) and side[x].search(t)) >= 2
                    and any(state["RU"].search(t) and state[x].search(t) for t in ss)):
                keep3.add(rel)
        dense[pair] = keep3
    eligible3 = sorted(f"{a}-{b}" for (a, b), c in dense.items() if len(c) >= MIN3)
    print("stage 3 eligible:", eligible3, {"-".join(k): len(v) for k, v in dense.items()}, file=sys.stderr)
    if eligible3:
        pick = tuple(random.Random(SEED3_PAIR).choice(eligible3).split("-"))
        out += [(3, files[rel][0], rel, "-".join(pick)) for rel in draw({pick: dense[pick]}, SEED3)]
    else:
        some = {p: c for p, c in dense.items() if len(c) >= MIN3_FALLBACK}
        out += [(3, files[rel][0], rel, ";".join("-".join(p) for p, c in some.items() if rel in c))
                for rel in draw(some, SEED3)] if some else []
    return out

if __name__ == "__main__":
    for stage, outlet, rel, pairs in select(Path((sys.argv[1:] or ["../shared/datasets"])[0])):
        print(stage, outlet, rel, pairs)
