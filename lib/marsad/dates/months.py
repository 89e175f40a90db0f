"""Passes for months and years: restated dates, ranges, wars, a month of a told year, named again.

A date restated in another calendar ("الموافق") is merged; a month range takes the year its end names; a war is
dated by its name; a month or day named again takes the year of the story; years in words and by their calendar.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

from marsad.dates.cues import PAST_VERB, REPORT_PERFECT
from marsad.dates.lexicon import alt, HIJRI_MONTHS, HMONTH, LEX, NUMWORD, TEEN_HEADS
from marsad.dates.rows import names_one_day, new_row, put
from marsad.dates.values import add_months, month_end, number
from marsad.lang.rules import sentence_around
from marsad.lang.text import normalize, normalize_map

__all__ = [
    "bare_month_after_a_perfect",
    "coming_month_named_again",
    "day_month_named_again",
    "day_of_same_month",
    "decades_in_figures",
    "hijri_month_of_a_year",
    "merge_restated_dates",
    "month_of_a_name",
    "month_of_relative_year",
    "month_of_that_year",
    "month_range_year",
    "movable_day_given_a_date",
    "named_wars",
    "relative_year_with_its_figure",
    "same_day_month_again",
    "story_month_year",
    "this_day_in_a_year",
    "year_before_the_named_one",
    "year_ending",
    "year_of_the_calendar",
    "years_in_words",
]

# "الموافق": a Hijri date (or a day named by a deictic) restated in the Gregorian calendar is one date, the Gregorian one
_SAME_DAY_GAP = re.compile(r"\s*[،,]?\s*(?:و\s*)?(?:الموافق|الموافقه|الموافق\s+ل|الموافقه\s+ل|الموافق\s+ليوم)\s*[-ـ]?\s*")


_DEICTIC_WORDS = ("اليوم", "امس", "الامس", "البارحه", "غدا", "الغد")


def merge_restated_dates(rows: list[dict], text: str) -> None:
    """"اليوم الخميس 6 جمادى الآخرة 1439هـ الموافق 22 فبراير 2018": a day restated after "الموافق" is one DATE (the
    Gregorian value, the span from the first day): the gold's convention (as "صباح اليوم السبت الموافق 24 الجاري");
    "في أيلول/سبتمبر أيلول الماضي": a month pair written again with its relative word is one month, the second's value."""
    k = 0
    while k < len(rows) - 1:
        a, b = rows[k], rows[k + 1]
        gap = normalize(text[a["end"]:b["start"]])
        # (a part of the day before "الموافق" stays a TIME of its own: "في السابعة من مساء يوم الخميس الموافق 12 أبريل")
        if (b["type"] == "DATE" and b["precision"] == "day" and b["date_start"] and a["type"] == "DATE"
                and a["precision"] == "day" and _SAME_DAY_GAP.fullmatch(gap)):
            a.update(value=b["value"], mod=b["mod"] or a["mod"])
            a.update(end=b["end"], text=text[a["start"]:b["end"]], date_start=b["date_start"], date_end=b["date_end"],
                     rule=a["rule"] + "+restated")
            del rows[k + 1]
            # the day named before a Hijri date ("اليوم الخميس 6 جمادى الآخرة …") joins it
            if (k > 0 and rows[k - 1]["type"] == "DATE" and rows[k - 1]["precision"] == "day"
                    and rows[k - 1]["date_start"] == a["date_start"] and re.fullmatch(r"[\s،,]*", text[rows[k - 1]["end"]:a["start"]])):
                p = rows[k - 1]
                a.update(start=p["start"], text=text[p["start"]:a["end"]])
                del rows[k - 1]
                k -= 1
            continue
        # "نُشر اليوم 5 نوفمبر 2015", "أمس، 4 نوفمبر 2015": a deictic day restated by its own date is one DATE (as "اليوم
        # الخميس 5 نوفمبر 2015"); a date that is not the deictic's day stays a DATE of its own
        if (a["type"] == b["type"] == "DATE" and a["precision"] == b["precision"] == "day" and a["date_start"]
                and a["date_start"] == b["date_start"] and a["rule"].startswith("deictic_day")
                and normalize(a["text"]) in _DEICTIC_WORDS and re.fullmatch(r"\s*[،,]?\s*", gap)
                and re.match(r"\d", normalize(b["text"]))):
            a.update(end=b["end"], text=text[a["start"]:b["end"]], value=b["value"], rule=a["rule"] + "+restated")
            del rows[k + 1]
            continue
        if (a["type"] == b["type"] == "DATE" and a["precision"] == b["precision"] == "month" and a["date_start"]
                and b["date_start"] and a["date_start"][5:7] == b["date_start"][5:7] and re.fullmatch(r"\s+", gap)
                and not re.search(r"\d", a["text"]) and not re.match(r"\s*\d", b["text"])):
            a.update(end=b["end"], text=text[a["start"]:b["end"]], value=b["value"], date_start=b["date_start"],
                     date_end=b["date_end"], rule=b["rule"] + "+doubled")
            del rows[k + 1]
            continue
        k += 1


