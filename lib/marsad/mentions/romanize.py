"""A readable Latin label for a person the knowledge base does not know (مايك بومبيو → Mayk Bumbiyu).

Discovered people have an Arabic label only; reports show ``العربية · English``
labels, so :func:`romanize` builds a Latin spelling with CAMeL Tools'
transliteration utilities (a :class:`~camel_tools.utils.charmap.CharMapper`
inside a :class:`~camel_tools.utils.transliterate.Transliterator`; no downloaded
data): consonants by a news-style table (ش sh, خ kh, غ gh, ع and hamza '), the
long-vowel letters by their position (و is w before or after a vowel and u
between consonants, ي likewise y / i, ا a), ال as ``al-``, a first vowel ``a``
where a word writes none (سعد → Sa'd). It is a romanisation of the Arabic
spelling, not the person's own English spelling.

A word the knowledge base already spells in English is written that way: the
Arabic and English labels of its ~3,000 people (curated and ArWikiCats) are
aligned word by word where both have the same number of words, and each
Arabic word takes its most frequent English spelling (محمد → Mohammed, كاسترو
→ Castro, بول → Paul; العبادي → al-Abadi). So راؤول كاسترو reads "Ra'ul Castro"
rather than "Ra'ul Kastru", and محمد بديع "Mohammed Badi'" rather than a
consonant string. Other words keep the rule-based romanisation.
"""
from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["romanize", "known_spellings"]

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
_C = r"(?:sh|kh|gh|th|dh|ch|[bcdfghjklmnpqrstvwxyz'])"
_CONSONANT = re.compile(_C)
_CLUSTER_OK = re.compile(r"(?:[bcdfgkpt][rl]|s[bcdfgklmnpqtvz]|sh[bcdfgklmnpqtvz])")
# consonant pairs that end names in Latin script as they are (Ford, Hurst, Trump, Frank, Kurz, Schmidt)
_END_CLUSTER = re.compile(r"nd|nt|nk|ng|ns|nz|rd|rt|rk|rn|rs|rz|rg|rm|rf|rsh|rth|st|sk|sp|ft|ks|ts|lt|ld|lf|lk|lm|ls|mp|mb|ms|rl|ch|kh")


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
    # foreign endings: the Portuguese -inho (فرناندينيو، رونالدينهو) and -io (ماريو، أنطونيو)
    word = re.sub(r"(?:iniw|inhw|inhu)$", "inho", word)
    word = re.sub(r"(?<=[^aeiou])iw$", "io", word)
    # a word ending in two consonants the script wrote without their short vowel (راغب → Ragheb, كوشنر →
    # Kushner); the clusters that end English and European names stay (Skaf, Hurst, Trump, Ford)
    m = re.search(r"(" + _C + r")(" + _C + r")$", word)
    if m and len(word) > 3 and "'" not in m.group(0) and not _END_CLUSTER.fullmatch(m.group(0)) and any(
            v in word[:m.start()] for v in "aeiou"):
        word = word[:m.start(2)] + "e" + word[m.start(2):]
    if word.startswith("tsh") and word[3:4] in "aeiou":
        # تش before a vowel opening a name writes the ch of foreign names (تشارلز → Charlez, تشيلسي → Chilsi,
        # تشانغ → Chang), not t + sh with a vowel put between them (Tasharlez)
        word = "ch" + word[3:]
    if word.startswith("'"):
        # ع or hamza opening a word: a vowel before a consonant (عمر → Amr), nothing before a vowel
        word = ("a" + word[1:]) if word[1:2] and word[1] not in "aeiou" else word[1:]
    first = _CONSONANT.match(word)
    if first and _CONSONANT.match(word, first.end()) and not _CLUSTER_OK.match(word):
        # two consonants opening an Arabic word carry a short vowel the script does not write
        # (سعد → Sa'd, كفاح → Kafah); Cr/Cl and s+C clusters of foreign names stay (برونسون، سكريبال)
        word = word[:first.end()] + "a" + word[first.end():]
    if first and not re.search(r"[aeiou]", word):
        # no vowel at all (كرم → Karm, not Krm): the short vowel after the first consonant
        word = word[:first.end()] + "a" + word[first.end():]
    word = word[:1].upper() + word[1:]
    return ("al-" + word) if al else word


