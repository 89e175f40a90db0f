"""A name the document itself shows to be an organisation's (نادي باري، وبايرن ميونيخ، قبائل خولان بن عامر) is no
person anywhere in that document.

The recogniser takes a club, a company or a tribe named by a word that may be a name (باري, Bari; بايرن, Bayern)
for a person: it runs it into a name with the verb or the person before it (نافس باري 'Bari competed'، وقاد هاينكس
بايرن 'Heynckes led Bayern') and the surname pass then counts every later bare mention of the word as that person.
The document says what the word is where it writes it right after an indefinite noun of an organisation in
construct (نادي باري 'the club of Bari'، شركة …، قبائل خولان بن عامر 'the tribes of Khawlan bin Amer'; the list
is ``data/kb/organization_openers.txt``), or where the recogniser itself labels the word and what follows it an
organisation (وبايرن ميونيخ, ORG; a one-word row only). Per document, such a discovered person row marks its words (its key) as an
organisation's name, and then:

- every discovered person row of the document whose words are that key is no person;
- a discovered row that ends with the key after other words is no person either, unless the words before it are
  the surname of another person the document names in full (هاينكس of يوب هاينكس): then the row is that person's
  surname alone (وقاد هاينكس | بايرن);
- unless the document names a person in full with the key as family name after a known first name (بيل كلينتون
  next to مؤسسة كلينتون): the name is then the person's, and the organisation is named after them.

Only discovered people (``ner:`` ids) change; a knowledge-base person is left to the knowledge base's own rules.
A definite noun (النادي، الشركة) is no opener: after a role it heads the holder's name (رئيس النادي ممدوح عباس).
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from marsad.lang.text import normalize

__all__ = ["organisation_openers", "organisation_names"]

_WORD_BEFORE = re.compile(r"([\u0621-\u064a]+)[ \t]+[\"'«“]?[ \t]*$")
_PROCLITICS = ("و", "ف", "ل", "ب", "ول", "وب", "فل", "فب")


@lru_cache(maxsize=1)
def organisation_openers() -> frozenset:
    """The indefinite organisation nouns of ``organization_openers.txt``, normalised."""
    from marsad.mentions.people import _read_words

    return _read_words("organization_openers.txt")


def _after_opener(text: str, s: int) -> bool:
    m = _WORD_BEFORE.search(text[max(0, s - 40):s])
    if not m:
        return False
    w = normalize(m.group(1))
    openers = organisation_openers()
    return w in openers or any(w.startswith(p) and w[len(p):] in openers for p in _PROCLITICS)


def _starts_org_span(text: str, s: int, e: int, org_spans) -> bool:
    """The row is the first word(s) of a recogniser ORG span of two words or more that goes on after it (a proclitic
    before it allowed: وبايرن ميونيخ)."""
    for a, b in org_spans:
        if b <= e or not (a <= s <= a + 2):
            continue
        if a < s and not text[a:s] in _PROCLITICS:
            continue
        if len(text[a:b].split()) >= 2 and text[e:b].strip():
            return True
    return False


def organisation_names(texts: list[str], doc_ids: list, rows: list[tuple], org_spans: dict) -> list[tuple]:
    """The rows without the organisations' names (see the module docstring).

    ``rows`` are ``(k, start, end, entity_id, label, form)`` (``k`` the text); ``org_spans`` maps ``k`` to the
    recogniser's ORG spans ``(start, end)`` of that text.
    """
    from marsad.mentions.people import common_words, known_first

    key_of = [normalize(texts[r[0]][r[1]:r[2]]).replace("_", " ").strip() for r in rows]
    org_keys: dict = defaultdict(set)
    for i, (k, s, e, eid, _lab, _form) in enumerate(rows):
        if not str(eid).startswith("ner:") or not key_of[i]:
            continue
        # (the recogniser's ORG span marks a one-word row only: a club's short name, بايرن of وبايرن ميونيخ; a name of
        # two words or more it starts is a person the recogniser labelled ORG with the words after it)
        if _after_opener(texts[k], s) or (org_spans.get(k) and " " not in key_of[i]
                                          and _starts_org_span(texts[k], s, e, org_spans[k])):
            org_keys[doc_ids[k]].add(key_of[i])
    if not org_keys:
        return rows
    firsts, common = known_first(), common_words()
    # the full names of each document (two words or more): their last word -> (entity, first word)
    fulls: dict = defaultdict(list)
    for i, (k, _s, _e, eid, lab, _form) in enumerate(rows):
        toks = key_of[i].split()
        if doc_ids[k] in org_keys and len(toks) >= 2:
            fulls[doc_ids[k]].append((toks, eid, lab))
    out = []
    for i, row in enumerate(rows):
        k, s, e, eid, lab, form = row
        keys = org_keys.get(doc_ids[k])
        toks = key_of[i].split()
        if not keys or not str(eid).startswith("ner:") or not toks:
            out.append(row)
            continue
        hit = next((key for key in keys if toks[-len(key.split()):] == key.split()), None)
        if hit is None:
            out.append(row)
            continue
        n = len(hit.split())
        # a person named in full with the key as family name after a known first name: the person's name
        if any(len(t) > n and t[-n:] == hit.split() and t[0] in firsts and t[0] not in common
               for t, _e2, _l2 in fulls[doc_ids[k]]):
            out.append(row)
            continue
        if len(toks) == n:
            continue  # the organisation's name alone
        before = toks[:-n]
        # the words before the key: another person's surname in the document (هاينكس of يوب هاينكس)
        owner = next(((e2, l2) for t, e2, l2 in fulls[doc_ids[k]]
                      if len(t) > len(before) and t[-len(before):] == before and e2 != eid
                      and not any(t[-len(kk.split()):] == kk.split() for kk in keys)), None)
        if owner is None:
            continue
        raw = texts[k][s:e]
        words = list(re.finditer(r"\S+", raw))
        if len(words) != len(toks):
            continue
        out.append((k, s, s + words[len(before) - 1].end(), owner[0], owner[1], "alias"))
    return out
