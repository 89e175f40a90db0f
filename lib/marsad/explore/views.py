"""Query a run's tables for interactive exploration (the logic behind the explorer).

The explorer notebook (``notebooks/explore.ipynb``, wired by
:mod:`marsad.explore_app`) never re-runs the NLP: it asks these functions,
which take the run's tables (:func:`prepare_tables`, see
:mod:`marsad.explore_tables` for the indexes and the shared definitions of
dates, topics and *together* modes) and a :class:`Selection`, and return
DataFrames or plotly figures. Text search (:mod:`marsad.explore_search`)
matches normalised Arabic, tolerates proclitics and expands a name the
knowledge base knows to its other spellings (بوتين also finds بوتن).
"""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import numpy as np
import pandas as pd

from marsad.charts.base import escape_html, hover_text
from marsad.engine.export import write_csv
from marsad.explore.search import find_matches, kb_entities, query_key, search_pattern
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
    _labels,
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
    "entity_options",
    "resolve_entity",
    "date_bounds",
    "filter_segments",
    "filter_mentions",
    "filter_headlines",
    "kwic",
    "kwic_html",
    "co_mentions",
    "mentions_over_time",
    "matching_events",
    "search_pattern",
    "search_text",
    "summary",
    "export_selection",
    "timeline_figure",
    "co_mentions_figure",
    "events_figure",
]


# --------------------------------------------------------------------------- entities

def entity_options(run_or_tables, kb=None) -> pd.DataFrame:
    """List the entities a picker offers: the knowledge base's and the run's.

    Args:
        run_or_tables: a run or :class:`ExploreTables`.
        kb: the knowledge base (default: the tables' KB, if any).

    Returns:
        ``entity_id, entity_type, label_en, label_ar, mentions, option``,
        entities mentioned in the run first (most mentioned first). ``option``
        is the picker text: Arabic and English names with the id.
    """
    tables = prepare_tables(run_or_tables, kb=kb)
    labels = _labels(kb, tables.mentions) if kb is not None and tables.kb is None else tables.labels
    counts = tables.mentions["entity_id"].value_counts() if not tables.mentions.empty else pd.Series(dtype="int64")
    out = labels.copy()
    out["mentions"] = out["entity_id"].map(counts).fillna(0).astype("int64")
    en = out["label_en"].astype(str)
    ar = out["label_ar"].astype(str)
    name = (ar + " — " + en).where((ar != "") & (en != ""), ar.where(ar != "", en))
    out["option"] = name + " [" + out["entity_id"] + "]"
    out = out.sort_values(["mentions", "label_en", "entity_id"], ascending=[False, True, True], kind="stable")
    return out[["entity_id", "entity_type", "label_en", "label_ar", "mentions", "option"]].reset_index(drop=True)


_OPTION_ID = re.compile(r"\[([^\[\]]+)\]\s*$")


def resolve_entity(options: pd.DataFrame, text: str, *, kb=None) -> str | None:
    """Turn what was typed in the picker into an entity id.

    Accepts an option string, an entity id, an Arabic name or spelling the
    knowledge base knows (normalised, proclitics tolerated: وبوتين), or an
    English label; else the most-mentioned entity whose label contains it.

    Returns:
        the entity id, or None when nothing matches.
    """
    text = (text or "").strip()
    if not text or options.empty:
        return None
    ids = set(options["entity_id"])
    found = _OPTION_ID.search(text)
    if found and found.group(1) in ids:
        return found.group(1)
    for candidate in (text, text.upper()):
        if candidate in ids:
            return candidate
    low = text.casefold()
    exact = options[options["label_en"].str.casefold() == low]
    if len(exact):
        return exact["entity_id"].iloc[0]
    key = query_key(text)
    if key:
        ar = options["label_ar"].map(lambda s: query_key(str(s)))
        hit = options[ar == key]
        if len(hit):
            return hit["entity_id"].iloc[0]
        for variant in kb_entities(kb, key):
            if variant in ids:
                return variant
        hit = options[ar.str.contains(key, regex=False)]
        if len(hit):
            return hit["entity_id"].iloc[0]
    hit = options[options["label_en"].str.casefold().str.contains(low, regex=False)]
    return hit["entity_id"].iloc[0] if len(hit) else None

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