_JOIN_ABD = re.compile(r"(?<!\S)(عبد|ابو) (?=\S)")
_EN_PREFIX = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ad|ed|es)-", re.I)
_LATIN_NAME = re.compile(r"^[A-Za-z\u00c0-\u024f'’.-]+$")


def _en_tokens(label: str) -> list[str]:
    """English name words; a hyphenated first-name pair is two words (Jean-Claude), al-Abadi is one."""
    out = []
    for tok in label.split():
        if "-" in tok and not _EN_PREFIX.match(tok):
            out += [t for t in tok.split("-") if t]
        else:
            out.append(tok)
    return out


@lru_cache(maxsize=1)
def known_spellings() -> dict[str, str]:
    """Normalised Arabic name word → the English spelling the knowledge base gives it most often."""
    from collections import Counter, defaultdict

    from marsad.lang.text import normalize
    from marsad.mentions.kb import load_kb

    votes: dict[str, Counter] = defaultdict(Counter)
    people = load_kb().people
    for ar, en, group in zip(people["label_ar"], people["label_en"], people["group"]):
        if not isinstance(ar, str) or not isinstance(en, str):
            continue
        ar_words = normalize(ar.replace("-", " ")).split()
        en_words = _en_tokens(en)
        if len(ar_words) == len(en_words) + 1:
            # عبد الله / Abdullah: the Arabic writes as two words what the English writes as one
            ar_words = _JOIN_ABD.sub(r"\1", " ".join(ar_words)).split()
        if len(ar_words) != len(en_words) or len(ar_words) < 2:
            continue
        for a, e in zip(ar_words, en_words):
            # a Latin name word (no digit, no ordinal) that sounds like the Arabic word: the same first
            # consonant as its romanisation (يوسف is not Joseph, whatever a translated name says)
            if (_LATIN_NAME.match(e) and e[:1].isalpha() and "." not in e and len(e) >= 2 and len(a) >= 2
                    and _same_start(_rule(a), e) and _sounds_alike(_rule(a), e)):
                # the curated people (Arab and world figures, checked spellings) outweigh ArWikiCats
                votes[a][e] += 1 if group == "arwikicats" else 3
    # most frequent spelling; ties go to the capitalised one, then alphabetically (reproducible)
    out = {a: max(c.items(), key=lambda kv: (kv[1], kv[0][:1].isupper(), kv[0]))[0] for a, c in votes.items()}
    # common given names no knowledge-base person has (data/kb/given_name_spellings.tsv: بينيلوبي → Penélope)
    for a, e in _given_name_spellings().items():
        out.setdefault(a, e)
    return out


def _given_name_spellings() -> dict[str, str]:
    """Normalised Arabic given name → its usual Latin spelling, from ``given_name_spellings.tsv``."""
    from marsad.lang.text import normalize
    from marsad.mentions.kb import KB_DIR

    path = KB_DIR / "given_name_spellings.tsv"
    rows = [x.split("\t") for x in path.read_text("utf-8").splitlines() if x.strip() and not x.startswith("#")]
    return {normalize(r[0].strip()): r[1].strip() for r in rows if len(r) == 2}


# first consonants that transliterations exchange (ج j/g, ك/ق k/q/c, و w/v, ب b/p, ث/س/ص s/z/th/c)
_CLASS = str.maketrans("gqcvpzx", "jkkwbsk")


def _first_consonant(word: str) -> str:
    import unicodedata

    w = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()
    w = re.sub(r"^(?:al|el|ad|ar|as|ash|at|az|an|ed|es)-", "", w).replace("'", "")
    w = w.replace("th", "t").replace("ph", "f").replace("dh", "d").translate(_CLASS)
    m = re.search(r"[b-df-hj-np-tv-z]", w[:1] if w[:1] == "y" else w)
    return m.group() if m else ""


