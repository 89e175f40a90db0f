"""Query a run's tables for interactive exploration (the logic behind the explorer).

The explorer notebook (``notebooks/explore.ipynb``, wired by
:mod:`marsad.explore_app`) never re-runs the NLP: it asks these functions,
which take the run's tables and a :class:`Selection` and return DataFrames or
plotly figures. :func:`prepare_tables` does the per-run work once (segment keys
and dates on every mention, a separator-free normalised search column, entity
labels), so a filter change is a few vectorised pandas operations.

Definitions the views share:

* A segment's **date** is its document's publication date, except for
  ticker and related-headline segments, which have no date of their own: they
  get the page's capture date when known, else none (never the article's date).
  An active date filter drops undated rows; without one they stay.
* A segment's **topic** is its headline's topic (ticker) or, for article
  segments, the topic of the document's classified title when there is one.
* **Together** modes: with several entities, ``any`` keeps mentions of any of
  them; ``sentence``/``segment``/``document`` keep only the units in which all
  of them are named.
* **Text search** matches the normalised text (:func:`marsad.text.normalize`),
  tolerates proclitics (و ف ب ل ك, and لل for ال), and expands a name the
  knowledge base knows to its other spellings (بوتين also finds بوتن).
"""
from __future__ import annotations

import dataclasses
import re
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .charts import escape_html, hover_text
from .text import normalize, normalize_map

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

TOGETHER = ("any", "sentence", "segment", "document")
# Section groups offered by the explorer's section filter.
SECTION_GROUPS = {
    "ticker": ("ticker",),
    "article": ("title", "paragraph", "subheading", "caption", "byline"),
    "related": ("related",),
}
# Segments that stand alone (a headline): no date of their own, and the
# co-mention "text" unit is the segment rather than the document.
_HEADLINE_SECTIONS = frozenset({"ticker", "related"})
# Anything but letters, digits and space becomes a space, one for one, so
# offsets in the search column equal offsets in the normalised text (+1 for
# the leading pad space).
_SEP_RE = re.compile(r"[^\w ]|_")
_WS_RE = re.compile(r"\s+")
# Proclitic chain in front of a word: conjunction (و ف), then preposition (ب ل ك)
# and/or the article (ال; ل + ال is written لل). Plain syntax: RE2 reads it too.
_CLITICS = "[وف]?(?:[بك]?ال|لل|[بلك])?"
# Sentence ends: . ؟ ? ! ؛ or a newline; a period inside a number (6.4) does not end one.
_SENTENCE_END = re.compile(r"(?<!\d)\.|\.(?!\d)|[؟?!؛\n]")
_EXPAND_FORMS = ("name", "alias")
_NAT = np.iinfo(np.int64).min  # NaT as int64 nanoseconds
_SENT = 100_000  # sentence unit key = segment row * _SENT + sentence number
_CACHED_SELECTIONS = 32


@dataclass(frozen=True)
class Selection:
    """What the analyst has picked; every view is a function of the tables and this.

    Attributes:
        entities: entity ids (``Q7747``, ``KP``…), empty for none.
        together: ``any`` or the unit all ``entities`` must share:
            ``sentence``, ``segment`` or ``document``.
        date_from, date_to: inclusive day range (None = open).
        sources: document sources to keep (empty = all).
        topics: topics to keep (empty = all).
        sections: segment sections to keep (empty = all); see :data:`SECTION_GROUPS`.
        text: a text query over headlines and paragraphs ("" = none); a
            trailing ``*`` also matches longer words.
    """

    entities: tuple = ()
    together: str = "any"
    date_from: pd.Timestamp | None = None
    date_to: pd.Timestamp | None = None
    sources: tuple = ()
    topics: tuple = ()
    sections: tuple = ()
    text: str = ""

    def __post_init__(self):
        for name in ("entities", "sources", "topics", "sections"):
            value = getattr(self, name)
            if isinstance(value, str):
                value = (value,)
            object.__setattr__(self, name, tuple(value or ()))
        if self.together not in TOGETHER:
            raise ValueError(f"together must be one of {', '.join(TOGETHER)}, not {self.together!r}")
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            object.__setattr__(self, name, None if value is None or value == "" else pd.Timestamp(value).normalize())
        if self.date_from is not None and self.date_to is not None and self.date_from > self.date_to:
            raise ValueError(f"date_from {self.date_from.date()} is after date_to {self.date_to.date()}")
        object.__setattr__(self, "text", (self.text or "").strip())

    def replace(self, **changes) -> "Selection":
        """Return a copy with ``changes`` applied."""
        return dataclasses.replace(self, **changes)

    @property
    def dated(self) -> bool:
        return self.date_from is not None or self.date_to is not None


