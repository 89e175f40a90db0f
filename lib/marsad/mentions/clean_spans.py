"""Span hygiene: :func:`clean_span` cuts one recogniser person span into clean name spans (proclitics, titles and
roles, nationality adjectives, words of the language at the edges) with the word tests it reads. Part of
:mod:`marsad.mentions.people` (split36p).
"""
from __future__ import annotations

import re
from functools import lru_cache

from marsad.lang.text import normalize
from marsad.mentions.kb import KB_DIR, load_kb
from marsad.mentions.name_words import (_ARABIC_PARTICLES, _ARABIC_WORD, _bare, _BEFORE_NAME_WORDS, _CONNECTORS,
    _country_words, _DEFINITE, _demonyms_with_article, _DIGIT, _dual_construct_noun, _east_asian_chain,
    _FUNCTION_AFTER_PARTICLE, _glued_noun, _KIN_ROOTS, _language_word, _LAST_WORD, _LATIN, _n_words, _name_likeness,
    _NASAB_WORDS, _NISBA, _PARTICLES, _plural_construct_nominative, _PROCLITICS, _pronoun_suffixed_noun, _PRONOUNS,
    _RAW_FUNCTION, _RELATIVE_PRONOUNS, _role_word, _SHORT_PARTICLES, _SPEECH, _THAT, _verb_like, _vocabulary, _WORD,
    common_words, known_first, military_ranks, nobility_titles)
from marsad.mentions.kb_names import _kb_middle_words, _kb_surnames
from marsad.mentions.span_repairs import _east_asian_syllables, _foreign_given_spelling, _no_article_spelling, _ZADEH


# title words that are no role a name follows (صاحب شركة …، يتّصف بالحياء: 'the owner of …'; صاحب stays out of
# name spans)
_NO_ROLE = frozenset(normalize(w) for w in ("صاحب",))

# first names that normalisation makes a common word: علي (Ali) and the preposition على are both علي once ى is
# read as ي; written with ي after another first name it is the father's name (أحمد علي، الفنان فؤاد علي)
_YA_NAMES = frozenset({normalize("علي")})


def _ya_name_after_first(text: str, word, before, first_names: frozenset) -> bool:
    """``word`` (``[start, end, normalised]``) is a first name of ``_YA_NAMES`` written with ي, right after a
    known first name that is no common word (``before``): a second name, not the preposition."""
    return (word[2] in _YA_NAMES and text[word[1] - 1:word[1]] == "ي" and before[2] in first_names
            and before[2] not in common_words() and text[before[1]:word[0]] == " ")


def _name_ends(text: str, end: int, common: frozenset) -> bool:
    """Punctuation, the end, or a common word follows ``end`` (والستروم وسط; not والماريشال بيتان)."""
    m = re.match(r"[ \t]*([\u0621-\u064a]+)", text[end:end + 40])
    return not m or normalize(m.group(1)) in common


def _list_goes_on(text: str, end: int, common: frozenset) -> bool:
    """The word after ``end`` starts with و and is no common word (وألفارو goes on a list of names; وسط, 'amid',
    does not)."""
    m = re.match(r"\s+(و[\u0621-\u064a]+)", text[end:end + 40])
    return bool(m) and normalize(m.group(1)) not in common


def _waw_surname(word: str, common: frozenset) -> bool:
    """A normalised word of و and an ال-word the news text lacks (والستروم, Wallström): a foreign surname, no
    conjunction."""
    return word.startswith("وال") and len(word) >= 6 and word[1:] not in _vocabulary() and word[1:] not in common


def _free_name_word(word: str, raw: str, titles: frozenset, common: frozenset) -> bool:
    """A word that may be a name word the gazetteers lack: Arabic, three letters or more, no common word, title,
    ال-word, proclitic before a word of the news text (للمنتخب، لألمانيا), accusative (مرتاحا) or past verb; a
    foreign given name of ``given_name_spellings.tsv`` written with no article (آلان, Alain: normalised like الآن
    'now', see :func:`_no_article_spelling`) is one."""
    if _no_article_spelling(raw) and bool(_ARABIC_WORD.match(word)) and _foreign_given_spelling(word):
        return True
    return bool(_ARABIC_WORD.match(word)) and len(word) >= 3 and word not in common and word not in titles and (
        not word.startswith("ال") and not (word[:1] in "وفبلك" and (word[1:] in _vocabulary() or word[1:] in common
                                                                  or word[1:].startswith("ال")))
        and not raw.endswith(("ا", "اً", "ى")) and "\u064b" not in raw and not _verb_like(word)
        and word not in _SHORT_PARTICLES and word not in _THAT)


def _hollow_past(word: str, known: frozenset, first_names: frozenset) -> bool:
    """A hollow verb in the past (خاض، عاد، زار): three letters with ا in the middle whose present with و or ي
    (يخوض، يعود، يزور) is a word of the news text; no name word, no first name, and in a word cluster of almost
    no names (under 5 %: جاد، دان، لام are names)."""
    if len(word) != 3 or word[1] != "ا" or word in known or word in first_names:
        return False
    vocab = _vocabulary()
    return (("ي" + word[0] + "و" + word[2]) in vocab or ("ي" + word[0] + "ي" + word[2]) in vocab) and (
        _name_likeness().get(word, 0.0) < 0.05)


# a Persian compound given name of a first name and أكبر/أصغر ('greater'/'lesser', also adjectives), then a
# surname; or أكبر/أصغر alone as the first name right after a role (and its nationality adjective)
_PERSIAN_COMPOUND = re.compile(r"(?<![\u0621-\u064a])(?:(علي|على|محمد|حسين|حسن|غلام)[ \t]+)?([أا](?:كبر|صغر))"
                               r"[ \t]+([\u0621-\u064a]{4,})(?![\u0621-\u064a])")


def _persian_compound_at(text: str, s: int, e: int, titles: frozenset) -> bool:
    """``text[s:e]`` is a Persian name with أكبر/أصغر of :func:`persian_compound_recognizer`."""
    m = _PERSIAN_COMPOUND.fullmatch(text, s, e)
    if not m:
        return False
    first, sur = m.group(1), m.group(3)
    n = normalize(sur)
    if (not sur.endswith("ي") or n.startswith("ال") or n in titles or n in _demonyms_with_article()
            or re.match(r"[ \t]+(?:ال|[وفبل]ال)[\u0621-\u064a]", text[e:e + 6])):
        return False
    if first not in (None, "على"):
        return True
    if _after_role(text, s, titles) or _after_role_and_nationality(text, s, titles):
        return True
    # (على, as the preposition is written, also after a role's complement and a comma in the same clause: رئيس
    # منظمة الطاقة النووية الإيرانية، على أكبر صالحي)
    head = re.split(r"[.:;؛!?؟()\"«»\n]", text[max(0, s - 80):s])[-1]
    return first == "على" and any(b in titles for w in _WORD.findall(normalize(head))[-6:] for b in _bare(w))


def _first_name_like(word: str) -> bool:
    """A known first name, or a word of the word cluster of first names (زياد، سمير: half its words are names)."""
    return word in known_first() or _name_likeness().get(word, 0.0) >= 0.5


