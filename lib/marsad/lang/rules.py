"""Arabic language rules in one place: proclitics, sentence splitting, word lists, section roles.

Every module that needs one of these rules imports it from here; the word lists are data files in
``marsad/data/lang/`` (see its README). All patterns work on *normalised* text
(:func:`marsad.lang.text.normalize`), where offsets are those of the normalised string.
"""
from __future__ import annotations

import re
from functools import lru_cache

from marsad.lang.text import normalize
from marsad.resources import data_path

__all__ = [
    "PROCLITIC_LETTERS", "PROCLITICS", "PROCLITIC_PREFIX", "strip_proclitics",
    "SENTENCE_END", "SENTENCE_END_TOKENS", "sentence_spans", "sentence_index", "sentence_around",
    "word_list", "anaphors", "future_words", "negation_words", "words_regex",
    "STANDALONE_SECTIONS", "ARTICLE_SECTIONS", "is_related_link",
]

# ------------------------------------------------------------------ clitics
# The one-letter proclitics: conjunctions و ف, prepositions ب ل ك.
PROCLITIC_LETTERS = "وفبلك"
# Proclitic chains that can be stripped from the front of a word, longest first: conjunction, then
# preposition, then the article (ل + ال is written لل).
PROCLITICS = ("وبال", "وال", "بال", "كال", "فال", "لل", "ال", "وب", "ول", "فب", "فل", "و", "ف", "ب", "ل", "ك")
# A regex prefix for a word that may carry up to two one-letter proclitics (وب، فل …), the article not included.
PROCLITIC_PREFIX = r"(?<![\w])[وفبلك]{0,2}"


def strip_proclitics(word: str, *, chains: tuple[str, ...] = PROCLITICS, min_stem: int = 2) -> str:
    """Return ``word`` without its longest proclitic chain, keeping at least ``min_stem`` letters.

    Args:
        word: a normalised word.
        chains: the chains to try, longest first (default :data:`PROCLITICS`).
        min_stem: the stem left must have at least this many letters (وزير is not و + زير … unless long enough).
    """
    for p in chains:
        if word.startswith(p) and len(word) - len(p) >= min_stem:
            return word[len(p):]
    return word


# ------------------------------------------------------------------ sentences
# A sentence ends at . ؟ ? ! ؛ or a newline. A period between two digits (3.5) does not end one, nor a
# period after a single Latin capital (the U. and S. of "U.S.", "U.N.").
SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?:(?<!\d)\.|\.(?!\d))|[؟?!؛\n]")
# Tokens that end a sentence in a tokenised text (NER input).
SENTENCE_END_TOKENS = frozenset({".", "؟", "?", "!", "…"})


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` spans of the sentences of ``text[start:end]`` (end marks included).

    Spans of one character or less (a stray mark) are dropped.
    """
    end = len(text) if end is None else end
    spans, lo = [], start
    for m in SENTENCE_END.finditer(text, start, end):
        if m.end() - lo > 1:
            spans.append((lo, m.end()))
        lo = m.end()
    if end - lo > 1:
        spans.append((lo, end))
    return spans


def sentence_index(text: str, pos: int) -> int:
    """Return the number of sentence ends before ``pos`` (the sentence number of ``pos``)."""
    return len(SENTENCE_END.findall(text, 0, pos))


def sentence_around(text: str, pos: int) -> tuple[int, int]:
    """Return the span of the sentence holding ``pos`` (without its end mark)."""
    lo = 0
    for m in SENTENCE_END.finditer(text, 0, pos):
        lo = m.end()
    m = SENTENCE_END.search(text, pos)
    return lo, (m.start() if m else len(text))


# ------------------------------------------------------------------ word lists (data files)
@lru_cache(maxsize=None)
def word_list(name: str) -> tuple[str, ...]:
    """Return the words of ``marsad/data/lang/<name>.txt`` (comments and blank lines skipped), in file order."""
    path = data_path("lang", f"{name}.txt")
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.append(line)
    return tuple(words)


def anaphors() -> tuple[str, ...]:
    """Words pointing back to a time already named ("then", "at that time")."""
    return word_list("anaphors")


def future_words() -> tuple[str, ...]:
    """Future particles, "scheduled/intends" and future-tense verbs."""
    return word_list("future")


def negation_words() -> tuple[str, ...]:
    """Negation particles and refusal verbs."""
    return word_list("negation")


@lru_cache(maxsize=1)
def _related_link() -> re.Pattern:
    # quotation marks, an opener, then a separator (':', '-', '–', '|', '،', '...', '…') or the end of the line
    words = (r"\s+".join(map(re.escape, w.split())) for w in word_list("related_links"))
    return re.compile(r"[\s\"«“]*(?:" + "|".join(words) + r")\s*(?:[:\-–|…،,]|\.\.|$)")


def is_related_link(line: str, *, normalized: bool = False) -> bool:
    """Whether ``line`` is a related-article link ("للمزيد: <another story's headline>", "اقرأ أيضا| ..."):
    the headline of another story, not this article's text (openers in ``data/lang/related_links.txt``).
    ``normalized``: ``line`` is already :func:`~marsad.lang.text.normalize`d (a caller that has it saves the work)."""
    return bool(_related_link().match(line if normalized else normalize(line)))


def words_regex(words, *, left: str = r"(?<![\w])", right: str = r"(?![\w])") -> str:
    """Return an alternation matching any of ``words`` as a whole word (longest first)."""
    alt = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return f"{left}(?:{alt}){right}"


# ------------------------------------------------------------------ section roles
# Sections whose segments stand alone: a ticker headline or a related-article link is its own unit, so
# coreference and context never cross from one to the next.
STANDALONE_SECTIONS = frozenset({"ticker", "related"})
# Sections that belong to the article's own text.
ARTICLE_SECTIONS = ("title", "paragraph", "subheading", "caption", "related")
