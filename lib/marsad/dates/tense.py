"""The tense of the clause around a position: past, future or none.

:func:`tense_before` reads the clause before a match (perfect and imperfect verbs, future particles, expectation and
comparison words) so that a month or weekday named without a year can be placed before or after the reference day;
also the sentence helpers and the anaphor test (:func:`anchoring_anaphor`) the resolution uses.
"""
from __future__ import annotations

import datetime as dt
import re

from marsad.dates.cues import (
    AFTER_PERFECT,
    ANAPHOR,
    FUTURE,
    FUTURE_VERB,
    name_like,
    PARTICIPLE,
    PAST_CUE,
    PAST_VERB,
    PROVISO_FUTURE,
)
from marsad.dates.lexicon import MONTH, MONTHS, WORD_END
from marsad.lang.rules import sentence_around

__all__ = [
    "anchoring_anaphor",
    "dated_not_ahead",
    "past_after",
    "sentence_before",
    "sentence_text",
    "tense_before",
]


def sentence_before(norm: str, pos: int) -> str:
    """The sentence up to ``pos``: tense signs after an expression belong to another clause
    ("أعلنت الاثنين أنها ستطلق ...")."""
    return norm[sentence_around(norm, pos)[0]:pos]


# "كما أكد", "كما ظهر": a perfect verb after "كما" (not "كما أن", not an imperfect "كما يتوقع"), nearer than a future
# verb of an earlier quotation ('أنه "سيستمر بالتحدث …"، كما أكد … الأربعاء')
_ALSO_PERFECT = re.compile(r"(?<![^\W\d_])[وف]?كما\s+(?!ان(?:ه|ها)?(?![^\W\d_]))(?![يتن]|س[يتن])[^\W\d_]{3,6}(?![^\W\d_])")
_DAY_MONTH_IN = re.compile(rf"(?<![\d/.-])(?P<d>\d{{1,2}})\s+(?:من\s+)?(?P<mon>{MONTH}){WORD_END}")


# the approach of a date ("مع اقتراب موعد انتخابات منتصف الولاية في السادس من نوفمبر" in May): what it names is ahead
_APPROACH_FUTURE = re.compile(r"(?<![^\W\d_])[وفب]?(?:اقتراب|دنو|قرب)\s+(?=(?:موعد|حلول|انطلاق|انعقاد|اجراء|بدء|بدايه|"
                              r"نهايه|انتهاء|انتخابات|الانتخابات|عيد|شهر|موسم)(?![^\W\d_]))")
# a figure reported before the month ("وبلغ الاحتياطي 12 مليار دولار نهاية يناير" in August is last January's), a
# sign for a bare month or weekday only (not for ``past_after``: "الزيارة التي تبدأ السبت … التي بلغت قيمتها"); the
# masculine تراجع is also the noun (a decline) and is left out
_FIGURE_PAST = re.compile(r"(?<![^\W\d_])[وف]?(?:بلغ|بلغت|انخفض|انخفضت|ارتفع|ارتفعت|هبط|هبطت|تراجعت)(?![^\W\d_])")
# a comparison's term ("انخفض الاحتياطي … مقارنة برقم الاحتياطي نهاية يناير" in August): a figure already known, past
# an expectation of what a clause will do ("ويتوقع أن تعلن النتائج في فبراير" in August is next February)
_EXPECT_FUTURE = re.compile(r"(?<![^\W\d_])[وف]?(?:يتوقع|تتوقع|يتوقعون|نتوقع|يرجح|ترجح|يرتقب|يترقب)\s+(?:[^\W\d_]+\s+){0,3}?"
                            r"ان\s+[يت][^\W\d_]{2,}")
_COMPARED_PAST = re.compile(r"(?<![^\W\d_])[وب]?(?:مقارنه|بالمقارنه|قياسا)\s+(?:ب|مع\s)")


