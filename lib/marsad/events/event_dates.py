"""An event mention's date: the time expression governing its clause, or where it points to.

:func:`_event_date` picks the date of a cue (not one inside a reporting frame, not "since N years"; a bare month
after في/إلى/حتى; a weekday ahead of publication for a plan; the date of the talks or visit it points to);
:func:`_gathering_dates` dates the summits and forums a document names; :func:`_as_said_date` reads
"حسبما قال … الأحد" (the speaker's own telling, shared with :mod:`marsad.events.speaker_dates`).
"""
from __future__ import annotations

import re

import pandas as pd

from marsad.dates.timex import MONTHS, tag_rows
from marsad.lang.rules import anaphors, words_regex
from marsad.lang.text import normalize

from .speaker_dates import _AS_SAID
from .clauses import _is_since
from .arguments import _UNDER_WORDS, _WHERE_OPEN

__all__: list[str] = []  # private passes of marsad.events.extract


# An imperfect verb of visit or meeting ("يزور البشير روسيا الجمعة", said on Thursday) with a weekday a few days after
# publication tells the plan, not a visit under way (a weekday further ahead is the last such day, told in the present)
_IMPERFECT_MEET = re.compile(r"[وف]?[يت](?:زور|لتق|جتمع|صل|توجه|ستقبل|ستضيف)\w*")
_COMING_DAYS = 3
_SINCE_BEFORE = re.compile(r"(?<![\w])[وف]?(?:منذ|من|قبل|بعد|حتي|الي)\s+(?:يوم\s+)?\Z")
_WAS_BEFORE = re.compile(r"(?<![\w])[وف]?(?:كان|كانت|كانوا)\s+\Z")
# ("إلى ذلك،" / "علاوة على ذلك،": a connective, "besides", that points back to no act)
_ANAPHOR = re.compile(words_regex(anaphors(), left=r"(?<![\w])(?<!مع )(?<!بما في )(?<!رغم )(?<!الي )(?<!علي )"))
_ANCHOR = re.compile(r"(?<![\w])[وفبلك]{0,2}(?:خلال|عقب|بعد|اثناء|في\s+ختام|على\s+هامش)\s+(?:ال)?(?:محادثات|مباحثات|زياره|قمه|"
                     r"لقاء|لقائ|اجتماع)\w*")
_MONTH_RE = re.compile(r"(?<![\w])(?:في|الي|حتي|خلال|مطلع|اواخر|منتصف|اوائل|بدايه|نهايه)\s+(?:شهر\s+)?("
                       + "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True)) + r")(?![\w])")


# A gathering dated where the document first names it ("في مؤتمر الكويت الذي عقد أمس الأربعاء") dates a meeting held
# on its sidelines in another sentence ("لقاء ظريف بالعبادي على هامش مؤتمر الكويت")
_GATHERING = r"(?:مؤتمر|قمه|منتدي|اجتماعات)\s+((?:ال)?[^\W\d_]{3,}(?:\s+(?:ال)?[^\W\d_]{3,})?)"
_GATHERING_DATED = re.compile(r"(?<![\w])(?:ال)?" + _GATHERING + r"\s*[،,]?\s*(?:الذي|التي|والذي|والتي)\s+"
                              r"(?:عقد|عقدت|انعقد|انعقدت|اختتم|اختتمت|افتتح|افتتحت|انطلق|انطلقت|جري|جرت)\s+")
_ON_SIDELINES = re.compile(r"(?<![\w])(?:علي\s+هامش|خلال|في\s+ختام|في\s+اطار)\s+(?:ال)?" + _GATHERING)


_GATHERING_ENDED = re.compile(r"(?<![\w])[وفبل]{0,2}(?:ال)?(?:مؤتمر|قمه|منتدي|اجتماعات)\s+(?:[^\s.،,]+\s+){0,10}?"
                              r"(?:[^\s.،,]+)\s*[،,]\s*(?:الذي|التي)\s+(?:انتهي|انتهت|اختتم|اختتمت|عقد|عقدت|انعقد|انعقدت)"
                              r"(?:\s+(?:اعماله|اعمالها))?\s+")
_AT_THE_GATHERING = re.compile(r"(?<![\w])(?:في|خلال|علي\s+هامش)\s+(?:ال)?(?:مؤتمر|قمه|منتدي)(?![\w])")
_AT_GATHERING_ROOTS = ("03", "04", "05", "07")


def _gathering_dates(mentions: list[dict], segments, pub) -> None:
    """The document-level dates: a gathering's day (below), then the day a speaker's statement opened in an earlier
    sentence, for what the speaker goes on to say (``speaker_dates``, session 63)."""
    from .speaker_dates import carry_speaker_dates

    _gathering_days(mentions, segments, pub)
    carry_speaker_dates(mentions, segments, pub)