def month_range_year(rows: list[dict], text: str) -> None:
    """"بين نيسان/أبريل وكانون الأول/ديسمبر 2012", "من مارس إلى يونيو 2016": the first month of a range takes the
    year written after the second (the year before when it comes later in the calendar)."""
    for a, b in zip(rows, rows[1:]):
        if not (a["type"] == b["type"] == "DATE" and a["precision"] == b["precision"] == "month"
                and a["date_start"] and b["date_start"] and not re.search(r"\d", a["text"])
                and re.search(r"\d{4}", b["text"])):
            continue
        if not (re.fullmatch(r"\s*(?:[-–]|و|الي|حتي|لغايه|وحتي)\s*(?:شهر\s+)?", normalize(text[a["end"]:b["start"]]))
                and re.search(r"(?<![^\W\d_])[وف]?(?:بين|من|ما\s+بين|منذ)\s+(?:شهر\s+|شهري\s+)?$",
                              normalize(text[max(0, a["start"] - 14):a["start"]]))):
            continue
        year, mon = int(b["date_start"][:4]), int(a["date_start"][5:7])
        if mon > int(b["date_start"][5:7]):
            year -= 1
        a["value"] = f"{year:04d}-{mon:02d}"
        a["date_start"], a["date_end"] = dt.date(year, mon, 1).isoformat(), month_end(year, mon).isoformat()
        a["rule"] += "+range_year"


# the wars named by their month (and Ramadan): "حرب أكتوبر"/"تشرين"/"رمضان" (1973), "حرب حزيران/يونيو" (1967),
# "حرب تموز" (2006); a list of the 1973 war's names after "حرب" ("حرب العبور، أكتوبر، تشرين، رمضان") gives each its month
_WAR_MONTHS = {"اكتوبر": "1973-10", "تشرين": "1973-10", "تشرين الاول": "1973-10", "رمضان": "1973-10",
               "حزيران": "1967-06", "يونيو": "1967-06", "تموز": "2006-07"}
_WAR = re.compile(r"(?<![^\W\d_])حرب(?:\s+(?:العبور|الغفران))?(?P<names>(?:\s*[،,/]?\s*(?:او\s+)?"
                  r"(?:تشرين\s+الاول|اكتوبر|تشرين|رمضان|حزيران|يونيو|تموز)(?![^\W\d_]))+)(?!\s*[،,/]?\s*\d)")


def named_wars(rows: list[dict], text: str, norm: str, offsets) -> None:
    for m in _WAR.finditer(norm):
        names = list(re.finditer(r"تشرين\s+الاول|اكتوبر|تشرين|رمضان|حزيران|يونيو|تموز", m.group("names")))
        values = {_WAR_MONTHS[" ".join(n.group().split())] for n in names}
        if len(values) > 1:
            continue  # "حرب حزيران وأكتوبر": two wars, left as found
        spans: list[list[int]] = []  # a pair written with a slash ("حزيران/يونيو") is one name
        for n in names:
            if spans and re.fullmatch(r"\s*/\s*", m.group("names")[spans[-1][1]:n.start()]):
                spans[-1][1] = n.end()
            else:
                spans.append([n.start(), n.end()])
        value = values.pop()
        for a, b in spans:
            s, e = m.start("names") + a, m.start("names") + b
            y, mo = int(value[:4]), int(value[5:])
            put(rows, new_row(text, offsets, s, e, "DATE", value, "named_war", lo=dt.date(y, mo, 1).isoformat(),
                                hi=month_end(y, mo).isoformat(), precision="month"), replace=True)


# "وتختتم يوم 19 من نفس الشهر", "في 19 من الشهر نفسه": a day of the month the text named last
_DAY_OF_SAME_MONTH = re.compile(r"(?<![^\W_])[وف]?(?P<s>(?:يوم\s+)?(?:ال\s*)?(?P<d>\d{1,2})\s+من\s+(?:(?:نفس|ذات)\s+الشهر|الشهر\s+(?:نفسه|ذاته)))(?![^\W\d_])")


