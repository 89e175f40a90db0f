"""Passes for parts of a day: morning, noon, evening of a told day, of a forecast, of a habit.

Put a part of day ("صباحا", "مساء الثلاثاء", "في الصباح") on the day its clause names, else on the last day named;
the parts of day of a weather forecast, of a past report and of a habit follow their own rules.
"""
from __future__ import annotations

import re

from marsad.dates.cues import PAST_VERB
from marsad.dates.lexicon import alt, HOURS
from marsad.dates.nights import HABIT, HABIT_WORDS, NOT_A_VERB
from marsad.dates.relative import PART_CODE
from marsad.dates.rows import background_day, names_one_day, new_row, norm_at, put, quote_start, told_part
from marsad.dates.tense import tense_before
from marsad.lang.rules import sentence_around
from marsad.lang.text import normalize

__all__ = [
    "bare_half",
    "bare_part_of_the_last_day",
    "end_of_daytime",
    "evening_of_a_programme",
    "forecast_part_of_day",
    "FUTURE_NOUN_AFTER",
    "habitual_parts_of_day",
    "half_of_a_told_day",
    "morning_of_a_past_report",
    "noon_of_its_day",
    "part_adverb_of_its_day",
    "part_of_a_numeric_date",
    "part_of_that_day",
    "part_of_this_day",
    "quoted_deictic_part",
    "since_this_morning",
]

# "فجر هذا اليوم", "مساء هذا اليوم": a part of this day (the tagger's deictic pattern names "هذا المساء", not these)
_PART_OF_THIS_DAY = re.compile(r"(?<![^\W\d_])[وفبل]?(?P<s>(?:بعد\s+)?(?P<p>فجر|صباح|صبيحه|مساء|عشيه|ليله|ظهر|ظهيره|عصر)\s+هذا\s+اليوم)(?![^\W\d_])")
_THIS_DAY_PART = {"فجر": "TMO", "صباح": "TMO", "صبيحه": "TMO", "مساء": "TEV", "عشيه": "TEV", "ليله": "TNI", "ظهر": "TAF",
                  "ظهيره": "TAF", "عصر": "TAF"}


def part_of_this_day(rows: list[dict], text: str, norm: str, offsets, dct: dt.date | None) -> None:
    """"إثر الضربات العسكرية التي طالت فجر هذا اليوم" is a TIME, dawn of the day: the article's (or the day of the
    "اليوم" it holds), and inside a quotation the day the story told that part of the day on (a statement issued the day
    of Saturday's dawn strikes, quoted in a Sunday article), as ``quoted_deictic_part`` does for "هذا المساء"."""
    for m in _PART_OF_THIS_DAY.finditer(norm):
        code = _THIS_DAY_PART[m.group("p")]
        start = int(offsets[m.start("s")])
        stop = int(offsets[m.end("s") - 1]) + 1
        inner = next((r for r in rows if r["start"] < stop and r["end"] > start and r["precision"] == "day"
                      and r["date_start"]), None)
        day = inner["date_start"][:10] if inner else dct.isoformat() if dct else None
        if day is None:
            continue
        if quote_start(text, start) is not None:
            day = told_part(rows, start, code, day) or day
        row = new_row(text, offsets, m.start("s"), m.end("s"), "TIME", day + code, "deictic_day:part_of_this_day",
                       lo=day, precision="day", anchor=day)
        if inner is not None and inner["end"] > row["end"]:
            # "فجر هذا اليوم الاثنين 8 اكتوبر": the day named after it is inside the one TIME
            row.update(end=inner["end"], text=text[row["start"]:inner["end"]])
        put(rows, row, replace=True)


# A bare part-of-day adverb ("وتناول العشاء مساءً مع الرئيس" after "وصل … بعد ظهر الأحد") in a sentence that named a day
# before it is that day's part (TEV, TMO, TNI, TAF); without a day in its sentence it is a habit and stays untagged.
_PART_ADVERB = re.compile(r"(?<![^\W\d_])[وف]?(?P<s>(?P<p>مساء|صباحا|ليلا|ظهرا|فجرا|عصرا)(?:ا|ً|اً|ءً)?)(?![^\W\d_])")
_ADVERB_PART = {"مساء": "TEV", "صباحا": "TMO", "ليلا": "TNI", "ظهرا": "TAF", "فجرا": "TMO", "عصرا": "TAF"}


