"""The corpus name memory (people68/69): the mined full names, their surnames, :func:`memory_name_recognizer` and
the miner's switch :func:`memory_off`. Part of :mod:`marsad.mentions.people` (split36p).
"""
from __future__ import annotations

import re
from collections import defaultdict
from contextlib import contextmanager
from functools import lru_cache

from marsad.lang.text import normalize, normalize_map
from marsad.mentions.kb import raw_word_list as _raw_words
from marsad.mentions.named_organisations import mined_clubs
from marsad.mentions.name_words import (_country_words, _demonyms_with_article, _foreign_name_word, common_words,
    known_first, title_words)


# the corpus name memory (``memory_name_recognizer``); the miner turns it off while it mines the list (``memory_off``)
_MEMORY_ON = True

_MEMORY_WORD = re.compile(r"[\u0621-\u064a]+")


@lru_cache(maxsize=1)
def mined_full_names() -> dict[str, tuple]:
    """The corpus name memory (``data/kb/mined_full_names.txt``, people68): the full names of two or three words the
    pipeline found as a discovered person across the unannotated sport and local news, indexed by their first word:
    ``{first: (rest, ...)}``, the longer rests first."""
    index: dict[str, list] = defaultdict(list)
    try:
        rows = _raw_words("mined_full_names.txt")
    except FileNotFoundError:
        return {}
    for line in rows:
        words = normalize(line.split("\t")[0]).split()
        if 2 <= len(words) <= 3:
            index[words[0]].append(tuple(words[1:]))
    return {k: tuple(sorted(set(v), key=len, reverse=True)) for k, v in index.items()}


@lru_cache(maxsize=1)
def _memory_sport_local_names() -> frozenset:
    """The remembered names found in three sport or local news documents or more (the last count of each line of
    ``mined_full_names.txt``): the part of the memory the surname rule reads (people72: vouched by the whole corpus,
    سيدي بوزيد's بوزيد of the film-maker ليلى بوزيد, حُلمي 'my dream' of the actor أحمد حلمي were people alone), as
    normalised names of single-spaced words."""
    try:
        rows = _raw_words("mined_full_names.txt")
    except FileNotFoundError:
        return frozenset()
    out = set()
    for line in rows:
        name, _t, counts = line.partition("\t")
        nums = counts.lstrip("# ").split()
        # (people74: a name marked wide, kept past the common-word or person-alias guard, never vouches for a surname)
        if len(nums) >= 4 and int(nums[3]) >= 3 and "wide" not in nums[4:]:
            out.add(" ".join(normalize(name).split()))
    return frozenset(out)


@lru_cache(maxsize=1)
def _memory_surnames() -> frozenset:
    """The surnames the corpus name memory vouches for alone (people69): the last word of exactly one full name of
    :func:`mined_full_names`, no other word of any of its names, no ال-word, four letters or more, no known first
    name, common word, title, country word, nationality adjective or mined club's word, and a word that reads as a
    foreign name's (:func:`_foreign_name_word`: no word whose ال form the news text has), خضيره of سامي خضيره.
    Since people72 the memory holds the names of every section; this rule reads only its sport and local news names
    (:func:`_memory_sport_local_names`), as it did: the world news' names made Arabic words and places surnames
    (بوزيد of سيدي بوزيد, حلمي 'my dream') and their second spellings of the same players shared surnames."""
    names = mined_full_names() if _MEMORY_ON else {}
    if not names:
        return frozenset()
    part = _memory_sport_local_names()
    names = {f: tuple(r for r in rests if " ".join((f,) + r) in part) for f, rests in names.items()}
    names = {f: rests for f, rests in names.items() if rests}
    last: dict[str, int] = defaultdict(int)
    other: set = set(names)
    for rests in names.values():
        for rest in rests:
            last[rest[-1]] += 1
            other |= set(rest[:-1])
    club_words = {w for c in mined_clubs() for w in normalize(c).split()}
    bad = (known_first() | common_words() | title_words() | _country_words() | _demonyms_with_article()
           | club_words | other)
    titles, common = title_words(), common_words()
    # (and a word that reads as a foreign name's, no word of the language: حداد، حمام، ديني have their ال form)
    return frozenset(w for w, n in last.items()
                     if n == 1 and len(w) >= 4 and not w.startswith("ال") and w not in bad
                     and _foreign_name_word(w, titles, common))


