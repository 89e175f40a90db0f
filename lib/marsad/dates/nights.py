"""Passes for nights and eves: tonight, last night, the night between two days, the eve of an event.

Put each night on the day its text points to (a told day, the report's past day, the pair of weekdays it lies
between, the morning after a "tonight") and the eve of an event on the evening of the day before it.
"""
from __future__ import annotations

import datetime as dt
import re

from marsad.dates.cues import PAST_VERB, SINCE_BEFORE, UNTIL_BEFORE
from marsad.dates.lexicon import alt, PAST, WEEKDAYS
from marsad.dates.rows import names_one_day, new_row, norm_at, on_day, put, quote_start
from marsad.dates.tense import tense_before
from marsad.dates.weekdays import WEEKDAY_IN
from marsad.lang.rules import sentence_around
from marsad.lang.text import normalize, normalize_map

__all__ = [
    "all_night_long",
    "dawn_after_a_night",
    "eve_of_a_named_weekday",
    "eve_of_an_event",
    "HABIT",
    "HABIT_WORDS",
    "last_night",
    "named_night",
    "night_after_a_told_day",
    "night_between",
    "night_between_two_days",
    "night_between_two_weekdays",
    "night_of_a_past_report",
    "night_pair_next_day",
    "NOT_A_VERB",
    "quoted_tonight_of_a_told_day",
    "tonight_midnight",
    "tonight_slip",
    "tonight_told_the_morning_after",
    "weekday_then_its_night",
]

# last night named by a deictic word (not "هذه الليلة", "الليلة": "توفي هذه الليلة عند الساعة 2,30" is today's early hours)
_PAST_NIGHT_WORD = re.compile(r"(?<![^\W\d_])(?:امس|الامس|البارحه|الماضيه|الفارطه|المنصرمه|المنقضيه)(?![^\W\d_])")


def named_night(row: dict) -> bool:
    """Whether a night row is named by a weekday ("ليل السبت") or is last night ("ليلة أمس", "الليلة الفارطة"): its hours
    after midnight fall on the next calendar day."""
    return row["rule"].startswith("weekday") or (row["rule"].startswith("deictic_day")
                                                 and bool(_PAST_NIGHT_WORD.search(normalize(row["text"]))))


# a perfect verb (a feminine or plural perfect, or a past sign) within the five words after a deictic night
_PERFECT_AFTER = re.compile(r"(?<![^\W\d_])[وف]?(?![يتنس](?:[^\W\d_]{2,}))(?!ال)(?:[^\W\d_]{2,4}(?:ت|وا))(?![^\W\d_])"
                            r"|(?<![^\W\d_])[وف]?ت[^\W\d_]{3}ت(?![^\W\d_])")


def tonight_told_the_morning_after(rows: list[dict], text: str, dct: dt.date | None) -> None:
    """"وقال مسؤول … "وهذه الليلة وبقيادة أمريكية، تحركت الولايات المتحدة …"" in a Saturday article that tells the
    strikes of that Saturday's dawn ("صباح السبت", "هذا الصباح"): a quoted "tonight" with a perfect verb after it (what
    the night brought, already done) was said in the night that ended at the reference day's dawn: the day before's night."""
    if dct is None or not any(r["type"] == "TIME" and r["value"] == dct.isoformat() + "TMO" for r in rows):
        return
    for row in rows:
        if (row["rule"] != "deictic_day" or " ".join(normalize(row["text"]).split()) not in ("الليله", "هذه الليله")
                or row["value"] != dct.isoformat() + "TNI" or quote_start(text, row["start"]) is None):
            continue
        after = re.split(r"[.!؟?:؛\n\"»”]", normalize(text[row["end"]:row["end"] + 80]))[0]
        words = after.split()[:6]
        if any(re.match(r"[وف]?(?:س[يتن]|[يتن])[^\W\d_]{2,}$", w) and not re.fullmatch(r"[وف]?ت[^\W\d_]{2,4}(?:ت|وا)", w)
               for w in words[:3]):
            continue  # an imperfect right after it: tonight ahead ("الليلة نلتقي")
        if tense_before(after, len(after)) == "future" or re.match(r"\s*[وف]?(?:ان|انه|انها)(?![^\W\d_])", after):
            continue  # "أعلن الليلة أن الحزب سوف يعارض": a night the report was made in, what follows is ahead
        if not (_PERFECT_AFTER.search(" ".join(words)) or tense_before(after, len(after)) == "past"):
            continue
        day = (dct - dt.timedelta(days=1)).isoformat()
        row.update(value=day + "TNI", date_start=day, date_end=day, anchor=day, rule="deictic_day:tonight-told-after")


