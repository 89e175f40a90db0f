"""Passes for durations, counts and ages: plural stretches, compound and half units, "years gone by".

Turn counted units into TIMEX3 durations (P3Y, PT90M, PXD), read an offset counted from a told day, and keep ages
(the third decade of one's life, a child of five) and counts (a decimal count, a per-day rate, a race time) from
being read as dates.
"""
from __future__ import annotations

import datetime as dt
import re

from marsad.dates.cues import PAST_VERB
from marsad.dates.lexicon import (
    alt,
    DAY_ORDINALS,
    DECADES,
    FEM_TENS,
    FEM_UNITS,
    HEDGE,
    MONTH,
    ONES,
    ORD_ALT,
    ordinal_day,
    REL,
    UNITS,
)
from marsad.dates.rows import new_row, norm_at, put
from marsad.dates.values import add_months, duration, month_end
from marsad.lang.rules import sentence_around
from marsad.lang.text import normalize, normalize_map

__all__ = [
    "about_a_unit_ago",
    "after_units_in_a_past_story",
    "after_years_of_a_past_story",
    "bare_plural_length",
    "compound_durations",
    "counted_after_that",
    "counted_plurals",
    "decade_of_an_age",
    "decimal_count",
    "last_unit",
    "lasting_verb_length",
    "offset_from_now",
    "one_more_unit",
    "ordinal_ages",
    "own_nth_unit",
    "per_day_rate",
    "person_at_an_age",
    "plural_stretches",
    "race_time",
    "unit_after_unit",
    "unit_and_a_half",
    "week_of_a_count",
    "years_gone_by",
    "years_of_something",
]

# an indefinite stretch after "over/throughout": "على مدى سنوات", "على مر السنين", "طوال عقود", "لسنوات طويلة"
_PLURAL_OVER = re.compile(
    r"(?:(?<=علي مدي )|(?<=علي مدار )|(?<=علي مر )|(?<=طوال )|(?<=طيله )|(?<=عبر )|(?<=(?<![^\W\d_])ل)|(?<=(?<![^\W\d_])[وف]ل))"
    r"(?P<u>سنوات|اعوام|عقود|اشهر|شهور|ايام|اسابيع|قرون|السنين|السنوات|الاعوام|العقود|الشهور|القرون)"
    r"(?P<long>\s+(?:طويله|عديده|متتاليه|متواصله))?(?![^\W\d_])")
_PLURAL_LETTER = {"سن": "Y", "ال": None, "اع": "Y", "عق": "DE", "اش": "M", "شه": "M", "اي": "D", "اس": "W", "قر": "CE"}


def plural_stretches(rows: list[dict], text: str, norm: str, offsets) -> None:
    for m in _PLURAL_OVER.finditer(norm):
        u = m.group("u")
        before = norm[max(0, m.start() - 2):m.start()]
        if before.endswith("ل") and not m.group("long"):
            continue  # "لسنوات" alone is the existing offset rule's (it checks what follows)
        if not m.group("long") and re.match(r"\s+(?!(?:الي|التي|الذي|الذين|اللذين|اللتين)(?![^\W\d_]))ال[^\W\d_]",
                                            norm[m.end():]):
            # "طوال أيام الأسبوع", "على مدى أيام المهرجان": days of something, not a count; "طوال السنوات السابقة": the
            # definite plural with its adjective is a past stretch, not an indefinite length
            continue
        core = u[2:] if u.startswith("ال") else u
        letter = _PLURAL_LETTER[core[:2]] or "Y"
        put(rows, new_row(text, offsets, m.start(), m.end(), "DURATION", f"PX{letter}", "duration:over"))


# "مقارنة بالأسابيع الثلاثة التي قضاها": a counted definite stretch described by a relative clause
_COUNTED_PLURAL = re.compile(
    rf"(?<![^\W\d_])(?:[وف]?[بل])?(?P<s>ال(?P<u>ايام|اسابيع|اشهر|شهور|سنوات|اعوام|عقود)\s+ال(?P<n>{alt(ONES)}))"
    r"(?=\s+(?:التي|الذي|اللتين|اللذين)(?![^\W\d_]))")


def counted_plurals(rows: list[dict], text: str, norm: str, offsets) -> None:
    for m in _COUNTED_PLURAL.finditer(norm):
        n = ONES.get(m.group("n"))
        if not n or n < 3:
            continue
        letter = {"اي": "D", "اس": "W", "اش": "M", "شه": "M", "سن": "Y", "اع": "Y", "عق": "DE"}[m.group("u")[:2]]
        put(rows, new_row(text, offsets, m.start("s"), m.end("s"), "DURATION", f"P{n}{letter}", "duration:counted"))


# ages as ordinals: "كهل في العقد الرابع من عمره" (P4DE), "أحمد، ابن العاشرة" (P10Y)
_DECADE_OF_AGE = re.compile(r"(?<![^\W\d_])(?:[وف]?ب|في\s+)?(?P<s>العقد\s+(?P<o>الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع))"
                            r"(?=\s+من\s+(?:عمر|العمر)[^\W\d_]{0,3}(?![^\W\d_]))")
