"""The people rules' lexicon: the word lists (titles, common words, given names, kinship nouns), the word tests every
rule reads (bare forms, verbs, nouns of the news text, name likeness), known first names and the knowledge-base
person lookups (:func:`skeleton`, :func:`_kb_people`). Part of :mod:`marsad.mentions.people` (split36p).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Callable

from marsad.lang.text import normalize
from marsad.mentions.kb import SURNAME_PARTICLES, load_kb
from marsad.mentions.kb import word_list as _read_words


# A recogniser maps texts to, for each text, (start, end, type) character spans
# with type "PERS" for people ("ORG" spans, when given, mark organisations).
Recognizer = Callable[[list[str]], list[list[tuple[int, int, str]]]]

NER_MIN_CONFIDENCE = 0.4
_WORD = re.compile(r"[^\s\"'«»“”()\[\]{}،,:;؛.!?؟…]+")
_PROCLITICS = ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")
# name connectors: the surname is the last two words after them (آل الشيخ، بن سلمان)
_CONNECTORS = frozenset(normalize(w) for w in "بن ابن بنت آل ال أبو ابو أبي عبد ولد".split())
# particles inside European names (فان در، دي لا، فون): SURNAME_PARTICLES and the Dutch در/دن
_PARTICLES = SURNAME_PARTICLES | frozenset(normalize(w) for w in ("در", "دن"))
_DEFINITE = re.compile(r"^(?:[وف]?[بكل]?ال|[وف]?لل)")
# prepositions and adverbs that come before a name (أمام ابن سلمان: 'before Ibn Salman')
_BEFORE_NAME_WORDS = frozenset(normalize(w) for w in "أمام خلال لدى عند حول ضد بين دون بعد قبل منذ حتى مثل وراء إزاء تجاه بحسب وفق".split())
_AL_FAMILY = normalize("آل")  # the family word of a family name (آل الشيخ, آل ثاني)
_NASAB_WORDS = frozenset(normalize(w) for w in ("بن", "ابن", "بنت"))
_ARABIC_PARTICLES = frozenset(normalize(w) for w in ("لا", "لو"))
_FUNCTION_AFTER_PARTICLE = frozenset(normalize(w) for w in "من إلى على عن في مع بعد قبل منذ حتى أو ثم".split())
_QUOTE_MARKS = re.compile(r"[\"«“»”\n]")

_QUOTED_NAME_PREV = re.compile(r"([\u0621-\u064a]+) $")


def _quoted_first_name_after_particle(text: str, s: int, key: str, common: frozenset, titles: frozenset) -> bool:
    """A name of two words inside a quoted sentence (people63) whose first word is a listed first name (:func:`known_first`),
    no common word or title, right after a preposition or particle (مع، إلى، عن، أن …) or a verb: a person the quote
    names ("… في أي اجتماعات مع مايكل فلين، …"), not the name of a thing (تمثال أوسكار …: a noun before it)."""
    toks = key.split()
    if len(toks) != 2 or toks[0] not in known_first() or toks[0] in common or toks[0] in titles:
        return False
    m = _QUOTED_NAME_PREV.search(text, max(0, s - 30), s)
    if not m:
        return False
    prev = normalize(m.group(1))
    return prev in _FUNCTION_AFTER_PARTICLE or prev in _BEFORE_NAME_WORDS or prev in _SHORT_PARTICLES or _verb_like(prev)


def _quotations(text: str) -> list[tuple[int, int, str]]:
    """The quotations of ``text`` of one to 80 characters: ``(start, end, inner)`` of the text between the marks.

    The marks are paired in reading order (an opening ``"«“`` then the next ``"»”``, on one line), so a long
    quotation uses up its closing mark: the text between it and the next opening mark is no quotation (a regex
    that skips a quotation over 80 characters read its closing mark as an opening one, and the narration up to
    the next quotation, قال وزير التعليم الإسرائيلي نفتالي بينيت، الأربعاء، إن, as quoted)."""
    out, open_at = [], None
    for m in _QUOTE_MARKS.finditer(text):
        c, i = m.group(), m.start()
        before, after = text[i - 1:i], text[i + 1:i + 2]
        if c == "\n":
            open_at = None
        elif open_at is None:
            if c in "\"«“":
                open_at = m.end()
        elif c in "«“":
            continue
        elif c == '"' and before.isspace() and after and not after.isspace():
            # (a straight mark after a space and before a word opens the next quotation: the one before it had
            # lost its closing mark, and pairing stays in step)
            open_at = m.end()
        else:
            if 1 <= i - open_at <= 80:
                out.append((open_at, i, text[open_at:i]))
            open_at = None
    return out


_ARABIC_WORD = re.compile(r"^[\u0621-\u064a]+$")
_LATIN = re.compile(r"[A-Za-z]")
# pronouns and particles of two letters that are also East Asian names (هو) or look like names (مي is one)
_PRONOUNS = frozenset(normalize(w) for w in "هو هي هم هما هن".split())
_SHORT_PARTICLES = frozenset(normalize(w) for w in "هو هي هم هن ما لا لم لن من عن في قد كل إن أن".split())
_LATIN_PARTICLES = frozenset("de da di del della dos du van von der den le la al el bin ibn ben abu".split())
_DIGIT = re.compile(r"[0-9\u0660-\u0669]")
_LONG_VOWELS = str.maketrans("", "", "اويىءئؤه")
# عبد الفتاح / عبدالفتاح، أبو بكر / أبوبكر، آل الشيخ: one word (in the skeleton, and when
# counting the words of a name: آل الشيخ alone is one word, not a full name)
_JOINED = re.compile(r"(?<!\S)(عبد|ابو|أبو|بن|ابن|آل|ال) (?=\S)")


@lru_cache(maxsize=1)
def title_words() -> frozenset:
    """Titles and roles that never belong to a name span (``person_titles.txt``)."""
    return _read_words("person_titles.txt")


@lru_cache(maxsize=1)
def nobility_titles() -> frozenset:
    """Titles of nobility that end a name after one word or more (``nobility_titles.txt``: دوق، كونت)."""
    return _read_words("nobility_titles.txt")


@lru_cache(maxsize=1)
def group_words() -> frozenset:
    """Nouns before a name that make it a group (ميليشيات الحوثي): ``group_triggers.txt``."""
    return _read_words("group_triggers.txt")


@lru_cache(maxsize=1)
def given_names() -> frozenset:
    """Arabic given names the gazetteers lack that are no ordinary words (``given_names.txt``: هالة، نادية، وائل)."""
    return _read_words("given_names.txt")


@lru_cache(maxsize=1)
def common_words() -> frozenset:
    """Frequent words of news that are almost never next to a name (``common_words.txt``) and the participles of
    speech verbs (``speech_participles.txt``: قائلة), less the given names of ``given_names.txt`` (هالة، نادية)."""
    return (_read_words("common_words.txt") | _read_words("speech_participles.txt")) - given_names()


@lru_cache(maxsize=1 << 16)
def _bare(word: str) -> tuple[str, ...]:
    """A normalised word and its forms without a proclitic chain (والرئيس → الرئيس، للنبي → النبي). Cached: the
    document-wide passes ask it for every word of every segment, and news repeats its words."""
    out = [word]
    for p in _PROCLITICS:
        if word.startswith(p) and len(word) - len(p) >= 2:
            rest = word[len(p):]
            out.append(rest)
            if p.endswith("ل") and rest.startswith("ل"):
                out.append("ا" + rest)
    if word.startswith("ل") and not word.startswith("لل") and len(word) >= 4:
        out.append("ا" + word)  # a span starting after the first ل of للشيخ: لشيخ is الشيخ
    return tuple(out)


# pronoun suffixes of a noun (محاميها her lawyer, موقعها its website) and dual/plural endings of a title
# (رئيسين، المغنيتان: ة → تان/تين/ات)
_POSSESSIVE = ("هما", "هم", "هن", "ها", "كم", "نا", "ه")
_PLURAL = (("تان", "ه"), ("تين", "ه"), ("تا", "ه"), ("ات", "ه"), ("ان", ""), ("ين", ""), ("ون", ""), ("و", ""), ("ا", ""))


def _stems(word: str) -> set[str]:
    """A normalised word's bare forms without a possessive pronoun or a dual/plural ending, with and without ال."""
    out = set()
    for b in _bare(word):
        cands = {b}
        for suf in _POSSESSIVE:
            if b.endswith(suf) and len(b) - len(suf) >= 3:
                cands.add(b[: -len(suf)])
        for suf, repl in _PLURAL:
            if b.endswith(suf) and len(b) - len(suf) >= 3:
                cands.add(b[: -len(suf)] + repl)
        for c in cands:
            out.add(c)
            out.add(c[2:] if c.startswith("ال") else "ال" + c)
    return out


