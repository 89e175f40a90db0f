"""Print the documents of the blind Russia–United Kingdom split (``blind-gb``), by the fixed rule of the README.

Usage: ``python data/gold/events/select_blind_gb.py ../shared/datasets [EXCLUDE_DIR ...]`` (run before the split
was annotated; kept so the draw can be repeated). Skipped: files already in ``documents.csv`` under another split,
and files whose base name is in one of the EXCLUDE_DIRs (session 8: the article pools the events rules were read on
in sessions 6-7, ``/work/scratch/events6/proxy_*`` and ``/work/scratch/events7/docs_*``; they are not in the
repository, so a fresh clone without them draws from a slightly larger pool).
A file is a candidate when at least two sentences (cut at ``.!?؟`` and line breaks) each match both ``RU`` and
``GB``; per outlet the candidates of the non-sport folders and of the sport folder are each sorted by base file
name, shuffled with ``random.Random(f"events-ru-gb-2026-12-02-{outlet}-{part}")`` and the first N_OTHER / N_SPORT
taken.
"""
import glob
import os
import re
import sys
from pathlib import Path

# the Russia pattern, the outlets, the sentence cut and the seeded draw are those of the Russia–Egypt draw
# (this script runs from its own folder, which Python puts on the path)
from select_blind_eg import OUTLETS, RU, _draw, pair_files, used_paths

GB = re.compile("بريطانيا|لندن|البريطاني|تيريزا ماي|بوريس جونسون")
N_OTHER, N_SPORT = 4, 0


def select(datasets: Path, exclude_dirs: list[str] = ()) -> list[tuple[str, str]]:
    used = used_paths("blind-gb", "ru-gb")
    seen = {os.path.basename(p) for d in exclude_dirs for p in glob.glob(os.path.join(d, "*.txt"))}
    out = []
    for outlet, folder in OUTLETS:
        parts = {"other": [], "sport": []}
        for rel in pair_files(datasets, folder, RU, GB, skip=lambda rel: rel in used or os.path.basename(rel) in seen):
            parts["sport" if "/sport/" in rel else "other"].append(rel)
        print(outlet, {k: len(v) for k, v in parts.items()}, file=sys.stderr)
        for part, n in (("other", N_OTHER), ("sport", N_SPORT)):
            out += [(outlet, rel) for rel in _draw(parts[part], f"events-ru-gb-2026-12-02-{outlet}-{part}", n)]
    return out


if __name__ == "__main__":
    args = sys.argv[1:] or ["../shared/datasets"]
    for outlet, rel in select(Path(args[0]), args[1:]):
        print(outlet, rel)
