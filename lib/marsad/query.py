"""One query layer over a run's tables, shared by the reports and the explorer.

Every function takes the prepared tables (:func:`prepare_tables`: a run, or the
explorer's :class:`ExploreTables` with its per-run indexes) and a
:class:`Selection` (entities, dates, sources, topics, sections, a text query),
and returns a DataFrame: keyword in context (:func:`kwic`), mentions over time,
co-mentions, matching events and headlines, Arabic-aware text search, and
:func:`attention_over_time`, the share of documents (and of stories) naming an
entity per day, week or month, with the gaps left as gaps. Chart modules draw
these frames; the explorer (:mod:`marsad.explore`) wires them to widgets.

The per-run indexes and the shared definitions (a segment's date and topic,
the *together* modes) are in :mod:`marsad.explore.tables`; text matching in
:mod:`marsad.explore.search`.
"""
from __future__ import annotations

import dataclasses
import re

import numpy as np
import pandas as pd

from marsad.explore.search import find_matches
from marsad.lang.text import normalize
from marsad.explore.tables import (
    _NAT,
    _SENT,
    _SENTENCE_END,
    SECTION_GROUPS,
    TOGETHER,
    ExploreTables,
    Selection,
    _attr_mask,
    _entity_codes,
    _gather,
    _mention_rows,
    _segment_texts,
    _text_mask,
    _unit_keys,
    date_bounds,
    open_tables,
    prepare_tables,
)

__all__ = [
    "Selection",
    "ExploreTables",
    "TOGETHER",
    "SECTION_GROUPS",
    "open_tables",
    "prepare_tables",
    "date_bounds",
    "filter_segments",
    "filter_mentions",
    "filter_headlines",
    "kwic",
    "co_mentions",
    "countries_named_with",
    "countries_named",
    "mentions_over_time",
    "matching_events",
    "search_text",
    "summary",
    "attention_over_time",
    "choose_period",
    "repeated_headlines",
    "headline_key",
    "run_stories",
]

# --------------------------------------------------------------------------- filters

def filter_segments(tables: ExploreTables, sel: Selection) -> pd.DataFrame:
    """Return the segments passing the date, source, topic, section and text filters."""
    tables = prepare_tables(tables)
    mask = _attr_mask(tables._ix["s_attr"], sel)
    if sel.text:
        mask &= _text_mask(tables, sel.text)
    return tables.segments[mask]

def filter_mentions(tables: ExploreTables, sel: Selection) -> pd.DataFrame:
    """Return the mentions of the selected entities that pass every filter, newest first.

    With ``together`` other than ``any``, only mentions in units (sentence,
    segment or document) naming all selected entities are kept. Without
    entities, every mention passing the filters is returned.
    """
    tables = prepare_tables(tables)
    return tables.mentions.iloc[_mention_rows(tables, sel)]


def filter_headlines(tables: ExploreTables, sel: Selection) -> pd.DataFrame:
    """Return the classified headlines passing the filters (and naming the entities, if any).

    Returns:
        ``date, source, section, topic, text, duplicate_of, doc_id, position``,
        newest first.
    """
    tables = prepare_tables(tables)
    h = tables.headlines
    cols = ["date", "source", "section", "topic", "text", "duplicate_of", "doc_id", "position"]
    if h.empty:
        return pd.DataFrame(columns=cols)
    ix = tables._ix
    mask = _attr_mask(ix["h_attr"], sel)
    seg = ix["h_seg"]
    if sel.text:
        mask &= np.where(seg >= 0, _text_mask(tables, sel.text)[np.clip(seg, 0, None)], False)
    if sel.entities:
        mask &= np.isin(seg, ix["m_seg"][_mention_rows(tables, sel)])
    out = h[mask].sort_values(["date", "doc_id", "position"], ascending=[False, True, True], na_position="last")
    return out[cols].reset_index(drop=True)


# --------------------------------------------------------------------------- views