def _role_word(word: str, titles: frozenset) -> bool:
    """A title or role, also with a possessive pronoun or in the dual/plural (محاميها، المغنيتان، ورئيسين)."""
    return bool(_stems(word) & titles)


# function words that normalisation makes look like names (فإن → فان = Van, وإن, لأن): read on the raw text
_RAW_FUNCTION = frozenset("إن أن وإن وأن فإن فأن بأن لأن ولأن كأن وكأن لكن ولكن إذ إذا إلا وإلا".split())

# adverbs in the accusative that end no name (موسى مثلا: 'Moses, for example')
_ADVERBS = frozenset(normalize(w) for w in "مثلا أيضا أيضاً ايضا فقط حاليا سابقا لاحقا شخصيا تحديدا خصوصا".split())


def _pronoun_suffixed_noun(raw: str, known: frozenset) -> bool:
    """A raw word that is a noun with a pronoun suffix written ه/ها/هم/هما (محبسه, منصبها; not ة: سلامة stays a
    name): no known name word, its stem a word of the news text, its cluster holding hardly any names."""
    word = normalize(raw)
    if word in known or not raw.endswith(("ه", "ها", "هم", "هما")):
        return False
    like = _name_likeness()
    if like.get(word, 0.0) >= 0.1:
        return False
    vocab = _vocabulary()
    for suf in ("هما", "هم", "ها", "ه"):
        if raw.endswith(suf) and len(word) - len(suf) >= 3 and word[:-len(suf)] in vocab:
            return True
    return False


