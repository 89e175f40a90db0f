"""Map spans of normalised text back to the original text, for a whole batch at once.

:func:`marsad.lang.text.normalize` is character-level: each original character
becomes zero (diacritics, tatweel, controls), one or, for a few ligatures,
several normalised characters. From a lookup table of those lengths the
normalised position of every original character is one cumulative sum, and a
normalised span maps back with one ``searchsorted`` for all mentions of a
batch. The same tables check that a given normalised text is really
``normalize(text)`` (a stale ``normalized`` column would map to the wrong
characters): the normalised lengths must agree, and both end characters of
every span must be what the original characters normalise to.
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import numpy as np

from marsad.lang.text import _table as _text_table
from marsad.lang.text import normalize

__all__ = ["map_spans", "same_offsets", "span_to_original", "Originals", "originals", "same_offsets_joined",
           "map_spans_joined"]

# diacritics and tatweel that normalisation deletes after a word's last letter
# stay inside the span (مغربياً keeps its tanwin)
_TRAILING_MARKS = [*range(0x064B, 0x0660), 0x0670, 0x0640]
_BMP = 0x10000
_SLICE = 1 << 18


@lru_cache(maxsize=1)
def _luts() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per BMP code point: normalised length, first and last normalised code point, trailing mark."""
    cps = np.arange(_BMP, dtype=np.int64)
    length = np.ones(_BMP, dtype=np.int8)
    first = cps.copy()
    last = cps.copy()
    for cp, out in _text_table().items():
        if cp >= _BMP:
            continue
        length[cp] = len(out)
        first[cp] = ord(out[0]) if out else -1
        last[cp] = ord(out[-1]) if out else -1
    mark = np.zeros(_BMP, dtype=bool)
    mark[_TRAILING_MARKS] = True
    return length, first, last, mark


