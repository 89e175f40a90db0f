"""What was read: counts and figures for the corpus-overview report."""
from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from marsad.charts.base import escape_html, hover_text, outlet_name, period_bars

__all__ = [
    "document_list",
    "section_counts",
    "source_counts",
    "documents_over_time",
    "one_period_sentence",
    "over_time_caption",
    "far_documents_sentence",
    "without_arabic_sentence",
    "duplicate_groups",
    "repeated_stories",
    "stories_sentence",
    "sources_sentence",
    "skipped_inputs",
    "plot_sections",
    "plot_sources",
    "plot_documents_over_time",
    "attention_figure",
    "attention_caption",
    "ATTENTION_MIN_TOTAL",
]

_SECTION_ORDER = ["ticker", "title", "byline", "paragraph", "subheading", "caption", "related", "footer"]


def section_counts(segments: pd.DataFrame) -> pd.DataFrame:
    """Count segments and characters per section, in reading order."""
    if segments.empty:
        return pd.DataFrame(columns=["section", "segments", "characters"])
    out = (
        segments.assign(characters=segments["text"].str.len())
        .groupby("section", as_index=False)
        .agg(segments=("text", "size"), characters=("characters", "sum"))
    )
    order = {s: i for i, s in enumerate(_SECTION_ORDER)}
    return out.sort_values("section", key=lambda s: s.map(lambda v: order.get(v, 99))).reset_index(drop=True)


def document_list(documents: pd.DataFrame, segments: pd.DataFrame, *, words: int = 14) -> pd.DataFrame:
    """One row per document for a reader: its file, title, source and date; a document without a title
    (a TimeML file, a table of texts) shows its opening words instead, so every row says which text it is."""
    docs = documents.copy()
    docs["file"] = docs["path"].map(lambda p: Path(p).name if isinstance(p, str) and p else "")
    untitled = docs["title"].isna() | (docs["title"].astype("string").str.strip() == "")
    docs["opening"] = pd.Series(pd.NA, index=docs.index, dtype="object")
    if untitled.any() and not segments.empty:
        body = segments[~segments["section"].isin(["ticker", "byline", "footer"])]
        if "position" in body.columns:
            body = body.sort_values(["doc_id", "position"], kind="stable")
        first = body.drop_duplicates("doc_id").set_index("doc_id")["text"]

        def opening(text) -> str:
            parts = str(text).split()
            return " ".join(parts[:words]) + (" …" if len(parts) > words else "")
        docs.loc[untitled, "opening"] = docs.loc[untitled, "doc_id"].map(first).map(opening, na_action="ignore")
    columns = ["file", "title", "opening", "url", "source", "published", "format", "category"]
    return docs[[c for c in columns if c in docs.columns]].reset_index(drop=True)


def source_counts(documents: pd.DataFrame) -> pd.DataFrame:
    """Documents per source with their first and last publication date."""
    if documents.empty:
        return pd.DataFrame(columns=["source", "documents", "first", "last"])
    docs = documents.assign(source=documents["source"].fillna("(unknown)"))
    return (
        docs.groupby("source", as_index=False)
        .agg(documents=("doc_id", "size"), first=("published", "min"), last=("published", "max"))
        .sort_values("documents", ascending=False)
        .reset_index(drop=True)
    )


def documents_over_time(documents: pd.DataFrame, *, freq: str | None = None) -> pd.DataFrame:
    """Documents per period and source; ``freq`` defaults to day, week or month by the span."""
    dated = documents.dropna(subset=["published"])
    if dated.empty:
        return pd.DataFrame(columns=["period", "source", "documents"])
    if freq is None:
        span = (dated["published"].max() - dated["published"].min()).days
        freq = "D" if span <= 60 else "W" if span <= 365 else "M"
    period = dated["published"].dt.to_period(freq).dt.start_time
    out = (
        dated.assign(period=period, source=dated["source"].fillna("(unknown)"))
        .groupby(["period", "source"], as_index=False)
        .size()
        .rename(columns={"size": "documents"})
    )
    out.attrs["freq"] = freq  # the chart draws each bar across its period
    return out


