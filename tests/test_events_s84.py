"""Session 84 (events84): the lead's day for a story's undated acts, measured by time travel and NOT shipped
(docs/EVALUATION.md, "Session 84"): the mechanism (training.events_dates.date_by_lead) on composed Germany–Turkey
stories, and the events stage left without it."""
import pandas as pd

from conftest import paragraphs_corpus
from marsad.events import extract_events
from marsad.events import extract as X
from marsad.events.rows import _undated
from marsad.training import events_dates as ED

LEAD = "التقى وزير الخارجية الألماني نظيره التركي الثلاثاء في برلين وبحثا العلاقات الثنائية."
LEAD_ONE_SIDE = "قال وزير الخارجية الألماني الثلاثاء إن بلاده تتابع التطورات في المنطقة."
BODY = "ووقعت ألمانيا وتركيا اتفاقية للتعاون في مجال الطاقة."
PUB = "2018-07-04"  # a Wednesday: the lead's Tuesday is 3 July


def _rows(paragraphs):
    corpus = paragraphs_corpus(paragraphs, published=PUB)
    table = extract_events(corpus, focus="DE", partners=("TR",), learned=False)
    segs = [X._Seg("d1", "paragraph", i, t) for i, t in enumerate(paragraphs)]
    return table, segs


def _redated(paragraphs):
    table, segs = _rows(paragraphs)
    rows = table[table["kind"] == "event"].to_dict("records")
    ED.date_by_lead(rows, segs, pd.Timestamp(PUB), ED.pair_context("DE", "TR"), _undated)
    return table, rows


def _body(rows):
    out = [r for r in rows if "الطاقة" in str(r["sentence"])]
    assert out  # the stage made a row of the body's act
    return out


def test_the_stage_does_not_date_an_undated_body_act_by_the_lead():
    table, _ = _rows([LEAD, "وأضاف المتحدث أن المحادثات كانت بناءة.", BODY])
    body = _body(table.to_dict("records"))
    assert body and all(r["precision"] == "before-publication" for r in body)


def test_the_mechanism_gives_the_story_day_to_an_undated_body_act():
    _, rows = _redated([LEAD, "وأضاف المتحدث أن المحادثات كانت بناءة.", BODY])
    body = _body(rows)
    assert body and all((r["date_start"], r["precision"]) == ("2018-07-03", "day") for r in body)
    assert all(r["rule"].startswith("lead-day:") for r in body)


def test_the_mechanism_leaves_a_pluperfect_act_and_a_lead_of_one_side():
    _, rows = _redated([LEAD, "وكانت ألمانيا وتركيا قد وقعتا اتفاقية للتعاون في مجال الطاقة."])
    assert all(r["precision"] == "before-publication" for r in _body(rows))
    _, rows = _redated([LEAD_ONE_SIDE, BODY])
    assert all(r["precision"] == "before-publication" for r in _body(rows))
