"""The knowledge-base matcher: one Aho-Corasick pass over normalised Arabic text.

The matcher has the shape of spaCy's EntityRuler: patterns are rows
(``id``, ``label``, ``pattern``) kept in data files (``marsad/data/kb/``), more
can be added with :meth:`Matcher.add_patterns`, ``len(matcher)`` counts
patterns and ``"Q7747" in matcher`` asks for an id or label; overlapping
matches resolve as longest-non-overlapping-match-wins.

* Text and patterns are normalised with :func:`marsad.lang.text.normalize`
  (diacritics, alef/hamza forms, ى→ي, ة→ه, tatweel, bidi controls), so
  ``بوتين``/``بوتِين`` and ``المغربية``/``المغربيه`` are the same key.
* Every key is indexed as ``" " + proclitics + pattern + " "`` over text whose
  separators are spaces, so the automaton itself only reports whole words
  preceded by a proclitic chain: و ف (conjunctions) then ب ل ك
  (prepositions): وبوتين، لروسيا، بالمغرب، وبالمغرب. Because ل + ال is written
  لل (للمغرب), every pattern starting with ال is also indexed as لل + rest,
  whose first letter is the preposition. Keys of three letters or fewer take
  only و/ف (بروس is Bruce, not Russians).
* Longest match wins (المغربية is one demonym mention, never also المغرب);
  stop phrases (صلاة المغرب، أمريكا اللاتينية) win and say nothing. The
  selection is linear: hits are sorted once, cut into clusters of
  overlapping hits with a running maximum, and only clusters of three hits or
  more are resolved in Python, each with an occupancy mask bounded by the
  cluster (work proportional to the cluster's hits times the longest key).
* :meth:`Matcher.scan` returns numpy arrays (segment, start, end, key) for a
  whole batch, so the Python work per hit is one tuple made by pyahocorasick.
"""
from __future__ import annotations

import codecs
import gc
import re
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

import ahocorasick
import numpy as np
import pandas as pd

from marsad.lang.text import normalize
from marsad.mentions.kb import AMBIGUOUS_SEP, STOP_ID, load_kb

__all__ = ["Matcher", "KeyInfo", "default_matcher", "default_probes", "FORMS", "JOIN"]

FORMS = ("name", "demonym", "capital", "alias", "ner")
# conjunction then preposition; ال is part of the patterns themselves
_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ل", "ك")
_PREFIXES = frozenset(c + p for c in _CONJ for p in _PREP)
_PREFIXES_SHORT = frozenset(_CONJ)
# the preposition ل before ال drops the alef: ل + المغرب = للمغرب
_LIL_PREFIXES = frozenset(_CONJ)
_SHORT_KEY = 3
# Matcher.match selects in plain Python up to this many hits in one text (numpy above)
_SMALL_MATCH = 48
# Separators (anything but letters, digits and spaces) become spaces, one
# character for one, so offsets do not move (U+060C ، glued to a word included).
_SEP_RE = re.compile(r"[^\w \x00]|_")
# joins segments for one automaton pass; no key contains it, so no match
# crosses from one segment into the next
JOIN = " \x00 "
_SEP_SLICE = 1 << 18


@lru_cache(maxsize=1)
def _sep_lut() -> np.ndarray:
    lut = np.array([not chr(cp).isalnum() for cp in range(0x10000)], dtype=bool)
    lut[[0x00, 0x20]] = False
    return lut


@lru_cache(maxsize=1)
def _sep_lut16() -> np.ndarray:
    """UTF-16 code unit -> itself, or a space for a separator (surrogates too: see :func:`separate`)."""
    return np.where(_sep_lut(), 0x20, np.arange(0x10000)).astype(np.uint16)


