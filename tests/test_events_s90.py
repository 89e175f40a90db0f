"""Session 90 (events90): silver training examples for the learned detector (:mod:`marsad.training.events_silver`):
candidates of unannotated news labelled by the rules' rows, the settings' examples, weighted fits and the time
travel's criterion over the gold-only model. Composed sentences and tables."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from conftest import learned_training_examples
from marsad.events import learned
from marsad.training import events_learn as el
from marsad.training import events_silver as es
from marsad.training import events_travel as tt

# Egypt's foreign minister received his Sudanese counterpart in Cairo; then a list sentence of both
MEET = "استقبل وزير الخارجية المصري نظيره السوداني في القاهرة يوم الأحد"
LIST = "ذكر التقرير مصر والسودان وليبيا بين الدول الأكثر تضررا من الجفاف"


def _cands(sentence, focus="EG", partner="SD"):
    return learned.candidates(sentence, focus=focus, partner=partner)


def _table(rows):
    cols = ["kind", "source", "target", "cameo_code", "status", "symmetric", "sentence"]
    return pd.DataFrame([dict(zip(cols, r)) for r in rows], columns=cols)


def test_the_rules_row_direction_is_the_positive_and_the_other_direction_a_negative():
    table = _table([("event", "EG", "SD", "042", "reported", 0, MEET)])
    got = {c["source"]: es.label(c, table) for c in _cands(MEET)}
    assert got["EG"] == ("pos", "04", "reported")
    assert got["SD"] == ("N1", "", "")


def test_a_symmetric_rules_row_leaves_the_other_direction_out():
    table = _table([("event", "SD", "EG", "043", "reported", 1, MEET)])
    got = {c["source"]: es.label(c, table)[0] for c in _cands(MEET)}
    assert got == {"SD": "pos", "EG": None}


def test_a_document_without_a_row_of_the_pair_gives_negatives_and_one_with_rows_elsewhere_leaves_it_out():
    assert {es.label(c, _table([]))[0] for c in _cands(LIST)} == {"N2"}
    elsewhere = _table([("event", "EG", "SD", "042", "reported", 0, MEET)])
    assert {es.label(c, elsewhere)[0] for c in _cands(LIST)} == {None}
    # a background row of the pair is no event row: the document still has none
    background = _table([("background", "EG", "SD", "", "", 0, LIST)])
    assert {es.label(c, background)[0] for c in _cands(LIST)} == {"N2"}


def test_a_row_of_another_pair_is_no_row_of_this_pair():
    table = _table([("event", "EG", "LY", "042", "reported", 0, LIST)])
    assert {es.label(c, table)[0] for c in _cands(LIST)} == {"N2"}


def test_a_setting_keeps_the_positives_and_asks_for_the_negatives():
    silver = [{"silver": k, "y": None, "split": "silver"} for k in ("pos", "N1", "N2", None)]
    pos = es.examples(silver, weight=0.3)
    assert [(e["silver"], e["y"], e["w"]) for e in pos] == [("pos", 1, 0.3)]
    both = es.examples(silver, weight=1.0, negatives=True)
    assert [(e["silver"], e["y"]) for e in both] == [("pos", 1), ("N1", 0), ("N2", 0)]
    assert silver[0]["y"] is None  # the silver set itself is not changed


def test_weight_one_fits_the_same_model_as_no_weight_and_a_weight_moves_it():
    ex = learned_training_examples()
    plain = el.fit(ex)
    ones = el.fit([{**e, "w": 1.0} for e in ex])
    for k in plain.arrays:
        assert np.array_equal(plain.arrays[k], ones.arrays[k])
    light = el.fit([{**e, "w": 0.3 if e["split"] == "s0" else 1.0} for e in ex])
    assert not np.allclose(plain.arrays["det_w"], light.arrays["det_w"])


def test_silver_counts_are_recorded_in_the_meta():
    ex = learned_training_examples()
    silver = [{**e, "split": "silver", "w": 0.3} for e in ex if e["split"] == "s0"]
    model = el.fit([e for e in ex if e["split"] != "s0"] + silver)
    assert model.meta["counts"]["silver"]["weight"] == 0.3
    assert model.meta["counts"]["silver"]["candidates"] == len([e for e in silver if e["y"] is not None])


def test_a_weighted_fit_of_many_roots_is_one_vs_rest():
    ex = learned_training_examples()
    model = el.fit([{**e, "w": 0.5} for e in ex])
    assert list(model.arrays["root_classes"]) == ["04", "05", "16"]
    c = next(c for c in learned.candidates("فرضت روسيا عقوبات على فيتنام", focus="RU", partner="VN")
             if c["source"] == "RU")
    assert model.scores(learned.features(c))[1] == "16"


def test_the_pool_leaves_out_gold_and_excluded_documents(tmp_path):
    from marsad.training import events_eval as ee

    docs, _, _, _ = ee.load_gold()
    gold = next(d for d in docs if d["path"].startswith("ant-v2.1-multisource/CNN/"))
    for name in (gold["path"], "ant-v2.1-multisource/CNN/politics/CNN-politics-1-20180101.txt",
                 "ant-v2.1-multisource/CNN/politics/CNN-politics-2-20180101.txt",
                 "ant-v1.1-jawharafm/politic/JA-politic-1-20170101.txt",
                 "ant-v1.1-jawharafm/sport/JA-sport-1-20170101.txt"):
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x", encoding="utf-8")
    got = es.pool(tmp_path, exclude={"CNN-politics-2-20180101"})
    assert sorted(got) == ["ant-v1.1-jawharafm/politic/JA-politic-1-20170101.txt",
                           "ant-v2.1-multisource/CNN/politics/CNN-politics-1-20180101.txt"]
    assert got == es.pool(tmp_path, exclude={"CNN-politics-2-20180101"})  # seeded order


def _result(rules, learned_):
    """A travel result with the counts :func:`events_travel.pooled` reads (P/R as counts over 10 gold)."""
    def score(system, right, akd, hits):
        return {"system": system, "gold": 10, "P_actors": right / system if system else float("nan"),
                "R_actors": right / 10, "R_date": akd / 10, "negatives_hit": hits, "negatives": 20}
    return {"rules": score(*rules), "learned": score(*learned_)}


def test_the_criterion_needs_two_more_rows_over_the_gold_only_model_and_precise_rows():
    parts = ("a", "b")
    base = {"a": _result((5, 4, 2, 1), (6, 5, 3, 1)), "b": _result((5, 4, 2, 1), (5, 4, 2, 1))}
    good = {"a": _result((5, 4, 2, 1), (7, 6, 4, 1)), "b": _result((5, 4, 2, 1), (6, 5, 3, 1))}
    one = {"a": _result((5, 4, 2, 1), (7, 6, 4, 1)), "b": _result((5, 4, 2, 1), (5, 4, 2, 1))}
    noisy = {"a": _result((5, 4, 2, 1), (10, 7, 4, 1)), "b": _result((5, 4, 2, 1), (8, 5, 3, 1))}
    hits = {"a": _result((5, 4, 2, 1), (7, 6, 4, 4)), "b": _result((5, 4, 2, 1), (6, 5, 3, 1))}
    best, table = tt.choose_over_baseline({(0.3, False): good, (1.0, False): one, (0.3, True): noisy,
                                           (1.0, True): hits}, base, parts)
    assert best == (0.3, False)
    assert table[(0.3, False)]["gain"] == 2 and table[(1.0, False)]["gain"] == 1
    assert not table[(0.3, True)]["eligible"]  # 5 net rows, 2 actor-right
    assert not table[(1.0, True)]["eligible"]  # no-event hits +3 on a part
    best, _ = tt.choose_over_baseline({(1.0, False): good, (0.3, False): good}, base, parts)
    assert best == (0.3, False)  # a tie: the lower weight


@pytest.mark.parametrize("setting", tt.SILVER_GRID)
def test_the_grid_is_the_rule_s_four_settings(setting):
    assert setting in {(0.3, False), (1.0, False), (0.3, True), (1.0, True)}
