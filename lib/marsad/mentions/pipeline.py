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
import re
from functools import lru_cache
import warnings
from bisect import bisect_right
from collections import Counter, defaultdict
from typing import NamedTuple

import ahocorasick
import numpy as np
import pandas as pd

from marsad.mentions.kb import AMBIGUOUS_SEP, STOP_ID, load_kb, slugify
from marsad.lang.text import _table as _text_table
from marsad.lang.rules import STANDALONE_SECTIONS
from marsad.lang.text import normalize, normalize_map

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
# Separators (anything but letters, digits and spaces) become spaces, one
# character for one, so offsets do not move (U+060C ، glued to a word included).
_SEP_RE = re.compile(r"[^\w \x00]|_")
# joins segments for one automaton pass; no key contains it, so no match
# crosses from one segment into the next
_JOIN = " \x00 "



@lru_cache(maxsize=1)
def _sep_lut() -> np.ndarray:
    lut = np.array([not chr(cp).isalnum() for cp in range(0x10000)], dtype=bool)
    lut[[0x00, 0x20]] = False
    return lut


def _separate(text: str) -> str:
    """Turn every character but letters, digits, spaces and the joiner into a space.

    A vectorised lookup over the UTF-32 code points (one pass in C) rather
    than a regex substitution per punctuation mark.
    """
    if len(text) < 2048:
        return _SEP_RE.sub(" ", text)
    cps = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).copy()
    cps[_sep_lut()[np.minimum(cps, 0xFFFF)]] = 0x20
    return cps.tobytes().decode("utf-32-le")


_SHORT_KEY = 3
# Sections whose segments are independent texts: coreference and ambiguity
# are resolved per segment there, per document elsewhere.
_INDEPENDENT_SECTIONS = STANDALONE_SECTIONS
# least marginal probability of an NER person span's tokens to count it
_NER_MIN_CONFIDENCE = 0.4
# diacritics and tatweel that normalisation deletes after a word's last letter
_TRAILING_MARKS = frozenset(chr(c) for c in [*range(0x064B, 0x0660), 0x0670, 0x0640])


def _longest(cands: list) -> list:
    """Keep the longest non-overlapping ``(start, end, info)`` spans, sorted by start."""
    if len(cands) < 2:
        return cands
    # hits arrive ordered by end: when none starts before the previous one
    # ends there is nothing to choose (the common case)
    prev = -1
    for c in cands:
        if c[0] < prev:
            break
        prev = c[1]
    else:
        return cands
    cands.sort(key=lambda c: (c[0] - c[1], c[0]))
    kept = []
    for c in cands:
        s, e = c[0], c[1]
        for ks, ke, _ in kept:
            if s < ke and ks < e:
                break
        else:
            kept.append(c)
    kept.sort(key=lambda c: c[0])
    return kept