def kwic_html(frame: pd.DataFrame, *, max_rows: int = 200, empty: str = "nothing selected") -> str:
    """Render :func:`kwic` rows as an escaped right-to-left KWIC table (HTML string).

    In a right-to-left table the text before the match sits to its right, so
    the columns run: where, before, match, after; the match is in ``<mark>``.
    """
    if frame.empty:
        return f"<div class='marsad-kwic' dir='rtl'><p class='marsad-note'>{escape_html(empty)}</p></div>"
    rows = []
    for r in frame.head(max_rows).itertuples(index=False):
        date = "" if pd.isna(r.date) else pd.Timestamp(r.date).strftime("%Y-%m-%d")
        where = f"{escape_html(r.doc_id)} · {escape_html(r.section)} {escape_html(r.position)}"
        rows.append(
            "<tr>"
            f"<td class='where' dir='ltr' style='font-size:85%;color:#555;white-space:nowrap'>{where}<br>{escape_html(date)} "
            f"{escape_html(r.source)}</td>"
            f"<td class='left' style='text-align:left'>{escape_html(r.left)}</td>"
            f"<td class='match' style='text-align:center;white-space:nowrap'><mark>{escape_html(r.match)}</mark></td>"
            f"<td class='right' style='text-align:right'>{escape_html(r.right)}</td>"
            "</tr>")
    more = f"<p>… {len(frame) - max_rows} more rows (export to CSV for all).</p>" if len(frame) > max_rows else ""
    return (
        "<div class='marsad-kwic' dir='rtl' lang='ar' style='max-height:420px;overflow:auto'>"
        "<table dir='rtl' style='border-collapse:collapse;width:100%'><thead><tr>"
        "<th>where</th><th>before</th><th>match</th><th>after</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>{more}</div>")


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


# --------------------------------------------------------------------------- summary, export, figures

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


_EXPORTS = ("kwic", "mentions", "co_mentions", "events", "headlines", "timeline")


def export_selection(tables: ExploreTables, sel: Selection, path: str | Path, *, what: str = "kwic") -> Path:
    """Write the current selection as CSV (UTF-8).

    Args:
        tables: the prepared tables.
        sel: the selection.
        path: the CSV file to write (folders are created).
        what: ``kwic`` (every matching mention or text hit with its context),
            ``mentions``, ``co_mentions``, ``events``, ``headlines`` or ``timeline``.

    Returns:
        the path written.
    """
    if what not in _EXPORTS:
        raise ValueError(f"what must be one of {', '.join(_EXPORTS)}, not {what!r}")
    tables = prepare_tables(tables)
    if what == "kwic":
        frame = kwic(tables, sel, limit=None)
    elif what == "mentions":
        frame = filter_mentions(tables, sel).drop(columns=["unit_text", "unit_doc"], errors="ignore")
    elif what == "co_mentions":
        frame = co_mentions(tables, sel, top_n=10_000)
    elif what == "events":
        frame = matching_events(tables, sel).drop(columns=["t0", "t1"], errors="ignore")
    elif what == "headlines":
        frame = filter_headlines(tables, sel)
    else:
        frame = mentions_over_time(tables, sel)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_csv(frame, path)  # formula-like scraped text is neutralised, as in the run's CSVs
    return path


def timeline_figure(counts: pd.DataFrame, *, title: str = ""):
    """Lines of :func:`mentions_over_time` counts, one per entity."""
    import plotly.graph_objects as go

    fig = go.Figure()
    for (_, label), grp in counts.groupby(["entity_id", "label"], sort=False):
        fig.add_scatter(x=grp["period"], y=grp["mentions"], mode="lines+markers", name=hover_text(label))
    fig.update_layout(title=escape_html(title or ("no dated mentions" if counts.empty else "Mentions over time")),
                      xaxis_title="date", yaxis_title="mentions", height=320, margin={"t": 40, "b": 40})
    return fig


def co_mentions_figure(frame: pd.DataFrame, *, title: str = ""):
    """Horizontal bars of :func:`co_mentions` (most shared on top)."""
    import plotly.graph_objects as go

    labels = [hover_text(v) for v in frame["label"]] if len(frame) else []
    fig = go.Figure(go.Bar(x=frame["texts"] if len(frame) else [], y=labels, orientation="h",
                           hovertemplate="%{y}: %{x}<extra></extra>"))
    fig.update_layout(title=escape_html(title or ("nothing co-mentioned" if frame.empty else "Named in the same texts")),
                      xaxis_title="shared texts", height=max(260, 26 * len(frame) + 120),
                      yaxis={"autorange": "reversed"}, margin={"t": 40, "b": 40})
    return fig


def events_figure(events: pd.DataFrame, *, title: str = ""):
    """Events on their dyad lanes (the relations report's timeline)."""
    from marsad.charts.timeline import timeline_figure as dyad_timeline

    return dyad_timeline(events, title=title or None)
