"""A run's tables prepared for interactive queries: the selection, per-run indexes, row filters.

:func:`prepare_tables` does the per-run work once: segment keys, dates,
sources and topics on every mention, mentions in display order (newest first),
integer codes for every filterable column, and CSR-style indexes from each
entity and each document to its mention rows. A :class:`Selection` then
becomes numpy operations over those arrays (:func:`_mention_rows`, cached per
selection), which :mod:`marsad.explore` turns into views.

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
"""
from __future__ import annotations

import dataclasses
import re
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from marsad.explore.search import arrow_pattern, search_pattern, search_strings
from marsad.lang.rules import SENTENCE_END, STANDALONE_SECTIONS
from marsad.lang.text import normalize

__all__ = ["Selection", "ExploreTables", "TOGETHER", "SECTION_GROUPS", "open_tables", "prepare_tables", "date_bounds"]

TOGETHER = ("any", "sentence", "segment", "document")
# Section groups offered by the explorer's section filter.
SECTION_GROUPS = {
    "ticker": ("ticker",),
    "article": ("title", "paragraph", "subheading", "caption", "byline"),
    "related": ("related",),
}
# Segments that stand alone (a headline): no date of their own, and the
# co-mention "text" unit is the segment rather than the document.
_HEADLINE_SECTIONS = STANDALONE_SECTIONS
# Anything but letters, digits and space becomes a space, one for one, so
# offsets in the search column equal offsets in the normalised text (+1 for
# the leading pad space).
_SENTENCE_END = SENTENCE_END
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
    stories: pd.DataFrame | None = None  # doc_id -> story_id, when the run groups reports of one story
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
    from marsad.engine.run import open_run

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

def _stories(source) -> pd.DataFrame | None:
    """The run's ``stories`` table (``doc_id, story_id``), or None when the run has no story grouping."""
    try:
        frame = source.get("stories") if isinstance(source, dict) else getattr(source, "stories", None)
    except Exception:  # a run without the stories stage
        return None
    if isinstance(frame, pd.DataFrame) and {"doc_id", "story_id"} <= set(frame.columns):
        return frame[["doc_id", "story_id"]].astype({"doc_id": str})
    return None


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
                           labels=labels, kb=kb, errors=errors, stories=_stories(source))
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
    from marsad.mentions.pipeline import MENTION_COLUMNS

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

def _search_strings(tables: ExploreTables) -> pd.Series:
    """The searched text of every segment (built on the first search, then cached)."""
    col = tables._cache.get("search")
    if col is None:
        col = tables._cache["search"] = search_strings(tables.segments["normalized"])
    return col


def _text_mask(tables: ExploreTables, query: str) -> np.ndarray:
    """Segments matching ``query`` (cached per query)."""
    cache = tables._cache.setdefault("text_masks", {})
    if query not in cache:
        normalized = tables.segments["normalized"]
        try:
            # RE2 (Arrow strings) over the normalised text: no search copy to build, no Python loop.
            if not str(normalized.dtype).startswith(("str", "string")):
                normalized = normalized.astype("string[pyarrow]")
            mask = normalized.str.contains(arrow_pattern(query, tables.kb), regex=True)
            cache[query] = mask.fillna(False).to_numpy(dtype=bool)
        except (ValueError, TypeError, ImportError, re.error, NotImplementedError) as exc:
            if isinstance(exc, ValueError) and "empty search query" in str(exc):
                raise
            # Another string backend: the equivalent pattern in Python's re over the separator-free copy.
            rx = re.compile(search_pattern(query, tables.kb)[0])
            strings = _search_strings(tables).astype(object)
            cache[query] = np.fromiter((rx.search(s) is not None for s in strings), dtype=bool, count=len(strings))
    return cache[query]
