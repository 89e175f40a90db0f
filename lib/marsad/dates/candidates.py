"""Find candidate expressions in normalised text and keep the plausible, non-overlapping ones.

:func:`find_candidates` runs every pattern (after its literal trigger) over the text, with month-name slips repaired
(:func:`fix_month_slips`); :func:`_plausible` rejects matches their context shows are not times (scores, ages,
titles, a "former" office); :func:`select` keeps the longest, highest-priority match of each overlapping group.
"""
from __future__ import annotations

import datetime as dt
import re

from marsad.dates.cues import (
    AGE_AFTER,
    AGE_BEFORE,
    BUSINESS,
    CLOCK_IN_SENTENCE,
    CLOCK_RANGE_AFTER,
    COUNT_AFTER,
    COUNT_BEFORE,
    DEFINITE_BEFORE,
    DURATION_PREP,
    EVENT_AFTER,
    HALF_AFTER,
    METRES_AFTER,
    METRES_BEFORE,
    MODIFIER_BEFORE,
    MONTH_PREP_BEFORE,
    NIGHT_PAIR_AFTER,
    NO_CONSTRUCT_AFTER,
    ORD_RANGE_BEFORE,
    PAIR_AFTER,
    PAST_VERB,
    PLACE_BEFORE,
    RAMADAN_AFTER,
    RAMADAN_BEFORE,
    RANGE_BEFORE,
    SAME_DAY_BEFORE,
    SCORE_BEFORE,
    SEASON_BEFORE,
    STREET_BEFORE,
    WITHIN_BEFORE,
    YEAR_BEFORE,
    YEAR_PAIR,
)
from marsad.dates.lexicon import (
    alt,
    AMBIGUOUS_HIJRI,
    AMBIGUOUS_MONTHS,
    HOURS,
    MONTH,
    MONTHS,
    NUMWORD,
    ordinal_day,
    PLURAL_UNITS,
    WORD_END,
    REL,
)
from marsad.dates.patterns import PATTERNS, PRIORITY, TRIGGERS
from marsad.dates.tense import sentence_before, sentence_text, tense_before
from marsad.dates.values import number, Timex
from marsad.lang.text import normalize

__all__ = ["find_candidates", "drop_former", "fix_month_slips", "HABIT_ONCE", "IF_BEFORE", "select"]

# --------------------------------------------------------------------------- sixteenth session (dev-17's classes)
# A month name with one letter slipped ("شهر نوفمير الماضي"): a word of a long month name's length that differs from it
# in one letter, where a month is expected (after شهر, after a day number, before a year or a relative word), is that
# month. Only substitutions (same length), so the normalised text keeps its offsets.
_TYPO_MONTH_NAMES = tuple(m for m in MONTHS if " " not in m and len(m) >= 5 and m not in AMBIGUOUS_MONTHS)
_TYPO_MONTH_SLOT = re.compile(
    rf"(?:(?<![^\W\d_])[وفبل]?شهر\s+|(?<![\d])\d{{1,2}}\s+)(?P<w>[^\W\d_]{{5,8}})(?![^\W\d_])"
    rf"|(?<![^\W\d_])[وفبل]?(?P<v>[^\W\d_]{{5,8}})(?=\s+(?:(?:19|20)\d\d(?!\d)|{REL}{WORD_END}))")


def _one_letter_off(word: str, name: str) -> bool:
    """One letter substituted ("نوفمير"), or two neighbouring letters swapped ("يوينو" for يونيو: seventeenth session)."""
    if len(word) != len(name):
        return False
    diff = [i for i, (a, b) in enumerate(zip(word, name)) if a != b]
    return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                              and word[diff[0]] == name[diff[1]] and word[diff[1]] == name[diff[0]])


def fix_month_slips(norm: str) -> str:
    """``norm`` with month names slipped by one letter in a month's slot written as the month (same length)."""
    fixes = []
    for m in _TYPO_MONTH_SLOT.finditer(norm):
        key = "w" if m.group("w") else "v"
        word = m.group(key)
        if word in MONTHS:
            continue
        name = next((n for n in _TYPO_MONTH_NAMES if _one_letter_off(word, n)), None)
        if name is not None:
            fixes.append((m.start(key), name))
    for i, name in fixes:
        norm = norm[:i] + name + norm[i + len(name):]
    return norm


