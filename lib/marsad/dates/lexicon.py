"""The time-expression lexicon as tables, and the regex atoms built from it.

Every word list lives in ``data/timex/lexicon.yaml`` (month names of each naming system, Hijri months, weekdays,
units, number words, ordinals, named days, dated events); this module loads it once and turns it into the lookup
tables (:data:`MONTHS`, :data:`HIJRI_MONTHS`, ...) and the small regex pieces (clitic-aware word edges ``_L``/``_R``,
``_MONTH``, ``_NUMBER``, ``_UNIT``, ``_DAY`` ...) that the candidate patterns and the passes are written with. Patterns
are in CAMeL-normalised form (alef, ya, teh marbuta folded; Eastern digits as ASCII).
"""
from __future__ import annotations

import re

from marsad.resources import data_path

__all__ = [
    "_alt",
    "_AMBIGUOUS_HIJRI",
    "_AMBIGUOUS_MONTHS",
    "_ARTICLE_DIGIT",
    "_CENTURY_ORDINALS",
    "_DAY",
    "_DAY_ORDINALS",
    "_DECADES",
    "_DIALECT_HOURS",
    "_DUAL",
    "_DUAL_FORMS",
    "_DUR_LETTER",
    "_EVENING_KINDS",
    "_EVENT_DATES",
    "_EVENT_NOUNS",
    "_FEM_TENS",
    "_FEM_UNITS",
    "_HEDGE",
    "HIJRI_MONTHS",
    "_HMONTH",
    "_HOURS",
    "_L",
    "_LEX",
    "_MODIFIER",
    "_MONTH",
    "MONTHS",
    "_NAMED_DAYS",
    "_NEXT",
    "_NUMBER",
    "_NUMWORD",
    "_ONE_UNITS",
    "_ONES",
    "_ORD_ALT",
    "_ordinal_day",
    "_PART",
    "_PAST",
    "_PLURAL_UNITS",
    "_QUARTER_ORDINALS",
    "_R",
    "_REL",
    "_TEEN_HEADS",
    "_TENS",
    "_THIS",
    "_UNIT",
    "_UNITS",
    "_WEEKDAY",
    "_WEEKDAYS",
    "_YEARWORD",
]

# --------------------------------------------------------------------------- lexicon (normalised forms)
_LEXICON_PATH = data_path("timex", "lexicon.yaml")


def _load_lexicon() -> dict:
    import yaml

    try:
        return yaml.safe_load(_LEXICON_PATH.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise FileNotFoundError(f"the time-expression lexicon {_LEXICON_PATH} is missing; reinstall Marsad") from exc


_LEX = _load_lexicon()
# Gregorian month names of every naming system (see data/timex/lexicon.yaml).
MONTHS: dict[str, int] = {name: int(num) for num, names in _LEX["months"].items() for name in names}
_AMBIGUOUS_MONTHS = set(_LEX["ambiguous_months"])
HIJRI_MONTHS: dict[str, int] = dict(_LEX["hijri_months"])
_AMBIGUOUS_HIJRI = set(_LEX["ambiguous_hijri"])
_WEEKDAYS: dict[str, int] = dict(_LEX["weekdays"])  # Python weekday(): Monday = 0
_EVENING_KINDS = tuple(_LEX["evening_kinds"])
_UNIT_FORMS: dict[str, list[str]] = _LEX["unit_forms"]
_DUAL_FORMS: dict[str, str] = _LEX["dual_forms"]
_UNITS = {form: unit for unit, forms in _UNIT_FORMS.items() for form in forms}
_DUR_LETTER = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE",
               "hour": "H", "minute": "M", "second": "S"}
_ONES: dict[str, int] = _LEX["ones"]
_TENS: dict[str, int] = _LEX["tens"]
_DECADES: dict[str, int] = _LEX["decades"]
_CENTURY_ORDINALS: dict[str, int] = _LEX["century_ordinals"]
_HOURS: dict[str, int] = _LEX["hours"]
_DIALECT_HOURS: dict[str, int] = _LEX["dialect_hours"]
_DAY_ORDINALS: dict[str, int] = _LEX["day_ordinals"]
_QUARTER_ORDINALS: dict[str, int] = _LEX["quarter_ordinals"]
_FEM_UNITS: dict[str, int] = _LEX["feminine_ordinals"]["units"]
_FEM_TENS: dict[str, int] = _LEX["feminine_ordinals"]["tens"]
_NAMED_DAYS: dict[str, str] = {name: str(v) for name, v in _LEX["named_days"].items()}
_EVENT_DATES: dict[str, dict[str, int]] = {w: {str(k): int(y) for k, y in d.items()} for w, d in _LEX["event_dates"].items()}

