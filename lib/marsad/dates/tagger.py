"""Tag the time expressions of a text: :func:`tag_dates` and :func:`tag_rows`.

:func:`tag_rows` normalises the text, finds and selects the candidates, resolves each against the reference day or
the last date the text mentioned, then runs the passes of the other modules in a fixed order (the session
dispatchers at the end of this module keep that order). The passes that call the tagger again on a re-spaced
sentence (:func:`_glued_part_weekday`) live here, next to it, so the modules import only downward.
"""
from __future__ import annotations

import datetime as dt
import re

import numpy as np
import pandas as pd

from marsad.dates.candidates import find_candidates, drop_former, fix_month_slips, select
from marsad.dates.clocks import (
    bare_hour_after_clock,
    bracket_says_afternoon,
    bracketed_gmt_hour,
    clock_range_afternoon,
    clock_takes_its_part,
    dialect_hour_of_a_clock,
    event_afternoon,
    GMT_AFTER,
    gmt_says_afternoon,
    gmt_says_morning,
    hour_after_noon_of_a_day,
    late_hour_of_a_day,
    quoted_programme_clock,
    zone_hour_words,
)
from marsad.dates.cues import (
    CLOCK_PART,
    CLOCK_RANGE_GAP,
    COMPLEMENTIZER,
    DOCUMENT_BEFORE,
    OF_DAY_GAP,
    PRESENT_CLAUSE,
    REPORT_BEFORE,
    REPORT_PERFECT,
    UNTIL_BEFORE,
)
from marsad.dates.dayparts import (
    bare_part_of_the_last_day,
    end_of_daytime,
    evening_of_a_programme,
    forecast_part_of_day,
    habitual_parts_of_day,
    morning_of_a_past_report,
    noon_of_its_day,
    part_adverb_of_its_day,
    part_of_a_numeric_date,
    part_of_that_day,
    part_of_this_day,
    quoted_deictic_part,
    since_this_morning,
)
from marsad.dates.deixis import (
    now_and_just,
    on_sentence_day,
    quoted_deictic_of_a_named_day,
    reference_day_of_norm,
    today_of_the_named_day,
    vague_moments,
)
from marsad.dates.durations import (
    about_a_unit_ago,
    after_units_in_a_past_story,
    after_years_of_a_past_story,
    bare_plural_length,
    compound_durations,
    counted_after_that,
    counted_plurals,
    decade_of_an_age,
    decimal_count,
    last_unit,
    lasting_verb_length,
    offset_from_now,
    one_more_unit,
    ordinal_ages,
    own_nth_unit,
    per_day_rate,
    person_at_an_age,
    plural_stretches,
    race_time,
    unit_after_unit,
    unit_and_a_half,
    week_of_a_count,
    years_gone_by,
    years_of_something,
)
from marsad.dates.filters import (
    drop_titles,
    not_a_day,
    not_a_time_word,
    place_named_after_a_date,
    quoted_title_length,
    state_adjectives,
    surname_not_a_set,
    tomorrow_as_a_name,
)
from marsad.dates.lexicon import alt, WEEKDAYS
from marsad.dates.months import (
    bare_month_after_a_perfect,
    coming_month_named_again,
    day_month_named_again,
    day_of_same_month,
    decades_in_figures,
    hijri_month_of_a_year,
    merge_restated_dates,
    month_of_a_name,
    month_of_relative_year,
    month_of_that_year,
    month_range_year,
    movable_day_given_a_date,
    named_wars,
    relative_year_with_its_figure,
    same_day_month_again,
    story_month_year,
    this_day_in_a_year,
    year_before_the_named_one,
    year_ending,
    year_of_the_calendar,
    years_in_words,
)
from marsad.dates.nights import (
    all_night_long,
    dawn_after_a_night,
    eve_of_a_named_weekday,
    eve_of_an_event,
    last_night,
    named_night,
    night_after_a_told_day,
    night_between,
    night_between_two_days,
    night_between_two_weekdays,
    night_of_a_past_report,
    night_pair_next_day,
    quoted_tonight_of_a_told_day,
    tonight_midnight,
    tonight_slip,
    tonight_told_the_morning_after,
    weekday_then_its_night,
)
from marsad.dates.periods import apply_modifier, FOR_YEAR_BEFORE
from marsad.dates.resolve import resolve_timex
from marsad.dates.rows import on_day, put, quote_start
from marsad.dates.schedules import (
    clocks_of_a_numbered_list,
    clocks_under_a_date_heading,
    daily_clocks,
    date_range_timetable,
    schedule_weekdays,
    weekday_plural_set,
    weekday_range_schedule,
)
from marsad.dates.tense import anchoring_anaphor, tense_before
from marsad.dates.values import iso, to_date
from marsad.dates.weekdays import (
    called_for_ahead,
    early_hours_of_weekday,
    future_told_before_a_recent_day,
    same_weekday_same_day,
    some_day_told_past,
    today_named_another_weekday,
    week_of_a_past_story,
    weekday_after_a_comma,
    weekday_against_its_day,
    weekday_ahead_in_a_past_report,
    weekday_as_dated,
    weekday_before_its_date,
    year_by_its_weekday,
)
from marsad.lang.rules import sentence_around, sentence_index
from marsad.lang.text import normalize, normalize_map

__all__ = ["tag_dates", "tag_rows", "TIMEX_COLUMNS"]

