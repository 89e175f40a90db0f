"""Resolve named calendar periods: a month's year, decades, centuries, quarters, seasons, named days.

The year of a month named without one follows the tense of its clause and the nearer occurrence
(:func:`month_year`, with a weekday that shows a mistyped year, :func:`typo_year`); the other resolvers turn a
decade, century, quarter, season, week of a month, named day or dated event into an interval, and
:func:`apply_modifier` narrows one to its start, middle or end ("مطلع", "منتصف", "أواخر").
"""
from __future__ import annotations

import datetime as dt
import re

from marsad.dates.cues import (
    COUNT_AFTER,
    COUNT_BEFORE,
    EXPECT,
    HALF_BEFORE,
    MODIFIER_BEFORE,
    SEASONS,
    SINCE_BEFORE,
    YEAR_IN_SENTENCE,
)
from marsad.dates.hijri import resolve_hijri_day
from marsad.dates.lexicon import (
    CENTURY_ORDINALS,
    DECADES,
    MONTHS,
    NAMED_DAYS,
    NEXT,
    PAST,
    QUARTER_ORDINALS,
    THIS,
    WEEKDAYS,
)
from marsad.dates.tense import sentence_before, sentence_text, tense_before
from marsad.dates.values import add_months, set_day, month_end, occurrence

__all__ = [
    "apply_modifier",
    "FOR_YEAR_BEFORE",
    "month_year",
    "resolve_century",
    "resolve_decade",
    "resolve_month_week",
    "resolve_named_day",
    "resolve_quarter",
    "resolve_season",
    "typo_year",
]

# "لعام 2016", "للعام 2018", "لسنة 2017", "ل2016": the year a title, an award, a budget or a season is for, not the
# time of the sentence's events ("أفضل لاعب لعام 2016 … تصدر العناوين في نهاية يناير" in March 2018 is this January)
FOR_YEAR_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?ل(?:ل?(?:عام|سنه)\s+)?$")


_DELIVERY_BEFORE = re.compile(r"(?<![^\W\d_])(?:تسليم|لتسليم|عقود|لعقود)\s+(?:شهر\s+)?$")


def month_year(mon: int, g: dict, anchor: dt.date | None, tx, norm: str | None = None) -> int | None:
    """Year of a month name: explicit, or the previous/next/current one relative to the anchor."""
    if g.get("y"):
        tx.anchor = None
        tx.rule += ":explicit"
        return int(g["y"])
    if anchor is None:
        return None
    rel = g.get("rel") or ""
    # A day of the reference month itself: "4 مارس الماضي" in a 23 March article is this March's 4th (the
    # press says الماضي/المقبل of an earlier/later day of the current month), "28 مارس المقبل" on 10 March too.
    day = int(g["d"]) if g.get("d") else None
    if re.fullmatch(PAST, rel):
        tx.rule += ":past"
        same = mon == anchor.month and day is not None and day < anchor.day
        return anchor.year if mon < anchor.month or same else anchor.year - 1
    if re.fullmatch(NEXT, rel):
        tx.rule += ":next"
        same = mon == anchor.month and day is not None and day > anchor.day
        return anchor.year if mon > anchor.month or same else anchor.year + 1
    if rel:  # "الجاري", "الحالي"
        tx.rule += ":current"
        return anchor.year
    # A bare month: the last or the next one, whichever the sentence's tense points to;
    # without a tense sign, the nearer of the two (a December schedule of January
    # dates is next year's, a "December" in a February report last year's).
    if mon == anchor.month:
        tx.rule += ":bare"
        return anchor.year
    if norm is not None:
        before = sentence_before(norm, tx.start)
        # a year of the sentence, not a count ("أجلت نحو 2000 شخص ... في الثالث من مايو")
        years = [y.group(1) for y in YEAR_IN_SENTENCE.finditer(before)
                 if not COUNT_AFTER.match(before, y.end())
                 and not COUNT_BEFORE.search(before, max(0, y.start() - 12), y.start())
                 and not FOR_YEAR_BEFORE.search(before, max(0, y.start() - 12), y.start())]
        if years:  # "زيادة الأجور خلال 2018 (... في تشرين الأول)"
            tx.rule += ":sentence-year"
            return int(years[-1])
    if norm is not None and _DELIVERY_BEFORE.search(norm, max(0, tx.start - 24), tx.start):
        tx.rule += ":delivery"  # "ارتفع سعر الخام تسليم أيار/مايو" in April: a contract's month is this one or ahead
        return anchor.year if mon >= anchor.month else anchor.year + 1
    tense = tense_before(norm, tx.start) if norm is not None else None
    if norm is not None and SINCE_BEFORE.search(norm, max(0, tx.start - 24), tx.start):
        tense = "past"  # "منذ 30 آذار", "منذ مطلع فبراير": a "since" points back
    story = g.get("story")
    if story is not None and tense != "future" and mon >= story.month:
        # "… في أيار/مايو من عام 1958. واستمر الصراع حتى انتخاب شهاب في تموز/يوليو": a past story told with
        # written years goes on in the same year when the next sentence names a later month without one
        tx.rule += ":story-year"
        return story.year
    past_y = anchor.year if mon < anchor.month else anchor.year - 1
    next_y = anchor.year if mon > anchor.month else anchor.year + 1
    if tense == "future":
        tx.rule += ":bare-future"
        if g.get("d"):
            try:
                recent = 0 < (anchor - dt.date(past_y, mon, int(g["d"]))).days <= 3
            except ValueError:
                recent = False
            if recent:  # "ستوقف العمليات بدءا من 31 يوليو" told on 1 August: the day just reached, not next year's
                return past_y
        elif (anchor.month - mon) % 12 == 1 or (anchor.month - mon) % 12 in (2, 3) and norm is not None and re.search(
                r"%|بالمئه|بالمائه|نسبه|نموا?|عجزا?|فائضا?|مليار|مليون", sentence_text(norm, tx.start)):
            # "يتوقعون أن تسجل الوزارة عجزا في مايو" told in June, "ويتوقع أن يسجل الاقتصاد نموا بنسبة 6,7% في الفترة من
            # يناير حتى مارس" told in April: a period just ended, its figures ahead
            return past_y
        return next_y
    if tense == "past":
        tx.rule += ":bare-past"
        return past_y
    day = int(g["d"]) if g.get("d") else 15
    def gap(y):
        try:
            return abs((dt.date(y, mon, min(day, 28)) - anchor).days)
        except ValueError:
            return 10**6
    tx.rule += ":bare-near"
    return next_y if gap(next_y) < gap(past_y) - 90 else past_y


