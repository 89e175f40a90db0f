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


def respelled_first_names(texts: list[str], doc_ids: list, rows: list[tuple]) -> dict[int, tuple[int, int]]:
    """The rows to widen: ``{row index: (new start, index of the person's full-name row)}``.

    ``rows`` are the person rows ``(index, k, start, end, entity_id)`` (``k`` the text); ``texts`` and ``doc_ids``
    per text.
    """
    by_doc: dict = {}
    for i, ki, s0, e0, ei in rows:
        by_doc.setdefault(doc_ids[ki], []).append((i, ki, s0, e0, ei))
    out: dict[int, tuple[int, int]] = {}
    for drows in by_doc.values():
        full: dict = {}  # person -> [(first word, last word, row index)] of its rows of two words or more
        firsts: dict = {}  # first word of a full name -> the people it starts
        spans: dict = {}
        for i, ki, s0, e0, ei in drows:
            spans.setdefault(ki, []).append((s0, e0))
            words = texts[ki][s0:e0].split()
            if len(words) >= 2:
                first, last = normalize(words[0]), normalize(words[-1])
                full.setdefault(ei, []).append((first, last, i))
                firsts.setdefault(first, set()).add(ei)
        if not full:
            continue
        for i, ki, s0, e0, ei in drows:
            names = full.get(ei)
            if not names:
                continue
            word = texts[ki][s0:e0]
            if " " in word.strip() or not word.strip():
                continue
            last = normalize(word)
            m = _WORD_BEFORE.search(texts[ki], max(0, s0 - 40), s0)
            if not m:
                continue
            b0 = m.start(1)
            if any(a < s0 and b > b0 for a, b in spans[ki] if (a, b) != (s0, e0)):
                continue  # the word is part of another mention
            before = normalize(m.group(1))
            if before in _refused() or (firsts.get(before, set()) - {ei}):
                continue
            skel = consonant_skeleton(before)
            if len(skel) < _MIN_SKELETON:
                continue
            for first, name_last, j in names:
                if name_last != last or first == before:
                    continue
                if consonant_skeleton(first) == skel:
                    out[i] = (b0, j)
                    break
    return out
