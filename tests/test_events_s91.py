"""Session 91 (events91): a learned choice of an undated act's date source, measured by time travel and NOT shipped
(docs/EVALUATION.md, "Session 91"): the candidates and the chooser's mechanics (training.events_date_travel) on
composed Germany–Turkey stories, and the events stage left without it."""
import numpy as np
import pandas as pd

from conftest import paragraphs_corpus
from marsad.events import extract as X
from marsad.events import extract_events
from marsad.training import events_date_travel as T
from marsad.training.events_dates import pair_context

LEAD = "التقى وزير الخارجية الألماني نظيره التركي الثلاثاء في برلين وبحثا العلاقات الثنائية."
SAID = "وأعلنت الحكومة الألمانية يوم الاثنين أنها تتابع التطورات في المنطقة."
BODY = "ووقعت ألمانيا وتركيا اتفاقية للتعاون في مجال الطاقة."
PUB = "2018-07-04"  # a Wednesday: the lead's Tuesday is 3 July, the Monday 2 July


def _story(paragraphs):
    corpus = paragraphs_corpus(paragraphs, published=PUB)
    table = extract_events(corpus, focus="DE", partners=("TR",), learned=False)
    segs = [X._Seg("d1", "paragraph", i, t) for i, t in enumerate(paragraphs)]
    view = T._View(segs, pd.Timestamp(PUB), pair_context("DE", "TR"))
    return table, view


def _body(rows):
    out = [r for r in rows if "الطاقة" in str(r["sentence"])]
    assert out  # the stage made a row of the body's act
    return out


def test_the_stage_leaves_an_undated_body_act_on_or_before_publication():
    table, _ = _story([LEAD, SAID, BODY])
    body = _body(table.to_dict("records"))
    assert all(r["precision"] == "before-publication" and T.eligible(r) for r in body)


def test_the_candidates_of_an_undated_act():
    table, view = _story([LEAD, SAID, BODY])
    rows = table.to_dict("records")
    row = _body(rows)[0]
    cands = T.row_candidates(row, rows, view)
    assert cands["pub"][:3] == ("2018-07-04", "2018-07-04", "day")
    assert cands["lead"][:3] == ("2018-07-03", "2018-07-03", "day")
    assert cands["prev"][:2] == ("2018-07-02", "2018-07-02")  # the nearest earlier sentence with a day: Monday's
    assert "same" not in cands  # no other dated row of the pair and root
    x = T.features(row, rows, view, cands)
    assert x.shape == (len(T.FEATURES),)
    f = dict(zip(T.FEATURES, x))
    assert f["has_lead"] == f["lead_both"] == f["has_prev"] == 1.0 and f["has_same"] == 0.0


def _record(x, cands, keep_ok, ok):
    return {"split": "s", "doc_id": "d", "index": 0, "x": x, "cands": cands, "labelled": True, "keep_ok": keep_ok,
            "ok": ok}


def test_the_chooser_switches_only_when_sure_and_abstains_otherwise():
    rng = np.random.default_rng(0)
    n = len(T.FEATURES)
    cands = {"pub": ("2018-07-04", "2018-07-04", "day", "publication")}
    recs = []
    for i in range(40):  # a feature that tells the switch apart
        x = rng.normal(size=n)
        gain = i % 2 == 0
        x[0] = 3.0 if gain else -3.0
        recs.append(_record(x, cands, not gain, {"pub": gain}))
    model = T.fit(recs)
    assert set(model["sources"]) == {"pub"}
    sure, unsure = np.zeros(n), np.zeros(n)
    sure[0], unsure[0] = 3.0, -3.0
    assert T.decide(model, sure, cands, 0.9) == "pub"
    assert T.decide(model, unsure, cands, 0.5) is None
    assert T.decide(model, sure, {}, 0.5) is None  # no candidate: nothing to switch to
    # too few deciding rows: the source never switches
    assert T.fit(recs[:T.MIN_ROWS - 1])["sources"] == {}


def test_redate_changes_only_the_date_of_the_chosen_rows():
    table, view = _story([LEAD, SAID, BODY])
    rows = table.to_dict("records")
    i = next(k for k, r in enumerate(rows) if "الطاقة" in str(r["sentence"]))
    cands = T.row_candidates(rows[i], rows, view)
    x = T.features(rows[i], rows, view, cands)
    always = {"features": list(T.FEATURES), "sources": {"lead": {
        "mean": [0.0] * len(T.FEATURES), "scale": [1.0] * len(T.FEATURES), "coef": [0.0] * len(T.FEATURES),
        "intercept": 5.0}}}
    rec = {"doc_id": "d1", "index": i, "x": x, "cands": cands, "labelled": False}
    changed: list = []
    after = T.redate([rec], {"d1": table}, always, 0.9, changed)["d1"]
    assert len(after) == len(table) and list(after.columns) == list(table.columns)
    assert (after.loc[i, "date_start"], after.loc[i, "precision"]) == ("2018-07-03", "day")
    assert after.loc[i, "rule"].startswith("date-source:lead:")
    keep = [c for c in table.columns if c not in ("date_start", "date_end", "precision", "date_text", "rule")]
    assert after[keep].equals(table[keep]) and len(changed) == 1
    assert T.redate([rec], {"d1": table}, always, 0.999)["d1"].loc[i, "precision"] == "before-publication"
