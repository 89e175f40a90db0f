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

from marsad.dates.candidates import _candidates, _drop_former, _fix_month_slips, _select
from marsad.dates.clocks import (
    _bare_hour_after_clock,
    _bracket_says_afternoon,
    _bracketed_gmt_hour,
    _clock_range_afternoon,
    _clock_takes_its_part,
    _dialect_hour_of_a_clock,
    _event_afternoon,
    _GMT_AFTER,
    _gmt_says_afternoon,
    _gmt_says_morning,
    _hour_after_noon_of_a_day,
    _late_hour_of_a_day,
    _quoted_programme_clock,
    _zone_hour_words,
)
from marsad.dates.cues import (
    _CLOCK_PART,
    _CLOCK_RANGE_GAP,
    _COMPLEMENTIZER,
    _DOCUMENT_BEFORE,
    _OF_DAY_GAP,
    _PRESENT_CLAUSE,
    _REPORT_BEFORE,
    _REPORT_PERFECT,
    _UNTIL_BEFORE,
)
from marsad.dates.dayparts import (
    _bare_part_of_the_last_day,
    _end_of_daytime,
    _evening_of_a_programme,
    _forecast_part_of_day,
    _habitual_parts_of_day,
    _morning_of_a_past_report,
    _noon_of_its_day,
    _part_adverb_of_its_day,
    _part_of_a_numeric_date,
    _part_of_that_day,
    _part_of_this_day,
    _quoted_deictic_part,
    _since_this_morning,
)
from marsad.dates.deixis import (
    _now_and_just,
    _on_sentence_day,
    _quoted_deictic_of_a_named_day,
    _reference_day,
    _today_of_the_named_day,
    _vague_moments,
)
from marsad.dates.durations import (
    _about_a_unit_ago,
    _after_units_in_a_past_story,
    _after_years_of_a_past_story,
    _bare_plural_length,
    _compound_durations,
    _counted_after_that,
    _counted_plurals,
    _decade_of_an_age,
    _decimal_count,
    _last_unit,
    _lasting_verb_length,
    _offset_from_now,
    _one_more_unit,
    _ordinal_ages,
    _own_nth_unit,
    _per_day_rate,
    _person_at_an_age,
    _plural_stretches,
    _race_time,
    _unit_after_unit,
    _unit_and_a_half,
    _week_of_a_count,
    _years_gone_by,
    _years_of_something,
)
from marsad.dates.filters import (
    _drop_titles,
    _not_a_day,
    _not_a_time_word,
    _place_named_after_a_date,
    _quoted_title_length,
    _state_adjectives,
    _surname_not_a_set,
    _tomorrow_as_a_name,
)
from marsad.dates.lexicon import _alt, _WEEKDAYS
from marsad.dates.months import (
    _bare_month_after_a_perfect,
    _coming_month_named_again,
    _day_month_named_again,
    _day_of_same_month,
    _decades_in_figures,
    _hijri_month_of_a_year,
    _merge_restated_dates,
    _month_of_a_name,
    _month_of_relative_year,
    _month_of_that_year,
    _month_range_year,
    _movable_day_given_a_date,
    _named_wars,
    _relative_year_with_its_figure,
    _same_day_month_again,
    _story_month_year,
    _this_day_in_a_year,
    _year_before_the_named_one,
    _year_ending,
    _year_of_the_calendar,
    _years_in_words,
)
from marsad.dates.nights import (
    _all_night_long,
    _dawn_after_a_night,
    _eve_of_a_named_weekday,
    _eve_of_an_event,
    _last_night,
    _named_night,
    _night_after_a_told_day,
    _night_between,
    _night_between_two_days,
    _night_between_two_weekdays,
    _night_of_a_past_report,
    _night_pair_next_day,
    _quoted_tonight_of_a_told_day,
    _tonight_midnight,
    _tonight_slip,
    _tonight_told_the_morning_after,
    _weekday_then_its_night,
)
from marsad.dates.periods import _apply_modifier, _FOR_YEAR_BEFORE
from marsad.dates.resolve import _resolve
from marsad.dates.rows import _on_day, _put, _quote_start
from marsad.dates.schedules import (
    _clocks_of_a_numbered_list,
    _clocks_under_a_date_heading,
    _daily_clocks,
    _date_range_timetable,
    _schedule_weekdays,
    _weekday_plural_set,
    _weekday_range_schedule,
)
from marsad.dates.tense import _anchoring_anaphor, _tense_before
from marsad.dates.values import _iso, _to_date
from marsad.dates.weekdays import (
    _called_for_ahead,
    _early_hours_of_weekday,
    _future_told_before_a_recent_day,
    _same_weekday_same_day,
    _some_day_told_past,
    _today_named_another_weekday,
    _week_of_a_past_story,
    _weekday_after_a_comma,
    _weekday_against_its_day,
    _weekday_ahead_in_a_past_report,
    _weekday_as_dated,
    _weekday_before_its_date,
    _year_by_its_weekday,
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
    rows = tag_rows(text, published=_to_date(published), reference=reference)
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
    norm = _fix_month_slips(as_normalised)
    dct = _to_date(reference) or _reference_day(norm, _to_date(published))
    found = _select(_candidates(norm))
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
            if _anchoring_anaphor(norm, tx.start, tx.end) or tx.kind == "next_day":
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
        _resolve(tx, norm, anchor, dct)
        if tx.kind == "reject":
            days_before.pop()
            stories_before.pop()
            continue
        if (tx.precision == "day" and tx.lo is not None and not tx.rule.startswith("named_day")
                # (nor is the date a document is named by: "مراجعة دستور 23 كانون الأول/ديسمبر 2001 … عند فتح صناديق
                # الاقتراع في الساعة السابعة" is on the voting day)
                and not _DOCUMENT_BEFORE.search(norm, max(0, tx.start - 20), tx.start)):
            day = (sentence, tx.lo)  # (a holiday named in passing is not the day of later clock times)
            rep = _REPORT_BEFORE.search(norm, max(0, tx.start - 70), tx.start)
            if (tx.kind not in ("clock", "clock_bare") and not (rep and not _COMPLEMENTIZER.search(rep.group("gap")))
                    # (the end of a stretch is no day a story happened on: "مونديال 2018 الذي تستضيفه روسيا حتى 15
                    # تموز/يوليو … افتتح الاجتماع عند الساعة 0630" is on the article's day)
                    and not _UNTIL_BEFORE.search(norm, max(0, tx.start - 20), tx.start)):
                story = (tx.lo, tx.value, len(rows))
        if chained and tx.lo is not None:
            tx.rule += "+chain"
        _apply_modifier(tx, norm)
        if tx.type == "DATE" and tx.lo is not None and tx.kind not in ("vague",):
            ref, ref_sentence = tx.lo, sentence
            # an explicitly written year (not one counted from today) carries a story's own time line
            written = (tx.lo, sentence) if tx.rule.startswith(("year", "month:explicit", "day_month:explicit")) else None
            if written and tx.rule.startswith("year") and _FOR_YEAR_BEFORE.search(norm, max(0, tx.start - 4), tx.start + (
                    len(norm[tx.start:]) - len(norm[tx.start:].lstrip("لعامسنه ")))):
                written = None  # "أفضل لاعب لعام 2016.": the year a title is for carries no story
        start = int(offsets[tx.start])
        end = int(offsets[tx.end - 1]) + 1
        # Keep trailing marks that normalise away (tanwin in "غداً", tatweel in "هـ").
        while end < len(text) and normalize(text[end]) == "":
            end += 1
        rows.append({
            "start": start, "end": end, "text": text[start:end], "type": tx.type, "value": tx.value,
            "date_start": _iso(tx.lo), "date_end": _iso(tx.hi), "precision": tx.precision, "mod": tx.mod,
            "rule": tx.rule, "anchor": _iso(tx.anchor),
        })
        sentences.append(sentence)
    # A clock time is on the day its sentence names nearest to it, before or after
    # ("الساعة الثامنة من مساء الخميس", "قال اليوم السبت إن الهجوم وقع الساعة الثامنة مساء أمس الجمعة"),
    # else on the day the text last named ("الاثنين ... وقع الانفجار الساعة الثامنة صباحا").
    # The two ends of a clock range ("من التاسعة صباحا وحتى التاسعة مساء") are measured as one.
    _weekday_range_schedule(rows, text, sentences)
    _weekday_plural_set(rows, text, sentences)
    extent = [(r["start"], r["end"]) for r in rows]
    for i in range(len(rows) - 1):
        a, b = rows[i], rows[i + 1]
        if a["rule"] == b["rule"] == "clock" and _CLOCK_RANGE_GAP.fullmatch(normalize(text[a["end"]:b["start"]])):
            c = rows[i + 2] if i + 2 < len(rows) else None
            if (c is not None and c["precision"] == "day" and c["rule"] != "clock"
                    and _OF_DAY_GAP.fullmatch(normalize(text[b["end"]:c["start"]]))
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
        reported = prev is not None and bool(_COMPLEMENTIZER.search(normalize(text[prev["end"]:lo])))
        # "الجمعة 12 ماي الساعة 16:00 … الساعة 18:00 … الإربعاء 23 ماي": a clock after another clock of the same day
        listed = (i > 0 and prev is not None and rows[i - 1]["rule"] == "clock" and rows[i - 1]["start"] > prev["end"]
                  and rows[i - 1]["date_start"] == prev["date_start"] and sentences[i - 1] == sentences[i])
        # "والساعة 18,00 من يوم السبت": a day linked to the clock by "من" is its own, however near the one before
        linked = nxt is not None and bool(_OF_DAY_GAP.fullmatch(normalize(text[hi:nxt["start"]])))
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
                    and not _CLOCK_PART.search(normalize(row["text"]))):
                hour += 12  # "… الثامنة من مساء الخميس" is 20:00
            elif (nxt_j == i + 1 and nxt["value"].endswith(("TEV", "TNI")) and (hour, minute) == (12, 0)
                    and not _CLOCK_PART.search(normalize(row["text"]))):
                # "بدءا من الساعة الثانية عشر مساء 31 يوليو": twelve in the evening is the midnight that ends the day
                hour, day = 0, (dt.date.fromisoformat(day[:10]) + dt.timedelta(days=1)).isoformat()
            if (nxt_j == i + 1 and hour == 12 and re.match(r"(?:فجر|ليل)", normalize(nxt["text"]))
                    and not _CLOCK_PART.search(normalize(row["text"]))):
                hour = 0  # "الساعة 12.01 من فجر الجمعة" is a minute after midnight
        elif prev is not None:
            day = prev["date_start"]
            if (hour, minute) == (0, 0) and "منتصف" in normalize(row["text"]) and prev["date_start"]:
                # "الاستجواب الذي بدأ صباح الثلاثاء توقف قرابة منتصف الليل": the midnight that ends that day
                day = (dt.date.fromisoformat(prev["date_start"][:10]) + dt.timedelta(days=1)).isoformat()
            # "مقابلة ودية مساء اليوم ... انطلاقا من الساعة الثالثة": an hour without its half of the day, after
            # the evening or afternoon of its sentence, is in the afternoon (a night from 6 on)
            if (hour < 12 and not _CLOCK_PART.search(normalize(row["text"]))
                    and (prev["value"].endswith(("TEV", "TAF")) or prev["value"].endswith("TNI") and hour >= 6)
                    and not _gmt_says_morning(text, row["end"], hour)
                    # (a GMT restatement in brackets right after the part of the day is another zone's clock: "وقع
                    # الانهيار عند الظهر (10:00 ت غ)")
                    and not (re.fullmatch(r"\s*\(\s*", text[prev["end"]:row["start"]])
                             and _GMT_AFTER.match(normalize(text[row["end"]:row["end"] + 12])))):
                hour += 12
            elif (prev["value"].endswith("TNI") and _named_night(prev) and 0 <= hour < 6
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
            if (1 <= hour < 12 and not _CLOCK_PART.search(normalize(row["text"]))
                    and not re.search(r"(?<!\d)0\d\s*[:.,]\d\d", row["text"])  # "00,30", "05:00": a 24-hour clock
                    and (stories_before[i][1].endswith(("TEV", "TAF")) or stories_before[i][1].endswith("TNI") and hour >= 6)
                    and not _gmt_says_morning(text, row["end"], hour)):
                hour += 12
            elif (stories_before[i][1].endswith("TNI") and _named_night(rows[stories_before[i][2]])
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
                    and _tense_before(clause, len(clause)) != "future"):
                # "وإذا لم يتحقق ذلك الأحد، فما زالت هناك الدورة الثانية في 17 حزيران/يونيو. ¶ … ¶ لكن السلطات شددت
                # التدابير الأمنية للانتخابات، من الساعة 8:00 الى 16:00": a coming day named in an earlier paragraph is
                # not the day of a clock with none in its sentence and no imperfect (present or future) verb before it
                # in its clause; the article's day is ("¶ وتبدأ الحصة التدريبية عند الساعة 10,30" keeps the coming day)
                day = dct.isoformat()
            elif dct is not None and day > dct.isoformat():
                # "… قبل انتخابات تجرى في 25 يوليو. وقال صحافي إن الشرطة اقتادته عقب هبوطها حوالي الساعة 8:45 مساء":
                # a clock told in the past is not on a coming day named before it, but on the article's day
                before = re.split(r"[.!؟?:؛\n]", normalize(text[max(0, row["start"] - 250):row["start"]]))[-1]
                tense = _tense_before(before, len(before))
                comp = _COMPLEMENTIZER.search(before)
                if tense == "past" or (tense is None and comp and _REPORT_PERFECT.search(before, 0, comp.start())
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
            if ((_PRESENT_CLAUSE.search(before) and _tense_before(before, len(before)) != "past"
                    or _tense_before(before, len(before)) == "future")
                    # (not a future told from the past: "الطائرة، وكانت ستقوم برحلة بين دورانغو ومكسيكو، تحطمت نحو
                    # الساعة 16,00" is on the day the story named)
                    and not re.search(r"(?<![^\W\d_])[وف]?كان(?:ت|وا|ا|تا)?\s+س[يتن][^\W\d_]{2,}", before)):
                # ("و ستجتمع الوزارة انطلاقا من الساعة 18:00": a coming clock is not on a past day named before it)
                day = dct.isoformat()
        row["date_start"] = row["date_end"] = row["anchor"] = day
        row["value"] = f"{day}T{hour:02d}:{minute:02d}"
        row["precision"] = "day"
    _date_range_timetable(rows, text)
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
    _schedule_weekdays(rows, text, dct)
    for a, b in zip(rows, rows[1:]):
        # "حيز التنفيذ اليوم الجمعة بتوقيت بروكسل (22,00 ت غ)": a day named in a local time zone, then a GMT evening
        # clock in brackets and no local clock: the local day begins at its midnight, which is that GMT evening of the
        # day before
        if (a["type"] == "DATE" and a["precision"] == "day" and a["date_start"] and b["rule"] == "clock"
                and b["date_start"] == a["date_start"][:10] and int(b["value"][11:13]) >= 18
                and re.fullmatch(r"\s*(?:بتوقيت|بالتوقيت)\s+[^\W\d_]+\s*\(\s*", normalize(text[a["end"]:b["start"]]))
                and _GMT_AFTER.match(normalize(text[b["end"]:b["end"] + 12]))):
            day = (dt.date.fromisoformat(a["date_start"][:10]) - dt.timedelta(days=1)).isoformat()
            _on_day(b, day, anchor=True)
    _gmt_says_afternoon(rows, text)
    _bracket_says_afternoon(rows, text)
    _early_hours_of_weekday(rows, text, sentences)
    _month_of_relative_year(rows, text, sentences)
    _bare_hour_after_clock(rows, text, sentences)
    _clock_range_afternoon(rows, text)
    _event_afternoon(rows, text)
    _on_sentence_day(rows, text, sentences, dct)
    _clocks_under_a_date_heading(rows, text, sentences)
    # "حتى وقت متأخر من الليل", "خلال النهار" named alone are a story's only with a day in their sentence or a past verb
    # right before them; else a habit or a generic time ("تناول الطعام في وقت متأخر من الليل", "استخدام الأجهزة خلال
    # النهار") and dropped
    for r in [r for r in rows if r["rule"] == "part_of_day" and normalize(r["text"]) in ("المساء", "الليل", "النهار")]:
        lo, hi = sentence_around(text, r["start"])
        if not any(q is not r and lo <= q["start"] < hi and q["precision"] == "day" and q["date_start"]
                   and q["rule"] != "clock" for q in rows) and not _last_night(text, r["start"]):
            rows.remove(r)
    _future_told_before_a_recent_day(rows, text, dct)
    _week_of_a_past_story(rows, dct)
    _same_weekday_same_day(rows, dct)
    _night_pair_next_day(rows, dct)
    _weekday_as_dated(rows, dct)
    _weekday_before_its_date(rows, text)
    _weekday_against_its_day(rows, text)
    _year_by_its_weekday(rows)
    _clock_takes_its_part(rows, text)
    _daily_clocks(rows, sentences)
    _quoted_deictic_part(rows, text)
    rows[:] = [r for r in rows if not (r["rule"] == "deictic_day" and " ".join(normalize(r["text"]).split()) == "هذه الامسيه"
                                       and _quote_start(text, r["start"]) is None)]
    # ("وستقام هذه الأمسية تحت رعاية …" in narration names the event told before it, not this evening; "متحمسة جدا لهذه
    # الأمسية" in a quotation is the evening of the day the words were said)
    _quoted_deictic_of_a_named_day(rows, text, dct)
    _today_of_the_named_day(rows, text, dct)
    _compound_durations(rows, text)
    # (the session rules read the text as normalised, before the month slips are mended)
    _fifteenth_session(rows, text, as_normalised, offsets, dct)
    _sixteenth_session(rows, text, as_normalised, offsets, dct)
    _twenty_first_session(rows, text, as_normalised, offsets, dct)
    _twenty_second_session(rows, text, as_normalised, offsets, dct)
    _second_round_28(rows, text, as_normalised, offsets)
    _drop_former(rows, text)
    # "آلان دوكاس", "آلان أموني": the name Alain, written with a madda, normalises like "الآن" (now)
    rows[:] = [r for r in rows if not (r["rule"] == "vague" and r["text"].startswith("آلان"))]
    return rows


def _fifteenth_session(rows: list[dict], text: str, norm: str, offsets, dct: dt.date | None) -> None:
    _merge_restated_dates(rows, text)
    _month_range_year(rows, text)
    _named_wars(rows, text, norm, offsets)
    _zone_hour_words(rows, text, norm, offsets)
    _plural_stretches(rows, text, norm, offsets)
    _counted_plurals(rows, text, norm, offsets)
    _ordinal_ages(rows, text, norm, offsets)
    _day_of_same_month(rows, text, norm, offsets)
    _now_and_just(rows, text, norm, offsets)
    _last_unit(rows, text, norm, offsets)
    _own_nth_unit(rows, text, norm, offsets)
    _part_of_this_day(rows, text, norm, offsets, dct)
    _tonight_told_the_morning_after(rows, text, dct)
    _drop_titles(rows, text)
    _night_between(rows, text, norm, offsets, dct)
    _same_day_month_again(rows)


# A part of the day glued to its weekday ("اختتمت مساءالسبت فعاليات"): read as written apart, on its sentence.
_GLUED_PART_WEEKDAY = re.compile(rf"(?<![^\W\d_])[وفبل]?(?P<p>مساء|صباح|ليله|ليل|فجر|ظهر|سهره|صبيحه)"
                                 rf"(?P<w>ال(?:{_alt(w[2:] for w in _WEEKDAYS if w.startswith('ال'))}))(?![^\W\d_])")


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
        _put(rows, got)


def _sixteenth_session(rows: list[dict], text: str, norm: str, offsets, dct: dt.date | None) -> None:
    _years_in_words(rows, text, norm, offsets)
    _tonight_midnight(rows, text, norm, offsets, dct)
    _not_a_day(rows, text, norm, offsets)
    _after_years_of_a_past_story(rows, text, dct)
    _eve_of_an_event(rows, text, norm, offsets, dct)
    _glued_part_weekday(rows, text, norm, offsets, dct)
    _clocks_of_a_numbered_list(rows, text)
    _all_night_long(rows, text, norm, offsets, dct)
    _story_month_year(rows, text, dct)
    _month_of_that_year(rows, text)
    _counted_after_that(rows, text)
    _part_adverb_of_its_day(rows, text, norm, offsets)
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
    _month_of_a_name(rows, text, norm)
    _one_more_unit(rows, text, norm, offsets)
    _noon_of_its_day(rows, text, norm, offsets, dct)
    _weekday_then_its_night(rows, text, norm, offsets)
    _night_after_a_told_day(rows, text, norm, offsets, dct)
    _eve_of_a_named_weekday(rows, text, dct)
    _about_a_unit_ago(rows, text, norm, offsets, dct)
    _unit_after_unit(rows, text)
    _unit_and_a_half(rows, text, norm, offsets)
    _year_ending(rows, text, dct)
    _this_day_in_a_year(rows, text, norm, offsets, dct)
    _decade_of_an_age(rows, text, norm)
    _state_adjectives(rows, text, norm)
    _eighteenth_session(rows, text, norm, offsets, dct)


# --------------------------------------------------------------------------- eighteenth session (dev-19's classes)
def _eighteenth_session(rows: list[dict], text: str, norm: str, offsets, dct: dt.date | None) -> None:
    _years_gone_by(rows, text, norm, offsets, dct)
    _night_between_two_days(rows, text, norm, offsets)
    _part_of_a_numeric_date(rows, text, norm, offsets)
    _part_of_that_day(rows, text, norm, offsets)
    _end_of_daytime(rows, text, norm, offsets, dct)
    _forecast_part_of_day(rows, text, norm, offsets)
    _since_this_morning(rows, text, norm, offsets, dct)
    _night_of_a_past_report(rows, text, norm, offsets, dct)
    _habitual_parts_of_day(rows, text, norm, offsets)
    _vague_moments(rows, text, norm, offsets)
    _hijri_month_of_a_year(rows, text)
    _nineteenth_session(rows, text, norm, offsets, dct)


# --------------------------------------------------------------------------- nineteenth session (dev-20's classes)
def _nineteenth_session(rows: list[dict], text: str, norm: str, offsets, dct: dt.date | None) -> None:
    _decades_in_figures(rows, text, norm, offsets)
    _hour_after_noon_of_a_day(rows, text, norm, offsets)
    _bare_part_of_the_last_day(rows, text, norm, offsets, dct)
    _quoted_tonight_of_a_told_day(rows, text, norm, dct)
    _weekday_ahead_in_a_past_report(rows, text, dct)
    _movable_day_given_a_date(rows, text, norm, offsets)
    _night_between_two_weekdays(rows, text)
    _coming_month_named_again(rows)
    _place_named_after_a_date(rows, text)
    _relative_year_with_its_figure(rows, text)
    _twentieth_session(rows, text, dct)


# --------------------------------------------------------------------------- twentieth session (dev-21's classes and
# the errors read on unlabelled full-length articles drawn with no cue, probed22b.txt)
def _twentieth_session(rows: list[dict], text: str, dct: dt.date | None) -> None:
    _day_month_named_again(rows)
    _bare_month_after_a_perfect(rows, text, dct)
    _offset_from_now(rows, text)
    _not_a_time_word(rows, text)
    _today_named_another_weekday(rows, text)
    _year_of_the_calendar(rows, text, dct)
    _surname_not_a_set(rows, text)
    _week_of_a_count(rows, text)
    _lasting_verb_length(rows, text)
    _called_for_ahead(rows, text, dct)
    _quoted_title_length(rows, text)
    _per_day_rate(rows, text)
    _year_before_the_named_one(rows, text)
    _years_of_something(rows, text)
    _some_day_told_past(rows, text)


# --------------------------------------------------------------------------- second round of session 20 (dev-24's classes)
def _twenty_first_session(rows: list[dict], text: str, norm: str, offsets, dct: dt.date | None) -> None:
    _morning_of_a_past_report(rows, text, norm, offsets, dct)
    _tonight_slip(rows, text, norm, offsets, dct)
    _dialect_hour_of_a_clock(rows, text, norm, offsets)
    _late_hour_of_a_day(rows, text, norm, offsets)


# --------------------------------------------------------------------------- twenty-first lead session (dates27: dev-23's
# and dev-24's leftovers, race times and parts of the day)
def _twenty_second_session(rows: list[dict], text: str, norm: str, offsets, dct: dt.date | None) -> None:
    _race_time(rows, text, norm, offsets)
    _dawn_after_a_night(rows, text, norm, offsets)
    _evening_of_a_programme(rows, text, norm, offsets, dct)
    _bracketed_gmt_hour(rows, text, norm, offsets)
    _bare_plural_length(rows, text, norm, offsets)
    _after_units_in_a_past_story(rows, text, norm, offsets)
    _decimal_count(rows, text, norm, offsets, dct)
    _tomorrow_as_a_name(rows, text)


def _second_round_28(rows: list[dict], text: str, norm: str, offsets) -> None:
    _person_at_an_age(rows, text, norm, offsets)
    _quoted_programme_clock(rows, text, norm)
    _weekday_after_a_comma(rows, text, norm, offsets)
