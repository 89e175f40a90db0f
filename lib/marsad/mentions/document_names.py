"""Names the document itself vouches for: lists and chains of names, one-word names after a role, a peer noun or a
person noun, princes and royals, cast lists and the two-word names after a role named again
(:func:`_role_pairs_named_again`). Part of :mod:`marsad.mentions.people` (split36p).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from marsad.lang.text import normalize
from marsad.mentions.kb import word_list as _read_words
from marsad.mentions.offsets import span_to_original
from marsad.mentions.name_words import (_ARABIC_WORD, _bare, _CONNECTORS, _country_words, _demonyms_with_article,
    _FUNCTION_AFTER_PARTICLE, _kb_people, _language_word, _masculine_present, _name_likeness, _name_words, _NEXT_WORD,
    _NISBA, _PARTICLES, _PROCLITICS, _PRONOUNS, _RELATIVE_PRONOUNS, _role_word, _SHORT_PARTICLES, _SPEECH,
    _SPEECH_VERBS, _verb_like, _vocabulary, _WORD, _word_tokens, common_words, known_first, nobility_titles,
    organization_words)
from marsad.mentions.clean_spans import _first_name_like, _free_name_word, _NO_ROLE, _PLACE_NOUNS
from marsad.mentions.role_recognisers import _al_given_names, _person_verb
from marsad.mentions.kin_names import _KIN_NAME
from marsad.mentions.recognisers import _inho_name


# ---------------------------------------------------------------- discovery


# a list introduced by كل من ('each of'): … بينه وبين كل من محمد حماقي وأحلام وإليسا،
_EACH_OF = re.compile(r"(?<![\u0621-\u064a])كل من\s+")
_LIKES_OF = re.compile(r"(?<![\u0621-\u064a])أمثال\s+")
_LIST_END = re.compile(r"[،,.:;؛!?؟()\[\]\"«»“”\n]")
_PLURAL_END = ("ين", "ون", "ان", "تين", "تان")

_APPOINTEE = re.compile(r"(?<![\u0621-\u064a])[وب]?تعيين ([\u0621-\u064a]{3,}) $")


def _appointee_first_names(text: str, seg: list, titles: frozenset) -> list:
    """``seg`` with each recogniser person span of two words, عبد and a word (عبد الملك), that comes right after an
    appointment noun and one word (تعيين، وتعيين، بتعيين + معين) widened to that word: it is the first name of
    the appointee (معين عبد الملك), even when it is a common word ('certain'); not a title, nor a word with ال."""
    out = []
    for s, e, typ in seg:
        words = normalize(text[s:e]).split()
        m = _APPOINTEE.search(text, 0, s) if typ == "PERS" and len(words) == 2 and words[0] == "عبد" else None
        w = normalize(m.group(1)) if m else ""
        if m and m.end() == s and not w.startswith("ال") and w not in titles and not _role_word(w, titles):
            out.append((m.start(1), e, typ))
        else:
            out.append((s, e, typ))
    return out


def _list_items(text: str, start: int) -> list[list[list]] | None:
    """The words from ``start`` to the next punctuation, cut into items at each word that starts with the
    conjunction و (not one the name words list whole: وليد, nor one right after a known first name alone: وداني
    ويلبيك); None when that is over 160 characters away."""
    known = _name_words()
    firsts = known_first()
    stop = _LIST_END.search(text, start)
    end = stop.start() if stop else len(text)
    if end - start > 160:
        return None
    items: list[list[list]] = []
    for w in _WORD.finditer(text, start, end):
        s, e, norm = w.start(), w.end(), normalize(w.group())
        # (a surname that starts with و after a first name alone is that first name's surname: وداني ويلبيك)
        if (items and norm.startswith("و") and len(norm) >= 3 and norm not in known
                and not (len(items[-1]) == 1 and items[-1][0][2] in firsts)):
            items.append([[s + 1, e, norm[1:]]])
        elif items:
            items[-1].append([s, e, norm])
        else:
            items.append([[s, e, norm]])
    return items


def _name_lists(text: str, rec_spans: list, countries: list, titles: frozenset,
                common: frozenset) -> list[list[tuple[int, int, int]]]:
    """The people of the lists of names in ``text``: ``[(start, end, n_words), …]`` per list.

    Two kinds of list, up to the next punctuation, cut into items at each word with the conjunction و:
    after كل من ('each of'), three to eight items, two of them people or more (a recogniser person span
    starts the item, or its first word is a known first name that is no common word): كل من محمد حماقي
    وأحلام وإليسا; and after a role in the plural or the dual (بالفنانين، اللاعبين، الوزيرين), two to eight
    items, the first a recogniser person span right after the role: بالفنانين وليد توفيق وراغب علامة. Every
    item has one to three words, none a title or outside Arabic script, no word with ال at its start, no
    country mention; an item no recogniser span starts has no common word but the last of two (علامة, a
    surname that is also 'a sign'). Then each item is a person, one-word items too (stage names: أحلام،
    إليسا)."""
    firsts = known_first()
    heads = [(m.end(), 3, False, False) for m in _EACH_OF.finditer(text)]
    # (after أمثال 'the likes of' a recogniser person, the list ends at the first item that is no name:
    # أمثال عادل إمام ويسرا وإبلاغهم …)
    heads += [(m.end(), 2, True, True) for m in _LIKES_OF.finditer(text)]
    for w in _WORD.finditer(text):
        norm = normalize(w.group())
        # (a proclitic glued to a singular title whose last letters look like a plural ending is that title, no
        # plural: بتعيين ساجد جاويد وزيرا للداخلية heads no list, people112)
        if norm.endswith(_PLURAL_END) and norm not in titles and any(
                _role_word(b, titles) and b not in titles for b in _bare(norm)) and not any(
                b in titles for b in _bare(norm)):
            nxt = re.match(r" +", text[w.end():])
            if nxt and any(a == w.end() + nxt.end() for a, _b in rec_spans):
                heads.append((w.end() + nxt.end(), 2, True, False))
    out = []
    for start, least, after_role, cut in heads:
        items = _list_items(text, start)
        if cut and items:
            n_names = 0
            while (n_names < len(items) and len(items[n_names]) <= 3
                   and not _bad_list_item(text, items[n_names], n_names, rec_spans, countries, titles, common,
                                          firsts, after_role)):
                n_names += 1
            items = items[:n_names]
        if not items or not least <= len(items) <= 8 or any(len(it) > 3 for it in items):
            continue
        people, ok = 0, True
        for n_item, it in enumerate(items):
            s0 = it[0][0]
            rec = any(a <= s0 < b for a, b in rec_spans)
            first = it[0][2] in firsts and it[0][2] not in common and it[0][2] not in titles
            if rec or first:
                people += 1
            if _bad_list_item(text, it, n_item, rec_spans, countries, titles, common, firsts, after_role):
                ok = False
                break
        if ok and people >= 2 - after_role:
            out.append([(it[0][0], it[-1][1], len(it)) for it in items])
    return out


def _bad_list_item(text: str, it: list, n_item: int, rec_spans: list, countries: list, titles: frozenset,
                   common: frozenset, firsts: frozenset, after_role: bool) -> bool:
    """True when the item ``it`` of a list of :func:`_name_lists` cannot be a name (see there)."""
    s0, e0 = it[0][0], it[-1][1]
    rec = any(a <= s0 < b for a, b in rec_spans)
    first = it[0][2] in firsts and it[0][2] not in common and it[0][2] not in titles
    loose = it[:-1] if len(it) == 2 else it
    return bool(text[s0:s0 + 2] == "ال" or any(not _ARABIC_WORD.match(w[2]) or w[2] in titles for w in it)
                or any(a < e0 and s0 < b for a, b in countries) or len(it[0][2]) < 3
                or (not rec and not first and any(w[2] in common for w in loose))
                or (after_role and n_item == 0 and not rec))


@lru_cache(maxsize=1)
def tail_nouns() -> frozenset:
    """Feminine nouns that follow first names too often to be common words but are no surnames
    (``data/kb/tail_nouns.txt``, built by ``python -m marsad.training.people_data tail-nouns``)."""
    return _read_words("tail_nouns.txt")


_CHAIN = re.compile(r"(?<![\u0621-\u064a_#])([\u0621-\u064a]{3,})((?: و[\u0621-\u064a]{3,}){4,7})"
                    r"(?=[ \t]*(?:[،,.:;؛!?؟\"”»)]|$))")

_NAME_NOUN = re.compile(r"^(?:ال)?(?:اسم|اسماء)(?:ها|هم|ه)?$")
# a list of names right after a heading of one to three words and a colon at the start of a segment (كلمة أخيرة:
# ايسكو وموراتا والكانترا وخيسوس ودي خيا …): five to eight items joined by و or commas, each one word or a surname
# particle and a word
_HEAD_ITEM = r"(?:(?:دي|دا|دو|فان) )?[\u0621-\u064a]{3,}"
_HEAD_SEP = r"(?: و|[،,] ?(?:و)?)"
_HEADING_CHAIN = re.compile(r"^[ \t]*(?:[\u0621-\u064a]+ ){0,2}[\u0621-\u064a]+[ \t]*:[ \t]*"
                            rf"({_HEAD_ITEM})((?:{_HEAD_SEP}{_HEAD_ITEM}){{4,7}})(?![\u0621-\u064a])")


def _one_word_chain(text: str, countries: list, titles: frozenset) -> list[tuple[int, int]]:
    """The items of a chain of five to eight single words joined by و and ending the phrase, three or more of them
    first names (known, or of a word cluster of names) and at most a third with ال, none a title or a country, and no
    noun اسم/أسماء in the fifty characters before it (لسنا جيل ماجد والهريفي وسعيد وسامي ومسعد وجميل: former players
    named by one name each in a quote; not الأسماء الشائعة مثل محمد وعلي …, names cited as names)."""
    out = []
    for m in _CHAIN.finditer(text):
        items = [(m.start(1), m.end(1))]
        for w in re.finditer(r" و([\u0621-\u064a]{3,})", m.group(2)):
            items.append((m.start(2) + w.start(1), m.start(2) + w.end(1)))
        words = [normalize(text[s:e]) for s, e in items]
        # (names cited as names are no people: الأسماء الشائعة في البلاد مثل محمد وعلي وحسين …)
        before = _WORD.findall(normalize(text[max(0, m.start() - 50):m.start()]))
        if any(_NAME_NOUN.match(b) for w in before for b in _bare(w)):
            continue
        if (sum(_first_name_like(w) for w in words) < 3 or sum(w.startswith("ال") for w in words) * 3 > len(words)
                or any(w in titles for w in words)
                or any(a < e and s < b for s, e in items for a, b in countries)):
            continue
        out += items
    return out + _heading_chain(text, countries, titles)


def _chain_items_ok(text: str, items: list, countries: list, titles: frozenset) -> bool:
    """Whether the items of a chain of one-word names can all be names: one or more a first name (known, or of a word
    cluster of names) or a knowledge-base name word, at most one a common word, at most a third
    with ال, none a title, role or country, and at most one ending as a plural does (ين، ون، ات)."""
    words = [normalize(text[s:e]).split()[-1] for s, e in items]
    whole = [normalize(text[s:e]) for s, e in items]
    common = common_words()
    kb_words = _kb_people()[3]
    return not (not any(_first_name_like(w) or w in kb_words for w in whole + words)
                or sum(w in common for w in words) > 1 or sum(w.startswith("ال") for w in words) * 3 > len(words)
                or any(w in titles for w in whole) or any(a < e and s < b for s, e in items for a, b in countries)
                # (nor a chain of roles or plural nouns: مديرين عامين ووزراء وولاة ومعتمدين)
                or any(_role_word(b, titles) for w in whole for b in _bare(w))
                or sum(w.endswith(("ين", "ون", "ات")) for w in words) >= 2)


def _heading_chain(text: str, countries: list, titles: frozenset) -> list[tuple[int, int]]:
    """The items of a list of names right after a heading and a colon at the start of a segment (:data:`_HEADING_CHAIN`:
    كلمة أخيرة: ايسكو وموراتا والكانترا وخيسوس ودي خيا وكوكي وكارفخال وناتشو أبرز اكتشافات المدرب, players named
    by one name each), when one item or more is a first name (known, or of a word cluster of names) or a knowledge-base
    name word, at most one item is a common word, at most a third start with ال, and none is a title or a country."""
    m = _HEADING_CHAIN.match(text)
    if m is None:
        return []
    items = [(m.start(1), m.end(1))]
    for w in re.finditer(rf"{_HEAD_SEP}({_HEAD_ITEM})", m.group(2)):
        items.append((m.start(2) + w.start(1), m.start(2) + w.end(1)))
    return items if _chain_items_ok(text, items, countries, titles) else []


_SAID_BEFORE = re.compile(r"(?:^|(?<=[\s،,.:؛\"«(]))[وف]?(?:قال|قالت|أضاف|اضاف|أكد|اكد|أوضح|اوضح|تابع|أشار|اشار|صرح|"
                          r"اعتبر|رأى|يرى|يقول|ختم|لفت|شدد|أعلن|اعلن)[ \t]+([\u0621-\u064a]+)")


def _said_alone(texts: list, doc_ids: list, cands: dict) -> dict:
    """Per document, the words of ``cands[doc]`` (common words after a known first name in a recogniser name of two
    words) that the document has alone right after a speech verb (وقال حرب، أضاف حرب): there the word is the
    surname, the subject of the verb, so it ends that name (جورج حرب, George Harb, not 'war')."""
    out: dict = defaultdict(set)
    for k, text in enumerate(texts):
        d = doc_ids[k]
        if not text or d not in cands:
            continue
        for m in _SAID_BEFORE.finditer(text):
            w = normalize(m.group(1))
            if w in cands[d]:
                out[d].add(w)
    return out


def _tail_nouns_alone(texts, doc_ids, spans) -> dict:
    """Per document, the nouns of :func:`tail_nouns` it has alone (not inside a recogniser person span) twice or
    more and that its recogniser never tags alone as a person: there they are the noun, not a surname."""
    tails = tail_nouns()
    if not tails:
        return {}
    alone: Counter = Counter()
    named: set = set()
    for k, text in enumerate(texts):
        if not text:
            continue
        norm = normalize(text)
        shifted = len(norm) != len(text)
        rec = [(s, e) for s, e, typ in (spans[k] or ()) if typ == "PERS"]
        for s, e in rec:
            w = normalize(text[s:e]).strip()
            if w in tails:
                named.add((doc_ids[k], w))
        for m in _WORD.finditer(norm):
            w = m.group(0)
            bare = next((b for b in _bare(w) if b in tails), None)
            if bare is None:
                continue
            a, b = span_to_original(text, m.start(), m.end()) if shifted else m.span()
            if not any(s <= a and b <= e for s, e in rec):
                alone[(doc_ids[k], bare)] += 1
    out: dict = defaultdict(set)
    for (d, w), n in alone.items():
        if n >= 2 and (d, w) not in named:
            out[d].add(w)
    return {d: frozenset(ws) for d, ws in out.items()}


# nouns of a person (a girl, a boy, a woman …) after which a first name alone names someone of the story
_PERSON_NOUNS = frozenset(normalize(w) for w in (
    "الفتاة الفتى الطفل الطفلة الشاب الشابة السيدة الرجل المرأة الصبي الصبية الطالب الطالبة المواطن المواطنة "
    "الطبيب الطبيبة").split())


def _person_noun_first_names(text: str, toks: list, titles: frozenset, common: frozenset) -> list[tuple[int, int]]:
    """A first name alone right after a noun of a person and up to two adjectives with ال (قالت الفتاة الكفيفة
    فاطمة: 'the blind girl Fatma'): a known first name of three letters or more, no common word, no title,
    no word with ال, that ends there: punctuation after it, a relative pronoun, a preposition or particle, or a
    verb (الطفل أحمد الذي …، نجا الطفل أحمد من …); a full name is left to the recogniser (جمال خاشقجي)."""
    firsts, known = known_first(), _name_words()
    out = []
    for i, (_s, _e, w) in enumerate(toks):
        if w not in _PERSON_NOUNS and not (w[:1] in "وف" and w[1:] in _PERSON_NOUNS):
            continue
        j = i + 1
        while (j < len(toks) and j - i <= 2 and toks[j][2].startswith("ال") and toks[j][2] not in known
               and toks[j][2] not in _RELATIVE_PRONOUNS and not text[toks[j - 1][1]:toks[j][0]].strip()):
            j += 1
        if j >= len(toks) or text[toks[j - 1][1]:toks[j][0]].strip():
            continue
        s, e, name = toks[j]
        if (name not in firsts or name in common or name in titles or len(name) < 3 or name.startswith("ال")
                or not _ARABIC_WORD.match(name) or text[e - 1:e] == "ى"):
            continue
        # (the name ends there: punctuation, or a common word that is no ال-word but a relative pronoun, الذي;
        # جمال خاشقجي، أشرف القدرة، أني داكبيكان are full names)
        nxt = toks[j + 1][2] if j + 1 < len(toks) and not text[e:toks[j + 1][0]].strip() else None
        if nxt is not None and not (nxt in _RELATIVE_PRONOUNS or nxt in _FUNCTION_AFTER_PARTICLE
                                    or nxt in _SHORT_PARTICLES or (nxt in common and _verb_like(nxt))):
            continue
        out.append((s, e))
    return out


# nouns of a peer (a compatriot, a colleague or teammate), read with a possessive pronoun: a person named by one
# name may follow (لخلافة مواطنه زلاتكو في العين)
_PEERS = frozenset(normalize(w) for w in "مواطن مواطنة مواطنت زميل زميلة زميلت".split())
_PEER_PRONOUNS = ("هما", "هم", "ها", "ه", "ي", "نا")


def _peer_stem(raw: str) -> bool:
    """``raw`` is a peer noun with a possessive pronoun, maybe after و/ف and ل (ومواطنه، لزميله، زميلتها)."""
    for suf in _PEER_PRONOUNS:
        if raw.endswith(suf) and len(raw) > len(suf) + 3:
            stem = normalize(raw[:-len(suf)])
            if stem in _PEERS or (stem[:1] in "وفل" and (stem[1:] in _PEERS or (stem[1:2] == "ل" and stem[2:] in _PEERS))):
                return True
    return False


def _peer_one_names(text: str, toks: list, titles: frozenset, common: frozenset) -> list[tuple[int, int]]:
    """A one-word name right after a peer noun with a possessive pronoun (لخلافة مواطنه زلاتكو في العين، زميله
    كافاني في لقاء الإياب): a word of three letters or more, no ال, no و, no title, no common word unless a known
    first name, no speech or person's verb, no noun with a pronoun, no plural, in a word cluster with some names
    (5 % or more) or a known first name, that ends the phrase: punctuation or the end of the text, a preposition
    or particle or a relative pronoun after it. A full name after the peer noun (زميله إيدن هازارد، زميله عمرو
    وردة، زميله جوناثان ويلكس) is left to the recogniser; a surname of a full name of the document stays that
    person's (the caller adds a span only where nothing else claimed it)."""
    like, firsts = _name_likeness(), known_first()
    ends = _FUNCTION_AFTER_PARTICLE | _SHORT_PARTICLES | _RELATIVE_PRONOUNS
    out = []
    for i in range(len(toks) - 1):
        s0, e0, _w0 = toks[i]
        s, e, w = toks[i + 1]
        if text[e0:s] != " " or not _peer_stem(text[s0:e0]):
            continue
        raw = text[s:e]
        if (not _KIN_NAME.fullmatch(raw) or w.startswith(("ال", "و")) or w in titles or (w in common and w not in firsts)
                or w in _SPEECH or w in _CONNECTORS or _verb_like(w) or _person_verb(w)
                or (like.get(w, 0.0) < 0.05 and w not in firsts)):
            continue
        if w not in firsts and (raw.endswith(("ه", "ها", "هم", "هما", "هن", "ك", "كم")) or (
                len(w) >= 5 and w.endswith(("ات", "ون", "ين")))):
            continue
        after = text[e:]
        nxt = _NEXT_WORD.match(after)
        if not (re.match(r"[ \t]*(?:[.،,؟?!:؛)\"”»]|$)", after)
                or (nxt and after[:nxt.start(1)] == " " and normalize(nxt.group(1)) in ends)):
            continue
        out.append((s, e))
    return out


