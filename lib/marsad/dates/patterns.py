"""The candidate patterns: one named regex per kind of time expression, in priority order.

:data:`PATTERNS` lists ``(kind, compiled regex)`` pairs (numeric dates, day + month, Hijri dates, years, deictic
days, relative units, offsets, clocks, sets, vague times ...); :data:`PRIORITY` ranks overlapping matches by that
order, and :data:`TRIGGERS` holds a cheap literal pre-check per kind so a pattern runs only on text that contains
one of its words.
"""
from __future__ import annotations

import re

from marsad.dates.lexicon import (
    alt,
    ARTICLE_DIGIT,
    CENTURY_ORDINALS,
    DAY,
    DECADES,
    DUAL,
    DUAL_FORMS,
    EVENING_KINDS,
    EVENT_NOUNS,
    FEM_TENS,
    FEM_UNITS,
    HEDGE,
    HMONTH,
    HOURS,
    WORD_START,
    MONTH,
    NAMED_DAYS,
    NEXT,
    NUMBER,
    NUMWORD,
    ONE_UNITS,
    ORD_ALT,
    PART,
    PAST,
    PLURAL_UNITS,
    QUARTER_ORDINALS,
    WORD_END,
    REL,
    THIS,
    UNIT,
    UNITS,
    WEEKDAY,
    WEEKDAYS,
    YEARWORD,
)

__all__ = ["PATTERNS", "PRIORITY", "TRIGGERS"]

# (session 109) "عقد" before what is held is the verbal noun "holding", not a decade: "بعد عقد اجتماع مماثل مع الثلاثة
# الخميس", "قبل عقد اجتماع مع بوتين", "قبل عقد قمتين مرتقبتين" ("بعد عقد" read as 2028 dated a meeting ten years ahead);
# "بعد عقد من الزمن", "منذ عقد كامل", "قبل عقد ونصف" stay decades.
HOLDING_OBJECT = (r"\s+(?:ال)?(?:اجتماع|اجتماعات|اجتماعا|لقاء|لقاءات|لقاءا|قمه|قمتين|قمم|مؤتمر|مؤتمرات|مؤتمرا|جلسه|جلسات|"
                  r"جلستين|محادثات|مباحثات|مفاوضات|مشاورات|جوله|جولات|ندوه|ندوات|منتدي|حوار|انتخابات|مناورات|"
                  r"تدريبات|اتفاق|اتفاقات|اتفاقيه|اتفاقيات|صفقه|صفقات|هدنه|مصالحه|لقائ\w*|اجتماع\w*|قمت\w*)(?![^\W\d_])")

