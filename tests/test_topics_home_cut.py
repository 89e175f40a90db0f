"""A national outlet's headlines are read with its home country's mentions cut out (``classifier.HOME_CUT``)."""
from __future__ import annotations

import numpy as np

from marsad.topics import classifier
from marsad.topics.classifier import classify_headlines, prepare, without_home_country


def _cut(texts, home):
    return without_home_country([prepare(t) for t in texts], home)


def test_home_country_names_and_demonyms_are_cut():
    got = _cut(["البرلمان التونسي يصادق على قانون المالية", "وزير الداخلية يزور تونس العاصمة",
                "رئيس الحكومة المغربية يستقبل وفدا"], "TN")
    assert got[0] == prepare("البرلمان يصادق على قانون المالية")
    assert "تونس" not in got[1] and got[1].startswith(prepare("وزير الداخلية يزور"))
    assert got[2] == prepare("رئيس الحكومة المغربية يستقبل وفدا")  # another country: kept


def test_other_countries_stop_phrases_and_no_home_are_kept():
    texts = ["مباحثات تونسية جزائرية حول الحدود", "الخطوط التونسية تلغي رحلاتها"]
    got = _cut(texts, "TN")
    assert prepare("جزائرية") in got[0] and prepare("تونسية") not in got[0]
    assert got[1] == prepare("الخطوط التونسية تلغي رحلاتها")  # the airline is a stop phrase, not Tunisia
    assert _cut(texts, None) == [prepare(t) for t in texts]
    assert _cut(["الشرطة المغربية تفكك شبكة"], ["MA"]) == [prepare("الشرطة تفكك شبكة")]  # one home per text


def test_classify_headlines_reads_the_cut_text_with_a_home_country(monkeypatch):
    named, plain = "البرلمان المغربي يصادق على قانون المالية", "البرلمان يصادق على قانون المالية"
    with_name = classify_headlines([named], home_country="MA")
    without = classify_headlines([plain], home_country="MA")
    assert with_name["best_topic"].tolist() == without["best_topic"].tolist()
    assert np.isclose(with_name["confidence"].iloc[0], without["confidence"].iloc[0])
    monkeypatch.setattr(classifier, "HOME_CUT", False)  # the eighteenth session's reading: the name is read
    whole = classify_headlines([named], home_country="MA")
    assert not np.isclose(whole["confidence"].iloc[0], without["confidence"].iloc[0])
    # no home country: nothing is cut, the demonym makes it foreign news
    assert not np.isclose(classify_headlines([named])["confidence"].iloc[0], without["confidence"].iloc[0])