def separate(text: str) -> str:
    """Turn every character but letters, digits, spaces and the joiner into a space.

    A vectorised lookup over the UTF-16 code units (one pass in C) rather
    than a regex substitution per punctuation mark. A character outside the
    BMP (an emoji) is two surrogate units: the first becomes the space, the
    second is dropped, so it is one space as any other separator and offsets
    do not move.
    """
    if len(text) < 2048:
        return _SEP_RE.sub(" ", text)
    units = np.frombuffer(text.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
    lut = _sep_lut16()
    mapped = np.empty_like(units)
    # in slices: take turns its indices into a temporary intp array, kept in cache this way
    for i in range(0, len(units), _SEP_SLICE):
        lut.take(units[i:i + _SEP_SLICE], out=mapped[i:i + _SEP_SLICE], mode="clip")  # (every unit is in range)
    if len(units) != len(text):
        mapped = mapped[(units < 0xDC00) | (units >= 0xE000)]
    out = codecs.utf_16_le_decode(mapped, "surrogatepass", True)[0]
    if len(out) == len(text):
        return out
    # lone surrogates: code point by code point
    cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).copy()
    cps[_sep_lut()[np.minimum(cps, 0xFFFF)]] = 0x20
    return cps.tobytes().decode("utf-32-le")


class KeyInfo(NamedTuple):
    """What a matched key stands for (precomputed per automaton key)."""

    stop: bool  # a stop phrase: swallows the span, yields nothing
    firm: str | None  # the single entity id of a plain (non-partial, unambiguous) key
    plain: tuple[str, ...]  # candidate ids of the plain rows (several: ambiguous)
    first: tuple[str, str] | None  # (label, form) of the first plain row
    coref: tuple[tuple[str, str], ...]  # (id, label) of partial-name rows
    idxs: tuple[int, ...]  # pattern rows
    direct: tuple[str, str, str] | None  # (id, label, form) when no context is needed
    surname: tuple[tuple[str, str], ...] = ()  # the coref rows whose partial is the last word of a full name
    coref_ids: frozenset = frozenset()  # the ids of ``coref``, to test a scope's counts against them at once


