"""Dyadic events between a focus country and its partners, dated and CAMEO-coded.

An event is a clause of an article in which the focus country and a partner
both appear (directly, through a leader, capital or demonym, through "البلدين"
/ "الجانبان" after both were named, or through the Soviet Union standing for
Russia) together with a CAMEO cue (a verb or noun from ``data/cameo/cues.csv``).
Each event is dated by the nearest time expression governing its clause
(:func:`marsad.timex.tag_dates`), by the sentence it points back to, or by the
publication date for present-tense reporting; each keeps its evidence sentence.
The same event reported by several documents is merged, keeping every source.

Everything runs per document (pure function of its rows), then
:func:`merge_events` joins reports across documents.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd

from marsad.lang.rules import (
    ARTICLE_SECTIONS, PROCLITIC_PREFIX, anaphors, future_words, sentence_spans, words_regex,
)
from marsad.lang.text import normalize_map
from marsad.dates.timex import tag_rows
from marsad.resources import data_path

__all__ = [
    "extract_events", "document_events", "merge_events", "filter_events", "events_for", "rule_counts",
    "country_codes", "load_cues", "load_actors", "load_goldstein",
    "EVENT_COLUMNS", "ARTICLE_SECTIONS",
]

DATA = data_path("cameo")
EVENT_COLUMNS = [
    "event_id", "doc_id", "actor1", "actor2", "date_start", "date_end", "precision", "date_text", "cameo_code",
    "event_label", "goldstein", "sentence", "start", "end", "section", "position", "rule", "initiator",
    "actor_forms", "stand_in", "published", "sources", "source_names", "n_reports",
]

# Clause boundaries inside a sentence: connectors that introduce a new subject.
_CLAUSE_SPLIT = re.compile(r"[،,]\s*(?=(?:و?مع\s+ذلك|كما\s+ان|كما|بل|بينما|في\s+حين|الا\s+ان|لكن|غير\s+ان)(?![\w]))")
# Words that stand for both sides once both were named ("البلدين", "الزعيمان").
_BOTH = re.compile(
    r"(?<![\w])[وفبلك]{0,2}(?:ال)?(?:بلدين|بلدان|جانبين|جانبان|زعيمين|زعيمان|دولتين|دولتان|طرفين|طرفان)(?![\w])"
    r"|(?<![\w])\w*(?:هما)(?![\w])")
_ANAPHOR = re.compile(words_regex(anaphors(), left=r"(?<![\w])(?<!مع )"))
# Pluperfect/background clauses ("وقد درس…", "وكان … قد أهدى") with no date of
# their own report something earlier than the news: leave them undated.
_BACKGROUND = re.compile(r"^\s*(?:وقد\s|فقد\s(?=\S+\s+(?:العديد|كثير))|و?كان\w*\s+(?:\S+\s+){0,4}?قد\s)")
_FUTURE = re.compile(words_regex(future_words()))
_INTENT = {"04": "036", "05": "030", "06": "031", "07": "033"}
_PREFIX = PROCLITIC_PREFIX
_INTENT_WINDOW = 40
_CONFLICT_WINDOW = 60  # chars: conflict cues need both sides close by (not "غزو روسيا لأوكرانيا")


class _Seg(NamedTuple):
    doc_id: str
    section: str
    position: int
    text: str


# --------------------------------------------------------------------------- resources
@lru_cache(maxsize=1)
def load_goldstein() -> pd.DataFrame:
    """Return the CAMEO code → Goldstein score and label table (``data/cameo/goldstein.csv``)."""
    return pd.read_csv(DATA / "goldstein.csv", dtype={"cameo_code": str})


@lru_cache(maxsize=1)
def load_cues() -> pd.DataFrame:
    """Return the curated Arabic CAMEO cues, in priority order, with a compiled regex each."""
    cues = pd.read_csv(DATA / "cues.csv", dtype=str, keep_default_na=False)
    cues["regex"] = [re.compile(_PREFIX + f"(?:{p})(?![\\w])") for p in cues["pattern"]]
    return cues


@lru_cache(maxsize=1)
def load_actors() -> pd.DataFrame:
    """Return the fallback actor lexicon (``data/cameo/actors.csv``): code, pattern, kind, stands_for."""
    return pd.read_csv(DATA / "actors.csv", dtype=str, keep_default_na=False)


@lru_cache(maxsize=8)
def _actor_regex(codes: tuple[str, ...]) -> tuple[re.Pattern, list[tuple[str, str]]]:
    actors = load_actors()
    actors = actors[actors["code"].isin(codes)]
    parts, meta = [], []
    # Longer patterns first so "كوريا الشمالية" wins over a shorter overlap.
    for i, row in enumerate(actors.sort_values("pattern", key=lambda s: -s.str.len()).itertuples()):
        parts.append(f"(?P<a{i}>{row.pattern})")
        meta.append((row.code, row.stands_for))
    return re.compile(_PREFIX + "(?:" + "|".join(parts) + r")(?![\w])"), meta


def _goldstein_lookup() -> dict[str, tuple[float, str]]:
    table = load_goldstein()
    return {c: (g, lab) for c, g, lab in zip(table["cameo_code"], table["goldstein"], table["label"])}


# --------------------------------------------------------------------------- public API
def extract_events(corpus, *, focus: str = "RU", partners=("KP", "VN"), mentions: pd.DataFrame | None = None,
                   merge: bool = True, keep_uncoded: bool = False) -> pd.DataFrame:
    """Extract dated, CAMEO-coded events between ``focus`` and each partner.

    Args:
        corpus: object with ``documents`` and ``segments`` DataFrames
            (:func:`marsad.read_corpus`). Ticker, byline and footer segments are
            ignored; headlines have no date of their own.
        focus: ISO2 code of the focus country (``actor1`` of every event).
        partners: ISO2 codes of the partner countries.
        mentions: optional mentions table (:func:`marsad.find_mentions`); its
            country (ISO2) and known-leader (Wikidata) rows are used next to the
            built-in lexicon of ``data/cameo/actors.csv``.
        merge: merge reports of the same event across documents.
        keep_uncoded: keep dyadic clauses with no CAMEO cue (code ``None``).

    Returns:
        One row per event with :data:`EVENT_COLUMNS`.
    """
    for name in ("documents", "segments"):
        if not hasattr(corpus, name):
            raise TypeError(f"extract_events needs a corpus with .documents and .segments (missing .{name})")
    partners = tuple(p for p in partners if p != focus)
    if not partners:
        raise ValueError("extract_events needs at least one partner country different from the focus")
    # Plain Python lists from here on: per-row pandas access dominates otherwise.
    documents = corpus.documents
    sources = documents["source"] if "source" in documents else pd.Series(None, index=documents.index)
    meta = dict(zip(documents["doc_id"], zip(documents["published"], sources)))
    segs = corpus.segments[corpus.segments["section"].isin(ARTICLE_SECTIONS)]
    by_doc: dict[str, list[_Seg]] = {}
    for seg in map(_Seg._make, zip(segs["doc_id"], segs["section"], segs["position"], segs["text"])):
        by_doc.setdefault(seg.doc_id, []).append(seg)
    ment_index = _mention_index(mentions, (focus, *partners)) if mentions is not None and len(mentions) else {}
    rows = []
    for doc_id, doc_segs in by_doc.items():
        published, source = meta.get(doc_id, (None, None))
        doc_segs.sort(key=lambda sg: sg.position)
        rows.extend(_document_events(doc_id, doc_segs, published=published, source=source, focus=focus,
                                     partners=partners, mentions=ment_index, keep_uncoded=keep_uncoded))
    events = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    if merge and len(events):
        events = merge_events(events)
    return events.reset_index(drop=True)


def document_events(doc_id, segments: pd.DataFrame, *, published=None, source=None, focus="RU",
                    partners=("KP", "VN"), mentions: pd.DataFrame | None = None,
                    keep_uncoded: bool = False) -> list[dict]:
    """Extract the events of one document (a pure, partition-friendly function).

    Args:
        doc_id: the document's id.
        segments: its segments (``section``, ``position``, ``text``), any order.
        published: its publication date (None: present-tense events stay undated).
        source: its source name (kept in ``source_names``).
        focus, partners, keep_uncoded: as for :func:`extract_events`.
        mentions: the document's rows of the mentions table, if any.

    Returns:
        Event rows (dicts with :data:`EVENT_COLUMNS`), not merged.
    """
    segs = sorted((_Seg(doc_id, s, int(p), t) for s, p, t in zip(segments["section"], segments["position"],
                                                                 segments["text"])), key=lambda sg: sg.position)
    index = _mention_index(mentions, (focus, *partners)) if mentions is not None and len(mentions) else {}
    return _document_events(doc_id, segs, published=published, source=source, focus=focus,
                            partners=tuple(partners), mentions=index, keep_uncoded=keep_uncoded)


def _document_events(doc_id, segments: list, *, published, source, focus, partners, mentions: dict,
                     keep_uncoded: bool) -> list[dict]:
    pub = None if published is None or pd.isna(published) else pd.Timestamp(published)
    codes = (focus, *partners)
    actor_re, actor_meta = _actor_regex(codes)
    gold = _goldstein_lookup()
    cues = load_cues()
    seen: list[str] = []  # relevant actor codes in order of mention, for "البلدين"
    out = []
    prev_seg, prev_dates = None, None  # the previous paragraph and its dated expressions (if computed)
    for seg in segments:
        text = seg.text if isinstance(seg.text, str) else ""
        if not text.strip():
            continue
        previous, prev_seg = (prev_seg, prev_dates), seg
        prev_dates = None
        norm, offsets = normalize_map(text)
        found = _actor_spans(norm, actor_re, actor_meta)
        if mentions:
            found = _add_mentions(found, mentions.get((seg.doc_id, seg.section, seg.position), ()), offsets)
        present = {a["code"] for a in found}
        if _BOTH.search(norm) and _last_pair(seen + [a["code"] for a in found], focus, partners):
            present |= {focus, *partners}
        if focus not in present or not present & set(partners):
            # No dyad possible in this segment: only remember who was named (for "البلدين").
            for a in sorted(found, key=lambda a: a["start"]):
                if not seen or seen[-1] != a["code"]:
                    seen.append(a["code"])
            continue
        tx = _timex_spans(tag_rows(text, published=pub), offsets)
        # "وكانت تلك …" at the start of a paragraph points back into the previous one.
        prev_sentence_dates = _paragraph_dates(*previous, pub) if seg.section == "paragraph" else []
        for s_start, s_end in _sentences(norm):
            sentence_dates = [t for t in tx if s_start <= t["n_start"] < s_end and t["dated"]]
            for c_start, c_end in _clauses(norm, s_start, s_end):
                clause_actors = []
                for a in sorted([a for a in found if c_start <= a["start"] < c_end], key=lambda a: a["start"]):
                    clause_actors.append(a)
                for m in _BOTH.finditer(norm, c_start, c_end):
                    before = [a["code"] for a in clause_actors if a["start"] < m.start() and not a.get("coref")]
                    pair = _last_pair(seen + before, focus, partners)
                    if pair:
                        for code in pair:
                            clause_actors.append({"start": m.start(), "end": m.end(), "code": code,
                                                  "form": m.group(), "stands_for": "", "coref": True})
                clause_actors.sort(key=lambda a: a["start"])
                present = {a["code"] for a in clause_actors}
                if focus in present:
                    for partner in partners:
                        if partner not in present:
                            continue
                        ev = _clause_event(
                            norm, text, offsets, c_start, c_end, s_start, s_end, clause_actors, focus, partner,
                            cues, gold, tx, sentence_dates, prev_sentence_dates, pub, seg, keep_uncoded)
                        if ev:
                            ev.update(doc_id=doc_id, source_names=source or "", sources=doc_id, n_reports=1,
                                      published=pub.date().isoformat() if pub is not None else None)
                            out.append(ev)
                for a in clause_actors:
                    if not a.get("coref") and (not seen or seen[-1] != a["code"]):
                        seen.append(a["code"])
            prev_sentence_dates = sentence_dates or prev_sentence_dates
        prev_dates = [t for t in tx if t["dated"]]
    return out


def _paragraph_dates(seg, dates, pub) -> list[dict]:
    """Dated expressions of the previous paragraph (tagged now if it was skipped)."""
    if seg is None or seg.section != "paragraph":
        return []
    if dates is None:
        dates = [t for t in tag_rows(seg.text, published=pub) if t["type"] in ("DATE", "TIME") and t["date_start"]]
    return dates[-1:]


# --------------------------------------------------------------------------- pieces
def _timex_spans(timexes: list[dict], offsets: np.ndarray) -> list[dict]:
    out = []
    for r in timexes:
        n_start = int(np.searchsorted(offsets, r["start"], side="left"))
        n_end = int(np.searchsorted(offsets, r["end"], side="left"))
        dated = r["type"] in ("DATE", "TIME") and r["date_start"] is not None
        out.append({**r, "n_start": n_start, "n_end": n_end, "dated": dated})
    return out


def _actor_spans(norm: str, regex: re.Pattern, meta) -> list[dict]:
    out = []
    for m in regex.finditer(norm):
        code, stands = meta[int(m.lastgroup[1:])]
        # The named group leaves out the proclitic (و، ب، ل…) the prefix allowed.
        start, end = m.span(m.lastgroup)
        out.append({"start": start, "end": end, "code": code, "form": m.group(m.lastgroup), "stands_for": stands})
    return out


def _mention_index(mentions: pd.DataFrame, codes: tuple[str, ...]) -> dict:
    """Index the mention rows that name one of ``codes`` by (doc_id, section, position).

    Countries come as ISO2 ids; leaders and the Soviet Union as the Wikidata ids
    listed in ``data/cameo/actors.csv`` (Q7747 Putin → RU, SU → RU).
    """
    actors = load_actors()
    qid = {q: (c, s) for q, c, s in zip(actors["wikidata"], actors["code"], actors["stands_for"]) if q}
    qid.update({"SU": ("RU", "SU"), "Q15180": ("RU", "SU")})
    # The mentions table keeps the matched text in "surface" ("form" says how it matched).
    forms = mentions["surface"] if "surface" in mentions else mentions.get("form", pd.Series("", index=mentions.index))
    index: dict[tuple, list] = {}
    for doc, sec, pos, ent, start, end, form in zip(mentions["doc_id"], mentions["section"], mentions["position"],
                                                   mentions["entity_id"].astype(str), mentions["start"],
                                                   mentions["end"], forms):
        code, stands = (ent, "") if ent in codes else qid.get(ent, (None, ""))
        if code in codes:
            index.setdefault((doc, sec, int(pos)), []).append((int(start), int(end), code, str(form or ""), stands))
    return index


def _add_mentions(found: list[dict], rows, offsets: np.ndarray) -> list[dict]:
    for start, end, code, form, stands in rows:
        n_start = int(np.searchsorted(offsets, start, side="left"))
        n_end = int(np.searchsorted(offsets, end, side="left"))
        if any(a["start"] < n_end and n_start < a["end"] for a in found):
            continue  # the lexicon already has it
        found.append({"start": n_start, "end": n_end, "code": code, "form": form, "stands_for": stands})
    return found


def _sentences(norm: str):
    return sentence_spans(norm)


def _clauses(norm: str, s_start: int, s_end: int):
    start = s_start
    for m in _CLAUSE_SPLIT.finditer(norm, s_start, s_end):
        yield start, m.start()
        start = m.end()
    yield start, s_end


def _last_pair(seen: list[str], focus: str, partners) -> tuple[str, str] | None:
    """The focus and the partner most recently named with it, if both were named."""
    if focus not in seen:
        return None
    for code in reversed(seen):
        if code in partners:
            return focus, code
    return None


def _find_cue(norm: str, c_start: int, c_end: int, actors: list[dict], focus: str, partner: str, cues):
    for row, regex in zip(cues.itertuples(), cues["regex"]):
        for m in regex.finditer(norm, c_start, c_end):
            if int(row.cameo_code[:2]) >= 9:
                # Conflict cues need both sides named (not "البلدين") close to the cue.
                near = {a["code"] for a in actors if not a.get("coref") and (
                    abs(a["start"] - m.start()) <= _CONFLICT_WINDOW or abs(m.end() - a["end"]) <= _CONFLICT_WINDOW)}
                if not {focus, partner} <= near:
                    continue
            return row, m
    return None, None


def _clause_event(norm, text, offsets, c_start, c_end, s_start, s_end, actors, focus, partner, cues, gold,
                  tx, sentence_dates, prev_sentence_dates, pub, seg, keep_uncoded) -> dict | None:
    dyad = [a for a in actors if a["code"] in (focus, partner)]
    cue, m = _find_cue(norm, c_start, c_end, dyad, focus, partner, cues)
    if cue is None and not keep_uncoded:
        return None
    code = cue.cameo_code if cue is not None else None
    cue_pos = m.start() if m is not None else (dyad[0]["start"] if dyad else c_start)
    rules = []
    intent = False
    # A future marker next to the cue ("سيتم", "ستعقد") turns cooperation into an intent (03x).
    if code and code[:2] in _INTENT and m is not None and _FUTURE.search(
            norm, max(c_start, m.start() - _INTENT_WINDOW), min(c_end, m.end() + _INTENT_WINDOW)):
        code = _INTENT[code[:2]]
        intent = True
    # Dating: the nearest time expression in the clause, else in the sentence,
    # else the sentence pointed back to, else (for reporting) the publication date.
    in_clause = [t for t in sentence_dates if c_start <= t["n_start"] < c_end]
    pool = in_clause or sentence_dates
    date = None
    if pool:
        date = min(pool, key=lambda t: min(abs(t["n_start"] - cue_pos), abs(t["n_end"] - cue_pos)))
        rules.append(f"timex:{date['rule']}")
    elif _ANAPHOR.search(norm, s_start, s_end) and prev_sentence_dates:
        date = prev_sentence_dates[-1]
        rules.append(f"chain:{date['rule']}")
    if date is not None:
        d_start, d_end, precision, d_text = date["date_start"], date["date_end"], date["precision"], date["text"]
    elif seg.section == "related":
        d_start = d_end = precision = None
        d_text = ""
        rules.append("undated:related-headline")  # a link to another, older article
    elif _BACKGROUND.match(norm[c_start:c_end]):
        d_start = d_end = precision = None
        d_text = ""
        rules.append("undated:background")
    elif pub is not None:
        d_start = d_end = pub.date().isoformat()
        precision, d_text = "day", ""
        rules.append("publication")
    else:
        d_start = d_end = precision = None
        d_text = ""
        rules.append("undated")
    if intent:
        rules.append("intent")
    if cue is not None:
        rules.append(f"cue:{m.group().strip()}")
    stand_in = sorted({f"{a['stands_for']}→{a['code']}" for a in dyad if a.get("stands_for")})
    goldstein, label = gold.get(code, (np.nan, "uncoded")) if code else (np.nan, "uncoded")
    # Sentence span in the original text (trailing whitespace trimmed).
    o_start = int(offsets[s_start])
    o_end = int(offsets[max(s_start, s_end - 1)]) + 1
    while o_start < o_end and text[o_start].isspace():
        o_start += 1
    while o_end > o_start and text[o_end - 1].isspace():
        o_end -= 1
    return {
        "event_id": _event_id(seg, int(offsets[c_start]), partner),
        "actor1": focus, "actor2": partner,
        "date_start": d_start, "date_end": d_end, "precision": precision, "date_text": d_text,
        "cameo_code": code, "event_label": label, "goldstein": goldstein,
        "sentence": text[o_start:o_end], "start": o_start, "end": o_end,
        "section": seg.section, "position": int(seg.position), "rule": ";".join(rules),
        "initiator": _initiator(dyad, cue_pos, cue, focus),
        "actor_forms": "; ".join(dict.fromkeys(a["form"].strip() for a in dyad)),
        "stand_in": ";".join(stand_in),
    }


def _initiator(dyad: list[dict], cue_pos: int, cue, focus: str) -> str:
    """Guess who acts: Arabic is verb-first, so the side named right after a verb; else the one before a noun."""
    after = [a for a in dyad if 0 <= a["start"] - cue_pos <= 40 and not a.get("coref")]
    before = [a for a in dyad if a["start"] < cue_pos and not a.get("coref")]
    if cue is not None and cue.aspect != "noun" and after:
        return after[0]["code"]
    if before:
        return before[-1]["code"]
    return after[0]["code"] if after else focus


def _event_id(seg, start: int, partner: str) -> str:
    key = f"{seg.doc_id}|{seg.section}|{seg.position}|{start}|{partner}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


# --------------------------------------------------------------------------- merging and filtering
def _tokens(sentence: str) -> set[str]:
    from marsad.lang.text import normalize

    return {w for w in re.findall(r"\w+", normalize(sentence)) if len(w) > 2}


def merge_events(events: pd.DataFrame, *, similarity: float = 0.5) -> pd.DataFrame:
    """Merge reports of the same event from different documents.

    Two events from different documents are the same when they share the dyad
    and the CAMEO root, their date intervals overlap, and they have the same
    interval and precision or sentences at least ``similarity`` alike (word
    Jaccard). The earliest report is kept as the evidence; ``sources``,
    ``source_names`` and ``n_reports`` list every report.

    Args:
        events: rows with :data:`EVENT_COLUMNS`.
        similarity: word-overlap threshold for reports with different intervals.

    Returns:
        The merged events (undated events are never merged).
    """
    if events.empty:
        return events
    ev = events.reset_index(drop=True)
    parent = list(range(len(ev)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    dated = ev[ev["date_start"].notna() & ev["cameo_code"].notna()]
    root = dated["cameo_code"].str[:2]
    tokens = {}
    for _, block in dated.groupby([dated["actor1"], dated["actor2"], root], sort=False):
        block = block.sort_values("date_start")
        idx = block.index.to_list()
        starts, ends, docs = block["date_start"].to_list(), block["date_end"].to_list(), block["doc_id"].to_list()
        for a in range(len(idx)):
            for b in range(a + 1, len(idx)):
                if starts[b] > ends[a]:
                    break  # sorted by start: nothing later overlaps
                if docs[a] == docs[b]:
                    continue
                i, j = idx[a], idx[b]
                same_date = (starts[a], ends[a], ev.at[i, "precision"]) == (starts[b], ends[b], ev.at[j, "precision"])
                if not same_date:
                    ti = tokens.setdefault(i, _tokens(ev.at[i, "sentence"]))
                    tj = tokens.setdefault(j, _tokens(ev.at[j, "sentence"]))
                    if not ti or not tj or len(ti & tj) / len(ti | tj) < similarity:
                        continue
                parent[find(j)] = find(i)
    groups = pd.Series([find(i) for i in range(len(ev))], index=ev.index)
    rows = []
    for _, members in ev.groupby(groups, sort=False):
        order = members.sort_values(["published", "doc_id", "position", "start"], na_position="last")
        first = order.iloc[0].to_dict()
        first["sources"] = ";".join(dict.fromkeys(order["doc_id"].astype(str)))
        first["source_names"] = ";".join(dict.fromkeys(s for s in order["source_names"].fillna("").astype(str) if s))
        first["n_reports"] = len(order)
        rows.append(first)
    return pd.DataFrame(rows, columns=EVENT_COLUMNS)


def filter_events(events: pd.DataFrame, *, date_from: str | None = None, date_to: str | None = None,
                  partners=None, dated_only: bool = False) -> pd.DataFrame:
    """Keep events whose interval meets ``[date_from, date_to]`` (ISO dates; empty = open)."""
    keep = pd.Series(True, index=events.index)
    if partners:
        keep &= events["actor2"].isin(list(partners))
    if date_from:
        keep &= events["date_end"].isna() | (events["date_end"].astype(str) >= str(pd.Timestamp(date_from).date()))
    if date_to:
        keep &= events["date_start"].isna() | (events["date_start"].astype(str) <= str(pd.Timestamp(date_to).date()))
    if dated_only:
        keep &= events["date_start"].notna()
    return events[keep]


def events_for(run, *, focus: str = "RU", partners=("KP", "VN")) -> pd.DataFrame:
    """Return a run's events for ``focus`` and ``partners``.

    The run's own ``events`` table (computed for Russia with North Korea and
    Vietnam, or read from ``marsad analyze`` tables) is reused when it covers the
    request; other countries are extracted here, with the run's mentions.
    """
    partners = list(partners)
    if focus == "RU" and set(partners) <= {"KP", "VN"}:
        events = run.events
        return events[events["actor2"].isin(partners)].reset_index(drop=True)
    return extract_events(run.corpus, focus=focus, partners=partners, mentions=run.mentions)


def rule_counts(events: pd.DataFrame) -> pd.DataFrame:
    """Count events by the rule that dated them (timex, chain, publication, undated …)."""
    kind = events["rule"].fillna("").str.split(";").map(
        lambda parts: next((p for p in parts if p.split(":")[0] in ("timex", "chain", "publication", "undated")), ""))
    kind = kind.str.replace(r"^(timex|chain):.*", r"\1", regex=True)
    counts = kind.value_counts().rename_axis("dating rule").reset_index(name="events")
    return counts


def country_codes(value) -> list[str]:
    """Read country codes given as a list or as text ("KP, VN", '["KP", "VN"]' from a command line)."""
    if isinstance(value, str):
        return re.findall(r"[A-Za-z]{2}", value.upper())
    return [str(v).upper() for v in value]
