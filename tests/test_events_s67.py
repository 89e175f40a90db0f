"""The learned event detector (session 67, events67): shipped weights, deterministic training, composed sentences."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from conftest import learned_training_examples, no_event_rows, paragraphs_corpus
from marsad.events import learned


def test_the_model_loads_from_package_data():
    model = learned.load_model()
    assert len(model.vocab) > 1000
    assert model.arrays["det_w"].shape == (len(model.vocab),)
    assert model.arrays["root_w"].shape[0] == len(model.vocab)
    assert 0 < model.threshold <= 1
    assert "04" in model.meta["root_code"]


def test_candidates_read_both_directions_and_need_both_sides():
    cands = learned.candidates("وصل الرئيس الروسي فلاديمير بوتين إلى بيونغ يانغ. وقال كيم إن الطقس جميل.",
                               focus="RU", partner="KP")
    assert {(c["source"], c["target"]) for c in cands} == {("RU", "KP"), ("KP", "RU")}
    assert all("بيونغ" in c["sentence"] for c in cands)


def test_training_is_deterministic():
    from marsad.training.events_learn import fit

    a, b = fit(learned_training_examples()), fit(learned_training_examples())
    assert a.vocab == b.vocab
    for k in a.arrays:
        assert np.array_equal(a.arrays[k], b.arrays[k]), k


def test_a_clear_act_gets_a_row_and_a_list_does_not():
    rows = learned.learned_events(paragraphs_corpus([
        "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الفيتنامي في موسكو.",
    ]), no_event_rows(), focus="RU", partners=("VN",))
    assert len(rows) == 1
    assert (rows.iloc[0]["source"], rows.iloc[0]["target"]) == ("RU", "VN")
    assert rows.iloc[0]["kind"] == "event" and rows.iloc[0]["cameo_code"].startswith("04")
    listed = learned.learned_events(paragraphs_corpus([
        "وقالت الولايات المتحدة إن الصين وروسيا وإيران وفيتنام وكوريا الشمالية دول تنتهك حقوق الإنسان.",
    ]), no_event_rows(), focus="RU", partners=("VN",), threshold=0.5)  # not even at half the shipped threshold
    assert len(listed) == 0


def test_the_rules_covered_sentence_gets_no_second_row():
    text = "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الفيتنامي في موسكو."
    from marsad.events.extract import EVENT_COLUMNS

    rules = pd.DataFrame([{**{c: None for c in EVENT_COLUMNS}, "kind": "event", "doc_id": "d1", "source": "RU",
                           "target": "VN", "cameo_code": "042", "sentence": text}])
    assert len(learned.learned_events(paragraphs_corpus([text]), rules, focus="RU", partners=("VN",))) == 0


def test_extract_events_adds_the_learned_rows_by_default_and_not_when_told(monkeypatch):
    """``extract_events(learned=True)`` (the events stage's ``learned`` option, on by default since session 76)
    appends the detector's rows once per call, after the per-pair passes, and before the merge; with
    ``learned=False`` the detector is never called."""
    from marsad.events import extract_events
    from marsad.events.extract import EVENT_COLUMNS

    calls = []

    def fake(corpus, rules, *, focus, partners, **_):
        calls.append((focus, tuple(partners)))
        row = {**{c: None for c in EVENT_COLUMNS}, "kind": "event", "doc_id": "d1", "position": 0, "start": 0,
               "source": "RU", "target": "VN", "cameo_code": "042", "sentence": "x", "status": "reported"}
        return pd.DataFrame([row], columns=EVENT_COLUMNS)

    monkeypatch.setattr(learned, "learned_events", fake)
    corpus = paragraphs_corpus(["قال المتحدث إن الطقس كان جميلا."])
    assert len(extract_events(corpus, focus="RU", partners=("KP", "VN"), merge=False, learned=False)) == 0
    assert not calls
    rows = extract_events(corpus, focus="RU", partners=("KP", "VN"), merge=False)
    assert calls == [("RU", ("KP", "VN"))]  # once for both partners, not once per partner pass
    assert list(zip(rows["source"], rows["target"], rows["cameo_code"])) == [("RU", "VN", "042")]
    calls.clear()
    assert len(extract_events(corpus, focus="RU", partners=("VN",), merge=False, learned=True)) == 1
    assert calls == [("RU", ("VN",))]
