"""The same act dated in another sentence of the document (session 70).

A row whose clause gives no date ("أمرت السلطات السعودية بإيقاف البرامج الصحية …") is often the act that another
sentence of the same document tells again with its day ("أوقفت الملحقية الصحية … اليوم الأربعاء برامج علاج …"), a
sentence that made no row of its own (no actor pair in it, or a paraphrase). Read on the document's merged rows, after
the merge (where the headline takes its lead's day): an undated reported or denied row takes the day of the other
sentences that tell an act of its CAMEO root (a cue of the lexicon) with an explicit recent date, when

- that sentence names both sides of the pair (not the same root with a third state), is not the sentence of
  another row of the pair and root (that act is a row of its own: another act of the same root), and is not
  background or history (pluperfect "كان … قد", a standing relation, a date older than :data:`RECENT_DAYS` days, a
  year, a month);
- every such sentence of the document gives the same day (two days for the root: which one is the act's cannot be
  told, nothing is taken).
"""
from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from marsad.dates.timex import tag_rows
from marsad.lang.rules import sentence_spans
from marsad.lang.text import normalize

from . import lexicon as lx
from .clauses import _PLUPERFECT  # "وكانت روسيا قد …": an earlier act (the rules' own test)

RECENT_DAYS = 14  # the day another sentence gives must lie within two weeks before publication
NEAR = 30  # characters between that day and the act's cue
_STATUSES = ("reported", "denied")
_HISTORY = re.compile(r"(?<![\w])[وف]?(?:سبق|سبقت|سابقا|سابق|في\s+وقت\s+سابق|منذ|عام|العام\s+الماضي)(?![\w])")


def _cue_spans(norm: str, roots: set[str]) -> list[tuple[str, int, int]]:
    rx, _ = lx.cue_regex()
    rows = lx.cue_rows()
    out = []
    for m in rx.finditer(norm):
        root = str(rows[int(m.lastgroup[1:])]["cameo_code"])[:2] if m.lastgroup else None
        if root in roots:
            out.append((root, m.start(), m.end()))
    return out


def only_day_date(norm: str, pub) -> dict | None:
    """The sentence's only date when it is one day (a timex row of :func:`tag_rows`), not told with "منذ"; None when
    the sentence holds no date, two dates, a month, a year, a window or "منذ …". Shared by :func:`_day_by_cue` and the
    measurement tool ``training.events_dates``."""
    dated = [t for t in tag_rows(norm, published=pub) if t.get("type") in ("DATE", "TIME") and t.get("date_start")]
    if len({(t["date_start"], t["date_end"]) for t in dated}) != 1:
        return None
    t = dated[0]
    if str(t.get("text", "")).strip().startswith("منذ") or t.get("precision") != "day" \
            or t["date_start"] != t["date_end"]:
        return None
    return t


def _day_by_cue(norm: str, c0: int, c1: int, pub) -> tuple | None:
    """The explicit recent day that governs the cue at ``norm[c0:c1]``: the sentence's only date, a day (not a year,
    a month, a window or "منذ …"), within :data:`NEAR` characters of the cue with no reporting verb between them
    ("أوقفت … اليوم الأربعاء برامج علاج"; not "صرحت … الجمعة بأن واشنطن …", the day the words were said)."""
    t = only_day_date(norm, pub)
    if t is None:
        return None
    gap = (pub - pd.Timestamp(t["date_start"])).days
    if not 0 <= gap <= RECENT_DAYS:
        return None
    lo, hi = (t["end"], c0) if t["end"] <= c0 else (c1, t["start"])
    if hi - lo > NEAR or lx.REPORTING.search(norm, lo, max(lo, hi)):
        return None
    return t["date_start"], t["date_end"], t["text"]


