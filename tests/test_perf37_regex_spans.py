"""perf37: a regex search of the people passes behind a cheaper test that gives the same answers.

* ``legal_names.cue_hits`` passes over a text that holds none of the cue phrases' literal stretches
  (``_cue_literals``) before the phrase regex reads it.
"""
from __future__ import annotations

import pytest

from marsad.mentions import legal_names


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