# seats named after a person besides the place nouns (دارة الملك عبدالعزيز، مقام السيدة زينب)
_NAMED_SEATS = frozenset(normalize(w) for w in "دارة مقام ضريح أكاديمية مكتبة قاعة".split())


def _before_nobility_title(text: str, end: int) -> bool:
    """The word right after ``end`` (a space between) is a title of nobility (وليام دوق كامبريدج): a royal's first
    name alone, not left to a full name the document never has."""
    m = re.match(r" (\S+)", text[end:end + 30])
    return bool(m) and normalize(m.group(1)) in nobility_titles()


def _one_word_after_role(text: str, rec_spans: list, countries: list, titles: frozenset,
                         common: frozenset) -> list[tuple[int, int]]:
    """A one-word recogniser name right after a role, or after a role and the country it serves (مدرب البرازيل
    تيتي: 'Brazil's coach Tite'; الحارس موسليرا، الشاعر طاغور): no common word, title, ال-word, word of the
    language or past verb (also أفعل: أوعز, its present يوعز), known first name (left to the document's full
    names), -inho name or bracketed word, three letters or more; the role has ال unless the country follows it,
    is no speech verb and heads no institution or place named after someone (مركز الملك سلمان). A one-word name
    the knowledge base lacks: a footballer's or an artist's single name, a surname alone."""
    out = []
    for s, e in rec_spans:
        w = normalize(text[s:e])
        # (a known first name there is left to the document's full names: الأمير محمد، الرئيس بشار) الأسد; a name
        # in brackets is cut from the rest of it; an -inho name is the batch's, not the document's)
        if (" " in w or len(w) < 3 or not _ARABIC_WORD.match(w) or w in common or w in titles or w.startswith("ال")
                or _language_word(w) or _verb_like(w) or (w[:1] == "ا" and "ي" + w[1:] in _vocabulary())
                or text[e - 1:e] == "ى" or (w in known_first() and not _before_nobility_title(text, e))
                or _inho_name(w) or text[e:e + 1] in ")(" or text[s - 1:s] in ")("):
            continue
        start = s
        c = next(((cs, ce) for cs, ce in countries if ce <= s and not text[ce:s].strip()), None)
        if c is not None:
            start = c[0]
        before = _WORD.findall(normalize(text[max(0, start - 40):start]))
        if not before or text[start - 1:start] != " " or text[max(0, start - 40):start].rstrip()[-1:] in "،,.:;؛":
            continue
        role = before[-1][1:] if before[-1][:1] in "وف" and before[-1][1:].startswith("ال") else before[-1]
        # (people65: a role with ال and one ال-adjective between it and the name, الظهير الأيسر مارسيلو)
        # (the name no preposition's complement: المدير الفني لإيفرتون, a hamza after a glued ل or ب)
        if (c is None and role not in titles and len(before) >= 2
                and not (text[s:s + 1] in ("ل", "ب") and text[s + 1:s + 2] in ("أ", "إ"))
                and _role_adjective(text, start, role, titles)):
            before = before[:-1]
            role = before[-1][1:] if before[-1][:1] in "وف" and before[-1][1:].startswith("ال") else before[-1]
            if not role.startswith("ال") or (role not in titles and role[2:] not in titles):
                continue
            role = next(t for t in (role, role[2:]) if t in titles)
            if role in _SPEECH:
                continue
        # (a role with ال, no speech verb, not heading an institution or a place named after someone: مركز الملك
        # سلمان، مدينة الملك عبدالله; or any role before the country it serves)
        elif role not in titles or role in _SPEECH or (c is None and not role.startswith("ال")):
            continue
        if len(before) >= 2 and any(b in organization_words()[0] or b in _PLACE_NOUNS or b in _NAMED_SEATS
                                    for b in _bare(before[-2])):
            continue
        out.append((s, e))
    return out