def one_period_sentence(timeline: pd.DataFrame) -> str:
    """The corpus overview's sentence when every dated document falls in one period of :func:`documents_over_time`
    (its ``freq``): "All dated documents fall in one period, starting 2024-06-19" said of the seed's one page neither
    that it is one document nor what the period was (audit43)."""
    from marsad.charts.base import plural

    n = int(timeline["documents"].sum())
    first = pd.Timestamp(timeline["period"].min())
    freq = str(timeline.attrs.get("freq") or "D")[:1].upper()
    when = (f"on {first:%Y-%m-%d}" if freq == "D" else f"in the week from {first:%Y-%m-%d}" if freq == "W"
            else f"in {first:%B %Y}")
    if n == 1:
        return f"The one dated document was published {when}."
    return f"All {plural(n, 'dated document')} were published {when}."


def over_time_caption(timeline: pd.DataFrame, documents: pd.DataFrame) -> str:
    """The caption of "Documents over time": which period a bar is, and the few documents far from all the others
    that stretch the axis. 55 Al Arabiya and France 24 articles on Russia and North Korea, 54 of January - July 2018
    and one of January 2014, drew the 2018 months as seven slivers at the right end of a four-and-a-half-year axis
    under "Documents per publication period and source" (audit44)."""
    freq = str(timeline.attrs.get("freq") or "D")[:1].upper()
    unit = {"D": "day", "W": "week (from Monday)", "M": "month"}.get(freq, "period")
    far = far_documents_sentence(documents, "the bars of the others are narrow")
    return f"Documents per {unit} and source." + (f" {far}" if far else "")


