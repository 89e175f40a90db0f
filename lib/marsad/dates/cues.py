"""Context cues read around a candidate: tense, future and past words, reports, counts, places, names.

Compiled regexes (module constants) that look just before or after a match (``*_BEFORE`` / ``*_AFTER``) or in its
clause, and decide whether a figure is a time at all (a score, a street, an age, a count of metres), which way a
bare month or weekday points (future verbs, past cues, schedules, postponements) and whether a word is a person's
name (:func:`name_like`). Word lists come from :mod:`marsad.lang.rules` and the lexicon.
"""
from __future__ import annotations

import functools
import re

from marsad.dates.lexicon import alt, EVENT_DATES, WORD_START, LEX, MODIFIER, MONTH, ORD_ALT, PAST, WORD_END, WEEKDAYS
from marsad.lang.rules import anaphors, future_words, word_list, words_regex
from marsad.lang.text import normalize
from marsad.resources import data_path

__all__ = [
    "AFTER_PERFECT",
    "AGE_AFTER",
    "AGE_BEFORE",
    "ANAPHOR",
    "BUSINESS",
    "CLOCK_IN_SENTENCE",
    "CLOCK_PART",
    "CLOCK_RANGE_AFTER",
    "CLOCK_RANGE_GAP",
    "COMPLEMENTIZER",
    "COUNT_AFTER",
    "COUNT_BEFORE",
    "DEFINITE_BEFORE",
    "DOCUMENT_BEFORE",
    "DURATION_PREP",
    "EVENT_AFTER",
    "EVENT_BEFORE",
    "event_told_ahead",
    "EXPECT",
    "FUTURE",
    "FUTURE_VERB",
    "HALF_AFTER",
    "HALF_BEFORE",
    "LISTED_DAY_AFTER",
    "METRES_AFTER",
    "METRES_BEFORE",
    "MODIFIER_BEFORE",
    "MONTH_PREP_BEFORE",
    "name_like",
    "NAMED_PAST",
    "NIGHT_PAIR_AFTER",
    "NO_CONSTRUCT_AFTER",
    "OF_DAY_GAP",
    "ORD_RANGE_BEFORE",
    "PAIR_AFTER",
    "PARTICIPLE",
    "PAST_CUE",
    "PAST_VERB",
    "PENDING_ACT",
    "PLACE_BEFORE",
    "PLANNED_ACT",
    "POSTPONED_TO_BEFORE",
    "PRESENT_CLAUSE",
    "PROVISO_FUTURE",
    "RAMADAN_AFTER",
    "RAMADAN_BEFORE",
    "RANGE_BEFORE",
    "REPORT_BEFORE",
    "REPORT_PERFECT",
    "SAME_DAY_BEFORE",
    "SCORE_BEFORE",
    "SEASON_BEFORE",
    "SEASONS",
    "SELF_WEEKDAY",
    "SINCE_BEFORE",
    "STREET_BEFORE",
    "SUSPEND_VERB",
    "TOMORROW_WEEKDAY",
    "UNTIL_BEFORE",
    "WEEKDAY_LIST_GAP",
    "WITHIN_BEFORE",
    "YEAR_BEFORE",
    "YEAR_IN_SENTENCE",
    "YEAR_PAIR",
]

# Context that makes an ambiguous month name a month: a day number, a year, a
# relative word, "شهر", or a paired name.
HALF_BEFORE = re.compile(r"(?:^|(?<=[\s(]))[وفبل]?(?P<h>النصف|الربع)\s+(?P<o>الاول|الثاني|الثالث|الرابع|الاخير)\s+من\s+$")
MODIFIER_BEFORE = re.compile(rf"(?:^|(?<=[\s(]))[وفبل]?(?P<m>{MODIFIER})\s+(?:(?:شهر|عام|العام|سنه)\s+)?$")
ANAPHOR = re.compile(words_regex(anaphors(), left=rf"{WORD_START}(?<!مع )(?<!رغم )", right=WORD_END))
# Future particles and verbs (shared with events) and the words that schedule a date ahead
# ("المزمع", "من المنتظر", future verbs of fixtures and ceremonies).
FUTURE = re.compile(words_regex(future_words() + word_list("schedule"), left=WORD_START, right=WORD_END))
# Any "س" + imperfect verb; nouns that start the same way (سياسة، سيارة، سيطرة، سنوات، ستين …) are left out.
FUTURE_VERB = re.compile(
    rf"(?<![^\W\d_])(?<![_#])[وف]?(?!(?:{alt(LEX['future_lookalikes'])})(?![^\W\d_]))س(?!ياس|يار|ياق|ياح|يطر|يدات|يدن|يول|يوف|ينم|ينا|يري|يرا|يره|يرت|يبير|يمفون|يكول|يجار"
    r"|تون|تين|تار|تاد|ترات|تود|تيف|تول|نغاف|نوات|نوي|نين|نتي|ناتور|ناري|نيور|ندات|نبل)"
    r"[يتن][^\W\d_]{3,6}(?![^\W\d_])")