def _strip_proclitic(word: str, known: frozenset) -> int:
    """Return how many leading letters of a normalised word are proclitics to strip.

    The rest must be a known name word (بميشيل → ميشيل) and the word itself no
    name (بسام، وسام، بلال stay: they are names of their own, more name-like in
    the word clusters than سام or لال), or the word clusters must say so: a
    rare و/ل + word whose rest is a name-like word of the news text (وحجاج،
    لمجدي), or a word in a cluster with hardly any names whose rest is in a
    cluster of names (لطارق، وعصام).
    """
    if word in known:
        return 0
    like = _name_likeness()
    for p in _PROCLITICS:
        rest = word[len(p):]
        if not word.startswith(p) or len(rest) < 2:
            continue
        if rest in known or ("ال" + rest[1:] in known and p.endswith("ل") and rest.startswith("ل")):
            if word in like and rest in like and like[word] > like[rest]:
                continue
            return len(p)
        # و before a foreign name that the news text hardly has (وكيبا أريزابالاغا، وفانسينت كومباني): neither
        # the glued word nor its rest is a word of the news text, and a consonant follows و (ويليام، وارن, a
        # name's own و, has a long vowel after it)
        if (p == "و" and len(rest) >= 3 and word not in like and rest not in like and rest[0] not in "اويى"
                and _ARABIC_WORD.match(rest)):
            return len(p)
        if len(rest) < 3 or rest not in like:
            continue
        # (a glued word the news text never has whose rest it has, no common word: وماكسيميليانو غوميز، ببشرى مانيكا)
        # (a long vowel right after the proclitic is the name's own: لوبري شوبار, Le Bras-Chopard)
        if (p in ("و", "ب", "ل", "وب", "ول") and word not in like and word not in _vocabulary() and len(rest) >= 4
                and rest[0] not in "اويى" and rest in _vocabulary() and rest not in common_words()):
            return len(p)
        # (people111: not ل before a long vowel letter, the name's own ل as in the branch above: لويك غلافاني, Loïc
        # Glavany, is no ل + ويك; a rest only this name-like (0.06-0.15) is left to the branches below)
        if word not in like and p in ("و", "ل", "وب", "ول") and like[rest] >= 0.06 and not (
                p.endswith("ل") and rest[0] in "اويى"):
            return len(p)
        if word in like and like[rest] >= 0.3 and like[word] < 0.1:
            return len(p)
        # و/ل before a first name (وحاتم، لنبيل) when the word itself is no first name
        if (p in ("و", "ل") and _first_name_like(rest) and not _first_name_like(word)
                and like.get(rest, 0.0) >= 2 * like.get(word, 0.0)):
            return len(p)
        # و/ل before a word of a cluster of names that is a common word too (فهد, not in the name lists
        # then): the glued word's own cluster holds three times fewer names (وفهد 0.02, فهد 0.29; وليد
        # 0.54 and وسام stay)
        if p in ("و", "ل") and like.get(rest, 0.0) >= 0.15 and 3 * like.get(word, 0.0) <= like[rest]:
            return len(p)
    return 0


def _feminine_present(word: str, known: frozenset, first_names: frozenset) -> bool:
    """A normalised word that reads as a present verb with ت (تكشف): no name word, first name nor word of the name
    cluster, itself and its form with ي (يكشف) words of the news text, four letters or more."""
    rest = word[1:]
    return (word[:1] == "ت" and len(word) >= 4 and word not in known and word not in first_names
            and _name_likeness().get(word, 1.0) < 0.1
            and word in _vocabulary() and "ي" + rest in _vocabulary())


def _active_participle(word: str) -> bool:
    """A word of the pattern فاعل (مازح، فائز): four letters, ا second and no other long vowel."""
    return len(word) == 4 and word[1] == "ا" and word[0] != "ا" and word[2] not in "اوي" and word[3] not in "اوي"


def _words(text: str, start: int, end: int) -> list[list]:
    """``[start, end, normalised]`` for each word of ``text[start:end]``."""
    return [[start + m.start(), start + m.end(), normalize(m.group())] for m in _WORD.finditer(text[start:end])]


def _glued_at(text: str, s: int, e: int, known: frozenset, titles: frozenset, common: frozenset) -> int | None:
    """Where the next word starts inside a word glued to it by a missing space (سبايسرالمتحدث → سبايسر |
    المتحدث), or None: the word is no word of the news text, no name word and no common word, and from an ال
    after its third letter on is a title or a common word of five letters or more (not الدين, الله: عبدالرحمن)."""
    raw = text[s:e]
    word = normalize(raw)
    # (a hashtag joins words with underscores: #تركي_آل_الشيخ is no glued word)
    if not _ARABIC_WORD.match(word) or len(word) < 8 or word in known or word in common or word in _vocabulary():
        return None
    for p in range(3, len(raw) - 4):
        if raw[p:p + 2] != "ال":
            continue
        head, tail = normalize(raw[:p]), normalize(raw[p:])
        if (len(tail) >= 5 and (tail in titles or tail in common) and tail not in ("الدين", "الله")
                and len(head) >= 3 and head not in _CONNECTORS and head not in known_first()
                and not head.endswith(("عبد", "ابو", "بو"))):
            return s + p
    return None


# العام/العامة after a role (الأمين العام، المدير العام) and the word after it; العام is also 'the year' before
# these words (العام الماضي)
_GENERAL = re.compile(r"[ \t]+(العام|العامة)(?![\u0621-\u064a])(?:[ \t]+([\u0621-\u064a0-9]+))?")
_YEAR_AFTER = frozenset(normalize(w) for w in "الماضي المقبل الجاري الحالي القادم المنصرم نفسه ذاته".split())

# nouns of works that head their author's name (فيلم غودار): never a name word
_WORKS = frozenset(normalize(w) for w in "فيلم الفيلم مسلسل برنامج كتاب رواية أغنية ألبوم ديوان مسرحية".split())


def _family_nisba_after_two_firsts(text: str, part: list, first_names: frozenset, common: frozenset) -> bool:
    """A name of three words: two first names (the person's and the father's, علي written with ي among them) and a
    nisba with ال that is no word of time (الماضي) nor a demonym: the family name, even one the news text has as a
    common word (محمد علي الحوثي, 'Mohammed Ali al-Houthi', where الحوثي also names the group)."""
    if len(part) != 3:
        return False
    w = part[2][2]
    return (all(p[2] in first_names and (p[2] not in common or p[2] in _YA_NAMES) for p in part[:2])
            and bool(_NISBA.match(w)) and text[part[2][1] - 1:part[2][1]] == "ي" and w not in _YEAR_AFTER
            and w not in _ORDINALS and w not in _demonyms_with_article())


_QUOTE_AFTER = re.compile(r"[ \t]*[\"“«]")


def _future_present_forms(word: str) -> list[str]:
    """The present forms with ي of a normalised future verb سـ + present (سيعود → يعود), also with its object
    pronoun left off (سينزلوه → ينزلوه, ينزلو, ينزل: الشيخ الأنصاري سينزلوه, the lead's Iran probe)."""
    rest = "ي" + word[2:]
    forms = [rest]
    for suffix in ("وها", "وهم", "وه", "ها", "هم", "ه"):
        if rest.endswith(suffix) and len(rest) - len(suffix) >= 3:
            forms.append(rest[:-len(suffix)])
            if suffix.startswith("و"):
                forms.append(rest[:-len(suffix) + 1])
            break
    return forms


def _definite_of_prepositional(word: str) -> str:
    """The ال form of a normalised word with a preposition and ال (بالنص → النص, للنص → النص, وبالنص → النص);
    '' when it has none."""
    m = _PREPOSITION_ARTICLE.match(word)
    return "ال" + word[m.end():] if m else ""


def _verb_phrase_start(w0: str, w1: str, known: frozenset, first_names: frozenset) -> bool:
    """A past verb followed by a preposition with ال (قيلت بالنص): the verb a past verb of the news text (its
    present with ي one too, يقيل for قيلت), no name word or first name, of a word cluster of almost no names
    (under 5 %), and the preposition's noun with ال a word of the news text of such a cluster."""
    noun = _definite_of_prepositional(w1)
    return (len(w0) >= 3 and w0 not in known and w0 not in first_names and _verb_like(w0)
            and _name_likeness().get(w0, 1.0) < 0.05 and len(noun) >= 4 and noun in _vocabulary()
            and _name_likeness().get(noun, 1.0) < 0.05)


