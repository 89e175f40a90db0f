"""Tables and figures about mentions: top entities, timelines, co-mentions, map, KWIC.

Every function takes the mentions table of :func:`marsad.find_mentions` (and
the segments/documents tables where needed) and returns a DataFrame or a
plotly Figure; nothing here shows or prints. Scraped text (surfaces, context)
goes through :func:`marsad.charts.hover_text` before reaching a plotly label.
"""
from __future__ import annotations

import json
from functools import lru_cache

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from marsad.charts.base import CELL_CHARS, and_list, hover_text, plural, shorten, two_lines
from marsad.lang.rules import STANDALONE_SECTIONS
from marsad.mentions.kb import MAP_FILE, load_kb

__all__ = [
    "mention_counts",
    "mentions_place",
    "top_entities_figure",
    "timeline",
    "timeline_figure",
    "comention_matrix",
    "comention_figure",
    "top_pair_sentence",
    "country_counts",
    "choropleth_figure",
    "map_caption",
    "MAP_MIN_COUNTRIES",
    "offline_geo",
    "kwic",
    "filter_mentions",
    "entity_labels",
    "entity_label",
    "no_attention_sentence",
    "country_documents",
    "spelled_by_kb",
    "where_named",
    "country_documents_caption",
]

_PART_COLORS = {"ticker": "#ff7f0e", "article": "#1f77b4"}
# Sections whose segments stand alone (co-mention unit = the segment)
_HEADLINE_SECTIONS = tuple(sorted(STANDALONE_SECTIONS))


def where_named(table: pd.DataFrame, documents: pd.DataFrame, segments: pd.DataFrame, *, rows: int) -> pd.DataFrame:
    """``table`` (mentions) with a ``title`` column: the document's title, or for a mention in a headline that stands
    alone (a ticker headline, a related-story link) that headline itself, for its first ``rows`` rows.

    The seed's mentions table read "باراغواي · Paraguay ... title: اتفاقية تعاون استراتيجي بين روسيا وكوريا
    الشمالية" for a ticker headline about Paraguay: the page's article, which never names it (audit44).
    """
    table = table.reset_index(drop=True)
    if len(documents) and "title" in documents.columns:
        # a title shortened once per document before it is copied onto each of its mentions (a 2.5 MB title on
        # 45,000 mentions killed the kernel)
        titles = documents[["doc_id", "title"]].drop_duplicates("doc_id")
        titles = titles.assign(title=titles["title"].map(lambda t: t if pd.isna(t) else shorten(t, 1000)))
        table = table.merge(titles, on="doc_id", how="left")
    head = table.head(rows)
    alone = head[head["section"].isin(_HEADLINE_SECTIONS)]
    if len(alone) and len(segments):
        keys = ["doc_id", "section", "position"]
        texts = segments.loc[segments["section"].isin(_HEADLINE_SECTIONS), keys + ["text"]].drop_duplicates(keys)
        found = alone[keys].merge(texts, on=keys, how="left")["text"]
        found.index = alone.index
        if "title" not in table.columns:
            table["title"] = pd.NA
        table["title"] = table["title"].astype(object)
        table.loc[found.dropna().index, "title"] = found.dropna().map(lambda t: shorten(t, 1000))
    return table


def country_documents_caption(top, count_demonyms: bool = True) -> str:
    """The caption under "Countries by documents" for its first row. "روسيا · Russia is named in 55 documents, 4 of
    them only through nationality adjectives" sat under a table whose column "documents (named)" said 51 (audit44):
    "named" is the table's word for by name."""
    total, named, adjective = int(top["documents"]), int(top["documents_named"]), int(top["adjective_only"])
    if not named:  # "by its name, capital or another alias in 0, only through nationality adjectives in 3" (review48)
        text = f"{top['label']} is mentioned in {plural(total, 'document')}, only through nationality adjectives."
    else:
        text = (f"{top['label']} is mentioned in {plural(total, 'document')}: by its name, capital or another alias "
                f"in {named:,}" + (f", only through nationality adjectives in {adjective:,}" if adjective else "") + ".")
    return text + ("" if count_demonyms else " Adjectives are left out of the other charts: count_demonyms is off.")