@functools.lru_cache(maxsize=1)
def _name_words() -> frozenset[str]:
    """Normalised words of person and place names: the NER gazetteers (first names, surnames, places) and every word of
    the knowledge base's person names. A word that starts like a future verb (س + ي/ت/ن + a stem) but is one of these
    is a name (سيرجي, ستيفن, سنغافورة, سنايدر), no tense sign; the lexicon's ``future_lookalikes`` keeps only the names
    and nouns no gazetteer holds."""
    import csv
    import json

    with open(data_path("ner", "gazetteers.json"), encoding="utf-8") as f:
        gaz = json.load(f)
    words = {w for key in ("per_first", "per_last", "loc") for w in gaz.get(key, ())}
    for name in ("people.csv", "people_arwikicats.csv"):
        with open(data_path("kb", name), encoding="utf-8") as f:
            for row in csv.DictReader(f):
                for n in f"{row.get('names') or ''}|{row.get('aliases') or ''}".split("|"):
                    words.update(normalize(n).split())
    return frozenset(w for w in words if len(w) >= 4)


def name_like(text: str, m: re.Match) -> bool:
    """A future-verb match that is a name the gazetteers know (سيلفا, سنايدر, سنغافورة). (Not a name after a title or
    before a surname: "الرئيس سيزور", "سيلتقي بوتين" are verbs.)"""
    word = m.group()
    if word[:1] in "وف" and word[1:2] == "س":
        word = word[1:]
    return word in _name_words() or _SPEAKER_BEFORE.search(text[max(0, m.start() - 60):m.start()]) is not None


# a reporting verb and one to three words before it, with no "إن/أن" or colon between: the word is the speaker's name,
# not a future verb ("وقال كيفن سيستروم في بيان رسمي الأربعاء", "وقال المدرب سيموني إنزاغي"; a future after a reporting
# verb is reported with "إن": "وقال إنه سيزور")
_SPEAKER_BEFORE = re.compile(
    r"(?<![^\W\d_])[وف]?(?:قال|قالت|اعلن|اعلنت|اكد|اكدت|اضاف|اضافت|اوضح|اوضحت|صرح|صرحت|ذكر|ذكرت)"
    r"(?:\s+(?!(?:ان|انه|انها|بان|بانه|انهم|ان|لن|لا|قد)(?![^\W\d_]))[^\W\d_]+){1,3}\s+$")