TIMEX_COLUMNS = [
    "start", "end", "text", "type", "value", "date_start", "date_end", "precision", "mod", "rule", "anchor",
]


# --------------------------------------------------------------------------- public API
def tag_dates(text: str, *, published=None, reference=None) -> pd.DataFrame:
    """Find Arabic time expressions in ``text`` and resolve them to dates.

    Args:
        text: original text (one segment: a paragraph, a headline).
        published: publication (or capture) date the deictic expressions refer
            to: ``date``/``Timestamp``/ISO string, or ``None`` (then relative
            expressions are still tagged, with values such as ``XXXX-09`` or
            ``PAST_REF`` and no interval).
        reference: the day the text was written, when the caller knows it better
            than one segment does (see :func:`reference_day`, run once on a whole
            article); by default it is found in ``text`` itself.

    Returns:
        One row per expression with :data:`TIMEX_COLUMNS`: ``start``/``end``
        offsets into ``text``, ``text``, TimeML ``type`` (DATE, TIME, DURATION,
        SET), TIMEX3-style ``value``, ``date_start``/``date_end`` (ISO dates or
        None), ``precision`` (day, week, month, quarter, year, decade, century,
        approximate), ``mod`` (START, MID, END, APPROX, MORE_THAN, LESS_THAN),
        the ``rule`` that resolved it and the ``anchor`` date it was resolved
        against.
    """
    if not isinstance(text, str):
        raise TypeError(f"tag_dates expects a str, got {type(text).__name__}")
    rows = tag_rows(text, published=to_date(published), reference=reference)
    # Built column by column as objects (keeps None, not NaN, for unresolved dates), then
    # the offsets as integers: several times cheaper than row-wise inference, and this
    # runs once per segment.
    frame = pd.DataFrame.from_dict({c: [r[c] for r in rows] for c in TIMEX_COLUMNS}, dtype=object)
    for i, col in enumerate(("start", "end")):
        frame.isetitem(i, np.array([r[col] for r in rows], dtype=np.int64))
    return frame


