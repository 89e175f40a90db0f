"""Print the documents of the blind Russia–United States split (``blind-us``), by the fixed rule of the README.

Usage: ``python data/gold/events/select_blind_us.py ../shared/datasets [EXCLUDE_DIR ...]`` (run before the split
was annotated; kept so the draw can be repeated). Skipped: files already in ``documents.csv`` under another split,
and files whose base name is in one of the EXCLUDE_DIRs (session 9: the article pools the events rules were read on
in sessions 6-7, ``/work/scratch/events6/proxy_*`` and ``/work/scratch/events7/docs_*``, as for ``blind-gb``; they
are not in the repository, so a fresh clone without them draws from a larger pool).
A file is a candidate when at least two sentences (cut at ``.!?؟`` and line breaks) each match both ``RU`` and
``US``; per outlet the non-sport candidates are sorted by base file name, shuffled with
``random.Random(f"events-ru-us-2026-12-02-{outlet}-other")`` and the first N_OTHER taken (sport files are not drawn).
"""
import glob
import os
import re
import sys
from pathlib import Path

# the Russia pattern, the outlets, the sentence cut and the seeded draw are those of the Russia–Egypt draw
from select_blind_eg import OUTLETS, RU, _draw, pair_files, used_paths

US = re.compile("الولايات المتحدة|واشنطن|الأمريكي|الأميركي|أمريكا|أميركا|ترامب")
N_OTHER = 6


def select(datasets: Path, exclude_dirs: list[str] = ()) -> list[tuple[str, str]]:
    used = used_paths("blind-us", "ru-us")
    seen = {os.path.basename(p) for d in exclude_dirs for p in glob.glob(os.path.join(d, "*.txt"))}
    out = []
    for outlet, folder in OUTLETS:
        cands = pair_files(datasets, folder, RU, US,
                           skip=lambda rel: rel in used or os.path.basename(rel) in seen or "/sport/" in rel)
        print(outlet, len(cands), file=sys.stderr)
        out += [(outlet, rel) for rel in _draw(cands, f"events-ru-us-2026-12-02-{outlet}-other", N_OTHER)]
    return out


if __name__ == "__main__":
    args = sys.argv[1:] or ["../shared/datasets"]
    for outlet, rel in select(Path(args[0]), args[1:]):
        print(outlet, rel)
