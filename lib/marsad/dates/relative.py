"""Resolve expressions relative to the anchor day: weekdays, relative units, offsets, clock times, midnight.

A weekday named alone is the past or coming one by the clause's tense and the cues around it (schedules,
forecasts, meetings ahead); "الأسبوع الماضي", "منذ أربع سنوات", "بعد يومين" count units from the anchor; a clock time
takes the day it is told on.
"""
from __future__ import annotations

import datetime as dt
import re

from marsad.dates.cues import (
    COMPLEMENTIZER,
    event_told_ahead,
    FUTURE,
    NIGHT_PAIR_AFTER,
    PENDING_ACT,
    PLANNED_ACT,
    POSTPONED_TO_BEFORE,
    REPORT_BEFORE,
    SUSPEND_VERB,
    UNTIL_BEFORE,
)
from marsad.dates.lexicon import (
    DUAL_FORMS,
    DUR_LETTER,
    HOURS,
    NEXT,
    ONE_UNITS,
    PAST,
    PLURAL_UNITS,
    UNITS,
    WEEKDAYS,
)
from marsad.dates.tense import dated_not_ahead, past_after, sentence_before, tense_before
from marsad.dates.values import add_months, set_day, duration, set_month, number, set_year
from marsad.lang.rules import sentence_around

__all__ = [
    "PART_CODE",
    "resolve_clock",
    "resolve_midnight",
    "resolve_offset",
    "resolve_relative_unit",
    "resolve_weekday",
]

# a forecast or an expectation told in the past, then "أن" + an imperfect verb, with the weekday in that clause
_FORECAST_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:توقع|توقعت|توقعوا|رجح|رجحت|رجحوا|قدر|قدرت|اتوقع|يتوقع|تتوقع|يرجح|ترجح|يتوقعون)\s+(?:[^\W\d_]+\s+){0,5}"
                              r"ان\s+(?:[يت][^\W\d_]{2,})[^.!?؟\n:]*$")
# the holding of a meeting called for, agreed or decided: "الاتفاق على عقد اجتماع الأحد", "دعا لعقد اجتماع رباعي، الأحد"
# "تقرر عقد اجتماع غير عادي لمجلس الجامعة على مستوى وزراء الخارجية الخميس", "اجتماعا تحضيرا لاجتماع طارئ لوزراء
# الخارجية العرب الخميس": a meeting decided on, or one another meeting prepares, is ahead
_MEETING_AHEAD_BEFORE = re.compile(r"(?<![^\W\d_])(?:[وف]?(?:تقرر|قرر|قررت|تقررت)\s+عقد|تحضيرا\s+ل|تمهيدا\s+ل)\s*"
                                   r"(?:ال)?(?:اجتماع|جلسه|قمه|لقاء|مؤتمر)[^\W\d_]*(?:\s+[^\W\d_]+){0,9}\s*[،,]?\s*(?:يوم\s+)?$")
_HOLDING_BEFORE = re.compile(r"(?:(?<![^\W\d_])(?:علي|الي)\s+عقد|(?<![^\W\d_])[وف]?لعقد"
                             # a call to a meeting or a strike: "دعت حكومتها إلى اجتماع طارئ الخميس"
                             r"|(?<![^\W\d_])[وف]?(?:دعا|دعت|دعوا|يدعو|تدعو|الدعوه|دعوه)\s+(?:[^\W\d_]+\s+){0,3}الي\s+"
                             r"(?:اجتماع|جلسه|قمه|لقاء|اضراب|تظاهره|مظاهره|مسيره|وقفه|التظاهر|الاضراب)"
                             # (twentieth session: "ليستنكر دعوات التظاهر في غزة يوم الجمعة", the calls' noun right after)
                             r"|(?<![^\W\d_])[وفبل]?(?:ال)?(?:دعوات|دعوه|الدعوه)\s+(?:ل|الي\s+)?(?:ال)?"
                             r"(?:تظاهر|اضراب|تظاهره|مظاهره|مسيره|وقفه|اعتصام))"
                             r"\s+(?:[^\W\d_]+\s+){0,3}[^\W\d_]*\s*[،,]?\s*(?:يوم\s+)?$")
