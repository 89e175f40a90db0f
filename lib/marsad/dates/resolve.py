"""Resolve one candidate to a TIMEX3 value and a Gregorian interval.

:func:`resolve_timex` dispatches on the candidate's kind to the resolvers of :mod:`~marsad.dates.periods`,
:mod:`~marsad.dates.relative` and :mod:`~marsad.dates.hijri`, reading numeric dates, day + month, years and deictic
days itself.
"""
from __future__ import annotations

import datetime as dt
import re

from marsad.dates.candidates import HABIT_ONCE, IF_BEFORE
from marsad.dates.cues import EVENT_BEFORE, EXPECT, REPORT_PERFECT
from marsad.dates.hijri import resolve_hijri, resolve_hijri_year
from marsad.dates.lexicon import (
    CENTURY_ORDINALS,
    DUAL_FORMS,
    DUR_LETTER,
    EVENT_DATES,
    FEM_TENS,
    FEM_UNITS,
    MONTHS,
    NEXT,
    ordinal_day,
    PAST,
    THIS,
    UNITS,
    WEEKDAYS,
)
from marsad.dates.periods import (
    month_year,
    resolve_century,
    resolve_decade,
    resolve_month_week,
    resolve_named_day,
    resolve_quarter,
    resolve_season,
    typo_year,
)
from marsad.dates.relative import (
    PART_CODE,
    resolve_clock,
    resolve_midnight,
    resolve_offset,
    resolve_relative_unit,
    resolve_weekday,
)
from marsad.dates.tense import past_after, sentence_before, tense_before
from marsad.dates.values import add_months, set_day, duration, set_month, number, set_year

__all__ = ["resolve_timex"]


