"""The report runner: analyse once, execute every notebook with papermill, export HTML.

``run_report(corpus, name)`` writes ``reports/NAME/``:

* ``tables/`` the analysed tables as Parquet (read by the notebooks),
* ``documents.csv``, ``segments.csv``, ``manifest.csv``, ``headlines.csv``,
  ``mentions.csv``, ``events.csv`` (written by the analysis, never by a notebook),
* ``notebooks/`` the executed notebooks (their metadata carries each report's
  headline and notices), one ``NN-name.html`` per notebook (code hidden unless
  ``show_code``; see :mod:`marsad.runner.html`), ``index.html`` linking them
  (:mod:`marsad.runner.index`), and ``logs/`` with each notebook kernel's output.

Everything is checked before anything is written: the run name (one plain
folder name), the output folder (inside the reports folder, never the
notebooks or the corpus), the notebooks and their parameters.

A notebook that fails does not stop the others: the index shows it failed and
why, and :class:`ReportResult` ``.ok`` is false (the CLI exits non-zero).
Notebooks run in worker processes that die with the runner (a ``kill -9`` of
``marsad report`` leaves no worker or kernel behind).
"""
from __future__ import annotations

import datetime as dt
import os
import re
import signal
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from marsad.runner.context import collect_metadata
from marsad.runner.html import export_html
from marsad.runner.index import write_index
from marsad.runner.notebooks import NOTEBOOK_DIR, list_notebooks, notebook_parameters, resolve_notebook
from marsad.runner.params import ParameterError, validate_parameters

__all__ = ["run_report", "ReportResult", "NotebookResult", "list_notebooks", "export_html", "NOTEBOOK_DIR",
           "check_run_name", "run_folder", "EmptyCorpus", "UnsafeOutput"]

# One plain folder name: starts with a letter, digit or underscore (so never "." or ".."), then
# letters, digits, '_', '.', '-'; fullmatch, so a trailing newline does not slip through as with "$".
_RUN_NAME = re.compile(r"\w[\w.-]{0,99}")
_RUNNER_PARAMETERS = ("corpus", "tables", "output_dir", "capture_date")
_PDEATHSIG = 1  # prctl option PR_SET_PDEATHSIG


class UnsafeOutput(ValueError):
    """The run would write outside its reports folder, into the notebooks or into the corpus."""


class EmptyCorpus(ValueError):
    """The corpus gave no document to report on."""


@dataclass
class NotebookResult:
    """What happened to one notebook."""

    notebook: str
    ok: bool
    html: str | None = None
    executed: str | None = None
    error: str | None = None
    seconds: float = 0.0
    title: str = ""
    headline: str = ""
    trust: str = ""
    notices: list = field(default_factory=list)
    log: str | None = None


@dataclass
class ReportResult:
    """The outcome of a report run."""

    out_dir: Path
    notebooks: list[NotebookResult] = field(default_factory=list)
    stage_errors: dict = field(default_factory=dict)
    summary: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return all(n.ok for n in self.notebooks)

    @property
    def index(self) -> Path:
        return self.out_dir / "index.html"


# --------------------------------------------------------------------------- checks before writing

def check_run_name(name: str) -> str:
    """Return ``name`` if it is one plain folder name, else raise ``ValueError`` saying what is allowed."""
    if not isinstance(name, str) or not _RUN_NAME.fullmatch(name):
        raise ValueError(f"run name {name!r} is not allowed: use 1-100 letters, digits, '.', '_' or '-', "
                         "starting with a letter or digit (no '/', no '..', no spaces or line breaks)")
    return name


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def run_folder(reports_dir: str | os.PathLike, name: str, *, corpus: str | os.PathLike | None = None) -> Path:
    """Resolve ``reports_dir/name`` and prove it is a folder of its own inside the reports folder.

    Raises:
        ValueError: a bad name.
        UnsafeOutput: the folder resolves (through ``..`` or a symlink) outside
            ``reports_dir``, or it would hold or be held by the notebooks folder
            or the corpus; the reports folder or the run folder exists as a file.
    """
    check_run_name(name)
    root = Path(reports_dir).expanduser().resolve()
    if root.exists() and not root.is_dir():
        raise UnsafeOutput(f"reports folder {str(root)!r} exists and is not a folder; choose another --reports-dir")
    out = (root / name).resolve()
    if out.exists() and not out.is_dir():
        raise UnsafeOutput(f"run folder {str(out)!r} exists and is not a folder; choose another --name")
    if out.parent != root:
        raise UnsafeOutput(f"run folder {root / name} resolves to {out}, outside the reports folder {root}")
    notebooks = Path(NOTEBOOK_DIR).resolve()
    if _inside(out, notebooks) or _inside(notebooks, out):
        raise UnsafeOutput(f"run folder {out} would write into the notebooks folder {notebooks}; "
                           "choose another --reports-dir")
    if corpus is not None:
        source = Path(corpus).expanduser().resolve()
        if _inside(out, source) or _inside(source, out):
            raise UnsafeOutput(f"run folder {out} would write into the corpus {source} (and be read back as input); "
                               "choose a --reports-dir outside the corpus")
    return out