# a weekday right after a relative clause's perfect verb: "نتائج الانتخابات التي أجريت الاثنين" (the day of that act)
# an expectation participle right before the weekday (one word between at most, or "بداية من"): "تقلبات متوقعة بداية
# من الأربعاء", "عودة مرتقبة للأمطار الجمعة", "العودة المتوقعة للأمطار الجمعة": the expected event is ahead
_EXPECTED_BEFORE = re.compile(r"(?<![^\W\d_])(?<!غير\s)(?P<al>ال)?(?:متوقع|مرتقب|منتظر)ه?(?:\s+(?!في\s|منذ\s|يوم\s)[^\W\d_]+)?"
                              r"(?:\s+(?:بدايه|ابتداء|اعتبارا|انطلاقا|بدءا)\s+من)?\s+(?:يوم\s+)?$")
# a sentence opened by a forecast verb with a noun object (an indefinite accusative, "تقلصا", "استقرارا"), then the
# weekdays it forecasts: "وتوقع المصدر استقرارا للطقس يوم الثلاثاء قبل عودة الأمطار مساء الأربعاء" (the weekdays after
# the object, not "توقع الخبير الأحد هطول أمطار")
_FORECAST_OBJECT_BEFORE = re.compile(
    r"^[\s\"«“(]*[وف]?(?:توقع|توقعت|توقعوا|يتوقع|تتوقع|يتوقعون|نتوقع|رجح|رجحت|يرجح|ترجح)\s+(?:[^\W\d_]+\s+){0,4}?"
    r"(?!ايضا|جدا|حاليا|سابقا|موخرا|غدا|امس)[^\W\d_]{3,}ا\s+[^.!?؟\n]*$")
# a sentence opened by an imperfect verb (و/ف + يفعل, تتفعل, تستفعل, تنفعل), no complementizer before the weekday:
# "ويعقد المكتب الجديد أول اجتماعاته يوم الاثنين", "وتنطلق الدورة الخميس", an announcement of what is ahead;
# reporting and framing verbs ("ويقول", "ويأتي ذلك بعد …", "ويشار إلى") and nouns in ي (يوم، يونيو) are not
_OPENING_IMPERFECT = re.compile(
    r"^[\s\"«“(\-–—:]*[وف]?(?P<v>ي(?!وم|ون|ول|ناير|مين|هود)[^\W\d_]{3,}|تت(?!ا)[^\W\d_]{2,}|تست[^\W\d_]{2,}|تن(?!ا)(?![^\W\d_]ي[^\W\d_](?![^\W\d_]))[^\W\d_]{3,}"
    # imperfects in ت of events and ceremonies that no perfect or noun shares ("وتقام مراسم التكريم الأربعاء")
    r"|تقام|تقوم|تعقد|تجري|تبدا|تختتم|تفتتح|تحتضن|تلعب|تزور|تغادر|تحيي|تلتقي|تصل|تخوض|تقيم|تصوت|تدور"
    # ("تنظم الأحد في مالي الدورة الأولى من الانتخابات": four letters, below the length the ت-imperfects above need)
    r"|تنظم|ينظم)"
    r"(?![^\W\d_])")  # (not "تتالت", a perfect; not "تنظيم", a noun)
# "أن/إن" (+ up to three words) + the present of a fixture or a meeting, and what follows it up to the weekday
_SAID_EVENT_IMPERFECT = re.compile(r"(?<![^\W\d_])[وفب]?(?:ان|انه|انها)\s+(?:[^\W\d_]+\s+){0,3}?[يت](?:خوض|لعب|لتقي|ستضيف|حتضن|زور|قام|عقد|"
                                   r"نطلق|بدا|ختتم|فتتح)(?![^\W\d_])(?P<rest>[^.!?؟\n]*)$")
# a relative clause closed by a comma: "الضابط الذي قتل بعد أن سلم نفسه للمهاجم،"
_RELATIVE_CLOSED = re.compile(r"(?<![^\W\d_])(?:الذي|التي|الذين|اللذين|اللتين|اللواتي)\s[^،,.!?؟:\n\"«»“”]{3,120}[،,]")
_REPORTING_IMPERFECT = re.compile(
    r"(?:يقول|تقول|يقولون|يضيف|تضيف|يشير|تشير|يوضح|توضح|يذكر|تذكر|يؤكد|تؤكد|يعتبر|تعتبر|يري|تري|يبدو|تبدو|يعد|تعد|"
    r"ياتي|تاتي|يعتقد|تعتقد|يتهم|تتهم|يبلغ|تبلغ|يشار|يجدر|يعيش|تعيش|يتزامن|تتزامن|يواجه|تواجه|يقضي|تقضي|يحمل|تحمل|"
    r"يمثل|تمثل|يعود|تعود|يرجع|ترجع|يتعلق|تتعلق|يقدر|تقدر|يتوقع|تتوقع|يوجد|توجد|يعرف|تعرف|يبقي|تبقي|يظل|تظل|"
    r"يتواصل|تتواصل|يستمر|تستمر|يشهد|تشهد|يعاني|تعاني|ينفي|تنفي|يطالب|تطالب|يحتج|يتظاهر|يرفض|ترفض|يعمل|تعمل)$")
