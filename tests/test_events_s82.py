"""Session 82 (events82): the learned root classifier as a second opinion on the rules' kind, judged by time travel.
A part's root model never saw the part; arbitration A(t) reads only reported/alleged rules rows with a root's
unspecified code, changes their code, label and Goldstein score together, and never adds or drops a row."""
from __future__ import annotations

import numpy as np
import pandas as pd
from conftest import learned_training_examples

from marsad.events import learned
from marsad.events import lexicon as lx
from marsad.events.extract import EVENT_COLUMNS
from marsad.training import events_eval as ee
from marsad.training import events_kind_travel as kt
from marsad.training import events_learn as el


def test_each_part_is_judged_by_a_model_trained_only_on_the_splits_before_it():
    splits = list(ee.SPLITS)
    assert set(kt.DECIDING) | set(kt.CHECK) <= set(kt.PARTS)
    assert not set(kt.DECIDING) & set(kt.CHECK)
    for part in kt.PARTS:
        train = kt.train_splits(part)
        assert part not in train and train == splits[:len(train)]
    assert kt.train_splits("s42-mix")[-1] == "s41-mix"
    assert "s37-mix" not in kt.train_splits("s38-mix")  # blind together


def _rows(sentence):
    base = {c: None for c in EVENT_COLUMNS}
    base.update(kind="event", doc_id="d1", actor1="RU", actor2="VN", source="RU", target="VN", symmetric=False,
                sentence=sentence, trigger_start=0, section="paragraph", precision="before-publication")
    specs = [("040", "reported", "before-publication;cue:وقعت"), ("030", "intent", "cue:وقعت"),
             ("042", "reported", "cue:وقعت"), ("040", "reported", "learned:p=0.99"), ("010", "alleged", "cue:وقعت")]
    rows = []
    for code, status, rule in specs:
        gs, label = lx.goldstein_lookup()[code]
        rows.append({**base, "cameo_code": code, "status": status, "rule": rule, "goldstein": gs, "event_label": label})
    return pd.DataFrame(rows, columns=EVENT_COLUMNS)


def test_arbitration_changes_only_unspecified_reported_or_alleged_rules_rows_and_keeps_every_row():
    model = el.fit(learned_training_examples(), threshold=1.0)
    table = _rows("وقعت روسيا وفيتنام اتفاقية للتعاون في مجال الطاقة")
    probs = kt.root_proba(model, learned.features(kt._candidate(table.iloc[0].to_dict(), "RU")))
    assert abs(sum(probs.values()) - 1) < 1e-9 and max(probs, key=probs.get) == "05"
    changed = []
    out = kt.arbitrate(table, focus="RU", model=model, threshold=0.0, changed=changed)
    assert len(out) == len(table) and list(out.index) == list(table.index)
    new = model.meta["root_code"]["05"]
    gs, label = lx.goldstein_lookup()[new]
    assert out.loc[0, "cameo_code"] == new and out.loc[0, "event_label"] == label and out.loc[0, "goldstein"] == gs
    # an intent's root is its modality's; a specific code; the learned detector's own row: untouched
    assert list(out.loc[1:3, "cameo_code"]) == ["030", "042", "040"]
    # an alleged row takes the new root with no signed score
    assert out.loc[4, "cameo_code"] == new and np.isnan(out.loc[4, "goldstein"])
    assert [c[1:3] for c in changed] == [("040", new), ("010", new)]
    for col in ("status", "source", "target", "sentence", "precision", "rule"):
        assert list(out[col]) == list(table[col])
    # above every probability nothing changes
    assert kt.arbitrate(table, focus="RU", model=model, threshold=1.01).equals(table)


def test_a_row_whose_sentence_holds_no_candidate_of_its_direction_is_left_alone():
    model = el.fit(learned_training_examples(), threshold=1.0)
    table = _rows("وقعت البلدان اتفاقية للتعاون في مجال الطاقة")  # no actor of either side in the sentence
    assert kt.arbitrate(table, focus="RU", model=model, threshold=0.0).equals(table)
