"""Print the documents of the blind United States–Iran split (``blind-us-ir``), by the fixed rule of the README.

Usage: ``python data/gold/events/select_blind_usir.py ../shared/datasets`` (run before the split was annotated;
kept so the draw can be repeated). The first split whose focus is not Russia (session 10): the Russia–X pools of
the four outlets were exhausted by the earlier draws. Skipped: files already in ``documents.csv`` under another
split, and sport files. A file is a candidate when at least two sentences (cut at ``.!?؟`` and line breaks) each
match both ``US`` and ``IR``; per outlet the candidates are sorted by base file name, shuffled with
``random.Random(f"events-us-ir-2026-12-02-{outlet}")`` and the first N taken.
"""
import re
import sys
from pathlib import Path

from select_blind_eg import OUTLETS, _draw, pair_files, used_paths

US = re.compile("الولايات المتحدة|واشنطن|الأمريكي|الأميركي|أمريكا|أميركا|ترامب")
IR = re.compile("إيران|ايران|طهران|الإيراني|الايراني|روحاني|ظريف|خامنئي")
N = 3


def select(datasets: Path) -> list[tuple[str, str]]:
    used = used_paths("blind-us-ir", "us-ir")
    out = []
    for outlet, folder in OUTLETS:
        cands = pair_files(datasets, folder, US, IR, skip=lambda rel: rel in used or "/sport/" in rel)
        print(outlet, len(cands), file=sys.stderr)
        out += [(outlet, rel) for rel in _draw(cands, f"events-us-ir-2026-12-02-{outlet}", N)]
    return out


if __name__ == "__main__":
    for outlet, rel in select(Path((sys.argv[1:] or ["../shared/datasets"])[0])):
        print(outlet, rel)