def _notebook_paths(notebooks) -> list[Path]:
    if not notebooks:
        return [p.resolve() for p in list_notebooks()]
    return [resolve_notebook(p) for p in notebooks]


def _check_parameters(parameters: dict, paths: list[Path]) -> dict:
    """Validate user parameters and make sure at least one chosen notebook declares each."""
    declared = {p.name for path in paths for p in notebook_parameters(path)}
    unknown = sorted(set(parameters) - declared - set(_RUNNER_PARAMETERS))
    if unknown:
        raise ParameterError(f"unknown parameter {', '.join(unknown)}; the chosen notebooks take: "
                             f"{', '.join(sorted(declared - set(_RUNNER_PARAMETERS)))} "
                             "(see marsad report --list-params)")
    flags = {"corpus": "--corpus", "capture_date": "--capture-date", "tables": None, "output_dir": None}
    for name in sorted(set(parameters) & set(flags)):
        how = f"give it with {flags[name]}" if flags[name] else "the runner sets it"
        raise ParameterError(f"{name} is not a -p parameter: {how}")
    return validate_parameters(parameters)


def _events_for_parameters(user: dict, options: dict | None) -> dict | None:
    """Let the timeline's ``-p focus`` / ``-p partners`` choose the pairs the events stage extracts.

    The events table holds only the pairs it was analysed for, so a report asked for other partners would
    otherwise say "not in this run"; an explicit ``--option events focus/partners`` still wins.
    """
    wanted = {k: user[k] for k in ("focus", "partners") if user.get(k)}
    if not wanted:
        return options
    options = {stage: dict(values) for stage, values in (options or {}).items()}
    events = options.setdefault("events", {})
    for key, value in wanted.items():
        events.setdefault(key, list(value) if key == "partners" else value)
    return options


def _focus_for_parameters(user: dict, paths: list[Path]) -> dict:
    """Let the timeline's ``-p focus`` / ``-p partners`` choose the mentions page's focus too.

    Asked for Russia with China and Iran, the run's timeline followed those pairs while the mentions page's
    attention over time still drew Russia, North Korea, Vietnam and Putin (its own defaults) and said "not named in
    any dated document: Vietnam" (audit41). When the focus or the partners are given and ``focus_entities`` /
    ``kwic_entity`` are not, they follow: the focus country and its partners (the other one of the two from the
    timeline's defaults), the focus in context. An explicit ``-p focus_entities`` or ``-p kwic_entity`` wins.
    """
    if not (user.get("focus") or user.get("partners")):
        return user
    defaults = {p.name: p.value for path in paths for p in notebook_parameters(path)
                if p.name in ("focus", "partners")}
    focus = user.get("focus") or defaults.get("focus")
    partners = list(user.get("partners") or defaults.get("partners") or [])
    if not focus:
        return user
    out = dict(user)
    out.setdefault("focus_entities", list(dict.fromkeys([focus, *partners])))
    out.setdefault("kwic_entity", focus)
    return out


# --------------------------------------------------------------------------- workers

def _worker_init(parent: int, quiet: bool) -> None:
    """Make a notebook worker die with the runner, and keep kernel noise out of the terminal."""
    try:  # Linux: the kernel sends SIGKILL to this worker when its parent dies
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)

    def watch():  # portable fallback: poll the parent
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="marsad-parent-watch", daemon=True).start()
    # Ctrl-C reaches the whole process group: the runner handles it and tears the pool down.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _redirect_output(log: Path):
    """Send this process's stdout/stderr (and the kernel's, which inherits them) to ``log``."""
    log.parent.mkdir(parents=True, exist_ok=True)
    sys.stdout.flush()
    sys.stderr.flush()
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    saved = (os.dup(1), os.dup(2))
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.close(fd)
    return saved


def _restore_output(saved) -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os.dup2(saved[0], 1)
    os.dup2(saved[1], 2)
    os.close(saved[0])
    os.close(saved[1])


def _execute_one(args) -> NotebookResult:
    path, out_dir, parameters, show_code, timeout, quiet = args
    path, out_dir = Path(path), Path(out_dir)
    log = out_dir / "logs" / f"{path.stem}.log"
    saved = _redirect_output(log) if quiet else None
    try:
        return _execute(path, out_dir, parameters, show_code, timeout, log if quiet else None)
    finally:
        if saved is not None:
            _restore_output(saved)


