"""Command line: ``marsad report``, ``marsad analyze``, ``marsad read``.

A light wrapper: each command parses arguments and calls one library function.
A mistake (a missing corpus, an unknown notebook, a parameter value a notebook
cannot use, an empty corpus) is one line on stderr and a non-zero exit, never a
traceback; ``-v`` shows the details (kernel output, logs).
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

__all__ = ["main"]

_EXAMPLES = """\
examples:
  marsad report --corpus seeds --name seed
  marsad report --corpus data/demo --name demo --notebook 03 -p partners '["فيتنام", "KP"]'
  marsad report --corpus my_pages/ --name mine -p focus Russia -p date_from 2024-01-01
  marsad report --list-params          every notebook parameter, its default and meaning

Notebooks are named by number (03), name (03-russia-relations-timeline) or file.
Countries are accepted as ISO codes (VN), English (Vietnam) or Arabic (فيتنام) names.
"""


# Parameters the runner fills in for every notebook (from --corpus, --capture-date and the run folder).
_SET_BY_RUNNER = ("corpus", "capture_date", "tables", "output_dir")


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line (and the exit status 2)."""

    def error(self, message: str):  # noqa: D401 - argparse's hook
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")

# (review47) what --corpus takes, said once for report, analyze and read (robust46's readers: tar archives, Excel
# workbooks, e-books, Markdown files; 'a ZIP archive, or a CSV/JSONL/Parquet table' named none of them)
_CORPUS_HELP = ("a folder, or one file: a web page, a text, a ZIP or tar archive, a table (CSV, JSON/JSONL, Parquet, "
                "Excel .xlsx), a feed, a Word file, an EPUB e-book, a Markdown file (any file may be .gz/.bz2/.xz-packed)")


def _fail(message: str, code: int = 2) -> int:
    print(f"marsad: error: {' '.join(str(message).split())}", file=sys.stderr)
    return code


def _parser() -> argparse.ArgumentParser:
    from marsad.stages import STAGES

    parser = _Parser(prog="marsad", description="Analyse Arabic news pages and corpora.")
    parser.add_argument("-v", "--verbose", action="store_true", help="show details: kernel output, logs")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    rep = sub.add_parser("report", help="analyse a corpus and render every report notebook to HTML",
                         description="Analyse a corpus once, then render every report notebook to HTML "
                                     "in reports/NAME/ (open reports/NAME/index.html).",
                         epilog=_EXAMPLES + _parameter_names(), formatter_class=argparse.RawDescriptionHelpFormatter)
    rep.add_argument("--corpus", help=_CORPUS_HELP)
    rep.add_argument("--name", help="run name: output goes to reports/NAME/ (letters, digits, '.', '_', '-')")
    rep.add_argument("-p", "--parameter", nargs=2, action="append", default=[], metavar=("KEY", "VALUE"),
                     help="notebook parameter (repeatable); VALUE is read as JSON when it parses; "
                          "see --list-params")
    rep.add_argument("--capture-date", help="when the pages were captured (YYYY-MM-DD); dates the ticker")
    rep.add_argument("--option", nargs=3, action="append", default=[], metavar=("STAGE", "KEY", "VALUE"),
                     help="keyword option of an analysis stage, as in marsad analyze (repeatable), "
                          "e.g. --option headlines home_country MA for a Moroccan site whose ticker does not say so")
    rep.add_argument("--reports-dir", default=None, help="parent folder of runs (default: reports/)")
    rep.add_argument("--notebook", action="append",
                     help="run only this notebook: number (03), name or file (repeatable)")
    rep.add_argument("--show-code", action="store_true", help="keep code cells in the HTML")
    rep.add_argument("--jobs", type=_positive_int, default=2, help="notebooks executed at once (default 2)")
    rep.add_argument("--list-params", action="store_true",
                     help="print every notebook parameter with its default and meaning, and exit")
    rep.add_argument("-v", "--verbose", action="store_true", dest="verbose_sub", help=argparse.SUPPRESS)

    ana = sub.add_parser("analyze", help="analyse a corpus once into partitioned Parquet tables")
    ana.add_argument("--corpus", required=True, help=_CORPUS_HELP)
    ana.add_argument("--out", required=True, help="output folder of the tables")
    ana.add_argument("--capture-date", help="when the pages were captured (YYYY-MM-DD); dates the ticker")
    ana.add_argument("--csv", action="store_true", help="also write CSV copies next to the Parquet files")
    ana.add_argument("--engine", choices=("local", "dask"), default="local",
                     help="local: partitions one after another here; dask: on Dask workers (default local)")
    ana.add_argument("--scheduler", help="address of a running Dask scheduler (implies --engine dask)")
    ana.add_argument("--workers", type=_positive_int, help="worker processes of the Dask LocalCluster (default: CPU count)")
    ana.add_argument("--chunk-mb", type=float, default=4.0, help="megabytes of input per partition (default 4)")
    ana.add_argument("--stage", action="append", choices=tuple(STAGES),
                     help="run only these stages (repeatable; default all): "
                          + "; ".join(f"{name}: {stage.description}" for name, stage in STAGES.items()))
    ana.add_argument("--option", nargs=3, action="append", default=[], metavar=("STAGE", "KEY", "VALUE"),
                     help="keyword option of a stage (repeatable; VALUE read as JSON), e.g. --option mentions ner false")
    ana.add_argument("--force", action="store_true", help="recompute even if the tables are up to date")
    ana.add_argument("--no-progress", action="store_true", help="no progress bar")
    ana.add_argument("-v", "--verbose", action="store_true", dest="verbose_sub", help=argparse.SUPPRESS)

    rd = sub.add_parser("read", help="read a corpus and say what it holds: files parsed and skipped (with "
                                     "reasons), documents, formats, warnings")
    rd.add_argument("--corpus", required=True, help=_CORPUS_HELP)
    rd.add_argument("--json", action="store_true", help="print the summary and the manifest (one row per file) as JSON")
    rd.add_argument("-v", "--verbose", action="store_true", dest="verbose_sub", help=argparse.SUPPRESS)
    return parser


