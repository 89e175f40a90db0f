"""Figures for the headline topic mix (plotly for HTML reports, matplotlib for static images).

Every function takes the tables built by :mod:`marsad.topics` (``topic_mix``,
``headlines_table``) and returns a figure; nothing is shown or saved here.
Scraped headlines and taxonomy labels go through ``charts.hover_text`` /
``charts.escape_html`` before they reach a hover label or a title.
"""
from __future__ import annotations

import pandas as pd

from marsad.charts.base import (and_list, escape_html, escape_markdown, hover_text, outlet_key, outlet_name, period_bars,
                                reader_table)
from marsad.topics.classifier import UNCERTAIN, load_taxonomy, topic_mix

__all__ = [
    "plot_topic_mix",
    "plot_topic_treemap",
    "plot_topic_mix_static",
    "plot_topic_mix_over_time",
    "over_time_in_shares",
    "period_volumes",
    "thin_periods_sentence",
    "plot_topic_mix_by_source",
    "dated_headlines",
    "headline_list",
    "unseen_outlet_sentence",
    "over_time_period",
    "small_tiles",
    "span_days",
    "one_group_sentence",
    "one_period_sentence",
    "largest_sentence",
    "top_topic_words",
    "topic_words",
]


def _largest(mix: pd.DataFrame) -> pd.DataFrame:
    """The topics (not *uncertain*) with the most headlines: one, or every topic tied at that count."""
    named = mix[mix["topic"] != UNCERTAIN]
    return named[named["count"] == named["count"].max()] if len(named) else named


def largest_sentence(mix: pd.DataFrame, unit: str = "headline") -> str:
    """The topic page's sentence on its largest topic (Markdown, escaped), or ``""`` when no headline has a topic.

    A tie names every tied topic: "The largest topic is ثقافة وفن (Culture & arts, 7 headlines, 13% of all)" of the
    seed's ticker hid اقتصاد (Economy), 7 headlines too, and so did the index's "top topic: Culture & arts (13%)"
    (audit44)."""
    top = _largest(mix)
    if top.empty:
        return ""
    count, share = int(top["count"].iloc[0]), float(top["share"].iloc[0])
    units = f"{count:,} {unit if count == 1 else unit + 's'}"
    if len(top) == 1:
        return (f" The largest topic is **{escape_markdown(top['label_ar'].iloc[0])}** "
                f"({escape_markdown(top['label_en'].iloc[0])}, {units}, {share:.0%} of all).")
    names = [f"**{escape_markdown(r['label_ar'])}** ({escape_markdown(r['label_en'])})" for _, r in top.iterrows()]
    return f" The largest topics are tied: {and_list(names)}, {units} each ({share:.0%} of all each)."


def top_topic_words(mix: pd.DataFrame, shown: int = 3) -> str:
    """The index headline's top topic: "top topic: Economy (13%)", or every tied one ("top topics: Culture & arts
    and Economy (13% each)"; past ``shown`` tied topics, how many more)."""
    top = _largest(mix)
    if top.empty:
        return "top topic: none"
    share = float(top["share"].iloc[0])
    if len(top) == 1:
        return f"top topic: {top['label_en'].iloc[0]} ({share:.0%})"
    names = [str(x) for x in top["label_en"]]
    names = names if len(names) <= shown else names[:shown] + [f"{len(names) - shown} more"]
    return f"top topics: {and_list(names)} ({share:.0%} each)"


def unseen_outlet_sentence(held_out, corpus_sources) -> str:
    """The sentence saying the model never saw this corpus's outlet, or ``""`` when it is beside the point.

    ``held_out``: the outlets left out of the model's training (its ``excluded``); ``corpus_sources``: the corpus's
    sources as written. "It never saw CNN Arabic" on a Jawhara FM corpus (audit38) is true of the model and says
    nothing about this corpus: only the held-out outlets this corpus comes from are named.
    """
    keys = {outlet_key(s) for s in corpus_sources}
    unseen = list(dict.fromkeys(outlet_name(t) for t in held_out if outlet_key(t) in keys))
    if not unseen:
        return ""
    whose = ("this corpus's outlet" if len(keys) == 1 else
             "one of this corpus's outlets" if len(unseen) == 1 else "outlets of this corpus")
    return f" It never saw {', '.join(unseen)}, {whose}: it was held out of training."


