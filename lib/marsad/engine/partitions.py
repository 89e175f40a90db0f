"""Plan partitions and run the stages on them, in this process or on Dask.

A corpus is cut into partitions of whole files (about ``chunk_mb`` of input or ``chunk_files``
files each, in sorted path order). One function, :func:`process_partition`, reads a partition,
runs the stages of the registry (:mod:`marsad.stages`) on it and writes its rows into the store
(:mod:`marsad.engine.store`). The local engine calls it partition after partition (memory bounded
by one partition); the Dask engine maps it over the partitions on workers (a ``LocalCluster`` or a
scheduler address). What cannot be done per partition runs once on the driver (:func:`finalize`):
each stage's combine step (the headline kind, the cross-document event merge, story grouping).
"""
from __future__ import annotations

import hashlib
import logging
import os
import shutil
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow.dataset as ds

from marsad.engine.store import (
    BASE_COLUMNS, ORDER, PARTITION_KEYS, doc_keys, filter_parts, read_table, staged_dataset, stored_tables,
    write_part, write_schema,
)
from marsad.readers import corpus as _corpus
from marsad.readers.corpus import Corpus
from marsad.stages import STAGES, Staged
from marsad.stages.base import conform

__all__ = [
    "Partition", "SeenIds", "plan_partitions", "read_partition", "process_partition", "finalize", "run_local",
    "run_dask", "read_table", "stored_tables", "staged_name", "summarize_corpus", "PARTITION_KEYS", "ORDER",
]

log = logging.getLogger(__name__)

# What process_partition is doing now, for a profiler sampling this process (bench/run.py).
activity = {"stage": "idle"}


def staged_name(stage: str) -> str:
    """The folder of a stage's per-partition rows until its combine step has run."""
    return f"_staged_{stage}"


@dataclass(frozen=True)
class Partition:
    """Whole files read and analysed together (``index`` orders the outputs)."""

    index: int
    files: tuple[str, ...]
    bytes: int


MIN_PARTITIONS = 8