# --------------------------------------------------------------------------- matching
def find_candidates(norm: str) -> list[Timex]:
    out = []
    for kind, pattern in PATTERNS:
        if not TRIGGERS[kind].search(norm):
            continue
        for m in pattern.finditer(norm):
            if m.end() <= m.start():
                continue
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            if groups.get("dord"):
                groups["d"] = str(ordinal_day(groups["dord"]))
            elif groups.get("ghurra"):  # "غرة أفريل": the first of the month
                groups["d"] = "1"
            if kind == "offset" and groups.get("prep"):
                groups["core_start"] = m.end("prep") + len(norm[m.end("prep"):]) - len(norm[m.end("prep"):].lstrip())
            if not _plausible(kind, groups, norm, m):
                continue
            end = m.end()
            if kind in ("month", "day_month") and not groups.get("pair") and not groups.get("y") and not groups.get("rel"):
                # the two names of one month side by side, without a slash: "في مارس آذار 2017"
                p = PAIR_AFTER.match(norm, end)
                if p and MONTHS[" ".join(p.group("mon2").split())] == MONTHS[" ".join(groups["mon"].split())]:
                    end = p.end()
                    if p.group("y"):
                        groups["y"] = p.group("y")
            if kind == "weekday" and groups.get("part") in ("ليله", "ليل"):
                p = NIGHT_PAIR_AFTER.match(norm, end)
                if p:  # "ليلة السبت إلى الأحد": one night, the first day's
                    end, groups["night_pair"] = p.end(), True
            elif kind == "offset":
                p = HALF_AFTER.match(norm, end)
                if p:  # "ساعة ونصف", "عامين ونصف"; "قبل عام ونصف", "منذ أكثر من قرن ونصف" (a point 18 months, 150 years back)
                    end, groups["half"] = p.end(), True
                    if groups.get("prep") in ("قبل", "بعد"):  # counted from an event after the half: "قبل عام ونصف من تاريخها"
                        e = EVENT_AFTER.match(norm, end)
                        groups.pop("event", None)
                        if e:
                            groups["event"] = e.group("event")
            start = m.start("u") if kind == "one_acc" and groups.get("verb") else m.start()  # the verb is outside
            out.append(Timex(start, end, "clock" if kind in ("clock_word", "clock_digit", "clock_after") else kind, groups=groups))
            if kind == "clock" and not groups.get("part"):
                r = CLOCK_RANGE_AFTER.match(norm, m.end())
                if r:
                    out.append(Timex(r.start("h"), r.end("h"), kind, groups={"h": r.group("h")}))
            if kind == "day_month" and not groups.get("wd"):
                # The first day of a range or list shares the month: "من 20 إلى 28 مارس", "23 و27 مارس".
                # and so does each earlier day of a list: "الـ26 والـ27 والـ28 من مارس"
                pos = m.start()
                for _ in range(6):
                    r = RANGE_BEFORE.search(norm, max(0, pos - 16), pos)
                    if not (r and 1 <= int(r.group("d")) <= 31):
                        break
                    first = dict(groups, d=r.group("d"))
                    out.append(Timex(r.start("d"), r.end("d"), kind, groups=first))
                    pos = r.start("d")
                if groups.get("dord"):
                    r = ORD_RANGE_BEFORE.search(norm, max(0, m.start() - 40), m.start())
                    if r:
                        first = dict(groups, d=str(ordinal_day(r.group("o"))))
                        out.append(Timex(r.start("o"), r.end("o"), kind, groups=first))
    for m in YEAR_PAIR.finditer(norm):  # "موسم 2015/2016": two years (the year pattern avoids slashes)
        # (and a range of years: "خلال الفترة 2016 /2018", not a reference number "القرار 2254/2015")
        gap = int(m.group("y2")) - int(m.group("y1"))
        if gap == -1 and SEASON_BEFORE.search(norm, max(0, m.start() - 10), m.start()):
            gap = 1  # "لموسم 2017/2016": a season written later year first (Jawhara FM)
        if 1 <= gap <= 20 and 1900 <= int(m.group("y1")) <= 2100:
            out.append(Timex(m.start("y1"), m.end("y1"), "year", groups={"y": m.group("y1")}))
            out.append(Timex(m.start("y2"), m.end("y2"), "year", groups={"y": m.group("y2")}))
    return out