# "في الليلة الفاصلة بين الأحد والاثنين": a night named by both days is the first day's night (one TIME)
_NIGHT_BETWEEN = re.compile(rf"(?<![^\W\d_])[وفبل]?(?P<s>(?:ال)?ليله\s+الفاصله\s+(?:ما\s+)?بين\s+(?:يومي?\s+)?(?P<a>{alt(WEEKDAYS)})"
                            rf"\s+و\s*(?:يوم\s+)?(?P<b>{alt(WEEKDAYS)}))(?![^\W\d_])")


def night_between(rows: list[dict], text: str, norm: str, offsets, dct: dt.date | None) -> None:
    for m in _NIGHT_BETWEEN.finditer(norm):
        wa, wb = WEEKDAYS[m.group("a")], WEEKDAYS[m.group("b")]
        if (wb - wa) % 7 != 1:
            continue
        start, stop = int(offsets[m.start("s")]), int(offsets[m.end("s") - 1]) + 1
        first = next((r for r in rows if start <= r["start"] < stop and r["date_start"] and r["precision"] == "day"
                      and r["type"] == "DATE" and WEEKDAYS.get(normalize(r["text"]).split()[-1]) == wa), None)
        if first is not None:
            day = first["date_start"][:10]
        elif dct is not None:
            day = (dct - dt.timedelta(days=(dct.weekday() - wa) % 7 or 7)).isoformat()
        else:
            continue
        row = new_row(text, offsets, m.start("s"), m.end("s"), "TIME", day + "TNI", "weekday:night_between",
                       lo=day, precision="day", anchor=day)
        tail = max((r["end"] for r in rows if r["start"] < row["end"] < r["end"]), default=row["end"])
        if tail > row["end"]:  # "بين الأحد والاثنين الماضيين": the relative word after the second day is inside
            row.update(end=tail, text=text[row["start"]:tail])
        put(rows, row, replace=True)


# "منتصف الليلة" (tonight's midnight: "سينقل صلاحياته اعتبارا من منتصف الليلة", "المهلة في منتصف الليلة المقبلة") is the
# midnight that ends the reference day; "منتصف الليلة الماضية" the one that began it (as before).
_TONIGHT_MIDNIGHT = re.compile(r"(?<![^\W\d_])[وفبل]?(?P<s>منتصف\s+(?:هذه\s+)?الليله(?P<next>\s+(?:المقبله|القادمه))?)(?![^\W\d_])"
                               r"(?!\s+(?:الماضيه|البارحه|الفائته|الفارطه|المنصرمه))")


def tonight_midnight(rows: list[dict], text: str, norm: str, offsets, dct: dt.date | None) -> None:
    if dct is None:
        return
    for m in _TONIGHT_MIDNIGHT.finditer(norm):
        if SINCE_BEFORE.search(norm, max(0, m.start() - 20), m.start()):
            continue  # "منذ منتصف الليلة": since the midnight that began the day
        s, e = int(offsets[m.start("s")]), int(offsets[m.end("s") - 1]) + 1
        old = next((r for r in rows if r["start"] < e and s < r["end"]), None)
        if old is not None and (old["type"] != "TIME" or not old["value"].endswith("T00:00")
                                or old["value"][:10] != dct.isoformat()):
            continue  # a midnight resolved otherwise (a day named with it)
        day = (dct + dt.timedelta(days=1)).isoformat()
        put(rows, new_row(text, offsets, m.start("s"), m.end("s"), "TIME", day + "T00:00", "midnight:tonight",
                            lo=day, precision="day"), replace=True)