def headline_list(rows: pd.DataFrame, *, kind: str, max_rows: int, caption: str | None = None, repeats: bool = True,
                  taxonomy: pd.DataFrame | None = None, csv: str = "headlines.csv"):
    """Headlines with their topic and confidence for a reader: a ticker in page order, titles newest first with
    their source and date (every title sits at position 0 of its document). ``repeats``: the column giving the
    earlier headline a repeat repeats. Topics as "دولي · World" (:func:`topic_words`, ``taxonomy``). ``csv``: the
    run's table holding the rows past ``max_rows``."""
    listed = rows.assign(confidence=rows["confidence"].round(2), label_ar=topic_words(rows, taxonomy))
    if kind == "ticker":
        columns = ["position", "text", "label_ar", "confidence"]
    else:
        listed = listed.sort_values("published", ascending=False, na_position="last", kind="stable")
        columns = ["published", "source", "text", "label_ar", "confidence"]
    columns += ["duplicate_of"] if repeats else []
    return reader_table(listed, columns=[c for c in columns if c in listed.columns],
                        names={"label_ar": ("الموضوع", "topic")}, max_rows=max_rows, caption=caption,
                        csv=csv)


def topic_words(rows: pd.DataFrame, taxonomy: pd.DataFrame | None = None) -> pd.Series:
    """Each row's topic as the tables name it, "دولي · World" (the Arabic label alone where the taxonomy has no
    English for its ``topic``): the tables said "دولي" where the bars, the tiles and the uncertain headlines' best
    guess say "دولي (World)", "سياسة · Politics" (audit44). ``taxonomy``: the run's (default: the shipped one)."""
    if rows.empty or "label_ar" not in rows.columns:
        return rows["label_ar"] if "label_ar" in rows.columns else pd.Series(dtype=object, index=rows.index)
    if "label_en" in rows.columns:
        english = rows["label_en"]
    else:
        table = load_taxonomy(None) if taxonomy is None else taxonomy
        names = {**dict(zip(table["id"], table["label_en"])), UNCERTAIN: "Uncertain"}
        english = rows["topic"].map(names) if "topic" in rows.columns else pd.Series("", index=rows.index)
    english = english.fillna("").astype(str)
    arabic = rows["label_ar"].astype(str)
    return arabic.where(english.eq(""), arabic + " · " + english)


def _axis_label(row) -> str:
    return f"{escape_html(row['label_ar'])} ({escape_html(row['label_en'])})"


def _share(s: float) -> str:
    """A bar's share in whole percent; a topic of 1 headline in 559 reads "<1%", never "0%" (audit38)."""
    return "<1%" if 0 < s < 0.005 else f"{s:.0%}"


def plot_topic_mix(mix: pd.DataFrame, *, title: str = "Topic mix of the headlines", unit: str = "headlines"):
    """Horizontal bar chart of a :func:`topics.topic_mix` table, largest topic on top.

    Bars are labelled with the count and the share; hover adds the English label. ``unit`` names what
    is counted on the axis and in the hover ("headlines", "titles").
    """
    import plotly.graph_objects as go

    data = mix.iloc[::-1]  # plotly draws the first bar at the bottom
    fig = go.Figure(go.Bar(
        x=data["count"], y=[_axis_label(r) for _, r in data.iterrows()], orientation="h",
        marker_color=data["colour"].tolist(),
        text=[f"{c:,} ({_share(s)})" for c, s in zip(data["count"], data["share"])], textposition="auto",
        customdata=data["share"],
        hovertemplate="%{y}<br>%{x} " + escape_html(unit) + " (%{customdata:.1%})<extra></extra>",
    ))
    fig.update_layout(title=escape_html(title), xaxis_title=escape_html(unit), yaxis_title=None,
                      height=max(300, 60 + 38 * len(data)), margin=dict(l=10, r=10, t=50, b=40))
    return fig