def _execute(path: Path, out_dir: Path, parameters: dict, show_code: bool, timeout: int, log) -> NotebookResult:
    import logging

    import nbformat
    import papermill as pm

    logging.getLogger("papermill").setLevel(logging.WARNING)
    logging.getLogger("traitlets").setLevel(logging.ERROR)
    executed = out_dir / "notebooks" / path.name
    html = out_dir / f"{path.stem}.html"
    t0 = time.perf_counter()
    error = None
    declared = {p.name for p in notebook_parameters(path)}
    params = {k: v for k, v in parameters.items() if k in declared} if declared else dict(parameters)
    for attempt in range(1, KERNEL_START_ATTEMPTS + 1):
        try:
            pm.execute_notebook(
                str(path), str(executed), parameters=params, cwd=str(path.parent), progress_bar=False,
                kernel_name="python3", language="python", execution_timeout=timeout, log_output=False,
                iopub_timeout=IOPUB_TIMEOUT,
            )
            error = None
        except Exception as exc:  # papermill raises PapermillExecutionError with the cell's error
            error = _short_error(exc)
            if attempt < KERNEL_START_ATTEMPTS and _kernel_did_not_start(exc):
                print(f"{path.name}: the kernel did not start ({error}); starting it again", file=sys.stderr)
                time.sleep(0.5 * attempt)
                continue
        break
    meta = {"headline": "", "trust": "", "notices": []}
    title = ""
    try:
        if executed.exists():
            nb = nbformat.read(executed, as_version=4)
            meta = collect_metadata(nb)  # headline and notices travel in the executed notebook
            nbformat.write(nb, executed)
            title = _notebook_title(nb)
            export_html(executed, html, show_code=show_code or error is not None, title=path.stem)
    except Exception as exc:
        error = error or f"HTML export failed: {type(exc).__name__}: {exc}"
    return NotebookResult(
        notebook=path.name, ok=error is None, html=html.name if html.exists() else None,
        executed=f"notebooks/{path.name}" if executed.exists() else None, error=error,
        seconds=round(time.perf_counter() - t0, 2), title=title, headline=meta["headline"],
        trust=meta.get("trust", ""), notices=list(meta["notices"]), log=f"logs/{log.name}" if log else None,
    )


