"""Passes for weekdays: against the date they stand with, before their date, ahead in a past report.

A weekday next to a date checks (or fixes) that date's year; a weekday told in a past story is the last such day
before publication; one announced ahead is the coming one; "today" named with another weekday is read from it.
"""
from __future__ import annotations

import datetime as dt
import re

from marsad.dates.cues import (
    FUTURE_VERB,
    LISTED_DAY_AFTER,
    NAMED_PAST,
    PAST_CUE,
    PAST_VERB,
    TOMORROW_WEEKDAY,
    WEEKDAY_LIST_GAP,
)
from marsad.dates.lexicon import alt, MODIFIER, REL, WEEKDAY, WEEKDAYS
from marsad.dates.rows import set_day_ahead, on_day
from marsad.dates.values import weekday_of
from marsad.lang.rules import sentence_around
from marsad.lang.text import normalize

__all__ = [
    "called_for_ahead",
    "early_hours_of_weekday",
    "future_told_before_a_recent_day",
    "same_weekday_same_day",
    "some_day_told_past",
    "today_named_another_weekday",
    "week_of_a_past_story",
    "weekday_after_a_comma",
    "weekday_against_its_day",
    "weekday_ahead_in_a_past_report",
    "weekday_as_dated",
    "weekday_before_its_date",
    "WEEKDAY_IN",
    "year_by_its_weekday",
]

WEEKDAY_IN = re.compile(rf"(?<![^\W\d_])(?P<wd>{alt(WEEKDAYS)})(?![^\W\d_])")


def weekday_against_its_day(rows: list[dict], text: str) -> None:
    """"يوم الثلاثاء 15 ماي 2017" in an article that also says "يوم غد الثلاثاء" for the 16th: a written day number one
    off its own weekday, when the article's deictic names that weekday for the next or previous day, is a slip for that
    day (and so are the clocks on it). Without such a deictic the written date is kept."""
    named: dict[int, set[str]] = {}
    for row in rows:
        if row["rule"] == "deictic_day" and row["date_start"]:
            m = WEEKDAY_IN.search(normalize(row["text"]))
            if m and dt.date.fromisoformat(row["date_start"][:10]).weekday() == WEEKDAYS[m.group("wd")]:
                named.setdefault(WEEKDAYS[m.group("wd")], set()).add(row["date_start"][:10])
    if not named:
        return
    moved: dict[str, str] = {}
    for row in rows:
        if row["rule"].startswith("day_month") and row["precision"] == "day" and row["date_start"]:
            m = WEEKDAY_IN.search(normalize(row["text"]))
            day = dt.date.fromisoformat(row["date_start"][:10])
            if not m or day.weekday() == WEEKDAYS[m.group("wd")]:
                continue
            days = named.get(WEEKDAYS[m.group("wd")], set())
            near = [d for d in days if abs((dt.date.fromisoformat(d) - day).days) == 1]
            if len(near) == 1:
                moved[row["date_start"][:10]] = near[0]
                on_day(row, near[0])
                row["rule"] += "+weekday-slip"
        elif row["rule"] == "clock" and row["date_start"] in moved:
            target = moved[row["date_start"]]
            on_day(row, target, anchor=True)


