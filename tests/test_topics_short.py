"""Short title rows with no topical evidence (no lexicon term, no country) are left out of the training texts."""
from __future__ import annotations

import pandas as pd

from marsad.training import topics as topics_train

OPINION = ["نظرية المؤامرة", "إلى أبعد مدى", "ثورة"]          # sport-section opinion columns: no evidence in the words
INFORMATIVE = ["الفريق يفوز بالمباراة",                       # short, a lexicon term (sports)
               "ماكرون يزور الجزائر",                          # short, names a country
               "رحلة طويلة في ذاكرة المدينة القديمة وأهلها"]  # no term, no country, but more than four words


def test_short_titles_without_lexicon_term_or_country_are_uninformative():
    flags = topics_train.uninformative_titles(OPINION + INFORMATIVE)
    assert flags.tolist() == [True] * len(OPINION) + [False] * len(INFORMATIVE)
    assert not topics_train.uninformative_titles(OPINION, max_words=0).any()
    assert topics_train.uninformative_titles([]).tolist() == []


def test_training_set_leaves_out_their_title_rows_and_keeps_their_leads():
    titles = OPINION + INFORMATIVE
    heads = pd.DataFrame({
        "source": "Alarabia", "cat": "sport", "title": titles, "date": "", "path": [f"p{k}" for k in range(len(titles))],
        "lead": [f"كتب المحرر الرياضي عن المباراة الأخيرة للمنتخب رقم {k}." for k in range(len(titles))]})
    data = topics_train.training_set(None, headlines=heads, lexicon_weight=0, national_weight=0)
    kept = set(data.loc[data["kind"] == "title", "title"])
    assert kept == set(INFORMATIVE)
    assert (data["kind"] == "lead").sum() == len(titles)
