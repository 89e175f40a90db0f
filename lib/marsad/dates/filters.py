"""Passes that drop what is not a time: titles, names, places, days that are no day.

Run after the candidates are resolved: a quoted film or programme title, a surname or given name that is a time
word ("غدا" as a name), a place named after a date, an adjective of state, a phrase such as "يوم" that names no day.
"""
from __future__ import annotations

import functools
import re

from marsad.dates.cues import PAST_VERB
from marsad.dates.lexicon import alt, LEX, NUMWORD
from marsad.dates.rows import quote_start
from marsad.dates.tense import tense_before
from marsad.lang.rules import sentence_around
from marsad.lang.text import normalize
from marsad.resources import data_path

__all__ = [
    "drop_titles",
    "not_a_day",
    "not_a_time_word",
    "place_named_after_a_date",
    "quoted_title_length",
    "QUOTES",
    "state_adjectives",
    "surname_not_a_set",
    "TITLE_NOUN",
    "tomorrow_as_a_name",
]

# a work's title in quotation marks: "فيلم "الصيف"", "عن فيلمه "نعاس الشتاء"", "ويروي "صيف" المشارك في كان"
TITLE_NOUN = re.compile(r"(?<![^\W\d_])[وفبل]?(?:ال)?(?:فيلم|افلام|مسلسل|روايه|كتاب|اغنيه|البوم|برنامج|مسرحيه|قصيده|لوحه|عمل)"
                         r"(?:ه|ها|هم|ي)?\s*$")
QUOTES = {'"': '"', "«": "»", "“": "”"}


def drop_titles(rows: list[dict], text: str) -> None:
    """A season, month or weekday that is all or part of a short quoted title is no time: the quoted string holds the row
    (at most 40 characters, no digit in the row) and is the whole quotation, or follows a work's noun ("فيلم", "رواية",
    "مسلسل"): a film "الصيف", a newspaper "جوان", a book "حديث الأربعاء"."""
    keep = []
    for r in rows:
        # (seasons, months and weekdays only: a quoted named day, "قريبا" or "الساعات المقبلة" is a time in quotes)
        if r["type"] == "DATE" and r["rule"].startswith(("season", "month", "weekday")) and not re.search(r"\d", r["text"]):
            q = quote_start(text, r["start"])
            if q is not None and r["start"] - q <= 20:
                close = text.find(QUOTES.get(text[q], text[q]), r["end"])
                if 0 <= close - r["end"] <= 20 and close - q <= 40 and "\n" not in text[q:close]:
                    whole = q + 1 == r["start"] and close == r["end"]
                    if whole or TITLE_NOUN.search(normalize(text[max(0, q - 16):q])):
                        continue
        keep.append(r)
    rows[:] = keep


# Not dates: the channel "روسيا اليوم" (RT: after قناة/موقع/المصدر or a bracket, or closing a line; "سأزور روسيا اليوم"
# stays today), and "في اليوم" as a rate after a count ("يصطادون نحو 5 حبارى في اليوم،",
# "مهمة واحدة في اليوم الواحد").
# (and papers named "X اليوم" after a paper word: "جريدة المصري اليوم"; the names are `today_titles` in the lexicon)
_CHANNEL_BEFORE = re.compile(r"(?:(?<![^\W\d_])[وفبل]?(?:قناه|موقع|شبكه|تلفزيون|جريده|صحيفه|يوميه|المصدر\s*:?)\s*|[(«\"]\s*)"
                             rf"(?:{alt(LEX['today_titles'])})\s*$")
_CHANNEL_END = re.compile(r"\s*[)»\"]?\s*(?:\n|$)")  # "المصدر : روسيا اليوم" closing an article
_RATE_BEFORE = re.compile(rf"(?:\d|(?<![^\W\d_])(?:{NUMWORD}|واحده|مره|مرات|مرتين)(?![^\W\d_]))[^.،,؛;:!?\n]{{0,30}}\s+في\s+$")
_RATE_AFTER = re.compile(r"(?:\s+الواحد)?\s*(?:[.،,؛;:!?)\n]|$)")


def not_a_day(rows: list[dict], text: str, norm: str, offsets) -> None:
    for r in list(rows):
        if r["type"] != "DATE" or normalize(r["text"]) not in ("اليوم", "اليوم الواحد"):
            continue
        before = normalize(text[max(0, r["start"] - 60):r["start"]])
        channel = _CHANNEL_BEFORE.search(before) or (re.search(r"(?<![^\W\d_])روسيا\s*$", before)
                                                      and _CHANNEL_END.match(text, r["end"]))
        if channel or (_RATE_BEFORE.search(before)
                                             and _RATE_AFTER.match(normalize(text[r["end"]:r["end"] + 12]))):
            rows.remove(r)