_TODAY_NAME_BEFORE = re.compile(r"[\"«“]\s*[^\W\d_]+\s+$")


_ROLE_NOUN = re.compile(r"(?<![^\W\d_])[وفبل]?(?:ال)?(?:لاعب|نجم|حارس|مهاجم|مدافع|مدرب|رئيس|وزير|مدير|مستشار|عضو|سفير|"
                        r"نائب|قائد|امين|محافظ|كاتب|استاذ|عارض|مراسل|ضابط|موظف|مسوول|قيادي)(?:ه|ا|ه?ا)?(?![^\W\d_])")
# a verb before "سابقا" (a perfect in ت/وا/تم/نا/تا, an imperfect, a verb with an object pronoun ها/هم, قد/كان/كما/تم/لم,
# a relative pronoun opening a clause: "منصب رئيس الوزراء الذي شغله سابقا")
_VERB_CUE = re.compile(r"(?<![^\W\d_])[وف]?(?:قد|كان|كانت|كانوا|كما|تم|لم|لن|ما|الذي|التي|الذين|اللذين|اللتين|[يت][^\W\d_]{2,}|[^\W\d_]{2,}(?:ت|وا|تم|نا|تا)"
                       r"|[^\W\d_]{2,}(?:ها|هم))(?![^\W\d_])")
_PREP_WORD = re.compile(r"(?:في|من|علي|الي|عن|مع|مقابل|بين)")


def _former_not_a_time(text: str, start: int, end: int) -> bool:
    """"سابقا" saying *former* of a person, a body or a name, not *previously* of an act: "ونجم العين سابقاً،",
    "لاعب الزمالك سابقا", "(جبهة النصرة سابقا)", "كان قيادياً سابقاً" (an adjective with the accusative tanwin of its
    noun); a verb after the role noun, or before it with no role noun, keeps the time ("وقد نقلت CNN سابقاً", "التي
    قدمها سابقاً", "قامت أميركا سابقا")."""
    raw = text[max(0, start - 80):start]
    cut = max(raw.rfind(c) for c in "،,.:(\"«»“”\n")
    seg_raw = raw[cut + 1:] if cut >= 0 else raw
    words = normalize(seg_raw).split()
    if not words:
        return False
    if (cut >= 0 and raw[cut] == "(" and len(words) <= 5 and re.match(r"\s*\)", text[end:end + 3])
            and not re.search(r"\d", seg_raw) and not _PREP_WORD.fullmatch(words[0])):
        return True  # "(جبهة النصرة سابقا)", "(ستالينغراد سابقا)": a former name
    prev_raw = seg_raw.split()[-1]
    if re.search(r"(?:اً|ًا)$", prev_raw) and not re.search(r"(?:ها|تا|وا|نا)[ًا]*$", prev_raw):
        return True  # "منشوراً سابقاً", "قيادياً سابقاً": the adjective agreeing with an indefinite noun
    roles = [k for k, w in enumerate(words[-4:]) if _ROLE_NOUN.fullmatch(w)]
    if roles and not any(_VERB_CUE.fullmatch(w) and not _ROLE_NOUN.fullmatch(w) for w in words[-4:][roles[-1] + 1:]):
        return True  # "ونجم العين سابقاً", "حارس مرمى بايرن ميونخ سابقا", "بصفته رئيسا سابقا"
    return False


def drop_former(rows: list[dict], text: str) -> None:
    """Drop "سابقا" rows that say *former* (``_former_not_a_time``)."""
    rows[:] = [r for r in rows if not (r["rule"] == "vague" and normalize(r["text"]) == "سابقا"
                                       and _former_not_a_time(text, r["start"], r["end"]))]