def _subparser(parser: argparse.ArgumentParser, command: str) -> argparse.ArgumentParser:
    """The parser of one subcommand (``marsad report``), whose errors point at ``marsad report --help``."""
    for action in parser._subparsers._group_actions:  # argparse keeps them there; there is no public accessor
        if isinstance(action, argparse._SubParsersAction):
            return action.choices.get(command, parser)
    return parser


def _parameter_names() -> str:
    """The notebook parameters ``-p`` accepts, for ``marsad report --help`` (meanings: ``--list-params``)."""
    import textwrap

    try:
        from marsad.runner.notebooks import list_notebooks, notebook_parameters

        names = dict.fromkeys(p.name for path in list_notebooks() for p in notebook_parameters(path)
                              if p.name not in _SET_BY_RUNNER)
    except Exception:  # a broken notebook must not break --help
        return ""
    text = "notebook parameters (-p NAME VALUE): " + ", ".join(names)
    return "\n" + "\n".join(textwrap.wrap(text, 100, subsequent_indent="  ")) + "\n"


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, got {text!r}")
    return value


def _list_params() -> int:
    from marsad.runner.notebooks import list_notebooks, notebook_parameters

    for path in list_notebooks():
        print(f"{path.stem}  (--notebook {path.name[:2]})")
        for p in notebook_parameters(path):
            if p.name in _SET_BY_RUNNER:
                continue
            meaning = f"  {p.meaning}" if p.meaning else ""
            print(f"  -p {p.name:<16} default {p.default}{meaning}")
        print()
    print("Countries: ISO code (VN), English (Vietnam) or Arabic (فيتنام) name. Lists: '[\"KP\", \"VN\"]' or KP,VN.")
    print("Every notebook also takes the corpus (--corpus) and its capture date (--capture-date).")
    return 0