def _gathering_days(mentions: list[dict], segments, pub) -> None:
    if pub is None or not any(ev["kind"] == "event" and ev["precision"] in (None, "before-publication")
                              and str(ev["cameo_code"])[:2] in _AT_GATHERING_ROOTS for ev in mentions):
        return
    dates, held = {}, set()
    for seg in segments:
        norm = normalize(seg.text)
        for g in _GATHERING_DATED.finditer(norm):
            t = next((t for t in tag_rows(norm[g.end():g.end() + 40], published=pub)
                      if t["start"] <= 1 and t.get("type") == "DATE" and t.get("date_start")), None)
            if t is not None:
                dates.setdefault(g.group(1).split()[0], (t["date_start"], t["date_end"], t["precision"], t["text"]))
                held.add(dates[g.group(1).split()[0]])
        for g in _GATHERING_ENDED.finditer(norm):
            # "البيان الختامي للمؤتمر الوزاري الدولي لدعم الجيش …، الذي انتهى مساء الخميس بروما"
            t = next((t for t in tag_rows(norm[g.end():g.end() + 40], published=pub)
                      if t["start"] <= 1 and t.get("type") in ("DATE", "TIME") and t.get("date_start")
                      and t.get("precision") == "day"), None)
            if t is not None:
                held.add((t["date_start"], t["date_end"], t["precision"], t["text"]))
    if len(held) == 1:
        # One gathering of the document with its day: what is done "في المؤتمر" / "خلال القمة" (a meeting there, a
        # pledge made there) is of that day
        only = next(iter(held))
        for ev in mentions:
            if ev["kind"] == "event" and ev["precision"] in (None, "before-publication") \
                    and str(ev["cameo_code"])[:2] in _AT_GATHERING_ROOTS and ev["status"] in ("reported", "intent") \
                    and (s := _AT_THE_GATHERING.search(normalize(str(ev["sentence"])))) is not None:
                ev.update(date_start=only[0], date_end=only[1], precision=only[2], date_text=only[3])
                ev["rule"] = ev["rule"].replace("before-publication", "gathering:" + s.group(0).strip(), 1)
    if not dates:
        return
    for ev in mentions:
        if ev["kind"] == "event" and ev["precision"] in (None, "before-publication") and str(ev["cameo_code"])[:2] == "04" \
                and ev["status"] == "reported" \
                and (s := _ON_SIDELINES.search(normalize(str(ev["sentence"])))) is not None \
                and s.group(1).split()[0] in dates:
            d0, d1, prec, text = dates[s.group(1).split()[0]]
            ev.update(date_start=d0, date_end=d1, precision=prec, date_text=text)
            ev["rule"] = ev["rule"].replace("before-publication", "gathering:" + s.group(1), 1)


def _as_said_date(norm, start, s_end, timexes, pub):
    """The day given right after "حسبما قال …" later in the sentence (up to 40 characters on), not after publication."""
    said = _AS_SAID.search(norm, start, s_end)
    if said is None or pub is None:
        return None
    t = next((t for t in timexes if said.end() <= t["n_start"] < min(s_end, said.end() + 40) and t["dated"]
              and t["precision"] == "day" and str(t["date_start"]) <= pd.Timestamp(pub).date().isoformat()), None)
    return (t["date_start"], t["date_end"], t["precision"], t["text"]) if t is not None else None


# "، وزار …"، "، وقد زار …"، "، تلتها زيارة …": a cue that opens a comma phrase (a second act of the sentence)
_SECOND_ACT_OPEN = re.compile(r"،\s*(?:و|ثم\s+|وقد\s+|و?(?:تلتها|تلاها|اعقبتها|اعقبها)\s+)?$")


# A restrictive relative clause on a noun governed by a preposition after the act ("… من الرسوم التي دخلت حيز التنفيذ
# الجمعة", "… على السلع التي فرضتها في مارس"): a date inside it dates that clause (session 73)
_REL_WORD = re.compile(r"(?<![\w])(?:التي|الذي|اللذين|اللتين|الذين|اللواتي)(?![\w])")
_GATHERING_ANTECEDENT = re.compile(r"(?<![\w])[وفبل]{0,2}(?:ال)?(?:قم[مه]\w*|لقاء\w*|اجتماع\w*|زيار\w*|محادثات|مباحثات|"
                                   r"مفاوضات|مؤتمر\w*|منتدي|اتصال\w*|مكالم\w*)(?:\s+\S+)?\s+$")
_PREP_WORD = re.compile(r"(?<![\w])(?:من|علي|الي|عن|في|مع|ضد|حول|بشان)(?![\w])")


def _object_relative(norm, cue_end, date_start) -> bool:
    """Whether a date at ``date_start`` lies inside a restrictive relative clause (no comma before it) on a noun
    governed by a preposition after the cue ending at ``cue_end``."""
    rel = None
    for rel in _REL_WORD.finditer(norm, cue_end, date_start):
        pass
    if rel is None or re.search(r"[،,.:؛]", norm[rel.end():date_start]):
        return False
    if _GATHERING_ANTECEDENT.search(norm, max(cue_end, rel.start() - 30), rel.start()):
        return False  # "خلال القمة التي جمعتهما في سنغافورة الثلاثاء", "للمباحثات التي جرت … الأسبوع الماضي": the
        # gathering's date, which dates what is done at it (session 68's "during a dated gathering")
    return _PREP_WORD.search(norm, cue_end, rel.start()) is not None


def _coming_weekday(norm, c_start, c_end, m, timexes, pub) -> bool:
    """An imperfect visit/meeting verb whose clause names a weekday at most ``_COMING_DAYS`` after publication."""
    words = m.group().split()
    if pub is None or not words or not _IMPERFECT_MEET.fullmatch(words[0]):
        return False
    if _WAS_BEFORE.search(norm, max(0, m.start() - 12), m.start()):
        return False  # "كان يستقبل": what used to be done
    return any(str(t["rule"]).startswith("weekday") and t["dated"] and t["precision"] == "day"
               and c_start <= t["n_start"] < c_end
               and (0 < (pd.Timestamp(t["date_start"]) - pub).days <= _COMING_DAYS
                    or _weekday_ahead(t, m, pub, norm)) for t in timexes)


def _weekday_ahead(t, m, pub, norm) -> bool:
    """A weekday read as the last one (the tagger's past) right after an imperfect meeting verb and its subject
    ("وفي محاولة لبلوغ الهدف يستقبل الرئيس الفرنسي الثلاثاء …", published on Sunday): the coming one is meant when
    it is at most ``_COMING_DAYS`` ahead."""
    if pub is None or not str(t["rule"]).startswith("weekday") or t["precision"] != "day" \
            or not 0 <= t["n_start"] - m.end() <= 40 \
            or _SINCE_BEFORE.search(norm, max(0, t["n_start"] - 12), t["n_start"]):
        return False  # ("التي تزور واشنطن منذ الاثنين": since the last Monday)
    ahead = (pd.Timestamp(t["date_start"]) + pd.Timedelta(days=7) - pub).days
    return pd.Timestamp(t["date_start"]) < pub and 0 < ahead <= _COMING_DAYS