def select_longest(start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Return the indices of the longest non-overlapping spans, in start order.

    Longest first; among equally long overlapping spans the earlier start
    wins. Linear apart from one sort: spans are cut into clusters of
    transitively overlapping spans with a running maximum of the ends; a
    cluster of one span is kept, of two keeps its longer span, and only
    larger clusters are resolved span by span with an occupancy mask the
    size of the cluster.

    Args:
        start, end: span bounds (any integer coordinates; ``end`` exclusive).
    """
    n = len(start)
    if n < 2:
        return np.arange(n)
    # np.lexsort((-end, start)) as one stable sort of a combined integer key (start, then longer first)
    span = end - start
    top = int(span.max())
    lo = int(start.min())
    order = np.argsort((start - lo) * (top + 1) + (top - span), kind="stable")
    s, e = start[order], end[order]
    runmax = np.maximum.accumulate(e)
    brk = np.empty(n, dtype=bool)
    brk[0] = True
    brk[1:] = s[1:] >= runmax[:-1]
    if brk.all():
        return order
    cid = np.cumsum(brk) - 1
    size = np.bincount(cid)[cid]
    keep = size == 1
    # clusters of two: the longer span, or the earlier one of equal length
    two = np.flatnonzero(brk & (size == 2))
    if len(two):
        first_wins = (e[two] - s[two]) >= (e[two + 1] - s[two + 1])
        keep[two[first_wins]] = True
        keep[two[~first_wins] + 1] = True
    big = np.flatnonzero(brk & (size > 2))
    if len(big):
        # most larger clusters are one span holding the others (كوريا الشمالية over كوريا): the
        # cluster's first longest span (earliest start among the longest) covers the whole cluster
        length = e - s
        longest = np.maximum.reduceat(length, np.flatnonzero(brk))[cid]
        first = np.flatnonzero(length == longest)
        c = cid[first]  # (ascending, as ``first`` is: the first of each cluster where it changes, as np.unique's
        first = first[np.concatenate(([True], c[1:] != c[:-1]))]  # return_index gave by a sort) one per cluster, earliest
        lead = first[cid[big]]
        last = big + size[big] - 1
        covers = (s[lead] == s[big]) & (e[lead] == runmax[last])
        keep[lead[covers]] = True
        for b in big[~covers].tolist():
            m = int(size[b])
            # only this cluster's bounds as Python ints (not the whole batch's)
            sl, el = s[b:b + m].tolist(), e[b:b + m].tolist()
            base = sl[0]
            occ = bytearray(int(runmax[b + m - 1]) - base)
            for i in sorted(range(m), key=lambda i: (sl[i] - el[i], sl[i])):
                lo, hi = sl[i] - base, el[i] - base
                if occ.find(1, lo, hi) < 0:
                    occ[lo:hi] = b"\x01" * (hi - lo)
                    keep[b + i] = True
    return order[keep]


def _longest(cands: list) -> list:
    """Keep the longest non-overlapping ``(start, end, info)`` spans, sorted by start."""
    if len(cands) < 2:
        return cands
    idx = select_longest(np.fromiter((c[0] for c in cands), np.int64, len(cands)),
                         np.fromiter((c[1] for c in cands), np.int64, len(cands)))
    return [cands[i] for i in idx.tolist()]


_FIRST, _SECOND = itemgetter(0), itemgetter(1)

# the automaton's first levels, made before its keys (see _automaton_of)
_FIRST_LEVELS = 5


def _automaton_of(keys: list[str]) -> ahocorasick.Automaton:
    """A pyahocorasick automaton of ``keys`` with the value of each its index, laid out for speed: the same keys
    and hits (in the same order) as one with the keys added in any order.

    A node searches its children one by one in the order they were added: the keys are added sorted by their
    letters' ranks in the keys' letter frequencies, so that the more frequent letter comes first at every node.
    The nodes of the first :data:`_FIRST_LEVELS` levels, which the pass over a text visits most, are made first,
    level by level (each prefix added as a key, then removed unless it is one), so that they lie near each other
    in memory. The pass over the three ANT outlets' normalised texts (CPU s, best of 9 interleaved rounds): 0.41
    with the keys added in id order, 0.39 with the frequent letters first, 0.36 with both (building the automaton
    takes 0.15 s in id order, 0.31 s so, once per process)."""
    letters, counts = np.unique(np.frombuffer("".join(keys).encode("utf-32-le", "surrogatepass"),
                                              dtype=np.uint32), return_counts=True)
    rank = dict(zip(letters[np.argsort(-counts, kind="stable")].tolist(), range(len(letters))))
    automaton = ahocorasick.Automaton()
    prefixes = {p[:n] for p in {k[:_FIRST_LEVELS] for k in keys} for n in range(1, len(p) + 1)}
    prefixes = sorted(prefixes, key=lambda p: (len(p), p.translate(rank)))
    for p in prefixes:
        automaton.add_word(p, -1)
    for key, kid in sorted(zip(keys, range(len(keys))), key=lambda kv: kv[0].translate(rank)):
        automaton.add_word(key, kid)  # (a prefix that is a key takes its value)
    for p in set(prefixes).difference(keys):
        automaton.remove_word(p)
    automaton.make_automaton()
    return automaton


class Matcher:
    """Multi-pattern matcher over normalised Arabic text (EntityRuler-like).

    Args:
        patterns: optional rows with ``id``, ``label``, ``pattern`` and
            optionally ``form`` (default ``"name"``) and ``coref`` (default
            False); ``id`` ``"-"`` marks a stop phrase.
    """

    def __init__(self, patterns: pd.DataFrame | list[dict] | None = None, *, probes: tuple[str, ...] = ()):
        self._rows: list[tuple[str, str, str, str, bool]] = []
        self._ids: set[str] = set()
        self._labels: set[str] = set()
        self._automaton = None
        self._inner_words: dict[str, frozenset] = {}
        self._probes: tuple[str, ...] = ()
        if patterns is not None:
            self.add_patterns(patterns)
        if probes:
            self.add_probes(probes)

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

    @property
    def probes(self) -> tuple[str, ...]:
        """The probe words (:meth:`add_probes`), in the order of their indices."""
        return self._probes

    def add_probes(self, words) -> None:
        """Add probe words: strings of normalised, separated text that the automaton's pass also finds (anywhere,
        even inside a word), for :meth:`scan_joined` to report apart from the matches (``probes=``). They take no
        part in matching: :meth:`scan`, :meth:`match` and the keys' ids are what they are without them. A probe
        holds no space at both ends (no key's shape); the automaton is rebuilt on the next match when one is new.

        The mention stage's passes take the places of the words they look for from here instead of searching the
        texts again (:func:`default_probes`)."""
        new = tuple(w for w in dict.fromkeys(words) if w not in self._probes)
        for w in new:
            if not w or (w.startswith(" ") and w.endswith(" ")):
                raise ValueError(f"a probe is a non-empty string that does not start and end with a space: {w!r}")
        if new:
            self._probes = self._probes + new
            self._automaton = None

    def _build(self):
        keys: dict[str, list] = {}
        # every row's key once (normalisation is the costly part of building)
        self._row_keys = [separate(normalize(pattern)).strip() for _p, _l, pattern, _f, _c in self._rows]
        # the first words of the knowledge base's full names of people: a preposition glued to a country key that
        # spells such a given name is that name (كارمن is Carmen, not ك + ارمن 'like Armenians')
        given = {key.split()[0] for (_p, label, _pat, _f, coref), key in zip(self._rows, self._row_keys)
                 if label == "person" and not coref and len(key.split()) > 1}
        for idx, key in enumerate(self._row_keys):
            if not key:
                continue
            # an article key is one written with ال; a name that opens with a hamza on its alif (ألمانيا، إلهام)
            # normalises to ال too but takes every proclitic: لألمانيا is ل + ألمانيا, never written للمانيا
            if key.startswith("ال") and len(key) > 3 and self._rows[idx][2].lstrip()[:2] == "ال":
                variants = [(c + key, len(c), len(key)) for c in _PREFIXES if not c.endswith("ل")]
                # ل + ال is written لل: the first ل is the preposition
                variants += [(c + "ل" + key[1:], len(c) + 1, len(key) - 1) for c in _LIL_PREFIXES]
            else:
                # a short key (مصر، قطر، روس، سول) takes only و/ف, since ب/ل/ك + three letters is often another
                # word (بروس Bruce, كروس Kroos, بسول); but a country's own name is written بمصر، لمصر، لقطر
                # far more often than anything else, so a name row takes every proclitic
                short = len(key) <= _SHORT_KEY and self._rows[idx][3] != "name"
                prefixes = _PREFIXES_SHORT if short else _PREFIXES
                variants = [(c + key, len(c), len(key)) for c in prefixes
                            if not (c and c[-1] in "بلك" and self._rows[idx][1] != "person" and c[-1] + key in given)]
            for k, skip, span in variants:
                entry = keys.setdefault(" " + k + " ", [skip, span, []])
                entry[2].append(idx)
        # (id, last word) of every multi-word full name: a partial equal to it is a surname
        self._last_words = {(row[0], key.split()[-1]) for row, key in zip(self._rows, self._row_keys)
                            if not row[4] and len(row[2].split()) > 1 and key}
        infos, lead, spans = [], [], []
        # a pattern's proclitic variants share their rows: one KeyInfo per set of rows
        memo: dict[tuple[int, ...], KeyInfo] = {}
        for kid, (k, (skip, span, idxs)) in enumerate(keys.items()):
            rows = tuple(idxs)
            info = memo.get(rows)
            if info is None:
                info = memo[rows] = self._key_info(idxs)
            infos.append(info)
            # pyahocorasick reports the index of the key's last character (its
            # trailing space): the pattern starts len(k) - 2 - skip before it
            lead.append(len(k) - 2 - skip)
            spans.append(span)
        # the probes after the keys: a probe's value is len(keys) + its index (see add_probes)
        automaton = _automaton_of(list(keys) + list(self._probes))
        self._n_keys = len(keys)
        self._probe_len = np.asarray([len(p) for p in self._probes], dtype=np.int64)
        self._infos = infos
        self._inner_words = {}
        self._lead = np.asarray(lead, dtype=np.int64)
        self._span = np.asarray(spans, dtype=np.int64)
        self._lead_span = list(zip(lead, spans))  # the same, for one short text without numpy (match)
        self._automaton = automaton

    def _key_info(self, idxs: list[int]) -> KeyInfo:
        # Precomputed once per key so that per-hit work stays small.
        rows = [self._rows[i] for i in idxs]
        plain = [r for r in rows if not r[4]]
        plain_ids = tuple(dict.fromkeys(i for r in plain for i in r[0].split(AMBIGUOUS_SEP)))
        firm = plain_ids[0] if len(plain_ids) == 1 and len({r[0] for r in plain}) == 1 else None
        stop = any(r[0] == STOP_ID for r in rows)
        coref = tuple(dict.fromkeys((r[0], r[1]) for r in rows if r[4]))
        surname = tuple(dict.fromkeys((self._rows[i][0], self._rows[i][1]) for i in idxs
                                      if self._rows[i][4] and (self._rows[i][0], self._row_keys[i]) in self._last_words))
        direct = (firm, plain[0][1], plain[0][3]) if firm and not stop and not coref else None
        return KeyInfo(
            stop=stop,
            firm=firm,
            plain=plain_ids,
            first=(plain[0][1], plain[0][3]) if plain else None,
            coref=coref,
            idxs=tuple(idxs),
            direct=direct,
            surname=surname,
            coref_ids=frozenset(c[0] for c in coref),
        )

    @property
    def infos(self) -> list[KeyInfo]:
        """Return the :class:`KeyInfo` of every automaton key (index = key id of :meth:`scan`)."""
        if self._automaton is None:
            self._build()
        return self._infos

    def scan(self, normalized: list[str], *, lengths: np.ndarray | None = None
             ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Match a batch of normalised texts in one automaton pass.

        ``lengths``: the texts' lengths, when the caller has them.

        Returns:
            ``(text_index, start, end, key)`` arrays of the longest
            non-overlapping hits, sorted by text then start; offsets are into
            each normalised text (clitics excluded); ``key`` indexes
            :attr:`infos` (stop phrases included).
        """
        if self._automaton is None:
            self._build()
        empty = np.zeros(0, dtype=np.int64)
        if not normalized or len(self._automaton) == 0:
            return empty, empty, empty, empty
        # the joiner before the first text and after the last one: a space at either end
        start, end, kid = self.scan_joined(separate(JOIN.join(["", *normalized, ""])))
        if not len(kid):
            return empty, empty, empty, empty
        # text t starts at offset len(JOIN) + sum(len(previous) + len(JOIN)) of the joined string
        if lengths is None:
            lengths = np.fromiter(map(len, normalized), dtype=np.int64, count=len(normalized))
        base = np.empty(len(normalized), dtype=np.int64)
        base[0] = len(JOIN)
        np.cumsum(lengths[:-1] + len(JOIN), out=base[1:])
        base[1:] += len(JOIN)
        k = np.searchsorted(base, start, side="right") - 1
        return k, start - base[k], end - base[k], kid

    def scan_joined(self, joined: str, lo: int = 0, hi: int | None = None, *, probes: list | None = None
                    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Match ``joined[lo:hi]``, normalised texts already joined with :data:`JOIN` and :func:`separate`d.

        ``probes``: a list to append the places of the probe words (:meth:`add_probes`) to, as one pair of arrays
        ``(start, probe index)`` (offsets into ``joined``, every place of every probe, in the order the pass meets
        their ends); without it they are left out.

        Returns:
            ``(start, end, key)`` arrays of the longest non-overlapping hits, offsets into
            ``joined``, ascending (see :meth:`scan`).
        """
        if self._automaton is None:
            self._build()
        empty = np.zeros(0, dtype=np.int64)
        if len(self._automaton) == 0:
            return empty, empty, empty
        hi = len(joined) if hi is None else hi
        # pyahocorasick copies its whole input to 4-byte characters on every call (a text of 2-byte characters,
        # as Arabic is), whatever part of it is read: a part is read from its own copy
        text = joined if (lo, hi) == (0, len(joined)) else joined[lo:hi]
        gc_was = gc.isenabled()
        gc.disable()  # one tuple per hit: no cyclic-GC passes over the caller's big lists meanwhile
        try:
            hits = list(self._automaton.iter(text))
        finally:
            if gc_was:
                gc.enable()
        if not hits:
            return empty, empty, empty
        # (each field of the hits' tuples read by one fromiter: cheaper than one over the chained pairs, then split)
        n = len(hits)
        kid = np.fromiter(map(_SECOND, hits), dtype=np.int64, count=n)
        start = np.fromiter(map(_FIRST, hits), dtype=np.int64, count=n)
        if self._probes:  # (the probes' hits apart: their values follow the keys')
            is_probe = kid >= self._n_keys
            if is_probe.any():
                if probes is not None:
                    pid = kid[is_probe] - self._n_keys
                    probes.append((start[is_probe] - self._probe_len[pid] + 1 + (lo if text is not joined else 0),
                                   pid))
                is_key = ~is_probe
                kid, start = kid[is_key], start[is_key]
                if not len(kid):
                    return empty, empty, empty
        start -= self._lead[kid]
        if lo and text is not joined:
            start += lo
        end = start + self._span[kid]
        keep = select_longest(start, end)
        return start[keep], end[keep], kid[keep]

    def match(self, normalized: str) -> list[tuple[int, int, KeyInfo]]:
        """Return longest non-overlapping matches in a normalised text.

        Args:
            normalized: text already passed through :func:`marsad.lang.text.normalize`.

        Returns:
            ``(start, end, info)`` spans over ``normalized`` (clitics
            excluded), sorted by start; ``info.idxs`` lists the pattern rows
            (see :meth:`row`); stop phrases included.

        One text with few hits (a name, a headline) is matched in plain Python: the
        batch path's numpy arrays cost more than its work. The selection is the same
        as :func:`select_longest`'s (longest first, then the earlier start).
        """
        if self._automaton is None:
            self._build()
        if not normalized or len(self._automaton) == 0:
            return []
        hits = []
        lead_span = self._lead_span
        # the text starts at offset 1 of " " + text + " "
        n_keys = self._n_keys
        for end, kid in self._automaton.iter(" " + separate(normalized) + " "):
            if kid >= n_keys:  # (a probe)
                continue
            lead, span = lead_span[kid]
            start = end - lead - 1
            hits.append((start, start + span, kid))
        if len(hits) > _SMALL_MATCH:
            out = self.match_many([normalized])
            return out[0][1] if out else []
        if len(hits) > 1:
            hits.sort(key=lambda h: (h[0], -h[1]))  # stable, as select_longest's lexsort
            kept, occupied = [], []
            for h in sorted(hits, key=lambda h: (h[0] - h[1], h[0])):
                if all(h[1] <= a or h[0] >= b for a, b in occupied):
                    occupied.append((h[0], h[1]))
                    kept.append(h)
            hits = sorted(kept, key=lambda h: (h[0], -h[1]))
        infos = self._infos
        return [(s0, e0, infos[kid]) for s0, e0, kid in hits]

    def match_many(self, normalized: list[str]) -> list[tuple[int, list[tuple[int, int, KeyInfo]]]]:
        """Match many normalised texts in one automaton pass.

        Returns:
            ``(text_index, [(start, end, info), …])`` for each text with hits,
            with the same selection as :meth:`match`.
        """
        k, s, e, kid = self.scan(normalized)
        infos = self.infos if len(kid) else []
        out: list = []
        last = -1
        for ki, si, ei, ii in zip(k.tolist(), s.tolist(), e.tolist(), kid.tolist()):
            if ki != last:
                out.append((ki, []))
                last = ki
            out[-1][1].append((si, ei, infos[ii]))
        return out

    def inner_words(self, label: str) -> frozenset:
        """Return the words of the patterns of ``label`` that are not a pattern's first word (normalised)."""
        if self._automaton is None:
            self._build()
        cache = self._inner_words
        if label not in cache:
            cache[label] = frozenset(w for row, key in zip(self._rows, self._row_keys) if row[1] == label
                                     for w in key.split()[1:])
        return cache[label]

    def row(self, idx: int) -> tuple[str, str, str, str, bool]:
        """Return the pattern row ``(id, label, pattern, form, coref)`` at ``idx``."""
        return self._rows[idx]


_DEFAULT: dict[tuple, Matcher] = {}


def default_probes() -> tuple[str, ...]:
    """The probe words (:meth:`Matcher.add_probes`) the mention stage reads from the automaton's pass
    (:mod:`marsad.mentions.probes`)."""
    from marsad.mentions.probes import default_probes as probes

    return probes()


def default_matcher(*, extra_people: tuple[str, ...] = ()) -> Matcher:
    """Return the (cached) matcher built from the knowledge base in marsad/data/kb (with :func:`default_probes`)."""
    key = tuple(extra_people)
    if key not in _DEFAULT:
        _DEFAULT[key] = Matcher(load_kb(extra_people=key).patterns, probes=default_probes())
    return _DEFAULT[key]
