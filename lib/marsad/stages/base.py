"""What a stage declares: its name, inputs, output schema, typed options, per-partition function, combine step.

A stage is declared once (:class:`Stage`) and registered in :mod:`marsad.stages`; the engine, the
run object, the command line and the output cleaning all read the registry, so adding a stage is one
module and one registry entry. Options are a frozen dataclass (:class:`Options`) checked before any
output is touched: an unknown option or a value of the wrong type is one :class:`OptionError`.
"""
from __future__ import annotations

import dataclasses
import math
import re
import types
import typing
from dataclasses import dataclass
from typing import Any, Callable

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds

__all__ = [
    "Stage", "Options", "OptionError", "Staged", "TEXT", "INT", "NULLABLE_INT", "FLOAT", "DATE",
    "conform", "empty_frame", "arrow_schema",
]

# pandas dtypes a schema may declare (column -> dtype); Parquet stores them as the matching Arrow types.
TEXT, INT, NULLABLE_INT, FLOAT, DATE = "str", "int64", "Int64", "float64", "datetime64[ms]"


class OptionError(ValueError):
    """A stage option is unknown or has a value of the wrong type (raised before a run starts)."""


@dataclass(frozen=True)
class Options:
    """Base of a stage's options: a frozen dataclass whose fields are the keyword options.

    Supported field types: ``bool``, ``int``, ``float``, ``str``, ``tuple[str, ...]`` and
    ``X | None``. Subclasses may add :meth:`check` for value rules (a range, an ISO code).
    """

    @classmethod
    def from_dict(cls, stage: str, values: dict | None) -> "Options":
        """Build the options of ``stage`` from plain values (JSON or CLI), defaults filled in.

        Raises:
            OptionError: an unknown option, a value of the wrong type, or one :meth:`check` refuses.
        """
        values = dict(values or {})
        if not isinstance(values, dict):
            raise OptionError(f"options of stage {stage!r} must be a mapping of option names to values")
        hints = typing.get_type_hints(cls)
        known = [f.name for f in dataclasses.fields(cls)]
        unknown = [k for k in values if k not in known]
        if unknown:
            raise OptionError(f"stage {stage!r} has no option {', '.join(map(repr, unknown))}; "
                              f"its options: {', '.join(known) or '(none)'}")
        coerced = {k: _coerce(f"{stage}.{k}", v, hints[k]) for k, v in values.items()}
        options = cls(**coerced)
        options.check(stage)
        return options

    def check(self, stage: str) -> None:
        """Refuse values of the right type but outside the allowed range (override)."""

    def as_dict(self) -> dict:
        """The options as JSON-friendly values (tuples become lists), defaults included."""
        return {f.name: list(v) if isinstance(v := getattr(self, f.name), tuple) else v
                for f in dataclasses.fields(self)}


def _coerce(name: str, value, hint):
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        inner = [a for a in args if a is not type(None)]
        return _coerce(name, value, inner[0]) if len(inner) == 1 else value
    if hint is bool:
        if isinstance(value, bool):
            return value
        raise OptionError(f"option {name} must be true or false, not {value!r}")
    if hint is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise OptionError(f"option {name} must be a whole number, not {value!r}")
    if hint is float:
        if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
            return float(value)
        raise OptionError(f"option {name} must be a finite number, not {value!r}")
    if hint is str:
        if isinstance(value, str):
            return value
        raise OptionError(f"option {name} must be text, not {value!r}")
    if origin is tuple:
        if isinstance(value, str) and value.strip() and not value.lstrip().startswith("["):
            value = [v for v in re.split(r"[,\s]+", value.strip()) if v]  # "KP,VN" or "KP VN" on a command line
        if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
            return tuple(value)
        raise OptionError(f"option {name} must be a list of strings (e.g. KP,VN or '[\"KP\", \"VN\"]'), "
                          f"not {value!r}")
    raise OptionError(f"option {name} has a type the engine cannot check ({hint!r})")  # a declaration bug


# --------------------------------------------------------------------------- schemas

def empty_frame(columns: dict[str, str]) -> pd.DataFrame:
    """An empty DataFrame with the declared columns and dtypes."""
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in columns.items()})


def arrow_schema(columns: dict[str, str]) -> pa.Schema:
    """The Arrow schema (with pandas metadata, so reads give back the declared dtypes)."""
    return pa.Schema.from_pandas(empty_frame(columns), preserve_index=False)


