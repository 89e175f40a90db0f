"""The tense of the clause around a position: past, future or none.

:func:`_tense_before` reads the clause before a match (perfect and imperfect verbs, future particles, expectation and
comparison words) so that a month or weekday named without a year can be placed before or after the reference day;
also the sentence helpers and the anaphor test (:func:`_anchoring_anaphor`) the resolution uses.
"""
from __future__ import annotations

import datetime as dt
import re

from marsad.dates.cues import (
    _AFTER_PERFECT,
    _ANAPHOR,
    _FUTURE,
    _FUTURE_VERB,
    _name_like,
    _PARTICIPLE,
    _PAST_CUE,
    _PAST_VERB,
    _PROVISO_FUTURE,
)
from marsad.dates.lexicon import _MONTH, MONTHS, _R
from marsad.lang.rules import sentence_around

__all__ = [
    "_anchoring_anaphor",
    "_dated_not_ahead",
    "_past_after",
    "_sentence_before",
    "_sentence_text",
    "_tense_before",
]


def _sentence_before(norm: str, pos: int) -> str:
    """The sentence up to ``pos``: tense signs after an expression belong to another clause
    ("أعلنت الاثنين أنها ستطلق ...")."""
    return norm[sentence_around(norm, pos)[0]:pos]


# "كما أكد", "كما ظهر": a perfect verb after "كما" (not "كما أن", not an imperfect "كما يتوقع"), nearer than a future
# verb of an earlier quotation ('أنه "سيستمر بالتحدث …"، كما أكد … الأربعاء')
_ALSO_PERFECT = re.compile(r"(?<![^\W\d_])[وف]?كما\s+(?!ان(?:ه|ها)?(?![^\W\d_]))(?![يتن]|س[يتن])[^\W\d_]{3,6}(?![^\W\d_])")
_DAY_MONTH_IN = re.compile(rf"(?<![\d/.-])(?P<d>\d{{1,2}})\s+(?:من\s+)?(?P<mon>{_MONTH}){_R}")


# the approach of a date ("مع اقتراب موعد انتخابات منتصف الولاية في السادس من نوفمبر" in May): what it names is ahead
_APPROACH_FUTURE = re.compile(r"(?<![^\W\d_])[وفب]?(?:اقتراب|دنو|قرب)\s+(?=(?:موعد|حلول|انطلاق|انعقاد|اجراء|بدء|بدايه|"
                              r"نهايه|انتهاء|انتخابات|الانتخابات|عيد|شهر|موسم)(?![^\W\d_]))")
# a figure reported before the month ("وبلغ الاحتياطي 12 مليار دولار نهاية يناير" in August is last January's), a
# sign for a bare month or weekday only (not for ``_past_after``: "الزيارة التي تبدأ السبت … التي بلغت قيمتها"); the
# masculine تراجع is also the noun (a decline) and is left out
_FIGURE_PAST = re.compile(r"(?<![^\W\d_])[وف]?(?:بلغ|بلغت|انخفض|انخفضت|ارتفع|ارتفعت|هبط|هبطت|تراجعت)(?![^\W\d_])")
# a comparison's term ("انخفض الاحتياطي … مقارنة برقم الاحتياطي نهاية يناير" in August): a figure already known, past
# an expectation of what a clause will do ("ويتوقع أن تعلن النتائج في فبراير" in August is next February)
_EXPECT_FUTURE = re.compile(r"(?<![^\W\d_])[وف]?(?:يتوقع|تتوقع|يتوقعون|نتوقع|يرجح|ترجح|يرتقب|يترقب)\s+(?:[^\W\d_]+\s+){0,3}?"
                            r"ان\s+[يت][^\W\d_]{2,}")
_COMPARED_PAST = re.compile(r"(?<![^\W\d_])[وب]?(?:مقارنه|بالمقارنه|قياسا)\s+(?:ب|مع\s)")


