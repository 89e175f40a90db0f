"""robust39's reader paths in bench/pathological.py's harness (same options and output; its cases are all there too):

- ``csv_strays``: a UTF-8 CSV of 25,000 rows with a word pasted from a Windows-1256 file every 500 rows (the
  mended-UTF-8 decoding: one error-handler call per stray run)
- ``csv_1256``: the same CSV in Windows-1256 (the mended-UTF-8 attempt gives up after 2 % of its non-ASCII bytes, then
  the code-page guess)
- ``zip_in_zip``: a ZIP holding 10 ZIPs of 250 pages each (the one nested level that is opened)

    .venv/bin/python bench/pathological_robust39.py --cases csv_strays,csv_1256,zip_in_zip --scales 1,4 --stage read
"""
from __future__ import annotations

import csv
import io
import random
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pathological  # noqa: E402

_base_build = pathological.build


def _rows(rnd: random.Random, n: int) -> str:
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\n")
    out.writerow(["title", "text", "date"])
    for i in range(n):
        out.writerow([pathological._words(rnd, 8), pathological._words(rnd, 40), f"2024-{i % 12 + 1:02d}-{i % 28 + 1:02d}"])
    return buf.getvalue()


def build(case: str, scale: int, out: Path) -> None:
    rnd = random.Random(39)
    if case in ("csv_strays", "csv_1256"):
        out.mkdir(parents=True)
        text = _rows(rnd, 25_000 * scale)
        if case == "csv_1256":
            (out / "table.csv").write_bytes(text.encode("cp1256"))
            return
        lines = text.encode("utf-8").split(b"\n")
        for i in range(500, len(lines), 500):
            lines[i] = "مصر".encode("cp1256") + b" " + lines[i]
        (out / "table.csv").write_bytes(b"\n".join(lines))
    elif case == "zip_in_zip":
        out.mkdir(parents=True)
        with zipfile.ZipFile(out / "outer.zip", "w") as outer:
            for k in range(10 * scale):
                buf = io.BytesIO()
                with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as inner:
                    for j in range(250):
                        inner.writestr(f"p{j:03d}.txt", pathological._words(rnd, 8) + "\n\n" + pathological._words(rnd, 60))
                outer.writestr(f"part{k:03d}.zip", buf.getvalue())
    else:
        _base_build(case, scale, out)


pathological.build = build
pathological.CASES = ("csv_strays", "csv_1256", "zip_in_zip", *pathological.CASES)

if __name__ == "__main__":
    sys.exit(pathological.main())