# "على أن" + an imperfect verb, a proviso or an arrangement of what is still to happen ("ألغي المؤتمر الصحافي، على أن يعقد
# مؤتمر آخر بعد ظهر الجمعة", "اتفقوا على أن يجتمعوا الأحد"): a future sign for what follows it
PROVISO_FUTURE = re.compile(r"(?<![^\W\d_])علي\s+ان\s+(?:لا\s+)?[يتن][^\W\d_]{2,}(?![^\W\d_])")
# Past-tense signs for a month named without a year: "كان/كانت", "قد" + verb.
PAST_CUE = re.compile(words_regex(word_list("past"), left=WORD_START, right=WORD_END))
# Perfect-tense verbs that report a happening ("وتم إيقاف المتهم في 15 جانفي" in a December article is last
# January's): normalised forms, reporting verbs (قال، أعلن، أكد) left out because they introduce schedules, and
# forms that are also common nouns (عقد، سجل، صدر، قتل) left out.
PAST_VERB = re.compile(words_regex((
    "تم", "تمت", "جرت", "جري", "شهدت", "وقع", "وقعت", "قتلت", "اصيب", "اصيبت", "توفي", "توفيت", "اعتقل", "اعتقلت", "اوقف",
    "اوقفت", "فاز", "فازت", "خسر", "خسرت", "حقق", "حققت", "سجلت", "عقدت", "اقيم", "اقيمت", "انطلقت", "اختتمت",
    "نظمت", "انتهت", "اصدر", "اصدرت", "زار", "زارت", "التقي", "التقت", "استقبل", "استقبلت", "شاركت", "احيل",
    "احيلت", "اندلع", "اندلعت", "غادر", "غادرت", "وصلت", "حصلت", "بدا", "بدات", "بداو", "استمر", "استمرت", "شن", "شنت",
    "هاجم", "هاجمت", "نفذ", "نفذت", "اطلق", "اطلقت", "اعتدي", "هز", "هزت", "ضرب", "ضربت", "انفجر", "انفجرت", "سقط",
    "سقطت", "قتل", "لقي", "لقيت", "نجا", "نجت",
    # a document seen ("بحسب رسالة اطلعت عليها الوكالة الاثنين")
    "اطلعت", "اطلع"), left="",
    # the same perfect verbs with an object pronoun: "بدأها أفراد الإطفاء", "استقبله الرئيس"
    right=r"(?:ها|ه|هم|هما|هن)?" + WORD_END))
# (no lookbehind in front, so the engine can skip to the words' first letters; the left edge is checked by hand)
NAMED_PAST = re.compile(PAST)
# "بعد أن عقد": "after" + a perfect verb tells a past happening (not "بعد أن يصل", an imperfect)
# ("وفق ما أعلنت متحدثة باسمها الأحد": a report's own day is past, whatever the reported clause's tense)
AFTER_PERFECT = re.compile(r"(?<![^\W\d_])(?:(?:بعد|عقب|منذ)\s+ان|(?:وفق|وفقا\s+ل|حسب|بحسب|طبقا\s+ل)\s*ما)\s+(?![يتن])[^\W\d_]{3}")
SEASON_BEFORE = re.compile(r"(?<![^\W\d_])[وفبل]?(?:ل|ال)?موسم\s+$")
YEAR_PAIR = re.compile(r"(?<![\d/.-])(?P<y1>\d{4})\s*[/-]\s*(?P<y2>\d{4})(?![\d/-])(?!\.\d)")  # (a full stop may end it)
DURATION_PREP = re.compile(r"(?:لمده|طيله|طوال|مده|مرور|غضون|ظرف)\s+$")  # "في غضون يوم", "في ظرف أسبوع": within
# "ارتفع عدد النازحين خلال أسبوع.", "بإنجاز العملية خلال سنة ولكن": "خلال" + a bare unit that ends its phrase is a length
# (not "خلال شهر رمضان", "خلال يوم الجمعة", "خلال عام 2017": a unit in the construct state names a period)
WITHIN_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?خلال\s+$")
NO_CONSTRUCT_AFTER = re.compile(r"\s*(?:[^\w\s]|$)|\s+(?:و|او|ف|ثم|من|فقط|واحد|واحدا|واحده|علي|الي|حتي|لكن|ولكن|في|كما|بعد|قبل)"
                                 r"(?![^\W\d_])")
YEAR_IN_SENTENCE = re.compile(r"(?<![\d.,/])((?:19|20)\d\d)(?![\d.,/]\d|\d)")
PARTICIPLE = re.compile(r"(?:ال)?(?:مقرر|مرتقب|مزمع|منتظر|متوقع)[ها]?")
# a day named right after a reporting verb dates the report, not the story told ("وفقا لما نقلته الوكالة، الأحد")
# (in the verb's own clause: no quotation, colon or "أن" between them, so "قال: انطلقت اليوم …" is the story's day)
REPORT_BEFORE = re.compile(
    r"(?<![^\W\d_])[وف]?(?:قال|قالت|قالته|اعلن|اعلنت|اعلنته|ذكر|ذكرت|ذكرته|نقل|نقلت|نقلته|افاد|افادت|افادته|صرح|صرحت|"
    r"اوضح|اوضحت|اكد|اكدت|اضاف|اضافت|بثته|نشرته|اوردته)(?![^\W\d_])(?P<gap>[^.!?؟\n:\"«»“”]*)$")