def typo_year(year: int, mon: int, d: int, wd_text: str, anchor: dt.date, tx, norm: str) -> int:
    """A written year that contradicts the clause: a coming event ("سينقطع التيار يوم الأحد 16 أفريل 2016" in an
    April 2017 article) cannot lie before the text was written. When the date is in the past, the clause is in the
    future tense and the named weekday does not fall on the written date but does on the same day and month of
    the reference year or the next, the year is a slip of the pen and that year is taken."""
    wd = WEEKDAYS[re.sub(r"^يومي?\s+", "", " ".join(wd_text.split()))]
    try:
        written = dt.date(year, mon, d)
    except ValueError:
        return year
    if written >= anchor or written.weekday() == wd or tense_before(norm, tx.start) != "future":
        return year
    for y in (anchor.year, anchor.year + 1):
        try:
            day = dt.date(y, mon, d)
        except ValueError:
            continue
        if day >= anchor - dt.timedelta(days=1) and day.weekday() == wd:
            tx.rule += "+year-slip"
            return y
    return year


def resolve_decade(tx, anchor) -> None:
    g = tx.groups
    digit = DECADES[g["dec"]]
    century = 19  # a bare "الخمسينيات" in news means the 1950s
    ordinal = " ".join((g.get("ord") or "").split())
    past = bool(re.fullmatch(PAST, ordinal))
    if past:
        if anchor is None:
            tx.value, tx.precision, tx.rule = f"XX{digit}", "decade", "decade"
            return
        century = (anchor.year - 1) // 100 - 1  # 2024 is in the 21st century; the last one is the 1900s
    elif ordinal:
        num = re.search(r"\d+", ordinal)
        n = int(num.group()) if num else CENTURY_ORDINALS.get(ordinal)
        if n:
            century = n - 1
    start = century * 100 + digit * 10
    tx.lo, tx.hi = dt.date(start, 1, 1), dt.date(start + 9, 12, 31)
    tx.value, tx.precision, tx.rule = f"{start // 10}", "decade", "decade"
    if not past:
        tx.anchor = None


