"""Rebuild data/demo/: a deterministic sample of CNN Arabic articles from ANT v2.1.

Usage (from the repository root)::

    .venv/bin/python tools/build_demo_sample.py [--datasets ../shared/datasets] [--per-cell 12]

Keeps every article that names Russia (روسيا/بوتين/موسكو/الكرملين) together
with North Korea (كوريا الشمالية/كيم جونغ/بيونغ يانغ), every article naming
Vietnam (فيتنام), every article naming North Korea (so its mentions have a
history to show), then the first ``--per-cell`` articles of each (category,
month) cell in a fixed hash order, so the sample spreads over all five
sections and all nine months. Files are copied byte for byte into
``data/demo/CNN/<category>/``.
"""
from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "data" / "demo" / "CNN"
_RUSSIA = re.compile(r"روسيا|بوتين|موسكو|الكرملين")
_NORTH_KOREA = re.compile(r"كوريا الشمالية|كيم جونغ|بيونغ ?يانغ|بيونغيانغ")
_VIETNAM = re.compile(r"فيتنام")
_MONTH = re.compile(r"-(\d{6})\d\d\.txt$")


def _order(path: Path) -> str:
    """A fixed pseudo-random order that does not depend on the file system."""
    return hashlib.sha1(path.name.encode()).hexdigest()


def select(cnn: Path, *, per_cell: int) -> list[Path]:
    """Return the sorted article files of the sample."""
    chosen: set[Path] = set()
    cells: dict[tuple[str, str], list[Path]] = defaultdict(list)
    for path in sorted(cnn.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if (_RUSSIA.search(text) and _NORTH_KOREA.search(text)) or _VIETNAM.search(text) or _NORTH_KOREA.search(text):
            chosen.add(path)
        month = _MONTH.search(path.name)
        cells[(path.parent.name, month.group(1) if month else "")].append(path)
    for files in cells.values():
        chosen.update(sorted(files, key=_order)[:per_cell])
    return sorted(chosen)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", default=str(REPO.parent / "shared" / "datasets"))
    parser.add_argument("--per-cell", type=int, default=12)
    args = parser.parse_args(argv)
    cnn = Path(args.datasets) / "ant-v2.1-multisource" / "CNN"
    if not cnn.is_dir():
        print(f"{cnn} not found: pass --datasets pointing at the shared datasets folder", file=sys.stderr)
        return 1
    files = select(cnn, per_cell=args.per_cell)
    if OUT.exists():
        shutil.rmtree(OUT)
    for path in files:
        target = OUT / path.relative_to(cnn)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    size = sum(p.stat().st_size for p in files)
    print(f"{len(files)} articles, {size / 2**20:.1f} MiB -> {OUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
