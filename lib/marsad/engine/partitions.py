"""Run the analysis stages partition by partition, in this process or on Dask.

A corpus is cut into partitions of whole files (about ``chunk_mb`` of input
or ``chunk_files`` files each, in sorted path order). One function,
:func:`process_partition`, reads a partition and runs every stage on it, then
writes its rows into per-table Parquet datasets under the output folder::

    tables/<table>/doc_year=<YYYY|unknown>/doc_source=<slug|unknown>/part-<NNNNN>.parquet

``doc_year`` and ``doc_source`` are those of the row's document, so a later read can
select a period or an outlet without opening the other files. A hidden
``_row`` column keeps the corpus order (partition << 32 | row) so that tables
read back in the same order whichever engine wrote them.

The local engine calls :func:`process_partition` partition after partition
(memory bounded by one partition); the Dask engine maps the same function over
the partitions on workers (a ``LocalCluster`` or a scheduler address). What
cannot be done per partition runs once on the driver (:func:`finalize`):
events reported by several documents are merged (``events.merge_events``),
and the headline table keeps ticker headlines when the corpus has any, else
document titles (the rule of ``topics.headlines_table``).
"""
from __future__ import annotations

import hashlib
import importlib
import inspect
import json
import logging
import os
import re
import shutil
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from marsad.readers import corpus as _corpus
from marsad.readers.corpus import Corpus

__all__ = [
    "Partition", "SeenIds", "plan_partitions", "read_partition", "process_partition", "finalize", "run_local", "run_dask",
    "read_table", "stored_tables", "fingerprint", "PARTITION_KEYS", "ORDER",
]

log = logging.getLogger(__name__)

# stage name -> (module, function); each takes a Corpus and returns a DataFrame.
STAGES = {
    "headlines": ("marsad.topics.classifier", "headlines_table"),
    "mentions": ("marsad.mentions.pipeline", "find_mentions"),
    "events": ("marsad.events.extract", "extract_events"),
}
BASE_TABLES = ("documents", "segments", "manifest")
# named doc_* so they never clash with a table's own columns (documents.source, headlines.source)
PARTITION_KEYS = ("doc_year", "doc_source")
ORDER = "_row"
_PARTITIONING = ds.partitioning(pa.schema([(k, pa.string()) for k in PARTITION_KEYS]), flavor="hive")
_SCHEMA_FILE = "_schema.parquet"
# staging tables: headlines of each kind until the corpus-wide choice is made, raw events before the merge
_HEADLINE_KINDS = ("ticker", "title")
_SLUG = re.compile(r"[^\w.-]+")
_BIG = 1 << 32
# What process_partition is doing now, for a profiler sampling this process (bench/run.py).
activity = {"stage": "idle"}


@dataclass(frozen=True)
class Partition:
    """Whole files read and analysed together (``index`` orders the outputs)."""

    index: int
    files: tuple[str, ...]
    bytes: int


def _file_list(root: Path) -> list[Path]:
    return _corpus._file_list(root)


def plan_partitions(root: str | os.PathLike, *, chunk_mb: float = 4.0, chunk_files: int = 2000) -> list[Partition]:
    """Cut a corpus into partitions of whole files, in sorted path order.

    Args:
        root: the corpus path (file or folder).
        chunk_mb: close a partition once its files hold this many megabytes.
        chunk_files: ... or this many files (one ANT file is one article).

    Returns:
        The partitions; a single file larger than ``chunk_mb`` is a partition of its own.
    """
    root = Path(root)
    if not root.exists():
        raise FileNotFoundError(f"corpus path {str(root)!r} does not exist")
    limit = max(1, int(chunk_mb * 2**20))
    parts, files, size = [], [], 0
    for file in _file_list(root):
        try:
            n = file.stat().st_size
        except OSError:
            n = 0
        files.append(str(file))
        size += n
        if size >= limit or len(files) >= chunk_files:
            parts.append(Partition(len(parts), tuple(files), size))
            files, size = [], 0
    if files or not parts:
        parts.append(Partition(len(parts), tuple(files), size))
    return parts