def tag_rows(text: str, *, published=None, reference=None) -> list[dict]:
    """Like :func:`tag_dates` but return plain dicts (the fast path for other stages)."""
    as_normalised, offsets = normalize_map(text)
    norm = fix_month_slips(as_normalised)
    dct = to_date(reference) or reference_day_of_norm(norm, to_date(published))
    found = select(find_candidates(norm))
    rows = []
    ref: dt.date | None = None  # last explicitly dated point, for chained expressions
    ref_sentence = -1
    written: tuple[dt.date, int] | None = None  # last date with a written year and its sentence
    day: tuple[int, dt.date] | None = None  # last day-precision date and its sentence, for clock times
    sentences: list[int] = []
    days_before: list[dt.date | None] = []  # the last day-precision date before each row
    story: tuple[dt.date, str] | None = None  # the last day a story happened on (not the day a report was made)
    stories_before: list[tuple[dt.date, str] | None] = []
    for tx in found:
        sentence = _sentence_index(norm, tx.start)
        anchor, chained = dct, False
        if tx.kind == "day_of_it":
            anchor, chained = ref, ref is not None  # (no month named before: a day of an unknown month)
        if tx.kind in ("offset", "next_day") and ref is not None and sentence - ref_sentence <= 1:
            if anchoring_anaphor(norm, tx.start, tx.end) or tx.kind == "next_day":
                anchor, chained = ref, True
        if tx.kind == "next_day" and day is not None and (not chained or day[1] > ref):
            # the day after the last day the text named, a part of a day included ("مساء الثلاثاء … صبيحة اليوم التالي")
            anchor, chained = day[1], True
        if tx.kind in ("clock", "clock_bare"):
            anchor = day[1] if day and day[0] == sentence else None
        elif tx.kind == "part_of_day" and (tx.groups.get("p2") or tx.groups.get("p3")):
            # "منذ ساعات المساء الأولى": the day its own sentence names, else the article's
            anchor = day[1] if day and day[0] == sentence else dct
        elif tx.kind == "part_of_day" and any(tx.groups.get(k) for k in ("p6", "p7", "p8")):
            # "أعرب خلال النهار", "عند الظهر": the day its sentence names, else the last day the text named if it is no
            # coming one, else the article's ("… الدورة الثانية في 17 حزيران/يونيو. … أعرب خلال النهار" is not 17 June)
            anchor = (day[1] if day is not None and (day[0] == sentence or dct is None or day[1] <= dct) else dct)
        elif tx.kind == "part_of_day" and day is not None:
            anchor = day[1]
        if (tx.kind in ("month", "day_month") and written is not None and sentence - written[1] == 1
                and dct is not None and written[0].year < dct.year):
            tx.groups["story"] = written[0]  # the year a past story was told in, one sentence back
        days_before.append(day[1] if day else None)
        stories_before.append(story)
        resolve_timex(tx, norm, anchor, dct)
        if tx.kind == "reject":
            days_before.pop()
            stories_before.pop()
            continue
        if (tx.precision == "day" and tx.lo is not None and not tx.rule.startswith("named_day")
                # (nor is the date a document is named by: "مراجعة دستور 23 كانون الأول/ديسمبر 2001 … عند فتح صناديق
                # الاقتراع في الساعة السابعة" is on the voting day)
                and not DOCUMENT_BEFORE.search(norm, max(0, tx.start - 20), tx.start)):
            day = (sentence, tx.lo)  # (a holiday named in passing is not the day of later clock times)
            rep = REPORT_BEFORE.search(norm, max(0, tx.start - 70), tx.start)
            if (tx.kind not in ("clock", "clock_bare") and not (rep and not COMPLEMENTIZER.search(rep.group("gap")))
                    # (the end of a stretch is no day a story happened on: "مونديال 2018 الذي تستضيفه روسيا حتى 15
                    # تموز/يوليو … افتتح الاجتماع عند الساعة 0630" is on the article's day)
                    and not UNTIL_BEFORE.search(norm, max(0, tx.start - 20), tx.start)):
                story = (tx.lo, tx.value, len(rows))
        if chained and tx.lo is not None:
            tx.rule += "+chain"
        apply_modifier(tx, norm)
        if tx.type == "DATE" and tx.lo is not None and tx.kind not in ("vague",):
            ref, ref_sentence = tx.lo, sentence
            # an explicitly written year (not one counted from today) carries a story's own time line
            written = (tx.lo, sentence) if tx.rule.startswith(("year", "month:explicit", "day_month:explicit")) else None
            if written and tx.rule.startswith("year") and FOR_YEAR_BEFORE.search(norm, max(0, tx.start - 4), tx.start + (
                    len(norm[tx.start:]) - len(norm[tx.start:].lstrip("لعامسنه ")))):
                written = None  # "أفضل لاعب لعام 2016.": the year a title is for carries no story
        start = int(offsets[tx.start])
        end = int(offsets[tx.end - 1]) + 1
        # Keep trailing marks that normalise away (tanwin in "غداً", tatweel in "هـ").
        while end < len(text) and normalize(text[end]) == "":
            end += 1
        rows.append({
            "start": start, "end": end, "text": text[start:end], "type": tx.type, "value": tx.value,
            "date_start": iso(tx.lo), "date_end": iso(tx.hi), "precision": tx.precision, "mod": tx.mod,
            "rule": tx.rule, "anchor": iso(tx.anchor),
        })
        sentences.append(sentence)
    # A clock time is on the day its sentence names nearest to it, before or after
    # ("الساعة الثامنة من مساء الخميس", "قال اليوم السبت إن الهجوم وقع الساعة الثامنة مساء أمس الجمعة"),
    # else on the day the text last named ("الاثنين ... وقع الانفجار الساعة الثامنة صباحا").
    # The two ends of a clock range ("من التاسعة صباحا وحتى التاسعة مساء") are measured as one.
    weekday_range_schedule(rows, text, sentences)
    weekday_plural_set(rows, text, sentences)
    extent = [(r["start"], r["end"]) for r in rows]
    for i in range(len(rows) - 1):
        a, b = rows[i], rows[i + 1]
        if a["rule"] == b["rule"] == "clock" and CLOCK_RANGE_GAP.fullmatch(normalize(text[a["end"]:b["start"]])):
            c = rows[i + 2] if i + 2 < len(rows) else None
            if (c is not None and c["precision"] == "day" and c["rule"] != "clock"
                    and OF_DAY_GAP.fullmatch(normalize(text[b["end"]:c["start"]]))
                    and any(r["precision"] == "day" and r["rule"] != "clock" and r["end"] <= a["start"]
                            and sentences[j] == sentences[i] for j, r in enumerate(rows[:i]))):
                # "سيسجل اليوم بداية من الساعة الثامنة صباحا وحتى الساعة الواحدة من صباح يوم الجمعة": an overnight range
                # whose end has a day of its own; its start keeps the day named before it
                continue
            extent[i] = extent[i + 1] = (a["start"], b["end"])
    for i, row in enumerate(rows):
        if row["rule"] != "clock":
            continue
        days = [(j, r) for j, r in enumerate(rows) if j != i and sentences[j] == sentences[i]
                and r["precision"] == "day" and r["date_start"] and r["rule"] != "clock"]
        lo, hi = extent[i]
        prev = next((r for j, r in reversed(days) if r["end"] <= lo), None)
        nxt_j, nxt = next(((j, r) for j, r in days if r["start"] >= hi), (None, None))
        hour, minute = map(int, row["value"].split("T")[1].split(":"))
        # A day before a complementizer dates the report, not the event told after it
        # ("وأضاف اليوم السبت أن الهجوم وقع الساعة الثامنة مساء أمس الجمعة").
        reported = prev is not None and bool(COMPLEMENTIZER.search(normalize(text[prev["end"]:lo])))
        # "الجمعة 12 ماي الساعة 16:00 … الساعة 18:00 … الإربعاء 23 ماي": a clock after another clock of the same day
        listed = (i > 0 and prev is not None and rows[i - 1]["rule"] == "clock" and rows[i - 1]["start"] > prev["end"]
                  and rows[i - 1]["date_start"] == prev["date_start"] and sentences[i - 1] == sentences[i])
        # "والساعة 18,00 من يوم السبت": a day linked to the clock by "من" is its own, however near the one before
        linked = nxt is not None and bool(OF_DAY_GAP.fullmatch(normalize(text[hi:nxt["start"]])))
        if (nxt is not None and not linked and prev is None
                and re.search(r"(?<![^\W\d_])[وف]?(?:بعد|عقب|اثر|قبل)\s+(?:\S+\s+){0,2}$", normalize(text[hi:nxt["start"]]))):
            # "كانت على الساعة 11 داخل القسم بعد استجابة التلاميذ … بعد تعطلها امس": a day after "بعد/قبل" + a noun
            # dates that other act, not the clock
            nxt_j, nxt = None, None
        if (nxt is not None and not linked
                and re.search(r"(?<![^\W\d_])[وف]?(?:بعد|عقب|اثر|قبل|منذ)\s+ان(?![^\W\d_])", normalize(text[hi:nxt["start"]]))):
            # "وتراجع السهم عند الساعة 15:15 ت غ … بعد أن تراجع بنسبة 6,8 بالمئة الاثنين": a day inside a clause of its
            # own opened by "بعد أن/قبل أن/منذ أن" dates that clause's act, not the clock before it
            nxt_j, nxt = None, None
        if nxt is not None and not linked and _GMT_OWN_DAY.fullmatch(normalize(text[hi:nxt["start"]])):
            # "في الساعة 07:58 بالتوقيت المحلي (22:58 بتوقيت غرينتش الأحد)": a day inside the brackets of a GMT clock is
            # the GMT clock's (the local clock is often on the next day)
            nxt_j, nxt = None, None
        if nxt is not None and not linked and re.search(r"(?<![^\W\d_])[وف]?منذ\s+(?:يوم\s+)?$",
                                                        normalize(text[hi:nxt["start"]])):
            # "بلغ سعر البرميل … بحلول الساعة 0553 بتوقيت غرينتش وهو أقل مستوى منذ 30 نوفمبر": a day after "منذ" starts
            # a stretch, it is not the clock's day
            nxt_j, nxt = None, None
        if nxt is not None and not linked and re.search(r"(?<![^\W\d_])علي\s+ان(?![^\W\d_])", normalize(text[hi:nxt["start"]])):
            # "ألغي مؤتمر صحافي كان مقررا قرابة الساعة 19,00، على أن يعقد مؤتمر آخر بعد ظهر الجمعة": the day of the
            # proviso's clause is not the day of a clock before it
            nxt_j, nxt = None, None
        if nxt is not None and not linked and nxt["rule"].startswith("offset"):
            # "مؤتمر صحفي عقده بعيد منتصف الليل … منذ ثلاثة أيام": a day counted back in a later clause is not its day
            nxt_j, nxt = None, None
        if nxt is not None and (not listed or linked) and (prev is None or reported or linked or nxt["start"] - hi < lo - prev["end"]):
            day = nxt["date_start"]
            if ((hour, minute) == (0, 0) and "منتصف" in normalize(row["text"])
                    and _RANGE_END_BEFORE.search(normalize(text[max(0, lo - 40):lo]))):
                # "بين الغروب ومنتصف الليل يوم 27 يوليو", "حتى منتصف الليل": the midnight that ends the day named
                day = (dt.date.fromisoformat(day[:10]) + dt.timedelta(days=1)).isoformat()
            if (nxt_j == i + 1 and nxt["value"].endswith(("TEV", "TNI", "TAF")) and hour < 12
                    and not CLOCK_PART.search(normalize(row["text"]))):
                hour += 12  # "… الثامنة من مساء الخميس" is 20:00
            elif (nxt_j == i + 1 and nxt["value"].endswith(("TEV", "TNI")) and (hour, minute) == (12, 0)
                    and not CLOCK_PART.search(normalize(row["text"]))):
                # "بدءا من الساعة الثانية عشر مساء 31 يوليو": twelve in the evening is the midnight that ends the day
                hour, day = 0, (dt.date.fromisoformat(day[:10]) + dt.timedelta(days=1)).isoformat()
            if (nxt_j == i + 1 and hour == 12 and re.match(r"(?:فجر|ليل)", normalize(nxt["text"]))
                    and not CLOCK_PART.search(normalize(row["text"]))):
                hour = 0  # "الساعة 12.01 من فجر الجمعة" is a minute after midnight
        elif prev is not None:
            day = prev["date_start"]
            if (hour, minute) == (0, 0) and "منتصف" in normalize(row["text"]) and prev["date_start"]:
                # "الاستجواب الذي بدأ صباح الثلاثاء توقف قرابة منتصف الليل": the midnight that ends that day
                day = (dt.date.fromisoformat(prev["date_start"][:10]) + dt.timedelta(days=1)).isoformat()
            # "مقابلة ودية مساء اليوم ... انطلاقا من الساعة الثالثة": an hour without its half of the day, after
            # the evening or afternoon of its sentence, is in the afternoon (a night from 6 on)
            if (hour < 12 and not CLOCK_PART.search(normalize(row["text"]))
                    and (prev["value"].endswith(("TEV", "TAF")) or prev["value"].endswith("TNI") and hour >= 6)
                    and not gmt_says_morning(text, row["end"], hour)
                    # (a GMT restatement in brackets right after the part of the day is another zone's clock: "وقع
                    # الانهيار عند الظهر (10:00 ت غ)")
                    and not (re.fullmatch(r"\s*\(\s*", text[prev["end"]:row["start"]])
                             and GMT_AFTER.match(normalize(text[row["end"]:row["end"] + 12])))):
                hour += 12
            elif (prev["value"].endswith("TNI") and named_night(prev) and 0 <= hour < 6
                  and (hour, minute) != (0, 0) and day):
                # "اندلع حريق ليل السبت وتمت السيطرة عليه على الساعة الواحدة": an hour after midnight of a night
                # named by a day is on the next calendar day (data/gold/timex/README.md, night hours); so is one after
                # last night ("رصدت دورية في الليلة الفارطة، وتحديدا حوالي الساعة الثانية")
                day = (dt.date.fromisoformat(day[:10]) + dt.timedelta(days=1)).isoformat()
        elif (row["date_start"] is None and stories_before[i] is not None
              and rows[stories_before[i][2]]["type"] != "SET"
              # (a clock time dated since, "في منتصف الليل", is nearer)
              and not any(rows[j]["rule"] == "clock" and rows[j]["date_start"] for j in range(stories_before[i][2] + 1, i))):
            # no day in its sentence: the day the story last named, not the day a source reported it
            # ("قتل 35 مهاجرا في وقت متأخر من ليل السبت … وفقا لما نقلته الوكالة، الأحد. وتلقت الجهات إشارة عند
            # الساعة العاشرة و45 دقيقة" is Saturday 22:45); after a night or an evening an hour without its half of
            # the day is in the afternoon
            day = stories_before[i][0].isoformat()
            if (1 <= hour < 12 and not CLOCK_PART.search(normalize(row["text"]))
                    and not re.search(r"(?<!\d)0\d\s*[:.,]\d\d", row["text"])  # "00,30", "05:00": a 24-hour clock
                    and (stories_before[i][1].endswith(("TEV", "TAF")) or stories_before[i][1].endswith("TNI") and hour >= 6)
                    and not gmt_says_morning(text, row["end"], hour)):
                hour += 12
            elif (stories_before[i][1].endswith("TNI") and named_night(rows[stories_before[i][2]])
                  and 0 <= hour < 6 and (hour, minute) != (0, 0)):
                # "دهست شاحنة مارة ليل الأحد- الاثنين … ووقع الحادث قرابة الساعة 04:00": after midnight, the next day
                day = (stories_before[i][0] + dt.timedelta(days=1)).isoformat()
            clause = re.split(r"[.!؟?:؛\n]", normalize(text[max(0, row["start"] - 250):row["start"]]))[-1]
            if (dct is not None and day > dct.isoformat()
                    and "\n" in text[rows[stories_before[i][2]]["end"]:row["start"]]
                    # (not an item of a list its paragraph opens with a colon: "تدور الأحد 12 فيفري مباريات … وفي ما
                    # يلي تعيينات الحكام : ¶ الساعة 14:00 …")
                    and not text[:row["start"]].rsplit("\n", 1)[0].rstrip().endswith((":", "："))
                    and not re.search(r"(?<![^\W\d_])[وف]?[يت][^\W\d_]{2,}", clause)
                    and tense_before(clause, len(clause)) != "future"):
                # "وإذا لم يتحقق ذلك الأحد، فما زالت هناك الدورة الثانية في 17 حزيران/يونيو. ¶ … ¶ لكن السلطات شددت
                # التدابير الأمنية للانتخابات، من الساعة 8:00 الى 16:00": a coming day named in an earlier paragraph is
                # not the day of a clock with none in its sentence and no imperfect (present or future) verb before it
                # in its clause; the article's day is ("¶ وتبدأ الحصة التدريبية عند الساعة 10,30" keeps the coming day)
                day = dct.isoformat()
            elif dct is not None and day > dct.isoformat():
                # "… قبل انتخابات تجرى في 25 يوليو. وقال صحافي إن الشرطة اقتادته عقب هبوطها حوالي الساعة 8:45 مساء":
                # a clock told in the past is not on a coming day named before it, but on the article's day
                before = re.split(r"[.!؟?:؛\n]", normalize(text[max(0, row["start"] - 250):row["start"]]))[-1]
                tense = tense_before(before, len(before))
                comp = COMPLEMENTIZER.search(before)
                if tense == "past" or (tense is None and comp and REPORT_PERFECT.search(before, 0, comp.start())
                                       and not re.search(r"(?<![^\W\d_])[وف]?[يت][^\W\d_]{2,}", before[comp.end():])):
                    day = dct.isoformat()
        elif (row["date_start"] is None and i > 0 and rows[i - 1]["rule"] == "clock" and rows[i - 1]["date_start"]
              and sentences[i - 1] == sentences[i]):
            # "من الساعة 8:00 الى 16:00 (13:00 الى 21:00 ت غ)": with no day in its sentence, a clock is on the day of
            # the clock before it in that sentence
            day = rows[i - 1]["date_start"]
        elif row["date_start"] is None and days_before[i] is not None:
            day = days_before[i].isoformat()
        elif row["date_start"] is None and dct is not None:
            day = dct.isoformat()  # "تبدأ المباراة الساعة العاشرة": the day the article was written
        else:
            continue
        if prev is None and nxt is None and dct is not None and day < dct.isoformat():
            # "وكان التصويت قد بدأ أمس السبت … وينتهي التصويت في السابعة مساء": a clock after a present-tense verb
            # of its own clause, with no day in its sentence, is on the article's day, not on a past day named before
            before = re.split(r"[.!؟?:؛\n]", normalize(text[max(0, row["start"] - 250):row["start"]]))[-1]
            if ((PRESENT_CLAUSE.search(before) and tense_before(before, len(before)) != "past"
                    or tense_before(before, len(before)) == "future")
                    # (not a future told from the past: "الطائرة، وكانت ستقوم برحلة بين دورانغو ومكسيكو، تحطمت نحو
                    # الساعة 16,00" is on the day the story named)
                    and not re.search(r"(?<![^\W\d_])[وف]?كان(?:ت|وا|ا|تا)?\s+س[يتن][^\W\d_]{2,}", before)):
                # ("و ستجتمع الوزارة انطلاقا من الساعة 18:00": a coming clock is not on a past day named before it)
                day = dct.isoformat()
        row["date_start"] = row["date_end"] = row["anchor"] = day
        row["value"] = f"{day}T{hour:02d}:{minute:02d}"
        row["precision"] = "day"
    date_range_timetable(rows, text)
    for k, (a, b) in enumerate(zip(rows, rows[1:])):
        # "مظاهرة مساء اليوم … في تمام الساعة 23:30. ينطلق بعدها المتظاهرون … في تمام منتصف الليل": a midnight right
        # after an evening clock of the same day (in its sentence or the next) is the one that ends that day
        if (a["rule"] == b["rule"] == "clock" and a["date_start"] and b["date_start"] == a["date_start"]
                and b["value"].endswith("T00:00") and "منتصف" in normalize(b["text"])
                and int(a["value"][11:13]) >= 18 and sentences[k + 1] - sentences[k] <= 1):
            day = (dt.date.fromisoformat(a["date_start"][:10]) + dt.timedelta(days=1)).isoformat()
            b["date_start"] = b["date_end"] = b["anchor"] = day
            b["value"] = day + "T00:00"
    for a, b in zip(rows, rows[1:]):
        # "قرابة الساعة 04:00 (02:00 غرينتش)": the GMT clock in brackets is on the day of the local clock before it
        if (a["rule"] == b["rule"] == "clock" and a["date_start"] and b["date_start"] != a["date_start"]
                and re.fullmatch(r"\s*(?:بالتوقيت\s+المحلي\s*|(?:صباحا|مساء|ليلا)[\u064b\u064c\u064d]?\s*)?\(\s*",
                                 text[a["end"]:b["start"]])
                and not _GMT_OWN_DAY.fullmatch(normalize(text[a["end"]:next((r["start"] for r in rows if r["start"] >= b["end"]
                                                                              and r["precision"] == "day"), b["end"])]))):
            b["date_start"] = b["date_end"] = b["anchor"] = a["date_start"]
            b["value"] = a["date_start"][:10] + b["value"][10:]
    schedule_weekdays(rows, text, dct)
    for a, b in zip(rows, rows[1:]):
        # "حيز التنفيذ اليوم الجمعة بتوقيت بروكسل (22,00 ت غ)": a day named in a local time zone, then a GMT evening
        # clock in brackets and no local clock: the local day begins at its midnight, which is that GMT evening of the
        # day before
        if (a["type"] == "DATE" and a["precision"] == "day" and a["date_start"] and b["rule"] == "clock"
                and b["date_start"] == a["date_start"][:10] and int(b["value"][11:13]) >= 18
                and re.fullmatch(r"\s*(?:بتوقيت|بالتوقيت)\s+[^\W\d_]+\s*\(\s*", normalize(text[a["end"]:b["start"]]))
                and GMT_AFTER.match(normalize(text[b["end"]:b["end"] + 12]))):
            day = (dt.date.fromisoformat(a["date_start"][:10]) - dt.timedelta(days=1)).isoformat()
            on_day(b, day, anchor=True)
    gmt_says_afternoon(rows, text)
    bracket_says_afternoon(rows, text)
    early_hours_of_weekday(rows, text, sentences)
    month_of_relative_year(rows, text, sentences)
    bare_hour_after_clock(rows, text, sentences)
    clock_range_afternoon(rows, text)
    event_afternoon(rows, text)
    on_sentence_day(rows, text, sentences, dct)
    clocks_under_a_date_heading(rows, text, sentences)
    # "حتى وقت متأخر من الليل", "خلال النهار" named alone are a story's only with a day in their sentence or a past verb
    # right before them; else a habit or a generic time ("تناول الطعام في وقت متأخر من الليل", "استخدام الأجهزة خلال
    # النهار") and dropped
    for r in [r for r in rows if r["rule"] == "part_of_day" and normalize(r["text"]) in ("المساء", "الليل", "النهار")]:
        lo, hi = sentence_around(text, r["start"])
        if not any(q is not r and lo <= q["start"] < hi and q["precision"] == "day" and q["date_start"]
                   and q["rule"] != "clock" for q in rows) and not last_night(text, r["start"]):
            rows.remove(r)
    future_told_before_a_recent_day(rows, text, dct)
    week_of_a_past_story(rows, dct)
    same_weekday_same_day(rows, dct)
    night_pair_next_day(rows, dct)
    weekday_as_dated(rows, dct)
    weekday_before_its_date(rows, text)
    weekday_against_its_day(rows, text)
    year_by_its_weekday(rows)
    clock_takes_its_part(rows, text)
    daily_clocks(rows, sentences)
    quoted_deictic_part(rows, text)
    rows[:] = [r for r in rows if not (r["rule"] == "deictic_day" and " ".join(normalize(r["text"]).split()) == "هذه الامسيه"
                                       and quote_start(text, r["start"]) is None)]
    # ("وستقام هذه الأمسية تحت رعاية …" in narration names the event told before it, not this evening; "متحمسة جدا لهذه
    # الأمسية" in a quotation is the evening of the day the words were said)
    quoted_deictic_of_a_named_day(rows, text, dct)
    today_of_the_named_day(rows, text, dct)
    compound_durations(rows, text)
    # (the session rules read the text as normalised, before the month slips are mended)
    _fifteenth_session(rows, text, as_normalised, offsets, dct)
    _sixteenth_session(rows, text, as_normalised, offsets, dct)
    _twenty_first_session(rows, text, as_normalised, offsets, dct)
    _twenty_second_session(rows, text, as_normalised, offsets, dct)
    _second_round_28(rows, text, as_normalised, offsets)
    drop_former(rows, text)
    # "آلان دوكاس", "آلان أموني": the name Alain, written with a madda, normalises like "الآن" (now)
    rows[:] = [r for r in rows if not (r["rule"] == "vague" and r["text"].startswith("آلان"))]
    return rows