def plot_topic_treemap(headlines: pd.DataFrame, *, deduplicate: bool = True, max_listed: int = 12,
                       taxonomy=None, title: str = "Topics and their headlines"):
    """Treemap of topics sized by headline count; hovering a tile lists its headlines.

    Args:
        headlines: ``headlines_table`` output (needs ``topic`` and ``text``).
        max_listed: headlines listed per hover (the rest are counted).
    """
    import plotly.graph_objects as go

    df = headlines
    if deduplicate and "duplicate_of" in df.columns:
        df = df[df["duplicate_of"].isna()]
    mix = topic_mix(df, deduplicate=False, taxonomy=taxonomy)
    lists = []
    for topic in mix["topic"]:
        texts = df.loc[df["topic"] == topic, "text"].tolist()
        shown = [hover_text(t, width=70) for t in texts[:max_listed]]
        more = f"<br>… +{len(texts) - max_listed} more" if len(texts) > max_listed else ""
        lists.append("<br>• " + "<br>• ".join(shown) + more if shown else "")
    # "دولي (World)" as the bars name a topic: the tiles said "دولي 341" to a reader of English (audit42)
    fig = go.Figure(go.Treemap(
        labels=[_axis_label(r) for _, r in mix.iterrows()], parents=[""] * len(mix), values=mix["count"],
        marker_colors=mix["colour"].tolist(), customdata=lists, branchvalues="total",
        # the Arabic name over the English one: on one line "ثقافة وفن (Culture & arts)" was shrunk to 6 px in a
        # phone's tile of 7 headlines in 55 (audit43)
        texttemplate=[f"{escape_html(r['label_ar'])}<br>({'<br>'.join(map(escape_html, tile_lines(r['label_en'])))})"
                      "<br>%{value:,}" for _, r in mix.iterrows()],
        hovertemplate="<b>%{label}</b> (%{value})%{customdata}<extra></extra>",
    ))
    # a tile of 1 title in 572 is a sliver whose name plotly shrinks to a few unreadable pixels (audit42): the
    # caption names those topics (small_tiles)
    fig.update_layout(title=escape_html(title), margin=dict(l=10, r=10, t=50, b=10), height=480)
    return fig


def tile_lines(name: str, width: int = 10) -> list[str]:
    """A tile's English name in lines of about ``width`` characters (whole words): plotly shrinks a tile's text until
    its longest line fits, so "(Security & justice)" on one line printed at 5 px in a phone's tile of 3 headlines in
    55 where "(Society)" beside it, as large, read at 10 px (audit44)."""
    lines: list[str] = []
    for word in str(name).split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [str(name)]


# A treemap tile of under this share of the headlines is too small to carry its name on a phone (a 350 x 390 px plot:
# 12 titles of 572, 2.1 %, read as a smudge at 400 px, audit43); the caption names those topics.
SMALL_TILE = 0.03


def small_tiles(mix: pd.DataFrame, share: float = SMALL_TILE) -> str:
    """The topics whose treemap tile is too small to name, as ``"سياسة (Politics) 1, دين (Religion) 1"`` (plain
    text, for a caption), smallest last; ``""`` when every tile is large enough."""
    if mix.empty:
        return ""
    total = float(mix["count"].sum())
    # a tile's text is as large as its side over its longest line: a name of longer lines than the taxonomy's
    # ("(Uncertain)", 11 characters) needs a tile larger by the square of the ratio
    longest = mix.apply(lambda r: max(len(str(r["label_ar"])), *(len(x) + 1 for x in tile_lines(r["label_en"]))),
                        axis=1) if len(mix) else mix["count"]
    needed = share * (longest.clip(lower=11) / 11) ** 2
    small = mix[mix["count"] / total < needed] if total else mix.iloc[:0]
    return ", ".join(f"{r['label_ar']} ({r['label_en']}) {int(r['count']):,}"
                     for _, r in small.sort_values("count", ascending=False, kind="stable").iterrows())


def plot_topic_mix_static(mix: pd.DataFrame, *, title: str = "Topic mix", unit: str = "headlines"):
    """The topic mix as a matplotlib bar chart, each topic named in Arabic (matplotlib shapes it) over its English
    name."""
    import matplotlib.pyplot as plt
    from matplotlib.figure import Figure

    data = mix.iloc[::-1]
    # each topic named in Arabic over its English name, as the interactive bars say "دولي (World)": the print chart
    # named its topics in Arabic only (audit42). Two lines: on one, matplotlib's right-to-left run put "(World) دولي".
    names = [f"{ar}\n{en}" if isinstance(en, str) and en else str(ar)
             for ar, en in zip(data["label_ar"], data["label_en"] if "label_en" in data else [None] * len(data))]
    fig = Figure(figsize=(7, 0.55 * len(data) + 1.2), layout="constrained")
    ax = fig.subplots()
    bars = ax.barh(names, data["count"], color=list(data["colour"]))
    ax.bar_label(bars, labels=[f"{c:,} ({_share(s)})" for c, s in zip(data["count"], data["share"])], padding=3)
    ax.set_xlabel(unit)
    ax.set_title(title)
    ax.margins(x=0.15)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    plt.close("all")  # no pyplot state is kept; the Figure is returned
    return fig


