"""Passes for deictic days and the reference day: today, now, a quoted today of a named day.

:func:`reference_day` reads the day a text calls its own "today" (a dateline that names its weekday); the passes
here anchor "اليوم", "الآن", "حتى اللحظة" and a quoted "today" to the day of the sentence or of the named day.
"""
from __future__ import annotations

import datetime as dt
import re

from marsad.dates.cues import COMPLEMENTIZER, REPORT_BEFORE, REPORT_PERFECT, SELF_WEEKDAY
from marsad.dates.dayparts import bare_half, FUTURE_NOUN_AFTER, half_of_a_told_day
from marsad.dates.lexicon import WEEKDAYS
from marsad.dates.nights import last_night
from marsad.dates.rows import new_row, on_day, put, quote_start
from marsad.dates.values import to_date
from marsad.lang.text import normalize

__all__ = [
    "now_and_just",
    "on_sentence_day",
    "quoted_deictic_of_a_named_day",
    "reference_day_of_norm",
    "reference_day",
    "today_of_the_named_day",
    "vague_moments",
]

# "السعودية الحين دخلت" (Gulf "now"); "في ما حدث للتو" (just now): not "منذ ذلك الحين", "بين الحين والآخر", "في الحين"
_NOW_JUST = re.compile(r"(?<![^\W\d_])(?<!ذلك )(?<!ذاك )(?<!تلك )(?<!بين )(?<!في )(?<!حتي ذلك )(?P<w>الحين)(?![^\W\d_])(?!\s+و\s*الاخر)"
                       r"|(?<![^\W\d_])(?P<j>للتو)(?![^\W\d_])")


def now_and_just(rows: list[dict], text: str, norm: str, offsets) -> None:
    for m in _NOW_JUST.finditer(norm):
        value = "PRESENT_REF" if m.group("w") else "PAST_REF"
        put(rows, new_row(text, offsets, m.start(), m.end(), "DATE", value, "vague"))


_BARE_DEICTIC = frozenset(("اليوم", "غدا", "غد", "الغد", "امس", "الامس", "البارحه", "الليله", "الليله الماضيه",
                           "هذا المساء", "هذا الصباح"))


def quoted_deictic_of_a_named_day(rows: list[dict], text: str, dct: dt.date | None) -> None:
    """"ونشر الاثنين الرئيس الأمريكي تغريدة "سأعلن عن قراري … غدا … في الساعة 14,00"" in a Tuesday article: a bare
    deictic inside a quotation that opens at most 150 characters after a past weekday of its sentence (the day the words
    were said or written, no full stop between) counts from that day, and so do the clocks that took its day."""
    if dct is None:
        return
    for i, row in enumerate(rows):
        if row["rule"] != "deictic_day" or not row["date_start"] or row["precision"] != "day":
            continue
        if " ".join(normalize(row["text"]).split()) not in _BARE_DEICTIC:
            continue
        quote = quote_start(text, row["start"])
        if quote is None:
            continue
        said = next((r for r in reversed(rows[:i]) if r["end"] <= quote), None)
        if (said is None or not said["rule"].startswith("weekday") or said["type"] != "DATE" or not said["date_start"]
                or quote - said["end"] > 150 or re.search(r"[.!؟?\n]", text[said["end"]:quote])):
            continue
        shift = dt.date.fromisoformat(said["date_start"][:10]) - dct
        if not -6 <= shift.days < 0:
            continue
        old = row["date_start"][:10]
        new = (dt.date.fromisoformat(old) + shift).isoformat()
        for r in rows[i:]:
            if r is row or r["rule"] == "clock" and r["date_start"] == old and r["start"] < row["end"] + 200:
                on_day(r, new, anchor=bool(r["anchor"]))
        row["rule"] = "deictic_day:quoted-day"