# "الاقتتال اليومي" (the everyday fighting), "الحياة اليومية": a state that an adjective of the period
# qualifies is no recurrence (a rate stays one: "معدل التضخم السنوي" is a SET in the gold, as "الإيجار السنوي")
_MEASURE_NOUN = re.compile(r"(?<![^\W\d_])[وفبل]?(?:ال)?(?:حياه|اقتتال|قتال|عنف|روتين|واقع|معارك|مواجهات|"
                           r"اشتباكات|صراع)\s+$")


def state_adjectives(rows: list[dict], text: str, norm: str) -> None:
    for r in [r for r in rows if r["type"] == "SET" and r["rule"] == "set_adj"]:
        if _MEASURE_NOUN.search(normalize(text[max(0, r["start"] - 20):r["start"]])):
            rows.remove(r)


# "تلاميذ المدرسة الابتدائية 2 ماي", "تجمعوا في ساحة 7 نوفمبر", "شارع 14 جانفي": a day–month in figures right after a
# place noun (a school, a square, a street, a stadium …; the lexicon's place_nouns), one adjective allowed between, is the
# place's name, not a DATE; with the article only before its adjective ("وصل إلى المطار 14 جانفي" is a date)
_PLACE_NAMED = re.compile(rf"(?<![^\W\d_])[وفبل]?(?:(?:{alt(LEX['place_nouns'])})"
                          rf"|ال(?:{alt(LEX['place_nouns'])})\s+ال[^\W\d_]+(?:ي|يه))\s+$")


def place_named_after_a_date(rows: list[dict], text: str) -> None:
    rows[:] = [r for r in rows if not (r["type"] == "DATE" and re.match(r"\d{1,2}(?!\d)", r["text"])
                                       and r["precision"] == "day"
                                       and _PLACE_NAMED.search(normalize(text[max(0, r["start"] - 40):r["start"]])))]


# words that look like times and are none: "مانشستر يونايتد، وصيف بطل الدوري" (the runner-up, not "and summer");
# "نقلاً عن اليوم السعودية" (the daily Al-Yaum); "متفائلا بالمستقبل" (the future as a thing hoped for); "لاحقاً" after a
# naming verb or in "قبل أن يفعل لاحقاً" of a past story. ("السنوات اللاحقة" of a past story is left as it was: dev-20's
# gold leaves it out, the TimeML 25 and the third session's test give it FUTURE_REF)
_SEASON_WORD_AFTER = re.compile(r"\s*(?:العام|عام|هذا|هذه|الماضي|المقبل|القادم|الحالي|الجاري|\d)")
_PAPER_BEFORE = re.compile(r"(?:(?<![^\W\d_])نقلا\s+عن|(?<![^\W\d_])[وفبل]?(?:ال)?(?:صحيفه|جريده))\s*[\"«“]?\s*$")
_HOPE_BEFORE = re.compile(r"(?<![^\W\d_])(?:[وف]?(?:ال)?(?:متفائل|متفاءل|تفاؤل|تفاءل|ثقه|واثق|ايمان|مؤمن|امل)[^\W\d_]{0,3})\s+$")
_NAMED_LATER_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:سمي|سميت|عرف|عرفت|اصبح|اصبحت|صار|صارت|اطلق\s+عليه|اطلق\s+عليها)\s+$")
# ("لكن يونهاب أوضحت لاحقاً أن …": a perfect reporting or feminine perfect verb right before it, whatever the name before)
_PERFECT_JUST_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:(?:قال|اعلن|ذكر|افاد|اكد|اوضح|اضاف|صحح|عدل|تراجع)(?:ت|وا)?"
                                  r"|(?![يتنس])(?!ال)[^\W\d_]{2,4}ت)\s+$")
# ("انضم بولتون لاحقا للمكالمة": a common perfect verb right before it)
_LATER_PERFECTS = frozenset(("انضم", "انسحب", "اعترف", "استقال", "عاد", "تراجع", "تبين", "اتضح", "ثبت", "افرج", "عثر", "ظهر",
                             "اقر", "نفي", "وانضم", "وانسحب", "واعترف", "واستقال", "وعاد", "وتراجع", "وتبين", "واتضح", "وافرج",
                             "وعثر", "وظهر", "واقر", "ونفي"))
