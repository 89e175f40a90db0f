"""Passes for clock times: the part of day a clock belongs to, GMT in brackets, dialect hours, ranges.

A bare hour takes the part of day of the clock before it or of a bracketed GMT time; an hour "after noon" is the
afternoon of its day; a clock range, a zone hour in words and a dialect hour with its figures in brackets.
"""
from __future__ import annotations

import datetime as dt
import re

from marsad.dates.cues import CLOCK_PART, CLOCK_RANGE_GAP
from marsad.dates.filters import QUOTES, TITLE_NOUN
from marsad.dates.lexicon import alt, DIALECT_HOURS, HOURS, WEEKDAY, WEEKDAYS
from marsad.dates.rows import after_noon, names_one_day, new_row, norm_at, on_day, put, quote_start
from marsad.lang.rules import sentence_around
from marsad.lang.text import normalize

__all__ = [
    "bare_hour_after_clock",
    "bracket_says_afternoon",
    "bracketed_gmt_hour",
    "clock_range_afternoon",
    "clock_takes_its_part",
    "dialect_hour_of_a_clock",
    "event_afternoon",
    "GMT_AFTER",
    "gmt_says_afternoon",
    "gmt_says_morning",
    "hour_after_noon_of_a_day",
    "late_hour_of_a_day",
    "quoted_programme_clock",
    "zone_hour_words",
]

# a bare hour word restating a clock in another time zone: "الساعة الرابعة بعد الظهر بتوقيت باريس (الثالثة بتوقيت
# غرينتش)", "عند الساعة الرابعة بتوقيت باريس، الثالثة بتوقيت غرينتش"
_ZONE_HOUR = re.compile(rf"(?<![^\W\d_])(?P<h>{alt(HOURS)})(?:\s+و\s*(?P<frac>النصف|الربع))?(?=\s+(?:بتوقيت|بالتوقيت|توقيت|ت\s*غ)(?![^\W\d_]))")


def zone_hour_words(rows: list[dict], text: str, norm: str, offsets) -> None:
    for m in _ZONE_HOUR.finditer(norm):
        start = int(offsets[m.start()])
        lo, _ = sentence_around(text, start)
        clock = next((r for r in reversed(rows) if r["rule"] == "clock" and lo <= r["start"] and r["end"] <= start
                      and start - r["end"] <= 60 and r["date_start"] and "T" in r["value"]), None)
        if clock is None:
            continue
        h, minute = HOURS[" ".join(m.group("h").split())], {"النصف": 30, "الربع": 15}.get(m.group("frac"), 0)
        ref = int(clock["value"][11:13])
        hour = min((h % 12, h % 12 + 12), key=lambda x: min(abs(x - ref), 24 - abs(x - ref)))
        day = clock["date_start"][:10]
        row = new_row(text, offsets, m.start(), m.end(), "TIME", f"{day}T{hour:02d}:{minute:02d}", "clock:zone_word",
                       lo=day, precision="day", anchor=day)
        put(rows, row)
# a match, a concert, a session: what starts at "الساعة الثانية والنصف" without a half of the day starts after noon
_EVENT_WORD = re.compile(r"(?<![^\W\d_])[وفبل]?س?(?:ال)?(?:مباراه|مباريات|مقابله|مقابلات|المواجهه|مواجهه|لقاء|حفل|حفله|عرض|"
                         r"جلسه|ندوه|تظاهره|قرعه|تدور|يدور|تنطلق|ينطلق|تنتظم|ينتظم|تقام|يقام|تجري|يجري|تستهل|يستهل|"
                         # fixtures: "الكلاسيكو الذي يجمع برشلونة بريال مدريد … انطلاقا من الساعة الرابعة و الربع"
                         r"كلاسيكو|ديربي|يجمع|تجمع|يلتقي|تلتقي|يستضيف|تستضيف|"
                         # a fixture list: "البرنامج الاربعاء 5 أفريل 2017 الساعة الخامسة : النادي الإفريقي * الترجي"
                         r"البرنامج|"
                         # a vote's hours: "بلغت نسبة المشاركة … بحلول الساعة الخامسة بالتوقيت المحلي" (17:00)
                         r"الاقتراع|التصويت|الناخبين)(?![^\W\d_])")