def clean_span(text: str, start: int, end: int, countries: list[tuple[int, int, str]],
               known: frozenset, titles: frozenset, common: frozenset = frozenset(),
               surnames: frozenset = frozenset(), listed: bool = False,
               firsts: frozenset = frozenset(), doc_firsts: frozenset = frozenset(),
               waw_names: frozenset = frozenset(), tails: frozenset = frozenset(),
               doc_lasts: frozenset = frozenset()) -> list[tuple[int, int]]:
    """Cut one recogniser person span into clean name spans.

    Args:
        text: the segment text.
        start, end: the recogniser span.
        countries: ``(start, end, form)`` of the country mentions in the segment.
        known: normalised words known as parts of names.
        titles: normalised title and role words.
        common: normalised common words (never at the start of a name, nor at
            its end, except a word with ال ending a name of two words).
        surnames: common words that end the name all the same (the document's
            recogniser names them alone: a footballer's surname the news text
            has so often it is a common word, إيدن هازارد … كشف هازارد).
        listed: the span is a name of a cast list (see :func:`_role_chain_lists`): a first word that is a
            title and a first name (أمير) starts the name.
        firsts: common words that start the name all the same (the document's recogniser puts them before
            the same surname twice or more: a foreign first name the news text has so often it is a common
            word, جانلويجي بوفون), also after a proclitic (بجانلويجي بوفون).
        doc_firsts: the first words of the document's recogniser names of two words or more (مي of مي سكاف).
        waw_names: words starting with و the document's recogniser names alone twice or more: a surname, no
            conjunction (إدريسا ويدراوغو … وتوفي ويدراوغو).
        tails: feminine nouns of ``tail_nouns.txt`` the document has alone twice or more and its recogniser
            never names alone: after a first name they end no name of two words (ليوناردو تمريرة … تلقى تمريرة).
        doc_lasts: the last words of the document's recogniser names of two words or more (ماميتش of زوران
            ماميتش): such a word, no first name, before a common word with ال is that person's surname alone, and
            the word after it is none of the name (وقاد ماميتش العين: 'Mamić led Al Ain').

    Returns:
        ``(start, end)`` name spans (possibly none).
    """
    # (a Persian name with أكبر/أصغر in the given name is one name as found, its nisba surname a common word or
    # read as و + a word: علي أكبر ولايتي, أصغر فرهادي)
    if _persian_compound_at(text, start, end, titles):
        return [(start, end)]
    first_names = known_first()
    words = _words(text, start, end)
    if not words:
        return []
    # (a Korean or Chinese name whose given name's two syllables are joined by a hyphen written with spaces is one
    # name: كيم جونغ - أون, تشانغ سونغ - ثايك, the lead's Iraq probe; the dash ends a name everywhere else)
    if (len(words) in (4, 5) and words[-2][2] in ("-", "\u2013") and _east_asian_syllables([w[2] for w in words[:-2]], common)
            and 2 <= len(words[-1][2]) <= 4 and not words[-1][2].startswith(("ال", "و"))):
        return [(start, end)]
    # a last word that is a preposition glued to a word of the language before a quoted title ends no name of three
    # words or more (يشارك جيا زان كي بفيلم "الخالدون": 'with the film "The Immortals"'; عبد الخالق بشر keeps بشر)
    if (len(words) >= 3 and words[-1][2][:1] in "بلك" and words[-1][2] not in known and _language_word(words[-1][2])
            and _QUOTE_AFTER.match(text, words[-1][1])):
        words = words[:-1]
    # the preposition أمام ('before', written with its hamza on the alif) ends no name: the recogniser's span of a
    # short form before it (وأضافت ماي أمام مجلس العموم, heldout40; وقالت ماي أمام مجلس النواب, heldout41, where the
    # span ran on past it) is the name without it and the words after it; the surname Emam is written إمام (عادل
    # إمام، حازم إمام) and keeps its word
    cut = next((j for j in range(1, len(words))
                if re.sub("[\u064b-\u065f\u0640]", "", text[words[j][0]:words[j][1]]) == "أمام"), None)
    if cut is not None:
        words = words[:cut]
    # split at punctuation (a list: إبراهيم سليمان، عدنان هارون) and at
    # coordinated names: an inner word و+name that is not itself a name word
    parts, cur = [], []
    for w in words:
        # a dash between names ends one (سعد بقير - فخر الدين بن يوسف، حمزة يونس- فخر الدين: a line-up)
        if not re.search(r"\w", w[2]):
            if cur:
                parts.append(cur)
                cur = []
            continue
        if cur and text[cur[-1][1]:w[0]].strip():
            parts.append(cur)
            cur = []
        dash = re.search(r"[-–—]+$", text[w[0]:w[1]])
        if dash and dash.start() > 0:
            cur.append([w[0], w[0] + dash.start(), normalize(text[w[0]:w[0] + dash.start()])])
            parts.append(cur)
            cur = []
            continue
        # (a surname that starts with و is no conjunction: a second word after a first name, whose rest the news
        # text lacks and that no list goes on from or into: هارفي واينستين، بوب وودوارد; not مانافورت ودريباسكا,
        # وألفارو وبونيرا وماريو)
        # (nor is one whose letter after و bears a shadda: no Arabic word starts with a doubled letter, so و is the
        # surname's own letter: ديمة ونّوس)
        if cur and w[2].startswith("و") and w[2] not in known and w[2] not in waw_names and len(w[2]) > 3 and (
                text[w[0] + 2:w[0] + 3] != "\u0651") and not (
                len(cur) == 1 and (cur[0][2] in first_names or _first_name_like(cur[0][2]) or (
                    _waw_surname(w[2], common) and _name_ends(text, w[1], common))
                    or _after_role_and_nationality(text, cur[0][0], titles))
                and w[2][1:] not in _vocabulary() and w[2][1:] not in known and not _first_name_like(w[2][1:])
                and text[cur[0][0] - 1:cur[0][0]] != "و"
                and not _list_goes_on(text, w[1], common)):
            parts.append(cur)
            w = [w[0] + 1, w[1], w[2][1:]]
            cur = [w]
        else:
            cur.append(w)
    parts.append(cur)
    # a span that ends in a word of no letters (حازم إمام ـــــ, a row of tatweels: normalised to nothing) leaves
    # an empty part behind
    parts = [p for p in parts if p]
    # two full names side by side without a comma (حكومة يوسف الشاهد زياد العذاري): four words, the
    # first and the third known first names, the second no first name and no connector
    split = []
    for part in parts:
        ws = [w[2] for w in part]
        if (len(ws) == 4 and ws[0] in first_names and _first_name_like(ws[2]) and ws[1] not in first_names
                and not (set(ws) & _CONNECTORS) and "الدين" not in ws and "الله" not in ws):
            split += [part[:2], part[2:]]
        else:
            split.append(part)
    parts = split
    # an accusative with tanwin after the first word ends the name before it, whatever follows (محمد كنو بديلاً
    # لعبدالله عطيف: 'as a substitute for Abdullah Otayf', where the last word is a name word again)
    # (and one at the start leaves it: بديلاً لعبدالله)
    for part in parts:
        while part and "\u064b" in text[part[0][0]:part[0][1]] and part[0][2] not in known:
            part.pop(0)
        cut = next((i for i, w in enumerate(part) if i and "\u064b" in text[w[0]:w[1]] and w[2] not in known), None)
        if cut is not None:
            del part[cut:]
    parts = [p for p in parts if p]
    # a name said twice in one span (جان لوك ميلانشون ولد جان لوك ميلانشون): cut where its first two
    # words come back, without the connector left between
    split = []
    for part in parts:
        ws = [w[2] for w in part]
        cut = next((k for k in range(2, len(ws) - 1) if ws[k] == ws[0] and ws[k + 1] == ws[1]), None)
        if cut is None:
            split.append(part)
            continue
        head = part[:cut]
        while len(head) > 1 and head[-1][2] in _CONNECTORS:
            head = head[:-1]
        split += [head, part[cut:]]
    parts = split
    # a name is written in one script: a span that goes on in another (Matthew Walker الناشر، ماثيو ووكر
    # WHY WE SLEEP: a role or a book's title after the name; فرحاني لفرانس24) ends where the script changes
    split = []
    for part in parts:
        latin = [bool(_LATIN.search(w[2])) for w in part]
        # (a word with digits after the first one, لفرانس24, is no name word either)
        cut = next((j for j in range(1, len(part)) if latin[j] != latin[0] or _DIGIT.search(part[j][2])), None)
        split.append(part if cut is None else part[:cut])
    parts = split
    # a name glued to the next word by a missing space (شون سبايسرالمتحدث باسم البيت الأبيض): a word the
    # news text does not have, no name word, that ends with an ال-word of five letters or more that is a
    # title or a common word (المتحدث) after three letters or more, ends the name where that word starts
    split = []
    for part in parts:
        for j, w in enumerate(part):
            cut = _glued_at(text, w[0], w[1], known, titles, common)
            if cut is not None:
                split.append(part[:j] + [[w[0], cut, normalize(text[w[0]:cut])]])
                break
        else:
            split.append(part)
    parts = split
    out = []
    for part in parts:
        part = [list(w) for w in part]
        # a name cut after a surname particle (ألكسندر فان در | بيلين، ماركوس دي لا | فوينتي، كيفن دي | بروين):
        # the particles take the next word, a surname even when the news text has it often (بروين), unless it
        # is a title, a particle, or a common word that reads as a verb or an ال-word or follows لا/لو, the
        # particles that are Arabic words too (ميشال دو | يريد); else the particles leave the span
        if len(part) >= 2 and part[-1][2] in _PARTICLES and part[-1][1] == end:
            m = re.match(r"[ \t]+([\u0621-\u064a]{2,})(?![\u0621-\u064a])", text[end:end + 30])
            nxt = normalize(m.group(1)) if m else ""
            wordy = nxt in _SHORT_PARTICLES or nxt in _FUNCTION_AFTER_PARTICLE or nxt in common and (
                nxt[:1] in "يتن" or nxt.startswith("ال") or part[-1][2] in _ARABIC_PARTICLES)
            if m and not wordy and nxt not in titles and nxt not in _PARTICLES:
                part.append([end + m.start(1), end + m.end(1), nxt])
            elif m:  # a particle before a word of the language ends no name (ميشال دو | يريد)
                while len(part) >= 2 and part[-1][2] in _PARTICLES:
                    part.pop()
        # proclitics glued to the first word (بميشيل، لجيرارد، وبيل)
        glued = part[0][2]
        n = _strip_proclitic(part[0][2], known | firsts if firsts else known)
        # (after ب/ل/ك no و/ف can follow in the proclitic chain: لفيصل is ل + فيصل, not ل + ف + يصل 'arrives')
        after_prep = part[0][0] + n if n and part[0][2][n - 1] in "بلك" else None
        if n:
            part[0] = [part[0][0] + n, part[0][1], part[0][2][n:]]
        # a club or other noun with ل + ال right before a known first name (افتتح التهديف للترجي طه ياسين
        # الخنيسي: 'scored for Espérance') or a title in the dual or plural construct (برئيسي الترجي: 'with the two
        # presidents of') is no name word
        if len(part) >= 2 and _governed_noun_before_name([[0, 0, glued]] + part[1:], known, titles, first_names):
            part = part[1:]
        # a verb of naming before the name ('who is called': المستثمر، ويدعى أحمد الرميحي، إن) is no name word
        if len(part) >= 3 and (part[0][2] in _NAMING_VERBS or (part[0][2][:1] in "وف" and part[0][2][1:] in _NAMING_VERBS)):
            part = part[1:]
        # a title or role after two name words or more starts another phrase (الطاهر بن حسين ضيف
        # بوليتيكا: the guest of a show), unless it follows a connector (تركي آل الشيخ)
        cut = next((j for j in range(2, len(part)) if part[j][2] in titles and part[j][2] not in known
                    and part[j - 1][2] not in _CONNECTORS), None)
        if cut is not None and _n_words(" ".join(w[2] for w in part[:cut])) >= 2:
            part = part[:cut]
        # a title of nobility after a name word opens the title phrase, even after one word (الأمير وليام دوق
        # كامبريدج: William, Duke of Cambridge)
        cut = next((j for j in range(1, len(part)) if part[j][2] in nobility_titles()
                    and part[j - 1][2] not in _CONNECTORS), None)
        if cut is not None:
            part = part[:cut]
        # a present verb after a name of two words or more starts the predicate (a headline: مي سكاف يوارى الثرى,
        # 'May Skaf is laid to rest'): a word with ي first, no name word, of a word cluster of almost no names,
        # whose forms with ت or ن are words of the news text too (توارى: a verb's other persons); the name
        # ends before it (foreign names with ت stay: تشودري، تير شتيغن; a word after a connector is a name:
        # عماد بن يونس)
        # (after one word too, when both other persons are words of the news text: كاريكا يعتذر، تعتذر، نعتذر)
        cut = next((j for j in range(1, len(part)) if part[j][2][:1] == "ي" and part[j][2] not in known
                    and part[j - 1][2] not in _CONNECTORS and part[j - 1][2] not in _PARTICLES
                    and part[j][2] not in first_names and _name_likeness().get(part[j][2], 1.0) < 0.1
                    and (("ت" + part[j][2][1:] in _vocabulary() or "ن" + part[j][2][1:] in _vocabulary())
                         if j >= 2 else ("ت" + part[j][2][1:] in _vocabulary() and "ن" + part[j][2][1:] in _vocabulary()
                                         and len(part[j][2]) >= 4))), None)
        # (a present verb with ت after a woman's name: ماجدة تكشف, 'Magda reveals'; it and its form with ي, يكشف,
        # words of the news text, four letters or more)
        if cut is None:
            cut = next((j for j in range(1, len(part)) if _feminine_present(part[j][2], known, first_names)
                        and part[j - 1][2] not in _CONNECTORS and part[j - 1][2] not in _PARTICLES), None)
        if cut is not None:
            part = part[:cut]
        while part:
            w0 = part[0]
            # a word of the language or a title right before بن/ابن and a name word starts a name chain (مساعد بن
            # محمد العيبان: مساعد, 'assistant', is a first name there) when it is no ال-word, no verb in the present
            # or past and no proclitic + word (a role is never followed by بن)
            chain = (len(part) >= 3 and part[1][2] in _NASAB_WORDS and part[2][2] in known and w0[0] == start
                     and not w0[2].startswith("ال") and len(w0[2]) >= 4 and w0[2] not in _BEFORE_NAME_WORDS
                     and w0[2][:1] not in "يتن" and not (w0[2][:1] in "وفبلك" and w0[2][1:] in common)
                     and not _verb_like(w0[2]) and not any(b in _WORKS for b in _bare(w0[2])))
            # a function word with hamza that normalisation made a name (فإن → فان, Van)
            if len(part) > 1 and text[w0[0]:w0[1]] in _RAW_FUNCTION:
                part.pop(0)
                continue
            # ... also written without it: فان before two name words or more is فإن, since the particle Van comes
            # before a surname alone or another particle (فان ديك، فان دير سار; not فان برنار كازنوف)
            if len(part) >= 3 and text[w0[0]:w0[1]] == "فان" and part[1][2] not in _PARTICLES:
                part.pop(0)
                continue
            # a pronoun or particle of two letters before an ال-word starts no name (هو البعوض:
            # 'it is the mosquito'; East Asian names have no ال; ذو الفقار and عز الدين are compounds, ألدرن has a
            # hamza)
            if (len(part) > 1 and w0[2] in _SHORT_PARTICLES
                    and text[part[1][0]:part[1][0] + 2] == "ال" and part[1][2] not in ("الدين", "الله")):
                part.pop(0)
                continue
            # a verb after و/ف (ويفسر، فيهرب) or a plural noun in construct (مناصري: مناصرين is a word of
            # the news text) at the start: no name word, and in the word clusters almost only with words
            # that are no names (under 2 %; ملحم and بوسي are names there too, so the shape is needed)
            if (len(part) > 1 and w0[2] not in known and w0[2] not in first_names
                    and _name_likeness().get(w0[2], 1.0) < 0.02
                    and ((len(w0[2]) >= 5 and w0[2][0] in "وف" and w0[2][1] in "يتن")
                         or (w0[2].endswith("ي") and w0[2][:-1] + "ين" in _vocabulary()))):
                part.pop(0)
                continue
            # ... also in the nominative (معتصمو / محتجو الكامور, 'the protesters of …'): a participle with م and
            # و, whose plural or construct form with ون/ين/ي is a word of the news text of a cluster of almost no
            # names (ماريو stays: ماري and مارين are names)
            if (len(part) > 1 and _plural_construct_nominative(w0[2], known, first_names)):
                part.pop(0)
                continue
            # a verb in the past after و/ف at the start (واستغرب بن سحيم، وشجبت ريغيف: its present with ي is a
            # word of the news text, يستغرب، يشجب): no name word, no first name, of a word cluster of almost no names
            # (without و a first name may look so: طلعت حافظ، أصلي إيدنتسباس)
            if len(part) > 1 and w0[2] not in known and w0[2] not in first_names and (
                    _name_likeness().get(w0[2], 0.0) < 0.05) and any(
                    len(v) >= 4 and v not in known and v not in first_names
                    and (_verb_like(v) or (v[:1] == "ا" and "ي" + v[1:] in _vocabulary()))
                    for v in ((w0[2][1:],) if w0[2][:1] in "وف" else ())):
                part.pop(0)
                continue
            # a past verb (also passive: قيلت, 'it was said') before a preposition with ال (بالنص, 'verbatim') is a
            # clause, no name: the verb no name word or first name, of a word cluster of almost no names, and the
            # noun with ال alone a word of the news text of such a cluster (وقيلت بالنص, the lead's Iran probe)
            if (len(part) > 1 and _verb_phrase_start(w0[2], part[1][2], known, first_names)):
                part = part[2:]
                continue
            # a role with a pronoun or in the dual/plural (محاميها غابي لاسكي، المغنيتان، ورئيسين)
            if not chain and w0[2] not in known and _role_word(w0[2], titles):
                part.pop(0)
                continue
            # a work named after its author (فيلم غودار، فيلم إيفا هوسون: 'Godard's film'): the noun is no name
            if len(part) > 1 and any(b in _WORKS for b in _bare(w0[2])):
                part.pop(0)
                continue
            # titles and roles (also after proclitics: والرئيس، للنبي) and common
            # words (verbs, nouns: باستخدام، ليؤكد) at the start
            # (a given name with ل that the word clusters call a name is no ل + word: ليروي ساني)
            # (before a second word that is no name word of the knowledge base: ليتولى زيدان is 'for Zidane to take')
            # (a foreign given name written with no article, آلان/ألان: Alain, not الآن 'now'; or one that is a
            # word of the language, سيلفي 'selfie', before a surname the recogniser took with it that is no name word
            # of the knowledge base, common word or title: سيلفي جولار)
            if not chain and w0[2] not in firsts and not (
                    len(part) > 1 and _no_article_spelling(text[w0[0]:w0[1]]) and _foreign_given_spelling(w0[2])) and not (
                    len(part) == 2 and _foreign_given_spelling(w0[2]) and part[1][2] not in known
                    and part[1][2] not in common and part[1][2] not in titles and _free_name_word(
                        part[1][2], text[part[1][0]:part[1][1]], titles, common)) and not (
                    len(part) == 2 and part[1][2] not in known and text[w0[1] - 1] != "ى"
                    and _lam_given_name(w0[2], common)) and any(
                    b in titles or b in common for b in ((w0[2],) if w0[2] in known or w0[0] == after_prep
                                                         else _bare(w0[2]))):
                # a first name that is also a common word once normalised (علي / على) starts a name
                # when it is written with ي and the name ends with an unknown non-common word
                # (علي لاريجاني، علي أكبر صالحي; not على ترامب)
                # (a title that is also a first name starting a name of a cast list is the first name: الممثل
                # أمير صلاح الدين والممثلة …)
                if not (len(part) > 1 and w0[2] in first_names and w0[2] not in titles
                        and text[w0[1] - 1] != "ى" and part[-1][2] not in known
                        and part[-1][2] not in common and part[-1][2] not in titles) and not (
                        listed and len(part) > 1 and w0[0] == start and w0[2] in first_names and w0[2] in titles
                        and not w0[2].startswith("ال")) and not (
                        # (علي written with ي before a known first name that is no common word, and a third word:
                        # علي حسن المجيد)
                        len(part) >= 3 and w0[2] in _YA_NAMES and text[w0[1] - 1] == "ي"
                        and part[1][2] in first_names and part[1][2] not in common and part[1][2] not in titles):
                    part.pop(0)
                    continue
            # an adjective with ال right after a role and before a first name describes the role
            # (الممثلة الكوميدية كاثي جريفن; المغني الأمريكي … is the country rule below) when its word
            # cluster holds hardly any names (الباجي، الحبيب are names): not part of the name
            # (also a nisba adjective before a one-word name, the surname the news text calls him by: الحارس
            # الأسطوري بوفون, 'the legendary goalkeeper Buffon')
            if (len(part) > 1 and w0[2].startswith("ال") and w0[2] not in known and w0[2] not in first_names
                    and (part[1][2] in first_names or (len(part) == 2 and _NISBA.match(w0[2])))
                    and _country_at(countries, w0[0], w0[1]) is None
                    and _after_role(text, w0[0], titles) and _name_likeness().get(w0[2], 1.0) < 0.1
                    # (not a given name with ال of two words right after a military rank: الجنرال الغالي أولقصير)
                    and not (len(part) == 2 and _after_role(text, w0[0], military_ranks()))
                    # (nor an ال-given name right after a role, which discover passes in ``firsts``: لرئيس الفريق
                    # المولدي عبيشو, people93)
                    and w0[2] not in firsts):
                part.pop(0)
                continue
            # a noun of the language (its ال form a word of the news text too), in a word cluster of almost no
            # names, before the first name of a longer name of the document (نعش مي: 'May's coffin', where مي
            # سكاف is named) is no name word: the name starts after it (a name word, a first name or a word the
            # news text lacks stays: هينا جيلاني; آمال موسى where no موسى … is named)
            if (len(part) > 1 and w0[2] not in known and w0[2] not in first_names and _language_word(w0[2])
                    and _name_likeness().get(w0[2], 1.0) < 0.02 and not _DEFINITE.match(w0[2])
                    and len(part) == 2 and part[1][2] in doc_firsts):
                part.pop(0)
                continue
            # a country form at the start: the nationality word stays a country
            # mention; a country name starting a longer name is a first name (تشاد)
            c = _country_at(countries, w0[0], w0[1])
            # (also after a proclitic: للتشيلي خوسيه لويس سييرا, ل + التشيلي)
            if c is not None and (c != "name" or len(part) == 1 or _DEFINITE.match(w0[2])) and not (
                    c == "capital" and _capital_first_name(text, part, countries, titles)):
                part.pop(0)
                continue
            if len(part) > 1:
                wl = part[-1]
                # a function word with hamza at the end (أليكسي سوروكين فإن: 'then', normalised like فان, Van)
                # or a verb in the future (رونالدينهو سيعود: سـ + a present whose form with ي is a word of the
                # news text, of a word cluster of almost no names)
                # (and an ال-word right before العام/العامة, 'general', is a role: كوفي انان الامين العام الأسبق,
                # not العام الماضي, 'last year')
                m_gen = _GENERAL.match(text, wl[1]) if wl[2].startswith("ال") and wl[1] == part[-1][1] else None
                if m_gen and normalize(m_gen.group(2) or "") not in _YEAR_AFTER:
                    part.pop()
                    continue
                if text[wl[0]:wl[1]] in _RAW_FUNCTION or (
                        len(wl[2]) >= 5 and wl[2][0] == "س" and wl[2][1] in "يتن" and wl[2] not in known
                        and _name_likeness().get(wl[2], 0.0) < 0.05
                        and any(v in _vocabulary() and _name_likeness().get(v, 1.0) < 0.05
                                for v in _future_present_forms(wl[2]))):
                    part.pop()
                    continue
                # a feminine noun (with ال) after a name of two words or more is the object or the subject that
                # follows (جبران باسيل المفوضية بـ"تخويف"): no name word, of a word cluster of few names, a word
                # of the news text without ال too (a family name is not: أبو جواد الكساسبة، عبد الحليم الناقة)
                # (or without ال, a noun of the news text that takes ال, no first name: فرانسوا اولاند جولة
                # رئاسية، جورج سامباولي تشكيلة أساسية; حمزة، أسامة are first names)
                if (len(part) >= 3 and text[wl[1] - 1:wl[1]] == "ة" and (
                        (wl[2].startswith("ال") and wl[2][2:] in _vocabulary())
                        or (not wl[2].startswith("ال") and "ال" + wl[2] in _vocabulary() and wl[2] not in first_names))
                        and wl[2] not in known and wl[2] not in surnames
                        and not any(w[2] in _CONNECTORS for w in part[:-1]) and not part[-2][2].startswith("ال")
                        and _name_likeness().get(wl[2], 0.0) < 0.1):
                    part.pop()
                    continue
                # (and after one word, a feminine noun that follows first names in the news text too often to be
                # a common word, but too rarely to be a surname, where the document has it alone and never names
                # it alone: لاعبه البرازيلي ليوناردو تمريرة خارج المنطقة, 'a pass')
                if (len(part) == 2 and text[wl[1] - 1:wl[1]] == "ة" and wl[2] in tails and wl[2] not in surnames
                        and part[0][2] not in _CONNECTORS):
                    part.pop()
                    continue
                # (and after the surname of a longer name of the document, no first name, a common word with ال
                # that is no surname of the document is the word after the name: the club a coach led, وقاد
                # ماميتش العين where زوران ماميتش is named)
                if (len(part) == 2 and part[0][2] in doc_lasts and part[0][2] not in first_names
                        and part[0][2] not in known and wl[2].startswith("ال") and wl[2] in common
                        and wl[2] not in doc_lasts and wl[2] not in surnames):
                    part.pop()
                    continue
                # ل + a noun with ال at the end (عودة فضل شاكر للغناء: 'to singing') is a complement, no name word
                if (wl[2].startswith("لل") and len(wl[2]) >= 5 and wl[2] not in known
                        and "ا" + wl[2][1:] in _vocabulary() and _name_likeness().get(wl[2], 0.0) < 0.1):
                    part.pop()
                    continue
                # ابن/بنت + a kinship noun at the end is a relation, not a name chain (علي حسن المجيد ابن عم صدام
                # حسين: 'Saddam Hussein's cousin')
                if len(part) >= 3 and part[-2][2] in _NASAB_WORDS and wl[2] in _KIN_ROOTS:
                    del part[-2:]
                    continue
                # a noun with a possessive pronoun at the end of three words or more (لم يخف نبيل معلول امتعاضه:
                # 'Nabil Maaloul did not hide his discontent') is the object, no name word: a word of the news text
                # itself, not in -يه (the French -é of كابوريه، بريزيه), no country form (لومه is also Lomé)
                if (len(part) >= 3 and part[-2][2] not in _CONNECTORS and not text[wl[0]:wl[1]].endswith("يه")
                        and wl[2] in _vocabulary() and wl[2] not in _country_words() and wl[2] not in _ZADEH
                        and _pronoun_suffixed_noun(text[wl[0]:wl[1]], known) and wl[2] not in first_names):
                    part.pop()
                    continue
                # a noun of a work at the end (المخرج الفرنسي ستيفان بريزيه فيلم "في حرب": 'film'), also with ال
                # (وصف حبيب الحبيب المسلسل بأنه: 'Habib al-Habib described the series as') starts the object
                if len(part) >= 3 and any(b in _WORKS or (b.startswith("ال") and b[2:] in _WORKS) for b in _bare(wl[2])):
                    part.pop()
                    continue
                # a noun with ال of the news text (also without ال), of a word cluster of almost no names, after a
                # name of two words or more and right before an adjective with ال that is a common word, is the
                # object with its adjective (خورخي فاوري البيان المشترك: 'the joint statement')
                if (_n_words(" ".join(w[2] for w in part)) >= 3 and wl[2].startswith("ال") and wl[2] not in known
                        and wl[2] in _vocabulary() and wl[2][2:] in _vocabulary()
                        and _name_likeness().get(wl[2], 0.0) < 0.1 and wl[1] == end and part[-2][2] not in _CONNECTORS):
                    m_adj = re.match(r"[ \t]+(ال[\u0621-\u064a]{2,})(?![\u0621-\u064a])", text[wl[1]:wl[1] + 30])
                    adj = normalize(m_adj.group(1)) if m_adj else ""
                    # (no relative pronoun: عبد العزيز الشهري الذي)
                    if adj in common and adj not in known and adj not in _RELATIVE_PRONOUNS:
                        part.pop()
                        continue
                # a hollow verb in the past (الفنان شارل خاض مسارا: خاض, its present يخوض a word of the news
                # text), no name word nor first name, of a word cluster of almost no names (جاد، دان are names);
                # a word after a surname particle or a connector is the surname (فان در سار)
                if (part[-2][2] not in _PARTICLES and part[-2][2] not in _CONNECTORS
                        and _hollow_past(wl[2], known, first_names)):
                    part.pop()
                    continue
                # a past verb after a one-word name and right before a role (الرئيس هادي كلف رئيس الوزراء:
                # 'Hadi charged the prime minister'): the verb starts the predicate, its object the role; no name
                # word, first name or surname of the document, its present with ي a word of the news text, of a word
                # cluster of few names (ماكي سال keeps سال: a cluster of names)
                if (len(part) == 2 and wl[1] == end and _verb_like(wl[2]) and wl[2] not in known
                        and _name_likeness().get(wl[2], 0.0) < 0.2
                        and wl[2] not in first_names and wl[2] not in surnames and wl[2] not in _kb_surnames()
                        and part[0][2] not in _CONNECTORS and part[0][2] not in _PARTICLES):
                    m_role = re.match(r"[ \t]+([\u0621-\u064a]{3,})", text[wl[1]:wl[1] + 30])
                    if m_role and normalize(m_role.group(1)) in titles:
                        part.pop()
                        continue
                # a title or a common word at the end (كيم أمضيا، بيل هدفا); a
                # common word with ال ends a name of two words (مقتدى الصدر)
                # (a knowledge-base surname that the news text has so often it is a common word ends a
                # name: ايفانكا ترامب)
                # (a word after a surname particle is the surname: دي بروين، فان در سار)
                if part[-2][2] not in _CONNECTORS and part[-2][2] not in _PARTICLES and (  # آل الشيخ: a family name
                        wl[2] in titles
                        or ((wl[2] not in known or (wl[2] in _kb_middle_words()
                                                    and _n_words(" ".join(w[2] for w in part[:-1])) >= 2))
                            and _role_word(wl[2], titles)) or (
                            wl[2] in common and wl[2] not in _kb_surnames() and wl[2] not in surnames
                            and not _east_asian_third_syllable(part)
                            and not _ya_name_after_first(text, wl, part[-2], first_names)
                            and not _family_nisba_after_two_firsts(text, part, first_names, common)
                            and not _surname_after_role_and_first(text, part, titles, common)
                            and not _surname_after_two_name_words(part, common, titles)
                            and not _surname_after_lam_given(part, common)
                            and (_n_words(" ".join(w[2] for w in part)) > 2 or not wl[2].startswith("ال")))):
                    part.pop()
                    continue
                # an accusative with tanwin is no name (طوليدانو سكرتيراً), nor one written without it whose
                # ال form is a word of the news text (فرانك ريبيري أبديا حماسا: الحماس; حسن البنا خارجيا)
                if "\u064b" in text[wl[0]:wl[1]] and wl[2] not in known:  # اً، ًا، ةً (مازحةً)
                    part.pop()
                    continue
                if (wl[2].endswith("ا") and len(wl[2]) >= 5 and wl[2] not in known and wl[2] not in first_names
                        and "ال" + wl[2][:-1] in _vocabulary() and not wl[2].startswith("ال")):
                    part.pop()
                    continue
                # an active participle at the end describes the person: a circumstantial one without ال (وأضاف ميرتنز
                # مازحا: 'joking'), or one with ال before a word with ب (روبن أوستلوند الفائز بالسعفة: 'who won'); a
                # word of the news text, no name word, of a word cluster of almost no names (الراشد، الصالح stay)
                if (part[-2][2] not in _CONNECTORS and wl[2] not in known and wl[2] not in first_names
                        and _name_likeness().get(wl[2], 0.0) < 0.1 and (
                            (len(wl[2]) == 5 and wl[2].endswith("ا") and _active_participle(wl[2][:-1])
                             and wl[2][:-1] in _vocabulary())
                            or (wl[2].startswith("ال") and _active_participle(wl[2][2:]) and wl[2] in _vocabulary()
                                and re.match(r"[ \t]+ب[\u0621-\u064a]{3,}", text[wl[1]:wl[1] + 30])
                                and not _family_after_role_complement(text, part, titles, common)))):
                    part.pop()
                    continue
                # a pronoun after a name with ال or of three words is the start of the predicate (مجدي عبد
                # الغني هو صاحب الهدف: 'is the scorer'); an East Asian given name of two letters (ليو هي)
                # follows a short family name without ال
                # (nor after a word of the cluster of Arabic names, four letters or more: محمد الفاضل | خليل هو)
                # (a Korean or Chinese chain of short syllables ending in -ng keeps it: ري يونغ هو, Ri Yong-ho)
                if wl[2] in _PRONOUNS and not _east_asian_chain([w[2] for w in part[:-1]], common) and (
                        part[-2][2].startswith("ال") or len(part) >= 3 or (
                        len(part[-2][2]) >= 4 and _name_likeness().get(part[-2][2], 0.0) >= 0.5)):
                    part.pop()
                    continue
                # a preposition and a pronoun glued to a noun of the news text, no name word (غاري نيفيل
                # بكرهه: 'with his hatred'; see _glued_noun)
                if (wl[2][:1] in "بل" and len(wl[2]) >= 5 and wl[2] not in known and wl[2] not in first_names
                        and (_glued_noun(wl[2]) or _dual_construct_noun(wl[2]))):
                    part.pop()
                    continue
                c = _country_at(countries, wl[0], wl[1])
                # a capital or country name after a first name is a surname (جورج واشنطن)
                if c is not None and not (c in ("capital", "name") and part[-2][2] in known):
                    part.pop()
                    continue
            break
        # a name cut after a connector (إسماعيل ابن | الفضل): the connector takes the next word
        if part and len(part) >= 2 and part[-1][2] in _CONNECTORS and part[-1][1] == end:
            m = re.match(r"[ \t]+([\u0621-\u064a]{2,})", text[end:end + 30])
            if m and normalize(m.group(1)) not in common and normalize(m.group(1)) not in titles:
                part.append([end + m.start(1), end + m.end(1), normalize(m.group(1))])
            else:
                part.pop()
        # a Korean or Chinese chain cut before its two-letter given name takes it when no predicate follows the
        # pronoun reading (a comma or a word with و: بين ري يونغ | هو ونظيرته)
        if part and part[-1][1] == end and _east_asian_chain([w[2] for w in part], common):
            m = re.match(r"[ \t]+(هو|هي)(?=[،,.:؛)\"]|[ \t]+و[\u0621-\u064a]{2,})", text[end:end + 30])
            if m:
                part.append([end + m.start(1), end + m.end(1), normalize(m.group(1))])
        if part:
            out.append((part[0][0], part[-1][1]))
    return out


