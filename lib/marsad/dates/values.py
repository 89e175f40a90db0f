"""Calendar arithmetic and the value record of one time expression.

Date helpers (month ends, adding months, ISO strings, number words to integers, TIMEX3 duration strings), the
:class:`Timex` record a candidate is resolved into, and the setters that give it a day, a month or a year
(:func:`set_day`, :func:`set_month`, :func:`set_year`); :func:`occurrence` picks the past or coming occurrence of a day.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

import pandas as pd

from marsad.dates.lexicon import DUR_LETTER, ONES, TEEN_HEADS, TENS

__all__ = [
    "add_months",
    "set_day",
    "duration",
    "iso",
    "set_month",
    "month_end",
    "number",
    "occurrence",
    "Timex",
    "to_date",
    "weekday_of",
    "set_year",
]


# --------------------------------------------------------------------------- date helpers
def to_date(value) -> dt.date | None:
    if value is None or value is pd.NaT or (isinstance(value, float) and pd.isna(value)) or value == "":
        return None
    try:
        ts = pd.Timestamp(value)
    except (ValueError, TypeError) as exc:
        raise ValueError(f"cannot read published={value!r} as a date; pass a date, Timestamp or ISO string") from exc
    return None if pd.isna(ts) else ts.date()


def month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def add_months(d: dt.date, months: int) -> tuple[int, int]:
    idx = d.year * 12 + (d.month - 1) + months
    return idx // 12, idx % 12 + 1


def iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def number(text: str) -> int | None:
    text = " ".join(text.split())
    if text.isdigit():
        return int(text)
    total = 0
    for part in re.split(r"\s+و\s*|\s+", text):
        if not part:
            continue
        value = ONES.get(part) or TENS.get(part) or TEEN_HEADS.get(part)
        if value is None:
            return None
        total += value
    return total or None


@dataclass
class Timex:
    start: int
    end: int
    kind: str
    type: str = "DATE"
    value: str = ""
    lo: dt.date | None = None
    hi: dt.date | None = None
    precision: str | None = None
    mod: str | None = None
    rule: str = ""
    anchor: dt.date | None = None
    groups: dict = field(default_factory=dict)


def weekday_of(row: dict) -> int:
    return dt.date.fromisoformat(row["date_start"]).weekday()


def set_day(tx, d: dt.date) -> None:
    tx.lo = tx.hi = d
    tx.value, tx.precision = d.isoformat(), "day"


def set_month(tx, y: int, m: int) -> None:
    tx.lo, tx.hi = dt.date(y, m, 1), month_end(y, m)
    tx.value, tx.precision = f"{y:04d}-{m:02d}", "month"


def set_year(tx, y: int) -> None:
    tx.lo, tx.hi = dt.date(y, 1, 1), dt.date(y, 12, 31)
    tx.value, tx.precision = f"{y:04d}", "year"


def occurrence(days: list[dt.date], tense: str | None, anchor: dt.date) -> dt.date:
    """Of a yearly day's occurrences around the anchor: the last one for a past clause, the coming one for a
    future clause, else the nearest (a feast lasts days: three days of grace)."""
    if tense == "past":
        return max(d for d in days if d <= anchor + dt.timedelta(days=3))
    if tense == "future":
        return min(d for d in days if d >= anchor - dt.timedelta(days=3))
    return min(days, key=lambda d: abs((d - anchor).days))


def duration(n: int, unit: str) -> str:
    if unit in ("hour", "minute", "second"):
        return f"PT{n}{DUR_LETTER[unit]}"
    return f"P{n}{DUR_LETTER[unit]}"