class SeenIds:
    """Document ids met so far, compactly: 8-byte hashes, counts kept only for repeated ids.

    A whole read numbers a repeated id ``id~2``, ``id~3`` …; partitions need the
    counts of the partitions before them. Hashes keep the table small at
    hundreds of thousands of documents (memory stays flat as the corpus grows).
    """

    def __init__(self):
        self._sorted = np.empty(0, dtype=np.uint64)
        self._new: set[int] = set()
        self._counts: dict[int, int] = {}  # hash -> count, for ids seen at least twice

    @staticmethod
    def key(doc_id: str) -> int:
        return int.from_bytes(hashlib.blake2b(doc_id.encode("utf-8"), digest_size=8).digest(), "little")

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
) -> tuple[Corpus, list[str]]:
    """Read some files of a corpus exactly as :func:`marsad.corpus.iter_corpus` reads them.

    Args:
        files: paths of the files, in corpus order.
        root: the corpus path (document ids are relative to it).
        capture_date: when the pages were captured.
        seen: the document ids earlier partitions held (:class:`SeenIds`); a
            repeated id becomes ``id~2``, ``id~3`` … as in a whole read. Updated in place.

    Returns:
        ``(corpus, base_ids)``: the partition's tables and the hashes of its
        document ids before de-duplication (the Dask driver checks them across partitions).
    """
    root = Path(root)
    files = [Path(f) for f in files]
    if files and files[0].is_absolute() != root.is_absolute():  # ids are paths relative to the root
        root, files = Path(os.path.abspath(root)), [Path(os.path.abspath(f)) for f in files]
    captured = pd.Timestamp(capture_date).normalize() if capture_date else pd.NaT
    seen = SeenIds() if seen is None else seen
    docs: list[dict] = []
    segs: list[dict] = []
    manifest: list[dict] = []
    bases: list[int] = []
    for name in files:
        row, records = _corpus.read_file(Path(name), root, max_bytes=max_bytes)
        manifest.append(row)
        for doc, doc_segments in records:
            base = doc["doc_id"]
            h = SeenIds.key(base)
            bases.append(h)
            n = seen.add(h)
            if n > 1:
                doc["doc_id"] = f"{base}~{n}"
            doc["captured"] = captured
            docs.append(doc)
            segs.extend(_corpus._segment_rows(doc["doc_id"], doc_segments, near_duplicate_threshold))
    return _corpus._frames(docs, segs, manifest), np.array(bases, dtype=np.uint64)


# --------------------------------------------------------------------------- one partition

def _slug(value) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "unknown"
    slug = _SLUG.sub("-", str(value)).strip("-.").lower()
    return slug[:80] or "unknown"


def _keys_by_doc(documents: pd.DataFrame) -> dict[str, tuple[str, str]]:
    years = documents["published"].dt.year
    return {
        d: ("unknown" if pd.isna(y) else str(int(y)), _slug(s))
        for d, y, s in zip(documents["doc_id"], years, documents["source"])
    }


def _stage_fn(name: str):
    module, func = STAGES[name]
    return getattr(importlib.import_module(module), func)


def _flatten_lists(frame: pd.DataFrame) -> pd.DataFrame:
    """Store list cells (e.g. merged sources) as '; '-joined text: Parquet and CSV alike."""
    for col in frame.columns:
        if frame[col].dtype == object and len(frame) and frame[col].map(lambda v: isinstance(v, (list, tuple))).any():
            frame = frame.assign(**{col: frame[col].map(lambda v: "; ".join(map(str, v)) if isinstance(v, (list, tuple)) else v)})
    return frame


