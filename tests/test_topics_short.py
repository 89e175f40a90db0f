"""Short title rows with no topical evidence (no lexicon term, no country) weigh less in the training texts."""
from __future__ import annotations

import pandas as pd

from marsad.training import topics as topics_train

OPINION = ["نظرية المؤامرة", "إلى أبعد مدى", "ثورة",       # sport-section opinion columns: no evidence in the words
           "ليس كل ما يلمع ذهبا",                       # five words (the twenty-first session: up to six)
           "عندما يتكلم الصمت أكثر من الكلام"]           # six words
INFORMATIVE = ["الفريق يفوز بالمباراة",                       # short, a lexicon term (sports)
               "ماكرون يزور الجزائر",                          # short, names a country
               "رحلة طويلة في ذاكرة المدينة القديمة وأهلها"]  # no term, no country, but more than six words


def test_short_titles_without_lexicon_term_or_country_are_uninformative():
    flags = topics_train.uninformative_titles(OPINION + INFORMATIVE)
    assert flags.tolist() == [True] * len(OPINION) + [False] * len(INFORMATIVE)
    assert not topics_train.uninformative_titles(OPINION, max_words=0).any()
    assert topics_train.uninformative_titles([]).tolist() == []
    assert topics_train.SHORT_TITLE_WORDS == 6
    # the eighteenth session's four-word rule marks only the first three
    assert topics_train.uninformative_titles(OPINION, max_words=4).tolist() == [True] * 3 + [False] * 2


def _heads(titles):
    return pd.DataFrame({
        "source": "Alarabia", "cat": "sport", "title": titles, "date": "", "path": [f"p{k}" for k in range(len(titles))],
        "lead": [f"كتب المحرر الرياضي عن المباراة الأخيرة للمنتخب رقم {k}." for k in range(len(titles))]})


def test_training_set_down_weights_their_title_rows_and_keeps_their_leads():
    titles = OPINION + INFORMATIVE
    data = topics_train.training_set(None, headlines=_heads(titles), lexicon_weight=0, national_weight=0)
    rows = data[data["kind"] == "title"].set_index("title")["weight"]
    assert set(rows.index) == set(titles)
    assert topics_train.SHORT_TITLE_WEIGHT == topics_train.BODY_WEIGHT < 1.0
    assert rows[OPINION].tolist() == [topics_train.SHORT_TITLE_WEIGHT] * len(OPINION)
    assert rows[INFORMATIVE].tolist() == [1.0] * len(INFORMATIVE)
    assert (data["kind"] == "lead").sum() == len(titles)
    assert (data.loc[data["kind"] == "lead", "weight"] == 0.5).all()


def test_weight_zero_leaves_their_title_rows_out(monkeypatch):
    monkeypatch.setattr(topics_train, "SHORT_TITLE_WEIGHT", 0.0)
    titles = OPINION + INFORMATIVE
    data = topics_train.training_set(None, headlines=_heads(titles), lexicon_weight=0, national_weight=0)
    assert set(data.loc[data["kind"] == "title", "title"]) == set(INFORMATIVE)
    assert (data["kind"] == "lead").sum() == len(titles)