@dataclass
class ExploreTables:
    """A run's tables with the per-run indexes the explorer needs (see :func:`prepare_tables`)."""

    documents: pd.DataFrame
    segments: pd.DataFrame
    mentions: pd.DataFrame
    headlines: pd.DataFrame
    events: pd.DataFrame
    labels: pd.DataFrame
    kb: object | None = None
    errors: dict = field(default_factory=dict)
    _ix: dict = field(default_factory=dict, repr=False)
    _cache: dict = field(default_factory=dict, repr=False)


# --------------------------------------------------------------------------- preparing

def open_tables(tables: str | Path | None = None, corpus: str | Path | None = None, *, capture_date: str | None = None):
    """Open a run for exploration: its Parquet tables if present, else analyse ``corpus`` in memory.

    Args:
        tables: a folder written by ``marsad analyze`` (or ``marsad report``: ``reports/NAME/tables``).
        corpus: corpus path, used when ``tables`` is empty or holds no tables.
        capture_date: when the pages were captured (dates the ticker).

    Returns:
        a :class:`marsad.analyze.Run`.

    Raises:
        FileNotFoundError: when neither holds anything to read.
    """
    from .analyze import open_run

    if tables and Path(tables).is_dir():
        try:
            return open_run(tables=tables)
        except FileNotFoundError:  # a folder without analysed tables: fall back to the corpus
            pass
    if corpus and Path(corpus).exists():
        return open_run(corpus=corpus, capture_date=capture_date or None)
    raise FileNotFoundError(
        f"nothing to explore: {tables or '(no tables)'} holds no analysed tables and corpus {corpus!r} does not exist; "
        "run `marsad analyze --corpus PATH --out DIR` or set the corpus parameter")


def _table(source, name: str, errors: dict) -> pd.DataFrame:
    if isinstance(source, dict):
        return source.get(name, pd.DataFrame())
    try:
        value = getattr(source, name)
    except Exception as exc:  # a failed stage leaves its view empty, the others still work
        errors[name] = f"{type(exc).__name__}: {exc}"
        return pd.DataFrame()
    return value if isinstance(value, pd.DataFrame) else pd.DataFrame()


def _search_column(normalized: pd.Series) -> np.ndarray:
    # Python's re (Unicode \w), not the pyarrow regex engine, whose \w is ASCII.
    return np.array([" " + _SEP_RE.sub(" ", s) + " " for s in normalized.fillna("").astype(str)], dtype=object)


def _key_index(frame: pd.DataFrame, segments: pd.DataFrame) -> np.ndarray:
    """Row numbers in ``segments`` of each (doc_id, position) in ``frame`` (-1 when absent)."""
    if frame.empty or "doc_id" not in frame or "position" not in frame:
        return np.full(len(frame), -1, dtype=np.int64)
    seg_key = pd.MultiIndex.from_arrays([segments["doc_id"].astype(str), segments["position"].astype("int64")])
    pos = pd.to_numeric(frame["position"], errors="coerce").fillna(-1).astype("int64")
    key = pd.MultiIndex.from_arrays([frame["doc_id"].astype(str), pos])
    return seg_key.get_indexer(key)


