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

import codecs
import threading
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from marsad.lang.text import _table as _text_table
from marsad.lang.text import normalize

__all__ = ["map_spans", "same_offsets", "span_to_original", "Originals", "originals", "to_original", "blank_spans",
           "RowSpans", "DocSegments", "distinct"]

# diacritics and tatweel that normalisation deletes after a word's last letter
# stay inside the span (مغربياً keeps its tanwin)
_TRAILING_MARKS = [*range(0x064B, 0x0660), 0x0670, 0x0640]
_BMP = 0x10000
_SLICE = 1 << 16  # code units per lookup-table take (its index copy, 512 KiB, stays in cache; 1 << 18: 5 % slower)


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


def distinct(a: np.ndarray) -> np.ndarray:
    """``np.unique(a)`` (sorted distinct values) by one sort: numpy 2's ``np.unique`` without ``return_*`` goes through
    a hash table and sorts its result, about six times as long as one sort on ten thousand integers (speed34)."""
    return _sorted_unique(np.sort(a))


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


_SCRATCH = threading.local()
_SCRATCH_MAX = 1 << 24  # elements: larger arrays are not kept between batches


def _scratch(name: str, n: int, dtype) -> np.ndarray:
    """An array of ``n`` elements for a batch's intermediate values, reused by the next batch of the
    thread: a fresh array of some MB costs its page faults each time (measured: as much as the
    passes that fill it)."""
    bufs = _SCRATCH.__dict__.setdefault("bufs", {})
    buf = bufs.get(name)
    if buf is None or len(buf) < n or buf.dtype != dtype:
        if n > _SCRATCH_MAX:
            return np.empty(n, dtype=dtype)
        buf = bufs[name] = np.empty(max(n, 1 << 16), dtype=dtype)
    return buf[:n]


_DELETED, _EXPANDED = 0xFFFF, 0xFFFE  # never what a character maps to below (U+FFFE/U+FFFF are separators)


@lru_cache(maxsize=1)
def _normalised_separated_lut() -> np.ndarray:
    """Per UTF-16 code unit: the unit of ``separate(normalize(ch))``, or a mark for a character that
    normalisation deletes (``_DELETED``) or expands into several (``_EXPANDED``)."""
    from marsad.mentions.matcher import _sep_lut16

    sep = _sep_lut16()
    lut = sep.copy()
    for cp, out in _text_table().items():
        if cp >= _BMP:
            continue
        lut[cp] = _DELETED if not out else _EXPANDED if len(out) > 1 else sep[ord(out)]
    return lut


class Originals(NamedTuple):
    """A batch's original texts joined with a separator, and where normalisation changes their offsets.

    :func:`originals` makes it in one pass over the UTF-16 code units of the joined texts: each
    unit's normalised and separated value, and the *events*, the characters normalisation deletes
    (diacritics, tatweel, controls) or expands (ligatures). Between two events a normalised offset
    is the original one shifted by a constant, so spans of the normalised text map back with a
    search among the events, not a table per character.
    """

    units: np.ndarray  # UTF-16 code units of the joined originals
    base: np.ndarray  # offset (in characters) of each text in the joined originals
    tlen: np.ndarray  # length of each text
    ev: np.ndarray  # joined-string offsets of the events, ascending
    shift: np.ndarray  # cumulative (normalised length - 1) up to and including each event
    pairs: np.ndarray  # joined-string offsets of the characters outside the BMP (two units each)
    text: str  # the joined texts, normalised and separated (as the matcher's automaton reads them)

    def unit(self, at: np.ndarray) -> np.ndarray:
        """The code unit offsets of the characters at ``at`` (joined-string offsets)."""
        return at + np.searchsorted(self.pairs, at, side="left") if len(self.pairs) else at

    def normalised_base(self) -> np.ndarray:
        """Offset of each text in :attr:`text`."""
        if not len(self.ev):
            return self.base.copy()
        before = np.searchsorted(self.ev, self.base, side="left") - 1
        return self.base + np.where(before >= 0, self.shift[np.maximum(before, 0)], 0)

    def changed(self, t: np.ndarray) -> np.ndarray:
        """Per text index in ``t``: whether it holds an event (normalisation moves its offsets)."""
        lo = self.base[t]
        return np.searchsorted(self.ev, lo + self.tlen[t], side="left") > np.searchsorted(self.ev, lo, side="left")

    def back(self, g: np.ndarray) -> np.ndarray:
        """The joined-original offsets of the characters at offsets ``g`` of :attr:`text`."""
        ev, shift = self.ev, self.shift
        if not len(ev):
            return g.copy()
        j = np.searchsorted(ev + 1 + shift, g, side="right") - 1  # the last event that ends at or before g
        c = g - np.where(j >= 0, shift[np.maximum(j, 0)], 0)
        nxt = j + 1
        inside = nxt < len(ev)
        # inside the expansion of the next event (a ligature): that character
        inside[inside] = c[inside] >= ev[nxt[inside]]
        c[inside] = ev[nxt[inside]]
        return c