def _same_start(rule: str, english: str) -> bool:
    a, b = _first_consonant(rule), _first_consonant(english)
    return bool(a) and a == b or (a in "wf" and b in "wf" and bool(a) and bool(b))


def _consonants(word: str) -> str:
    import unicodedata

    w = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()
    w = re.sub(r"^(?:al|el)-", "", w).replace("'", "")
    w = w.replace("th", "t").replace("ph", "f").replace("ch", "sh").replace("ck", "k").translate(_CLASS)
    return re.sub(r"[aeiouy]", "", w)


def _sounds_alike(rule: str, english: str) -> bool:
    """The consonants of the romanisation and of the English word mostly agree (راخوي ~ Rajoy, not
    الابن ~ Bush or اسلام ~ Stevens, the other name of a translated label)."""
    from difflib import SequenceMatcher

    return SequenceMatcher(None, _consonants(rule), _consonants(english)).ratio() >= 0.3


def _rule(word: str) -> str:
    """The rule-based romanisation of one Arabic word."""
    latin = _transliterator().transliterate(word)
    return " ".join(w for w in (_word(m.group()) for m in _LATIN_WORD.finditer(latin)) if w)


# name words whose knowledge-base spelling is another name's (الدين of صلاح الدين is not "Dean")
_FIXED = {"الدين": "al-Din", "الله": "Allah"}


def _known(word: str) -> str | None:
    from marsad.lang.text import normalize

    key = normalize(word).lstrip("#")
    if key in _FIXED:
        return _FIXED[key]
    spell = known_spellings()
    if key in spell:
        return spell[key]
    if key.startswith("ال") and len(key) > 4 and key[2:] in spell:
        return "al-" + spell[key[2:]]
    return None


# generational suffixes after a name (data/kb/name_suffixes.txt): their English abbreviation
_SUFFIXES = {"جونيور": "Jr.", "جونير": "Jr.", "سينيور": "Sr.", "سنيور": "Sr."}


def romanize(name: str) -> str:
    """Return a Latin spelling of an Arabic name (empty when nothing is Arabic).

    Each word is the knowledge base's English spelling of it when there is
    one, else its rule-based romanisation.
    """
    if not name or not isinstance(name, str):
        return ""
    from marsad.lang.text import normalize

    words = []
    family = pending_abd = False
    for tok in name.strip().split():
        if normalize(tok) == "ال" and words:  # آل, the family: تركي آل الشيخ → Turki Al-Sheikh
            family = True
            continue
        if pending_abd:
            # عبد + ال-word: one name (عبد العزيز → Abdelaziz, unless the knowledge base spells the pair)
            pending_abd = False
            joined = _known("عبد" + tok.lstrip("#"))
            if joined:
                words[-1] = joined
                continue
            if _known(tok):  # Abdel Fattah: both words spelled by the knowledge base
                words.append(_known(tok))
                continue
            rest = _rule(tok)
            rest = re.sub(r"^(?:al|el)-", "", rest, flags=re.I)
            if normalize(tok).startswith("ال") and rest:
                words[-1] = words[-1] + rest.lower()
                continue
            words.append(rest)
            continue
        known = _known(tok)
        word = _SUFFIXES.get(normalize(tok)) if words else None  # دونالد ترامب جونيور → Donald Trump Jr.
        word = word or known or _rule(tok)
        if normalize(tok) == "عبد":
            pending_abd = True
        if not word:
            continue
        if family:
            word = "Al-" + re.sub(r"^(?:al|el)-", "", word, flags=re.I)
            word = word[:3] + word[3:4].upper() + word[4:]
            family = False
        words.append(word)
    if family:
        words.append("Al")
    return " ".join(words).replace("İ", "I").replace("ı", "i")
