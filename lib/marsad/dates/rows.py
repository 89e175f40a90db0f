"""Output rows: build one, put it among the others, and the small edits the passes share.

A tagged expression is a dict with the columns of ``TIMEX_COLUMNS``; :func:`new_row` builds one from a normalised
match, :func:`put` inserts it unless it overlaps a longer one, and the helpers here move a row to a given day or
part of day (:func:`on_day`, :func:`after_noon`, :func:`set_day_ahead`) or map a normalised offset back to the text.
"""
from __future__ import annotations

import re

import numpy as np

from marsad.lang.rules import sentence_around
from marsad.lang.text import normalize

__all__ = [
    "after_noon",
    "set_day_ahead",
    "background_day",
    "names_one_day",
    "new_row",
    "norm_at",
    "on_day",
    "put",
    "quote_start",
    "told_part",
]


# --------------------------------------------------------------------------- fifteenth session (dev-16's classes)
def new_row(text: str, offsets, s: int, e: int, type_: str, value: str, rule: str, *, lo: str | None = None,
             hi: str | None = None, precision: str | None = None, mod: str | None = None,
             anchor: str | None = None) -> dict:
    """A row for the normalised span ``s``-``e`` (mapped back to ``text`` through ``offsets``); ``anchor``: the day a
    part of the day or a clock time was read against."""
    start, end = int(offsets[s]), int(offsets[e - 1]) + 1
    while end < len(text) and normalize(text[end]) == "":
        end += 1
    return {"start": start, "end": end, "text": text[start:end], "type": type_, "value": value, "date_start": lo,
            "date_end": hi if hi is not None else lo, "precision": precision, "mod": mod, "rule": rule, "anchor": anchor}


def put(rows: list[dict], row: dict, *, replace: bool = False) -> bool:
    """Insert ``row`` in text order; a row overlapping it is kept (and ``row`` dropped), or removed when ``replace``."""
    over = [r for r in rows if r["start"] < row["end"] and row["start"] < r["end"]]
    if over and not replace:
        return False
    for r in over:
        rows.remove(r)
    rows.insert(next((k for k, r in enumerate(rows) if r["start"] > row["start"]), len(rows)), row)
    return True


def told_part(rows: list[dict], start: int, code: str, day: str) -> str | None:
    """The day a story told part-of-day ``code`` on: the last day named before ``start`` (at most 600 characters back),
    when it is before ``day`` and the text told that part of that day earlier ("فجر السبت … وأعربت مصر السبت … "طالت فجر
    هذا اليوم""); else None."""
    last = next((r for r in reversed(rows) if r["end"] <= start and r["precision"] == "day" and r["date_start"]
                 and not r["rule"].startswith("clock")), None)
    if last is None or start - last["end"] > 600 or last["date_start"][:10] >= day:
        return None
    told = last["date_start"][:10]
    if any(r["type"] == "TIME" and r["value"] == told + code and r["end"] <= start for r in rows):
        return told
    return None


def names_one_day(r: dict) -> bool:
    """A DATE or TIME row that dates one calendar day (YYYY-MM-DD), which a part of the day can belong to."""
    return (r["type"] in ("DATE", "TIME") and r["precision"] == "day" and bool(r["date_start"])
            and re.fullmatch(r"\d{4}-\d\d-\d\d", r["date_start"][:10]) is not None)


def quote_start(text: str, pos: int) -> int | None:
    """Where the quotation holding ``pos`` opens, when one opened on its own line is still open there (an odd number of
    '"' before it, or more « than », “ than ”); else None."""
    start = text.rfind("\n", 0, pos) + 1
    line = text[start:pos]
    if line.count('"') % 2 == 1:
        return start + line.rfind('"')
    for opening, closing in (("«", "»"), ("“", "”")):
        if line.count(opening) > line.count(closing):
            return start + line.rfind(opening)
    return None


def on_day(row: dict, day: str, *, anchor: bool = False) -> None:
    """Move a row to another day (ISO date): the date of its value, its ``date_start`` and ``date_end``, and its
    ``anchor`` when ``anchor`` (a clock row is anchored to its day)."""
    row["value"] = day + row["value"][10:]
    row["date_start"] = row["date_end"] = day
    if anchor:
        row["anchor"] = day


def after_noon(row: dict) -> None:
    """Move a clock row's morning hour (its value's ``THH``, 1 to 11) to the same hour after noon (+12)."""
    hour = int(row["value"][11:13])
    row["value"] = f"{row['value'][:11]}{hour + 12:02d}{row['value'][13:]}"


def norm_at(norm: str, offsets, start: int) -> int:
    """The index in ``norm`` of the text offset ``start`` (offsets are increasing)."""
    return int(np.searchsorted(offsets, start))


# "وأتى هذا الإنذار الخاطئ بعد ضربات شنتها الولايات المتحدة فجر السبت", "وكان الإعلام قد تحدث بعد منتصف ليل الاثنين": a day
# named in a "بعد …" clause or a relative one ("المشروع الذي تم إعلانه الجمعة", "حيث وقع الاعتداء في 14 تموز"; no comma
# between) or in a pluperfect background sentence ("وكان/وكانت … ") is the story's
# background, not the day a later bare part of the day belongs to
_AFTER_IN_CLAUSE = re.compile(r"(?<![^\W\d_])(?:[وف]?بعد|الذي|التي|حيث)(?![^\W\d_])(?!\s+(?:ال)?(?:ظهر|زوال))[^،,؛;:.!?\n]*$")
_BACKGROUND_SENTENCE = re.compile(r"\s*[\"«]?\s*(?:و|ف)?(?:كان|كانت)(?![^\W\d_])")


def background_day(row: dict, text: str) -> bool:
    lo, _ = sentence_around(text, row["start"])
    before = normalize(text[lo:row["start"]])
    return bool(_AFTER_IN_CLAUSE.search(before) or _BACKGROUND_SENTENCE.match(before))


def set_day_ahead(row: dict, day: str) -> None:
    row.update(value=day + row["value"][10:], date_start=day, date_end=day, rule="weekday:ahead_in_past_report")