# a value reached, right before a date ("التي بلغت قيمتها 500 مليار دولار في 2017", "وصلت قيمتها إلى ثلاثة مليارات
# دولار العام الماضي"): the date is the value's, not the act's
_VALUE_IN = re.compile(r"(?<![\w])[وف]?(?:بلغ|بلغت|وصل|وصلت|تبلغ|يبلغ|تصل|يصل)\s+(?:[^\s،,.]+\s+){0,4}?"
                       r"(?:مليار|مليارات|مليون|ملايين|تريليون|تريليونات)\s+(?:دولار|يورو|يوان|ين)\s+(?:في\s+)?(?:ال)?(?:عام\s+)?$")


# the relative clause right after an act noun that says it took place ("المفاوضات التي جرت بين البلدين …", "الاجتماع
# المغلق الذي عقد …", "المحادثات التي أجريت …")
_TOOK_PLACE_REL = re.compile(r"\s*(?:[^\s،,.]+\s+){0,2}?(?:التي|الذي)\s+(?:جرت|جري|عقدت|عقد|انعقدت|انعقد|اجريت|اجري|"
                             r"دارت|دار|تمت|تم|اقيمت|اقيم|استمرت|استمر)(?![\w])")
# the dual "يومي" before two listed days ("يومي 22 و23", "يومي الاثنين والثلاثاء")
_TWO_DAYS = re.compile(r"(?<![\w])يومي\s+$")