def filter_mentions(
    mentions: pd.DataFrame,
    *,
    entity_types=None,
    demonyms: bool = True,
    capitals: bool = True,
) -> pd.DataFrame:
    """Keep the mentions a report counts (types, demonyms, capitals)."""
    keep = pd.Series(True, index=mentions.index)
    if entity_types is not None:
        keep &= mentions["entity_type"].isin(list(entity_types))
    if not demonyms:
        keep &= mentions["form"] != "demonym"
    if not capitals:
        keep &= mentions["form"] != "capital"
    return mentions[keep]


def _part(section: pd.Series) -> pd.Series:
    return section.where(section == "ticker", "article")


# name particles whose Latin form is fixed (بن bin, أبو Abu, عبد Abd-, آل Al-): no guess about the person
_PARTICLES = frozenset({"بن", "ابن", "بنت", "ابو", "عبد", "ال", "الله", "الدين"})


def spelled_by_kb(name: str) -> bool:
    """Every word of an Arabic name has the knowledge base's Latin spelling (or is a particle such as بن, عبد).

    Then :func:`marsad.mentions.romanize.romanize` writes the name as the knowledge base does (مايك بومبيو →
    Mike Pompeo); otherwise some word is spelled by letter rules without the short vowels or the person's own
    spelling (يوسف الشاهد → "Yusuf al-Shahid" for Youssef Chahed, محسن مرزوق → "Mahsn Marzuq",
    إبراهيموفيتش → "Ibrahimufitesh"), a name that looks real and is not.
    """
    from marsad.lang.text import normalize
    from marsad.mentions.romanize import known_spellings

    spell = known_spellings()
    words = normalize(str(name).replace("-", " ").replace("#", "")).split()
    return bool(words) and all(
        w in _PARTICLES or w in spell or (w.startswith("ال") and len(w) > 4 and w[2:] in spell) for w in words)


def entity_labels(mentions: pd.DataFrame) -> pd.Series:
    """One display label per ``entity_id``: Arabic as readers spell it, and English where known.

    Knowledge-base entities keep their curated Arabic label. People found by
    the recogniser take the spelling of their full name that the text uses
    most often (with its hamza and spacing: أندرو برونسون, never the matching
    key اندرو برونسون), counted over the whole table, so one person has one
    label in every chart even when partitions of a run chose differently;
    their Latin label is a romanisation of it (:func:`marsad.mentions.romanize.romanize`) only when the
    knowledge base spells every word of it (:func:`spelled_by_kb`); the others show in Arabic alone: a
    letter-rule spelling misspells most names (audit38: on 40 Jawhara FM articles 12 of the 15 most named people
    were found by the recogniser, 10 of them with such a spelling: "Mahsn Marzuq", "Shfiq Sarsar").

    Returns:
        ``label`` indexed by ``entity_id`` (``العربية · English`` or Arabic alone).
    """
    if mentions.empty:
        return pd.Series(dtype=object, name="label")
    m = mentions[["entity_id", "label_ar", "label_en", "form", "surface"]].astype(str)
    ar = m.groupby("entity_id")["label_ar"].agg(lambda s: s.value_counts().index[0])
    full = m[m["form"] == "ner"]
    if not full.empty:
        # the most frequent spelling of the full name (then the longer one, then a fixed order)
        best = (full.assign(words=full["surface"].str.split().str.len())
                .groupby(["entity_id", "surface"]).agg(n=("words", "size"), words=("words", "first")).reset_index()
                .sort_values(["entity_id", "n", "words", "surface"], ascending=[True, False, False, True])
                .drop_duplicates("entity_id").set_index("entity_id")["surface"])
        ar.update(best)
    en = m.groupby("entity_id")["label_en"].first().replace("nan", "")
    # a discovered person's Latin label is the romanisation of the Arabic label shown
    discovered = ar.index.str.startswith("ner:")
    if discovered.any():
        from marsad.mentions.romanize import romanize

        en[discovered] = [romanize(a) if spelled_by_kb(a) else "" for a in ar[discovered]]
    label = (ar + " · " + en).where(en != "", ar).str.strip(" ·")
    # an entity with no label at all still shows a name, never its id: its most frequent surface
    empty = label == ""
    if empty.any():
        label[empty] = m[m["entity_id"].isin(label.index[empty])].groupby("entity_id")["surface"].agg(
            lambda s: s.value_counts().index[0])
    return label.rename("label")