# a perfect reporting verb ("وقال صحافي … إن الشرطة اقتادته …"): with a complementizer, the story told is past
REPORT_PERFECT = re.compile(r"(?<![^\W\d_])[وف]?(?:قال|قالت|اعلن|اعلنت|ذكر|ذكرت|افاد|افادت|اكد|اكدت|اوضح|اوضحت|اضاف|"
                             r"اضافت)(?![^\W\d_])")
# an act waited for, with its day after it, in a clause without a tense sign: "قبل الكشف عن الأرقام الرسمية الثلاثاء",
# "بانتظار صدور الحكم الخميس" (a past clause keeps the past: "اعتقل قبل إعلان النتائج الأحد")
# ("من قبل البرلمان" is "by the parliament", the agent of a passive, no pending act)
PENDING_ACT = re.compile(r"(?<![^\W\d_])(?<!من\s)[وف]?(?:قبل|بانتظار|انتظار|ترقبا\s+ل|استعدادا\s+ل|تحسبا\s+ل)\s*ال[^\W\d_]{3,}"
                          r"[^.!?؟\n\"«»“”]*$")
# "أغلقت المدارس حتى يوم الاثنين", "علقت الرحلات لغاية الأحد": a closure or suspension decided, lasting until a day
# ahead (a state told as over keeps the past: "بقيت المنطقة مغلقة حتى مساء الجمعة")
SUSPEND_VERB = re.compile(r"(?<![^\W\d_])[وف]?(?:اغلق|اغلقت|اغلقوا|علق|علقت|علقوا|اجل|اجلت|ارجا|ارجات|مدد|مددت|اوقف|اوقفت|"
                           r"عطل|عطلت|منع|منعت|حظر|حظرت|مدد|تمدد|يمدد|"
                           # a grant of time lasts until a day ahead: "ومنحته حتى الاثنين للرد", "أمهلهم حتى الخميس"
                           r"(?:منح|امهل)(?:ت|وا)?(?:ه|ها|هم|هما|كم)?|(?:ال)?مهله)(?![^\W\d_])")
# a postponement to a day: "تم تأجيل المباراة إلى يوم الأربعاء", "أرجئت الجلسة إلى الاثنين"
POSTPONED_TO_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:تاجيل|التاجيل|ارجاء|اجل|اجلت|تاجلت|تاجل|ارجئت|ارجئ|ارجا|ارجات)"
                                  r"(?:ه|ها|هم)?\s+(?:[^\W\d_]+\s+){0,4}?الي\s+(?:يوم\s+)?$")
DOCUMENT_BEFORE = re.compile(r"(?<![^\W\d_])[وفبل]?(?:ال)?(?:دستور|قانون|اتفاق|اتفاقيه|معاهده|مرسوم|ثوره|انتفاضه|حركه)\s+$")
UNTIL_BEFORE = re.compile(r"(?<![^\W\d_])(?:حتي|لغايه|الي\s+غايه)\s+(?:يوم\s+)?$")
# an act announced, called for or threatened (a verb of announcing + the act's masdar), with the weekday after it
PLANNED_ACT = re.compile(
    r"(?<![^\W\d_])[وف]?(?:اعلن|اعلنت|اعلنوا|قرر|قررت|قرروا|دعا|دعت|دعوا|هدد|هددت|هددوا|يعتزم|تعتزم|اعتزم|ينوي|تنوي|يعتزمون|"
    # the present of announcing, and the present of carrying out an act ("تنفذ النقابة إضرابا عاما يوم الأربعاء")
    r"يعلن|تعلن|يقرر|تقرر|يدعو|تدعو|يهدد|تهدد|ينفذ|تنفذ|ينظم|تنظم|يخوض|تخوض|يشن|تشن)"
    # ("ودعا زعيم تنظيم القاعدة الأحد": an organisation, not organising)
    r"(?![^\W\d_])(?:\s+[^\W\d_]+){0,4}?\s+(?:الي\s+|عن\s+)?(?:تنفيذ|تنظيم(?!\s+(?:القاعده|الدوله|داعش|الاخوان))|شن|اجراء|خوض|الدخول\s+في|"
    r"اضراب|اضرابا|مسيره|وقفه|اعتصام|اعتصاما|مظاهره|تظاهره|احتجاج|احتجاجا|يوم\s+غضب)(?![^\W\d_])[^.!?؟\n]*$")
