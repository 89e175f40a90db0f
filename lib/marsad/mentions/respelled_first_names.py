"""A full name named again with another transliteration of its first name (غابرييل جيسوس … جابرييل جيسوس): the
second spelling of the first name belongs to the mention, which the matcher and the recogniser found as the
surname alone.

Foreign first names are written in Arabic with several letters for one sound: g as ج، غ or ق, k as ك or ق, t as ت
or ط, s as س or ص, z as ز or ذ, v as ف or ڤ, p as ب or پ, and long vowels written or left out (غابرييل، جابرييل،
جابريل). Per document, a one-word person mention (a surname) of a person the document names with two words or more
(a row of that person whose last word is the surname) is made whole when the word right before it, no part of
another mention, has the consonant skeleton of that person's first name under those exchanges (the long vowels
ا و ي left out). Not when the word is the first name as written (the matcher or the recogniser already takes it), a
common word or a title, nor when it is the first word of another person's name in the document.
"""
from __future__ import annotations

import re
from functools import lru_cache

from marsad.lang.text import normalize

__all__ = ["consonant_skeleton", "respelled_first_names"]

# one class per sound whose Arabic letters transliterations exchange (g: ج غ ق, k: ك ق; one class holds both)
_EXCHANGE = str.maketrans({
    "غ": "ج", "ق": "ج", "ك": "ج",
    "ط": "ت",
    "ص": "س",
    "ذ": "ز",
    "ڤ": "ف",
    "پ": "ب",
    "ة": "ه",
})
_LONG_VOWELS = re.compile("[اويىءئؤ]")
_WORD_BEFORE = re.compile(r"(?<![\u0621-\u064a\u067e\u06a4])([\u0621-\u064a\u067e\u06a4]{3,}) $")
_MIN_SKELETON = 3  # consonants: two would tie too many words to a name


@lru_cache(maxsize=1 << 14)
def consonant_skeleton(word: str) -> str:
    """The consonants of a normalised word, each letter of an exchange class written as the class's letter, the long
    vowels left out (غابرييل، جابرييل، جابريل → جبرل)."""
    return _LONG_VOWELS.sub("", normalize(word).translate(_EXCHANGE))


@lru_cache(maxsize=1)
def _refused() -> frozenset:
    from marsad.mentions.people import common_words, title_words

    return common_words() | title_words()


_SPANS: dict = {}  # a row's text -> (its first and last word normalised, or None; itself normalised when one word)


def _span_words(span: str) -> tuple:
    """``((first, last), word)`` of a row's text ``span``: its first and last word normalised when it has two words
    or more (else None), and the span normalised when it is one word with no space (else None). Names repeat: one
    reading per spelling (kept across batches, cleared past 200,000 spellings)."""
    got = _SPANS.get(span)
    if got is None:
        if len(_SPANS) > 200_000:
            _SPANS.clear()
        words = span.split()
        pair = (normalize(words[0]), normalize(words[-1])) if len(words) >= 2 else None
        stripped = span.strip()
        one = None if " " in stripped or not stripped else normalize(span)
        got = _SPANS[span] = (pair, one)
    return got


_BEFORES: dict = {}  # a raw word before a surname -> (normalised, a refused word, consonant skeleton)


def _before_word(raw: str) -> tuple:
    got = _BEFORES.get(raw)
    if got is None:
        if len(_BEFORES) > 200_000:
            _BEFORES.clear()
        before = normalize(raw)
        got = _BEFORES[raw] = (before, before in _refused(), consonant_skeleton(before))
    return got


def respelled_first_names(texts: list[str], doc_ids: list, rows: list[tuple]) -> dict[int, tuple[int, int]]:
    """The rows to widen: ``{row index: (new start, index of the person's full-name row)}``.

    ``rows`` are the person rows ``(index, k, start, end, entity_id)`` (``k`` the text); ``texts`` and ``doc_ids``
    per text.
    """
    # (each row's words read once per spelling: _span_words)
    by_doc: dict = {}
    words_of = _span_words
    for row in rows:
        ki = row[1]
        d = doc_ids[ki]
        got = by_doc.get(d)
        if got is None:
            got = by_doc[d] = []
        got.append((row, words_of(texts[ki][row[2]:row[3]])))
    out: dict[int, tuple[int, int]] = {}
    for drows in by_doc.values():
        full: dict = {}  # person -> [(first word, last word, row index)] of its rows of two words or more
        firsts: dict = {}  # first word of a full name -> the people it starts
        for (i, ki, s0, e0, ei), (pair, _one) in drows:
            if pair is not None:
                first, last = pair
                full.setdefault(ei, []).append((first, last, i))
                firsts.setdefault(first, set()).add(ei)
        if not full:
            continue
        spans = None
        for (i, ki, s0, e0, ei), (_pair, last) in drows:
            if last is None:
                continue
            names = full.get(ei)
            if not names:
                continue
            # (only a full name of the person ending with the word can widen it)
            for _first, name_last, _j in names:
                if name_last == last:
                    break
            else:
                continue
            text = texts[ki]
            if text[s0 - 1:s0] not in (" ", "\n"):
                continue  # (what the regex's space then $ needs: a space right before, or before a last line break)
            m = _WORD_BEFORE.search(text, max(0, s0 - 40), s0)
            if not m:
                continue
            # (the word's skeleton against the person's first names first: it fails for nearly every row, so the
            # tests below, each of which must pass too, are read only for the few rows it keeps)
            before, refused, skel = _before_word(m.group(1))
            if len(skel) < _MIN_SKELETON:
                continue
            for first, name_last, j in names:
                if name_last == last and first != before and consonant_skeleton(first) == skel:
                    break
            else:
                continue
            b0 = m.start(1)
            if spans is None:
                spans = {}
                for (_i, kj, a, b, _e), _w in drows:
                    spans.setdefault(kj, []).append((a, b))
            if any(a < s0 and b > b0 for a, b in spans[ki] if (a, b) != (s0, e0)):
                continue  # the word is part of another mention
            if refused or (firsts.get(before, set()) - {ei}):
                continue
            out[i] = (b0, j)
    return out