def day_of_same_month(rows: list[dict], text: str, norm: str, offsets) -> None:
    for m in _DAY_OF_SAME_MONTH.finditer(norm):
        start = int(offsets[m.start()])
        # (a month with its modifier, "مطلع فبراير", is one too: its precision is "approximate", its value a month)
        prev = next((r for r in reversed(rows) if r["end"] <= start and r["type"] == "DATE" and r["date_start"]
                     and (r["precision"] in ("day", "month") or re.fullmatch(r"\d{4}-\d\d", r["value"]))), None)
        if prev is None:
            continue
        y, mo, d = int(prev["date_start"][:4]), int(prev["date_start"][5:7]), int(m.group("d"))
        if not 1 <= d <= calendar.monthrange(y, mo)[1]:
            continue
        day = dt.date(y, mo, d).isoformat()
        put(rows, new_row(text, offsets, m.start("s"), m.end("s"), "DATE", day, "day_of_same_month", lo=day,
                            precision="day"),
             replace=True)


def same_day_month_again(rows: list[dict]) -> None:
    """"هجوم بغازي الكلور في السابع من نيسان/أبريل … "نتائج التحقيق ستكون متوازنة … السابع من نيسان/أبريل"": a bare
    day-month the tense sends to next year is the same date as that day-month already named in the text (a story's own
    day named again, not a coming one a year away)."""
    for i, r in enumerate(rows):
        if not (r["rule"].startswith("day_month:bare-future") and r["type"] == "DATE" and r["precision"] == "day"
                and r["date_start"]):
            continue
        same = next((e for e in rows[:i] if e["type"] == "DATE" and e["precision"] == "day" and e["date_start"]
                     and e["rule"].startswith("day_month") and e["date_start"][4:10] == r["date_start"][4:10]
                     and e["date_start"][:4] < r["date_start"][:4]), None)
        if same is not None:
            day = same["date_start"][:10]
            r.update(value=day + r["value"][10:], date_start=day, date_end=day, rule=r["rule"] + "+named-before")


# A year in words: "العام ألفين وستة" (2006), "عام ألفين" (2000), "سنة ألف وتسعمائة وتسعين" (1990).
_WORD_NUMBER = rf"(?:(?:{alt(TEEN_HEADS)})\s+عشره?|{NUMWORD}(?:\s+(?:و\s*)?{NUMWORD})?)"
_YEAR_IN_WORDS = re.compile(
    rf"(?<![^\W\d_])[وفبل]?(?P<s>(?:ال)?(?:عام|سنه)\s+(?:(?P<k2>الفين)|الف\s+و\s*(?P<k19>تسعمائه|تسعمايه|تسعمئه))"
    rf"(?:\s+و\s*(?P<n>{_WORD_NUMBER}))?)(?![^\W\d_])")


def years_in_words(rows: list[dict], text: str, norm: str, offsets) -> None:
    for m in _YEAR_IN_WORDS.finditer(norm):
        n = number(m.group("n")) if m.group("n") else 0
        if n is None or n > 99:
            continue
        year = (2000 if m.group("k2") else 1900) + n
        put(rows, new_row(text, offsets, m.start("s"), m.end("s"), "DATE", str(year), "year:words",
                            lo=f"{year}-01-01", hi=f"{year}-12-31", precision="year"), replace=True)


# A story told under its own month and year ("أواخر نوفمبر من عام 2015 … وبحلول 15 ديسمبر … وفي تلك الليلة … الساعة
# الثالثة صباحاً") goes on in that year: a bare day-month read as a past one of a later year, within three months after
# the last month the text wrote with its year (and no day told from the reference day in between), is in the story's
# year (only when the reference year's past cannot hold it, i.e. it fell back to last year); the clocks dated on it move
# with it, and an hour before 7 after the night it names is the next day's.
_DEICTIC_RULES = ("deictic", "weekday", "offset", "month:past", "month:this", "month:next")