def prepare_tables(source, *, kb=None) -> ExploreTables:
    """Build the explorer's tables and indexes once per run.

    Args:
        source: a :class:`marsad.analyze.Run` (or any object with ``documents``,
            ``segments``, ``mentions``, ``headlines``, ``events``), a dict of
            DataFrames with those names, or an :class:`ExploreTables` (returned as is).
        kb: a :class:`marsad.kb.KB` for labels and search variants (optional;
            without it the run's own labels are used and search does not expand).

    Returns:
        an :class:`ExploreTables`. Missing or failed tables become empty frames
        (recorded in ``errors``), so the views degrade instead of crashing.
    """
    if isinstance(source, ExploreTables):
        return source
    errors: dict[str, str] = {}
    docs = _table(source, "documents", errors).copy()
    segs = _table(source, "segments", errors).copy()
    ments = _table(source, "mentions", errors)
    heads = _table(source, "headlines", errors)
    events = _table(source, "events", errors)
    errors.update(getattr(source, "errors", {}) or {})

    for col in ("doc_id", "source", "published", "captured", "title"):
        if col not in docs:
            docs[col] = pd.NA
    docs["doc_id"] = docs["doc_id"].astype(str)
    docs = docs.drop_duplicates("doc_id").reset_index(drop=True)
    for col in ("published", "captured"):
        docs[col] = pd.to_datetime(docs[col], errors="coerce").dt.tz_localize(None) if len(docs) else pd.Series(dtype="datetime64[ns]")
    by_doc = docs.set_index("doc_id")

    for col in ("doc_id", "section", "position", "text"):
        if col not in segs:
            segs[col] = pd.Series(dtype=object)
    segs = segs.reset_index(drop=True)
    segs["doc_id"] = segs["doc_id"].astype(str)
    segs["position"] = pd.to_numeric(segs["position"], errors="coerce").fillna(-1).astype("int64")
    segs["text"] = segs["text"].fillna("").astype(str)
    if "normalized" not in segs:
        segs["normalized"] = [normalize(t) for t in segs["text"]]
    headline = segs["section"].isin(list(_HEADLINE_SECTIONS)).to_numpy()
    published = segs["doc_id"].map(by_doc["published"]).to_numpy(dtype="datetime64[ns]")
    captured = segs["doc_id"].map(by_doc["captured"]).to_numpy(dtype="datetime64[ns]")
    segs["date"] = pd.to_datetime(np.where(headline, captured, published)).normalize()
    segs["source"] = segs["doc_id"].map(by_doc["source"])
    segs["topic"] = _segment_topics(segs, heads)
    segs["doc_code"] = pd.factorize(segs["doc_id"])[0]

    labels = _labels(kb, ments)
    ments = _prepare_mentions(ments, segs, labels)
    heads = _prepare_headlines(heads, segs)
    events = _prepare_events(events, segs)
    tables = ExploreTables(documents=docs, segments=segs, mentions=ments, headlines=heads, events=events,
                           labels=labels, kb=kb, errors=errors)
    tables._ix.update(_build_index(tables))
    return tables


def _attr_index(frame: pd.DataFrame) -> dict:
    """Integer arrays of the filterable columns: dates as int64 ns, the rest as factor codes."""
    out = {"date": frame["date"].to_numpy(dtype="datetime64[ns]").astype(np.int64)}
    for col in ("source", "topic", "section"):
        values = frame[col] if col in frame else pd.Series(pd.NA, index=frame.index, dtype=object)
        codes, uniques = pd.factorize(values)
        out[col] = (codes, pd.Index(uniques))
    return out


