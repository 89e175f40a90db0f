"""The one CSV writer: every CSV Marsad writes (run tables, explorer exports) goes through :func:`write_csv`.

Scraped text must never reach a spreadsheet as a live formula, so the writer always applies
:func:`csv_safe`; the Parquet tables keep the text unchanged.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import IO

import pandas as pd

__all__ = ["csv_safe", "write_csv"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """Neutralise spreadsheet formulas in text cells (``=HYPERLINK(…)`` from scraped text).

    A text cell that starts with ``= + - @``, a tab or a carriage return gets a leading
    apostrophe, so spreadsheet programs show it as text instead of evaluating it
    (OWASP's advice for CSV injection). Numeric columns are left alone.
    """
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            text = out[col]
            risky = text.map(lambda v: isinstance(v, str) and v.startswith(_FORMULA_START))
            if risky.any():
                out[col] = text.where(~risky, "'" + text.astype(object).where(risky, ""))
    return out


def write_csv(frame: pd.DataFrame, target: str | os.PathLike | IO[str], *, header: bool = True) -> None:
    """Write ``frame`` as UTF-8 CSV (no index) with formula-like text cells neutralised."""
    if isinstance(target, (str, os.PathLike)):
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        csv_safe(frame).to_csv(target, index=False, header=header, encoding="utf-8")
    else:
        csv_safe(frame).to_csv(target, index=False, header=header)