_NO_AHEAD_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:منذ|بعد|عقب|اثر|قبل)\s+(?:\S+\s+){0,5}(?:يوم\s+)?$")
_PLANNED_BEFORE = re.compile(r"(?<![^\W\d_])(?:ال)?مقرر[اه]?\s*[،,]?\s+(?:(?:ل|في)\s*)?(?:يوم\s+)?$")
_REL_PERFECT_BEFORE = re.compile(r"(?<![^\W\d_])(?:التي|الذي|اللتين|اللذين|الذين)\s+(?:(?![يتن]|س[يتن])[^\W\d_]{3,8}"
                                 # (perfects of the forms V/VI that start with ت: "الإصابة التي تعرض لها السبت")
                                 r"|(?:تعرض|تعرضت|تعرضوا|توفي|توفيت|تمكن|تمكنت|تسلم|تسلمت|تلقت|تحدث|تحدثت|تبنت|تبناه|تبناها)(?![^\W\d_]))"
                                 r"(?:\s+[^\W\d_]+){0,3}\s*[،,]?\s*(?:يوم\s+)?$")


PART_CODE = {"الساعات الاولي من": "TMO", "الساعات الاولي من بدايه": "TMO", "الساعات الاولي من مطلع": "TMO", "الساعات الاولي من صباح": "TMO", "الساعات الاولي من فجر": "TMO", "سهره": "TEV",
              "بعد ظهر": "TAF", "عشيه": "TEV", "صباح": "TMO", "صبيحه": "TMO", "ظهيره": "TAF", "فجر": "TMO", "ظهر": "TAF", "عصر": "TAF", "مساء": "TEV", "ليله": "TNI", "ليل": "TNI",
              "الليله": "TNI", "بعد زوال": "TAF", "زوال": "TAF",
              "منتصف نهار": "T12:00"}  # "بحلول منتصف نهار الأحد": noon of that day  # "الحفل الذي سيقام الليلة 20 يونيو": tonight, named by its date