def year_by_its_weekday(rows: list[dict]) -> None:
    """"قبل دخول المنتخب المصري الخامسة مساء الجمعه 15 يونيو مباراته الأولى … (الثلاثاء19 يونيو)" in a March 2018
    article: a day–month written without its year but with its weekday, whose weekday is wrong in the year the tense gave
    and right in the year after or before, is in that year (15 June 2018 is a Friday, 15 June 2017 a Thursday)."""
    for row in rows:
        if not (row["rule"].startswith("day_month") and "explicit" not in row["rule"] and "sentence-year" not in row["rule"]
                and row["precision"] == "day" and row["date_start"]):
            continue
        m = WEEKDAY_IN.search(normalize(row["text"]))
        day = dt.date.fromisoformat(row["date_start"][:10])
        if (not m or day.weekday() == WEEKDAYS[m.group("wd")] or re.search(r"\d{4}", row["text"])
                # ("الثلاثاء 8 أغسطس/آب الجاري": the current month fixes the year, the weekday is a slip)
                or re.search(rf"(?<![^\W\d_]){REL}(?![^\W\d_])", normalize(row["text"]))):
            continue
        fits = []
        for shift in (1, -1):
            try:
                other = day.replace(year=day.year + shift)
            except ValueError:  # 29 February
                continue
            if other.weekday() == WEEKDAYS[m.group("wd")]:
                fits.append(other)
        if len(fits) == 1:
            target = fits[0].isoformat()
            on_day(row, target)
            row["rule"] += "+weekday-year"


def weekday_as_dated(rows: list[dict], dct: dt.date | None) -> None:
    """"الاقتران يحدث يوم الخميس 25 ماي 2017 … أي يوم الخميس على الساعة الثامنة ليلا": a bare weekday in a text that
    dated that weekday in the week around the reference day is that same day (and so are its clock times)."""
    if dct is None:
        return
    dated: dict[int, set] = {}
    for row in rows:
        if (row["rule"].startswith("day_month") and row["precision"] == "day" and row["date_start"]
                and re.search(WEEKDAY, normalize(row["text"]))):
            day = dt.date.fromisoformat(row["date_start"][:10])
            if -7 <= (day - dct).days <= 14:
                dated.setdefault(day.weekday(), set()).add(day)
    if not dated:
        return
    moved = {}
    for row in rows:
        if row["rule"] == "midnight" and row["date_start"] and row["precision"] == "day":
            # "ساعة الصفر، أي منتصف ليل السبت الأحد" in a text that dated "الأحد 24 حزيران/يونيو 2018": that Sunday's 00:00
            days = dated.get(weekday_of(row), set())
            if len(days) == 1 and row["date_start"][:10] not in {d.isoformat() for d in days}:
                target = next(iter(days)).isoformat()
                on_day(row, target)
                row["rule"] += "+dated"
        elif row["rule"] in ("weekday:last", "weekday:past", "weekday:future", "weekday:expected", "weekday:planned") and row["date_start"]:
            # a dated day more than a week ahead ("يوم الخميس 25 ماي" in a Monday 15 May text) is restated only by
            # an untensed or future weekday, not by one told in the past tense
            days = {d for d in dated.get(weekday_of(row), set())
                    if (d - dct).days <= 7 or row["rule"] != "weekday:past"}
            if len(days) == 1 and row["date_start"][:10] not in {d.isoformat() for d in days}:
                target = next(iter(days)).isoformat()
                moved[row["date_start"][:10]] = target
                on_day(row, target)
                row["rule"] += "+dated"
        elif row["rule"] == "clock" and row["date_start"] in moved:  # a clock time on the moved day
            target = moved[row["date_start"]]
            on_day(row, target, anchor=True)