def story_month_year(rows: list[dict], text: str, dct: dt.date | None) -> None:
    for i, r in enumerate(rows):
        if not (r["rule"].startswith(("day_month:bare-past", "day_month:bare-near")) and r["type"] == "DATE" and r["date_start"]
                and dct is not None and int(r["date_start"][:4]) < dct.year):
            continue  # (a day-month of this year's past is the recent one: "الزيارة الأولى في 28 سبتمبر" in October)
        story = None
        for q in reversed(rows[:i]):
            if q["rule"].startswith(_DEICTIC_RULES):
                break
            if (q["type"] == "DATE" and q["date_start"] and q["rule"].startswith(("month:explicit", "day_month:explicit"))
                    and re.fullmatch(r"\d{4}-\d\d.*", q["value"])):
                story = q
                break
        if story is None or r["start"] - story["end"] > 3000:
            continue
        y, m = int(story["value"][:4]), int(story["value"][5:7])
        rm = int(r["date_start"][5:7])
        gap = (rm - m) % 12
        year = y + (1 if rm < m else 0)
        if gap > 3 or year >= int(r["date_start"][:4]):
            continue
        old = r["date_start"][:10]
        day = f"{year}{old[4:]}"
        r.update(value=day + r["value"][10:], date_start=day, date_end=day, rule=r["rule"] + "+story-year")
        night = False
        for q in rows[i + 1:]:
            if q["type"] in ("DATE", "TIME") and q["precision"] == "day" and q["date_start"] and q["date_start"][:10] != old:
                break
            if q["type"] != "TIME" or not q["value"].startswith(old):
                continue
            night = night or bool(re.search(r"(?<![^\W\d_])[وفبل]?(?:ال)?ليل[هة]?(?![^\W\d_])", normalize(text[r["end"]:q["start"]])))
            hh = re.match(r"\d{4}-\d\d-\d\dT(\d\d):", q["value"])
            d = dt.date.fromisoformat(day)
            if night and hh and int(hh.group(1)) < 7:
                d += dt.timedelta(days=1)
            q.update(value=d.isoformat() + q["value"][10:], date_start=d.isoformat(), date_end=d.isoformat(),
                     rule=q["rule"] + "+story-year")


# "في شهر أبريل من ذلك العام" (after "في العام 2016"), "11 أغسطس/آب من نفس العام", "بنهاية يونيو/حزيران من العام نفسه": a
# month or day written with "that same year" is one DATE in the year the text last wrote.
_SAME_YEAR_AFTER = re.compile(r"\s+(?:من|في)\s+(?:ذلك\s+العام|تلك\s+السنه|نفس\s+العام|نفس\s+السنه|ذات\s+العام|ذات\s+السنه|"
                              r"العام\s+(?:نفسه|ذاته)|السنه\s+(?:نفسها|ذاتها))(?![^\W\d_])")


