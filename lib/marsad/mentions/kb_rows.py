"""Knowledge-base rows against longer names: generational suffixes, family nisbas, a partial name before a surname,
given-name-only full names inside longer names and demonyms that are surnames. Part of
:mod:`marsad.mentions.people` (split36p).
"""
from __future__ import annotations

import re
from functools import lru_cache

from marsad.lang.text import normalize
from marsad.mentions.kb import load_kb
from marsad.mentions.name_words import (_ARABIC_WORD, _CONNECTORS, _demonyms_with_article, _language_word, _LAST_WORD,
    _name_likeness, _NISBA, _RAW_FUNCTION, known_first)
from marsad.mentions.clean_spans import _ORDINALS, _YEAR_AFTER
from marsad.mentions.country_rows import _name_suffixes, _SUFFIX_WORD


def _suffixed_names(texts, spans, kb_rows, taken):
    """A knowledge-base full name followed by a generational suffix (دونالد ترامب جونيور) is another
    person: the knowledge-base row leaves ``taken`` and is returned to be dropped, and the name with its
    suffix becomes a recogniser person span (a discovered person of its own). ``name_suffixes.txt``."""
    suffixes = _name_suffixes()
    hits = []
    for i, (k, s, e, _eid, typ, form, partial) in enumerate(kb_rows):
        if typ != "person" or partial or form != "name":
            continue
        m = _SUFFIX_WORD.match(texts[k], e)
        if m and normalize(m.group(1)) in suffixes:
            hits.append((i, k, s, m.end(1)))
    return _kb_rows_to_person_spans(spans, taken, hits)


def _family_names_after(rest: str, titles: frozenset) -> bool:
    """``rest``, the words of a longer name after a knowledge-base name, is one family nisba with ال ending in ي
    (not ى: الأغلى), also one the news text has as a common word; no title, no demonym, no word of time (محمد علي
    الحوثي; not دونالد ترامب الابن، محمد صلاح المصري، … الماضي)."""
    words = [normalize(w) for w in rest.split()]
    return len(words) == 1 and rest.strip().endswith("ي") and all(
        _NISBA.match(w) and w not in titles and w not in _demonyms_with_article()
        and w not in _YEAR_AFTER and w not in _ORDINALS for w in words)


def _kb_rows_to_person_spans(spans, taken, hits):
    """Turn knowledge-base rows into recogniser person spans: each hit ``(row, segment, start, end)`` replaces
    the spans it overlaps with one PERS span and leaves ``taken``; returns the new spans and the rows dropped."""
    if not hits:
        return spans, set()
    spans = [list(seg) for seg in spans]
    for i, k, s, e in hits:
        spans[k] = sorted([sp for sp in spans[k] if not (sp[0] < e and s < sp[1])] + [(s, e, "PERS")])
        taken[k] = [t for t in taken[k] if t[4] != i]
    return spans, {h[0] for h in hits}


def _partial_before_surname(texts, spans, kb_rows, taken, known, titles, common):
    """A knowledge-base partial name right before a surname is someone else's first name (سعود القحطاني is not
    Mohammed bin Salman Al Saud): the partial leaves ``taken`` and is returned to be dropped, and the two words
    become a recogniser person span (resolved like any other: مون جاي still becomes Moon Jae-in). The next word
    must be an ال-word of the name lists or that the recogniser names with the partial (a family name:
    القحطاني), no common word, no title, no mention."""
    hits = []
    for i, (k, s, e, _eid, typ, _form, partial) in enumerate(kb_rows):
        if typ != "person" or not partial:
            continue
        m = _SUFFIX_WORD.match(texts[k], e)
        if not m or m.start(1) - e != 1:
            continue
        w = normalize(m.group(1))
        # the family name is a name word, or the recogniser names both words together (سعود القحطاني)
        named = any(sp[2] == "PERS" and sp[0] <= s and m.end(1) <= sp[1] for sp in spans[k])
        if (not w.startswith("ال") or len(w) < 5 or not (w in known or named) or w in common or w in titles
                or w in _CONNECTORS or any(a < m.end(1) and m.start(1) < b for a, b, *_r in taken[k])):
            continue
        hits.append((i, k, s, m.end(1)))
    return _kb_rows_to_person_spans(spans, taken, hits)


@lru_cache(maxsize=1)
def _ids_with_short_forms() -> frozenset:
    """The ids of knowledge-base people with an alias or partial form (a name they are also called by alone)."""
    pats = load_kb().patterns
    return frozenset(pats.loc[(pats["label"] == "person") & (pats["form"] == "alias"), "id"])