# "عشية" + an event ("وصل إلى بروكسل عشية قمة لحلف الناتو", "عشية موعد الاستفتاء"): the evening before the event, which
# the text dates by the day of its clause: a TIME TEV of the day its sentence names before it, else the day before the
# event's own day named after it in the sentence ("عشية بدء القمة الجمعة" = Thursday; not an end "حتى 15 تموز"), else
# of the last day its paragraph named up to the reference day (or the text named, if the day before it), else of the
# reference day. "بين عشية وضحاها"
# (overnight) is no time; "عشية اليوم/أمس/الخميس" are parts of a named day (resolved before).
_EVE = re.compile(r"(?<![^\W\d_])[وفبل]?(?P<s>عشيه)(?![^\W\d_])(?!\s+(?:و\s*)?ضحاها)")


def eve_of_an_event(rows: list[dict], text: str, norm: str, offsets, dct: dt.date | None) -> None:
    for m in _EVE.finditer(norm):
        s, e = int(offsets[m.start("s")]), int(offsets[m.end("s") - 1]) + 1
        if any(r["start"] < e and s < r["end"] for r in rows):
            continue
        lo, hi = sentence_around(text, s)
        par = text.rfind("\n", 0, s) + 1
        days = [r for r in rows if names_one_day(r)
                and not UNTIL_BEFORE.search(normalize(text[max(0, r["start"] - 20):r["start"]]))]
        before = [r for r in days if lo <= r["start"] < s]
        after = [r for r in days if e <= r["start"] < hi and r["type"] == "DATE"]
        earlier = [r for r in days if r["start"] < lo and dct is not None and r["date_start"][:10] <= dct.isoformat()
                   and (r["start"] >= par or r["date_start"][:10] >= (dct - dt.timedelta(days=1)).isoformat())]
        if before:
            day = before[-1]["date_start"][:10]
        elif after:  # the event's own day named after it: "عشية بدء القمة الجمعة" is the Thursday
            day = (dt.date.fromisoformat(after[0]["date_start"][:10]) - dt.timedelta(days=1)).isoformat()
        elif earlier:
            day = earlier[-1]["date_start"][:10]
        elif dct is not None:
            day = dct.isoformat()
        else:
            continue
        put(rows, new_row(text, offsets, m.start("s"), m.end("s"), "TIME", day + "TEV", "eve_of_event",
                            lo=day, precision="day"))


# "ظلت المواجهة بين الطرفين طوال الليل": the whole night of a past story's day (the last day the text named up to the
# reference day, else the reference day), as "طوال الليل" is annotated; with a past verb in its sentence only.
_ALL_NIGHT = re.compile(r"(?<![^\W\d_])(?:طوال|طيله|طول)\s+(?P<s>الليل)(?![^\W\d_])")


def all_night_long(rows: list[dict], text: str, norm: str, offsets, dct: dt.date | None) -> None:
    for m in _ALL_NIGHT.finditer(norm):
        s, e = int(offsets[m.start("s")]), int(offsets[m.end("s") - 1]) + 1
        if any(r["start"] < e and s < r["end"] for r in rows):
            continue
        lo, hi = sentence_around(text, s)
        if not PAST_VERB.search(normalize(text[lo:s])) and not re.search(
                r"(?<![^\W\d_])[وف]?(?:ظل|ظلت|ظلوا|بقي|بقيت|استمر|استمرت|امضي|امضت|قضي|قضت|قضوا)(?![^\W\d_])",
                normalize(text[lo:s])):
            continue
        days = [r for r in rows if r["start"] < s and names_one_day(r)
                and (dct is None or r["date_start"][:10] <= dct.isoformat())]
        day = days[-1]["date_start"][:10] if days else dct.isoformat() if dct is not None else None
        if day is None:
            continue
        put(rows, new_row(text, offsets, m.start("s"), m.end("s"), "TIME", day + "TNI", "all_night",
                            lo=day, precision="day"))


