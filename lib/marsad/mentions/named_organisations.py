"""A name the document itself shows to be an organisation's (نادي باري، وبايرن ميونيخ، قبائل خولان بن عامر) is no
person anywhere in that document.

The recogniser takes a club, a company or a tribe named by a word that may be a name (باري, Bari; بايرن, Bayern)
for a person: it runs it into a name with the verb or the person before it (نافس باري 'Bari competed'، وقاد هاينكس
بايرن 'Heynckes led Bayern') and the surname pass then counts every later bare mention of the word as that person.
The document says what the word is where it writes it right after an indefinite noun of an organisation in
construct (نادي باري 'the club of Bari'، شركة …، قبائل خولان بن عامر 'the tribes of Khawlan bin Amer'; the list
is ``data/kb/organization_openers.txt``, no noun that takes a person: حزب دميرتاش، مجموعة بولوريه), or where the
recogniser itself labels the word and one more word an organisation (وبايرن ميونيخ, ORG; a one-word row only, the
second word no common word, verb, first name or word joined by و: مودريتش وكروس, ORG, are two players). Per
document, such a discovered person row marks its words (its key) as an organisation's name, unless it is a name of
two words or more opening with a known first name (شركات الوليد بن طلال: the person's companies); then:

- every discovered person row of the document whose words are that key is no person;
- a discovered row that ends with the key after other words is that of another person's surname when its other
  words are one (هاينكس of يوب هاينكس: وقاد هاينكس | بايرن), no person when they are one verb, common word or title
  (نافس باري 'Bari competed'), and is left as it is otherwise;
- unless the document names a person with the key as family name (a row ending with it after words that are
  neither: مدحت العدل next to شركة العدل, غليس أحمد غليس next to قبائل غليس): the key is then that person's name in
  the whole document, the organisation named after them or their family.

A discovered row that holds a word found only in the transliterated names of English-speaking clubs
(``data/kb/club_name_words.txt``: كوينز بارك رينجرز، مانشستر يونايتد، بلاكبيرن روفرز) is that club's name: it and
every other row of the same discovered entity in the document (رينجرز, named again) are no person, unless it opens
with a known first name and has three words or more (a person's name run into the club's: the row is left).

A discovered row whose words are a club's name mined from the unannotated news text (``data/kb/mined_clubs.txt``,
``marsad.training.kb_mine``: written right after an indefinite club noun or sport role in construct, مدرب غوانزو،
نجم توتنهام، in two documents or more after two nouns or more, and hardly ever after a definite role or a first name)
is that club's name in its document, as after an opener noun: the same rules follow (the other rows ending with it,
a person named in full with it as family name keeps it).

Only discovered people (``ner:`` ids) change; a knowledge-base person is left to the knowledge base's own rules.
A definite noun (النادي، الشركة) is no opener: after a role it heads the holder's name (رئيس النادي ممدوح عباس).
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from marsad.lang.text import normalize
from marsad.mentions.kb import raw_word_list, word_list

__all__ = ["organisation_openers", "organisation_names", "club_name_words", "mined_clubs"]

_WORD_BEFORE = re.compile(r"([\u0621-\u064a]+)[ \t]+[\"'«“]?[ \t]*$")
_PROCLITICS = ("و", "ف", "ل", "ب", "ول", "وب", "فل", "فب")


@lru_cache(maxsize=1)
def organisation_openers() -> frozenset:
    """The indefinite organisation nouns of ``organization_openers.txt``, normalised."""
    return word_list("organization_openers.txt")


@lru_cache(maxsize=1)
def club_name_words() -> frozenset:
    """The words of ``club_name_words.txt`` (only in English-speaking clubs' names), normalised."""
    return word_list("club_name_words.txt")


@lru_cache(maxsize=1)
def mined_clubs() -> frozenset:
    """The club names of ``mined_clubs.txt`` (one or two words, normalised; counts after a tab are comments)."""
    return frozenset(normalize(w.split("\t")[0]).strip() for w in raw_word_list("mined_clubs.txt"))


def _club_word(tok: str) -> bool:
    clubs = club_name_words()
    return tok in clubs or any(tok.startswith(p) and tok[len(p):] in clubs for p in _PROCLITICS)


def _opener_with_suffix(w: str) -> bool:
    """An organisation opener with a pronoun suffix or the dual's ي (ناديه، فريقها، ناديي), و/ف maybe before it."""
    openers = organisation_openers()
    for x in (w, w[1:] if w[:1] in "وف" else w):
        if any(x.endswith(suf) and x[:-len(suf)] in openers for suf in ("ه", "ها", "هم", "ي")):
            return True
    return False


def _after_opener(text: str, s: int) -> bool:
    m = _WORD_BEFORE.search(text[max(0, s - 40):s])
    if not m:
        return False
    w = normalize(m.group(1))
    openers = organisation_openers()
    return w in openers or any(w.startswith(p) and w[len(p):] in openers for p in _PROCLITICS)


def _starts_org_span(text: str, s: int, e: int, org_spans, *, verb_like, common, first_names) -> bool:
    """The row is the first word of a recogniser ORG span of exactly two words (a proclitic before it allowed:
    وبايرن ميونيخ، لسلتا فيغو) whose second word looks like the rest of a club's name: no common word, verb, known
    first name or ال-word, no word starting with و (two names joined: مودريتش وكروس), nor a preposition glued to
    an article or a present verb (إبراهيموفيتش للشياطين، رومارينيو ليفرض)."""
    for a, b in org_spans:
        if b <= e or not (a <= s <= a + 2):
            continue
        if a < s and text[a:s] not in _PROCLITICS:
            continue
        rest = text[e:b].split()
        if len(rest) != 1:
            continue
        w = normalize(rest[0])
        if (w in common or w in first_names or verb_like(w) or w.startswith(("و", "ال"))
                or w.startswith(("لل", "بال", "لي", "لت", "لن", "لا", "لأ", "لإ"))):
            continue
        return True
    return False


def organisation_names(texts: list[str], doc_ids: list, rows: list[tuple], org_spans: dict, *, verb_like,
                       common: frozenset, first_names: frozenset, titles: frozenset) -> list[tuple]:
    """The rows without the organisations' names (see the module docstring).

    ``rows`` are ``(k, start, end, entity_id, label, form)`` (``k`` the text); ``org_spans`` maps ``k`` to the
    recogniser's ORG spans ``(start, end)`` of that text. The word tests are the person matcher's
    (:mod:`marsad.mentions.people` passes its verb test, common words, known first names and titles), given as
    arguments so that this module does not import the one that calls it.
    """
    key_of = [normalize(texts[r[0]][r[1]:r[2]]).replace("_", " ").strip() for r in rows]
    firsts = first_names
    org_keys: dict = defaultdict(set)
    club_ids: dict = defaultdict(set)
    for i, (k, s, e, eid, _lab, _form) in enumerate(rows):
        toks = key_of[i].split()
        if not str(eid).startswith("ner:") or not toks:
            continue
        # (a club's transliterated name: كوينز بارك رينجرز; not a known first name before two more words)
        if any(_club_word(t) for t in toks) and not (len(toks) >= 3 and toks[0] in firsts):
            org_keys[doc_ids[k]].add(key_of[i])
            club_ids[doc_ids[k]].add(eid)
            continue
        # (a club's name the news text writes after club nouns and sport roles: مدرب غوانزو، نجم توتنهام)
        if key_of[i] in mined_clubs():
            org_keys[doc_ids[k]].add(key_of[i])
            continue
        # (a name of two words or more opening with a known first name is a person's, whose organisation it is:
        # شركات الوليد بن طلال)
        if len(toks) >= 2 and toks[0] in firsts:
            continue
        # (the recogniser's ORG span marks a one-word row only: a club's short name, بايرن of وبايرن ميونيخ)
        if _after_opener(texts[k], s) or (org_spans.get(k) and len(toks) == 1 and _starts_org_span(
                texts[k], s, e, org_spans[k], verb_like=verb_like, common=common, first_names=firsts)):
            org_keys[doc_ids[k]].add(key_of[i])
    if not org_keys:
        return rows
    # the names of two words or more of each document
    fulls: dict = defaultdict(list)
    for i, (k, _s, _e, eid, lab, _form) in enumerate(rows):
        toks = key_of[i].split()
        if doc_ids[k] in org_keys and len(toks) >= 2:
            fulls[doc_ids[k]].append((toks, eid, lab))

    def owner_of(doc, before, eid, keys):
        """Another person of the document whose name ends with ``before`` (هاينكس of يوب هاينكس)."""
        return next(((e2, l2) for t, e2, l2 in fulls[doc]
                     if len(t) > len(before) and t[-len(before):] == before and e2 != eid
                     and not any(t[-len(kk.split()):] == kk.split() for kk in keys)), None)

    def run_in(before) -> bool:
        """Words before the key that name nobody: one verb, common word or title (نافس باري), or an opener noun with
        a pronoun or in the dual (ناديه فيرييا 'his club Vereya', ناديي فيتوريا وباهيا: not the first name نادية)."""
        return len(before) == 1 and (_opener_with_suffix(before[0]) or before[0] not in firsts and (
            verb_like(before[0]) or before[0] in common or before[0] in titles))

    # a key the document also has as the family name of a person named in full (مدحت العدل next to شركة العدل,
    # غليس أحمد غليس next to قبائل غليس) stays that person's name in the document
    kept: dict = defaultdict(set)
    for d, keys in org_keys.items():
        for key in keys:
            n = len(key.split())
            for t, e2, _l2 in fulls[d]:
                if len(t) > n and t[-n:] == key.split() and not run_in(t[:-n]) and not owner_of(d, t[:-n], e2, keys):
                    kept[d].add(key)
    out = []
    for i, row in enumerate(rows):
        k, s, e, eid, lab, form = row
        d = doc_ids[k]
        if eid in club_ids.get(d, ()):
            continue  # (the club's name, named again by one of its words: رينجرز)
        keys = org_keys.get(d, set()) - kept.get(d, set())
        toks = key_of[i].split()
        hit = next((key for key in keys if toks[-len(key.split()):] == key.split()), None) if toks else None
        if hit is None or not str(eid).startswith("ner:"):
            out.append(row)
            continue
        n = len(hit.split())
        if len(toks) == n:
            continue  # the organisation's name alone
        before = toks[:-n]
        owner = owner_of(d, before, eid, keys)
        if owner is not None:
            words = list(re.finditer(r"\S+", texts[k][s:e]))
            if len(words) == len(toks):
                out.append((k, s, s + words[len(before) - 1].end(), owner[0], owner[1], "alias"))
            continue
        if run_in(before):
            continue
        out.append(row)
    return out