def resolve_weekday(tx, norm: str, anchor) -> None:
    g = tx.groups
    if g.get("part2") and not g.get("part"):  # "الأربعاء ليلا" is that day's night (as "ليل الأربعاء"), not the eve
        g["part"] = {"صباحا": "صباح", "مساءا": "مساء", "مساء": "مساء", "ليلا": "ليل", "ظهرا": "ظهر", "فجرا": "فجر",
                     "عصرا": "عصر"}[g["part2"]]
    wd = WEEKDAYS[re.sub(r"^يومي?\s+", "", " ".join(g["wd"].split()))]
    if g.get("part"):
        tx.type = "TIME"
    if anchor is None:
        tx.value, tx.precision = f"XXXX-WXX-{wd + 1}", "day"
        return
    rel = g.get("rel") or ""
    two = " ".join((g.get("two") or "").split())  # "السبت قبل الماضي": the one before last; "بعد المقبل": after next
    rel = rel[len(g.get("two") or ""):].strip() if two else rel
    tense = tense_before(norm, tx.start) if not rel else None
    if not rel and tense is None:
        start = sentence_around(norm, tx.start)[0]
        if start > 1 and re.match(r"[\s\"«“(]*ثم\s", norm[start:tx.start]):
            # "و سيجري الفريق عشية الجمعة حصة … . ثم حصة تدريبية عشية يوم السبت": a sentence opened by "ثم" goes on
            # in the tense of the one before it
            tense = tense_before(norm, start - 1)
    if not rel and tense == "future":
        rep, pos = None, max(0, tx.start - 70)
        while (m := REPORT_BEFORE.search(norm, pos, tx.start)) is not None:
            rep, pos = m, m.start() + 1  # the reporting verb nearest the weekday
        if rep and not COMPLEMENTIZER.search(rep.group("gap")) and not re.match(r"[وف]?(?:نقل|ذكر)(?![^\W\d_])",
                                                                                  rep.group()):
            # (not "نقل", "ذكر", also the nouns "transfer", "mention": "احتجاجا على نقل السفارة الاثنين")
            clause = norm[rep.start():tx.start]
            if tense_before(clause, len(clause)) is None:
                # "قبل الانتخابات المقررة نهاية الشهر، أعلنت النيابة العامة مساء الاثنين أنها …": the future sign
                # belongs to another clause; a day right after a perfect reporting verb dates the report
                tense = "past"
    if not rel and re.search(r"(?<![^\W\d_])[وف]?منذ\s+$", norm[max(0, tx.start - 8):tx.start]):
        tense = "past"  # "منذ ليل السبت", "منذ يوم الأربعاء": a "since" points back, whatever the clause's tense
    if not rel and tense == "future" and any(not re.search(r"[،,]", seg[m.end():]) for seg in [sentence_before(norm, tx.start)[-80:]]
                                             for m in _REL_PERFECT_BEFORE.finditer(seg)):
        # (not a relative clause closed by a comma before the weekday)
        tense = "past"  # "من المتوقع أن تعلن نتائج الانتخابات التي أجريت الاثنين"
    if not rel and tense == "past":
        # "أن رونالدو سيلتقي فريقه الجديد الذي بدأ تحضيراته للموسم المقبل، بعد ظهر يوم الاثنين": the past verb is inside a
        # relative clause closed by a comma right before the weekday; the main clause's future decides
        before = sentence_before(norm, tx.start)
        closed = re.search(r"(?<![^\W\d_])(?:التي|الذي|الذين|اللتين|اللذين)\s+[^،,.]{3,90}[،,]\s*(?:[^\W\d_]+\s+){0,3}$", before)
        if closed and tense_before(before[:closed.start()], closed.start()) == "future":
            tense = "future"
    if not rel and tense != "future" and (_FORECAST_BEFORE.search(sentence_before(norm, tx.start)[-120:])
                                          or _HOLDING_BEFORE.search(sentence_before(norm, tx.start)[-60:])
                                          or _MEETING_AHEAD_BEFORE.search(sentence_before(norm, tx.start)[-120:])):
        # "توقعت الهيئة أن تجتاح العواصف مناطق أخرى حتى يوم السبت", "تم الاتفاق على عقد اجتماع الأحد": ahead
        tense = "future"
    expected_only = False
    if not rel and tense != "future":
        before = sentence_before(norm, tx.start)
        expected = _EXPECTED_BEFORE.search(before[-60:])
        # (a definite one only when no past sign comes before it: "وجرت المباراة المرتقبة الأحد" took place)
        if expected and (not expected.group("al") or tense is None and tense_before(
                norm, tx.start - len(before[-60:]) + expected.start()) != "past") or (
                _FORECAST_OBJECT_BEFORE.search(sentence_before(norm, tx.start))):
            tense = "future"  # "تقلبات جوية متوقعة بداية من الأربعاء", "وتوقع مصدرنا استقرارا للطقس يوم الثلاثاء"
            expected_only = True  # (this weekday only: "متوقع الجمعة. وقدم الحزب الجمعة المذكرة" keeps the past one)
    if not rel and tense is None and re.fullmatch(r"[\s\"«“(]*(?:و\s*)?(?:في\s+)?", sentence_before(norm, tx.start)):
        # "و[في] الأربعاء، ينضم إلى الرئيسين …": a sentence opened by the weekday, then an imperfect verb, is ahead
        after = re.match(r"\s*[،,]?\s*", norm[tx.end:])
        verb = _OPENING_IMPERFECT.match(norm[tx.end + after.end():tx.end + after.end() + 30])
        if (verb and not _REPORTING_IMPERFECT.match(verb.group("v")) and not past_after(norm, tx.end)
                and not dated_not_ahead(norm, tx.end, anchor)):
            tense, expected_only = "future", True
    if not rel and tense in (None, "past"):
        # (a relative clause closed by a comma before the weekday describes a noun: its perfect verbs and "أن" are not
        # the tense of the sentence: "وتقام مراسم تكريم للضابط الذي قتل بعد أن سلم نفسه، الأربعاء عند الساعة 10,30")
        before = _RELATIVE_CLOSED.sub(lambda m: " " * len(m.group()), sentence_before(norm, tx.start))
        opening = _OPENING_IMPERFECT.match(before)
        if (opening and not _REPORTING_IMPERFECT.match(opening.group("v")) and len(before) < 160
                and (tense is None or tense_before(before, len(before)) is None)
                and not COMPLEMENTIZER.search(before, opening.end()) and not _NO_AHEAD_BEFORE.search(before[-40:])
                and not past_after(norm, tx.end) and not dated_not_ahead(norm, tx.end, anchor)):
            tense, expected_only = "future", True  # "ويعقد المكتب التنفيذي أول اجتماعاته يوم الاثنين"
    if not rel and tense in (None, "past"):
        before = sentence_before(norm, tx.start)
        said = None
        for said in _SAID_EVENT_IMPERFECT.finditer(before[-130:]):
            pass
        if (said is not None and tense_before(said.group("rest"), len(said.group("rest"))) is None
                and not _NO_AHEAD_BEFORE.search(before[-40:]) and not past_after(norm, tx.end)
                and not _REL_PERFECT_BEFORE.search(before[-80:]) and not dated_not_ahead(norm, tx.end, anchor)):
            # "وأكد راموس أن الفريق يخوض مباراة الموسم ضد باريس سان جيرمان يوم الثلاثاء": a fixture told in the present
            # after "أن/إن" is ahead (a past sign after the verb keeps it back: "إن الفريق يعاني منذ الأحد")
            tense, expected_only = "future", True
    if not rel and tense != "future" and event_told_ahead(sentence_before(norm, tx.start)):
        tense = "future"  # "أقيم مساء الأحد مؤتمر … عن الحفل الذي يجمعهما بدار الأوبرا مساء الأربعاء": the event is ahead
    if not rel and tense is None and PLANNED_ACT.search(sentence_before(norm, tx.start)[-90:]):
        tense = "future"  # "أعلنت النقابات تنفيذ إضراب ثان الأربعاء": an announced or called act is ahead
    if not rel and tense is None and (PENDING_ACT.search(sentence_before(norm, tx.start)[-70:])
                                      and not past_after(norm, tx.end)
                                      or UNTIL_BEFORE.search(sentence_before(norm, tx.start)[-20:])
                                      and SUSPEND_VERB.search(sentence_before(norm, tx.start)[-90:])):
        tense = "future"  # "قبل الكشف عن الأرقام الرسمية الثلاثاء", "أغلقت المدارس حتى يوم الاثنين": untensed, ahead
    if not rel and tense is None:  # "يوم الأحد يلتقي يونايتد مع تشيلسي": a fixture verb right after the day
        ws = re.match(r"\s+", norm[tx.end:])
        if ws and FUTURE.match(norm, tx.end + ws.end()):
            tense = "future"
    if not rel and tense != "future" and re.search(r"(?<![^\W\d_])[وف]?مدعو(?:ون|ين|ات|ه)\s+(?:يوم\s+)?$",
                                                   norm[max(0, tx.start - 14):tx.start]):
        tense = "future"  # "ثمانية ملايين ناخب مدعوون الأحد لاقتراع رئاسي": called to vote on a coming day
    if not rel and tense != "future" and re.search(r"(?<![^\W\d_])[وف]?(?:نتطلع|يتطلع|تتطلع|يتطلعون|نترقب|يترقب|تترقب|يترقبون)"
                                                   r"(?:\s+\S+){0,6}\s+(?:يوم\s+)?$", sentence_before(norm, tx.start)[-70:]):
        tense = "future"  # "هناك العديد من الأمور نتطلع إليها في مباراة الثلاثاء": a day looked forward to is ahead
    if not rel and POSTPONED_TO_BEFORE.search(sentence_before(norm, tx.start)[-60:]):
        tense = "future"  # "تم تأجيل المباراة إلى يوم الأربعاء" in a Friday article: the new day is ahead
    future = bool(re.fullmatch(NEXT, rel)) or tense == "future"
    if future:
        delta = (wd - anchor.weekday()) % 7
        if re.fullmatch(NEXT, rel) and delta == 0:
            delta = 7
        tx.rule = "weekday:next" if rel else "weekday:expected" if expected_only else "weekday:future"
    else:
        # News reports the past: the most recent such day, the publication day included.
        delta = -((anchor.weekday() - wd) % 7)
        if re.fullmatch(PAST, rel) and delta == 0:
            delta = -7
        # "weekday:past" when a past sign says so (another, future mention of the day does not move it)
        tx.rule = "weekday:past" if tense == "past" and not rel else "weekday:last"
        if (not rel and tense is None and delta < -3
                and _PLANNED_BEFORE.search(norm, max(0, tx.start - 30), tx.start)):
            # "اللقاء الذي كان مقررا الجمعة", "اجتماع ماكرون مع كونتي، المقرر الجمعة" with no tense sign: a plan's day
            # is the nearer occurrence (tomorrow's Friday in a Thursday report, not the one six days back)
            delta += 7
            tx.rule = "weekday:planned"
    if two == "قبل" and re.fullmatch(PAST, rel):
        delta -= 7
    elif two == "بعد" and re.fullmatch(NEXT, rel):
        delta += 7
    set_day(tx, anchor + dt.timedelta(days=delta))
    part = " ".join((g.get("part") or "").split())
    if part == "ليله" and not g.get("night_pair") and not NIGHT_PAIR_AFTER.match(norm, tx.end) and (
            not future and delta == 0):
        # "ليلة السبت" is the night that begins on Saturday evening (as ليل السبت, English "Saturday night"; the
        # convention of data/gold/timex), except that a past night named by the reference day itself has not begun
        # yet: "الحريق الذي نشب ليلة الخميس" in a Thursday report is the eve, the night before (the classical count)
        set_day(tx, tx.lo - dt.timedelta(days=1))
        tx.rule = "weekday:eve"
    if tx.type == "TIME":
        tx.value += PART_CODE[part]