def originals(joined: str, tlen: np.ndarray | list[str], sep: int) -> Originals:
    """Scan ``joined`` once for :class:`Originals`.

    Args:
        joined: the texts joined by a separator of ``sep`` characters, which also starts and
            ends it (``JOIN.join(["", *texts, ""])``); it must hold no character that
            normalisation changes, and its middle character is NUL.
        tlen: the texts' lengths, or the texts themselves (their lengths are then read from
            where the separators' NULs are, unless a text holds a NUL itself).
    """
    units = np.frombuffer(joined.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
    texts = None
    if isinstance(tlen, list):
        texts, tlen = tlen, None
    lut = _normalised_separated_lut()
    empty = np.zeros(0, dtype=np.int64)
    bmp = len(units) == len(joined)
    if bmp:
        # one pass in cache-sized slices: each unit's value straight into the normalised text's units, the
        # units normalisation deletes dropped slice by slice, the events and the joiners' NULs found there
        kept = _scratch("kept", len(units), np.uint16)
        evs, dels, nuls = [], [], []
        o = 0
        for i in range(0, len(units), _SLICE):
            u = units[i:i + _SLICE]
            out = kept[o:o + len(u)]
            lut.take(u, out=out, mode="clip")  # (no unit is out of range: no check)
            if texts is not None:
                z = np.flatnonzero(u == 0)
                if len(z):
                    nuls.append(z + i)
            n = len(u)
            e = np.flatnonzero(out >= _EXPANDED)
            if len(e):
                evs.append(e + i)
                gone = e[out[e] == _DELETED]
                if len(gone):
                    dels.append(gone + i)
                    n -= len(gone)
                    out[:n] = np.delete(out, gone)  # (a copy first: no overlap)
            o += n
        kept = kept[:o]
        ev_u = np.concatenate(evs) if evs else empty
        if texts is not None:
            nul = np.concatenate(nuls) if nuls else empty
            tlen = np.diff(nul) - sep if len(nul) == len(texts) + 1 else None
    else:
        second = _second_units(units)
        if texts is not None:
            nul = np.flatnonzero(units == 0)
            if len(nul) == len(texts) + 1:
                # (a character outside the BMP is two units)
                tlen = np.diff(nul) - sep
                tlen -= np.bincount(np.searchsorted(nul, second, side="right") - 1, minlength=len(tlen))[:len(tlen)]
        mapped = _scratch("mapped", len(units), np.uint16)
        for i in range(0, len(units), _SLICE):  # in slices: take's index copy stays in cache
            lut.take(units[i:i + _SLICE], out=mapped[i:i + _SLICE], mode="clip")
        ev_u = np.flatnonzero(mapped >= _EXPANDED)
    if tlen is None:  # (a text holds a NUL itself)
        tlen = np.array(list(map(len, texts)), dtype=np.int64)
    n = len(tlen)
    tlen = np.asarray(tlen, dtype=np.int64)
    base = np.full(n, sep, dtype=np.int64)
    if n > 1:
        np.cumsum(tlen[:-1] + sep, out=base[1:])
        base[1:] += sep
    d = _luts()[0][units[ev_u]].astype(np.int64) - 1
    ev, pairs = ev_u, empty
    grown = ev_u[d > 0]
    if not bmp:
        # the second unit of each surrogate pair: unit offsets move back by those before them, and
        # the pair is one separator (its first unit already maps to a space)
        ev = ev_u - np.searchsorted(second, ev_u)
        pairs = second - 1 - np.arange(len(second))
        mapped[second] = _DELETED
        kept = mapped
        if len(ev_u) or len(pairs):  # drop the deleted units
            kept = mapped[np.not_equal(mapped, _DELETED, out=_scratch("keep", len(mapped), np.bool_))]
    if len(grown):  # ligatures: their normalised and separated characters in their place
        from marsad.mentions.matcher import _sep_lut16

        table = _text_table()
        if bmp:  # (where they are in the kept units: moved back by the deleted units before them)
            at = grown - np.searchsorted(np.concatenate(dels) if dels else empty, grown)
        else:
            at = np.flatnonzero(kept == _EXPANDED)
        out = _scratch("expanded", len(kept) + int(d[d > 0].sum()), np.uint16)
        prev = o = 0
        for a, cp in zip(at.tolist(), units[grown].tolist()):
            out[o:o + a - prev] = kept[prev:a]
            o += a - prev
            rep = _sep_lut16()[[ord(c) for c in table[cp]]]
            out[o:o + len(rep)] = rep
            o, prev = o + len(rep), a + 1
        out[o:] = kept[prev:]
        kept = out
    text = codecs.utf_16_le_decode(kept, "surrogatepass", True)[0]
    return Originals(units, base, tlen, ev, np.cumsum(d), pairs, text)


def _second_units(units: np.ndarray) -> np.ndarray:
    """Offsets of the second unit of each surrogate pair in ``units`` (the few high surrogates found first)."""
    high = np.flatnonzero((units[:-1] - np.uint16(0xD800)) < 0x400)
    return high[(units[high + 1] - np.uint16(0xDC00)) < 0x400] + 1


def to_original(orig: Originals, start: np.ndarray, end: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Map spans ``[start, end)`` of :attr:`Originals.text` (ascending, each inside one text) to
    ``(text index, start, end)`` in the original texts, as :func:`map_spans` does: a text whose
    offsets normalisation keeps keeps the span; otherwise the end extends over trailing diacritics
    and tatweel."""
    if not len(start):
        e = np.zeros(0, dtype=np.int64)
        return e, e.copy(), e.copy()
    i0 = orig.back(start)
    i1 = orig.back(end - 1)
    k = np.searchsorted(orig.base, i0, side="right") - 1
    lo = orig.base[k]
    hi = lo + orig.tlen[k]
    e = i1 + 1
    # only a text that normalisation changes has its spans' ends extended (map_spans' rule)
    ext = orig.changed(k) & (e < hi)
    if ext.any():
        mark = _luts()[3]
        units = orig.units
        ext[ext] = mark[units[orig.unit(e[ext])]]
        for h in np.flatnonzero(ext).tolist():
            p, stop = int(e[h]), int(hi[h])
            u = int(orig.unit(np.array([p]))[0])  # no pair inside: units follow characters from here
            while p < stop and mark[units[u]]:
                p, u = p + 1, u + 1
            e[h] = p
    return k, i0 - lo, e - lo


def blank_spans(text: str, spans) -> str:
    """``text`` with the characters of ``spans`` (``(start, end)`` pairs) turned into spaces, its length kept: a word
    found there overlaps none of the spans (an empty span is left out)."""
    out, at = [], 0
    for a, b in sorted(spans):
        a = max(a, at)
        if b > a:
            out += (text[at:a], " " * (b - a))
            at = b
    out.append(text[at:])
    return "".join(out)


class RowSpans:
    """The spans ``(start, end)`` of the mentions of each text, as lists made when a text is first asked for
    (``spans[k]``; a pass appends the spans it adds to them), and a test of many spans at once against the
    mentions given (:meth:`overlapping`)."""

    def __init__(self, k: np.ndarray, start: np.ndarray, end: np.ndarray):
        k, start, end = (np.asarray(x, dtype=np.int64) for x in (k, start, end))
        if len(k) > 1 and not (k[1:] >= k[:-1]).all():  # (the rows' order: by text already, mostly)
            order = np.argsort(k, kind="stable")
            self._k, self._s, self._e = k[order], start[order], end[order]
        else:
            self._k, self._s, self._e = k, start.copy(), end.copy()  # (a text's spans made when asked for)
        self._at = None  # where each text's rows start (made when a text is first asked for)
        self._lists: dict = {}
        self._arrays = (k, start, end)
        self._sorted = None

    @classmethod
    def of_rows(cls, rows) -> "RowSpans":
        """From rows whose first three fields are ``(k, start, end)``."""
        cols = list(zip(*[r[:3] for r in rows])) or [(), (), ()]
        return cls(*(np.fromiter(c, dtype=np.int64, count=len(c)) for c in cols))

    def __getitem__(self, k: int) -> list:
        got = self._lists.get(k)
        if got is None:
            at = self._at
            if at is None:  # (one search for every text up to the last one with a row)
                kk = self._k
                at = self._at = np.searchsorted(kk, np.arange(int(kk[-1]) + 2 if len(kk) else 0)).tolist()
            lo, hi = (at[k], at[k + 1]) if 0 <= k < len(at) - 1 else (0, 0)
            got = self._lists[k] = list(zip(self._s[lo:hi].tolist(), self._e[lo:hi].tolist()))
        return got

    def given(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The spans given at construction, ``(k, start, end)`` as given (not the ones a pass appended since)."""
        return self._arrays

    def overlapping(self, k: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
        """Per span ``[start, end)`` of text ``k``: whether a mention given at construction overlaps it
        (``x < end and start < y`` for a mention ``[x, y)``: an empty mention strictly inside counts too, as
        in the passes' own tests)."""
        k, start, end = (np.asarray(x, dtype=np.int64) for x in (k, start, end))
        mk, ms, me = self._arrays
        if not len(k) or not len(mk):
            return np.zeros(len(k), dtype=bool)
        width = int(max(me.max(), ms.max(), end.max(), start.max())) + 1
        if self._sorted is None or self._sorted[0] < width:
            key = mk * width + ms  # the mentions by text, then start (the rows' order already, mostly)
            if not (key[1:] >= key[:-1]).all():
                order = np.argsort(key, kind="stable")
                key, mk, me = key[order], mk[order], me[order]
            self._sorted = (width, key, np.maximum.accumulate(mk * width + me))
        width, key, reach = self._sorted
        last = np.searchsorted(key, k * width + end, side="left") - 1  # the last mention starting before the end
        return (last >= 0) & (reach[np.maximum(last, 0)] > k * width + start)


class DocSegments:
    """The segments of each document, asked for a few documents at a time (:meth:`of`): the passes that read a
    document's segments together find them with one numpy pass over the documents' integer codes instead of a
    Python test per segment of the batch.

    ``codes`` are the segments' document codes and ``uniq`` the document ids by code (``uniq[codes[k]] ==
    doc_ids[k]``), ``tlen`` the texts' lengths; when an id is no ``str`` (where equal ids may be different values:
    1 and 1.0, NaN), the segments are found by testing ``doc_ids`` one by one, as the passes did."""

    def __init__(self, texts: list[str], doc_ids: list, codes: np.ndarray, uniq: list, tlen: np.ndarray):
        self._texts, self._ids, self._codes, self._uniq = texts, doc_ids, np.asarray(codes, dtype=np.int64), list(uniq)
        self._nonempty = np.asarray(tlen) > 0
        self._code_of = ({u: c for c, u in enumerate(self._uniq)} if all(type(u) is str for u in self._uniq)
                         else None)

    @classmethod
    def of_ids(cls, texts: list[str], doc_ids: list) -> "DocSegments":
        """Without codes: :meth:`of` tests ``doc_ids`` one by one."""
        self = cls.__new__(cls)
        self._texts, self._ids, self._code_of = texts, doc_ids, None
        return self

    def of(self, docs, nonempty: bool = False) -> dict:
        """Document -> its segments' indices (ascending), for the documents of ``docs`` that have any (the callers
        read them in no particular order); ``nonempty``: only the segments whose text is not empty."""
        if self._code_of is None:
            texts, members, docs = self._texts, {}, set(docs)
            for ki, d in enumerate(self._ids):
                if d in docs and (not nonempty or texts[ki]):
                    members.setdefault(d, []).append(ki)
            return members
        want = [c for c in map(self._code_of.get, docs) if c is not None]
        if not want:
            return {}
        is_wanted = np.zeros(len(self._uniq), dtype=bool)
        is_wanted[want] = True
        hit = is_wanted[self._codes]
        if nonempty:
            hit &= self._nonempty
        idx = np.flatnonzero(hit)
        if not len(idx):
            return {}
        c = self._codes[idx]
        order = np.argsort(c, kind="stable")
        idx, c = idx[order].tolist(), c[order]
        cuts = [0, *(np.flatnonzero(np.diff(c)) + 1).tolist(), len(idx)]
        uniq = self._uniq
        return {uniq[cc]: idx[a:b] for cc, a, b in zip(c[cuts[:-1]].tolist(), cuts[:-1], cuts[1:])}
