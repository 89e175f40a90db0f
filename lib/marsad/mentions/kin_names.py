"""Relatives named by first name after a kinship noun (:func:`kin_name_recognizer`). Part of
:mod:`marsad.mentions.people` (split36p).
"""
from __future__ import annotations

import re
from functools import lru_cache

from marsad.lang.text import normalize
from marsad.mentions.name_words import (_bare, _CONNECTORS, _KIN, _KIN_PRONOUNS, _language_word, _name_likeness,
    _name_words, _NISBA, _SPEECH, _vocabulary, _WORD, common_words, known_first, title_words)
from marsad.mentions.clean_spans import _first_name_like


# kinship nouns in the dual or a plural (their construct forms, read without a pronoun): two or more relatives
# named by first name follow, joined by و (ولديه خالد ولؤي، ابنتي الرئيس ماليا وساشا: 'the president's two
# daughters Malia and Sasha')
_KIN_MANY = frozenset(normalize(w) for w in (
    "ولدي ولدا ابني ابنا ابنتي ابنتا بنتي بنتا أبناء أبناؤ أبنائ بنات أولاد أحفاد حفيدي حفيدا حفيدتي حفيدتا "
    "شقيقي شقيقا شقيقتي شقيقتا أخوي أخوا أختي أختا توأمي توأما").split())
_KIN_NAME = re.compile(r"[\u0621-\u064a]{3,}")


def _kin_name_word(raw: str, known: frozenset, titles: frozenset, common: frozenset) -> bool:
    """A word that can be a relative's first name: Arabic, three letters or more, no ال, no title, no
    common word (unless a known first name), no word of the language."""
    w = normalize(raw)
    # (no noun with a pronoun: ابناه وراءه, 'his two sons behind him'; no plural adjective: بناتنا مطلقات)
    if w not in known and (raw.endswith(("ه", "ها", "هم", "هما", "هن", "ك", "كم")) or (
            len(w) >= 5 and w.endswith(("ات", "ون", "ين")))):
        return False
    return bool(_KIN_NAME.fullmatch(raw)) and not w.startswith("ال") and w not in titles and (
        w not in common or w in known_first()) and not _language_word(w) and w not in _SPEECH


@lru_cache(maxsize=4096)
def _kin_many_spans(text: str) -> tuple[tuple[int, int], ...]:
    """First names of relatives after a kinship noun in the dual or a plural: with a possessive pronoun
    (ولديه خالد ولؤي، أبناؤه …) one name or more, in the construct before a role (ابنتي الرئيس ماليا وساشا)
    two names or more joined by و (one name there is the role's holder: ابنة الرئيس ترامب)."""
    known, titles, common = _name_words(), title_words(), common_words()
    toks = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    out = []
    for i, (s0, e0, raw0) in enumerate(toks):
        stem, pron = "", False
        # (a conjunction may come before the kinship noun: وابنتي الرئيس; ولديه is the noun itself)
        for raw in (raw0, raw0[1:]) if raw0[:1] in "وف" and len(raw0) > 4 else (raw0,):
            for suf in _KIN_PRONOUNS:
                if raw.endswith(suf) and normalize(raw[:-len(suf)]) in _KIN_MANY:
                    stem, pron = normalize(raw[:-len(suf)]), True
                    break
            if not stem and normalize(raw) in _KIN_MANY:
                stem = normalize(raw)
            if stem:
                break
        if not stem:
            continue
        j = i + 1
        if not pron:
            # the construct: a role with ال (and nisba adjectives) before the names
            if not (j < len(toks) and set(_bare(normalize(toks[j][2]))) & titles and normalize(toks[j][2]).startswith("ال")):
                continue
            j += 1
            while j < len(toks) and _NISBA.match(normalize(toks[j][2])):
                j += 1
        names = []
        prev_end = toks[j - 1][1] if j - 1 > i else e0
        while j < len(toks) and len(names) < 4:
            s1, e1, r1 = toks[j]
            if text[prev_end:s1].strip():
                break
            if names:
                if not r1.startswith("و"):
                    break
                s1, r1 = s1 + 1, r1[1:]
            elif r1.startswith("و") and normalize(r1) not in known:
                break  # (the first name has no conjunction: وأبنائك ومستقبلك)
            if not _kin_name_word(r1, known, titles, common) or (r1.endswith("ى") and normalize(r1) in common):
                break  # (على is 'on')
            # a name word right after (خالد وشيرين دياب): a full name, left to the recogniser
            if (j + 1 < len(toks) and not text[e1:toks[j + 1][0]].strip() and not toks[j + 1][2].startswith("و")
                    and (normalize(toks[j + 1][2]) in known or normalize(toks[j + 1][2]) not in _vocabulary())):
                names = []
                break
            names.append((s1, e1))
            prev_end = e1
            j += 1
        # (one of them a first name: خالد ولؤي، ماليا وساشا)
        if len(names) >= (1 if pron else 2) and any(_first_name_like(normalize(text[a:b])) for a, b in names):
            out += names
    return tuple(out)


