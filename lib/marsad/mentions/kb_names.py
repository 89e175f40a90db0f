"""Spellings of knowledge-base names: the consonant skeletons of names, first-name variants one consonant apart,
edit distance, first-word prefixes and the knowledge base's surnames and middle words. Part of
:mod:`marsad.mentions.people` (split36p).
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from marsad.lang.text import normalize
from marsad.mentions.kb import load_kb
from marsad.mentions.name_words import _CONNECTORS, _JOINED, _kb_people, _name_likeness, known_first, skeleton


# honorifics that a place or an institution named after someone keeps before the name (ستاد الأمير …، مدينة الملك …)
_HONORIFICS = frozenset(normalize(w) for w in "الأمير الأميرة الملك الملكة الشيخ الشيخة السلطان الإمام".split())

# two-word loan phrases only the names of companies, sites and outlets hold (عربية أون لاين, a brokerage in
# heldout13, read after its blind run; ميزان أون لاين): لاين alone is a surname (فون دير لاين)
_ORG_PAIRS = frozenset({(normalize("أون"), normalize("لاين"))})


@lru_cache(maxsize=1)
def _kb_middle_words() -> frozenset:
    """Words of knowledge-base names found only inside them, never first or last (قائد of الباجي قائد السبسي):
    known as name words, but a role word of the language when it ends a recogniser span (مارك راولي قائد)."""
    pats = load_kb().patterns
    pats = pats[(pats["label"] == "person") & ~pats["coref"].astype(bool)]
    middle, ends = set(), set()
    for pattern in pats["pattern"]:
        toks = normalize(pattern).split()
        middle.update(toks[1:-1])
        ends.update(toks[:1] + toks[-1:])
    # (not the second words of compounds, شرف الدين، عبد الله, nor connectors, nor a name word of the NER
    # gazetteers: عبد القادر شيخ كبير)
    try:
        from marsad.mentions import ner as ner_mod

        gaz = ner_mod._gazetteers()
        gaz_words = set(gaz.get("per_first", ())) | set(gaz.get("per_last", ()))
    except (FileNotFoundError, AttributeError, ImportError):
        gaz_words = set()
    return frozenset(w for w in middle - ends if not w.startswith("ال") and w not in _CONNECTORS and w not in gaz_words)


_LATIN_NAME = re.compile(r"[A-Za-z\u00c0-\u024f'.-]+(?: [A-Za-z\u00c0-\u024f'.-]+)+")


def _latin_key(name: str) -> str:
    """A Latin-script name folded for comparison: accents dropped, case folded, hyphens and runs of spaces as one
    space (Marine Le Pen, marine  le-pen)."""
    import unicodedata

    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " ".join(plain.casefold().replace("-", " ").split())


@lru_cache(maxsize=1)
def _kb_english_names() -> dict:
    """The folded English label (:func:`_latin_key`) of each knowledge-base person whose label has two words or
    more and is no other person's -> its id: a name the news text writes in Latin script (an embedded caption,
    a gloss) is that person."""
    people = load_kb().people
    seen: dict = defaultdict(set)
    for pid, label in zip(people["id"], people["label_en"]):
        if isinstance(label, str) and len(label.split()) >= 2:
            seen[_latin_key(label)].add(pid)
    return {key: next(iter(ids)) for key, ids in seen.items() if len(ids) == 1}


@lru_cache(maxsize=1)
def _kb_skeleton_words() -> dict:
    """Skeleton -> the normalised words of the knowledge-base person names with that skeleton."""
    pats = load_kb().patterns
    pats = pats[(pats["label"] == "person") & ~pats["coref"].astype(bool)]
    out: dict = defaultdict(list)
    for pattern in pats["pattern"]:
        key = normalize(pattern)
        out[skeleton(key)].append(tuple(_JOINED.sub(r"\1", key.replace("-", " ")).split()))
    return dict(out)


# Arabic first names that share their consonants and differ by a long vowel, each a name of its own (محمود علي is
# not محمد علي, Muhammad Ali; حسين is not حسن): never spellings of one another
_DISTINCT_FIRSTS = tuple(frozenset(normalize(w) for w in g.split()) for g in (
    "محمد محمود حامد أحمد حمد حمود", "حسن حسين حسان", "سعد سعيد سعود", "عمر عمار عامر عمير", "خالد خلود",
    "سلمان سليمان سالم سليم", "جمال جميل", "كمال كامل", "نبيل نبال", "ماجد مجيد", "حميد حامد", "رشيد راشد",
    "صالح صلاح"))


def _distinct_firsts(a: str, b: str) -> bool:
    """Two different Arabic first names that share their consonants (``_DISTINCT_FIRSTS``)."""
    return a != b and any(a in g and b in g for g in _DISTINCT_FIRSTS)


@lru_cache(maxsize=1)
def _kb_two_word_skeletons() -> dict:
    """Skeleton of a surname -> [(skeleton of the first name, person ids)] of the two-word knowledge-base names."""
    out: dict = defaultdict(list)
    for sk, ids in _kb_people()[1].items():
        toks = sk.split()
        if len(toks) == 2:
            out[toks[1]].append((toks[0], frozenset(ids)))
    return dict(out)


def _one_consonant_apart(a: str, b: str) -> bool:
    """Two first-name skeletons of three consonants or more, one of them the other with one consonant added at the
    end (ستف/ستفن, Steve/Steven; كرستف/كرستفر) or one consonant doubled (جررد/جرد); not one added at the start or
    inside (نكلس/كلس is Niklas, not Claes; لنس/لس is Lance, not Louis)."""
    short, long_ = sorted((a, b), key=len)
    if len(long_) != len(short) + 1 or len(short) < 3:
        return False
    if long_.startswith(short):
        return True
    return any(long_[i] == long_[i - 1] and long_[:i] + long_[i + 1:] == short for i in range(1, len(long_)))


def _first_name_variant_id(key: str, common: frozenset) -> str | None:
    """The one knowledge-base person of two words whose surname is ``key``'s last word within one edit (a
    distinctive one: four consonants or more, no known first name, no common word) and whose first name's skeleton
    is one consonant more or less than ``key``'s at its end or by a doubled consonant (:func:`_one_consonant_apart`:
    جيرارد/جاريد, ج-ر-ر-د and ج-ر-د; ستيف/ستيفن); None when none or several."""
    words = key.split()
    sk = skeleton(key).split()
    if len(sk) != 2 or len(sk[1]) < 4 or len(sk[0]) < 3 or words[1] in common or words[1] in known_first():
        return None
    ids = set()
    for first, pids in _kb_two_word_skeletons().get(sk[1], ()):
        if _one_consonant_apart(first, sk[0]):
            ids |= pids
    if len(ids) != 1:
        return None
    pid = next(iter(ids))
    exact = _kb_people()[0]
    if not any(p == pid and len(k.split()) == 2 and _edit_distance(k.split()[1], words[1]) <= 1
               for k, p in exact.items() if k.split()[-1:] and skeleton(k.split()[-1]) == sk[1]):
        return None
    return pid


def _skeleton_spelling(key: str, sk: str) -> bool:
    """Whether ``key`` can be a spelling of a knowledge-base name with its skeleton ``sk`` (see the link step).

    Compared word by word (بن/آل/عبد joined to the next word, as the skeletons are): the first word at most
    one edit away (ويليام/وليام; not ديانا/دان, جيورجيو/جورج), two when the other words are the same (رفائيل
    نادال), after it a given name the same word and ال where the name has
    it, a father's name the same word after a first name, and a one-word name at most two edits from the
    name's word."""
    words = tuple(_JOINED.sub(r"\1", key.replace("-", " ")).split())
    firsts = known_first()
    like = _name_likeness()

    def given(w):
        return w in firsts and like.get(w, 0.0) >= 0.5
    for kb_words in _kb_skeleton_words().get(sk, ()):
        if len(kb_words) != len(words):
            continue
        # (after the first word, whose spelling may vary, ويليام/وليام: a father's name is a given name too, and
        # a word has ال where the name's word has it)
        if all(a == b or (not (given(a) and given(b)) and a.startswith("ال") == b.startswith("ال"))
               for a, b in zip(words[1:], kb_words[1:])) and (
                len(words) == 1 or words[0] == kb_words[0]
                or (_edit_distance(words[0], kb_words[0]) <= (2 if words[1:] == kb_words[1:] else 1)
                    and not _distinct_firsts(words[0], kb_words[0]))) and not (
                # (a first name and a father's name, a given name in either spelling: that word as in the name,
                # محمد صالح is not محمد صلاح, محمد جابر not محمد الجابر)
                len(words) == 2 and words[1] != kb_words[1] and (given(words[1]) or given(kb_words[1].removeprefix("ال")))) and (
                len(words) > 1 or _edit_distance(words[0], kb_words[0]) <= 2):
            return True
    return False