def part_adverb_of_its_day(rows: list[dict], text: str, norm: str, offsets) -> None:
    for m in _PART_ADVERB.finditer(norm):
        s, e = int(offsets[m.start("s")]), int(offsets[m.end("s") - 1]) + 1
        if any(r["start"] <= e + 1 and s <= r["end"] + 1 for r in rows) or any(
                r["type"] == "TIME" and 0 <= s - r["end"] <= 16 for r in rows):
            continue  # a part written with its clock or day ("الساعة 8 مساء", "الساعة 6،00 ت غ صباحا", "مساء الأحد")
        if m.group("p") == "مساء" and re.match(r"\s*(?:ال|يوم|[\d(])", norm[m.end("s"):m.end("s") + 4]):
            continue  # "مساء" + a noun is a construct resolved (or rejected) elsewhere
        if re.search(r"(?<![^\W\d_])[وف]?(?:ان\s+|لا\s+|لم\s+)?[يتن][^\W\d_]{2,}\s+$", norm[max(0, m.start("s") - 20):m.start("s")]):
            continue  # an imperfect right before it tells a habit ("عندما يستيقظ صباحاً")
        if (re.match(r"\s*(?:و\s*)?(?:نهار|مساء|صباح|ليل)", norm[m.end("s"):m.end("s") + 10])
                or re.search(r"(?:نهار|مساء|صباح|ليل)[^\W\d_]*\s*(?:و\s*)?$", norm[max(0, m.start("s") - 12):m.start("s")])):
            continue  # "ليلا ونهارا", "صباحا مساء": all the time
        lo, _ = sentence_around(text, s)
        day = next((r for r in reversed(rows) if lo <= r["start"] < s and names_one_day(r)), None)
        if day is None:
            continue
        d = day["date_start"][:10]
        put(rows, new_row(text, offsets, m.start("s"), m.end("s"), "TIME", d + _ADVERB_PART[m.group("p")], "part_adverb",
                            lo=d, precision="day"))


_QUOTED_PARTS = {"هذا المساء": "TEV", "هذه الامسيه": "TEV", "هذا الصباح": "TMO", "الليله": "TNI", "هذه الليله": "TNI",
                  # last night, said the day after the night the story tells
                  "الليله الماضيه": "TNI", "ليله امس": "TNI", "امس ليلا": "TNI", "ليله البارحه": "TNI"}


def quoted_deictic_part(rows: list[dict], text: str) -> None:
    """"وجه الهواة تلسكوباتهم مساء الثلاثاء … وقال مدير المرصد "المريخ يجتاحنا هذا المساء"": a part of the day named
    deictically inside a quotation is said at the time the story tells, so when the text just told an earlier day's same
    part of the day (no other day named between them, 600 characters at most) the quoted one is that day's. So is a
    quoted last night after a night told before it ("الضربات … في وقت متأخر من ليل الأربعاء. … تدوينة: "… الليلة
    الماضية"" in a Friday article is Wednesday's night: the post was written the morning after)."""
    for i, row in enumerate(rows):
        code = _QUOTED_PARTS.get(" ".join(normalize(row["text"]).split()))
        if row["rule"] != "deictic_day" or code is None or not row["date_start"]:
            continue
        if quote_start(text, row["start"]) is None:
            continue  # not inside a quotation
        prev = next((r for r in reversed(rows[:i]) if r["precision"] == "day" and r["date_start"]
                     and not r["rule"].startswith("clock")), None)
        if (prev is not None and row["start"] - prev["end"] <= 600 and prev["type"] == "TIME"
                and prev["value"].endswith(code) and prev["date_start"] < row["date_start"]):
            day = prev["date_start"][:10]
            row.update(value=day + code, date_start=day, date_end=day, anchor=day, rule="deictic_day:quoted")


def bare_half(row: dict) -> bool:
    return normalize(row["text"]).rstrip("\u064b\u064c\u064d") in ("صباحا", "مساء", "مساءا", "عصرا")


