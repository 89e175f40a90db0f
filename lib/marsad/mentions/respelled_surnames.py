"""A surname named again in another spelling in the same document (شكري بلعيد … اغتيال بالعيد، رضا بلحاج … رضا
بالحاج، محمد الشناوي … الشناوى): the other spelling names the same person (people59, session 30).

Arabic news spells one family name with and without its long vowels and hamza (بلعيد، بالعيد; بلحاج، بالحاج; ى or ي
and ة or ه are one letter once normalised). Per document, the last word of each person mention of two words or more
(four letters or more) gives a skeleton: the word without ا ى ي and hamza (بلعيد، بالعيد → بلعد; ال and ة stay, so
الشاهد is no شهادة); at least three letters stay. A word of the document whose skeleton is one of them, one long vowel or
hamza apart from the surname as written (one more, or one exchanged: فانس، فينس; not أيلول for الأول), and of no other
person of the document (no other word of any person mention of the document has that skeleton), that is not the
surname as written (the surname pass takes that), no common word, title, known first name or word whose ال form is a
word of the news text (جامعة is no جمعة), and no part of another
mention, names that person; a proclitic و/ف may be glued before it. Right after a mention of the same person's first
name alone (a headline's رضا بالحاج, the first name found alone), the mention is made whole instead.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from marsad.lang.text import normalize

__all__ = ["surname_skeleton", "respelled_surnames"]

_DROP = re.compile("[اىيءئؤأإآ]")
_MIN_SKELETON = 3
_MIN_LETTERS = 4
_MARKS = re.compile(r"[\u064b-\u065f\u0640\u0670]")
# the letters a skeleton leaves out, and the marks, anywhere in a written word; a letter of the skeleton as written
_SKIPPED = "[اىيءئؤأإآ\u064b-\u065f\u0640\u0670]*"
_WRITTEN = {"ه": "[هة]", "ا": "[اأإآ]"}


@lru_cache(maxsize=4096)
def _finder(skeletons: tuple[str, ...]) -> re.Pattern:
    """A regex of the written words (a proclitic و/ف allowed) whose letters, less those a skeleton leaves out, are one
    of ``skeletons``: a fast first look before each word is normalised and checked."""
    alts = ("".join(_WRITTEN.get(c, re.escape(c)) + _SKIPPED for c in sk) for sk in skeletons)
    return re.compile(r"(?<![\u0621-\u064a\u064b-\u065f\u0640\u0670])(?:[وف]" + _SKIPPED + ")?" + _SKIPPED
                      + "(?:" + "|".join(alts) + r")(?![\u0621-\u064a\u064b-\u065f\u0640\u0670])")


@lru_cache(maxsize=1 << 14)
def surname_skeleton(word: str) -> str:
    """The letters of a normalised word that spellings of one family name share: ا ى ي and hamza left out (بلعيد،
    بالعيد → بلعد; بلحاج، بالحاج → بلحج). ال stays (الشاهد is no شهادة), and normalisation already writes ى as ي and ة
    as ه (الشناوى، الشناوي)."""
    return _DROP.sub("", normalize(word))


_VOWELS = frozenset("اىيءئؤأإآ")


def _one_vowel_apart(a: str, b: str) -> bool:
    """Two normalised spellings one long vowel or hamza apart: one such letter more (بالعيد، بلعيد) or one exchanged for
    another (فينس، فانس); not two changes (أيلول is no الأول, يصلح no صلاح, الأمين no اليماني)."""
    if len(a) == len(b):
        diff = [(x, y) for x, y in zip(a, b) if x != y]
        return len(diff) == 1 and diff[0][0] in _VOWELS and diff[0][1] in _VOWELS
    if abs(len(a) - len(b)) != 1:
        return False
    long, short = (a, b) if len(a) > len(b) else (b, a)
    return any(long[i] in _VOWELS and long[:i] + long[i + 1:] == short for i in range(len(long)))


def _vocabulary() -> frozenset:
    from marsad.mentions.name_words import _vocabulary as vocabulary

    return vocabulary()


@lru_cache(maxsize=1)
def _refused() -> frozenset:
    from marsad.mentions.people import common_words, known_first, title_words

    return common_words() | title_words() | known_first()


def respelled_surnames(texts: list[str], doc_ids: list, rows: list[tuple], spans) -> tuple[list, dict]:
    """New alias rows ``(k, start, end, entity_id)`` and rows to widen ``{row index: new end}``.

    ``rows`` are the person rows ``(index, k, start, end, entity_id)``; ``spans[k]`` the ``(start, end)`` of every
    mention of text ``k`` (a :class:`marsad.mentions.offsets.RowSpans`); ``texts`` and ``doc_ids`` per text.
    """
    by_doc: dict = defaultdict(list)
    for r in rows:
        by_doc[doc_ids[r[1]]].append(r)
    wanted: dict = {}  # doc -> {skeleton: (entity, {the surname as written})}
    for d, drows in by_doc.items():
        owners: dict = defaultdict(set)
        surnames: dict = defaultdict(set)
        for _i, k, s, e, eid in drows:
            words = normalize(texts[k][s:e]).split()
            for w in words:
                owners[surname_skeleton(w)].add(eid)
            if len(words) >= 2 and len(words[-1]) >= _MIN_LETTERS:
                surnames[(surname_skeleton(words[-1]), eid)].add(words[-1])
        keep = {sk: (eid, written) for (sk, eid), written in surnames.items()
                if len(sk) >= _MIN_SKELETON and owners[sk] == {eid}}
        if keep:
            wanted[d] = keep
    if not wanted:
        return [], {}
    first_rows: dict = defaultdict(list)  # k -> one-word rows (index, start, end, entity)
    for d in wanted:
        for i, k, s, e, eid in by_doc[d]:
            if " " not in texts[k][s:e].strip():
                first_rows[k].append((i, s, e, eid))
    refused = _refused()
    added, widened = [], {}
    finders = {d: _finder(tuple(sorted(keep))) for d, keep in wanted.items()}
    for k, text in enumerate(texts):
        keep = wanted.get(doc_ids[k])
        if not keep or not text:
            continue
        for m in finders[doc_ids[k]].finditer(text):  # (the words that may have a skeleton of the document's)
            s, e = m.span()
            w = normalize(m.group(0))
            got = keep.get(surname_skeleton(w)) if len(w) >= _MIN_LETTERS else None
            if got is None and w[:1] in "وف" and len(w) > _MIN_LETTERS:
                # a proclitic و/ف glued before the name (وبالعيد): the mention starts after it and its marks
                w = w[1:]
                got = keep.get(surname_skeleton(w))
                s += 1 + len(_MARKS.match(text, s + 1).group(0)) if _MARKS.match(text, s + 1) else 1
            if got is None:
                continue
            eid, written = got
            if w in written or not any(_one_vowel_apart(w, x) for x in written):
                continue
            if any(a < e and s < b for a, b in spans[k]):
                continue
            before = [r for r in first_rows.get(k, ()) if r[3] == eid and r[2] == s - 1 and text[r[2]:s] == " "]
            # (a common word, a title, a first name or a noun or adjective of the news text, its ال form a word too,
            # only right after the person's first name: رضا بالحاج; شخصية جامعة is no جمعة)
            if (w in refused or "ال" + w in _vocabulary()) and not before:
                continue
            if before:
                widened[before[0][0]] = e
            else:
                added.append((k, s, e, eid))
            spans[k].append((s, e))
    return added, widened