# a feminine ordinal from the first to the nineteenth ("العاشرة", "الخامسة عشرة"), shared by ages and counted nights
_FEM_ORD_1_19 = rf"(?:{alt(FEM_UNITS)})(?:\s+عشره)?"
_CHILD_OF_AGE = re.compile(rf"(?<![^\W\d_])(?:[وف]?)(?:ابن|ابنه|بنت|الطفل|الطفله)\s+(?P<s>{_FEM_ORD_1_19}|(?:{alt(FEM_TENS)}))"
                           r"(?![^\W\d_])(?!\s+(?:و\s*)?(?:ال)?(?:عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين))")


def ordinal_ages(rows: list[dict], text: str, norm: str, offsets) -> None:
    for m in _DECADE_OF_AGE.finditer(norm):
        n = DAY_ORDINALS[m.group("o")]
        put(rows, new_row(text, offsets, m.start("s"), m.end("s"), "DURATION", f"P{n}DE", "duration:age"), replace=True)
    for m in _CHILD_OF_AGE.finditer(norm):
        if re.match(r"[وف]?ال", m.group()) and m.group("s").startswith("ال"):
            continue  # "والد الطفلة الثانية": a definite child and a definite ordinal, "the second child", no age
        words = m.group("s").split()
        n = FEM_UNITS.get(words[0]) or FEM_TENS.get(words[0])
        if len(words) > 1:
            n += 10
        if not n or n < 2:
            continue
        put(rows, new_row(text, offsets, m.start("s"), m.end("s"), "DURATION", f"P{n}Y", "duration:age"), replace=True)


# "التي انضمت خلال الأسبوع الأخير إلى اتفاقات التسوية", "استطاع خلال الشهر الأخير التقدم": the last week, month or year
# after "خلال" is a stretch of one unit up to now, a DURATION (the gold's P1W, P1M), not the calendar unit; the last unit
# of something ("من ولايته", "من يونيو") is left to the other rules
_LAST_UNIT = re.compile(r"(?<![^\W\d_])[وف]?(?:خلال|غضون|طيله|طوال)\s+(?P<s>ال(?P<u>اسبوع|شهر|عام|سنه)\s+الاخير(?:ه)?)(?![^\W\d_])"
                        r"(?!\s+(?:من|في|ل)(?![^\W\d_]))")  # not "الأسبوع الأخير من يونيو", "السنة الأخيرة من ولايته"


# "ساركوزي يبدأ يومه الثاني في التوقيف", "لولا يمضي ليلته الأولى بالسجن", "احتجاجات دخلت أسبوعها الثاني", "الأزمة إذ تدخل
# عامها الثامن": a day, night, week, month or year counted in a story of its own (its possessive says whose), of unknown
# date, as "اليوم الأول من الزيارة"; a year only after a verb of entering or beginning ("أتم عامه الـ17", "لم يبلغ عامه
# العشرين" are ages)
_FEM_ORD = rf"{_FEM_ORD_1_19}|الاولي|الاخيره"
_OWN_NTH = re.compile(rf"(?<![^\W\d_])[وفبل]?(?P<s>(?:(?P<u>يوم|اسبوع|شهر|عام)(?:ه|ها|هم|هما)\s+(?:{ORD_ALT})"
                      rf"|(?P<f>ليلت|سنت)(?:ه|ها|هم|هما)\s+(?:{_FEM_ORD})))(?![^\W\d_])")
_ENTERING_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:دخل|دخلت|يدخل|تدخل|دخول|بدا|بدات|يبدا|تبدا|بدء)(?![^\W\d_])"
                              r"(?:\s+[^\W\d_]+)?\s+$")


def own_nth_unit(rows: list[dict], text: str, norm: str, offsets) -> None:
    for m in _OWN_NTH.finditer(norm):
        unit = m.group("u") or m.group("f")
        if unit in ("عام", "سنت") and not _ENTERING_BEFORE.search(norm, max(0, m.start() - 30), m.start()):
            continue
        type_, value = {"يوم": ("DATE", "XXXX-XX-XX"), "اسبوع": ("DATE", "XXXX-WXX"), "شهر": ("DATE", "XXXX-XX"),
                        "عام": ("DATE", "XXXX"), "سنت": ("DATE", "XXXX"), "ليلت": ("TIME", "XXXX-XX-XXTNI")}[unit]
        put(rows, new_row(text, offsets, m.start("s"), m.end("s"), type_, value, "own_nth"))


def last_unit(rows: list[dict], text: str, norm: str, offsets) -> None:
    for m in _LAST_UNIT.finditer(norm):
        if (m.group("u") == "سنه") != m.group("s").endswith("ه"):
            continue  # the adjective agrees with its noun ("السنة الأخيرة", "العام الأخير")
        value = {"اسبوع": "P1W", "شهر": "P1M", "عام": "P1Y", "سنه": "P1Y"}[m.group("u")]
        put(rows, new_row(text, offsets, m.start("s"), m.end("s"), "DURATION", value, "last_unit"), replace=True)


# "شاركت عام 2004 في … ثم صورته بعد عامين": "بعد" + a count of years in a past story counts from the year the sentence
# names before it, not from the reference day (which would put a past act in the future).
_YEARS_AFTER = re.compile(r"^بعد\s+(?:(?P<n>\d{1,2})\s+)?(?P<u>عامين|سنتين|عاما|سنوات|اعوام|سنه|عام)$")