# nouns after which a name is a place or an institution named after someone (the organisation triggers
# that name places; not شركة or حزب: "Trump's company" still names Trump)
_PLACE_NOUNS = frozenset(normalize(w) for w in (
    "مدينة المدينة بلدة قرية إقليم مقاطعة محافظة منطقة جزيرة شارع ميدان مطار ملعب استاد "
    "مستشفى مدرسة المدرسة ثانوية جامعة الجامعة معبر مخيم مسجد جامع سجن جسر مهرجان المهرجان فرقة الفرقة مركز "
    # (a theatre, a museum, a hall or a library named after someone: مسرح محمد الخامس، متحف نجيب محفوظ)
    "مسرح المسرح متحف المتحف قاعة مكتبة "
    # (and a prize named after someone: جائزة "نوبل")
    "جائزة جوائز").split())
_ORDINALS = frozenset(normalize(w) for w in
                      "الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر عشر".split())


def _governed_noun_before_name(part: list, known: frozenset, titles: frozenset, first_names: frozenset) -> bool:
    """The first word of ``part`` (``[start, end, normalised]`` words of a span) is no name word but a noun
    governed by a preposition before the name: ل or ب + ال + a word of the news text that is no name word (بالنسبة
    إلينا, 'as for us', إلينا read as Elena), before a
    known name word among the next two words (للترجي طه ياسين الخنيسي; للحبيب بورقيبة، للباجي قائد السبسي keep theirs,
    الحبيب and الباجي being name words; للوليد بن طلال, before a connector, too), or a title in the dual or plural construct after ب/ل (برئيسي الترجي)."""
    w = part[0][2]
    w = w[1:] if w[:1] in "وف" and len(w) > 4 else w
    rest = "ا" + w[1:] if w.startswith("لل") else w[1:] if w.startswith("بال") else ""
    if (len(part) >= 2 and len(rest) >= 5 and rest not in known
            and rest in _vocabulary() and part[1][2] not in titles and part[1][2] not in _CONNECTORS
            and any(x[2] in first_names or x[2] in known for x in part[1:3])):
        return True
    return w[:1] in "بل" and w.endswith(("ي", "ا")) and w[1:-1] in titles and w[1:] not in known and w not in known