def _label(frame: pd.DataFrame, labels: pd.Series | None = None) -> pd.Series:
    if labels is None and {"form", "surface"} <= set(frame.columns):
        labels = entity_labels(frame)
    if labels is not None and "entity_id" in frame:
        return frame["entity_id"].map(labels).fillna("").astype(str)
    ar = frame["label_ar"].fillna("").astype(str)
    en = frame["label_en"].fillna("").astype(str)
    return (ar + " · " + en).where(en != "", ar).str.strip(" ·")


def no_attention_sentence(mentions: pd.DataFrame, entities, *, instead=()) -> str:
    """Why there is no attention curve for ``entities``, in words: no document names them, or only documents
    without a publication date do. "No dated document names the focus entities (…): undated pages, or entities
    these tables do not mention" left the reader of three culture articles to guess which (audit39).

    ``instead``: the labels of the corpus's most named entities the page draws in their place (audit41: a week of a
    Tunisian radio had no attention chart at all, only "no document names Russia")."""
    entities = list(entities)
    if instead and entities:
        drawn = and_list(instead)
        why = no_attention_sentence(mentions, entities).split(": no attention over time to draw.")[0]
        return f"{why}: the chart follows this corpus's most named entities instead, {drawn}."
    if not entities:
        # no focus given (-p focus_entities ""): the attention was drawn for the most named entities (review39: the
        # name list below took its first of none, an IndexError that stopped the report)
        if mentions.empty:
            return "No document of this corpus names an entity: no attention over time to draw."
        return ("The entities these tables name most are named only in documents without a publication date: no "
                "attention over time to draw.")
    labels = {e: entity_label(mentions, e) for e in entities}
    named = [e for e in entities if (mentions["entity_id"] == e).any()]

    def listed(ids, last="or"):
        names = [labels[e] for e in ids]
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {last} " + names[-1]

    if not named:
        return f"No document of this corpus names {listed(entities)}: no attention over time to draw."
    docs = int(mentions.loc[mentions["entity_id"].isin(named), "doc_id"].nunique())
    return (f"{listed(named, 'and')} {'is' if len(named) == 1 else 'are'} named in {plural(docs, 'document')}, "
            f"none of {'it' if docs == 1 else 'them'} with a publication date: no attention over time to draw.")


def entity_label(mentions: pd.DataFrame, entity_id: str) -> str:
    """The display label of one entity (its id only when the table does not name it at all)."""
    labels = entity_labels(mentions[mentions["entity_id"] == entity_id])
    if entity_id in labels.index:
        return labels[entity_id]
    kb = load_kb().labels().set_index("id")
    if entity_id in kb.index:
        row = kb.loc[entity_id]
        return " · ".join(x for x in (str(row["label_ar"]), str(row["label_en"])) if x and x != "nan")
    return entity_id


