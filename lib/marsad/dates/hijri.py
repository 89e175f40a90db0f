"""Hijri (Umm al-Qura) dates and Islamic holidays resolved to Gregorian intervals.

Uses ``hijridate`` (imported lazily) for a Hijri month, year or day; an Islamic holiday named without a year takes
the occurrence around the anchor that the clause's tense points to.
"""
from __future__ import annotations

import datetime as dt
import re

from marsad.dates.lexicon import HIJRI_MONTHS, NEXT, PAST
from marsad.dates.tense import tense_before
from marsad.dates.values import set_day, occurrence

__all__ = ["resolve_hijri", "resolve_hijri_day", "resolve_hijri_year"]


def resolve_hijri(tx, anchor) -> None:
    from hijridate import Gregorian, Hijri

    g = tx.groups
    mon = HIJRI_MONTHS[" ".join(g["hmon"].split())]
    if g.get("y"):
        hy = int(g["y"])
        tx.anchor = None
    elif anchor is not None:
        cur = Gregorian(anchor.year, anchor.month, anchor.day).to_hijri()
        rel = g.get("rel") or ""
        hy = cur.year
        if re.fullmatch(PAST, rel) and mon >= cur.month:
            hy -= 1
        elif re.fullmatch(NEXT, rel) and mon <= cur.month:
            hy += 1
    else:
        tx.value, tx.precision = f"XXXX-{mon:02d}" + (f"-{int(g['d']):02d}" if g.get("d") else ""), (
            "day" if g.get("d") else "month")
        tx.rule = "hijri"
        return
    try:
        if g.get("d"):
            d = Hijri(hy, mon, int(g["d"])).to_gregorian()
            set_day(tx, dt.date(d.year, d.month, d.day))
        else:
            first = Hijri(hy, mon, 1)
            last = Hijri(hy, mon, first.month_length()).to_gregorian()
            f = first.to_gregorian()
            tx.lo, tx.hi = dt.date(f.year, f.month, f.day), dt.date(last.year, last.month, last.day)
            tx.value, tx.precision = f"{tx.lo.year:04d}-{tx.lo.month:02d}", "month"
    except (ValueError, OverflowError):  # outside hijridate's Umm al-Qura range (1343-1500 AH)
        tx.value, tx.precision = f"H{hy}-{mon:02d}", "month"
    tx.rule = "hijri"


def resolve_hijri_year(tx, hy: int) -> None:
    from hijridate import Hijri

    tx.rule, tx.anchor = "hijri", None
    try:
        f = Hijri(hy, 1, 1).to_gregorian()
        last = Hijri(hy, 12, Hijri(hy, 12, 1).month_length()).to_gregorian()
        tx.lo, tx.hi = dt.date(f.year, f.month, f.day), dt.date(last.year, last.month, last.day)
        tx.value, tx.precision = f"H{hy}", "year"
    except (ValueError, OverflowError):
        tx.value, tx.precision = f"H{hy}", "year"


def resolve_hijri_day(tx, norm: str, anchor, hmon: int, hday: int) -> None:
    """An Islamic holiday (عيد الفطر = 1 Shawwal): of the occurrences around the anchor, the last one for a past
    clause, the coming one for a future clause, else the nearest (a feast lasts days: three days of grace)."""
    from hijridate import Gregorian, Hijri

    tx.rule = "named_day:hijri"
    if anchor is None:
        tx.value, tx.precision = "XXXX-XX-XX", "day"
        return
    try:
        hy = Gregorian(anchor.year, anchor.month, anchor.day).to_hijri().year
        days = []
        for y in (hy - 1, hy, hy + 1):
            g = Hijri(y, hmon, hday).to_gregorian()
            days.append(dt.date(g.year, g.month, g.day))
    except (ValueError, OverflowError):
        tx.value, tx.precision = "XXXX-XX-XX", "day"
        return
    tense = tense_before(norm, tx.start)
    if _PURPOSE_BEFORE.search(norm, max(0, tx.start - 60), tx.start):
        tense = "future"  # "شارك في تصوير فيلم من أجل عرضه في موسم عيد الأضحى": the feast the act is for lies ahead
    set_day(tx, occurrence(days, tense, anchor))


# A purpose phrase, then a few words of its own (no clause break), right before a yearly day: "من أجل عرضه في موسم"
_PURPOSE_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:من\s+اجل|لاجل|بهدف|استعدادا\s+ل[^\W\d_]*)\s+(?:[^\W\d_]+\s+){0,4}$")