def today_of_the_named_day(rows: list[dict], text: str, dct: dt.date | None) -> None:
    """"قررت السلطات فرض حظر التجول، الجمعة، في أعقاب احتجاجات عنيفة شهدتها اليوم" in a Saturday article: a bare
    "اليوم" after the weekday of the day before the reference day, in the same sentence (at most 150 characters on,
    no full stop or other day between), was written on that weekday and is that day."""
    if dct is None:
        return
    for i, row in enumerate(rows):
        if (row["rule"] != "deictic_day" or normalize(row["text"]).strip() != "اليوم" or row["date_start"] != dct.isoformat()
                or quote_start(text, row["start"]) is not None):
            continue
        said = rows[i - 1] if i else None
        if (said is None or not said["rule"].startswith("weekday") or said["type"] != "DATE" or not said["date_start"]
                or said["date_start"][:10] != (dct - dt.timedelta(days=1)).isoformat()
                or row["start"] - said["end"] > 150 or re.search(r"[.!؟?\n]", text[said["end"]:row["start"]])):
            continue
        row["value"] = row["date_start"] = row["date_end"] = said["date_start"][:10]
        if row["anchor"]:
            row["anchor"] = row["date_start"]
        row["rule"] = "deictic_day:named-day"


def on_sentence_day(rows: list[dict], text: str, sentences: list[int], dct: dt.date | None = None) -> None:
    """Sunset, sunrise and a bare "ليلا"/"فجرا" are a TIME on the day their sentence names nearest to them
    ("بين الغروب ومنتصف الليل يوم 27 يوليو", "هاجم مسلحون مقرات أمنية فجرا يوم الاثنين"); a night told after a
    report's day and "أن" is the night before it ("أعلن الجيش الأحد أن مقاتلاته شنت ليلا غارة"). Without a day in
    their sentence they are generic ("عند الغروب", "بعد غروب الشمس") and dropped."""
    keep, drop = [], set()
    for i, row in enumerate(rows):
        if row["rule"] != "sun":
            keep.append(row)
            continue
        if bare_half(row) and not half_of_a_told_day(rows, row, text):
            continue  # "عندما يستيقظ صباحاً", "في الساعة 6،00 ت غ صباحا", "برنامج مساء بيراميدز"
        days = [r for j, r in enumerate(rows) if j != i and sentences[j] == sentences[i] and r["rule"] not in ("sun", "clock")
                and r["precision"] == "day" and r["date_start"]]
        if normalize(row["text"]) == "الليل" and not last_night(text, row["start"]) and not (
                days and re.search(r"(?<![^\W\d_])خلال\s+$", normalize(text[max(0, row["start"] - 8):row["start"]]))):
            # "نقع الأرز في الماء طوال الليل": a night of no story (a recipe, a habit); "خلال الليل" with a day in its
            # sentence is that story's night ("أوضح الثلاثاء أن القوات أجلت شخصا خلال الليل": Monday's)
            continue
        if not days:
            if bare_half(row):
                continue  # "وصل الوفد صباحا": a half of the day with no day in its sentence is no time of its own
            if row["value"].endswith("TNI") and dct is not None and last_night(text, row["start"]):
                # "إليكم كل ما أعلنته السعودية ليلا", "شنت الطائرات ليلا غارات": a night told in the past with no day
                # in its sentence is the last one, the night before the reference day (as "شنت ليلا" after a day)
                day = (dct - dt.timedelta(days=1)).isoformat()
                row.update(value=day + "TNI", date_start=day, date_end=day, anchor=day, precision="day")
                keep.append(row)
            continue
        near = min(days, key=lambda r: r["start"] - row["end"] if r["start"] >= row["end"] else row["start"] - r["end"])
        day = dt.date.fromisoformat(near["date_start"][:10])
        code = row["value"][-3:]
        if (near["type"] == "DATE" and near["start"] >= row["end"] and not text[row["end"]:near["start"]].strip()
                and re.search(r"\sشمس$", normalize(row["text"]))):
            # "غروب شمس يوم الجمعة 26 ماي 2017": one TIME, the sunset of that day
            row["end"], row["text"] = near["end"], text[row["start"]:near["end"]]
            drop.add(id(near))
        if code == "TNI" and near["type"] == "DATE" and (
                near["end"] <= row["start"] and COMPLEMENTIZER.search(normalize(text[near["end"]:row["start"]]))
                # "وأفاد المرصد الأربعاء عن مقتل 11 مدنيا … لدى عودتهم ليلا": a report's day, then "عن" and what it told
                or near["end"] <= row["start"] and re.match(r"\s*[،,]?\s*عن\s", normalize(text[near["end"]:near["end"] + 8]))
                and REPORT_PERFECT.search(normalize(text[max(0, near["start"] - 40):near["start"]]))
                # "قصف الجيش مواقع ليلا، وفق ما أفاد الأربعاء": the day after it dates the report
                or near["start"] >= row["end"] and REPORT_BEFORE.search(normalize(text[row["end"]:near["start"]]))):
            day -= dt.timedelta(days=1)
        elif code == "TNI" and any(
                r["date_start"] and r["date_start"][:10] == day.isoformat() and (
                    r["value"].endswith("TMO") or r["rule"] == "clock" and r["value"][11:13].isdigit()
                    and int(r["value"][11:13]) < 9)
                for j, r in enumerate(rows) if sentences[j] == sentences[i] and r is not row):
            # "تجمعوا ليلا … حتى فجر السبت", "قبل مغادرتها فجر الجمعة إثر محادثات استمرت طوال الليل", "وطوال الليل
            # تواجهت قوات الأمن … قبل أن يعود الهدوء قرابة الساعة 05:00 صباحا الخميس": the night that ends at that dawn
            day -= dt.timedelta(days=1)
        row["value"] = f"{day.isoformat()}{code}"
        row["date_start"] = row["date_end"] = row["anchor"] = day.isoformat()
        row["precision"] = "day"
        keep.append(row)
    rows[:] = [r for r in keep if id(r) not in drop]