class KeyInfo(NamedTuple):
    """What a matched key stands for (precomputed per automaton key)."""

    stop: bool  # a stop phrase: swallows the span, yields nothing
    firm: str | None  # the single entity id of a plain (non-partial, unambiguous) key
    plain: tuple[str, ...]  # candidate ids of the plain rows (several: ambiguous)
    first: tuple[str, str] | None  # (label, form) of the first plain row
    coref: tuple[tuple[str, str], ...]  # (id, label) of partial-name rows
    idxs: tuple[int, ...]  # pattern rows
    direct: tuple[str, str, str] | None  # (id, label, form) when no context is needed


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
        # Every key is indexed as " " + proclitics + pattern + " " over text
        # whose separators are spaces, so the automaton itself enforces word
        # boundaries and clitic chains: it reports only whole-word hits and
        # no per-hit boundary checks run in Python.
        keys: dict[str, list] = {}
        for idx, (_pid, _label, pattern, _form, _coref) in enumerate(self._rows):
            key = _separate(normalize(pattern)).strip()
            if not key:
                continue
            if key.startswith("ال") and len(key) > 3:
                variants = [(c + key, len(c), len(key)) for c in _PREFIXES if not c.endswith("ل")]
                # ل + ال is written لل: the first ل is the preposition
                variants += [(c + "ل" + key[1:], len(c) + 1, len(key) - 1) for c in _LIL_PREFIXES]
            else:
                prefixes = _PREFIXES_SHORT if len(key) <= _SHORT_KEY else _PREFIXES
                variants = [(c + key, len(c), len(key)) for c in prefixes]
            for k, skip, span in variants:
                entry = keys.setdefault(" " + k + " ", [skip, span, []])
                entry[2].append(idx)
        automaton = ahocorasick.Automaton()
        for k, (skip, span, idxs) in keys.items():
            automaton.add_word(k, (len(k), skip, span, self._key_info(idxs)))
        automaton.make_automaton()
        self._automaton = automaton

    def _key_info(self, idxs: list[int]) -> KeyInfo:
        # Precomputed once per key so that per-hit work stays small.
        rows = [self._rows[i] for i in idxs]
        plain = [r for r in rows if not r[4]]
        plain_ids = tuple(dict.fromkeys(i for r in plain for i in r[0].split(AMBIGUOUS_SEP)))
        firm = plain_ids[0] if len(plain_ids) == 1 and len({r[0] for r in plain}) == 1 else None
        stop = any(r[0] == STOP_ID for r in rows)
        coref = tuple(dict.fromkeys((r[0], r[1]) for r in rows if r[4]))
        direct = (firm, plain[0][1], plain[0][3]) if firm and not stop and not coref else None
        return KeyInfo(
            stop=stop,
            firm=firm,
            plain=plain_ids,
            first=(plain[0][1], plain[0][3]) if plain else None,
            coref=coref,
            idxs=tuple(idxs),
            direct=direct,
        )

    def match(self, normalized: str) -> list[tuple[int, int, KeyInfo]]:
        """Return longest non-overlapping matches in a normalised text.

        Args:
            normalized: text already passed through :func:`marsad.text.normalize`.

        Returns:
            ``(start, end, info)`` spans over ``normalized`` (clitics
            excluded), sorted by start; ``info.idxs`` lists the pattern rows
            (see :meth:`row`); stop phrases included.
        """
        if self._automaton is None:
            self._build()
        if not normalized or len(self._automaton) == 0:
            return []
        padded = " " + _separate(normalized) + " "
        # key k matched at padded[p : p + len(k)]; its pattern starts after the
        # leading space and the proclitics: normalized index p + skip
        cands = [
            (end - klen + 1 + skip, end - klen + 1 + skip + span, info)
            for end, (klen, skip, span, info) in self._automaton.iter(padded)
        ]
        return _longest(cands)

    def match_many(self, normalized: list[str]) -> list[tuple[int, list[tuple[int, int, KeyInfo]]]]:
        """Match many normalised texts in one automaton pass.

        The texts are joined (with a separator no key crosses) so that the
        whole batch costs one C-level scan and texts without hits cost no
        Python work at all.

        Returns:
            ``(text_index, [(start, end, info), …])`` for each text with hits,
            with the same selection as :meth:`match`.
        """
        if self._automaton is None:
            self._build()
        if not normalized or len(self._automaton) == 0:
            return []
        joined = " " + _separate(_JOIN.join(normalized)) + " "
        starts, pos = [], 1
        step = len(_JOIN)
        for t in normalized:
            starts.append(pos)
            pos += len(t) + step
        starts.append(len(joined) + 1)
        out = []
        k, base, nxt, cands = 0, starts[0], starts[1], []
        for end, (klen, skip, span, info) in self._automaton.iter(joined):
            p = end - klen + 2 + skip  # after the key's leading space and the proclitics
            if p >= nxt:
                if cands:
                    out.append((k, _longest(cands)))
                    cands = []
                k = bisect_right(starts, p) - 1
                base, nxt = starts[k], starts[k + 1]
            p -= base
            cands.append((p, p + span, info))
        if cands:
            out.append((k, _longest(cands)))
        return out

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