def _notebook_title(nb) -> str:
    """The first Markdown heading of a notebook ("Corpus overview"), or ''."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return ""


# Kernels started at the same moment by parallel workers can race for the same free ports; the loser dies
# before it answers (jupyter_client picks ports, then the kernel binds them). Nothing of the notebook has run
# then, so it is started again, at most this many times in all. A cell's error is never retried.
KERNEL_START_ATTEMPTS = 3
# Seconds a cell's outputs may take to arrive after the kernel said the cell ran. papermill makes a late output an
# error and nbclient waits 4 s by default: a cell with a big figure on a busy machine (load 13) FAILED the whole
# report with "CellTimeoutError: A cell timed out … after 4 seconds" (audit35). The per-cell --timeout still bounds
# a cell's own run.
IOPUB_TIMEOUT = 120
_KERNEL_START_FAILURES = ("Kernel died before replying to kernel_info", "Kernel didn't respond in")


def _kernel_did_not_start(exc: Exception) -> bool:
    return type(exc).__name__ == "RuntimeError" and any(m in str(exc) for m in _KERNEL_START_FAILURES)


def _short_error(exc: Exception) -> str:
    ename = getattr(exc, "ename", type(exc).__name__)
    evalue = getattr(exc, "evalue", str(exc))
    return f"{ename}: {evalue}"[:2000]


def _empty_corpus_message(corpus: Path, run) -> str:
    manifest = run.manifest
    skipped = manifest[manifest["status"] == "skipped"] if "status" in manifest else manifest.iloc[:0]
    if len(manifest) == 0:
        return f"no document in {corpus}: it holds no file Marsad can read"
    reasons = ", ".join(f"{Path(str(r.path)).name}: {r.reason}" for r in skipped.head(3).itertuples(index=False))
    more = f" and {len(skipped) - 3} more" if len(skipped) > 3 else ""
    return (f"no document in {corpus}: {len(manifest)} file(s) read, none gave a document"
            + (f" ({reasons}{more})" if reasons else ""))


# --------------------------------------------------------------------------- the run

def run_report(
    corpus: str | os.PathLike,
    name: str,
    *,
    parameters: dict | None = None,
    reports_dir: str | os.PathLike = "reports",
    notebooks: list[str | os.PathLike] | None = None,
    capture_date: str | None = None,
    options: dict | None = None,
    show_code: bool = False,
    jobs: int = 2,
    timeout: int = 900,
    quiet: bool = True,
    on_notebook: Callable[[NotebookResult], None] | None = None,
    on_analysed: Callable[[object, float], None] | None = None,
) -> ReportResult:
    """Analyse ``corpus`` once and render every report notebook into ``reports/NAME``.

    Args:
        corpus: corpus path (file or folder).
        name: the run's name (one folder name under ``reports_dir``).
        parameters: notebook parameters (checked, and passed to the notebooks declaring them).
        reports_dir: parent folder of runs.
        notebooks: notebooks to run, by number, name or path (default: every ``NN-*.ipynb``).
        capture_date: when the pages were captured (dates ticker headlines), YYYY-MM-DD.
        options: keyword options of the analysis stages, as for ``marsad analyze --option``
            (e.g. ``{"headlines": {"home_country": "MA"}}`` for a Moroccan site); checked before anything is
            written, recorded in the tables' ``run.json`` and shown in every report's options box.
        show_code: keep code cells in the HTML.
        jobs: notebooks executed at the same time.
        timeout: seconds allowed per cell.
        quiet: send each notebook kernel's output to ``logs/NN-name.log`` instead of the terminal.
        on_notebook: called with each :class:`NotebookResult` as soon as it is done.
        on_analysed: called with the run and the analysis seconds once the tables are ready.

    Returns:
        a :class:`ReportResult`; ``.ok`` is false when any notebook failed.

    Raises:
        ValueError: a bad run name, output folder, notebook or parameter
            (:class:`UnsafeOutput`, ``UnknownNotebook``, ``ParameterError``), or
            an empty corpus (:class:`EmptyCorpus`); nothing is written then
            (except the analysed tables for an empty corpus).
        FileNotFoundError: the corpus does not exist.
    """
    from marsad.engine.publish import cannot_write
    from marsad.engine.run import analyze, resolve_corpus
    from marsad.stages import STAGES, resolve_options

    given = Path(corpus).expanduser()  # messages name the corpus as the user gave it (marsad read and analyze do)
    corpus = resolve_corpus(given, str(given))
    out = run_folder(reports_dir, name, corpus=corpus)
    paths = _notebook_paths(notebooks)
    user = _check_parameters(dict(parameters or {}), paths)
    options = _events_for_parameters(user, options)
    user = _focus_for_parameters(user, paths)
    capture_date = validate_parameters({"capture_date": capture_date or ""})["capture_date"] or None
    if jobs < 1:
        raise ValueError(f"jobs must be 1 or more, not {jobs}")
    resolve_options(tuple(STAGES), options)  # OptionError (a ValueError) before anything is written

    try:
        (out / "notebooks").mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a read-only or otherwise unwritable reports folder: one line, not an errno
        raise UnsafeOutput(cannot_write("create the run folder", out, exc,
                                        "choose a --reports-dir you can write to")) from exc
    started = dt.datetime.now(dt.timezone.utc)
    t0 = time.perf_counter()
    run = analyze(given, out / "tables", capture_date=capture_date, csv_dir=out, options=options or None,
                  progress=False if quiet else None)
    analysis_seconds = round(time.perf_counter() - t0, 2)
    summary = run.corpus.summary()
    if not summary.get("documents"):
        raise EmptyCorpus(_empty_corpus_message(corpus, run))
    if on_analysed is not None:  # the seconds the index shows: the analysis' own, also when its tables were reused
        on_analysed(run, _analysis_total(out / "tables", analysis_seconds))
    params = {
        "corpus": str(corpus), "tables": str(out / "tables"), "output_dir": str(out),
        "capture_date": capture_date or "", **{k: v for k, v in user.items() if k not in _RUNNER_PARAMETERS},
    }
    tasks = [(str(p), str(out), params, show_code, timeout, quiet) for p in paths]
    result = ReportResult(out_dir=out, stage_errors=dict(run.errors), summary=summary)
    done: dict[str, NotebookResult] = {}
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(tasks)) or 1, initializer=_worker_init,
                               initargs=(os.getpid(), quiet))
    try:
        futures = {pool.submit(_execute_one, t): Path(t[0]).name for t in tasks}
        for future in as_completed(futures):
            nb = future.result()
            done[nb.notebook] = nb
            if on_notebook is not None:
                on_notebook(nb)
    except BaseException:
        _tear_down(pool)
        raise
    pool.shutdown(wait=True)
    result.notebooks = [done[p.name] for p in paths]
    write_index(result, run, params, started=started, analysis_seconds=analysis_seconds)
    return result


def _analysis_total(tables: Path, measured: float) -> float:
    from marsad.engine.run import stage_status

    try:
        return stage_status(tables)["total"]["seconds"]
    except (KeyError, TypeError):
        return measured


def _tear_down(pool: ProcessPoolExecutor) -> None:
    """Stop a pool now: cancel what has not started and kill the workers (their kernels follow)."""
    processes = list(getattr(pool, "_processes", {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in processes:
        try:
            proc.kill()
        except Exception:  # already gone
            pass