# verbs of naming ('is called', 'is nicknamed') that an apposition may start with before the name
_NAMING_VERBS = frozenset(normalize(w) for w in "يدعى تدعى يسمى تسمى يلقب تلقب".split())

_PREPOSITION_ARTICLE = re.compile(r"^(?:[وف]?[بك]ال|[وف]?لل)")
_NICKNAME = re.compile(r"\s*[\"«“(]\s*([\u0621-\u064a]{3,15})\s*[\"»”)]")


@lru_cache(maxsize=1)
def learned_given_names() -> frozenset:
    """Given names learned from text (``learned_given_names.txt``, written by ``python -m marsad.training.kb_build
    learned-given-names``: words that open the recogniser's person spans across many unannotated ANT articles and
    rarely stand elsewhere, and words opening ANERcorp's annotated names; people59)."""
    path = KB_DIR / "learned_given_names.txt"
    lines = path.read_text("utf-8").splitlines() if path.exists() else []
    return frozenset(normalize(x.split()[0]) for x in lines if x.strip() and not x.startswith("#"))


@lru_cache(maxsize=4)
def _arwikicats_ids(kb_dir: str | None = None) -> frozenset:
    """The ids of the knowledge-base people taken from ArWikiCats: the people of the loaded knowledge base
    (``load_kb(kb_dir)``, so a custom folder is honoured) whose patterns came from ``people_arwikicats.csv``
    (source ``arwikicats``; a person the hand-written ``people.csv`` already has is not one of them)."""
    pats = load_kb(kb_dir).patterns
    return frozenset(pats.loc[(pats["source"] == "arwikicats") & (pats["label"] == "person"), "id"])


