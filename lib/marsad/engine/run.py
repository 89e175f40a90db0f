"""Run the analysis stages over a corpus once and keep the tables.

``analyze(corpus, out)`` reads the corpus partition by partition, runs every
stage (headline topics, mentions, events) on each partition, and writes each
table as a Parquet dataset partitioned by the documents' year and source
(``out/<table>/doc_year=…/doc_source=…/part-NNNNN.parquet``, see :mod:`marsad.engine`).
The same per-partition function runs in this process (``engine="local"``,
memory bounded by one partition) or on Dask (``engine="dask"``); both write
the same tables. Re-running on an unchanged corpus with the same options and
code reuses the tables (``force=True`` recomputes).

``open_run`` gives notebooks one object with the tables, read from such a
folder or computed on the fly for interactive use on a small corpus.

A stage that fails is recorded in ``stages.json`` with its error and the
others go on.
"""
from __future__ import annotations

import importlib
import json
import logging
import os
import shutil
import time
from functools import cached_property
from pathlib import Path

import pandas as pd

from marsad.readers.corpus import Corpus, read_corpus
from marsad.engine.export import csv_safe, write_csv
from marsad.engine.partitions import BASE_TABLES, STAGES, fingerprint, read_table, stored_tables

__all__ = ["Run", "open_run", "analyze", "read_table", "csv_safe", "STAGES", "TABLES", "ENGINES"]

log = logging.getLogger(__name__)

TABLES = (*BASE_TABLES, *STAGES)
ENGINES = ("local", "dask")
_RUN_FILE = "run.json"


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

    Attributes ``documents``, ``segments``, ``manifest`` always exist;
    ``headlines``, ``mentions`` and ``events`` are computed the first time they
    are used (or read from ``tables``), and ``errors`` records stages that failed.
    ``reused`` is true when :func:`analyze` found the tables up to date.
    """

    def __init__(self, corpus: Corpus | None = None, *, tables: str | os.PathLike | None = None,
                 options: dict | None = None):
        if corpus is None and tables is None:
            raise ValueError("a Run needs a corpus or a tables folder")
        self.tables = Path(tables) if tables else None
        self.corpus = corpus if corpus is not None else StoredCorpus(self.tables)
        self.options = options or {}
        self.errors: dict[str, str] = {}
        self.reused = False

    @property
    def documents(self) -> pd.DataFrame:
        return self.corpus.documents

    @property
    def segments(self) -> pd.DataFrame:
        return self.corpus.segments

    @property
    def manifest(self) -> pd.DataFrame:
        return self.corpus.manifest

    def _stored(self, name: str) -> bool:
        return self.tables is not None and name in stored_tables(self.tables)

    def _stage(self, name: str) -> pd.DataFrame:
        if self._stored(name):
            return read_table(self.tables, name)
        module, func = STAGES[name]
        fn = getattr(importlib.import_module(module), func)
        if name == "events":
            return fn(self.corpus, mentions=self.mentions, **self.options.get(name, {}))
        return fn(self.corpus, **self.options.get(name, {}))

    @cached_property
    def headlines(self) -> pd.DataFrame:
        return self._stage("headlines")

    @cached_property
    def mentions(self) -> pd.DataFrame:
        return self._stage("mentions")

    @cached_property
    def events(self) -> pd.DataFrame:
        return self._stage("events")

    def table(self, name: str, *, years=None, sources=None, columns: list[str] | None = None) -> pd.DataFrame:
        """Return a table by name (``documents``, ``segments``, ``headlines``, …).

        Args:
            name: the table.
            years, sources, columns: with stored tables, read only the rows of
                documents from these years / sources, and only these columns
                (see :func:`marsad.engine.read_table`); without, filter in memory.
        """
        if name not in TABLES:
            raise KeyError(f"unknown table {name!r}; known: {', '.join(TABLES)}")
        if years is None and sources is None and columns is None:
            return getattr(self, name)
        if self._stored(name) and name not in self.__dict__:
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
    capture_date: str | None = None,
) -> Run:
    """Open the tables of a run for a notebook.

    Args:
        corpus: a corpus path, analysed here (in memory) if ``tables`` is not given.
        tables: a folder written by :func:`analyze` (``marsad analyze``);
            its tables are read (when first used) instead of recomputed.
        capture_date: when the pages were captured (dates ticker headlines).

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
    return Run(read_corpus(corpus, capture_date=capture_date or None))