def _fifteenth_session(rows: list[dict], text: str, norm: str, offsets, dct: dt.date | None) -> None:
    merge_restated_dates(rows, text)
    month_range_year(rows, text)
    named_wars(rows, text, norm, offsets)
    zone_hour_words(rows, text, norm, offsets)
    plural_stretches(rows, text, norm, offsets)
    counted_plurals(rows, text, norm, offsets)
    ordinal_ages(rows, text, norm, offsets)
    day_of_same_month(rows, text, norm, offsets)
    now_and_just(rows, text, norm, offsets)
    last_unit(rows, text, norm, offsets)
    own_nth_unit(rows, text, norm, offsets)
    part_of_this_day(rows, text, norm, offsets, dct)
    tonight_told_the_morning_after(rows, text, dct)
    drop_titles(rows, text)
    night_between(rows, text, norm, offsets, dct)
    same_day_month_again(rows)


# A part of the day glued to its weekday ("اختتمت مساءالسبت فعاليات"): read as written apart, on its sentence.
_GLUED_PART_WEEKDAY = re.compile(rf"(?<![^\W\d_])[وفبل]?(?P<p>مساء|صباح|ليله|ليل|فجر|ظهر|سهره|صبيحه)"
                                 rf"(?P<w>ال(?:{alt(w[2:] for w in WEEKDAYS if w.startswith('ال'))}))(?![^\W\d_])")