def _swallowed(word: str, known: frozenset, common: frozenset) -> bool:
    """A last word a name span swallowed: no name word, and a common word or a verb, with or without a
    proclitic (يتنحى، زيارة، ليرأس، بمجزرة), or a word with Latin letters or digits (لفرانس24)."""
    if word in known:
        return False
    if re.search(r"[0-9A-Za-z]", word):
        return True  # لفرانس24
    return any(b in common or (b[:1] in "يت" and len(b) >= 4) for b in _bare(word))


def _after_role(text: str, start: int, titles: frozenset) -> bool:
    """The word right before ``start`` is a title or role (المحامي، الوزير، والرئيس)."""
    before = _WORD.findall(normalize(text[max(0, start - 30):start]))
    return bool(before) and not text[max(0, start - 30):start].rstrip()[-1:] in "،,.:;؛" and any(
        b in titles for b in _bare(before[-1]))


def _after_role_and_nationality(text: str, start: int, titles: frozenset) -> bool:
    """The word right before ``start`` is a nationality adjective with ال after a title or role and at most one
    word of its complement, no punctuation between (وزير الدفاع البريطاني | جافين وليامسون): what follows names
    the holder of that role."""
    head = text[max(0, start - 60):start]
    if not head.endswith(" "):
        return False
    before = [normalize(x) for x in re.split(r"[،,.:;؛!?؟()\"«»]", head)[-1].split()][-3:]
    return (len(before) >= 2 and before[-1] in _demonyms_with_article()
            and any(b in titles and b not in _NO_ROLE for x in before[:-1] for b in _bare(x)))