def _plausible(kind: str, g: dict, norm: str, m: re.Match) -> bool:
    if kind == "clock_word" and "bare_of" in g and not re.search(
            r"(?<![^\W\d_])(?:عند|في|حوالي|قرابه|نحو|علي|منذ|حتي|قبيل|بعيد|بعد|قبل)\s+$", norm[max(0, m.start() - 8):m.start()]):
        return False  # "الجولة السابعة مساء السبت": an ordinal, not an hour
    if kind == "clock_word" and "bare_zone" in g and not re.search(
            r"(?<![^\W\d_])(?:تمام|حتي)\s+$", norm[max(0, m.start() - 8):m.start()]):
        # only "في تمام" (exactly at, a clock's word) or "حتى" (a stretch up to it) with no clock before: "وصلت الطائرة في
        # الثالثة بتوقيت غرينتش" is left alone (its hour could be either half of the day; fifteenth session)
        return False
    """Reject numbers and words that only look like dates."""
    if (kind == "deictic_day" and (g.get("w") or "") == "اليوم" and m.group().strip() == "اليوم"
            and _TODAY_NAME_BEFORE.search(norm, max(0, m.start() - 30), m.start()) and re.match(r"\s*[\"»”]", norm[m.end():])):
        return False  # a channel or a paper named "X اليوم" in quotes: قناة "روسيا اليوم", قناة "اليمن اليوم"
    if kind == "deictic_day" and (g.get("w") or "") == "امس" and re.match(r"\s+(?:ال)?حاج", norm[m.end():]):
        return False  # "بأمس الحاجة": in dire need
    if kind == "hijri_numeric":
        return 1 <= int(g["d"]) <= 30 and 1 <= int(g["m"]) <= 12
    if kind in ("numeric_dmy", "numeric_ymd"):
        d, mo, y = int(g["d"]), int(g["m"]), int(g["y"])
        try:
            dt.date(y, mo, d)
        except ValueError:
            return False
        return 1800 <= y <= 2100
    if g.get("dord") and kind in ("day_month", "day_rel_month") and re.search(
            r"(?<![^\W\d_])[وفبل]?(?:ال)?(?:نصف|ربع|ثلث|اسبوع|اسابيع|عشر)\s+$", norm[max(0, m.start() - 10):m.start()]):
        return False  # "النصف الثاني من الشهر الجاري", "الأسبوع الثالث من مارس": the ordinal counts another part
    if kind == "day_month":
        return 1 <= int(g["d"]) <= 31 and not STREET_BEFORE.search(norm, max(0, m.start() - 12), m.start())
    if kind == "day_rel_month":
        return 1 <= int(g["d"]) <= 31 and bool(g.get("rel") or g.get("this"))
    if kind == "day_of_it":
        return 1 <= int(g["d"]) <= 31
    if kind == "month":
        if STREET_BEFORE.search(norm, max(0, m.start() - 12), m.start()):
            return False
        if not (g.get("y") or g.get("rel")) and re.search(r"(?:^|\s)(?:دي|دا|ديل|دو)\s+$", norm[max(0, m.start() - 5):m.start()]):
            return False  # "لويجي دي مايو": a surname after "Di/Da/Del", not May
        mon = " ".join(g["mon"].split())
        if mon in AMBIGUOUS_MONTHS:
            return bool(g.get("shahr") or g.get("pair") or g.get("y") or g.get("rel")
                        or MONTH_PREP_BEFORE.search(norm, max(0, m.start() - 10), m.start())
                        # a month listed with another: "(جويلية وأوت وسبتمبر)"
                        or re.search(rf"(?<![^\W\d_]){MONTH}\s*[،,]?\s*و?\s*$", norm[max(0, m.start() - 16):m.start()])
                        or re.match(rf"\s*[،,]?\s*و\s*{MONTH}(?![^\W\d_])", norm[m.end():m.end() + 16]))
        return True
    if kind == "hijri_date":
        mon = " ".join(g["hmon"].split())
        if g.get("dord") and re.search(r"(?:النصف|الربع|الثلث|الاسبوع|العقد|الشهر)\s+$", norm[max(0, m.start() - 8):m.start()]):
            return False  # "النصف الثاني من رمضان": a part of the month, not its second day
        if g.get("d") or g.get("y") or g.get("rel") or g.get("shahr"):
            return True
        if mon == "رمضان":  # a month with temporal context, else a name ("رمضان صبحي")
            return bool(RAMADAN_BEFORE.search(norm, max(0, m.start() - 12), m.start()) or RAMADAN_AFTER.match(norm, m.end()))
        return mon not in AMBIGUOUS_HIJRI
    if kind == "year":
        y = int(g["y"])
        if g.get("m") and not g.get("kw") and (METRES_AFTER.match(norm, m.end())
                                               or METRES_BEFORE.search(norm, max(0, m.start() - 12), m.start())):
            return False  # "ومسافته 2000 م على المضمار الرملي": a race distance in metres, not a year of the Christian era
        if g.get("kw") or g.get("m"):
            return 1000 <= y <= 2100
        if not 1800 <= y <= 2100 and not (1000 <= y < 1800 and re.search(
                r"(?:عامي|سنتي|الاعوام|اعوام|السنوات)\s+\d{4}(?:\s*(?:و|الي|حتي|-)\s*)*$|(?:عامي|سنتي|الاعوام|اعوام)\s+$",
                norm[max(0, m.start() - 30):m.start()])):
            return False
        if YEAR_BEFORE.search(norm, max(0, m.start() - 8), m.start()):
            return True
        if (COUNT_AFTER.match(norm, m.end()) or COUNT_BEFORE.search(norm, max(0, m.start() - 12), m.start())
                or re.match(r"\s+من\s+(?!عمر|اجل|جهه|قبل|بين|خلال|اصل)\w", norm[m.end():])):
            return False
        return True
    if kind == "weekday" and g["wd"].endswith("الاثنين") and re.match(r"\s*[،,]?\s+(?:اللذين|اللتين|اللذان|اللتان)(?![^\W\d_])",
                                                                  norm[m.end():]):
        return False  # "المواطنين التونسيين الاثنين اللذين قتلا": the two, not Monday
    if (kind == "weekday" and g["wd"] == "الاثنين" and not g.get("part")
            and re.search(r"(?<![^\W\d_])بين\s+$", norm[max(0, m.start() - 6):m.start()])
            and not re.match(r"\s*(?:و|الي|حتي)\s*(?:يوم\s+)?[^\W\d_]", norm[m.end():])):
        return False  # "الانسجام بدا واضحا بين الاثنين": between the two (a range would go on: "بين الاثنين والأربعاء")
    if (kind == "weekday" and not g.get("part") and g["wd"] == "الجمعه"
            and re.search(r"(?<![^\W\d_])[وفبل]?(?:ال)?(?:خطبه|خطب|صلاه|صلوات)\s+$", norm[max(0, m.start() - 10):m.start()])):
        return False  # "خطبة الجمعة", "صلاة الجمعة": the Friday sermon or prayer, a kind of service, not a date
    if kind == "weekday" and PLACE_BEFORE.search(norm, max(0, m.start() - 8), m.start()):
        return False
    if (kind == "weekday" and not g.get("part")
            and re.search(r"(?<![^\W\d_])[وفبل]?(?:ال)?(?:نسخه|طبعه|ملحق)\s+$", norm[max(0, m.start() - 10):m.start()])):
        return False  # "نسخة الأحد من الغارديان": a newspaper's Sunday edition, a kind of issue, not a date
    if (kind == "deictic_day" and g["w"] == "اليوم" and not g.get("part") and not g.get("wd")
            and re.search(r"(?<![^\W\d_])[وفبل]?مثل\s+(?:هذا\s+)?$", norm[max(0, m.start() - 12):m.start()])):
        return False  # "في مثل هذا اليوم قبل 54 عاما": a day like this one (an anniversary), not today
    if kind == "deictic_day" and g["w"] in ("اليوم", "الليله") and not g.get("part") and not g.get("wd") \
            and SAME_DAY_BEFORE.search(norm, max(0, m.start() - 6), m.start()):
        return False
    if kind == "set_adj" and g.get("w3"):
        noun = re.search(r"(\S+)\s+$", norm[max(0, m.start() - 30):m.start()])
        # the noun before it is indefinite and no particle ("راتب شهري", not "الراتب شهري", "في شهري")
        return bool(noun) and not re.match(r"[وفبلك]?ال|(?:في|من|الي|علي|عن|مع|او|و|ثم|هو|هي|كان|كانت|ليس|وليس|غير|خلال|طوال|طيله|منذ|حتي|بين|قبل|بعد)$",
                                       noun.group(1))
    if kind == "age_ordinal":
        return bool(AGE_AFTER.match(norm, m.end()) or AGE_BEFORE.search(norm, max(0, m.start() - 8), m.start()))
    if kind == "deictic_day" and g["w"].startswith("هذا "):
        # "في هذا الصباح أو ذاك المساء": any morning, not today's; "(هذا المساء) (كما تشتهون)": titles in a list
        if re.match(r"\s+او\s+(?:ذاك|تلك|ذلك)(?![^\W\d_])", norm[m.end():]):
            return False
        if (re.search(r"\(\s*$", norm[max(0, m.start() - 3):m.start()]) and re.match(r"\s*\)", norm[m.end():])
                and (re.search(r"\)\s*$", norm[max(0, m.start() - 6):m.start() - 1]) or re.match(r"\s*\)\s*\(", norm[m.end():]))):
            return False
    if kind == "deictic_day" and g["w"] == "غد" and not g.get("part"):
        # the noun "غد" is tomorrow after يوم/صباح/مساء, else "a (better) future": "إلى غد أفضل"
        return bool(g.get("yawm") or re.search(r"يوم\s+$", norm[max(0, m.start() - 6):m.start()]))
    if kind == "offset":
        if g.get("dual") == "العامين" and not g.get("prep") and not g.get("hedge") \
                and DEFINITE_BEFORE.search(norm, max(0, m.start() - 20), m.start()):
            return False
        if (g.get("one") == "يوم" and g.get("prep") in ("قبل", "بعد") and not g.get("hedge")
                and re.match(r"\s+(?!(?:من|علي|واحد|واحدا|فقط|او|ونصف|و)(?![^\W\d_]))[^\W\d_]", norm[m.end():])):
            return False  # "وبعد يوم اقتراع طويل", "قبل يوم الانتخابات": a day in the construct state, not an offset
        if g.get("one"):  # "قبل عام", "أكثر من شهر", "لمدة ساعة", "ساعة واحدة": a preposition, a hedge or "one"
            return bool(g.get("prep") or g.get("hedge") or DURATION_PREP.search(norm, max(0, m.start() - 8), m.start())
                        or (WITHIN_BEFORE.search(norm, max(0, m.start() - 8), m.start())
                            and NO_CONSTRUCT_AFTER.match(norm, m.end()))
                        or re.search(r"\sواحد[اه]?$", m.group()) or bool(HALF_AFTER.match(norm, m.end()))
                        # "خطة عمرها عام": the age of a thing, a length
                        or bool(_AGE_OF_BEFORE.search(norm, max(0, m.start() - 10), m.start())))
        if (g.get("n") and not g.get("prep") and not g.get("hedge") and m.group().startswith("ال")
                and DEFINITE_BEFORE.search(norm, max(0, m.start() - 20), m.start())):
            return False  # "قضى الناجون الأربعة ساعات": the number agrees with the noun before it, it counts no hours
        if g.get("plural"):  # "منذ أشهر", "قبل أيام"; "تغيب عن المدارس لأشهر", "لسنوات" (for months, for years)
            # (not a name in the construct state: "الدورة 18 لأيام قرطاج المسرحية")
            # "وبعدها بساعات قليلة", "خلال أيام قليلة", "عقب ساعات قليلة": an adjective of quantity makes it a length anywhere
            if re.search(r"\s(?:قليل(?:ه|ا)?|عديده|طويله)$", norm[m.start():m.end()]):
                return True
            return bool(g.get("prep")) or bool(re.search(r"(?<![^\W\d_])[وف]?ل$", norm[max(0, m.start() - 3):m.start()])
                                               and re.match(r"\s*(?:[^\w\s]|$|(?:و|ف|ثم|حتي|عده|قبل|بعد|في|من|دون|متتاليه|متواصله)"
                                                            r"(?![^\W\d_])|و[^\W\d_])", norm[m.end():]))
        if (g.get("n") and " ".join(g["n"].split()) in ("واحد", "احد", "واحده", "احدي")
                and " ".join(g["u"].split()) in PLURAL_UNITS):
            return False  # "وأحد أشهر مراسلي الحرب": one of the most famous, no count of months
        return not g.get("n") or number(g["n"]) is not None
    if kind == "relative_unit":
        if re.match(r"\s+(?:نفسه|ذاته|عينه)(?![^\W\d_])", norm[m.end():]):
            return False  # "نهاية الأسبوع نفسه", "العام ذاته": a period already named
        if g["u"] == "العقد" and g.get("this") and not g.get("rel"):
            return False  # "انتقدت هذا العقد": a contract, not this decade
        if g["u"] == "العام" and not g.get("this") and re.search(
                r"(?<![^\W\d_])[وفبل]?(?:ال)?(?:امين|مدير|مدعي|نائب|منسق|مفتش|مراقب|مفوض|قائد|مرشد|كاتب|محامي)\s+$",
                norm[max(0, m.start() - 14):m.start()]):
            return False  # "الأمين العام السابق", "المدعي العام الحالي": "general", not the year
        # "الشهر الجاري", "هذا العام", or a period modifier before it ("نهاية الشهر", "مطلع العام")
        return bool(g.get("rel") or g.get("this") or MODIFIER_BEFORE.search(norm, max(0, m.start() - 30), m.start()))
    if kind == "quarter":
        # a bare "الربع الأول" only where money is counted (a match also has quarters and halves)
        return bool(g.get("y") or g.get("rel") or g.get("this") or g.get("yw")
                    or g["q"] == "الربع" and BUSINESS.search(sentence_text(norm, m.start())))
    if kind == "clock_bare":
        h = re.sub(r"[,.h]", ":", g["h"])
        hour, minute = map(int, h.split(":") if ":" in h else (h[:2], h[2:]))
        return hour <= 24 and minute <= 59 and not SCORE_BEFORE.search(norm, max(0, m.start() - 12), m.start())
    if kind == "clock_after":
        # only where a clock time of the same sentence came shortly before ("في السابعة مساء … في الثامنة")
        before = sentence_before(norm, m.start())[-150:]
        if re.match(r"\s+ال[^\W\d_]", norm[m.end():]) or "ساعه" in norm[m.end():m.end() + 40]:
            return False  # "يلاقي في الثانية الإتحاد … على الساعة الرابعة": the second match, not 2 o'clock
        return bool(re.search(rf"(?:ساعه\s+\S+|(?:{alt(HOURS)}|\d{{1,2}})\s+(?:صباحا|مساءا|مساء|ليلا|ظهرا|زوالا|عصرا|فجرا))", before))
    if kind == "part_of_day" and (g.get("p6") or g.get("p8")):
        # "وتمتد حتى ساعة متأخرة من الليل", "تصل المحادثات … في وقت متأخر من الليل": an imperfect in the words before
        # tells a habit or a rule, not a story's night or daytime
        clause = re.split(r"[.!؟?:؛\n]", norm[max(0, m.start() - 60):m.start()])[-1]
        # (a perfect in ت ends in ت: "تعرضت المدينة لقصف كثيف خلال النهار" is told)
        return not any(re.match(r"[وف]?(?:[ين](?!وم$|وما$)[^\W\d_]{2,}|ت[^\W\d_]+[^\W\d_ت]|س[يتن][^\W\d_]{2,})$", w)
                       and not PAST_VERB.fullmatch(w) for w in clause.split()[-5:])
    if kind == "sun":
        # "بند الغروب" (a treaty's sunset clause), "مجموعة فيرجين غروب", "ليلا ونهارا", "نهارا وليلا" (always)
        return not re.search(r"(?:بند|مجموعه|صحيفه|جريده|نهارا\s+و)\s*\"?\s*$", norm[max(0, m.start() - 12):m.start()])
    if kind == "season":
        if g["s"] == "ربيع" and not (g.get("y") or g.get("rel")):
            return False  # "ربيع" alone is also a man's name
        return not re.match(r"\s+العربي", norm[m.end():])
    if kind == "decade":
        # "لشاب في الثلاثينيات", "امرأة في الأربعينات": a person's age bracket, not a decade of the calendar
        age = re.search(r"(?<![^\W\d_])[وفبل]?(?:ال)?(?:شاب|شابه|رجل|امراه|سيده|فتاه|فتي|شخص|مواطن|مواطنه|رجلا|امراه|"
                        r"عمره|عمرها|عمرهم)\s+(?:في\s+)?(?:(?:اواخر|اوائل|منتصف|مطلع|بدايه|نهايه)\s+)?$",
                        norm[max(0, m.start() - 24):m.start()])
        return not age and not AGE_AFTER.match(norm, m.end()) and not re.match(r"\s+من\s+عمر", norm[m.end():])
    if kind == "set" and g["w"] == "يوميه":
        # the indefinite adjective "يومية" is a recurrence when it says how an act recurs ("بصورة يومية") or when its
        # sentence gives the hours it recurs at ("هدنة يومية، منذ الساعة التاسعة صباحا"); "جريدة يومية", "حياة يومية"
        # (everyday) are no times
        return bool(re.search(r"(?:بصوره|بصفه|بشكل|بطريقه)\s+$", norm[max(0, m.start() - 12):m.start()])
                    or CLOCK_IN_SENTENCE.search(sentence_text(norm, m.start())))
    if kind == "set" and re.match(r"\s+(?:وانت|وانتم|وانتن|وانتما)\s+بخير", norm[m.end():]):
        return False  # "كل عام وأنت بخير": a greeting
    if kind == "someday":
        # a count before it is a duration ("تسعين يوما"); bare "يوما" only in a future clause
        if re.search(rf"(?:\d|{NUMWORD}|كل|ذات|اليوم|يوما)\s+$", norm[max(0, m.start() - 16):m.start()]):
            return False
        return (g["w"] != "يوما" or tense_before(norm, m.start()) == "future"
                or bool(HABIT_ONCE.search(norm, max(0, m.start() - 30), m.start()))
                or bool(IF_BEFORE.search(norm, max(0, m.start() - 30), m.start())))
    return True


