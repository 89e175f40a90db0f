"""Passes for schedules and timetables: weekday ranges, date ranges with clocks, daily clocks.

A timetable's clock times take the day of its heading or no day at all (a daily routine, a numbered list), and
a weekday range or plural ("أيام الأحد") is a set, not one day.
"""
from __future__ import annotations

import datetime as dt
import re

from marsad.dates.lexicon import alt, WEEKDAYS
from marsad.dates.rows import on_day
from marsad.dates.tense import tense_before
from marsad.lang.rules import sentence_around
from marsad.lang.text import normalize

__all__ = [
    "clocks_of_a_numbered_list",
    "clocks_under_a_date_heading",
    "daily_clocks",
    "date_range_timetable",
    "schedule_weekdays",
    "weekday_plural_set",
    "weekday_range_schedule",
]

# Clock times in an inline numbered list with no day ("2. الاستيقاظ عند الساعة 4:20 صباحا … 3. عمل جروح"): the steps of
# a routine or a game, on no fixed day (TIMEX3 leaves the day X, as for a daily timetable).
_LIST_MARK = re.compile(r"(?:^|\s)\d{1,2}\s*[.)-]\s+(?=[^\W\d_])")


def clocks_under_a_date_heading(rows: list[dict], text: str, sentences: list[int]) -> None:
    """"تعيينات الحكام :\nالأحد 26 فيفري 2017\nالجولة الأولى : الساعة 14:00 …": a clock with no day in its sentence,
    after a line that holds only a date (a schedule's heading) and no other day between them, is on that day."""
    for i, r in enumerate(rows):
        if r["rule"] != "clock" or not re.match(r"\d{4}-\d\d-\d\dT", r["value"] or ""):
            continue
        if any(q["type"] == "DATE" and sentences[k] == sentences[i] for k, q in enumerate(rows)):
            continue
        j = next((j for j in range(i - 1, -1, -1) if rows[j]["type"] == "DATE"), None)
        if j is None:
            continue
        h = rows[j]
        line_start = text.rfind("\n", 0, h["start"]) + 1
        line_end = text.find("\n", h["end"])
        if (h["precision"] != "day" or not h["date_start"] or line_end < 0 or r["start"] - h["end"] > 600
                or not re.fullmatch(r"[\s:،,.\-–]*", text[line_start:h["start"]] + text[h["end"]:line_end])
                or h["date_start"][:10] == r["value"][:10]):
            continue
        on_day(r, h["date_start"][:10], anchor=True)


def clocks_of_a_numbered_list(rows: list[dict], text: str) -> None:
    """A clock inside item N of a list whose item N+1 follows (``N.`` markers inline), with no day in its item."""
    for r in rows:
        if r["type"] != "TIME" or not re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d$", r["value"] or ""):
            continue
        marks = list(_LIST_MARK.finditer(text, max(0, r["start"] - 80), r["start"]))
        if not marks:
            continue
        item_start = marks[-1].end()
        nxt = re.search(r"\d{1,2}", marks[-1].group())
        after = _LIST_MARK.search(text, r["end"], r["end"] + 160)
        if (re.search(r"[!?؟\n]", text[item_start:r["start"]]) or after is None
                or int(re.search(r"\d{1,2}", after.group()).group()) != int(nxt.group()) + 1):
            continue
        if any(q is not r and q["type"] == "DATE" and q["precision"] == "day" and item_start <= q["start"] < after.start()
               for q in rows):
            continue
        r.update(value="XXXX-XX-XX" + r["value"][10:], date_start=None, date_end=None, rule=r["rule"] + "+list")