def month_of_that_year(rows: list[dict], text: str) -> None:
    for i, r in enumerate(rows):
        if r["type"] != "DATE" or r["precision"] not in ("month", "day") or not re.match(r"\d{4}-\d\d", r["value"] or ""):
            continue
        norm_after, off = normalize_map(text[r["end"]:r["end"] + 40])
        m = _SAME_YEAR_AFTER.match(norm_after)
        if not m:
            continue
        year = next((re.search(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)", q["text"]).group(1) for q in reversed(rows[:i])
                     if q["type"] == "DATE" and q["value"][:4].isdigit()
                     and re.search(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)", q["text"])), None)
        if year is None:
            continue
        end = r["end"] + int(off[m.end() - 1]) + 1
        if any(q is not r and q["start"] < end and r["start"] < q["end"] for q in rows):
            continue
        value = year + r["value"][4:]
        shift = lambda d: (year + d[4:]) if d else d  # noqa: E731
        if r["precision"] == "month" and r["date_start"]:
            lo = f"{value[:7]}-01"
            hi = month_end(int(year), int(value[5:7])).isoformat()
        else:
            lo, hi = shift(r["date_start"]), shift(r["date_end"])
        r.update(end=end, text=text[r["start"]:end], value=value, date_start=lo, date_end=hi,
                 rule=r["rule"] + "+that-year")


def month_of_relative_year(rows: list[dict], text: str, sentences: list[int]) -> None:
    """"منذ نوفمبر من العام قبل الماضي", "في يونيو من العام الماضي", "في آذار/مارس العام الماضي": a month of a
    relative year is one DATE of that
    year's month (as "حزيران/يونيو من العام 2013"), not a month guessed alone and a year."""
    i = 0
    while i < len(rows) - 1:
        a, b = rows[i], rows[i + 1]
        if (a["rule"].startswith(("month:", "day_month:")) and a["type"] == "DATE" and a["precision"] in ("month", "day")
                and re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", a["value"])
                and b["rule"].startswith("relative_year") and b["date_start"] and b["precision"] == "year"
                # ("في آذار/مارس العام الماضي": with no "من" too, when the month has no year of its own)
                and (re.fullmatch(r"\s+من\s+", text[a["end"]:b["start"]])
                     or re.fullmatch(r"\s+", text[a["end"]:b["start"]]) and a["rule"].startswith("month:bare"))):
            y, mon = int(b["date_start"][:4]), int(a["value"][5:7])
            try:
                lo = dt.date(y, mon, int(a["value"][8:10])) if a["precision"] == "day" else dt.date(y, mon, 1)
            except ValueError:
                i += 1
                continue
            hi = lo if a["precision"] == "day" else month_end(y, mon)
            a.update(end=b["end"], text=text[a["start"]:b["end"]], value=lo.isoformat()[:10 if a["precision"] == "day" else 7],
                     date_start=lo.isoformat(), date_end=hi.isoformat(), rule=a["rule"] + "+relative-year")
            del rows[i + 1]
            del sentences[i + 1]
        i += 1


# "أيلول الأسود" (Black September, the 1970 events), "أكتوبر الأسود": a month named "black" is an event's name, no date
_BLACK_AFTER = re.compile(r"\s*(?:ال)?(?:اسود|سوداء|السوداء)(?![^\W\d_])")


def month_of_a_name(rows: list[dict], text: str, norm: str) -> None:
    for r in [r for r in rows if r["type"] == "DATE" and r["precision"] == "month"]:
        if _BLACK_AFTER.match(normalize(text[r["end"]:r["end"] + 12])):
            rows.remove(r)


# "السنة المنصرمة" in a column of the year's last days is the year ending, not the one before
def year_ending(rows: list[dict], text: str, dct: dt.date | None) -> None:
    if dct is None or dct.month != 12 or dct.day < 20:
        return
    for r in rows:
        if r["type"] == "DATE" and re.fullmatch(r"[وفبل]?(?:ال)?(?:سنه|عام)\s+(?:المنصرمه|المنصرم)", normalize(r["text"])):
            r.update(value=str(dct.year), date_start=f"{dct.year}-01-01", date_end=f"{dct.year}-12-31")


# "في نفس هذا اليوم من عام 1882", "مثل هذا اليوم من عام 1980": this day (the day the text last named, else the article's)
# in that year, one DATE
_THIS_DAY_YEAR = re.compile(r"(?<![^\W\d_])(?P<s>(?:نفس|مثل)\s+(?:هذا\s+)?اليوم\s+من\s+(?:عام|العام|سنه)\s+(?P<y>\d{4}))(?!\d)")


def this_day_in_a_year(rows: list[dict], text: str, norm: str, offsets, dct: dt.date | None) -> None:
    for m in _THIS_DAY_YEAR.finditer(norm):
        start = int(offsets[m.start("s")])
        last = next((r for r in reversed(rows) if r["end"] <= start and r["precision"] == "day" and r["date_start"]
                     and r["type"] == "DATE" and r["date_start"][:4] != m.group("y")), None)
        base = dt.date.fromisoformat(last["date_start"][:10]) if last else dct
        if base is None:
            continue
        try:
            day = base.replace(year=int(m.group("y")))
        except ValueError:
            continue
        row = new_row(text, offsets, m.start("s"), m.end("s"), "DATE", day.isoformat(), "day_month:this_day_in",
                       lo=day.isoformat(), precision="day")
        put(rows, row, replace=True)


# "عدد ساعات صيام رمضان 2016", "في رمضان 2017، ارتفع استخدام تويتر": a Hijri month before a Gregorian year is that month
# as it fell in that year, one DATE (the gold's "رمضان 2016" = 2016-06), not the month nearest the article and a year
_HIJRI_YEAR_GAP = re.compile(r"\s+(?:(?:من\s+)?(?:عام|العام|سنه)\s+)?")


def hijri_month_of_a_year(rows: list[dict], text: str) -> None:
    from hijridate import Hijri

    k = 0
    while k < len(rows) - 1:
        r, q = rows[k], rows[k + 1]
        k += 1
        if not (r["type"] == "DATE" and r["rule"].startswith("hijri") and r["precision"] == "month" and q["type"] == "DATE"
                and re.fullmatch(r"(?:19|20)\d\d", q["value"] or "") and re.fullmatch(r"\d{4}", normalize(q["text"]).strip())
                and _HIJRI_YEAR_GAP.fullmatch(normalize(text[r["end"]:q["start"]]))):
            continue
        name = re.search(rf"(?:{HMONTH})$", " ".join(normalize(r["text"]).split()))
        if name is None:
            continue
        mon, year = HIJRI_MONTHS[name.group()], int(q["value"])
        try:
            hy = next(h for h in range(year - 580, year - 576) if Hijri(h, mon, 1).to_gregorian().year == year)
            first = Hijri(hy, mon, 1)
            f, last = first.to_gregorian(), Hijri(hy, mon, first.month_length()).to_gregorian()
        except (StopIteration, ValueError, OverflowError):
            continue
        r.update(end=q["end"], text=text[r["start"]:q["end"]], value=f"{f.year:04d}-{f.month:02d}",
                 date_start=dt.date(f.year, f.month, f.day).isoformat(), date_end=dt.date(last.year, last.month, last.day).isoformat(),
                 rule=r["rule"] + "+year", anchor=None)
        del rows[k]


# "اعترف بالقدس عاصمة العام الماضي 2017": a relative year followed by the same year in figures is one DATE
def relative_year_with_its_figure(rows: list[dict], text: str) -> None:
    for k in range(len(rows) - 1, 0, -1):
        r, q = rows[k - 1], rows[k]
        if (r["type"] == q["type"] == "DATE" and r["rule"] == "relative_year" and q["rule"] == "year"
                and r["value"] == q["value"] and not text[r["end"]:q["start"]].strip()):
            r.update(end=q["end"], text=text[r["start"]:q["end"]], rule="relative_year+figure")
            del rows[k]


# "بداية من سنوات الـ2000", "في بداية سنوات الـ2010", "عقد الـ1990": a decade written as its first year in figures after
# "سنوات"/"عقد" and the article is that decade (as "الثمانينيات" = 198), with a period modifier before it as its mod
_DECADE_FIGURES = re.compile(r"(?<![^\W\d_])[وفبل]?(?P<s>(?:(?P<m>بدايه|بدايات|مطلع|اوائل|منتصف|اواسط|اواخر|نهايه)\s+)?"
                             r"(?:سنوات|عقد)\s+ال\s*(?P<y>(?:1[89]|20)\d0))(?![\d])(?:s|ات|يات)?(?![^\W\d_])")
_MOD_WORD = {"بدايه": "START", "بدايات": "START", "مطلع": "START", "اوائل": "START", "منتصف": "MID", "اواسط": "MID",
             "اواخر": "END", "نهايه": "END"}


def decades_in_figures(rows: list[dict], text: str, norm: str, offsets) -> None:
    for m in _DECADE_FIGURES.finditer(norm):
        y = int(m.group("y"))
        lo, hi = f"{y}-01-01", f"{y + 9}-12-31"
        row = new_row(text, offsets, m.start("s"), m.end("y"), "DATE", str(y)[:3], "decade:figures", lo=lo, hi=hi,
                       precision="decade", mod=_MOD_WORD.get(m.group("m") or ""))
        put(rows, row, replace=True)


# "يوم القدس الذي يصادف الأحد 13 أيار/مايو": a named day whose date moves from year to year is a DATE only beside the date
# the text gives it (right after it, or right before it), valued with that date
_MOVABLE_DAY = re.compile(rf"(?<![^\W\d_])[وفبل]?(?P<s>{alt(LEX['movable_days'])})(?![^\W\d_])")
_GIVEN_DATE_GAP = re.compile(r"[\s\"'«»“”)(،,-]*(?:(?:الذي|والذي|التي)\s+)?(?:يصادف|تصادف|يوافق|الموافق|الموافقه|وهو|ويصادف)?"
                             r"[\s\"'«»“”)(،,-]*(?:في\s+)?")


def movable_day_given_a_date(rows: list[dict], text: str, norm: str, offsets) -> None:
    for m in _MOVABLE_DAY.finditer(norm):
        s, e = int(offsets[m.start("s")]), int(offsets[m.end("s") - 1]) + 1
        if any(r["start"] < e and s < r["end"] for r in rows):
            continue
        after = next((r for r in rows if r["start"] >= e), None)
        before = next((r for r in reversed(rows) if r["end"] <= s), None)
        if after is not None and names_one_day(after) and _GIVEN_DATE_GAP.fullmatch(normalize(text[e:after["start"]])):
            given = after
        elif (before is not None and names_one_day(before)
              and re.fullmatch(r"[\s\"'«»“”)(،,-]*(?:وهو|وهي|هو|(?:ب)?(?:ما\s+)?(?:يسمي|تسمي|يعرف\s+ب)|ب)?[\s\"'«»“”)(،,-]*",
                               normalize(text[before["end"]:s]))):
            given = before
        else:
            continue
        d = given["date_start"][:10]
        put(rows, new_row(text, offsets, m.start("s"), m.end("s"), "DATE", d, "named_day:movable", lo=d, precision="day"))


# "اتفقتا على عقد قمة … في أيلول/سبتمبر المقبل … "اتفقا خلال الاجتماع على عقد قمة … في أيلول/سبتمبر"" (an August report): a
# bare month named again after the same month with "المقبل/القادم" is that coming month, not the last one the past tense
# would give, when no year was written between them
def coming_month_named_again(rows: list[dict]) -> None:
    ahead: dict[str, dict] = {}
    for r in rows:
        if r["type"] == "DATE" and r["rule"].startswith(("year", "month:explicit", "day_month:explicit")):
            ahead.clear()  # a written year starts another time line
        elif r["type"] == "DATE" and r["rule"] == "month:next" and r["precision"] == "month":
            ahead[r["value"][5:7]] = r
        elif (r["type"] == "DATE" and r["rule"] == "month:bare-past" and r["precision"] == "month"
              and r["value"][5:7] in ahead and r["start"] - ahead[r["value"][5:7]]["end"] <= 1500):
            q = ahead[r["value"][5:7]]
            r.update(value=q["value"], date_start=q["date_start"], date_end=q["date_end"], rule="month:bare-as-next")


# "سينقل رفاتها … في 1 تموز/يوليو … والتي توفيت في 30 حزيران/يونيو … إلى مقبرة العظماء في 1 تموز/يوليو": a bare day–month
# named again after the same day–month, no year written between, is the same day (the past verb of a relative clause
# between them does not move it a year back)
def day_month_named_again(rows: list[dict]) -> None:
    seen: dict[str, dict] = {}
    for r in rows:
        if r["type"] != "DATE":
            continue
        if r["rule"].startswith(("year", "month:explicit", "day_month:explicit")):
            seen.clear()  # a written year starts another time line
        elif r["rule"].startswith("day_month") and r["precision"] == "day" and re.fullmatch(r"\d{4}-\d\d-\d\d", r["value"]):
            key = r["value"][5:]
            q = seen.get(key)
            if q is not None and r["rule"].startswith("day_month:bare") and q["value"] != r["value"]:
                r.update(value=q["value"], date_start=q["date_start"], date_end=q["date_end"],
                         rule="day_month:named-again")
            seen.setdefault(key, r)


# "وأكدت محكمة الاستئناف في تشرين الثاني/نوفمبر القرار", "الخلاصة التي رفعت في تشرين الأول/اكتوبر إلى القضاة" (a July
# article): a bare month a few months ahead, in a clause with no tense sign the tagger knows but a perfect verb governing it
# (after و/ف or a relative pronoun, no "أن" or future sign between), is last year's, not the nearer coming one
_GOVERNING_PERFECT = re.compile(
    r"(?:(?:^|(?<![^\W\d_])[وف])(?:(?:قال|اعلن|ذكر|افاد|اكد|اوضح|اضاف|قرر|رفض|اعتبر)(?:ت|وا)?|(?!ال)[^\W\d_]{2,4}(?:ت|وا))"
    r"|(?<![^\W\d_])(?:التي|الذي|الذين)\s+(?![يتنس])[^\W\d_]{2,4}(?:ت|وا))(?![^\W\d_])"
    r"(?:\s+(?!ان(?:ه|ها)?(?![^\W\d_])|س[يتن]|[يتن][^\W\d_]{3,}|لن|قد)\S+){0,5}\s+في\s+$")


_PERFECT_RIGHT_AFTER = re.compile(r"\s*[،,]?\s*(?![يتنس](?:[^\W\d_]{2,}))(?!ال)(?:[^\W\d_]{2,4}(?:ت|وا)|رفض|فر|قتل|"
                                  r"اعلن|قرر|دعا|طالب|هدد|اتهم|وصل|عاد|بدا|قال|اصبح|صار|بات|كان|كانت)(?![^\W\d_])")


def bare_month_after_a_perfect(rows: list[dict], text: str, dct: dt.date | None) -> None:
    if dct is None:
        return
    for r in rows:
        if not (r["type"] == "DATE" and r["rule"].endswith("bare-near") and r["date_start"]
                and dt.date.fromisoformat(r["date_start"][:10]) > dct):
            continue
        lo = sentence_around(text, r["start"])[0]
        after = normalize(text[r["end"]:r["end"] + 30])
        # ("وفي حزيران/يونيو، رفض اثنان من طاقم سفينة … العودة": a month opening its clause, then a comma and a perfect verb
        # with no "و" before it, is that verb's time)
        fronted = re.search(r"(?:^|[.،,:؛\n]|(?<![^\W\d_])(?:ان|انه|انها|بان|بانه|بانها))\s*[وف]?في\s+$",
                            normalize(text[max(lo, r["start"] - 14):r["start"]]))
        if not (_GOVERNING_PERFECT.search(normalize(text[lo if r["start"] - lo <= 80 else r["start"] - 80:r["start"]]).lstrip())
                or (fronted and re.match(r"\s*[،,]?\s*(?![وف])", after) and (_PERFECT_RIGHT_AFTER.match(after) or PAST_VERB.match(
                    after.lstrip(" ،,")) or REPORT_PERFECT.match(after.lstrip(" ،,"))))):
            continue
        y = int(r["value"][:4]) - 1
        r["value"] = f"{y}{r['value'][4:]}"
        r["date_start"] = f"{y}{r['date_start'][4:]}"
        r["date_end"] = f"{y}{r['date_end'][4:]}" if r["date_end"] else r["date_end"]
        r["rule"] = r["rule"][:-len("bare-near")] + "bare-perfect"


# "مطلع العام الميلادي القادم", "نهاية السنة الميلادية الحالية": the calendar's name between the year word and its
# relative word
_CALENDAR_REL_AFTER = re.compile(r"\s+(?:الميلادي|الميلاديه)\s+(?P<rel>القادم|القادمه|المقبل|المقبله|الماضي|الماضيه|الفارط|"
                                 r"المنصرم|المنصرمه|الحالي|الحاليه|الجاري|الجاريه)(?![^\W\d_])")


def year_of_the_calendar(rows: list[dict], text: str, dct: dt.date | None) -> None:
    if dct is None:
        return
    for r in rows:
        if r["type"] != "DATE" or not re.search(r"(?:العام|السنه)$", normalize(r["text"])):
            continue
        after, offs = normalize_map(text[r["end"]:r["end"] + 40])
        m = _CALENDAR_REL_AFTER.match(after)
        if m is None:
            continue
        rel = m.group("rel")
        y = dct.year + (1 if rel.startswith(("القادم", "المقبل")) else 0 if rel.startswith(("الحالي", "الجاري")) else -1)
        r["end"] += int(offs[m.end() - 1]) + 1
        while r["end"] < len(text) and normalize(text[r["end"]]) == "":
            r["end"] += 1
        r["text"] = text[r["start"]:r["end"]]
        r.update(value=str(y), date_start=f"{y}-01-01", date_end=f"{y}-12-31", rule=r["rule"] + "+calendar")


# "2500 جزائري طلبوا اللجوء في فرنسا سنة2017 أي أكثر بـ25 بالمئة من العام السابق", "في العام المنتهي في سبتمبر 2017،
# بزيادة قدرها 21 بالمئة عن العام السابق" (dev-11's gold: 2016): the year before is the one before the year the text
# of the last date the text named (at most 250 characters before), not the one before the reference year; the year after
# too ("سيطر الطوارق على الشمال في عام 2012 مما دفع لتدخل قوات فرنسية في العام التالي", dev-26's gold: 2013), and the
# month before or after a named month ("اندلعت الاحتجاجات في مارس 2011 وتصاعدت في الشهر التالي": 2011-04)
_OF_THE_NAMED = {"العام السابق": ("year", -1), "السنه السابقه": ("year", -1), "العام الذي سبقه": ("year", -1),
                 "العام التالي": ("year", 1), "السنه التاليه": ("year", 1),
                 "الشهر السابق": ("month", -1), "الشهر التالي": ("month", 1)}


def year_before_the_named_one(rows: list[dict], text: str) -> None:
    for i, r in enumerate(rows):
        unit, shift = _OF_THE_NAMED.get(normalize(r["text"]) if r["type"] == "DATE" else "", (None, 0))
        if unit is None:
            continue
        named = r"\d{4}-\d\d(?:-\d\d)?" if unit == "month" else r"\d{4}"
        prev = next((q for q in reversed(rows[:i]) if q["type"] == "DATE" and re.match(named, q["value"])), None)
        if prev is None or r["start"] - prev["end"] > 250:
            continue
        if unit == "year":
            y = int(prev["value"][:4]) + shift
            r.update(value=str(y), date_start=f"{y}-01-01", date_end=f"{y}-12-31", rule="relative_year:of-the-named")
        else:
            y, m = add_months(dt.date(int(prev["value"][:4]), int(prev["value"][5:7]), 1), shift)
            last = calendar.monthrange(y, m)[1]
            r.update(value=f"{y}-{m:02d}", date_start=f"{y}-{m:02d}-01", date_end=f"{y}-{m:02d}-{last}",
                     rule="relative_month:of-the-named")