def write_part(out: Path, name: str, frame: pd.DataFrame, index: int, keys: dict | None) -> tuple[list[str], pa.Schema]:
    """Write one partition's rows of a table; return the files written and the schema.

    ``keys`` maps doc_id to (year, source); ``None`` writes one unpartitioned file (manifest).
    The schema carries the part's row count and its all-null columns (metadata ``marsad``),
    which :func:`finalize` needs to settle each column's type across parts.
    """
    frame = _flatten_lists(frame.reset_index(drop=True))
    frame[ORDER] = pd.Series(range(len(frame)), dtype="int64") + index * _BIG
    table = pa.Table.from_pandas(frame, preserve_index=False)
    info = {"rows": len(frame), "null": [c for c in frame.columns if frame[c].isna().all()]}
    schema = table.schema.with_metadata({**(table.schema.metadata or {}), b"marsad": json.dumps(info).encode()})
    folder = out / name
    written = []
    if keys is None:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"part-{index:05d}.parquet"
        pq.write_table(table, path)
        return [str(path)], schema
    if not len(frame):
        return [], schema
    groups: dict[tuple[str, str], list[int]] = {}
    for i, doc_id in enumerate(frame["doc_id"].astype(str)):
        groups.setdefault(keys.get(doc_id, ("unknown", "unknown")), []).append(i)
    for (year, source), rows in sorted(groups.items()):
        path = folder / f"doc_year={year}" / f"doc_source={source}" / f"part-{index:05d}.parquet"
        path.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(table.take(pa.array(rows, type=pa.int64())), path)
        written.append(str(path))
    return written, schema


def process_partition(spec: dict) -> dict:
    """Read one partition, run the stages on it and write its rows (a pure task for any engine).

    Args:
        spec: ``index, files, root, out, capture_date, stages, options, seen``
            (``seen``: a :class:`SeenIds` of earlier partitions' ids, or ``None``).

    Returns:
        Small metadata for the driver: files written, schemas, row counts,
        seconds and errors by stage, the hashes of the document ids, and the
        partition's un-merged events (a few rows: the merge is cross-document).
    """
    out = Path(spec["out"])
    index = spec["index"]
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    activity["stage"] = "read"
    corpus, bases = read_partition(spec["files"], spec["root"], capture_date=spec.get("capture_date"),
                                   seen=spec.get("seen"))
    result = {"index": index, "files": {}, "schemas": {}, "rows": {}, "seconds": {}, "cpu": {}, "errors": {},
              "bases": bases, "events": None,
              "bytes": int(corpus.manifest["bytes"].sum()), "chars": int(corpus.segments["text"].str.len().sum())}
    result["seconds"]["read"] = time.perf_counter() - t0
    result["cpu"]["read"] = time.process_time() - cpu0
    keys = _keys_by_doc(corpus.documents)
    frames: dict[str, pd.DataFrame] = {"documents": corpus.documents, "segments": corpus.segments}
    stages, options = spec.get("stages", tuple(STAGES)), spec.get("options") or {}
    mentions = None
    for stage in stages:
        t1, c1 = time.perf_counter(), time.process_time()
        activity["stage"] = stage
        try:
            if stage == "headlines":
                fn = _stage_fn(stage)
                for kind in _HEADLINE_KINDS:
                    rows = corpus.segments[corpus.segments["section"] == kind]
                    if len(rows):
                        frames[f"_headlines_{kind}"] = fn(Corpus(corpus.documents, rows, corpus.manifest),
                                                          **options.get(stage, {}))
            elif stage == "mentions":
                mentions = frames["mentions"] = _stage_fn(stage)(corpus, **options.get(stage, {}))
            elif stage == "events":
                if "mentions" in stages and mentions is None:
                    raise RuntimeError("the mentions stage failed, events need its table")
                if mentions is None:
                    mentions = _stage_fn("mentions")(corpus, **options.get("mentions", {}))
                fn = _stage_fn(stage)
                opts = dict(options.get(stage, {}))
                if "merge" in inspect.signature(fn).parameters:
                    opts["merge"] = False  # merged across the whole corpus in finalize()
                events = fn(corpus, mentions=mentions, **opts)
                years = [keys.get(d, ("unknown", "unknown")) for d in events["doc_id"].astype(str)]
                result["events"] = events.reset_index(drop=True)
                result["event_keys"] = dict(zip(events["doc_id"].astype(str), years))
            else:
                raise KeyError(f"unknown stage {stage!r}; known: {', '.join(STAGES)}")
        except Exception as exc:  # a failed stage is reported, the others go on
            result["errors"][stage] = {"error": f"{type(exc).__name__}: {exc}", "traceback": traceback.format_exc(),
                                       "partition": index}
        result["seconds"][stage] = time.perf_counter() - t1
        result["cpu"][stage] = time.process_time() - c1
    t1, c1 = time.perf_counter(), time.process_time()
    activity["stage"] = "write"
    frames["manifest"] = corpus.manifest
    for name, frame in frames.items():
        files, schema = write_part(out, name, frame, index, None if name == "manifest" else keys)
        result["files"][name], result["schemas"][name], result["rows"][name] = files, schema, len(frame)
    result["seconds"]["write"] = time.perf_counter() - t1
    result["cpu"]["write"] = time.process_time() - c1
    result["seconds"]["total"] = time.perf_counter() - t0
    result["cpu"]["total"] = time.process_time() - cpu0
    activity["stage"] = "idle"
    return result