@lru_cache(maxsize=1)
def east_asian_family_names() -> frozenset:
    """Korean and Chinese family names as the Arabic press writes them (``east_asian_family_names.txt``, its source
    in its header; people102): a name of East Asian shape that starts with one puts the family name first
    (:func:`marsad.mentions.clean_spans._east_asian_third_syllable`)."""
    return _read_words("east_asian_family_names.txt")


def _east_asian_chain(words: list[str], common) -> bool:
    """Normalised name words that read as a Korean or Chinese name before a given name of two letters: two or
    three words of at most four letters, none with ال or a common word, the last a syllable in -ng (يونغ، جونغ،
    بينغ: ري يونغ | هو); an Arabic name (محمد الفاضل | خليل هو) has none."""
    return (2 <= len(words) <= 3 and all(2 <= len(w) <= 4 and not w.startswith("ال") and w not in common
                                         for w in words) and words[-1].endswith("نغ"))


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset:
    """Words seen at least three times in the ANT news text (the shipped word clusters)."""
    return frozenset(_name_likeness())


def _plural_construct_nominative(word: str, known=frozenset(), first_names=frozenset()) -> bool:
    """A masculine plural participle in construct, nominative (معتصمو، محتجو، مسؤولو): م…و of five letters or more,
    no name word, of a word cluster of almost no names if it has one, and its form with ون, ين or ي a word of the
    news text whose cluster holds almost no names."""
    if len(word) < 5 or word[0] != "م" or not word.endswith("و") or word in known or word in first_names:
        return False
    like = _name_likeness()
    if like.get(word, 0.0) >= 0.05:
        return False
    stem = word[:-1]
    return any(f in like and like[f] < 0.03 for f in (stem + "ون", stem + "ين", stem + "ي"))