_CALLED_WORDS = frozenset(normalize(w) for w in ("المدعو", "المدعوة"))


@lru_cache(maxsize=4096)
def kin_noun(raw: str, pronouns: tuple = _KIN_PRONOUNS) -> bool:
    """Whether ``raw`` (as written) is a singular kinship noun with one of ``pronouns`` (وابنته، ابنتها، فزوجته; a
    glued و / ف allowed on a word of five letters or more)."""
    for w in (raw, raw[1:]) if raw[:1] in "وف" and len(raw) > 4 else (raw,):
        if any(w.endswith(suf) and normalize(w[:-len(suf)]) in _KIN for suf in pronouns):
            return True
    return False


def _kin_one_spans(text: str, loose: bool = False) -> tuple[tuple[int, int], ...]:
    """A relative named by one first name right after a singular kinship noun with a possessive pronoun
    (وابنته يوليا، وزوجته سارة، ابنتها أماني): a word of three letters or more, no ال, no و, no title, no
    common word, no word of the speech verbs, no noun with a pronoun, no plural adjective, no accusative
    (سابقا), no present verb, in a word cluster with some names (5 % or more, 2 % when ``loose``: not نعش),
    and no word right after
    it that may be a surname (not a common word: وزوجته كيت ميدلتون، والدي فضل شاكر are full names, left to
    the recogniser). A word of the language (جود 'generosity') or of a cluster with under 5 % of names (خجول
    'shy') only when ``loose`` (the caller then asks for a word of the language twice in a document: وابنها
    جود … ابنها جود)."""
    known, titles, common = _name_words(), title_words(), common_words()
    like, vocab = _name_likeness(), _vocabulary()
    toks = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    out = []
    for i in range(len(toks) - 1):
        s1, e1, r1 = toks[i + 1]
        if not kin_noun(toks[i][2]):
            continue
        gap = text[toks[i][1]:s1]
        # (or in apposition between commas: زوجته، سارة، 'his wife, Sara,': a known first name, a comma or a full
        # stop right after it)
        if gap.strip() and not (gap.strip() in ("،", ",") and normalize(r1) in known_first()
                                and text[e1:e1 + 2].strip()[:1] in ("،", ",", ".")):
            continue
        # (the participle المدعو/المدعوة, 'the one called', between: وشقيقه المدعو عصام, the lead's Iraq probe)
        j = i + 1  # (the name's token)
        if normalize(r1) in _CALLED_WORDS and i + 2 < len(toks) and not text[e1:toks[i + 2][0]].strip():
            j = i + 2
            s1, e1, r1 = toks[j]
        w = normalize(r1)
        if (not _KIN_NAME.fullmatch(r1) or w.startswith("ال") or w in titles or w in common or w in _SPEECH
                or w in _CONNECTORS or like.get(w, 0.0) < 0.02 or (w.startswith("و") and w not in known)):
            continue
        # (once, a word of a cluster with 5 % of names or more, or a known first name: not خجول 'shy', 2 %)
        if not loose and w not in known and (_language_word(w) or (like.get(w, 0.0) < 0.05 and w not in known_first())):
            continue
        if w not in known and (r1.endswith(("ه", "ها", "هم", "هما", "هن", "ك", "كم")) or (
                len(w) >= 5 and w.endswith(("ات", "ون", "ين")))):
            continue
        if w.endswith("ا") and "ال" + w[:-1] in vocab and w not in known:
            continue
        if w[:1] in "يت" and ("ت" + w[1:] in vocab or "ن" + w[1:] in vocab or "ي" + w[1:] in vocab) and w not in known:
            continue
        if (j + 1 < len(toks) and not text[e1:toks[j + 1][0]].strip() and not toks[j + 1][2].startswith("و")
                and (normalize(toks[j + 1][2]) in known or normalize(toks[j + 1][2]) not in common)):
            continue
        out.append((s1, e1))
    return tuple(out)


def kin_name_recognizer(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """Relatives named by first name after a kinship noun in the dual or a plural (see :func:`_kin_many_spans`)
    or after a singular one with a possessive pronoun (see :func:`_kin_one_spans`)."""
    out = []
    for t in texts:
        if not t:
            out.append([])
            continue
        many = _kin_many_spans(t)
        one = [x for x in _kin_one_spans(t) if not any(a < x[1] and x[0] < b for a, b in many)]
        out.append([(s, e, "PERS") for s, e in list(many) + one])
    return out