def resolve_century(tx, anchor) -> None:
    c = " ".join(tx.groups["c"].split())
    tx.rule = "century"
    if re.fullmatch(PAST, c) or re.fullmatch(THIS, c):
        if anchor is None:
            tx.value, tx.precision = "XX", "century"
            return
        n = (anchor.year - 1) // 100 + 1  # ordinal of the anchor's century (2024 -> 21)
        n = n - 1 if re.fullmatch(PAST, c) else n
    else:
        tx.anchor = None
        num = re.search(r"\d+", c)
        n = int(num.group()) if num else CENTURY_ORDINALS.get(c)
        if not n:
            return
    start = (n - 1) * 100
    # TimeML writes the 20th century as "19" (the years 1900-1999).
    tx.lo, tx.hi = dt.date(max(start, 1), 1, 1), dt.date(start + 99, 12, 31)
    tx.value, tx.precision = f"{n - 1:02d}", "century"


def resolve_quarter(tx, anchor, norm: str = "") -> None:
    """الربع الأول من العام الجاري -> 2018-Q1; النصف الثاني من 2017 -> 2017-H2."""
    g = tx.groups
    half = g["q"] == "النصف"
    n = QUARTER_ORDINALS[" ".join(g["ord"].split())] or (2 if half else 4)
    if half and n > 2:
        tx.kind = "reject"
        return
    tx.rule = "quarter"
    if g.get("y"):
        y, tx.anchor = int(g["y"]), None
    elif anchor is None:
        tx.value = f"XXXX-{'H' if half else 'Q'}{n}"
        return
    else:
        rel = g.get("rel") or ""
        y = anchor.year - 1 if re.fullmatch(PAST, rel) else anchor.year + 1 if re.fullmatch(NEXT, rel) else anchor.year
    months = 6 if half else 3
    first = (n - 1) * months + 1
    if (not (g.get("y") or g.get("rel") or g.get("this") or g.get("yw")) and anchor is not None
            and month_end(y, first + months - 1) > anchor and tense_before(norm, tx.start) != "future"
            and not EXPECT.search(sentence_before(norm, tx.start))):
        y -= 1  # results of a bare "الربع الرابع" in a February report are last year's
    tx.lo, tx.hi = dt.date(y, first, 1), month_end(y, first + months - 1)
    tx.value, tx.precision = f"{y}-{'H' if half else 'Q'}{n}", "quarter"


def resolve_named_day(tx, norm: str, anchor) -> None:
    """A day with a fixed date (or Easter): its year as for a day–month named without one. "ليلة" + the named day is
    its eve, the night before it (New Year's Eve is the night of 31 December), a TIME."""
    _resolve_named_date(tx, norm, anchor)
    if tx.groups.get("night"):
        tx.type = "TIME"
        if tx.lo is not None:
            set_day(tx, tx.lo - dt.timedelta(days=1))
            tx.value += "TNI"
        else:
            tx.value = tx.value.split("T")[0] + "TNI"


def _resolve_named_date(tx, norm: str, anchor) -> None:
    spec = NAMED_DAYS[" ".join(tx.groups["name"].split())]
    if spec.startswith("easter"):  # "easter", "easter:-7" (Palm Sunday): days from Western Easter
        from dateutil.easter import easter

        shift = dt.timedelta(days=int(spec.partition(":")[2] or 0))
        if tx.groups.get("y"):
            set_day(tx, easter(int(tx.groups["y"])) + shift)
            tx.anchor, tx.rule = None, "named_day:explicit"
        elif anchor is None:
            tx.value, tx.precision = "XXXX-XX-XX", "day"
        else:  # the occurrence the clause points to, as for an Islamic holiday
            set_day(tx, occurrence([easter(y) + shift for y in (anchor.year - 1, anchor.year, anchor.year + 1)],
                                 tense_before(norm, tx.start), anchor))
        return
    if spec.startswith("hijri:"):
        resolve_hijri_day(tx, norm, anchor, *map(int, spec[6:].split("-")))
        return
    mon, d = map(int, spec.split("-"))
    year = month_year(mon, dict(tx.groups, d=str(d)), anchor, tx, norm)
    if year is None:
        tx.value, tx.precision = f"XXXX-{mon:02d}-{d:02d}", "day"
    else:
        set_day(tx, dt.date(year, mon, d))


