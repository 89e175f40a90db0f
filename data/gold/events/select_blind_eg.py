"""Print the documents of the blind Russia–Egypt split (``blind-eg``), by the fixed rule of the README.

Usage: ``python data/gold/events/select_blind_eg.py ../shared/datasets`` (run before the split was annotated;
kept so the draw can be repeated). Files already in ``documents.csv`` under another split are skipped.
Two stages, both seeded draws (``random.Random(seed).shuffle`` of the candidates sorted by base file name):

1. a file with at least two sentences (cut at ``.!?؟`` and line breaks) that each match both ``RU`` and ``EG``;
   per outlet, the first 10 of the non-sport folders and the first 2 of the sport folder;
2. among the other files, one sentence matching both ``RU_STATE`` and ``EG_STATE`` (state actors: leader, foreign
   minister, capital); per outlet, the first 6.
"""
import csv
import glob
import os
import random
import re
import sys
from pathlib import Path

RU = re.compile("روسيا|موسكو|بوتين|الروسي|لافروف|الكرملين")
EG = re.compile(r"(?<!\w)[وفبل]?مصر(?!\w)|المصري|القاهرة|السيسي|سامح شكري")
RU_STATE = re.compile("بوتين|بوتن|لافروف|الكرملين|موسكو")
EG_STATE = re.compile("السيسي|سامح شكري|القاهرة")
OUTLETS = [("CNN", "ant-v2.1-multisource/CNN"), ("France24", "ant-v2.1-multisource/France24"),
           ("Alarabia", "ant-v2.1-multisource/Alarabia"), ("Jawhara", "ant-v1.1-jawharafm")]


def _sentences(path: Path) -> list[str]:
    return re.split(r"[.!?؟\n]", path.read_text(encoding="utf-8"))


def _draw(cands: list[str], seed: str, n: int) -> list[str]:
    c = sorted(cands, key=os.path.basename)
    random.Random(seed).shuffle(c)
    return c[:n]


def used_paths(*own_splits: str) -> set[str]:
    """Paths of ``documents.csv`` under any split but ``own_splits``: a new draw may not take them."""
    with open(Path(__file__).resolve().parent / "documents.csv", encoding="utf-8", newline="") as fh:
        return {r["path"] for r in csv.DictReader(fh) if r["split"] not in own_splits}


def pair_files(datasets: Path, folder: str, a: re.Pattern, b: re.Pattern, skip=lambda rel: False) -> list[str]:
    """The files of ``folder`` (paths relative to ``datasets``) that ``skip`` keeps and that have at least two
    sentences each matching both ``a`` and ``b``: the candidates of every blind draw."""
    out = []
    for f in glob.glob(str(datasets / folder / "*" / "*.txt")):
        rel = os.path.relpath(f, datasets)
        if not skip(rel) and sum(1 for s in _sentences(Path(f)) if a.search(s) and b.search(s)) >= 2:
            out.append(rel)
    return out


def draw_pair_split(datasets: Path, sides: dict[str, str], pairs: list[tuple[str, str]], pair_seed: str,
                    salt: str, used: set[str], n: int, required: tuple[str, ...] | None = None) -> list[tuple[str, str]]:
    """The two seeded steps of the blind splits whose pair is drawn too (sessions 11–13; each script's docstring
    says its rule). A file is a candidate of a pair when ``pair_files`` keeps it (two sentences matching both sides'
    patterns in ``sides``), it is not in ``used`` and not in a sport folder. A pair is eligible when every outlet of
    ``required`` (all outlets when None) has at least ``n`` candidates; the pair is
    ``random.Random(pair_seed).choice`` of the eligible pairs sorted by name, and per outlet its first ``n``
    candidates after ``_draw`` with the seed ``salt.format(pair=..., outlet=...)`` are the split."""
    def candidates(focus: str, partner: str) -> dict[str, list[str]]:
        a, b = re.compile(sides[focus]), re.compile(sides[partner])
        return {outlet: pair_files(datasets, folder, a, b, skip=lambda rel: rel in used or "/sport/" in rel)
                for outlet, folder in OUTLETS}

    found, eligible = {}, []
    for focus, partner in pairs:
        found[focus, partner] = cands = candidates(focus, partner)
        counts = {o: len(c) for o, c in cands.items()}
        print(f"{focus}-{partner}", counts, file=sys.stderr)
        if min(counts[o] for o in (required or counts)) >= n:
            eligible.append(f"{focus}-{partner}")
    focus, partner = random.Random(pair_seed).choice(sorted(eligible)).split("-")
    pair = f"{focus}-{partner}".lower()
    print("pair:", focus, partner, file=sys.stderr)
    return [(outlet, rel) for outlet, cands in found[focus, partner].items()
            for rel in _draw(cands, salt.format(pair=pair, outlet=outlet), n)]


def select(datasets: Path) -> list[tuple[str, str]]:
    used = used_paths("blind-eg", "ru-eg")
    out, first = [], set()
    for outlet, folder in OUTLETS:
        parts = {"other": [], "sport": []}
        for rel in pair_files(datasets, folder, RU, EG, skip=lambda rel: rel in used):
            parts["sport" if "/sport/" in rel else "other"].append(rel)
        for part, n in (("other", 10), ("sport", 2)):
            for rel in _draw(parts[part], f"events-ru-eg-2026-12-02-{outlet}-{part}", n):
                out.append((outlet, rel))
                first.add(rel)
    for outlet, folder in OUTLETS:
        cands = [os.path.relpath(f, datasets) for f in glob.glob(str(datasets / folder / "*" / "*.txt"))]
        cands = [rel for rel in cands if rel not in used and rel not in first
                 and any(RU_STATE.search(s) and EG_STATE.search(s) for s in _sentences(datasets / rel))]
        out += [(outlet, rel) for rel in _draw(cands, f"events-ru-eg-2026-12-02-{outlet}-state", 6)]
    return out


if __name__ == "__main__":
    for outlet, rel in select(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/datasets")):
        print(outlet, rel)
