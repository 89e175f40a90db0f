"""Figures for the relations timeline: dyad lanes, a static version, a Goldstein curve.

Events come from :func:`marsad.events.extract_events`. Day-precision events are
markers; month, year, decade, century and approximate events are spans that
cover their whole interval, so a "1950s" event is drawn as the decade it is,
not as a made-up day. Every hover label is escaped (scraped text).
"""
from __future__ import annotations

import pandas as pd

from marsad.charts.base import escape_html, hover_text, matplotlib_font

__all__ = ["timeline_figure", "timeline_static", "goldstein_curve", "events_table", "ROOT_COLORS", "ROOT_LABELS"]

# CAMEO roots: cooperation in greens/blues, investigation grey, conflict in oranges/reds.
ROOT_COLORS = {
    "01": "#9ecae1", "02": "#6baed6", "03": "#4292c6", "04": "#2171b5", "05": "#41ab5d", "06": "#238b45",
    "07": "#006d2c", "08": "#74c476", "09": "#969696", "10": "#fdae6b", "11": "#fd8d3c", "12": "#f16913",
    "13": "#d94801", "14": "#a63603", "15": "#fc9272", "16": "#fb6a4a", "17": "#ef3b2c", "18": "#cb181d",
    "19": "#a50f15", "20": "#67000d",
}
ROOT_LABELS = {
    "01": "01 statement", "02": "02 appeal", "03": "03 intent to cooperate", "04": "04 consult/visit",
    "05": "05 diplomatic cooperation", "06": "06 material cooperation", "07": "07 provide aid", "08": "08 yield",
    "09": "09 investigate", "10": "10 demand", "11": "11 disapprove", "12": "12 reject", "13": "13 threaten",
    "14": "14 protest", "15": "15 force posture", "16": "16 reduce relations", "17": "17 coerce",
    "18": "18 assault", "19": "19 fight", "20": "20 mass violence",
}
_GOLDSTEIN_BINS = [(-10.1, -5, "#b2182b", "≤ −5 conflict"), (-5, -0.01, "#ef8a62", "−5 … 0"),
                   (-0.01, 0.01, "#bababa", "0 neutral"), (0.01, 5, "#67a9cf", "0 … 5"),
                   (5, 10.1, "#2166ac", "≥ 5 cooperation")]


def _prepare(events: pd.DataFrame) -> pd.DataFrame:
    ev = events[events["date_start"].notna()].copy()
    if ev.empty:
        return ev
    ev["lane"] = ev["actor1"].astype(str) + "–" + ev["actor2"].astype(str)
    ev["t0"] = pd.to_datetime(ev["date_start"])
    # Spans end at the end of their last day.
    ev["t1"] = pd.to_datetime(ev["date_end"]) + pd.Timedelta(days=1)
    ev["mid"] = ev["t0"] + (ev["t1"] - ev["t0"]) / 2
    ev["root"] = ev["cameo_code"].astype(str).str[:2]
    ev["is_point"] = ev["precision"].eq("day")
    return ev


def _group_key(ev: pd.DataFrame, color: str) -> pd.Series:
    if color == "goldstein":
        def bin_of(g):
            for lo, hi, _, label in _GOLDSTEIN_BINS:
                if pd.notna(g) and lo < g <= hi:
                    return label
            return "uncoded"
        return ev["goldstein"].map(bin_of)
    if color != "cameo":
        raise ValueError(f"color must be 'cameo' or 'goldstein', not {color!r}")
    return ev["root"].map(lambda r: ROOT_LABELS.get(r, "uncoded"))


def _color_of(label: str) -> str:
    for _, _, col, lab in _GOLDSTEIN_BINS:
        if lab == label:
            return col
    return ROOT_COLORS.get(label[:2], "#636363")


def _hover(row) -> str:
    sources = row.get("source_names") or row.get("sources") or row.get("doc_id")
    return (
        f"<b>{escape_html(row['lane'])}</b> · {escape_html(row['cameo_code'])} {escape_html(row['event_label'])} "
        f"(Goldstein {row['goldstein']:+.1f})<br>"
        f"{escape_html(row['date_start'])} → {escape_html(row['date_end'])} ({escape_html(row['precision'])})<br>"
        f"date text: {escape_html(row['date_text']) or '—'} · rule: {escape_html(row['rule'])}<br>"
        f"source: {escape_html(sources)}<br>{hover_text(row['sentence'])}"
    )