# ("تنامى نفوذ الأكراد … في عام 2012، ليعلنوا لاحقا الإدارة الذاتية": "ل" + a subjunctive that goes on a past story)
_THEN_DOING = re.compile(r"(?<![^\W\d_])[وف]?ل[يت][^\W\d_]{2,}\s+$")
_BEFORE_DOING = re.compile(r"(?<![^\W\d_])(?:قبل|بعد)\s+ان\s+[يت][^\W\d_]{2,}(?:\s+\S+)?\s+$")


def not_a_time_word(rows: list[dict], text: str) -> None:
    drop = []
    for r in rows:
        w = normalize(r["text"])
        before = normalize(text[max(0, r["start"] - 40):r["start"]])
        if r["rule"].startswith("season") and w == "صيف" and r["start"] > 0 and text[r["start"] - 1] == "و" \
                and not _SEASON_WORD_AFTER.match(normalize(text[r["end"]:r["end"] + 16])):
            drop.append(r)
        elif w == "اليوم" and r["type"] == "DATE" and _PAPER_BEFORE.search(before):
            drop.append(r)
        elif w == "الان" and re.search(r"(?<![^\W\d_])[وفبل]?(?:ال)?(?:منظمه|حركه|جمعيه)\s+[\"«“]?\s*السلام\s*$", before):
            drop.append(r)  # "منظمة السلام الآن": the NGO Peace Now
        elif w == "العقد السابق" and r["type"] == "DATE":
            drop.append(r)  # "الشرط الجزائي … الذي كان في العقد السابق": the previous contract, not a decade
        elif w == "المستقبل" and r["start"] > 0 and text[r["start"] - 1] == "ب" and _HOPE_BEFORE.search(before[:-1]):
            drop.append(r)
        elif w == "لاحقا" and r["value"] == "FUTURE_REF":
            said = normalize(text[sentence_around(text, r["start"])[0]:r["start"]])
            doing = _BEFORE_DOING.search(said)
            then = _THEN_DOING.search(said)
            last = before.split()[-1] if before.split() else ""
            if (_NAMED_LATER_BEFORE.search(before) or (doing and tense_before(said, doing.start()) != "future")
                    or _PERFECT_JUST_BEFORE.search(before) or PAST_VERB.fullmatch(last) or last in _LATER_PERFECTS
                    or (then and (tense_before(said, then.start()) == "past" or tense_before(said, then.start()) is None
                                  and re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", said[:then.start()])))):
                drop.append(r)
    for r in drop:
        rows.remove(r)


# "بقيادة مدربه سعد الشهري": the surname Al-Shehri after a first name, no monthly recurrence
def surname_not_a_set(rows: list[dict], text: str) -> None:
    for r in list(rows):
        if r["type"] == "SET" and normalize(r["text"]) in ("الشهري", "السنوي", "اليومي"):
            before = normalize(text[max(0, r["start"] - 20):r["start"]]).split()
            if before and before[-1] in _first_names():
                rows.remove(r)


@functools.lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    import json

    with open(data_path("ner", "gazetteers.json"), encoding="utf-8") as f:
        return frozenset(normalize(w) for w in json.load(f).get("per_first", ()) if len(w) >= 3)


# "في حديثه مع برنامج "60 دقيقة"", "تقول صحيفة "عشرون دقيقة" المجانية": a length that is the whole quoted name of a
# programme or a paper is no length
_PAPER_OR_WORK = re.compile(r"(?<![^\W\d_])[وفبل]?(?:ال)?(?:برنامج|صحيفه|جريده|مجله|فيلم|مسلسل|قناه|موقع)\s*$")


def quoted_title_length(rows: list[dict], text: str) -> None:
    for r in list(rows):
        if r["type"] != "DURATION" or r["start"] == 0:
            continue
        q = r["start"] - 1
        if text[q] in QUOTES and text[r["end"]:r["end"] + 1] == QUOTES[text[q]] \
                and _PAPER_OR_WORK.search(normalize(text[max(0, q - 16):q])):
            rows.remove(r)


# "تابع العملية من غرفة المتابعة المتواجدة بحزب الغد", "ونقلت صحيفة "الغد" الأردنية": "الغد" after a party, paper or
# channel word is a name, not tomorrow (the words are `tomorrow_names_before` in the lexicon)
_NAME_BEFORE_TOMORROW = re.compile(r"(?<![^\W\d_])[وفبل]?(?:" + alt(LEX["tomorrow_names_before"]) + r")\s*[\"«]?\s*$")


def tomorrow_as_a_name(rows: list[dict], text: str) -> None:
    rows[:] = [r for r in rows if not (r["type"] == "DATE" and normalize(r["text"]) == "الغد"
                                       and _NAME_BEFORE_TOMORROW.search(normalize(text[max(0, r["start"] - 20):r["start"]])))]