def half_of_a_told_day(rows: list[dict], row: dict, text: str) -> bool:
    """A bare "صباحا"/"مساء" told of an act, not a habit or a name: no imperfect in the two words before it, no
    programme or early/late hour before it, no clock or undated day right before it."""
    before = normalize(text[max(0, row["start"] - 40):row["start"]])
    words = re.split(r"[.!؟?:؛\n]", before)[-1].split()[-2:]
    if any(re.match(r"[وف]?(?:[يتن](?!م$|مت$)[^\W\d_]{2,}|س[يتن][^\W\d_]{2,})$", w) and not PAST_VERB.fullmatch(w)
           for w in words):
        return False  # "عندما يستيقظ صباحاً", "تتم دراسة المواد صباحاً"
    if any(re.match(r"[وف]?(?:برنامج|مبكره|متاخره|يوم|ساعه)$", w) for w in words):
        return False
    for r in rows:
        if r is not row and 0 <= row["start"] - r["end"] <= 12 and (r["type"] == "TIME" or not r["date_start"]):
            return False  # "في الساعة 6،00 ت غ صباحا", "في اليوم الثالث صباحا"
    return True


# "وصل اليوم … في وقت الظهيرة", "تقارير … هذه الظهيرة": noon as a time of its day, the day its sentence names (else the
# article's); a bare "الظهيرة" only with a day in its sentence ("يتناولون الغداء في الظهيرة" is a habit)
_NOON = re.compile(r"(?<![^\W\d_])(?:[وفبل]?(?:وقت|عند|في|قبيل|بعيد)\s+)?(?P<this>هذه\s+)?[وفبل]?(?P<s>الظهيره)(?![^\W\d_])"
                   r"(?!\s+(?:يوم|اليوم|امس|غد|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت))")


def noon_of_its_day(rows: list[dict], text: str, norm: str, offsets, dct: dt.date | None) -> None:
    for m in _NOON.finditer(norm):
        s = m.start("this") if m.group("this") else m.start("s")
        start = int(offsets[s])
        lo, hi = sentence_around(text, start)
        days = [r for r in rows if lo <= r["start"] < hi and r["precision"] == "day" and r["date_start"]
                and not r["rule"].startswith("clock") and r["type"] == "DATE"]
        if not days and not m.group("this"):
            continue
        before = [r for r in days if r["start"] < start]
        day = (before[-1] if before else days[0])["date_start"][:10] if days else dct.isoformat() if dct else None
        if day is None:
            continue
        row = new_row(text, offsets, s, m.end("s"), "TIME", day + "TAF", "part_of_day:noon", lo=day, precision="day",
                       anchor=day)
        put(rows, row)


# "أوقفت عملية التسليم ليلة 2017.03.27": a part of the day before a date in figures is one TIME of that date (as "ليلة 14
# جانفي 2011", which the month rule reads already)
_PART_BEFORE_FIGURES = re.compile(r"(?<![^\W\d_])[وفبل]?(?P<p>ليله|ليل|صباح|صبيحه|مساء|عشيه|فجر|ظهر|سهره)\s+(?:يوم\s+)?$")


def part_of_a_numeric_date(rows: list[dict], text: str, norm: str, offsets) -> None:
    for r in rows:
        if not (r["type"] == "DATE" and r["rule"].startswith("numeric") and names_one_day(r)):
            continue
        i = norm_at(norm, offsets, r["start"])
        m = _PART_BEFORE_FIGURES.search(norm, max(0, i - 16), i)
        if m is None:
            continue
        start = int(offsets[m.start("p")])
        day = r["date_start"][:10]
        r.update(start=start, text=text[start:r["end"]], type="TIME", value=day + PART_CODE[m.group("p")],
                 rule=r["rule"] + "+part", anchor=day)


# "استدعت مصالح الرئاسة صباح ذلك اليوم مخرجا فرنسيا": a part of "that day" is the day the text last dated, when the last
# date it wrote before is that day; after a coarser date (a year, "30 سنة مضت") the day is unknown, XXXX-XX-XX
_PART_OF_THAT_DAY = re.compile(r"(?<![^\W\d_])[وفبل]?(?P<s>(?P<p>صباح|صبيحه|مساء|عشيه|فجر|ظهر|ليله|ليل)\s+ذلك\s+اليوم)"
                               r"(?![^\W\d_])")