# a cheap test on the raw sentence before the normaliser, the cue scan and the date tagger: a weekday or a digit
_DAYISH = re.compile(r"الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|أمس|امس|اليوم|[0-9٠-٩]")
_PRESENT = re.compile(r"^[وف]?[يت]\w{2,}")
_WAS = re.compile(r"(?<![\w])[وف]?(?:كان|كانت|كانوا)(?![\w])")
_THAT = re.compile(r"(?<![\w])[وف]?(?:ان|انه|انها|بان|بانه|بانها)(?![\w])")


def _own_reading_allows(ev: dict) -> bool:
    """The row's own clause tells a past act: not the pluperfect (an earlier act), not a standing or present-tense
    statement in the body ("وتتهم لندن موسكو …", "ويهدد ترامب …": what the article says goes on, not the act
    of one day; a headline's present tense is the news of the day)."""
    rule = str(ev["rule"]).split(";")
    norm = normalize(str(ev["sentence"]))
    if "tense:pluperfect" in rule or _PLUPERFECT.search(norm) or _WAS.search(norm) or _HISTORY.search(norm) \
            or lx.BACKGROUND.search(norm):
        return False
    t0 = norm.find(normalize(str(ev["trigger"])))
    if t0 > 0 and _THAT.search(norm, 0, t0):
        return False  # an act told inside reported words ("وذكرت قناة … أن الرياض قررت …"): the report's reading
    if ev["section"] != "title" and _PRESENT.match(norm.lstrip()):
        return False  # "وتستمر زيارة بوتين لتركيا يومين …": a sentence in the present tense
    head = normalize(str(ev["trigger"])).split()
    return ev["section"] == "title" or not head or not _PRESENT.match(head[0])


@lru_cache(maxsize=32)
def _finder(keys: tuple) -> callable:
    from .context import _key_finder

    return _key_finder(keys)


def date_same_acts(rows: list[dict], segments, pub, ctx, undated) -> None:
    """Date, in place, the undated rows of ``rows`` (a document's merged rows) whose act another sentence of the
    document tells with its day (see the module's docstring). ``ctx``: the stage's document context (its keys of the
    focus and of the partners); ``undated(row)``: whether a row has no date of its own."""
    has_key, ours, theirs = ctx.has_key, _finder(ctx.focus_keys), _finder(ctx.partner_keys)
    if pub is None:
        return
    todo = [ev for ev in rows if undated(ev) and ev["status"] in _STATUSES and _own_reading_allows(ev)]
    if not todo:
        return
    # the sentences of the document's rows, by (partner, root): another row's sentence tells another act
    told: dict = {}
    for ev in rows:
        if ev["kind"] == "event":
            told.setdefault((ev["actor2"], str(ev["cameo_code"])[:2]), set()).add(normalize(str(ev["sentence"])).strip())
    roots = {str(ev["cameo_code"])[:2] for ev in todo}
    found: dict = {}  # root -> [(day, sentence)]
    for seg in segments:
        text = seg.text
        if not text.strip() or not _DAYISH.search(text) or not has_key(text):
            continue
        for s0, s1 in sentence_spans(text):
            raw = text[s0:s1]
            if not _DAYISH.search(raw) or not (ours(raw) and theirs(raw)):
                continue  # the other sentence names a day and both sides (not the same root with a third state)
            norm = normalize(raw)
            if _PLUPERFECT.search(norm) or _HISTORY.search(norm) or lx.BACKGROUND.search(norm):
                continue
            cues = _cue_spans(norm, roots)
            for root, c0, c1 in cues:
                day = _day_by_cue(norm, c0, c1, pub)
                if day is not None:
                    found.setdefault(root, []).append((day, norm.strip()))
    for ev in todo:
        root = str(ev["cameo_code"])[:2]
        own = normalize(str(ev["sentence"])).strip()
        others = told.get((ev["actor2"], root), set()) - {own}
        days = {d for d, s in found.get(root, ()) if s != own and s not in others}
        if len({d[:2] for d in days}) != 1:
            continue
        d0, d1, label = next(iter(days))
        ev.update(date_start=d0, date_end=d1, precision="day", date_text=label)
        ev["rule"] = ev["rule"].replace("before-publication", "same-act:" + str(label).strip(), 1)