def _surname_after_role_and_first(text: str, part: list, titles: frozenset, common: frozenset) -> bool:
    """Whether the common last word of a name of two words right after a role with ال (الوزير سليم خلبوس) is its
    surname: the first word of the cluster of first names (``_first_name_like``) and no common word, the last no
    ال-word, verb or particle and of a word cluster with some names (10 % or more: خلبوس is a common word of
    Jawhara FM only because the news text has the minister so often)."""
    if len(part) != 2:
        return False
    w0, wl = part[0][2], part[1][2]
    m = _LAST_WORD.search(text[max(0, part[0][0] - 30):part[0][0]])
    return (bool(m) and text[part[0][0] - 1:part[0][0]] == " " and normalize(m.group(1)).startswith("ال")
            and normalize(m.group(1)) in titles and normalize(m.group(1)) not in _NO_ROLE
            and _first_name_like(w0) and w0 not in common and not wl.startswith("ال") and len(wl) >= 4
            and not _verb_like(wl) and wl not in _SHORT_PARTICLES and wl not in _FUNCTION_AFTER_PARTICLE
            and _name_likeness().get(wl, 0.0) >= 0.1)


def _family_after_role_complement(text: str, part: list, titles: frozenset, common: frozenset) -> bool:
    """people93: ``part`` is a name of two words right after a role and its complement of one or two words with ال
    (the second maybe with و), single spaces only between and no nisba among them (رئيس الحكومة يوسف الشاهد,
    وزيرة الشباب والرياضة …), its first word a known first name that is no common word: its ال last word is the
    family name, not an active participle describing the person (الفائز بالسعفة after a role and a nationality
    adjective stays one)."""
    if len(part) != 2 or part[0][2] not in known_first() or part[0][2] in common:
        return False
    words = text[max(0, part[0][0] - 60):part[0][0]].split(" ")
    if len(words) < 3 or words[-1] != "":
        return False
    words = words[:-1]
    for n in (1, 2):
        if len(words) < n + 1:
            break
        raw = words[-n - 1:]
        # (letters and marks only: no punctuation, no empty word, i.e. single spaces)
        if not all(re.fullmatch("[\u0621-\u065f\u0640\u0670]+", w) for w in raw):
            break
        ws = [normalize(w) for w in raw]
        role, comp = ws[0], ws[1:]
        if (comp[0].startswith("ال") and all(c.startswith(("ال", "وال")) and len(c) >= 4 and c not in titles
                                             and not _NISBA.match(c) for c in comp)
                and any(b in titles and b not in _NO_ROLE for b in _bare(role))):
            return True
    return False