def part_of_that_day(rows: list[dict], text: str, norm: str, offsets) -> None:
    for m in _PART_OF_THAT_DAY.finditer(norm):
        start = int(offsets[m.start("s")])
        last = next((r for r in reversed(rows) if r["end"] <= start and r["type"] in ("DATE", "TIME")
                     and (r["date_start"] or re.match(r"\d", r["value"] or ""))), None)
        day = last["date_start"][:10] if last is not None and names_one_day(last) else None
        row = new_row(text, offsets, m.start("s"), m.end("s"), "TIME", (day or "XXXX-XX-XX") + PART_CODE[m.group("p")],
                       "part_of_day:that_day", lo=day, precision="day" if day else None, anchor=day)
        put(rows, row, replace=True)


# "تتكاثف السحب تدريجيا آخر النهار" (a forecast): the end of the daytime of the day its sentence names, else the article's
# day, TDT with END (as "خلال النهار" = TDT); its start likewise
_DAYTIME_EDGE = re.compile(r"(?<![^\W\d_])[وفبل]?(?P<s>(?P<m>اخر|اواخر|نهايه|اول|بدايه|مطلع)\s+النهار)(?![^\W\d_])")


def end_of_daytime(rows: list[dict], text: str, norm: str, offsets, dct: dt.date | None) -> None:
    for m in _DAYTIME_EDGE.finditer(norm):
        start = int(offsets[m.start("s")])
        lo, _ = sentence_around(text, start)
        day_row = next((r for r in reversed(rows) if lo <= r["start"] < start and names_one_day(r)), None)
        day = day_row["date_start"][:10] if day_row is not None else dct.isoformat() if dct else None
        if day is None:
            continue
        mod = "END" if m.group("m") in ("اخر", "اواخر", "نهايه") else "START"
        row = new_row(text, offsets, m.start("s"), m.end("s"), "TIME", day + "TDT", "part_of_day:daytime_edge", lo=day,
                       precision="day", mod=mod, anchor=day)
        put(rows, row)


# "توقعات الطقس اليوم الاثنين: يكون هناك ضبابا محليا في الصباح ثم سحبا عابرة": in a weather forecast, "في الصباح"
# (the evening, the night, the afternoon) is that part of the day the forecast's sentence names, else the day of a
# forecast's heading right before it
_FORECAST_PART = re.compile(r"(?<![^\W\d_])[وف]?(?:في|خلال)\s+(?P<s>الصباح|المساء|الليل|الظهيره|فتره\s+الظهيره)(?![^\W\d_])"
                            r"(?!\s+(?:يوم|اليوم|امس|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الباكر|\d))")
_WEATHER = re.compile(r"(?<![^\W\d_])[وفبل]?(?:ال)?(?:طقس|ضباب|ضبابا|سحب|سحبا|امطار|الريح|رياح|الحراره|درجات\s+الحراره|"
                      r"اجواء|ثلوج|عواصف|رعديه|غائم|غائما)(?![^\W\d_])")
_FORECAST_CODE = {"الصباح": "TMO", "المساء": "TEV", "الليل": "TNI", "الظهيره": "TAF", "فتره الظهيره": "TAF"}


def forecast_part_of_day(rows: list[dict], text: str, norm: str, offsets) -> None:
    for m in _FORECAST_PART.finditer(norm):
        start = int(offsets[m.start("s")])
        lo, hi = sentence_around(text, start)
        s_lo, s_hi = sentence_around(norm, m.start("s"))
        if not _WEATHER.search(norm, s_lo, s_hi):
            continue
        days = [r for r in rows if lo <= r["start"] < hi and names_one_day(r)]
        last = next((r for r in reversed(rows) if r["end"] <= start), None)
        if not days and last is not None and names_one_day(last) and start - last["end"] <= 300:
            # "توقعات الطقس اليوم الاثنين\n\nيكون هناك ضبابا محليا في الصباح": the day of a forecast's heading just before
            h_lo, h_hi = sentence_around(norm, norm_at(norm, offsets, last["start"]))
            days = [last] if _WEATHER.search(norm, h_lo, h_hi) else []
        if len({r["date_start"][:10] for r in days}) != 1:
            continue  # no day, or more than one: which one's morning is not told
        day = days[0]["date_start"][:10]
        code = _FORECAST_CODE[" ".join(m.group("s").split())]
        put(rows, new_row(text, offsets, m.start("s"), m.end("s"), "TIME", day + code, "part_of_day:forecast", lo=day,
                            precision="day", anchor=day))