def resolve_relative_unit(tx, anchor, *, sunday_ahead: bool = False) -> None:
    """الأسبوع الماضي, الشهر الجاري, العام المقبل, هذا العام; ``sunday_ahead``: this week told in the future on a Sunday,
    the end of its ISO week, is the next ISO week (the one its coming days are in)."""
    g = tx.groups
    unit = {"الاسبوع": "week", "الشهر": "month", "العام": "year", "السنه": "year", "العقد": "decade"}[g["u"]]
    rel = g.get("rel") or ""
    if g.get("two"):  # "الشهر قبل الماضي", "الأسبوع بعد المقبل": two periods back or ahead
        rel = rel.split()[-1]
    shift = -1 if re.fullmatch(PAST, rel) else 1 if re.fullmatch(NEXT, rel) or rel == "التاليه" else 0
    if g.get("two") and shift:
        shift *= 2
    tx.rule = f"relative_{unit}"
    if anchor is None:
        tx.value = {"week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX", "decade": "XXX"}[unit]
        tx.precision = unit
        return
    if unit == "decade":  # the calendar decade: العقد الماضي in 2018 = the 2000s
        start = (anchor.year // 10 + shift) * 10
        tx.lo, tx.hi = dt.date(start, 1, 1), dt.date(start + 9, 12, 31)
        tx.value, tx.precision = f"{start // 10}", "decade"
    elif unit == "week":
        if shift == 0 and sunday_ahead:
            shift = 1
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=shift)
        tx.lo, tx.hi = monday, monday + dt.timedelta(days=6)
        iso = monday.isocalendar()
        tx.value, tx.precision = f"{iso[0]}-W{iso[1]:02d}", "week"
    elif unit == "month":
        set_month(tx, *add_months(anchor, shift))
    else:
        set_year(tx, anchor.year + shift)


