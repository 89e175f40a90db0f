"""What reading a packed corpus costs next to the same corpus unpacked (the read loop alone).

Builds, in a temporary folder, the first ``--articles`` CNN articles of ANT v2.1 as one JSON Lines file, the same
file gzip-packed (streamed as it unpacks), the plain file inside a ZIP archive, and the article files themselves
in a ZIP archive (read in pieces of whole members), then reads each with
``marsad.engine.partitions.iter_partition`` in 4 MiB pieces, each in a fresh process: documents read, pieces,
CPU seconds of the read loop, peak resident memory of the process (``ru_maxrss``, interpreter and libraries
included).

    .venv/bin/python bench/packed_read.py --datasets ../shared/datasets [--articles 3000]

Speed is measured here, never asserted in tests.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from marsad.engine.partitions import iter_partition
folder = Path(sys.argv[1])
cpu = time.process_time()
pieces = [len(c.documents) for c, _ in iter_partition(sorted(folder.iterdir()), folder, chunk_bytes=4 * 2**20)]
cpu = time.process_time() - cpu
print(json.dumps({"documents": sum(pieces), "pieces": len(pieces), "cpu_s": round(cpu, 3),
                  "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}))
"""


def build(datasets: Path, articles: int, out: Path) -> dict[str, Path]:
    files = sorted((datasets / "ant-v2.1-multisource" / "CNN").rglob("*.txt"))[:articles]
    if not files:
        sys.exit(f"no CNN articles under {datasets}/ant-v2.1-multisource/CNN")
    lines = "".join(json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8", errors="replace")},
                               ensure_ascii=False) + "\n" for p in files).encode("utf-8")
    folders = {name: out / name for name in ("plain", "gzip", "zip", "zip-of-files")}
    for folder in folders.values():
        folder.mkdir()
    (folders["plain"] / "cnn.jsonl").write_bytes(lines)
    (folders["gzip"] / "cnn.jsonl.gz").write_bytes(gzip.compress(lines, compresslevel=6))
    with zipfile.ZipFile(folders["zip"] / "cnn.zip", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("cnn.jsonl", lines)
    with zipfile.ZipFile(folders["zip-of-files"] / "cnn-files.zip", "w", zipfile.ZIP_DEFLATED) as z:
        for p in files:  # the article files themselves, as a scrape is shipped: read in pieces of whole members
            z.writestr(f"{p.parent.name}/{p.name}", p.read_bytes())
    return folders


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--datasets", default="../shared/datasets")
    ap.add_argument("--articles", type=int, default=3000)
    args = ap.parse_args()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "lib")}
    with tempfile.TemporaryDirectory() as tmp:
        folders = build(Path(args.datasets), args.articles, Path(tmp))
        print(f"load average before: {os.getloadavg()[0]:.1f}")
        print("| corpus | bytes on disk | documents | pieces | read CPU s | peak RSS MB |")
        print("|---|---|---|---|---|---|")
        for name, folder in folders.items():
            size = sum(p.stat().st_size for p in folder.iterdir())
            out = subprocess.run([sys.executable, "-c", _CHILD, str(folder)], capture_output=True, text=True,
                                 env=env, check=True)
            row = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"| {name} | {size:,} | {row['documents']:,} | {row['pieces']} | {row['cpu_s']} | {row['peak_mb']} |")
        print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