def after_years_of_a_past_story(rows: list[dict], text: str, dct: dt.date | None) -> None:
    if dct is None:
        return
    for i, r in enumerate(rows):
        m = _YEARS_AFTER.match(normalize(r["text"]))
        if not (m and r["type"] == "DATE" and r["rule"].startswith("offset") and r["value"].isdigit()
                and int(r["value"]) > dct.year):
            continue
        n = int(m.group("n")) if m.group("n") else (2 if m.group("u") in ("عامين", "سنتين") else 1 if m.group("u") in ("عام", "سنه") else None)
        lo, _ = sentence_around(text, r["start"])
        year = next((q for q in reversed(rows[:i]) if q["start"] >= lo and q["type"] == "DATE"
                     and re.fullmatch(r"\d{4}", q["value"] or "")), None)
        if n is None or year is None or int(year["value"]) + n > dct.year:
            continue
        v = str(int(year["value"]) + n)
        r.update(value=v, date_start=f"{v}-01-01", date_end=f"{v}-12-31", rule=r["rule"] + "+story-year")


# "في شهر أبريل من ذلك العام … بعدها بأربعة أشهر" (August), "عام 1998 وبعدها بعامين" (2000): N days, weeks, months or years
# after "بعدها/بعد ذلك" count from the last date the text wrote (within 400 characters), at that date's precision; the
# count is a DATE (hours stay DURATIONs, as "وبعدها بساعات قليلة").
_AFTER_THAT_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?بعد(?:ها|\s+ذلك)\s+ب(?:ـ\s*)?$")


def counted_after_that(rows: list[dict], text: str) -> None:
    for i, r in enumerate(rows):
        m = re.fullmatch(r"P(\d+)([DWMY])", r["value"] or "")
        if r["type"] != "DURATION" or not m or r["mod"]:
            continue
        if not _AFTER_THAT_BEFORE.search(normalize(text[max(0, r["start"] - 16):r["start"]])):
            continue
        anchor = next((q for q in reversed(rows[:i]) if q["type"] == "DATE"
                       and re.fullmatch(r"\d{4}(?:-\d\d(?:-\d\d)?)?", q["value"] or "")), None)
        if anchor is None or r["start"] - anchor["end"] > 400:
            continue
        n, unit, v = int(m.group(1)), m.group(2), anchor["value"]
        if len(v) == 4 and unit == "Y":
            value = str(int(v) + n)
            lo, hi = f"{value}-01-01", f"{value}-12-31"
        elif len(v) == 7 and unit in ("M", "Y"):
            y, mo = add_months(dt.date(int(v[:4]), int(v[5:7]), 1), n * (12 if unit == "Y" else 1))
            value = f"{y:04d}-{mo:02d}"
            lo, hi = f"{value}-01", month_end(y, mo).isoformat()
        elif len(v) == 10 and unit in ("D", "W"):
            d = dt.date.fromisoformat(v) + dt.timedelta(days=n * (7 if unit == "W" else 1))
            value = lo = hi = d.isoformat()
        else:
            continue
        r.update(type="DATE", value=value, date_start=lo, date_end=hi, precision={4: "year", 7: "month"}.get(len(value), "day"),
                 rule=r["rule"] + "+after-that")


_DUR_PARTS = {("", "Y"): "year", ("", "M"): "month", ("", "W"): "week", ("", "D"): "day", ("T", "H"): "hour",
              ("T", "M"): "minute", ("T", "S"): "second"}
# how many of the smaller unit make one of the larger, for lengths written in two or three units
_DUR_FACTOR = {("year", "month"): 12, ("week", "day"): 7, ("day", "hour"): 24, ("hour", "minute"): 60,
               ("hour", "second"): 3600, ("minute", "second"): 60}
_BARE_UNIT_AND = re.compile(r"(?<![^\W\d_])(?P<u>ساعه|دقيقه|يوم|اسبوع|شهر|سنه|عام)\s+و\s*$")


def compound_durations(rows: list[dict], text: str) -> None:
    """"ساعة و42 دقيقة و57 ثانية" = PT6177S, "ثلاث ساعات و54 دقيقة" = PT234M, "سنة و3 أشهر" = P15M: one length in its
    smallest unit (TimeML has one value per TIMEX3), not a span for each part."""
    def parts(value):
        m = re.fullmatch(r"P(T?)(\d+)([YMWDHS])", value or "")
        return (int(m.group(2)), _DUR_PARTS.get((m.group(1), m.group(3)))) if m else (None, None)

    def joined(a, b):  # b continues the length a: "… و12 يوما"
        return b is not None and b["type"] == "DURATION" and bool(re.fullmatch(r"\s*و\s*", text[a["end"]:b["start"]]))

    out: list[dict] = []
    for k, row in enumerate(rows):
        n, unit = parts(row["value"]) if row["type"] == "DURATION" else (None, None)
        nxt = rows[k + 1] if k + 1 < len(rows) else None
        if unit is None or joined(row, nxt) and (unit, parts(nxt["value"])[1]) not in _DUR_FACTOR:
            out.append(row)  # "45 عاما وخمسة أشهر و12 يوما": no one unit holds all three, so the parts stay apart
            continue
        prev = out[-1] if out else None
        pn, punit = parts(prev["value"]) if prev is not None and prev["type"] == "DURATION" else (None, None)
        if punit is not None and re.fullmatch(r"\s*و\s*", text[prev["end"]:row["start"]]) and (punit, unit) in _DUR_FACTOR:
            prev["value"] = duration(pn * _DUR_FACTOR[punit, unit] + n, unit)
            prev["end"], prev["text"] = row["end"], text[prev["start"]:row["end"]]
            continue
        bare = _BARE_UNIT_AND.search(normalize(text[max(0, row["start"] - 12):row["start"]]))
        bunit = UNITS.get(bare.group("u")) if bare else None
        if bunit is not None and (bunit, unit) in _DUR_FACTOR and (prev is None or prev["end"] <= row["start"] - len(bare.group())):
            start = row["start"] - len(bare.group())
            if normalize(text[start:row["start"]]) == bare.group():  # the normalised and raw lengths agree
                row["start"], row["text"] = start, text[start:row["end"]]
                row["value"] = duration(_DUR_FACTOR[bunit, unit] + n, unit)
        out.append(row)
    rows[:] = out