def _event_date(norm, c_start, c_end, s_start, s_end, m, timexes, reporters, prev_dates, status, pub, holes=()):
    """The date governing the event's clause; falls back to the sentence, a bare month, a chain, publication."""
    def usable(t, framed=True):
        if not t["dated"] or _is_since(norm, t):
            return False
        if any((h0 <= t["n_start"] < h1) != (h0 <= m.start() < h1) for h0, h1, _ in holes):
            return False  # a date inside a relative clause dates that clause only (and the reverse)
        if t["precision"] == "year" and re.fullmatch(r"\d{4}", str(t["text"]).strip()) \
                and not _YEAR_LEAD.search(norm, max(0, t["n_start"] - 12), t["n_start"]):
            return False  # "العملية الشاملة سيناء 2018", "مونديال 2018": a year inside a name, not a date
        if str(t["text"]).strip().startswith(("بعد", "قبل")) and _SPAN_FROM_ACT.match(norm, t["n_end"]) \
                and not (t["n_start"] <= m.start() < t["n_end"]):
            return False  # "ويأتي هذا بعد يوم فقط من مكالمة هاتفية …، الإثنين": the call has the Monday, not tomorrow
        named = _NAMED_EVENT_DATE.search(norm, max(0, t["n_start"] - 40), t["n_start"])
        if named is not None and not (named.start() <= m.start() < named.end()) \
                and not (t["n_start"] <= m.start() < t["n_end"]):
            return False  # "بتهمة … التأثير على نتيجة الرئاسيات الأمريكية لعام 2016": the elections' year
        if _OBJECT_PARTICIPLE.search(norm, max(0, t["n_start"] - 40), t["n_start"]) \
                and not (t["n_start"] <= m.start() < t["n_end"]):
            return False  # "الاتفاق النووي الموقع في تموز/يوليو 2015", "الصحف الصادرة اليوم": a thing's date, not the act's
        if t["n_start"] > m.end() and _BEFORE_ACT.search(norm, m.end(), t["n_start"]):
            return False  # "… اعتبر ترودو "غير صادق وضعيف"، كان هدفه … قبل قمته مع الزعيم الكوري الشمالي … الثلاثاء": the
            # later meeting's day
        if t["n_start"] > m.end() and _object_relative(norm, m.end(), t["n_start"]):
            return False  # "رفضت الولايات المتحدة إعفاء اليابان من الرسوم التي دخلت حيز التنفيذ الجمعة": the day of
            # the relative clause on a noun after the act (the tariffs' entry into force), not the act's
        if t["n_start"] > m.end() and _AFTER_ACT.search(norm, m.end(), t["n_start"]):
            return False  # "وجهت لندن الاتهام لروسيا بعد العثور على الجاسوس … في 4 آذار/مارس": the found spy's date
        if t["n_end"] <= m.start() and status != "intent" and _SET_AS_DATE.match(norm, t["n_end"]):
            return False  # "حددت واشنطن الرابع من نوفمبر المقبل موعدا لحظر استيراد النفط": the ban's start; set before
        if (v := _VALUE_IN.search(norm, max(0, t["n_start"] - 80), t["n_start"])) is not None \
                and not (v.start() <= m.start() < t["n_end"]):
            return False  # "على مجمل الواردات الصينية التي بلغت قيمتها 500 مليار دولار في 2017": the trade value's year
        if t["n_start"] > m.end() and _AS_OF.search(norm, max(0, t["n_start"] - 24), t["n_start"]):
            return False  # "تطبيق رسوم جمركية … اعتبارا من يوم الجمعة": when the measure takes effect, not the act's date
        if t["n_end"] <= m.start() and _COMES.match(norm, t["n_end"]):
            return False  # "واليوم، يأتي قرار إيران بوقف تصدير الكهرباء": the day the news comes, not the decision's
        pl = _PLANNED_AT.search(norm, max(0, t["n_start"] - 50), t["n_start"])
        if pl is not None and status != "intent" and not (0 <= pl.start() - m.end() <= 3) \
                and not (t["n_start"] <= m.start() < t["n_end"]):
            return False  # "شكره على جهوده من أجل القمة المقررة في 12 يونيو": the planned thing's date, not the act's
        if t["n_start"] > m.end() and status != "intent" and _PLANNED_CLAUSE.search(norm, m.end(), t["n_start"]):
            return False  # "التقى بوزير الدفاع جيم ماتيس، ومن المقرر أن يلتقي دونالد ترامب الثلاثاء": the planned meeting's day
        if t["n_start"] > m.end() and _QUOTING.search(norm, m.end(), t["n_start"]):
            return False  # "…وتؤيد مبادرات موسكو، قائلا إن الجعفري صرح الأحد …": the date of another statement
        # A date inside a reporting frame dates the report, not the event ("بحسب ما ذكرت الوكالة الجمعة"); but what
        # the report says is going on ("أعلن الأسبوع الماضي أن بيروت تعمل مع دمشق …", an imperfect verb) was going on
        # when it was said
        return ongoing or not framed \
            or not any(r0 <= t["n_start"] < r1 and not (r0 <= m.start() < r1) for r0, r1, _, _ in reporters)
    ongoing = status == "reported" and bool(_ONGOING.fullmatch(m.group().strip().split()[0] if m.group().strip() else ""))
    earlier = _EARLIER.search(norm, s_start, m.start())
    if earlier is not None and not any(earlier.end() <= t["n_start"] <= earlier.end() + 2 and t["dated"] for t in timexes):
        # "وفي وقت سابق، قدمت بكين شكوى … وفق ما أظهرت وثائق نشرت الخميس": "earlier" with no day of its own is
        # an undated time before publication; a later date in the sentence is another act's ("في وقت سابق الخميس" is
        # dated)
        return None, "earlier"
    in_clause = [t for t in timexes if c_start <= t["n_start"] < c_end and usable(t)]
    if _UNDER.search(norm, max(0, m.start() - 14), m.start()) \
            or _ANSWER_TO.search(norm, max(0, m.start() - 45), m.start()):
        # "وصول عشرات الحافلات الأربعاء … بموجب اتفاق بين روسيا وتركيا": what is done under an agreement has the
        # clause's date; the agreement came before it (only a date after the noun, in its own phrase, is its)
        in_clause = [t for t in in_clause if m.end() <= t["n_start"] <= m.end() + 60]
        if not in_clause:
            return None, "before-publication"
    # A clause opened by a connector ("، كما أن …") has a subject and a time of its own.
    # (not the time of a clause of cause or explanation, "إذ يشتبه بأنه أمر في العام 2010", "لأن …")
    cause = next((x.start() for x in _CAUSE_OPEN.finditer(norm, m.end(), s_end)), s_end)
    in_clause = [t for t in in_clause if t["n_start"] < cause]
    ago = _N_AGO.search(norm, c_start, min(c_end, cause)) if pub is not None and status != "intent" else None
    if ago is not None and abs(ago.start() - m.end()) > 80:
        ago = None
    if ago is not None:
        in_clause = []  # "منذ نحو 4 أسابيع، وفي ذروة فصل الصيف": the count of weeks dates it, not the season after it
    pool = in_clause if c_start > s_start else (
        in_clause or [t for t in timexes if s_start <= t["n_start"] < min(s_end, cause) and usable(t)])
    if not pool and c_start > s_start and _WHERE_OPEN.match(norm, c_start):
        # "زار … روسيا في نوفمبر الماضي، حيث التقى نظيره …، ووقعا …": a "where" clause has the time of the act before it
        pool = [t for t in timexes if s_start <= t["n_start"] < c_start and usable(t)]
    if not pool and status == "intent" and pub is not None \
            and _HOURS_AHEAD.search(norm, max(s_start, m.start() - 30), m.start()):
        # "قال المسؤول، قبل ساعات من اجتماع في البيت الأبيض …": hours after the words, the day of the news
        day = pub.date().isoformat()
        return (day, day, "day", "قبل ساعات"), "relative:hours-ahead"
    ann = _ANNIVERSARY.search(norm, max(s_start, m.start() - 90), m.start()) if status == "reported" else None
    if ann is not None:
        # "في مناسبة ذكرى مرور 100 يوم على إعلان ترامب الاعتراف بالقدس": the act is that long before the day marked
        day = next((t for t in sorted(pool, key=lambda t: abs(t["n_start"] - ann.start()))
                    if t["precision"] == "day"), None)
        base = pd.Timestamp(day["date_start"]) if day is not None else pub
        if base is not None:
            n, unit = int(ann.group(1)), ann.group(2)
            step = (pd.DateOffset(days=n) if unit.startswith(("يوم", "ايام")) else
                    pd.DateOffset(months=n) if unit.startswith(("شهر", "اشهر", "شهور")) else pd.DateOffset(years=n))
            when = (base - step).date().isoformat()
            return (when, when, "day", ann.group(0).strip()), "relative:anniversary"
    if pool and status == "intent":
        # "من المقرر أن يستقبل ماكرون كونتي في إطار الإعداد لاجتماع المجلس الأوروبي في 28 حزيران": the date after
        # the gathering the plan prepares for is that gathering's, not the plan's
        pool = [x for x in pool if not (x["n_start"] > m.end()
                                        and _PREPARES_FOR.search(norm, m.end(), x["n_start"]) is not None)]
        if not pool:
            return None, "before-publication"
    took = _TOOK_PLACE_REL.match(norm, m.end()) if pool and ago is None and status == "reported" else None
    if took is not None:
        # "اثر جلسة المفاوضات التي جرت بين البلدين يومي 22 و23 فيفري" (after "الاتفاق الذي تم توقيعه الخميس
        # الماضي"): the day in the relative clause that says the act noun took place is its own, before a nearer
        # date of another act
        own = [x for x in pool if took.end() <= x["n_start"] <= took.end() + 40
               and not re.search(r"[،,.]", norm[took.end():x["n_start"]])]
        pool = own[:1] or pool
    if pool and ago is None:
        t = min(pool, key=lambda t: min(abs(t["n_start"] - m.start()), abs(t["n_end"] - m.start())))
        if t["n_end"] <= m.start() and _SECOND_ACT_OPEN.search(norm, t["n_end"], m.start()):
            # "زار أردوغان طهران في مايو، وزار روحاني أنقرة في يونيو": a second act after a comma with a date of its
            # own in its comma phrase has that date, not the nearer one that ends the act before it ("في مايو، زار
            # روحاني أنقرة" keeps the fronted date: no date after the act; the act opens its phrase: "، في أول زيارة
            # … منذ … في الرابع من نوفمبر" is no second act)
            own = [x for x in pool if x["n_start"] >= m.end() and not re.search(r"[،,.]", norm[m.end():x["n_start"]])]
            t = own[0] if own else t
        if t["precision"] == "day" and (_TWO_DAYS.search(norm, max(0, t["n_start"] - 8), t["n_start"])
                                        or norm[t["n_start"]:t["n_end"]].startswith("يومي ")):
            # "يومي 22 و23 فيفري", "يومي الاثنين والثلاثاء": two days listed after the dual يومي, each tagged
            # alone: the act spans both
            nxt = next((x for x in timexes if x["dated"] and x["precision"] == "day" and x["n_start"] > t["n_start"]
                        and re.fullmatch(r"\s*و\s*", norm[t["n_end"]:x["n_start"]])), None)
            if nxt is not None and 0 < (pd.Timestamp(nxt["date_start"]) - pd.Timestamp(t["date_start"])).days <= 3:
                return (t["date_start"], nxt["date_end"], "approximate", f"{t['text']} و{nxt['text']}"), \
                    f"timex:{t['rule']}:two-days"
        if status == "intent":
            # "الإعداد للقمة التاريخية المقرر عقدها في حزيران/يونيو": the day the planned thing is set for, right after
            # it, dates the plan (not a nearer date of the clause, "خلال عطلة عيد الفصح")
            set_for = [x for x in pool if x["n_start"] > m.end() and (pl := _PLANNED_AT.search(
                norm, max(m.end(), x["n_start"] - 50), x["n_start"])) is not None and pl.start() - m.end() <= 30]
            t = set_for[0] if set_for else t
        if status == "intent" and m.group().split() and _IMPERFECT_MEET.fullmatch(m.group().split()[0]) \
                and _weekday_ahead(t, m, pub, norm):
            day = (pd.Timestamp(t["date_start"]) + pd.Timedelta(days=7)).date().isoformat()
            return (day, day, "day", t["text"]), f"timex:{t['rule']}>coming"
        if (str(t["rule"]).startswith("weekday") and status != "intent" and pub is not None
                and t["precision"] == "day" and pd.Timestamp(t["date_start"]) > pub):
            # A weekday of something that already happened is the last such day, not the next one.
            day = (pd.Timestamp(t["date_start"]) - pd.Timedelta(days=7)).date().isoformat()
            return (day, day, "day", t["text"]), f"timex:{t['rule']}>past"
        return (t["date_start"], t["date_end"], t["precision"], t["text"]), f"timex:{t['rule']}"
    if not pool and ago is None and status == "intent" and pub is not None:
        # "أعلنت وزارة الدفاع الأمريكية الجمعة أن الولايات المتحدة وكوريا الجنوبية اتفقتا على تعليق …", "أكد بوتين اليوم
        # الثلاثاء أن عقد إمداد تركيا … أولوية": a plan or a promise with no date of its own is made when it is made
        # known; the past day of the reporting frame that governs it (the last one before the act) is its day
        frame = next((r for r in reversed(reporters) if r[1] <= m.start() and r[3] <= m.start()
                      and r[0] >= s_start), None)
        said = [t for t in timexes if frame is not None and frame[0] <= t["n_start"] < frame[1]
                and t["precision"] == "day" and usable(t, framed=False)
                and str(t["date_start"]) <= pub.date().isoformat()] if frame is not None else []
        if said:
            t = said[-1]
            return (t["date_start"], t["date_end"], t["precision"], t["text"]), f"timex:{t['rule']}:made-known"
    outside = [(h0, h1) for h0, h1, _ in holes if not (h0 <= m.start() < h1) and c_start <= h0 < c_end]
    if outside:  # a month inside a relative clause dates that clause ("، التي تم إطلاقها في فبراير،")
        norm = "".join(" " * (h1 - h0) if k % 2 else norm[h0:h1] for k, (h0, h1) in enumerate(
            _interleave(outside, len(norm))))
    month = _bare_month(norm, c_start, c_end, status, pub)
    if month is not None:
        return month, "month:bare"
    if ago is not None:
        # "قرار إيران وقف تصدير الكهرباء منذ نحو 4 أسابيع": that long before publication, as the dates tagger resolves
        # it ("2018-W25"; "قبل 3 أيام" a day, "قبل شهرين" a month); no second reckoning here
        tagged = next((t for t in timexes if t["n_start"] <= ago.start() < t["n_end"] and t["dated"]), None)
        if tagged is not None:
            return (tagged["date_start"], tagged["date_end"], tagged["precision"], tagged["text"]), \
                f"timex:{tagged['rule']}:n-ago"
    nth = _NTH_DAY_OF.search(norm, max(c_start, m.start() - 30), min(c_end, m.end() + 2)) \
        if pub is not None and status == "reported" else None
    if nth is not None:
        # "في ثاني أيام زيارته لبيونغ يانغ": the visit is going on when reported; it began N-1 days before
        n = _ORDINAL_DAY[nth.group(1) or nth.group(2)]
        return ((pub - pd.Timedelta(days=n - 1)).date().isoformat(), pub.date().isoformat(), "approximate",
                nth.group(0).strip()), "relative:nth-day"
    if pub is not None and status == "reported":
        hours = _HOURS_AFTER.search(norm, max(s_start, m.start() - 40), m.start())
        day = next((t for t in sorted(timexes, key=lambda t: -t["n_start"]) if hours is not None
                    and s_start <= t["n_start"] and t["n_end"] <= hours.start() and t["precision"] == "day"
                    and t["date_start"] == t["date_end"] and usable(t, framed=False)), None)
        if day is not None:
            # "أكد ترودو الأربعاء أنه يرفض الاعتذار …، بعد ساعات على تهديد الرياض باتخاذ تدابير": the act named after
            # "hours after" came within the day before the clause's day (that day or the one before)
            d = pd.Timestamp(day["date_start"])
            return ((d - pd.Timedelta(days=1)).date().isoformat(), day["date_end"], "approximate",
                    hours.group(0).strip()), "relative:hours-after"
        head = m.group().split()[0] if m.group().split() else ""
        since = next((t for t in timexes if (_IMPERFECT_MEET.fullmatch(head) or _VISIT_NOUN.fullmatch(head))
                      and c_start <= t["n_start"] < c_end and t["dated"] and t["precision"] == "day"
                      and t["date_start"] == t["date_end"]
                      and _SINCE_DAY.search(norm, max(0, t["n_start"] - 12), t["n_start"])
                      and 0 <= (pub - pd.Timestamp(t["date_start"])).days <= 14), None)
        if since is not None:
            # "وتابعت فريلاند التي تزور واشنطن منذ الاثنين": a visit or talks going on from that day to the day of the
            # news (a state since a day stays a duration: "وتجمد السعودية التعاملات … منذ الإثنين")
            return (since["date_start"], pub.date().isoformat(), "approximate", "منذ " + str(since["text"]).strip()), \
                "relative:since-day"
    few = _FEW_DAYS.search(norm, c_start, c_end) if pub is not None and status != "intent" else None
    span = _SPAN_AFTER.search(norm, max(c_start, m.start() - 40), m.start()) \
        if pub is not None and status != "intent" else None
    if span is not None and few is None:
        # "تأتي الزيارة بعد (نحو) أسبوعين من عودة السفير": the act named after "من" is that long before the
        # article's present (a window around it, not a day)
        weeks = not re.search(r"يوم|ايام", span.group(1))
        lo, hi = (21, 7) if weeks else (14, 1)
        return ((pub - pd.Timedelta(days=lo)).date().isoformat(), (pub - pd.Timedelta(days=hi)).date().isoformat(),
                "approximate", span.group(0).strip()), "relative:span-after"
    if few is not None:
        # "لقاء بوتين - الأسد الذي عقد منذ أيام": some days before publication, not a day
        return _few_dates(few, pub), "relative:few"
    if _ANCHOR.search(norm, s_start, s_end):
        return None, "anchor"
    if _ANAPHOR.search(norm, s_start, s_end) and prev_dates and (
            not prev_dates[-1][4].startswith("aside:") or _THEN.search(norm, s_start, s_end)):
        d = prev_dates[-1]
        return (d[0], d[1], d[2], d[3]), f"chain:{d[4]}"
    return None, "before-publication"
