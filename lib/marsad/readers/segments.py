"""Segment rows of a document: near-duplicate ticker headlines marked, very long segments cut.

A segment longer than :data:`MAX_SEGMENT_CHARS` (a 10 MB CSV cell, a page
without line breaks) becomes consecutive segments of the same section, each
an exact slice of the original text (no character changed, so offsets into a
piece are offsets into the original from the piece's start), cut after a
sentence end when there is one within :data:`WINDOW_CHARS`, else at a space,
else after :data:`WINDOW_CHARS` characters. The analysis stages never see a
multi-megabyte segment, so their work per segment stays bounded.
"""
from __future__ import annotations

import re

from marsad.lang.rules import SENTENCE_END, strip_proclitics
from marsad.lang.text import normalize
from marsad.unionfind import UnionFind

__all__ = ["segment_rows", "split_long", "mark_duplicates", "MAX_SEGMENT_CHARS", "WINDOW_CHARS"]

# Longer segments are cut (the longest paragraph of the ANT demo is 3.8k characters).
MAX_SEGMENT_CHARS = 5000
WINDOW_CHARS = 2000
# Above this many ticker items, near-duplicate search (quadratic) gives way to exact matching.
_MAX_NEAR_DUP_ITEMS = 400
_WORD = re.compile(r"\w+")
# the chains stripped before comparing word sets (near-duplicate headlines)
_PROCLITICS = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف")
_SPACE = re.compile(r"\s")


def split_long(text: str, *, limit: int = MAX_SEGMENT_CHARS, window: int = WINDOW_CHARS) -> list[str]:
    """Cut a text longer than ``limit`` into pieces of at most ``window`` characters.

    Each cut falls after the last sentence end inside the window, else at its
    last space, else at the window's end; whitespace at a cut is dropped, so
    the pieces joined by that whitespace give the text back.

    Returns:
        ``[text]`` when it is short enough, else the pieces (in order).
    """
    if len(text) <= limit:
        return [text]
    pieces, start, n = [], 0, len(text)
    while start < n:
        while start < n and text[start].isspace():
            start += 1
        if n - start <= window:
            end = n
        else:
            stop = start + window
            end = _last_match(SENTENCE_END, text, start + window // 4, stop) or _last_match(_SPACE, text, start + 1, stop) or stop
        piece = text[start:end].rstrip()
        if piece:
            pieces.append(piece)
        start = end
    return pieces


def _last_match(pattern: re.Pattern, text: str, lo: int, hi: int) -> int | None:
    """End of the last match of ``pattern`` in ``text[lo:hi]`` (an index into ``text``), or ``None``."""
    last = None
    for m in pattern.finditer(text, lo, hi):
        last = m.end()
    return last


def segment_rows(doc_id: str, segments: list[dict], *, threshold: float = 0.45) -> list[dict]:
    """Rows of the segments table for one document (positions from 0, ticker duplicates marked)."""
    pieces: list[dict] = []
    for seg in segments:
        text = seg["text"]
        if len(text) <= MAX_SEGMENT_CHARS:
            pieces.append(seg)
        else:
            pieces.extend({**seg, "text": part} for part in split_long(text))
    ticker_idx = [i for i, s in enumerate(pieces) if s["section"] == "ticker"]
    dup_of: dict[int, int] = {}
    if ticker_idx:
        texts = [pieces[i]["text"] for i in ticker_idx]
        if len(texts) <= _MAX_NEAR_DUP_ITEMS:
            marks = mark_duplicates(texts, threshold=threshold)
        else:
            first: dict[str, int] = {}
            marks = []
            for k, t in enumerate(texts):
                key = normalize(t)
                marks.append(first[key] if key in first else None)
                first.setdefault(key, k)
        for k, mark in enumerate(marks):
            if mark is not None:
                dup_of[ticker_idx[k]] = ticker_idx[mark]
    return [{
        "doc_id": doc_id, "section": seg["section"], "position": position, "text": seg["text"],
        "normalized": normalize(seg["text"]), "duplicate_of": dup_of.get(position), "credit": seg.get("credit"),
    } for position, seg in enumerate(pieces)]


def mark_duplicates(texts: list[str], *, threshold: float = 0.45) -> list[int | None]:
    """Flag exact and near-duplicate headlines.

    Two headlines are near-duplicates when the Jaccard similarity of their
    normalised, clitic-stripped word sets or of their character 4-gram sets
    reaches ``threshold`` (0.45 separates a story re-worded four times from two
    different stories about the same company on the seed ticker).

    Returns:
        For each headline, the index of the first headline of its duplicate
        group, or ``None`` for the first of a group and for unique headlines.
    """
    words = [_word_set(t) for t in texts]
    grams = [_gram_set(t) for t in texts]
    uf = UnionFind(len(texts))
    for i in range(len(texts)):
        for j in range(i):
            if _jaccard(words[i], words[j]) >= threshold or _jaccard(grams[i], grams[j]) >= threshold:
                uf.union(i, j)
    out: list[int | None] = []
    for i in range(len(texts)):
        root = uf.find(i)
        out.append(None if root == i else root)
    return out


def _word_set(text: str) -> set[str]:
    out = set()
    for word in _WORD.findall(normalize(text)):
        out.add(strip_proclitics(word, chains=_PROCLITICS, min_stem=3))
    return out


def _gram_set(text: str, n: int = 4) -> set[str]:
    s = " ".join(_WORD.findall(normalize(text)))
    return {s[i : i + n] for i in range(max(len(s) - n + 1, 0))}


def _jaccard(a: set, b: set) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)