def _surname_after_two_name_words(part: list, common: frozenset, titles: frozenset) -> bool:
    """Whether the common last word of a name of three words is its surname: a known first name and a middle word,
    neither a common word, title or ال-word, before it, and the last word as in
    :func:`_surname_after_role_and_first` (no ال-word, verb or particle, of a word cluster with some names:
    المفوض الأوروبي للطاقة ميغيل أرياس كانتي, the lead's Iran probe)."""
    if len(part) != 3:
        return False
    w0, w1, wl = (w[2] for w in part)
    return (w0 in known_first() and w0 not in common and w1 not in common and w1 not in titles
            and not w1.startswith("ال") and w1 not in _CONNECTORS and len(w1) >= 3
            and not wl.startswith("ال") and len(wl) >= 4 and not _verb_like(wl) and wl not in _SHORT_PARTICLES
            and wl not in _FUNCTION_AFTER_PARTICLE and _name_likeness().get(wl, 0.0) >= 0.1)


def _lam_given_name(word: str, common: frozenset) -> bool:
    """A normalised word with لي first that the word clusters make a given name, not ل + a present verb (ليروي,
    Leroy, not ل + يروي 'to narrate'): no common word itself, five letters or more, of a word cluster with names
    (15 % or more) while its rest after ل, a common word, is of a cluster of almost no names (under 5 %). (ل + a
    noun, للمدير or لخادم, whose clusters hold names because names follow them, is no such word.)"""
    like = _name_likeness()
    return (word[:2] == "لي" and len(word) >= 5 and word not in common and like.get(word, 0.0) >= 0.15
            and word[1:] in common and like.get(word[1:], 1.0) < 0.05)


def _surname_after_lam_given(part: list, common: frozenset) -> bool:
    """Whether the common last word of a name of two words whose first word is a given name with ل
    (:func:`_lam_given_name`: ليروي ساني, Leroy Sané) is its surname: no ال-word, verb or particle, four letters or
    more, of a word cluster with some names (10 % or more), as for :func:`_surname_after_role_and_first`."""
    if len(part) != 2:
        return False
    w0, wl = part[0][2], part[1][2]
    return (_lam_given_name(w0, common) and not wl.startswith("ال") and len(wl) >= 4 and not _verb_like(wl)
            and wl not in _SHORT_PARTICLES and wl not in _FUNCTION_AFTER_PARTICLE
            and _name_likeness().get(wl, 0.0) >= 0.1)


def _after_raw_role(text: str, start: int, titles: frozenset) -> bool:
    """The word right before ``start``, a space between, is a title or role as written (مدير مكتب الرئيس باتريك
    …), not only once normalised (والى, 'and to', reads as والي, a governor)."""
    m = _LAST_WORD.search(text[max(0, start - 30):start])
    if not m or text[start - 1:start] != " " or m.group(1).endswith("ى"):
        return False
    return any(b in titles and b not in _SPEECH for b in _bare(normalize(m.group(1))))


_APPOSED_BEFORE = re.compile(r"(?:([\u0621-\u064a]+) )?([\u0621-\u064a]+)[ \t]*[،,][ \t]*$")

_LIST_JOINT_BEFORE = re.compile(r"(?:[،,][ \t]*|[ \t])و[ \t]*$")
_LIST_AFTER = re.compile(r"[ \t]*(?:[،,.]|[ \t]و|$)")


def _in_name_list(text: str, start: int, end: int, spans) -> bool:
    """A span that stands as an item of a list of people's names (people63): right after another person span of two
    words or more of ``spans`` (``(start, end)`` pairs of the segment) and a comma or a space and و (glued or not),
    and a comma, a full stop, the next و or the end right after it (not شركات ديل وسيسكو وجونيبر نتوركس: no person
    before it)."""
    m = _LIST_JOINT_BEFORE.search(text, max(0, start - 12), start)
    if m is None or _LIST_AFTER.match(text, end) is None:
        return False
    return any(b == m.start() and " " in text[a:b].strip() for a, b in spans)


def _apposed_full_name(text: str, start: int, end: int, first: str, titles: frozenset, common: frozenset) -> bool:
    """A full name set off by commas right after a role, a nationality adjective with ال or both (نظيره المالي، موديبو
    كايتا، …; المدرب، جون سميث،): the name of the person the role describes, its first word a name even where no list
    has it and another person of the document shares the surname (ابراهيم بوبكر كايتا). The first word must read as
    no word of the language: no verb, common word, title, ال-word or word whose ال form the news text has (قال،
    الرئيس، وبخ, 'rebuked', are no first names), and a comma, a full stop or the segment's end follows the name."""
    m = _APPOSED_BEFORE.search(text[max(0, start - 40):start])
    if not m or not re.match(r"\s*(?:[،,.:؛]|$)", text[end:end + 3]):
        return False
    def _role(w):
        return any(b in titles and b not in _SPEECH for b in _bare(w))

    before, last = normalize(m.group(1) or ""), normalize(m.group(2))
    # (the role, a nationality adjective with ال, or a role and its adjective with ال: نظيره المالي، where the
    # adjective is also a word, 'financial', and no demonym of the gazetteer)
    role = _role(last) or last in _demonyms_with_article() or (bool(before) and _role(before) and last.startswith("ال"))
    return (role and len(first) >= 3 and _ARABIC_WORD.match(first) is not None and not first.startswith("ال")
            and first not in common and first not in titles and not _verb_like(first) and not _language_word(first)
            and "ال" + first not in _vocabulary())


def _after_demonym(text: str, start: int, taken_k, *, conjunction: bool = False) -> bool:
    """The word right before ``start``, a space between, is a country demonym with ال (الإسرائيلية، الروسي); with
    ``conjunction`` also with و glued before it (والبرازيلي)."""
    m = _LAST_WORD.search(text[max(0, start - 30):start])
    if not m or text[start - 1:start] != " ":
        return False
    ws = start - (len(text[max(0, start - 30):start]) - m.start(1))
    word = m.group(1)
    if conjunction and word.startswith("وال"):
        ws, word = ws + 1, word[1:]
    return any(t[2] == "country" and t[3] == "demonym" and t[0] == ws and t[1] == ws + len(word)
               and word.startswith("ال") for t in taken_k)


_ROLE_AFTER = re.compile(r"[ \t]*[،,][ \t]*([\u0621-\u064a]+)")


def _capital_first_name(text: str, part: list, countries, titles: frozenset) -> bool:
    """A capital as written (no proclitic, no ال) starting a name of two words, the second no country form, between a
    speech verb and a comma and a role (أكد باكو لوبيز، مدرب ليفانتي: Paco López, not Baku), or right after a role
    with ال (المدافع الكولومبي سانتياغو أرياس): a first name."""
    w0, w1 = part[0], part[-1]
    if len(part) != 2 or _DEFINITE.match(w0[2]) or _country_at(countries, w1[0], w1[1]) is not None:
        return False
    before = _LAST_WORD.search(text[max(0, w0[0] - 30):w0[0]])
    prev = normalize(before.group(1)) if before else ""
    # (or right after a role with ال, a nationality adjective with ال between or not: المدافع سانتياغو أرياس، الممثلة
    # الإيطالية صوفيا لورين; a definite role takes no complement, so the capital starts its holder's name; the last
    # word no common word, no ال-word; not a role in construct, whose complement a capital is: سفير باريس)
    if (w1[2] not in common_words() and not _DEFINITE.match(w1[2]) and text[w1[0] - 1:w1[0]] == " "
            and text[w0[0] - 1:w0[0]] == " "):
        if (prev.startswith("ال") and prev in titles and prev not in _SPEECH and prev not in _NO_ROLE) or (
                _after_role_and_nationality(text, w0[0], titles)):
            return True
    if not before or text[w0[0] - 1:w0[0]] != " " or prev.lstrip("وف") not in _SPEECH:
        return False
    m = _ROLE_AFTER.match(text, w1[1])
    return bool(m) and any(b in titles and b not in _SPEECH for b in _bare(normalize(m.group(1))))


def _country_at(countries, s, e):
    for cs, ce, form in countries:
        if cs < e and s < ce:
            return form
    return None


def _east_asian_third_syllable(part: list) -> bool:
    """The last of three span words ``(start, end, normalised)`` is the third syllable of a Korean or Chinese name
    (كيم يونغ شول, Kim Yong Chol; people102), which the edge trim keeps although the news text has it as a common
    word: the first word a family name of ``east_asian_family_names.txt``, the second of at most five letters
    without ال, the last of at most four letters without ال, reading as no verb, of a word cluster that holds names
    (name-likeness 0.2 or more: not قال، عام، أمس)."""
    from marsad.mentions.name_words import _name_likeness, _verb_like, east_asian_family_names

    if len(part) != 3:
        return False
    fam, mid, last = (w[2] for w in part)
    return (fam in east_asian_family_names() and len(mid) <= 5 and not mid.startswith("ال")
            and len(last) <= 4 and not last.startswith("ال") and not _verb_like(last)
            and _name_likeness().get(last, 0.0) >= 0.2)