# --------------------------------------------------------------------------- engines

def _progress(total: int, enabled: bool | None, desc: str):
    import sys

    from tqdm.auto import tqdm

    show = sys.stderr.isatty() if enabled is None else enabled
    return tqdm(total=total, desc=desc, unit="part", disable=not show, mininterval=0.5)


def run_local(specs: list[dict], *, progress: bool | None = None) -> list[dict]:
    """Process the partitions one after the other in this process (bounded memory)."""
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
             progress: bool | None = None) -> list[dict]:
    """Process the partitions on Dask: a ``LocalCluster`` or the cluster at ``scheduler``.

    The workers must see the corpus and the output folder at the same paths
    (a shared file system) and have ``marsad`` installed.
    """
    import dask.bag as db
    from distributed import Client, LocalCluster, as_completed

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
        bag = db.from_sequence(specs, npartitions=len(specs)).map(process_partition)
        futures = client.compute(bag.to_delayed())
        results = []
        with _progress(len(futures), progress, "analyse (dask)") as bar:
            for fut in as_completed(futures):
                results.extend(fut.result())
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
            fixed = client.gather(client.map(process_partition, [{**specs[i], "seen": s} for i, s in redo], pure=False))
            for res in fixed:
                results[res["index"]] = res
        return results
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
        quiet.setLevel(level)


def _remove_files(result: dict) -> None:
    for files in result["files"].values():
        for f in files:
            Path(f).unlink(missing_ok=True)


# --------------------------------------------------------------------------- the cross-partition steps

