"""The recogniser chain: the CRF model (:func:`crf_recognizer`), the علي and -inho recognisers, the words of the
language cut from span ends, and :func:`default_recognizer`, which runs them all. Part of
:mod:`marsad.mentions.people` (split36p).
"""
from __future__ import annotations

import re

from marsad.lang.text import normalize
from marsad.mentions.name_words import (_ARABIC_WORD, _CONNECTORS, _country_words, _demonyms_with_article,
    _foreign_name_word, _glued_noun, _glued_preposition_word, _kb_people, _masculine_present, _name_likeness,
    _name_words, _NISBA, _PARTICLES, _preposition_noun, _PREV_WORD, _SHORT_PARTICLES, _THAT, _verb_like, _vocabulary,
    _WORD, common_words, known_first, NER_MIN_CONFIDENCE, organization_words, title_words)
from marsad.mentions.kb_names import _kb_surnames
from marsad.mentions.name_memory import _in_memory, memory_name_recognizer
from marsad.mentions.span_repairs import _glued_list_names, _hyphen_tails, _list_item_names
from marsad.mentions.role_recognisers import (_SPACED, apposition_recognizer, called_name_recognizer,
    called_verb_name_recognizer, copula_role_recognizer, credit_recognizer, demonym_name_recognizer,
    family_name_recognizer, learned_name_recognizer, name_before_role_recognizer, persian_compound_recognizer,
    quoted_role_name_recognizer, rank_name_recognizer, role_closing_name_recognizer, role_complement_name_recognizer,
    role_complement_spaced_recognizer, role_name_recognizer)
from marsad.mentions.kin_names import kin_name_recognizer


def crf_recognizer(texts: list[str], *, neural: bool = True) -> list[list[tuple[int, int, str]]]:
    """The shipped CRF NER model as a recogniser: PERS and ORG spans of confident tokens (``neural=False``: the
    CRF without the neural scorer the shipped model attaches)."""
    from marsad.mentions import ner as ner_mod

    return ner_mod.predict_spans(texts, model=ner_mod.load_model(neural=neural), types=("PERS", "ORG"),
                                 min_confidence=NER_MIN_CONFIDENCE)


_FAMILY_BEFORE = frozenset(normalize(w) for w in "ال آل ابن بن ابو أبو بنت عبد أم ام".split())

# علي written with ي (no letter glued before it but و), then one or two words: the first name علي and its surname
_ALI_NAME = re.compile(r"(?<![\u0621-\u064a\u0640])و?(علي)[ \u00a0]([\u0621-\u064a]{3,})(?:[ \u00a0]([\u0621-\u064a]{3,}))?")
_NEXT_ANY_WORD = re.compile(r"[ \u00a0]+([\u0621-\u064a]+)")
_ALI_NAME_END = re.compile(r"[ \t\u00a0]*(?:[.،,:;؛!?؟()\[\]\"«»“”\-–]|$)")


def _ali_surname_word(w: str, raw: str, titles: frozenset, common: frozenset, kb_words: frozenset) -> bool:
    """A normalised word that may be the surname (or the father's name) after the first name علي: three letters or
    more, no common word, title, country word, nationality adjective, short particle or past verb of the news text,
    no knowledge-base person's name word that is no first name (ترامب، بوتين: على ترامب is 'on Trump'), no
    accusative (ا, tanwin) or ى ending; and a name word by the data: a known first name or name word (gazetteers,
    given names), a word of a word cluster of names (a third or more of its words are names), a word the news text
    hardly has (no word of the shipped clusters), or a family nisba (ال + three letters or more + ي) the news text
    has in no other form (الكبسي; not الدولي)."""
    if (len(w) < 3 or w in common or w in titles or w in _country_words() or w in _demonyms_with_article()
            or w in _SHORT_PARTICLES or w in _THAT or raw.endswith(("ا", "اً", "ى")) or "\u064b" in raw
            or (w in kb_words and w not in known_first())):
        return False
    vocab = _vocabulary()
    if w.startswith("ال"):
        return w[2:] not in vocab and (w not in vocab or (bool(_NISBA.match(w)) and not w.endswith(("يه", "ية"))
                                                          and w[2:-1] not in vocab))
    if _verb_like(w) or _masculine_present(w):
        return False
    return (w in known_first() or w in _name_words() or _name_likeness().get(w, 0.0) >= 1 / 3
            or w not in vocab or _foreign_name_word(w, titles, common)
            # (a Persian surname in -اني whose stem is no word of the news text: لاريجاني، شمخاني; not أعطاني)
            or (len(w) >= 6 and w.endswith("اني") and w[:-2] not in vocab and w[:-3] not in vocab
                and "ال" + w not in vocab))