@contextmanager
def memory_off():
    """The corpus name memory turned off inside the block (its miner, ``marsad.training.kb_mine full-names``, builds it
    from the pipeline's own output, so the pipeline must not read the list it is writing), and on again after it, even
    when the block fails; the memory's derived surnames are forgotten both times, so no cached set outlives a switch."""
    global _MEMORY_ON
    _MEMORY_ON = False
    _memory_surnames.cache_clear()
    try:
        yield
    finally:
        _MEMORY_ON = True
        _memory_surnames.cache_clear()


_QUOTE_CHARS = frozenset('"«»“”')


def _memory_surnames_alone(text: str, toks: list, rec: list) -> tuple[list[tuple[int, int, str]], set]:
    """A memory surname (:func:`_memory_surnames`) standing alone, as its own word (no proclitic glued), in no
    recogniser span and next to none (one space or less between): the surname the news text calls a player by where
    the article never names him in full (تعرضه لإعاقة من خضيرة). ``(found, written_in_full)``: ``(start, end, word)``
    of each, and the surnames written right after a known first name (a proclitic maybe glued) or a foreign name's
    word (ويسري بولعراس، دافيدي أستوري): the name is longer there and the caller leaves the document's surname to the
    recogniser. The caller adds the others as one-word people of the document only where nothing else claimed them.
    A surname quoted alone ("ماكنزي" after مجموعة الاستشارات: McKinsey, not Kenneth McKenzie) is no person here: the
    pipeline drops spans in quotation marks too (people72)."""
    sur = _memory_surnames()
    if not sur:
        return [], set()
    firsts, titles, common = known_first(), title_words(), common_words()
    out, full = [], set()
    for i, (s, e, w) in enumerate(toks):
        if w not in sur:
            continue
        if i and text[toks[i - 1][1]:s] == " ":
            prev = toks[i - 1][2]
            if (prev in firsts or (len(prev) > 3 and prev[0] in "وفبل" and prev[1:] in firsts)
                    or _foreign_name_word(prev, titles, common)):
                full.add(w)
                continue
        if any(a <= e + 1 and s - 1 <= b for a, b in rec):
            continue
        if 0 < s and e < len(text) and text[s - 1] in _QUOTE_CHARS and text[e] in _QUOTE_CHARS:
            continue  # (a word quoted alone names a firm, a work or a nickname: مجموعة الاستشارات "ماكنزي", people72)
        out.append((s, e, w))
    return out, full


def memory_name_recognizer(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """A full name of the corpus name memory (:func:`mined_full_names`) written in full, its words separated by spaces
    only, as a person's name (people68): the recogniser finds a name where its context helps and misses the same name
    elsewhere; the memory holds the names it found as people in three documents or more of the unannotated news. A
    proclitic و/ف/ب/ل glued to the first word stays out of the span. One pass over the text's words (dictionary
    lookups of the first word); the span rules and coreference then treat it as any recogniser span."""
    names = mined_full_names() if _MEMORY_ON else {}
    if not names:
        return [[] for _ in texts]
    out = []
    for text in texts:
        found = []
        if not text:
            out.append(found)
            continue
        norm = normalize(text)
        words = [(m.start(), m.end(), m.group()) for m in _MEMORY_WORD.finditer(norm)]
        hits = []
        i, n = 0, len(words)
        while i < n:
            s, e, w = words[i]
            rests = names.get(w)
            if rests is None and len(w) > 3 and w[0] in "وفبل":
                rests = names.get(w[1:])
                s += 1
            if rests is not None:
                for rest in rests:
                    k = len(rest)
                    if i + k < n and all(words[i + 1 + t][2] == rest[t]
                                         and norm[words[i + t][1]:words[i + 1 + t][0]].strip(" ") == ""
                                         for t in range(k)):
                        hits.append((s, words[i + k][1]))
                        i += k
                        break
            i += 1
        if hits:
            # (offsets back to the original text only where a name is found: most texts hold none)
            _norm, off = normalize_map(text)
            found = [(int(off[s]), int(off[e - 1]) + 1, "PERS") for s, e in hits]
        out.append(found)
    return out


def _in_memory(words: list) -> bool:
    """The normalised words are a full name of the corpus name memory (:func:`mined_full_names`)."""
    return bool(words) and tuple(words[1:]) in mined_full_names().get(words[0], ())