def _glued_part_weekday(rows: list[dict], text: str, norm: str, offsets, dct: dt.date | None) -> None:
    for m in _GLUED_PART_WEEKDAY.finditer(norm):
        s, e = int(offsets[m.start("p")]), int(offsets[m.end("w") - 1]) + 1
        if any(r["start"] < e and s < r["end"] for r in rows):
            continue
        cut = int(offsets[m.start("w")])
        lo, hi = sentence_around(text, s)
        spaced = text[lo:cut] + " " + text[cut:hi]
        got = next((r for r in tag_rows(spaced, published=dct, reference=dct) if r["start"] == s - lo), None)
        if got is None or got["type"] != "TIME" or got["end"] != e - lo + 1:
            continue
        got.update(start=s, end=e, text=text[s:e], rule=got["rule"] + "+glued")
        put(rows, got)


def _sixteenth_session(rows: list[dict], text: str, norm: str, offsets, dct: dt.date | None) -> None:
    years_in_words(rows, text, norm, offsets)
    tonight_midnight(rows, text, norm, offsets, dct)
    not_a_day(rows, text, norm, offsets)
    after_years_of_a_past_story(rows, text, dct)
    eve_of_an_event(rows, text, norm, offsets, dct)
    _glued_part_weekday(rows, text, norm, offsets, dct)
    clocks_of_a_numbered_list(rows, text)
    all_night_long(rows, text, norm, offsets, dct)
    story_month_year(rows, text, dct)
    month_of_that_year(rows, text)
    counted_after_that(rows, text)
    part_adverb_of_its_day(rows, text, norm, offsets)
    _seventeenth_session(rows, text, norm, offsets, dct)


