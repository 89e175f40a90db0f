"""Run the analysis stages over a corpus once and keep the tables.

``analyze(corpus, out)`` checks every option, reads the corpus partition by partition, runs the
stages of the registry (:data:`marsad.stages.STAGES`) on each partition, and writes each table as
a Parquet dataset partitioned by the documents' year and source (see :mod:`marsad.engine.store`).
The same per-partition function runs in this process (``engine="local"``, memory bounded by one
partition) or on Dask (``engine="dask"``); both write the same tables. Re-running on an unchanged
corpus with the same options and code reuses the tables (``force=True`` recomputes).

Output folders are safe (:mod:`marsad.engine.publish`): one run at a time holds a folder, a run
is written aside and swapped in whole, and a bad option or a crash leaves the previous tables as
they were. ``run.json`` records every option the run used (defaults included); ``stages.json``
each stage's rows, seconds and error if it failed (the other stages go on).

``open_run`` gives notebooks one object with the tables, read from such a folder or computed on
the fly for interactive use on a small corpus.
"""
from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import logging
import math
import os
import time
from pathlib import Path

import pandas as pd

from marsad.engine.export import csv_safe, write_csv
from marsad.engine.publish import RunLockedError, output_lock, publish, staging_folder
from marsad.engine.store import BIG, ORDER, read_table, stored_tables
from marsad.readers.corpus import Corpus, check_not_empty, read_corpus
from marsad.stages import BASE_TABLES, STAGES, OptionError, default_stages, resolve_options, stage_order

__all__ = ["Run", "open_run", "analyze", "read_table", "csv_safe", "fingerprint", "check_run_options", "resolve_corpus", "STAGES",
           "TABLES", "ENGINES", "OptionError", "RunLockedError", "stage_status", "run_record"]

log = logging.getLogger(__name__)

TABLES = (*BASE_TABLES, *STAGES)
ENGINES = ("local", "dask")
_RUN_FILE = "run.json"
_STATUS_FILE = "stages.json"


class StoredCorpus(Corpus):
    """A :class:`Corpus` whose tables are read from an analysed folder when first used."""

    def __init__(self, tables: str | os.PathLike):  # no dataclass __init__: the tables load lazily
        self._tables = Path(tables)
        self._cache: dict[str, pd.DataFrame] = {}

    def _load(self, name: str) -> pd.DataFrame:
        if name not in self._cache:
            self._cache[name] = read_table(self._tables, name)
        return self._cache[name]

    documents = property(lambda self: self._load("documents"))
    segments = property(lambda self: self._load("segments"))
    manifest = property(lambda self: self._load("manifest"))

    def summary(self) -> dict:
        """Counts of :meth:`Corpus.summary`, reading only the columns they need."""
        if {"documents", "segments"} <= set(self._cache):
            return super().summary()
        try:
            light = Corpus(
                documents=read_table(self._tables, "documents", columns=["doc_id", "source", "published"]),
                segments=read_table(self._tables, "segments", columns=["doc_id", "section", "duplicate_of"]),
                manifest=self.manifest,
            )
            return light.summary()
        except KeyError:  # summary() grew a column: read everything
            return Corpus(self.documents, self.segments, self.manifest).summary()

    def __repr__(self) -> str:
        return f"StoredCorpus({str(self._tables)!r})"