def finalize(out: Path, results: list[dict], *, stages) -> dict[str, dict]:
    """Join the partitions: pick the headline kind, merge events, write schemas; return stage status."""
    status: dict[str, dict] = {}
    errors: dict[str, dict] = {}
    for res in results:
        for stage, err in res["errors"].items():
            errors.setdefault(stage, err)
    bytes_, docs = sum(r["bytes"] for r in results), sum(r["rows"].get("documents", 0) for r in results)
    status["read"] = {"ok": True, "rows": docs, "seconds": _sum(results, "read"), "cpu_seconds": _sum(results, "read", "cpu"),
                      "bytes": bytes_, "partitions": len(results)}
    schemas = {name: [r["schemas"][name] for r in results if name in r["schemas"]] for name in _names(results)}
    counts = {name: sum(r["rows"].get(name, 0) for r in results) for name in _names(results)}
    # headlines: ticker headlines when the corpus has any, else titles (topics.headlines_table's rule)
    if "headlines" in stages:
        kind = next((k for k in _HEADLINE_KINDS if counts.get(f"_headlines_{k}")), None)
        for k in _HEADLINE_KINDS:
            src = out / f"_headlines_{k}"
            if k == kind and "headlines" not in errors:
                src.rename(out / "headlines")
                schemas["headlines"], counts["headlines"] = schemas[f"_headlines_{k}"], counts[f"_headlines_{k}"]
            elif src.exists():
                shutil.rmtree(src)
        if kind is None and "headlines" not in errors:
            # no ticker and no title anywhere: an empty table with the stage's own schema
            empty = _stage_fn("headlines")(Corpus(_empty_docs(), _empty_segs(), pd.DataFrame()))
            schemas["headlines"] = [write_part(out, "headlines", empty, 0, {})[1]]
            counts["headlines"] = 0
    if "events" in stages and "events" not in errors:
        t0, c0 = time.perf_counter(), time.process_time()
        activity["stage"] = "events"
        try:
            counts["events"], schema = _merge_events(out, results)
            schemas["events"] = [schema]
        except Exception as exc:
            errors["events"] = {"error": f"{type(exc).__name__}: {exc}", "traceback": traceback.format_exc(),
                                "partition": "merge"}
        merge_seconds, merge_cpu = time.perf_counter() - t0, time.process_time() - c0
        activity["stage"] = "idle"
    for name in ("documents", "segments", "manifest", *(s for s in stages if s not in errors)):
        _write_schema(out / name, schemas.get(name, []))
    for stage in stages:
        if stage in errors:
            shutil.rmtree(out / stage, ignore_errors=True)
            status[stage] = {"ok": False, **errors[stage]}
            continue
        status[stage] = {"ok": True, "rows": counts.get(stage, 0), "seconds": _sum(results, stage),
                         "cpu_seconds": _sum(results, stage, "cpu")}
        if stage == "events":
            status[stage]["merge_seconds"] = round(merge_seconds, 3)
            status[stage]["merge_cpu_seconds"] = round(merge_cpu, 3)
    status["write"] = {"ok": True, "rows": counts.get("segments", 0), "seconds": _sum(results, "write"),
                       "cpu_seconds": _sum(results, "write", "cpu")}
    return status


def _names(results) -> list[str]:
    names = []
    for r in results:
        names.extend(n for n in r["schemas"] if n not in names)
    return names


def _sum(results, key, kind="seconds") -> float:
    return round(sum(r[kind].get(key, 0.0) for r in results), 3)


def _empty_docs() -> pd.DataFrame:
    return _corpus._frames([], [], []).documents


def _empty_segs() -> pd.DataFrame:
    return _corpus._frames([], [], []).segments


def _merge_events(out: Path, results: list[dict]) -> tuple[int, pa.Schema]:
    events_mod = importlib.import_module("marsad.events.extract")
    parts = [r["events"] for r in results if r.get("events") is not None]
    keys = {}
    for r in results:
        keys.update(r.get("event_keys") or {})
    raw = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=getattr(events_mod, "EVENT_COLUMNS", []))
    fn = _stage_fn("events")
    merge = getattr(events_mod, "merge_events", None)
    if len(raw) and merge is not None and "merge" in inspect.signature(fn).parameters:
        raw = merge(raw)
    shutil.rmtree(out / "events", ignore_errors=True)
    _, schema = write_part(out, "events", raw.reset_index(drop=True), 0, keys)
    return len(raw), schema


def _write_schema(folder: Path, schemas: list[pa.Schema]) -> None:
    """Keep the table's schema: each column's type where parts hold values; an empty table reads with it.

    Parts disagree when a column is empty or all-null in some (pandas gives it
    object/float there): those parts do not vote, and the reader casts them.
    """
    folder.mkdir(parents=True, exist_ok=True)
    if not schemas:
        return
    infos = [json.loads((s.metadata or {}).get(b"marsad", b"{}")) for s in schemas]
    ref = max(range(len(schemas)), key=lambda i: infos[i].get("rows", 0))
    fields = []
    for field in schemas[ref]:
        types = [s.field(field.name).type for s, info in zip(schemas, infos)
                 if field.name in s.names and info.get("rows") and field.name not in info.get("null", [])]
        fields.append(pa.field(field.name, _common_type(types) if types else field.type))
    metadata = {k: v for k, v in (schemas[ref].metadata or {}).items() if k != b"marsad"}
    pq.write_table(pa.schema(fields, metadata=metadata).empty_table(), folder / _SCHEMA_FILE)