def _is_name_word(w: str) -> bool:
    """A normalised word that is a name word by a list or by the data (known first name, gazetteer or
    knowledge-base name word, a word of a word cluster a third or more of whose words are names)."""
    return (w in known_first() or w in _name_words() or w in _kb_people()[3]
            or _name_likeness().get(w, 0.0) >= 1 / 3) and w not in common_words()


def ali_name_recognizer(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """People named علي (people76): علي written with ي (the spelling of the name; the preposition على normalises to the
    same word, so every rule that reads a common word as no name word reads علي as 'on'), then one or two words
    that are name words by the data (:func:`_ali_surname_word`), the name ending at punctuation, the end of the text or
    a word that is no such name word: رئيس البرلمان علي لاريجاني، علي فياض، علي الكبسي. Not after a letter (بعلي، لعلي),
    not right after a name word (أحمد عز الدين علي عزت: the father's name inside a longer name, which
    :func:`_ali_inside_name` reads), and not where another recogniser's span is (theirs win)."""
    titles = title_words()
    common = common_words()
    kb_words = frozenset(_kb_surnames())
    out = []
    for text in texts:
        found = []
        for m in _ALI_NAME.finditer(text):
            # (علي right after a name word, no word with ال but الدين and الله of compound names, is the father's
            # name inside a longer name, see _ali_inside_name)
            prev = _PREV_WORD.search(text, max(0, m.start() - 30), m.start())
            if prev is not None and (normalize(prev.group(1)) in ("الدين", "الله") or (
                    not prev.group(1).startswith("ال") and _is_name_word(normalize(prev.group(1))))):
                continue
            words = [m.group(2)] + ([m.group(3)] if m.group(3) else [])
            starts = [m.start(2)] + ([m.start(3)] if m.group(3) else [])
            name = []
            for raw, st in zip(words, starts):
                if not _ali_surname_word(normalize(raw), raw, titles, common, kb_words):
                    break
                name.append((st, st + len(raw)))
            if not name:
                continue
            end = name[-1][1]
            # the name ends there: punctuation, the end of the text, or a word that reads as no name word (a common
            # word, title, particle or verb); a word of neither kind may go on the name, so no span
            nxt = _NEXT_ANY_WORD.match(text, end)
            stop = _ALI_NAME_END.match(text, end) is not None or (nxt is not None and (
                normalize(nxt.group(1)) in common or normalize(nxt.group(1)) in titles
                or _verb_like(normalize(nxt.group(1))) or len(nxt.group(1)) < 3))
            if stop:
                found.append((m.start(1), end, "PERS"))
        out.append(found)
    return out


_SPAN_WORD = re.compile(r"[^\s]+")
_OBJECT_SUFFIXES = ("هما", "هم", "ها", "كم", "نا", "ه")


def _language_edge_word(raw: str) -> bool:
    """A raw word at the end of a person span that is a word of the language, not a name (people76): no name word
    by any list or by the data (known first names, the gazetteers' and the knowledge base's name words, a word
    cluster a tenth or more of whose words are names), and by its form and the news text's words

    - a verb: a past verb whose present with ي the news text has (كلف/يكلف), a present with ي whose form with ت it
      has (يفند/تفند), or either with a glued و or ف (فأشار: أشار), maybe with an object pronoun (يزودانهم);
    - an accusative adverb or circumstantial written with ا and no tanwin whose bare form the news text has and
      whose cluster holds hardly any names (متحسرا، سندا).

    Used to cut such a word off the end of a name the recogniser ran on into the sentence (داود الشريان يفند
    شائعة …, ستيبان سافاريان فأشار إلى …)."""
    w = normalize(raw)
    if not _ARABIC_WORD.match(w) or len(w) < 3:
        return False
    like = _name_likeness()
    vocab = _vocabulary()

    def named(x: str) -> bool:
        return x in known_first() or x in _name_words() or x in _kb_people()[3] or like.get(x, 0.0) >= 0.1

    # (nor a one-word pattern of the knowledge base: a word cut off a span would become that mention, لومه 'his
    # blame' is also Lomé)
    if named(w) or w.startswith("ال") or w in _country_words():
        return False

    def verb(x: str) -> bool:
        if len(x) < 3 or named(x) or like.get(x, 0.0) >= 0.1:
            return False
        if _verb_like(x) or _masculine_present(x) or (x[:1] == "ت" and len(x) >= 4 and "ي" + x[1:] in vocab
                                                      and like.get(x, 1.0) < 0.1):
            return True
        # (a present with ي whose past is a verb of the news text: يفند / فند, يكلف / كلف)
        if x[:1] == "ي" and len(x) >= 4 and x[1:] in vocab and _verb_like(x[1:]) and like.get(x[1:], 1.0) < 0.2:
            return True
        # (a present or past verb with an object pronoun: يزودانهم، أبلغها)
        return any(x.endswith(suf) and len(x) - len(suf) >= 3 and (
            _verb_like(x[:-len(suf)]) or _masculine_present(x[:-len(suf)])
            or (x[:1] in "يت" and "ي" + x[1:-len(suf)] in vocab and "ت" + x[1:-len(suf)] in vocab))
            for suf in _OBJECT_SUFFIXES)

    # (a word written with ة is a noun: زهرة, not زهر + the object pronoun ه)
    if verb(w) and not (raw.endswith("ة") and w.endswith("ه")):
        return True
    # (a present verb of the dual or plural, تقتربان، يؤكدون; a preposition glued to a noun of the news text, برصاص)
    if any(w.endswith(suf) and len(w) - len(suf) >= 4 and verb(w[:-len(suf)]) for suf in ("ان", "ون", "ين")):
        return True
    if _glued_preposition_word(w, _name_words()) or _preposition_noun(w, _name_words()) or _glued_noun(w):
        return True
    # (a verb with the conjunction و or ف glued: فأشار، وأكد; the bare verb a word of the news text of a cluster of
    # hardly any names)
    if w[:1] in "وف" and len(w) >= 4 and w[1:] in vocab and not named(w[1:]) and like.get(w[1:], 1.0) < 0.05 and (
            verb(w[1:]) or (w[1] == "ا" and len(w) >= 5 and like.get(w, 1.0) < 0.1)):
        return True
    # (an accusative written with ا and no tanwin: متحسرا 'regretful', سندا 'on the basis')
    return (raw.endswith("ا") and "\u064b" not in raw and len(w) >= 4 and w[:-1] in vocab
            and like.get(w[:-1], 1.0) < 0.05 and like.get(w, 0.0) < 0.05 and not named(w[:-1]))


def _language_tails_cut(text: str, found: list) -> list:
    """The person spans of ``found`` without the words of the language (:func:`_language_edge_word`) they end in:
    a span of three names or more (a compound given name, عبد الخالق, counts once) loses them while two are left. Not after a name particle or family
    connector (سيمون أبي رميا: رميا is the family name) or a known first name (a chain of given names ends in the
    family name: أحمد مجدي إبراهيم محمد زهرة), and not in a name the knowledge base or the corpus name memory holds
    as it is written."""
    out = []
    kb_exact = _kb_people()[0]
    firsts = known_first()
    for s, e, typ in found:
        if typ == "PERS":
            words = [(m.start() + s, m.end() + s) for m in _SPAN_WORD.finditer(text[s:e])]
            norm = [normalize(text[a:b]) for a, b in words]
            n = len(words)
            while (_name_units(norm[:n]) >= 3 and norm[n - 2] not in _CONNECTORS and norm[n - 2] not in _PARTICLES
                   and norm[n - 2] not in _FAMILY_BEFORE and norm[n - 2] not in firsts
                   and " ".join(norm[:n]) not in kb_exact
                   and not _in_memory(norm[:n]) and _language_edge_word(text[words[n - 1][0]:words[n - 1][1]])):
                n -= 1
            e = words[n - 1][1] if words else e
        out.append((s, e, typ))
    return out


_COMPOUND_HEADS = frozenset(normalize(w) for w in ("عبد", "ابو", "أبو", "ام", "أم"))
_COMPOUND_TAILS = frozenset(normalize(w) for w in ("الدين", "الله"))


def _name_units(words: list) -> int:
    """The names in normalised name words, a compound given name counting once (عبد الخالق، أبو بكر، نور الدين)."""
    n = len(words)
    for i in range(1, len(words)):
        if words[i - 1] in _COMPOUND_HEADS or words[i] in _COMPOUND_TAILS:
            n -= 1
    return n


def default_recognizer(texts: list[str], *, neural: bool = True) -> list[list[tuple[int, int, str]]]:
    """The CRF model's spans plus appositions, names right after a role and quoted names after a role
    that it missed (``neural=False``: the CRF without its neural scorer, see :func:`crf_recognizer`)."""
    # called with the texts alone by default: a recogniser swapped in for crf_recognizer takes only texts
    crf = crf_recognizer(texts) if neural else crf_recognizer(texts, neural=False)
    # appositions first, then each cue recogniser's spans that overlap none found before
    app = apposition_recognizer(texts)
    for recognise in (role_name_recognizer, role_complement_spaced_recognizer, quoted_role_name_recognizer, name_before_role_recognizer,
                      copula_role_recognizer, role_complement_name_recognizer, demonym_name_recognizer,
                      rank_name_recognizer, persian_compound_recognizer, family_name_recognizer,
                      called_name_recognizer, called_verb_name_recognizer, learned_name_recognizer,
                      memory_name_recognizer, ali_name_recognizer, role_closing_name_recognizer):
        app = [a + [x for x in q if not any(y[0] < x[1] and x[0] < y[1] for y in a)]
               for a, q in zip(app, recognise(texts))]
    # relatives named by first name after a dual or plural kinship noun replace the model's spans there
    # (خالد ولؤي is two people)
    kin = kin_name_recognizer(texts)
    crf = [[y for y in a if not any(x[0] < y[1] and y[0] < x[1] for x in kn)] + kn for a, kn in zip(crf, kin)]
    # and so do the names of a credit list after a quoted title (the model tags لهناء الفاسي an organisation)
    cred = credit_recognizer(texts)
    crf = [[y for y in a if not any(x[0] < y[1] and y[0] < x[1] for x in cr)] + cr for a, cr in zip(crf, cred)]
    # the next name of a list glued to its و (روميلو لوكاكو ومروان فيلايني), which the model tags when the و is
    # spaced but not when glued: the glued word is rare in the news text, so it has no cluster of names
    crf = [a + _glued_list_names(text, a + b) for text, a, b in zip(texts, crf, app)]
    out = []
    demonyms = _demonyms_with_article()
    for text, a, b in zip(texts, crf, app):
        # (a name after a role's complement without a comma gives way to any name of the model it overlaps)
        b = [x if x[2] != _SPACED else (x[0], x[1], "PERS") for x in b
             if x[2] != _SPACED or not any(y[0] < x[1] and x[0] < y[1] for y in a)]
        # an apposition that covers CRF spans (the model tagged the surname only: علي [لاريجاني])
        # replaces them; one that crosses a CRF span's edge gives way to it, unless the CRF span only adds the
        # nationality adjective before it (نظيرته [السويدية مارغو] والستروم)
        covered = {y for x in b for y in a if y[2] == "PERS" and x[0] <= y[0] and y[1] <= x[1] or (
            y[2] == "PERS" and y[0] < x[0] < y[1] <= x[1] and normalize(text[y[0]:x[0]].strip()) in demonyms)}
        extra = [x for x in b if not any(y[0] < x[1] and x[0] < y[1] for y in a if y not in covered)]
        out.append([y for y in a if y not in covered or not any(x[0] < y[1] and y[0] < x[1] for x in extra)] + extra)
    # the items of a list of people's names that the model missed or cut, and the hyphenated end of a name (people63)
    return [_language_tails_cut(text, _hyphen_tails(text, _list_item_names(text, o))) if o else o
            for text, o in zip(texts, out)]


# the Portuguese diminutive -inho of Brazilian footballers' one-word names (فرناندينيو، باولينيو، رونالدينهو)
_INHO = re.compile(r"(?<![\u0621-\u064a])([\u0621-\u064a]{4,}(?:ينيو|ينهو)س?)(?![\u0621-\u064a])")


def _inho_name(word: str) -> bool:
    """A one-word name with the Portuguese diminutive -inho (باولينيو) or its plural -inhos (ماركينيوس), not the
    construct plural of a nisba (فلسطينيو الداخل: فلسطينيون)."""
    w = normalize(word)
    if w.endswith(("ينيوس", "ينهوس")) and len(w) >= 7:
        return True
    if not w.endswith(("ينيو", "ينهو")) or len(w) < 6:
        return False
    return not (w.endswith("يو") and w[:-1] + "ون" in _vocabulary())


def inho_recognizer(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """One-word names with the Portuguese diminutive -inho (see :func:`_inho_name`), without a proclitic."""
    like = _name_likeness()
    triggers = organization_words()[0]
    out = []
    for t in texts:
        found = []
        for m in _INHO.finditer(t or ""):
            s, w = m.start(1), normalize(m.group(1))
            # (-inhos also ends a company's Latin name: شركة دولفينيوس, Dolphinus; not after an organisation noun)
            before = _WORD.findall(normalize(t[max(0, s - 30):s]))
            prev = before[-1] if before else ""
            if w.endswith("س") and (prev in triggers or (prev[1:] in triggers and prev[:1] in "وفبل")):
                continue
            # a proclitic (وباولينيو) when the rest is a word of the news text at least as name-like
            if w[:1] in "وفبل" and w[1:] in like and (w not in like or like[w[1:]] >= like[w]):
                s, w = s + 1, w[1:]
            if _inho_name(w):
                found.append((s, m.end(1), "PERS"))
        out.append(found)
    return out