def _build_index(tables: ExploreTables) -> dict:
    """Per-run arrays behind every query: filters and groupings become numpy operations."""
    m = tables.mentions
    ent, ent_ids = pd.factorize(m["entity_id"])
    ent_order = np.argsort(ent, kind="stable")  # rows of each entity, in display order
    doc = m["unit_doc"].to_numpy(dtype=np.int64)
    doc_order = np.argsort(doc, kind="stable")
    n_docs = int(tables.segments["doc_code"].max()) + 1 if len(tables.segments) else 0
    first = pd.DataFrame({"e": ent, "label": m["label"].to_numpy(), "type": m["entity_type"].to_numpy()}).groupby("e").first()
    return {
        "m_attr": _attr_index(m), "s_attr": _attr_index(tables.segments), "h_attr": _attr_index(tables.headlines),
        "m_ent": ent, "ent_ids": np.asarray(ent_ids, dtype=object), "ent_pos": {e: i for i, e in enumerate(ent_ids)},
        "ent_order": ent_order, "ent_bounds": np.searchsorted(ent[ent_order], np.arange(len(ent_ids) + 1)),
        "ent_label": first["label"].to_numpy(dtype=object) if len(first) else np.array([], dtype=object),
        "ent_type": first["type"].to_numpy(dtype=object) if len(first) else np.array([], dtype=object),
        "m_seg": m["seg_id"].to_numpy(dtype=np.int64), "m_start": m["start"].to_numpy(dtype=np.int64),
        "m_unit_doc": doc, "m_unit_text": m["unit_text"].to_numpy(dtype=np.int64),
        "doc_order": doc_order, "doc_bounds": np.searchsorted(doc[doc_order], np.arange(n_docs + 1)),
        "h_seg": tables.headlines["seg_id"].to_numpy(dtype=np.int64),
        "s_text": tables.segments["text"].to_numpy(dtype=object),  # Arrow → Python strings once, for KWIC
    }


def _segment_topics(segs: pd.DataFrame, heads: pd.DataFrame) -> pd.Series:
    topic = pd.Series(pd.NA, index=segs.index, dtype=object)
    if heads.empty or "topic" not in heads:
        return topic
    idx = _key_index(heads, segs)
    ok = idx >= 0
    topic.iloc[idx[ok]] = heads["topic"].to_numpy()[ok]
    # Article segments inherit the topic of their document's classified title.
    if "section" in heads:
        titles = heads[heads["section"] == "title"].drop_duplicates("doc_id")
        doc_topic = segs["doc_id"].map(titles.set_index(titles["doc_id"].astype(str))["topic"])
        article = ~segs["section"].isin(list(_HEADLINE_SECTIONS))
        topic = topic.where(topic.notna() | ~article, doc_topic)
    return topic


def _labels(kb, ments: pd.DataFrame) -> pd.DataFrame:
    cols = ["entity_id", "entity_type", "label_en", "label_ar"]
    parts = []
    if kb is not None:
        parts.append(kb.labels().rename(columns={"id": "entity_id"})[cols])
    if not ments.empty and "entity_id" in ments:
        run = ments.reindex(columns=cols).drop_duplicates("entity_id")
        parts.append(run)
    if not parts:
        return pd.DataFrame(columns=cols)
    out = pd.concat(parts, ignore_index=True).drop_duplicates("entity_id")
    out["entity_id"] = out["entity_id"].astype(str)
    out = out[~out["entity_id"].isin(["-", "", "nan"])]
    return out.fillna({"label_en": "", "label_ar": "", "entity_type": ""}).reset_index(drop=True)


def _display_label(label_ar: pd.Series, label_en: pd.Series, entity_id: pd.Series) -> pd.Series:
    ar = label_ar.fillna("").astype(str)
    en = label_en.fillna("").astype(str)
    both = ar.where(en == "", ar + " (" + en + ")")
    return both.where(ar != "", en).where((ar != "") | (en != ""), entity_id.astype(str))