def weekday_before_its_date(rows: list[dict], text: str) -> None:
    """"الأحد المقبل 19 مارس": the weekday and the date are two TIMEX3 (as the Arabic TimeML corpus has them)
    but one day; the weekday takes the date's day when the two name the same weekday."""
    for i, (a, b) in enumerate(zip(rows, rows[1:])):
        if (a["rule"].startswith("weekday") and a["date_start"] and b["precision"] == "day" and b["date_start"]
                # (or in brackets: "سيعود يوم الثلاثاء (2 أكتوبر)")
                and b["type"] == "DATE" and re.fullmatch(r"\s*[،,]?\s*(?:الموافق(?:\s+ل)?\s*|\(\s*)?", normalize(text[a["end"]:b["start"]]))
                and weekday_of(a) == weekday_of(b) and a["date_start"] != b["date_start"]):
            day, old = b["date_start"][:10], a["date_start"][:10]
            on_day(a, day)
            a["rule"] += "+date"
            clock = rows[i - 1] if i else None  # "في السابعة من مساء يوم الخميس الموافق 12 أبريل"
            if clock is not None and clock["rule"] == "clock" and clock["date_start"] == old:
                on_day(clock, day, anchor=True)
        # weekdays listed before their days: "يومي الاثنين والثلاثاء 14 و15 نوفمبر"
        elif a["rule"].startswith("weekday") and a["date_start"] and a["type"] == "DATE":
            listed = False
            for c in rows[i + 1:i + 4]:
                if c["start"] - a["end"] > 30:
                    break
                if (c["precision"] == "day" and c["type"] == "DATE" and c["date_start"] and c["rule"].startswith("day_month")
                        and weekday_of(c) == weekday_of(a) and c["date_start"] != a["date_start"]
                        and WEEKDAY_LIST_GAP.fullmatch(normalize(text[a["end"]:rows[i + 1]["start"]]))):
                    on_day(a, c["date_start"][:10])
                    a["rule"] += "+date"
                    listed = True
                    break
            if not listed:
                # a weekday with a bare day number, listed before a dated one: "يومي السبت 8 والاحد 9 أفريل 2017"
                num = LISTED_DAY_AFTER.fullmatch(normalize(text[a["end"]:b["start"]]))
                if (num and WEEKDAY_IN.match(normalize(b["text"])) and b["precision"] == "day" and b["type"] == "DATE" and b["date_start"]
                        and b["rule"].startswith("day_month")):
                    y, m = int(b["date_start"][:4]), int(b["date_start"][5:7])
                    try:
                        day = dt.date(y, m, int(num.group("d")))
                    except ValueError:
                        day = None
                    raw = re.match(r"\s*\d{1,2}", text[a["end"]:b["start"]])
                    if (raw and day is not None and day.weekday() == weekday_of(a)
                            and day < dt.date.fromisoformat(b["date_start"][:10])):
                        a["end"] += raw.end()
                        a["text"] = text[a["start"]:a["end"]]
                        on_day(a, day.isoformat())
                        a["rule"] += "+date"
        # and a weekday in brackets right after its date: "في الثامن من ذي الحجة (يوم الأحد)"
        elif (b["rule"].startswith("weekday") and b["date_start"] and a["precision"] == "day" and a["date_start"]
                and a["type"] == "DATE" and re.fullmatch(r"\s*[،,]?\s*\(\s*", text[a["end"]:b["start"]])
                and weekday_of(a) == weekday_of(b) and a["date_start"] != b["date_start"]):
            day = a["date_start"][:10]
            on_day(b, day)
            b["rule"] += "+date"


def future_told_before_a_recent_day(rows: list[dict], text: str, dct: dt.date | None) -> None:
    """"تظاهر … في واشنطن الأحد … وقالت رئيسة البلدية "نعرف أن الناس سيأتون إلى واشنطن الأحد"" in a Monday article: a
    weekday after a future verb ("س" + imperfect, a few words before it in its clause), a week ahead, after the text told
    that weekday as yesterday's (or today's) story, is that same day, foretold before it happened (not the one a week
    later). (A deadline, "ومنحته حتى الاثنين للرد", has no future verb and keeps the day ahead.)"""
    if dct is None:
        return
    told: dict[int, dt.date] = {}
    for row in rows:
        if not row["date_start"] or row["type"] not in ("DATE", "TIME"):
            continue
        if row["rule"] in ("weekday:last", "weekday:past"):
            day = dt.date.fromisoformat(row["date_start"][:10])
            if 0 <= (dct - day).days <= 1:
                told.setdefault(day.weekday(), day)
        elif row["rule"] == "weekday:future" and row["precision"] == "day":
            day = dt.date.fromisoformat(row["date_start"][:10])
            past = told.get(day.weekday())
            before = re.split(r"[.!؟?:؛\n،,]", normalize(text[max(0, row["start"] - 60):row["start"]]))[-1]
            if past is not None and (day - past).days == 7 and (day - dct).days >= 6 and FUTURE_VERB.search(before):
                target = past.isoformat()
                on_day(row, target)
                row["rule"] = "weekday:foretold"


