"""Session 85 (events85): the place-only filter PO, judged by time travel on past blind parts (not shipped: it
removed right rows on development). PO drops an event row when one side is named in its sentence only as a place;
visits and hosting, the learned detector's rows and a side named as an actor too are left alone."""
from __future__ import annotations

import pandas as pd

from marsad.events.extract import EVENT_COLUMNS
from marsad.training import events_eval as ee
from marsad.training import events_false_travel as ft


def _row(sentence, code="040", source="RU", target="SY", rule="cue:x"):
    row = {c: None for c in EVENT_COLUMNS}
    row.update(kind="event", cameo_code=code, source=source, target=target, actor1="RU", actor2="SY",
               sentence=sentence, rule=rule)
    return row


def test_a_side_named_only_as_the_place_of_others_meeting_drops_the_row():
    s = "اجتمع الرئيس الروسي بوزير الخارجية الإيراني في دمشق يوم الأحد."
    assert ft.place_only(_row(s), "RU")
    assert ft.place_only(_row(s, source="SY", target="RU"), "RU")


def test_visits_learned_rows_and_background_are_left_alone():
    s = "اجتمع الرئيس الروسي بوزير الخارجية الإيراني في دمشق يوم الأحد."
    assert not ft.place_only(_row(s, code="042"), "RU")  # the place visited is the host
    assert not ft.place_only(_row(s, code="043"), "RU")
    assert not ft.place_only(_row(s, rule="learned:0.99"), "RU")
    assert not ft.place_only({**_row(s), "kind": "background"}, "RU")


def test_a_side_also_named_as_an_actor_or_not_named_keeps_the_row():
    assert not ft.place_only(_row("استقبل الرئيس السوري في دمشق وزير الخارجية الروسي."), "RU")
    assert not ft.place_only(_row("وقال الوزير الروسي إن البلدين سيوسعان التعاون.", code="060"), "RU")


def test_the_theatre_of_an_act_on_the_state_is_dropped_too_which_is_why_po_did_not_ship():
    # development lost right rows of exactly this shape (aid, strikes, policies "في سوريا"): PO cannot tell the
    # place of others' act from the country acted on in it
    assert ft.place_only(_row("وأرسلت موسكو شحنة مساعدات طبية في سوريا.", code="070"), "RU")


def test_apply_drops_only_the_filtered_rows_and_the_criterion_reads_all_three_measures():
    t = pd.DataFrame([_row("اجتمع الرئيس الروسي بوزير الخارجية الإيراني في دمشق."),
                      _row("استقبل الرئيس السوري وزير الخارجية الروسي.")], columns=EVENT_COLUMNS)
    dropped: list = []
    out = ft.apply(t, "RU", dropped)
    assert len(out) == 1 and len(dropped) == 1 and "استقبل" in out.iloc[0]["sentence"]

    def res(false, right, akd=(40, 40)):
        return {"before": {"system": 10, "P_actors": 0.5, "R_date": akd[0] / 115, "gold": 115},
                "after": {"system": 10 - false - right, "P_actors": 0.5, "R_date": akd[1] / 115, "gold": 115},
                "dropped": [{"tag": "false"}] * false + [{"tag": "right"}] * right}
    parts = {p: res(1, 0) for p in ft.DECIDING}
    assert ft.verdict(parts)["ships"]
    assert not ft.verdict({**parts, "s41-mix": res(1, 2)})["ships"]  # 2 right rows pooled
    assert not ft.verdict({**parts, "s42-mix": res(0, 1)})["ships"]  # the check
    dev = {s: {"right_removed": 0} for s in ee.SPLITS}
    assert ft.verdict({**parts, "dev": dev})["ships"]
    assert not ft.verdict({**parts, "dev": {**dev, "s26-mix": {"right_removed": 2}}})["ships"]