def _context(text: str, start: int, end: int, width: int, lo_bound: int = 0, hi_bound: int | None = None):
    hi_bound = len(text) if hi_bound is None else hi_bound
    lo, hi = max(lo_bound, start - width), min(hi_bound, end + width)
    left, right = text[lo:start], text[end:hi]
    # Cut at a word boundary so the context does not start or end mid-word.
    if lo > lo_bound and " " in left:
        left = "…" + left[left.index(" ") + 1:]
    if hi < hi_bound and " " in right:
        right = right[:right.rindex(" ")] + "…"
    return left.replace("\n", " "), text[start:end], right.replace("\n", " ")


def _sentence_span(text: str, start: int) -> tuple[int, int]:
    lo, hi = 0, len(text)
    for x in _SENTENCE_END.finditer(text):
        if x.end() <= start:
            lo = x.end()
        else:
            hi = x.end()
            break
    return lo, hi


_KWIC_COLUMNS = ["doc_id", "section", "position", "entity_id", "label", "left", "match", "right",
                 "context", "match_start", "match_end", "start", "end", "date", "source", "topic"]


def _kwic_rows(rows: pd.DataFrame, texts: np.ndarray, *, width: int, sentence: bool) -> pd.DataFrame:
    out = []
    for r in rows.itertuples(index=False):
        text = texts[r.seg_id] or ""
        lo, hi = _sentence_span(text, r.start) if sentence else (0, len(text))
        left, match, right = _context(text, r.start, r.end, width, lo, hi)
        out.append((r.doc_id, r.section, r.position, r.entity_id, r.label, left, match, right, left + match + right,
                    len(left), len(left) + len(match), r.start, r.end, r.date, r.source, r.topic))
    return pd.DataFrame(out, columns=_KWIC_COLUMNS)


def kwic(tables: ExploreTables, sel: Selection, *, width: int = 60, limit: int | None = 500) -> pd.DataFrame:
    """Keyword-in-context rows for the selection, newest first.

    With entities: one row per mention of a selected entity passing the
    filters (in ``sentence`` mode the context stops at the sentence). Without
    entities but with a text query: one row per text match. Otherwise empty.

    Args:
        tables: the prepared tables.
        sel: the selection.
        width: characters of context on each side (cut back to a word boundary).
        limit: most rows returned (None = all, e.g. for export).

    Returns:
        ``doc_id, section, position, entity_id, label, left, match, right,
        context, match_start, match_end, start, end, date, source, topic``:
        ``start``/``end`` are offsets in the original segment text,
        ``match_start``/``match_end`` locate ``match`` inside ``context`` (for
        ``charts.rtl_table(highlight={"context": ("match_start", "match_end")})``).
    """
    tables = prepare_tables(tables)
    if not sel.entities:
        if not sel.text:
            return pd.DataFrame(columns=_KWIC_COLUMNS)
        hits = search_text(tables, sel.text, limit=limit, width=width, selection=sel)
        return hits.assign(entity_id="", label=sel.text)[_KWIC_COLUMNS]
    rows = _mention_rows(tables, sel)
    if limit is not None:
        rows = rows[:limit]
    texts = _segment_texts(tables)
    return _kwic_rows(tables.mentions.iloc[rows], texts, width=width, sentence=sel.together == "sentence")