_BARE_WEEK = re.compile(rf"(?:{MODIFIER}\s+)?الاسبوع")


def week_of_a_past_story(rows: list[dict], dct: dt.date | None) -> None:
    """"تظاهر … الأحد … وبداية الأسبوع، أعلن أحد الأعضاء …" in a Monday article: a bare "the week" (no هذا, الجاري,
    الماضي, المقبل) in a text whose every day so far lies in the week before the reference day's, one or two days
    back, is that story's week, not the one just begun."""
    if dct is None:
        return
    monday = dct - dt.timedelta(days=dct.weekday())
    latest: dt.date | None = None
    for row in rows:
        if (row["rule"].startswith("relative_week") and row["date_start"]
                and _BARE_WEEK.fullmatch(" ".join(normalize(row["text"]).split()))):
            if (latest is not None and latest < monday and (dct - latest).days <= 2
                    and dt.date.fromisoformat(row["date_start"][:10]) - monday < dt.timedelta(days=7)):
                iso = (monday - dt.timedelta(weeks=1)).isocalendar()
                row["value"] = f"{iso[0]}-W{iso[1]:02d}"
                for key in ("date_start", "date_end"):
                    row[key] = (dt.date.fromisoformat(row[key][:10]) - dt.timedelta(weeks=1)).isoformat()
                row["rule"] += ":story"
            continue
        if row["precision"] == "day" and row["date_start"] and row["type"] in ("DATE", "TIME"):
            day = dt.date.fromisoformat(row["date_start"][:10])
            latest = day if latest is None else max(latest, day)


def same_weekday_same_day(rows: list[dict], dct: dt.date | None = None) -> None:
    """A weekday named again in the same text is the same day: when one mention is placed
    in the future by its tense ("وسيؤدي اليمين الاثنين"), untensed mentions follow it."""
    ahead, named = {}, set()
    for row in rows:
        # (a night, "ليل الأحد-الاثنين", is told after it happened: no TIME of a night carries its weekday ahead)
        if (row["rule"] == "weekday:future" and not (row["type"] == "TIME" and normalize(row["text"]).startswith("ليل"))
                or row["rule"] == "deictic_day" and row["date_start"] and TOMORROW_WEEKDAY.search(normalize(row["text"]))):
            ahead.setdefault(weekday_of(row), row)
        elif row["rule"] == "weekday:next":
            named.add((weekday_of(row), row["date_start"]))  # "الجمعة المقبل" beside a plain "الجمعة": two Fridays
    for wd, day in named:
        # (unless both name the same day: "الانتخابات التي تجرى الأحد … المقررة الأحد المقبل")
        if wd in ahead and ahead[wd]["date_start"] != day:
            ahead.pop(wd, None)
    if not ahead:
        return
    moved: dict[str, str] = {}
    for row in rows:
        if row["rule"] == "weekday:last" and row["date_start"]:
            wd = weekday_of(row)
            # (an untensed weekday that is yesterday or today stays there when the future mention is a week
            # ahead: "أغلق البرج الأربعاء … أعلن عن استئناف المفاوضات مساء الأربعاء" in a Thursday report)
            recent = dct is not None and 0 <= (dct - dt.date.fromisoformat(row["date_start"][:10])).days <= 1 and (
                dt.date.fromisoformat(ahead[wd]["date_start"][:10]) - dct).days >= 6 if wd in ahead else False
            if wd in ahead and not NAMED_PAST.search(row["text"]) and not recent:
                target = ahead[wd]["date_start"][:10]
                suffix = row["value"][10:]  # "TEV" for "مساء الاثنين"
                if row["date_start"][:10] != target:
                    moved[row["date_start"][:10]] = target
                row["date_start"] = row["date_end"] = target
                row["value"] = target + suffix
                row["rule"] = "weekday:same-as-next"
        elif row["rule"] == "clock" and row["date_start"] in moved:
            # "يدلي الوزير بشهادته الاثنين عند الساعة 10,00 … سيتم صباح الاثنين": its clock moves with the weekday
            target = moved[row["date_start"]]
            on_day(row, target, anchor=True)