CLOCK_IN_SENTENCE = re.compile(r"(?<![^\W\d_])[وفبل]?(?:الساعه|صباحا|مساء|مساءا|ظهرا|ليلا|فجرا|عصرا)(?![^\W\d_])")
CLOCK_PART = re.compile(r"صباح|مساء|ظهر|زوال|ليل|فجر|عصر")
# A date that names a street or square ("نهج 9 أفريل", "شارع 26 يوليو", "ميدان 6 أكتوبر").
STREET_BEFORE = re.compile(r"(?:^|\s)[وفبل]?(?:نهج|شارع|ساحه|ميدان|جسر|طريق|حي|نزل|مدينه|ملعب|الملعب|مطار|ثكنه|معهد)\s+(?:(?:\d{1,2}|غره)\s+)?$")
SCORE_BEFORE = re.compile(r"(?:نتيجه|بنتيجه|النتيجه|بهدف|باهداف|فوز|خساره|تعادل)\s*$")
SELF_WEEKDAY = re.compile(rf"{WORD_START}(?<!اول\s)(?<!من\s)(?P<w>اليوم|امس|غدا)\s*[،,]?\s*\(?\s*(?:يوم\s+)?(?P<wd>{alt(WEEKDAYS)}){WORD_END}")
# The second hour of a clock range: "من الساعة 9 حتى 14".
CLOCK_RANGE_AFTER = re.compile(
    r"\s*(?:حتي|الي|و|-|–)\s*(?:الساعه\s+)?(?P<h>\d{1,2}(?:[:.,]\d{2})?)(?![\d,.]\d|\d|\s*(?:%|ساع|دقيق|يوم|ايام|شهر|اشهر|عام|سن))")
ORD_RANGE_BEFORE = re.compile(rf"(?<![^\W\d_])(?P<o>{ORD_ALT})\s*(?:و|الي|حتي|-|–)\s*$")
RANGE_BEFORE = re.compile(r"(?<![\d/.,-])(?P<d>\d{1,2})\s*(?:و|الي|حتي|-|–)\s*(?:ال)?$")
# Context that makes a bare "رمضان" the month, not a person's name ("رمضان صبحي").
RAMADAN_BEFORE = re.compile(
    r"(?:(?:^|\s)[وف]?(?:في|خلال|طوال|طيله|قبل|بعد|منذ|حتي|حلول|مطلع|بدايه|نهايه|اواخر|اوائل|منتصف|اول|ايام|ليالي|ليله|"
    r"صيام|صوم|شهر|مفطري|مفطرين|المفطرين\s+في|صائمي)\s+|(?:^|\s)[وف]?[بل])$")  # ("مفطري رمضان": those who break its fast)
RAMADAN_AFTER = re.compile(r"\s+(?:المبارك|الكريم|المعظم|الفضيل)")
# Words before a bare four-digit number that make it a year whatever follows ("منذ 2015 منصبا").
YEAR_BEFORE = re.compile(r"(?:منذ|حتي|قبل|بعد|خلال|مطلع|نهايه|بدايه|منتصف|اواخر|اوائل|موسم)\s+$")
# "N م" is metres, not the era's "م", when a race's surface or stroke follows or a distance word comes before:
# "(1600 م رملي، مليون دولار)", "مسافة 1500 م".
METRES_AFTER = re.compile(r"\s*(?:علي\s+)?(?:ال)?(?:مضمار|رملي|عشبي|رمل|عشب|حواجز|موانع|سباحه|حره|ظهر|فراشه|صدر|تتابع|عدو)(?![^\W\d_])")
METRES_BEFORE = re.compile(r"(?<![^\W\d_])[وفبل]?(?:ال)?(?:مسافه|مسافته|مسافتها|سباق|لمسافه)\s+$")
# After a bare year these words say it was a count, not a year ("2000 شخص").
COUNT_AFTER = re.compile(
    r"\s*(?:شخص|اشخاص|طن|طنا|دولار|درهم|يورو|ريال|جنيه|دينار|ليره|مليون|مليار|الف|متر|كيلو|كلم|كم|سائح|منصب|"
    r"قتيل|جندي|عنصر|مهاجر|طالب|مشارك|عامل|حاله|وحده|نسخه|صاروخ|سياره|منزل|مسكن|هكتار|ميغاواط|نقطه|%|"
    r"زائر|زوار|مواطن|لاجئ|مصاب|جريح|تلميذ|مترشح|ناخب|صوت|مقعد|عائله|اسره|موظف|لاعب|مشجع|متفرج|وظيفه|مخالفه|"
    r"مؤسسه|شركه|مدرسه|سرير|لتر|كلغ|كغ|غرام|ميل|قطعه|راس|طفل|امراه|رجل|سجين|معتقل|موقوف|متهم|"
    r"عسكري|مقاتل|شرطي|ضابط|مستوطن|مسلح|مليم|قاروره)(?![^\W\d_])")
