"""The time-expression lexicon as tables, and the regex atoms built from it.

Every word list lives in ``data/timex/lexicon.yaml`` (month names of each naming system, Hijri months, weekdays,
units, number words, ordinals, named days, dated events); this module loads it once and turns it into the lookup
tables (:data:`MONTHS`, :data:`HIJRI_MONTHS`, ...) and the small regex pieces (clitic-aware word edges ``WORD_START``/``WORD_END``,
``MONTH``, ``NUMBER``, ``UNIT``, ``DAY`` ...) that the candidate patterns and the passes are written with. Patterns
are in CAMeL-normalised form (alef, ya, teh marbuta folded; Eastern digits as ASCII).
"""
from __future__ import annotations

import re

from marsad.resources import data_path

__all__ = [
    "alt",
    "AMBIGUOUS_HIJRI",
    "AMBIGUOUS_MONTHS",
    "ARTICLE_DIGIT",
    "CENTURY_ORDINALS",
    "DAY",
    "DAY_ORDINALS",
    "DECADES",
    "DIALECT_HOURS",
    "DUAL",
    "DUAL_FORMS",
    "DUR_LETTER",
    "EVENING_KINDS",
    "EVENT_DATES",
    "EVENT_NOUNS",
    "FEM_TENS",
    "FEM_UNITS",
    "HEDGE",
    "HIJRI_MONTHS",
    "HMONTH",
    "HOURS",
    "WORD_START",
    "LEX",
    "MODIFIER",
    "MONTH",
    "MONTHS",
    "NAMED_DAYS",
    "NEXT",
    "NUMBER",
    "NUMWORD",
    "ONE_UNITS",
    "ONES",
    "ORD_ALT",
    "ordinal_day",
    "PART",
    "PAST",
    "PLURAL_UNITS",
    "QUARTER_ORDINALS",
    "WORD_END",
    "REL",
    "TEEN_HEADS",
    "TENS",
    "THIS",
    "UNIT",
    "UNITS",
    "WEEKDAY",
    "WEEKDAYS",
    "YEARWORD",
]

# --------------------------------------------------------------------------- lexicon (normalised forms)
_LEXICON_PATH = data_path("timex", "lexicon.yaml")


def _load_lexicon() -> dict:
    import yaml

    try:
        return yaml.safe_load(_LEXICON_PATH.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise FileNotFoundError(f"the time-expression lexicon {_LEXICON_PATH} is missing; reinstall Marsad") from exc


LEX = _load_lexicon()
# Gregorian month names of every naming system (see data/timex/lexicon.yaml).
MONTHS: dict[str, int] = {name: int(num) for num, names in LEX["months"].items() for name in names}
AMBIGUOUS_MONTHS = set(LEX["ambiguous_months"])
HIJRI_MONTHS: dict[str, int] = dict(LEX["hijri_months"])
AMBIGUOUS_HIJRI = set(LEX["ambiguous_hijri"])
WEEKDAYS: dict[str, int] = dict(LEX["weekdays"])  # Python weekday(): Monday = 0
EVENING_KINDS = tuple(LEX["evening_kinds"])
_UNIT_FORMS: dict[str, list[str]] = LEX["unit_forms"]
DUAL_FORMS: dict[str, str] = LEX["dual_forms"]
UNITS = {form: unit for unit, forms in _UNIT_FORMS.items() for form in forms}
DUR_LETTER = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE",
               "hour": "H", "minute": "M", "second": "S"}
ONES: dict[str, int] = LEX["ones"]
TENS: dict[str, int] = LEX["tens"]
DECADES: dict[str, int] = LEX["decades"]
CENTURY_ORDINALS: dict[str, int] = LEX["century_ordinals"]
HOURS: dict[str, int] = LEX["hours"]
DIALECT_HOURS: dict[str, int] = LEX["dialect_hours"]
DAY_ORDINALS: dict[str, int] = LEX["day_ordinals"]
QUARTER_ORDINALS: dict[str, int] = LEX["quarter_ordinals"]
FEM_UNITS: dict[str, int] = LEX["feminine_ordinals"]["units"]
FEM_TENS: dict[str, int] = LEX["feminine_ordinals"]["tens"]
NAMED_DAYS: dict[str, str] = {name: str(v) for name, v in LEX["named_days"].items()}
EVENT_DATES: dict[str, dict[str, int]] = {w: {str(k): int(y) for k, y in d.items()} for w, d in LEX["event_dates"].items()}