_OF_WEEKDAY_GAP = re.compile(r"\s*(?:من\s+)?(?:لل|ل)?(?:يوم|اليوم)?\s*")


def early_hours_of_weekday(rows: list[dict], text: str, sentences: list[int]) -> None:
    """"ساعات الفجر الأولى ليوم الاثنين", "ساعات الصباح الأولى لليوم الاثنين": the early hours of a weekday are one TIME
    of that day (as "الساعات الأولى من يوم الثلاثاء"), not a part of the day and a weekday."""
    i = 0
    while i < len(rows) - 1:
        a, b = rows[i], rows[i + 1]
        if (a["rule"] == "part_of_day" and normalize(a["text"]).startswith(("ساعات", "الساعات"))
                and b["rule"].startswith("weekday") and b["type"] == "DATE" and b["date_start"]
                and _OF_WEEKDAY_GAP.fullmatch(normalize(text[a["end"]:b["start"]]))):
            day = b["date_start"][:10]
            a.update(end=b["end"], text=text[a["start"]:b["end"]], value=day + a["value"][10:], date_start=day,
                     date_end=day, anchor=day)
            del rows[i + 1]
            del sentences[i + 1]
        i += 1


# "وقرر الوزراء تأجيل نشاطاتهم لغاية يوم الأحد", "المواجهة المقبلة ضد مانشستر سيتي في النهائي يوم الأحد" (a Thursday or a
# Friday report): a weekday after a postponement and "until", or after an "upcoming" adjective in its clause, is the
# coming one, though the report's verb is in the past; the same weekday named again without a past word follows it
_UNTIL_WEEKDAY = re.compile(r"(?<![^\W\d_])(?:حتي|لغايه|الي\s+غايه|الي)\s+(?:يوم\s+)?$")
_POSTPONE_IN = re.compile(r"(?<![^\W\d_])[وفبل]?(?:ال)?(?:تاجيل|ارجاء|تعليق|اجل|اجلت|ارجا|ارجات|علق|علقت|مدد|مددت|تمديد)"
                          r"(?![^\W\d_])")
# ("وجرت المباراة المرتقبة الأحد": a long-awaited match that took place; a past verb in the clause keeps the weekday past)
_UPCOMING_IN = re.compile(r"(?<![^\W\d_])[وفبل]?(?:ال)?(?:مقبل|مقبله|قادم|قادمه)(?![^\W\d_])")


def weekday_ahead_in_a_past_report(rows: list[dict], text: str, dct: dt.date | None) -> None:
    if dct is None:
        return
    moved: dict[int, str] = {}
    for row in rows:
        if not (row["type"] == "DATE" and row["rule"] == "weekday:last" and row["date_start"]
                and row["date_start"][:10] < dct.isoformat()) or NAMED_PAST.search(normalize(row["text"])):
            continue
        wd = weekday_of(row)
        lo, _ = sentence_around(text, row["start"])
        # (from the end of the time named before it: "يوم السبت المقبل بعد الاحتفال بفوزه … يوم السبت" is no sign)
        lo = max([lo, row["start"] - 160] + [r["end"] for r in rows if r["end"] <= row["start"]])
        clause = normalize(text[lo:row["start"]])
        until = _UNTIL_WEEKDAY.search(clause) and _POSTPONE_IN.search(clause)
        last = re.split(r"[،,؛;:]", clause)[-1]
        if not (until or _UPCOMING_IN.search(last) and not PAST_VERB.search(last)):
            if wd in moved and not PAST_CUE.search(clause[-40:]):
                set_day_ahead(row, moved[wd])
            continue
        target = dct + dt.timedelta(days=(wd - dct.weekday()) % 7 or 7)
        moved[wd] = target.isoformat()
        set_day_ahead(row, moved[wd])


