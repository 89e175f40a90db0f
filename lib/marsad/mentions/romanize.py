"""A readable Latin label for a person the knowledge base does not know (مايك بومبيو → Mayk Bumbiyu).

Discovered people have an Arabic label only; reports show ``العربية · English``
labels, so :func:`romanize` builds a Latin spelling with CAMeL Tools'
transliteration utilities (a :class:`~camel_tools.utils.charmap.CharMapper`
inside a :class:`~camel_tools.utils.transliterate.Transliterator`; no downloaded
data): consonants by a news-style table (ش sh, خ kh, غ gh, ع and hamza '), the
long-vowel letters by their position (و is w before or after a vowel and u
between consonants, ي likewise y / i, ا a), ال as ``al-``, a first vowel ``a``
where a word writes none (سعد → Sa'd). It is a romanisation of the Arabic
spelling, not the person's own English spelling (that needs the knowledge base).
"""
from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["romanize"]

# consonants; the long-vowel letters become markers resolved by context below
_TABLE = {
    "ء": "'", "أ": "a", "إ": "i", "آ": "a", "ؤ": "'", "ئ": "'", "ب": "b", "ت": "t", "ث": "th", "ج": "j",
    "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d",
    "ط": "t", "ظ": "z", "ع": "'", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "ة": "a", "پ": "p", "چ": "ch", "ڤ": "v", "ڨ": "g", "گ": "g", "ا": "A", "ى": "A", "و": "W",
    "ي": "Y", "ـ": "", "\u064b": "", "\u064c": "", "\u064d": "", "\u064e": "", "\u064f": "", "\u0650": "",
    "\u0651": "", "\u0652": "",
}
_VOWEL = "aeiouAWY"
_LATIN_WORD = re.compile(r"[A-Za-z']+")
_C = r"(?:sh|kh|gh|th|dh|[bcdfghjklmnpqrstvwxyz'])"
_CONSONANT = re.compile(_C)
_CLUSTER_OK = re.compile(r"(?:[bcdfgkpt][rl]|s[bcdfgklmnpqtvz]|sh[bcdfgklmnpqtvz])")


@lru_cache(maxsize=1)
def _transliterator():
    from camel_tools.utils.charmap import CharMapper
    from camel_tools.utils.transliterate import Transliterator

    return Transliterator(CharMapper(_TABLE, None))


def _word(w: str) -> str:
    al = w.startswith("Al") and len(w) > 3
    if al:
        w = w[2:]
    out = []
    for i, c in enumerate(w):
        prev = out[-1][-1:] if out else ""
        nxt = w[i + 1] if i + 1 < len(w) else ""
        if c == "A":
            out.append("" if prev == "a" else "a")
        elif c in "WY":
            glide, vowel = ("w", "u") if c == "W" else ("y", "i")
            if not prev or prev in "aeiou" or (nxt and nxt in "A"):
                out.append(glide)
            else:
                out.append(vowel)
        else:
            out.append(c)
    word = "".join(out).replace("ngh", "ng")  # نغ is the ng of foreign names (مينغ، هونغ)
    if word.startswith("'"):
        # ع or hamza opening a word: a vowel before a consonant (عمر → Amr), nothing before a vowel
        word = ("a" + word[1:]) if word[1:2] and word[1] not in "aeiou" else word[1:]
    first = _CONSONANT.match(word)
    if first and _CONSONANT.match(word, first.end()) and not _CLUSTER_OK.match(word):
        # two consonants opening an Arabic word carry a short vowel the script does not write
        # (سعد → Sa'd, كفاح → Kafah); Cr/Cl and s+C clusters of foreign names stay (برونسون، سكريبال)
        word = word[:first.end()] + "a" + word[first.end():]
    word = word[:1].upper() + word[1:]
    return ("al-" + word) if al else word


def romanize(name: str) -> str:
    """Return a Latin spelling of an Arabic name (empty when nothing is Arabic)."""
    if not name or not isinstance(name, str):
        return ""
    latin = _transliterator().transliterate(name.strip())
    words = [_word(m.group()) for m in _LATIN_WORD.finditer(latin)]
    return " ".join(w for w in words if w)