def far_documents_sentence(documents: pd.DataFrame, others: str) -> str:
    """``""``, or the sentence naming the few dated documents far from all the others, which stretch a chart's time
    axis ("1 document of January 2014 lies far before the other 54 (February 2018 - July 2018) and stretches the
    axis: {others} at its right end."): at most 3 (or one in 20), beyond a gap of half the span of at least 180 days."""
    from marsad.charts.base import plural

    days = documents["published"].dropna().sort_values().reset_index(drop=True)
    if len(days) < 4:
        return ""
    span = (days.iloc[-1] - days.iloc[0]).days
    gaps = days.diff().dt.days.fillna(0)
    cut = int(gaps.idxmax())  # the widest gap: days[:cut] before it, days[cut:] after it
    if span < 180 or gaps.iloc[cut] < span / 2:
        return ""
    few, rest, side = ((days.iloc[:cut], days.iloc[cut:], "before") if cut <= len(days) - cut
                       else (days.iloc[cut:], days.iloc[:cut], "after"))
    if len(few) > max(3, len(days) // 20):
        return ""

    def month(d) -> str:
        return f"{pd.Timestamp(d):%B %Y}"

    when = (month(few.iloc[0]) if month(few.iloc[0]) == month(few.iloc[-1])
            else f"{month(few.iloc[0])} - {month(few.iloc[-1])}")
    one = len(few) == 1
    return (f"{plural(len(few), 'document')} of {when} {'lies' if one else 'lie'} far {side} the other "
            f"{len(rest):,} ({month(rest.iloc[0])} - {month(rest.iloc[-1])}) and {'stretches' if one else 'stretch'} "
            f"the axis: {others} at its {'right' if side == 'before' else 'left'} end.")


def duplicate_groups(segments: pd.DataFrame) -> pd.DataFrame:
    """Ticker headlines that repeat an earlier one (exactly or nearly), with that original."""
    ticker = segments[segments["section"] == "ticker"]
    dups = ticker[ticker["duplicate_of"].notna()]
    if dups.empty:
        return pd.DataFrame(columns=["doc_id", "position", "text", "duplicate_of", "original", "exact"])
    originals = ticker.set_index(["doc_id", "position"])
    rows = []
    for row in dups.itertuples(index=False):
        orig = originals.loc[(row.doc_id, int(row.duplicate_of))]
        rows.append({
            "doc_id": row.doc_id, "position": row.position, "text": row.text,
            "duplicate_of": int(row.duplicate_of), "original": orig["text"],
            "exact": orig["normalized"] == row.normalized,
        })
    return pd.DataFrame(rows)


def repeated_stories(documents: pd.DataFrame, stories: pd.DataFrame | None) -> pd.DataFrame:
    """Documents of a story told by more than one document (the ``stories`` table: the same title and lead, an
    article filed under two sections or a wire story republished), a story's documents together, oldest story
    first: ``story`` (1, 2, …), then the columns of :func:`document_list`."""
    columns = ["story", "file", "title", "url", "source", "published", "category"]
    if stories is None or stories.empty or documents.empty or "story_id" not in stories:
        return pd.DataFrame(columns=columns)
    docs = document_list(documents, pd.DataFrame(columns=["doc_id", "section", "text"]))
    docs["doc_id"] = documents["doc_id"].to_numpy()
    grouped = stories[["doc_id", "story_id", "first_seen"]].merge(docs, on="doc_id", how="inner")
    if grouped.empty:
        return pd.DataFrame(columns=columns)
    order = grouped.sort_values(["first_seen", "story_id"], kind="stable")["story_id"].drop_duplicates().tolist()
    grouped["story"] = grouped["story_id"].map({sid: i + 1 for i, sid in enumerate(order)})
    grouped = grouped.sort_values(["story", "published", "file"], kind="stable", na_position="last")
    return grouped[[c for c in columns if c in grouped.columns]].reset_index(drop=True)


# Arabic letters (the basic block, its supplements and presentation forms)
_ARABIC = "[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]"


def without_arabic_sentence(documents: pd.DataFrame, segments: pd.DataFrame, shown: int = 3) -> str:
    """``""``, or the sentence naming the documents without an Arabic letter in their title or text. The people,
    countries and events are found in Arabic only, so such a document counts nowhere, and nothing said so: a corpus
    of four CNN Arabic articles and an English note on Russia and North Korea was told "Russia is named nowhere in
    this corpus" (review48)."""
    if documents.empty:
        return ""
    arabic = set()
    if len(segments):
        has = segments["text"].astype(str).str.contains(_ARABIC, regex=True)
        arabic |= set(segments.loc[has, "doc_id"].astype(str))
    if "title" in documents.columns:
        has = documents["title"].fillna("").astype(str).str.contains(_ARABIC, regex=True)
        arabic |= set(documents.loc[has, "doc_id"].astype(str))
    missing = documents.loc[~documents["doc_id"].astype(str).isin(arabic), "doc_id"].astype(str)
    n = len(missing)
    if not n:
        return ""
    listed = ", ".join(missing.head(shown)) + (f" and {n - shown:,} more" if n > shown else "")
    from marsad.charts.base import plural

    return (f"{plural(n, 'document')} of {len(documents):,} {'has' if n == 1 else 'have'} no Arabic text "
            f"({listed}): Marsad finds people, countries and events in Arabic text only, so none is counted in "
            f"{'it' if n == 1 else 'them'}, and its topic model reads Arabic titles.")


def stories_sentence(n_documents: int, repeated: pd.DataFrame) -> str:
    """ " They tell **12 distinct stories**: 3 stories are each in more than one document (6 documents) …", or ""
    when every document tells its own story. Counts per document count such a story once per document
    (audit40: three France 24 articles each filed under two sections)."""
    if repeated.empty:
        return ""
    k, m = repeated["story"].nunique(), len(repeated)
    from marsad.charts.base import plural

    # "nearly": the stories stage matches openings (title and lead) half alike or more, so two documents of one
    # story may carry different titles (Al Arabiya's "مجلس الأمن يفرض حظراً..." and "بعد 5 سنوات من الحرب.. فرض حظر...",
    # audit41), which "the same title and opening" denied on the page listing them
    return (f" They tell **{plural(n_documents - m + k, 'distinct story', 'distinct stories')}**: "
            f"{plural(k, 'story', 'stories')} "
            f"{'is' if k == 1 else 'are each'} in more than one document ({plural(m, 'document')}, nearly the "
            "same title and opening: an article filed under two sections, or a wire story republished; listed under "
            "*Ticker and duplicate headlines*). Every count of documents in these reports counts such a story once "
            "per document; the topic page counts its title once.")


def sources_sentence(sources: pd.DataFrame) -> str | None:
    """One sentence instead of a chart when the documents come from one named source (and perhaps some from none):
    one bar across the page says less. ``None`` when there are several named sources (draw :func:`plot_sources`).

    Jawhara FM in full drew a 10,159-document bar beside an invisible "(unknown) 1" while the summary above said
    "from 1 source" (audit40)."""
    from marsad.charts.base import escape_markdown, plural

    named = sources[sources["source"] != "(unknown)"]
    unknown = int(sources.loc[sources["source"] == "(unknown)", "documents"].sum())
    if len(named) > 1:
        return None
    if named.empty:
        return "No document names its source (no byline, `<SRC>` tag, feed title or source column)." if unknown else None
    only = named.iloc[0]
    name = escape_markdown(outlet_name(only["source"]))
    where = "(the publisher named in the byline, the `<SRC>` tag or the table)"
    if not unknown:
        lead = ("The one document comes" if only["documents"] == 1 else
                f"All {plural(only['documents'], 'document')} come")
        return f"{lead} from **{name}** {where}."
    total = int(only["documents"]) + unknown
    return (f"All but {unknown:,} of the {total:,} documents come from **{name}** {where}; "
            f"{plural(unknown, 'document names', 'documents name')} no source.")


def skipped_inputs(manifest: pd.DataFrame, root: str | os.PathLike | None = None) -> pd.DataFrame:
    """Input files that were skipped, with the reason.

    Args:
        manifest: the run's input manifest.
        root: the corpus (a folder, or a file whose folder is used): paths inside it are shown relative to
            it, as the index shows them, so a shared report does not carry the analyst's own folders.
    """
    skipped = manifest.loc[manifest["status"] == "skipped", ["path", "reason", "bytes"]].reset_index(drop=True)
    skipped["path"] = _relative(skipped["path"], root)
    return skipped


def inputs_with_warnings(manifest: pd.DataFrame, root: str | os.PathLike | None = None, *,
                         shown: int = 5) -> pd.DataFrame:
    """Input files that were read but not whole: the bad lines, values, items or archive members they held.

    Args:
        manifest: the run's input manifest.
        root: as for :func:`skipped_inputs`.
        shown: warnings quoted per file (the rest are counted; the manifest CSV has them all).

    Returns:
        ``path, documents, warnings`` for each parsed file with warnings, in manifest order.
    """
    warned = manifest["warnings"].fillna("").astype(str).ne("") & (manifest["status"] == "parsed")
    rows = manifest.loc[warned, ["path", "documents", "warnings"]].reset_index(drop=True)
    rows["path"] = _relative(rows["path"], root)

    def first(text: str) -> str:
        found = text.split("; ")
        more = f"; … and {len(found) - shown:,} more (manifest.csv)" if len(found) > shown else ""
        return "; ".join(found[:shown]) + more

    rows["warnings"] = rows["warnings"].astype(str).map(first)
    return rows


def _relative(paths: pd.Series, root: str | os.PathLike | None) -> pd.Series:
    """Paths inside the corpus relative to it (see :func:`skipped_inputs`); others as they are."""
    if not root:
        return paths
    try:
        base = Path(root).resolve()
        base = base if base.is_dir() else base.parent
    except (OSError, RuntimeError):  # Python 3.11 raises RuntimeError on a symlink loop
        return paths

    def relative(path) -> str:
        # an entry is named by its own name, never resolved: a symlink is listed under the link's name (not its
        # target's), and a symlink loop (a manifest row like any other) cannot raise here
        try:
            entry = Path(os.path.abspath(path))
        except TypeError:
            return path
        for candidate in (entry, entry.parent):  # the folder holding it may be reached through a symlink
            try:
                found = candidate if candidate is entry else candidate.resolve() / entry.name
                return found.relative_to(base).as_posix()
            except (ValueError, OSError, RuntimeError):
                continue
        return path
    return paths.map(relative)


def plot_sections(counts: pd.DataFrame):
    """Bar chart of segments per section."""
    import plotly.express as px

    fig = px.bar(counts, x="section", y="segments", text="segments", hover_data=["characters"],
                 title="Segments per section")
    fig.update_traces(texttemplate="%{text:,}")  # "21,305" as in the prose, not "21305" (audit40)
    fig.update_layout(xaxis_title="section", yaxis_title="segments")
    return fig


def plot_sources(counts: pd.DataFrame):
    """Horizontal bar chart of documents per source."""
    import plotly.express as px

    data = counts.assign(label=counts["source"].map(lambda s: hover_text(outlet_name(s), width=60)))
    fig = px.bar(data, y="label", x="documents", orientation="h", text="documents", title="Documents per source")
    fig.update_traces(texttemplate="%{text:,}")
    fig.update_layout(yaxis_title="source", yaxis={"categoryorder": "total ascending"})
    return fig


def plot_documents_over_time(series: pd.DataFrame):
    """Stacked bars of documents per period, one colour per source."""
    import plotly.express as px

    freq = series.attrs.get("freq")
    data = series.assign(source=series["source"].map(lambda s: hover_text(outlet_name(s), width=60)))
    fig = px.bar(data, x="period", y="documents", color="source", title="Documents over time")
    fig.update_layout(xaxis_title="publication date", yaxis_title="documents", barmode="stack")
    return period_bars(fig, freq)


ATTENTION_MIN_TOTAL = 5  # periods with fewer documents than this give a share, but not a point on the line


def attention_figure(frame: pd.DataFrame, *, title: str = "", unit: str = "documents",
                     min_total: int = ATTENTION_MIN_TOTAL):
    """Lines of :func:`marsad.query.attention_over_time`: the share of documents (or stories) naming each entity.

    Periods without any document are gaps in the lines, not zeros; grey bars
    behind the lines give the number of documents per period (right axis), and
    hovering a point shows the counts and up to three sample titles. A period
    with fewer than ``min_total`` documents is drawn as a hollow point off the
    line: one document of one that names Russia is a share of 100 %, and a line
    through it would be the loudest thing on the chart while saying the least.

    Args:
        frame: the attention table.
        title: figure title (escaped).
        unit: ``documents`` or ``stories`` (which share to draw).
        min_total: the fewest documents (or stories) a period needs to be on the line.
    """
    import plotly.colors
    import plotly.graph_objects as go

    share, count, total = (("story_share", "stories", "total_stories") if unit == "stories"
                           else ("share", "documents", "total_documents"))
    period = frame.attrs.get("period_name") or "period"
    fig = go.Figure()
    if frame.empty:
        fig.update_layout(title=escape_html(title or "No dated document names these entities"))
        return fig
    totals = frame.drop_duplicates("period")
    fig.add_bar(x=totals["period"], y=totals[total], name=escape_html(f"{unit} per {period}"), yaxis="y2",
                marker_color="rgba(150,150,150,0.25)", hovertemplate=f"%{{y}} {unit}<extra></extra>")
    palette = plotly.colors.qualitative.Plotly
    # an entity no document names is a flat line at 0 under the others (and its legend entry a promise of data):
    # it is left out and named in the caption (attention_caption)
    never = set(unnamed_entities(frame, count))
    drawn = frame[~frame["label"].isin(never)]
    # Hollow points of one period at one share print on one another: four documents in four weeks, each naming
    # Russia and Vietnam, drew each week's two 100 % points as one ring, the colour of the last entity drawn
    # (audit42). Such points are drawn as rings inside one another, the first entity's the widest.
    thin_rows = drawn[(drawn[total] < min_total) & drawn[share].notna()]
    order = {e: k for k, e in enumerate(dict.fromkeys(drawn["entity_id"]))}
    ring: dict = {}
    for _, same in thin_rows.groupby([thin_rows["period"], thin_rows[share].round(6)], sort=False):
        ranked = sorted(same["entity_id"], key=order.get)
        for k, e in enumerate(ranked):
            ring[(same["period"].iloc[0], e)] = 8 + 5 * (len(ranked) - 1 - k)
    for i, ((entity, label), grp) in enumerate(drawn.groupby(["entity_id", "label"], sort=False)):
        hover = [_attention_hover(r, count, total, unit, period) for r in grp.itertuples(index=False)]
        thin = (grp[total] < min_total).to_numpy()
        colour = palette[i % len(palette)]
        fig.add_scatter(x=grp["period"], y=grp[share].where(~thin), mode="lines+markers", name=hover_text(label),
                        legendgroup=str(entity), line_color=colour, connectgaps=False, text=hover,
                        hovertemplate="%{text}<extra></extra>")
        if thin.any() and grp[share].where(thin).notna().any():
            fig.add_scatter(x=grp["period"], y=grp[share].where(thin), mode="markers", legendgroup=str(entity),
                            showlegend=False, marker={"symbol": "circle-open", "color": colour, "line": {"width": 2},
                                                      "size": [ring.get((p, entity), 8) for p in grp["period"]]},
                            text=hover, hovertemplate="%{text}<extra></extra>")
    fig.update_layout(
        title=escape_html(title or f"Share of {unit} naming each entity, per {period}"),
        yaxis={"title": f"share of {unit}", "tickformat": ".0%", "rangemode": "tozero"},
        yaxis2={"title": f"{unit} per {period}", "overlaying": "y", "side": "right", "showgrid": False,
                "rangemode": "tozero"},
        xaxis_title=period, hovermode="closest", legend={"orientation": "h", "y": -0.25, "yanchor": "top"},
    )
    # a few periods: one tick per period, dated as the period is (plotly put "18:00" ticks on a two-day corpus)
    n_periods = totals["period"].nunique()
    if n_periods <= 14 and period in _TICKS:
        fig.update_xaxes(dtick=_TICKS[period][0], tickformat=_TICKS[period][1])
    return period_bars(fig, frame.attrs.get("freq"))


_TICKS = {"day": (86_400_000, "%b %-d<br>%Y"), "week": (7 * 86_400_000, "%b %-d<br>%Y"), "month": ("M1", "%b<br>%Y")}


def unnamed_entities(frame: pd.DataFrame, count: str = "documents") -> list[str]:
    """Labels of the entities of an attention table that no dated document (or story) names in any period."""
    if frame.empty:
        return []
    sums = frame.groupby("label", sort=False)[count].sum()
    return [str(label) for label, n in sums.items() if not n]


def attention_caption(frame: pd.DataFrame, *, min_total: int = ATTENTION_MIN_TOTAL,
                      documents: pd.DataFrame | None = None) -> str:
    """The sentence that reads :func:`attention_figure`: what is counted, and what a hollow point means; with
    ``documents``, the few far from all the others that stretch its axis (:func:`far_documents_sentence`: one article
    of January 2014 put the points of 54 of 2018 at the right end of a five-year axis, audit44)."""
    period = frame.attrs.get("period_name") or "period"
    total = int(frame.drop_duplicates("period")["total_documents"].sum()) if not frame.empty else 0
    never = unnamed_entities(frame)
    far = far_documents_sentence(documents, "the points of the others crowd") if documents is not None else ""
    return (f"Share of the {total:,} dated documents, per {period}, that name each entity; gaps are "
            "periods without documents, grey bars count them; hover a point for sample titles. "
            f"A {period} with fewer than {min_total} documents is a hollow point "
            "off the line: its share rests on too few texts to draw a trend through."
            + (f" Not named in any dated document, so not drawn: {', '.join(never)}." if never else "")
            + (f" {far}" if far else ""))


def _attention_hover(row, count: str, total: str, unit: str, period: str) -> str:
    n, of = int(getattr(row, count)), int(getattr(row, total))
    when = pd.Timestamp(row.period).strftime("%Y-%m-%d")
    if of == 0:
        head = f"{period} of {when}: no {unit}"
    else:
        head = f"{period} of {when}: {n} of {of} {unit if of != 1 else unit.rstrip('s')} ({n / of:.0%})"
    lines = [f"<b>{hover_text(row.label)}</b>", escape_html(head)]
    for sample in (row.samples or [])[:3]:
        lines.append("• " + hover_text(f"{sample['title']} ({outlet_name(sample['source'])}, {sample['published']})",
                                           width=70))
    return "<br>".join(lines)
