"""Find mentions of people and countries in Arabic text in one automaton pass.

The matcher has the shape of spaCy's EntityRuler: patterns are rows
(``id``, ``label``, ``pattern``) kept in data files (``data/kb/``), more can be
added with :meth:`Matcher.add_patterns`, ``len(matcher)`` counts patterns and
``"Q7747" in matcher`` asks for an id or label; overlapping matches resolve as
longest-non-overlapping-match-wins.

How Arabic is handled (see data/kb/README.md for the decisions):

* Text and patterns are normalised with :func:`marsad.text.normalize`
  (diacritics, alef/hamza forms, ى→ي, ة→ه, tatweel, bidi controls), so
  ``بوتين``/``بوتِين`` and ``المغربية``/``المغربيه`` are the same key.
* One pyahocorasick pass finds every key in the normalised segment; a hit is
  kept only at a word boundary (the next character is not a letter or digit)
  and when what precedes it inside the word is a proclitic chain: و ف
  (conjunctions) then ب ل ك (prepositions): وبوتين، لروسيا، بالمغرب،
  وبالمغرب. Because ل + ال is written لل (للمغرب), every pattern starting with
  ال is also indexed as لل + rest, whose first letter is the preposition.
  Keys of three letters or fewer take only و/ف (بروس is Bruce, not Russians).
* Longest match wins, so المغربية is one demonym mention and never also
  المغرب; stop phrases (صلاة المغرب، أمريكا اللاتينية) win and say nothing.
* Coreference: partial names (بوتين's first name, كيم, لورا, كارتر) count
  only where a full name of the same person occurs in the same document
  (in the ticker: the same headline). Ambiguous forms (كوريا، الكوري: KP or
  KR; عمان: Oman or Amman) go to the candidate the same scope names
  unambiguously most often, and are dropped when it names none.
* Offsets are mapped back to the original text with
  :func:`marsad.text.normalize_map`, computed only for segments with hits.
"""
from __future__ import annotations

import logging
import warnings
from collections import Counter, defaultdict

import ahocorasick
import numpy as np
import pandas as pd

from .kb import AMBIGUOUS_SEP, STOP_ID, load_kb, slugify
from .text import normalize, normalize_map

__all__ = ["Matcher", "find_mentions", "default_matcher", "MENTION_COLUMNS", "FORMS"]

log = logging.getLogger(__name__)

MENTION_COLUMNS = [
    "doc_id", "section", "position", "entity_id", "entity_type", "label_en", "label_ar",
    "form", "surface", "start", "end",
]
FORMS = ("name", "demonym", "capital", "alias", "ner")
# conjunction then preposition; ال is part of the patterns themselves
_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ل", "ك")
_PREFIXES = frozenset(c + p for c in _CONJ for p in _PREP)
_PREFIXES_SHORT = frozenset(_CONJ)
# the preposition ل before ال drops the alef: ل + المغرب = للمغرب
_LIL_PREFIXES = frozenset(_CONJ)
_MAX_PREFIX = 2
_SHORT_KEY = 3
# Sections whose segments are independent texts: coreference and ambiguity
# are resolved per segment there, per document elsewhere.
_INDEPENDENT_SECTIONS = frozenset({"ticker", "related"})
# diacritics and tatweel that normalisation deletes after a word's last letter
_TRAILING_MARKS = frozenset(chr(c) for c in [*range(0x064B, 0x0660), 0x0670, 0x0640])


