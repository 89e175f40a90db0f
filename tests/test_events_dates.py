"""The learned date-chooser measurement (``marsad.training.events_dates``; measured and not shipped, session 47):
candidates, features, the extractor wrapped only for the time of a measurement, the per-row softmax fit.
Composed sentences (not copied from the gold)."""
from __future__ import annotations

import numpy as np

from marsad.events import extract as X
from marsad.events import extract_events
from marsad.training import events_dates as T
from test_events import make_corpus

PUB = "2018-06-16"  # a Saturday


def _run(segs, model=None, published=PUB):
    collect: dict = {}
    corpus = make_corpus([("d1", published, "src", segs)])
    with T.instrumented(model or {}, collect):
        ev = extract_events(corpus, focus="RU", partners=("KP",))
    return ev[ev["kind"] == "event"].reset_index(drop=True), collect


def _cands(collect):
    (entries,) = collect.values()
    (cands, feats), = entries
    return cands, feats


def test_candidates_hold_the_rule_publication_and_the_sentence_before():
    # composed: the day is said in the sentence before; the meeting's own sentence has none
    ev, collect = _run([("title", "جولة آسيوية للدبلوماسية الروسية"),
                        ("paragraph", "أعلنت الخارجية الروسية مساء الجمعة بدء جولة الوزير في آسيا. "
                                      "والتقى وزير الخارجية الروسي سيرغي لافروف نظيره الكوري الشمالي في العاصمة.")])
    assert len(ev) == 1 and ev.loc[0, "cameo_code"].startswith("04")
    cands, feats = _cands(collect)
    assert cands[0]["source"] == "rule" and (cands[0]["date_start"], cands[0]["precision"]) == (
        ev.loc[0, "date_start"] if ev.loc[0, "precision"] != "before-publication" else None, ev.loc[0, "precision"])
    sources = {c["source"] for c in cands}
    assert {"rule", "bp", "pub", "prev"} <= sources
    prev = next(c for c in cands if c["source"] == "prev")
    assert (prev["date_start"], prev["precision"]) == ("2018-06-15", "day")
    assert feats.shape == (len(cands), len(T.FEATURES)) and np.isfinite(feats).all()


def test_a_weekday_is_also_read_a_week_the_other_way():
    # composed: a planned visit on a weekday (intent); the other reading of the same weekday is a candidate too
    _, collect = _run([("paragraph", "وسيزور الرئيس الروسي فلاديمير بوتين كوريا الشمالية يوم الثلاثاء.")])
    cands, _ = _cands(collect)
    days = {c["date_start"] for c in cands if c["precision"] == "day" and c["date_text"]}
    assert {"2018-06-19", "2018-06-12"} <= days  # the Tuesday after publication and the one before
    assert any(c["source"] == "flip" for c in cands)


def test_without_a_model_the_rows_are_the_rules_and_the_extractor_is_restored():
    segs = [("paragraph", "والتقى وزير الخارجية الروسي سيرغي لافروف نظيره الكوري الشمالي الخميس في موسكو.")]
    plain = extract_events(make_corpus([("d1", PUB, "src", segs)]), focus="RU", partners=("KP",))
    saved = (X._document_events, X._merge_mentions)
    wrapped, _ = _run(segs)
    assert (X._document_events, X._merge_mentions) == saved  # unwrapped after the block
    cols = ["source", "target", "cameo_code", "date_start", "date_end", "precision", "rule"]
    assert wrapped[cols].astype(str).values.tolist() == plain[plain["kind"] == "event"][cols].astype(str).values.tolist()


def test_a_model_that_prefers_the_publication_day_dates_the_row_by_it():
    # composed: a model with a single weight on the publication-day candidate
    model = {"features": ["src_pub"], "mean": [0.0], "scale": [1.0], "coef": [5.0], "intercept": 0.0, "margin": 0.0}
    ev, _ = _run([("paragraph", "وأعلنت روسيا أنها سترسل مساعدات غذائية إلى كوريا الشمالية في أغسطس المقبل.")], model)
    assert len(ev) == 1
    row = ev.loc[0]
    assert (row["date_start"], row["date_end"], row["precision"]) == (PUB, PUB, "day")
    assert row["rule"].endswith("date:learned:pub")


def _record(right: int, n: int = 4, group: str = "a"):
    # synthetic rows: the right candidate has feature src_prev, the others src_sentence
    feats = np.zeros((n, len(T.FEATURES)))
    feats[:, T.FEATURES.index("src_sentence")] = 1
    feats[right, T.FEATURES.index("src_sentence")] = 0
    feats[right, T.FEATURES.index("src_prev")] = 1
    cands = [{"source": "x", "date_start": f"2018-01-0{i + 1}", "date_end": f"2018-01-0{i + 1}", "precision": "day",
              "date_text": ""} for i in range(n)]
    y = np.zeros(n, bool)
    y[right] = True
    return {"group": group, "split": group, "X": feats, "y": y, "cands": cands, "rule_ok": right == 0}


def test_the_softmax_fit_learns_which_candidate_is_right_and_leave_one_group_out_scores_each_group():
    records = [_record(i % 4, group="ab"[i % 2]) for i in range(20)]
    model = T.fit(records, C=1.0)
    assert model["features"] == list(T.FEATURES) and len(model["coef"]) == len(T.FEATURES)
    assert model["coef"][T.FEATURES.index("src_prev")] > model["coef"][T.FEATURES.index("src_sentence")]
    assert all(r["y"][T._pick(model, r)] or T._pick(model, r) == 0 for r in records)
    res = T.offline(records, C=1.0)
    assert set(res) == {"a", "b"} and all(after >= before for _, before, after in res.values())
    binary = T.fit(records, C=1.0, kind="binary")
    assert binary["coef"][T.FEATURES.index("src_prev")] > 0
    alone = T.fit(records, C=1.0, standalone=True)
    assert alone["coef"][T.FEATURES.index("src_rule")] == 0.0  # the chooser that does not see the rules' pick
