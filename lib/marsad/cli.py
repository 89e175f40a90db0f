"""Command line: ``marsad report``, ``marsad analyze``, ``marsad read``.

A light wrapper: each command parses arguments and calls one library function.
"""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

__all__ = ["main"]


def _parse_value(value: str):
    """Read a -p value as JSON-ish (numbers, true/false, lists), else keep the string."""
    import json

    try:
        return json.loads(value)
    except ValueError:
        return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="marsad", description="Analyse Arabic news pages and corpora.")
    sub = parser.add_subparsers(dest="command", required=True)

    rep = sub.add_parser("report", help="analyse a corpus and render every report notebook to HTML")
    rep.add_argument("--corpus", required=True, help="a page, a folder, or a CSV/JSONL/Parquet table")
    rep.add_argument("--name", required=True, help="run name: output goes to reports/NAME/")
    rep.add_argument("-p", "--parameter", nargs=2, action="append", default=[], metavar=("KEY", "VALUE"),
                     help="notebook parameter (repeatable); VALUE is read as JSON when it parses")
    rep.add_argument("--capture-date", help="when the pages were captured (YYYY-MM-DD); dates the ticker")
    rep.add_argument("--reports-dir", default=None, help="parent folder of runs (default: reports/)")
    rep.add_argument("--notebook", action="append", help="run only these notebooks (repeatable)")
    rep.add_argument("--show-code", action="store_true", help="keep code cells in the HTML")
    rep.add_argument("--jobs", type=int, default=2, help="notebooks executed at once (default 2)")

    ana = sub.add_parser("analyze", help="analyse a corpus once into Parquet tables")
    ana.add_argument("--corpus", required=True)
    ana.add_argument("--out", required=True)
    ana.add_argument("--capture-date")
    ana.add_argument("--csv", action="store_true", help="also write CSV copies next to the Parquet files")

    rd = sub.add_parser("read", help="read a corpus and print its manifest summary")
    rd.add_argument("--corpus", required=True)

    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    if args.command == "report":
        from .report import REPO_ROOT, run_report

        result = run_report(
            args.corpus, args.name, parameters={k: _parse_value(v) for k, v in args.parameter},
            reports_dir=args.reports_dir or REPO_ROOT / "reports", notebooks=args.notebook,
            capture_date=args.capture_date, show_code=args.show_code, jobs=args.jobs,
        )
        for nb in result.notebooks:
            print(f"{'ok    ' if nb.ok else 'FAILED'} {nb.notebook} ({nb.seconds} s){'' if nb.ok else ': ' + str(nb.error)}")
        for stage, error in result.stage_errors.items():
            print(f"FAILED stage {stage}: {error}")
        print(f"index: {result.index}")
        return 0 if result.ok and not result.stage_errors else 1
    if args.command == "analyze":
        from .analyze import analyze

        run = analyze(args.corpus, args.out, capture_date=args.capture_date, csv_dir=args.out if args.csv else None)
        print(run.corpus.summary())
        for stage, error in run.errors.items():
            print(f"FAILED stage {stage}: {error}")
        return 1 if run.errors else 0
    if args.command == "read":
        from .corpus import read_corpus

        corpus = read_corpus(args.corpus)
        print(corpus.summary())
        skipped = corpus.manifest[corpus.manifest["status"] == "skipped"]
        for row in skipped.itertuples(index=False):
            print(f"skipped {row.path}: {row.reason}")
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