# "وافقت الحكومة المصرية اليوم، الثلاثاء، على مشروع قانون" in a Wednesday page that gathers briefs of several days: "اليوم"
# with a weekday is that weekday (the rule of the gold: the named day is the text's today), the nearest one to the
# reference day, even where another brief of the page set the reference day; so is any other deictic day written with
# its weekday one or two days before the day the deictic word counts from the reference day ("أمس الخميس" in a Saturday
# article, "حصد فيلم امس الاول الاحد الجوائز" in a Thursday one: written a day or two before it was published, as
# reference_day_of_norm reads a text's own today), not a day of another weekday; a named weekday after that day, or further
# back, is not moved (a text is not written after it is published: "غدا الاثنين" in a Thursday page stays Friday)
_TODAY_WEEKDAY = re.compile(r"(?:يوم\s+)?(?P<w>اليوم|(?:ال)?اول\s+من\s+امس|اول\s+امس|امس\s+الاول|امس|الامس|البارحه|بعد\s+غد|غدا|غد|الغد)"
                            rf"\s*[،,]?\s*(?:يوم\s+)?(?P<wd>{alt(WEEKDAYS)})")


def today_named_another_weekday(rows: list[dict], text: str) -> None:
    for r in rows:
        if r["type"] != "DATE" or not r["rule"].startswith("deictic_day") or not re.fullmatch(r"\d{4}-\d\d-\d\d", r["value"]):
            continue
        m = _TODAY_WEEKDAY.fullmatch(normalize(r["text"]).strip())
        if m is None:
            continue
        day = dt.date.fromisoformat(r["value"])
        back = (day.weekday() - WEEKDAYS[m.group("wd")]) % 7
        if back == 0 or (m.group("w") != "اليوم" and back > 2):
            continue
        # the nearest such weekday: a day or two back (a page of briefs, a text written before midnight), or one ahead
        d = (day - dt.timedelta(days=back) if back <= 3 else day + dt.timedelta(days=7 - back)).isoformat()
        old = r["value"]
        r.update(value=d, date_start=d, date_end=d, rule="deictic_day:named-weekday")
        for c in rows:
            # and the clock that day governs: "ابتداء من الساعة الحادية عشرة من يوم غد الثلاثاء"
            if (c["type"] == "TIME" and c["value"].startswith(old + "T") and c["end"] <= r["start"]
                    and re.fullmatch(r"\s*(?:من\s+)?", normalize(text[c["end"]:r["start"]]))):
                c.update(value=d + c["value"][10:], date_start=d, date_end=d,
                         anchor=d if c.get("anchor") == old else c.get("anchor"))


# "وكان بهجلي أثار مفاجأة عندما دعا الثلاثاء إلى إجراء انتخابات مبكرة في 26 آب/أغسطس" (an April article): a bare day–month
# or month that a call or a demand to hold an event points to (دعا/طالب/اقترح … إلى إجراء/تنظيم/عقد …) is the coming one,
# whatever the perfect verb of the call
_CALL_TO_HOLD = re.compile(
    r"(?<![^\W\d_])[وف]?(?:دعا|دعت|دعوا|يدعو|تدعو|الدعوه|دعوه|دعوات|طالب|طالبت|طالبوا|يطالب|تطالب|اقترح|اقترحت|يقترح)"
    r"(?![^\W\d_])(?:\s+[^\W\d_]+){0,3}\s+(?:(?:الي|ب)\s+|ل)?(?:ال)?(?:اجراء|تنظيم|عقد|اجتماع|انتخابات|استفتاء|قمه|"
    r"تظاهر|اضراب|مسيره)(?![^\W\d_])[^.!?؟\n]{0,60}\s(?:في|يوم)\s+$")