# the end of a range of times: "بين الغروب ومنتصف الليل", "من العاشرة حتى منتصف الليل", "إلى منتصف الليل"
_RANGE_END_BEFORE = re.compile(r"(?:(?:بين|من)\s+\S+(?:\s+\S+)?\s+و\s*|(?<![^\W\d_])(?:حتي|الي|لغايه)\s+"
                               # "وقف إطلاق النار الذي من المقرر أن ينتهي في منتصف الليل اليوم الأحد": the end of that day
                               r"|(?<![^\W\d_])[وف]?(?:ينتهي|تنتهي|انتهي|انتهت|ينقضي|تنقضي)\s+(?:في\s+|عند\s+)?)"
                               r"(?:قرابه\s+|نحو\s+|حوالي\s+)?$")


# the gap between a local clock and a day named inside the brackets of its GMT clock: " بالتوقيت المحلي (22:58 بتوقيت غرينتش "
_GMT_OWN_DAY = re.compile(r"\s*(?:بالتوقيت\s+المحلي\s*|(?:صباحا|مساء|ليلا)\s*)?\(\s*\d{1,2}[:.,]?\d{2}\s*(?:ت\s*\.?\s*غ|بتوقيت\s+[^\s)]+|توقيت\s+[^\s)]+|GMT)"
                          r"\s*[،,]?\s*(?:يوم\s+)?")