# "سمعت عدة سيناريوهات منذ الصباح" (said on a Friday): since this morning, the reference day's morning
_SINCE_MORNING = re.compile(r"(?<![^\W\d_])[وف]?منذ\s+(?P<s>(?:ساعات\s+)?(?:الصباح|الفجر)(?:\s+الباكر)?)(?![^\W\d_])"
                            r"(?!\s+(?:يوم|اليوم|امس|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|\d))")


def since_this_morning(rows: list[dict], text: str, norm: str, offsets, dct: dt.date | None) -> None:
    if dct is None:
        return
    for m in _SINCE_MORNING.finditer(norm):
        day = dct.isoformat()
        row = new_row(text, offsets, m.start("s"), m.end("s"), "TIME", day + "TMO", "part_of_day:since_morning", lo=day,
                       precision="day", anchor=day)
        put(rows, row)


# "وكان دائماً ما يعود إلى الفندق … في ساعات الصباح الأولى ثملاً": a part of the day with no day of its own, in a clause
# that tells a habit (always, usually, every day, كان + an imperfect), is no time of one day: not annotated (the gold's
# convention for generic mornings and nights); "أحيانا" (at times) is no habit: a forecast's "وتكون أحيانا كثيفة بعد الظهر";
# "دوما" (always) is left out, it is also the town Douma ("دخل دوما خلال النهار")
_HABIT_CLAUSE = re.compile(rf"(?<![^\W\d_])[وف]?(?:{HABIT}|اعتاد[^\W\d_]*|"
                           r"كل\s+(?:يوم|ليله|صباح|مساء)|(?:كان|كانت|كانوا)\s+(?:دائما\s+|عاده\s+|ما\s+)?[يت][^\W\d_]{2,})"
                           r"(?![^\W\d_])")
_DAY_WORD_IN = re.compile(r"\d|(?<![^\W\d_])[وفبل]?(?:يوم|اليوم|امس|الامس|البارحه|غد|غدا|الغد|الاحد|الاثنين|الثلاثاء|"
                          r"الاربعاء|الخميس|الجمعه|السبت|الماضيه|الماضي|ذاته|نفسه|نفس|ذلك|هذا|هذه)(?![^\W\d_])")


def habitual_parts_of_day(rows: list[dict], text: str, norm: str, offsets) -> None:
    for r in [r for r in rows if r["type"] == "TIME" and r["rule"].startswith(("part_of_day", "sun", "part_adverb"))]:
        if _DAY_WORD_IN.search(normalize(r["text"])):
            continue
        i = norm_at(norm, offsets, r["start"])
        s_lo, _ = sentence_around(norm, i)
        clause = re.split(r"[،,؛;:]", norm[max(s_lo, i - 80):i])[-1]
        if _HABIT_CLAUSE.search(clause):
            rows.remove(r)


# ("ليشق لنفسه مستقبلا مميزا", "يستحقون مستقبلا أفضل": the noun "a future" with its adjective, no time)
FUTURE_NOUN_AFTER = re.compile(r"\s*[\"'«“]?\s*(?:(?!(?:كما|اذا|انما|ربما|لما|عندما|بينما|طالما|حينما|مثلما|ايضا|هنا|لنا|منا|"
                                r"بها|لها|فيها|عليها|منها|معها|اما|بعدما|كلما)(?![^\W\d_]))[^\W\d_]{3,}ا|افضل|اخر|اخري|غير|اكبر|"
                                r"اجمل|اكثر)(?![^\W\d_])")


