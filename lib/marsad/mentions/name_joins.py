"""Names joined to their neighbours in a document: آل dropped, first names joined by و, names sandwiched in a list
and two mentions of one person side by side. Part of :mod:`marsad.mentions.people` (split36p).
"""
from __future__ import annotations

import re
from collections import defaultdict

from marsad.lang.text import normalize
from marsad.mentions.kb import slugify
from marsad.mentions.name_words import (_country_words, _demonyms_with_article, _LAST_WORD, _name_likeness,
    _PROCLITICS, _verb_like, common_words, known_first, skeleton)


_AAL_BEFORE = re.compile(r"(?<![\u0621-\u064a])[آا]ل\s$")


def _without_family_connector(texts, by_doc, rows, kb_rows, dropped, taken, claimed, kb_label) -> list[tuple]:
    """A person named in a document as first name + آل + family name (تركي آل الشيخ) and elsewhere in it with the
    connector left out (الخطيب مش تركي الشيخ, a quoted short form): the short form is that person, where nothing
    else claims its words and no other person of the document has that short form."""
    sources = [(k, s, e, eid, label) for k, s, e, eid, label, _f in rows]
    sources += [(k, s, e, eid, kb_label.get(eid, texts[k][s:e])) for i, (k, s, e, eid, typ, _f, partial)
                in enumerate(kb_rows) if typ == "person" and not partial and i not in dropped]
    shorts: dict = defaultdict(lambda: defaultdict(set))
    doc_of = {k: d for d, ks in by_doc.items() for k in ks}
    for k, s, e, eid, label in sources:
        words = texts[k][s:e].split()
        if len(words) == 3 and normalize(words[1]) == "ال" and len(words[2]) >= 4 and words[2].startswith("ال"):
            shorts[doc_of.get(k)][(words[0], words[2])].add((eid, label))
    out = []
    for doc, pairs in shorts.items():
        for (first, last), ids in pairs.items():
            if len(ids) != 1:
                continue
            eid, label = next(iter(ids))
            pat = re.compile(r"(?<![\u0621-\u064a])[وفبل]?(" + re.escape(first) + r" " + re.escape(last)
                             + r")(?![\u0621-\u064a])")
            for k in by_doc.get(doc, ()):
                for m in pat.finditer(texts[k] or ""):
                    s, e = m.start(1), m.end(1)
                    # (not after آل: آل تركي الشيخ, the connector misplaced in the source, is the whole name)
                    if (any(a < e and s < b for a, b, *_r in taken[k]) or any(a < e and s < b for a, b in claimed[k])
                            or _AAL_BEFORE.search(texts[k][max(0, m.start() - 5):m.start()])):
                        continue
                    out.append((k, s, e, eid, label, "alias"))
                    claimed[k].append((s, e))
    return out


def _present_verb(word: str, known=frozenset()) -> bool:
    """A verb in the present of the third person (يفند، يطمئن، يحتفظان، يؤكدون): ي and three letters or more, no name
    word or first name, of a word cluster of almost no names (or missing from the clusters), and a common word of
    the news text itself or with its dual or plural ending (ان، ون، ين، وا) left off (يحتفظان → يحتفظ), or a word
    of five letters or more whose feminine with ت the news text has in a cluster of almost no names (يتنحى / تتنحى). A surname spelt with ي
    (يلماز، يلدريم، ياسين) is a name word or of a cluster of names, or has no such twin (ياغي، يزبك)."""
    if len(word) < 4 or word[0] != "ي" or word in known or word in known_first():
        return False
    if _name_likeness().get(word, 0.0) >= 0.1:
        return False
    common = common_words()
    if word in common or any(word.endswith(x) and word[:-len(x)] in common and len(word) - len(x) >= 3
                             for x in ("ان", "ون", "ين", "وا")):
        return True
    # (or its feminine with ت is a word of the news text whose cluster holds almost no names: يفند / تفند; a name
    # has no such twin, ياغي، يزبك، يارمولنكو)
    # (five letters or more: ياني, Yanni, has تاني 'again')
    twin = "ت" + word[1:]
    return len(word) >= 5 and twin in _name_likeness() and _name_likeness()[twin] < 0.1 and twin not in known


def _without_last_word(texts, cand: tuple) -> tuple:
    """The candidate ``(k, s, e, key)`` without its last word: its span ends before the last space (spaces
    before it dropped too) and its key loses its last word; a span of one word is kept as it is."""
    k, s, e, key = cand
    span = texts[k][s:e].rstrip()
    cut = span.rfind(" ")
    if cut <= 0:
        return cand
    return (k, s, s + len(span[:cut].rstrip()), " ".join(key.split()[:-1]))