def country_documents(mentions: pd.DataFrame) -> pd.DataFrame:
    """Documents naming each country, with all forms and without adjective-only mentions.

    A document that names Russia only through adjectives (سيارة روسية الصنع,
    المسؤولون الروس) counts in ``documents`` but not in ``documents_named``
    (a name, capital or alias of the country).

    Returns:
        ``entity_id, label, mentions, documents, documents_named, adjective_only``
        sorted by ``documents``.
    """
    cols = ["entity_id", "label", "mentions", "documents", "documents_named", "adjective_only"]
    m = mentions[mentions["entity_type"] == "country"]
    if m.empty:
        return pd.DataFrame(columns=cols)
    labels = entity_labels(m)
    named = m[m["form"] != "demonym"]
    out = pd.DataFrame({
        "mentions": m.groupby("entity_id").size(),
        "documents": m.groupby("entity_id")["doc_id"].nunique(),
        "documents_named": named.groupby("entity_id")["doc_id"].nunique(),
    }).fillna(0).astype(int)
    out["adjective_only"] = out["documents"] - out["documents_named"]
    out = out.reset_index().rename(columns={"index": "entity_id"})
    out["label"] = out["entity_id"].map(labels)
    return out[cols].sort_values(["documents", "mentions", "entity_id"], ascending=[False, False, True]).reset_index(drop=True)


def mentions_place(mentions: pd.DataFrame) -> str:
    """Where a corpus's mentions are, for the words of the mentions page: ``"ticker"`` when some are in a ticker strip,
    ``"titles"`` when every one is in a document title (a table of titles: "all in articles" of 583 titles of CNN
    Arabic and France 24 named text the corpus does not have, audit42), else ``"articles"``."""
    sections = set(mentions["section"].dropna().astype(str)) if "section" in mentions else set()
    if "ticker" in sections:
        return "ticker"
    return "titles" if sections == {"title"} else "articles"


def mention_counts(mentions: pd.DataFrame, *, entity_type: str | None = None, top_n: int = 15) -> pd.DataFrame:
    """Count mentions per entity, split into ticker and article.

    Args:
        mentions: the mentions table.
        entity_type: keep one type (``person``, ``country``…), or all.
        top_n: keep the entities with the most mentions.

    Returns:
        ``entity_id, label, ticker, article, total`` sorted by ``total``.
    """
    m = mentions if entity_type is None else mentions[mentions["entity_type"] == entity_type]
    if m.empty:
        return pd.DataFrame(columns=["entity_id", "label", "ticker", "article", "total"])
    m = m.assign(part=_part(m["section"]), label=_label(m))
    table = m.pivot_table(index=["entity_id", "label"], columns="part", values="start", aggfunc="size", fill_value=0)
    table = table.reindex(columns=["ticker", "article"], fill_value=0).reset_index()
    table["total"] = table["ticker"] + table["article"]
    table.columns.name = None
    return table.sort_values(["total", "entity_id"], ascending=[False, True]).head(top_n).reset_index(drop=True)


def top_entities_figure(counts: pd.DataFrame, *, title: str = "") -> go.Figure:
    """Horizontal stacked bars of :func:`mention_counts` (ticker vs article; one bar and no legend without a ticker)."""
    counts = counts.iloc[::-1]
    fig = go.Figure()
    parts = [part for part in ("article", "ticker") if counts[part].sum() > 0] or ["article"]
    for part in parts:
        fig.add_bar(
            y=counts["label"].map(hover_text), x=counts[part], name=part, orientation="h",
            marker_color=_PART_COLORS[part], hovertemplate="%{y}: %{x}<extra>" + part + "</extra>",
        )
    # an "Arabic · English" label takes two lines (charts.base): give each bar room for them
    per_bar = 40 if counts["label"].astype(str).str.contains(" · ", regex=False).any() else 28
    # plotly's default 80 px side margins took a fifth of a phone's width from the bars: the labels make their
    # own room (automargin), the legend goes under the plot there
    fig.update_layout(barmode="stack", title=title, xaxis_title="mentions", height=max(300, per_bar * len(counts) + 120),
                      legend_title_text="", showlegend=len(parts) > 1, margin={"l": 10, "r": 20})
    return fig