# "وكانت السلطة دعت موظفيها إلى مغادرة مكاتبهم عصرا", "اجتمع رؤساء الكتل خلال الظهيرة", "وواصل المجلس في الحصة المسائية":
# a bare part of the day in a sentence that names no day is on the last day the text named before it, when that day is
# not a coming one, else on the article's day (the gold's rule for a clock in a past report); not in a clause that tells
# a habit, nor after an imperfect among the six words before it unless the sentence tells a planned event ("عندما يستيقظ
# صباحاً"), nor as "all the time" ("ليلا ونهارا"); "وفجرا عبوة ناسفة": with و glued, فجرا is the verb "and they blew
# up"; "بدأنا عصرا جديدا": an era; "الفترة المسائية" (a shift, a programme slot) is left out
_BARE_PART = re.compile(r"(?<![^\W\d_])(?:[وف]?(?P<adv>مساء|صباحا|ليلا|ظهرا|عصرا)(?:ا|ً|اً|ءً)?|(?P<dawn>فجرا)"
                        r"|(?:خلال|في|وقت|منذ)\s+(?P<noon>الظهيره)"
                        r"|(?:ال)?(?:حصه|جلسه)\s+(?P<adj>المسائيه|الصباحيه))(?![^\W\d_])")
_BARE_PART_CODE = {"مساء": "TEV", "صباحا": "TMO", "ليلا": "TNI", "ظهرا": "TAF", "فجرا": "TMO", "عصرا": "TAF",
                   "الظهيره": "TAF", "المسائيه": "TEV", "الصباحيه": "TMO"}


def bare_part_of_the_last_day(rows: list[dict], text: str, norm: str, offsets, dct: dt.date | None) -> None:
    if dct is None:
        return
    for m in _BARE_PART.finditer(norm):
        g = next(k for k in ("adv", "dawn", "noon", "adj") if m.group(k))
        s, e = int(offsets[m.start(g)]), int(offsets[m.end(g) - 1]) + 1
        if any(r["start"] <= e + 1 and s <= r["end"] + 1 for r in rows) or any(
                r["type"] == "TIME" and 0 <= s - r["end"] <= 16 for r in rows):
            continue  # a part written with its clock or day, or already read
        if g == "adv" and m.group("adv") == "مساء" and re.match(r"\s*(?:ال|يوم|[\d(])", norm[m.end(g):m.end(g) + 4]):
            continue  # "مساء" + a noun is a construct resolved (or rejected) elsewhere
        if g == "adv" and re.search(r"(?:\d|(?<![^\W\d_])(?:{}))\s*$".format(alt(HOURS)), norm[max(0, m.start(g) - 16):m.start(g)]):
            continue  # the half of a clock the clock rules did not take
        if m.group("adv") == "عصرا" and FUTURE_NOUN_AFTER.match(norm, m.end(g)):
            continue  # "عصرا جديدا": an era with its adjective
        i_lo, _ = sentence_around(norm, m.start(g))
        words = norm[i_lo:m.start(g)].split()[-6:]
        if tense_before(norm, m.start(g)) != "future" and any(
                re.fullmatch(r"[وف]?ي[^\W\d_]{3,}|[وف]?[تن][^\W\d_]{2,}", w) and not NOT_A_VERB.fullmatch(w)
                and not PAST_VERB.fullmatch(w) and not re.fullmatch(r"[وف]?ت[^\W\d_]+ت", w) for w in words):
            continue  # an imperfect in the words before it tells a habit or a rule ("قرية لا يبصر سكانها إلا ليلا"),
            # unless the sentence tells a planned event ("من المقرر أن … تصل ذروتها عصرا")
        if (re.match(r"\s*(?:و\s*)?(?:نهار|مساء|صباح|ليل)", norm[m.end(g):m.end(g) + 10])
                or re.search(r"(?:نهار|مساء|صباح|ليل)[^\W\d_]*\s*(?:و\s*)?$", norm[max(0, m.start(g) - 12):m.start(g)])):
            continue  # "ليلا ونهارا", "صباحا مساء": all the time
        lo, hi = sentence_around(text, s)
        if any(lo <= r["start"] < hi and (names_one_day(r) or r["type"] == "TIME" or r["type"] == "SET" and r["value"] != "P1Y")
               and r["rule"] != "part_of_day:last_day" for r in rows):
            continue  # its sentence names a day (the earlier rules' case) or a recurrence (not "المسيرة السنوية", this
            # year's march)
        if any(lo <= r["start"] < s and r["type"] == "DATE" and re.match(r"\d{4}", r["value"] or "")
               and r["value"][:4] < str(dct.year) for r in rows):
            continue  # a past time its sentence names before it ("وقعت قبل سنتين حين هاجم جهاديون مقرات أمنية فجرا")
        if _HABIT_CLAUSE.search(norm, i_lo, m.start(g)) or HABIT_WORDS.search(norm, i_lo, m.start(g)):
            continue
        code = _BARE_PART_CODE[m.group(g)]
        if any(lo <= r["start"] < s and r["type"] == "DATE" and r["value"] == "PAST_REF" for r in rows):
            put(rows, new_row(text, offsets, m.start(g), m.end(g), "TIME", "XXXX-XX-XX" + code, "part_of_day:generic"))
            continue  # "وأفادت التقارير في الأيام الماضية عن … قيام مجهولين بإقلاق راحتهما ليلا": some nights of a vague stretch
        last = next((r for r in reversed(rows) if r["end"] <= s and names_one_day(r) and not background_day(r, text)), None)
        day = last["date_start"][:10] if last is not None and last["date_start"][:10] <= dct.isoformat() else dct.isoformat()
        put(rows, new_row(text, offsets, m.start(g), m.end(g), "TIME", day + code, "part_of_day:last_day", lo=day,
                            precision="day", anchor=day))