_sentence_index = sentence_index



# --------------------------------------------------------------------------- seventeenth session (dev-18's classes)
def _seventeenth_session(rows: list[dict], text: str, norm: str, offsets, dct: dt.date | None) -> None:
    month_of_a_name(rows, text, norm)
    one_more_unit(rows, text, norm, offsets)
    noon_of_its_day(rows, text, norm, offsets, dct)
    weekday_then_its_night(rows, text, norm, offsets)
    night_after_a_told_day(rows, text, norm, offsets, dct)
    eve_of_a_named_weekday(rows, text, dct)
    about_a_unit_ago(rows, text, norm, offsets, dct)
    unit_after_unit(rows, text)
    unit_and_a_half(rows, text, norm, offsets)
    year_ending(rows, text, dct)
    this_day_in_a_year(rows, text, norm, offsets, dct)
    decade_of_an_age(rows, text, norm)
    state_adjectives(rows, text, norm)
    _eighteenth_session(rows, text, norm, offsets, dct)


# --------------------------------------------------------------------------- eighteenth session (dev-19's classes)
def _eighteenth_session(rows: list[dict], text: str, norm: str, offsets, dct: dt.date | None) -> None:
    years_gone_by(rows, text, norm, offsets, dct)
    night_between_two_days(rows, text, norm, offsets)
    part_of_a_numeric_date(rows, text, norm, offsets)
    part_of_that_day(rows, text, norm, offsets)
    end_of_daytime(rows, text, norm, offsets, dct)
    forecast_part_of_day(rows, text, norm, offsets)
    since_this_morning(rows, text, norm, offsets, dct)
    night_of_a_past_report(rows, text, norm, offsets, dct)
    habitual_parts_of_day(rows, text, norm, offsets)
    vague_moments(rows, text, norm, offsets)
    hijri_month_of_a_year(rows, text)
    _nineteenth_session(rows, text, norm, offsets, dct)