def conform(frame: pd.DataFrame, columns: dict[str, str], *, table: str) -> pd.DataFrame:
    """Give ``frame`` exactly the declared columns, in order, with the declared dtypes.

    Columns the declaration lacks are kept after the declared ones as text (a stage that grew a
    column still runs; declare it to give it a type). A declared column the frame lacks is all-null.

    Raises:
        TypeError: a column's values cannot take the declared dtype.
    """
    out = {}
    n = len(frame)
    for col, dtype in columns.items():
        if col not in frame:
            out[col] = pd.Series([None] * n, dtype=dtype if dtype != INT else NULLABLE_INT, index=frame.index)
            continue
        values = frame[col]
        try:
            if dtype == TEXT:
                values = _as_text(values)
            elif dtype == DATE:
                values = pd.to_datetime(values, errors="raise").astype(DATE)
            elif str(values.dtype) != dtype:
                values = values.astype(dtype)
        except (TypeError, ValueError) as exc:
            raise TypeError(f"column {col!r} of table {table!r} does not fit its declared dtype {dtype}: {exc}") from None
        out[col] = values
    for col in frame.columns:
        if col not in columns:
            out[col] = _as_text(frame[col])
    return pd.DataFrame(out, index=frame.index)


def _as_text(values: pd.Series) -> pd.Series:
    if values.dtype == object:
        values = values.map(lambda v: "; ".join(map(str, v)) if isinstance(v, (list, tuple)) else v)
    if pd.api.types.is_datetime64_any_dtype(values):
        raise TypeError("dates where text is declared")
    return values.astype(TEXT)


# --------------------------------------------------------------------------- staged rows for combine steps

class Staged:
    """The per-partition rows of a stage with a combine step, read by that step (in memory or stored)."""

    def __init__(self, source: pa.Table | ds.Dataset):
        self._source = source

    @classmethod
    def from_frame(cls, frame: pd.DataFrame) -> "Staged":
        return cls(pa.Table.from_pandas(frame, preserve_index=False))

    def count(self, where: ds.Expression | None = None) -> int:
        """Rows (matching ``where``)."""
        if isinstance(self._source, pa.Table):
            return self._source.num_rows if where is None else self._source.filter(where).num_rows
        return self._source.count_rows(filter=where)

    def read(self, *, columns: list[str] | None = None, where: ds.Expression | None = None) -> pd.DataFrame:
        """Rows (matching ``where``), in corpus order."""
        if isinstance(self._source, pa.Table):
            table = self._source if where is None else self._source.filter(where)
            table = table.select(columns) if columns else table
        else:
            order = "_row" if "_row" in self._source.schema.names else None
            wanted = None if columns is None else [*columns, *([order] if order and order not in columns else [])]
            table = self._source.to_table(columns=wanted, filter=where)
            if order:
                table = table.sort_by(order)
            if columns is None:  # the stage's own columns: not the store's order and partition keys
                table = table.drop_columns([c for c in ("_row", "doc_year", "doc_source") if c in table.column_names])
            elif order and order not in columns:
                table = table.drop_columns([order])
        return table.to_pandas()


# --------------------------------------------------------------------------- the declaration

@dataclass(frozen=True)
class Stage:
    """One analysis stage, declared once.

    Attributes:
        name: the stage and its table's name.
        needs: tables its function reads: ``documents``, ``segments`` and/or other stages
            (their per-partition rows, before any combine step).
        columns: the written table's columns and pandas dtypes.
        options: the :class:`Options` subclass of its keyword options.
        run: ``run(corpus, inputs, options) -> DataFrame``: the rows of one partition
            (``inputs`` maps each needed stage to its rows of the same partition).
        combine: optional ``combine(staged, options) -> DataFrame | Expression``, run once over the
            rows of every partition (a :class:`Staged`): either the final table or a filter of the
            staged rows to keep.
        staged_columns: the per-partition rows' schema when a combine step changes it.
        description: one line for ``--help`` and the report.
    """

    name: str
    needs: tuple[str, ...]
    columns: dict[str, str]
    options: type[Options]
    run: Callable[[Any, dict, Options], pd.DataFrame]
    combine: Callable[[Staged, Options], Any] | None = None
    staged_columns: dict[str, str] | None = None
    description: str = ""
    default: bool = True

    @property
    def partition_columns(self) -> dict[str, str]:
        """The schema of the rows the per-partition function returns."""
        return self.staged_columns or self.columns

    def compute(self, corpus, inputs: dict, options: Options) -> pd.DataFrame:
        """Run the whole stage on an in-memory corpus: per-partition rows, then the combine step."""
        rows = conform(self.run(corpus, inputs, options), self.partition_columns, table=self.name)
        if self.combine is None:
            return rows.reset_index(drop=True)
        return finish_combine(self, self.combine(Staged.from_frame(rows), options), rows)


def finish_combine(stage: Stage, result, rows: pd.DataFrame) -> pd.DataFrame:
    """Apply a combine step's result in memory: a filter of the staged rows or the final table."""
    if isinstance(result, ds.Expression):
        kept = pa.Table.from_pandas(rows.reset_index(drop=True), preserve_index=False).filter(result)
        return conform(kept.to_pandas(), stage.columns, table=stage.name).reset_index(drop=True)
    return conform(result, stage.columns, table=stage.name).reset_index(drop=True)