class Matcher:
    """Multi-pattern matcher over normalised Arabic text (EntityRuler-like).

    Args:
        patterns: optional rows with ``id``, ``label``, ``pattern`` and
            optionally ``form`` (default ``"name"``) and ``coref`` (default
            False); ``id`` ``"-"`` marks a stop phrase.
    """

    def __init__(self, patterns: pd.DataFrame | list[dict] | None = None):
        self._rows: list[tuple[str, str, str, str, bool]] = []
        self._ids: set[str] = set()
        self._labels: set[str] = set()
        self._automaton = None
        if patterns is not None:
            self.add_patterns(patterns)

    def __len__(self) -> int:
        return len(self._rows)

    def __contains__(self, key: str) -> bool:
        return key in self._ids or key in self._labels

    @property
    def patterns(self) -> pd.DataFrame:
        """Return the patterns as a DataFrame (``id, label, pattern, form, coref``)."""
        return pd.DataFrame(self._rows, columns=["id", "label", "pattern", "form", "coref"])

    def add_patterns(self, patterns: pd.DataFrame | list[dict]) -> None:
        """Add pattern rows; the automaton is rebuilt on the next match.

        Args:
            patterns: DataFrame or list of dicts with ``id``, ``label``,
                ``pattern`` (and optionally ``form``, ``coref``).

        Raises:
            ValueError: when a required column is missing or a form is unknown.
        """
        df = pd.DataFrame(patterns)
        missing = {"id", "label", "pattern"} - set(df.columns)
        if missing:
            raise ValueError(f"patterns need columns id, label, pattern; missing {sorted(missing)}")
        if "form" not in df:
            df["form"] = "name"
        if "coref" not in df:
            df["coref"] = False
        bad = set(df["form"]) - set(FORMS) - {"stop"}
        if bad:
            raise ValueError(f"unknown pattern form(s) {sorted(bad)}; use one of {FORMS} or 'stop'")
        coref = df["coref"].map(lambda v: str(v).strip().lower() in {"true", "1", "yes"} if not isinstance(v, bool) else v)
        for rec, cf in zip(df[["id", "label", "pattern", "form"]].itertuples(index=False), coref):
            pid, label, pattern, form = (str(x).strip() for x in rec)
            if not pattern or not pid:
                continue
            self._rows.append((pid, label, pattern, form, bool(cf)))
            if pid != STOP_ID:
                self._ids.update(pid.split(AMBIGUOUS_SEP))
                self._labels.add(label)
        self._automaton = None

    def _build(self):
        keys: dict[str, list] = {}
        for idx, (_pid, _label, pattern, _form, _coref) in enumerate(self._rows):
            key = normalize(pattern)
            if not key.strip():
                continue
            variants = [(key, 0, _PREFIXES_SHORT if len(key) <= _SHORT_KEY else _PREFIXES)]
            if key.startswith("ال") and len(key) > 3:
                variants.append(("ل" + key[1:], 1, _LIL_PREFIXES))
            for k, skip, prefixes in variants:
                entry = keys.setdefault(k, [len(k), skip, prefixes, []])
                entry[3].append(idx)
        automaton = ahocorasick.Automaton()
        for k, (klen, skip, prefixes, idxs) in keys.items():
            automaton.add_word(k, (klen, skip, prefixes, tuple(idxs)))
        automaton.make_automaton()
        self._automaton = automaton

    def match(self, normalized: str) -> list[tuple[int, int, tuple[int, ...]]]:
        """Return longest non-overlapping matches in a normalised text.

        Args:
            normalized: text already passed through :func:`marsad.text.normalize`.

        Returns:
            ``(start, end, row_indices)`` spans over ``normalized`` (clitics
            excluded), sorted by start; stop phrases included.
        """
        if self._automaton is None:
            self._build()
        if not normalized or len(self._automaton) == 0:
            return []
        cands = []
        n = len(normalized)
        for end_idx, (klen, skip, prefixes, idxs) in self._automaton.iter(normalized):
            j = end_idx + 1
            if j < n and normalized[j].isalnum():
                continue
            i = j - klen
            if i > 0 and normalized[i - 1].isalnum():
                k = i - 1
                while k > 0 and normalized[k - 1].isalnum():
                    k -= 1
                if i - k > _MAX_PREFIX or normalized[k:i] not in prefixes:
                    continue
            elif skip and "" not in prefixes:
                continue
            cands.append((i + skip, j, idxs))
        if len(cands) > 1:
            cands.sort(key=lambda c: (c[0] - c[1], c[0]))
            taken = np.zeros(n, dtype=bool)
            kept = []
            for s, e, idxs in cands:
                if not taken[s:e].any():
                    taken[s:e] = True
                    kept.append((s, e, idxs))
            cands = sorted(kept)
        return cands

    def row(self, idx: int) -> tuple[str, str, str, str, bool]:
        """Return the pattern row ``(id, label, pattern, form, coref)`` at ``idx``."""
        return self._rows[idx]


_DEFAULT: dict[tuple, Matcher] = {}


def default_matcher(*, extra_people: tuple[str, ...] = ()) -> Matcher:
    """Return the (cached) matcher built from the knowledge base in data/kb."""
    key = tuple(extra_people)
    if key not in _DEFAULT:
        _DEFAULT[key] = Matcher(load_kb(extra_people=key).patterns)
    return _DEFAULT[key]


