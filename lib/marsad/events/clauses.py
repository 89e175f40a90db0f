"""Sentences, clauses and the time expressions inside them, as the event extractor reads them.

:func:`_sentences` cuts a segment into sentences (long unpunctuated runs into windows), :func:`_clauses` cuts
a sentence at clause openers ("، بينما", "، حيث" …), :func:`_holes` finds non-restrictive relative clauses and
:func:`_time_asides` time adjuncts between commas. :func:`_tag_unglued` and :func:`_timex_spans` tag a text's
time expressions (``marsad.dates.timex``) with offsets into the normalised text; :func:`_is_since` tells a
"since N years" expression (no date of the act) and :func:`_clause_date` picks the first dated expression of a
clause.
"""
from __future__ import annotations

import re

import numpy as np

from marsad.dates.timex import tag_rows
from marsad.lang.rules import sentence_spans

# "وكانت روسيا قد ردت … وطردت": an act told in the pluperfect is an earlier one, not the news of the day
_PLUPERFECT = re.compile(r"(?<![\w])[وف]?(?:كان|كانت|كانوا)\s+(?:\S+\s+){0,4}?قد(?![\w])")

__all__: list[str] = []  # private passes of marsad.events.extract


_CLAUSE_SPLIT = re.compile(r"[،,]\s*(?=(?:و?مع\s+ذلك|كما\s+ان|كما|بل|بينما|في\s+حين|الا\s+ان|و?لكن(?:ه|ها|هم)?|غير\s+ان|"
                           r"وذلك|حيث|وكان|وكانت|وكانوا|وهو\s+ما|فيما|وتاتي|وياتي|وجاءت|وجاء|وان|وانه|وانها)(?![\w]))|"
                           r"\s(?=(?:بينما|في\s+حين|فيما|لكن|لان|لانها|لانه|لانهم|منوها|منوهه|منوهين)(?![\w]))")
# A non-restrictive relative clause ("روسيا، التي تواجه عقوبات، …"): a hole in its sentence. Its cues take only
# its own actors and its antecedent; the cues outside it do not take its actors.
_RELATIVE = re.compile(r"[،,]\s*(?:التي|الذي|اللذين|اللتين|الذين|اللواتي|اللتان|اللذان)(?![\w])")
_SINCE = re.compile(r"(?:منذ|لاول\s+مره|للمره\s+الاولي)\s*(?:\S+\s+){0,3}$|منذ\s+(?:[^\s،,.]+\s+){0,5}?(?:في|عام|سنه)\s+$")
_FIRST_TIME_IN = re.compile(r"(?:لاول\s+مره|للمره\s+(?:ال)?\S+)\s+(?:في|خلال)\s+(?:شهر\s+)?$")
_MAX_SENTENCE = 600  # chars: longer unpunctuated stretches are read in windows


_ELLIPSIS_END = re.compile(r"(?:\.{2,}|…)\s*$")  # "..." and the two-dot pause ".." of Arabic news


def _sentences(norm: str) -> list[tuple[int, int]]:
    """Sentence spans; a "sentence" longer than :data:`_MAX_SENTENCE` (no punctuation) is cut at spaces into
    windows, so the work per window stays bounded whatever the input."""
    out = []
    spans = []
    for start, end in sentence_spans(norm):
        if spans and _ELLIPSIS_END.search(norm, max(spans[-1][0], spans[-1][1] - 4), start) \
                and norm.count('"', spans[-1][0], spans[-1][1]) % 2 == 1:
            # "الكوريتين... اتفقتا على …", "عبر المنطقة.. ولن نتسامح": an ellipsis inside an open quotation is a pause,
            # not a sentence end
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    for start, end in spans:
        while end - start > _MAX_SENTENCE:
            cut = norm.rfind(" ", start + _MAX_SENTENCE // 2, start + _MAX_SENTENCE)
            cut = cut if cut > start else start + _MAX_SENTENCE
            out.append((start, cut))
            start = cut
        out.append((start, end))
    return out


def _clauses(norm: str, s_start: int, s_end: int) -> list[tuple[int, int]]:
    out, start = [], s_start
    for m in _CLAUSE_SPLIT.finditer(norm, s_start, s_end):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, s_end))
    return out


# A word glued to the period after it ("أعلنالأسبوع الماضي أن …", a scraping defect): the period is a date of its own
_GLUED_PERIOD = re.compile(r"(?<=[\u0621-\u064a]{3})(?=ال(?:أسبوع|اسبوع|شهر|عام|سنة|سنه)\s+(?:ال)?(?:ماضي|ماضية|مقبل|مقبلة|"
                           r"جاري|جارية|قادم|قادمة|حالي|حالية)(?![\u0621-\u064a]))")