_AS_OF = re.compile(r"(?<![\w])(?:اعتبارا|ابتداء|بدءا)\s+من\s+(?:يوم\s+)?$")
_EARLIER = re.compile(r"(?<![\w])[وف]?في\s+وقت\s+سابق(?![\w])")
_UNDER = re.compile(rf"(?<![\w])(?:{_UNDER_WORDS}|استنادا\s*(?:الي\s+|ل))\s*$")


# The act an answer answers ("طردت الرياض السفير … ردًا على إدانة كندا لقمع نشطاء"): it came before the answer, so
# the answer's date is not its own; only a date right after the noun is
_ANSWER_TO = re.compile(r"(?<![\w])[وف]?(?:ردا|رد)\s+علي\s+(?:(?:ال)?فرض\s+(?:[^\s،,.]+\s+){0,3}?)?$")


# an imperfect verb of a lasting activity in the report ("تعمل مع", "تتعاون مع", "تنسق مع")
_ONGOING = re.compile(r"[وف]?(?:تعمل|يعمل|يعملان|تعملان|تتعاون|يتعاون|يتعاونان|تتعاونان|تنسق|ينسق|ينسقان|تنسقان)")


# "then", "at that time": the time of the sentence before, even one that names only one side (not تلك/ذلك)
_THEN = re.compile(r"(?<![\w])[وف]?(?:حينذاك|انذاك|حينها|وقتها|انئذ|حينئذ|وقتئذ)(?![\w])")