# "لعام إضافي", "مع خيار عام إضافي", "لموسم"-less "لشهر إضافي", "يوم آخر": one more unit is a DURATION of one unit (the
# span is the unit word, as the gold writes it)
_ONE_MORE = re.compile(r"(?<![^\W\d_])(?:[وف]?ل|[وف])?(?P<u>عام|عاما|سنه|شهر|شهرا|اسبوع|اسبوعا|يوم|يوما)\s+"
                       r"(?:اضافي|اضافيه|اضافيا|اضافيين)(?![^\W\d_])")
_ONE_MORE_LETTER = {"عام": "Y", "عاما": "Y", "سنه": "Y", "شهر": "M", "شهرا": "M", "اسبوع": "W", "اسبوعا": "W",
                    "يوم": "D", "يوما": "D"}


def one_more_unit(rows: list[dict], text: str, norm: str, offsets) -> None:
    for m in _ONE_MORE.finditer(norm):
        row = new_row(text, offsets, m.start("u"), m.end("u"), "DURATION", f"P1{_ONE_MORE_LETTER[m.group('u')]}",
                       "duration:one_more")
        put(rows, row)


# "بائع متجول سنغالي في منتصف الثلاثينات": a decade with no century right after an indefinite person (a noun of a person
# and up to three indefinite words, "بائع متجول سنغالي في") or before "من العمر/عمره" is an age, a DURATION of decades
# ("ميشال بلاتيني في الثمانينيات", "نضاله السياسي في التسعينيات" stay decades)
_PERSON_BEFORE = re.compile(r"(?<![^\W\d_])(?:رجل|امراه|شاب|شابه|سيده|فتاه|بائع|عامل|طالب|طالبه|مهاجر|لاجئ|"
                            r"ممثل|ممثله|مغني|مغنيه|مواطن|مواطنه|سائق|جندي)(?:\s+(?!ال)[^\W\d_]+){0,3}\s+في\s+$")
_AGE_AFTER_DECADE = re.compile(r"\s+من\s+(?:ال)?عمر[^\W\d_]{0,3}(?![^\W\d_])")


def decade_of_an_age(rows: list[dict], text: str, norm: str) -> None:
    for r in [r for r in rows if r["rule"].startswith("decade") and r["type"] == "DATE"]:
        body = normalize(r["text"])
        if "قرن" in body:
            continue
        dec = re.search(rf"(?:ال)?(?P<dec>{alt(DECADES)})(?:يات|ات)", body)
        if dec is None:
            continue
        before = normalize(text[max(0, r["start"] - 50):r["start"]])
        after = normalize(text[r["end"]:r["end"] + 20])
        if not (_PERSON_BEFORE.search(before) or _AGE_AFTER_DECADE.match(after)):
            continue
        r.update(type="DURATION", value=f"P{DECADES[dec.group('dec')]}DE", date_start=None, date_end=None,
                 precision=None, rule="duration:age_decade")


# "قبل حوالي العام", "منذ نحو الشهر": a hedge before a unit with the article counts one unit ago (APPROX)
_ABOUT_A_UNIT = re.compile(rf"(?<![^\W\d_])[وف]?(?P<s>(?:قبل|منذ)\s+(?:{HEDGE})\s+ال(?P<u>عام|سنه|شهر|اسبوع))(?![^\W\d_])"
                           rf"(?!\s+(?:{REL}|{MONTH}|\d|الحالي|الجاري|الماضي|المقبل|القادم|نفسه|ذاته)(?![^\W\d_]))")


def about_a_unit_ago(rows: list[dict], text: str, norm: str, offsets, dct: dt.date | None) -> None:
    if dct is None:
        return
    for m in _ABOUT_A_UNIT.finditer(norm):
        u = m.group("u")
        if u in ("عام", "سنه"):
            value, lo, hi, prec = str(dct.year - 1), f"{dct.year - 1}-01-01", f"{dct.year - 1}-12-31", "year"
        elif u == "شهر":
            y, mo = add_months(dct, -1)
            value, lo, hi, prec = f"{y}-{mo:02d}", f"{y}-{mo:02d}-01", month_end(y, mo).isoformat(), "month"
        else:
            d = dct - dt.timedelta(days=7)
            iy, iw, _ = d.isocalendar()
            monday = d - dt.timedelta(days=d.weekday())
            value, lo, hi, prec = f"{iy}-W{iw:02d}", monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat(), "week"
        row = new_row(text, offsets, m.start("s"), m.end("s"), "DATE", value, "offset:about_a_unit", lo=lo, hi=hi,
                       precision=prec, mod="APPROX")
        put(rows, row, replace=True)


