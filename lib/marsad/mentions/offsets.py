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

import numpy as np

from marsad.lang.text import _table as _text_table
from marsad.lang.text import normalize

__all__ = ["map_spans", "span_to_original"]

# diacritics and tatweel that normalisation deletes after a word's last letter
# stay inside the span (مغربياً keeps its tanwin)
_TRAILING_MARKS = [*range(0x064B, 0x0660), 0x0670, 0x0640]
_BMP = 0x10000


@lru_cache(maxsize=1)
def _luts() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per code point: normalised length, first and last normalised code point, trailing mark."""
    cps = np.arange(_BMP, dtype=np.int64)
    length = np.ones(_BMP, dtype=np.int64)
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
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)


def map_spans(texts: list[str], norms: list[str], k: np.ndarray, start: np.ndarray, end: np.ndarray
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Map normalised spans ``[start, end)`` of ``norms[k]`` to spans of ``texts[k]``.

    Args:
        texts: original texts.
        norms: their normalised texts (as given by the caller: may be stale).
        k, start, end: one entry per span (``k`` sorted ascending).

    Returns:
        ``(orig_start, orig_end, bad_texts)``: original offsets (the end
        extended over trailing diacritics and tatweel) and the sorted indices
        of texts whose normalised text is not ``normalize(text)``; spans of
        those texts are meaningless.
    """
    if len(k) == 0:
        e = np.zeros(0, dtype=np.int64)
        return e, e.copy(), e.copy()
    uniq, first_idx = np.unique(k, return_index=True)
    sub = [texts[i] for i in uniq.tolist()]
    subn = [norms[i] for i in uniq.tolist()]
    olen = np.fromiter((len(t) for t in sub), dtype=np.int64, count=len(sub))
    nlen = np.fromiter((len(t) for t in subn), dtype=np.int64, count=len(subn))
    ob = np.zeros(len(sub) + 1, dtype=np.int64)
    np.cumsum(olen, out=ob[1:])
    nb = np.zeros(len(sub) + 1, dtype=np.int64)
    np.cumsum(nlen, out=nb[1:])
    length, first, last, mark = _luts()
    cps = _codes("".join(sub))
    bmp = cps < _BMP
    cpi = np.where(bmp, cps, 0)
    out_len = np.where(bmp, length[cpi], 1)
    cum = np.cumsum(out_len)  # normalised end (exclusive) of each original character
    # normalised length of each text according to the table
    cum0 = np.concatenate(([0], cum))
    got = cum0[ob[1:]] - cum0[ob[:-1]]
    bad = got != nlen
    # which distinct text each span belongs to
    j = np.searchsorted(uniq, k)
    gs = nb[j] + start  # global normalised position of the first and last character
    ge = nb[j] + end - 1
    i0 = np.searchsorted(cum, gs, side="right")
    i1 = np.searchsorted(cum, ge, side="right")
    ok = ~bad[j] & (i1 < len(cps)) & (i0 < len(cps))
    i0c = np.minimum(i0, len(cps) - 1)
    i1c = np.minimum(i1, len(cps) - 1)
    ncps = _codes("".join(subn))
    gsc = np.minimum(gs, len(ncps) - 1)
    gec = np.minimum(ge, len(ncps) - 1)
    first_cp = np.where(bmp[i0c], first[cpi[i0c]], cps[i0c])
    last_cp = np.where(bmp[i1c], last[cpi[i1c]], cps[i1c])
    ok &= (first_cp == ncps[gsc]) & (last_cp == ncps[gec])
    bad_spans = ~ok
    if bad_spans.any():
        bad[np.unique(j[bad_spans])] = True
    # trailing marks: extend the end to the next character that is not a mark
    is_mark = np.where(bmp, mark[cpi], False)
    pos = np.arange(len(cps), dtype=np.int64)
    nxt = np.where(is_mark, len(cps), pos)
    nxt = np.minimum.accumulate(nxt[::-1])[::-1]
    e_glob = i1c + 1
    e_ext = np.where(e_glob < len(cps), nxt[np.minimum(e_glob, len(cps) - 1)], len(cps))
    e_ext = np.minimum(e_ext, ob[j + 1])
    ostart = i0c - ob[j]
    oend = np.maximum(e_ext, e_glob) - ob[j]
    return ostart, oend, uniq[bad]


def span_to_original(text: str, start: int, end: int) -> tuple[int, int]:
    """Map one normalised span of ``normalize(text)`` to ``text`` (see :func:`map_spans`)."""
    s, e, _bad = map_spans([text], [normalize(text)], np.array([0]), np.array([start]), np.array([end]))
    return int(s[0]), int(e[0])
