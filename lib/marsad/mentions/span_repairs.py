"""Repairs of recogniser spans before they are cleaned: hyphenated and glued names, lists of names, family names at
the end of a sentence, spans that take in an office noun or a verb, and the spans that name no person
(:func:`_no_person_spans`). Part of :mod:`marsad.mentions.people` (split36p).
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from marsad.lang.text import normalize
from marsad.mentions.kb import raw_word_list as _raw_words, word_list as _read_words
from marsad.mentions.named_organisations import mined_clubs
from marsad.mentions.name_words import (_ARABIC_WORD, _bare, _CONNECTORS, _country_words, _demonyms_with_article,
    _kin_with_pronoun, _LAST_WORD, _masculine_present, _name_likeness, _name_words, _NEXT_WORD, _verb_like, _vocabulary, _WORD,
    _word_tokens, common_words, known_first, title_words)


_HYPHEN_TAIL = re.compile(r"-([\u0621-\u064a]{2,5})(?![\u0621-\u064a\-])")
_HYPHEN_LIST = re.compile(r"[ \t]+[\u0621-\u064a]{2,}(?:[ \t]+[\u0621-\u064a]{2,})?[ \t]*-")


def _hyphen_tails(text: str, found: list) -> list:
    """A person span of two words or more with a hyphen and one short word glued to its end is that whole name
    (people63, probe set A2: the model stops before the hyphen of a Korean given name, لي سيونغ-وو، مون سيون-مين, and
    its span is a wrong one): the glued word of two to five letters, no common word, title, country word or
    nationality adjective, nothing glued after it; a one-word span stays (قمة ترامب-كيم names two people)."""
    out, merged = [], set()
    titles, common, countries, demonyms = title_words(), common_words(), _country_words(), _demonyms_with_article()
    for s, e, typ in found:
        if typ == "PERS" and " " in text[s:e].strip():
            m = _HYPHEN_TAIL.match(text, e)
            if m:
                w = normalize(m.group(1))
                # (the model's span of the glued word alone, وو, joins the name; a longer one starting there stays)
                # (nor a first name opening the next item of a list joined by hyphens: حسين ناطر-وائل بالغالي-ايمن)
                if not (w in common or w in titles or w in countries or w in demonyms
                        or any(x[0] == e + 1 and x[1] != m.end(1) for x in found)
                        or (w in known_first() and _HYPHEN_LIST.match(text, m.end(1), m.end(1) + 30))):
                    merged |= {x for x in found if x[:2] == (e + 1, m.end(1))}
                    e = m.end(1)
        out.append((s, e, typ))
    return [x for x in out if x not in merged]


_LIST_ITEM = re.compile(r"(?:[،,][ \t]*|[ \t])(و[ \t]*)([\u0621-\u064a]{3,})[ \t]([\u0621-\u064a]{3,})"
                        r"(?=[ \t]*(?:[،,.:؛;)]|[ \t]و|$))")
_LIST_NEXT = re.compile(r"[ \t]*(?:[،,][ \t]*)?و[ \t]*")
_LIST_JOIN = re.compile(r"[ \t]*(?:[،,][ \t]*)?و?[ \t]*")


def _list_item_names(text: str, found: list) -> list:
    """A name of two words between the items of a list of people's names, after its conjunction و (glued or spaced,
    maybe after a comma), is a person (people63, from unannotated probe articles: a squad list ‹…، وعمر هوساوي، ومعتز
    هوساوي، ومحمد جحفلي› where the model tagged some names, none, or one word of them, وعبدالملك [الخيبري]، و[عبدالله]
    عطيف; a party's members ‹بوجمعة الرميلي وخميس قسيلة و عبد العزيز القطي›): the item right after a person span of two
    words or more, and before another person span of two words or more after و or at the list's end (a full stop,
    the text's end) after two such spans in a row. Its first word (و stripped, unless the word with و is a name: وليد)
    is a known first name or a word of a cluster of names (:func:`_list_name_word`), no title, country word, ال-word or
    verb; the second no title, country word, nationality adjective or verb (a common word may be a surname there:
    سلمان المؤشر). The model's one-word spans inside the item give way to it."""
    pers = sorted((s, e) for s, e, typ in found if typ == "PERS" and " " in text[s:e].strip())
    if len(pers) < 2:
        return found
    ends = {e for _s, e in pers}
    starts = {s for s, _e in pers} | {s + 1 for s, _e in pers if text[s:s + 1] == "و"}
    titles, countries, demonyms, firsts = title_words(), _country_words(), _demonyms_with_article(), known_first()
    add = []
    for m in _LIST_ITEM.finditer(text):
        # (a span of the model that is the item with its و glued on, وعمر هوساوي, is the item: the و leaves it)
        if m.start() not in ends or any((s <= m.start(2) < e or s < m.end(3) <= e) and (s, e) != (m.start(1), m.end(3))
                                        for s, e in pers):
            continue
        n = _LIST_NEXT.match(text, m.end(3))
        nxt = n is not None and n.end() in starts
        if not nxt:
            rest = text[m.end(3):m.end(3) + 2].strip()
            before = [x for x in pers if x[1] <= m.start()]
            # (the list's last item: two person spans in a row before it, each after a joint)
            nxt = (rest[:1] in (".", "") and len(before) >= 2
                   and _LIST_JOIN.fullmatch(text[before[-2][1]:before[-1][0]]) is not None)
        if not nxt:
            continue
        w1, w2 = normalize(m.group(2)), normalize(m.group(3))
        s1 = m.start(2)
        whole = normalize("و" + m.group(2)) if m.group(1) == "و" else ""
        if whole and (whole in firsts or whole in _waw_names()) and w1 not in firsts:
            w1, s1 = whole, m.start(1)
        if (w1 in titles or (w1 in countries and w1 not in firsts) or w1.startswith("ال") or _verb_like(w1) or w1 in demonyms
                or not (w1 in firsts or _list_name_word(w1))):
            continue
        if (w2 in titles or w2 in countries or w2 in demonyms or _verb_like(w2)
                or any(b in countries or b in titles for b in _bare(w2) if b != w2)):
            continue
        add.append((s1, m.end(3), "PERS"))
    if not add:
        return found
    # (the model's spans inside an item, one word or the item with its و, give way to it)
    keep = [y for y in found if not any(x[0] < y[1] and y[0] < x[1] for x in add)]
    return keep + add


_GLUED_LIST_NAME = re.compile(r" و([\u0621-\u064a]{3,}) ([\u0621-\u064a]{3,})(?=\s*(?:[،,.:؛;!?؟)]| و|$))")
_LIST_NAME_LIKENESS = 0.1  # the share of name words in a word's cluster above which it may be a name word


def _list_name_word(word: str) -> bool:
    """A normalised word that may be a word of a name in a list of names: a known name word, or a word of a cluster
    of names; no common word, title or ال-word."""
    if word.startswith("ال") or word in common_words() or word in title_words() or word in _waw_names():
        return False
    return word in known_first() or word in _name_words() or _name_likeness().get(word, 0.0) >= _LIST_NAME_LIKENESS


def _glued_list_names(text: str, found: list) -> list:
    """Person spans for the next name of a list of names glued to its conjunction: right after a person span of two
    words or more, و glued to a word and one more word, then the end of the list's item (a comma or other
    punctuation, the next و, the end of the text): والبلجيكيان روميلو لوكاكو ومروان فيلايني والإنجليزيان. Both words
    may be name words (:func:`_list_name_word`); a span found already there is kept."""
    out: list = []
    pers = sorted((s, e) for s, e, typ in found if typ == "PERS" and " " in text[s:e].strip())
    todo = list(pers)
    while todo:
        s, e = todo.pop(0)
        m = _GLUED_LIST_NAME.match(text, e)
        if not m:
            continue
        w1, w2 = normalize(m.group(1)), normalize(m.group(2))
        if w1.startswith("و") or not (_list_name_word(w1) and _list_name_word(w2)):
            continue
        if any(x[0] < m.end(2) and m.start(1) - 1 < x[1] for x in found + out):
            continue
        out.append((m.start(1), m.end(2), "PERS"))
        todo.append((m.start(1), m.end(2)))
    return out


_ALI_BEFORE = re.compile(r"(?<![\u0621-\u064a])(علي)[ \t]$")
_ALI_THEN_WORD = re.compile(r"[ \t]علي[ \t]([\u0621-\u064a]{3,})(?![\u0621-\u064a])")


def _ali_inside_name(text: str, s: int, e: int, found: list) -> int:
    """The end of a person span of two words or more that goes on with علي written with ي and a name word
    (أحمد عز الدين | علي عزت): between two name words علي is a name of the chain (the father's), not the
    preposition على, which normalisation makes the same word. The next word is a known first name or name word
    that is no common word, title or word with ال (على المسرح، علي العرش stay prepositions), and nothing else
    starts there; otherwise ``e`` unchanged."""
    m = _ALI_THEN_WORD.match(text, e)
    if not m:
        return e
    toks = normalize(text[s:e]).split()
    w = normalize(m.group(1))
    if (len(toks) >= 2 and toks[-1] not in common_words() and toks[-1] not in _CONNECTORS
            and (w in known_first() or w in _name_words()) and w not in common_words()
            and w not in title_words() and not w.startswith("ال")
            and not any(x[0] < m.end(1) and e < x[1] for x in found if x[:2] != (s, e))):
        return m.end(1)
    return e


_FAMILY_AT_END = re.compile(r"[ \t](ال[\u0621-\u064a]{3,})(?=[ \t]*(?:[.؟?!]|$))")
# the Persian surname suffix written apart (رحيم زاده، حسين زاده): the model ends the span before it
_ZADEH_AFTER = re.compile(r"[ \t](زاد[هة])(?![\u0621-\u064a])")
_ZADEH = frozenset(normalize(w) for w in ("زاده", "زادة"))  # (no زاد + the pronoun ه, 'increased it', there)


def _family_name_at_end(text: str, found: list) -> list:
    """A person span of two words or more right before a word with ال that ends the sentence (a full stop, a
    question or exclamation mark or the end of the text after it) takes that word: the family name the model cut
    (إخراج أحمد يعقوب | المقلة.، محمد علي | الراقوبي.). The word is no word of the news text (with or without ال:
    an adjective or a noun), no common word, title or nationality adjective, no feminine nisba (الحلبية) and no
    connector; nothing else starts there."""
    if not found:
        return found
    out = []
    for s, e, typ in found:
        # (and علي written with ي right before a span of two words or more whose first word is a known first name
        # that is no common word is its first name, which the model read as على: علي | حسن المجيد، علي | محسن الأحمر)
        b = _ALI_BEFORE.search(text, max(0, s - 6), s) if typ == "PERS" else None
        if b and not any(x[1] > b.start(1) and x[0] < s for x in found if x != (s, e, typ)):
            toks = normalize(text[s:e]).split()
            if (len(toks) >= 2 and toks[0] in known_first() and toks[0] not in common_words()
                    and toks[0] not in title_words()):
                s = b.start(1)
        if typ == "PERS":
            e = _ali_inside_name(text, s, e, found)
        m = _FAMILY_AT_END.match(text, e) if typ == "PERS" else None
        if m:
            w = normalize(m.group(1))
            toks = normalize(text[s:e]).split()
            if (len(toks) >= 2 and toks[-1] not in _CONNECTORS and w not in _vocabulary()
                    and w[2:] not in _vocabulary() and w not in common_words() and w not in title_words()
                    and w not in _demonyms_with_article() and not w.endswith(("يه", "ية"))
                    and not any(x[0] < m.end(1) and m.start(1) < x[1] for x in found if x != (s, e, typ))):
                e = m.end(1)
        # (and a span of two words or more right before زاده, the Persian surname suffix written apart, takes it:
        # وزير الداخلية رمضان حامرو رحيم | زاده)
        z = _ZADEH_AFTER.match(text, e) if typ == "PERS" else None
        if (z and len(text[s:e].split()) >= 2 and normalize(text[s:e]).split()[-1] not in _CONNECTORS
                and not any(x[0] < z.end(1) and z.start(1) < x[1] for x in found if x != (s, e, typ))):
            e = z.end(1)
        # (and a span of two words or more that ends in ماك, the particle of a Scottish or Irish surname written
        # apart, takes the next word: رئيس لجنة الشؤون الخارجية في البرلمان الأوروبي، ديفيد ماك | اليستير; no common
        # word or title)
        mk = _NEXT_WORD.match(text, e) if typ == "PERS" and normalize(text[s:e]).split()[-1:] == ["ماك"] else None
        if (mk and len(text[s:e].split()) >= 2 and normalize(mk.group(1)) not in common_words()
                and normalize(mk.group(1)) not in title_words()
                and not any(x[0] < mk.end(1) and mk.start(1) < x[1] for x in found if x != (s, e, typ))):
            e = mk.end(1)
        out.append((s, e, typ))
    return out


@lru_cache(maxsize=1)
def _waw_names() -> frozenset:
    """Given names that start with their own و (``waw_given_names.txt``: وسام، وفاء، ويليام)."""
    return _read_words("waw_given_names.txt")


def _starts_moved(found: list, moved: dict, gone=frozenset()) -> list:
    """The recogniser's spans ``(s, e, typ)`` with the person spans of ``moved`` (``(s, e)`` → new start) starting
    there and the spans of ``gone`` left out; ``found`` itself when nothing moved."""
    if not moved:
        return found
    return [(moved.get((s, e), s), e, typ) if typ == "PERS" else (s, e, typ) for s, e, typ in found
            if (s, e, typ) not in gone]


def _hyphenated_given_names(text: str, found: list) -> list:
    """A person span of two words or more right after a hyphen starts at the word glued before the hyphen when
    that word is a known first name, whatever the recogniser made of it (a person of its own, or an organisation
    after للنادي): a double given name the recogniser cut at its hyphen (هانس-يواكيم فاتسكه). Not a surname before
    the hyphen (قمة ترامب-كيم جونغ أون: ترامب is no first name)."""
    moved, gone = {}, set()
    for s, e, typ in found:
        if typ != "PERS" or s < 2 or text[s - 1] != "-" or " " not in text[s:e].strip():
            continue
        m = re.search(r"(?<![\u0621-\u064a])[\u0621-\u064a]{2,}$", text[:s - 1])
        if not m or normalize(m.group(0)) not in known_first():
            continue
        moved[(s, e)] = m.start()
        gone.update((a, b, ty) for a, b, ty in found if (a, b) == (m.start(), m.end()))
    return _starts_moved(found, moved, gone)


def _east_asian_syllables(words: list[str], common) -> bool:
    """Normalised words that read as a Korean or Chinese name before a hyphenated syllable: as
    :func:`_east_asian_chain`, with words of up to five letters (تشانغ)."""
    return (2 <= len(words) <= 3 and all(2 <= len(w) <= 5 and not w.startswith("ال") and w not in common
                                         for w in words) and words[-1].endswith("نغ"))


def _foreign_given_spelling(word: str) -> bool:
    """A normalised word that is a foreign given name of ``given_name_spellings.tsv``."""
    from marsad.mentions.romanize import _given_name_spellings

    return word in _given_name_spellings()


def _no_article_spelling(raw: str) -> bool:
    """A raw word whose normalised form starts with ال but whose spelling has no article: a hamza or madda alef
    before its ل (آلان, ألان: Alain, normalised like الآن 'now')."""
    return raw[:1] in "آأإ" and raw[1:2] == "ل"


def _foreign_given_before(text: str, found: list) -> list:
    """A person span of one or two words right after a foreign given name of ``given_name_spellings.tsv`` (written
    apart, no punctuation, no span there) starts at that name: a given name that is also a word of the language
    (تود 'she wants', توم, سام) the recogniser leaves out (متحدثاً عن تود روبنسون: روبنسون alone, then dropped as one
    word; the lead's open class)."""
    from marsad.mentions.romanize import _given_name_spellings

    given = _given_name_spellings()
    moved = {}
    for s, e, typ in found:
        if typ != "PERS" or len(text[s:e].split()) > 2:
            continue
        m = re.search(r"(?<![\u0621-\u064a])([\u0621-\u064a]{2,}) $", text[max(0, s - 20):s])
        # (not one that is a common word, الآن 'now' spelt as آلان, سيلفي 'selfie'; but a word written with آ/أ/إ
        # before its ل has no article ال: آلان, ألان are Alain, never الآن)
        if m and normalize(m.group(1)) in given and (normalize(m.group(1)) not in common_words()
                                                     or _no_article_spelling(m.group(1))):
            a = s - len(m.group(0))
            if not any(x[0] < s and a < x[1] for x in found if x != (s, e, typ)):
                moved[(s, e)] = a
    return _starts_moved(found, moved) if moved else found


_SPACED_HYPHEN_SYLLABLE = re.compile(r"[ \t]*[-\u2013][ \t]*([\u0621-\u064a]{2,4})(?![\u0621-\u064a])")


def _spaced_hyphen_syllables(text: str, found: list) -> list:
    """A Korean or Chinese name (:func:`_east_asian_chain`: كيم جونغ، تشانغ سونغ) right before a hyphen written with
    spaces and one short word (كيم جونغ - أون, Kim Jong-un; تشانغ سونغ - ثايك, Jang Song-thaek) takes that word in:
    the hyphen joins the given name's two syllables, spaced or not (the lead's Iraq probe: تشانغ سونغ - ثايك was cut
    to تشانغ سونغ). A short word with ال or و is no syllable."""
    out, gone = [], set()
    common = common_words()
    for s, e, typ in found:
        if typ == "PERS" and _east_asian_syllables(normalize(text[s:e]).split(), common):
            m = _SPACED_HYPHEN_SYLLABLE.match(text, e)
            # (the syllable tagged alone, as an organisation too, is taken in: its span goes)
            inside = [x for x in found if e <= x[0] < m.end()] if m else []
            if m and not m.group(1).startswith(("ال", "و")) and all(x[2] != "PERS" and x[1] <= m.end() for x in inside):
                e = m.end()
                gone.update(inside)
        out.append((s, e, typ))
    return [x for x in out if x not in gone]


@lru_cache(maxsize=1)
def _clubs_and_sport_roles() -> tuple[frozenset, frozenset]:
    """``(clubs, roles)``: ``clubs_before_player.txt`` with the one-word clubs mined from the news text
    (``mined_clubs.txt``, people67), and ``sport_roles_before_club.txt``."""
    mined = frozenset(c for c in mined_clubs() if " " not in c)
    return _read_words("clubs_before_player.txt") | mined, _read_words("sport_roles_before_club.txt")


def _club_before_player(text: str, found: list) -> list:
    """A person span of two words or more after a sports role (``sport_roles_before_club.txt``, with و or ل glued
    on) that starts with a club's one-word name (``clubs_before_player.txt``) starts after it: the role's club,
    then the player (ومهاجم توتنهام ديلي آلي, 'and Tottenham's striker Dele Alli')."""
    clubs, roles = _clubs_and_sport_roles()
    moved = {}
    for s, e, typ in found:
        words = text[s:e].split()
        if typ != "PERS" or len(words) < 2 or normalize(words[0]) not in clubs:
            continue
        m = re.search(r"([\u0621-\u064a]+)\s+$", text[:s])
        if m and any(b in roles for b in _bare(normalize(m.group(1)))):
            moved[(s, e)] = text.index(words[1], s + len(words[0]))
    return _starts_moved(found, moved)


def _plural_noun(word: str) -> bool:
    """A normalised word that is a plural noun of the news text in ات, with its ال form a word of it too, and no
    name word (تصريحات، انتخابات; not بركات or فرحات, whose ال forms the news text lacks, nor عرفات, a name word)."""
    vocab = _vocabulary()
    return (len(word) >= 5 and word.endswith("ات") and not word.startswith("ال") and word in vocab
            and "ال" + word in vocab and word not in _name_words() and word not in known_first())


def _plural_noun_at_end(text: str, found: list) -> list:
    """A person span of three words or more whose last word is a plural noun (:func:`_plural_noun`) ends before
    it: the noun the name governs or that governs the next one (أدان السيناتور جيف فليك تصريحات ترامب, 'Jeff Flake
    condemned Trump's statements')."""
    out = []
    for s, e, typ in found:
        words = list(re.finditer(r"\S+", text[s:e]))
        if typ == "PERS" and len(words) >= 3 and _plural_noun(normalize(words[-1].group(0))):
            e = s + words[-2].end()
        out.append((s, e, typ))
    return out


_SIGNATURE = re.compile(r"\s*[\u0621-\u064a]+(?: [\u0621-\u064a]+){1,4}(?:\s*/\s*[\u0621-\u064a]+(?: [\u0621-\u064a]+){1,4})+\s*")


def signature_lines(texts: list[str], only=None) -> list[int]:
    """The segments that are only a signature: two to five names of two to five words each joined by ``/`` and
    nothing else (France 24's last line, سيباستيان سايبت/مها بن عبد العظيم: the journalists, no people of the
    story; they count as a byline). ``only``: the indices (ascending) of the texts to read, when the caller knows
    that no other can be one (the texts of 1–150 characters)."""
    return [i for i in (range(len(texts)) if only is None else only)
            if (t := texts[i]) and "/" in t and len(t) <= 150 and _SIGNATURE.fullmatch(t)]


def _question_after(text: str, e: int) -> bool:
    """A ؟ follows ``e`` before the sentence ends (a full stop, ! or a line break)."""
    m = re.search(r"[؟?.!\n]", text[e:e + 120])
    return bool(m) and m.group(0) in "؟?"


# the pronouns 'I' and 'we' as written, with the hamza (آنا, Anna, keeps its madda): no name word
_RAW_PRONOUNS = frozenset(("أنا", "نحن"))


def _adjective_before_lam_name(text: str, found: list) -> list:
    """A person span of three words or more that opens with an indefinite adjective of the language and goes on with
    ل glued to a name (معسكر إعدادي لعبدالرحمن الغامدي 'a preparatory camp for Abdulrahman Al-Ghamdi'; people64,
    session 31, from heldout35's errors read after its blind runs): the adjective and the ل are no part of the name,
    which starts after the ل. The adjective: a word of the news text (:func:`_vocabulary`) ending in ي, without ال,
    no name word or known first name; the glued word: ل + three letters or more, no ال after the ل (للجريء); the
    third word: an ال-word (a family name). A span the recogniser starts at a name (أحمد لطفي السيد) is left."""
    out = None
    for j, (s, e, typ) in enumerate(found):
        if typ != "PERS":
            continue
        ws = text[s:e].split()
        if len(ws) < 3 or not ws[1].startswith("ل") or len(ws[1]) < 4 or ws[1].startswith("لل"):
            continue
        a = normalize(ws[0])
        if (not a.endswith("ي") or a.startswith(("ال", "و")) or a not in _vocabulary() or a in _name_words()
                or a in known_first() or not normalize(ws[2]).startswith("ال")):
            continue
        ns = text.index(ws[1], s + len(ws[0])) + 1
        out = list(found) if out is None else out
        out[j] = (ns, e, typ)
    return out if out is not None else found


def _span_openers(text: str, found: list) -> list:
    """Words a person span takes in that are no part of the name: an office noun before a surname
    (``span_opening_nouns.txt``: وقال مكتب بينيت → بينيت), a dialect question word before a name in a question
    (``dialect_question_words.txt``, as written: (فين عبدالمطلب؟) → عبدالمطلب) start the name at the next word; a
    past verb second in a span that it ends or that goes on with a common word (``verbs_after_given_name.txt``:
    وعمر ولد مصابا → عمر; not إسماعيل ولد الشيخ أحمد) is cut off with what follows, and so is a present verb with ي
    second in a span of two words (people114: ماكين يوصي → ماكين; :func:`name_words._masculine_present`). Applied twice: before the
    other span rules and after the rules that join a known first name before a name (فين is also Vin)."""
    offices, asked, verbs = _opener_lists()
    out = []
    for s, e, typ in found:
        words = list(re.finditer(r"\S+", text[s:e]))
        # (a kinship noun with a possessive pronoun, و/ف before it or not, is no name word: بينهم ابنه وصهره، the
        # lead's Iraq probe; alone it is no person, first in a span the name starts at the next word)
        if typ == "PERS" and words and _kin_with_pronoun(words[0].group(0)):
            if len(words) == 1:
                continue
            s, words = s + words[1].start(), words[1:]
            words = list(re.finditer(r"\S+", text[s:e]))
        if typ == "PERS" and len(words) >= 2:
            first = words[0].group(0)
            if any(b in offices for b in _bare(normalize(first))) or (
                    first in asked and _question_after(text, e)):
                s = s + words[1].start()
            elif normalize(words[1].group(0)) in verbs and (
                    len(words) == 2 or normalize(words[2].group(0)) in common_words()):
                e = s + words[0].end()  # (and a common word after the verb: وعمر ولد مصابا)
            elif len(words) == 2 and _masculine_present(normalize(words[1].group(0))):
                e = s + words[0].end()  # (people114: a present verb with ي ends the name: ماكين يوصي: → ماكين)
        out.append((s, e, typ))
    return out


@lru_cache(maxsize=1)
def _opener_lists() -> tuple[frozenset, frozenset, frozenset]:
    """The office nouns, the dialect question words (as written) and the verbs of :func:`_span_openers`."""
    return (_read_words("span_opening_nouns.txt"), _raw_words("dialect_question_words.txt"),
            _read_words("verbs_after_given_name.txt"))


@lru_cache(maxsize=1)
def _asked_normalised() -> frozenset:
    """The question words of :func:`_span_openers` (``dialect_question_words.txt``), normalised."""
    return frozenset(normalize(w) for w in _opener_lists()[1])


def _maqsura_verb_opening(text: str, s: int, word: str) -> bool:
    """``word`` (normalised, at ``s``) is a past verb of three letters written with ى right after a glued و/ف that
    opens the sentence (وروى, 'and he narrated'), not a name of a list (وعبدالله بهمن، وهدى حسين)."""
    return (len(word) == 3 and text[s:s + 3].endswith("ى") and _verb_like(word) and s >= 1 and text[s - 1] in "وف"
            and re.search(r"(?:^|[.!?؟:\n])\s*$", text[:s - 1]) is not None)


def _verb_before_name(text: str, found: list) -> list:
    """A person span of two words or more that starts with و/ف and a past verb in ى opening the sentence
    (:func:`_maqsura_verb_opening`) starts after the verb, and a span of two words so cut, right before a known
    first name, takes it in: the name shifted one word (وروى سيلفان علي، مالك كشك, 'and Sylvain Ali narrated')."""
    out = []
    for s, e, typ in found:
        words = text[s:e].split()
        if (typ == "PERS" and len(words) >= 2 and words[0][:1] in "وف" and text[s:s + 1] == words[0][:1]
                and _maqsura_verb_opening(text, s + 1, normalize(words[0][1:]))):
            after = re.match(r" ([\u0621-\u064a]+)(?![\u0621-\u064a])", text[e:])
            if len(words) == 2 and after and normalize(after.group(1)) in known_first():
                e += after.end()
            s = text.index(words[1], s + len(words[0]))
        out.append((s, e, typ))
    return out


@lru_cache(maxsize=1)
def _fixed_expressions() -> tuple:
    """The normalised expressions of ``fixed_expressions.txt`` as tuples of words."""
    return tuple(tuple(x.split()) for x in _read_words("fixed_expressions.txt"))


# a model code of Latin capitals and digits (SR-71, F-35, A380) right before a name makes it a product's name
_MODEL_CODE = re.compile(r"(?<![\w-])[A-Z]{1,4}-?[0-9]{2,4}[A-Z]?\s+$")

_CALLED = re.compile(r"(?:الذي|التي)\s+(?:[تي]طلق\s+عليها?|[تي]سمي(?:ه|ها)?|[تي]سمى|[تي]عرف\s+باسم)"
                     r"\s+(?:[\u0621-\u064a]+\s+)?$")


def _named_thing_before(text: str, s: int, triggers: frozenset) -> bool:
    """The span at ``s`` is the other name of a place or an organisation: right after الذي/التي and a naming verb
    (تطلق عليه، يسمى، تعرف باسم, a subject between allowed) whose antecedent, in the six words before the relative
    pronoun, holds a noun that introduces an organisation or a place (``organization_triggers.txt``: معبر كرم بو
    سالم، الذي تطلق عليه كيرم شالوم, the lead's Egypt probe); a person so called (الرجل الذي يطلق عليه …) stays."""
    m = _CALLED.search(text[max(0, s - 60):s])
    if not m:
        return False
    head = text[max(0, s - 60 - 80):s - (len(text[max(0, s - 60):s]) - m.start())]
    head = re.split(r"[.!?؟:؛\n]", head)[-1]
    return any(b in triggers for w in _WORD.findall(normalize(head))[-6:] for b in _bare(w))


# الملقب/الملقبة/يلقب/تلقب ('nicknamed') and the ب of its complement, glued to it or written apart (بـ)
_LAQAB = re.compile(r"(?<![\u0621-\u064a])(?:[وف]?(?:ال)?مل|[وف]?[يت]ل)ق\u0651?ب(?:ة|ه|ها)?[ \t]+(?:بـ?[ \t]*[\"«“]?[ \t]*)?$")


def _nickname_after_laqab(text: str, s: int) -> bool:
    """The span at ``s`` is an epithet, no name: right after الملقب ب ('nicknamed') with the ب glued to the span or
    before it (محمد جلال الدين الرومي، الملقب بسلطان العارفين, the lead's Iran probe); the gold rules make a
    nickname that is no short form of the name no person."""
    before = text[max(0, s - 30):s]
    m = _LAQAB.search(before)
    return bool(m) and (m.group(0).rstrip(" \t\"«“").endswith(("ب", "بـ")) or text[s:s + 1] == "ب")


def _affiliation_in_list(text: str, s: int, e: int, found: list) -> bool:
    """The span at ``s``–``e`` fills a bracket right after another person span (:data:`_BRACKET_AFTER`), in a
    segment where two such person spans or more have a bracket after them: a list of names, each with its club,
    party or country (فرانكو أرماني (ريفر بلايت)، خافيير ماسكيرانو (هيبي فورتشون الصيني)، a squad list of heldout27
    as a development split; names of two words or more before the brackets), so the bracket holds an affiliation, no
    person, unless its first word is a known first name (a cast list, أرتور (فانسان لاكوست), has the actor there). A single name with a bracket after it (أحمد حسام (ميدو)) is
    left to the nickname rule."""
    if not re.search(r"\([ \t]*$", text[max(0, s - 4):s]):
        return False
    # (full names before the brackets: a cast list, جاك (بيار دولادونشان)، أرتور (فانسان لاكوست), has a character's
    # first name before the actor's name in the bracket; and no known first name starting the bracket)
    if normalize(text[s:e]).split()[0] in known_first():
        return False
    ends = [b for a, b, t in found if t == "PERS" and len(text[a:b].split()) >= 2 and _BRACKET_AFTER.match(text, b)]
    if len(ends) < 2:
        return False
    m = re.search(r"[ \t]*\([ \t]*$", text[:s])
    return any(b == m.start() for b in ends) and _BRACKET_AFTER.match(text, m.start()) is not None and \
        _BRACKET_AFTER.match(text, m.start()).end() >= e


def _no_person_spans(text: str, found: list, demonyms: frozenset, triggers: frozenset, titles: frozenset) -> list:
    """Recogniser person spans that name no person drop out: a span inside a fixed expression of
    ``fixed_expressions.txt`` that stands whole in the text (فمدير صالات "السيف"، على سبيل المثال، يقول); a span
    right after a model code (خليفة الطائرة SR-71 بلاك بيرد, an aircraft); a span right after a feminine
    nationality adjective with ال that follows, by at most three words, a noun that introduces an organisation,
    with no title (with or without ال) between them or in the twelve words before the noun (لشركة خدمات الركوب
    الصينية ديدي تشوكسينغ, a company; رئيس شركة هواوي الصينية … keeps a person after a role)."""
    if not found:
        return found
    toks = _word_tokens(text)
    starts = {t[0]: i for i, t in enumerate(toks)}
    exprs = _fixed_expressions()
    out = []
    for s, e, typ in found:
        i = starts.get(s)
        if typ != "PERS" or i is None:
            out.append((s, e, typ))
            continue
        n = sum(1 for t in toks[i:] if t[0] < e)
        drop = False
        for ex in exprs:
            for j in range(max(0, i - len(ex) + n), i + 1):
                if j + len(ex) <= len(toks) and tuple(t[2] for t in toks[j:j + len(ex)]) == ex and i + n <= j + len(ex):
                    drop = True
        if _MODEL_CODE.search(text[max(0, s - 16):s]):
            drop = True
        # (the adjective feminine, agreeing with the noun: المتحف البريطاني نيل سبنسر, a masculine one, may agree
        # with a role before, a curator of the British Museum)
        if (i >= 2 and toks[i - 1][2] in demonyms and toks[i - 1][2].endswith("يه")
                and not text[toks[i - 1][1]:s].strip()):
            for j in range(i - 2, max(-1, i - 5), -1):
                bare = _bare(toks[j][2])
                if any(b in titles or "ال" + b in titles for b in bare):
                    break
                if any(b in triggers or ("ال" + b) in triggers or (b.startswith("ال") and b[2:] in triggers)
                       for b in bare):
                    # (and no title in the twelve words before the noun: عضو اللجنة التنفيذية في منظمة التحرير
                    # الفلسطينية طارق برغوث is a member's name, محامي هيئة شؤون الأسرى والمحررين في منظمة … a lawyer's)
                    # (a role in construct has no ال: محامي)
                    if not any(b in titles or "ال" + b in titles for t in toks[max(0, j - 12):j] for b in _bare(t[2])):
                        drop = True
                    break
        if n == 2 and _title_of_place(text, toks, i, found):
            drop = True
        if _named_thing_before(text, s, triggers):
            drop = True
        if _nickname_after_laqab(text, s):
            drop = True
        if _affiliation_in_list(text, s, e, found):
            drop = True
        # (a span that starts with the pronoun أنا or نحن, as written, before no first name or name word is a phrase:
        # أنا ربكم الأعلى, a quotation; وقالت أنا ماري غوتيز, Anna-Marie, stays)
        sw = text[s:e].split()
        if sw[0] in _RAW_PRONOUNS and (len(sw) < 2 or (normalize(sw[1]) not in known_first()
                                                        and normalize(sw[1]) not in _name_words())):
            drop = True
        if not drop:
            out.append((s, e, typ))
    return out


@lru_cache(maxsize=1)
def _titles_of_place() -> frozenset:
    """Title nouns in construct with a place (``titles_of_place.txt``: أميرة ويلز)."""
    return _read_words("titles_of_place.txt")


def _title_of_place(text: str, toks: list, i: int, found: list) -> bool:
    """Whether the two words from token ``i`` are a title noun of ``titles_of_place.txt`` and a place of the NER
    gazetteer in apposition to the person span that ends right before a comma before them (الأميرة ديانا، أميرة ويلز)."""
    if i + 1 >= len(toks) or toks[i][2] not in _titles_of_place():
        return False
    from marsad.mentions import ner as ner_mod

    try:
        places = ner_mod._gazetteers().get("loc", frozenset())
    except FileNotFoundError:
        return False
    if toks[i + 1][2] not in places:
        return False
    before = re.search(r"[،,][ \t]*$", text[:toks[i][0]])
    return bool(before) and any(typ == "PERS" and not text[e:before.start()].strip() for _s, e, typ in found)


def _lam_surname_names(texts: list, doc_ids: list, spans: list) -> list:
    """A recogniser person span whose first word starts with ل, right after a word (one space between) with which
    that word makes a name of two words the recogniser names elsewhere in the document, is that name (أن لطفي لبيب
    بخير: the recogniser's لبيب بخير, read as ل + بيب بخير, 'is fine', where the document names لطفي لبيب)."""
    pairs = defaultdict(set)
    for k, (t, sp) in enumerate(zip(texts, spans)):
        for s, e, typ in sp or ():
            words = normalize(t[s:e]).split()
            if typ == "PERS" and len(words) == 2 and words[1].startswith("ل"):
                pairs[doc_ids[k]].add(tuple(words))
    out = []
    for k, (t, sp) in enumerate(zip(texts, spans)):
        if not sp or not pairs[doc_ids[k]]:
            out.append(sp)
            continue
        new = []
        for s, e, typ in sp:
            first = re.match(r"ل[\u0621-\u064a]+", t[s:e])
            m = _LAST_WORD.search(t[max(0, s - 30):s])
            if (typ == "PERS" and first and m and t[s - 1:s] == " " and m.end(1) == min(s, 30) - 1
                    and (normalize(m.group(1)), normalize(first.group(0))) in pairs[doc_ids[k]]):
                s, e = s - len(m.group(1)) - 1, s + first.end()
                if any(x[:2] == (s, e) for x in new) or any(x[:2] == (s, e) for x in sp):
                    continue
            new.append((s, e, typ))
        out.append(new)
    return out


@lru_cache(maxsize=1)
def _present_verb_names() -> frozenset:
    """Present verbs spelt like given names (``verb_given_names_present.txt``), as written."""
    return _raw_words("verb_given_names_present.txt")


def _present_verb_before_name(texts: list, doc_ids: list, spans: list) -> list:
    """A recogniser person span whose first word is, as written, a present verb of ``verb_given_names_present.txt``
    and whose text after that verb starts with a name of two words or more the recogniser gives elsewhere in the
    document, or the last two words or more of one, is that name (يحيي كوري إيدا مع مواطنه, 'salutes Kore-eda', where
    the document names هريكازو كوري إيدا)."""
    verbs = _present_verb_names()
    if not verbs:
        return spans
    names = defaultdict(set)
    hits = []
    for k, (t, sp) in enumerate(zip(texts, spans)):
        for s, e, typ in sp or ():
            if typ != "PERS":
                continue
            # (a name and its last two words or more, a surname of two words: كوري إيدا of هريكازو كوري إيدا)
            ws = normalize(t[s:e]).split()
            names[doc_ids[k]].update(" ".join(ws[j:]) for j in range(max(1, len(ws) - 1)) if len(ws) - j >= 2)
            first = t[s:e].split(" ", 1)
            if len(first) == 2 and first[0] in verbs:
                hits.append(k)
    if not hits:
        return spans
    out = list(spans)
    for k in dict.fromkeys(hits):
        t, new = texts[k], []
        for s, e, typ in out[k]:
            first = t[s:e].split(" ", 1)
            if typ == "PERS" and len(first) == 2 and first[0] in verbs:
                s2 = s + len(first[0]) + 1
                rest = normalize(t[s2:s2 + 60])
                whole = [n for n in names[doc_ids[k]] if len(n.split()) >= 2 and not n.startswith(normalize(first[0]))
                         and rest.startswith(n) and not re.match(r"[\u0621-\u064a]", rest[len(n):len(n) + 1])]
                if whole:
                    s, e = s2, s2 + len(max(whole, key=len))
            new.append((s, e, typ))
        out[k] = new
    return out


def _kb_name_before_preposition(text: str, found: list, taken_k: list, kb_last: set) -> list:
    """A recogniser person span of a knowledge-base person's mention, or of one word that ends a knowledge-base
    person's name in the document, and one word more, the preposition على spelt with ى (normalised, the name
    علي), drops out and leaves that person's mention alone (شينزو آبي … فيما شدد آبي على أن توقيع الاتفاق: Abe,
    not a person آبي علي)."""
    out = []
    for s, e, typ in found:
        m = re.search(r"\s+على$", text[s:e])
        if typ == "PERS" and m and (normalize(text[s:s + m.start()]) in kb_last - {normalize("علي")} or any(
                t[2] == "person" and t[0] == s and t[1] == s + m.start() for t in taken_k)):
            continue
        out.append((s, e, typ))
    return out


_PATRONYMIC = frozenset({"بن", "ابن"})


def _shared_family_pair(text: str, found: list, common: frozenset) -> list:
    """Two people of one family named in full and joined by و (ذيب اليامي وجاسر اليامي, the lead's Egypt probe):
    where the recogniser tags only the second (وجاسر اليامي), the two words right before it, a word that is no
    title, no common word and no word with ال and then the same family name, are a name of their own (then
    ``_list_conjunctions`` takes the و off the second). The family name compared normalised, with ال."""
    pers = [(s, e) for s, e, typ in found if typ == "PERS"]
    added = []
    for s, e in pers:
        words = text[s:e].split()
        if len(words) != 2 or not words[0].startswith("و") or len(words[0]) < 4 or not words[1].startswith("ال"):
            continue
        m = re.search(r"(?:^|[\s،,:؛(])([\u0621-\u064a]{3,}) ([\u0621-\u064a]{4,}) $", text[max(0, s - 60):s])
        if not m or normalize(m.group(2)) != normalize(words[1]):
            continue
        first = normalize(m.group(1))
        if first in common or first in title_words() or first.startswith("ال") or not _ARABIC_WORD.match(first):
            continue
        a = s - (len(text[max(0, s - 60):s]) - m.start(1))
        b = a + len(m.group(1)) + 1 + len(m.group(2))
        if not any(x < b and a < y for x, y, _t in found):
            added.append((a, b, "PERS"))
    return sorted([*found, *added]) if added else found


def _list_conjunctions(text: str, found: list, known: frozenset) -> list:
    """Person spans whose first word is the conjunction و glued to a name, start after it: a name of a list
    joined by و, right after another person span and a space or right before ' و' and another person span
    (يسرا وإلهام شاهين ونجلاء فتحي، ورجاء الجداوي ودلال عبد العزيز وميرفت أمين), where two names need a
    conjunction between them (a name that starts with و, وليد، وائل, takes a second one: ووليد); or a first word و
    + ال + a word of the news text (كمال مرجان، والجنيدي عبد الجواد), since a name word never starts so. The
    glued word is no name word nor a given name of ``waw_given_names.txt`` (وليد، وسام stay) and its rest has
    three letters or more and no second و, or two letters that are a known first name opening a name of three
    words or more next to another name (ريكاردو لوبيس ولي دونغ جوك)."""
    pers = sorted((s, e) for s, e, typ in found if typ == "PERS")
    moved = {}
    for j, (s, e) in enumerate(pers):
        m = re.match(r"و([\u0621-\u064a]{2,})(?![\u0621-\u064a])", text[s:e])
        if (not m or m.group(1)[0] == "و" or normalize(m.group(0)) in known or normalize(m.group(0)) in _waw_names()
                or " " not in text[s:e].strip()):
            continue
        rest = normalize(m.group(1))
        after_name = j > 0 and text[pers[j - 1][1]:s] == " "
        before_name = j + 1 < len(pers) and (text[e:pers[j + 1][0]] == " و" or (
            text[e:pers[j + 1][0]] == " " and text[pers[j + 1][0]:pers[j + 1][0] + 1] == "و"))
        # (a rest of two letters only when it is a known first name of a name of three words or more in a list of
        # names: ريكاردو لوبيس ولي دونغ جوك, Lee Dong-gook)
        # (and no ال-word or title after it: ولي العهد, 'the crown prince')
        second = normalize(text[s:e].split()[1])
        if len(rest) == 2 and not ((after_name or before_name) and rest in known_first()
                                   and len(text[s:e].split()) >= 3 and not second.startswith("ال")
                                   and second not in title_words()):
            continue
        article = rest.startswith("ال") and len(rest) >= 5 and rest in _vocabulary()
        # (or the next item of a list after a comma, when the item before started with و too: ومحمد كنو من
        # الهلال، وتيسير الجاسم; a glued word of a cluster of few names, no name word)
        listed = (j > 0 and text[s - 2:s] in ("، ", ", ") and "و" in (text[pers[j - 1][0]], text[pers[j - 1][0] - 1])
                  and s - pers[j - 1][1] <= 40 and not re.search(r"[.!?؟:\n]", text[pers[j - 1][1]:s])
                  and normalize(m.group(0)) not in _name_words()
                  and _name_likeness().get(normalize(m.group(0)), 0.0) < 0.1)
        if after_name or before_name or article or listed:
            moved[(s, e)] = s + 1
    return _starts_moved(found, moved)


# a bracket opened right after a name, with one to four words of letters before it closes (ميزا (إنديبندينتي)،
# روميرو (مانشستر يونايتد الإنجليزي)): an affiliation or a nickname
_BRACKET_AFTER = re.compile(r"[ \t]*\([ \t]*[\u0621-\u064a]+(?:[ \t]+[\u0621-\u064a]+){0,3}[ \t]*\)")