def resolve_offset(tx, anchor) -> None:
    g = tx.groups
    if g.get("frac"):
        unit = {"قرن": "century", "ساعه": "hour", "عقد": "decade"}[g["funit"]]
        quarter = g["frac"] == "ربع"
        n, unit = {("century", False): (50, "year"), ("century", True): (25, "year"), ("decade", False): (5, "year"),
                   ("decade", True): (30, "month"), ("hour", False): (30, "minute"), ("hour", True): (15, "minute")}[unit, quarter]
    elif g.get("dual"):
        n, unit = 2, DUAL_FORMS[g["dual"]]
    elif g.get("bare"):
        n, unit = None, UNITS[g["u2"]]
    elif g.get("one"):
        n, unit = 1, ONE_UNITS[g["one"]]
    elif g.get("plural"):
        n, unit = None, PLURAL_UNITS[g["plural"]]
    else:
        n, unit = number(g["n"]), UNITS[g["u"]]
    hedge = " ".join((g.get("hedge") or g.get("approx") or "").split())
    tx.mod = ("MORE_THAN" if hedge.startswith(("اكثر", "ما يزيد", "ما لا يقل")) else "LESS_THAN" if hedge.startswith("اقل")
              else "APPROX" if hedge else None)
    prep = g.get("prep") or ""
    if prep in ("قبل", "بعد") and g.get("event"):
        prep = ""
    if g.get("half") and n and prep and unit == "month" and anchor is not None:
        # "قبل شهر ونصف": the month 45 days back (a day would be more precise than the text)
        back = anchor + dt.timedelta(days=(n * 30 + 15) * (1 if prep == "بعد" else -1))
        tx.rule = "offset" if prep != "بعد" else "offset:after"
        set_month(tx, back.year, back.month)
        return
    if g.get("half") and n:  # "ساعة ونصف" = 90 minutes, "عامين ونصف" = 30 months; "قبل عام ونصف": 18 months back
        n, unit = {"year": (n * 12 + 6, "month"), "month": (n * 30 + 15, "day"), "week": (n * 7 + 3, "day"),
                   "day": (n * 24 + 12, "hour"), "hour": (n * 60 + 30, "minute"), "decade": (n * 10 + 5, "year"),
                   "century": (n * 100 + 50, "year")}.get(unit, (n, unit))
    if not prep or (prep == "منذ" and g.get("plural")):
        # "26 عاما", "أكثر من عام"; "منذ أشهر" is a stretch of months up to now
        tx.type = "DURATION"
        tx.value = (duration(n, unit) if n else f"PX{DUR_LETTER[unit]}" if unit not in ("hour", "minute")
                    else f"PTX{DUR_LETTER[unit]}")
        tx.anchor = None
        tx.rule = "duration"
        if g.get("core_start"):  # the preposition is a signal outside a DURATION ("بعد 9 أشهر" -> "9 أشهر")
            tx.start = g["core_start"]
        return
    # "قبل / منذ N units": a point N units before the anchor; "بعد N units": after it.
    sign = 1 if prep == "بعد" else -1
    tx.rule = "offset" if sign < 0 else "offset:after"
    if n is None or unit in ("hour", "minute"):
        tx.value = "PAST_REF" if sign < 0 else "FUTURE_REF"
        return
    years = {"decade": 10, "century": 100}.get(unit)
    if anchor is None:
        tx.value, tx.precision = "PAST_REF", unit if unit in ("day", "week", "month", "year") else "year"
        return
    n *= sign
    target_year = anchor.year + n * ({"day": 1 / 365, "week": 7 / 365, "month": 1 / 12}.get(unit) or years or 1)
    if not 1 < target_year < 9999:  # "منذ 9500 عام": before the calendar Python dates can hold
        tx.value = "PAST_REF" if sign < 0 else "FUTURE_REF"
        return
    if unit == "day":
        set_day(tx, anchor + dt.timedelta(days=n))
    elif unit == "week":
        d = anchor + dt.timedelta(weeks=n)
        monday = d - dt.timedelta(days=d.weekday())
        tx.lo, tx.hi, tx.precision = monday, monday + dt.timedelta(days=6), "week"
        tx.value = "{}-W{:02d}".format(*monday.isocalendar()[:2])
    elif unit == "month":
        set_month(tx, *add_months(anchor, n))
    else:
        set_year(tx, anchor.year + n * (years or 1))
    n = abs(n)
    if tx.mod and tx.lo is not None:
        # A hedged count ("ما يقرب من ربع قرن" = almost 25 years) gives an honest
        # window around the point: "almost/less than" lies after it, "more than"
        # before it, "about" on both sides; 5 % of the count, at least one unit.
        total = n * (years or 1)
        tol = max(1, round(total * 0.05))
        y = tx.lo.year
        lo_y, hi_y = {
            "LESS_THAN": (y, y + tol), "MORE_THAN": (y - tol, y),
        }.get(tx.mod, (y - tol, y + tol))
        if hedge.startswith(("ما يقرب", "قرابه")):
            lo_y, hi_y = y, y + tol
        if tx.precision == "year":
            tx.lo, tx.hi = dt.date(max(lo_y, 1), 1, 1), dt.date(min(hi_y, 9999), 12, 31)
        tx.precision = "approximate"


