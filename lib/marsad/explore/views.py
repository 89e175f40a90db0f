"""The explorer's views: the entity picker, the KWIC table, CSV export and figures over the query layer.

The explorer notebook (``notebooks/explore.ipynb``, wired by
:mod:`marsad.explore.app`) never re-runs the NLP: its views are the query
functions of :mod:`marsad.query` (re-exported here: ``kwic``, ``co_mentions``,
``mentions_over_time``, ``attention_over_time``...), which the reports use too.
This module adds what only the explorer needs: entity options for the picker
and what was typed into it (:func:`resolve_entity`), the KWIC table as HTML, the
CSV export of a selection, and the figures of each tab.
"""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from marsad.charts.base import escape_html, hover_text, outlet_name
from marsad.engine.export import write_csv
from marsad.explore.search import kb_entities, query_key, search_pattern
from marsad.explore.tables import _labels
from marsad.query import (  # the query layer, re-exported: the explorer's views are its functions
    SECTION_GROUPS,
    TOGETHER,
    ExploreTables,
    Selection,
    attention_over_time,
    co_mentions,
    date_bounds,
    filter_headlines,
    filter_mentions,
    filter_segments,
    kwic,
    matching_events,
    mentions_over_time,
    open_tables,
    prepare_tables,
    search_text,
    summary,
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
    "attention_over_time",
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
            f"{escape_html(outlet_name(r.source) if isinstance(r.source, str) else r.source)}</td>"
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


_EXPORTS = ("kwic", "mentions", "co_mentions", "events", "headlines", "timeline", "attention")


def export_selection(tables: ExploreTables, sel: Selection, path: str | Path, *, what: str = "kwic") -> Path:
    """Write the current selection as CSV (UTF-8 with a byte-order mark, so Excel shows the Arabic).

    Args:
        tables: the prepared tables.
        sel: the selection.
        path: the CSV file to write (folders are created).
        what: ``kwic`` (every matching mention or text hit with its context),
            ``mentions``, ``co_mentions``, ``events``, ``headlines``, ``timeline`` or
            ``attention`` (share of documents per period, sample titles and links in one cell).

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
    elif what == "attention":
        frame = attention_over_time(tables, sel)
        frame = frame.assign(samples=[" | ".join(f"{d['title']} <{d['url']}>" if d["url"] else d["title"] for d in s)
                                      for s in frame["samples"]])
    else:
        frame = mentions_over_time(tables, sel)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # Excel (Windows) reads a CSV without a byte-order mark in the locale's code page: Arabic became mojibake.
    # pandas and LibreOffice skip the mark (Python's csv module: open with encoding="utf-8-sig"). Formula-like
    # scraped text is neutralised, as in the run's CSVs.
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        write_csv(frame, fh)
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
