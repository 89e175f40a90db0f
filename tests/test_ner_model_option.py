"""The ``mentions`` stage's ``ner_model`` option: the shipped CRF with its neural scorer, or the CRF alone."""
from __future__ import annotations

import pytest

from marsad.mentions import ner
from marsad.mentions.pipeline import find_mentions

TEXT = "وقال المحلل السياسي كريم بن سالم الزغلامي إن الحكومة ستعلن قرارها غدا."


def test_crf_only_model_has_no_neural_scorer():
    full, crf = ner.load_model(), ner.load_model(neural=False)
    assert crf is not full
    assert crf.neural is None and crf.neural_weight == 0.0
    if full.neural is not None:  # the shipped model attaches one: its transitions differ from the CRF's
        assert (full.trans != crf.trans).any()
    assert (crf.trans == crf.crf_trans).all()


@pytest.mark.parametrize("model", ["full", "crf"])
def test_both_models_find_an_unknown_person(model):
    found = find_mentions(TEXT, ner_model=model)
    people = found[found.entity_type == "person"]
    assert any("الزغلامي" in s for s in people.surface), people


def test_unknown_model_is_refused():
    with pytest.raises(ValueError, match="unknown ner_model 'cnn'"):
        find_mentions(TEXT, ner_model="cnn")