def timeline(mentions: pd.DataFrame, documents: pd.DataFrame, *, entities, freq: str = "D") -> pd.DataFrame:
    """Count mentions of ``entities`` per period of the document publication date.

    Ticker headlines carry no date and are left out.

    Returns:
        ``period, entity_id, label, mentions`` (empty when nothing is dated).
    """
    cols = ["period", "entity_id", "label", "mentions"]
    m = mentions[mentions["entity_id"].isin(list(entities)) & (mentions["section"] != "ticker")]
    if m.empty or "published" not in documents:
        return pd.DataFrame(columns=cols)
    m = m.merge(documents[["doc_id", "published"]], on="doc_id", how="left").dropna(subset=["published"])
    if m.empty:
        return pd.DataFrame(columns=cols)
    m = m.assign(period=pd.to_datetime(m["published"]).dt.to_period(freq).dt.start_time, label=_label(m))
    return m.groupby(["period", "entity_id", "label"]).size().rename("mentions").reset_index()[cols]


def timeline_figure(counts: pd.DataFrame, *, title: str = "") -> go.Figure:
    """Lines (with markers) of :func:`timeline` counts, one per entity."""
    fig = go.Figure()
    for (eid, label), grp in counts.groupby(["entity_id", "label"]):
        fig.add_scatter(x=grp["period"], y=grp["mentions"], mode="lines+markers", name=hover_text(label))
    fig.update_layout(title=title, xaxis_title="publication date", yaxis_title="mentions")
    return fig


def _unit(mentions: pd.DataFrame) -> pd.Series:
    headline = mentions["section"].isin(_HEADLINE_SECTIONS)
    return mentions["doc_id"].astype(str) + ("#" + mentions["position"].astype(str)).where(headline, "")


def top_pair_sentence(matrix: pd.DataFrame, *, listed: int = 3) -> str:
    """The caption under the people x countries heatmap: its most frequent pair, or pairs when several tie.

    A week of Jawhara FM, whose every pair is named together in one text, read "Most frequent pair: Bashar
    al-Assad with France (1 texts)": one of 36 tied pairs, the first in the table's order, and "1 texts" (audit43).
    """
    from marsad.charts.base import plural

    cells = matrix.stack()
    cells = cells[cells > 0]
    if cells.empty:
        return "No text names both a person and a country."
    top = int(cells.max())
    best = cells[cells == top]
    if len(best) == 1:
        (person, country), = best.index
        return f"Most frequent pair: {person} with {country} ({plural(top, 'text')})."
    if top == 1:
        return f"No pair is named together in more than one text ({len(best):,} pairs in one text each)."
    pairs = ", ".join(f"{person} with {country}" for person, country in best.index[:listed])
    more = f" and {len(best) - listed:,} more" if len(best) > listed else ""
    return f"Most frequent pairs, {plural(top, 'text')} each: {pairs}{more}."


def comention_matrix(mentions: pd.DataFrame, *, top_n: int = 15) -> pd.DataFrame:
    """Count the texts in which each top person and top country are both named.

    The unit is the document for articles and the single headline for the
    ticker and related-headline lists.

    Returns:
        A people × countries DataFrame (index and columns are labels).
    """
    m = mentions.assign(unit=_unit(mentions), label=_label(mentions))
    people = m[m["entity_type"] == "person"]
    countries = m[m["entity_type"] == "country"]
    if people.empty or countries.empty:
        return pd.DataFrame()
    top_p = people["label"].value_counts().head(top_n).index
    top_c = countries["label"].value_counts().head(top_n).index
    pairs = people[people["label"].isin(top_p)][["unit", "label"]].drop_duplicates().merge(
        countries[countries["label"].isin(top_c)][["unit", "label"]].drop_duplicates(), on="unit", suffixes=("_p", "_c"))
    matrix = pd.crosstab(pairs["label_p"], pairs["label_c"]) if not pairs.empty else pd.DataFrame()
    if matrix.empty:
        return matrix
    matrix = matrix.reindex(index=[p for p in top_p if p in matrix.index], columns=[c for c in top_c if c in matrix.columns])
    matrix.index.name, matrix.columns.name = "person", "country"
    return matrix


