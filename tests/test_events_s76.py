"""Session 76 (events76): the learned detector judged by time travel on past blind parts; a part is never trained on
itself, on a part blind together with it, or on a later part; the decision's measures from two score dicts."""
from __future__ import annotations

from marsad.training import events_eval as ee
from marsad.training import events_travel as tt


def test_a_part_is_trained_only_on_the_splits_that_existed_before_it():
    splits = list(ee.SPLITS)
    for part, (_, first_out) in tt.PARTS.items():
        train = tt.train_splits(part)
        assert part not in train and first_out not in train
        assert all(splits.index(s) < splits.index(part) for s in train)
        assert train == splits[:len(train)] and len(train) >= 30
    # parts drawn and scored blind together: neither trains on the other
    assert "s37-mix" not in tt.train_splits("s38-mix") and "s33-mix" not in tt.train_splits("s34-mix")
    assert tt.train_splits("s41-mix")[-1] == "s40-mix"
    assert set(tt.DECIDING) <= set(tt.PARTS)


def _row(system, p, gold, r_actors, r_date, neg):
    return {"system": system, "P_actors": p / system if system else float("nan"), "gold": gold,
            "R_actors": r_actors / gold, "R_date": r_date / gold, "negatives_hit": neg, "negatives": 20}


def test_the_pooled_decision_reads_added_rows_and_no_event_hits():
    res = {"a": {"rules": _row(10, 9, 20, 10, 5, 1), "learned": _row(14, 13, 20, 13, 6, 2)},
           "b": {"rules": _row(5, 5, 30, 4, 2, 0), "learned": _row(6, 5, 30, 4, 2, 1)}}
    tot = tt.pooled(res, ["a", "b"])
    assert tot["added_rows"] == 5 and tot["added_right"] == 4 and abs(tot["added_precision"] - 0.8) < 1e-9
    assert abs(tot["gain_akd"] - 1 / 50) < 1e-9 and tot["max_neg_rise"] == 1
    assert not tot["on"]  # precision 0.80 < 0.85
    res["b"]["learned"] = _row(5, 5, 30, 4, 2, 0)
    assert tt.pooled(res, ["a", "b"])["on"]  # 4 of 4 added rows right, +1/50 R a+k+d
    res["a"]["learned"] = _row(14, 13, 20, 13, 6, 4)
    assert not tt.pooled(res, ["a", "b"])["on"]  # a part's no-event hits rise by 3
    res["a"]["learned"] = res["a"]["rules"]
    assert not tt.pooled(res, ["a", "b"])["on"]  # nothing added
