"""Recognisers of names next to a role or a cue: apposition, after a role or a rank, quoted after a role, before a
role, with a copula, after a role's complement, آل family names, المدعو / يدعى, Persian compound names, after a
nationality adjective, credits and learned given names. Part of :mod:`marsad.mentions.people` (split36p).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from marsad.lang.text import normalize
from marsad.mentions.kb import word_list as _read_words
from marsad.mentions.name_words import (_ARABIC_WORD, _bare, _BEFORE_NAME_WORDS, _CONNECTORS, _country_words,
    _DEFINITE, _demonyms_with_article, _foreign_name_word, _FUNCTION_AFTER_PARTICLE, _language_word,
    _masculine_present, _name_likeness, _name_words, _NISBA, _PRONOUNS, _quotations, _RELATIVE_PRONOUNS,
    _SHORT_PARTICLES, _SPEECH, _stems, _THAT, _verb_like, _vocabulary, _WORD, _word_tokens, common_words, known_first,
    military_ranks, organization_words, title_words)
from marsad.mentions.span_repairs import _foreign_given_spelling, _no_article_spelling
from marsad.mentions.clean_spans import (_first_name_like, _free_name_word, _NO_ROLE, _PERSIAN_COMPOUND,
    _persian_compound_at, _waw_surname, _ya_name_after_first, _YEAR_AFTER, learned_given_names)


# an apposition: "، name of two or three words،" (وزير الدفاع الإسرائيلي، أفيغدور ليبرمان، الأحد)
_APPOSITION = re.compile(r"[،,]\s*([^\s،,.:;؛()\[\]\"'«»“”!?؟]+(?:\s+[^\s،,.:;؛()\[\]\"'«»“”!?؟]+){1,2})\s*(?=[،,])")

# a word as written, its diacritics and tatweel in it (offsets of the text); a proclitic chain of one or two letters
_RAW_ARABIC_WORD = re.compile(r"[\u0621-\u064a][\u0621-\u065f\u0640\u0670]*")
_MARK = re.compile(r"[\u064b-\u065f\u0640\u0670]")
_ONE_WORD_PROCLITIC = re.compile(r"^(?:[وف]|[وف]?[بلك])$")


def _surname_after_first(toks: list, i: int, firsts: frozenset, common: frozenset) -> bool:
    """Whether ``toks[i]``, a word with ال, is the surname of a name of two words whose first word is a known first
    name and no common word (عمر السومة, while السومة alone is a common word of the news text)."""
    return (len(toks) == 2 and i == 1 and toks[1].startswith("ال") and len(toks[1]) > 4
            and toks[0] in firsts and toks[0] not in common)


def apposition_recognizer(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """People named in apposition to a role: "<title> …، <two or three name words>،".

    The words must follow a title or role word of ``person_titles.txt`` by at
    most six words, and be neither common words, titles, nor (for the first)
    a word with ال. High precision, for the names a statistical model misses
    (وزير الدفاع الإسرائيلي، أفيغدور ليبرمان، …).
    """
    titles = title_words()
    common = common_words()
    firsts = known_first()
    out = []
    for text in texts:
        found = []
        if "،" in text or "," in text:
            for m in _APPOSITION.finditer(text):
                toks = [normalize(t) for t in m.group(1).split()]
                # a common word that is also a known first name may start the name (رئيس البرلمان، علي
                # لاريجاني،: علي is also "on"); the other words must be no common words
                # (a title after the family connector آل is the family's name: تركي آل الشيخ)
                # (a surname with ال on the common-word list after a known first name that is no common word ends a
                # name of two words: لاعب النادي الأهلي السعودي، عمر السومة،: السومة is also 'the bargaining')
                if toks[0].startswith("ال") or any(
                        (t in titles and not (i and toks[i - 1] == "ال"))
                        or (t in common and not (i == 0 and t in firsts) and not _surname_after_first(toks, i, firsts, common))
                        or not _ARABIC_WORD.match(t) for i, t in enumerate(toks)):
                    continue
                before = [normalize(w) for w in _WORD.findall(text[max(0, m.start() - 80):m.start()])][-6:]
                if any(b in titles and b not in _NO_ROLE for w in before for b in _bare(w)):
                    found.append((m.start(1), m.end(1), "PERS"))
        out.append(found)
    return out


# adjectives of a role that are no nisba (الرئيس السابق يحيى جامع، الفنانة الراحلة …، الرئيس المنتخب …)
_ROLE_ADJECTIVES = frozenset(normalize(w) for w in (
    "السابق السابقة الأسبق الراحل الراحلة الجديد الجديدة المخلوع المنتخب المنتخبة المعزول المستقيل").split())


@lru_cache(maxsize=1)
def _al_given_names() -> frozenset:
    """Given names written with the article that start a name after a role (``al_given_names.txt``: الهادي)."""
    return _read_words("al_given_names.txt")


@lru_cache(maxsize=1)
def _role_given_names() -> frozenset:
    """people114: given names that are words of the language or that no first-name list holds (``role_given_names.txt``:
    أمل، فائقة، محسن، خليل), which start a name right after a role like an ال-given name, and nowhere else."""
    return _read_words("role_given_names.txt")


_ROLE_PRONOUNS = ("هما", "هم", "ها", "ه")


def _role_with_pronoun(word: str, titles: frozenset) -> bool:
    """people114: a role word with a possessive pronoun, its ة written ت before it (محاميتها: (ال)محامية + ها;
    مستشاره: (ال)مستشار + ه): the stem or its ال form a title, no organisation noun's _NO_ROLE word."""
    for suf in _ROLE_PRONOUNS:
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            stem = word[:-len(suf)]
            stem = stem[:-1] + "ه" if stem.endswith("ت") else stem
            forms = set(_bare(stem)) | {"ال" + b for b in _bare(stem)}
            return any(b in titles and b not in _NO_ROLE for b in forms)
    return False


def _after_role_given(first: str, word: str, role_given: frozenset, demonyms: frozenset) -> bool:
    """people114: whether ``word`` may follow ``first``, a name of ``role_given_names.txt``, in a name: a word with ال
    only when it is a nisba family name (الشارني، الغرياني) and no nationality adjective -- many of these names are nouns
    in construct with an ال-word too (أمل الحكومة 'the government's hope')."""
    return first not in role_given or not word.startswith("ال") or (bool(_NISBA.match(word)) and word not in demonyms)


def _al_given_after_role(text: str, s: int, titles: frozenset) -> frozenset:
    """The ال-given name (``al_given_names.txt``) or the given name of ``role_given_names.txt`` that starts the span at ``s``, when a title or role is among the
    three words before it with no punctuation between (وزير الداخلية الهادي مجدوب), as a set; else an empty set."""
    m = re.match(r"[\u0621-\u064a]+", text[s:s + 20])
    w = normalize(m.group(0)) if m else ""
    # (people114: and a name of role_given_names.txt, which may also follow a role with a possessive pronoun)
    role_given = w in _role_given_names()
    if w not in _al_given_names() and not role_given:
        return frozenset()
    head = text[max(0, s - 50):s]
    if re.search(r"[،,.:;؛!?؟()\"«»]", head):
        head = re.split(r"[،,.:;؛!?؟()\"«»]", head)[-1]
    before = [normalize(x) for x in head.split()][-3:]
    return frozenset({w}) if any(b in titles for x in before for b in _bare(x)) or (
        role_given and before and _role_with_pronoun(before[-1], titles)) else frozenset()