def dated_headlines(headlines: pd.DataFrame) -> pd.DataFrame:
    """Rows that carry a date (``published``), for the over-time view."""
    if "published" not in headlines.columns:
        return headlines.iloc[0:0]
    return headlines[pd.to_datetime(headlines["published"], errors="coerce").notna()]


# A topic key under the bars, read from the largest topic on
_KEY_BELOW = {"orientation": "h", "x": 0, "xanchor": "left", "y": -0.12, "yanchor": "top", "traceorder": "normal"}


# Counts stacked per period hide the thin periods when the busiest holds this many times the headlines of the
# thinnest: Jawhara FM's titles ran from a few a month in 2013 to 600 a month in 2017 (audit40), and the mix of the
# first years was a sliver under the axis. Past it the chart draws each period's shares (every bar 100 %).
SHARE_RATIO = 5.0


# In shares, a month of 5 headlines is a bar as tall as one of 1,413 (audit41): a period under this many headlines is
# drawn pale, with its count above it (each of its headlines moves its shares by 5 points or more).
THIN_PERIOD = 20
THIN_OPACITY = 0.35
# Past this many periods only the pale bars carry their count above them (a four-digit count over each of 45 months
# would run into its neighbours'); the hover gives every bar's.
COUNTED_PERIODS = 24


# A phone (under 600 px) keeps the counts of up to this many periods (a bar of 35 px or more holds "1,413").
NARROW_COUNTED = 8


def thin_periods_sentence(volumes: pd.Series, floor: int = THIN_PERIOD, *, unit: str = "month") -> str:
    """The caption's words for the pale bars of a shares chart (``volumes``: :func:`period_volumes`; ``unit``: its
    period, ``month`` or ``week``), or ``""`` when no period is under ``floor`` headlines."""
    thin = volumes[volumes < floor]
    if thin.empty:
        return ""
    n, of = len(thin), len(volumes)
    if n == 1 and of > 1:
        return (f"One {unit} holds fewer than {floor} headlines ({thin.iloc[0]:,}): it is drawn pale, its count over "
                "it, as its shares rest on a few headlines. ")
    which = f"All {of:,} {unit}s hold" if n == of else f"{n:,} of the {of:,} {unit}s hold"
    return (f"{which} fewer than {floor} headlines: they are drawn pale, their counts over them, as their shares "
            f"rest on a few headlines (one headline moves such a {unit}'s shares by over 5 points). ")


def span_days(headlines: pd.DataFrame) -> int:
    """The days the dated headlines cover, first and last included (0 when none is dated)."""
    df = dated_headlines(headlines)
    if not len(df):
        return 0
    when = pd.to_datetime(df["published"]).dt.tz_localize(None).dt.normalize()
    return (when.max() - when.min()).days + 1


def over_time_period(headlines: pd.DataFrame) -> tuple[str, str]:
    """The period of the topic mix over time, from the days the dated headlines cover: ``("D", "day")`` up to
    ``DAY_SPAN`` days, ``("W", "week")`` up to ``WEEK_SPAN`` days or when every one falls in one calendar month, else
    ``("MS", "month")``. 583 titles of August 2018 drew one month's bar across the whole plot with no date under it
    (audit42); titles of 31 July and 1 August two month bars for two days (audit43): the axis follows the span."""
    df = dated_headlines(headlines)
    days = span_days(df)
    if not days:
        return ("MS", "month")
    if days <= DAY_SPAN:
        return ("D", "day")
    months = pd.to_datetime(df["published"]).dt.tz_localize(None).dt.to_period("M").nunique()
    if days <= WEEK_SPAN or months == 1:
        return ("W", "week")
    return ("MS", "month")


