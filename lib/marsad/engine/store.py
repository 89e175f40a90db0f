"""The Parquet store: each table a dataset partitioned by its documents' year and source.

::

    <out>/<table>/doc_year=<YYYY|unknown>/doc_source=<slug|unknown>/part-<NNNNN>.parquet
    <out>/<table>/_schema.parquet        the declared schema (an empty table)

``doc_year`` and ``doc_source`` are those of the row's document, so a read can select a period or
an outlet without opening the other files. A hidden ``_row`` column keeps the corpus order
(partition << 32 | row), so tables read back in the same order whichever engine wrote them. Every
table's schema is declared (the base tables here, the stages' in :mod:`marsad.stages`): parts are
written with it, so they never disagree. The manifest is not partitioned.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from marsad.stages.base import DATE, INT, NULLABLE_INT, TEXT, arrow_schema, conform

__all__ = [
    "BASE_COLUMNS", "PARTITION_KEYS", "ORDER", "write_part", "write_schema", "read_table", "stored_tables",
    "staged_dataset", "doc_keys", "slug", "filter_parts",
]

BASE_COLUMNS: dict[str, dict[str, str]] = {
    "documents": {"doc_id": TEXT, "path": TEXT, "source": TEXT, "url": TEXT, "published": DATE, "title": TEXT,
                  "format": TEXT, "category": TEXT, "captured": DATE},
    "segments": {"doc_id": TEXT, "section": TEXT, "position": INT, "text": TEXT, "normalized": TEXT,
                 "duplicate_of": NULLABLE_INT, "credit": TEXT},
    "manifest": {"path": TEXT, "status": TEXT, "reason": TEXT, "format": TEXT, "encoding": TEXT, "documents": INT,
                 "bytes": INT, "warnings": TEXT, "duplicate_of": TEXT},
}
# named doc_* so they never clash with a table's own columns (documents.source, headlines.source)
PARTITION_KEYS = ("doc_year", "doc_source")
ORDER = "_row"
BIG = 1 << 32
SCHEMA_FILE = "_schema.parquet"
_PARTITIONING = ds.partitioning(pa.schema([(k, pa.string()) for k in PARTITION_KEYS]), flavor="hive")
_SLUG = re.compile(r"[^\w.-]+")


def slug(value) -> str:
    """The folder name of a source (``unknown`` when missing)."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "unknown"
    out = _SLUG.sub("-", str(value)).strip("-.").lower()
    return out[:80] or "unknown"


def doc_keys(documents: pd.DataFrame) -> dict[str, tuple[str, str]]:
    """doc_id -> (year, source slug): where each document's rows are stored."""
    years = pd.to_datetime(documents["published"]).dt.year
    return {d: ("unknown" if pd.isna(y) else str(int(y)), slug(s))
            for d, y, s in zip(documents["doc_id"], years, documents["source"])}


def write_part(out: Path, name: str, frame: pd.DataFrame, index: int, keys: dict | None,
               columns: dict[str, str], *, first_row: int = 0, chunk: int = 0) -> tuple[list[str], list[str]]:
    """Write one partition's rows of a table with its declared columns.

    Args:
        out: the run folder.
        name: the table (its folder under ``out``).
        frame: the rows.
        index: the partition (orders the rows: ``_row = index << 32 | row``).
        keys: doc_id -> (year, source); ``None`` writes one unpartitioned file (the manifest).
        columns: the declared columns and dtypes.
        first_row, chunk: a partition read in chunks writes each chunk's rows after the rows of the
            chunks before (``first_row``) into files of its own (``part-NNNNN-CCC.parquet``).

    Returns:
        ``(files written, undeclared columns)``: those are stored as text and listed in the schema.
    """
    frame = conform(frame.reset_index(drop=True), columns, table=name)
    extra = [c for c in frame.columns if c not in columns]
    frame[ORDER] = pd.Series(range(len(frame)), dtype="int64") + (index * BIG + first_row)
    table = pa.Table.from_pandas(frame, schema=_schema_with_order(columns, extra), preserve_index=False)
    folder = out / name
    part = f"part-{index:05d}.parquet" if not chunk else f"part-{index:05d}-{chunk:03d}.parquet"
    if keys is None:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / part
        pq.write_table(table, path)
        return [str(path)], extra
    if not len(frame):
        return [], extra
    groups: dict[tuple[str, str], list[int]] = {}
    for i, doc_id in enumerate(frame["doc_id"].astype(str)):
        groups.setdefault(keys.get(doc_id, ("unknown", "unknown")), []).append(i)
    written = []
    for (year, source), rows in sorted(groups.items()):
        path = folder / f"doc_year={year}" / f"doc_source={source}" / part
        path.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(table.take(pa.array(rows, type=pa.int64())), path)
        written.append(str(path))
    return written, extra