def daily_clocks(rows: list[dict], sentences: list[int]) -> None:
    """"هدنة يومية، منذ الساعة التاسعة صباحا وحتى الساعة الثانية ظهرا", "يوميا على الساعة 15:00", "رحلة على الساعة
    20:30 … كل إثنين وأربعاء": a clock of a recurrence (a SET of one day, of a part of every day or of a weekday, in its
    sentence, no day named between them) is on every
    day and no one of them: its day is not fixed (``XXXX-XX-XXThh:mm``, the timetable convention of data/gold/timex)."""
    for i, s in enumerate(rows):
        if (s["type"] != "SET" or not (s["value"] == "P1D" or s["value"].startswith("XXXX-XX-XXT")
                                       or re.fullmatch(r"XXXX-WXX-\d", s["value"]))
                or normalize(s["text"]).startswith("ال")):
            continue  # (not a noun's definite adjective: "فقدانه لإيراده اليومي" says nothing of the clock)
        for j, c in enumerate(rows):
            if (sentences[j] != sentences[i] or not c["rule"].startswith("clock") or not c["date_start"]
                    or not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d", c["value"])):
                continue
            lo, hi = sorted((i, j))
            if any(r["precision"] == "day" and r["date_start"] and not r["rule"].startswith("clock")
                   for r in rows[lo + 1:hi]):
                continue  # "يوميا … ثم يوم الجمعة على الساعة 15:00": a day of its own
            c.update(value="XXXX-XX-XX" + c["value"][10:], date_start=None, date_end=None, precision=None,
                     anchor=None, rule="clock:daily")


_RANGE_FROM = re.compile(r"(?<![^\W\d_])(?:[وف]?من|بين)\s+(?:يوم\s+|ايام\s+)?$")
_RANGE_TO = re.compile(r"\s*(?:(?:و\s*)?(?:الي|حتي|لغايه)|و|-|–)\s*(?:يوم\s+)?")
_SCHEDULE_CUE = re.compile(r"(?<![^\W\d_])(?:[وف]?(?:يعمل|تعمل|يفتح|تفتح|يستقبل|تستقبل|يبث|تبث|يقدم|تقدم)|اسبوعيا|"
                           r"يوميا|كل\s+اسبوع|ايام\s+الاسبوع|مواعيد|اوقات|توقيت|دوام|ساعات\s+العمل)(?![^\W\d_])")


def weekday_range_schedule(rows: list[dict], text: str, sentences: list[int]) -> None:
    """"يعمل المكتب من الاثنين إلى الجمعة من الساعة الثامنة صباحا": a range of weekdays in a schedule (a clock or a
    word of opening hours in its sentence, neither day dated or called next/last) recurs every week: two SETs
    (XXXX-WXX-1, XXXX-WXX-5), and the clock times of that sentence after it are times of any such day."""
    for i in range(len(rows) - 1):
        a, b = rows[i], rows[i + 1]
        if not (a["rule"].startswith("weekday:") and b["rule"].startswith("weekday:") and sentences[i] == sentences[i + 1]
                and a["type"] in ("DATE", "TIME") and b["type"] in ("DATE", "TIME")):
            continue
        # (a part of a day at either end, "اعتبارا من مساء الاثنين وحتى صباح الخميس", is one stretch, never a habit)
        parts = not a["type"] == b["type"] == "DATE"
        if not (_RANGE_FROM.search(normalize(text[max(0, a["start"] - 12):a["start"]]))
                and _RANGE_TO.fullmatch(normalize(text[a["end"]:b["start"]]))):
            continue
        same = [j for j in range(len(rows)) if sentences[j] == sentences[i]]
        sentence_text = normalize(text[rows[same[0]]["start"] - 200 if rows[same[0]]["start"] > 200 else 0:rows[same[-1]]["end"] + 60])
        clocks = [j for j in same if j > i + 1 and rows[j]["rule"] == "clock"]
        if parts or (not clocks and not _SCHEDULE_CUE.search(sentence_text)) or "weekday:next" in (a["rule"], b["rule"]):
            # one stretch of days: its end is the first such weekday after its start
            # ("من الاثنين المقبل إلى الجمعة" ends on the Friday after that Monday)
            if a["date_start"] and b["date_start"] and a["precision"] == b["precision"] == "day":
                lo, hi = dt.date.fromisoformat(a["date_start"]), dt.date.fromisoformat(b["date_start"])
                if not lo < hi <= lo + dt.timedelta(days=6):
                    end = lo + dt.timedelta(days=(hi.weekday() - lo.weekday()) % 7 or 7)
                    on_day(b, end.isoformat())
            continue
        for r in (a, b):
            wd = WEEKDAYS[re.sub(r"^يومي?\s+", "", normalize(r["text"]).strip())]
            r.update(type="SET", value=f"XXXX-WXX-{wd + 1}", date_start=None, date_end=None, precision=None,
                     anchor=None, rule="set:weekday_range")
        for j in clocks:
            r = rows[j]
            r.update(value="XXXX-XX-XX" + r["value"][r["value"].index("T"):], date_start=None, date_end=None,
                     precision=None, anchor=None, rule="clock:habitual")


_TIMETABLE_CUE = re.compile(r"(?<![^\W\d_])(?:[وفب]?(?:ال)?(?:برنامج|عرض|عروض|حصه|حصص|دوره|دورات|جلسه|جلسات)|"
                            r"مواعيد|اوقات|يوميا|كل\s+يوم)(?![^\W\d_])")


def date_range_timetable(rows: list[dict], text: str) -> None:
    """"من 28 نوفمبر إلى 1 ديسمبر 2016 عرض الأفلام حسب البرنامج التالي: العرض الأول الساعة 11 صباحا، العرض الثاني على
    الساعة 15:00": clock times of a timetable after a range of days, with no day of their own between the range and
    them, recur on every day of it: TIMEs whose day is not fixed (``XXXX-XX-XXT15:00``, the gold's convention). A
    clock written right after the range's end ("إلى غاية يوم الاثنين 20 فيفري على الساعة الرابعة") is that day's."""
    for i in range(len(rows) - 1):
        a, b = rows[i], rows[i + 1]
        if not (a["type"] == b["type"] == "DATE" and a["precision"] == b["precision"] == "day"
                and a["date_start"] and b["date_start"] and a["date_start"] < b["date_start"]
                and dt.date.fromisoformat(b["date_start"]) - dt.date.fromisoformat(a["date_start"]) <= dt.timedelta(days=31)
                and _RANGE_FROM.search(normalize(text[max(0, a["start"] - 12):a["start"]]))
                and _RANGE_TO.fullmatch(normalize(text[a["end"]:b["start"]]))):
            continue
        _timetable_clocks(rows, i + 2, b, text, _TIMETABLE_CUE)
    # "خلال أيام 13 و14 و15 جانفي من الساعة التاسعة صباحا إلى حدود الرابعة مساء": days listed after "أيام" and
    # the clocks right after them recur on each of those days
    for i in range(len(rows) - 1):
        a = rows[i]
        if not (a["type"] == "DATE" and a["precision"] == "day" and a["date_start"]
                and re.search(r"(?<![^\W\d_])ايام\s+(?:ال\s*)?$", normalize(text[max(0, a["start"] - 8):a["start"]]))):
            continue
        j = i
        while (j + 1 < len(rows) and rows[j + 1]["type"] == "DATE" and rows[j + 1]["precision"] == "day"
               and re.fullmatch(r"\s*(?:و|،|,)\s*(?:ال\s*)?", normalize(text[rows[j]["end"]:rows[j + 1]["start"]]))):
            j += 1
        if j > i:
            _timetable_clocks(rows, j + 1, rows[j], text, None)
    # "تفتح مكاتب البريد اليوم السبت 25 جوان وكذلك يوم السبت 2 جويلية … من الساعة السابعة والنصف صباحا": opening hours
    # after two dated days joined by "وكذلك" hold on both
    for i in range(len(rows) - 1):
        a, b = rows[i], rows[i + 1]
        if (a["type"] == b["type"] == "DATE" and a["precision"] == b["precision"] == "day" and a["date_start"]
                and b["date_start"] and a["date_start"] != b["date_start"]
                and re.fullmatch(r"\s*(?:[،,]\s*)?و\s*كذلك\s*", normalize(text[a["end"]:b["start"]]))):
            _timetable_clocks(rows, i + 2, b, text, _OPENING_CUE)


_OPENING_CUE = re.compile(_SCHEDULE_CUE.pattern + r"|(?<![^\W\d_])[وف]?[سي]?[يت]?(?:فتح|غلق|ابواب)[^\W\d_]*")


def _timetable_clocks(rows: list[dict], first: int, last_day: dict, text: str, cue) -> None:
    """The clocks from ``rows[first]`` on that belong to a timetable after ``last_day`` (see date_range_timetable):
    no day or other time between, within 400 characters, and (with ``cue``) a word of a programme before each."""
    b = last_day
    for c in rows[first:]:
        if c["start"] - b["end"] > 400:
            break
        if c["rule"] != "clock":
            if c["rule"].startswith("named_day"):
                continue  # (a holiday named in passing is no day of the timetable's clocks)
            if c["precision"] == "day" or c["type"] in ("DATE", "TIME"):
                break  # a day of their own (or a new time) ends the timetable
            continue
        gap = normalize(text[b["end"]:c["start"]])
        if cue is not None and not (cue.search(gap) and len(gap.split()) > 3):
            break
        c.update(value="XXXX-XX-XX" + c["value"][c["value"].index("T"):], date_start=None, date_end=None,
                 precision=None, anchor=None, rule="clock:timetable")


_BROADCAST_CUE = re.compile(r"(?<![^\W\d_])[وفب]?(?:ال)?(?:بث|يبث|تبث|يعاد|تعاد|اعاده|يذاع|تذاع|عرض|يعرض|تعرض|عروض|"
                            r"برنامج|مواعيد|موعد)(?![^\W\d_])")
_SCHEDULE_CLOCK_AFTER = re.compile(r"\s*(?:الساعه\s+)?\d{1,2}[:.,]\d{2}(?!\d)")
_WEEKDAY_NUM = {normalize(w): i for i, w in enumerate(
    ("الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد"))}


def schedule_weekdays(rows: list[dict], text: str, dct: dt.date | None) -> None:
    """A weekday written right before its clock ("البث الأول السبت 10:30 غرينتش، ويعاد السبت 22:30 غرينتش، والأحد
    16:00 غرينتش، والجمعة 02:30 غرينتش"), in a sentence with no tense sign that lists two such pairs or names a
    broadcast or a programme, is a timetable of what is ahead: each such
    weekday is its first occurrence from the publication day on, and not before the one listed before it in its
    sentence; the clocks that took its day move with it."""
    if dct is None:
        return
    prev_day, prev_sentence = None, None
    for i, row in enumerate(rows):
        if row["rule"] != "weekday:last" or row["type"] != "DATE" or not row["date_start"]:
            continue
        if not _SCHEDULE_CLOCK_AFTER.match(normalize(text[row["end"]:row["end"] + 20])):
            continue
        wd = _WEEKDAY_NUM.get(normalize(row["text"]).split()[-1])
        if wd is None:
            continue
        if re.search(r"\(\s*$", text[max(0, row["start"] - 3):row["start"]]):
            continue  # "رفعت الخميس الساعة 01,00 (الأربعاء 22,00 بتوقيت غرينتش)": a GMT restatement, not a timetable
        lo, hi = sentence_around(text, row["start"])
        sentence = normalize(text[lo:hi])
        if tense_before(sentence, len(sentence)) is not None or any(
                r["rule"] == "weekday:past" and lo <= r["start"] < hi for r in rows):
            continue  # a past (or future) sign of its own
        pairs = sum(1 for r in rows if r["rule"] == "weekday:last" and lo <= r["start"] < hi
                    and _SCHEDULE_CLOCK_AFTER.match(normalize(text[r["end"]:r["end"] + 20])))
        if pairs < 2 and not _BROADCAST_CUE.search(sentence):
            continue  # "ووصل الوفد الأربعاء 10:30": one weekday and clock, no timetable word (a perfect verb may be unseen)
        start = prev_day if prev_day is not None and prev_sentence == lo else dct
        new = start + dt.timedelta(days=(wd - start.weekday()) % 7)
        prev_day, prev_sentence = new, lo
        old = row["date_start"]
        if new.isoformat() == old:
            continue
        nxt = next((r["start"] for r in rows[i + 1:] if r["rule"].startswith("weekday")), hi)
        for r in rows[i:]:
            if r["start"] >= min(nxt, hi):
                break
            if r is row or (r["type"] == "TIME" and r["date_start"] == old):
                on_day(r, new.isoformat(), anchor=r is not row)


def weekday_plural_set(rows: list[dict], text: str, sentences: list[int]) -> None:
    """"تؤمن المكاتب حصة عمل أيام السبت من الساعة التاسعة صباحا", "أيام الاثنين والثلاثاء": weekdays after "أيام"
    (on such days) recur every week: SETs, with the weekdays listed after them and the clocks of their sentence."""
    for i, row in enumerate(rows):
        if not (row["rule"] in ("weekday:last", "weekday:past", "weekday:future", "weekday:expected", "weekday:planned") and row["type"] == "DATE"
                and re.search(r"(?<![^\W\d_])[وف]?ايام\s+$", normalize(text[max(0, row["start"] - 8):row["start"]]))):
            continue
        group = [i]
        while (group[-1] + 1 < len(rows) and rows[group[-1] + 1]["rule"] in ("weekday:last", "weekday:past", "weekday:future", "weekday:expected", "weekday:planned")
               and rows[group[-1] + 1]["type"] == "DATE"
               and re.fullmatch(r"[\s،,و]*", normalize(text[rows[group[-1]]["end"]:rows[group[-1] + 1]["start"]]))):
            group.append(group[-1] + 1)
        for j in group:
            r = rows[j]
            # (the weekday word inside the span: "أيام الجمعة السابقة" has a relative word after it)
            name = re.search(rf"(?:{alt(WEEKDAYS)})(?![^\W\d_])", normalize(r["text"]))
            if name is None:
                continue
            wd = WEEKDAYS[name.group()]
            r.update(type="SET", value=f"XXXX-WXX-{wd + 1}", date_start=None, date_end=None, precision=None,
                     anchor=None, rule="set:weekday_plural")
        before = [j for j in range(i - 1, -1, -1)
                  if sentences[j] == sentences[i] and rows[j]["rule"] == "clock" and rows[i]["start"] - rows[j]["end"] <= 25]
        # ("رحلة تنطلق على السادسة صباحا وذلك أيام الثلاثاء والخميس": the clock just before them too)
        for j in [*before[:1], *range(group[-1] + 1, len(rows))]:
            if sentences[j] != sentences[i] or rows[j]["rule"] != "clock":
                break
            r = rows[j]
            r.update(value="XXXX-XX-XX" + r["value"][r["value"].index("T"):], date_start=None, date_end=None,
                     precision=None, anchor=None, rule="clock:habitual")