def _segments_frame(corpus_or_segments) -> pd.DataFrame:
    if isinstance(corpus_or_segments, str):
        return pd.DataFrame({"doc_id": ["text"], "section": ["paragraph"], "position": [0], "text": [corpus_or_segments]})
    segs = getattr(corpus_or_segments, "segments", corpus_or_segments)
    if not isinstance(segs, pd.DataFrame):
        raise TypeError("find_mentions expects a Corpus, a segments DataFrame or a string")
    if "text" not in segs:
        raise ValueError("segments need a 'text' column (and doc_id, section, position)")
    segs = segs.copy()
    for col, default in (("doc_id", "doc"), ("section", "paragraph")):
        if col not in segs:
            segs[col] = default
    if "position" not in segs:
        segs["position"] = segs.groupby("doc_id").cumcount()
    return segs


def _scope(doc_id, section, position):
    return (doc_id, position) if section in _INDEPENDENT_SECTIONS else (doc_id, None)


def _resolve(hits, matcher: Matcher) -> list[tuple]:
    """Resolve coreference and ambiguity for the hits of one scope.

    ``hits`` are ``(seg_key, start, end, idxs)``; returns
    ``(seg_key, start, end, entity_id, label, form)``.
    """
    firm = Counter()  # unambiguous, non-partial mentions per id in this scope
    for _seg, _s, _e, idxs in hits:
        rows = [matcher.row(i) for i in idxs]
        plain = {r[0] for r in rows if not r[4] and r[0] != STOP_ID}
        if len(plain) == 1 and AMBIGUOUS_SEP not in next(iter(plain)):
            firm[next(iter(plain))] += 1
    out = []
    for seg, s, e, idxs in hits:
        rows = [matcher.row(i) for i in idxs]
        if any(r[0] == STOP_ID for r in rows):
            continue
        licensed = [r for r in rows if r[4] and firm[r[0]]]
        plain = [r for r in rows if not r[4]]
        if licensed:
            ids = {r[0] for r in licensed}
            if len(ids) > 1:
                continue  # two people share the partial name in this scope
            row = licensed[0]
            out.append((seg, s, e, row[0], row[1], "alias"))
            continue
        if not plain:
            continue
        ids = {i for r in plain for i in r[0].split(AMBIGUOUS_SEP)}
        row = plain[0]
        if len(ids) == 1:
            out.append((seg, s, e, row[0], row[1], row[3]))
            continue
        ranked = sorted(((firm[i], i) for i in ids if firm[i]), reverse=True)
        if ranked and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
            out.append((seg, s, e, ranked[0][1], row[1], row[3]))
    return out