def timeline_figure(events: pd.DataFrame, *, color: str = "cameo", title: str | None = None):
    """Draw dated events on one lane per dyad: markers for days, bars for longer intervals.

    Args:
        events: events table (undated rows are left out).
        color: ``"cameo"`` (colour by CAMEO root) or ``"goldstein"`` (by score band).
        title: figure title (escaped).

    Returns:
        A plotly Figure.
    """
    import plotly.graph_objects as go

    ev = _prepare(events)
    fig = go.Figure()
    if ev.empty:
        fig.update_layout(title=escape_html(title or "no dated events"))
        return fig
    ev["group"] = _group_key(ev, color)
    lanes = sorted(ev["lane"].unique())
    for group, rows in ev.groupby("group", sort=True):
        col = _color_of(group)
        spans = rows[~rows["is_point"]]
        xs, ys = [], []
        for r in spans.itertuples():
            xs += [r.t0, r.t1, None]
            ys += [r.lane, r.lane, None]
        if xs:
            fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", line={"color": col, "width": 12}, opacity=0.55,
                                     hoverinfo="skip", legendgroup=group, showlegend=False))
        fig.add_trace(go.Scatter(
            x=rows["mid"], y=rows["lane"], mode="markers", name=escape_html(group), legendgroup=group,
            marker={"color": col, "size": 11, "symbol": ["circle" if p else "line-ns-open" for p in rows["is_point"]],
                    "line": {"width": 2, "color": col}},
            text=[_hover(r) for _, r in rows.iterrows()], hovertemplate="%{text}<extra></extra>"))
    fig.update_layout(
        title=escape_html(title or "Events by dyad"), height=180 + 90 * len(lanes), hovermode="closest",
        yaxis={"categoryorder": "array", "categoryarray": lanes, "title": None},
        xaxis={"title": None, "type": "date"}, legend={"title": "CAMEO root" if color == "cameo" else "Goldstein"})
    return fig


def timeline_static(events: pd.DataFrame, *, color: str = "cameo", title: str | None = None):
    """Return a matplotlib version of :func:`timeline_figure` (for print and PDF)."""
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    ev = _prepare(events)
    lanes = sorted(ev["lane"].unique()) if not ev.empty else []
    fig, ax = plt.subplots(figsize=(10, 1.5 + 0.9 * max(1, len(lanes))))
    plt.close(fig)  # the caller displays it; keep pyplot from showing it twice
    ax.set_title(title or "Events by dyad", fontfamily=matplotlib_font())
    if ev.empty:
        ax.text(0.5, 0.5, "no dated events", ha="center", va="center", transform=ax.transAxes)
        return fig
    ev["group"] = _group_key(ev, color)
    y = {lane: i for i, lane in enumerate(lanes)}
    for group, rows in ev.groupby("group", sort=True):
        col = _color_of(group)
        pts = rows[rows["is_point"]]
        spans = rows[~rows["is_point"]]
        for r in spans.itertuples():
            ax.hlines(y[r.lane], r.t0, r.t1, colors=col, linewidth=9, alpha=0.55)
        ax.scatter(pts["t0"], pts["lane"].map(y), color=col, s=45, zorder=3, label=group)
        if pts.empty:
            ax.plot([], [], color=col, linewidth=6, label=group)
    ax.set_yticks(range(len(lanes)), lanes)
    ax.set_ylim(-0.7, len(lanes) - 0.3)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
    ax.grid(axis="x", alpha=0.3)
    fig.tight_layout()
    return fig


def goldstein_curve(events: pd.DataFrame, *, freq: str = "auto", title: str | None = None):
    """Plot the mean Goldstein score per period for each dyad (cooperation above 0, conflict below).

    Args:
        events: events table; undated and uncoded rows are left out. Each event
            counts at the middle of its interval.
        freq: pandas period alias (``"M"``, ``"Y"``) or ``"auto"`` (years when the
            events span more than five years, else months).
        title: figure title.

    Returns:
        A plotly Figure.
    """
    import plotly.graph_objects as go

    ev = _prepare(events)
    ev = ev[ev["goldstein"].notna()] if not ev.empty else ev
    fig = go.Figure()
    if ev.empty:
        fig.update_layout(title=escape_html(title or "no dated events"))
        return fig
    if freq == "auto":
        freq = "Y" if (ev["mid"].max() - ev["mid"].min()).days > 5 * 365 else "M"
    ev["period"] = ev["mid"].dt.to_period(freq).dt.start_time
    agg = ev.groupby(["lane", "period"]).agg(goldstein=("goldstein", "mean"), n=("goldstein", "size")).reset_index()
    for lane, rows in agg.groupby("lane"):
        fig.add_trace(go.Scatter(
            x=rows["period"], y=rows["goldstein"], mode="lines+markers", name=escape_html(lane),
            text=[f"{escape_html(lane)}: {g:+.1f} (n={n})" for g, n in zip(rows["goldstein"], rows["n"])],
            hovertemplate="%{x|%Y-%m}<br>%{text}<extra></extra>"))
    fig.add_hline(y=0, line={"color": "#999", "dash": "dot"})
    fig.update_layout(title=escape_html(title or "Cooperation–conflict (mean Goldstein) over time"),
                      yaxis={"range": [-10.5, 10.5], "title": "Goldstein"}, xaxis={"title": None})
    return fig


def events_table(events: pd.DataFrame) -> pd.DataFrame:
    """Return the columns an analyst reads, dated events first, in time order."""
    cols = ["date_start", "date_end", "precision", "actor1", "actor2", "cameo_code", "event_label", "goldstein",
            "date_text", "rule", "sentence", "source_names", "n_reports"]
    cols = [c for c in cols if c in events.columns]
    return events.sort_values(["date_start", "actor2"], na_position="last")[cols].reset_index(drop=True)