def _kb_name_inside_longer_name(texts, spans, kb_rows, taken, titles, common):
    """A knowledge-base person's full name of given names only and no short form (محمد علي, Muhammad Ali) right
    after another given name that a recogniser person span starts with and runs into it is the father's and
    grandfather's names of a longer name (الفنانة سلوى محمد علي, the recogniser's سلوى محمد): the row leaves ``taken`` and is returned to be
    dropped, and the three words become a recogniser person span. The word before (the recogniser's first word)
    is no common word, title, connector, word with ال or mention of its own (أوباما جون كيري: Obama, then Kerry)
    and stands one space before."""
    firsts = known_first()
    hits = []
    for i, (k, s, e, _eid, typ, form, partial) in enumerate(kb_rows):
        if typ != "person" or partial or form != "name":
            continue
        words = normalize(texts[k][s:e]).split()
        m = _LAST_WORD.search(texts[k][max(0, s - 30):s])
        # (a person the knowledge base also names by a short form has a family name: مدير مكيب جيمس كومي is
        # McCabe and Comey, not one name)
        if (len(words) != 2 or not all(w in firsts for w in words) or not m or texts[k][s - 1:s] != " "
                or _eid in _ids_with_short_forms()):
            continue
        ps = s - (min(s, 30) - m.start(1))
        prev = normalize(m.group(1))
        if (ps + len(m.group(1)) != s - 1 or prev.startswith("ال") or not _ARABIC_WORD.match(prev) or prev in common
                or prev in titles or prev in _CONNECTORS or any(a < s - 1 and ps < b for a, b, *_r in taken[k])
                or not any(sp[2] == "PERS" and sp[0] == ps and s < sp[1] <= e for sp in spans[k])):
            continue
        hits.append((i, k, ps, e))
    return _kb_rows_to_person_spans(spans, taken, hits)


# a given name of two syllables joined by a hyphen, written without spaces (دونغ-شول، سانغ-دوك): Korean
_HYPHENATED_GIVEN = re.compile(r" ([\u0621-\u064a]{2,5})-([\u0621-\u064a]{2,5})(?![\w-])")


def _short_form_before_hyphenated_given(texts, spans, kb_rows, taken):
    """A knowledge-base person's one-word row (a short form such as كيم, Kim Jong Un's, in a document that names him)
    right before a given name of two syllables joined by a hyphen (كيم دونغ-شول، وكيم سانغ-دوك: three detainees,
    heldout40) is the family name of another person: when a recogniser person span starts at the row (or at its
    glued و) and runs through the hyphenated name, the row leaves ``taken`` and is returned to be dropped, and the
    recogniser's span is the person (the knowledge base's own full names with a hyphen, كيم جونغ-أون، مون جاي-إن,
    are rows of their own words, not one-word rows). The syllables carry no ال."""
    hits = []
    for i, (k, s, e, _eid, typ, _form, _partial) in enumerate(kb_rows):
        if typ != "person" or len(texts[k][s:e].split()) != 1:
            continue
        m = _HYPHENATED_GIVEN.match(texts[k], e)
        if not m or m.group(1).startswith("ال") or m.group(2).startswith("ال"):
            continue
        starts = (s, s - 1) if texts[k][s - 1:s] == "و" else (s,)
        if not any(sp[2] == "PERS" and sp[0] in starts and sp[1] >= m.end() for sp in spans[k]):
            continue
        hits.append((i, k, s, m.end()))
    return _kb_rows_to_person_spans(spans, taken, hits)


def _given_names_before_family_name(texts, doc_ids, spans, kb_rows, taken, titles):
    """A knowledge-base person's full name of two given names only and no short form (محمد علي, Muhammad Ali)
    right before a family nisba with ال (one space between: محمد علي الحوثي) is the first and father's names of a
    longer name, someone else: the row leaves ``taken`` and is returned to be dropped, and the three words become
    a recogniser person span, and the knowledge-base person's rows of the document leave too (the two given names
    alone there are the longer name's short form). The nisba ends
    in ي (:func:`_family_names_after`: no title, demonym, word of time or ordinal; a common word too, الحوثي being
    also the movement's name), is no mention of its own, and the name ends after it (no name word or connector next: محمد علي الحوثي بن …)."""
    firsts = known_first()
    hits = []
    for i, (k, s, e, _eid, typ, form, partial) in enumerate(kb_rows):
        if typ != "person" or partial or form != "name":
            continue
        text = texts[k]
        words = normalize(text[s:e]).split()
        if len(words) != 2 or not all(w in firsts for w in words) or _eid in _ids_with_short_forms():
            continue
        m = _SUFFIX_WORD.match(text, e)
        if not m or m.start(1) - e != 1 or not _family_names_after(m.group(1), titles):
            continue
        w = normalize(m.group(1))
        if (w in titles
                or any(a < m.end(1) and m.start(1) < b for a, b, *_r in taken[k])):
            continue
        n = _SUFFIX_WORD.match(text, m.end(1))
        if n and n.start(1) - m.end(1) == 1 and normalize(n.group(1)) in _CONNECTORS:
            continue
        hits.append((i, k, s, m.end(1)))
    spans, dropped = _kb_rows_to_person_spans(spans, taken, hits)
    # (the same two given names alone elsewhere in the document are that longer name's short form, not the
    # knowledge-base person: على لسان محمد علي after محمد علي الحوثي)
    longer = {(doc_ids[kb_rows[i][0]], kb_rows[i][3]) for i, *_r in hits}
    for i, (k, s, e, eid, typ, form, partial) in enumerate(kb_rows):
        if i not in dropped and typ == "person" and (doc_ids[k], eid) in longer:
            taken[k] = [t for t in taken[k] if t[4] != i]
            dropped.add(i)
            if spans[k]:
                spans[k] = [sp for sp in spans[k] if (sp[0], sp[1]) != (s, e)]
    return spans, dropped