_ROLE_ADJECTIVE = re.compile(r"(\S+) (\S+) $")


def _role_adjective(text: str, start: int, word: str, titles: frozenset) -> bool:
    """Whether the normalised word ``word`` right before ``start`` (one space) is an ال-adjective after a role with ال
    (الظهير الأيسر، المهاجم الدولي، الحارس المخضرم): five letters or more, a word of the news text without ال, no
    title, country word, nationality adjective, name word, known first name or ال-given name (الرئيس الحبيب; الأيمن
    is an adjective, its أيمن a first name only without ال), and
    one space between it and the word before it. (A definite role takes no definite complement, so an ال-word
    right after it is its adjective.)"""
    m = _ROLE_ADJECTIVE.search(text, max(0, start - 60), start)
    if not m or normalize(m.group(2)) != word:
        return False
    return (word.startswith("ال") and len(word) >= 5 and word[2:] in _vocabulary() and word not in titles
            and word[2:] not in titles and word not in _country_words() and word not in _demonyms_with_article()
            and word not in _name_words() and word not in known_first() and word not in _al_given_names())


_END_NAME = re.compile(r"[ \t]*(?:[.،,؟?!:؛)\"”»]|$)")


def _one_word_after_role_adjective(text: str, toks: list, titles: frozenset, common: frozenset) -> list[tuple[int, int]]:
    """A one-word name no recogniser tagged, right after a role (with ال, or without it before its complement
    with ال), one nationality adjective and a space, that ends the phrase (punctuation or the end of the text
    after it): بأسطورة الكرة البرازيلي بيليه؟، بالأسطورة البرازيلية بيليه، المدافع البرتغالي بيبي. The word may be
    a name the gazetteers lack (see ``_free_name_word``), no known first name (left to the document's full names),
    no word of the language."""
    demonyms = _demonyms_with_article()
    firsts = known_first()
    out = []
    for i in range(len(toks) - 2):
        w = toks[i][2]
        role = next((w[len(p):] for p in ("", *_PROCLITICS) if w.startswith(p) and w[len(p):] in titles), None)
        if role is None or role in _SPEECH or role in _NO_ROLE:
            continue
        j = i + 1
        if not role.startswith("ال") and toks[j][2].startswith("ال") and toks[j][2] not in demonyms:
            j += 1  # the role's complement (أسطورة الكرة)
        if j + 1 >= len(toks) or toks[j][2] not in demonyms or not role.startswith("ال") and j == i + 1:
            continue
        if any(text[toks[x][1]:toks[x + 1][0]] != " " for x in range(i, j + 1)):
            continue
        s, e, name = toks[j + 1]
        raw = text[s:e]
        # (a word that reads as a proclitic and a word of the news text is a name when its word cluster is one of
        # names: بيليه is not ب + يليه)
        if (not _END_NAME.match(text, e) or name in firsts or _language_word(name)
                or not (_free_name_word(name, raw, titles, common) or (
                    name[:1] in "وفبلك" and _free_name_word(name[1:], raw[1:], titles, frozenset()) and name not in common
                    and _name_likeness().get(name, 0.0) >= 0.3))):
            continue
        out.append((s, e))
    return out


