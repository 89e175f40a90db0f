"""A name opening with the conjunction و glued to its first word after another person of its sentence
(people83, the lead's thirty-sixth session).

people83 also built and withdrew a cut of a word of the text swallowed at the end of a name whose document names the
shorter name (كمال داود مناصفة): on the whole corpus it also cut a surname the text uses alone (محمد حيدر زمار …
اعتقلت زمار); see docs/EVALUATION.md.
"""
from __future__ import annotations

import re

from marsad.lang.text import normalize
from marsad.mentions.name_words import known_first

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
        # (a rest opening with ف/ب/ل/ك before a known name word, فينس of وفينس مكماهون with ينس 'Jens', is left to the
        # proclitic rules, which would read that letter as a second proclitic)
        if rest[0] in "فبلك" and (rest[1:] in known or rest[1:] in known_first()):
            continue
        # (and no more name-like than its rest, by the share of names in its word cluster: a name with its own و,
        # واندا نارا, sits among names, a conjunction and a name among glued forms)
        like = _name_likeness()
        if like.get(glued, 0.0) > max(0.1, like.get(rest, 0.0) + 0.05):
            continue
        if any(pe <= s and s - pe <= 80 and not _SENTENCE_END.search(text[pe:s]) for pe in ends):
            moved[(s, e)] = s + 1
    return _starts_moved(found, moved)