# (and "قبل أن + verb" after the cue, a later act: "… تسعيان لاستئناف رحلات الطيران …، قبل أن ترتفع اعتبارا من العام
# الماضي"; not "بعد أن", an act just before the cue, often of the same day: "التقى … بعد أن وصل إلى أنقرة الثلاثاء")
_CAUSE_OPEN = re.compile(r"(?<![\w])(?:اذ|لان|لانها|لانه|لانهم|حيث\s+(?:تم|كان|كانت|جري|جرت|وقع|وقعت)|قبل\s+ان)(?![\w])")


# "…، وذلك خلال القمة التاريخية التي جمعتهما في سنغافورة الثلاثاء": the act was done during that gathering
_DURING_GATHERING = re.compile(r"(?<![\w])[وف]?(?:خلال|اثناء|علي\s+هامش|في\s+ختام)\s+(?:ال)?(?:قم[مه]\w*|لقاء\w*|اجتماع\w*|"
                               r"زيار\w*|محادثات\w*|مباحثات\w*|مؤتمر\w*|منتدي|اتصال\w*|مكالم\w*)(?![\w])")


def _during_dated(norm, cue_end, s_end, date) -> bool:
    """Whether ``date`` is told after a "during the gathering" phrase that follows the cue (session 68): an
    invitation handed "خلال القمة التي جمعتهما … الثلاثاء" was made that day (the invitation rule otherwise leaves a
    past invitation undated: "التقى، الاثنين، … وسلمه دعوة رسمية")."""
    d = _DURING_GATHERING.search(norm, cue_end, s_end)
    return d is not None and bool(date[3]) and normalize(str(date[3])) in norm[d.end():s_end]