def _royal_first_names(text: str) -> list[str]:
    """The normalised first names right between a royal title and a title of nobility (الأمير وليام دوق
    كامبريدج → وليام)."""
    toks = _word_tokens(text)
    royal = _ROYAL_TITLES
    return [toks[i][2] for i in range(1, len(toks) - 1)
            if toks[i - 1][2] in royal and toks[i + 1][2] in nobility_titles()
            and text[toks[i - 1][1]:toks[i][0]] == " " and text[toks[i][1]:toks[i + 1][0]] == " "]


_ROYAL_TITLES = frozenset(normalize(w) for w in "الأمير الأميرة الملك الملكة".split())
_PRINCE_TITLES = frozenset(normalize(w) for w in "الأمير الأميرة".split())
_PATRONYM_WORDS = frozenset(normalize(w) for w in "بن ابن بنت".split())


def _name_goes_on(nxt: str, names: frozenset, common: frozenset) -> bool:
    """Whether the word right after a first name continues a name: بن / ابن / بنت, a name word (not a title of
    nobility), a word with ال that is no common word (تركي الفيصل)."""
    return (nxt in _PATRONYM_WORDS or (nxt in names and nxt not in nobility_titles())
            or (nxt.startswith("ال") and nxt not in common))


def _prince_first_names(text: str, firsts: frozenset, names: frozenset, common: frozenset) -> tuple[set, set]:
    """The normalised known first names written alone right after الأمير / الأميرة (the title with a proclitic و
    or ف too: والأمير هاري), with spaces only, the name ending there (:func:`_name_goes_on` false for the word
    after it: الأمير وليام في …، والأمير هاري وعدد …; not الأمير محمد بن سلمان, الأمير تركي الفيصل); and the known
    first names the text writes anywhere with a name going on after them (محمد بن سلمان), which the document's
    royal first name alone may be short for. Royals are named by title and first name alone (people77)."""
    toks = _word_tokens(text)
    alone, longer = set(), set()
    for i in range(len(toks)):
        w = toks[i][2]
        if w not in firsts:
            continue
        goes_on = (i + 1 < len(toks) and text[toks[i][1]:toks[i + 1][0]] == " "
                   and _name_goes_on(toks[i + 1][2], names, common))
        if goes_on:
            longer.add(w)
            continue
        if i == 0:
            continue
        t = toks[i - 1][2]
        if t[:1] in ("و", "ف") and t[1:] in _PRINCE_TITLES:
            t = t[1:]
        if t in _PRINCE_TITLES and text[toks[i - 1][1]:toks[i][0]] == " ":
            alone.add(w)
    return alone, longer