class Run:
    """The tables of one analysed corpus: read from disk or computed on demand.

    ``documents``, ``segments`` and ``manifest`` always exist; each stage's table (``headlines``,
    ``mentions``, ``events``, ``stories`` …) is read from ``tables`` or computed the first time it
    is used. ``options`` holds every stage option the tables were computed with (defaults
    included), ``errors`` the stages that failed, ``reused`` whether :func:`analyze` found the
    tables up to date.
    """

    def __init__(self, corpus: Corpus | None = None, *, tables: str | os.PathLike | None = None,
                 options: dict | None = None):
        if corpus is None and tables is None:
            raise ValueError("a Run needs a corpus or a tables folder")
        self.tables = Path(tables) if tables else None
        self.corpus = corpus if corpus is not None else StoredCorpus(self.tables)
        recorded = _read_json(self.tables / _RUN_FILE).get("options", {}) if self.tables else {}
        if options is None and recorded:  # the options the stored tables were computed with
            self.options = {name: recorded.get(name) or STAGES[name].options.from_dict(name, {}).as_dict()
                            for name in STAGES}
        else:
            self.options = {name: STAGES[name].options.from_dict(name, (options or {}).get(name)).as_dict()
                            for name in STAGES}
        self.errors: dict[str, str] = {}
        self.reused = False
        self._computed: dict[str, pd.DataFrame] = {}

    @property
    def documents(self) -> pd.DataFrame:
        return self.corpus.documents

    @property
    def segments(self) -> pd.DataFrame:
        return self.corpus.segments

    @property
    def manifest(self) -> pd.DataFrame:
        return self.corpus.manifest

    def __getattr__(self, name: str):
        if name in STAGES:
            return self._stage(name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def _stored(self, name: str) -> bool:
        return self.tables is not None and name in stored_tables(self.tables)

    def _stage(self, name: str) -> pd.DataFrame:
        if name not in self._computed:
            if self._stored(name):
                self._computed[name] = read_table(self.tables, name)
            else:
                self._computed[name] = self._compute(name)
        return self._computed[name]

    def _compute(self, name: str) -> pd.DataFrame:
        """Compute a stage in memory on the whole corpus (the stages it needs first)."""
        stage = STAGES[name]
        opts = stage.options.from_dict(name, self.options.get(name))
        inputs = {}
        for need in stage.needs:
            if need in STAGES:  # the uncombined rows, as the engine hands them over
                inputs[need] = (self._stage(need) if STAGES[need].combine is None
                                else STAGES[need].run(self.corpus, {}, STAGES[need].options.from_dict(
                                    need, self.options.get(need))))
        return stage.compute(self.corpus, inputs, opts)

    def holds(self, stage: str, **wanted) -> bool:
        """Whether the run's ``stage`` table was computed with options covering ``wanted``.

        A list option is covered when the request is a subset (events for ``partners=["KP"]`` are
        in a run made for ``["KP", "VN"]``); any other option must be equal. Reports use this to
        say "the tables do not hold this request" instead of showing an empty chart.
        """
        if stage not in STAGES or stage in self.errors:
            return False
        recorded = self.options.get(stage, {})
        for key, value in wanted.items():
            have = recorded.get(key)
            if isinstance(value, (list, tuple)) and isinstance(have, (list, tuple)):
                if not set(value) <= set(have):
                    return False
            elif have != value:
                return False
        return True

    def table(self, name: str, *, years=None, sources=None, columns: list[str] | None = None) -> pd.DataFrame:
        """Return a table by name (``documents``, ``segments``, ``headlines``, …).

        Args:
            name: the table.
            years, sources, columns: with stored tables, read only the rows of documents from these
                years / sources, and only these columns (see :func:`marsad.engine.read_table`);
                without, filter in memory.
        """
        if name not in TABLES:
            raise KeyError(f"unknown table {name!r}; known: {', '.join(TABLES)}")
        if years is None and sources is None and columns is None:
            return getattr(self, name)
        if self._stored(name) and name not in self._computed:
            return read_table(self.tables, name, years=years, sources=sources, columns=columns)
        frame = getattr(self, name)
        if years is not None or sources is not None:
            docs = self.documents
            keep = pd.Series(True, index=docs.index)
            if years is not None:
                wanted = {str(y) for y in ([years] if isinstance(years, (str, int)) else years)}
                keep &= docs["published"].dt.year.map(lambda y: "unknown" if pd.isna(y) else str(int(y))).isin(wanted)
            if sources is not None:
                keep &= docs["source"].isin([sources] if isinstance(sources, str) else list(sources))
            frame = frame[frame["doc_id"].isin(docs.loc[keep, "doc_id"])] if "doc_id" in frame else frame
        return frame[columns] if columns is not None else frame


def open_run(
    *, corpus: str | os.PathLike | None = None, tables: str | os.PathLike | None = None,
    capture_date: str | None = None, options: dict | None = None,
) -> Run:
    """Open the tables of a run for a notebook.

    Args:
        corpus: a corpus path, analysed here (in memory) if ``tables`` is not given.
        tables: a folder written by :func:`analyze` (``marsad analyze``); its tables are read
            (when first used) instead of recomputed.
        capture_date: when the pages were captured (dates ticker headlines).
        options: stage options for an in-memory run (``{"events": {"partners": ["CN"]}}``).

    Raises:
        ValueError: when neither ``corpus`` nor ``tables`` is given.
        FileNotFoundError: ``tables`` holds no analysed tables.
    """
    if tables:
        tables = Path(tables)
        if not tables.is_dir() or "documents" not in stored_tables(tables):
            raise FileNotFoundError(f"{tables} holds no analysed tables (documents/); run `marsad analyze` first")
        run = Run(tables=tables)
        run.errors = _stage_errors(tables)
        return run
    if corpus is None:
        raise ValueError("open_run needs a corpus path or a tables folder")
    resolve_options(tuple(options or ()), options)
    return Run(read_corpus(corpus, capture_date=_capture_date(capture_date)), options=options)


def resolve_corpus(corpus, shown: str | None = None) -> Path:
    """The corpus path resolved, or FileNotFoundError with one line naming it as the user gave it (``shown``, by
    default the path as given): it does not exist, or it is a symlink loop (``Path.resolve`` raises RuntimeError on
    Python 3.11 and OSError later; ``exists()`` is False for a loop too, so ELOOP is asked for). Shared by
    ``marsad analyze`` (:func:`check_run_options`), ``marsad report`` and ``marsad read``."""
    shown = os.fspath(corpus) if shown is None else shown
    loop = FileNotFoundError(f"corpus {shown!r} is a symlink loop (the link points back to itself); not read")
    try:
        root = Path(corpus).resolve()
    except (RuntimeError, OSError):
        raise loop from None
    if not root.exists():
        try:
            os.stat(corpus)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise loop from None
        raise FileNotFoundError(f"corpus {shown!r} does not exist")
    return root


def check_run_options(
    *, corpus, out, capture_date=None, stages=None, engine: str = "local", workers=None, chunk_mb: float = 4.0,
    chunk_files: int = 2000, options: dict | None = None,
) -> dict:
    """Check every option of a run before anything is written; return them resolved.

    Raises:
        OptionError (a ``ValueError``): a bad engine, stage, stage option, date or partition size.
        FileNotFoundError: the corpus does not exist.
    """
    if engine not in ENGINES:
        raise OptionError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    selected = default_stages() if stages is None else tuple(stages)
    order = stage_order(selected)
    resolved = resolve_options(selected, options)
    if isinstance(chunk_mb, bool) or not isinstance(chunk_mb, (int, float)) or not math.isfinite(chunk_mb) or chunk_mb <= 0:
        raise OptionError(f"chunk size must be a positive number of megabytes, not {chunk_mb!r}")
    if isinstance(chunk_files, bool) or not isinstance(chunk_files, int) or chunk_files < 1:
        raise OptionError(f"files per partition must be a whole number of at least 1, not {chunk_files!r}")
    if workers is not None and (isinstance(workers, bool) or not isinstance(workers, int) or workers < 1):
        raise OptionError(f"workers must be a whole number of at least 1, not {workers!r}")
    root = resolve_corpus(corpus)
    out = Path(out).resolve()
    if out.exists() and not out.is_dir():
        raise OptionError(f"output {str(out)!r} exists and is not a folder")
    if out == root or root.is_dir() and out in root.parents:
        raise OptionError(f"output {str(out)!r} would replace the corpus {str(root)!r}; choose another folder")
    return {"root": root, "out": out, "capture_date": _capture_date(capture_date), "stages": order,
            "selected": tuple(s for s in order if s in selected), "options": resolved}


def _capture_date(value) -> str | None:
    """The capture date as ``YYYY-MM-DD`` (None when not given); refuses impossible dates."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, (dt.date, pd.Timestamp)):
        return pd.Timestamp(value).strftime("%Y-%m-%d")
    text = str(value).strip()
    try:
        stamp = pd.Timestamp(dt.date.fromisoformat(text[:10])) if len(text) >= 10 and text[4] == "-" else pd.Timestamp(text)
    except (ValueError, TypeError):
        stamp = pd.NaT
    if pd.isna(stamp):
        raise OptionError(f"capture date {text!r} is not a date; use YYYY-MM-DD (e.g. 2024-06-18)")
    return stamp.strftime("%Y-%m-%d")


def analyze(
    corpus: str | os.PathLike, out: str | os.PathLike, *, capture_date: str | None = None,
    stages: tuple[str, ...] | None = None, csv_dir: str | os.PathLike | None = None,
    engine: str = "local", scheduler: str | None = None, workers: int | None = None,
    chunk_mb: float = 4.0, chunk_files: int = 2000, options: dict | None = None,
    progress: bool | None = None, force: bool = False,
) -> Run:
    """Analyse a corpus and write its tables (partitioned Parquet, optionally CSV) into ``out``.

    Args:
        corpus: corpus path (file or folder).
        out: output folder, created if needed; replaced as a whole when the run is complete.
        capture_date: when the pages were captured (``YYYY-MM-DD``).
        stages: which analysis stages to run (names in :data:`marsad.stages.STAGES`; default all).
            The stages they need run too, but only the named ones are stored.
        csv_dir: also write each table as CSV there (e.g. the report folder).
        engine: ``local`` (partitions one after another in this process) or
            ``dask`` (partitions on Dask workers).
        scheduler: address of a running Dask scheduler (``tcp://host:8786``);
            default a ``LocalCluster`` of ``workers`` processes.
        workers: Dask worker processes for the ``LocalCluster`` (default: CPU count).
        chunk_mb, chunk_files: partition size (see :func:`marsad.engine.partitions.plan_partitions`).
        options: keyword options per stage, e.g. ``{"events": {"partners": ["KP"]}}``.
        progress: show a progress bar (default: when stderr is a terminal).
        force: recompute even when the tables are up to date.

    Returns:
        the :class:`Run`, reading from ``out`` (``run.reused`` says whether the tables were reused,
        ``run.options`` the options they were computed with).

    Raises:
        OptionError: a bad engine, stage, option, capture date or partition size (nothing written).
        FileNotFoundError: the corpus path does not exist.
        RunLockedError: another run is writing into ``out``.
        EmptyCorpusError: no document could be read (the message lists what was found; nothing written).
    """
    checked = check_run_options(corpus=corpus, out=out, capture_date=capture_date, stages=stages, engine=engine,
                                workers=workers, chunk_mb=chunk_mb, chunk_files=chunk_files, options=options)
    from marsad.engine.partitions import finalize, plan_partitions, run_dask, run_local

    root, out, capture_date = checked["root"], checked["out"], checked["capture_date"]
    order, selected = checked["stages"], checked["selected"]
    options = {name: opts.as_dict() for name, opts in checked["options"].items()}
    csv = Path(csv_dir).resolve() if csv_dir is not None else None
    key = fingerprint(root, {"capture_date": capture_date, "stages": list(selected), "options": options})
    with output_lock(out):
        previous = _read_json(out / _RUN_FILE)
        names = (*BASE_TABLES, *selected)
        if not force and previous.get("fingerprint") == key and all(
                n in stored_tables(out) for n in names if n not in previous.get("failed", [])):
            return _reuse(out, previous, csv, names)

        t0 = time.perf_counter()
        tmp = staging_folder(out)
        try:
            parts = plan_partitions(root, chunk_mb=chunk_mb, chunk_files=chunk_files)
            specs = [{"index": p.index, "files": p.files, "bytes": p.bytes, "root": str(root), "out": str(tmp),
                      "capture_date": capture_date, "stages": selected, "order": order, "options": options,
                      "chunk_mb": chunk_mb}
                     for p in parts]
            info: dict = {}
            if engine == "dask":
                results = run_dask(specs, scheduler=scheduler, workers=workers, progress=progress, info=info)
            else:
                results = run_local(specs, progress=progress, info=info)
            status = finalize(tmp, results, stages=selected, options=options, info=info)
            if not status["read"]["rows"]:  # nothing readable: one clear error, not an empty report
                check_not_empty(read_table(tmp, "manifest"), os.fspath(corpus))  # as the user named it
            seconds = round(time.perf_counter() - t0, 3)
            status["total"] = {"ok": True, "rows": status["read"]["rows"], "seconds": seconds}
            _write_json(tmp / _STATUS_FILE, status)
            failed = [s for s in selected if not status[s]["ok"]]
            written = (*BASE_TABLES, *(s for s in selected if s not in failed))
            if csv is not None and csv == out:
                _export_csv(tmp, tmp, len(parts), written)
            _write_json(tmp / _RUN_FILE, {
                "fingerprint": key, "corpus": str(root), "capture_date": capture_date, "options": options,
                "engine": engine, "scheduler": scheduler, "workers": workers, "partitions": len(parts),
                "chunk_mb": chunk_mb, "chunk_files": chunk_files, "stages": list(selected), "failed": failed,
                "seconds": seconds, "bytes": status["read"]["bytes"],
                "csv_dirs": [str(csv)] if csv is not None else [],
            })
            publish(tmp, out, keep=_foreign(out))
        except BaseException:
            import shutil

            shutil.rmtree(tmp, ignore_errors=True)
            raise
        if csv is not None and csv != out:
            _export_csv(out, csv, len(parts), written)
    run = Run(tables=out)
    run.errors = _stage_errors(out)
    for stage in failed:
        log.error("stage %s failed: %s", stage, status[stage]["error"])
    return run


def _reuse(out: Path, previous: dict, csv: Path | None, names) -> Run:
    """Answer with the stored tables; export the CSVs that are missing (call with the lock held)."""
    status = _read_json(out / _STATUS_FILE)
    for entry in status.values():
        entry["reused"] = True
    _write_json(out / _STATUS_FILE, status)
    if csv is not None:
        written = [n for n in names if n in stored_tables(out)]
        fresh = str(csv) not in previous.get("csv_dirs", [])
        todo = [n for n in written if fresh or not (csv / f"{n}.csv").exists()]
        if todo:
            _export_csv(out, csv, previous.get("partitions", 0), todo)
        if fresh:
            previous["csv_dirs"] = [*previous.get("csv_dirs", []), str(csv)]
            _write_json(out / _RUN_FILE, previous)
    log.info("tables in %s are up to date; reused", out)
    run = Run(tables=out)
    run.reused, run.errors = True, _stage_errors(out)
    return run


def _foreign(out: Path) -> list[str]:
    """Entries of an output folder that an analysis did not write (kept across runs)."""
    if not out.is_dir():
        return []
    ours = {*TABLES, _RUN_FILE, _STATUS_FILE, *(f"{n}.csv" for n in TABLES), *(f"{n}.parquet" for n in TABLES)}
    return [p.name for p in out.iterdir() if p.name not in ours and not p.name.startswith("_staged_")]


def fingerprint(root: str | os.PathLike, options: dict) -> str:
    """Hash what the tables depend on: the corpus (its resolved path, and each file's path, size and
    mtime), the options, the marsad version, its code and its package data (``marsad/data``)."""
    from marsad import __version__
    from marsad.readers.corpus import _file_list

    h = hashlib.sha256()
    root = Path(root).resolve()
    h.update(json.dumps({"options": options, "version": __version__, "corpus": str(root)},
                        sort_keys=True, default=str).encode())
    for file in _file_list(root):
        try:
            st = file.stat()
        except OSError:  # (robust41) listed, then gone (a scraper's temporary file): the reading lists it, no traceback
            h.update(f"{file.relative_to(root) if root.is_dir() else file.name}\0gone\n".encode())
            continue
        h.update(f"{file.relative_to(root) if root.is_dir() else file.name}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    package = Path(__file__).resolve().parents[1]
    for file in sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        h.update(str(file.relative_to(package)).encode())
        h.update(hashlib.sha256(file.read_bytes()).digest())
    return h.hexdigest()


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _write_json(path: Path, data: dict) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    tmp.replace(path)


def stage_status(tables: str | os.PathLike) -> dict:
    """What ``stages.json`` of an analysed folder says per stage (rows, seconds, ok, error); ``{}`` when absent."""
    return _read_json(Path(tables) / _STATUS_FILE)


def run_record(tables: str | os.PathLike) -> dict:
    """What ``run.json`` of an analysed folder says (corpus, fingerprint, every option, engine); ``{}`` when absent."""
    return _read_json(Path(tables) / _RUN_FILE)


def _stage_errors(tables: Path) -> dict[str, str]:
    status = stage_status(tables)
    return {k: v.get("error", "failed") for k, v in status.items() if isinstance(v, dict) and not v.get("ok", True)}


def _export_csv(out: Path, csv: Path, partitions: int, names) -> None:
    """Write each table as one CSV, in corpus order, a partition at a time (bounded memory)."""
    import pyarrow.dataset as ds

    csv.mkdir(parents=True, exist_ok=True)
    for name in names:
        target = csv / f"{name}.csv"
        if name not in stored_tables(out):
            continue
        tmp = target.with_suffix(".csv.tmp")
        header = True
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:  # Excel (Windows) needs the BOM for Arabic
            if (name in STAGES and STAGES[name].combine is not None) or partitions <= 1:
                write_csv(read_table(out, name), fh)
            else:
                for i in range(partitions):
                    rows = (ds.field(ORDER) >= i * BIG) & (ds.field(ORDER) < (i + 1) * BIG)
                    frame = read_table(out, name, where=rows)
                    if len(frame) or header:
                        write_csv(frame, fh, header=header)
                        header = False
        tmp.replace(target)