def comention_figure(matrix: pd.DataFrame, *, title: str = "") -> go.Figure:
    """Heatmap of :func:`comention_matrix`."""
    people = [hover_text(i) for i in matrix.index]
    countries = [hover_text(c) for c in matrix.columns]
    # "محمد بن سلمان · Mohammed bin Salman" on one line took 240 of a phone's 400 px and left the cells 60 px
    # for 15 countries (plotly then labelled 4 of them): each name of a label on its own line.
    wrapped = [two_lines(p) for p in people]
    z = matrix.to_numpy()
    fig = go.Figure(go.Heatmap(
        z=z, x=countries, y=people,
        # each cell says its count (no hover on paper; with one pair at 125 most cells of the demo looked empty);
        # a pair never named together stays blank
        text=[[f"{v:,}" if v else "" for v in row] for row in z.tolist()], texttemplate="%{text}",
        textfont={"size": 9},
        colorscale="Blues", hovertemplate="%{y} × %{x}: %{z}<extra></extra>",
        # the colour key lies flat above the cells, not beside them: on a phone a side bar took another 70 px
        colorbar={"title": {"text": "texts", "side": "right"}, "orientation": "h", "x": 0, "xanchor": "left",
                  "y": 1.0, "yanchor": "bottom", "lenmode": "pixels", "len": 160, "thickness": 10},
    ))
    per_row = 36 if any(w != p for w, p in zip(wrapped, people)) else 30
    # on a phone the country names stand upright under the cells and take their length in height: leave the
    # rows their own room below the colour key and above those names (7 px a character)
    below = 7 * max((len(c) for c in countries), default=0)
    fig.update_layout(title=title, height=max(320, per_row * len(matrix) + 130 + below), yaxis_autorange="reversed",
                      yaxis={"tickmode": "array", "tickvals": people, "ticktext": wrapped},
                      # every column named: left to itself plotly names every other one when they are close
                      xaxis={"tickmode": "array", "tickvals": countries, "ticktext": countries, "tickfont": {"size": 11}},
                      margin={"l": 10, "r": 30, "t": 110})
    if z.size and 0 < z.max() <= 10:
        # counts of texts are whole: a key of "0 0.5 1 1.5 2" (a week of Jawhara FM, audit41) gets one tick a text
        fig.update_traces(colorbar={"tickmode": "linear", "tick0": 0, "dtick": 1 if z.max() <= 5 else 2})
    if z.size and z.max() >= 100:
        # three-digit counts print over each other in a phone's 13-px cells: the report's script drops them there
        fig.update_layout(meta={"marsad_narrow_cells": "hide"})
    return fig


def country_counts(mentions: pd.DataFrame) -> pd.DataFrame:
    """Count country mentions with ISO-3 codes: ``entity_id, iso3, label, mentions``."""
    kb = load_kb()
    m = mentions[mentions["entity_type"] == "country"]
    counts = m.groupby("entity_id").size().rename("mentions").reset_index()
    counts = counts.merge(kb.countries[["id", "iso3", "label_en", "label_ar"]], left_on="entity_id", right_on="id", how="left")
    counts["label"] = _label(counts, entity_labels(m) if not m.empty else None)
    return counts[["entity_id", "iso3", "label", "mentions"]].sort_values("mentions", ascending=False).reset_index(drop=True)