def _hashtag_after_role(text: str, titles: frozenset, demonyms: frozenset) -> list[str]:
    """The normalised one-word hashtags right after a role with ال, a nationality adjective maybe between, with
    spaces only (الفنانة #لطيفة، المطربة اللبنانية #إليسا): no title, no word with ال, no underscore (a longer
    name's hashtag), three letters or more."""
    toks = _word_tokens(text)
    out = []
    for i, (s, _e, w) in enumerate(toks):
        if i == 0 or not w.startswith("#") or text[toks[i - 1][1]:s].strip():
            continue
        w = w[1:]
        # (ال as written: إليسا is اليسا once normalised)
        if len(w) < 3 or not _ARABIC_WORD.match(w) or w in titles or text[s + 1:s + 3] == "ال":
            continue
        j = i - 1
        if toks[j][2] in demonyms and j > 0 and not text[toks[j - 1][1]:toks[j][0]].strip():
            j -= 1
        role = toks[j][2]
        if role in titles and role.startswith("ال") and role not in _SPEECH and role not in _NO_ROLE:
            out.append(w)
    return out


def _one_word_subjects(texts, doc_ids, sections, long_first, titles, common) -> dict[int, list[tuple[int, int]]]:
    """A one-word name no recogniser tagged that the document names as a person by its own evidence: right after
    a role with ال (and a nationality adjective, a hashtag sign maybe: الفنانة المصرية #زينة) once or more, and as
    the subject right after a past verb of a person (نشرت زينة، وأعربت زينة) twice or more. The word is no common
    word, title, word with ال, word of the language, past verb, known first name (left to the document's full
    names), word of a longer recogniser name of the document nor a word the same word follows in half its
    occurrences (a first name and its surname: سلوى خطاب); then each of its occurrences alone (a hashtag
    sign before it left out) is the person. A singer or an actor known by one name."""
    firsts = known_first()
    demonyms = _demonyms_with_article()
    names = _name_words()
    by_doc: dict = defaultdict(list)
    for k, text in enumerate(texts):
        if text and sections[k] != "byline":
            by_doc[doc_ids[k]].append(k)
    out: dict[int, list] = defaultdict(list)
    for d, ks in by_doc.items():
        occ: dict = defaultdict(list)  # word -> [(k, s, e, before word, before2, gap)]
        role_n, verb_n, seen_n, after = Counter(), Counter(), Counter(), Counter()
        # (a royal's first name before a title of nobility, الأمير وليام دوق كامبريدج: a first name the document
        # uses alone, after a role once is enough)
        royal = {w for k in ks for w in _royal_first_names(texts[k])}
        # (and a known first name alone right after الأمير / الأميرة, the name ending there, that starts no longer
        # name of the document, whoever found it: والأمير وليام، الأمير هاري; people77)
        # (only a document with the title as written is read: most name no prince)
        if any("لأمير" in texts[k] or "لامير" in texts[k] for k in ks):
            alone, longer = set(), set()
            for k in ks:
                a, b = _prince_first_names(texts[k], firsts, names, common)
                alone |= a
                longer |= b
            royal |= alone - longer - set(long_first.get(d, ()))
        # (a one-word hashtag right after a role: the outlet names the person by one name, a common word or a
        # first name too: الفنانة #أحلام، المطربة اللبنانية #إليسا; after a role once is enough)
        tagged = {w for k in ks for w in _hashtag_after_role(texts[k], titles, demonyms)}
        for k in ks:
            text = texts[k]
            toks = _word_tokens(text)
            for i, (s, e, w) in enumerate(toks):
                if w.startswith("#"):
                    s, w = s + 1, w[1:]
                # (a royal's first name after the conjunction و: وحضرت ماي ووليام)
                if royal and w[:1] == "و" and w[1:] in royal and w not in royal:
                    s, w = s + 1, w[1:]
                strong = w in tagged
                if (len(w) < 3 or not _ARABIC_WORD.match(w) or (w in common and not strong) or w in titles
                        or (w.startswith("ال") and not strong)
                        or ((w in firsts or w in names) and w not in royal and not strong)
                        or (w in long_first.get(d, ()) and w not in royal)
                        or ((_language_word(w) or _verb_like(w)) and not strong)):
                    continue
                nxt = toks[i + 1][2] if i + 1 < len(toks) and text[e:toks[i + 1][0]] == " " else None
                seen_n[w] += 1
                after[(w, nxt)] += nxt is not None
                # (a longer name: a name word right after it; not a title of nobility after a royal's first name,
                # الأمير وليام دوق كامبريدج, though دوق is also a name word)
                if nxt in names and not (w in royal and nxt in nobility_titles()):
                    continue
                occ[w].append((k, s, e))
                if i == 0 or text[toks[i - 1][1]:s].strip(" #"):
                    continue
                prev = toks[i - 1][2]
                if _person_verb(prev) and prev not in titles:
                    verb_n[w] += 1
                j = i - 1
                if prev in demonyms and j > 0 and not text[toks[j - 1][1]:toks[j][0]].strip():
                    j -= 1
                role = toks[j][2]
                if role in titles and role.startswith("ال") and role not in _SPEECH and role not in _NO_ROLE:
                    role_n[w] += 1
        # (a first name whose surname follows it in half its occurrences, twice or more, is no name alone: سلوى
        # خطاب, where خطاب is also 'speech')
        paired = {w for (w, _n), c in after.items() if c >= 2 and 2 * c >= seen_n[w]}
        for w, found in occ.items():
            # (a royal's first name: after its royal title once is enough, the title with a proclitic too)
            if (w in royal or (role_n[w] >= 1 and (verb_n[w] >= 2 or w in tagged))) and w not in paired:
                for k, s, e in found:
                    out[k].append((s, e))
    return out