def plan_partitions(root: str | os.PathLike, *, chunk_mb: float = 4.0, chunk_files: int = 2000,
                    min_partitions: int = MIN_PARTITIONS) -> list[Partition]:
    """Cut a corpus into partitions of whole files, in sorted path order.

    A corpus larger than ``chunk_mb`` is cut into at least ``min_partitions`` partitions (but none
    smaller than a quarter of ``chunk_mb``), so that two to four Dask workers get even shares: with
    three 4 MiB partitions for two workers, one worker would do two thirds of the work. The plan
    depends only on the corpus and these sizes, never on the engine or the number of workers, so
    every engine writes the same tables.

    Args:
        root: the corpus path (file or folder).
        chunk_mb: close a partition once its files hold this many megabytes (at most).
        chunk_files: ... or this many files (one ANT file is one article).
        min_partitions: cut a corpus larger than ``chunk_mb`` into at least this many partitions.

    Returns:
        The partitions; a single file larger than the partition size is a partition of its own.
    """
    root = Path(root)
    if not root.exists():
        raise FileNotFoundError(f"corpus {str(root)!r} does not exist")
    entries = list(_corpus.walk_corpus(root))  # every entry (skipped ones too) and duplicates, decided once here
    limit = max(1, int(chunk_mb * 2**20))
    total = sum(entry.size for entry in entries)
    if total > limit and min_partitions > 1:
        limit = max(limit // 4, min(limit, total // min_partitions), 1)
    parts, files, size = [], [], 0
    for entry in entries:
        files.append(entry)
        size += entry.size
        if size >= limit or len(files) >= chunk_files:
            parts.append(Partition(len(parts), tuple(files), size))
            files, size = [], 0
    if files or not parts:
        parts.append(Partition(len(parts), tuple(files), size))
    return parts


class SeenIds:
    """Document ids met so far, compactly: 8-byte hashes, counts kept only for repeated ids.

    A whole read numbers a repeated id ``id~2``, ``id~3`` …; a partition needs the counts of the
    partitions before it. The local engine passes one of these along in-process; the Dask engine
    runs partitions independently and re-runs the rare ones whose ids an earlier partition held.
    """

    def __init__(self):
        self._sorted = np.empty(0, dtype=np.uint64)
        self._new: set[int] = set()
        self._counts: dict[int, int] = {}  # hash -> count, for ids seen at least twice

    @staticmethod
    def key(doc_id: str) -> int:
        # NFC-equal ids are one id (readers.corpus.id_key): an NFD file name beside its NFC twin is numbered ~2
        return int.from_bytes(hashlib.blake2b(_corpus.id_key(doc_id).encode("utf-8"), digest_size=8).digest(), "little")

    def count(self, h: int) -> int:
        """How many documents with this id hash were met."""
        if h in self._counts:
            return self._counts[h]
        if h in self._new:
            return 1
        i = int(np.searchsorted(self._sorted, np.uint64(h)))
        return int(i < len(self._sorted) and int(self._sorted[i]) == h)

    def add(self, h: int) -> int:
        """Count one more document with this id hash; return its count."""
        n = self.count(h) + 1
        if n == 1:
            self._new.add(h)
        else:
            self._counts[h] = n
        return n

    def flush(self) -> None:
        """Fold the ids added since the last flush into the sorted array."""
        if self._new:
            self._sorted = np.union1d(self._sorted, np.fromiter(self._new, dtype=np.uint64, count=len(self._new)))
            self._new = set()

    def add_many(self, hashes) -> None:
        """Count the documents of a whole partition (vectorised :meth:`add`)."""
        self.flush()
        uniq, times = np.unique(np.asarray(hashes, dtype=np.uint64), return_counts=True)
        special = np.isin(uniq, self._sorted) | (times > 1)
        for h, n in zip(uniq[special].tolist(), times[special].tolist()):
            self._counts[h] = self.count(h) + n
        self._sorted = np.union1d(self._sorted, uniq)

    def seen_any(self, hashes) -> bool:
        """Whether any of these hashes was met before."""
        self.flush()
        return bool(np.isin(np.asarray(hashes, dtype=np.uint64), self._sorted).any())

    def subset(self, hashes) -> "SeenIds":
        """The counts of these hashes only (what one partition needs to know)."""
        out = SeenIds()
        for h in set(int(x) for x in hashes):
            n = self.count(h)
            if n == 1:
                out._new.add(h)
            elif n > 1:
                out._counts[h] = n
        return out

    def __len__(self) -> int:
        return len(self._sorted) + len(self._new)


def read_partition(
    files, root: str | os.PathLike, *, capture_date=None, seen: SeenIds | None = None,
    max_bytes: int = 256 * 1024 * 1024, near_duplicate_threshold: float = 0.45,
) -> tuple[Corpus, np.ndarray]:
    """Read some files of a corpus exactly as :func:`marsad.readers.iter_corpus` reads them.

    Args:
        files: paths of the files, in corpus order.
        root: the corpus path (document ids are relative to it).
        capture_date: when the pages were captured.
        seen: the document ids earlier partitions held (:class:`SeenIds`); a repeated id
            becomes ``id~2``, ``id~3`` … as in a whole read. Updated in place.

    Returns:
        ``(corpus, base_ids)``: the partition's tables and the hashes of its document ids before
        de-duplication (the Dask driver checks them across partitions).
    """
    chunks = list(iter_partition(files, root, capture_date=capture_date, seen=seen, max_bytes=max_bytes,
                                 near_duplicate_threshold=near_duplicate_threshold, chunk_bytes=None))
    if len(chunks) == 1:
        return chunks[0]
    corpus = Corpus(*(pd.concat([getattr(c, n) for c, _ in chunks], ignore_index=True)
                      for n in ("documents", "segments", "manifest")))
    return corpus, np.concatenate([b for _, b in chunks])


def iter_partition(
    files, root: str | os.PathLike, *, capture_date=None, seen: SeenIds | None = None,
    max_bytes: int = 256 * 1024 * 1024, near_duplicate_threshold: float = 0.45, chunk_bytes: int | None = None,
):
    """Read a partition in chunks of about ``chunk_bytes`` of input (bounded memory).

    Whole files are read and grouped; a table file (CSV/TSV/JSON Lines) larger than ``chunk_bytes``
    is streamed in pieces of whole records (:mod:`marsad.readers.chunks`), its manifest row coming
    with its last piece. ``chunk_bytes=None`` reads every file whole.

    Yields:
        ``(corpus, base_ids)`` per chunk, as :func:`read_partition` returns them.
    """
    root, files = _corpus.absolute_paths(files, root)  # walk entries (duplicates, skip reasons) or paths
    captured = pd.Timestamp(capture_date).normalize() if capture_date else pd.NaT
    seen = SeenIds() if seen is None else seen
    docs: list[dict] = []
    segs: list[dict] = []
    manifest: list[dict] = []
    bases: list[int] = []
    size = 0

    def unique_id(base: str) -> str:
        h = SeenIds.key(base)
        bases.append(h)
        n = seen.add(h)
        return f"{base}~{n}" if n > 1 else base

    def add(records, row=None):
        d, sg = _corpus.record_rows(records, unique_id=unique_id, captured=captured,
                                    near_duplicate_threshold=near_duplicate_threshold, row=row)
        docs.extend(d)
        segs.extend(sg)

    def flush():
        nonlocal docs, segs, manifest, bases, size
        out = (_corpus._frames(docs, segs, manifest), np.array(bases, dtype=np.uint64))
        docs, segs, manifest, bases, size = [], [], [], [], 0
        return out

    parsed: set[str] = set()  # paths read in this partition: a copy of one of them stays a copy if it is gone since
    for name in files:
        streamed = chunk_bytes is not None and _corpus.is_readable_file(name) and _streamable(name, chunk_bytes)
        if streamed:
            from marsad.readers import chunks as _chunks

            if docs or manifest:
                yield flush()
            for records, row in _chunks.iter_chunks(name, root, chunk_bytes=chunk_bytes, max_bytes=max_bytes):
                add(records)
                if row is not None:
                    manifest.append(row)
                yield flush()
            continue
        row, records = _corpus.read_file(name, root, max_bytes=max_bytes, read_before=parsed)
        if row["status"] == "parsed":
            parsed.add(row["path"])
        manifest.append(row)
        add(records, row)
        size += int(row.get("bytes") or 0)
        if chunk_bytes is not None and size >= chunk_bytes:
            yield flush()
    if docs or manifest or not files:
        yield flush()


def summarize_corpus(path: str | os.PathLike, *, chunk_mb: float = 4.0) -> tuple[dict, pd.DataFrame]:
    """What ``marsad read`` says of a corpus: :meth:`Corpus.summary` and the manifest, read in bounded memory.

    The corpus is read as ``analyze`` reads it (pieces of about ``chunk_mb`` of input; a table file larger than
    that streamed in pieces of whole records), and only the counts and the manifest rows are kept: a whole read
    held every document and segment, 1.3 GB of memory for one 60 MB CSV of 200,000 rows (audit35).

    Raises:
        FileNotFoundError: ``path`` does not exist.
        EmptyCorpusError: no document was read.
    """
    root = Path(path)
    if not root.exists():
        raise FileNotFoundError(f"corpus {str(root)!r} does not exist")
    counts = {"documents": 0, "segments": 0, "ticker": 0, "ticker_duplicates": 0, "dated_documents": 0}
    sources: set = set()
    manifests = []
    for corpus, _ in iter_partition(list(_corpus.walk_corpus(root)), root, chunk_bytes=int(chunk_mb * 1024 * 1024)):
        docs, segs = corpus.documents, corpus.segments
        ticker = segs["section"] == "ticker"
        counts["documents"] += len(docs)
        counts["segments"] += len(segs)
        counts["ticker"] += int(ticker.sum())
        counts["ticker_duplicates"] += int(segs.loc[ticker, "duplicate_of"].notna().sum())
        counts["dated_documents"] += int(docs["published"].notna().sum())
        sources.update(docs["source"].dropna().unique().tolist())
        manifests.append(corpus.manifest)
    manifest = pd.concat(manifests, ignore_index=True) if manifests else pd.DataFrame(columns=_corpus.MANIFEST_COLUMNS)
    if not counts["documents"]:
        _corpus.check_not_empty(manifest, root)
    # the manifest's own counts (files, parsed, skipped, copies, warnings) as Corpus.summary gives them
    summary = Corpus(documents=pd.DataFrame(columns=_corpus.DOCUMENT_COLUMNS),
                     segments=pd.DataFrame(columns=_corpus.SEGMENT_COLUMNS), manifest=manifest).summary()
    summary.update(counts, sources=len(sources))
    return summary, manifest


def _streamable(path: Path, chunk_bytes: int) -> bool:
    try:
        from marsad.readers.chunks import streamable
    except ImportError:
        return False
    return streamable(path, chunk_bytes=chunk_bytes)


# --------------------------------------------------------------------------- one partition

def _failure(exc: BaseException, where) -> dict:
    return {"error": f"{type(exc).__name__}: {exc}", "traceback": traceback.format_exc(), "partition": where}


def process_partition(spec: dict) -> dict:
    """Read one partition, run the stages on it and write its rows (a pure task for any engine).

    Args:
        spec: ``index, files, root, out, capture_date, stages`` (the selected stages), ``order`` (those
            and the stages they need, in registry order), ``options`` (``{stage: {option: value}}``,
            resolved) and ``seen`` (a :class:`SeenIds` of earlier partitions' ids, or ``None``).

    Returns:
        Small metadata for the driver: files written, undeclared columns, row counts, seconds and
        errors by stage, the hashes of the document ids.
    """
    out = Path(spec["out"])
    index = spec["index"]
    t0, cpu0 = time.perf_counter(), time.process_time()
    result = {"index": index, "files": {}, "extra": {}, "rows": {}, "seconds": {}, "cpu": {}, "errors": {},
              "bases": [], "bytes": 0, "chars": 0}
    selected = tuple(spec.get("stages", ()))
    options = spec.get("options") or {}
    chunk_mb = spec.get("chunk_mb")
    chunks = iter_partition(spec["files"], spec["root"], capture_date=spec.get("capture_date"), seen=spec.get("seen"),
                            chunk_bytes=None if chunk_mb is None else max(1, int(chunk_mb * 2**20)))
    clock = [time.perf_counter(), time.process_time()]
    for k, (corpus, bases) in enumerate(chunks):
        _tick(result, "read", clock)
        result["bases"].append(bases)
        result["bytes"] += int(corpus.manifest["bytes"].sum())
        result["chars"] += int(corpus.segments["text"].str.len().sum())
        _process_chunk(corpus, out, index, k, spec.get("order", selected), selected, options, result, clock)
        activity["stage"] = "read"
    result["bases"] = np.concatenate(result["bases"]) if result["bases"] else np.empty(0, dtype=np.uint64)
    result["seconds"]["total"] = time.perf_counter() - t0
    result["cpu"]["total"] = time.process_time() - cpu0
    activity["stage"] = "idle"
    return result


def _tick(result: dict, key: str, clock: list) -> None:
    """Add the time since the last tick to ``key`` (wall and CPU)."""
    now, cpu = time.perf_counter(), time.process_time()
    result["seconds"][key] = result["seconds"].get(key, 0.0) + now - clock[0]
    result["cpu"][key] = result["cpu"].get(key, 0.0) + cpu - clock[1]
    clock[:] = [now, cpu]


def _process_chunk(corpus: Corpus, out: Path, index: int, chunk: int, order, selected, options, result, clock) -> None:
    """Run the stages on one chunk of a partition and write its rows after the chunk before."""
    outputs: dict[str, pd.DataFrame] = {}
    for name in order:
        stage = STAGES[name]
        activity["stage"] = name
        try:
            if name in result["errors"]:
                raise RuntimeError("failed on an earlier chunk")
            missing = [n for n in stage.needs if n in STAGES and n not in outputs]
            if missing:
                raise RuntimeError(f"the {missing[0]} stage failed, {name} needs its table")
            opts = stage.options.from_dict(name, options.get(name))
            inputs = {n: outputs[n] for n in stage.needs if n in STAGES}
            outputs[name] = conform(stage.run(corpus, inputs, opts), stage.partition_columns, table=name)
        except Exception as exc:  # a failed stage is reported, the others go on
            result["errors"].setdefault(name, _failure(exc, index))
        _tick(result, name, clock)
    activity["stage"] = "write"
    keys = doc_keys(corpus.documents)
    tables = [("documents", corpus.documents, BASE_COLUMNS["documents"], keys),
              ("segments", corpus.segments, BASE_COLUMNS["segments"], keys),
              ("manifest", corpus.manifest, BASE_COLUMNS["manifest"], None)]
    for name in selected:
        if name in outputs:
            stage = STAGES[name]
            tables.append((staged_name(name) if stage.combine else name, outputs[name], stage.partition_columns, keys))
    for folder, frame, columns, part_keys in tables:
        first = result["rows"].get(folder, 0)
        files, extra = write_part(out, folder, frame, index, part_keys, columns, first_row=first, chunk=chunk)
        result["files"].setdefault(folder, []).extend(files)
        result["extra"].setdefault(folder, [])
        result["extra"][folder] = sorted(set(result["extra"][folder]) | set(extra))
        result["rows"][folder] = first + len(frame)
    _tick(result, "write", clock)


# --------------------------------------------------------------------------- engines

def _progress(total: int, enabled: bool | None, desc: str):
    import sys

    from tqdm.auto import tqdm

    show = sys.stderr.isatty() if enabled is None else enabled
    return tqdm(total=total, desc=desc, unit="part", disable=not show, mininterval=0.5)


def run_local(specs: list[dict], *, progress: bool | None = None, info: dict | None = None) -> list[dict]:
    """Process the partitions one after the other in this process (bounded memory)."""
    if info is not None:
        info["workers"] = 1
    seen = SeenIds()
    results = []
    with _progress(len(specs), progress, "analyse") as bar:
        for spec in specs:
            res = process_partition({**spec, "seen": seen})  # in-process: read_partition counts into seen
            seen.flush()
            res["bases"] = None
            results.append(res)
            bar.set_postfix_str(f"{sum(r['bytes'] for r in results) / 2**20:.0f} MB")
            bar.update()
    return results


def run_dask(specs: list[dict], *, scheduler: str | None = None, workers: int | None = None,
             progress: bool | None = None, info: dict | None = None) -> list[dict]:
    """Process the partitions on Dask: a ``LocalCluster`` or the cluster at ``scheduler``.

    The workers must see the corpus and the output folder at the same paths (a shared file
    system) and have ``marsad`` installed. Each worker loads the models once, before the first
    partition (all workers at the same time); the partitions go out biggest first, one task each.

    Args:
        info: filled with where the time went: cluster start, model loading per worker, each
            worker's busy seconds (``stages.json`` → ``engine``).
    """
    from distributed import Client, LocalCluster, as_completed

    info = {} if info is None else info
    t0 = time.perf_counter()
    quiet = logging.getLogger("distributed")
    level = quiet.level
    quiet.setLevel(logging.WARNING)  # the scheduler's INFO chatter would drown the command's output
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(cluster)
    try:
        info["start_seconds"] = round(time.perf_counter() - t0, 3)
        t1 = time.perf_counter()
        if specs:
            warm = client.run(_warm_worker, specs[0].get("order", ()), specs[0].get("options") or {})
            info["warm_seconds_by_worker"] = {str(k): v for k, v in warm.items()}
        info["warm_seconds"] = round(time.perf_counter() - t1, 3)
        info["workers"] = len(client.scheduler_info().get("workers", {}))
        t2 = time.perf_counter()
        # one task per partition, biggest first: a long partition started last would leave a worker idle
        order = sorted(range(len(specs)), key=lambda i: -_spec_bytes(specs[i]))
        futures = [client.submit(_dask_task, specs[i], pure=False, key=f"marsad-part-{i}") for i in order]
        results = []
        with _progress(len(futures), progress, "analyse (dask)") as bar:
            for fut in as_completed(futures):
                results.append(fut.result())
                bar.update()
        results.sort(key=lambda r: r["index"])
        # Document ids repeated across partitions: a whole read numbers them id~2, id~3 …;
        # re-run the partitions concerned with the counts of the partitions before them.
        seen = SeenIds()
        redo = []
        for res in results:
            if seen.seen_any(res["bases"]):
                redo.append((res["index"], seen.subset(res["bases"])))
            seen.add_many(res["bases"])
        if redo:
            log.info("re-running %d partition(s) with repeated document ids", len(redo))
            for index, _ in redo:
                _remove_files(results[index])
            fixed = client.gather(client.map(_dask_task, [{**specs[i], "seen": s} for i, s in redo], pure=False))
            for res in fixed:
                results[res["index"]] = res
        info["rerun_partitions"] = len(redo)
        info["partitions_seconds"] = round(time.perf_counter() - t2, 3)
        busy: dict[str, list[float]] = {}
        for res in results:
            wall, cpu = busy.setdefault(str(res.get("worker")), [0.0, 0.0]), res["cpu"].get("total", 0.0)
            wall[0] += res["seconds"].get("total", 0.0)
            wall[1] += cpu
        info["busy_seconds_by_worker"] = {k: round(v[0], 3) for k, v in busy.items()}
        info["cpu_seconds_by_worker"] = {k: round(v[1], 3) for k, v in busy.items()}
        if busy:
            mean = sum(v[0] for v in busy.values()) / len(busy)
            info["imbalance"] = round(max(v[0] for v in busy.values()) / mean, 3) if mean else None
        return results
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
        quiet.setLevel(level)


def _dask_task(spec: dict) -> dict:
    """:func:`process_partition` on a worker, tagged with the worker's name."""
    from distributed import get_worker

    result = process_partition(spec)
    try:
        result["worker"] = get_worker().name
    except ValueError:
        result["worker"] = None
    return result


_WARM_TEXT = ("وقعت روسيا وكوريا الشمالية في بيونغ يانغ يوم 19 يونيو 2024 اتفاقية شراكة استراتيجية شاملة خلال زيارة"
              " الرئيس الروسي فلاديمير بوتين.")


def _warm_worker(order, options) -> float:
    """Load every stage's models in this process (run the stages on one short article); return seconds."""
    t0 = time.perf_counter()
    docs = pd.DataFrame({"doc_id": ["warm"], "path": [""], "source": ["warm"], "url": [None],
                         "published": [pd.Timestamp("2024-06-19")], "title": ["بوتين في بيونغ يانغ"],
                         "format": ["page"], "category": [None], "captured": [pd.NaT]})
    segs = pd.DataFrame({"doc_id": ["warm", "warm"], "section": ["title", "paragraph"], "position": [0, 1],
                         "text": ["بوتين في بيونغ يانغ", _WARM_TEXT], "duplicate_of": pd.array([None, None], dtype="Int64"),
                         "credit": [None, None]})
    from marsad.lang.text import normalize

    segs["normalized"] = segs["text"].map(normalize)
    corpus = Corpus(docs, segs, pd.DataFrame())
    outputs: dict[str, pd.DataFrame] = {}
    for name in order:
        stage = STAGES[name]
        try:
            inputs = {n: outputs[n] for n in stage.needs if n in STAGES}
            outputs[name] = stage.run(corpus, inputs, stage.options.from_dict(name, options.get(name)))
        except Exception:  # warming is best effort: the partition will report a real failure
            continue
    return round(time.perf_counter() - t0, 3)


def _spec_bytes(spec: dict) -> int:
    if spec.get("bytes") is not None:  # the plan's sizes (no stat of every file on the driver)
        return int(spec["bytes"])
    total = 0
    for f in spec["files"]:
        try:
            total += os.stat(f).st_size
        except OSError:
            pass
    return total


def _remove_files(result: dict) -> None:
    for files in result["files"].values():
        for f in files:
            Path(f).unlink(missing_ok=True)


# --------------------------------------------------------------------------- the cross-partition steps

def finalize(out: Path, results: list[dict], *, stages, options: dict, info: dict | None = None) -> dict[str, dict]:
    """Run each stage's combine step, write every table's declared schema; return the stage status."""
    status: dict[str, dict] = {}
    errors: dict[str, dict] = {}
    for res in results:
        for stage, err in res["errors"].items():
            errors.setdefault(stage, err)
    counts: dict[str, int] = {}
    extras: dict[str, set] = {}
    for res in results:
        for name, n in res["rows"].items():
            counts[name] = counts.get(name, 0) + n
        for name, cols in res["extra"].items():
            extras.setdefault(name, set()).update(cols)
    status["read"] = {"ok": True, "rows": counts.get("documents", 0), "seconds": _sum(results, "read"),
                      "cpu_seconds": _sum(results, "read", "cpu"), "bytes": sum(r["bytes"] for r in results),
                      "partitions": len(results)}
    for name, columns in BASE_COLUMNS.items():
        write_schema(out, name, columns, extras.get(name, ()))
    combine_time: dict[str, tuple[float, float]] = {}
    for name in stages:
        stage = STAGES[name]
        staged = out / staged_name(name)
        if name not in errors and stage.combine is not None:
            t0, c0 = time.perf_counter(), time.process_time()
            activity["stage"] = name
            try:
                write_schema(out, staged_name(name), stage.partition_columns, extras.get(staged_name(name), ()))
                counts[name] = _combine(out, stage, staged, stage.options.from_dict(name, options.get(name)))
                extras[name] = extras.get(staged_name(name), set())
            except Exception as exc:
                errors[name] = _failure(exc, "combine")
            combine_time[name] = (time.perf_counter() - t0, time.process_time() - c0)
            activity["stage"] = "idle"
        shutil.rmtree(staged, ignore_errors=True)
        if name in errors:
            shutil.rmtree(out / name, ignore_errors=True)
            status[name] = {"ok": False, **errors[name]}
            continue
        write_schema(out, name, stage.columns, extras.get(name, ()))
        status[name] = {"ok": True, "rows": counts.get(name, 0), "seconds": _sum(results, name),
                        "cpu_seconds": _sum(results, name, "cpu")}
        if name in combine_time:
            status[name]["combine_seconds"] = round(combine_time[name][0], 3)
            status[name]["combine_cpu_seconds"] = round(combine_time[name][1], 3)
    status["write"] = {"ok": True, "rows": counts.get("segments", 0), "seconds": _sum(results, "write"),
                       "cpu_seconds": _sum(results, "write", "cpu")}
    if info:
        status["engine"] = {"ok": True, **info}
    return status


def _combine(out: Path, stage, staged_folder: Path, opts) -> int:
    """Run a stage's combine step over its staged rows and write its table; return the row count."""
    target = out / stage.name
    shutil.rmtree(target, ignore_errors=True)
    if not staged_folder.exists():
        staged_folder.mkdir(parents=True)
    dataset = staged_dataset(staged_folder)
    result = stage.combine(Staged(dataset), opts)
    if isinstance(result, ds.Expression):
        return filter_parts(staged_folder, target, result)
    if result.empty:
        # no rows: an empty table of the declared columns. A step may hand back its (empty) staged rows as
        # they are; their undeclared columns (stories' staged `published` dates) must not fail the stage: a
        # corpus of short documents (no story signature) failed the stories stage that way (audit35)
        result = result.iloc[:0][[c for c in result.columns if c in stage.columns]]
    frame = conform(result, stage.columns, table=stage.name)
    keys = {}
    if len(frame) and "doc_id" in frame:
        placed = dataset.to_table(columns=["doc_id", *PARTITION_KEYS]).to_pandas()
        keys = dict(zip(placed["doc_id"], zip(placed["doc_year"], placed["doc_source"])))
        missing = set(frame["doc_id"]) - set(keys)
        if missing:  # rows about documents the stage staged nothing for: place them as the documents are
            docs = read_table(out, "documents", columns=["doc_id", "published", "source"],
                              where=ds.field("doc_id").isin(sorted(missing)))
            keys.update(doc_keys(docs))
    write_part(out, stage.name, frame, 0, keys, stage.columns)
    return len(frame)


def _sum(results, key, kind="seconds") -> float:
    return round(sum(r[kind].get(key, 0.0) for r in results), 3)