def _common_type(types: list[pa.DataType]) -> pa.DataType:
    try:
        return pa.unify_schemas([pa.schema([("x", t)]) for t in types], promote_options="permissive").field("x").type
    except (pa.ArrowTypeError, pa.ArrowInvalid):
        return pa.large_string()  # e.g. text in one part, numbers in another: read both as text


# --------------------------------------------------------------------------- reading

def stored_tables(tables: str | os.PathLike) -> list[str]:
    """Names of the tables stored in a folder written by :func:`marsad.analyze`."""
    tables = Path(tables)
    names = [p.name for p in sorted(tables.iterdir()) if p.is_dir() and (p / _SCHEMA_FILE).exists()]
    names += [p.stem for p in sorted(tables.glob("*.parquet")) if p.stem not in names]  # older single-file layout
    return names


def read_table(
    tables: str | os.PathLike, name: str, *, years=None, sources=None, columns: list[str] | None = None,
    where: ds.Expression | None = None,
) -> pd.DataFrame:
    """Read a stored table, optionally only some years, sources or columns.

    Args:
        tables: folder written by :func:`marsad.analyze`.
        name: ``documents``, ``segments``, ``manifest``, ``headlines``, ``mentions`` or ``events``.
        years: keep rows of documents published in these years (ints; ``"unknown"`` for undated).
        sources: keep rows of documents from these sources (names as in ``documents.source``).
        columns: read only these columns.
        where: a further ``pyarrow.dataset`` filter expression.

    Returns:
        The rows in corpus order, with the dtypes the stage produced.

    Raises:
        FileNotFoundError: the table is not in ``tables``.
    """
    folder = Path(tables) / name
    if not (folder / _SCHEMA_FILE).exists():
        legacy = Path(tables) / f"{name}.parquet"
        if legacy.exists():
            return pd.read_parquet(legacy, columns=columns)
        raise FileNotFoundError(f"{tables} holds no {name!r} table; run `marsad analyze` first")
    schema = pq.read_schema(folder / _SCHEMA_FILE)
    partitioned = name != "manifest"
    full = pa.schema(list(schema) + ([pa.field(k, pa.string()) for k in PARTITION_KEYS] if partitioned else []),
                     metadata=schema.metadata)
    dataset = ds.dataset(folder, format="parquet", schema=full, partitioning=_PARTITIONING if partitioned else None)
    filt = where
    if partitioned and years is not None:
        cond = ds.field("doc_year").isin([str(y) for y in _as_list(years)])
        filt = cond if filt is None else filt & cond
    if partitioned and sources is not None:
        cond = ds.field("doc_source").isin([_slug(s) for s in _as_list(sources)])
        filt = cond if filt is None else filt & cond
    wanted = [c for c in (columns or [f.name for f in schema]) if c != ORDER]
    table = dataset.to_table(columns=[*wanted, ORDER], filter=filt)
    table = table.sort_by(ORDER).drop_columns([ORDER])
    return table.replace_schema_metadata(schema.metadata).to_pandas()


def _as_list(value) -> list:
    return [value] if isinstance(value, (str, int)) else list(value)


# --------------------------------------------------------------------------- caching

def fingerprint(root: str | os.PathLike, options: dict) -> str:
    """Hash what the tables depend on: the corpus files (path, size, mtime), the
    options, the marsad version, its code and its package data (``marsad/data``)."""
    from marsad import __version__

    h = hashlib.sha256()
    h.update(json.dumps({"options": options, "version": __version__}, sort_keys=True, default=str).encode())
    root = Path(root).resolve()
    for file in _file_list(root):
        st = file.stat()
        h.update(f"{file.relative_to(root) if root.is_dir() else file.name}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    for folder in (Path(__file__).resolve().parents[1],):
        for file in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            h.update(str(file.relative_to(folder)).encode())
            h.update(hashlib.sha256(file.read_bytes()).digest())
    return h.hexdigest()