def _role_chain_lists(text: str, toks: list, rec_spans: list, countries: list, titles: frozenset,
                      common: frozenset) -> list[list[tuple[int, int, int]]]:
    """A cast list of singular roles, each right before its name and joined to the one before by و (العرض
    المغني والممثل أمير صلاح الدين والممثلة مونيكا والممثل وائل أبوالسعود): ``[(start, end, n_words), …]`` per
    list, in the shape of :func:`_name_lists`.

    A role is a title word with ال (after an optional و), no speech verb; roles may follow each other (المغني
    والممثل). Each name runs from the role to the next و + role or to punctuation, one to three Arabic words:
    the first no word with ال, no title unless a known first name (أمير), the others no title; no common word
    unless a known first name (صلاح) or الدين/الله; none a country mention. Two names or
    more, at least two of them starting a recogniser span or with a name-like first word; then every name is a
    person, one-word stage names too (مونيكا)."""

    def role(i):
        w = toks[i][2]
        w = w[1:] if w.startswith("و") and w[1:].startswith("ال") else w
        return w.startswith("ال") and len(w) >= 5 and w in titles and w not in _SPEECH

    def joined(i):  # only spaces between token i-1 and token i
        return i > 0 and not text[toks[i - 1][1]:toks[i][0]].strip()

    firsts = known_first()
    out, i = [], 0
    while i < len(toks):
        if not role(i):
            i += 1
            continue
        items, j = [], i
        while j < len(toks) and role(j) and (j == i or toks[j][2].startswith("و")) and (j == i or joined(j)):
            j += 1
        while True:
            item = []
            while (j < len(toks) and joined(j) and len(item) <= 3
                   and not (toks[j][2].startswith("و") and role(j))):
                item.append(toks[j])
                j += 1
            if not item:
                break
            items.append(item)
            if j < len(toks) and joined(j) and toks[j][2].startswith("و") and role(j):
                while j < len(toks) and role(j) and joined(j) and toks[j][2].startswith("و"):
                    j += 1
                continue
            break
        ok = len(items) >= 2
        named = 0
        for it in items if ok else ():
            ws = [w[2] for w in it]
            s0, e0 = it[0][0], it[-1][1]
            if len(it) > 3 or any(not _ARABIC_WORD.match(w) for w in ws) or ws[0].startswith("ال") or len(ws[0]) < 3:
                ok = False
            elif (ws[0] in titles or ws[0] in common) and ws[0] not in firsts:
                ok = False
            elif any(w in titles or (w in common and w not in firsts and w not in ("الدين", "الله")) for w in ws[1:]):
                ok = False
            elif any(a < e0 and s0 < b for a, b in countries):
                ok = False
            if not ok:
                break
            if any(s0 <= a < e0 for a, _b in rec_spans) or _first_name_like(ws[0]):
                named += 1
        if ok and named >= 2:
            out.append([(it[0][0], it[-1][1], len(it)) for it in items])
            i = j
        else:
            i += 1
    return out