# "يوما بعد يوم", "عاما بعد عام": gradually, no date
def unit_after_unit(rows: list[dict], text: str) -> None:
    for r in [r for r in rows if r["type"] == "DATE" and normalize(r["text"]) in ("بعد يوم", "بعد عام", "بعد سنه",
                                                                               "بعد شهر", "بعد اسبوع")]:
        unit = normalize(r["text"]).split()[1]
        if re.search(rf"(?<![^\W\d_]){unit}(?:ا|اً|ً)?\s*$", normalize(text[max(0, r["start"] - 12):r["start"]])):
            rows.remove(r)


# "عاما ونصف العام" (a year and a half), "ساعة ونصف الساعة": one and a half units, in the smaller unit
# (also with the half alone, "استمر عاما ونصف", or in the accusative, "عاماً ونصفاً")
_UNIT_AND_HALF = re.compile(r"(?<![^\W\d_])[وفبل]?(?P<s>(?P<u>عام|عاما|سنه|ساعه|شهر|شهرا)[\u064b]?\s+و\s*نصف(?:ا[\u064b]?|[\u064b]ا?)?"
                            r"(?:\s+(?:ال)?(?:عام|سنه|ساعه|شهر))?)(?![^\W\d_])")
_HALF_VALUE = {"عام": "P18M", "عاما": "P18M", "سنه": "P18M", "ساعه": "PT90M", "شهر": "P45D", "شهرا": "P45D"}


def unit_and_a_half(rows: list[dict], text: str, norm: str, offsets) -> None:
    for m in _UNIT_AND_HALF.finditer(norm):
        row = new_row(text, offsets, m.start("s"), m.end("s"), "DURATION", _HALF_VALUE[m.group("u")],
                       "duration:and_a_half")
        # (an ago, "منذ شهر ونصف شهر", is a date: left as it is)
        if any(r["type"] != "DURATION" for r in rows if r["start"] < row["end"] and row["start"] < r["end"]):
            continue
        if any(r["start"] <= row["start"] and row["end"] <= r["end"] for r in rows):
            continue  # already read with its hedge: "أكثر من شهر ونصف", "نحو عام ونصف"
        put(rows, row, replace=True)


# "تعود أطوارها إلى 30 سنة مضت", "منذ أيام خلت": N units that have gone by count back from the reference time, a DATE (as
# "منذ 30 سنة", TimeML's "ago"); the span takes the verb
_GONE_BY = re.compile(r"\s+(?:قد\s+)?(?:مضت|خلت|مضين|خلون|مضي|خلا)(?![^\W\d_])")
# ... when the count points back to a time: "تعود إلى", "يعود ل", "حتى"
_BACK_TO = re.compile(r"(?:(?<![^\W\d_])(?:الي|حتي|لغايه)|(?<![^\W\d_])[وف]?(?:[يت]عود|عاد|عادت)[^\W\d_]{0,3}\s+ل)\s*$")


def years_gone_by(rows: list[dict], text: str, norm: str, offsets, dct: dt.date | None) -> None:
    if dct is None:
        return
    for r in [r for r in rows if r["type"] == "DURATION" and not r["mod"]]:
        m = re.fullmatch(r"P(\d+)([DWMY])", r["value"] or "")
        if m is None:
            continue
        g = _GONE_BY.match(norm, norm_at(norm, offsets, r["end"]))
        if g is None or not _BACK_TO.search(normalize(text[max(0, r["start"] - 24):r["start"]])):
            continue  # "خلال 15 عاماً مضت", "سجلات لثمان سنوات مضت": the last N years, a length
        n, unit = int(m.group(1)), m.group(2)
        if unit == "Y":
            value = lo = hi = str(dct.year - n)
            lo, hi, precision = f"{value}-01-01", f"{value}-12-31", "year"
        elif unit == "M":
            y, mo = add_months(dct, -n)
            value, lo, hi, precision = f"{y:04d}-{mo:02d}", f"{y:04d}-{mo:02d}-01", month_end(y, mo).isoformat(), "month"
        elif unit == "W":
            d = dct - dt.timedelta(weeks=n)
            value = "{}-W{:02d}".format(*d.isocalendar()[:2])
            lo = (d - dt.timedelta(days=d.weekday())).isoformat()
            hi, precision = (d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=6)).isoformat(), "week"
        else:
            value = lo = hi = (dct - dt.timedelta(days=n)).isoformat()
            precision = "day"
        end = int(offsets[g.end() - 1]) + 1
        r.update(type="DATE", value=value, date_start=lo, date_end=hi, precision=precision, end=end,
                 text=text[r["start"]:end], rule=r["rule"] + "+gone_by", anchor=dct.isoformat())


# "قبل عام من اليوم", "سيدخل بعد نحو شهرين من الآن": a count from now is one DATE; "اليوم/الآن" after it is no date of its own
def offset_from_now(rows: list[dict], text: str) -> None:
    for a, b in zip(list(rows), list(rows[1:])):
        if (a["rule"].startswith("offset") and b["type"] == "DATE" and normalize(b["text"]) in ("اليوم", "الان")
                and re.fullmatch(r"\s+من\s+", text[a["end"]:b["start"]])):
            a["end"] = b["end"]
            a["text"] = text[a["start"]:a["end"]]
            rows.remove(b)