def role_name_recognizer(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """People named right after a role: "<title> [nationality] <known first name> <one or two words>" (or a
    nationality adjective with ال alone after a comma or at the start: "، القطري ناصر الخليفي").

    A title or role word of ``person_titles.txt``, then at most two nisba
    adjectives (الإيراني، الكوري الشمالي), then two or three words with no
    punctuation between them: the first a known first name (NER gazetteer,
    knowledge-base first names), the others known name words or no common
    words, none a title, the last no common word (نائب الرئيس الإيراني علي
    أكبر صالحي قوله → علي أكبر صالحي). For the names a statistical model misses
    where no commas make an apposition.
    """
    titles = title_words()
    common = common_words()
    firsts = known_first()
    triggers = organization_words()[0]
    demonyms = _demonyms_with_article()
    al_given = _al_given_names()
    role_given = _role_given_names()
    out = []
    for text in texts:
        toks = _word_tokens(text)
        found = []
        i = 0
        while i < len(toks):
            # an institution named after a person (مركز الملك سلمان للإغاثة) is no person
            # (a nationality adjective with ال stands for the role after a comma or at the start of a sentence:
            # رئيس نادي باريس سان جرمان، القطري ناصر الخليفي)
            lead = toks[i][2] in demonyms and (i == 0 or bool(re.search(r"[،,.:؛]\s*$", text[toks[i - 1][1]:toks[i][0]])))
            # (people114: a role with a possessive pronoun before a name of role_given_names.txt: محاميتها أمل كلوني)
            pron_role = (not lead and i + 1 < len(toks) and toks[i + 1][2] in role_given
                         and not any(b in titles for b in _bare(toks[i][2])) and _role_with_pronoun(toks[i][2], titles)
                         and not text[toks[i][1]:toks[i + 1][0]].strip())
            if not (lead or pron_role or any(b in titles and b not in _NO_ROLE for b in _bare(toks[i][2]))) or (
                    i and not lead and any(b in triggers for b in _bare(toks[i - 1][2]))):
                i += 1
                continue
            j = i + 1
            # (the complement of a role before an adjective of the role: رئيس الوزراء السابق، وزير الخارجية الأسبق)
            if (j + 1 < len(toks) and toks[j][2].startswith("ال") and toks[j + 1][2] in _ROLE_ADJECTIVES
                    and not text[toks[i][1]:toks[j][0]].strip() and not text[toks[j][1]:toks[j + 1][0]].strip()):
                j += 1
            first_adj = j
            # (an ال-given name is no nisba there: وزير الداخلية الهادي مجدوب)
            while (j < len(toks) and j - first_adj <= 1 and (_NISBA.match(toks[j][2]) or toks[j][2] in _ROLE_ADJECTIVES)
                   and toks[j][2] not in al_given and not text[toks[j - 1][1]:toks[j][0]].strip()):
                j += 1
            # or a noun with a possessive pronoun right after the role (نجم وسطه عبد الله السعيد: 'its midfield
            # star'; حارس مرماه): no first name (طه، عبده), no title, no word with ال
            if j == i + 1 and j < len(toks) and not text[toks[i][1]:toks[j][0]].strip() and not pron_role:
                raw_j = text[toks[j][0]:toks[j][1]]
                if (raw_j.endswith(("ه", "ها")) and len(toks[j][2]) >= 4 and not toks[j][2].startswith("ال")
                        and toks[j][2] not in role_given
                        and toks[j][2] not in titles and toks[j][2] not in firsts and _ARABIC_WORD.match(toks[j][2])):
                    j += 1
            name = []
            role_adj = any(toks[x][2] in _ROLE_ADJECTIVES for x in range(i + 1, j))
            # (a role after a preposition, its own or one before it, heads no construct: للمخرج حسين المطلق, not
            # حالة الفنانة ماجدة الصحية, 'the artist Magda's health condition')
            governed = bool(_GOVERNED_ROLE.match(toks[i][2])) or (
                i > 0 and toks[i - 1][2] in _FUNCTION_AFTER_PARTICLE and not text[toks[i - 1][1]:toks[i][0]].strip())
            # (or a nationality adjective of the role's holder before a foreign name the gazetteers lack: نظيرته
            # السويدية مارغو والستروم; see _foreign_pair)
            role_dem = not role_adj and any(toks[x][2] in demonyms for x in range(i + 1, j))
            for t in toks[j:j + 3]:
                prev_end = name[-1][1] if name else toks[j - 1][1]
                # (a title after the family connector آل is the family's name: تركي آل الشيخ)
                # (nor an age word: الأمير جورج البالغ من العمر أربعة أعوام)
                if (text[prev_end:t[0]].strip() or not _ARABIC_WORD.match(t[2]) or t[2] in _AGED
                        or (t[2] in titles and not (name and name[-1][2] == "ال")) or t[2].startswith("لل")):
                    break
                raw = text[t[0]:t[1]]
                # no tanwin (جدولاً), no ى-ending first word (على is "on", علي a name)
                if "\u064b" in raw or raw.endswith("اً"):
                    break
                # nor an accusative written without tanwin after the name (عصام الحضري ضاحكا: 'laughing'): a word of
                # the news text ending in ا, no name word, of a word cluster of almost no names
                if (len(name) >= 2 and raw.endswith("ا") and len(t[2]) >= 5 and t[2] in _vocabulary()
                        and t[2] not in _name_words() and t[2] not in firsts and _name_likeness().get(t[2], 0.0) < 0.1):
                    break
                # (a first name of four letters or more that is no common word may end in ى: يحيى، مصطفى، موسى)
                # (after a role and an adjective of the role, رئيس الوزراء السابق سلام فياض, a first name the
                # gazetteers lack will do: a word that is no common word, title, ال-word or glued proclitic)
                if not name and (t[2] not in firsts or len(t[2]) < 3
                                 or (raw.endswith("ى") and (len(t[2]) < 4 or t[2] in common))) and not (
                        (role_adj or role_dem) and _free_name_word(t[2], raw, titles, common)) and not (
                        t[2] in al_given or t[2] in role_given):
                    break
                if name and (len(t[2]) < 3 or (t[2] in common and t[2] not in firsts and not (
                        len(name) == 1 and governed and _family_word_ends_phrase(text, [name[0], t], firsts, common, demonyms)))
                             or (t[2].startswith("و") and t[2] not in firsts and t[2][1:] in firsts | titles)):
                    break
                # (nor a present verb with ي whose form with ت is a word of the news text, no name word: الطفل المصري
                # عمر يسبح ضد التيار, 'Omar swims against the tide')
                if name and _masculine_present(t[2]):
                    break
                if len(name) == 1 and not _after_role_given(name[0][2], t[2], role_given, demonyms):
                    break
                # a third word with ال after a second with ال is an adjective (علي الصلابي المقيم)
                if len(name) == 2 and t[2].startswith("ال") and name[1][2].startswith("ال") and name[1][2] not in ("الدين", "الله"):
                    break
                # (nor a participle with الم that the news text has, no name word: جاك سوك المصنف 25)
                if (len(name) == 2 and t[2].startswith("الم") and t[2] in _vocabulary() and t[2] not in _name_words()
                        and t[2] not in firsts):
                    break
                name.append(t)
            # no common word (also after a proclitic: لموقف) nor a connector (تركي آل …) at the end
            while len(name) > 1 and (any(b in common for b in _bare(name[-1][2])) or name[-1][2] in _CONNECTORS) and not (
                    len(name) == 2 and (_ya_name_after_first(text, name[-1], name[0], firsts)
                                        or (governed and _family_word_ends_phrase(text, name, firsts, common,
                                                                                  demonyms)))):
                name.pop()
            # a common first word (علي / على) needs an unknown last word
            if name and name[0][2] in common and (len(name) < 2 or name[-1][2] in firsts):
                name = []
            # (a first name the gazetteers lack, after a role adjective, needs a second word of the same kind)
            if (role_adj and name and name[0][2] not in firsts
                    and not all(_free_name_word(t[2], text[t[0]:t[1]], titles, common) for t in name[1:])):
                name = []
            if role_dem and name and name[0][2] not in firsts and not _foreign_pair(text, name, titles, common):
                name = []
            if len(name) < 2 and not pron_role:
                name = _unknown_first_family(text, toks, j, titles, common, firsts)
            if pron_role and (len(name) < 2 or name[0][2] not in role_given):
                name = []
            if len(name) >= 2:
                found.append((name[0][0], name[-1][1], "PERS"))
                i = j + len(name)
            else:
                i += 1
        out.append(found)
    return out


def role_complement_spaced_recognizer(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """people93: people named after a role AND its complement of one or two ال-words, no comma (رئيس الحكومة يوسف
    الشاهد، لرئيس الفريق المولدي عبيشو; :func:`_name_after_complement`), where :func:`role_name_recognizer` finds no
    name right after the role: spans of type ``PERS-spaced``, which give way to any name of the model they overlap
    (see ``default_recognizer``). The role word as :func:`role_name_recognizer` reads it (a title or role word, no
    organisation noun before it); no nisba or role adjective between the role and its complement (that case is
    :func:`role_name_recognizer`'s)."""
    titles = title_words()
    common = common_words()
    firsts = known_first()
    triggers = organization_words()[0]
    demonyms = _demonyms_with_article()
    # (people114: a name of role_given_names.txt opens a name after the complement as an ال-given name does)
    al_given = _al_given_names() | _role_given_names()
    right_after = role_name_recognizer(texts)
    out = []
    for text, taken in zip(texts, right_after):
        toks = _word_tokens(text)
        found = []
        for i in range(len(toks)):
            if not any(b in titles and b not in _NO_ROLE for b in _bare(toks[i][2])) or (
                    i and any(b in triggers for b in _bare(toks[i - 1][2]))):
                continue
            # (a nisba or a role adjective right after the role is role_name_recognizer's case)
            if i + 1 < len(toks) and (_NISBA.match(toks[i + 1][2]) or toks[i + 1][2] in _ROLE_ADJECTIVES) and (
                    toks[i + 1][2] not in al_given):
                continue
            name = _name_after_complement(text, toks, i, titles, common, firsts, demonyms, al_given)
            if name and not any(s < name[1][1] and name[0][0] < e for s, e, _k in taken + found):
                found.append((name[0][0], name[1][1], _SPACED))
        out.append(found)
    return out


def _name_after_complement(text: str, toks: list, i: int, titles: frozenset, common: frozenset, firsts: frozenset,
                           demonyms: frozenset, al_given: frozenset) -> list:
    """people93: the two-word name after the role ``toks[i]`` and its complement of one or two words with ال (the
    second maybe with و: وزيرة الشباب والرياضة), spaces only between, no comma (the comma's case is
    :func:`role_complement_name_recognizer`'s): a known first name that is no common word, or an ال-given name, then a
    word that is no common word, title, verb, first name or age word -- or, after a known first name that is no common
    word, a family name with ال of five letters or more that is a common word but no nisba, participle with الم or role
    adjective (يوسف الشاهد, 'the witness') --; or a first name the gazetteers lack and an ال family name
    (:func:`_unknown_first_family`). No name word right after the two (a longer name: the other recognisers')."""
    k = i + 1
    if (k >= len(toks) or not toks[k][2].startswith("ال") or text[toks[i][1]:toks[k][0]] != " "):
        return []
    comp = [toks[k]]
    if (k + 1 < len(toks) and toks[k + 1][2].startswith(("ال", "وال")) and text[toks[k][1]:toks[k + 1][0]] == " "
            and toks[k + 1][2] not in al_given and toks[k + 1][2] not in firsts):
        comp.append(toks[k + 1])
    if any(len(c[2]) < 4 or c[2] in titles or c[2] in demonyms or c[2] in al_given or c[2] in firsts
           or c[2] in _ROLE_ADJECTIVES or c[2] in _AGED or not _ARABIC_WORD.match(c[2]) for c in comp):
        return []
    j = k + len(comp)
    if j + 1 >= len(toks) or text[comp[-1][1]:toks[j][0]] != " " or text[toks[j][1]:toks[j + 1][0]] != " ":
        return []
    w0, w1 = toks[j], toks[j + 1]
    raw0 = text[w0[0]:w0[1]]
    name = []
    if ((w0[2] in firsts and w0[2] not in common and len(w0[2]) >= 3 and not raw0.endswith("ى")
         and "\u064b" not in raw0) or w0[2] in al_given) and _ARABIC_WORD.match(w1[2]):
        x = w1[2]
        bad = (len(x) < 3 or x in titles or x in firsts or x in _AGED or x in demonyms or x in _country_words()
               or x.startswith("لل") or _verb_like(x) or _person_verb(x) or _masculine_present(x)
               or any(b in titles for b in _bare(x)) or "\u064b" in text[w1[0]:w1[1]])
        plain = not (x in common or any(b in common for b in _bare(x))) and (
            _after_role_given(w0[2], x, _role_given_names(), demonyms))
        common_family = (w0[2] in firsts and w0[2] not in common and x.startswith("ال") and len(x) >= 5
                         and not _NISBA.match(x) and not x.startswith("الم") and x not in _ROLE_ADJECTIVES)
        if not bad and (plain or common_family):
            name = [w0, w1]
    if not name:
        name = _unknown_first_family(text, toks, j, titles, common, firsts)
    if len(name) != 2:
        return []
    e = name[1][1]
    if j + 2 < len(toks) and text[e:toks[j + 2][0]] == " " and toks[j + 2][2] in _name_words() \
            and toks[j + 2][2] not in common:
        return []
    return name


def _rank_pairs(text: str, toks: list, ranks: frozenset, titles: frozenset, common: frozenset,
                firsts: frozenset, demonyms: frozenset) -> list[tuple[int, int, str]]:
    """``(start, end, normalised pair)`` of each two-word name right after a rank in ``text`` (see
    :func:`rank_name_recognizer`)."""
    out = []
    for i in range(len(toks) - 2):
        if not set(_bare(toks[i][2])) & ranks:
            continue
        w1, w2 = toks[i + 1], toks[i + 2]
        if text[toks[i][1]:w1[0]] != " " or text[w1[1]:w2[0]] != " ":
            continue
        raw1, raw2 = text[w1[0]:w1[1]], text[w2[0]:w2[1]]
        if any(not _ARABIC_WORD.match(w[2]) or len(w[2]) < 3 or w[2] in common or w[2] in titles
               or w[2] in demonyms or w[2] in _ROLE_ADJECTIVES or "\u064b" in r or r.endswith(("ا", "ى"))
               for w, r in ((w1, raw1), (w2, raw2))):
            continue
        # the second word no ال-word (an adjective: العقيد المتقاعد الليبي), no known first name after an unknown
        # first word (اللواء الركن محمد: a rank's modifier before a name); no word a glued proclitic before a word
        # of the news text (بمرسوم، وعماد)
        if (w2[2].startswith("ال") or (w2[2] in firsts and w1[2] not in firsts)
                or any(w[2][:1] in "وفبل" and w[2][1:] in _vocabulary() for w in (w1, w2))):
            continue
        # the name ends there: punctuation, the end of the text, or a word that is no name word
        if i + 3 < len(toks) and text[w2[1]:toks[i + 3][0]] == " ":
            w3 = toks[i + 3]
            if w3[2] in firsts or w3[2] in _name_words() or (
                    _free_name_word(w3[2], text[w3[0]:w3[1]], titles, common) and w3[2] not in _RELATIVE_PRONOUNS
                    and not (w3[2][:1] in "وفبل" and w3[2][1:] in _vocabulary())):
                continue
        out.append((w1[0], w2[1], w1[2] + " " + w2[2]))
    return out


def rank_name_recognizer(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """Two-word names right after a military rank that the gazetteers lack and whose words read as words of the
    language (عين الجنرال الغالي أولقصير قائدا، إنهاء مهام الجنرال نوبة مناد بمرسوم): a rank of
    ``military_ranks.txt``, a space, two words that are no common word, title, nationality adjective, role adjective
    or accusative, the second no ال-word, then the end of the name; kept when the same pair comes after a rank at
    least twice in ``texts`` (a name repeated with its rank, not a phrase met once)."""
    ranks, titles, common, firsts = military_ranks(), title_words(), common_words(), known_first()
    demonyms = _demonyms_with_article()
    per_text = [_rank_pairs(t, _word_tokens(t), ranks, titles, common, firsts, demonyms)
                if any(r[2:] in nt for r in ranks) else [] for t, nt in zip(texts, map(normalize, texts))]
    seen = Counter(p for found in per_text for _s, _e, p in found)
    return [[(s, e, "PERS") for s, e, p in found if seen[p] >= 2] for found in per_text]


_GOVERNED_ROLE = re.compile(r"^[وف]?(?:لل|بال)")


def _family_word_ends_phrase(text: str, name: list, first_names: frozenset, common: frozenset,
                             demonyms: frozenset) -> bool:
    """``name`` (two ``[start, end, normalised]`` words right after a role that a preposition governs) is a known
    first name that is no common word and a common word with ال that ends the phrase (punctuation or the end of
    the text right after it): a family name that is also a word of the language (للمخرج حسين المطلق..), since an
    adjective of the person comes before the name (المخرج الجديد حسين). Not a day or time word (الوزير أحمد
    اليوم،), a word of a year (الماضي), a title, a nationality adjective, nor a word ending in ي or ة, which may be
    an adjective of a noun before the role (عن حالة الفنانة ماجدة الصحية)."""
    first, last = name
    return (first[2] in first_names and first[2] not in common and last[2].startswith("ال") and len(last[2]) >= 5
            and last[2] not in _FRAME_NEXT_TIME and last[2] not in _YEAR_AFTER and last[2] not in title_words()
            and last[2] not in demonyms and _ARABIC_WORD.match(last[2]) is not None and last[2][-1] not in "يةه"
            and bool(re.match(r"[ \t]*(?:[.،,؟?!:؛]|$)", text[last[1]:])))


def _foreign_pair(text: str, name: list, titles: frozenset, common: frozenset) -> bool:
    """Two tokens after a role and a nationality adjective that read as a foreign name the gazetteers lack
    (مارغو والستروم): the first no preposition, both in word clusters with some names (5 % or more: not مفاتيح
    حلبة) or the second a surname with و (والستروم), no common word."""
    if len(name) != 2 or name[0][2] in _BEFORE_NAME_WORDS:
        return False
    like = _name_likeness()
    w0, w1 = name[0][2], name[1][2]
    first = like.get(w0, 0.0) >= 0.05 or (_no_article_spelling(text[name[0][0]:name[0][1]])
                                          and _foreign_given_spelling(w0))
    return (first and w1 not in common
            and (_waw_surname(w1, common) or (_free_name_word(w1, text[name[1][0]:name[1][1]], titles, common)
                                                and like.get(w1, 1.0) >= 0.05)))


def _unknown_first_family(text: str, toks: list, j: int, titles: frozenset, common: frozenset,
                          firsts: frozenset) -> list:
    """A two-word name right after a role whose first name the gazetteers lack (الفنان كاظم الساهر): the first
    word no common word, title, word with ال, word of the language or past verb, the second a family name
    with ال (five to nine letters) that is no nisba (a nationality or another adjective), no common word, no
    title, no word the news text has without ال (an adjective: السابق، البالغ) and no participle (المنتقل),
    and nothing between them but a space; and no name word right after (a longer name)."""
    if j + 1 >= len(toks):
        return []
    w1, w2 = toks[j], toks[j + 1]
    raw1 = text[w1[0]:w1[1]]
    if (text[toks[j - 1][1]:w1[0]].strip() or text[w1[1]:w2[0]] != " " or not _ARABIC_WORD.match(w1[2])
            or not _ARABIC_WORD.match(w2[2]) or "\u064b" in raw1 or raw1.endswith(("ى", "اً"))):
        return []
    if (len(w1[2]) < 3 or w1[2].startswith("ال") or w1[2] in common or w1[2] in titles or w1[2] in firsts
            or w1[2][:1] in "وفبل" and w1[2][1:] in _vocabulary() or _language_word(w1[2]) or _verb_like(w1[2])):
        return []
    # (an adjective or participle with ال, السابق، البالغ، الفائز: the news text has it without ال too)
    if (not w2[2].startswith("ال") or not 5 <= len(w2[2]) <= 9 or len(w1[2]) > 8 or _NISBA.match(w2[2])
            or w2[2] in common or w2[2] in titles or w2[2][2:] in _vocabulary() or w2[2].startswith("الم")):
        return []
    if j + 2 < len(toks) and text[w2[1]:toks[j + 2][0]] == " " and toks[j + 2][2] in _name_words():
        return []
    return [w1, w2]


@lru_cache(maxsize=1)
def head_of_state_titles() -> frozenset:
    """Titles of a head of state or government (``head_of_state_titles.txt``: الرئيس، الملك، العاهل)."""
    return _read_words("head_of_state_titles.txt")


def _after_head_of_state(text: str, start: int) -> bool:
    """The word right before ``start`` (a space between, nothing else) is a head-of-state title (الرئيس،
    والملك): the name after it is a name of that office's holder."""
    m = re.search(r"([\u0621-\u064a]+) $", text[max(0, start - 30):start])
    return bool(m) and bool(set(_bare(normalize(m.group(1)))) & head_of_state_titles())


# nouns that make a quotation after them a title or a name of a thing, not a person's name (besides the
# organisation triggers: مدير نادي "…"، مراسلة وكالة "…"، بمسلسل "…")
_WORK_NOUNS = frozenset(normalize(w) for w in (
    "هيئة مسلسل فيلم برنامج كتاب رواية أغنية ألبوم عملية حملة مبادرة مشروع إذاعة نادي مهرجان جائزة "
    "باسم").split())


def _quoted_after_role(text: str, qs: int, titles: frozenset) -> bool:
    """The quotation opening at ``qs`` follows a role: a title or role word (no speech verb) among the (at
    most four) words right before it, with no punctuation between (وزير الخارجية الالماني "زيجمار جابريل"),
    and no organisation or work noun after that role (مراسلة وكالة "فرانس برس"، مدير نادي "…")."""
    # (a stray mark right after the role is no cut: الرئيس الألماني" "جواكيم غوك")
    before = text[max(0, qs - 60):qs].rstrip(" \"«»“”")
    cut = max(before.rfind(c) for c in "،,.:;؛!?؟()\"«»“”")
    words = [normalize(w) for w in _WORD.findall(before[cut + 1:])][-4:]
    role_at = [i for i, w in enumerate(words) if set(_bare(w)) & titles and not set(_bare(w)) & _SPEECH]
    if not role_at:
        return False
    things = organization_words()[0] | _WORK_NOUNS
    return not any(_stems(w) & things for w in words[role_at[-1] + 1:])


def quoted_role_name_recognizer(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """Full names in quotation marks right after a role (رئيس المانيا الفيدرالية "يواخيم جاوك").

    Some outlets quote the names of foreign officials. The quotation must follow a role (see
    :func:`_quoted_after_role`) and hold two or three Arabic words: none a title, a common word or a
    word of the language, the first without ال and either a first name (or a word of the first-name
    clusters) or a word the news text hardly has (a foreign name: زيجمار). Quoted speech after a
    role (قال الوزير "لن نتراجع") has common words or verbs of the news text.
    """
    titles = title_words()
    common = common_words()
    vocab = _vocabulary()
    out = []
    for text in texts:
        found = []
        if '"' in text or "«" in text or "“" in text:
            for qs0, _qe0, inner in _quotations(text):
                toks = [normalize(w) for w in inner.split()]
                if not 2 <= len(toks) <= 3 or any(not _ARABIC_WORD.match(w) for w in toks):
                    continue
                if any(w in titles or w in common or _language_word(w) for w in toks) or toks[0].startswith("ال"):
                    continue
                if not (_first_name_like(toks[0]) or toks[0] not in vocab):
                    continue
                if not _quoted_after_role(text, qs0 - 1, titles):
                    continue
                s = qs0 + (len(inner) - len(inner.lstrip()))
                found.append((s, s + len(inner.strip()), "PERS"))
        out.append(found)
    return out


# an age apposition after a name (باقر نمازي البالغ الحادية والثمانين): a person
_AGED = frozenset(normalize(w) for w in ("البالغ", "البالغة"))


def name_before_role_recognizer(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """People named right before a role in construct or an age: "<known first name> <one or two words> <title
    without ال> <word>" or "… البالغ" (يمنع فهد المولد لاعب الفريق، بينهم باقر نمازي البالغ الحادية والثمانين).

    The first word a known first name of three letters or more that is no common word, title, pronoun or ال-word
    and does not end in ى; the others Arabic words of three letters or more, no title, no common word (also after a
    proclitic) unless a first name; no punctuation between the words, the role or the age
    word and the word after it. For the names a statistical model misses where no comma makes an apposition.
    """
    titles = title_words()
    common = common_words()
    firsts = known_first()
    out = []
    for text in texts:
        toks = _word_tokens(text)
        found = []
        i = 0
        while i < len(toks) - 3:
            w0 = toks[i]
            # (no pronoun, هو is also a Korean given name; no ى at the end: أودى بحياة, 'took the life of')
            # (or a foreign name of two words no list has, both no word of the language, after a verb, a common word
            # or the start of a clause: يشكل ياغو أسباس مهاجم سيلتا فيغو)
            foreign = (w0[2] not in firsts and i + 3 < len(toks) and _foreign_name_word(w0[2], titles, common)
                       and _foreign_name_word(toks[i + 1][2], titles, common)
                       and (i == 0 or text[toks[i - 1][1]:w0[0]].strip() != "" or toks[i - 1][2] in common
                            or _verb_like(toks[i - 1][2])))
            if not foreign and (w0[2] not in firsts or w0[2] in common or w0[2] in titles or w0[2].startswith("ال")
                                or len(w0[2]) < 3 or w0[2] in _PRONOUNS or text[w0[1] - 1] == "ى"):
                i += 1
                continue
            hit = None
            for n in ((2,) if foreign else (2, 3)):
                if i + n + 1 >= len(toks):
                    break
                name, cue, nxt = toks[i:i + n], toks[i + n], toks[i + n + 1]
                if any(text[a[1]:b[0]] != " " for a, b in zip(toks[i:i + n + 1], toks[i + 1:i + n + 2])):
                    break
                rest = name[1:]
                # (no word of the news text after a proclitic either: بحياة)
                if any(len(w[2]) < 3 or w[2] in titles or not _ARABIC_WORD.match(w[2])
                       or (w[2] not in firsts and any(b in common for b in _bare(w[2]))) for w in rest) or (
                        rest[-1][2] in common or rest[-1][2] in _CONNECTORS):
                    continue
                raw_cue = text[cue[0]:cue[1]]
                role = (not cue[2].startswith("ال") and raw_cue[:1] not in "وف" and cue[2] in titles
                        and cue[2] not in _SPEECH and cue[2] not in _NO_ROLE)
                if role or (cue[2] in _AGED and not foreign):
                    hit = (w0[0], name[-1][1], "PERS")
                    break
            if hit:
                found.append(hit)
                i += 2
            else:
                i += 1
        out.append(found)
    return out


_COPULA = re.compile(r" (?:و|ف)?(?:هو|هي) ([\u0621-\u064a]+)")


def _noun_with_pronoun(word: str, vocab: frozenset) -> bool:
    """A normalised word that is a noun of the news text with a possessive pronoun (ضمانتي، قفشاته: ت for ة, ات
    for the plural of ة)."""
    for suf in ("ها", "ه", "ي"):
        stem = word[:-len(suf)]
        if word.endswith(suf) and len(stem) >= 3 and (
                stem in vocab or (stem.endswith("ت") and stem[:-1] + "ه" in vocab)
                or (stem.endswith("ات") and stem[:-2] + "ه" in vocab)):
            return True
    return False


def _copula_name(text: str, toks: list, j: int, titles: frozenset, common: frozenset, firsts: frozenset):
    """The name of one to three words ending with token ``j`` (see :func:`copula_role_recognizer`), or None."""
    vocab = _vocabulary()
    for n in (3, 2, 1):
        if j - n + 1 < 0:
            continue
        name = toks[j - n + 1:j + 1]
        if any(text[a[1]:b[0]] != " " for a, b in zip(name, name[1:])):
            continue
        s0, w0 = name[0][0], name[0][2]
        raw0 = text[name[0][0]:name[0][1]]
        # (not a word of the news text with و: وظيفتي هي لاعب, 'my job is a player')
        if (n == 1 and w0[:1] in "وف" and w0 not in firsts and w0 not in vocab
                and _free_name_word(w0[1:], raw0[1:], titles, common)):
            s0, w0, raw0 = s0 + 1, w0[1:], raw0[1:]  # وبيزي: the conjunction stays outside
        if n > 1:
            ok = (w0 in firsts and w0 not in common and w0 not in titles and len(w0) >= 3 and w0 not in _PRONOUNS
                  and all(_ARABIC_WORD.match(w[2]) and len(w[2]) >= 3 and w[2] not in common and w[2] not in titles
                          and (w[2] not in vocab or w[2] in _name_words()) for w in name[1:]))
        else:
            # (starting a clause: after punctuation or at the start; جلوسه وقفشاته هو … is a noun's coordination)
            ok = (_free_name_word(w0, raw0, titles, common) and w0 not in vocab and w0 not in firsts
                  and not _noun_with_pronoun(w0, vocab)
                  and text[max(0, name[0][0] - 30):name[0][0]].rstrip()[-1:] in ("", *"،,.:;؛!?؟\"”»"))
        if ok:
            return s0, name[-1][1]
    return None


def _before_copula_role(text: str, s: int, e: int, titles: frozenset, common: frozenset) -> bool:
    """The recogniser span ``text[s:e]`` is one word that :func:`copula_role_recognizer` names alone: right before
    (و)هو and a role."""
    m = _COPULA.match(text, e)
    if not m or " " in text[s:e] or not any(
            b in titles and b not in _SPEECH and b not in _NO_ROLE for b in _bare(normalize(m.group(1)))):
        return False
    toks = _word_tokens(text[:e])
    return bool(toks) and _copula_name(text, toks, len(toks) - 1, titles, common, known_first()) == (s, e)


def copula_role_recognizer(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """People a sentence says hold a role: "<name> (و)هو <title>" (وبيزي هو مدرب المنتخب، يان الياسون وهو وزير
    خارجية سويدي سابق).

    The name: two or three words, the first a known first name that is no common word, title or pronoun, the
    others no common words, titles or words of the news text (unless name words); or one word starting a clause
    that is no word of the news text at all (nor one with a possessive pronoun), no first name, title or ال-word
    (a و glued to it stays outside). Only spaces between
    the words and before هو. For the names a statistical model misses where the role comes after the name.
    """
    titles = title_words()
    common = common_words()
    firsts = known_first()
    out = []
    for text in texts:
        found = []
        if "هو" in text or "هي" in text:
            toks = None
            for m in _COPULA.finditer(text):
                role = normalize(m.group(1))
                if not any(b in titles and b not in _SPEECH and b not in _NO_ROLE for b in _bare(role)):
                    continue
                toks = toks if toks is not None else _word_tokens(text)
                j = next((x for x, w in enumerate(toks) if w[1] == m.start()), None)
                if j is None:
                    continue
                span = _copula_name(text, toks, j, titles, common, firsts)
                if span:
                    found.append((span[0], span[1], "PERS"))
        out.append(found)
    return out


def _complement_word(word: str) -> bool:
    """A normalised word of a role's complement: a noun with ال, maybe after و or ل (السياحة، والصناعات، للصحة)."""
    return word.startswith(("ال", "وال", "لل", "بال"))


def _construct_word(text: str, toks: list, j: int) -> bool:
    """people104: ``toks[j]`` is ل + a noun without ال (not لل) of three letters or more, right before an ال word of
    the same complement, one space between: the construct of a role's complement (مفوضة الأمم المتحدة لحقوق الإنسان،
    المفوض السامي لشؤون اللاجئين، المنسق الأممي لمكافحة الإرهاب)."""
    w = toks[j][2]
    return (w.startswith("ل") and not w.startswith("لل") and len(w) >= 4 and bool(_ARABIC_WORD.match(w))
            and j + 1 < len(toks) and toks[j + 1][2].startswith("ال") and text[toks[j][1]:toks[j + 1][0]] == " ")


def role_complement_name_recognizer(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """People named after a role and its complement and a comma (وزيرة السياحة والصناعات التقليدية، سلمى اللومي
    الرقيق في تصريح) or a space (المديرة العامة للصحة نبيهة البرصالي فلفول وعن): a title word of
    ``person_titles.txt``, one to four words with ال (after و/ل maybe), a comma or a space, then a known first name
    and one or two words that are no common word (also after a proclitic), title or past verb, with spaces only
    between them, the name followed by punctuation, the end or a common word. Three
    words are the usual Tunisian and Moroccan full name with a married name; the model misses them after a
    comma."""
    titles = title_words()
    common = common_words()
    firsts = known_first()
    out = []
    for text in texts:
        toks = _word_tokens(text)
        found = []
        for i, (_s, e0, w) in enumerate(toks):
            if w not in titles or w in _NO_ROLE:
                continue
            j = i + 1
            construct = False
            while j < len(toks) and j - i <= 4 and not text[toks[j - 1][1]:toks[j][0]].strip():
                if _complement_word(toks[j][2]):
                    j += 1
                elif j > i + 1 and _construct_word(text, toks, j):
                    construct = True
                    j += 1
                else:
                    break
            # (a comma or, no comma, one space: المديرة العامة للصحة نبيهة البرصالي فلفول وعن الجانب; a complement
            # with a ل construct only before a comma: مفوضة الأمم المتحدة لحقوق الإنسان، ميشيل باشليت)
            if j == i + 1 or j + 1 >= len(toks) or text[toks[j - 1][1]:toks[j][0]].strip(" ") not in ("،", ",", ""):
                continue
            if construct and text[toks[j - 1][1]:toks[j][0]].strip(" ") not in ("،", ","):
                continue
            # (without a comma, no title at the end of the complement, a name right after a title being the other
            # recognisers' (قائد الأركان الأمريكي الجنرال جو دانفورد ليل الجمعة), and no noun of the language in
            # the name: its ال form a word of the news text, its word cluster one of hardly any names: ليل)
            spaced = not text[toks[j - 1][1]:toks[j][0]].strip()
            if spaced and toks[j - 1][2] in titles:
                continue
            if toks[j][2] not in firsts or toks[j][2] in common or toks[j][2] in titles:
                continue
            name = [toks[j]]
            for t in toks[j + 1:j + 3]:
                # (nor a common word after a proclitic: محمد كبارة لصحيفة "النهار"; nor a past verb of the أفعل or
                # افتعل forms: شي جيبينغ التقى مرتين)
                # (nor a second name after the conjunction و: اللاعبين بول وفلونتين)
                if (text[name[-1][1]:t[0]] != " " or not _ARABIC_WORD.match(t[2]) or t[2] in common or t[2] in _AGED
                        or (t[2][:1] == "و" and t[2] not in firsts and t[2] not in _name_words())
                        or t[2] in titles or len(t[2]) < 3 or _verb_like(t[2]) or _person_verb(t[2]) or _masculine_present(t[2])
                        or (t[2] not in firsts and any(b in common for b in _bare(t[2])))
                        or (spaced and "ال" + t[2] in _vocabulary() and _name_likeness().get(t[2], 0.0) < 0.1)):
                    break
                name.append(t)
            if len(name) < 2:
                continue
            end = name[-1][1]
            nxt = toks[j + len(name)] if j + len(name) < len(toks) else None
            if nxt is not None and text[end:nxt[0]] == " " and nxt[2] not in common:
                continue
            # (without a comma the span only adds a name the model missed: where the model tagged a name it
            # stands, see default_recognizer; سيدة الغناء ماجدة الرومي مرفوقة بمجموعة)
            found.append((name[0][0], end, _SPACED if spaced else "PERS"))
        out.append(found)
    return out


_SPACED = "PERS-spaced"

# a work's quoted title, then ل + a first name and one more word, then a comma, و or the end: the work's author or
# director in a credit list ("حلاوة" لهناء الفاسي، و"الخوف صوتيا" لمها الساعاتي وفيلم …)
_CREDIT = re.compile(r"(?<=\S)[\"”»][ \t]*ل([\u0621-\u064a]{2,})[ \t]+([\u0621-\u064a]{3,})(?=[ \t]*(?:[،,.:;؛]|و|$))")

_FIRST_AAL_FAMILY = re.compile(r"(?<![\u0621-\u064a])([\u0621-\u064a]{3,})[ \t]+آل[ \t]+([\u0621-\u064a]{3,})"
                               r"(?![\u0621-\u064a])")


def family_name_recognizer(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """A first name, آل and a family name (نشكر تركي آل الشيخ لتكفله, heldout26 as a development split; زايد آل
    نهيان، حمد آل ثاني): a name of three words the model can miss out of context. The first word a known first name
    (a proclitic on it aside: لتركي آل الشيخ, not on a common word: بيان آل الشيخ, 'Al-Sheikh's statement', is no
    يان) that is no common word or title and of a word cluster with names (10 % or more), the family word no common
    word without ال (آل الشيخ keeps its title-like ال-word)."""
    common, titles = common_words(), title_words()
    firsts = known_first()
    out = []
    for text in texts:
        found = []
        for m in _FIRST_AAL_FAMILY.finditer(text) if "آل" in text else ():
            w = normalize(m.group(1))
            s = m.start(1)
            if w not in firsts and w not in common and w[:1] in "وفلب" and w[1:] in firsts:
                w, s = w[1:], s + 1
            fam = normalize(m.group(2))
            if (w in firsts and w not in common and w not in titles and _name_likeness().get(w, 0.0) >= 0.1
                    and (fam.startswith("ال") or fam not in common)):
                found.append((s, m.end(2), "PERS"))
        out.append(found)
    return out


# the participle 'the one called' (المدعو/المدعوة, with و maybe) and the next words
_CALLED_PARTICIPLE = re.compile(r"(?<![\u0621-\u064a])و?(?:ال)?مدعو[ةه]?[ \t]+")


def called_name_recognizer(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """The name after المدعو/المدعوة ('the one called'), which introduces a person's name in court and police
    news: the words after it, up to four, while each is a known first name or a free name word (see
    :func:`_free_name_word`), nothing but a space between them, ending at punctuation, a title or role (منسوبة
    إلى المدعو سلمان علي سحاب وزير التجارة: the recogniser took سلمان alone), a common word or the end. Two words
    or more, the first a known first name (one word is left to the surname rules: المدعو عصام)."""
    common, titles = common_words(), title_words()
    firsts = known_first()
    out = []
    for text in texts:
        found = []
        for m in _CALLED_PARTICIPLE.finditer(text) if "مدعو" in text else ():
            toks = _word_tokens(text[m.end():m.end() + 80])
            name = []
            for a, b, w in toks[:4]:
                raw = text[m.end() + a:m.end() + b]
                if name and text[m.end() + name[-1][1]:m.end() + a] != " ":
                    break
                if not name and a != 0:
                    break
                if w in titles or not (w in firsts or _free_name_word(w, raw, titles, common)):
                    break
                name.append((a, b, w))
            if len(name) >= 2 and name[0][2] in firsts:
                found.append((m.end() + name[0][0], m.end() + name[-1][1], "PERS"))
        out.append(found)
    return out


_CALLED_VERB = re.compile(r"(?<![\u0621-\u064a])[وف]?[يت]\u064f?دعى[ \t]+[\"«“]?")


def _after_called_verb(text: str, s: int) -> bool:
    """The word at ``s`` comes right after the verb يدعى / تدعى ('who is called', :data:`_CALLED_VERB`) and is a known
    first name: one word named so is a person of its document alone (شاب يدعى علاء), like a relative named by first
    name (people80)."""
    m = _CALLED_VERB.search(text, max(0, s - 12), s)
    w = re.match(r"[\u0621-\u064a]+", text[s:s + 30])
    return bool(m and m.end() == s and w and normalize(w.group(0)) in known_first()
                and normalize(w.group(0)) not in common_words() and not _called_character(text, m.start()))


_CHARACTER_NOUNS = frozenset(normalize(w) for w in "شخصية شخصيه دور".split())


def _called_character(text: str, cue: int) -> bool:
    """The يدعى / تدعى at ``cue`` names a character of a film, a series or a novel: شخصية or دور ('the character of',
    'the role of') among the four words before it, with no sentence punctuation between (تجسد شخصية فتاة تدعى …)."""
    head = re.split(r"[.!?؟:؛]", text[max(0, cue - 60):cue])[-1]
    return any(b in _CHARACTER_NOUNS for x in head.split()[-4:] for b in _bare(normalize(x)))


def called_verb_name_recognizer(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """people80: the name after the verb يدعى / تدعى ('who is called': عاملة تدعى …، شاب يدعى …، وقال أحد السكان
    ويدعى …), which introduces a private person the gazetteers cannot know in world and crime news: the first word
    (after an opening quote too) a known first name that is no common word, then up to three more words while each is
    a known first name or a free name word (:func:`_free_name_word`) with one space before it, ending at punctuation,
    a title, a common word or the end. One word will do (the cue names the person: شاب يدعى علاء). Things are
    called so too (مادة تدعى نوفتشوك، شركة تدعى فاغنر، تنظيم يدعى بداعش): their names open with no first name.
    The verb's other sense, 'claims' (يدعى بأنه، كما يدعى البعض), is followed by no first name; a character of a
    film or a novel (يجسد شخصية رجل يدعى …) is no person (:func:`_called_character`)."""
    common, titles = common_words(), title_words()
    firsts = known_first()
    out = []
    for text in texts:
        found = []
        for m in _CALLED_VERB.finditer(text) if "دعى" in text else ():
            if _called_character(text, m.start()):
                continue
            toks = _word_tokens(text[m.end():m.end() + 80])
            name = []
            for a, b, w in toks[:4]:
                raw = text[m.end() + a:m.end() + b]
                if name and text[m.end() + name[-1][1]:m.end() + a] != " ":
                    break
                if not name and (a != 0 or w not in firsts or w in common or w in titles):
                    break
                # (a Russian patronymic ends in ا: إلينا أليكسييفنا خوسيينوفا; a word the news text lacks)
                if name and (w in titles or not (w in firsts or _free_name_word(w, raw, titles, common) or (
                        raw.endswith("ا") and len(w) >= 6 and w not in _vocabulary() and w not in common))):
                    break
                # (nor a verb after the name that the other tests miss, يدعى روجر سيلف اصطدم: a word with a verb's
                # prefix (ا of the derived past, ي ت ن of the present) that the news text has, no name word, first name
                # or word of a cluster with names)
                if (name and w[:1] in "ايتن" and w not in firsts and w in _vocabulary() and w not in _name_words()
                        and _name_likeness().get(w, 0.0) < 0.1):
                    break
                name.append((a, b, w))
            if name:
                found.append((m.end() + name[0][0], m.end() + name[-1][1], "PERS"))
        out.append(found)
    return out


def persian_compound_recognizer(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """Persian names with أكبر or أصغر in the given name, which the model takes for the adjectives: علي أكبر ولايتي,
    على أكبر صالحي (على for علي, after a role only: حصل على أكبر عدد is the preposition), and أصغر فرهادي after a
    role (للمخرج الإيراني أصغر فرهادي, the lead's Iran probe). The surname is a word in ي of four letters or more
    (a Persian nisba: صالحي، فرهادي، ولايتي), no ال-word, no title or nationality adjective, and no construct
    before an ال-word follows it (أكبر منتجي النفط, 'the biggest producers of oil')."""
    titles = title_words()
    out = []
    for text in texts:
        found = []
        for m in _PERSIAN_COMPOUND.finditer(text):
            s = m.start(1) if m.group(1) else m.start(2)
            if _persian_compound_at(text, s, m.end(), titles):
                found.append((s, m.end(), "PERS"))
        out.append(found)
    return out


# The home nations' adjectives with ال (England, Scotland, Wales: the nations football fields apart), no country's
# demonym in the knowledge base, in the forms the knowledge base gives a demonym (feminine, dual, plural), normalised.
_HOME_NATIONS = frozenset("ال" + stem + suffix for stem in ("انجليزي", "انكليزي", "اسكتلندي", "ويلزي")
                          for suffix in ("", "ه", "ان", "تان", "ون", "ين"))


def demonym_name_recognizer(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """A foreign name of two words right after a nationality adjective with ال used as a noun ('the Bosnian …',
    with a proclitic maybe: والبوسني ادين دجيكو مهاجم روما): the two words read as a name the gazetteers lack
    (:func:`_foreign_pair`) and the name ends there (punctuation or the end, a preposition, particle or relative
    pronoun, a title or role, or an accusative of a role in ا: مدربا; not a club: الإسباني غابي قائد أتليتكو,
    'Gabi, Atlético's captain', where قائد is no surname; or the next item of a list of nationals, و + a
    nationality adjective: الإنجليزي آلان شيرار والبرتغالي). The home nations' adjectives (الإنجليزي، الاسكتلندي،
    الويلزي) count as nationality adjectives. Not after a noun with ال, whose adjective the nationality word is
    (الجهاز الأمني الإسرائيلي سيجيف بأنه…)."""
    titles, common = title_words(), common_words()
    demonyms = _demonyms_with_article() | _HOME_NATIONS
    out = []
    for text in texts:
        toks = _word_tokens(text)
        found = []
        for i in range(len(toks) - 2):
            w = toks[i][2]
            if not (w in demonyms or (w[:1] in "وفلب" and w[1:] in demonyms) or (w[:2] == "لل" and "ا" + w[1:] in demonyms)):
                continue
            # (a noun, not the adjective of a noun with ال before it: الجهاز الأمني الإسرائيلي سيجيف)
            if w in demonyms and i > 0 and _DEFINITE.match(toks[i - 1][2]) and not text[toks[i - 1][1]:toks[i][0]].strip():
                continue
            name = [list(toks[i + 1]), list(toks[i + 2])]
            if any(text[a[1]:b[0]] != " " for a, b in ((toks[i], toks[i + 1]), (toks[i + 1], toks[i + 2]))):
                continue
            if (name[0][2] in demonyms or name[1][2] in demonyms or name[0][2] in titles
                    or not _free_name_word(name[0][2], text[name[0][0]:name[0][1]], titles, common)
                    or not _foreign_pair(text, name, titles, common)):
                continue
            e = name[1][1]
            nxt = re.match(r"[ \t]*([\u0621-\u064a]+)", text[e:e + 40])
            if nxt and re.match(r"[ \t]*[.،,؟?!:؛()\"”»]", text[e:e + 3]) is None:
                raw = nxt.group(1)
                n = normalize(raw)
                # (or the next item of a list of nationals: الإنجليزي آلان شيرار والبرتغالي كريستيانو رونالدو)
                if not (n in _FUNCTION_AFTER_PARTICLE or n in _SHORT_PARTICLES or n in _RELATIVE_PRONOUNS
                        or any(b in titles for b in _bare(n)) or (raw.endswith("ا") and n[:-1] in titles)
                        or (n[:1] == "و" and n[1:] in demonyms)):
                    continue
            found.append((name[0][0], e, "PERS"))
        out.append(found)
    return out


def credit_recognizer(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """Names right after a quoted title and ل (see ``_CREDIT``): the first word a known first name that is no
    common word, the second no common word and no title. The span leaves ل out."""
    firsts, common, titles = known_first(), common_words(), title_words()
    out = []
    for text in texts:
        found = []
        for m in _CREDIT.finditer(text or ""):
            first, last = normalize(m.group(1)), normalize(m.group(2))
            if first in firsts and first not in common and last not in common and last not in titles:
                found.append((m.start(1), m.end(2), "PERS"))
        out.append(found)
    return out


_LEARNED_NAME = re.compile(r"(?<![\u0621-\u064a\u064b-\u065f\u0640])([\u0621-\u064a][\u0621-\u065f\u0640\u0670]*)"
                           r"(?=[ \t]+([\u0621-\u064a][\u0621-\u065f\u0640\u0670]*)(?![\u0621-\u065f\u0640\u0670]))")


def learned_name_recognizer(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """A given name learned from text (:func:`learned_given_names`: ميلينا، أوجه، سيلفي …, in no name list) and the word
    right after it, a space between, as a person's name of two words (people59): the recogniser tags such a name where
    the context helps (وقالت سيلفي جولار) and misses it where it does not (وقال أوجه هاريده مدرب الدنمارك). A proclitic
    و/ف may be glued to the given name (and stays out of the span). The second word: three letters or more, no title or
    country word with or without a proclitic, no proclitic + a common word or + a word of the news text in a word cluster of
    almost no names (بشعار), no common word unless its word cluster
    holds names (هازارد, a surname the news names alone), no noun or adjective whose ال form is a news word in such a
    cluster (خاميس مرجع، غايا تحفة), no known or learned first name, no verb, no ال-word."""
    learned = learned_given_names()
    if not learned:
        return [[] for _ in texts]
    titles, common, firsts, countries = title_words(), common_words(), known_first(), _country_words()
    out = []
    for text in texts:
        found = []
        for m in _LEARNED_NAME.finditer(text or ""):
            w = normalize(m.group(1))
            s = m.start(1)
            if w not in learned:
                if w[:1] in "وف" and w[1:] in learned:
                    s += 1
                    while s < m.end(1) and _MARK.match(text[s]):
                        s += 1
                else:
                    continue
            x = normalize(m.group(2))
            # (a surname often named alone is a common word of the list, هازارد: its word cluster has names)
            if (len(x) < 3 or x.startswith("ال") or x in firsts or x in learned or x in titles or x in countries
                    or any(b in titles or b in countries for b in _bare(x)) or _verb_like(x)
                    or any(b in common for b in _bare(x) if b != x)
                    or (x[0] in "وفبلك" and x[1:] in _vocabulary() and _name_likeness().get(x, 0.0) < 0.1)
                    or (x in common and _name_likeness().get(x, 0.0) < 0.1)
                    or ("ال" + x in _vocabulary() and _name_likeness().get(x, 0.0) < 0.1)
                    or not _ARABIC_WORD.match(x)):
                continue
            found.append((s, m.end(2), "PERS"))
        out.append(found)
    return out


def _person_verb(word: str) -> bool:
    """A past verb of a person's act with a proclitic و/ف maybe (قالت، وأعربت، نشرت، أكد): a speech verb, or a
    word whose present with ي (also of the أفعل form: أعلن/يعلن) is a word of the news text."""
    w = word[1:] if word[:1] in "وف" and len(word) > 3 else word
    if len(w) < 3 or w in _SHORT_PARTICLES or w in _THAT:  # (أن reads as a verb: يان)
        return False
    if w in _SPEECH or _verb_like(w):
        return True
    vocab = _vocabulary()
    return w[:1] == "ا" and len(w) >= 4 and ("ي" + w[1:] in vocab or (w.endswith("ت") and "ي" + w[1:-1] in vocab))


# a day or a time word after the capital dates the government's act (إعلان طهران الثلاثاء أنها …)
_FRAME_NEXT_TIME = frozenset(normalize(w) for w in (
    "السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة اليوم الليلة أمس الأمس صباح مساء "
    "مؤخرا أخيرا").split())


# people106: a complementiser right after the subject of a speech sentence (أن، إن، بأن; with a pronoun: أنه، أنها)
_CLOSING_THAT = frozenset(normalize(w) for w in "أن إن بأن أنه أنها إنه إنها بأنه بأنها".split())


def _closing_name_word(word: str, titles: frozenset, common: frozenset, firsts: frozenset) -> str:
    """``"foreign"`` for a normalised word that reads as a foreign name the lists lack (:func:`_foreign_name_word`),
    ``"known"`` for a known first name or name word that is no common word or title, else ``""`` (a foreign name word
    is no country word either; a known first name may be one: ساره)."""
    if not _ARABIC_WORD.match(word) or word in titles or word in common:
        return ""
    if _foreign_name_word(word, titles, common):
        return "foreign"
    return "known" if (word in firsts or word in _name_words()) and len(word) >= 3 else ""


def role_closing_name_recognizer(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """people106: a two-word name that closes a role's phrase right before a complementiser, with or without a comma
    (عمدة ريو دي جانيرو مارسيلو كريفيلا، أن; النائبة المحافظة المؤيدة لأوروبا ساره وولاتسون أنها; برئاسة كبير
    القضاة، ثاقب نثار، أنه): the complement between the role and the name is free (a place, a ل phrase, a comma),
    which no other recogniser's complement takes. A role word of ``person_titles.txt`` among the seven words before
    the name, no punctuation but commas between; the name's first word a known first name or a foreign name word
    (:func:`_foreign_name_word`), its second a foreign name word or a known name word, one of them foreign (a name
    the lists lack), none a common word, title or country word; the word before the name no name word (the name
    starts there) and no organisation noun (شركة جنرال موتورز أن). Spans of type ``PERS-spaced``: they give way to
    any name of the model they overlap (see ``default_recognizer``)."""
    titles = title_words()
    common = common_words()
    firsts = known_first()
    triggers = organization_words()[0]
    demonyms = _demonyms_with_article()
    out = []
    for text in texts:
        toks = _word_tokens(text)
        found = []
        for k in range(3, len(toks)):
            if toks[k][2] not in _CLOSING_THAT:
                continue
            x, y = toks[k - 2], toks[k - 1]
            if text[y[1]:toks[k][0]].strip() not in ("", "،", ",") or text[x[1]:y[0]] != " ":
                continue
            kinds = [_closing_name_word(w[2], titles, common, firsts) for w in (x, y)]
            if not all(kinds) or "foreign" not in kinds or (kinds[0] == "known" and x[2] not in firsts):
                continue
            if any(w[2] in demonyms or w[2] in triggers for w in (x, y)):
                continue
            before = toks[k - 3]
            gap = text[before[1]:x[0]].strip()
            if gap not in ("", "،", ","):
                continue
            b = before[2]
            if not gap and (b in firsts or b in _name_words() or _foreign_name_word(b, titles, common)
                            or any(t in triggers for t in _bare(b))):
                continue
            # a role word among the seven words before the name, no punctuation but commas between
            role = False
            for i in range(k - 3, max(-1, k - 10), -1):
                if re.search(r"[^\s،,]", text[toks[i][1]:toks[i + 1][0]]):
                    break
                if any(t in titles and t not in _NO_ROLE for t in _bare(toks[i][2])) and not (
                        i and any(t in triggers for t in _bare(toks[i - 1][2]))):
                    role = True
                    break
            if role:
                found.append((x[0], y[1], _SPACED))
        out.append(found)
    return out
