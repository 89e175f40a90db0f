"""Session 98 (events98): the time-travel harness's fixed training cut (``events_travel --train-before``), used to
judge a retrain of the learned detector with the newest development parts against the shipped weights' data."""
import inspect

import pytest

from marsad.training import events_eval as ee
from marsad.training import events_learn as el
from marsad.training import events_travel as tr


def test_own_cut_is_the_splits_before_the_part():
    s = tr.train_splits("s45-mix")
    assert s[-1] == "s44-mix" and "s45-mix" not in s
    assert tr.train_splits("s44-mix")[-1] == "s43-mix"
    # a part drawn blind together with another: cut at the group's first split
    assert tr.train_splits("s38-mix")[-1] == "s36-mix"


def test_fixed_cut_trains_on_the_shipped_weights_data_only():
    s = tr.train_splits("s45-mix", before="s42-mix")
    assert s[-1] == "s41-mix" and len(s) == list(ee.SPLITS).index("s42-mix")
    assert not {"s42-mix", "s43-mix", "s44-mix", "s45-mix"} & set(s)
    assert tr.train_splits("s44-mix", before="s44-mix") == tr.train_splits("s44-mix")


def test_fixed_cut_may_not_reach_the_part():
    # counter-example: a cut after the part would train on the part itself
    with pytest.raises(ValueError):
        tr.train_splits("s44-mix", before="s45-mix")


def test_training_never_reads_a_blind_split():
    assert not set(ee.BLIND) & set(ee.SPLITS)
    assert inspect.signature(el.collect).parameters["splits"].default == ee.SPLITS
    for part in tr.PARTS:
        assert not set(ee.BLIND) & set(tr.train_splits(part))