_NIGHT_WORD = re.compile(r"ليل|فجر|صباح|الصبح|منتصف|توقيت(?!\s+(?:ال)?محلي)|ت\s*غ")
_MATCH_WORD = re.compile(r"(?<![^\W\d_])[وفبل]?(?:ال)?(?:مباراه|مباراته|مباراتها|مباريات|مقابله|المواجهه|مواجهه|النهائي|نهائي|"
                         r"ملعب|المنتخب|منتخب|الدور)(?![^\W\d_])")
# A vote's hours: the verb of the clause before an hour without its half of the day says which end of polling day it
# is: an opening ("فتحت مراكز الاقتراع أبوابها عند الساعة السادسة", "بدأ التصويت عند الساعة السادسة") is in the morning,
# a closing ("وتغلق عند الساعة السادسة", "يستمر حتى الساعة الثامنة") in the evening.
_VOTE_WORD = re.compile(r"(?<![^\W\d_])[وفبل]?(?:ال)?(?:اقتراع|تصويت|ناخبين|ناخبون|انتخابات|انتخاب)(?![^\W\d_])")
_VOTE_OPEN = re.compile(r"(?<![^\W\d_])[وف]?(?:[سيت]?(?:فتح|يفتح|تفتح|افتتح|بدا|بدء|يبدا|تبدا|انطلق|انطلاق|ينطلق|تنطلق)"
                        r"[^\W\d_]{0,3})(?![^\W\d_])")
_VOTE_CLOSE = re.compile(r"(?<![^\W\d_])[وف]?(?:[سيت]?(?:اغلق|اغلاق|غلق|يغلق|تغلق|انتهي|انتهت|انتهاء|ينتهي|تنتهي|يختتم|تختتم|"
                         r"اختتم)[^\W\d_]{0,3}|حتي|لغايه)(?![^\W\d_])")


def _vote_end(rows: list[dict], row: dict, text: str, lo: int, sentence: str) -> str | None:
    """"open" or "close" when ``row``'s sentence is about a vote and the last opening or closing verb of its clause
    (from the sentence start or the clock before it) comes before it; else None."""
    if not _VOTE_WORD.search(sentence):
        return None
    start = max([r["end"] for r in rows if r["type"] == "TIME" and lo <= r["end"] <= row["start"]] + [lo])
    clause = normalize(text[start:row["start"]])
    last = max(((m.end(), "open") for m in _VOTE_OPEN.finditer(clause)), default=(-1, None))
    last = max([last] + [(m.end(), "close") for m in _VOTE_CLOSE.finditer(clause)])
    return last[1]


def event_afternoon(rows: list[dict], text: str) -> None:
    """"تدور اليوم انطلاقا من الساعة الثانية و النصف مباراة …": an hour from 1 to 6 written without its half of the
    day, in a sentence about a match or a ceremony with no night, dawn or morning in it, is after noon (14:30). So is an
    hour word (no digits) with no half of the day near it after a match word of its sentence, whatever time zone it names
    ("سيجري نهائي كأس العالم … على ملعب لوجنيكي، عند الساعة الخامسة بتوقيت باريس" is 17:00). In a sentence about a
    vote, the verb of the clock's clause decides (``_vote_end``): the opening of the polls keeps its morning ("فتحت
    مراكز الاقتراع أبوابها عند الساعة السادسة", "بدأ التصويت عند الساعة السادسة"), their closing is in the evening
    (an hour from 1 to 11: "وتغلق عند الساعة السابعة" is 19:00)."""
    for row in rows:
        if row["rule"] != "clock" or not row["date_start"] or CLOCK_PART.search(normalize(row["text"])):
            continue
        hour = int(row["value"][11:13])
        if not 1 <= hour <= 11 or re.search(r"(?<!\d)0\d\s*[:.,]\d\d|\d\d[:.,]\d\d\s*[:.,]", row["text"]):
            continue
        lo, hi = sentence_around(text, row["start"])
        sentence = normalize(text[lo:hi])
        end = _vote_end(rows, row, text, lo, sentence)
        if end == "close":
            after_noon(row)
        if end or hour > 10:
            continue
        match = (not re.search(r"\d", row["text"]) and _MATCH_WORD.search(normalize(text[lo:row["start"]]))
                 and not _PART_WORD.search(normalize(text[max(0, row["start"] - 15):row["end"] + 30])))
        if hour > 6:
            # "تجمع بين فرنسا وبلجيكا في نصف النهائي في الساعة الثامنة بتوقيت باريس (السابعة بتوقيت غرينتش)": an hour word
            # from 7 to 10 after a match word is an evening kick-off (20:00), as one from 1 to 6 is an afternoon one
            if match:
                after_noon(row)
            continue
        # "أنتظر السيد جمال أمام الباب، منذ الساعة الواحدة": a waiting since (or until) an hour word from 1 to 5, with
        # no night, dawn, morning or time zone in its sentence, is after noon (13:00)
        since = (hour <= 5 and not re.search(r"\d", row["text"])
                 and re.search(r"(?<![^\W\d_])[وف]?(?:منذ|حتي)\s+$", normalize(text[max(0, row["start"] - 8):row["start"]])))
        if (_EVENT_WORD.search(sentence) or since) and not _NIGHT_WORD.search(sentence) or match:
            after_noon(row)