def _tense_before(norm: str, pos: int) -> str | None:
    """"future" or "past" by the tense sign nearest before ``pos`` in its sentence, else None."""
    before = _sentence_before(norm, pos)
    last, participle_only = {}, True
    for tense, pattern in (("future", _FUTURE), ("future", _FUTURE_VERB), ("future", _PROVISO_FUTURE),
                           ("future", _APPROACH_FUTURE), ("future", _EXPECT_FUTURE), ("past", _COMPARED_PAST),
                           ("past", _FIGURE_PAST),
                           ("past", _PAST_CUE), ("past", _PAST_VERB),
                           ("past", _AFTER_PERFECT), ("past", _ALSO_PERFECT)):
        for m in pattern.finditer(before):
            if pattern is _PAST_VERB and not _word_start(before, m.start()):
                continue
            if pattern is _FUTURE_VERB and _name_like(before, m):
                continue  # "وقال سنايدر الاثنين": a name that starts like a future verb is no tense sign
            if tense == "future" and _PARTICIPLE.fullmatch(m.group().lstrip("وفبلك")) and re.search(
                    r"(?<![^\W\d_])غير\s+$", before[max(0, m.start() - 6):m.start()]):
                continue  # "هبطت الصادرات على غير المتوقع": unexpectedly, no expectation of what is ahead
            if pattern is _PAST_VERB and _MINISTRY(before, m):
                continue  # "وزارة" (a ministry, وزاره once normalised) is no "و" + "زاره" (and he visited him)
            if tense == "past" and m.group() == "قد" and re.match(r"\s+(?:ي|لا\s)", before[m.end():]):
                continue  # "قد يزور", "قد لا يقام": may (not), not a past tense
            if m.group() == "لم" and len(before) - m.end() > 30:
                continue  # "لم" negates its own verb only: "لم تتمكن من الإقلاع الأحد"
            if pattern is _PAST_VERB and re.search(r"(?<![^\W\d_])[وف]?(?:اذا|لو)\s+(?:ما\s+)?$", before[max(0, m.start() - 10):m.start()]):
                continue  # "وإذا ما فاز سانتوس في 7 آب/أغسطس": a perfect after "إذا/لو" is a condition, no past
            last[tense] = max(last.get(tense, -1), m.start())
            if tense == "future" and not _PARTICIPLE.fullmatch(m.group().lstrip("وفبلك")):
                participle_only = False
    if "past" in last and "future" in last and participle_only:
        return None  # "وكانت الشركة قد ألغت رحلاتها المقررة الجمعة", "القمة التي كان مقررة في 12 يونيو": a past plan, its day either side
    return max(last, key=last.get) if last else None


def _past_after(norm: str, pos: int) -> bool:
    """A past sign later in the sentence of ``pos``: "وقبل الاجتماع مع شي الأربعاء، زار كيم معهدا" is a past story."""
    after = norm[pos:sentence_around(norm, pos)[1]]
    return bool(_PAST_CUE.search(after) or any(_word_start(after, m.start()) and not _MINISTRY(after, m)
                                               for m in _PAST_VERB.finditer(after)))


def _MINISTRY(text: str, m: re.Match) -> bool:
    """A past-verb match "زاره" glued to "و": the noun "وزارة" (ministry), not "and he visited him"."""
    return m.group() == "زاره" and m.start() > 0 and text[m.start() - 1] == "و"


def _word_start(text: str, i: int) -> bool:
    """``i`` starts a word, or follows a proclitic و/ف that starts one."""
    if i == 0 or not _LETTER.match(text[i - 1]):
        return True
    return text[i - 1] in "وف" and (i == 1 or not _LETTER.match(text[i - 2]))


_LETTER = re.compile(r"[^\W\d_]")


def _anchoring_anaphor(norm: str, start: int, end: int) -> bool:
    """An anaphor ("ذلك", "تلك", "آنذاك", …) in the sentence of the expression at ``start``-``end`` that can anchor it: not
    one that opens a later clause ("عادت إلى الخدمة قبل ثلاثة أشهر وذلك بعد أن ظلت رابضة": "and that was after …",
    twentieth session)."""
    lo, hi = sentence_around(norm, start)
    for m in _ANAPHOR.finditer(norm, lo, hi):
        if m.start() >= end and re.search(r"(?:^|[\s،,])و$", norm[max(lo, m.start() - 2):m.start()]):
            continue
        return True
    return False


def _sentence_text(norm: str, pos: int) -> str:
    start, end = sentence_around(norm, pos)
    return norm[start:end]


def _dated_not_ahead(norm: str, pos: int, anchor: dt.date) -> bool:
    """The rest of the sentence names a day of the month that is not after ``anchor`` (in its year): "ويشارك الخميس
    نحو 24 مليون ناخب في 12 أيار/مايو" told on 12 May is no coming Thursday."""
    for m in _DAY_MONTH_IN.finditer(norm, pos, sentence_around(norm, pos)[1]):
        try:
            if dt.date(anchor.year, MONTHS[" ".join(m.group("mon").split())], int(m.group("d"))) <= anchor:
                return True
        except (ValueError, KeyError):
            continue
    return False