def _first_names_joined_by_waw(texts, doc_ids, cands, taken, doc_starts, exact) -> set:
    """Two people of the document named by first name and joined by و (نشر الهواري صورة لمعز وشيري, where معز
    مسعود and شيري عادل are named in full): a one-word candidate of و and the first word of a full name of the
    document loses its و, and the word before it, a first word of another full name of the document (also after a
    proclitic: لمعز), becomes a candidate of its own. ``cands`` changes in place (the new candidates are appended);
    returns the ``(segment, start)`` of the second names, which no first name before them joins."""
    out, extra = set(), []
    taken_at = {(k, s) for k, s, _e, _key in cands}
    for i, (k, s, e, key) in enumerate(cands):
        starts = doc_starts.get(doc_ids[k], ())
        if (" " in key or not key.startswith("و") or key[1:] not in starts or key in exact
                or texts[k][s:s + 1] != "و"):
            continue
        cands[i] = (k, s + 1, e, key[1:])
        out.add((k, s + 1))
        m = _LAST_WORD.search(texts[k][max(0, s - 25):s])
        if not m or texts[k][s - 1:s] != " ":
            continue
        ws = s - (len(texts[k][max(0, s - 25):s]) - m.start(1))
        raw, prev = m.group(1), normalize(m.group(1))
        for p in ("",) + _PROCLITICS:
            rest = prev[len(p):]
            if (prev.startswith(p) and raw.startswith(p) and rest in starts and rest != key[1:]
                    and (k, ws + len(p)) not in taken_at
                    and not any(a < ws + len(raw) and ws + len(p) < b for a, b, *_r in taken[k])):
                extra.append((k, ws + len(p), ws + len(raw), rest))
                break
    cands.extend(extra)
    return out


# the joints of a list of people's names: a comma, و (spaced or glued), ثم, إلى, each maybe with a nationality
# adjective with ال after it (والفلسطيني)
_LIST_JOINTS = frozenset(normalize(w) for w in "و ثم إلى الى".split())
_SANDWICH_WORD = re.compile(r"[\u0621-\u064a]+")


def _list_joint(gap: str, demonyms: frozenset) -> bool:
    """Whether the text between two names of a list is one joint: a comma and/or one of و، ثم، إلى (و glued to a
    nationality adjective with ال: والفلسطيني, or to nothing), maybe a nationality adjective with ال, nothing else."""
    g = gap.replace("،", " ، ").replace(",", " ، ")
    toks = [normalize(t) for t in g.split()]
    if not toks or len(toks) > 3 or re.search(r"[.:;؛!?؟()\"«»\n]", gap):
        return False
    joint = False
    for t in toks:
        if t == "،" or t in _LIST_JOINTS:
            joint = True
        elif t in demonyms or (t[:1] == "و" and t[1:] in demonyms):
            joint = joint or t[:1] == "و"
        else:
            return False
    return joint and gap[:1].isspace() if gap[:1] not in "،," else joint


def _sandwiched_names(texts, rows, taken, claimed, titles, common) -> list[tuple]:
    """Names of two words between two person mentions of a list (:func:`_list_joint` on both sides): neither word a
    title, a country word, a verb or a known first name's proclitic form, the first no common word and no ال-word, the
    second no common word unless its word cluster holds names, both three letters or more, no part of another
    mention. One discovered person each."""
    demonyms = _demonyms_with_article()
    countries = _country_words()
    persons: dict = defaultdict(list)
    for r in rows:
        persons[r[0]].append((r[1], r[2]))
    for k, tk in taken.items():
        for t in tk:
            if t[2] == "person":
                persons[k].append((t[0], t[1]))
    out = []
    for k, spans in persons.items():
        if len(spans) < 2:
            continue
        spans = sorted(set(spans))
        text = texts[k]
        for (s0, e0), (s1, e1) in zip(spans, spans[1:]):
            between = text[e0:s1]
            if not 8 <= len(between) <= 60:
                continue
            words = list(_SANDWICH_WORD.finditer(between))
            for i in range(len(words) - 1):
                a, b = words[i], words[i + 1]
                if between[a.end():b.start()] != " ":
                    continue
                w1, w2 = normalize(a.group(0)), normalize(b.group(0))
                if not (_list_joint(between[:a.start()], demonyms) and _list_joint(between[b.end():], demonyms)):
                    continue
                if (len(w1) < 3 or len(w2) < 3 or w1.startswith("ال") or w1 in common or w1 in titles
                        or w2 in titles or w1 in countries or w2 in countries or w1 in demonyms or w2 in demonyms
                        or (w2 in common and _name_likeness().get(w2, 0.0) < 0.1) or _verb_like(w1) or _verb_like(w2)
                        or w1[:1] == "و"):
                    continue
                s, e = e0 + a.start(), e0 + b.end()
                if any(x < e and s < y for x, y, *_r in taken[k]) or any(x < e and s < y for x, y in claimed[k]):
                    continue
                key = normalize(text[s:e])
                out.append((k, s, e, "ner:" + slugify(skeleton(key)), text[s:e], "ner"))
                claimed[k].append((s, e))
    return out


def _join_adjacent(texts, rows: list[tuple]) -> list[tuple]:
    """Two mentions of one person with only a space between them are one mention (ميغيل دياز | كانيل:
    the recogniser's shorter name and the surname the surname pass found right after it)."""
    rows = sorted(rows, key=lambda r: (r[0], r[1]))
    out = []
    for r in rows:
        if out:
            p = out[-1]
            gap = texts[r[0]][p[2]:r[1]] if r[0] == p[0] else "x"
            if p[3] == r[3] and gap and not gap.strip() and len(gap) <= 2:
                out[-1] = (p[0], p[1], r[2], p[3], p[4], p[5] if p[5] != "alias" else r[5])
                continue
        out.append(r)
    return out