# --------------------------------------------------------------------------- regex building blocks
# A match may follow a proclitic (و ف ب ل ك, or two of them: "وب", "فل"); the
# clitic stays outside the span, as in TimeML annotation.
WORD_START = r"(?:(?<![\w])|(?<=(?<![^\W\d_])[وفبلك])|(?<=(?<![^\W\d_])[وف][بلك]))"
WORD_END = r"(?![\w])"


def alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


MONTH = f"(?:{alt(MONTHS)})"
HMONTH = f"(?:{alt(HIJRI_MONTHS)})"
WEEKDAY = f"(?:(?:يومي?\\s+)?(?:{alt(WEEKDAYS)}))"  # "يومي الجمعة": the dual (or a slip for يوم)
NUMWORD = f"(?:{alt(ONES)}|{alt(TENS)})"
# the heads of 11 and 12, which only count before "عشر(ة)": "أحد عشر شهرا", "باثني عشر قرنا"
TEEN_HEADS = {"احد": 1, "احدي": 1, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2}
NUMBER = rf"(?:\d{{1,4}}|(?:{alt(TEEN_HEADS)})\s+عشره?|{NUMWORD}(?:\s+(?:و\s*)?{NUMWORD})?)"
UNIT = f"(?:{alt(UNITS)})"
# one unit without a number ("قبل عام", "بعد أسبوع", "أكثر من شهر") and indefinite plurals ("منذ أشهر")
ONE_UNITS = {"يوم": "day", "اسبوع": "week", "شهر": "month", "عام": "year", "سنه": "year", "عقد": "decade", "قرن": "century",
              "ساعه": "hour"}
PLURAL_UNITS = {"ايام": "day", "اسابيع": "week", "اشهر": "month", "شهور": "month", "سنوات": "year", "سنين": "year",
                 "اعوام": "year", "عقود": "decade", "قرون": "century", "ساعات": "hour"}
DUAL = f"(?:{alt(DUAL_FORMS)})"
PAST = r"(?:الماضي|الماضيه|الماضيين|المنصرم|المنصرمه|الفائت|الفائته|الفارط|الفارطه|المنقضي|المنقضيه|السابق|السابقه)"
NEXT = r"(?:المقبل|المقبله|المقبلين|القادم|القادمه|القادمين|التالي)"
THIS = r"(?:الجاري|الجاريه|الحالي|الحاليه)"
REL = f"(?:{PAST}|{NEXT}|{THIS})"
YEARWORD = r"(?:(?:من\s+)?(?:عام|العام|سنه|لسنه|لعام)\s+)"
HEDGE = r"(?:ما\s+يقرب\s+من|ما\s+يقارب|ما\s+يزيد\s+(?:علي|عن)|اكثر\s+من|اقل\s+من|نحو|حوالي|قرابه|زهاء|قرابه|ما\s+لا\s+يقل\s+عن)"
# a day number after the article: "في الـ28 من مارس", "والـ27"
# (and a preposition written without its space, "في29 آذار/مارس 2019", "خلال24 ساعة": the number starts the span)
ARTICLE_DIGIT = (r"(?:(?<=(?<![^\W\d_])ال)|(?<=(?<![^\W\d_])وال)|(?<=(?<![^\W\d_])في)|(?<=(?<![^\W\d_])وفي)"
                  r"|(?<=(?<![^\W\d_])خلال)|(?<=(?<![^\W\d_])وخلال))(?=\d)")
# "الرابع والعشرين" also written "الرابع و العشرين"
ORD_ALT = alt(DAY_ORDINALS).replace(r"\s+و", r"\s+و\s*")


def ordinal_day(words: str) -> int:
    return DAY_ORDINALS[re.sub(r"\sو\s+", " و", " ".join(words.split()))]


# "غرة أفريل" and "أول فبراير" (without "من"): the first of the month
DAY = rf"(?:(?P<d>\d{{1,2}})|(?P<dord>{ORD_ALT})\s+من|(?P<ghurra>غره|اول(?=\s+(?:شهر\s+)?{MONTH}{WORD_END})))"
# definite nouns of dated happenings whose part of the day a report names ("صباح الاعتداء", "مساء الانفجار")
EVENT_NOUNS = ("الاعتداء", "الهجوم", "الحادث", "الحادثه", "الانفجار", "التفجير", "الجريمه", "الزلزال")
PART = r"(?:الساعات\s+الاولي\s+من(?:\s+صباح|\s+فجر|\s+بدايه|\s+مطلع)?|صباح|صبيحه|مساء|عشيه|سهره|ظهيره|ظهر|ليله|فجر|عصر)"
MODIFIER = r"(?:مطلع|اوائل|بدايه|بدايات|مستهل|منتصف|اواسط|وسط|اواخر|نهايه|اخر|ختام)"