def one_period_sentence(headlines: pd.DataFrame, freq: str, unit: str = "headline") -> str:
    """What "Topic mix over time" says instead of its chart when every dated headline falls in one period (``freq``)
    of :func:`over_time_period`: a ticker dated by its capture day drew one bar across the whole plot, the topic mix
    above again, captioned "the corpus spans 1 days ... from 2024-06-19 to 2024-06-19" (review46). ``""`` when the
    headlines fall in two periods or more, or none is dated."""
    from marsad.charts.base import plural

    volumes = period_volumes(headlines, freq)
    if len(volumes) != 1:
        return ""
    start = pd.Timestamp(volumes.index[0])
    f = str(freq or "")[:1].upper()
    when = (f"of one day, {start:%-d %b %Y}" if f == "D" else
            f"of one week, from {start:%-d %b %Y}" if f == "W" else f"of one month, {start:%B %Y}")
    return (f"Every dated {unit} is {when} ({plural(int(volumes.iloc[0]), unit)}): with one bar there is no change "
            "over time to chart.")


# the topic mix over time is drawn by day up to this span (days), by week up to WEEK_SPAN (over_time_period)
DAY_SPAN = 14
WEEK_SPAN = 92


def period_volumes(headlines: pd.DataFrame, freq: str = "MS") -> pd.Series:
    """Dated headlines per period (periods with none left out), as the over-time chart counts them."""
    df = dated_headlines(headlines)
    if df.empty:
        return pd.Series(dtype="int64")
    period = pd.to_datetime(df["published"]).dt.tz_localize(None).dt.to_period(freq[0]).dt.start_time
    return period.value_counts().sort_index()


def over_time_in_shares(headlines: pd.DataFrame, freq: str = "MS", ratio: float = SHARE_RATIO) -> bool:
    """True when the busiest period holds more than ``ratio`` times the headlines of the thinnest one (of those
    with any): counts would hide the thin periods' mix, so the chart draws shares."""
    vol = period_volumes(headlines, freq)
    return len(vol) > 1 and vol.max() > ratio * vol.min()


def _period_middle(start, freq: str):
    """The middle of the day, week or month starting at ``start`` (where :func:`charts.period_bars` draws its bar)."""
    f = str(freq or "")[:1].upper()
    start = pd.Timestamp(start)
    end = start + (pd.offsets.MonthBegin(1) if f == "M" else pd.Timedelta(days=7 if f == "W" else 1))
    return start + (end - start) / 2