def find_mentions(
    corpus_or_segments,
    *,
    entity_types: tuple[str, ...] | list[str] | None = None,
    demonyms: bool = True,
    capitals: bool = True,
    ner: bool = False,
    ner_sections: tuple[str, ...] | None = None,
    matcher: Matcher | None = None,
    extra_people: tuple[str, ...] | list[str] = (),
) -> pd.DataFrame:
    """Find mentions of knowledge-base entities (and optionally NER people).

    Args:
        corpus_or_segments: a :class:`marsad.Corpus`, a segments DataFrame
            (``doc_id, section, position, text`` and optionally ``normalized``)
            or a single string.
        entity_types: keep only these types (``person``, ``country``, ``org``);
            default all.
        demonyms: count demonym/adjective forms (الروسي). They still take
            part in longest-match selection when off.
        capitals: count capitals (بيونغ يانغ → KP) as mentions of their country.
        ner: also run the statistical NER model and add people the KB lacks
            (``form="ner"``, ``entity_id="ner:<slug>"``).
        ner_sections: sections NER runs on (default: all).
        matcher: a custom :class:`Matcher` (default: the KB in data/kb).
        extra_people: more people CSV files for the default matcher.

    Returns:
        One row per mention with :data:`MENTION_COLUMNS`; ``start``/``end``
        are offsets into the original segment text.
    """
    segs = _segments_frame(corpus_or_segments)
    matcher = matcher or default_matcher(extra_people=tuple(extra_people))
    texts = segs["text"].fillna("").astype(str).tolist()
    norms = segs["normalized"].fillna("").astype(str).tolist() if "normalized" in segs else None
    doc_ids = segs["doc_id"].tolist()
    sections = segs["section"].tolist()
    positions = segs["position"].tolist()

    by_scope: dict[tuple, list] = defaultdict(list)
    for k, text in enumerate(texts):
        norm = norms[k] if norms is not None else normalize(text)
        for s, e, idxs in matcher.match(norm):
            by_scope[_scope(doc_ids[k], sections[k], positions[k])].append((k, s, e, idxs))

    resolved = []
    for hits in by_scope.values():
        resolved.extend(_resolve(hits, matcher))

    offsets: dict[int, np.ndarray] = {}
    rows = []
    for k, s, e, eid, label, form in resolved:
        if k not in offsets:
            offsets[k] = normalize_map(texts[k])[1]
        off = offsets[k]
        start, end = int(off[s]), int(off[e - 1]) + 1
        text = texts[k]
        while end < len(text) and text[end] in _TRAILING_MARKS:  # مغربياً keeps its tanwin
            end += 1
        rows.append((doc_ids[k], sections[k], positions[k], eid, label, form, texts[k][start:end], start, end))
    out = pd.DataFrame(rows, columns=["doc_id", "section", "position", "entity_id", "entity_type", "form", "surface", "start", "end"])

    if ner:
        out = _merge_ner(out, segs, texts, ner_sections)
    if not demonyms:
        out = out[out["form"] != "demonym"]
    if not capitals:
        out = out[out["form"] != "capital"]
    if entity_types is not None:
        out = out[out["entity_type"].isin(list(entity_types))]
    labels = load_kb().labels().drop(columns="entity_type")
    out = out.merge(labels, left_on="entity_id", right_on="id", how="left").drop(columns="id")
    is_ner = out["form"] == "ner"
    out.loc[is_ner & out["label_ar"].isna(), "label_ar"] = out.loc[is_ner, "surface"].map(normalize)
    out["label_en"] = out["label_en"].fillna("")
    out["label_ar"] = out["label_ar"].fillna("")
    out = out.sort_values(["doc_id", "position", "start"], kind="stable").reset_index(drop=True)
    out["start"] = out["start"].astype("int64")
    out["end"] = out["end"].astype("int64")
    return out[MENTION_COLUMNS]


def _merge_ner(out: pd.DataFrame, segs: pd.DataFrame, texts: list[str], sections) -> pd.DataFrame:
    """Add NER person spans that no KB mention overlaps; link them to the KB by name."""
    try:
        from . import ner as ner_mod

        model = ner_mod.load_model()
    except FileNotFoundError as exc:
        warnings.warn(f"NER skipped: {exc}", stacklevel=3)
        return out
    keep = np.ones(len(segs), dtype=bool) if sections is None else segs["section"].isin(list(sections)).to_numpy()
    idx = np.flatnonzero(keep)
    spans = ner_mod.predict_spans([texts[k] for k in idx], model=model, types=("PERS",))
    kb_keys = _person_keys()
    taken = defaultdict(list)
    for rec in out.itertuples(index=False):
        taken[(rec.doc_id, rec.position)].append((rec.start, rec.end, rec.entity_type))
    new = []
    for k, seg_spans in zip(idx, spans):
        doc_id, section, position = segs["doc_id"].iat[k], segs["section"].iat[k], segs["position"].iat[k]
        for start, end, _typ in seg_spans:
            surface = texts[k][start:end]
            overl = [t for t in taken[(doc_id, position)] if t[0] < end and start < t[1]]
            if any(t[2] != "country" or not (start <= t[0] and t[1] <= end and (end - start) > (t[1] - t[0])) for t in overl):
                continue
            if overl:  # a longer person name swallows a country form (تشاد in a name)
                out = out[~((out["doc_id"] == doc_id) & (out["position"] == position) & (out["start"] >= start) & (out["end"] <= end))]
            key = normalize(surface)
            eid = kb_keys.get(key, f"ner:{slugify(key)}")
            new.append((doc_id, section, position, eid, "person", "ner" if eid.startswith("ner:") else "name", surface, start, end))
    if new:
        out = pd.concat([out, pd.DataFrame(new, columns=out.columns)], ignore_index=True)
    return out


def _person_keys() -> dict[str, str]:
    pats = load_kb().patterns
    pats = pats[(pats["label"] == "person") & ~pats["coref"].astype(bool)]
    return dict(zip(pats["pattern"].map(normalize), pats["id"]))