def _language_word(word: str) -> bool:
    """A word of the language rather than a name: its ال form is a word of the news text and its cluster
    holds hardly any names (فيلم / الفيلم, برصاص = ب + رصاص / الرصاص)."""
    like = _name_likeness()
    vocab = _vocabulary()
    if word.startswith("ال") or word in _kb_people()[3] or word not in like or like[word] >= 0.1:
        return False
    return any(len(b) >= 3 and "ال" + b in vocab and b in vocab for b in _bare(word))


def _glued_preposition_word(word: str, known: frozenset) -> bool:
    """A normalised word that is ب or ل glued to a name word or to a word of the news text whose cluster holds
    hardly any names (بنوبل، لترامب), itself no name word nor a name-like word of the news text: no name carries a
    preposition (not بوتفليقة، بلحاج, words of the news text near names; not بلخادم, whose لخادم is name-like)."""
    like = _name_likeness()
    if len(word) < 5 or word[0] not in "بل" or word[1:3] == "ال" or word in known or like.get(word, 0.0) >= 0.05:
        return False
    rest = word[1:]
    return rest in _vocabulary() and (rest in known or like.get(rest, 0.0) < 0.1)


def _preposition_noun(word: str, known: frozenset) -> bool:
    """A normalised word that is ب + ال + a noun or لل + a noun of the news text (بالخاطفين، بالتغريد، للمعلومية
    not being one), where that noun with its article is almost never next to a name (its word cluster holds hardly
    any names) and the word itself is no name word: the Tunisian family names in بال (بالطيب، بالصغير، بالناصر,
    whose ال-word clusters hold names) and words the news text lacks (بالخيور) stay names."""
    if word in known or len(word) < 6 or _name_likeness().get(word, 0.0) >= 0.03:
        return False
    if word.startswith("بال"):
        noun = word[1:]
    elif word.startswith("لل"):
        noun = "ا" + word[1:]
    else:
        return False
    return noun in _vocabulary() and _name_likeness().get(noun, 1.0) < 0.02


def _dual_construct_noun(word: str) -> bool:
    """A feminine noun in the dual construct after a preposition (بجائزتي: ب + جائزتي, 'with the two prizes
    of'): its singular with ال (الجائزة) is a word of the news text, and the word's cluster holds hardly any
    names."""
    if word[:1] not in "بل" or _name_likeness().get(word, 0.0) >= 0.1:
        return False
    vocab = _vocabulary()
    return any(len(b) >= 5 and b.endswith(("تي", "تا")) and "ال" + b[:-2] + "ه" in vocab for b in _bare(word)[1:])


def _glued_noun(word: str) -> bool:
    """A noun of the news text with a preposition before it and a pronoun after it (بتصريحه: ب + تصريح
    + ه): its bare stem with ال is a word of the news text and the word's cluster holds hardly any names."""
    like = _name_likeness()
    if like.get(word, 0.0) >= 0.1 or word[:1] not in "بل":
        return False
    vocab = _vocabulary()
    for suf in ("هما", "هم", "ها", "ه"):
        if word.endswith(suf):
            stem = word[1:-len(suf)]
            return len(stem) >= 3 and "ال" + stem in vocab
    return False


# compound names: نور الدين، شرف الدين، نصر الله (one name, and a surname of two words)
_COMPOUND = re.compile(r"(?<!\S)(\S+) (?=(?:الدين|الله)(?!\S))")


def _family_trigger(toks: list[str], j: int) -> bool:
    """The organisation trigger at ``toks[j]`` is a family name: the last word of a two-word name whose first
    word is a known first name, no common word (يحيى جامع); an Arabic trigger noun heads its organisation's
    name (جامع الملك فيصل), a Latin loan may end it (دويتشه بنك: no first name before it)."""
    return (len(toks) == 2 and j == 1 and toks[0] in known_first() and toks[0] not in common_words()
            and _name_likeness().get(toks[0], 0.0) >= 0.3)