# "إذا قرّر يوْما أن يكون لديه مشروع سياسي": a bare "يوما" in a condition (a verb or two after "إذا"/"لو") is a day
# that may come, whatever the verb's tense
IF_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:اذا|لو)\s+(?:[^\W\d_]+\s+){1,2}$")
# "المحافظين الذين كانوا يهيمنون يوما على المشهد": "كان" + an imperfect right before a bare "يوما" is a past habit, once
HABIT_ONCE = re.compile(r"(?<![^\W\d_])[وف]?(?:كان|كانت|كانوا|كانا|كنت|كنا)\s+(?:[^\W\d_]+\s+)?[يتن][^\W\d_]{2,}\s+$")


def select(cands: list[Timex]) -> list[Timex]:
    """Keep the longest non-overlapping matches (earlier pattern wins a tie)."""
    cands.sort(key=lambda t: (-(t.end - t.start), PRIORITY[t.kind], t.start))
    taken: list[Timex] = []
    for tx in cands:
        if all(tx.end <= o.start or tx.start >= o.end for o in taken):
            taken.append(tx)
    return sorted(taken, key=lambda t: t.start)


# --------------------------------------------------------------------------- second round of the twenty-first lead
# session (dates28: dev-25's classes)
# "خطة عمرها عام", "عمره شهر": one unit after "عمر" + a pronoun is an age, a length
_AGE_OF_BEFORE = re.compile(r"(?<![^\W\d_])[وفبل]?عمر(?:ه|ها|هم|هما|هن)\s+$")