def resolve_month_week(tx, norm: str, anchor) -> None:
    """"الأسبوع الأول من مارس": the ISO week holding that month's 4th (11th, 18th, 25th; the last week: its
    last day minus 3), so the week that has most of its days in the month."""
    g = tx.groups
    ord_ = g["ord"]
    first = 25 if ord_ == "الاخير" else 4 + 7 * ("الاول", "الثاني", "الثالث", "الرابع").index(ord_)
    if g.get("mon"):
        mon = MONTHS[" ".join(g["mon"].split())]
        year = month_year(mon, dict(g, d=str(first)), anchor, tx, norm)
    elif not (g.get("this") or g.get("mrel")) or anchor is None:  # "الأسبوع الأول من الشهر": of which month?
        tx.kind = "reject"
        return
    else:  # "الأسبوع الأول من الشهر الجاري / المقبل / الماضي"
        rel = g.get("mrel") or ""
        year, mon = add_months(anchor, -1 if re.fullmatch(PAST, rel) else 1 if re.fullmatch(NEXT, rel) else 0)
    tx.rule = "month_week"
    if year is None:
        tx.value, tx.precision = f"XXXX-{mon:02d}", "month"
        return
    day = (month_end(year, mon) - dt.timedelta(days=3) if ord_ == "الاخير"
           else dt.date(year, mon, 4 + 7 * ("الاول", "الثاني", "الثالث", "الرابع").index(ord_)))
    iy, iw, _ = day.isocalendar()
    monday = day - dt.timedelta(days=day.weekday())
    tx.lo, tx.hi = monday, monday + dt.timedelta(days=6)
    tx.value, tx.precision = f"{iy}-W{iw:02d}", "week"


def resolve_season(tx, anchor, norm: str = "") -> None:
    g = tx.groups
    code, month = SEASONS[g["s"].removeprefix("ال")]
    if g.get("y"):
        y = int(g["y"])
        tx.anchor = None
    elif anchor is None:
        tx.value = f"XXXX-{code}"
        return
    else:
        rel = g.get("rel") or ""
        y = anchor.year
        # "الصيف المقبل" is the next summer not yet begun (in March, this year's), "الشتاء الماضي" the last one
        # already over (in March 2018, the winter of December 2017)
        if re.fullmatch(NEXT, rel):
            y = anchor.year if dt.date(anchor.year, month, 1) > anchor else anchor.year + 1
        elif re.fullmatch(PAST, rel):
            y = anchor.year if month_end(*add_months(dt.date(anchor.year, month, 1), 2)) < anchor else anchor.year - 1
    lo = dt.date(y, month, 1)
    hy, hm = add_months(lo, 2)
    tx.lo, tx.hi = lo, month_end(hy, hm)
    tx.value, tx.precision, tx.rule = f"{y}-{code}", "approximate", "season"


def apply_modifier(tx, norm: str) -> None:
    """Extend a date with a preceding vague modifier (مطلع، منتصف، أواخر) and narrow its interval."""
    if tx.type != "DATE" or tx.precision not in ("month", "year", "decade", "century", "millennium", "week"):
        return
    m = MODIFIER_BEFORE.search(norm, max(0, tx.start - 30), tx.start)
    h = (HALF_BEFORE.search(norm, max(0, tx.start - 30), tx.start)
         if not m and tx.precision in ("century", "decade") else None)
    if h:
        # "النصف الثاني من القرن العشرين": a half or quarter of a century or decade (TimeML has no such value:
        # the period with START, MID or END, and the interval that half or quarter)
        n = 2 if h.group("h") == "النصف" else 4
        k = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الاخير": n}[h.group("o")]
        if k > n:
            return
        tx.start, tx.mod = h.start("h"), "START" if k == 1 else "END" if k == n else "MID"
        tx.rule += f"+{tx.mod.lower()}"
        if tx.lo is not None and tx.hi is not None:
            span = (tx.hi - tx.lo).days + 1
            tx.lo, tx.hi = tx.lo + dt.timedelta(days=span * (k - 1) // n), tx.lo + dt.timedelta(days=span * k // n - 1)
            tx.precision = "approximate"
        return
    if not m:
        return
    word = m.group("m")
    mod = ("START" if word in ("مطلع", "اوائل", "بدايه", "بدايات", "مستهل", "اول")
           else "MID" if word in ("منتصف", "اواسط", "وسط") else "END")
    tx.start = m.start("m")
    tx.mod = mod
    tx.rule += f"+{mod.lower()}"
    if tx.lo is None or tx.hi is None:
        return
    # An honest interval: the first, middle or last third of the period.
    span = (tx.hi - tx.lo).days + 1
    third = span // 3
    if mod == "START":
        tx.hi = tx.lo + dt.timedelta(days=third - 1)
    elif mod == "MID":
        tx.lo, tx.hi = tx.lo + dt.timedelta(days=third), tx.lo + dt.timedelta(days=2 * third - 1)
    else:
        tx.lo = tx.hi - dt.timedelta(days=third - 1)
    tx.precision = "approximate"