def _report(args) -> int:
    from marsad.charts.base import plural
    from marsad.runner.params import parse_cli_value
    from marsad.runner.report import run_report

    if args.list_params:
        return _list_params()
    missing = [flag for flag, value in (("--corpus", args.corpus), ("--name", args.name)) if not value]
    if missing:
        return _fail(f"marsad report needs {' and '.join(missing)} (see marsad report --help)")

    def analysed(run, seconds):
        s = run.corpus.summary()
        reused = " (tables reused)" if getattr(run, "reused", False) else ""
        print(f"analysed {plural(s['documents'], 'document')} from {plural(s['files'], 'file')} "
              f"({s['skipped']} skipped) in {float(seconds):.1f} s{reused}", flush=True)

    def finished(nb):
        status = "ok    " if nb.ok else "FAILED"
        detail = "" if nb.ok else f": {nb.error.splitlines()[0] if nb.error else ''}"
        notices = f" [{plural(len(nb.notices), 'notice')}]" if nb.notices else ""
        print(f"{status} {Path(nb.notebook).stem} ({nb.seconds:.1f} s){notices}{detail}", flush=True)

    result = run_report(
        args.corpus, args.name, parameters={k: parse_cli_value(v) for k, v in args.parameter},
        reports_dir=args.reports_dir or Path.cwd() / "reports", notebooks=args.notebook,
        capture_date=args.capture_date, options=_stage_options(args.option), show_code=args.show_code,
        jobs=args.jobs, quiet=not args.verbose,
        on_notebook=finished, on_analysed=analysed,
    )
    for stage, error in result.stage_errors.items():
        print(f"FAILED stage {stage}: {error}")
    print(f"index: {result.index}")
    return 0 if result.ok and not result.stage_errors else 1


def _stage_options(triples) -> dict | None:
    """``--option STAGE KEY VALUE`` triples as ``{stage: {key: value}}`` (VALUE read as JSON when it parses)."""
    from marsad.runner.params import parse_cli_value

    options: dict = {}
    for stage, key, value in triples:
        options.setdefault(stage, {})[key] = parse_cli_value(value)
    return options or None


def _analyze(args) -> int:
    from marsad.engine.publish import UnwritableOutput, cannot_write
    from marsad.engine.run import analyze
    from marsad.runner.params import validate_parameters

    capture_date = validate_parameters({"capture_date": args.capture_date or ""})["capture_date"] or None
    engine = "dask" if args.scheduler else args.engine
    kwargs = {"stages": tuple(args.stage)} if args.stage else {}
    options = _stage_options(args.option)
    try:
        run = analyze(args.corpus, args.out, capture_date=capture_date, csv_dir=args.out if args.csv else None,
                      engine=engine, scheduler=args.scheduler, workers=args.workers, chunk_mb=args.chunk_mb,
                      force=args.force, progress=False if args.no_progress else None, options=options,
                      **kwargs)
    except UnwritableOutput as exc:  # the folder as typed, and the flag to change (report says --reports-dir)
        if args.verbose:
            raise
        return _fail(cannot_write("write into the output folder", args.out, exc.reason,
                                  "choose an --out you can write to"))
    for line in analyze_report(run, Path(args.corpus), Path(args.out)):
        print(line)
    for stage, error in run.errors.items():
        print(f"FAILED stage {stage}: {error}")
    return 1 if run.errors else 0


def analyze_report(run, corpus: Path, out: Path) -> list[str]:
    """What ``marsad analyze`` prints: what was read (as ``marsad read`` says it), then each table's rows."""
    from marsad.engine.run import stage_status
    from marsad.stages import STAGES

    lines = read_report(run.corpus.summary(), run.corpus.manifest, corpus)
    rows = [f"{name} {info['rows']:,}" for name, info in stage_status(out).items()
            if name in STAGES and isinstance(info, dict) and info.get("ok") and "rows" in info]
    where = "up-to-date tables reused in" if run.reused else "tables written to"
    lines.append(f"{where} {out}" + (f": {', '.join(rows)} rows" if rows else ""))
    return lines