def _interleave(spans, n):
    """(0, s0), (s0, e0), (e0, s1), (s1, e1) … (eN, n): kept and blanked parts of a string of length ``n``."""
    out, pos = [], 0
    for h0, h1 in sorted(spans):
        h0, h1 = max(h0, pos), max(h1, pos)
        out += [(pos, h0), (h0, h1)]
        pos = h1
    return out + [(pos, n)]


_YEAR_LEAD = re.compile(r"(?<![\w])[وفبل]?(?:في|عام|العام|سنه|السنه|منذ|خلال|حتي|مطلع|اوائل|اواخر|منتصف|بدايه|نهايه|قبل|"
                        r"بعد|الي|من|عامي|سنتي)\s*$")
# A participle describing a thing named in the clause (the deal signed in …, the papers issued today): the date after
# it is that thing's.
_OBJECT_PARTICIPLE = re.compile(r"(?<![\w])(?:ال)?(?:موقع|مبرم|صادر|منشور|معقود|منعقد|معتمد|مصادق\s+عليه|الموقع\s+عليه)"
                                r"(?:ه|ين|ات)?\s+(?:(?:مع|بين)\s+\S+\s+(?:و\S+\s+)?)?(?:(?:في|عام|سنه|يوم|منذ)\s+)?$"
                                # "الاتفاق النووي الذي أبرمته عام 2016": a relative clause of concluding the thing
                                r"|(?<![\w])(?:الذي|التي)\s+(?:ابرم|وقع|اقر|اعتمد)\w*\s+(?:(?:في|عام|سنه|يوم)\s+)?$"
                                # "إقرار موازنة العام 2018": a budget's (fiscal) year, not the act's
                                r"|(?<![\w])[وبل]?(?:ال)?(?:موازنه|ميزانيه|موازنات)\s+(?:(?:ال)?(?:عام|سنه)\s+)?(?:ال)?(?:ماليه\s+)?$")
# "نتيجة الرئاسيات الأمريكية لعام 2016", "حرب عام 1973", "باعتداءات 13 تشرين الثاني/نوفمبر 2015": the date names an
# election, a war or attacks (not when that noun is the cue itself: "شنت هجوما الأحد")
_NAMED_EVENT_DATE = re.compile(r"(?<![\w])[وبلك]?(?:ال)?(?:انتخابات|رئاسيات|حرب|ثوره|انتفاضه|دوره|بطوله|مونديال|اولمبياد|"
                               r"الالعاب|اعتداءات|هجمات|تفجيرات|مجزره)(?:\s+(?!(?:في|عام|لعام|العام|منذ|خلال)(?![\w]))"
                               r"(?:ال)?[^\s\d،,.]+){0,2}(?:\s+(?:ل|ال)?عام)?(?:\s+(?:في|خلال))?\s+ل?$")
# "بعد يوم فقط من مكالمة …", "قبل يومين من القمة": a span from another act, not from the day of the news
_SPAN_FROM_ACT = re.compile(r"\s*(?:فقط\s+)?من(?![\w])")
_HOURS_AHEAD = re.compile(r"(?<![\w])(?:قبل|قبيل)\s+(?:ساعات|ساعه|ساعتين|دقائق)(?:\s+(?:قليله|معدوده))?\s+من\s*$")
# "ذكرى مرور 100 يوم على إعلان ترامب …": an act named as the object of an anniversary (N units before the day marked)
_ANNIVERSARY = re.compile(r"(?<![\w])(?:ذكري\s+)?مرور\s+(\d+)\s+(يوم|يوما|ايام|شهر|شهرا|اشهر|شهور|عام|عاما|اعوام|سنه|"
                          r"سنوات)\s+(?:علي|منذ)\s+(?:\S+\s+){0,6}?$")
# "بعد العثور على …", "إثر تسميم …": an act named after the cue, with its own time (not "بعد ظهر الأحد", "بعد يومين")
# (not a meeting: what follows a summit is often agreed at it, "اتفاق … في أعقاب قمة تاريخية جمعتهما الجمعة")
_BEFORE_ACT = re.compile(r"(?<![\w])(?:قبل|قبيل|عشيه)\s+(?:ال)?(?:قم[مهت]\w*|لقاء\w*|اجتماع\w*|زيار\w*|محادثات|مباحثات)"
                         r"(?:\s+\S+){0,8}?\s*$")
_AFTER_ACT = re.compile(r"(?<![\w])(?:بعد|عقب|اثر|علي\s+اثر)\s+(?!(?:ال)?(?:ظهر|ظهيره|منتصف|ساع\w*|يوم\w*|ايام|"
                        r"اسبوع\w*|اسابيع|شهر\w*|اشهر|غد|عام|اعوام|سن\w*|قليل|دقائق|انتهاء|نهايه|اختتام|ختام|"
                        r"قم[مه]\w*|لقاء\w*|اجتماع\w*|محادثات|مباحثات|مفاوضات|زيار\w*|اتصال\w*|مكالم\w*)(?![\w]))"
                        r"(?:ال)?[^\W\d_]{3,}(?:\s+\S+){0,20}?\s*$")
_SET_AS_DATE = re.compile(r"\s*[،,]?\s*(?:موعدا|موعد|تاريخا)(?:\s+(?:نهائيا|جديدا|رسميا))?\s+(?:ل|لبدء\s|لبدايه\s|لدخول\s)")
_COMES = re.compile(r"\s*[،,]?\s*[وف]?(?:يأتي|ياتي|تأتي|تاتي|جاء|جاءت)(?![\w])")
# "، ومن المقرر أن …", "، ومن المنتظر أن …": a clause of what is still planned; its day is not the day of the act before it
_PLANNED_CLAUSE = re.compile(r"[،,]\s*و?من\s+(?:المقرر|المنتظر|المرتقب|المزمع|المتوقع)\s+(?:ان|ل)(?![\w])")
_PREPARES_FOR = re.compile(r"(?<![\w])(?:[لب]?(?:ال)?(?:اعداد|تحضير|تمهيد)\w*\s+(?:ل|لل)?|قبل\s+|قبيل\s+)(?:ال)?"
                           r"(?:اجتماع|اجتماعات|قمه|مؤتمر|منتدي|مجلس|انتخابات)(?![\w])")