def choropleth_figure(counts: pd.DataFrame, *, title: str = "") -> go.Figure:
    """World choropleth of :func:`country_counts` with plotly's ISO-3 geography.

    Countries without mentions are drawn at zero so the whole map shows.
    Display :func:`offline_geo` before the figure so it renders offline.
    Historical entities without an ISO-3 code (SU, YU…) cannot be drawn.
    """
    kb = load_kb()
    allc = kb.countries[kb.countries["iso3"] != ""][["iso3", "label_en", "label_ar"]].drop_duplicates("iso3")
    allc = allc.merge(counts[["iso3", "mentions"]], on="iso3", how="left").fillna({"mentions": 0})
    allc["label"] = _label(allc)
    colorbar = {"orientation": "h", "x": 0.5, "xanchor": "center", "y": 0, "yanchor": "top", "len": 0.6,
                "thickness": 12, "title": {"text": "mentions", "side": "top"}}
    z = allc["mentions"]
    top = allc["mentions"].nlargest(2).tolist()
    if len(top) == 2 and top[1] > 0 and top[0] > LOG_MAP_RATIO * top[1]:
        # a national outlet's own country outweighs the rest (Jawhara FM: Tunisia 9,653 mentions, France 1,600):
        # on a linear scale every other country was the palest shade; colours on a log scale, counts as they are
        z = np.log10(1 + allc["mentions"])
        ticks = [v for v in (1, 10, 100, 1_000, 10_000, 100_000, 1_000_000) if v <= top[0]]
        colorbar.update(tickvals=[float(np.log10(1 + v)) for v in ticks], ticktext=[f"{v:,}" for v in ticks],
                        title={"text": "mentions (log scale)", "side": "top"})
    fig = go.Figure(go.Choropleth(
        locations=allc["iso3"], z=z, locationmode="ISO-3", colorscale="OrRd",
        text=allc["label"].map(hover_text), customdata=allc["mentions"],
        hovertemplate="%{text}: %{customdata:,}<extra></extra>",
        marker_line_color="#999", marker_line_width=0.4,
        # the colour key lies under the map: standing beside it, it took a quarter of a phone's width and left the
        # world a 300 px strip as tall as the key (audit38)
        colorbar=colorbar,
    ))
    fig.update_geos(showcoastlines=False, showland=False, showframe=False, showcountries=False,
                    projection_type="natural earth", resolution=110, scope="world")
    # a narrow screen sizes the figure to the map (the world is about twice as wide as tall) plus the title and the
    # key: a fixed 460 px left a phone's map a strip between empty bands (runner.html's script reads this)
    fig.update_layout(title=title, margin=dict(l=0, r=0, t=40, b=70), height=460,
                      meta={"marsad_narrow_aspect": 0.52, "marsad_narrow_extra": 110})
    return fig


# The most mentioned country this many times the second: the map's colours go on a log scale.
LOG_MAP_RATIO = 4

# Fewer countries than this on the map and the map is left out for a ranked sentence: on a world map a national
# corpus's one or two countries are dots (Tunisia on a phone: a few pixels).
MAP_MIN_COUNTRIES = 3


def map_caption(counts: pd.DataFrame, *, top: int = 5) -> str:
    """The sentence under (or instead of) the world map of :func:`country_counts`: how many countries, which
    have no place on the map, and the most mentioned with their counts, so the ranking reads on a phone and on
    paper where the map's colours do not (a national corpus's own country is a dot on a world map)."""
    if counts.empty:
        return "No country mentions to map."
    counts = counts.sort_values("mentions", ascending=False, kind="stable")
    unmapped = counts[counts["iso3"].fillna("") == ""]
    mapped = counts[counts["iso3"].fillna("") != ""]
    # English names alone: "سوريا · Syria (192 mentions), روسيا · Russia (140)" runs its Arabic into one right-to-left
    # stretch across the commas in a left-to-right sentence (the table below gives both)
    ranked = ", ".join(f"{str(r.label).split(' · ')[-1]} ({int(r.mentions):,}{' mentions' if i == 0 else ''})"
                       for i, r in enumerate(mapped.head(top).itertuples()))
    more = f" and {plural(len(mapped) - top, 'other')}" if len(mapped) > top else ""
    where = (f"{len(unmapped):,} without a place on the map ({', '.join(map(str, unmapped['label']))})"
             if len(unmapped) else "all of them on the map")
    if len(mapped) < MAP_MIN_COUNTRIES:
        if mapped.empty:
            return (f"{plural(len(counts), 'country', 'countries')} mentioned, none with a place on today's map "
                    f"({', '.join(map(str, unmapped['label']))}): no map.")
        return (f"{plural(len(counts), 'country', 'countries')} mentioned: {ranked}"
                + (f"; {where}" if len(unmapped) else "")
                + f". No world map for fewer than {MAP_MIN_COUNTRIES} countries: they would be dots on it.")
    return (f"{plural(len(counts), 'country', 'countries')} mentioned; {where}. Most mentioned: {ranked}{more}.")