_PART_THEN_WEEKDAY = re.compile(rf"(?P<part>صباح|صبيحه|مساء|عشيه)\s+(?={alt(WEEKDAYS)}(?![^\W\d_]))")


def clock_takes_its_part(rows: list[dict], text: str) -> None:
    """"الساعة 10:16 مساء الإثنين", "حوالي الساعة السابعة والنصف مساء الخميس": the half of the day right after a
    clock (no "من" between) belongs to the clock, and the weekday after it is a DATE of its own (the gold's
    convention since heldout3); "الساعة الثامنة من مساء الخميس" keeps the part with the day."""
    for a, b in zip(rows, rows[1:]):
        if not (a["rule"] == "clock" and a["type"] == "TIME" and b["type"] == "TIME" and b["rule"].startswith("weekday")
                and text[a["end"]:b["start"]].strip() == "" and not CLOCK_PART.search(normalize(a["text"]))):
            continue
        m = _PART_THEN_WEEKDAY.match(normalize(b["text"]))
        if not m:
            continue
        gap = re.match(r"\S+\s+", b["text"])
        if gap is None:
            continue
        a["end"] = b["start"] + len(gap.group().rstrip())
        a["text"] = text[a["start"]:a["end"]]
        b["start"] += gap.end()
        b["text"] = text[b["start"]:b["end"]]
        b["type"] = "DATE"
        b["value"] = b["value"][:10]
        if b["date_start"] and a["date_start"] != b["date_start"]:  # the clock is on that weekday, wherever it was moved
            on_day(a, b["date_start"][:10], anchor=True)
GMT_AFTER = re.compile(r"\s*(?:ت\s*\.?\s*غ|بتوقيت|توقيت|GMT)")
_GMT_IN_BRACKETS = re.compile(r"\s*(?:[^\W\d_]+\s+){0,3}\(\s*(?P<h>\d{1,2})[:.,]?\d{2}\s*(?:ت\s*\.?\s*غ|بتوقيت|توقيت|GMT)")


def gmt_says_morning(text: str, end: int, hour: int) -> bool:
    """A clock followed by its GMT time in brackets ("الساعة 11:30 (09:30 ت غ)") is as written when the written hour
    lies within six hours of the GMT one and the afternoon reading would not: no half of the day is added."""
    m = _GMT_IN_BRACKETS.match(normalize(text[end:end + 60]))
    if not m:
        return False
    gmt = int(m.group("h"))
    near = lambda h: min(abs(h - gmt), 24 - abs(h - gmt)) <= 6
    return near(hour) and not near(hour + 12)


_BRACKET_24H = re.compile(r"\s*\(\s*(?P<h>\d{1,2})\s*[:.,،]\s*\d{2}\s*\)")