PATTERNS: list[tuple[str, re.Pattern]] = [
    # 19 - 06 - 2024, 19/6/2024, 19.06.2024 (day first, as the Arabic press writes it)
    # (a date in figures never runs over a line break: "خلال عام 2018.\n1.3 تلتزم" ends a year, then numbers a list item)
    ("numeric_dmy", re.compile(r"(?<![\d.,/-])(?P<d>\d{1,2})[^\S\n]*(?P<sep>[-/.])[^\S\n]*(?P<m>\d{1,2})[^\S\n]*(?P=sep)[^\S\n]*(?P<y>\d{4})(?![\d])")),
    # a Hijri date in figures: 16 / 8 / 1439هـ
    ("hijri_numeric", re.compile(r"(?<![\d.,/-])(?P<d>\d{1,2})\s*(?P<sep>[-/.])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<y>1[34]\d\d)\s*(?:ه|هجريه|هجري)(?![^\W\d_])")),
    # 2019/04/25, 2019-04-25
    # (nor does a year followed by a full stop and a space start one: "رؤية 2030. 2.2 تدرك" is a sentence end, then a list number)
    ("numeric_ymd", re.compile(r"(?<![\d.,/-])(?P<y>\d{4})(?!\.\s)[^\S\n]*(?P<sep>[-/.])[^\S\n]*(?P<m>\d{1,2})[^\S\n]*(?P=sep)[^\S\n]*(?P<d>\d{1,2})(?!\d|\.\d)")),
    # [weekday] 19 [من] [شهر] يونيو[/حزيران] [2024 | الماضي ...]
    # ("يوم 10/ سبتمبر أيلول": a slash between the day's figures and the month's name)
    ("day_month", re.compile(
        rf"(?:{WORD_START}|{ARTICLE_DIGIT})(?:(?P<part>{PART}|الليله)\s+(?=\S*\s*\d|يوم|{WEEKDAY}|(?:{ORD_ALT})\s+من\s))?(?:(?P<wd>{WEEKDAY})\s*[،,]?\s*)?(?:يوم\s+)?{DAY}(?:\s+|(?<=\d)(?=[^\W\d_])|(?<=\d)\s*/\s*(?=[^\W\d_]))(?:من\s+)?(?:شهر\s+)?(?P<mon>{MONTH})"
        rf"(?:\s*/\s*{MONTH}|\s*\(\s*{MONTH}\s*\))?(?:\s*[،,]?\s*{YEARWORD}?(?P<y>\d{{4}})(?:\s*م{WORD_END})?|\s+(?P<rel>{REL}))?{WORD_END}")),
    # 19 من الشهر الجاري / الماضي / المقبل
    # "إجراء دورة ثانية في 12 منه" after "3 آب/أغسطس": a day of the month just named
    ("day_of_it", re.compile(rf"(?:(?<=(?<![^\W\d_])في\s)|(?<=(?<![^\W\d_])يوم\s))(?P<d>\d{{1,2}})(?=\s+منه{WORD_END})")),
    ("day_rel_month", re.compile(
        rf"(?:{WORD_START}|{ARTICLE_DIGIT}){DAY}\s+(?:من\s+)?(?:(?P<this>هذا)\s+)?الشهر(?:\s+(?P<rel>{REL}))?{WORD_END}")),
    # [شهر] سبتمبر[/أيلول] [2023 | الماضي | المقبل | الجاري]
    ("month", re.compile(
        rf"{WORD_START}(?P<shahr>شهر\s+)?(?P<mon>{MONTH})(?P<pair>\s*/\s*{MONTH}|\s*\(\s*{MONTH}\s*\))?"
        rf"(?:\s*[،,]?\s*{YEARWORD}?(?P<y>\d{{4}})(?:\s*م{WORD_END})?|\s+(?P<rel>{REL}))?{WORD_END}")),
    # Hijri: 13 ذو الحجة 1445 هـ, رمضان الماضي, 1445 هـ
    ("hijri_date", re.compile(
        rf"{WORD_START}(?:(?P<d>\d{{1,2}})\s+(?:من\s+)?|(?P<dord>{ORD_ALT})\s+من\s+)?(?P<shahr>شهر\s+)?(?P<hmon>{HMONTH})(?:\s+(?:(?:من\s+)?(?:عام|العام|سنه|لسنه|لعام)\s+)?(?P<y>\d{{3,4}})\s*(?:هجريه|هجري|للهجره|للهجري|ه){WORD_END}?|\s+(?P<rel>{REL}))?{WORD_END}")),
    ("hijri_year", re.compile(rf"{WORD_START}(?:{YEARWORD})?(?P<y>\d{{3,4}})\s*(?:هجريه|هجري|للهجره|للهجري|ه){WORD_END}")),
    # عام 2022, العام 1887, 2002م, bare 2026
    # ("في2016", "حتى2013": a preposition glued to the year stays in the span, as the gold's "عام1983")
    ("year", re.compile(rf"{WORD_START}(?P<kw>(?:عام|العام|سنه|(?<=ل)لعام|(?<=ل)لسنه)\s*|(?:في|حتي|منذ|قبل|بعد|خلال)(?=\d{{4}}(?!\d)))?(?<![\d.,/])(?P<y>\d{{4}})(?P<m>\s*م)?(?!\d|[.,/]\d){WORD_END}")),
    # الخمسينيات [من القرن الماضي | من القرن العشرين]
    ("decade", re.compile(
        rf"{WORD_START}(?:ال)?(?P<dec>{alt(DECADES)})(?:يات|ات)(?P<cent>\s+(?:من\s+)?(?:ال)?قرن\s+(?P<ord>{PAST}|{alt(CENTURY_ORDINALS)}|(?:ال\s*)?\d{{2}}))?{WORD_END}")),
    # القرن الماضي, القرن التاسع عشر, القرن 19, القرن الـ19
    ("century", re.compile(
        # ("للقرن التاسع عشر": the article after a glued "ل" loses its alif; the span keeps both, as the gold's; not the
        # studio's name "فوكس للقرن العشرين", Twentieth Century Fox, which the TimeML 25 leave out)
        rf"(?<!فوكس\s)(?:(?<![^\W\d_])[وف]?لل|{WORD_START}(?:ال)?)قرن(?:\s+|(?=\d))(?P<c>{PAST}|{THIS}|{alt(CENTURY_ORDINALS)}|(?:ال\s*)?\d{{1,2}}){WORD_END}")),
    # الألفية الثالثة, للألفية الثانية (TimeML writes the third millennium as "2", the years 2000-2999)
    ("millennium", re.compile(rf"(?:(?<![^\W\d_])[وف]?لل|{WORD_START}ال)الفيه\s+(?P<c>الاولي|الثانيه|الثالثه){WORD_END}")),
    # أمس, أول أمس, اليوم, غدا, بعد غد ("زوال اليوم", Tunisian: this afternoon, as "بعد زوال اليوم")
    ("deictic_day", re.compile(
        rf"{WORD_START}(?:(?P<hours>ساعه\s+(?:مبكره|متاخره)\s+من|ساعات|قرابه|حوالي|نحو)\s+(?=(?:صباح|مساء|ليله|ليل|فجر|ظهر|عصر)\s))?(?:(?P<part>بعد\s+ظهر|بعد\s+زوال|زوال|{PART}|ليل)\s+(?:يوم\s+)?|(?P<yawm>يوم)\s+(?=امس|غد))?(?P<w>(?:ال)?اول\s+من\s+امس|اول\s+امس|امس\s+الاول|امس|الامس|البارحه|غدا|غد|بعد\s+غد|الغد|"
        # ("الليلة الفارطة", "الليلة المنصرمة": last night, as "الليلة الماضية")
        rf"الليله\s+(?:الماضيه|الفارطه|المنصرمه|المنقضيه)|الليله\s+قبل\s+الماضيه|الليله\s+قبل\s+البارحه|"
        # (not a night named by an adjective, an event: "المشاركة في الليلة الحجازية", "الليلة الختامية")
        rf"الليله(?!\s+(?:التاليه|نفسها|ذاتها)|\s+ال(?!ماضيه|حاليه|جاريه)[^\W\d_]{{2,}}يه(?![^\W\d_]))|"
        rf"هذا\s+المساء|هذا\s+الصباح|هذه\s+الليله|هذه\s+الامسيه|يومنا\s+هذا|"
        rf"اليوم(?!\s+(?:الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|الاخير|العالمي|الوطني|الدولي|التالي|ذاته|نفسه)(?![^\W\d_]))"
        # a day named by an adjective is an event, not today: "اليوم الدراسي", "اليوم المفتوح"; a day a relative clause
        # names is the day of that act, not today: "في اليوم الذي شنت فيه ضربات", "سيأتي اليوم الذي …"
        rf"(?!\s+(?:ال[^\W\d_]{{2,}}ي|المفتوح|المفتوحه|الذي|التي)(?![^\W\d_])))(?:\s*[،,]?\s*(?P<wd>{WEEKDAY})(?:\s*[،,]?\s*\d{{1,2}}(?:\s+|(?<=\d)(?=[^\W\d_])){MONTH}(?:\s+\d{{4}})?)?)?"
        # "غدا صباحا", "أمس مساء": the half of the day after the day
        rf"(?:(?<![هل])\s+(?P<part2>صباحا|مساءا|مساء|ليلا|ظهرا|فجرا|عصرا)(?!\s+(?:{WEEKDAY}|يوم|غدا|غد|الغد|امس|الامس|اليوم)))?{WORD_END}")),
    # اليوم التالي; "صبيحة اليوم التالي": a part of the next day is a TIME
    ("next_day", re.compile(rf"{WORD_START}(?:(?P<part>صباح|صبيحه|مساء|عشيه|ظهر|ظهيره|فجر|عصر|ليله|ليل)\s+)?(?P<w>اليوم|الليله|الساعات)\s+(?P<dir>التالي|السابق)(?:ه)?{WORD_END}")),
    # الأربعاء, يوم الاثنين المقبل, صباح الثلاثاء
    # "ساعة مبكرة من صباح الاثنين", "ساعات ليل الأحد", "قرابة ظهر يوم الأربعاء": the hours of that part of the day
    ("weekday", re.compile(rf"{WORD_START}(?:(?P<hours>ساعه\s+(?:مبكره|متاخره)\s+من|ساعات|قرابه|حوالي|نحو)\s+(?=(?:صباح|مساء|ليله|ليل|فجر|ظهر|عصر)\s))?(?:(?P<part>الساعات\s+الاولي\s+من(?:\s+صباح|\s+فجر)?|صباح|صبيحه|مساء|عشيه|سهره|بعد\s+ظهر|بعد\s+زوال|زوال|ظهيره|ظهر|ليله|ليل|فجر|عصر|منتصف\s+نهار)(?:\s*[\"”“»]\s*|\s+[\"“«]\s*|(?<=نهار)\s*[،,]\s*|\s+))?(?P<wd>{WEEKDAY})(?:\s+(?P<rel>(?P<two>قبل\s+|بعد\s+)?(?:{PAST}|{NEXT})))?"
        # "الأربعاء ليلا", "الخميس صباحا": the half of the day after the weekday (as "غدا صباحا"), one TIME
        rf"(?:\s+(?P<part2>صباحا|مساءا|مساء|ليلا|ظهرا|فجرا|عصرا)(?!\s*(?:{WEEKDAY}|يوم|غدا|غد|الغد|امس|الامس|اليوم|\d)))?{WORD_END}")),
    # الأسبوع الماضي, الشهر الجاري, العام المقبل, هذا العام
    ("relative_unit", re.compile(
        # ("السنة التالية": the feminine of التالي, which NEXT leaves out for the other kinds)
        rf"{WORD_START}(?:(?P<this>هذا|هذه)\s+)?(?P<u>الاسبوع|الشهر|العام|السنه|العقد)(?:\s+(?P<rel>(?P<two>قبل\s+|بعد\s+)?(?:{REL}|(?<=السنه\s)التاليه)))?{WORD_END}")),
    # العقد الأول من القرن الحالي / العشرين; the first days of a span: اليوم الأول من الزيارة
    ("decade_ordinal", re.compile(
        rf"{WORD_START}العقد\s+(?P<ord>{ORD_ALT})\s+(?:من\s+)?(?:هذا\s+)?(?:ال)?قرن(?:\s+(?P<c>{PAST}|{THIS}|{alt(CENTURY_ORDINALS)}|(?:ال\s*)?\d{{1,2}}))?{WORD_END}")),
    # "لليوم الثاني على التوالي", "للشهر السادس على التوالي": a day or a month counted in a run, not a calendar one
    # "للعام الثالث على التوالي", "للسنة الثالثة على التوالي": a year counted in a run too (XXXX)
    ("nth_running", re.compile(rf"(?<![^\W\d_])[وف]?(?:ال|لل)(?:(?P<u>يوم|شهر|اسبوع|عام)\s+(?P<ord>{ORD_ALT})"
                               rf"|(?P<u2>سنه)\s+(?P<ord2>(?:{alt(FEM_UNITS)})(?:\s+عشره)?|الاولي|الاخيره))(?=\s+علي\s+التوالي{WORD_END})")),
    # ("اليوم الإفتتاحي" / "اليوم الختامي" of a championship: its opening / closing day, a counted day of an event)
    ("nth_day", re.compile(rf"{WORD_START}اليوم\s+(?P<ord>الاول|الثاني|الثالث|الرابع|الخامس|الاخير|الافتتاحي|الختامي){WORD_END}"
                           rf"(?!\s+(?:من\s+)?(?:شهر|{MONTH}))")),
    # قبل أربع سنوات, منذ ما يقرب من ربع قرن, 26 عاما, يومين, أكثر من 50 عاما
    ("offset", re.compile(
        # (a count after the article: "الثلاثين سنة" inside the span, "الـ15 عاما" with the article outside)
        rf"(?:{WORD_START}|{ARTICLE_DIGIT})(?:(?P<prep>قبل|منذ|بعد)\s+)?(?:(?P<hedge>{HEDGE})\s+)?"
        rf"(?:(?P<frac>ربع|نصف)\s+(?P<funit>قرن|ساعه|عقد)|(?P<al>ال(?={NUMWORD}\s))?(?(hedge)(?:ال(?=\d))?)(?P<n>{NUMBER})(?:\s+|(?<=\d))(?P<u>{UNIT})"
        rf"(?(al)(?!\s+(?:{alt(WEEKDAYS)}|{MONTH})(?![^\W\d_]))(?:\s+(?:الاولي|الاخيره|الماضيه|المقبله|القادمه|الفائته|المنصرمه))?)|(?P<dual>{DUAL})|(?P<bare>بضع|بضعه|عده)\s+(?P<u2>{UNIT})"
        rf"|(?P<one>{alt(ONE_UNITS)})(?!\s+(?:{alt(WEEKDAYS)}|{MONTH}|من\s+(?:ال)?(?:عمر|اجل)))(?!(?<=عقد){HOLDING_OBJECT})(?:\s+واحد(?:ه|ا)?)?"
        rf"|(?P<plural>{alt(PLURAL_UNITS)})(?:\s+(?:قليل(?:ه|ا)?|طويله|عديده))?)"
        rf"{WORD_END}(?!\s*[-/.]?\s*\d)(?:\s+(?P<approx>تقريبا){WORD_END})?"
        rf"(?=\s+(?P<event>(?:من|علي)\s+(?!(?:ذلك|تلك|هذا|هذه|الان|اليوم|التاريخ|تاريخ|متن|يد|يدي){WORD_END})(?:ال)?\w))?")),
    # الأيام الماضية, السنوات الخمس الماضية, العامين الماضيين, السنوات الأخيرة
    ("plural_rel", re.compile(
        # (also after a glued "ل", whose "ال" loses its alif: "للأعوام الثلاثة المقبلة")
        rf"(?:{WORD_START}(?P<u>الايام|الاسابيع|الاشهر|الشهور|السنوات|الاعوام|العقود|العامين|السنتين|الشهرين|اليومين|الاسبوعين|العقدين|القرنين|الساعات)"
        rf"|(?:(?<![^\W\d_])|(?<=(?<![^\W\d_])[وف]))(?P<lu>لل(?:ايام|اسابيع|اشهر|شهور|سنوات|اعوام|عقود|عامين|سنتين|شهرين|يومين|اسبوعين|عقدين|قرنين|ساعات)))"
        rf"(?:\s+(?:ال)?(?P<n>{NUMWORD})|\s+القليله)?\s+(?P<rel>الماضيه|الماضيين|الماضيتين|المنقضيه|المنصرمه|الفائته|الاخيره|الاخيرين|المقبله|المقبلين|المقبلتين|القادمه|القادمين|القادمتين|اللاحقه|الاولي){WORD_END}")),
    # an age as an ordinal: "في الحادية والثلاثين من عمرها", "في الحادية عشرة من العمر"
    ("age_ordinal", re.compile(
        rf"{WORD_START}(?P<age>(?:{alt(FEM_UNITS)})(?:\s+عشره|\s+و\s*(?:{alt(FEM_TENS)}))?|{alt(FEM_TENS)})"
        rf"{WORD_END}")),
    # an indefinite stretch in the accusative: "يستغرق التحقيق أشهرا", "استمر أياما"
    ("plural_acc", re.compile(rf"{WORD_START}(?<!\d\s)(?P<u>اشهرا|شهورا|اياما|اعواما|عقودا|قرونا|اسابيعا?|ساعات\s+طويله){WORD_END}")),
    ("set_adj", re.compile(rf"{WORD_START}ال(?P<w>يومي|اسبوعي|شهري|سنوي)(?:ه|ين|ات)?{WORD_END}"
                           rf"|(?:(?<=صوره\s)|(?<=بشكل\s)|(?<=اساس\s))(?P<w2>يومي|اسبوعي|شهري|سنوي)(?:ه)?{WORD_END}"
                           # "موعد سنوي", "معاش شهري": the indefinite adjective of an indefinite noun (not "يومي", everyday)
                           rf"|(?<=[^\W\d_]{{2}}\s)(?P<w3>اسبوعي|شهري|سنوي)(?:ه)?{WORD_END}(?!\s+{MONTH}{WORD_END})")),
    ("set_weekday", re.compile(rf"{WORD_START}كل\s+(?:يوم\s+)?(?:ال)?(?P<wd>{alt(w.removeprefix('ال') for w in WEEKDAYS)}){WORD_END}")),
    ("set", re.compile(rf"{WORD_START}(?P<w>يوميا|اسبوعيا|شهريا|سنويا|كل\s+(?:(?P<n>\d+|{NUMWORD})\s+)?(?P<u>{UNIT}|{DUAL})|اليوميه|يوميه|"
                       rf"(?:مره|مرتين|(?P<times>\d+|{NUMWORD})\s+مرات)\s+(?:في|كل)\s+(?P<u3>{UNIT})){WORD_END}"
                       rf"(?:\s+(?P<approx>تقريبا){WORD_END})?")),  # "كل سنتين تقريبا": a SET, APPROX
    ("vague", re.compile(rf"{WORD_START}(?P<w>(?:(?<=الي حد )|(?<=حتي حد ))الساعه(?![^\W\d_])(?!\s+(?:ال|\d))|منذ\s+قليل|قبل\s+قليل|بعد\s+قليل|لاحقا|الان(?!\s+(?:نفسه|نفسها|ذاته|ذاتها)(?![^\W\d_]))|حاليا|راهنا|مؤخرا|موخرا|سابقا|في\s+السابق|في\s+الماضي|"
                         # "قريبا من الصعود" / "قريبا منه": close to, no "soon"
                         rf"قريبا(?!\s+(?:جدا\s+)?من)|هذه\s+الايام|(?<=في\s)الوقت\s+(?:الحالي|الراهن)|"
                         rf"المستقبل\s+القريب|الفتره\s+الاخيره|الفتره\s+الماضيه|الاونه\s+الاخيره|"
                         # "في الفترة الحالية", "وتشهد الفترة الحالية": the present stretch (as "في الوقت الحالي"; every
                         # one in the gold parts is annotated, with or without a preposition)
                         rf"الفتره\s+(?:الحاليه|الراهنه)|"
                         # "شن هجمات في المستقبل", "يتم استهدافه من خلالها بالمستقبل": the future as a time (not "بناء
                         # المستقبل", "المستقبل السياسي")
                         rf"(?:(?<=في\s)|(?<=(?<![^\W\d_])ب)|(?<=(?<![^\W\d_])وب))المستقبل(?!\s+ال[^\W\d_]|\s+(?:ل|من)[^\W\d_])){WORD_END}")),
    # الربع الأول من العام الجاري, النصف الثاني من 2017
    ("quarter", re.compile(
        rf"{WORD_START}(?P<q>الربع|النصف)\s+(?P<ord>{alt(QUARTER_ORDINALS)})(?:\s+(?:من\s+)?(?:(?P<yw>(?:ال)?(?:عام|سنه))\s*)?"
        rf"(?:(?P<y>\d{{4}})|(?P<rel>{REL})|(?P<this>هذا|هذه)\s+(?:العام|السنه))?)?{WORD_END}")),
    # منتصف الليل, منتصف ليل الجمعة السبت (the Saturday at 00:00), منتصف ليل الجمعة
    ("midnight", re.compile(
        rf"{WORD_START}(?:(?P<hedge>نحو|حوالي|قرابه)\s+)?(?:(?P<noon>منتصف\s+النهار)|منتصف\s+(?:ال)?ليل(?:ه)?(?:\s+(?P<last>الماضيه)|\s+(?:يوم\s+)?(?P<wd>{alt(WEEKDAYS)})"
        rf"(?:\s*(?:الي|-|/|و)?\s*(?:يوم\s+)?(?P<wd2>{alt(WEEKDAYS)}))?)?){WORD_END}")),
    # الأسبوع الأول من مارس [الماضي | 2018]: the ISO week of that month's week
    ("month_week", re.compile(
        rf"{WORD_START}(?:ال)?اسبوع\s+(?P<ord>الاول|الثاني|الثالث|الرابع|الاخير)\s+(?:من\s+)?(?:(?:شهر\s+)?(?P<mon>{MONTH})"
        rf"(?:\s*/\s*{MONTH}|\s*\(\s*{MONTH}\s*\))?(?:\s*[،,]?\s*{YEARWORD}?(?P<y>\d{{4}})(?:\s*م{WORD_END})?|\s+(?P<rel>{REL}))?"
        rf"|(?P<this>هذا\s+)?الشهر(?:\s+(?P<mrel>{REL}))?){WORD_END}")),
    # "خلال الـ24 ساعة الماضية", "الـ48 ساعة المقبلة": a counted stretch up to or from now
    ("n_rel", re.compile(
        rf"(?:{WORD_START}|{ARTICLE_DIGIT})(?P<n>\d{{1,4}})\s*(?P<u>{UNIT})\s+(?P<rel>الماضيه|الماضي|الاخيره|الاخير|المقبله|المقبل|"
        rf"القادمه|القادم|الفائته|المنصرمه|الاولي){WORD_END}")),
    # كل صباح, كل مساء, كل ليلة: a recurring part of the day
    ("set_part", re.compile(rf"{WORD_START}كل\s+(?P<part>صباح|مساء|ليله|فجر)(?!\s+(?:يوم\s+)?(?:{alt(WEEKDAYS)})){WORD_END}")),
    # one unit counted in the accusative: "بسجنه عاما واحدا", "تدوم البطولة أسبوعا", "ساعة كاملة"
    ("one_acc", re.compile(
        rf"{WORD_START}(?:(?P<verb>(?:[يتن]?(?:دوم|ستمر|ستغرق|قضي|مكث|بقي|ظل|مضي|مهل)|دام|دامت|استمر|استمرت|استغرق|استغرقت|قضي|قضت|"
        rf"مكث|مكثت|بقي|بقيت|ظل|ظلت|امضي|امضت|يمضي|تمضي)\s+(?:[^\W\d_]+\s+)?)(?P<u>يوما|اسبوعا|شهرا|عاما)"
        rf"(?:\s+(?:واحدا|كاملا|كامله|بالتمام)(?![^\W\d_]))?"
        rf"|(?P<u2>يوما|اسبوعا|شهرا|عاما|سنه|ساعه|دقيقه|يوم|اسبوع|شهر|عام)\s+(?:واحدا|واحده|واحد|كاملا|كامله|كامل|بالتمام))"
        rf"{WORD_END}")),
    # a prison term of one unit: "حكم عليه بالسجن سنة", "بسجنه عاما"
    ("prison_term", re.compile(rf"(?<=سجن\s)(?P<u>سنه|عاما|عام|شهرا|شهر|يوما|اسبوعا){WORD_END}|(?:(?<=سجنه\s)|(?<=سجنها\s))(?P<u2>سنه|عاما|عام|شهرا|شهر|يوما|اسبوعا){WORD_END}")),
    # an indefinite day to come: "سيصلّون يوما في القدس", "يوما ما"
    ("someday", re.compile(rf"{WORD_START}(?P<w>يوما\s+ما|يوم\s+من\s+الايام|يوما)(?!\s+(?:بعد|اخر|واحدا|كاملا|او|وليله))(?![\w]){WORD_END}")),
    # الساعة العاشرة صباحا, الساعة 10:30 مساء
    ("clock", re.compile(
        rf"{WORD_START}(?:(?P<hedge>نحو|حوالي|قرابه)\s+)?(?:ال)?ساعه\s+(?:ال\s*(?=\d))?(?P<h>\d{{1,2}}(?:[:.,]\d{{2}})?|{alt(HOURS)})(?:\s+و\s*(?P<frac>النصف|الربع|الثلث|نصف|ربع|ثلث)|\s+و\s*(?P<min>\d{{1,2}}|{NUMWORD}(?:\s+و\s*{NUMWORD})?)\s*(?:دقيقه|دقائق|دق|د)(?![^\W\d_])"
        # the seconds of a seismograph's clock are part of it: "الساعة الثانية و51 دقيقة و03 ثواني من بعد زوال اليوم"
        rf"(?:\s+و\s*(?:\d{{1,2}}|{NUMWORD})\s*(?:ثانيه|ثوان|ثواني)(?![^\W\d_]))?"
        rf"|\s+الا\s+(?P<less>ربعا|ربع|ثلثا|ثلث|(?:\d{{1,2}}|{NUMWORD})\s+(?:دقيقه|دقائق|دقايق)))?"
        rf"(?:\s+(?:من\s+)?(?P<part>صباحا|مساءا|ظهرا|زوالا|بعد\s+الظهر|بعد\s+الزوال|قبل\s+الزوال|ليلا|فجرا|عصرا|بعد\s+منتصف\s+الليل|"
        # a part in the construct state belongs to a day named after it ("من مساء الخميس")
        # (and to a date after it: "الساعة العاشرة صباح 11 إبريل")
        # (a clock after it is its GMT time, not a date: "الساعة السابعة مساء 16,00) ت غ)")
        rf"(?:صباح|مساء|الظهر|الفجر)(?!\s+(?:{WEEKDAY}|يوم\s+(?:غد|امس)|غدا|غد|الغد|امس|الامس|اليوم|\d(?!\d?[:.,]\d\d)|(?:{ORD_ALT})\s+من\s))))?"
        # minutes after the half of the day: "الساعة الثامنة ليلا و44 دقيقة"
        rf"(?:(?<=\d)\s*(?P<ampm>[مص])(?![^\W\d_]))?"  # "الساعة 6.40 م"
        rf"(?:(?<=[اء])\s+و\s*(?P<min2>\d{{1,2}}|{NUMWORD}(?:\s+و\s*{NUMWORD})?)\s*(?:دقيقه|دقائق)(?![^\W\d_]))?"
        # (a GMT clock glued to the half of the day is no part of it: "الحادية عشرة ليلا21,00 ت غ")
        rf"(?:{WORD_END}|(?<=[^\W\d_])(?=\d))")),
    # an hour word with a part of the day, without "الساعة": "من التاسعة صباحا وحتى التاسعة مساء"
    ("clock_word", re.compile(
        rf"{WORD_START}(?P<h>{alt(HOURS)})(?:\s+و\s*(?P<frac>النصف|الربع|نصف|ربع)"
        rf"|\s+و\s*(?P<min>\d{{1,2}}|{NUMWORD}(?:\s+و\s*{NUMWORD})?)\s*(?:دقيقه|دقائق)(?![^\W\d_])"
        # "الثامنة إلا ربعا صباحا" (a quarter to eight), as the clock with "الساعة"
        rf"|\s+الا\s+(?P<less>ربعا|ربع|ثلثا|ثلث|(?:\d{{1,2}}|{NUMWORD})\s+(?:دقيقه|دقائق|دقايق)))?"
        rf"(?:\s+(?P<part>صباحا|مساءا|مساء|ظهرا|زوالا|ليلا|فجرا|عصرا|بعد\s+الظهر|بعد\s+الزوال){WORD_END}"
        rf"(?!\s+(?:{WEEKDAY}|يوم\s+(?:غد|امس)|غدا|غد|الغد|امس|الامس|اليوم))"
        # "في السابعة من مساء يوم الخميس": the half of the day is the named day's, outside the span
        rf"|(?=\s+من\s+(?:صباح|مساء|ظهر|بعد\s+ظهر|ليل|ليله|فجر)\s+(?:يوم\s+)?(?:{WEEKDAY}|اليوم|امس|الامس|غد|الغد))"
        # "عند السابعة صباح الأربعاء": the same without "من" (a clock preposition before the hour, checked in _plausible)
        rf"|(?P<bare_of>(?=\s+(?:صباح|مساء|ظهر|ليل|فجر)\s+(?:يوم\s+)?(?:{WEEKDAY}|اليوم|امس|الامس|غد|الغد)(?![^\W\d_])))"
        # "في تمام الرابعة بتوقيت غرينتش (السابعة بتوقيت السعودية)": an hour word with its time zone (the same check)
        rf"|(?P<bare_zone>(?=\s+(?:بتوقيت|بالتوقيت|توقيت|ت\s*غ)(?![^\W\d_]))))")),
    # a bare hour word after a preposition, in a sentence that told a clock time before it: "ينتهي التصويت في السابعة
    # مساء … وتغلق اللجان في الثامنة" (see find_candidates: the clock before is required)
    ("clock_after", re.compile(
        rf"(?:(?<=في\s)|(?<=علي\s)|(?<=حتي\s))(?P<h>{alt(HOURS)})(?![^\W\d_])"
        rf"(?!\s+(?:و\s*)?(?:النصف|الربع|الثلث|نصف|ربع|الا|من|صباح|مساء|ليل|فجر|ظهر|\d|{NUMWORD})(?![^\W\d_]))")),
    # a digit hour with a part of the day, after a preposition or a conjunction: "من 9 صباحا إلى 5 مساء"
    ("clock_digit", re.compile(
        # ("في تمام 8 مساء", "على 8 صباحا", "في 9 ليلا": a clock preposition of the news before the hour in figures)
        "(?:" + "|".join(f"(?<={w}\\s)" for w in ("من", "الي", "حتي", "عند", "نحو", "حوالي", "قرابه", "بين", "و", "تمام", "علي",
                                                   "في")) + ")"
        rf"(?P<h>\d{{1,2}})\s+(?P<part>صباحا|مساءا|مساء|ظهرا|ليلا|فجرا|عصرا){WORD_END}"
        rf"(?!\s+(?:{WEEKDAY}|يوم\s+(?:غد|امس)|غدا|غد|الغد|امس|الامس|اليوم))")),
    # days with a fixed date: "اليوم العالمي للمرأة" (March 8), "عيد الفصح" (Easter), "يوم الأرض"
    # "ليلة رأس السنة", "ليلة عيد الفطر": the night before the named day (its eve), a TIME
    ("named_day", re.compile(rf"{WORD_START}(?:(?P<night>ليله)\s+)?(?P<name>{alt(NAMED_DAYS)})(?:\s+(?:لعام\s+|لسنه\s+)?(?P<y>\d{{4}}))?{WORD_END}")),
    # "في فترة بعد الظهر": a part of the day named alone is a TIME on the day of its context
    # "ساعات المساء الأولى", "الساعات الأولى من الصباح": the early or late hours of a part of the day
    ("part_of_day", re.compile(rf"{WORD_START}(?:(?P<part>بعد\s+الظهر|بعد\s+الظهيره|بعد\s+الزوال)"
                               rf"|(?:ال)?ساعات\s+(?P<p2>الصباح|المساء|الليل|الفجر|الظهيره)\s+(?:الاولي|الاخيره|المتاخره|الباكره)"
                               rf"|الساعات\s+(?:الاولي|الاخيره|المتاخره)\s+من\s+(?P<p3>الصباح|المساء|الليل|الفجر)"
                               # "صباح نفس اليوم": a part of the day already named is new information (a TIME of it)
                               rf"|(?P<p4>صباح|صبيحه|مساء|عشيه|ظهيره|ظهر|فجر|ليله|ليل|عصر)\s+(?:(?:نفس|ذات)\s+اليوم|اليوم\s+(?:نفسه|ذاته))"
                               # "نشرت صباح الاعتداء": the part of the day of an event the story has dated (the part alone)
                               rf"|(?P<p5>صباح|مساء|ليله|فجر)(?=\s+(?:{alt(EVENT_NOUNS)})(?![^\W\d_]))"
                               # "حتى وقت متأخر من المساء", "وقع الانهيار عند الظهر", "لقصف كثيف خلال النهار": a part of
                               # the day named alone after a late hour, "عند" or "خلال" (a night after "خلال" is a "sun" row)
                               # (not the plural "ساعات متأخرة من الليل", mostly a habit: "ساعات التصوير … حتى ساعات
                               # متأخرة من الليل")
                               rf"|(?:(?<=وقت متاخر من )|(?<=ساعه متاخره من ))(?P<p6>المساء|الليل)"
                               rf"|(?<=عند )(?P<p7>الظهر|الظهيره)(?!\s+(?:يوم|{alt(WEEKDAYS)}|اليوم|امس|غد))"
                               rf"|(?<=خلال )(?P<p8>النهار)){WORD_END}")),
    # a bare "20:45" / "2:45 صباحا" (hours 0-24, two-digit minutes; not a score)
    ("clock_bare", re.compile(
        # ("10.30 صباحا", "14h30": a point or a comma between hour and minutes with the half of the day after it, the French h)
        # (not "بزمن وقدره 02:01.38 دقيقة": minutes, seconds and hundredths, a race time)
        rf"(?<![\d:.,/-])(?P<h>\d{{1,2}}:\d{{2}}(?![.,]\d)|\d{{1,2}}h\d{{2}}|(?:\d{{1,2}}[,.]\d{{2}}|\d{{4}})(?=\s*(?:ت\s*غ|بتوقيت|توقيت))"
        rf"|\d{{1,2}}[,.]\d{{2}}(?=\s+(?:صباحا|مساء|مساءا|ليلا|فجرا|عصرا)(?![^\W\d_])))(?![\d:])(?:\s+(?P<part>صباحا|مساء|مساءا|ظهرا|ليلا|فجرا|عصرا)(?!\s+(?:{WEEKDAY}|يوم\s+(?:غد|امس)|غدا|غد|الغد|امس|الامس|اليوم)))?{WORD_END}")),
    # sunset and sunrise, and a bare night or dawn adverb: a TIME only on a day its sentence names (see on_sentence_day)
    # ("غروب شمس يوم الجمعة 26 ماي": in the construct state, the sunset of the day named right after it)
    ("sun", re.compile(rf"{WORD_START}(?P<w>(?:غروب|شروق|طلوع)\s+شمس(?=\s+(?:يوم|{alt(WEEKDAYS)}|\d))|غروب\s+الشمس|شروق\s+الشمس|طلوع\s+الشمس|طلوع\s+الفجر|الغروب|الشروق(?=\s+(?:يوم|و))){WORD_END}"
                       rf"|(?<![^\W\d_])(?P<adv>ليلا|فجرا){WORD_END}(?!\s+(?:و\s*)?نهارا?(?![^\W\d_]))"
                       # "واستمرت المواجهات طوال الليل": the whole night of a story (a bare night, as ليلا)
                       rf"|(?:(?<=طوال\s)|(?<=خلال\s))(?P<night>الليل){WORD_END}"
                       # "ليهدي الإمارات البطولة … في أمسية استثنائية" after "أمس" in its sentence: that day's evening
                       rf"|(?:(?<=في\s)|(?<=خلال\s))(?P<eve>امسيه){WORD_END}(?!\s+(?:{alt(EVENING_KINDS)})(?![^\W\d_]))"
                       # a bare half of the day with a day in its sentence: "وصل الأحد … وتناول العشاء مساءً"
                       rf"|(?<![^\W\d_])(?<!\d\s)(?<!صباحا\s)(?<!ذات\s)(?<!دقيقه\s)(?<!دقائق\s)(?<!النصف\s)(?<!الربع\s)(?P<half>صباحا|مساء|مساءا|عصرا)[\u064b\u064c\u064d]?(?![^\W\d_])"
                       rf"(?!\s*(?:و\s*)?(?:صباحا|مساء|ليلا|نهارا|{WEEKDAY}|يوم|غدا|غد|الغد|امس|الامس|اليوم|من|ال|هذا|هذه|"
                       rf"ذات|نفس|\d))")),
    ("season", re.compile(rf"{WORD_START}(?P<s>(?:ال)?(?:صيف|شتاء|خريف|ربيع(?!\s+(?:الاول|الاخر|الثاني|العربي)))|صيفا|خريفا)(?:\s+(?P<y>\d{{4}})(?:\s*م)?|\s+(?P<rel>{PAST}|{NEXT}|{THIS}))?{WORD_END}")),
]
PRIORITY = {name: i for i, (name, _) in enumerate(PATTERNS)}
# Cheap literal pre-checks: a pattern runs only when its trigger occurs in the text.
# The full patterns start with clitic-aware lookbehinds that the regex engine tries
# at every position; most segments contain none of a pattern's words.
_WORDS_OF = {
    "month": MONTH, "hijri": HMONTH, "weekday": alt(WEEKDAYS),
    "unit": f"{alt(UNITS)}|{alt(DUAL_FORMS)}|ربع|نصف",
}
TRIGGERS = {name: re.compile(t) for name, t in {
    "numeric_dmy": r"\d", "numeric_ymd": r"\d", "day_of_it": r"\d\s+منه", "hijri_numeric": r"\d\s*ه", "day_rel_month": r"الشهر", "day_month": _WORDS_OF["month"], "month": _WORDS_OF["month"],
    "hijri_date": _WORDS_OF["hijri"], "hijri_year": r"\d", "year": r"\d\d\d\d", "decade": r"ين(?:يات|ات)",
    "century": r"قرن", "millennium": r"الفيه", "deictic_day": r"امس|اليوم|غد|البارحه|الليله|هذا|يومنا", "next_day": r"التالي|السابق", "weekday": _WORDS_OF["weekday"],
    "relative_unit": r"الاسبوع|الشهر|العام|السنه|العقد", "decade_ordinal": r"العقد",
    "nth_day": r"اليوم", "nth_running": r"التوالي", "offset": _WORDS_OF["unit"],
    "plural_rel": r"الماضي|الاخير|المقبل|القادم|اللاحق|الاولي|المنقضي|المنصرم|الفائت", "set": r"يوميا|يوميه|اسبوعيا|شهريا|سنويا|كل|اليوميه|مره|مرتين|مرات",
    "set_weekday": r"كل", "set_adj": r"يومي|اسبوعي|شهري|سنوي", "plural_acc": r"اشهرا|شهورا|اياما|اعواما|عقودا|قرونا|اسابيع|ساعات", "age_ordinal": r"عمر|سن", "quarter": r"الربع|النصف",
    "vague": r"حد الساعه|قليل|لاحقا|الان|حاليا|راهنا|مؤخرا|موخرا|سابقا|السابق|الماضي|قريبا|هذه|الوقت|المستقبل|الفتره|الاونه",
    "sun": r"غروب|امسيه|شروق|طلوع|ليلا|فجرا|طوال الليل|خلال الليل|صباحا|مساء|عصرا", "season": r"صيف|شتاء|خريف|ربيع", "part_of_day": r"الظهر|الزوال|ساعات|نفس|ذات|متاخر|خلال النهار|" + "|".join(EVENT_NOUNS), "clock_bare": r"\d:\d\d|\d\d\s*(?:ت\s*غ|بتوقيت|توقيت)|\dh\d\d|\d[.,]\d\d\s+(?:صباحا|مساء|ليلا|فجرا|عصرا)",
    "clock": r"ساعه", "clock_after": r"(?:في|علي|حتي)\s+ال", "clock_word": r"صباحا|مساء|ظهرا|ليلا|فجرا|عصرا|الظهر|(?:من\s+)?(?:صباح|ظهر|بعد|ليل|فجر)|توقيت|ت\s*غ",
    "named_day": r"العالمي|يوم|عيد|راس|المولد|عاشوراء|الشعانين|السعف|العظيمه|الحزينه|الفصح",
    "midnight": r"منتصف\s+(?:ال)?(?:ليل|نهار)", "clock_digit": r"\d\s+(?:صباحا|مساء|ظهرا|ليلا|فجرا|عصرا)", "month_week": r"اسبوع\s+(?:الاول|الثاني|الثالث|الرابع|الاخير)", "set_part": r"كل",
    "someday": r"يوما|ايام", "prison_term": r"سجن", "n_rel": r"\d\s*[^\W\d_]+\s+(?:الماضي|الاخير|المقبل|القادم|الفائت|المنصرم|الاولي)", "one_acc": r"يوما|اسبوعا|شهرا|عاما|واحد|كامل|بالتمام",
}.items()}