def _tag_unglued(text: str, published=None) -> list[dict]:
    """``tag_rows`` on the text with a space before a glued period; offsets given back in the text's own."""
    cuts = [m.start() for m in _GLUED_PERIOD.finditer(text)]
    if not cuts:
        return tag_rows(text, published=published)
    parts, last = [], 0
    for c in cuts:
        parts += [text[last:c], " "]
        last = c
    rows = tag_rows("".join(parts) + text[last:], published=published)

    def back(j: int) -> int:  # the k-th space sits at cuts[k] + k of the tagged text
        return j - sum(1 for k, c in enumerate(cuts) if c + k < j)
    return [{**r, "start": back(r["start"]), "end": back(r["end"])} for r in rows]


def _timex_spans(timexes: list[dict], offsets: np.ndarray, shift: int = 0) -> list[dict]:
    out = []
    for r in timexes:
        n_start = int(np.searchsorted(offsets, r["start"] + shift, side="left"))
        n_end = int(np.searchsorted(offsets, r["end"] + shift, side="left"))
        dated = r["type"] in ("DATE", "TIME") and r["date_start"] is not None
        out.append({**r, "n_start": n_start, "n_end": n_end, "dated": dated})
    return out


_PARTICIPLE = re.compile(r"[،,]\s*(?=(?:مؤكدا|مؤكده|مشيرا|مشيره|مضيفا|مضيفه|موضحا|موضحه|لافتا|لافته|منوها|منوهه)(?![\w]))")


def _participle_parts(norm, clauses):
    out = []
    for c0, c1 in clauses:
        cuts = [m.start() for m in _PARTICIPLE.finditer(norm, c0, c1)]
        for a, b in zip([c0, *cuts], [*cuts, c1]):
            out.append((a, b))
    return out


def _clause_date(norm, c_start, c_end, timexes):
    """The first dated expression of a clause (not a "since" duration), as (start, end), or None."""
    for t in timexes:
        if c_start <= t["n_start"] < c_end and t["dated"] and not _is_since(norm, t):
            return (t["date_start"], t["date_end"])
    return None


# the clause of time right after a day a state has lasted since: what happened that day
_SINCE_WHEN = re.compile(r"\s*[،,]?\s*(?:عندما|حين|حينما|يوم)(?![\w])")


def _is_since(norm: str, t: dict) -> bool:
    """"منذ 18 عاما", "لأول مرة منذ …": a duration back from now, not the date of the event ("التقيا للمرة الأولى في
    أبريل الماضي" is: a named month or day after "في" dates the first time)."""
    if t.get("precision") == "day" and _SINCE_WHEN.match(norm, t["n_end"]):
        return False  # "ويزداد التوتر … منذ الإثنين، عندما طردت الرياض السفير الكندي": the day the acts after it happened
    if t["text"].strip().startswith(("منذ", "مُنذ")):
        return True
    before = norm[max(0, t["n_start"] - 30):t["n_start"]]
    if _FIRST_TIME_IN.search(before) and t.get("precision") in ("day", "week", "month"):
        return False
    return bool(_SINCE.search(before))


# a time adjunct between commas measured from another event ("، وقبل ساعات من لقاء مع نظيره الفرنسي … في طهران،")
_TIME_UNITS = r"(?:ساعات|ساعه|ساعتين|ايام|يوم|يومين|اسابيع|اسبوع|لحظات|دقائق|وقت)"
_TIME_FROM_ASIDE = re.compile(r"[،,]\s*[وف]?(?:قبل|بعد|عقب)\s+" + _TIME_UNITS + r"\s+(?:قليل\w*\s+)?(?:من\s+)?[^،,.]+[،,]"
                              # "ينتقد … ساعات قبل استقباله نظيره الفرنسي بطهران" (a title): up to the clause's end
                              r"|(?<![\w])" + _TIME_UNITS + r"\s+(?:قليل\w*\s+)?(?:قبل|بعد)\s+[^،,.]+")


def _time_asides(norm, c_start, c_end, m) -> list[tuple[int, int]]:
    """Time adjuncts between commas that do not hold the cue: their actors belong to the event they name, not to the
    cue's verb ("انتقد ظريف …، وقبل ساعات من لقاء مع نظيره الفرنسي …، "التطرف" الذي تبديه دول الاتحاد الأوروبي")."""
    return [(a.start(), a.end()) for a in _TIME_FROM_ASIDE.finditer(norm, c_start, c_end)
            if not a.start() <= m.start() < a.end()]


def _holes(norm, s_start, s_end, actors) -> list[tuple[int, int, object]]:
    """Non-restrictive relative clauses of a sentence: (start, end, antecedent actor or None)."""
    out = []
    for m in _RELATIVE.finditer(norm, s_start, s_end):
        ends = [i for i in (norm.find("،", m.end(), s_end), norm.find(",", m.end(), s_end)) if i >= 0]
        ante = next((a for a in reversed(actors) if a.end <= m.start() and m.start() - a.end <= 2), None)
        out.append((m.start(), min(ends) if ends else s_end, ante))
    return out


def _in_span(a, spans) -> bool:
    return any(r0 <= a.start < r1 for r0, r1, _, _ in spans)