def reference_day(text: str, published=None) -> dt.date | None:
    """The day an article was written, for its deictic expressions (``أمس``, ``اليوم``, ``غدا``).

    The publication date, unless the article names the weekday of its own today and that
    day is up to two days earlier (written before midnight, published after it). Run it once
    on a whole article and pass the result as ``reference=`` to :func:`tag_rows` for each of
    its segments, so that "أمس" in the third paragraph follows "اليوم الأحد" in the first.
    """
    return reference_day_of_norm(normalize(text), to_date(published))


def reference_day_of_norm(norm: str, published: dt.date | None) -> dt.date | None:
    """The day the text was written, when it names the weekday of its own today.

    "اليوم الأحد" in an article published on Monday was written on Sunday, and so
    are its "أمس" and "غدا"; "غدا الأربعاء" in a Wednesday article was written on
    Tuesday. Only the publication day or up to two days before it are considered
    (a text is not published before it is written); otherwise the publication day.
    """
    if published is None:
        return None
    m = SELF_WEEKDAY.search(norm)
    if not m:
        return published
    shift = {"اليوم": 0, "امس": -1, "غدا": 1}[m.group("w")]
    wd = WEEKDAYS[m.group("wd")]
    for back in (0, 1, 2):
        day = published - dt.timedelta(days=back)
        if (day + dt.timedelta(days=shift)).weekday() == wd:
            return day
    return published


# "ولا يعرف له أثر حتى اللحظة": until this moment, PRESENT_REF (as "حتى الآن"); "ترتدي البذلة … للسفر عبر المركبة
# مستقبلاً": in the future, FUTURE_REF (as "في المستقبل")
_VAGUE_MOMENT = re.compile(r"(?<![^\W\d_])(?:[وف]?(?:حتي|لحد|لغايه)\s+(?P<now>اللحظه)(?!\s+(?:التي|الذي|ال|من))"
                           r"|[وف]?(?P<later>مستقبلا))(?![^\W\d_])")


def vague_moments(rows: list[dict], text: str, norm: str, offsets) -> None:
    for m in _VAGUE_MOMENT.finditer(norm):
        g = "now" if m.group("now") else "later"
        if g == "later" and FUTURE_NOUN_AFTER.match(norm, m.end()):
            continue
        put(rows, new_row(text, offsets, m.start(g), m.end(g), "DATE", "PRESENT_REF" if g == "now" else "FUTURE_REF",
                            "vague:" + g))