def _n_words(key: str) -> int:
    """Words of a normalised name, counting عبد الله / أبو بكر / آل الشيخ / بن سلمان / نور الدين as one."""
    return len(_COMPOUND.sub(r"\1", _JOINED.sub(r"\1", key)).split())


@lru_cache(maxsize=1)
def organization_words() -> tuple[frozenset, frozenset]:
    """``(triggers, words)``: nouns that introduce an organisation and words only organisations contain."""
    return _read_words("organization_triggers.txt"), _read_words("organization_words.txt")


_FAMILY_ARTICLE = re.compile(r"(?<!\S)ال ال(?=\S{2})")


def skeleton(name: str) -> str:
    """Return a spelling-insensitive key of a normalised name.

    Each word loses ال and its long vowels, hamza carriers and ه (the
    transliteration choices of Arabic news: موسك/ماسك، هونغ/هونغوي، جيه/جاي
    keep their consonants), words are joined by spaces.
    """
    out = []
    # آل + a word with ال (تركي آل الشيخ) is the family name آل شيخ written with the article twice
    name = _FAMILY_ARTICLE.sub("ال ", name.replace("-", " "))
    name = _JOINED.sub(r"\1", name)
    for w in name.split():
        if w.startswith("ال") and len(w) > 3:
            w = w[2:]
        k = w[:1] + w[1:].translate(_LONG_VOWELS)
        out.append(k)
    return " ".join(out)


@lru_cache(maxsize=1)
def _kb_people() -> tuple[dict, dict, dict, frozenset, dict]:
    """Knowledge-base person lookups: exact key, skeleton, first-word prefixes, name words, labels."""
    kb = load_kb()
    pats = kb.patterns
    pats = pats[(pats["label"] == "person") & ~pats["coref"].astype(bool)]
    exact, skel, prefix = {}, defaultdict(set), defaultdict(set)
    words = set()
    for pid, pattern in zip(pats["id"], pats["pattern"]):
        key = normalize(pattern)
        exact.setdefault(key, pid)
        toks = key.split()
        words.update(toks)
        skel[skeleton(key)].add(pid)
        sk = skeleton(key).split()
        joined = _JOINED.sub(r"\1", key.replace("-", " ")).split()
        for n in range(2, len(sk)):
            prefix[" ".join(sk[:n])].add((pid, tuple(joined[:n])))
    labels = kb.people.set_index("id")
    return exact, dict(skel), dict(prefix), frozenset(words), labels["label_ar"].to_dict()


@lru_cache(maxsize=1)
def _name_words() -> frozenset:
    """Words known as parts of person names (NER gazetteers, knowledge-base people, ``given_names.txt``)."""
    words = set(_kb_people()[3]) | set(given_names())
    try:
        from marsad.mentions import ner as ner_mod

        gaz = ner_mod._gazetteers()
        words.update(gaz.get("per_first", ()))
        words.update(gaz.get("per_last", ()))
    except (FileNotFoundError, AttributeError, ImportError):
        pass
    # the gazetteers hold a few function words (أن is also the name آن)
    return frozenset(words) - common_words()


_NISBA = re.compile(r"^ال[\u0621-\u064a]{3,}(?:ي|يه|ية)$")


@lru_cache(maxsize=1)
def _demonyms_with_article() -> frozenset:
    """The knowledge base's nationality adjectives with ال (القطري، الأمريكية), normalised."""
    pats = load_kb().patterns
    return frozenset(w for w in pats.loc[pats["form"] == "demonym", "pattern"].map(normalize)
                     if w.startswith("ال") and " " not in w)


@lru_cache(maxsize=1)
def military_ranks() -> frozenset:
    """Military and police ranks (``military_ranks.txt``: الجنرال، اللواء، العميد)."""
    return _read_words("military_ranks.txt")


