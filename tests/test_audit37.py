"""Session 37's reading audit (audit37): the reports read on corpora they were not built on.

Three corpora that are neither the seed nor the demo (40 Al Arabiya sport articles of one month, 40 of its world
news, 300 France 24 titles as a CSV) showed faults the seed and demo never reach: no event of the focus pair, a
focus entity the corpus never names, a corpus from an outlet the topic model was trained on. Wording and figure
checks here; the phone-width check of a long run name is in test_browser.py.
"""
from __future__ import annotations

import pandas as pd

from marsad import query
from marsad.charts import overview
from marsad.charts import timeline as tc
from marsad.charts.quality import trust_note, trust_short
from test_explore import _tables

_NO_BACKGROUND = pd.DataFrame(columns=["kind", "actor1", "actor2"])


def _events(n_dated: int, n_undated: int, partner: str = "KP") -> pd.DataFrame:
    rows = [{"status": "reported", "actor1": "RU", "actor2": partner, "doc_id": f"d{i}", "n_mentions": 1,
             "precision": "day" if i < n_dated else "before-publication"} for i in range(n_dated + n_undated)]
    return pd.DataFrame(rows, columns=["status", "actor1", "actor2", "doc_id", "n_mentions", "precision"])


def test_a_corpus_without_events_of_the_pairs_says_so_in_words():
    # was: "0 events (Russia – North Korea: 0; Russia – Vietnam: 0) from 0 documents and 0 mentions. 0 carry a date
    # of their own; the others are dated on or before publication. 0 background statements"
    text = tc.summary_markdown(_events(0, 0), _NO_BACKGROUND, "RU", ["KP", "VN"], n_dated=0)
    assert text.startswith("**No event** between Russia and North Korea or Vietnam in this corpus")
    assert "0 " not in text and "the others" not in text
    assert tc.summary_headline(_events(0, 0), "RU", ["KP", "VN"], n_dated=0) == \
        "No event between Russia and North Korea or Vietnam"
    # counter-example: background statements without events are still counted
    background = pd.DataFrame({"kind": ["background"], "actor1": ["RU"], "actor2": ["KP"]})
    assert "**1 background statement**" in tc.summary_markdown(_events(0, 0), background, "RU", ["KP"], n_dated=0)


def test_the_others_are_named_only_when_some_events_are_undated():
    one_undated = tc.summary_markdown(_events(0, 1), _NO_BACKGROUND, "RU", ["KP", "VN"], n_dated=0)
    assert "It has no date of its own: it is dated *on or before* publication." in one_undated
    assert "the other" not in one_undated and "**1 event**" in one_undated
    all_dated = tc.summary_markdown(_events(3, 0), _NO_BACKGROUND, "RU", ["KP"], n_dated=3)
    assert "**All** carry a date of their own." in all_dated and "on or before" not in all_dated
    # counter-example: a mixed set keeps the count of each
    mixed = tc.summary_markdown(_events(5, 7), _NO_BACKGROUND, "RU", ["KP", "VN"], n_dated=5)
    assert "**5** carry a date of their own; the other 7 are dated *on or before* publication." in mixed
    assert "Russia – North Korea: 12; Russia – Vietnam: 0" in mixed.replace("\\", "")
    assert "12 reported" in mixed
    assert tc.summary_headline(_events(5, 7), "RU", ["KP", "VN"], n_dated=5) == \
        "12 events between Russia and North Korea (12), Vietnam (0); 5 with their own date"
    assert tc.summary_headline(_events(1, 0), "RU", ["KP"], n_dated=1).endswith("1 with its own date")


def test_a_focus_entity_the_corpus_never_names_is_named_not_shown_as_its_id():
    # the attention chart's legend read "KP", "VN", "Q7747" on a sports corpus that names none of them
    tables = query.prepare_tables(_tables())
    a = query.attention_over_time(tables, query.Selection(entities=("VN", "EG", "ZZ")))
    labels = a.drop_duplicates("entity_id").set_index("entity_id")["label"]
    assert labels["EG"] == "مصر (Egypt)"
    assert labels["ZZ"] == "ZZ"  # counter-example: an id the knowledge base lacks stays as written
    assert "Vietnam" in labels["VN"]  # a named entity keeps the tables' label