def _demonym_surnames(texts, doc_ids, spans, taken, known, titles, common):
    """A bare plural demonym that is a surname (ويلبور روس: Wilbur Ross, not Russians).

    A bare demonym (no ال) that is also a known name word (روس), right after a first name (a known one,
    or a word that is no word of the language, no title, no common word and no word with ال: a foreign
    first name such as ويلبور), is that person's surname in the whole document: its country rows there
    leave ``taken`` (so the name and its later surname are found) and are returned to be dropped, and the
    two words become a recogniser person span (the recogniser often misses such names). ``جنود روس``
    (a word of the language before it), ``الوفد الروس`` and ``وصل روس``
    stay Russians. Likewise a bare demonym that is a known name word inside a recogniser person name that goes on after
    it (كوري إيدا, Kore-eda, not 'Korean'): a name word in the whole document.
    """
    firsts = known_first()
    hits = []  # (k, first-name start, demonym end, demonym key)
    for k in range(len(texts)):
        if not taken[k]:
            continue
        text = texts[k]
        for cs, ce, t, f, _ti, _p in taken[k]:
            if t != "country" or f != "demonym":
                continue
            w = normalize(text[cs:ce])
            # a surname too (a known name word), not a word with ال
            if w.startswith("ال") or len(w) < 3 or w not in known:
                continue
            m = _LAST_WORD.search(text[max(0, cs - 25):cs])
            if not m or text[cs - 1:cs] != " ":
                continue
            # (a word inside a recogniser person name that goes on after it is a word of that name, not a surname
            # ending a name with the word before it: كوري إيدا, Kore-eda, not يحيي كوري)
            inside = [(a, b) for a, b, typ in spans[k] or () if typ == "PERS" and a <= cs and ce < b]
            if inside:
                hits.append((k, inside[0][0], inside[0][1], w))
                continue
            prev = normalize(m.group(1))
            if not _ARABIC_WORD.match(prev) or prev.startswith("ال") or prev in titles or prev in common:
                continue
            # (an unknown word of a word cluster with few names is a noun: تصريحات روس, 'Ross's remarks', is
            # no full name; ويبور, a misspelt Wilbur, has a cluster of names)
            if prev in firsts or (len(prev) >= 4 and prev not in known and not _language_word(prev)
                                  and m.group(1) not in _RAW_FUNCTION and _name_likeness().get(prev, 1.0) >= 0.2):
                ws = cs - (len(text[max(0, cs - 25):cs]) - m.start(1))
                hits.append((k, ws, ce, w))
    if not hits:
        return spans, set()
    spans = [list(seg) for seg in spans]
    names = {(doc_ids[k], w) for k, _ws, _e, w in hits}
    for k, ws, ce, _w in hits:
        # the name replaces any recogniser span it overlaps (روس alone)
        spans[k] = [sp for sp in spans[k] if not (sp[0] < ce and ws < sp[1])] + [(ws, ce, "PERS")]
        spans[k].sort()
    dropped = set()
    docs = {d for d, _w in names}
    for k in range(len(texts)):
        if doc_ids[k] not in docs or not taken[k]:
            continue
        keep = []
        for item in taken[k]:
            cs, ce, t, f = item[0], item[1], item[2], item[3]
            if t == "country" and f == "demonym" and (doc_ids[k], normalize(texts[k][cs:ce])) in names:
                dropped.add(item[4])
            else:
                keep.append(item)
        taken[k] = keep
    return spans, dropped