def _masculine_present(word: str) -> bool:
    """A normalised word that reads as a present verb with ي (يسبح, 'swims'): four letters or more, no name word
    or first name (يوسف، يحيي، يسري), its form with ت a word of the news text, in a word cluster of hardly any
    names."""
    return (word[:1] == "ي" and len(word) >= 4 and word not in _name_words() and word not in known_first()
            and "ت" + word[1:] in _vocabulary() and _name_likeness().get(word, 1.0) < 0.1)


def _verb_like(word: str) -> bool:
    """A past verb of the news text: its present with ي is a word of the news text too (رحل/يرحل، رحلت)."""
    vocab = _vocabulary()
    return "ي" + word in vocab or (word.endswith("ت") and "ي" + word[:-1] in vocab)


# the speech verbs of person_titles.txt (they leave name spans but name no role)
_SPEECH = frozenset(normalize(w) for w in "قال قالت أضاف أكد صرح أعلن ذكر أوضح يقول تقول يرى".split())


def _foreign_name_word(w: str, titles: frozenset, common: frozenset) -> bool:
    """A normalised word that reads as a foreign name's and as no word of the language: letters, four or more, no
    ال, common word, title, country word or known first name, no verb, no pronoun suffix (تشملهم، جراحتها، أنني), no
    accusative of a word of the news text (تعمدا), no word whose ال form the news text has or whose cluster says it is
    a word (ياغو، أسباس; not مهاجم، يشكل، لاعب، حتى، بزغ)."""
    return (len(w) >= 4 and _ARABIC_WORD.match(w) is not None and not w.startswith("ال") and w not in common
            and not w.endswith(("ها", "هم", "هما", "ني", "نا", "كم")) and not (w.endswith("ا") and w[:-1] in _vocabulary())
            and w not in titles and w not in _country_words() and w not in known_first() and not _verb_like(w)
            and not _language_word(w) and "ال" + w not in _vocabulary()
            and not (w[0] in "وفبلك" and w[1:] in _vocabulary()) and not _masculine_present(w))


# ---------------------------------------------------------------- span hygiene


@lru_cache(maxsize=1)
def _name_likeness() -> dict[str, float]:
    """Word → the share of name words (knowledge base, NER gazetteers) in its word cluster.

    The shipped word clusters (``marsad/data/ner/clusters.tsv.gz``: the words seen
    at least three times in the ANT news text, grouped by their word2vec vectors)
    put first names together (طارق، عصام، وليد: clusters where half the words are
    names) and a proclitic + name elsewhere (لطارق، وعصام: almost no names). A word
    missing here is rare in the news text.
    """
    try:
        from marsad.mentions import ner as ner_mod

        clusters = ner_mod.read_clusters()
        gaz = ner_mod._gazetteers()
    except (FileNotFoundError, AttributeError, ImportError, OSError):
        return {}
    names = set(_kb_people()[3]) | set(gaz.get("per_first", ())) | set(gaz.get("per_last", ()))
    total, hits = Counter(), Counter()
    for w, ids in clusters.items():
        total[ids[1]] += 1
        if w in names:
            hits[ids[1]] += 1
    return {w: hits[ids[1]] / total[ids[1]] for w, ids in clusters.items()}


@lru_cache(maxsize=1)
def _country_words() -> frozenset:
    """The one-word country patterns of the knowledge base, normalised (لومه is Lomé as well as 'his blame')."""
    pats = load_kb().patterns
    return frozenset(w for w in pats["pattern"].map(normalize) if " " not in w)


@lru_cache(maxsize=1)
def known_first() -> frozenset:
    """First names (NER gazetteer and the first words of knowledge-base names): never a surname alone
    across documents, never a nickname. (The given names learned from text, :func:`learned_given_names`, are not
    among them: they open a name only in :func:`learned_name_recognizer`.)"""
    words = {w for _pid, w in _kb_first_names()} | set(given_names())
    try:
        from marsad.mentions import ner as ner_mod

        words.update(ner_mod._gazetteers().get("per_first", ()))
    except (FileNotFoundError, AttributeError, ImportError):
        pass
    return frozenset(words)