def bracket_says_afternoon(rows: list[dict], text: str) -> None:
    """"في تمام الساعة الخامسة وست وعشرين دقيقة (17:26) من عصر الاثنين": an hour without its half of the day restated
    in brackets on the 24-hour clock (no time zone in them) is that afternoon or evening hour."""
    for row in rows:
        if row["rule"] != "clock" or not row["value"][11:13].isdigit() or CLOCK_PART.search(normalize(row["text"])):
            continue
        hour = int(row["value"][11:13])
        m = _BRACKET_24H.match(text, row["end"])
        if m and 1 <= hour <= 11 and int(m.group("h")) == hour + 12:
            after_noon(row)


def gmt_says_afternoon(rows: list[dict], text: str) -> None:
    """"ستقام المباراة الساعة التاسعة إلا ربعا بالتوقيت المحلي (18:45 ت غ)": a clock without its half of the day whose
    GMT time in brackets puts its afternoon reading at GMT-1 to GMT+4 (Europe, Africa, the Middle East) and its morning
    reading ten hours or more from GMT is in the afternoon (20:45, not 08:45). ("الساعة 8.50 (0150 بتوقيت غرينتش)" in
    Indonesia, GMT+7, keeps its morning.)"""
    for row in rows:
        if row["rule"] != "clock" or not row["date_start"] or CLOCK_PART.search(normalize(row["text"])):
            continue
        hour = int(row["value"][11:13])
        if not 1 <= hour < 12 or re.search(r"(?<!\d)0\d\s*[:.,]?\d\d", row["text"]):  # ("05:00", "0630": 24-hour)
            continue
        m = _GMT_IN_BRACKETS.match(normalize(text[row["end"]:row["end"] + 60]))
        if not m:
            continue
        gmt = int(m.group("h"))
        offset = lambda h: (h - gmt + 12) % 24 - 12  # the local clock's offset from GMT, -12 to +11
        if -1 <= offset(hour + 12) <= 4 and abs(offset(hour)) >= 10:
            after_noon(row)


_GMT_BRACKET = re.compile(r"\s*\(\s*\d{1,2}[:.,]\d{2}\s*(?:ت\s*\.?\s*غ|بتوقيت\s+\S+|توقيت\s+\S+|GMT)?\s*\)\s*")


_PART_WORD = re.compile(r"(?<![^\W\d_])[وفبل]?(?:ال)?(?:صباح|صبيحه|مساء|ظهر|ظهيره|زوال|ليل|ليله|فجر|عصر|عشيه)")
_WORD_CLOCK = re.compile(r"(?:(?:نحو|حوالي|قرابه)\s+)?(?:ال)?ساعه\s+(?P<h>\S+(?:\s+عشره?)?)")


def bare_hour_after_clock(rows: list[dict], text: str, sentences: list[int]) -> None:
    """"ينتهي التصويت في السابعة مساء … بينما تغلق اللجان في الثامنة": a bare hour word after a clock of its sentence
    is on that clock's day, and in its half of the day (20:00, not 08:00)."""
    for i in range(1, len(rows)):
        b = rows[i]
        word = _WORD_CLOCK.fullmatch(" ".join(normalize(b["text"]).split())) if b["rule"] == "clock" else None
        j = next((j for j in range(i - 1, -1, -1) if rows[j]["rule"] == "clock"), None) if (
            word and word.group("h") in HOURS) else None
        a = rows[j] if j is not None and (sentences[i] == sentences[j] or b["start"] - rows[j]["end"] <= 400 and not any(
            r["precision"] == "day" and r["rule"] != "clock" for r in rows[j + 1:i])) else None
        if (a is not None and a["date_start"] and b["date_start"] == a["date_start"]
                and not _PART_WORD.search(normalize(text[max(a["end"], b["start"] - 15):b["end"] + 30]))):
            # "مهلة ساعتين للتظاهر (من الساعة 17:30 حتى الساعة 19:30)، لكن … غادروا المكان قرابة الساعة السادسة", "فور
            # بلاغها قبيل الساعة الخامسة مساء … وأضاف أنه، بعد الساعة السادسة بقليل، اتصل": an hour word with "الساعة" but
            # no half of the day near it, after a clock of the same day in its sentence or at most 400 characters
            # before it with no other day named between them, takes the half of the day nearer that clock (18:00, not
            # 06:00)
            ha, hb = int(a["value"][11:13]), int(b["value"][11:13])
            if hb < 12 <= ha and abs(hb + 12 - ha) < abs(hb - ha):
                after_noon(b)
            continue
        a = rows[i - 1]
        if not (a["rule"] == b["rule"] == "clock" and sentences[i - 1] == sentences[i] and a["date_start"]
                and " ".join(normalize(b["text"]).split()) in HOURS):
            continue
        ha, hb = int(a["value"][11:13]), int(b["value"][11:13])
        if hb < 12 and hb < ha < hb + 12:  # later in the day than the clock before it
            hb += 12
        b.update(value=f"{a['date_start'][:10]}T{hb:02d}{b['value'][13:]}", date_start=a["date_start"],
                 date_end=a["date_start"], anchor=a["date_start"])