# "حتى الأسبوع الرابع عشر من الحمل", "في الشهر السابع من الحمل": a week or month counted in a pregnancy (or a life) is the
# length reached, a DURATION (dev-20's gold)
_COUNTED_WEEK = re.compile(rf"(?<![^\W\d_])[وفبل]?(?P<s>(?P<u>الاسبوع|الشهر)\s+(?P<o>{ORD_ALT}))\s+من\s+(?:ال)?(?:حمل|عمر)"
                           r"(?![^\W\d_])")


def week_of_a_count(rows: list[dict], text: str) -> None:
    norm, offsets = normalize_map(text)
    for m in _COUNTED_WEEK.finditer(norm):
        n = ordinal_day(m.group("o"))
        if not n:
            continue
        value = f"P{n}{'W' if m.group('u') == 'الاسبوع' else 'M'}"
        put(rows, new_row(text, offsets, m.start("s"), m.end("s"), "DURATION", value, "duration:counted"))


# "بعد صمت دام دقائق", "واستمر الاجتماع ساعة", "قد تستغرق العملية سنوات", "أحدق فيها لدقائق طويلة": a bare unit after a verb
# of lasting (one noun may come between), or a plural of minutes or hours after "ل" with "طويلة", is a length
_LASTING = re.compile(
    r"(?<![^\W\d_])[وف]?(?:قد\s+)?(?:س?[يت](?:ستمر|دوم|ستغرق)|استمر|استمرت|دام|دامت|استغرق|استغرقت)(?![^\W\d_])"
    r"(?:\s+(?!(?:في|من|علي|الي|حتي|نحو|حوالي|قرابه|اكثر|اقل)(?![^\W\d_]))ال[^\W\d_]+)?"
    r"\s+(?P<s>ساعه|ساعات|دقائق|دقيقه|ايام|اياما|يوما|اسابيع|اسبوعا|اشهر|اشهرا|شهور|شهرا|سنوات|اعوام|عاما|سنه|عقود|عقدا)"
    r"(?![^\W\d_])(?!\s+(?:و|من|علي)(?![^\W\d_]))"
    r"|(?<![^\W\d_])[وف]?ل(?P<s2>دقائق|ساعات)\s+(?:طويله|عديده)(?![^\W\d_])")
_LASTING_UNIT = {"ساعه": "PT1H", "ساعات": "PTXH", "دقائق": "PTXM", "دقيقه": "PT1M", "ايام": "PXD", "اياما": "PXD",
                 "يوما": "P1D", "اسابيع": "PXW", "اسبوعا": "P1W", "اشهر": "PXM", "اشهرا": "PXM", "شهور": "PXM",
                 "شهرا": "P1M", "سنوات": "PXY", "اعوام": "PXY", "عاما": "P1Y", "سنه": "P1Y", "عقود": "PXDE", "عقدا": "P1DE"}


def lasting_verb_length(rows: list[dict], text: str) -> None:
    norm, offsets = normalize_map(text)
    for m in _LASTING.finditer(norm):
        if m.group("s"):
            s, e, value = m.start("s"), m.end("s"), _LASTING_UNIT[m.group("s")]
        else:
            s, e = m.start("s2"), m.end()
            value = "PTXM" if m.group("s2") == "دقائق" else "PTXH"
        put(rows, new_row(text, offsets, s, e, "DURATION", value, "duration:lasting"))


# "ليرتفع من 12,304 دينارا إلى 13 دينارا في اليوم": a sum of money per day is a rate, no date (as "في الساعة")
_MONEY_PER = re.compile(r"(?:\d[\d.,]*|(?<![^\W\d_])(?:الف|الاف|مليون|ملايين|مليار))\s*(?:دينار|دولار|يورو|مليم|ريال|جنيه|درهم|"
                        r"ليره|برميل|طن|لتر|ميغاواط|مسافر|زائر)[^\W\d_]{0,2}\s+(?:فقط\s+)?في\s+$")


def per_day_rate(rows: list[dict], text: str) -> None:
    for r in list(rows):
        if r["type"] == "DATE" and normalize(r["text"]) == "اليوم" and _MONEY_PER.search(normalize(text[max(0, r["start"] - 30):r["start"]])):
            rows.remove(r)


# "من يتكلمون لغتين منذ سنوات الطفولة", "عبر سنوات حياتهم": a bare plural unit in construct with a definite noun or a noun
# with its possessive is the years of something, no length (the gold leaves "سنوات الحرب" out)
_BARE_PLURAL_UNITS = frozenset(("سنوات", "اعوام", "ايام", "اشهر", "شهور", "عقود", "اسابيع", "ساعات", "دقائق", "سنين"))
_OF_SOMETHING_AFTER = re.compile(r"\s+(?:ال(?!اخير|ماضي|مقبل|قادم|طويل|عديد|قليل|اولي|متتالي|متواصل|لاحق|سابق|مضت|منصرم)"
                                 r"[^\W\d_]{2,}|(?![وف])(?!(?:علي|الي|عن|من|في|مع|عند|لدي|بين|حول|ل|ب|لكن|ان|كان)(?:ها|هم|هن|نا|كم)(?![^\W\d_]))"
                                 r"[^\W\d_]{2,}(?:ها|هم|هن|نا|كم))(?![^\W\d_])")


def years_of_something(rows: list[dict], text: str) -> None:
    for r in list(rows):
        if r["type"] == "DURATION" and normalize(r["text"]) in _BARE_PLURAL_UNITS \
                and _OF_SOMETHING_AFTER.match(normalize(text[r["end"]:r["end"] + 20])):
            rows.remove(r)


