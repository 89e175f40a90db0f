"""The learned-backoff measurement of the events gold (``marsad.training.events_backoff``) on the seed page."""
from __future__ import annotations

import pandas as pd

from marsad.training import events_backoff, events_eval


def _seed_gold():
    docs, events, negatives, _ = events_eval.load_gold()
    seed = [d for d in docs if d["path"].startswith("seeds/")]
    assert seed, "the seed page is a gold document"
    return seed, events, negatives


def test_anchored_sentences_label_the_seed_pages_gold_sentences():
    docs, events, negatives = _seed_gold()
    table = events_backoff.anchored_sentences(docs, events, negatives, datasets=events_eval.REPO_ROOT)
    assert {"04", "05", "none"} <= set(table["label"])  # the visit, the treaty, the sentences with no event
    visit = table[table["sentence"].str.contains("وبدا بوتين الاربعاء زياره لكوريا الشماليه")]
    assert list(visit["label"]) == ["04"] and set(visit["source"]) | set(visit["target"]) == {"RU", "KP"}
    assert visit["rule_hit"].all()  # the rules find the visit
    none = table[table["label"] == "none"]
    assert not none["rule_hit"].any()  # and no row on the seed's no-event sentences
    assert (table["source"] == "").eq(table["label"] == "none").all()


def test_leave_one_split_out_predicts_each_split_from_the_others():
    rows = [("a", "وقعت روسيا وكوريا الشمالية اتفاقية تعاون", "05"), ("a", "زار بوتين بيونغ يانغ", "04"),
            ("a", "قال المحلل إن الطقس حار", "none"), ("b", "وقعت فرنسا وألمانيا اتفاقية تعاون", "05"),
            ("b", "زار ماكرون برلين", "04"), ("b", "قال الكاتب إن المباراة جميلة", "none")]
    table = pd.DataFrame(rows, columns=["split", "sentence", "label"]).assign(rule_hit=False)
    pred = events_backoff.leave_one_split_out(table)
    assert len(pred) == 6 and set(pred["split"]) == {"a", "b"}
    assert pred["pred"].isin(["04", "05", "none"]).all() and pred["conf"].between(0, 1).all()
    assert len(events_backoff.leave_one_split_out(table, events_only=True)) == 4