_NIGHT_PERFECT = re.compile(
    r"(?<![^\W\d_])(?:ما\s+)?[وف]?(?:اعلن|اعلنت|اعلنته|اعلنوا|نشر|نشرت|ضرب|ضربت|شن|شنت|شنوا|قصف|قصفت|هاجم|هاجمت|"
    r"وقع|وقعت|اندلع|اندلعت|نشب|نشبت|سقط|سقطت|قتل|قتلت|اطلق|اطلقت|استهدف|استهدفت|داهم|داهمت|اعتقل|اعتقلت|"
    # a night's work or watch told in the past: "واصلت فرق الطوارئ العمل ليلا", "واستمرت المواجهات طوال الليل"
    r"واصل|واصلت|واصلوا|استمر|استمرت|تواصلت|عمل|عملت|عملوا|تجمعوا|تظاهروا|تواجهت|تواجهوا)(?:ه|ها|هم)?(?![^\W\d_])")


def last_night(text: str, start: int) -> bool:
    """A bare "ليلا" (or "طوال الليل") in a past clause: a perfect verb (a past sign, or a perfect in ت/ا with its object
    pronoun) within the four words before it, no imperfect or habitual word ("كل", "عادة", "كان يعمل") in between."""
    before = normalize(text[max(0, start - 60):start])
    before = re.split(r"[.!؟?:؛\n]", before)[-1]
    words = before.split()[-4:]
    if not words or any(re.match(r"[وف]?(?:كل|عاده|يوميا|دائما|احيانا)$", w) for w in words[-3:]):
        return False
    if any(re.match(r"[وف]?(?:[يتن](?!م$|مت$)[^\W\d_]{2,}|س[يتن][^\W\d_]{2,})$", w) and not PAST_VERB.fullmatch(w)
           and not _NIGHT_PERFECT.fullmatch(w)
           for w in words[-2:]):
        return False  # an imperfect right before: "يعمل ليلا", "تنشط ليلا"
    clause = " ".join(words)
    return tense_before(clause, len(clause)) == "past" or bool(_NIGHT_PERFECT.search(clause))


def night_pair_next_day(rows: list[dict], dct: dt.date | None) -> None:
    """"ضرب إعصار ليل السبت الأحد … الساحل قرابة الأولى فجر الأحد": the second day of a night named by two days is
    the day after the first; a mention of that weekday resolved a week back joins it."""
    seconds: dict[int, str] = {}
    for row in rows:
        if (row["type"] == "TIME" and row["value"].endswith("TNI") and row["date_start"] and dct is not None
                and row["rule"] in ("weekday:last", "weekday:past")):  # a night told as past, not one ahead
            found = WEEKDAY_IN.findall(normalize(row["text"]))
            if len(found) == 2:
                second = dt.date.fromisoformat(row["date_start"][:10]) + dt.timedelta(days=1)
                if second.weekday() == WEEKDAYS[found[1]] and second <= dct + dt.timedelta(days=1):
                    seconds[second.weekday()] = second.isoformat()
    if not seconds:
        return
    for row in rows:
        if row["rule"] in ("weekday:last", "weekday:past") and row["date_start"]:
            day = dt.date.fromisoformat(row["date_start"][:10])
            target = seconds.get(day.weekday())
            if target and (dt.date.fromisoformat(target) - day).days == 7:
                on_day(row, target)
                row["rule"] = "weekday:night-pair"


# "عاشت مدريد الخميس ليلة مواجهات": a night right after a weekday is that weekday's night (the weekday stays a DATE)
_NIGHT_AFTER_DAY = re.compile(r"\s+(?P<s>ليله)(?![^\W\d_])(?!\s+(?:يوم|اليوم|امس|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|"
                              r"الجمعه|السبت|\d|رمضان|القدر|الاسراء|راس|عيد|الميلاد))")