def _schema_with_order(columns: dict[str, str], extra=()) -> pa.Schema:
    schema = arrow_schema({**columns, **{c: TEXT for c in extra}, ORDER: INT})
    return schema


def write_schema(out: Path, name: str, columns: dict[str, str], extra=()) -> None:
    """Write the table's declared schema: an empty table reads with it, parts are cast to it."""
    folder = out / name
    folder.mkdir(parents=True, exist_ok=True)
    pq.write_table(_schema_with_order(columns, sorted(set(extra))).empty_table(), folder / SCHEMA_FILE)


def staged_dataset(folder: Path) -> ds.Dataset:
    """The per-partition rows of a stage with a combine step (with ``doc_year``/``doc_source``)."""
    files = [str(p) for p in sorted(folder.rglob("part-*.parquet"))]
    schema = pq.read_schema(folder / SCHEMA_FILE) if (folder / SCHEMA_FILE).exists() else None
    if schema is not None:
        schema = pa.schema(list(schema) + [pa.field(k, pa.string()) for k in PARTITION_KEYS], metadata=schema.metadata)
    return ds.dataset(files, format="parquet", schema=schema, partitioning=_PARTITIONING,
                      partition_base_dir=str(folder))


def filter_parts(src: Path, dst: Path, where: ds.Expression) -> int:
    """Copy the rows of a staged table that match ``where`` into a table, file by file (bounded memory)."""
    count = 0
    for path in sorted(src.rglob("part-*.parquet")):
        table = pq.read_table(path).filter(where)
        if table.num_rows:
            target = dst / path.relative_to(src)
            target.parent.mkdir(parents=True, exist_ok=True)
            pq.write_table(table, target)
            count += table.num_rows
    return count


# --------------------------------------------------------------------------- reading

def stored_tables(tables: str | os.PathLike) -> list[str]:
    """Names of the tables stored in a folder written by :func:`marsad.analyze`."""
    tables = Path(tables)
    if not tables.is_dir():
        return []
    return [p.name for p in sorted(tables.iterdir())
            if p.is_dir() and not p.name.startswith((".", "_")) and (p / SCHEMA_FILE).exists()]


def read_table(
    tables: str | os.PathLike, name: str, *, years=None, sources=None, columns: list[str] | None = None,
    where: ds.Expression | None = None,
) -> pd.DataFrame:
    """Read a stored table, optionally only some years, sources or columns.

    Args:
        tables: folder written by :func:`marsad.analyze`.
        name: ``documents``, ``segments``, ``manifest`` or a stage's table (``marsad.stages.STAGES``).
        years: keep rows of documents published in these years (ints; ``"unknown"`` for undated).
        sources: keep rows of documents from these sources (names as in ``documents.source``).
        columns: read only these columns.
        where: a further ``pyarrow.dataset`` filter expression.

    Returns:
        The rows in corpus order, with the declared dtypes.

    Raises:
        FileNotFoundError: the table is not in ``tables``.
    """
    folder = Path(tables) / name
    if not (folder / SCHEMA_FILE).exists():
        raise FileNotFoundError(f"{tables} holds no {name!r} table; run `marsad analyze` first")
    schema = pq.read_schema(folder / SCHEMA_FILE)
    partitioned = name != "manifest"
    full = pa.schema(list(schema) + ([pa.field(k, pa.string()) for k in PARTITION_KEYS] if partitioned else []),
                     metadata=schema.metadata)
    dataset = ds.dataset(folder, format="parquet", schema=full, partitioning=_PARTITIONING if partitioned else None,
                         exclude_invalid_files=False, ignore_prefixes=["_", "."])
    filt = where
    if partitioned and years is not None:
        cond = ds.field("doc_year").isin([str(y) for y in _as_list(years)])
        filt = cond if filt is None else filt & cond
    if partitioned and sources is not None:
        cond = ds.field("doc_source").isin([slug(s) for s in _as_list(sources)])
        filt = cond if filt is None else filt & cond
    wanted = [c for c in (columns or [f.name for f in schema]) if c != ORDER]
    table = dataset.to_table(columns=[*wanted, ORDER], filter=filt)
    table = table.sort_by(ORDER).drop_columns([ORDER])
    return table.replace_schema_metadata(schema.metadata).to_pandas()


def _as_list(value) -> list:
    return [value] if isinstance(value, (str, int)) else list(value)