_PLANNED_AT = re.compile(r"(?<![\w])(?:ال)?(?:مقرر|مرتقب|مزمع|منتظر)(?:ه|ين|ات)?\s+(?:[^\s،,.]+\s+){0,3}?(?:ال)?$")
_QUOTING = re.compile(r"[،,]\s*(?:قائلا|قائله|مضيفا|مضيفه|مشيرا|مشيره|موضحا|موضحه|مؤكدا|مؤكده|معتبرا|معتبره)(?![\w])")
_SPAN_AFTER = re.compile(r"(?<![\w])بعد\s+(?:نحو\s+|حوالي\s+|قرابه\s+)?(اسبوعين|اسبوع|يومين|ايام|اسابيع|بضعه\s+(?:ايام|اسابيع)|"
                         r"\d+\s+(?:ايام|اسابيع))\s+(?:فقط\s+)?من\s+$")
_ORDINAL_DAY = {"اول": 1, "الاول": 1, "ثاني": 2, "الثاني": 2, "ثالث": 3, "الثالث": 3, "رابع": 4, "الرابع": 4}
_NTH_DAY_OF = re.compile(r"(?<![\w])(?:في|خلال)\s+(?:(اول|ثاني|ثالث|رابع)\s+ايام|اليوم\s+(الاول|الثاني|الثالث|الرابع)\s+"
                         r"من)\s+(?:زيار|جول|محادثات|مباحثات|قم)")
# "N days/weeks/months ago" (session 73: in words too, the dual "منذ يومين"، "قبل أسبوعين"، "منذ ثلاثة أيام"، "قبل
# شهر"; the tagger resolves them back from publication): the count dates the act; not "قبل يومين من القمة" (before
# another act, which the tagger leaves undated), not "منذ يوم الاثنين" (a weekday), not years ("منذ 18 عاما": since)
_COUNT_WORD = r"ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره"
_N_AGO = re.compile(r"(?<![\w])(?:منذ|قبل)\s+(?:نحو\s+|حوالي\s+|قرابه\s+)?(?:(\d{1,2}|" + _COUNT_WORD + r")\s+"
                    r"(ايام|اسابيع|اشهر|شهور)|(يومين|اسبوعين|شهرين)|(اسبوع|شهر)(?:\s+واحد)?)(?![\w])"
                    r"(?!\s+(?:(?:من|علي)\s+(?!الان|الاقل)\S|(?:ال)?(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه)(?![\w])))")
_FEW_DAYS = re.compile(r"(?<![\w])(?:منذ|قبل)\s+(?:بضعه\s+|عده\s+)?(ايام|اسابيع|اشهر|شهور)(?![\w])")
# "بعد ساعات على تهديد الرياض …", "بعد ساعات قليلة من طرد السفير": the act named next came hours before the clause's day
_HOURS_AFTER = re.compile(r"(?<![\w])[وف]?(?:بعد|بعيد)\s+(?:ساعات|ساعه|ساعتين)(?:\s+(?:قليله|معدوده))?\s+(?:علي|من)\s+"
                          r"(?:(?:ال)?(?:اعلان|قرار)\s+)?$")
_VISIT_NOUN = re.compile(r"[وفبل]?(?:ال)?(?:زياره|زيارت\w*|جوله|محادثات|مباحثات|مفاوضات)")
# "منذ الاثنين", "منذ يوم الأحد": a day an act has gone on from
_SINCE_DAY = re.compile(r"(?<![\w])منذ\s+(?:يوم\s+)?$")


def _few_dates(few, pub) -> tuple[str, str, str, str]:
    """``(date_start, date_end, "approximate", text)`` of "منذ/قبل (بضعة|عدة) أيام/أسابيع" before the publication day
    ``pub``: بضع is three to nine ("قبل بضعة أيام": 3–9 days ago); several or bare days up to two weeks, weeks up to
    two months."""
    if few.group(1) in ("اشهر", "شهور"):
        # months: بضعة three to nine months back, bare or عدة one to six (calendar months, session 68)
        lo, hi = (9, 3) if "بضع" in few.group(0) else (6, 1)
        return ((pub - pd.DateOffset(months=lo)).date().isoformat(), (pub - pd.DateOffset(months=hi)).date().isoformat(),
                "approximate", few.group(0))
    if "بضع" in few.group(0):
        lo, hi = (9, 3) if few.group(1) == "ايام" else (63, 21)
    else:
        lo, hi = (14, 1) if few.group(1) == "ايام" else (60, 7)
    return ((pub - pd.Timedelta(days=lo)).date().isoformat(), (pub - pd.Timedelta(days=hi)).date().isoformat(),
            "approximate", few.group(0))


def _bare_month(norm, c_start, c_end, status, pub):
    if pub is None:
        return None
    mm = _MONTH_RE.search(norm, c_start, c_end)
    if mm is None or _OBJECT_PARTICIPLE.search(norm, max(0, mm.start() - 40), mm.start()):
        return None  # "الاتفاق الموقع في تموز": the month of the thing signed, not of the act
    if status != "intent" and re.search(r"(?<![\w])(?:ال)?(?:مقرر|مرتقب|مزمع|منتظر)(?:ه|ين|ات)?\s+$",
                                        norm[max(0, mm.start() - 16):mm.start()]):
        return None  # "إلغاء زيارة الرئيس المكسيكي، التي كانت مقررة في مارس القادم": the planned visit's month
    month = MONTHS.get(mm.group(1))
    if month is None:
        return None
    year = pub.year
    if status == "intent":
        if month < pub.month:
            year += 1
    elif month > pub.month:
        year -= 1
    start = pd.Timestamp(year=year, month=month, day=1)
    end = start + pd.offsets.MonthEnd(0)
    return start.date().isoformat(), end.date().isoformat(), "month", mm.group(0)