def weekday_then_its_night(rows: list[dict], text: str, norm: str, offsets) -> None:
    for r in [r for r in rows if r["type"] == "DATE" and r["precision"] == "day" and r["date_start"]]:
        if not re.search(rf"(?:{alt(WEEKDAYS)})$", normalize(r["text"])):
            continue
        i = norm_at(norm, offsets, r["end"])
        m = _NIGHT_AFTER_DAY.match(norm, i)
        if m is None:
            continue
        day = r["date_start"][:10]
        row = new_row(text, offsets, m.start("s"), m.end("s"), "TIME", day + "TNI", "part_of_day:weekday_night",
                       lo=day, precision="day", anchor=day)
        put(rows, row)


# "حظر تجوال الليلة التي تلت إجراء الانتخابات": the night after a day the text told (the last day it named before), not
# tonight; "الليلة التي سبقت" the night before it
_NIGHT_RELATIVE = re.compile(r"(?<![^\W\d_])[وفبل]?(?P<s>الليله)\s+(?:التي|الذي)\s+(?P<v>تلت|اعقبت|تلا|سبقت|سبق)(?![^\W\d_])")


def night_after_a_told_day(rows: list[dict], text: str, norm: str, offsets, dct: dt.date | None) -> None:
    for m in _NIGHT_RELATIVE.finditer(norm):
        start = int(offsets[m.start("s")])
        # (the day of a told event is before the article's day: "الأربعاء" of the report is not the election's)
        last = next((r for r in reversed(rows) if r["end"] <= start and r["precision"] == "day" and r["date_start"]
                     and r["type"] == "DATE" and (dct is None or r["date_start"][:10] < dct.isoformat())), None)
        if last is None:
            continue
        day = dt.date.fromisoformat(last["date_start"][:10])
        if m.group("v").startswith("سبق"):
            day -= dt.timedelta(days=1)
        row = new_row(text, offsets, m.start("s"), m.end("s"), "TIME", day.isoformat() + "TNI",
                       "part_of_day:night_after", lo=day.isoformat(), precision="day", anchor=day.isoformat())
        put(rows, row, replace=True)