COUNT_BEFORE = re.compile(r"(?<![^\W\d_])(?:نحو|حوالي|اكثر\s+من|اقل\s+من|قرابه|زهاء|من\s+اصل|رقم|العدد|ال)\s*$")
# A weekday that names a place: "سوق الأحد" (a town's market), not a day.
PLACE_BEFORE = re.compile(r"(?:^|\s)[وفبل]?(?:سوق|حمام)\s+$")
# "الكتاب العامين" (the general secretaries): an adjective after a definite noun, not "two years".
DEFINITE_BEFORE = re.compile(r"(?:^|\s)[وفبلك]?ال[^\W\d_]+\s+$")
# "في ذلك اليوم", "في نفس اليوم": a day already named (anaphoric, not annotated).
SAME_DAY_BEFORE = re.compile(r"(?:^|\s)(?:ذلك|تلك|نفس|ذات)\s+$")
# An ambiguous month name after a preposition of time is the month ("بتجربة في مارس", "من يناير حتى مارس").
MONTH_PREP_BEFORE = re.compile(
    r"(?:^|\s)[وف]?(?:في|منذ|حتي|خلال|قبل|بعد|الي|مطلع|منتصف|نهايه|بدايه|اواخر|اوائل)\s+$")
# An age: "في سن الحادية والثلاثين", "الحادية عشرة من العمر".
AGE_BEFORE = re.compile(r"(?:^|\s)[وفبل]?(?:سن|السن|عمر)\s+$")
AGE_AFTER = re.compile(r"\s+من\s+(?:ال)?عمر")
# A day–month inside the name of a dated event: "ثورة 25 يناير" (data/timex/lexicon.yaml event_dates).
EVENT_BEFORE = re.compile(rf"(?:^|\s)[وفبل]?(?P<w>{alt(EVENT_DATES)})\s+$")
# "ليلة الإثنين إلى الثلاثاء": a night named by both its days.
BUSINESS = re.compile(r"نتائج|ارباح|الارباح|ايرادات|الايرادات|مبيعات|المبيعات|نمو|النمو|الناتج|عائدات|العائدات|خسائر|"
                       r"الخسائر|صافي|التضخم|الاقتصاد|اقتصاد|مليون|مليار|بالمئه|بالمائه|%")