def _word_tokens(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, normalised word)`` of each word of ``text``."""
    return [(m.start(), m.end(), normalize(m.group())) for m in _WORD.finditer(text)]


_RELATIVE_PRONOUNS = frozenset(normalize(w) for w in "الذي التي الذين اللذان اللتان".split())

# speech verbs whose subject, right after them and before إن/أن or a colon, is a person (وقال علامة إن)
# (split36p: the old people.py bound _SPEECH_VERBS twice; every function read this, the later binding, so the
# earlier list written for _role_pairs_named_again, with أعلن، ذكر، لفت، كشف، يضيف، رد، أجاب, was never read)
_SPEECH_VERBS = frozenset(normalize(w) for w in (
    "قال قالت أضاف أضافت أكد أكدت أوضح أوضحت تابع تابعت اعتبر اعتبرت أشار أشارت صرح صرحت رأى رأت يقول تقول "
    "يرى ترى").split())
_THAT = frozenset(normalize(w) for w in ("إن", "أن", "بأن"))

# kinship nouns (with a possessive pronoun, a relative named by first name follows: ابني بارون، زوجته ميلانيا;
# not أخ: أخي is also the construct 'brother of', ابنة أخي أوجلان)
_KIN = frozenset(normalize(w) for w in (
    "ابن ابنة ابنت بنت زوج زوجة زوجت شقيق شقيقة شقيقت أخت والد والدة والدت نجل نجلة نجلت "
    "حفيد حفيدة حفيدت خال خالة خالت عم عمة عمت").split())
_KIN_PRONOUNS = ("هما", "هم", "ها", "ه", "ي", "نا", "ك")
# kinship nouns by marriage that take a pronoun too (صهره 'his son-in-law', حماه, نسيبه): with those of _KIN, never a
# name word when a possessive pronoun is glued to them (:func:`_kin_with_pronoun`)
_KIN_IN_LAW = frozenset(normalize(w) for w in "صهر حم نسيب كنة سلف".split())


def _kin_with_pronoun(raw: str) -> bool:
    """A raw word that is a singular kinship noun with a possessive pronoun (ابنه، وصهره، شقيقها، زوجته، نجله، والدي),
    و/ف glued before it or not: a relation, no name (the lead's Iraq probe: بينهم ابنه وصهره was a person)."""
    for w in ((raw, raw[1:]) if raw[:1] in "وف" and len(raw) > 4 else (raw,)):
        for suf in _KIN_PRONOUNS:
            if w.endswith(suf) and len(w) - len(suf) >= 2:
                stem = normalize(w[:-len(suf)])
                if stem in _KIN or stem in _KIN_IN_LAW:
                    return True
    return False


# kinship nouns after ابن/بنت (ابن عم، بنت خال, 'cousin'): no name word after the connector
_KIN_ROOTS = frozenset(normalize(w) for w in "عم عمة خال خالة أخ أخت اخ".split())
# (split36p: the old people.py bound _NEXT_WORD twice; every function read this, the later binding, so the
# earlier one, [ \t]([\u0621-\u064a]{3,})(?![\u0621-\u064a]) beside _ZADEH_AFTER, was never read and is left out)
_NEXT_WORD = re.compile(r"\s*([\u0621-\u064a]+)")
_LAST_WORD = re.compile(r"([^\s\"'«»“”()\[\]{}،,:;؛.!?؟…]+)\s+$")


@lru_cache(maxsize=1)
def _kb_first_names() -> frozenset:
    """``(person id, normalised first word)`` of every knowledge-base full name."""
    kb = load_kb()
    pats = kb.patterns
    pats = pats[(pats["label"] == "person") & ~pats["coref"].astype(bool)]
    return frozenset((pid, normalize(p).split()[0]) for pid, p in zip(pats["id"], pats["pattern"]) if " " in p.strip())


# (split36p: the old people.py bound _PREV_WORD twice; every function read this, the later binding, so the
# earlier one, ([\u0621-\u064a]+)[ \u00a0]+$ before ali_name_recognizer, was never read and is left out)
_PREV_WORD = re.compile(r"(?<![\u0621-\u064a])([\u0621-\u064a]+)[ \t]+$")