def tense_before(norm: str, pos: int) -> str | None:
    """"future" or "past" by the tense sign nearest before ``pos`` in its sentence, else None."""
    before = sentence_before(norm, pos)
    last, participle_only = {}, True
    for tense, pattern in (("future", FUTURE), ("future", FUTURE_VERB), ("future", PROVISO_FUTURE),
                           ("future", _APPROACH_FUTURE), ("future", _EXPECT_FUTURE), ("past", _COMPARED_PAST),
                           ("past", _FIGURE_PAST),
                           ("past", PAST_CUE), ("past", PAST_VERB),
                           ("past", AFTER_PERFECT), ("past", _ALSO_PERFECT)):
        for m in pattern.finditer(before):
            if pattern is PAST_VERB and not _word_start(before, m.start()):
                continue
            if pattern is FUTURE_VERB and name_like(before, m):
                continue  # "وقال سنايدر الاثنين": a name that starts like a future verb is no tense sign
            if tense == "future" and PARTICIPLE.fullmatch(m.group().lstrip("وفبلك")) and re.search(
                    r"(?<![^\W\d_])غير\s+$", before[max(0, m.start() - 6):m.start()]):
                continue  # "هبطت الصادرات على غير المتوقع": unexpectedly, no expectation of what is ahead
            if pattern is PAST_VERB and _MINISTRY(before, m):
                continue  # "وزارة" (a ministry, وزاره once normalised) is no "و" + "زاره" (and he visited him)
            if tense == "past" and m.group() == "قد" and re.match(r"\s+(?:ي|لا\s)", before[m.end():]):
                continue  # "قد يزور", "قد لا يقام": may (not), not a past tense
            if m.group() == "لم" and len(before) - m.end() > 30:
                continue  # "لم" negates its own verb only: "لم تتمكن من الإقلاع الأحد"
            if pattern is PAST_VERB and re.search(r"(?<![^\W\d_])[وف]?(?:اذا|لو)\s+(?:ما\s+)?$", before[max(0, m.start() - 10):m.start()]):
                continue  # "وإذا ما فاز سانتوس في 7 آب/أغسطس": a perfect after "إذا/لو" is a condition, no past
            last[tense] = max(last.get(tense, -1), m.start())
            if tense == "future" and not PARTICIPLE.fullmatch(m.group().lstrip("وفبلك")):
                participle_only = False
    if "past" in last and "future" in last and participle_only:
        return None  # "وكانت الشركة قد ألغت رحلاتها المقررة الجمعة", "القمة التي كان مقررة في 12 يونيو": a past plan, its day either side
    return max(last, key=last.get) if last else None


def past_after(norm: str, pos: int) -> bool:
    """A past sign later in the sentence of ``pos``: "وقبل الاجتماع مع شي الأربعاء، زار كيم معهدا" is a past story."""
    after = norm[pos:sentence_around(norm, pos)[1]]
    return bool(PAST_CUE.search(after) or any(_word_start(after, m.start()) and not _MINISTRY(after, m)
                                               for m in PAST_VERB.finditer(after)))


def _MINISTRY(text: str, m: re.Match) -> bool:
    """A past-verb match "زاره" glued to "و": the noun "وزارة" (ministry), not "and he visited him"."""
    return m.group() == "زاره" and m.start() > 0 and text[m.start() - 1] == "و"


def _word_start(text: str, i: int) -> bool:
    """``i`` starts a word, or follows a proclitic و/ف that starts one."""
    if i == 0 or not _LETTER.match(text[i - 1]):
        return True
    return text[i - 1] in "وف" and (i == 1 or not _LETTER.match(text[i - 2]))


_LETTER = re.compile(r"[^\W\d_]")


def anchoring_anaphor(norm: str, start: int, end: int) -> bool:
    """An anaphor ("ذلك", "تلك", "آنذاك", …) in the sentence of the expression at ``start``-``end`` that can anchor it: not
    one that opens a later clause ("عادت إلى الخدمة قبل ثلاثة أشهر وذلك بعد أن ظلت رابضة": "and that was after …",
    twentieth session)."""
    lo, hi = sentence_around(norm, start)
    for m in ANAPHOR.finditer(norm, lo, hi):
        if m.start() >= end and re.search(r"(?:^|[\s،,])و$", norm[max(lo, m.start() - 2):m.start()]):
            continue
        return True
    return False


def sentence_text(norm: str, pos: int) -> str:
    start, end = sentence_around(norm, pos)
    return norm[start:end]


def dated_not_ahead(norm: str, pos: int, anchor: dt.date) -> bool:
    """The rest of the sentence names a day of the month that is not after ``anchor`` (in its year): "ويشارك الخميس
    نحو 24 مليون ناخب في 12 أيار/مايو" told on 12 May is no coming Thursday."""
    for m in _DAY_MONTH_IN.finditer(norm, pos, sentence_around(norm, pos)[1]):
        try:
            if dt.date(anchor.year, MONTHS[" ".join(m.group("mon").split())], int(m.group("d"))) <= anchor:
                return True
        except (ValueError, KeyError):
            continue
    return False
