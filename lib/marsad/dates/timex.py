"""Arabic temporal expressions: find them, type them, resolve them to dates.

:func:`tag_dates` finds the time expressions of one text (a headline, a
paragraph) and resolves each to a TIMEX3-style value and a Gregorian interval,
using the publication date for deictic expressions ("أمس", "سبتمبر الماضي",
"منذ أربع سنوات") and, where a sentence points back with an anaphor ("وكانت
تلك أول رحلة له منذ أربع سنوات"), the last date the text mentioned.

Matching runs on the CAMeL-normalised text (alef, ya, teh marbuta folded,
Eastern digits as ASCII), so patterns below are written in normalised form;
offsets are mapped back to the original text with :func:`marsad.text.normalize_map`.

The year of a month named without one follows the tense of its clause and the
nearer occurrence; a text that names the weekday of its own "today" is read from
that day; the annotation rules the tagger follows are those of the gold set in
``data/gold/timex`` (README there). :mod:`marsad.training.timex_eval` scores it,
next to ``dateparser``, on that gold and on the TimeML corpus
(``python -m marsad.training evaluate timex``).
"""
from __future__ import annotations

from marsad.dates.deixis import reference_day
from marsad.dates.lexicon import HIJRI_MONTHS, MONTHS
from marsad.dates.tagger import tag_dates, tag_rows, TIMEX_COLUMNS

__all__ = ["HIJRI_MONTHS", "MONTHS", "TIMEX_COLUMNS", "reference_day", "tag_dates", "tag_rows"]