def _prepare_mentions(ments: pd.DataFrame, segs: pd.DataFrame, labels: pd.DataFrame) -> pd.DataFrame:
    from .mentions import MENTION_COLUMNS

    m = ments.reindex(columns=list(dict.fromkeys([*MENTION_COLUMNS, *ments.columns]))).copy()
    m["entity_id"] = m["entity_id"].astype(str)
    m["seg_id"] = _key_index(m, segs)
    if (m["seg_id"] < 0).any():
        m = m[m["seg_id"] >= 0]  # mentions of segments this run does not hold
    seg = m["seg_id"].to_numpy()
    for col in ("date", "source", "topic"):
        m[col] = segs[col].to_numpy()[seg] if len(m) else pd.Series(dtype=object)
    m["start"] = pd.to_numeric(m["start"], errors="coerce").fillna(0).astype("int64")
    m["end"] = pd.to_numeric(m["end"], errors="coerce").fillna(0).astype("int64")
    doc_code = segs["doc_code"].to_numpy()[seg] if len(m) else np.array([], dtype=np.int64)
    m["unit_doc"] = doc_code
    # "text" unit: a headline stands alone, an article is one text (as in the mentions report).
    headline = m["section"].isin(list(_HEADLINE_SECTIONS)).to_numpy()
    m["unit_text"] = np.where(headline, -1 - seg, doc_code)
    known = labels.set_index("entity_id")
    for col in ("label_en", "label_ar", "entity_type"):
        m[col] = m[col].where(m[col].notna() & (m[col].astype(str) != ""), m["entity_id"].map(known[col]) if len(known) else pd.NA)
    m["label"] = _display_label(m["label_ar"], m["label_en"], m["entity_id"])
    # Display order once (newest first, then document order), so filtered views need no sort.
    date = m["date"].to_numpy(dtype="datetime64[ns]").astype(np.int64)
    newest = np.where(date == _NAT, np.iinfo(np.int64).max, -date)
    order = np.lexsort((m["start"].to_numpy(), m["seg_id"].to_numpy(), newest))
    return m.iloc[order].reset_index(drop=True)


def _prepare_headlines(heads: pd.DataFrame, segs: pd.DataFrame) -> pd.DataFrame:
    cols = ["doc_id", "position", "section", "text", "topic", "confidence", "duplicate_of", "source", "published"]
    h = heads.reindex(columns=list(dict.fromkeys([*cols, *heads.columns]))).copy()
    h["seg_id"] = _key_index(h, segs)
    ok = h["seg_id"].to_numpy() >= 0
    seg_date = pd.Series(pd.NaT, index=h.index, dtype="datetime64[ns]")
    seg_date[ok] = segs["date"].to_numpy()[h["seg_id"].to_numpy()[ok]]
    h["date"] = pd.to_datetime(h["published"], errors="coerce").dt.tz_localize(None).dt.normalize().fillna(seg_date) \
        if len(h) else seg_date
    h["source"] = h["source"].where(h["source"].notna(), h["doc_id"].astype(str).map(segs.drop_duplicates("doc_id").set_index("doc_id")["source"]))
    return h.reset_index(drop=True)


def _prepare_events(events: pd.DataFrame, segs: pd.DataFrame) -> pd.DataFrame:
    cols = ["event_id", "doc_id", "actor1", "actor2", "date_start", "date_end", "precision", "date_text", "cameo_code",
            "event_label", "goldstein", "sentence", "start", "end", "section", "position"]
    ev = events.reindex(columns=list(dict.fromkeys([*cols, *events.columns]))).copy()
    ev["seg_id"] = _key_index(ev, segs)
    ev["t0"] = pd.to_datetime(ev["date_start"], errors="coerce")
    ev["t1"] = pd.to_datetime(ev["date_end"], errors="coerce").fillna(ev["t0"])
    ev["doc_id"] = ev["doc_id"].astype(str)
    by_doc = segs.drop_duplicates("doc_id").set_index("doc_id")
    ev["source"] = ev["doc_id"].map(by_doc["source"])
    ev["topic"] = ev["doc_id"].map(by_doc["topic"])
    for col in ("start", "end"):
        ev[col] = pd.to_numeric(ev[col], errors="coerce").fillna(0).astype("int64")
    return ev.reset_index(drop=True)


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
    key = _query_key(text)
    if key:
        ar = options["label_ar"].map(lambda s: _query_key(str(s)))
        hit = options[ar == key]
        if len(hit):
            return hit["entity_id"].iloc[0]
        for variant in _kb_ids(kb, key):
            if variant in ids:
                return variant
        hit = options[ar.str.contains(key, regex=False)]
        if len(hit):
            return hit["entity_id"].iloc[0]
    hit = options[options["label_en"].str.casefold().str.contains(low, regex=False)]
    return hit["entity_id"].iloc[0] if len(hit) else None


# --------------------------------------------------------------------------- filtering