def resolve_clock(tx, day: dt.date | None) -> None:
    """A clock time: on the day the sentence names before it, if any (``day``)."""
    g = tx.groups
    h_text = " ".join(g["h"].split())
    if h_text[0].isdigit():
        h_text = re.sub(r"[.,h]", ":", h_text)
        if ":" not in h_text and len(h_text) == 4:  # "0150 بتوقيت غرينتش"
            h_text = f"{h_text[:2]}:{h_text[2:]}"
        hour, _, minute = h_text.partition(":")
        hour, minute = int(hour), int(minute or 0)
    else:
        hour, minute = HOURS[h_text], 0
    minute += {"النصف": 30, "نصف": 30, "الربع": 15, "ربع": 15, "الثلث": 20, "ثلث": 20}.get(g.get("frac") or "", 0)
    minute += number(g["min"]) or 0 if g.get("min") else 0
    minute += number(g["min2"]) or 0 if g.get("min2") else 0
    if g.get("less"):  # "الثامنة إلا ربعا" = 7:45, "العاشرة إلا خمس دقائق" = 9:55
        less = " ".join(g["less"].split())
        off = 15 if less.startswith("ربع") else 20 if less.startswith("ثلث") else number(less.split()[0]) or 0
        hour, minute = divmod(hour * 60 + minute - off, 60)
    part = " ".join((g.get("part") or "").split())
    # (a night hour after midnight stays small: "الساعة الواحدة ليلا" is 01:00, "العاشرة ليلا" 22:00)
    if (part in ("مساء", "مساءا", "بعد الظهر", "بعد الزوال", "زوالا", "عصرا") and hour < 12 or part == "ليلا" and 6 <= hour < 12
            or part in ("ظهرا", "الظهر") and hour < 6):
        hour += 12
    if hour == 12 and part in ("ليلا", "فجرا", "بعد منتصف الليل"):
        hour = 0  # "الساعة 12.01 من فجر الجمعة" is a minute after midnight
    if g.get("ampm") == "م" and hour < 12:
        hour += 12
    if hour > 24 or minute > 59:
        tx.kind = "reject"
        return
    tx.type, tx.rule = "TIME", "clock"
    if g.get("hedge"):  # "حوالي الساعة الثامنة مساء"
        tx.mod = "APPROX"
    clock = f"T{hour:02d}:{minute:02d}"
    if day is None:
        tx.value, tx.anchor = f"XXXX-XX-XX{clock}", None
        return
    tx.lo = tx.hi = day
    tx.value, tx.precision = f"{day.isoformat()}{clock}", "day"