def _resolve(pending, firm: Counter) -> list[tuple]:
    """Resolve partial names and ambiguous forms of one scope.

    Args:
        pending: ``(k, start, end, info)`` hits that need context.
        firm: unambiguous full-name mentions per entity id in the scope.

    Returns:
        ``(k, start, end, entity_id, label, form)`` for the hits kept.
    """
    out = []
    for seg, s, e, info in pending:
        if info.stop:
            continue
        if info.coref:
            licensed = [c for c in info.coref if firm[c[0]]]
            if len(licensed) == 1:
                out.append((seg, s, e, licensed[0][0], licensed[0][1], "alias"))
                continue
            if licensed:
                continue  # two people of this scope share the partial name
        if info.first is None:
            continue
        label, form = info.first
        if len(info.plain) == 1:
            out.append((seg, s, e, info.plain[0], label, form))
            continue
        ranked = sorted(((firm[i], i) for i in info.plain if firm[i]), reverse=True)
        if ranked and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
            out.append((seg, s, e, ranked[0][1], label, form))
    return out


def find_mentions(
    corpus_or_segments,
    *,
    entity_types: tuple[str, ...] | list[str] | None = None,
    demonyms: bool = True,
    capitals: bool = True,
    ner: bool = True,
    ner_sections: tuple[str, ...] | None = None,
    skip_duplicates: bool = True,
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
            (``form="ner"``, ``entity_id="ner:<slug>"``). On by default so
            reports count every person a page names; it costs far more than
            the matcher (about 9,000 words/s), so pass ``ner=False`` (or
            ``ner_sections=("title", "paragraph")``) for very large corpora.
            Only spans of two words or more, not inside a quotation and
            without words of ``data/ner/not_names.txt`` count.
        ner_sections: sections NER runs on (default: all).
        skip_duplicates: leave out headlines that repeat an earlier one word
            for word (``duplicate_of`` set by the corpus reader and the same
            normalised text), so they count once.
        matcher: a custom :class:`Matcher` (default: the KB in data/kb).
        extra_people: more people CSV files for the default matcher.

    Returns:
        One row per mention with :data:`MENTION_COLUMNS`; ``start``/``end``
        are offsets into the original segment text.
    """
    segs = _segments_frame(corpus_or_segments)
    if skip_duplicates and "duplicate_of" in segs:
        segs = _drop_exact_duplicates(segs)
    matcher = matcher or default_matcher(extra_people=tuple(extra_people))
    texts = [t if isinstance(t, str) else "" for t in segs["text"].tolist()]
    norms = [t if isinstance(t, str) else "" for t in segs["normalized"].tolist()] if "normalized" in segs else None
    doc_ids = segs["doc_id"].tolist()
    sections = segs["section"].tolist()
    positions = segs["position"].tolist()

    if norms is None:
        # one translate over the whole batch; the joiner survives normalisation
        norms = normalize(_JOIN.join(texts)).split(_JOIN) if texts else []
        if len(norms) != len(texts):  # a text contained the joiner itself
            norms = [normalize(t) for t in texts]
    # Most hits need no context (a full name, an unambiguous country form)
    # and are final at once; partial names and ambiguous forms wait for the
    # counts of their scope (document, or the single ticker/related headline).
    resolved = []
    firm: dict[tuple, Counter] = defaultdict(Counter)
    pending: dict[tuple, list] = defaultdict(list)
    for k, hits in matcher.match_many(norms):
        scope = (doc_ids[k], positions[k]) if sections[k] in _INDEPENDENT_SECTIONS else (doc_ids[k], None)
        counts = firm[scope]
        for s, e, info in hits:
            d = info.direct
            if d is not None:
                counts[d[0]] += 1
                resolved.append((k, s, e, d[0], d[1], d[2]))
            elif info.firm is not None or not info.stop:
                if info.firm is not None:
                    counts[info.firm] += 1
                pending[scope].append((k, s, e, info))
    for scope, hits in pending.items():
        resolved.extend(_resolve(hits, firm[scope]))
    if pending:  # context-free hits are already in text order
        resolved.sort(key=lambda r: (r[0], r[1]))

    # filters apply after longest-match selection (المغربية never falls back
    # to المغرب); with NER on they wait until NER spans have been merged
    drop_forms = set() if ner else ({"demonym"} if not demonyms else set()) | ({"capital"} if not capitals else set())
    types = None if (ner or entity_types is None) else set(entity_types)
    en, ar = _labels()
    offsets: dict[int, np.ndarray | list | None] = {}
    table = _text_table()
    cols: list[list] = [[] for _ in MENTION_COLUMNS]
    (c_doc, c_sec, c_pos, c_id, c_type, c_en, c_ar, c_form, c_surf, c_start, c_end) = cols
    stale: set[int] = set()

    def emit(k, s, e, eid, label, form, norm):
        text = texts[k]
        if k not in offsets:
            offsets[k] = _offsets(text, norm)
        off = offsets[k]
        if off is None:
            start, end = s, e
        elif isinstance(off, list):  # only deletions: shift by those before
            start, end = s + bisect_right(off, s), e + bisect_right(off, e - 1)
        else:
            if e > len(off) - 1:
                return False
            start, end = int(off[s]), int(off[e - 1]) + 1
        # a normalized column computed by another normalisation would map
        # to the wrong characters: check both ends of the span
        if end > len(text) or table.get(ord(text[start]), text[start])[:1] != norm[s] \
                or table.get(ord(text[end - 1]), text[end - 1])[-1:] != norm[e - 1]:
            return False
        while end < len(text) and text[end] in _TRAILING_MARKS:  # مغربياً keeps its tanwin
            end += 1
        c_doc.append(doc_ids[k])
        c_sec.append(sections[k])
        c_pos.append(positions[k])
        c_id.append(eid)
        c_type.append(label)
        c_en.append(en.get(eid, ""))
        c_ar.append(ar.get(eid, ""))
        c_form.append(form)
        c_surf.append(text[start:end])
        c_start.append(start)
        c_end.append(end)
        return True

    for k, s, e, eid, label, form in resolved:
        if form in drop_forms or (types is not None and label not in types) or k in stale:
            continue
        if not emit(k, s, e, eid, label, form, norms[k]):
            stale.add(k)
    if stale:
        log.warning("the normalized column disagrees with normalize(text) in %d segment(s); re-normalised them",
                    len(stale))
        for k in stale:
            offsets.pop(k, None)
        _rematch(stale, matcher, texts, doc_ids, sections, positions, firm, drop_forms, types, emit, cols)
    # numpy arrays build a frame ~3x faster than lists of Python strings
    out = pd.DataFrame({
        name: np.asarray(col, dtype=np.int64 if name in ("position", "start", "end") else object)
        for name, col in zip(MENTION_COLUMNS, cols)
    })
    if stale:
        order = {key: i for i, key in enumerate(zip(doc_ids, positions))}
        out = out.assign(_k=[order[key] for key in zip(out["doc_id"], out["position"])])
        out = out.sort_values(["_k", "start"], kind="stable").drop(columns="_k").reset_index(drop=True)
    if out.empty:  # keep the string dtype an inferred frame would have
        out = out.astype({c: "str" for c in MENTION_COLUMNS if c not in ("position", "start", "end")})
    out["start"] = out["start"].astype("int64")
    out["end"] = out["end"].astype("int64")
    if ner:
        out = _merge_ner(out, segs, texts, ner_sections)
        if not demonyms:
            out = out[out["form"] != "demonym"]
        if not capitals:
            out = out[out["form"] != "capital"]
        if entity_types is not None:
            out = out[out["entity_type"].isin(list(entity_types))]
        order = {key: i for i, key in enumerate(zip(doc_ids, positions))}
        out = out.assign(_k=[order.get(key, 0) for key in zip(out["doc_id"], out["position"])])
        out = out.sort_values(["_k", "start"], kind="stable").drop(columns="_k").reset_index(drop=True)
    return out[MENTION_COLUMNS]


@lru_cache(maxsize=1)
def _labels() -> tuple[dict, dict]:
    labels = load_kb().labels().set_index("id")
    return labels["label_en"].to_dict(), labels["label_ar"].to_dict()


def _offsets(text: str, norm: str) -> np.ndarray | list[int] | None:
    """Return how normalised offsets map back to ``text``.

    None: identity (nothing deleted or expanded). A list: normalisation only
    deleted characters (diacritics, tatweel, controls); entry ``j`` is the
    normalised index at which the ``j``-th deletion happened, so a normalised
    index ``n`` is original ``n + bisect_right(list, n)``. Otherwise (rare
    ligatures that expand) the full :func:`marsad.text.normalize_map` array.
    """
    if len(norm) == len(text) and not _expanding_re().search(text):
        return None  # one character for one: offsets did not move
    changes = list(_table_changes_re().finditer(text))
    if not changes:
        return None
    table = _text_table()
    if any(len(table[ord(m.group())]) > 1 for m in changes):
        return normalize_map(text)[1]
    return [m.start() - j for j, m in enumerate(changes)]


@lru_cache(maxsize=1)
def _expanding_re() -> re.Pattern:
    # characters normalisation turns into several (ligatures, ¼): only with
    # them can equal lengths hide a deletion
    chars = [chr(cp) for cp, out in _text_table().items() if len(out) > 1]
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]")


@lru_cache(maxsize=1)
def _table_changes_re() -> re.Pattern:
    # any character normalisation deletes or expands shifts offsets
    chars = [chr(cp) for cp, out in _text_table().items() if len(out) != 1]
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]")


def _merge_ner(out: pd.DataFrame, segs: pd.DataFrame, texts: list[str], sections) -> pd.DataFrame:
    """Add NER person spans that no KB mention overlaps; link them to the KB by name."""
    try:
        from marsad.mentions import ner as ner_mod

        model = ner_mod.load_model()
    except FileNotFoundError as exc:
        warnings.warn(f"NER skipped: {exc}", stacklevel=3)
        return out
    keep = np.ones(len(segs), dtype=bool) if sections is None else segs["section"].isin(list(sections)).to_numpy()
    idx = np.flatnonzero(keep)
    spans = ner_mod.predict_spans([texts[k] for k in idx], model=model, types=("PERS",), min_confidence=_NER_MIN_CONFIDENCE)
    not_names = ner_mod.not_names()
    kb_keys = _person_keys()
    en, ar = _labels()
    taken = defaultdict(list)
    for rec in out.itertuples(index=False):
        taken[(rec.doc_id, rec.position)].append((rec.start, rec.end, rec.entity_type))
    new = []
    for k, seg_spans in zip(idx, spans):
        doc_id, section, position = segs["doc_id"].iat[k], segs["section"].iat[k], segs["position"].iat[k]
        for start, end, _typ in seg_spans:
            surface = texts[k][start:end]
            words = normalize(surface).split()
            # one word alone (رونو، إكس) is too often a brand or a common noun;
            # single names count only through the knowledge base
            if len(words) < 2 or any(w in not_names for w in words):
                continue
            # a name that fills a quotation names a thing (a stadium
            # "الأمير مولاي الحسن", a book, an operation), not the person
            if any(qs <= start and end <= qe for qs, qe in _quoted(texts[k])):
                continue
            overl = [t for t in taken[(doc_id, position)] if t[0] < end and start < t[1]]
            if any(t[2] != "country" or not (start <= t[0] and t[1] <= end and (end - start) > (t[1] - t[0])) for t in overl):
                continue
            if overl:  # a longer person name swallows a country form (تشاد in a name)
                out = out[~((out["doc_id"] == doc_id) & (out["position"] == position) & (out["start"] >= start) & (out["end"] <= end))]
            key = normalize(surface)
            eid = kb_keys.get(key, f"ner:{slugify(key)}")
            linked = not eid.startswith("ner:")
            new.append((doc_id, section, position, eid, "person", en.get(eid, ""), ar.get(eid, key),
                        "name" if linked else "ner", surface, start, end))
    new += _ner_partials(new, segs, texts, taken)
    if new:
        out = pd.concat([out, pd.DataFrame(new, columns=out.columns)], ignore_index=True)
    return out


def _ner_partials(found: list[tuple], segs: pd.DataFrame, texts: list[str], taken: dict) -> list[tuple]:
    """Find the surname of each NER-discovered person elsewhere in its scope (المجدوبي after عبد الإله المجدوبي)."""
    from marsad.mentions.kb import _PARTIAL_STOP

    by_scope: dict[tuple, dict[str, tuple]] = defaultdict(dict)
    for doc_id, section, position, eid, _t, _en, label_ar, form, _s, _a, _b in found:
        last = label_ar.split()[-1]
        if form == "ner" and len(last) >= 4 and last not in _PARTIAL_STOP:
            scope = (doc_id, position) if section in _INDEPENDENT_SECTIONS else (doc_id, None)
            names = by_scope[scope]
            if last not in names:
                names[last] = (eid, label_ar)
            elif names[last] is not None and names[last][0] != eid:
                names[last] = None  # two discovered people share the surname: it refers to neither
    by_scope = {sc: {w: v for w, v in names.items() if v} for sc, names in by_scope.items()}
    if not any(by_scope.values()):
        return []
    spans = defaultdict(list)
    for r in found:
        spans[(r[0], r[2])].append((r[9], r[10]))
    out = []
    for k, (doc_id, section, position) in enumerate(zip(segs["doc_id"], segs["section"], segs["position"])):
        names = by_scope.get((doc_id, position) if section in _INDEPENDENT_SECTIONS else (doc_id, None))
        if not names:
            continue
        text = texts[k]
        norm = normalize(text)
        pattern = re.compile(r"(?<!\w)(?:[وف]?[بلك]?)(" + "|".join(map(re.escape, names)) + r")(?!\w)")
        off = None
        busy = [(a, b) for a, b, _t in taken[(doc_id, position)]] + spans.get((doc_id, position), [])
        for m in pattern.finditer(norm):
            if off is None:
                off = _offsets(text, norm)
            s, e = m.span(1)
            if isinstance(off, list):
                s, e = s + bisect_right(off, s), e + bisect_right(off, e - 1)
            elif off is not None:
                s, e = int(off[s]), int(off[e - 1]) + 1
            if any(a < e and s < b for a, b in busy):
                continue
            eid, label_ar = names[m.group(1)]
            out.append((doc_id, section, position, eid, "person", "", label_ar, "alias", text[s:e], s, e))
    return out


def _rematch(stale, matcher, texts, doc_ids, sections, positions, firm, drop_forms, types, emit, cols) -> None:
    """Match again the segments whose given normalised text was stale, from their own text."""
    gone = {(doc_ids[k], positions[k]) for k in stale}
    keep = [i for i in range(len(cols[0])) if (cols[0][i], cols[2][i]) not in gone]
    for col in cols:
        col[:] = [col[i] for i in keep]
    for k in sorted(stale):
        norm = normalize(texts[k])
        scope = (doc_ids[k], positions[k]) if sections[k] in _INDEPENDENT_SECTIONS else (doc_ids[k], None)
        hits = [(k, s, e, info) for s, e, info in matcher.match(norm)]
        for _k, s, e, eid, label, form in _resolve(hits, firm[scope]):
            if form not in drop_forms and (types is None or label in types):
                emit(k, s, e, eid, label, form, norm)


def _drop_exact_duplicates(segs: pd.DataFrame) -> pd.DataFrame:
    """Drop headlines whose normalised text repeats the one ``duplicate_of`` points to.

    Near duplicates (a reworded headline: أمير المؤمنين يأذن… after وضع نص
    فتوى…) stay: they can name entities the earlier headline did not.
    """
    dup = segs["duplicate_of"].notna().to_numpy()
    if not dup.any():
        return segs
    col = "normalized" if "normalized" in segs else "text"
    text_at = dict(zip(zip(segs["doc_id"], segs["position"]), segs[col]))
    same = np.zeros(len(segs), dtype=bool)
    for i in np.flatnonzero(dup):
        ref = text_at.get((segs["doc_id"].iat[i], int(segs["duplicate_of"].iat[i])))
        here = segs[col].iat[i]
        if isinstance(ref, str) and isinstance(here, str):
            same[i] = ref == here if col == "normalized" else normalize(ref) == normalize(here)
    return segs[~same]


_QUOTED_RE = re.compile(r"[\"«“'](?P<q>[^\"»”'\n]{1,80})[\"»”']")


def _quoted(text: str) -> list[tuple[int, int]]:
    return [(m.start("q"), m.end("q")) for m in _QUOTED_RE.finditer(text)]


def _person_keys() -> dict[str, str]:
    pats = load_kb().patterns
    pats = pats[(pats["label"] == "person") & ~pats["coref"].astype(bool)]
    return dict(zip(pats["pattern"].map(normalize), pats["id"]))
