"""audit41: the reports read as an analyst on Al Arabiya's 2018 articles naming Russia with China or Iran, a week of
Jawhara FM and the seed as a first-time user runs it.

* a ticker headline repeated with a full stop added, a letter form changed or one character updated counted twice
  in the topic mix (repeats were matched by exact text): :func:`marsad.query.headline_key` and one edit for long ones;
* in the shares mode of the topic mix over time a month of a handful of headlines was a bar as solid as a month of a
  thousand: such months are drawn pale with their count above them, and the caption says so.
"""
from __future__ import annotations

import pandas as pd

from marsad.charts import topics as tc
from marsad.query import headline_key, repeated_headlines


def _ticker(texts, sources=None, docs=None):
    n = len(texts)
    return pd.DataFrame({"doc_id": docs or ["p1"] * n, "section": "ticker", "position": list(range(n)),
                         "text": texts, "duplicate_of": pd.array([None] * n, dtype="Int64"),
                         "source": sources or ["alarabiya"] * n, "published": pd.NaT,
                         "topic": "world", "confidence": 0.9})


def test_a_ticker_repeat_with_punctuation_or_letter_forms_changed_counts_once():
    heads = _ticker(["روسيا والصين توقعان اتفاقا للطاقة", "روسيا والصين توقعان اتفاقاً للطاقة.",
                     "«روسيا والصين» توقعان اتفاقا للطاقة", "روسيا و الصين توقعان إتفاقا للطاقة"])
    assert repeated_headlines(heads).tolist() == [False, True, True, True]
    assert headline_key("«روسيا والصين» توقعان اتفاقاً للطاقة.") == headline_key("روسيا والصين توقعان اتفاقا للطاقة")


def test_a_long_ticker_headline_updated_by_one_character_counts_once_on_a_later_capture():
    heads = _ticker(["ارتفاع حصيلة ضحايا الزلزال في إيران إلى 12 قتيلا", "أمطار غزيرة في الرباط",
                     "ارتفاع حصيلة ضحايا الزلزال في إيران إلى 13 قتيلا"], docs=["p1", "p1", "p2"])
    assert repeated_headlines(heads).tolist() == [False, False, True]


def test_short_headlines_one_character_apart_are_two_headlines():
    # two goals, not one headline updated: under NEAR_REPEAT_MIN characters only the same words repeat
    heads = _ticker(["هدف في الدقيقة 90", "هدف في الدقيقة 80", "هدف في الدقيقة 90!"])
    assert repeated_headlines(heads).tolist() == [False, False, True]


def test_headlines_two_edits_apart_or_from_another_outlet_count():
    heads = _ticker(["بوتين يستقبل الرئيس الصيني في موسكو", "بوتين يستقبل الرئيس الإيراني في موسكو",
                     "بوتين يستقبل الرئيس الصيني في موسكو."], sources=["alarabiya", "alarabiya", "cnn"])
    assert repeated_headlines(heads).tolist() == [False, False, False]
    # and a title is matched by its story, never by its words (a daily bulletin counts each day)
    titles = _ticker(["طقس اليوم الخميس", "طقس اليوم الخميس."], docs=["j1", "j2"]).assign(section="title")
    assert not repeated_headlines(titles, pd.DataFrame({"doc_id": [], "story_id": []})).any()