# --------------------------------------------------------------------------- resolution
def resolve_timex(tx: Timex, norm: str, anchor: dt.date | None, dct: dt.date | None) -> None:
    g, kind = tx.groups, tx.kind
    tx.anchor = anchor
    tx.rule = kind
    if kind in ("numeric_dmy", "numeric_ymd"):
        set_day(tx, dt.date(int(g["y"]), int(g["m"]), int(g["d"])))
        tx.anchor = None
    elif kind == "hijri_numeric":
        from hijridate import Hijri

        tx.anchor, tx.rule = None, "hijri"
        try:
            d = Hijri(int(g["y"]), int(g["m"]), int(g["d"])).to_gregorian()
            set_day(tx, dt.date(d.year, d.month, d.day))
        except (ValueError, OverflowError):
            tx.kind = "reject"
    elif kind == "day_month":
        mon = MONTHS[" ".join(g["mon"].split())]
        ev = None if g.get("y") else EVENT_BEFORE.search(norm, max(0, tx.start - 10), tx.start)
        if ev and f"{int(g['d'])}-{mon}" in EVENT_DATES[ev.group("w")]:
            g = tx.groups = dict(g, y=str(EVENT_DATES[ev.group("w")][f"{int(g['d'])}-{mon}"]))
            tx.rule = "day_month:event"
        year = month_year(mon, g, anchor, tx, norm)
        if year is not None and g.get("y") and g.get("wd") and anchor is not None:
            year = typo_year(year, mon, int(g["d"]), g["wd"], anchor, tx, norm)
        if year is None:
            tx.value, tx.precision = f"XXXX-{mon:02d}-{int(g['d']):02d}", "day"
        else:
            try:
                set_day(tx, dt.date(year, mon, int(g["d"])))
            except ValueError:
                tx.value, tx.precision = f"{year}-{mon:02d}-{int(g['d']):02d}", "day"
        if g.get("part"):  # "مساء الأحد 29 جانفي 2017"
            tx.type = "TIME"
            if tx.lo is not None:
                tx.value += PART_CODE[" ".join(g["part"].split())]
    elif kind == "day_of_it":
        if anchor is None:
            tx.kind = "reject"  # ("وأخذ في 12 منه" with no month named before: twelve of it)
            return
        else:
            try:
                set_day(tx, dt.date(anchor.year, anchor.month, int(g["d"])))
            except ValueError:
                tx.kind = "reject"
                return
    elif kind == "day_rel_month":
        rel = g.get("rel") or ""
        shift = -1 if re.fullmatch(PAST, rel) else 1 if re.fullmatch(NEXT, rel) else 0
        if anchor is None:
            tx.value, tx.precision = f"XXXX-XX-{int(g['d']):02d}", "day"
        else:
            y, mo = add_months(anchor, shift)
            try:
                set_day(tx, dt.date(y, mo, int(g["d"])))
            except ValueError:
                tx.value, tx.precision = f"{y}-{mo:02d}-{int(g['d']):02d}", "day"
    elif kind == "month":
        mon = MONTHS[" ".join(g["mon"].split())]
        year = month_year(mon, g, anchor, tx, norm)
        if year is None:
            tx.value, tx.precision = f"XXXX-{mon:02d}", "month"
        else:
            set_month(tx, year, mon)
    elif kind == "named_day":
        resolve_named_day(tx, norm, anchor)
    elif kind == "hijri_date":
        resolve_hijri(tx, anchor)
    elif kind == "hijri_year":
        resolve_hijri_year(tx, int(g["y"]))
    elif kind == "year":
        set_year(tx, int(g["y"]))
        tx.anchor = None
    elif kind == "decade":
        resolve_decade(tx, anchor)
    elif kind == "century":
        resolve_century(tx, anchor)
    elif kind == "millennium":
        n = {"الاولي": 1, "الثانيه": 2, "الثالثه": 3}[g["c"]]
        tx.rule, tx.anchor = "millennium", None
        tx.lo, tx.hi = dt.date(max((n - 1) * 1000, 1), 1, 1), dt.date((n - 1) * 1000 + 999, 12, 31)
        tx.value, tx.precision = f"{n - 1}", "millennium"
    elif kind in ("deictic_day", "next_day"):
        w = " ".join(g["w"].split())
        shift = {"امس": -1, "الامس": -1, "البارحه": -1, "اول امس": -2, "امس الاول": -2, "الاول من امس": -2, "اول من امس": -2, "اليوم": 0, "غدا": 1, "غد": 1,
                 "الغد": 1, "بعد غد": 2, "الليله": 0, "الليله الماضيه": -1, "الليله الفارطه": -1, "الليله المنصرمه": -1,
                 "الليله المنقضيه": -1, "الليله قبل الماضيه": -2, "الليله قبل البارحه": -2,
                 "هذا المساء": 0, "هذا الصباح": 0, "هذه الليله": 0, "هذه الامسيه": 0, "يومنا هذا": 0}.get(w, 1)
        if kind == "next_day":
            shift = -1 if g.get("dir") == "السابق" else 1  # "اليوم السابق", "الليلة السابقة": the day before
            if g.get("dir") == "السابق" and re.match(r"\s*(?:ل|علي\s)", norm[tx.end:]) and anchor is dct:
                anchor = None  # "اليوم السابق للانتخابات": the day before an undated event, no day named before it
        part2 = {"صباحا": "صباح", "مساءا": "مساء", "مساء": "مساء", "ليلا": "ليله", "ظهرا": "ظهر", "فجرا": "فجر",
                 "عصرا": "عصر"}.get(g.get("part2") or "")
        part = g.get("part") or part2 or ("ليله" if w.startswith(("الليله", "هذه الليله")) else "مساء" if w in ("هذا المساء", "هذه الامسيه")
                                          else "صباح" if w == "هذا الصباح" else None)
        if anchor is None:
            tx.value, tx.precision = ("PRESENT_REF" if shift == 0 else "XXXX-XX-XX"), "day"
        else:
            set_day(tx, anchor + dt.timedelta(days=shift))
        if part and (kind == "deictic_day" or g.get("part") or w == "الليله"):
            # "مساء أمس", "فجر اليوم", "الليلة الماضية": a part of a day is a TIME
            tx.type = "TIME"
            if tx.lo is not None:
                tx.value += PART_CODE[part]
    elif kind == "weekday":
        resolve_weekday(tx, norm, anchor)
        week = re.match(r"\s*[،,]?\s*من\s+(?:ال)?اسبوع\s+(?P<w>الماضي|الفارط|المنصرم|المنقضي|السابق|المقبل|القادم)(?![^\W\d_])",
                        norm[tx.end:])
        if week and tx.lo is not None and anchor is not None and not g.get("rel"):
            # "ليلة الأحد إلى الاثنين من الأسبوع الفارط": that weekday of the week before (or after) the reference week
            step = 7 if week.group("w") in ("المقبل", "القادم") else -7
            day = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(days=tx.lo.weekday() + step)
            suffix = tx.value[10:]
            set_day(tx, day)
            tx.value += suffix
    if kind in ("weekday", "deictic_day") and " ".join((g.get("hours") or "").split()) in ("قرابه", "حوالي", "نحو"):
        tx.mod = "APPROX"  # "قرابة ظهر يوم الأربعاء"
    elif kind == "relative_unit":
        # "سيعرض مجددا هذا الأسبوع" on a Sunday: the days still to come of this week are the next ISO week's
        # (not a bare "الأسبوع": "يخصص نهاية الأسبوع للعمل" on a Sunday is the weekend that day ends)
        ahead = (anchor is not None and anchor.weekday() == 6 and g["u"] == "الاسبوع" and bool(g.get("this") or g.get("rel"))
                 and tense_before(norm, tx.start) == "future")
        resolve_relative_unit(tx, anchor, sunday_ahead=ahead)
    elif kind == "offset":
        if (g.get("prep") == "بعد" and (g.get("n") or g.get("bare")) and anchor is dct
                and tense_before(norm, tx.start) != "future"):
            g["event"] = "narrative"  # "غادر السجن بعد 9 أشهر": 9 months after its own start
        elif (g.get("prep") == "بعد" and g.get("plural") and anchor is dct
              and tense_before(norm, tx.start) == "past" and not past_after(norm, tx.end)):
            # "تلاشت بعد أيام", "أفرج عنه بعد أشهر": a past act some units after its own start (the gold's DURATION),
            # not a vague time ahead of the article
            g["event"] = "narrative"
        elif (g.get("prep") == "بعد" and anchor is dct and not g.get("n")
              and (UNITS.get(g.get("u") or "") or DUAL_FORMS.get(g.get("dual") or "")) in ("hour", "minute")
              and (tense_before(norm, tx.start) == "past" or past_after(norm, tx.end)
                   # (or a perfect verb opens what follows: "عاد", "وصل", "اندلعت")
                   or re.match(r"\s*[،,]?\s*(?!(?:من|في|علي|عن|الي|حتي|ثم|قد|لم|لن|ان|او|اي|كل|مع)(?![^\W\d_]))"
                               r"(?![يتنسم]|ال)[^\W\d_]{3}(?:ت|وا)?(?![^\W\d_])", norm[tx.end:]))):
            # "وبعد قرابة الساعتين عاد 3 شبان": hours after a past act are a length counted from it, no time ahead
            g["event"] = "narrative"
        resolve_offset(tx, anchor)
    elif kind == "plural_rel":
        rel = g["rel"]
        if g.get("lu"):
            g["u"] = "ال" + g["lu"][2:]
        if rel == "الاولي" and not g.get("n"):  # "الأشهر الثلاثة الأولى" is a duration; "الأيام الأولى" alone is not tagged
            tx.kind = "reject"
            return
        n = number(g["n"]) if g.get("n") else (2 if g["u"] in ("العامين", "السنتين", "الشهرين", "اليومين", "الاسبوعين", "العقدين", "القرنين") else None)
        unit = {"الايام": "day", "اليومين": "day", "الاسابيع": "week", "الاسبوعين": "week", "الاشهر": "month", "الشهور": "month",
                "الشهرين": "month", "العقود": "decade", "العقدين": "decade", "القرنين": "century", "الساعات": "hour"}.get(g["u"], "year")
        if n:
            tx.type, tx.value = "DURATION", duration(n, unit)
            tx.precision = None
        else:
            tx.value = "FUTURE_REF" if rel.startswith(("المقبل", "القادم", "اللاحق")) else "PAST_REF"
        tx.anchor = None
    elif kind == "set":
        tx.type = "SET"
        w = g["w"]
        u = g.get("u") or g.get("u3") or ""
        unit = ({"يوميا": "day", "اليوميه": "day", "اسبوعيا": "week", "شهريا": "month", "سنويا": "year"}.get(w)
                or UNITS.get(u, DUAL_FORMS.get(u, "day")))
        n = number(g["n"]) if g.get("n") else (2 if u in DUAL_FORMS else 1)
        tx.value, tx.anchor = duration(n or 1, unit), None
        if g.get("approx"):
            tx.mod = "APPROX"
    elif kind == "age_ordinal":
        parts = re.split(r"\s+و\s*|\s+", " ".join(g["age"].split()))
        years = sum(FEM_UNITS.get(w, FEM_TENS.get(w, 10 if w == "عشره" else 0)) for w in parts)
        tx.type, tx.value, tx.anchor, tx.rule = "DURATION", f"P{years}Y", None, "age"
    elif kind == "decade_ordinal":
        n = ordinal_day(g["ord"])
        tx.groups["dec"] = None
        c = " ".join((g.get("c") or "").split())
        if re.fullmatch(PAST, c) or re.fullmatch(THIS, c) or not c:
            if anchor is None or (c and not (re.fullmatch(PAST, c) or re.fullmatch(THIS, c))):
                tx.value, tx.rule = "XXX", "decade"
                return
            century = (anchor.year - 1) // 100 + (0 if re.fullmatch(PAST, c) else 1)  # 21 for 2018
        else:
            num = re.search(r"\d+", c)
            century = int(num.group()) if num else CENTURY_ORDINALS.get(c, 0)
            tx.anchor = None
        if not century or n > 10:
            tx.kind = "reject"
            return
        start = (century - 1) * 100 + (n - 1) * 10  # العقد الأول من القرن العشرين = 1900s
        tx.lo, tx.hi = dt.date(max(start, 1), 1, 1), dt.date(start + 9, 12, 31)
        tx.value, tx.precision, tx.rule = f"{start // 10:03d}", "decade", "decade"
    elif kind == "nth_running":
        tx.value = {"يوم": "XXXX-XX-XX", "شهر": "XXXX-XX", "اسبوع": "XXXX-WXX", "عام": "XXXX", "سنه": "XXXX"}[g.get("u") or g["u2"]]
        tx.anchor, tx.rule = None, "nth_day"
    elif kind == "nth_day":
        # "اليوم الأول" of a visit, a festival: a day of its own span, not the publication day
        tx.value, tx.anchor, tx.rule = "XXXX-XX-XX", None, "nth_day"
    elif kind == "plural_acc":
        unit = {"اش": "month", "شه": "month", "اي": "day", "اع": "year", "عق": "decade", "قر": "century", "اس": "week",
                "سا": "hour"}[g["u"][:2]]
        tx.type, tx.anchor, tx.rule = "DURATION", None, "duration"
        tx.value = f"PTX{DUR_LETTER[unit]}" if unit == "hour" else f"PX{DUR_LETTER[unit]}"
    elif kind == "set_adj":
        tx.type, tx.anchor = "SET", None
        tx.value = duration(1, {"يومي": "day", "اسبوعي": "week", "شهري": "month", "سنوي": "year"}[
            g.get("w") or g.get("w2") or g["w3"]])
    elif kind == "set_weekday":
        tx.type, tx.anchor = "SET", None
        tx.value = f"XXXX-WXX-{WEEKDAYS['ال' + g['wd']] + 1}"
    elif kind == "quarter":
        resolve_quarter(tx, anchor, norm)
    elif kind == "vague":
        w = " ".join(g["w"].split())
        near = norm[max(0, tx.start - 40):tx.start]
        tense = tense_before(norm, tx.start) if w == "لاحقا" else None
        if (w == "لاحقا" and (tense == "past" or tense is None and REPORT_PERFECT.search(near))
                and not re.search(r"(?<![^\W\d_])[وف]?(?:(?!تبين|توفي|تمكن|تعرض)[يتن][^\W\d_]{2,}|حين|قد)\s+(?:\S+\s+){0,2}$", near)):
            # ("على أن يجري لاحقا محادثات", "قد تؤثر لاحقا", "إلى حين إتلافها لاحقا" point ahead and are kept)
            # ("وأكد الجيش لاحقا في تغريدة": a perfect reporting verb before it is past too)
            tx.kind = "reject"  # "وأعلن التنظيم لاحقا تبنيه الهجوم": "later on" in a past story is no time of its own
            return
        tx.value = ("PAST_REF" if w in ("مؤخرا", "موخرا", "سابقا", "في السابق", "في الماضي", "الفتره الاخيره", "الفتره الماضيه",
                                        "الاونه الاخيره", "منذ قليل", "قبل قليل")
                    else "FUTURE_REF" if w in ("قريبا", "المستقبل القريب", "المستقبل", "بعد قليل", "لاحقا") else "PRESENT_REF")
        tx.anchor = None
    elif kind == "season":
        resolve_season(tx, anchor, norm)
    elif kind == "part_of_day":
        tx.type, tx.rule = "TIME", "part_of_day"
        code = ({"الصباح": "TMO", "الفجر": "TMO", "المساء": "TEV", "الليل": "TNI", "النهار": "TDT"}.get(
                    g.get("p2") or g.get("p3") or g.get("p6") or g.get("p8") or "", "TAF")
                if not (g.get("p4") or g.get("p5")) else PART_CODE[g.get("p4") or g["p5"]])
        if anchor is None:
            tx.value, tx.anchor = f"XXXX-XX-XX{code}", None
        else:
            set_day(tx, anchor)
            tx.value += code
    elif kind == "sun":
        w = " ".join((g.get("w") or g.get("adv") or g.get("night") or g.get("half") or g.get("eve") or "").split())
        code = ("TNI" if w in ("ليلا", "الليل") else "TEV" if w.startswith(("غروب", "الغروب", "مساء", "امسيه")) else
                "TAF" if w == "عصرا" else "TMO")
        tx.type, tx.rule, tx.value, tx.anchor = "TIME", "sun", f"XXXX-XX-XX{code}", None
    elif kind in ("clock", "clock_bare"):
        resolve_clock(tx, anchor)
    elif kind == "n_rel":
        rel = g["rel"]
        n, unit = int(g["n"]), UNITS[g["u"]]
        tx.type, tx.value, tx.anchor, tx.rule = "DURATION", duration(n, unit), None, "duration"
    elif kind == "midnight":
        resolve_midnight(tx, norm, anchor)
    elif kind == "month_week":
        resolve_month_week(tx, norm, anchor)
    elif kind == "set_part":
        tx.type, tx.anchor = "SET", None
        tx.value = "XXXX-XX-XX" + PART_CODE[g["part"]]
    elif kind == "prison_term":
        u = g.get("u") or g["u2"]
        unit = {"سن": "year", "عا": "year", "شه": "month", "يو": "day", "اس": "week"}[u[:2]]
        tx.type, tx.value, tx.anchor, tx.rule = "DURATION", duration(1, unit), None, "duration"
    elif kind == "one_acc":
        u = g.get("u") or g["u2"]
        unit = {"يو": "day", "اس": "week", "شه": "month", "عا": "year", "سن": "year", "سا": "hour", "دق": "minute"}[u[:2]]
        tx.type, tx.value, tx.anchor, tx.rule = "DURATION", duration(1, unit), None, "duration"
    elif kind == "someday":
        # "يتوقعون حدوث هذا اللقاء … يوما ما": a day expected, even in a past clause, lies ahead
        past = (tense_before(norm, tx.start) == "past" and not EXPECT.search(sentence_before(norm, tx.start))
                and not IF_BEFORE.search(norm, max(0, tx.start - 30), tx.start)
                or bool(HABIT_ONCE.search(norm, max(0, tx.start - 30), tx.start)))
        tx.value, tx.anchor = ("PAST_REF" if past else "FUTURE_REF"), None
