"""A word of the text swallowed at the end of a discovered name that its document also names without it
(people83, the lead's thirty-sixth session).

The recogniser sometimes runs a name of two words on into the next word (فاز الروائي الجزائري كمال داود مناصفة مع
…: 'Kamel Daoud won *jointly* with …'); the name's last word is then a word of the text, and coreference makes it
the person's surname alone wherever the document uses it (يفوز مناصفة مع). Where the same document has the shorter
name as a name of its own (كمال داود), the longer name's last word is used in the document outside the names that end
with it (not right after the name's word before it), no recogniser span is that word alone, and it is no name word,
first name or knowledge-base word, the word is not part of the name: it is cut. A last word the document uses only inside the name stays (a fuller name once,
its short form elsewhere), and so does a surname the recogniser also tags alone (وقال بيومي).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from marsad.lang.text import normalize
from marsad.mentions.name_joins import _without_last_word
from marsad.mentions.name_words import _CONNECTORS, _n_words, _PARTICLES, known_first

_WORD = re.compile(r"[^\s\"'«»“”()\[\]{}،,:;؛.!?؟…]+")


def cut_text_word_tails(texts: list[str], doc_ids: list, cands: list[tuple], known: frozenset,
                        exact: frozenset | set) -> list[tuple]:
    """``cands`` (``(k, s, e, key)``, key normalised) with the swallowed last words above cut."""
    by_doc: dict = defaultdict(list)
    for i, (k, _s, _e, _key) in enumerate(cands):
        by_doc[doc_ids[k]].append(i)
    segs_of: dict = defaultdict(list)
    for k, d in enumerate(doc_ids):
        segs_of[d].append(k)
    firsts = known_first()
    out = list(cands)
    for d, idx in by_doc.items():
        keys = Counter(cands[i][3] for i in idx)
        alone = {cands[i][3] for i in idx if _n_words(cands[i][3]) == 1}
        words = None
        for i in idx:
            k, s, e, key = cands[i]
            toks = key.split()
            if _n_words(key) < 3 or key in exact or toks[-2] in _CONNECTORS or toks[-2] in _PARTICLES:
                continue
            last, shorter = toks[-1], " ".join(toks[:-1])
            if (not keys.get(shorter) or last in known or last in firsts or last in alone or last.startswith("ال")
                    or len(last) < 3):
                continue
            if words is None:
                words = Counter()
                for kk in segs_of[d]:
                    if texts[kk]:
                        toks_k = _WORD.findall(normalize(texts[kk]))
                        words.update(zip([""] + toks_k, toks_k))
            # (a use right after the name's own word before it is the name again: استلم ميغيل دياز كانيل … وقال
            # ميغيل دياز كانيل, the recogniser cutting the second one short, is no use of its own)
            if sum(n for (prev, w), n in words.items() if w == last and prev != toks[-2]) >= 1:
                out[i] = _without_last_word(texts, cands[i])
    return out


_SENTENCE_END = re.compile(r"[.!?؟:;؛\n]")
_WAW_GLUED = re.compile(r"و([\u0621-\u064a]{3,})(?![\u0621-\u064a])")


def waw_after_person_in_sentence(text: str, found: list, kb_person: list, known: frozenset) -> list:
    """Recogniser person spans ``(s, e, typ)`` of two words or more whose first word is the conjunction و glued to a
    word start after it when another person (a recogniser span or a knowledge-base person row, ``kb_person``) ends
    earlier in the same sentence, at most 80 characters before (people83): the span is the next person of a
    coordination whose first item is a name and whose items may carry roles, places or complements between them
    (النائب منجي الرحوي عن كتلة الجبهة الشعبية، ومبروك الحريزي; سجلها لويس سواريز ودنيس تشيريتشيف ضد مرماه وإدينسون
    كافاني). The glued word is no name word, known first name or given name of ``waw_given_names.txt`` (وليد، وسام،
    وفاء stay), its rest has three letters or more, no second و, is no common word and is a word of the news text
    (seen three times or more: the rest of a name of its own, سيلة of وسيلة, is not), and the glued word is no more
    name-like than its rest (the share of names in its word cluster at most 0.1, or 0.05 above its rest's)."""
    from marsad.mentions.name_words import _name_likeness, _vocabulary, common_words
    from marsad.mentions.span_repairs import _starts_moved, _waw_names

    pers = sorted((s, e) for s, e, typ in found if typ == "PERS")
    ends = [e for _s, e in pers] + [e for _s, e in kb_person]
    moved = {}
    for s, e in pers:
        m = _WAW_GLUED.match(text, s)
        if not m or m.end() > e or " " not in text[s:e].strip() or (s and text[s - 1] not in " \t\xa0"):
            continue
        glued, rest = normalize(m.group(0)), normalize(m.group(1))
        # (the rest a word of the news text: وسيلة, وداد, وائل, names of their own, leave none seen three times)
        if (rest[0] == "و" or glued in known or glued in known_first() or glued in _waw_names()
                or rest in common_words() or rest not in _vocabulary()):
            continue
        # (and no more name-like than its rest, by the share of names in its word cluster: a name with its own و,
        # واندا نارا, sits among names, a conjunction and a name among glued forms)
        like = _name_likeness()
        if like.get(glued, 0.0) > max(0.1, like.get(rest, 0.0) + 0.05):
            continue
        if any(pe <= s and s - pe <= 80 and not _SENTENCE_END.search(text[pe:s]) for pe in ends):
            moved[(s, e)] = s + 1
    return _starts_moved(found, moved)