EXPECT = re.compile(r"(?<![^\W\d_])[وف]?(?:يتوقع|تتوقع|نتوقع|يتوقعون|توقعات|المتوقع|متوقع|تقديرات|تستهدف|يستهدف|توقع)(?![^\W\d_])")
SINCE_BEFORE = re.compile(rf"(?:^|\s)[وف]?منذ\s+(?:(?:{MODIFIER})\s+)?(?:(?:يوم|شهر)\s+)?$")
HALF_AFTER = re.compile(r"\s+و\s*نصف(?:\s+(?:ال)?(?:عام|سنه|شهر|ساعه|يوم|اسبوع|قرن|عقد))?(?![^\W\d_])")  # "ونصف العام"
# what the offset pattern's "event" lookahead reads after a unit, read again after a half ("قبل عام ونصف من تاريخها")
EVENT_AFTER = re.compile(r"\s+(?P<event>(?:من|علي)\s+(?!(?:ذلك|تلك|هذا|هذه|الان|اليوم|التاريخ|تاريخ|متن|يد|يدي)(?![\w]))(?:ال)?\w)")
NIGHT_PAIR_AFTER = re.compile(rf"\s*(?:(?:الي|-|/|و)\s*)?(?:يوم\s+)?(?:{alt(WEEKDAYS)})")
# a complementizer after a day: the day dates the report ("وأضاف اليوم السبت أن ...")
COMPLEMENTIZER = re.compile(r"(?<![^\W\d_])[وف]?(?:ان|بان|انه|انها|بانه|بانها)(?![^\W\d_])")
PAIR_AFTER = re.compile(rf"\s+(?P<mon2>{MONTH}){WORD_END}(?:\s*[،,]?\s*(?P<y>\d{{4}}){WORD_END})?")
# an imperfect verb (not a feminine perfect "تعرضت", "تمكنت") a few words before the end
PRESENT_CLAUSE = re.compile(r"(?<![^\W\d_])[وف]?(?:ي|ت(?!م|عرض|حول|وجه|سبب))(?!ذكر|قول|ضيف|شير|وضح)[^\W\d_]{2,}(?<![تا])(?:\s+(?!في|عند|علي|من)[^\W\d_]+){0,2}"
                             r"(?:\s+(?:في|عند|علي|من))?(?:\s+(?:بعض|كل)\s+[^\W\d_]+)?\s*$")
# an event in a present-tense relative clause just before a weekday: "الحفل الذي يجمعهما سوياً بدار الأوبرا"
_EVENT_REL_IMPERFECT = re.compile(
    r"(?<![^\W\d_])[وفبل]?(?:ال)?(?:حفل|حفله|مباراه|لقاء|عرض|مهرجان|اجتماع|مؤتمر|قمه|جلسه|مقابله|سهره|امسيه|ندوه|"
    # "الانتخابات التشريعية والرئاسية المبكرة التي تجرى الأحد": a vote told in a relative clause's present is ahead
    r"انتخابات|استفتاء|اقتراع|جوله|مسيره|تظاهره)"
    r"[\"»”]?(?:\s+(?:و\s*)?ال[^\W\d_]+){0,3}[\"»”]?\s+(?:الذي|التي)\s+(?:س?[يت])(?!م\s)[^\W\d_]{2,}(?<!ت)(?:\s+(?![وف]?(?:الذي|التي)(?![^\W\d_]))[^\W\d_]+){0,6}\s*(?:يوم\s+)?(?:صباح|مساء|ليله|ظهر)?\s*$")


def event_told_ahead(before: str) -> bool:
    """An event noun with a relative clause in the present right before the day (``_EVENT_REL_IMPERFECT``), unless the
    noun is the subject of a perfect of saying right before it: "أعلن مؤتمر الأساقفة الذي يتمتع بنفوذ كبير … الجمعة أن"
    (the bishops' conference, an institution, said it on a past Friday)."""
    m = _EVENT_REL_IMPERFECT.search(before[-90:])
    if m is None:
        return False
    head = before[:len(before) - 90 + m.start()] if len(before) > 90 else before[:m.start()]
    return not re.search(rf"{REPORT_PERFECT.pattern}\s*$", head)


LISTED_DAY_AFTER = re.compile(r"\s*(?P<d>\d{1,2})\s*(?:و|،|,)\s*")
OF_DAY_GAP = re.compile(r"\s*(?:ت\s*\.?\s*غ\s+)?من\s+(?:يومي?\s+)?")
CLOCK_RANGE_GAP = re.compile(r"\s*(?:و\s*)?(?:حتي|الي|-|–)\s*(?:الساعه\s+)?")
# between weekdays listed before their days: "يومي الاثنين والثلاثاء 14 و15 نوفمبر"
WEEKDAY_LIST_GAP = re.compile(rf"[\s،,و]*(?:(?:يوم\s+)?(?:{alt(WEEKDAYS)})[\s،,و]*)*")
TOMORROW_WEEKDAY = re.compile(rf"(?:غدا|غد|الغد)\s*[،,]?\s*(?:يوم\s+)?(?:{alt(WEEKDAYS)})")
SEASONS = {"صيف": ("SU", 6), "شتاء": ("WI", 12), "خريف": ("FA", 9), "ربيع": ("SP", 3), "صيفا": ("SU", 6),
            "خريفا": ("FA", 9)}