def resolve_midnight(tx, norm: str, anchor) -> None:
    """Midnight: between two named days it is the second at 00:00 ("منتصف ليل الجمعة السبت"); after one day,
    the next day at 00:00; alone, a clock time 00:00 on the day of its context."""
    g = tx.groups
    tx.type = "TIME"
    if g.get("last"):  # "منتصف الليلة الماضية": the midnight that began the reference day
        tx.rule = "midnight"
        if anchor is None:
            tx.value = "XXXX-XX-XXT00:00"
        else:
            tx.lo = tx.hi = anchor
            tx.value, tx.precision = f"{anchor.isoformat()}T00:00", "day"
        return
    if not g.get("wd"):
        tx.kind, tx.groups = "clock", {"h": "12:00" if g.get("noon") else "00:00", "hedge": g.get("hedge")}
        resolve_clock(tx, anchor)
        return
    target = WEEKDAYS[g["wd2"]] if g.get("wd2") else (WEEKDAYS[g["wd"]] + 1) % 7
    if anchor is None:
        tx.value, tx.rule = f"XXXX-WXX-{target + 1}T00:00", "midnight"
        return
    # a curfew, a closure, a deadline: announced ahead unless the clause is in the past tense (or a "since" points
    # back: "فيديوهات أظهرت منذ منتصف ليلة السبت/الأحد سائقات" in a Monday report)
    if tense_before(norm, tx.start) == "past" or re.search(r"(?<![^\W\d_])[وف]?منذ\s+$", norm[max(0, tx.start - 8):tx.start]):
        delta = -((anchor.weekday() - target) % 7)
        if not g.get("wd2") and WEEKDAYS[g["wd"]] == anchor.weekday():
            # "بدأها الجيش منتصف ليل الأحد" in a Sunday report: the midnight that ends Sunday has not come yet,
            # so the past clause means the one that began it (not the one a week back)
            delta = 0
    else:
        delta = (target - anchor.weekday()) % 7
    day = anchor + dt.timedelta(days=delta)
    tx.lo = tx.hi = day
    tx.value, tx.precision, tx.rule = f"{day.isoformat()}T00:00", "day", "midnight"