def clock_range_afternoon(rows: list[dict], text: str) -> None:
    """"من الساعة الثانية والنصف زوالا إلى الساعة الخامسة": the end of a range, without its half of the day, is
    after its start (17:00, not 05:00)."""
    # a clock in another time zone in brackets is no end of the range: "من الواحدة من بعد الظهر (10,00 ت غ) حتى
    # الساعة الثانية (11,00 ت غ)" ranges from 13:00 to 14:00
    local = [r for r in rows if not (r["rule"] == "clock" and GMT_AFTER.match(text, r["end"])
                                     and text[max(0, r["start"] - 2):r["start"]].strip().endswith("("))]
    for a, b in zip(local, local[1:]):
        gap = _GMT_BRACKET.sub(" ", text[a["end"]:b["start"]])
        if not (a["rule"] == b["rule"] == "clock" and a["date_start"] and b["date_start"] == a["date_start"]
                and CLOCK_RANGE_GAP.fullmatch(normalize(gap))):
            continue
        ha, hb = int(a["value"][11:13]), int(b["value"][11:13])
        if hb < ha and hb + 12 > ha and hb < 12 and not CLOCK_PART.search(normalize(b["text"])):
            after_noon(b)
        elif ha >= 18 and hb < 12 and re.search(r"صباح|فجر", normalize(b["text"])):
            # "حظر تجول من الساعة العاشرة مساء حتى السابعة صباحا": an overnight range ends the next morning
            day = (dt.date.fromisoformat(a["date_start"][:10]) + dt.timedelta(days=1)).isoformat()
            on_day(b, day, anchor=True)


# "انقطاع في توزيع المياه بداية من الثالثة من بعد زوال يوم الأربعاء 13 افريل": an hour word with "(من) بعد (ال)زوال" or
# "(من) بعد الظهر" right before the day it belongs to is that day's afternoon clock, the span with its afternoon words
# (the gold's convention, as "الساعة الثانية بعد الزوال")
_HOUR_AFTER_NOON = re.compile(rf"(?<![^\W\d_])[وفبل]?(?P<s>(?P<h>{alt(HOURS)})(?:\s+و\s*(?P<frac>النصف|الربع))?\s+(?:من\s+)?"
                              rf"بعد\s+(?:ال)?(?:زوال|ظهر))(?=\s+(?:يوم\s+|من\s+يوم\s+)?(?:{WEEKDAY}|اليوم|امس|الامس|غد|الغد|\d))")


def hour_after_noon_of_a_day(rows: list[dict], text: str, norm: str, offsets) -> None:
    for m in _HOUR_AFTER_NOON.finditer(norm):
        start, end = int(offsets[m.start("s")]), int(offsets[m.end("s") - 1]) + 1
        if any(r["start"] < end and start < r["end"] and r["rule"].startswith("clock") for r in rows):
            continue  # a clock read already ("الساعة الثانية بعد الزوال يوم الأحد")
        day = next((r for r in rows if 0 <= r["start"] - end <= 12 and names_one_day(r) and r["type"] == "DATE"), None)
        if day is None:
            continue
        hour = HOURS[" ".join(m.group("h").split())]
        hour, minute = (hour + 12 if hour < 12 else hour), {"النصف": 30, "الربع": 15}.get(m.group("frac") or "", 0)
        d = day["date_start"][:10]
        row = new_row(text, offsets, m.start("s"), m.end("s"), "TIME", f"{d}T{hour:02d}:{minute:02d}", "clock:after_noon",
                       lo=d, precision="day", anchor=d)
        put(rows, row, replace=True)