# --------------------------------------------------------------------------- nineteenth session (dev-20's classes)
def _nineteenth_session(rows: list[dict], text: str, norm: str, offsets, dct: dt.date | None) -> None:
    decades_in_figures(rows, text, norm, offsets)
    hour_after_noon_of_a_day(rows, text, norm, offsets)
    bare_part_of_the_last_day(rows, text, norm, offsets, dct)
    quoted_tonight_of_a_told_day(rows, text, norm, dct)
    weekday_ahead_in_a_past_report(rows, text, dct)
    movable_day_given_a_date(rows, text, norm, offsets)
    night_between_two_weekdays(rows, text)
    coming_month_named_again(rows)
    place_named_after_a_date(rows, text)
    relative_year_with_its_figure(rows, text)
    _twentieth_session(rows, text, dct)


# --------------------------------------------------------------------------- twentieth session (dev-21's classes and
# the errors read on unlabelled full-length articles drawn with no cue, probed22b.txt)
def _twentieth_session(rows: list[dict], text: str, dct: dt.date | None) -> None:
    day_month_named_again(rows)
    bare_month_after_a_perfect(rows, text, dct)
    offset_from_now(rows, text)
    not_a_time_word(rows, text)
    today_named_another_weekday(rows, text)
    year_of_the_calendar(rows, text, dct)
    surname_not_a_set(rows, text)
    week_of_a_count(rows, text)
    lasting_verb_length(rows, text)
    called_for_ahead(rows, text, dct)
    quoted_title_length(rows, text)
    per_day_rate(rows, text)
    year_before_the_named_one(rows, text)
    years_of_something(rows, text)
    some_day_told_past(rows, text)


# --------------------------------------------------------------------------- second round of session 20 (dev-24's classes)
def _twenty_first_session(rows: list[dict], text: str, norm: str, offsets, dct: dt.date | None) -> None:
    morning_of_a_past_report(rows, text, norm, offsets, dct)
    tonight_slip(rows, text, norm, offsets, dct)
    dialect_hour_of_a_clock(rows, text, norm, offsets)
    late_hour_of_a_day(rows, text, norm, offsets)


# --------------------------------------------------------------------------- twenty-first lead session (dates27: dev-23's
# and dev-24's leftovers, race times and parts of the day)
def _twenty_second_session(rows: list[dict], text: str, norm: str, offsets, dct: dt.date | None) -> None:
    race_time(rows, text, norm, offsets)
    dawn_after_a_night(rows, text, norm, offsets)
    evening_of_a_programme(rows, text, norm, offsets, dct)
    bracketed_gmt_hour(rows, text, norm, offsets)
    bare_plural_length(rows, text, norm, offsets)
    after_units_in_a_past_story(rows, text, norm, offsets)
    decimal_count(rows, text, norm, offsets, dct)
    tomorrow_as_a_name(rows, text)


def _second_round_28(rows: list[dict], text: str, norm: str, offsets) -> None:
    person_at_an_age(rows, text, norm, offsets)
    quoted_programme_clock(rows, text, norm)
    weekday_after_a_comma(rows, text, norm, offsets)