def _read(args) -> int:
    from marsad.engine.partitions import summarize_corpus
    from marsad.engine.run import resolve_corpus

    try:
        resolve_corpus(args.corpus)
    except FileNotFoundError as exc:
        return _fail(str(exc))
    summary, manifest = summarize_corpus(args.corpus)  # counts and manifest only: memory stays one piece
    if args.json:
        rows = manifest.astype(object).where(manifest.notna(), None).to_dict("records")
        print(json.dumps({"summary": summary, "manifest": rows}, ensure_ascii=False, indent=1, default=str))
        return 0
    for line in read_report(summary, manifest, Path(args.corpus)):
        print(line)
    return 0


def read_report(summary: dict, manifest, root: Path, *, warnings_shown: int = 3, files_shown: int = 50) -> list[str]:
    """What ``marsad read`` prints: the counts, the formats, each skipped file with its reason, and the first
    warnings of each file that has some (paths relative to the corpus).

    Beyond ``files_shown`` skipped files (or files with warnings) one line counts the rest by reason: a folder
    of 20,000 unreadable files printed 20,000 lines (1.1 MB) on the terminal; ``--json`` and ``manifest.csv``
    still list every file.
    """
    from marsad.readers.corpus import reason_kind, relative_path

    def n(count: int, word: str, plural: str = "") -> str:
        return f"{count:,} {word if count == 1 else plural or word + 's'}"

    lines = [
        f"{n(summary['files'], 'file')}: {summary['parsed']:,} parsed, {summary['skipped']:,} skipped"
        + (f" (of which {n(summary['duplicates'], 'exact copy', 'exact copies')})" if summary["duplicates"] else ""),
        f"{n(summary['documents'], 'document')} ({summary['dated_documents']:,} dated, {n(summary['sources'], 'named source')}); "
        f"{n(summary['segments'], 'segment')}, {n(summary['ticker'], 'ticker headline')}",
    ]
    parsed = manifest[manifest["status"] == "parsed"]
    if len(parsed):
        formats = parsed["format"].fillna("?").value_counts()
        lines.append("formats: " + ", ".join(f"{fmt} {count:,}" for fmt, count in formats.items()))
    skipped = manifest[manifest["status"] == "skipped"]
    for row in skipped.head(files_shown).itertuples(index=False):
        lines.append(f"skipped {relative_path(row.path, root)}: {row.reason or 'no text found'}")
    if len(skipped) > files_shown:
        kinds = skipped["reason"].iloc[files_shown:].map(reason_kind).value_counts()
        lines.append(f"… and {n(len(skipped) - files_shown, 'more skipped file')} (every file: marsad read --json, "
                     "or manifest.csv of a run): " + "; ".join(f"{kind} {count:,}" for kind, count in kinds.items()))
    warned = manifest[manifest["warnings"].fillna("").astype(str).ne("")]
    for row in warned.head(files_shown).itertuples(index=False):
        found = str(row.warnings).split("; ")
        more = f"; … {len(found) - warnings_shown} more" if len(found) > warnings_shown else ""
        lines.append(f"warnings in {relative_path(row.path, root)}: " + "; ".join(found[:warnings_shown]) + more)
    if len(warned) > files_shown:
        lines.append(f"… and warnings in {n(len(warned) - files_shown, 'more file')} (marsad read --json, or manifest.csv "
                     "of a run)")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args, extra = parser.parse_known_args(argv)  # --help and argument errors answer before the heavy imports below
    if extra:  # argparse's own error names the top-level help; a wrong flag of a subcommand is answered by its help
        _subparser(parser, args.command).error(f"unrecognized arguments: {' '.join(extra)}")
    from marsad.engine.publish import RunLockedError

    args.verbose = bool(args.verbose or getattr(args, "verbose_sub", False))
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    command = {"report": _report, "analyze": _analyze, "read": _read}[args.command]
    try:
        return command(args)
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except BrokenPipeError:  # the reader of our output went away (marsad read … | head): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except FileNotFoundError as exc:
        if args.verbose:
            raise
        return _fail(exc.args[-1] if exc.args and isinstance(exc.args[-1], str) and not exc.filename else exc)
    except (ValueError, OSError, RunLockedError) as exc:  # bad name, notebook, parameter, option, folder, lock
        if args.verbose:
            raise
        return _fail(exc)


if __name__ == "__main__":
    sys.exit(main())