def analyze(
    corpus: str | os.PathLike, out: str | os.PathLike, *, capture_date: str | None = None,
    stages: tuple[str, ...] = tuple(STAGES), csv_dir: str | os.PathLike | None = None,
    engine: str = "local", scheduler: str | None = None, workers: int | None = None,
    chunk_mb: float = 4.0, chunk_files: int = 2000, options: dict | None = None,
    progress: bool | None = None, force: bool = False,
) -> Run:
    """Analyse a corpus and write its tables (partitioned Parquet, optionally CSV) into ``out``.

    Args:
        corpus: corpus path (file or folder).
        out: output folder, created if needed.
        capture_date: when the pages were captured.
        stages: which analysis stages to run (``headlines``, ``mentions``, ``events``).
        csv_dir: also write each table as CSV there (e.g. the report folder).
        engine: ``local`` (partitions one after another in this process) or
            ``dask`` (partitions on Dask workers).
        scheduler: address of a running Dask scheduler (``tcp://host:8786``);
            default a ``LocalCluster`` of ``workers`` processes.
        workers: Dask worker processes for the ``LocalCluster`` (default: CPU count).
        chunk_mb, chunk_files: partition size (whole files; see :func:`marsad.engine.plan_partitions`).
        options: keyword options per stage, e.g. ``{"events": {"partners": ["KP"]}}``.
        progress: show a progress bar (default: when stderr is a terminal).
        force: recompute even when the tables are up to date.

    Returns:
        the :class:`Run`, reading from ``out`` (``run.reused`` says whether the
        tables were reused). ``out/stages.json`` lists each stage with its row
        count, seconds, and error if it failed; ``out/run.json`` the fingerprint,
        engine and partitions.

    Raises:
        ValueError: unknown engine or stage.
        FileNotFoundError: the corpus path does not exist.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    unknown = [s for s in stages if s not in STAGES]
    if unknown:
        raise ValueError(f"unknown stage(s) {', '.join(map(repr, unknown))}; known: {', '.join(STAGES)}")
    from marsad.engine.partitions import finalize, plan_partitions, run_dask, run_local

    root = Path(corpus).resolve()
    if not root.exists():
        raise FileNotFoundError(f"corpus path {str(root)!r} does not exist")
    out = Path(out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    stages = tuple(s for s in STAGES if s in stages)  # events need mentions first
    options = options or {}
    key = fingerprint(root, {"capture_date": capture_date, "stages": stages, "options": options})
    previous = _read_json(out / _RUN_FILE)
    if not force and previous.get("fingerprint") == key and all(n in stored_tables(out) for n in (*BASE_TABLES, *stages)
                                                                 if n not in previous.get("failed", [])):
        run = Run(tables=out, options=options)
        run.reused, run.errors = True, _stage_errors(out)
        status = _read_json(out / "stages.json")
        for entry in status.values():
            entry["reused"] = True
        (out / "stages.json").write_text(json.dumps(status, ensure_ascii=False, indent=2), encoding="utf-8")
        if csv_dir is not None and str(Path(csv_dir).resolve()) not in previous.get("csv_dirs", []):
            _export_csv(out, Path(csv_dir), previous.get("partitions", 0), (*BASE_TABLES, *stages))
            previous["csv_dirs"] = [*previous.get("csv_dirs", []), str(Path(csv_dir).resolve())]
            (out / _RUN_FILE).write_text(json.dumps(previous, ensure_ascii=False, indent=2), encoding="utf-8")
        log.info("tables in %s are up to date; reused", out)
        return run

    t0 = time.perf_counter()
    _clear(out)
    parts = plan_partitions(root, chunk_mb=chunk_mb, chunk_files=chunk_files)
    specs = [{"index": p.index, "files": p.files, "root": str(root), "out": str(out), "capture_date": capture_date,
              "stages": stages, "options": options} for p in parts]
    if engine == "dask":
        results = run_dask(specs, scheduler=scheduler, workers=workers, progress=progress)
    else:
        results = run_local(specs, progress=progress)
    status = finalize(out, results, stages=stages)
    seconds = round(time.perf_counter() - t0, 3)
    status["total"] = {"ok": True, "rows": status["read"]["rows"], "seconds": seconds}
    (out / "stages.json").write_text(json.dumps(status, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    failed = [s for s in stages if not status[s]["ok"]]
    if csv_dir is not None:
        _export_csv(out, Path(csv_dir), len(parts), (*BASE_TABLES, *(s for s in stages if s not in failed)))
    # written last: a run interrupted before this line is never reused
    (out / _RUN_FILE).write_text(json.dumps({
        "fingerprint": key, "corpus": str(root), "capture_date": capture_date, "options": options, "engine": engine, "scheduler": scheduler, "workers": workers,
        "partitions": len(parts), "chunk_mb": chunk_mb, "chunk_files": chunk_files, "stages": list(stages),
        "failed": failed, "seconds": seconds, "bytes": status["read"]["bytes"],
        "csv_dirs": [str(Path(csv_dir).resolve())] if csv_dir is not None else [],
    }, ensure_ascii=False, indent=2), encoding="utf-8")
    run = Run(tables=out, options=options)
    run.errors = _stage_errors(out)
    for stage in failed:
        log.error("stage %s failed: %s", stage, status[stage]["error"])
    return run


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _stage_errors(tables: Path) -> dict[str, str]:
    status = _read_json(tables / "stages.json")
    return {k: v.get("error", "failed") for k, v in status.items() if isinstance(v, dict) and not v.get("ok", True)}


def _clear(out: Path) -> None:
    """Remove what an earlier analysis wrote into ``out`` (and nothing else)."""
    (out / _RUN_FILE).unlink(missing_ok=True)
    for name in (*TABLES, "_headlines_ticker", "_headlines_title"):
        shutil.rmtree(out / name, ignore_errors=True)
        (out / f"{name}.parquet").unlink(missing_ok=True)  # older single-file layout


def _export_csv(out: Path, csv: Path, partitions: int, names) -> None:
    """Write each table as one CSV, in corpus order, a partition at a time (bounded memory)."""
    import pyarrow.dataset as ds

    from marsad.engine.partitions import ORDER, _BIG

    csv.mkdir(parents=True, exist_ok=True)
    for name in names:
        target = csv / f"{name}.csv"
        if name not in stored_tables(out):
            continue
        tmp = target.with_suffix(".csv.tmp")
        header = True
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            if name in ("events", "headlines") or partitions <= 1:
                write_csv(read_table(out, name), fh)
            else:
                for i in range(partitions):
                    rows = ds.field(ORDER) >= i * _BIG
                    rows &= ds.field(ORDER) < (i + 1) * _BIG
                    frame = read_table(out, name, where=rows)
                    if len(frame) or header:
                        write_csv(frame, fh, header=header)
                        header = False
        tmp.replace(target)