# "اندلع الحريق في الصباح", "أيقظا جيران عائلة … خلال ساعات الصباح الباكر": a bare morning in a clause told in the past,
# with no day or time in its sentence, is the reference day's morning (as "منذ الصباح"; a night is the one before it)
_BARE_MORNING = re.compile(r"(?<![^\W\d_])[وف]?(?:في|خلال|اثناء)\s+(?P<s>(?:ساعات\s+)?(?:الصباح|الفجر)(?:\s+الباكر)?)"
                           r"(?![^\W\d_])(?!\s+(?:من|يوم|اليوم|امس|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|"
                           r"الاول|الاولي|التالي|الموالي|\d))")


def morning_of_a_past_report(rows: list[dict], text: str, norm: str, offsets, dct: dt.date | None) -> None:
    if dct is None:
        return
    for m in _BARE_MORNING.finditer(norm):
        start = int(offsets[m.start("s")])
        lo, hi = sentence_around(text, start)
        if any(lo <= r["start"] < hi and (names_one_day(r) or r["type"] == "TIME") for r in rows):
            continue
        if quote_start(text, start) is not None:
            continue  # a quotation's morning is of the day its words were said, no report's
        s_lo, _ = sentence_around(norm, m.start("s"))
        before = norm[s_lo:m.start()]
        if HABIT_WORDS.search(before) or tense_before(norm, m.start()) == "future":
            continue
        clause = re.split(r"[،,؛;]", before)[-1]
        if any(re.fullmatch(r"[وف]?ي[^\W\d_]{3,}", w) and not NOT_A_VERB.fullmatch(w) for w in clause.split()[-6:]):
            continue  # an imperfect in its clause before it: a habit or a forecast (not a name after a comma: "يوتا")
        day = dct.isoformat()
        put(rows, new_row(text, offsets, m.start("s"), m.end("s"), "TIME", day + "TMO", "part_of_day:past_morning",
                            lo=day, precision="day", anchor=day))


# "تدور مساء مقابلات الدور ثمن النهائي …" (a sports brief's programme): a bare evening right after a verb of a fixture
# in the imperfect, opening its sentence, is the reference day's evening
_FIXTURE_HALF = re.compile(r"(?:^|(?<=[\n.:!؟]))\s*[وف]?(?:تدور|تجري|تقام|تنطلق|تلعب|يدور|يجري|يقام|ينطلق|يلعب)\s+"
                           r"(?P<s>مساء|صباحا|ظهرا|عشيه)[\u064b\u064c\u064d]?(?![^\W\d_])"
                           r"(?!\s+(?:اليوم|امس|غد|غدا|الغد|يوم|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|\d))")
_FIXTURE_CODE = {"مساء": "TEV", "صباحا": "TMO", "ظهرا": "TAF", "عشيه": "TAF"}


def evening_of_a_programme(rows: list[dict], text: str, norm: str, offsets, dct: dt.date | None) -> None:
    if dct is None:
        return
    for m in _FIXTURE_HALF.finditer(norm):
        day = dct.isoformat()
        put(rows, new_row(text, offsets, m.start("s"), m.end("s"), "TIME", day + _FIXTURE_CODE[m.group("s")],
                            "part_of_day:fixture", lo=day, precision="day", anchor=day))