def co_mentions(tables: ExploreTables, sel: Selection, *, top_n: int = 15, unit: str | None = None) -> pd.DataFrame:
    """Count the entities named in the same units as the selected ones.

    Args:
        tables: the prepared tables.
        sel: the selection (filters apply; the selected entities are not counted).
        top_n: rows returned.
        unit: ``text`` (a headline, or a whole article: as in the mentions
            report), ``document``, ``segment`` or ``sentence``. Default: the
            selection's ``together`` unit, or ``text`` for ``any``.

    Returns:
        ``entity_id, label, entity_type, texts, mentions``: ``texts`` counts
        shared units. Without entities, the most mentioned entities overall.
    """
    tables = prepare_tables(tables)
    cols = ["entity_id", "label", "entity_type", "texts", "mentions"]
    ix = tables._ix
    if tables.mentions.empty:
        return pd.DataFrame(columns=cols)
    if sel.entities:
        unit = unit or ("text" if sel.together == "any" else sel.together)
        hit = _mention_rows(tables, sel)
        if len(hit) == 0:
            return pd.DataFrame(columns=cols)
        units = np.unique(_unit_keys(tables, hit, unit))
        # Candidates: every mention in the documents holding those units, then the same filters.
        rows = _gather(ix["doc_order"], ix["doc_bounds"], np.unique(ix["m_unit_doc"][hit]))
        rows = rows[_attr_mask(ix["m_attr"], sel, rows)]
        if sel.text:
            rows = rows[_text_mask(tables, sel.text)[ix["m_seg"][rows]]]
        rows = rows[~np.isin(ix["m_ent"][rows], _entity_codes(tables, sel.entities))]
        if unit == "sentence":
            rows = rows[np.isin(ix["m_seg"][rows], np.unique(units // _SENT))]
        keys = _unit_keys(tables, rows, unit)
        keep = np.isin(keys, units)
        rows, keys = rows[keep], keys[keep]
    else:
        rows = _mention_rows(tables, sel)
        keys = _unit_keys(tables, rows, unit or "text")
    if len(rows) == 0:
        return pd.DataFrame(columns=cols)
    n = len(ix["ent_ids"])
    ent = ix["m_ent"][rows]
    # (unit, entity) pairs as one integer each: key * n + entity (Python-style modulo keeps it exact for negatives)
    texts = np.bincount(np.unique(keys * n + ent) % n, minlength=n)
    mentions = np.bincount(ent, minlength=n)
    codes = np.flatnonzero(texts)
    out = pd.DataFrame({"entity_id": ix["ent_ids"][codes], "label": ix["ent_label"][codes],
                        "entity_type": ix["ent_type"][codes], "texts": texts[codes], "mentions": mentions[codes]})
    out = out.sort_values(["texts", "mentions", "entity_id"], ascending=[False, False, True], kind="stable")
    return out.head(top_n)[cols].reset_index(drop=True)


def countries_named_with(tables: ExploreTables, country: str) -> pd.DataFrame:
    """The countries named in the same sentences (and documents) as ``country``: candidate partners.

    An event needs both countries in one sentence, so the sentence count is how
    much a pair of countries could yield; the timeline report lists the top
    ones so that an analyst whose partners are rare in a corpus sees which pairs
    it does hold.

    Returns:
        ``entity_id, sentences, documents``, one row per other country named in
        a sentence or a document with ``country``, most sentences first.
    """
    tables = prepare_tables(tables)
    counts = []
    for unit in ("sentence", "document"):
        named = co_mentions(tables, Selection(entities=(country,), together=unit), top_n=len(tables._ix["ent_ids"]))
        named = named[named["entity_type"] == "country"]
        counts.append(named.set_index("entity_id")["texts"].rename(unit + "s"))
    # (co_mentions leaves the selected country itself out)
    out = pd.concat(counts, axis=1).fillna(0).astype(int).rename_axis("entity_id").reset_index()
    out = out.sort_values(["sentences", "documents", "entity_id"], ascending=[False, False, True], kind="stable")
    return out[["entity_id", "sentences", "documents"]].reset_index(drop=True)


def countries_named(tables) -> pd.DataFrame:
    """Every country the corpus names, with the documents naming it and its mentions, most documents first.

    The timeline report tells a reader whose corpus never names its focus country (a week of a Tunisian outlet run
    with the default Russia) which countries it does name, and the option that charts them (audit43). ``tables``:
    a run, :class:`ExploreTables` or a dict with a ``mentions`` table (only that table is read).

    Returns:
        ``entity_id, documents, mentions``.
    """
    m = tables.get("mentions") if isinstance(tables, dict) else getattr(tables, "mentions", None)
    cols = ["entity_id", "documents", "mentions"]
    if m is None:
        return pd.DataFrame(columns=cols)
    if m.empty or not {"entity_id", "entity_type", "doc_id"} <= set(m.columns):
        return pd.DataFrame(columns=cols)
    m = m[m["entity_type"] == "country"]
    out = (m.groupby("entity_id").agg(documents=("doc_id", "nunique"), mentions=("doc_id", "size")).reset_index()
           .sort_values(["documents", "mentions", "entity_id"], ascending=[False, False, True], kind="stable"))
    return out[cols].reset_index(drop=True)


def _periods(days: np.ndarray, freq: str) -> np.ndarray:
    """Start of each day's period: the day, its week's Monday, or its month's first day."""
    if freq == "D":
        return days
    if freq == "W":
        # 1970-01-01 was a Thursday: +3 makes Monday the start of the week
        return days - ((days.astype(np.int64) + 3) % 7).astype("timedelta64[D]")
    if freq in ("M", "MS"):
        return days.astype("datetime64[M]").astype("datetime64[D]")
    raise ValueError(f"freq must be 'auto', 'D', 'W' or 'M', not {freq!r}")


def mentions_over_time(tables: ExploreTables, sel: Selection, *, freq: str = "auto", top_n: int = 5) -> pd.DataFrame:
    """Count dated mentions of the selected entities (or the ``top_n`` most mentioned) per period.

    Args:
        tables: the prepared tables.
        sel: the selection.
        freq: ``D``, ``W`` (weeks from Monday), ``M`` or ``auto`` (day up to two
            months of data, week up to two years, else month).
        top_n: entities drawn when none is selected.

    Returns:
        ``period, entity_id, label, mentions`` (undated mentions, e.g. ticker
        headlines without a capture date, are left out).
    """
    tables = prepare_tables(tables)
    cols = ["period", "entity_id", "label", "mentions"]
    ix = tables._ix
    rows = _mention_rows(tables, sel)
    if not sel.entities and len(rows):
        counts = np.bincount(ix["m_ent"][rows])
        rows = rows[np.isin(ix["m_ent"][rows], np.argsort(-counts, kind="stable")[:top_n])]
    date = ix["m_attr"]["date"][rows]
    rows, date = rows[date != _NAT], date[date != _NAT]
    if len(rows) == 0:
        return pd.DataFrame(columns=cols)
    days = date.astype("datetime64[ns]").astype("datetime64[D]")
    if freq == "auto":
        span = int((days.max() - days.min()).astype(np.int64))
        freq = "D" if span <= 62 else "W" if span <= 730 else "M"
    frame = pd.DataFrame({"period": _periods(days, freq).astype("datetime64[ns]"), "code": ix["m_ent"][rows]})
    out = frame.value_counts(sort=False).rename("mentions").reset_index().sort_values(["period", "code"])
    out["entity_id"] = ix["ent_ids"][out["code"].to_numpy()]
    out["label"] = ix["ent_label"][out["code"].to_numpy()]
    return out[cols].reset_index(drop=True)


def matching_events(tables: ExploreTables, sel: Selection) -> pd.DataFrame:
    """Return the events that match the selection, by date.

    An event matches an entity when the entity is one of its actors or is
    named inside its evidence sentence. With ``together`` other than ``any``
    every selected entity must match. Dates filter by overlap of the event's
    interval with the range; sources and topics by the reporting document;
    a text query by the event's segment.
    """
    tables = prepare_tables(tables)
    ev = tables.events
    if ev.empty:
        return ev
    mask = np.ones(len(ev), dtype=bool)
    if sel.dated:
        mask &= ev["t0"].notna().to_numpy()
        if sel.date_to is not None:
            mask &= (ev["t0"] < sel.date_to + pd.Timedelta(days=1)).to_numpy()
        if sel.date_from is not None:
            mask &= (ev["t1"] >= sel.date_from).to_numpy()
    if sel.sources:
        mask &= ev["source"].isin(list(sel.sources)).to_numpy()
    if sel.topics:
        mask &= ev["topic"].isin(list(sel.topics)).to_numpy()
    if sel.sections:
        mask &= ev["section"].isin(list(sel.sections)).to_numpy()
    seg = ev["seg_id"].to_numpy()
    if sel.text:
        mask &= np.where(seg >= 0, _text_mask(tables, sel.text)[np.clip(seg, 0, None)], False)
    if sel.entities:
        per_entity = [_event_has(tables, ev, e) for e in dict.fromkeys(sel.entities)]
        combined = np.logical_and.reduce(per_entity) if sel.together != "any" else np.logical_or.reduce(per_entity)
        mask &= combined
    return ev[mask].sort_values(["t0", "event_id"], na_position="last").reset_index(drop=True)


def _event_has(tables: ExploreTables, ev: pd.DataFrame, entity: str) -> np.ndarray:
    actor = (ev["actor1"].astype(str) == entity).to_numpy() | (ev["actor2"].astype(str) == entity).to_numpy()
    codes = _entity_codes(tables, [entity])
    if not codes:
        return actor
    ix = tables._ix
    rows = _gather(ix["ent_order"], ix["ent_bounds"], np.asarray(codes))
    m = pd.DataFrame({"seg_id": ix["m_seg"][rows], "m_start": ix["m_start"][rows]})
    joined = ev[["seg_id", "start", "end"]].reset_index().merge(m, on="seg_id")
    inside = joined[(joined["m_start"] >= joined["start"]) & (joined["m_start"] < joined["end"])]["index"].unique()
    named = np.zeros(len(ev), dtype=bool)
    named[inside] = True
    return actor | named

# --------------------------------------------------------------------------- text search

def search_text(tables: ExploreTables, query: str, kb=None, *, limit: int | None = 500, width: int = 60,
                selection: Selection | None = None) -> pd.DataFrame:
    """Find a word or name in headlines and paragraphs, Arabic-aware.

    Matching is on the normalised text: diacritics, hamza/alef forms, ى/ي and
    ة/ه do not matter; proclitics do not hide a word (بوتين finds وبوتين and
    لبوتين); a name the knowledge base knows also finds its other spellings
    (بوتين finds بوتن). A trailing ``*`` allows longer words (اتفاق* finds اتفاقية).

    Args:
        tables: the prepared tables (or a run).
        query: the text to find.
        kb: knowledge base for spelling variants (default: the tables').
        limit: most match rows returned (None = all).
        width: context characters on each side.
        selection: other filters to apply (dates, sources, topics, sections).

    Returns:
        one row per match, newest first: ``doc_id, section, position, left,
        match, right, context, match_start, match_end, start, end, date,
        source, topic`` (``start``/``end`` in the original segment text).
    """
    tables = prepare_tables(tables, kb=kb)
    kb = kb if kb is not None else tables.kb
    if kb is not None and tables.kb is None:
        tables = dataclasses.replace(tables, kb=kb, _cache={})
    mask = _text_mask(tables, query)
    if selection is not None:
        mask = mask & _attr_mask(tables._ix["s_attr"], selection)
    segs = tables.segments[mask].sort_values(["date", "doc_id", "position"], ascending=[False, True, True], na_position="last")
    rows = []
    for r in segs.itertuples(index=False):
        for start, end in find_matches(r.text, query, kb):
            left, match, right = _context(r.text, start, end, width)
            rows.append((r.doc_id, r.section, r.position, left, match, right, left + match + right, len(left),
                         len(left) + len(match), start, end, r.date, r.source, r.topic))
            if limit is not None and len(rows) >= limit:
                break
        if limit is not None and len(rows) >= limit:
            break
    cols = ["doc_id", "section", "position", "left", "match", "right", "context", "match_start", "match_end",
            "start", "end", "date", "source", "topic"]
    return pd.DataFrame(rows, columns=cols)


# --------------------------------------------------------------------------- summary

def summary(tables: ExploreTables, sel: Selection) -> dict:
    """Counts for the status line: segments, documents, mentions, events in the selection."""
    tables = prepare_tables(tables)
    segs = filter_segments(tables, sel)
    ments = filter_mentions(tables, sel)
    return {
        "documents": int(segs["doc_id"].nunique()),
        "segments": len(segs),
        "mentions": len(ments) if sel.entities else 0,
        "events": len(matching_events(tables, sel)),
    }




# --------------------------------------------------------------------------- attention over time

_FREQS = {"D": ("day", "D"), "W": ("week", "W-MON"), "M": ("month", "MS")}
ATTENTION_COLUMNS = ["period", "entity_id", "label", "documents", "total_documents", "share", "stories",
                     "total_stories", "story_share", "samples"]


def choose_period(span_days: int) -> str:
    """Pick the period for a corpus spanning ``span_days``: ``D`` up to two months, ``W`` up to two years, else ``M``."""
    return "D" if span_days <= 62 else "W" if span_days <= 730 else "M"


def _period_start(days: pd.Series, freq: str) -> pd.Series:
    if freq == "D":
        return days
    if freq == "W":
        return days - pd.to_timedelta(days.dt.day_of_week, unit="D")
    return days.dt.to_period("M").dt.start_time


def _story_ids(tables: ExploreTables, docs: pd.DataFrame, stories: pd.DataFrame | None) -> pd.Series | None:
    """Each document's story id (reports of one story across outlets), when the run groups them."""
    stories = stories if stories is not None else tables.stories
    if stories is not None and {"doc_id", "story_id"} <= set(stories.columns):
        mapping = stories.assign(doc_id=stories["doc_id"].astype(str)).drop_duplicates("doc_id")
        story = docs["doc_id"].map(mapping.set_index("doc_id")["story_id"]).astype(object)
        return story.where(story.notna(), docs["doc_id"])
    if "story_id" in docs:
        return docs["story_id"].fillna(docs["doc_id"])
    return None


def attention_over_time(source, sel: Selection | None = None, *, freq: str = "auto", top_n: int = 5,
                        samples: int = 3, stories: pd.DataFrame | None = None,
                        mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Share of documents (and of stories) naming each entity, per day, week or month.

    Raw mention counts follow how much was published; attention is the share of
    what was published that names the entity. Every period of the corpus span
    is listed: a period with no document at all has ``share`` NaN (a gap, not
    a zero), a period with documents none of which names the entity has 0.

    Args:
        source: a run or the prepared tables.
        sel: entities and filters (sources and dates restrict the documents
            counted; topics, sections and text restrict the mentions). Without
            entities, the ``top_n`` most mentioned.
        freq: ``D``, ``W`` (weeks from Monday), ``M`` or ``auto`` (from the
            span of the dated documents, :func:`choose_period`).
        top_n: entities when none is selected.
        samples: documents listed per period and entity (``samples`` column:
            ``[{"doc_id", "title", "url", "source", "published"}]``, newest first).
        stories: a ``doc_id, story_id`` table grouping reports of one story;
            default the run's ``stories`` table, else the documents' ``story_id``
            column; a document in no group is a story of its own.
        mentions: count only these mentions of the run (a report's filtered
            table, e.g. without demonyms); default all of them.

    Returns:
        ``period, entity_id, label, documents, total_documents, share, stories,
        total_stories, story_share, samples`` (story columns are NA without
        stories). ``frame.attrs``: ``freq``, ``period_name`` (day/week/month),
        ``undated`` (documents without a publication date, not counted),
        ``has_stories``.
    """
    if mentions is not None and not isinstance(source, ExploreTables):
        source = {"documents": source.documents, "segments": source.segments, "mentions": mentions,
                  "stories": run_stories(source)}
    tables = prepare_tables(source)
    sel = sel or Selection()
    docs = tables.documents
    if "duplicate_of" in docs:  # a copy of another document is counted once, as the original
        docs = docs[docs["duplicate_of"].isna()]
    if sel.sources:
        docs = docs[docs["source"].isin(list(sel.sources))]
    story = _story_ids(tables, docs, stories)
    docs = docs.assign(story_id=story if story is not None else docs["doc_id"])
    undated = int(docs["published"].isna().sum())
    dated = docs[docs["published"].notna()]
    if sel.date_from is not None:
        dated = dated[dated["published"] >= sel.date_from]
    if sel.date_to is not None:
        dated = dated[dated["published"] < sel.date_to + pd.Timedelta(days=1)]
    out = pd.DataFrame(columns=ATTENTION_COLUMNS)
    out.attrs.update(freq=None, period_name=None, undated=undated, has_stories=story is not None)
    if dated.empty or tables.mentions.empty:
        return out
    days = dated["published"].dt.normalize()
    if freq == "auto":
        freq = choose_period(int((days.max() - days.min()).days))
    if freq not in _FREQS:
        raise ValueError(f"freq must be 'auto', 'D', 'W' or 'M', not {freq!r}")
    dated = dated.assign(period=_period_start(days, freq))
    span = pd.date_range(dated["period"].min(), dated["period"].max(), freq=_FREQS[freq][1])
    totals = dated.groupby("period")["doc_id"].nunique().reindex(span, fill_value=0)
    total_stories = dated.groupby("period")["story_id"].nunique().reindex(span, fill_value=0)

    ix = tables._ix
    entities = list(dict.fromkeys(sel.entities))
    if not entities:
        rows = _mention_rows(tables, sel)
        if len(rows) == 0:
            return out
        counts = np.bincount(ix["m_ent"][rows])
        entities = [ix["ent_ids"][c] for c in np.argsort(-counts, kind="stable")[:top_n] if counts[c] > 0]
    dated = dated.sort_values("published", ascending=False, kind="stable")
    frames = []
    for entity in entities:
        codes = _entity_codes(tables, [entity])
        # an entity these tables never name (the default focus on a sports corpus) still has its name, not "Q7747"
        label = ix["ent_label"][codes[0]] if codes else _kb_label(entity)
        rows = _mention_rows(tables, sel.replace(entities=(entity,), together="any")) if codes else np.array([], int)
        named = dated[dated["doc_id"].isin(set(tables.mentions["doc_id"].iloc[rows]))]
        n_docs = named.groupby("period")["doc_id"].nunique().reindex(span, fill_value=0)
        n_stories = named.groupby("period")["story_id"].nunique().reindex(span, fill_value=0)
        listed = {p: _samples(g, samples) for p, g in named.groupby("period")} if samples else {}
        frame = pd.DataFrame({
            "period": span, "entity_id": entity, "label": label,
            "documents": n_docs.to_numpy(), "total_documents": totals.to_numpy(),
            "stories": n_stories.to_numpy(), "total_stories": total_stories.to_numpy(),
        })
        frames.append(frame.assign(samples=[listed.get(p, []) for p in span]))
    out = pd.concat(frames, ignore_index=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        out["share"] = np.where(out["total_documents"] > 0, out["documents"] / out["total_documents"].clip(lower=1), np.nan)
        out["story_share"] = np.where(out["total_stories"] > 0, out["stories"] / out["total_stories"].clip(lower=1), np.nan)
    if story is None:
        out[["stories", "total_stories", "story_share"]] = pd.NA
    out = out[ATTENTION_COLUMNS]
    out.attrs.update(freq=freq, period_name=_FREQS[freq][0], undated=undated, has_stories=story is not None)
    return out


def _kb_label(entity: str) -> str:
    """The knowledge base's display label of ``entity`` ("كوريا الشمالية (North Korea)"), the id when it has none."""
    from marsad.explore.tables import _display_label
    from marsad.mentions.kb import load_kb

    row = load_kb().labels().query("id == @entity")
    if row.empty:
        return entity
    return str(_display_label(row["label_ar"], row["label_en"], row["id"]).iloc[0])


def repeated_headlines(headlines: pd.DataFrame, stories: pd.DataFrame | None = None) -> pd.Series:
    """Which headlines repeat one already counted (True), so that a topic mix counts each once.

    * a ticker headline: the reader's ``duplicate_of`` (the same headline earlier on the same page), or an earlier
      headline of the same source's ticker, on its page or an earlier snapshot (a ticker repeats its headlines from
      capture to capture), read the same up to punctuation and letter forms, or one edit apart when long
      (:func:`headline_key`, :data:`NEAR_REPEAT_MIN`; audit41: a repeat with a trailing full stop counted twice);
    * a document title: its document tells a story already counted (``stories``: the same title and opening, an
      article filed under two sections or a wire story republished), the earliest document of the story counting.
      Titles that merely recur on other articles (a daily "طقس اليوم" bulletin) each count: each is its own article.

    The topic stage's table keeps every row; this is the reading of the report and the explorer (audit40: the topic
    page said its shares were of de-duplicated headlines while France 24's three stories filed twice counted twice).
    """
    out = pd.Series(False, index=headlines.index)
    if headlines.empty:
        return out
    if "duplicate_of" in headlines:
        out |= headlines["duplicate_of"].notna().to_numpy()
    section = headlines["section"].astype(str) if "section" in headlines else pd.Series("title", index=headlines.index)
    source = headlines["source"].fillna("").astype(str) if "source" in headlines else pd.Series("", index=headlines.index)
    published = (pd.to_datetime(headlines["published"], errors="coerce") if "published" in headlines
                 else pd.Series(pd.NaT, index=headlines.index))
    position = headlines["position"] if "position" in headlines else pd.Series(0, index=headlines.index)
    order = pd.DataFrame({"published": published, "doc_id": headlines["doc_id"].astype(str), "position": position},
                         index=headlines.index).sort_values(["published", "doc_id", "position"], na_position="last",
                                                            kind="stable").index
    ticker = section.loc[order] == "ticker"
    t_ix = order[ticker.to_numpy()]
    if len(t_ix):
        out.loc[t_ix] |= _near_repeats(source.loc[t_ix].tolist(), headlines.loc[t_ix, "text"].astype(str).tolist())
    d_ix = order[~ticker.to_numpy()]
    if len(d_ix) and stories is not None and {"doc_id", "story_id"} <= set(stories.columns):
        story = dict(zip(stories["doc_id"].astype(str), stories["story_id"].astype(str)))
        docs = headlines.loc[d_ix, "doc_id"].astype(str)
        key = docs.map(lambda d: story.get(d, "doc:" + d))
        out.loc[d_ix] |= key.duplicated().to_numpy()  # a story's later documents repeat its first
    return out


# A ticker headline of at least this many letters and digits (after normalisation) repeats an earlier one of its
# outlet one edit apart ("... 12 قتيلا" updated to "... 13 قتيلا", a typo fixed, a letter dropped); a shorter one only
# when it reads the same ("هدف في الدقيقة 90" and "... 80" are two goals).
NEAR_REPEAT_MIN = 20
_NON_WORD = re.compile(r"[^\w]+|_")


def headline_key(text: str) -> str:
    """A ticker headline as its repeats are matched: Arabic letter forms, diacritics and digits normalised
    (:func:`marsad.lang.text.normalize`), case folded, punctuation, quotes and dashes dropped, spaces collapsed."""
    return " ".join(_NON_WORD.sub(" ", normalize(str(text)).casefold()).split())


def _near_repeats(sources: list[str], texts: list[str]) -> np.ndarray:
    """For headlines in reading order, True where one repeats an earlier headline of the same source: the same
    :func:`headline_key`, or, both keys of :data:`NEAR_REPEAT_MIN` characters or more, two keys that give the same
    text with at most one character dropped from each: one edit apart (a character changed, added or dropped, two
    swapped), or a character moved, or one dropped and another added elsewhere (review42)."""
    seen: dict[str, set[str]] = {}
    out = np.zeros(len(texts), dtype=bool)
    for i, (src, text) in enumerate(zip(sources, texts)):
        key = headline_key(text)
        if not key:
            continue
        index = seen.setdefault(src, set())
        long = len(key) >= NEAR_REPEAT_MIN
        variants = {key[:j] + key[j + 1:] for j in range(len(key))} if long else set()
        out[i] = ("=" + key) in index or (long and any(("~" + v) in index for v in variants | {key}))
        index.add("=" + key)
        if long:
            index.add("~" + key)
            index.update("~" + v for v in variants)
    return out


def run_stories(run) -> pd.DataFrame | None:
    """The run's ``stories`` table (``doc_id, story_id, ...``), or None when the run has none."""
    try:
        return run.stories
    except Exception:  # a run without the stories stage, or one where it failed
        return None


def _samples(group: pd.DataFrame, n: int) -> list[dict]:
    out = []
    for r in group.head(n).itertuples(index=False):
        url = getattr(r, "url", None)
        out.append({"doc_id": r.doc_id, "title": "" if pd.isna(r.title) else str(r.title),
                    "url": "" if url is None or pd.isna(url) else str(url),
                    "source": "" if pd.isna(r.source) else str(r.source),
                    "published": r.published.strftime("%Y-%m-%d")})
    return out