# "بزمن وقدره 02:01.38 دقيقة", "في توقيت قدره 3 دقائق و 9 ثوان و 93 جزء بالمائة", "بتوقيت 3دق و 35 ث و 54 جزء بالمائة":
# a race time in minutes, seconds and hundredths is one length in seconds (PT121.38S), the gold's convention for
# lengths written in several units
_RACE_TIME = re.compile(
    r"(?<![\d:.,/])(?:(?P<m1>\d{1,2}):(?P<s1>[0-5]\d)[.,](?P<f1>\d{1,3})\s*(?:دقيقه|دقائق|د)(?![^\W\d_])"
    r"|(?<!و)(?<!و\s)(?P<m2>\d{1,2})\s*(?P<u2>دقائق|دقيقه|دق|د)\s*و\s*(?P<s2>[0-5]?\d)\s*(?P<v2>ثوان|ثواني|ثانيه|ث)(?![^\W\d_])"
    r"(?:\s*و\s*(?P<f2>\d{1,3})\s*(?:جزء|اجزاء)\s+(?:بالمائه|بالمئه|من\s+المائه|من\s+المئه)(?![^\W\d_]))?)")


def race_time(rows: list[dict], text: str, norm: str, offsets) -> None:
    for m in _RACE_TIME.finditer(norm):
        if m.group("m2") and not m.group("f2") and m.group("u2") in ("دقائق", "دقيقه") and m.group("v2") != "ث":
            continue  # "3 دقائق و 9 ثوان", "ساعة و42 دقيقة و57 ثانية": a length in words, the compound rule's
        minutes, seconds = int(m.group("m1") or m.group("m2")), int(m.group("s1") or m.group("s2"))
        hundredths = m.group("f1") or m.group("f2")
        value = f"PT{minutes * 60 + seconds}" + (f".{hundredths}" if hundredths else "") + "S"
        put(rows, new_row(text, offsets, m.start(), m.end(), "DURATION", value, "duration:race_time"), replace=True)


# A bare plural unit (no count) is an indefinite length (PTXH, PXD, …) where a length is meant: "في غضون أيام من
# اختطاف", "عقب أيام من تحقيق", "قبل دقائق من إنطلاق", "حمم بركانية تلتهم منزلا في دقائق", "بعد استقبال 700 ألف مهاجر
# خلال سنوات أعتقد", "فأولويته لسنوات هي سوريا", "وقبل وفاتها بساعات" (the gold's convention, as "منذ أشهر" = PXM);
# not "من خلال عقود عمل وهمية" (through contracts: عقود after خلال is left out)
_LENGTH_OF_PLURAL = {"ساعات": "PTXH", "دقائق": "PTXM", "ايام": "PXD", "اسابيع": "PXW", "شهور": "PXM", "سنوات": "PXY",
                 "سنين": "PXY", "عقود": "PXDE"}
_PLURAL = "(" + "|".join(_LENGTH_OF_PLURAL) + ")"
_BARE_PLURAL = re.compile(
    r"(?<![^\W\d_])[وف]?(?:(?:عقب|قبل|بعد|غضون)\s+" + _PLURAL + r"(?=\s+من\s)"
    r"|(?:في\s+)?غضون\s+" + _PLURAL + r"(?![^\W\d_])"
    r"|في\s+" + _PLURAL + r"(?=\s*(?:[.،,:؛!؟\n]|$))"
    r"|(?<!من\s)(?<!من)خلال\s+(?!عقود)" + _PLURAL + r"(?=\s+(?!ال|\d|قليله|عديده|طويله|معدوده|ماضيه|مقبله|قادمه)[^\W\d_]{2,}(?![^\W\d_]))"
    r"|ل" + _PLURAL + r"(?=\s+(?:هي|هو|و|في|ثم|قبل|بعد|حتي)(?![^\W\d_])|\s*[.،,:؛!؟])"
    r"|(?:قبل|بعد)\s+[^\W\d_]{2,}\s+ب" + _PLURAL + r"(?![^\W\d_]))")


def bare_plural_length(rows: list[dict], text: str, norm: str, offsets) -> None:
    for m in _BARE_PLURAL.finditer(norm):
        unit = next(g for g in m.groups() if g)
        s, e = next((m.start(k + 1), m.end(k + 1)) for k, g in enumerate(m.groups()) if g)
        start, end = int(offsets[s]), int(offsets[e - 1]) + 1
        if any(r["start"] < end and start < r["end"] for r in rows):
            continue
        put(rows, new_row(text, offsets, s, e, "DURATION", _LENGTH_OF_PLURAL[unit], "duration:bare_plural"))


# "تلاشت بعد أيام.", "لكن بعد ساعات ظهرت الابتسامة": "بعد" + a bare plural unit in a story told in the past is a length
# after an event, not a time ahead of the reference day (the gold's DURATION; "التي تنطلق بعد أشهر" stays ahead)
# a perfect verb of the third person next to it: a listed one, or a feminine perfect in -ت that is no noun (no article,
# no plural -ات) and no imperfect of the first person (نـ) or future (سـ)
_LOOKS_PERFECT = re.compile(r"(?:[وف]?(?!ال|س|ن)[^\W\d_]{2,4}(?<!ا)ت)|" + PAST_VERB.pattern)
_AFTER_UNITS = re.compile(r"^[وف]?بعد\s+(?P<u>" + "|".join(_LENGTH_OF_PLURAL) + r")$")


