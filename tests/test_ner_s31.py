"""Session 31 (ner31): evaluate's name of the attached neural scorer, one scorer or the mean of several."""
from types import SimpleNamespace as NS

from marsad.training.ner import neural_description


def test_one_scorer_is_named_by_its_kind_and_file():
    cnn = NS(encoder="cnn", path="/x/anercorp-cnn.npz")
    got = neural_description(cnn, 1.0)
    assert got.startswith("1 × the label and transition scores of a convolutional CRF tagger (`anercorp-cnn.npz`: ")


def test_a_mean_of_scorers_is_named_with_every_file():
    mean = NS(taggers=[NS(encoder="bilstm", path="/x/a.npz"), NS(encoder="bilstm", path="/x/b.npz")], path="a.npz|b.npz")
    got = neural_description(mean, 1.5)
    assert got.startswith("1.5 × the label and transition scores of the mean of 2 scorers (a BiLSTM-CRF each) "
                          "(`a.npz`, `b.npz`: ")