def _ch_variant_id(alt: str, exact: dict, kb_skel: dict) -> str | None:
    """The knowledge-base person whose name ``alt`` (a discovered name with تش written ش) is, as written or as a
    spelling of one name alone (:func:`_skeleton_spelling`), or None."""
    pid = exact.get(alt)
    if pid is None:
        sk = skeleton(alt)
        ids = kb_skel.get(sk)
        if ids and len(ids) == 1 and _skeleton_spelling(alt, sk):
            pid = next(iter(ids))
    return pid


def _prefix_ids(key: str, entries) -> set:
    """The people whose name starts with the words of ``key`` up to spelling (``entries``: ``(id, first
    words)`` sharing its skeleton), word by word: a known first name is spelled as in the name and a word
    has ال when the name's word has it. The skeleton alone is too loose for a first name and a father's
    name cut from a longer name (محمود حسين is not محمد حسني [مبارك], محمد السعيدي not محمد سعيد [آل
    جابر]); a transliterated word may vary (بينيدكت السادس for بندكت السادس عشر). An ambiguous skeleton
    links no one."""
    words = _JOINED.sub(r"\1", key.replace("-", " ")).split()
    firsts = known_first()
    like = _name_likeness()

    def given(w):  # a given name of the cluster of Arabic given names (محمد، حسن; not جاي, جيه)
        return w in firsts and like.get(w, 0.0) >= 0.5
    ids = {pid for pid, _w in entries}
    if len(ids) != 1:  # the skeleton is ambiguous: no link (as for a full name)
        return ids
    for _pid, kb_words in entries:
        if len(kb_words) != len(words) or not all(
                a == b or (not (given(a) and given(b)) and a.startswith("ال") == b.startswith("ال"))
                for a, b in zip(words, kb_words)):
            return set()
    return ids


@lru_cache(maxsize=1)
def _kb_surnames() -> frozenset:
    """Last words of the knowledge base's full names of two words or more, without ال and no known first
    name (ترامب، ماكرون; not علي of محمد علي, which is also على 'on' once normalised)."""
    out = set()
    firsts = known_first()
    for key in _kb_people()[0]:
        toks = key.split()
        if len(toks) >= 2 and not toks[-1].startswith("ال") and len(toks[-1]) >= 3 and toks[-1] not in firsts:
            out.add(toks[-1])
    return frozenset(out)


def _edit_distance(a: str, b: str, *, swaps: bool = False) -> int:
    """Levenshtein distance; with ``swaps`` two adjacent letters written the other way round count as one
    edit (سبسنر / سبنسر), the optimal-string-alignment distance."""
    prev2 = None
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            d = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if swaps and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb and ca != cb:
                d = min(d, prev2[j - 2] + 1)
            cur.append(d)
        prev2, prev = prev, cur
    return prev[-1]