def after_units_in_a_past_story(rows: list[dict], text: str, norm: str, offsets) -> None:
    for r in rows:
        if r["type"] != "DATE" or r["value"] != "FUTURE_REF":
            continue
        m = _AFTER_UNITS.match(" ".join(normalize(r["text"]).split()))
        if not m:
            continue
        i = norm_at(norm, offsets, r["start"])
        after = re.match(r"\s*[،,]?\s*(?P<w>[^\W\d_]+)", norm[i + len(normalize(r["text"])):])
        before = re.search(r"(?P<w>[^\W\d_]+)\s*[،,]?\s*$", norm[max(0, i - 20):i])
        if not any(w and _LOOKS_PERFECT.fullmatch(w.group("w")) for w in (after, before)):
            continue
        u0 = r["text"].rfind(r["text"].split()[-1])
        r.update(start=r["start"] + u0, text=r["text"][u0:], type="DURATION", value=_LENGTH_OF_PLURAL[m.group("u")],
                 date_start=None, date_end=None, precision=None, mod=None, anchor=None,
                 rule=r["rule"] + "+past_length")


# "وتبلغ 12.30 ساعة", "ب 14:30 ساعة", "بواقع 15.48 ساعة" (fasting hours: hours and minutes), "منذ نحو 10.5 سنة" (a
# decimal count of years): one length in minutes or months, not a length counted from the digits after the point
# ("30 ساعة"); with "منذ" a count of years places a month in the past (as "منذ 35 عاماً")
_DECIMAL_COUNT = re.compile(r"(?<![\d.,:])(?P<since>منذ\s+(?P<hedge>نحو|حوالي|قرابه)?\s*)?(?P<n>\d{1,3})(?P<sep>[.,:])"
                            r"(?P<f>\d{1,2})\s*(?P<u>ساعه|ساعات|سنه|سنوات|عام|اعوام|عاما)(?![^\W\d_])")


def decimal_count(rows: list[dict], text: str, norm: str, offsets, dct: dt.date | None) -> None:
    for m in _DECIMAL_COUNT.finditer(norm):
        n, f, hours = int(m.group("n")), m.group("f"), m.group("u").startswith("ساع")
        if hours:
            if m.group("since"):
                continue
            # two digits after the point or colon are minutes (the gold's 12.30 ساعة = PT750M), one is a tenth (2.5 = 150)
            minutes = n * 60 + (int(f) if len(f) == 2 else round(int(f) * 6))
            value, type_, start, lo, mod = f"PT{minutes}M", "DURATION", m.start("n"), None, None
        else:
            if m.group("sep") == ":":
                continue
            months = n * 12 + round(int(f) / 10 ** len(f) * 12)
            if m.group("since") and dct is not None:
                y, mo = divmod(dct.year * 12 + dct.month - 1 - months, 12)
                value, type_, start = f"{y:04d}-{mo + 1:02d}", "DATE", m.start("since")
                lo, mod = dt.date(y, mo + 1, 1).isoformat(), "APPROX" if m.group("hedge") else None
            else:
                value, type_, start, lo, mod = f"P{months}M", "DURATION", m.start("n"), None, None
        row = new_row(text, offsets, start, m.end(), type_, value, "duration:decimal" if type_ == "DURATION" else
                       "offset:decimal", lo=lo, precision="month" if lo else None, mod=mod)
        put(rows, row, replace=True)
# "نجت فتاة في الثامنة", "اغتصاب طفلة في الثامنة": an ordinal right after "في" after an indefinite person noun is the
# person's age (P8Y), with or without "من العمر"; not a clock ("طفل في الثامنة صباحا") and not a school year (no
# pupil nouns)
_PERSON_IN_ORDINAL = re.compile(
    rf"(?<![^\W\d_])[وف]?(?:فتاه|فتي|طفل|طفله|صبي|صبيه|شاب|شابه|رجل|امراه|سيده|مسن|مسنه|عجوز)\s+في\s+"
    # (the teens also with a masculine "عشر": "فتاة في السادسة عشر من عمرها")
    rf"(?P<s>(?:{alt(FEM_UNITS)})(?:\s+عشره?)?(?:\s+و\s*(?:{alt(FEM_TENS)}))?|(?:{alt(FEM_TENS)}))(?![^\W\d_])"
    r"(?!\s+(?:و\s*)?(?:النصف|الربع|الثلث|الا|صباحا|صباح|مساء|مساءا|ليلا|ليل|ظهرا|عصرا|فجرا|زوالا|بتوقيت|دقيقه|دقائق|"
    r"من\s+(?:صباح|مساء|ليل|فجر|ظهر|يوم)|و\s*\d)(?![^\W\d_]))")


def person_at_an_age(rows: list[dict], text: str, norm: str, offsets) -> None:
    for m in _PERSON_IN_ORDINAL.finditer(norm):
        words = re.split(r"\s+و\s*|\s+", " ".join(m.group("s").split()))
        n = sum(FEM_UNITS.get(w, FEM_TENS.get(w, 10 if w in ("عشر", "عشره") else 0)) for w in words)
        if n < 2:
            continue
        put(rows, new_row(text, offsets, m.start("s"), m.end("s"), "DURATION", f"P{n}Y", "duration:age"), replace=True)