def date_bounds(tables: ExploreTables) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    """Return the first and last segment date of the run (None, None when nothing is dated)."""
    dates = tables.segments["date"].dropna()
    if dates.empty:
        return None, None
    return dates.min(), dates.max()


def _ns(ts: pd.Timestamp) -> int:
    return int(np.datetime64(ts, "ns").astype(np.int64))


def _attr_mask(attr: dict, sel: Selection, rows: np.ndarray | None = None, *, sections: bool = True) -> np.ndarray:
    """Rows (all, or ``rows``) passing the date, source, topic and section filters."""
    def take(a):
        return a if rows is None else a[rows]

    mask = np.ones(len(attr["date"]) if rows is None else len(rows), dtype=bool)
    if sel.dated:
        date = take(attr["date"])
        mask &= date != _NAT
        if sel.date_from is not None:
            mask &= date >= _ns(sel.date_from)
        if sel.date_to is not None:
            mask &= date < _ns(sel.date_to + pd.Timedelta(days=1))
    for col, values in (("source", sel.sources), ("topic", sel.topics), ("section", sel.sections if sections else ())):
        if values:
            codes, uniques = attr[col]
            mask &= np.isin(take(codes), np.flatnonzero(uniques.isin(list(values))))
    return mask


def filter_segments(tables: ExploreTables, sel: Selection) -> pd.DataFrame:
    """Return the segments passing the date, source, topic, section and text filters."""
    tables = prepare_tables(tables)
    mask = _attr_mask(tables._ix["s_attr"], sel)
    if sel.text:
        mask &= _text_mask(tables, sel.text)
    return tables.segments[mask]


def _remember(tables: ExploreTables, key, value):
    cache = tables._cache.setdefault("rows", OrderedDict())
    cache[key] = value
    while len(cache) > _CACHED_SELECTIONS:
        cache.popitem(last=False)
    return value