# "في بيان يأتي عشية اجتماع مجلس الأمن حول إدلب، الجمعة" (a Thursday article): the weekday named after an eve is the
# event's day, which an eve looks forward to: not a week back (at most yesterday), and the eve is the day before it
def eve_of_a_named_weekday(rows: list[dict], text: str, dct: dt.date | None) -> None:
    if dct is None:
        return
    for k, eve in enumerate(rows[:-1]):
        wd = rows[k + 1]
        if not (eve["type"] == "TIME" and eve["rule"].startswith("eve") and wd["type"] == "DATE"
                and wd["precision"] == "day" and wd["date_start"] and wd["start"] - eve["end"] <= 80
                and re.search(rf"(?:{alt(WEEKDAYS)})$", normalize(wd["text"]))
                and not re.search(r"[.!؟?\n]", text[eve["end"]:wd["start"]])):
            continue
        day = dt.date.fromisoformat(wd["date_start"][:10])
        if day >= dct - dt.timedelta(days=1) or re.search(PAST, normalize(wd["text"])):
            continue
        day += dt.timedelta(days=7 * ((dct - dt.timedelta(days=1) - day).days // 7 + 1))
        wd.update(value=day.isoformat(), date_start=day.isoformat(), date_end=day.isoformat())
        before = (day - dt.timedelta(days=1)).isoformat()
        eve.update(value=before + "TEV", date_start=before, date_end=before, anchor=before)


# "خلال الليلة الفاصلة بين يومي 30 سبتمبر و 01 أكتوبر 2015", "الليلة الفاصلة بين الخميس والجمعة": the night named by the
# two days it separates is the first day's night (as "ليل السبت الأحد"), not tonight
_NIGHT_BETWEEN_DAYS = re.compile(r"(?<![^\W\d_])[وفبل]?(?P<s>الليله)\s+(?:الفاصله|الواقعه)\s+(?:ما\s+)?بين\s+")


def night_between_two_days(rows: list[dict], text: str, norm: str, offsets) -> None:
    for m in _NIGHT_BETWEEN_DAYS.finditer(norm):
        s, after = int(offsets[m.start("s")]), int(offsets[m.end() - 1]) + 1
        if any(r["start"] < after and s < r["end"] and r["end"] > int(offsets[m.end("s") - 1]) + 1 for r in rows):
            continue  # the whole phrase is one row already ("الليلة الفاصلة بين الأحد والاثنين", the weekday rule)
        days = [r for r in rows if after <= r["start"] <= after + 60 and names_one_day(r) and r["type"] == "DATE"]
        # (the pair right after "بين (يومي)": not a day named later in the sentence, "حتى الفجر اليوم")
        if not days or not re.fullmatch(r"\s*(?:يومي|يوم)?\s*", normalize(text[after:days[0]["start"]])):
            continue
        first = min(dt.date.fromisoformat(r["date_start"][:10]) for r in days[:2])
        if len(days) == 1 and re.search(r"(?<![^\W\d_])و\s*$", normalize(text[after:days[0]["start"]])):
            first -= dt.timedelta(days=1)  # only the second day was read ("بين يومي 13 و14 ..."): the night before it
        row = new_row(text, offsets, m.start("s"), m.end("s"), "TIME", first.isoformat() + "TNI",
                       "part_of_day:night_between", lo=first.isoformat(), precision="day", anchor=first.isoformat())
        put(rows, row, replace=True)


# "أعلن هذا التقرير بعد ضربات منسقة نفذتها بريطانيا … على أهداف … خلال الليل" (a Saturday report): a bare night in a
# clause told in the past, with no day in its sentence, is the night before the reference day (as "شنت ليلا غارة")
_BARE_NIGHT = re.compile(r"(?<![^\W\d_])(?:[وف]?(?:خلال|طوال|اثناء)\s+|(?:حتي\s+)?وقت\s+متاخر\s+من\s+(?=المساء)|[وف]?(?P<v>قضي|قضت|قضوا|امضي|"
                         r"امضت|امضوا)\s+(?:[^\W\d_]+\s+){0,3}?)(?P<s>الليل|المساء)(?![^\W\d_])"
                         r"(?!\s+(?:يوم|اليوم|امس|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الماضي|\d))")
NOT_A_VERB = re.compile(r"[وف]?(?:يوم|يوما|يومي|يومين|يونيو|يوليو|يناير|يونيه|يوليه|ينابيع|يمين|يسار|يهود|يهودي|يهوديه)")
# Words that tell a habit (always, usually, daily, used to), shared by the two habit rules below; a bare night's
# clause also counts "كل", "عادتا" and "أحيانا" (at times: no one past night either)
HABIT = r"دائما|عاده|غالبا|كثيرا\s+ما|يوميا|يعتاد|تعتاد"
HABIT_WORDS = re.compile(rf"(?<![^\W\d_])[وف]?(?:كل|عادتا|احيانا|اعتاد|اعتادت|اعتادوا|{HABIT})(?![^\W\d_])")


def night_of_a_past_report(rows: list[dict], text: str, norm: str, offsets, dct: dt.date | None) -> None:
    if dct is None:
        return
    for m in _BARE_NIGHT.finditer(norm):
        start = int(offsets[m.start("s")])
        lo, hi = sentence_around(text, start)
        if any(lo <= r["start"] < hi and (names_one_day(r) or r["type"] == "TIME") for r in rows):
            continue
        s_lo, _ = sentence_around(norm, m.start("s"))
        before = norm[s_lo:m.start()]
        if m.group("v") and re.search(r"(?<![^\W\d_])(?:ل?كان|لو|اذا|ان)\s+$", norm[max(0, m.start("v") - 8):m.start("v")]):
            continue  # "لكان قضى الليل معها": a condition, no night that was
        if HABIT_WORDS.search(before) or not m.group("v") and tense_before(norm, m.start()) != "past":
            continue  # (a perfect "قضى/أمضى" in the match is the past sign itself)
        if any(re.fullmatch(r"[وف]?ي[^\W\d_]{3,}", w) and not NOT_A_VERB.fullmatch(w) and not re.fullmatch(r"لم|لن", p)
               for p, w in zip([""] + before.split()[-6:], before.split()[-6:])):
            continue  # an imperfect in the words before it: "ينصحون بعدم إبقاء الهاتف على الشحن خلال الليل", a forecast
        # a night: the one before the reference day ("قضى عناصر الإنقاذ الليل" in a Wednesday report of a Tuesday
        # collapse); an evening: the day the story last told, when it is a past one and no later date was written since
        # ("حتى وقت متأخر من المساء"; no told day, no evening: the article's own evening is as likely)
        last = next((r for r in reversed(rows) if r["end"] <= start and r["type"] in ("DATE", "TIME")
                     and (r["date_start"] or re.match(r"\d", r["value"] or ""))), None)
        if m.group("s") == "الليل":
            day = (dct - dt.timedelta(days=1)).isoformat()
        elif last is not None and names_one_day(last) and last["date_start"][:10] < dct.isoformat():
            day = last["date_start"][:10]
        else:
            continue
        part = "TNI" if m.group("s") == "الليل" else "TEV"
        row = new_row(text, offsets, m.start("s"), m.end("s"), "TIME", day + part, "part_of_day:past_night", lo=day,
                       precision="day", anchor=day)
        put(rows, row)


# "فاز الفريق الخميس … وأضاف: هذا ما سنخرج به من هذه الليلة" (a Friday report): "tonight" said in reported speech (a
# quotation, or after a speech verb and a colon) is the night of the day the story told before it, when that day is the
# one before the reference day and no other day was named between them; so is "this day" ("تفجع الجزائر … في هذا اليوم",
# quoted the day after a crash told as "أمس الأربعاء"), the span with its demonstrative
_SPEECH_COLON = re.compile(r"(?<![^\W\d_])[وف]?(?:قال|قالت|اضاف|اضافت|تابع|تابعت|اكد|اكدت|صرح|صرحت|مضي\s+قائلا|"
                           r"يضيف|يقول|تقول)(?:\s+[^\W\d_]+){0,3}\s*:")
_THIS_DAY_BEFORE = re.compile(r"(?<![^\W\d_])هذا\s+$")


def quoted_tonight_of_a_told_day(rows: list[dict], text: str, norm: str, dct: dt.date | None) -> None:
    if dct is None:
        return
    for i, row in enumerate(rows):
        said = " ".join(normalize(row["text"]).split())
        this_day = said == "اليوم" and _THIS_DAY_BEFORE.search(normalize(text[max(0, row["start"] - 8):row["start"]]))
        if row["rule"] != "deictic_day" or not (said in ("هذه الليله", "الليله") or this_day):
            continue
        if row["date_start"] != dct.isoformat():
            continue
        para = text.rfind("\n", 0, row["start"]) + 1
        colon = list(_SPEECH_COLON.finditer(normalize(text[para:row["start"]])))
        if quote_start(text, row["start"]) is None and not colon:
            continue
        prev = next((r for r in reversed(rows[:i]) if names_one_day(r) and not r["rule"].startswith("clock")), None)
        if prev is None or prev["date_start"][:10] != (dct - dt.timedelta(days=1)).isoformat():
            continue
        day = prev["date_start"][:10]
        row.update(value=day + ("" if this_day else "TNI"), date_start=day, date_end=day, anchor=day,
                   rule="deictic_day:quoted_told_day")
        if this_day:
            start = text.rfind("هذا", 0, row["start"])
            row.update(start=start, text=text[start:row["end"]])


# "الليلة الفاصلة بين الخميس والجمعة": the night named by the two weekdays it separates gives "الليلة", the first day's night,
# and the two weekdays as DATEs, the gold's convention since heldout18 (as for "الليلة الفاصلة بين يومي 13 و14 جانفي"),
# not one TIME over the phrase
_WEEKDAY_PAIR_NIGHT = re.compile(rf"(?P<n>(?:ال)?ليله)\s+(?:الفاصله|الواقعه)\s+(?:ما\s+)?بين\s+(?P<a>(?:يومي?\s+)?(?:{alt(WEEKDAYS)}))"
                                 rf"\s*(?:و|الي|-)\s*(?P<b>(?:يوم\s+)?(?:{alt(WEEKDAYS)})(?:\s+{PAST})?)")


def night_between_two_weekdays(rows: list[dict], text: str) -> None:
    for row in [r for r in rows if r["rule"] == "weekday:night_between" and r["date_start"]]:
        norm, offsets = normalize_map(row["text"])
        m = _WEEKDAY_PAIR_NIGHT.fullmatch(norm)
        if m is None:
            continue
        first = dt.date.fromisoformat(row["date_start"][:10])
        parts = []
        for g, day, type_, value in (("n", first, "TIME", first.isoformat() + "TNI"),
                                     ("a", first, "DATE", first.isoformat()),
                                     ("b", first + dt.timedelta(days=1), "DATE", (first + dt.timedelta(days=1)).isoformat())):
            s, e = row["start"] + int(offsets[m.start(g)]), row["start"] + int(offsets[m.end(g) - 1]) + 1
            parts.append({"start": s, "end": e, "text": text[s:e], "type": type_, "value": value,
                          "date_start": day.isoformat(), "date_end": day.isoformat(), "precision": "day", "mod": None,
                          "rule": "weekday:night_between+split", "anchor": day.isoformat()})
        k = rows.index(row)
        rows[k:k + 1] = parts


# "تتفرجو فيها اليلة مع التسعة": "اليلة" (one lam dropped, a slip for "الليلة", as "الوم" for "اليوم") is tonight
_TONIGHT_SLIP = re.compile(r"(?<![^\W\d_])[وف]?(?P<s>اليله)(?![^\W\d_])(?!\s+ال[^\W\d_]{2,}يه(?![^\W\d_]))")


def tonight_slip(rows: list[dict], text: str, norm: str, offsets, dct: dt.date | None) -> None:
    if dct is None:
        return
    for m in _TONIGHT_SLIP.finditer(norm):
        day = dct.isoformat()
        put(rows, new_row(text, offsets, m.start("s"), m.end("s"), "TIME", day + "TNI", "deictic_day:slip", lo=day,
                            precision="day", anchor=day))


# "وظلت المواجهة بين الطرفين طوال الليل، وفي النهاية استسلم القطريون … قبل بزوغ الفجر": the dawn that ends a night the
# text has just told is the next day's morning
_DAWN_AFTER = re.compile(r"(?<![^\W\d_])(?:قبل|بعد|عند|مع|حتي)\s+(?:بزوغ|انبلاج|طلوع)\s+(?P<s>الفجر)(?![^\W\d_])")


def dawn_after_a_night(rows: list[dict], text: str, norm: str, offsets) -> None:
    for m in _DAWN_AFTER.finditer(norm):
        start, end = int(offsets[m.start("s")]), int(offsets[m.end("s") - 1]) + 1
        if any(r["start"] < end and start < r["end"] for r in rows):
            continue
        before = [r for r in rows if r["end"] <= start]
        night = before[-1] if before else None
        if (night is None or not (night["value"] or "").endswith("TNI") or not night["date_start"]
                or start - night["end"] > 120 or "\n" in text[night["end"]:start]):
            continue
        day = (dt.date.fromisoformat(night["date_start"][:10]) + dt.timedelta(days=1)).isoformat()
        put(rows, new_row(text, offsets, m.start("s"), m.end("s"), "TIME", day + "TMO", "sun:dawn_after_night",
                            lo=day, precision="day", anchor=day))