# "مع التسعة (21:00)": a Tunisian hour word (a cardinal) right before the same hour in figures in brackets is that clock
_DIALECT_HOUR = re.compile(rf"(?<![^\W\d_])[وفب]?(?P<s>{alt(DIALECT_HOURS)})\s*\(\s*(?P<h>\d{{1,2}})[:h.]\d\d\s*\)")


def dialect_hour_of_a_clock(rows: list[dict], text: str, norm: str, offsets) -> None:
    for m in _DIALECT_HOUR.finditer(norm):
        if DIALECT_HOURS[m.group("s")] % 12 != int(m.group("h")) % 12:
            continue
        clock_at = int(offsets[m.start("h")])
        clock = next((r for r in rows if r["type"] == "TIME" and r["start"] <= clock_at < r["end"]), None)
        if clock is None:
            continue
        put(rows, new_row(text, offsets, m.start("s"), m.end("s"), "TIME", clock["value"], "clock:dialect_hour",
                            lo=clock["date_start"], precision=clock["precision"], anchor=clock["anchor"]))


# "احتجاجات في ساعة متأخرة الجمعة", "قصف … في ساعة متأخرة الليلة الماضية": a late hour right before a day (a weekday or
# last night) is one TIME, that day's night (as "ساعة متأخرة من ليلة الخميس")
_LATE_HOUR = re.compile(r"(?<![^\W\d_])(?P<s>ساعه\s+متاخره)\s+$")


def late_hour_of_a_day(rows: list[dict], text: str, norm: str, offsets) -> None:
    for r in list(rows):
        if not (names_one_day(r) and (r["type"] == "DATE" or (r["value"] or "").endswith("TNI"))):
            continue
        i = norm_at(norm, offsets, r["start"])
        m = _LATE_HOUR.search(norm, max(0, i - 16), i)
        if not m:
            continue
        day = r["date_start"][:10]
        start = int(offsets[m.start("s")])
        r.update(start=start, text=text[start:r["end"]], type="TIME", value=day + "TNI", date_start=day, date_end=day,
                 precision="day", anchor=day, rule=r["rule"] + "+late_hour")


# "وقع حوالي الساعة (4 بتوقيت غرينتش)": a bare hour in brackets after "الساعة", with its time zone, is a clock on the
# story's day (the last day the text named before it, else the reference day's)
_BRACKET_HOUR = re.compile(r"(?<![^\W\d_])[وفبل]?(?:حوالي\s+|نحو\s+|قرابه\s+)?الساعه\s*\(\s*(?P<h>\d{1,2})"
                           r"(?=\s*(?:بتوقيت|ت\s*غ|توقيت|GMT))")


def bracketed_gmt_hour(rows: list[dict], text: str, norm: str, offsets) -> None:
    for m in _BRACKET_HOUR.finditer(norm):
        hour = int(m.group("h"))
        start = int(offsets[m.start("h")])
        if hour > 24 or any(r["start"] <= start < r["end"] for r in rows):
            continue
        days = [r for r in rows if r["end"] <= start and r["precision"] == "day" and r["date_start"]]
        if not days:
            continue
        day = days[-1]["date_start"][:10]
        put(rows, new_row(text, offsets, m.start("h"), m.end("h"), "TIME", f"{day}T{hour:02d}:00", "clock:bracketed",
                            lo=day, precision="day", anchor=day))


def quoted_programme_clock(rows: list[dict], text: str, norm: str) -> None:
    """'ستبث الليلة في برنامج "التاسعة مساء"': a clock time that is a whole quotation after a work's noun (برنامج,
    فيلم, …) is the programme's name, no time (the seasons, months and weekdays of titles: ``drop_titles``)."""
    keep = []
    for r in rows:
        if r["type"] == "TIME" and r["rule"].startswith("clock") and not re.search(r"\d", r["text"]):
            q = quote_start(text, r["start"])
            if q is not None and text[q + 1:r["start"]].strip() == "":
                close = text.find(QUOTES.get(text[q], text[q]), r["end"])
                if close >= 0 and text[r["end"]:close].strip() == "" and TITLE_NOUN.search(normalize(text[max(0, q - 16):q])):
                    continue
        keep.append(r)
    rows[:] = keep