def _gather(order: np.ndarray, bounds: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Rows of every group in ``groups`` (a CSR index: ``order`` sliced by ``bounds``), sorted."""
    if len(groups) == 0:
        return np.array([], dtype=np.int64)
    starts, lengths = bounds[groups], bounds[groups + 1] - bounds[groups]
    total = int(lengths.sum())
    offsets = np.repeat(starts - np.concatenate([[0], np.cumsum(lengths)[:-1]]), lengths) + np.arange(total)
    return np.sort(order[offsets])


def _entity_codes(tables: ExploreTables, entities) -> list[int]:
    pos = tables._ix["ent_pos"]
    return [pos[e] for e in dict.fromkeys(entities) if e in pos]


def _mention_rows(tables: ExploreTables, sel: Selection) -> np.ndarray:
    """Row numbers (display order) of the mentions the selection keeps; cached per selection."""
    key = ("mentions", sel)
    cached = tables._cache.get("rows", {}).get(key)
    if cached is not None:
        return cached
    ix = tables._ix
    if sel.entities:
        codes = _entity_codes(tables, sel.entities)
        wanted = len(set(sel.entities))
        if not codes or (sel.together != "any" and len(codes) < wanted):
            return _remember(tables, key, np.array([], dtype=np.int64))
        rows = _gather(ix["ent_order"], ix["ent_bounds"], np.asarray(codes))
    else:
        rows = np.arange(len(tables.mentions))
    rows = rows[_attr_mask(ix["m_attr"], sel, rows)]
    if sel.text:
        rows = rows[_text_mask(tables, sel.text)[ix["m_seg"][rows]]]
    if sel.entities and sel.together != "any" and len(set(sel.entities)) > 1:
        rows = _together(tables, rows, len(set(sel.entities)), sel.together)
    return _remember(tables, key, rows)


def _full_units(keys: np.ndarray, ent: np.ndarray, k: int) -> np.ndarray:
    """Mask of rows whose unit holds at least ``k`` distinct entities."""
    if len(keys) == 0:
        return np.zeros(0, dtype=bool)
    pairs = pd.DataFrame({"u": keys, "e": ent}).drop_duplicates()
    counts = pairs["u"].value_counts()
    return np.isin(keys, counts.index[counts.to_numpy() >= k].to_numpy())


def _together(tables: ExploreTables, rows: np.ndarray, k: int, unit: str) -> np.ndarray:
    ix = tables._ix
    if unit == "sentence":  # sentence numbers are needed only in segments naming them all
        rows = rows[_full_units(ix["m_seg"][rows], ix["m_ent"][rows], k)]
    keys = _unit_keys(tables, rows, unit)
    return rows[_full_units(keys, ix["m_ent"][rows], k)]


def _sentence_numbers(tables: ExploreTables, rows: np.ndarray) -> np.ndarray:
    """Sentence number of each mention row inside its segment (sentence ends cached per segment)."""
    ix = tables._ix
    cache = tables._cache.setdefault("sentence_ends", {})
    texts = _segment_texts(tables)
    seg, start = ix["m_seg"][rows], ix["m_start"][rows]
    out = np.zeros(len(rows), dtype=np.int64)
    order = np.argsort(seg, kind="stable")
    uniq, first = np.unique(seg[order], return_index=True)
    bounds = np.append(first, len(order))
    for i, s in enumerate(uniq):
        ends = cache.get(s)
        if ends is None:
            ends = cache[s] = np.array([x.end() for x in _SENTENCE_END.finditer(texts[s])], dtype=np.int64)
        idx = order[bounds[i]:bounds[i + 1]]
        out[idx] = np.searchsorted(ends, start[idx], side="right")
    return out


def _segment_texts(tables: ExploreTables) -> np.ndarray:
    """Segment texts as a numpy object array (converted from Arrow once per run)."""
    texts = tables._ix.get("s_text")
    if texts is None:
        texts = tables._ix["s_text"] = tables.segments["text"].to_numpy(dtype=object)
    return texts


def _unit_keys(tables: ExploreTables, rows: np.ndarray, unit: str) -> np.ndarray:
    ix = tables._ix
    if unit == "document":
        return ix["m_unit_doc"][rows]
    if unit == "text":
        return ix["m_unit_text"][rows]
    if unit == "segment":
        return ix["m_seg"][rows]
    if unit == "sentence":
        return ix["m_seg"][rows] * _SENT + _sentence_numbers(tables, rows)
    raise ValueError(f"unit must be document, text, segment or sentence, not {unit!r}")


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


_FREQS = {"D": "day", "W": "week", "M": "month", "MS": "month"}


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

def _query_key(text: str) -> str:
    """Normalise a query like the search column: normalised, separators to spaces, one space."""
    return _WS_RE.sub(" ", _SEP_RE.sub(" ", normalize(text))).strip()


def _kb_keys(kb) -> dict:
    cache = _KB_KEYS.get(id(kb))
    if cache is not None and cache[0] is kb:
        return cache[1]
    pats = kb.patterns
    pats = pats[(pats["id"] != "-") & ~pats["id"].astype(str).str.contains("|", regex=False)]
    # Only names and aliases are spellings of the entity; a capital (هانوي) or a
    # demonym (فيتنامي) is another word and does not expand to the country's names.
    pats = pats[pats["form"].isin(list(_EXPAND_FORMS)) & ~pats["coref"].fillna(False).astype(bool)]
    by_key: dict[str, set] = {}
    by_id: dict[str, set] = {}
    for pattern, eid in zip(pats["pattern"].astype(str), pats["id"]):
        key = _query_key(pattern)
        if key:
            by_key.setdefault(key, set()).add(eid)
            by_id.setdefault(eid, set()).add(key)
    _KB_KEYS[id(kb)] = (kb, (by_key, by_id))
    return by_key, by_id


_KB_KEYS: dict[int, tuple] = {}


def _kb_ids(kb, key: str) -> set:
    if kb is None or not key:
        return set()
    by_key, _ = _kb_keys(kb)
    for candidate in _unclitic(key):
        ids = by_key.get(candidate)
        if ids:
            return set(ids)
    return set()


def _unclitic(key: str) -> list[str]:
    """``key`` and what remains after each possible proclitic chain (وبوتين → وبوتين, بوتين)."""
    out = [key]
    for n in (1, 2):
        head, rest = key[:n], key[n:]
        chain = (n == 1 and head in "وفبلك") or (n == 2 and head[0] in "وف" and head[1] in "بلك")
        if chain and len(rest.split(" ")[0]) >= 3:
            out.append(rest)
    for n in (0, 1):
        if key[n:n + 2] == "لل" and (n == 0 or key[0] in "وف"):
            out.append("ا" + key[n + 1:])  # ل + ال is written لل: للمغرب → المغرب
    return out


def search_pattern(query: str, kb=None) -> tuple[str, list[str]]:
    """Build the regular expression a text query searches with.

    Args:
        query: the text typed; a trailing ``*`` also matches longer words.
        kb: knowledge base whose other spellings of a known name are added.

    Returns:
        ``(pattern, variants)``: ``pattern`` matches the padded search column
        (plain syntax that Python's ``re`` and RE2 read alike), ``variants``
        are the normalised forms searched for.
    """
    prefix_only = query.strip().endswith("*")
    key = _query_key(query.strip().rstrip("*"))
    if not key:
        raise ValueError("empty search query: type a word or a name")
    variants = {key}
    if kb is not None:
        _, by_id = _kb_keys(kb)
        for eid in _kb_ids(kb, key):
            variants |= by_id.get(eid, set())
    alts = set()
    for v in variants:
        # The article is a clitic too: الاتفاقية also finds اتفاقية, and the
        # clitic chain then finds الاتفاقية, بالاتفاقية and للاتفاقية (ل + ال = لل).
        bare = v[2:] if v.startswith("ال") and len(v.split(" ")[0]) > 4 else v
        alts.add(bare)
    ordered = sorted(alts, key=lambda v: (-len(v), v))
    tail = "" if prefix_only else " "
    return f" {_CLITICS}(?:{'|'.join(ordered)}){tail}", sorted(variants)


def _search_strings(tables: ExploreTables) -> pd.Series:
    """The padded, separator-free normalised text of every segment (built on the first search)."""
    col = tables._cache.get("search")
    if col is None:
        col = tables._cache["search"] = pd.Series(_search_column(tables.segments["normalized"]), dtype="string")
    return col


def _text_mask(tables: ExploreTables, query: str) -> np.ndarray:
    """Segments matching ``query`` (cached per query)."""
    cache = tables._cache.setdefault("text_masks", {})
    if query not in cache:
        pattern, _ = search_pattern(query, tables.kb)
        strings = _search_strings(tables)
        try:
            # The pattern is plain enough for the Arrow (RE2) engine, which is much faster than a Python loop.
            mask = strings.str.contains(pattern, regex=True).fillna(False).to_numpy(dtype=bool)
        except Exception:  # another string backend or regex engine: the same pattern in Python's re
            rx = re.compile(pattern)
            mask = np.fromiter((rx.search(s) is not None for s in strings.astype(object)), dtype=bool, count=len(strings))
        cache[query] = mask
    return cache[query]


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
    pattern, _ = search_pattern(query, kb)
    prefix_only = not pattern.endswith(" ")
    # finditer needs the trailing space as a lookahead so adjacent matches both count.
    rx = re.compile(pattern[:-1] + "(?= )" if pattern.endswith(" ") else pattern)
    rows = []
    for r in segs.itertuples(index=False):
        norm, offsets = normalize_map(r.text)
        padded = " " + _SEP_RE.sub(" ", norm) + " "
        for x in rx.finditer(padded):
            # padded[i] is norm[i - 1]; the match starts with the space before the word
            s, e = x.start(), x.end() - 1
            if prefix_only:
                e = padded.index(" ", x.end()) - 1  # highlight the whole word
            start, end = int(offsets[s]), int(offsets[e - 1]) + 1
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
    frame.to_csv(path, index=False, encoding="utf-8")
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
    from .timeline_charts import timeline_figure as dyad_timeline

    return dyad_timeline(events, title=title or None)


def timed(fn, *args, **kwargs):
    """Call ``fn`` and return ``(result, seconds)`` (for the explorer's status line)."""
    t0 = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - t0