_WORD_AT_SENTENCE_END = re.compile(r" ([\u0621-\u064a]{3,})(?=[ \t]*(?:[.؟?!]|$))")


def _chain_end_word(text: str, cand: tuple, titles: frozenset) -> tuple:
    """A name of four words or more with no ال (a chain of given names: سمية ادريس عصمان محمد) right before one
    word that ends the sentence takes that word, its last name, though it reads as a speech verb (أكد, 'confirmed'):
    a speech verb right after such a chain with nothing after it would be a predicate with no complement. The word
    is no word with ال, title (a speech verb aside), connector, pronoun, particle, common word (also after a
    proclitic) or word of the language, and the chain holds no particle of a European name (فان دير);
    ``cand`` is ``(k, start, end, normalised key)``."""
    k, s, e, key = cand
    words = key.split()
    m = _WORD_AT_SENTENCE_END.match(text, e)
    if len(words) < 4 or any(w.startswith("ال") or w in _PARTICLES for w in words) or not m:
        return cand
    w = normalize(m.group(1))
    # (a speech verb, or a word that is no common word, also after a proclitic: not ادوين فان دير سار بالجائزة)
    if (w.startswith("ال") or (w in titles and w not in _SPEECH) or w in _CONNECTORS or w in _PRONOUNS or w in _SHORT_PARTICLES
            or (w not in _SPEECH and (any(b in common_words() for b in _bare(w)) or _language_word(w)))):
        return cand
    return (k, s, m.end(1), key + " " + w)


_ALA_WRITTEN = re.compile(r"(?<![\u0621-\u064a])[وف]?على(?![\u0621-\u064a])")
_ALI_WRITTEN = re.compile(r"(?<![\u0621-\u064a])[وف]?(علي) (?=[\u0621-\u064a])")
_NISBA_AFTER = re.compile(r"(ال[\u0621-\u064a]{3,}ي)(?![\u0621-\u064a])")


def _ali_where_ala_is_written_apart(texts, doc_ids, sections, spans, taken, titles, common) -> list:
    """علي written with ي in a document that writes the preposition على with ى (its writer tells them apart) is the
    name Ali: a person span that starts right after it starts at it (بدأ علي | راشد المزروعي), and علي before a nisba
    family name with ال (ends in ي; no relative pronoun, common word, title or nationality adjective) that no span or
    knowledge-base mention covers is a name of two words (بتعيين المواطن علي المزروعي; heldout27 as a development
    split: the model reads علي as على and left the citizen's first name out, or the whole name). In a document that
    never writes على with ى, علي may be the preposition, and nothing changes."""
    docs = {doc_ids[k] for k, t in enumerate(texts) if t and _ALA_WRITTEN.search(t)}
    if not docs:
        return spans
    demonyms = _demonyms_with_article()
    out = list(spans)
    for k, text in enumerate(texts):
        if not text or doc_ids[k] not in docs or sections[k] == "byline" or "علي " not in text:
            continue
        seg = list(out[k])
        changed = False
        for m in _ALI_WRITTEN.finditer(text):
            a, after = m.start(1), m.end()
            if any(x[0] < after - 1 and a < x[1] for x in seg) or any(x[0] < after - 1 and a < x[1] for x in taken[k]):
                continue
            at = [x for x in seg if x[0] == after and x[2] == "PERS"]
            if at:
                seg = [(a, x[1], x[2]) if x in at else x for x in seg]
                changed = True
                continue
            n = _NISBA_AFTER.match(text, after)
            if not n:
                continue
            w = normalize(n.group(1))
            if (w in _RELATIVE_PRONOUNS or w in common or w in titles or w in demonyms
                    or any(x[0] < n.end() and after < x[1] for x in seg)
                    or any(x[0] < n.end() and after < x[1] for x in taken[k])):
                continue
            seg.append((a, n.end(), "PERS"))
            changed = True
        if changed:
            out[k] = seg
    return out


def _nisba_family_after_role(texts, sections, spans, kb_rows, taken, titles, common):
    """A first name (a known one or a free name word, :func:`_free_name_word`; no common word) right after a role with ال (a title word of ``person_titles.txt``) and
    a masculine nationality adjective with ال right after the name, nothing that may be a name word after it, is a
    name of two words whose family name is that adjective (الفنان جوهر السوداني: Jawhar Soudani, not a Sudanese;
    a development error of the earlier splits): the adjective's country row goes and the two words become a person
    span. A nationality that describes the role comes before the name in Arabic (الفنان السوداني جوهر)."""
    demonyms = _demonyms_with_article()
    firsts = known_first()
    country_at = {(k, s, e): i for i, (k, s, e, _eid, typ, form, _p) in enumerate(kb_rows)
                  if typ == "country" and form == "demonym"}
    if not country_at:
        return spans, set()
    out, dropped = list(spans), set()
    with_demonym = {key[0] for key in country_at}  # (a set: a scan of every row per segment was quadratic)
    for k, text in enumerate(texts):
        if not text or sections[k] == "byline" or k not in with_demonym:
            continue
        toks = _word_tokens(text)
        for i in range(len(toks) - 2):
            r, t1, t2 = toks[i], toks[i + 1], toks[i + 2]
            if not (r[2].startswith(("ال", "وال", "بال", "لل")) and any(b in titles for b in _bare(r[2]))):
                continue
            if text[r[1]:t1[0]] != " " or text[t1[1]:t2[0]] != " ":
                continue
            if not (t1[2] in firsts or _free_name_word(t1[2], text[t1[0]:t1[1]], titles, common)) or (
                    t1[2] in common or t1[2] in titles or t1[2].startswith("ال")):
                continue
            ci = country_at.get((k, t2[0], t2[1]))
            if ci is None or t2[2] not in demonyms or not t2[2].endswith("ي"):
                continue
            if i + 3 < len(toks) and text[t2[1]:toks[i + 3][0]] == " " and (
                    toks[i + 3][2] in firsts or toks[i + 3][2] in _name_words()) and toks[i + 3][2] not in common:
                continue
            # (the recogniser's own span of the two words stays, its country row gone: الفنان ماجد المصري)
            same = (t1[0], t2[1], "PERS") in out[k]
            if (not same and any(x[0] < t2[1] and t1[0] < x[1] for x in out[k])) or any(
                    x[2] == "person" and x[0] < t2[1] and t1[0] < x[1] for x in taken[k]):
                continue
            if not same:
                out[k] = [*out[k], (t1[0], t2[1], "PERS")]
            dropped.add(ci)
            taken[k] = [x for x in taken[k] if not (x[0] == t2[0] and x[1] == t2[1] and x[2] == "country")]
    return out, dropped