# --------------------------------------------------------------------------- regex building blocks
# A match may follow a proclitic (و ف ب ل ك, or two of them: "وب", "فل"); the
# clitic stays outside the span, as in TimeML annotation.
_L = r"(?:(?<![\w])|(?<=(?<![^\W\d_])[وفبلك])|(?<=(?<![^\W\d_])[وف][بلك]))"
_R = r"(?![\w])"


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_MONTH = f"(?:{_alt(MONTHS)})"
_HMONTH = f"(?:{_alt(HIJRI_MONTHS)})"
_WEEKDAY = f"(?:(?:يومي?\\s+)?(?:{_alt(_WEEKDAYS)}))"  # "يومي الجمعة": the dual (or a slip for يوم)
_NUMWORD = f"(?:{_alt(_ONES)}|{_alt(_TENS)})"
# the heads of 11 and 12, which only count before "عشر(ة)": "أحد عشر شهرا", "باثني عشر قرنا"
_TEEN_HEADS = {"احد": 1, "احدي": 1, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2}
_NUMBER = rf"(?:\d{{1,4}}|(?:{_alt(_TEEN_HEADS)})\s+عشره?|{_NUMWORD}(?:\s+(?:و\s*)?{_NUMWORD})?)"
_UNIT = f"(?:{_alt(_UNITS)})"
# one unit without a number ("قبل عام", "بعد أسبوع", "أكثر من شهر") and indefinite plurals ("منذ أشهر")
_ONE_UNITS = {"يوم": "day", "اسبوع": "week", "شهر": "month", "عام": "year", "سنه": "year", "عقد": "decade", "قرن": "century",
              "ساعه": "hour"}
_PLURAL_UNITS = {"ايام": "day", "اسابيع": "week", "اشهر": "month", "شهور": "month", "سنوات": "year", "سنين": "year",
                 "اعوام": "year", "عقود": "decade", "قرون": "century", "ساعات": "hour"}
_DUAL = f"(?:{_alt(_DUAL_FORMS)})"
_PAST = r"(?:الماضي|الماضيه|الماضيين|المنصرم|المنصرمه|الفائت|الفائته|الفارط|الفارطه|المنقضي|المنقضيه|السابق|السابقه)"
_NEXT = r"(?:المقبل|المقبله|المقبلين|القادم|القادمه|القادمين|التالي)"
_THIS = r"(?:الجاري|الجاريه|الحالي|الحاليه)"
_REL = f"(?:{_PAST}|{_NEXT}|{_THIS})"
_YEARWORD = r"(?:(?:من\s+)?(?:عام|العام|سنه|لسنه|لعام)\s+)"
_HEDGE = r"(?:ما\s+يقرب\s+من|ما\s+يقارب|ما\s+يزيد\s+(?:علي|عن)|اكثر\s+من|اقل\s+من|نحو|حوالي|قرابه|زهاء|قرابه|ما\s+لا\s+يقل\s+عن)"
# a day number after the article: "في الـ28 من مارس", "والـ27"
# (and a preposition written without its space, "في29 آذار/مارس 2019", "خلال24 ساعة": the number starts the span)
_ARTICLE_DIGIT = (r"(?:(?<=(?<![^\W\d_])ال)|(?<=(?<![^\W\d_])وال)|(?<=(?<![^\W\d_])في)|(?<=(?<![^\W\d_])وفي)"
                  r"|(?<=(?<![^\W\d_])خلال)|(?<=(?<![^\W\d_])وخلال))(?=\d)")
# "الرابع والعشرين" also written "الرابع و العشرين"
_ORD_ALT = _alt(_DAY_ORDINALS).replace(r"\s+و", r"\s+و\s*")


def _ordinal_day(words: str) -> int:
    return _DAY_ORDINALS[re.sub(r"\sو\s+", " و", " ".join(words.split()))]


# "غرة أفريل" and "أول فبراير" (without "من"): the first of the month
_DAY = rf"(?:(?P<d>\d{{1,2}})|(?P<dord>{_ORD_ALT})\s+من|(?P<ghurra>غره|اول(?=\s+(?:شهر\s+)?{_MONTH}{_R})))"
# definite nouns of dated happenings whose part of the day a report names ("صباح الاعتداء", "مساء الانفجار")
_EVENT_NOUNS = ("الاعتداء", "الهجوم", "الحادث", "الحادثه", "الانفجار", "التفجير", "الجريمه", "الزلزال")
_PART = r"(?:الساعات\s+الاولي\s+من(?:\s+صباح|\s+فجر|\s+بدايه|\s+مطلع)?|صباح|صبيحه|مساء|عشيه|سهره|ظهيره|ظهر|ليله|فجر|عصر)"
_MODIFIER = r"(?:مطلع|اوائل|بدايه|بدايات|مستهل|منتصف|اواسط|وسط|اواخر|نهايه|اخر|ختام)"