def test_an_entity_no_dated_document_names_is_left_off_the_chart_and_named_in_the_caption():
    tables = query.prepare_tables(_tables())
    a = query.attention_over_time(tables, query.Selection(entities=("VN", "EG")))
    fig = overview.attention_figure(a, title="t")
    names = [t.name or "" for t in fig.data if t.type == "scatter"]
    assert not any("Egypt" in n for n in names) and any("Vietnam" in n for n in names)
    caption = overview.attention_caption(a)
    assert caption.endswith("Not named in any dated document, so not drawn: مصر (Egypt).")
    # counter-example: when every entity is named, the caption lists nobody
    assert "Not named" not in overview.attention_caption(
        query.attention_over_time(tables, query.Selection(entities=("VN",))))


def test_a_short_span_gets_one_tick_per_period_not_hours():
    tables = query.prepare_tables(_tables())
    a = query.attention_over_time(tables, query.Selection(entities=("VN",)), freq="W")
    fig = overview.attention_figure(a, title="t")
    assert fig.layout.xaxis.dtick == 7 * 86_400_000 and "%Y" in fig.layout.xaxis.tickformat
    # counter-example: many periods (27 days) keep plotly's own ticks
    many = overview.attention_figure(query.attention_over_time(tables, query.Selection(entities=("VN",)), freq="D"))
    assert many.layout.xaxis.dtick is None


def test_a_corpus_from_a_training_outlet_is_told_so_on_the_first_screen_and_the_index():
    plain = trust_short("topics")
    assert plain.startswith("How sure: on an outlet it was not trained on")
    seen = trust_short("topics", trained_outlets=["Al Arabiya"])
    assert "trained on Al Arabiya, this corpus's outlet" in seen and "not trained on" not in seen
    note = trust_note("topics", trained_outlets=["Al Arabiya", "France 24"])
    assert note.startswith(trust_note("topics"))
    assert "This corpus comes from Al Arabiya and France 24, which the model was trained on" in note
    # counter-example: the other analyses ignore outlets
    assert trust_short("events") == trust_short("events", trained_outlets=["Al Arabiya"])


def _timeline_events():
    # an undated intention, an undated allegation and a dated reported visit between Russia and North Korea
    return pd.DataFrame({
        "kind": "event", "status": ["intent", "alleged", "reported"], "actor1": "RU", "actor2": "KP",
        "cameo_code": ["036", "036", "042"],
        "date_start": [None, None, "2023-09-13"], "date_end": ["2024-06-19", "2024-06-19", "2023-09-13"],
        "precision": ["before-publication", "before-publication", "day"],
        "event_label": ["Express intent to meet", "Express intent to meet", "Make a visit"],
        "goldstein": [4.0, 4.0, 1.9], "source": "RU", "target": "KP",
        "doc_id": ["d0", "d1", "d2"], "date_text": "", "sentence": "x", "n_mentions": 1,
    })


def test_an_undated_event_keeps_its_status_shape_and_is_led_into_by_a_line():
    # every undated intention, allegation or denial was the same hollow left triangle: on a new corpus, where most
    # events carry no date of their own, the status was lost (and its label is hidden on a phone)
    fig = tc.timeline_figure(_timeline_events(), title="t")
    points = [t for t in fig.data if t.showlegend is False and t.mode and "markers" in t.mode]
    symbols = {(str(x)[:10], s) for t in points for x, s in zip(t.x, t.marker.symbol)}
    assert symbols == {("2024-06-19", "diamond-open"), ("2024-06-19", "circle-open"), ("2023-09-13", "circle")}
    leads = [t for t in fig.data if t.mode == "lines" and t.line.width == 2 and t.showlegend is False]
    ends = [x for t in leads for x in t.x[1::3]]
    starts = [x for t in leads for x in t.x[0::3]]
    assert len(ends) == 2 and all(str(e)[:10] == "2024-06-19" for e in ends)  # the two undated, not the visit
    assert all(s < e for s, e in zip(starts, ends))  # from the left: on or before
    key = [t.name for t in fig.data if t.legendgroup == "status"]
    assert "on or before publication (no date): a line from the left" in key
    assert "status: intent" in key and "status: alleged" in key
    # counter-example: a corpus whose events are all dated has no lead line and no such key
    dated = _timeline_events().iloc[[2]]
    fig = tc.timeline_figure(dated, title="t")
    assert not [t for t in fig.data if t.mode == "lines" and t.line.width == 2]
    assert not any("on or before" in (t.name or "") for t in fig.data)