def called_for_ahead(rows: list[dict], text: str, dct: dt.date | None) -> None:
    if dct is None:
        return
    for r in rows:
        if not (r["type"] == "DATE" and r["rule"].startswith(("day_month:bare", "month:bare")) and r["date_start"]
                and dt.date.fromisoformat(r["date_start"][:10]) < dct):
            continue
        lo = sentence_around(text, r["start"])[0]
        if not _CALL_TO_HOLD.search(normalize(text[max(lo, r["start"] - 140):r["start"]])):
            continue
        y = int(r["value"][:4]) + 1
        try:
            ahead = dt.date(y, int(r["value"][5:7]), int(r["value"][8:10]) if len(r["value"]) >= 10 else 15)
        except ValueError:
            continue
        if (ahead - dct).days >= (dct - dt.date.fromisoformat(r["date_start"][:10])).days:
            continue  # ("دعا إلى إجراء انتخابات في آذار/مارس" told in April: the nearer one, last March, whatever the call)
        r["value"] = f"{y}{r['value'][4:]}"
        r["date_start"] = f"{y}{r['date_start'][4:]}"
        r["date_end"] = f"{y}{r['date_end'][4:]}" if r["date_end"] else r["date_end"]
        r["rule"] += "+called-for"


# "تلك جملة قرأتها يوما ما مكتوبة على أتوبيس": "one day" right after a perfect verb is a day in the past (PAST_REF, as the
# gold has it), not an indefinite day ahead
_PERFECT_WORD = re.compile(r"[وف]?(?![يتنس][^\W\d_]{2,}$)(?!ال)[^\W\d_]{2,5}(?:ت|تها|ته|تهم|نا|ناه|ناها|وا|وه|وها)")


def some_day_told_past(rows: list[dict], text: str) -> None:
    for r in rows:
        if r["type"] == "DATE" and r["value"] == "FUTURE_REF" and normalize(r["text"]) in ("يوما ما", "يوما"):
            words = normalize(text[max(0, r["start"] - 20):r["start"]]).split()
            if words and (_PERFECT_WORD.fullmatch(words[-1]) or PAST_VERB.fullmatch(words[-1])):
                r.update(value="PAST_REF", rule=r["rule"] + "+told-past")


# "تم مساء اليوم، الاثنين فك اعتصام": a part of today, then after a comma the weekday that names that day: the gold
# keeps the weekday its own DATE ("أمس، الأربعاء" alone stays one DATE)
_PART_COMMA_WEEKDAY = re.compile(rf"^(?P<a>.*?)\s*[،,]\s*(?P<w>{alt(WEEKDAYS)})$")


def weekday_after_a_comma(rows: list[dict], text: str, norm: str, offsets) -> None:
    for r in [r for r in rows if r["type"] == "TIME" and r["rule"].startswith("deictic_day")]:
        m = _PART_COMMA_WEEKDAY.match(normalize(r["text"]))
        if m is None or len(normalize(r["text"])) != len(r["text"]) or not re.match(r"\d{4}-\d\d-\d\d", r["value"]):
            continue
        day = r["value"][:10]
        w_start = r["start"] + m.start("w")
        rows.append(dict(r, start=w_start, end=r["end"], text=text[w_start:r["end"]], type="DATE", value=day,
                         date_start=day, date_end=day, precision="day", rule="weekday:after_comma", anchor=None))
        r.update(end=r["start"] + m.end("a"), text=text[r["start"]:r["start"] + m.end("a")])
    rows.sort(key=lambda x: x["start"])
