"""Run the analysis stages over a corpus once and keep the tables.

``analyze(corpus, out)`` reads the corpus, runs every stage (headline topics,
mentions, events) and writes each table as Parquet (for notebooks and later
reads) and CSV (for people) into ``out``. ``open_run`` gives notebooks one
object with the tables, read from such a folder or computed on the fly for
interactive use on a small corpus.

Stages are looked up by name in ``STAGES`` and imported lazily; a stage that
fails is recorded in ``stages.json`` with its error and the others go on.
"""
from __future__ import annotations

import importlib
import json
import logging
import os
import time
import traceback
from functools import cached_property
from pathlib import Path

import pandas as pd

from .corpus import Corpus, read_corpus

__all__ = ["Run", "open_run", "analyze", "STAGES", "TABLES"]

log = logging.getLogger(__name__)

# stage name -> (module, function); each takes the Run and returns a DataFrame.
STAGES = {
    "headlines": ("marsad.topics", "headlines_table"),
    "mentions": ("marsad.mentions", "find_mentions"),
    "events": ("marsad.events", "extract_events"),
}
TABLES = ("documents", "segments", "manifest", *STAGES)


class Run:
    """The tables of one analysed corpus: read from disk or computed on demand.

    Attributes ``documents``, ``segments``, ``manifest`` always exist;
    ``headlines``, ``mentions`` and ``events`` are computed the first time they
    are used (or read from ``tables``), and ``errors`` records stages that failed.
    """

    def __init__(self, corpus: Corpus, *, tables: Path | None = None, options: dict | None = None):
        self.corpus = corpus
        self.tables = Path(tables) if tables else None
        self.options = options or {}
        self.errors: dict[str, str] = {}

    @property
    def documents(self) -> pd.DataFrame:
        return self.corpus.documents

    @property
    def segments(self) -> pd.DataFrame:
        return self.corpus.segments

    @property
    def manifest(self) -> pd.DataFrame:
        return self.corpus.manifest

    def _stage(self, name: str) -> pd.DataFrame:
        if self.tables is not None and (self.tables / f"{name}.parquet").exists():
            return pd.read_parquet(self.tables / f"{name}.parquet")
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

    def table(self, name: str) -> pd.DataFrame:
        """Return a table by name (``documents``, ``segments``, ``headlines``, …)."""
        if name not in TABLES:
            raise KeyError(f"unknown table {name!r}; known: {', '.join(TABLES)}")
        return getattr(self, name)


def open_run(
    *, corpus: str | os.PathLike | None = None, tables: str | os.PathLike | None = None,
    capture_date: str | None = None,
) -> Run:
    """Open the tables of a run for a notebook.

    Args:
        corpus: a corpus path, analysed here if ``tables`` is not given.
        tables: a folder written by :func:`analyze` (``marsad analyze``);
            its tables are read instead of recomputed.
        capture_date: when the pages were captured (dates ticker headlines).

    Raises:
        ValueError: when neither ``corpus`` nor ``tables`` is given.
    """
    if tables:
        tables = Path(tables)
        if not (tables / "documents.parquet").exists():
            raise FileNotFoundError(f"{tables} holds no analysed tables (documents.parquet); run `marsad analyze` first")
        frames = {n: pd.read_parquet(tables / f"{n}.parquet") for n in ("documents", "segments", "manifest")}
        return Run(Corpus(**frames), tables=tables)
    if corpus is None:
        raise ValueError("open_run needs a corpus path or a tables folder")
    return Run(read_corpus(corpus, capture_date=capture_date or None))


def analyze(
    corpus: str | os.PathLike, out: str | os.PathLike, *, capture_date: str | None = None,
    stages: tuple[str, ...] = tuple(STAGES), csv_dir: str | os.PathLike | None = None,
) -> Run:
    """Analyse a corpus and write its tables (Parquet and CSV) into ``out``.

    Args:
        corpus: corpus path (file or folder).
        out: output folder, created if needed.
        capture_date: when the pages were captured.
        stages: which analysis stages to run.
        csv_dir: also write each table as CSV there (e.g. the report folder).

    Returns:
        the :class:`Run`, reading from ``out``. ``out/stages.json`` lists each
        stage with its row count, seconds, and error if it failed.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    csv = Path(csv_dir) if csv_dir else None
    run = Run(read_corpus(corpus, capture_date=capture_date or None))
    status: dict[str, dict] = {}
    for name in ("documents", "segments", "manifest"):
        _write(run.table(name), out, name, csv=csv)
    for name in stages:
        t0 = time.perf_counter()
        try:
            frame = run.table(name)
        except Exception as exc:  # a failed stage is reported, the rest still run
            run.errors[name] = f"{type(exc).__name__}: {exc}"
            status[name] = {"ok": False, "error": run.errors[name], "traceback": traceback.format_exc()}
            log.error("stage %s failed: %s", name, exc)
            continue
        _write(frame, out, name, csv=csv)
        status[name] = {"ok": True, "rows": len(frame), "seconds": round(time.perf_counter() - t0, 3)}
    (out / "stages.json").write_text(json.dumps(status, ensure_ascii=False, indent=2), encoding="utf-8")
    run.tables = out
    return run


def _write(frame: pd.DataFrame, out: Path, name: str, *, csv: Path | None) -> None:
    frame = frame.copy()
    for col in frame.columns:
        if frame[col].dtype == object:
            # lists (e.g. merged sources) are stored as '; '-joined text in the CSV only
            if frame[col].map(lambda v: isinstance(v, (list, tuple))).any():
                frame[col] = frame[col].map(lambda v: "; ".join(map(str, v)) if isinstance(v, (list, tuple)) else v)
    frame.to_parquet(out / f"{name}.parquet", index=False)
    if csv is not None:
        csv.mkdir(parents=True, exist_ok=True)
        frame.to_csv(csv / f"{name}.csv", index=False, encoding="utf-8")