def plot_topic_mix_over_time(headlines: pd.DataFrame, *, freq: str = "MS", deduplicate: bool = True,
                             taxonomy=None, title: str = "Topic mix over time", shares: bool | None = None):
    """Stacked bars of the topics per period (``freq``: pandas offset, default month): headline counts, or each
    period's shares (every bar 100 %, hover the count and the period's total) when ``shares`` is true; ``None``
    decides by :func:`over_time_in_shares` (volume varying more than ``SHARE_RATIO`` times across periods).

    Headlines without a date are left out (ticker headlines only have the page's capture date).
    """
    import plotly.graph_objects as go

    df = dated_headlines(headlines).copy()
    if deduplicate and "duplicate_of" in df.columns:
        df = df[df["duplicate_of"].isna()]
    if shares is None:
        shares = over_time_in_shares(df, freq)
    df["period"] = pd.to_datetime(df["published"]).dt.tz_localize(None).dt.to_period(freq[0]).dt.start_time
    mix = topic_mix(df, by="period", deduplicate=False, taxonomy=taxonomy)
    totals = mix.groupby("period")["count"].transform("sum")
    volume = mix.groupby("period")["count"].sum()
    fig = go.Figure()
    for topic, part in mix.groupby("topic", sort=False):
        # "دولي (World)" as in the topic-mix bars: an Arabic-only key left an English reader without one
        if shares:
            pale = totals.loc[part.index] < THIN_PERIOD
            fig.add_bar(x=part["period"], y=part["share"], name=_axis_label(part.iloc[0]),
                        marker_color=part["colour"].iloc[0],
                        marker_opacity=[THIN_OPACITY if p else 1.0 for p in pale] if pale.any() else None,
                        customdata=list(zip(part["count"], totals.loc[part.index])),
                        hovertemplate="%{x|%Y-%m-%d}: %{y:.0%} (%{customdata[0]:,} of %{customdata[1]:,})"
                                      "<extra>%{fullData.name}</extra>")
        else:
            fig.add_bar(x=part["period"], y=part["count"], name=_axis_label(part.iloc[0]),
                        marker_color=part["colour"].iloc[0], customdata=part["share"],
                        hovertemplate="%{x|%Y-%m-%d}: %{y} (%{customdata:.0%})<extra>%{fullData.name}</extra>")
    # the key lies under the bars: "علوم وصحة (Science & health)" beside them took a phone's plot width before the
    # report's script could move it, and plotly kept the upright month labels it had chosen for that width
    fig.update_layout(barmode="stack", title=escape_html(title), xaxis_title=None,
                      yaxis_title="share of headlines" if shares else "headlines",
                      legend_title_text="topic", height=480, legend=_KEY_BELOW, margin={"r": 20})
    if shares:
        # each period's headline count over its bar, in the middle of its period as period_bars puts the bar: every
        # bar's when they fit, else the pale ones'; a phone drops them past NARROW_COUNTED periods (marsad_narrow_notes,
        # the hover keeps them)
        counted = volume if len(volume) <= COUNTED_PERIODS else volume[volume < THIN_PERIOD]
        for start, n in counted.items():
            fig.add_annotation(x=_period_middle(start, freq), y=1.0, yref="y", yanchor="bottom", text=f"{n:,}",
                               showarrow=False, font={"size": 10, "color": "#555"})
        if len(volume) > NARROW_COUNTED:
            fig.update_layout(meta={"marsad_narrow_notes": "hide"})
        fig.update_yaxes(tickformat=".0%", range=[0, 1])
    fig = period_bars(fig, freq)
    f = str(freq or "")[:1].upper()
    if f in ("W", "D") and 0 < len(volume) <= COUNTED_PERIODS:
        # each week named by its days under its bar: plotly's own ticks read "12:00 Aug 2, 2018" (the bar's middle);
        # each day by its date: plotly's read "12:00 Feb 12, 2017" half a bar left of the bar of 13 February (audit43);
        # the year under the first and under each that starts a new year: "26 Dec / 2016, 30 Dec, 2 Jan" read as
        # January 2016 (review46: a day or week axis crosses a year end since audit43)
        starts = [pd.Timestamp(p) for p in volume.index]
        fig.update_xaxes(tickvals=[_period_middle(p, freq) for p in starts], ticklabelmode="instant",
                         ticktext=[(f"{p:%-d %b} – {p + pd.Timedelta(days=6):%-d %b}" if f == "W" else f"{p:%-d %b}")
                                   + (f"<br>{p:%Y}" if i == 0 or p.year != starts[i - 1].year else "")
                                   for i, p in enumerate(starts)])
    return fig


def one_group_sentence(mix: pd.DataFrame, n_sources: int, unit: str = "headline") -> str:
    """What "Sources compared" says instead of its chart when every headline of its ``n_sources`` sources is in one
    group (``mix``: the corpus's :func:`topic_mix`): two 100 % bars of one colour with no key, right after "there
    is no mix to chart" (audit42). ``""`` when there is a mix to compare."""
    if len(mix) != 1 or n_sources < 2:
        return ""
    only = mix.iloc[0]
    return (f"Every {unit} of the {n_sources} sources is in one group, {only['label_ar']} ({only['label_en']}): "
            "their topic mixes are the same, there is nothing to compare.")


def plot_topic_mix_by_source(headlines: pd.DataFrame, *, deduplicate: bool = True, taxonomy=None,
                             title: str = "Topic mix by source"):
    """100 % stacked bars comparing the topic shares of each source."""
    import plotly.graph_objects as go

    df = headlines.assign(source=headlines["source"].fillna("(unknown)").astype(str))
    mix = topic_mix(df, by="source", deduplicate=deduplicate, taxonomy=taxonomy)
    fig = go.Figure()
    for topic, part in mix.groupby("topic", sort=False):
        fig.add_bar(y=[escape_html(outlet_name(s)) for s in part["source"]], x=part["share"], orientation="h",
                    name=_axis_label(part.iloc[0]), marker_color=part["colour"].iloc[0],
                    customdata=part["count"],
                    hovertemplate="%{y}: %{x:.0%} (%{customdata})<extra>%{fullData.name}</extra>")
    # the key even for one topic: plotly leaves a one-trace chart without one, and its 100 % bars named nothing
    fig.update_layout(barmode="stack", title=escape_html(title), xaxis_tickformat=".0%", legend_title_text="topic",
                      height=max(340, 160 + 40 * df["source"].nunique()), legend=_KEY_BELOW, margin={"r": 20},
                      showlegend=True)
    return fig