@lru_cache(maxsize=1)
def _topojson_text() -> str:
    return json.dumps(json.loads(MAP_FILE.read_text("utf-8")), separators=(",", ":"))


def offline_geo():
    """Return HTML that hands plotly.js the shipped world map (no CDN fetch).

    plotly.js downloads ``world_110m.json`` from its CDN for ISO-3 maps unless
    ``window.PlotlyGeoAssets.topojson`` already holds it; this script puts the
    Natural Earth map shipped in ``data/kb/world_110m.json`` there. Display it
    once, before the first map.
    """
    from IPython.display import HTML

    payload = _topojson_text().replace("</", "<\\/")
    return HTML(
        "<script>window.PlotlyGeoAssets = window.PlotlyGeoAssets || {topojson: {}};"
        f"window.PlotlyGeoAssets.topojson['world_110m'] = {payload};</script>"
    )


def kwic(mentions: pd.DataFrame, segments: pd.DataFrame, *, entity_id: str, width: int = 60,
         documents: pd.DataFrame | None = None) -> pd.DataFrame:
    """Keyword-in-context rows for one entity.

    Returns:
        ``label, doc_id, title, url, source, published, section, position, form, surface,
        context, start, end``: the entity's name, its document (title, link, source and date
        when ``documents`` is given), a window of the original segment text and
        ``start``/``end`` locating the match inside it (for ``highlight=``).
    """
    cols = ["label", "doc_id", "title", "url", "source", "published", "section", "position", "form", "surface",
            "context", "start", "end"]
    m = mentions[mentions["entity_id"] == entity_id]
    if m.empty:
        return pd.DataFrame(columns=cols)
    m = m.merge(segments[["doc_id", "position", "text"]], on=["doc_id", "position"], how="left")
    docs = None
    if documents is not None and len(documents):
        keep = [c for c in ("doc_id", "title", "url", "source", "published") if c in documents.columns]
        docs = documents[keep].drop_duplicates("doc_id").set_index("doc_id")
        if "title" in docs.columns:  # once per document, not per row: a 2.5 MB title on each of 10,000 rows
            docs["title"] = docs["title"].map(lambda t: t if pd.isna(t) else shorten(t, CELL_CHARS))
    name = entity_label(mentions, entity_id)
    rows = []
    for r in m.itertuples(index=False):
        text = "" if pd.isna(r.text) else str(r.text)
        lo, hi = max(0, r.start - width), min(len(text), r.end + width)
        pre, post = ("…" if lo > 0 else ""), ("…" if hi < len(text) else "")
        context = pre + text[lo:hi] + post
        s = len(pre) + r.start - lo
        meta = docs.loc[r.doc_id] if docs is not None and r.doc_id in docs.index else {}
        rows.append((name, r.doc_id, meta.get("title", ""), meta.get("url", ""), meta.get("source", ""),
                     meta.get("published", pd.NaT), r.section, r.position, r.form, text[r.start:r.end],
                     context, s, s + (r.end - r.start)))
    return pd.DataFrame(rows, columns=cols)
