"""perf37: two regex searches of the people passes replaced by cheaper reads that give the same answers.

* ``respelled_first_names._word_before`` reads backwards the span ``_WORD_BEFORE.search(text, max(0, s0 - 40), s0)``
  finds (the regex is tried at each of the 40 places before the row).
* ``legal_names.cue_hits`` passes over a text that holds none of the cue phrases' literal stretches
  (``_cue_literals``) before the phrase regex reads it.
"""
from __future__ import annotations

import random

import pytest

from marsad.mentions import legal_names
from marsad.mentions.respelled_first_names import _WORD_BEFORE, _word_before


def _regex_span(text: str, s0: int):
    m = _WORD_BEFORE.search(text, max(0, s0 - 40), s0)
    return m.span(1) if m else None


@pytest.mark.parametrize("text, s0, want", [
    ("قال غابرييل جيسوس", 12, (4, 11)),  # the word right before the surname
    ("قال غابرييل\tجيسوس", 12, None),  # a tab is no space for the regex
    ("قال يا جيسوس", 7, None),  # two letters
    ("قال غابرييل \nجيسوس", 13, (4, 11)),  # $ before a last line break, a space before it
    ("قال غابرييل\nجيسوس", 12, None),  # a line break alone
    ("ڤابرييل پيتر", 8, (0, 7)),  # ڤ and پ are letters of the class
    ("غابرـييل جيسوس", 9, (0, 8)),  # tatweel is in U+0621-U+064A
    ("غابرِييل جيسوس", 9, (5, 8)),  # a diacritic is not: the word starts after it
    ("س" * 45 + " جيسوس", 46, None),  # the word starts before the window: the lookbehind sees the letter before it
    ("ا " + "س" * 38 + " جيسوس", 41, (2, 40)),  # the word starts right at the window's start, a space before it
    (" جيسوس", 1, None),
    ("", 0, None),
])
def test_the_word_before_is_the_regex_span(text, s0, want):
    assert _regex_span(text, s0) == want  # (the cases are the regex's own answers)
    assert _word_before(text, s0) == want


def test_the_word_before_agrees_with_the_regex_on_random_texts():
    rng = random.Random(37)
    short = ["ب", "ج", "ا", "ء", "ي", "پ", "ڤ", " ", " ", " ", "\n", "\t", "a", ".", "\u064b", "ـ", "\u00a0"]
    long_words = ["ب", "ج", "ا", " "]  # (runs of letters longer than the window)
    found = 0
    for _ in range(3000):
        alpha = short if rng.random() < 0.7 else long_words
        text = "".join(rng.choice(alpha) for _ in range(rng.randint(0, 90)))
        for s0 in range(len(text) + 1):
            want = _regex_span(text, s0)
            assert _word_before(text, s0) == want, (text, s0)
            found += want is not None
    assert found > 1000  # (the texts do hold words before the places read)


def _every_cue(texts):
    """What cue_hits gives without the literal test: the phrase regex on every text holding سم."""
    pat, phrase = legal_names.cue_pattern(), legal_names._cue_phrase()
    return [(k, m.span()) for k, t in enumerate(texts) if t and "سم" in t and phrase.search(t)
            for m in pat.finditer(t)]


def test_every_cue_phrase_holds_its_literal_stretch():
    if legal_names.cue_pattern() is None:
        pytest.skip("no cue file")
    lits = legal_names._cue_literals()
    assert lits and all(lits)
    phrase = legal_names._cue_phrase()
    for line in legal_names._cue_lines():
        # each phrase as written, and with the loose letters the regex allows in their other forms
        for text in (line, line.replace("ا", "إ").replace("ي", "ى").replace("ة", "ه"),
                     line.replace("ا", "أ").replace(" ", " \t ")):
            assert phrase.search(text), text
            assert any(lit in text for lit in lits), text


def test_cue_hits_with_the_literal_test_are_those_without_it():
    if legal_names.cue_pattern() is None:
        pytest.skip("no cue file")
    texts = ["مديحة يسرى، واسمها الحقيقي غنيمة حبيب خليل",
             "وسام رضا إسماعيل الشهيرة باسم #زينة",
             "الفنان المعروف بإسم عادل إمام",  # (loose alef)
             "إسمه الحقيقى محمد",  # (loose alef and ya)
             "الموسم الرسمي للدوري",  # سم without a cue phrase
             "رسمه الفنان على الجدار",  # a literal stretch (سمه) without a cue phrase
             "المشهور باسمه",  # لشه without a cue phrase
             "", "قال الوزير"]
    got = [(k, m.span()) for k, m in legal_names.cue_hits(texts)]
    assert got == _every_cue(texts)
    assert [k for k, _s in got] == [0, 1, 2, 3]
    # and in the segments given alone
    assert [(k, m.span()) for k, m in legal_names.cue_hits(texts, [1, 4, 5])] == [x for x in got if x[0] == 1]


def test_the_literals_come_from_the_phrases_without_their_loose_letters(monkeypatch):
    monkeypatch.setattr(legal_names, "_cue_lines", lambda: ("اسمه الحقيقي", "المعروفة باسم", "ي ا"))
    legal_names._cue_literals.cache_clear()
    try:
        # (ا ي ة are loose: the longest stretch without them; a phrase of loose letters only has none, and then every
        # text passes the test)
        assert legal_names._cue_literals() == ("سمه", "لمعروف", "")
    finally:
        legal_names._cue_literals.cache_clear()