def _role_pairs_named_again(texts, doc_ids, sections, spans, taken, titles, common) -> list[tuple[int, int, int]]:
    """Names of two words right after a role with ال (a title word of ``person_titles.txt``, at most two nisba
    adjectives between: المخرجة أنجي جمال، الفنان جميل راتب) or a nationality adjective with ال standing for the
    person (للفرنسية ميلينا بوغدير, the lead's Iraq probe) that no recogniser span and no knowledge-base mention
    covers, when the document names the second word again alone as the subject of a verb of speech (a surname:
    وأضافت جمال) and never the first word without the second. The first word is a free name word (:func:`_free_name_word`), the second one too or a word
    with ال that is no common word, title or nationality adjective; nothing but a space between them, no name word
    right after the second. Without the repetition a role with ال before two such words is too often a surname and
    the verb, adjective or preposition after it (مانشيني معجب، أستوري أمام: about 12 of 37 in the forty-first
    session's probe); with it, the pair is the name the article goes on to use (the lead's open class)."""
    demonyms = _demonyms_with_article()
    cands = []
    words_of: dict = defaultdict(list)  # doc -> normalised words of its segments, proclitics stripped
    for k, text in enumerate(texts):
        if not text or sections[k] == "byline":
            continue
        toks = _word_tokens(text)
        words_of[doc_ids[k]].append(toks)
        for i, t in enumerate(toks):
            # (or a nationality adjective with ال standing for the person: للفرنسية ميلينا بوغدير … قالت بوغدير)
            if not (t[2].startswith(("ال", "وال", "فال", "بال")) and any(b in titles for b in _bare(t[2]))) and not (
                    any(b in demonyms for b in _bare(t[2]))):
                continue
            j = i + 1
            while j < len(toks) and j - i <= 2 and (_NISBA.match(toks[j][2]) or toks[j][2] in demonyms):
                j += 1
            if j + 1 >= len(toks):
                continue
            t1, t2 = toks[j], toks[j + 1]
            if text[toks[j - 1][1]:t1[0]].strip() or text[t1[1]:t2[0]].strip():
                continue
            raw1, raw2 = text[t1[0]:t1[1]], text[t2[0]:t2[1]]
            w1, w2 = t1[2], t2[2]
            # (no present verb, يتهم مكتب, and no word with لل, للمسجونين المفرج)
            if (not _free_name_word(w1, raw1, titles, common) or _masculine_present(w1) or w1.startswith("لل")
                    or (w1[:1] == "ت" and "ي" + w1[1:] in _vocabulary())):
                continue
            if w2.startswith("ال"):
                if (w2 in common or w2 in titles or w2 in demonyms or len(w2) < 5 or not _ARABIC_WORD.match(w2)
                        or raw2.endswith(("ا", "اً")) or (_NISBA.match(w2) and w2 in _vocabulary())
                        or (w2.startswith("الم") and w2 in _vocabulary() and w2 not in _name_words())):
                    continue
            elif not _free_name_word(w2, raw2, titles, common):
                continue
            # (no name word right after: a name of three words is left to the recogniser)
            nx = toks[j + 2][2] if j + 2 < len(toks) else ""
            if (nx and not text[t2[1]:toks[j + 2][0]].strip() and len(nx) >= 3 and nx not in _SHORT_PARTICLES
                    and nx not in common and (nx in known_first() or nx in _name_words())):
                continue
            a, b = t1[0], t2[1]
            if any(x < b and a < y for x, y, _t in spans[k]) or any(x[0] < b and a < x[1] for x in taken[k]):
                continue
            cands.append((k, a, b, w1, w2))
    # each document's words counted once (not once per candidate: a long document has candidates in proportion to
    # its words, and a scan per candidate grew with the square of its length): for every form of a word, how often
    # it occurs, how often with each next word, how often as the subject of a verb of speech and after which word
    counts: dict = {}
    for doc in {doc_ids[k] for k, *_rest in cands}:
        seen, seen_next, said, said_after = Counter(), Counter(), Counter(), Counter()
        for toks in words_of[doc]:
            for i, t in enumerate(toks):
                nxt = toks[i + 1][2] if i + 1 < len(toks) else None
                prev = toks[i - 1][2] if i else None
                speech = prev is not None and any(x in _SPEECH_VERBS for x in _bare(prev))
                for f in set(_bare(t[2])):
                    seen[f] += 1
                    if nxt is not None:
                        seen_next[f, nxt] += 1
                    if speech:
                        said[f] += 1
                        said_after[f, prev] += 1
        counts[doc] = (seen, seen_next, said, said_after)
    out, kept = [], set()
    for k, a, b, w1, w2 in cands:
        seen, seen_next, said, said_after = counts[doc_ids[k]]
        # (the surname alone as the subject of a verb of speech: وأضافت جمال، وأوضح راتب; a noun the document
        # repeats, مكتب or قوة, is no such subject), and the first word never without the second
        alone_2 = said[w2] - said_after[w2, w1]
        alone_1 = seen[w1] - seen_next[w1, w2]
        if alone_2 >= 1 and alone_1 == 0 and (k, a, b) not in kept:
            kept.add((k, a, b))
            out.append((k, a, b))
    return out