def _codes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def map_spans(texts: list[str], norms: list[str], k: np.ndarray, start: np.ndarray, end: np.ndarray,
              *, same: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Map normalised spans ``[start, end)`` of ``norms[k]`` to spans of ``texts[k]``.

    Args:
        texts: original texts.
        norms: their normalised texts (as given by the caller: may be stale).
        k, start, end: one entry per span (``k`` sorted ascending).
        same: optionally, per text, :func:`same_offsets` of ``texts`` and ``norms``
            (a caller that has it for the whole batch saves computing it here).

    Returns:
        ``(orig_start, orig_end, bad_texts)``: original offsets (the end
        extended over trailing diacritics and tatweel) and the sorted indices
        of texts whose normalised text is not ``normalize(text)``; spans of
        those texts are meaningless.
    """
    if len(k) == 0:
        e = np.zeros(0, dtype=np.int64)
        return e, e.copy(), e.copy()
    uniq = _sorted_unique(k)
    if same is not None:
        same = same[uniq]
    else:
        sub = [texts[i] for i in uniq.tolist()]
        same = same_offsets(sub, [norms[i] for i in uniq.tolist()])
    if same.all():
        return start.copy(), end.copy(), np.zeros(0, dtype=np.int64)
    j_all = np.searchsorted(uniq, k)
    on_same = same[j_all]
    o_s, o_e = start.copy(), end.copy()
    rest = ~on_same
    f_s, f_e, bad = _map_full(texts, norms, k[rest], start[rest], end[rest])
    o_s[rest], o_e[rest] = f_s, f_e
    return o_s, o_e, bad


def same_offsets(texts: list[str] | np.ndarray, norms: list[str] | np.ndarray, *, joined: str | None = None
                 ) -> np.ndarray:
    """Per text, whether normalisation keeps every offset (``norms`` may be stale: see :func:`map_spans`).

    Most texts lose no character to normalisation (no diacritics, tatweel or
    controls): the same length and no ligature that expands means every offset
    is unchanged, and such texts skip the tables of :func:`map_spans`.

    Args:
        texts: original texts, or their lengths (then ``joined`` is required).
        norms: their normalised texts, or their lengths.
        joined: ``"\\x00".join(texts)`` when the caller has it.
    """
    olen, nlen = (x if isinstance(x, np.ndarray) else np.fromiter(map(len, x), dtype=np.int64, count=len(x))
                  for x in (texts, norms))
    same = olen == nlen
    if not same.any():
        return same
    if joined is None:
        joined = "\x00".join(texts)
    hits = _expanding_at(joined)
    if len(hits):  # the texts holding a ligature take the tables
        bounds = np.cumsum(olen + 1)
        same[np.searchsorted(bounds, hits, side="right")] = False
    return same


def _sorted_unique(k: np.ndarray) -> np.ndarray:
    """``np.unique`` of an ascending array, without sorting it again."""
    if len(k) < 2:
        return k.copy()
    return k[np.concatenate(([True], k[1:] != k[:-1]))]


@lru_cache(maxsize=1)
def _expanding_lut() -> np.ndarray:
    lut = np.zeros(0x10000, dtype=bool)
    for cp, out in _text_table().items():
        if len(out) > 1 and cp < 0x10000:
            lut[cp] = True
    return lut


def _expanding_at(joined: str) -> np.ndarray:
    """Offsets of the characters normalisation expands in ``joined``.

    A lookup over the UTF-16 code units in cache-sized slices (one pass in C);
    with characters outside the BMP (two units each) the offsets are moved back
    by the second units before them.
    """
    units = np.frombuffer(joined.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
    lut = _expanding_lut()
    found = []
    for i in range(0, len(units), _SLICE):
        hit = np.flatnonzero(lut.take(units[i:i + _SLICE]))
        if len(hit):
            found.append(hit + i)
    at = np.concatenate(found) if found else np.zeros(0, dtype=np.int64)
    if len(units) != len(joined) and len(at):
        # the second unit of each pair (a low surrogate right after a high one)
        second = np.flatnonzero((units[1:] >= 0xDC00) & (units[1:] < 0xE000)
                                & (units[:-1] >= 0xD800) & (units[:-1] < 0xDC00)) + 1
        at = at - np.searchsorted(second, at)
    return at


def _map_full(texts, norms, k, start, end):
    """:func:`map_spans` through the per-character tables (texts whose length changed)."""
    uniq = _sorted_unique(k)
    idx = uniq.tolist()
    sub = [texts[i] for i in idx]
    subn = [norms[i] for i in idx]
    olen = np.fromiter(map(len, sub), dtype=np.int64, count=len(sub))
    nlen = np.fromiter(map(len, subn), dtype=np.int64, count=len(subn))
    ob = np.zeros(len(sub) + 1, dtype=np.int64)
    np.cumsum(olen, out=ob[1:])
    nb = np.zeros(len(sub) + 1, dtype=np.int64)
    np.cumsum(nlen, out=nb[1:])
    length, first, last, mark = _luts()
    cps = _codes("".join(sub))
    n_all = len(cps)
    astral = cps >= _BMP
    any_astral = bool(astral.any())
    cpi = np.where(astral, 0, cps) if any_astral else cps
    out_len = length[cpi]
    if any_astral:
        out_len[astral] = 1
    # cum[i]: normalised end (exclusive) of original character i, over the whole batch
    cum = np.cumsum(out_len, dtype=np.int64)
    cum0 = np.concatenate(([0], cum))
    bad = (cum0[ob[1:]] - cum0[ob[:-1]]) != nlen  # normalised lengths disagree
    j = np.searchsorted(uniq, k)
    gs = nb[j] + start  # global normalised position of the first and last character
    ge = nb[j] + end - 1
    i0 = np.minimum(np.searchsorted(cum, gs, side="right"), n_all - 1)
    i1 = np.minimum(np.searchsorted(cum, ge, side="right"), n_all - 1)
    # both end characters must be what the original characters normalise to
    ncps = _codes("".join(subn))
    n_n = len(ncps)
    c0, c1 = cps[i0].astype(np.int64), cps[i1].astype(np.int64)
    f0 = np.where(c0 < _BMP, first[np.minimum(c0, _BMP - 1)], c0)
    l1 = np.where(c1 < _BMP, last[np.minimum(c1, _BMP - 1)], c1)
    ok = ~bad[j] & (f0 == ncps[np.minimum(gs, n_n - 1)]) & (l1 == ncps[np.minimum(ge, n_n - 1)])
    if not ok.all():
        bad[np.unique(j[~ok])] = True
    # a trailing diacritic or tatweel after the last letter stays in the span
    e_glob = i1 + 1
    seg_end = ob[j + 1]
    has_mark = e_glob < seg_end
    has_mark[has_mark] = mark[np.minimum(cps[e_glob[has_mark]], _BMP - 1)] & (cps[e_glob[has_mark]] < _BMP)
    for h in np.flatnonzero(has_mark).tolist():
        e = int(e_glob[h])
        stop = int(seg_end[h])
        while e < stop and cps[e] < _BMP and mark[cps[e]]:
            e += 1
        e_glob[h] = e
    return i0 - ob[j], e_glob - ob[j], uniq[bad]


def span_to_original(text: str, start: int, end: int) -> tuple[int, int]:
    """Map one normalised span of ``normalize(text)`` to ``text`` (see :func:`map_spans`)."""
    s, e, _bad = map_spans([text], [normalize(text)], np.array([0]), np.array([start]), np.array([end]))
    return int(s[0]), int(e[0])


@lru_cache(maxsize=1)
def _event_lut() -> np.ndarray:
    """Per UTF-16 code unit: whether normalisation does not map the character to exactly one."""
    length = _luts()[0]
    return length != 1


class Originals(NamedTuple):
    """A batch's original texts joined with ``"\\x00"``, as :func:`map_spans_joined` reads them.

    One pass over the UTF-16 code units of the joined texts finds every character that
    normalisation deletes (diacritics, tatweel, controls) or expands (ligatures): the
    *events*. Between two events a normalised offset is the original one shifted by a
    constant, so a span maps back with a search among the events alone, not a table per
    character.
    """

    units: np.ndarray  # UTF-16 code units of the joined texts
    base: np.ndarray  # offset (in characters) of each text in the joined string
    tlen: np.ndarray  # length of each text
    ev: np.ndarray  # joined-string offsets of the events, ascending
    shift: np.ndarray  # cumulative (normalised length - 1) up to and including each event
    expand: np.ndarray  # per text: holds a character that normalisation expands
    astral: np.ndarray  # per text: holds a character outside the BMP (mapped by the tables instead)
    pairs: np.ndarray  # joined-string offsets of the characters outside the BMP (two units each)

    def unit(self, at: np.ndarray) -> np.ndarray:
        """The code unit offsets of the characters at ``at`` (joined-string offsets)."""
        return at + np.searchsorted(self.pairs, at, side="left") if len(self.pairs) else at


def originals(joined: str, tlen: np.ndarray) -> Originals:
    """Scan ``joined`` (``"\\x00".join(texts)``; ``tlen``: the texts' lengths) once for :class:`Originals`."""
    n = len(tlen)
    base = np.zeros(n, dtype=np.int64)
    if n > 1:
        np.cumsum(tlen[:-1] + 1, out=base[1:])
    units = np.frombuffer(joined.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
    lut = _event_lut()
    found = []
    for i in range(0, len(units), _SLICE):
        hit = np.flatnonzero(lut.take(units[i:i + _SLICE]))
        if len(hit):
            found.append(hit + i)
    ev_u = np.concatenate(found) if found else np.zeros(0, dtype=np.int64)
    length = _luts()[0]
    d = length[units[ev_u]].astype(np.int64) - 1
    astral = np.zeros(n, dtype=bool)
    ev = ev_u
    at = np.zeros(0, dtype=np.int64)
    if len(units) != len(joined):
        # the second unit of each surrogate pair: unit offsets move back by those before them
        second = np.flatnonzero((units[1:] >= 0xDC00) & (units[1:] < 0xE000)
                                & (units[:-1] >= 0xD800) & (units[:-1] < 0xDC00)) + 1
        ev = ev_u - np.searchsorted(second, ev_u)
        at = second - 1 - np.arange(len(second))  # character offsets of the pairs
        astral[np.searchsorted(base, at, side="right") - 1] = True
    expand = np.zeros(n, dtype=bool)
    grow = d > 0
    if grow.any():
        expand[np.searchsorted(base, ev[grow], side="right") - 1] = True
    return Originals(units, base, np.asarray(tlen, dtype=np.int64), ev, np.cumsum(d), expand, astral, at)


def same_offsets_joined(orig: Originals, nlen: np.ndarray) -> np.ndarray:
    """:func:`same_offsets` from :class:`Originals` (no second pass over the texts)."""
    return (orig.tlen == nlen) & ~orig.expand


def map_spans_joined(orig: Originals, texts: list[str], norms: list[str], k: np.ndarray, start: np.ndarray,
                     end: np.ndarray, first: np.ndarray, last: np.ndarray, *, same: np.ndarray,
                     nlen: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`map_spans` for spans of a batch described by :class:`Originals`.

    Args:
        orig: the batch's :class:`Originals`; ``k`` indexes its texts (ascending).
        texts, norms: the batch's original and normalised texts.
        start, end: normalised spans of ``norms[k]``.
        first, last: per span, the code points the normalised span starts and ends with
            (the matcher knows them from its key: the text matched them).
        same: :func:`same_offsets_joined` of the batch.
        nlen: the lengths of ``norms``.

    Returns:
        The same as :func:`map_spans`: original offsets, and the sorted indices of the texts
        whose normalised text is not ``normalize(text)``.
    """
    o_s, o_e = start.copy(), end.copy()
    rest = np.flatnonzero(~same[k])
    if not len(rest):
        return o_s, o_e, np.zeros(0, dtype=np.int64)
    bad_parts = []
    astral = orig.astral[k[rest]]
    if astral.any():  # texts with characters outside the BMP: the per-character tables
        r = rest[astral]
        f_s, f_e, bad = _map_full(texts, norms, k[r], start[r], end[r])
        o_s[r], o_e[r] = f_s, f_e
        bad_parts.append(bad)
        rest = rest[~astral]
    if len(rest):
        t = k[rest]
        ev, shift = orig.ev, orig.shift
        lo = orig.base[t]
        hi = lo + orig.tlen[t]
        # shift before the text, and the text's own normalised length
        before = np.searchsorted(ev, lo, side="left") - 1
        upto = np.searchsorted(ev, hi, side="left") - 1
        s_before = np.where(before >= 0, shift[np.maximum(before, 0)], 0)
        s_upto = np.where(upto >= 0, shift[np.maximum(upto, 0)], 0)
        bad_len = (orig.tlen[t] + s_upto - s_before) != nlen[t]
        # normalised end of each event, in the joined normalised coordinates
        ends = ev + 1 + shift
        nb = lo + s_before  # the text's start in those coordinates

        def back(g):
            j = np.searchsorted(ends, g, side="right") - 1
            c = g - np.where(j >= 0, shift[np.maximum(j, 0)], 0)
            nxt = j + 1
            inside = nxt < len(ev)
            # inside the expansion of the next event (a ligature)
            inside[inside] = c[inside] >= ev[nxt[inside]]
            c[inside] = ev[nxt[inside]]
            return np.clip(c, lo, np.maximum(hi - 1, lo))

        i0 = back(nb + start[rest])
        i1 = back(nb + end[rest] - 1)
        units = orig.units
        _length, f_lut, l_lut, mark = _luts()
        ok = (~bad_len & (f_lut[units[orig.unit(i0)]] == first[rest])
              & (l_lut[units[orig.unit(i1)]] == last[rest]))
        e = i1 + 1
        has = e < hi
        has[has] = mark[units[orig.unit(e[has])]]
        for h in np.flatnonzero(has).tolist():
            p, stop = int(e[h]), int(hi[h])
            u = int(orig.unit(np.array([p]))[0])  # no pair inside this text: units follow characters
            while p < stop and mark[units[u]]:
                p, u = p + 1, u + 1
            e[h] = p
        o_s[rest], o_e[rest] = i0 - lo, e - lo
        if not ok.all():
            bad_parts.append(np.unique(t[~ok]))
    bad = np.unique(np.concatenate(bad_parts)) if bad_parts else np.zeros(0, dtype=np.int64)
    return o_s, o_e, bad.astype(np.int64)
