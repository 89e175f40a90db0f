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
    from marsad.stages import STAGES

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

    ana = sub.add_parser("analyze", help="analyse a corpus once into partitioned Parquet tables")
    ana.add_argument("--corpus", required=True, help="a page, a folder, or a CSV/JSONL/Parquet table")
    ana.add_argument("--out", required=True, help="output folder of the tables")
    ana.add_argument("--capture-date", help="when the pages were captured (YYYY-MM-DD); dates the ticker")
    ana.add_argument("--csv", action="store_true", help="also write CSV copies next to the Parquet files")
    ana.add_argument("--engine", choices=("local", "dask"), default="local",
                     help="local: partitions one after another here; dask: on Dask workers (default local)")
    ana.add_argument("--scheduler", help="address of a running Dask scheduler (implies --engine dask)")
    ana.add_argument("--workers", type=int, help="worker processes of the Dask LocalCluster (default: CPU count)")
    ana.add_argument("--chunk-mb", type=float, default=4.0, help="megabytes of input per partition (default 4)")
    ana.add_argument("--stage", action="append", choices=tuple(STAGES),
                     help="run only these stages (repeatable; default all): "
                          + "; ".join(f"{name}: {stage.description}" for name, stage in STAGES.items()))
    ana.add_argument("--option", nargs=3, action="append", default=[], metavar=("STAGE", "KEY", "VALUE"),
                     help="keyword option of a stage (repeatable; VALUE read as JSON), e.g. --option mentions ner false")
    ana.add_argument("--force", action="store_true", help="recompute even if the tables are up to date")
    ana.add_argument("--no-progress", action="store_true", help="no progress bar")

    rd = sub.add_parser("read", help="read a corpus and print its manifest summary")
    rd.add_argument("--corpus", required=True)

    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    if args.command == "report":
        from marsad.runner.report import run_report

        result = run_report(
            args.corpus, args.name, parameters={k: _parse_value(v) for k, v in args.parameter},
            reports_dir=args.reports_dir or Path.cwd() / "reports", notebooks=args.notebook,
            capture_date=args.capture_date, show_code=args.show_code, jobs=args.jobs,
        )
        for nb in result.notebooks:
            print(f"{'ok    ' if nb.ok else 'FAILED'} {nb.notebook} ({nb.seconds} s){'' if nb.ok else ': ' + str(nb.error)}")
        for stage, error in result.stage_errors.items():
            print(f"FAILED stage {stage}: {error}")
        print(f"index: {result.index}")
        return 0 if result.ok and not result.stage_errors else 1
    if args.command == "analyze":
        from marsad.engine.run import OptionError, RunLockedError, analyze

        engine = "dask" if args.scheduler else args.engine
        kwargs = {"stages": tuple(args.stage)} if args.stage else {}
        options: dict = {}
        for stage, key, value in args.option:
            options.setdefault(stage, {})[key] = _parse_value(value)
        try:
            run = analyze(args.corpus, args.out, capture_date=args.capture_date, csv_dir=args.out if args.csv else None,
                          engine=engine, scheduler=args.scheduler, workers=args.workers, chunk_mb=args.chunk_mb,
                          force=args.force, progress=False if args.no_progress else None, options=options or None,
                          **kwargs)
        except (OptionError, RunLockedError, FileNotFoundError) as exc:  # checked before any output is touched
            print(f"marsad analyze: error: {exc}", file=sys.stderr)
            return 2
        print(("reused up-to-date tables: " if run.reused else "") + str(run.corpus.summary()))
        for stage, error in run.errors.items():
            print(f"FAILED stage {stage}: {error}")
        return 1 if run.errors else 0
    if args.command == "read":
        from marsad.readers.corpus import read_corpus

        corpus = read_corpus(args.corpus)
        print(corpus.summary())
        skipped = corpus.manifest[corpus.manifest["status"] == "skipped"]
        for row in skipped.itertuples(index=False):
            print(f"skipped {row.path}: {row.reason}")
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
