"""Session 36's reading audit (audit36): the seed and demo reports read as an analyst, at 1300 and 400 px.

Browser-level checks (every heatmap row and column named on a phone) are in test_browser.py; these are the
figure- and wording-level ones.
"""
from __future__ import annotations

import pandas as pd


def _events():
    # an undated intention (03), a dated reported visit (04) and an undated reported aid (07) between Russia and
    # North Korea: the colour of each root is the group's key, the shape its status
    return pd.DataFrame({
        "kind": "event", "status": ["intent", "reported", "alleged"], "actor1": "RU", "actor2": "KP",
        "cameo_code": ["036", "042", "072"],
        "date_start": [None, "2023-09-13", None], "date_end": ["2024-06-19", "2023-09-13", "2024-06-19"],
        "precision": ["before-publication", "day", "before-publication"],
        "event_label": ["Express intent to cooperate", "Make a visit", "Provide military aid"],
        "goldstein": [5.0, 1.9, 7.4], "source": "RU", "target": "KP",
        "doc_id": ["d0", "d1", "d2"], "date_text": "", "sentence": "x", "n_mentions": 1,
    })


def _legend(fig):
    return {t.name: t.marker.symbol for t in fig.data if t.showlegend is not False}


def test_the_timeline_colour_key_is_a_plain_square_not_a_status_shape():
    # "03 intent to cooperate" and "07 provide aid" took their first point's hollow left triangle in the legend,
    # next to "status: intent" (a hollow diamond): the colour key read as a status
    from marsad.charts import timeline as tc

    legend = _legend(tc.timeline_figure(_events(), title="t"))
    roots = {name: symbol for name, symbol in legend.items() if not name.startswith(("status:", "on or before"))}
    assert set(roots) == {"03 intent to cooperate", "04 consult/visit", "07 provide aid"}
    assert set(roots.values()) == {"square"}
    # the status entries keep their shapes, and each drawn point still wears its own
    assert legend["status: intent"] == "diamond-open" and legend["status: alleged"] == "circle-open"
    points = [t for t in tc.timeline_figure(_events(), title="t").data if t.showlegend is False and t.mode and "markers" in t.mode]
    # (audit37: an undated event keeps its status shape, led into by a thin line, instead of a left triangle)
    assert {s for t in points for s in t.marker.symbol} == {"diamond-open", "circle", "circle-open"}


def test_clicking_a_colour_key_still_hides_its_points():
    from marsad.charts import timeline as tc

    fig = tc.timeline_figure(_events(), title="t")
    key = next(t for t in fig.data if t.name == "07 provide aid" and t.showlegend is not False)
    drawn = [t for t in fig.data if t.legendgroup == key.legendgroup and t.showlegend is False]
    assert drawn and all(t.x[0] is not None for t in drawn)


def test_the_partner_caption_says_what_each_count_counts():
    # "Iran (26 sentences in 31 documents)": the sentences naming both countries and the documents naming both
    # anywhere were put in one phrase that read as impossible
    from marsad.charts import timeline as tc

    named = pd.DataFrame({"entity_id": ["IR", "AE", "KP", "SY"], "sentences": [26, 19, 7, 0],
                          "documents": [31, 49, 9, 4]})
    text = tc.pairs_caption(named, "RU", ["KP", "VN"])
    assert "Iran (26 sentences; both named in 31 documents)" in text
    assert "United Arab Emirates (19 sentences; both named in 49 documents)" in text
    assert "sentences in" not in text
    # a country sharing no sentence is not offered; the partners are counted apart, a missing one as 0
    # (audit42: the partners' counts say what they count too)
    assert "Syria" not in text and ("North Korea 7 sentences (both named in 9 documents), Vietnam 0 sentences (not "
                                    "named with Russia in any document)") in text
    assert text.endswith("-p partners IR,AE.")
    assert tc.pairs_caption(named[named["entity_id"].isin(["KP", "SY"])], "RU", ["KP"]) == ""


def _headlines():
    return pd.DataFrame({
        "topic": ["world", "sports", "world", "uncertain"], "source": ["A", "A", "B", "B"],
        "published": ["2018-02-04", "2018-03-01", "2018-03-09", "2018-03-10"], "duplicate_of": None,
    })


def test_topic_keys_over_time_and_by_source_name_each_topic_in_both_languages():
    # the stacked bars over time were keyed "دولي" alone while the topic-mix bars above said "دولي (World)"
    from marsad.charts import topics as tp

    for fig in (tp.plot_topic_mix_over_time(_headlines()), tp.plot_topic_mix_by_source(_headlines())):
        names = {t.name for t in fig.data}
        assert {"دولي (World)", "رياضة (Sports)"} <= names, names
        assert all(" (" in n and n.endswith(")") for n in names), names


def test_each_analysis_has_a_short_trust_line_from_the_shipped_measurements():
    # the index showed "12 events between Russia and North Korea (9)" with no word on how far to trust it
    import re

    import pytest

    from marsad.charts.quality import measured, trust_short

    m = measured()
    events = trust_short("events")
    share = f"{m['events']['right_actors'] / m['events']['system_events']:.0%}"
    assert events.startswith("How sure:") and share in events and "real ones" in events
    assert re.search(r"\d+% of the people found are right", trust_short("people"))
    assert f"{m['topics']['forced_accuracy']:.0%}" in trust_short("topics")
    with pytest.raises(ValueError):
        trust_short("stories")


def test_the_trust_line_travels_with_the_headline_and_only_when_asked():
    import nbformat
    from IPython.core.interactiveshell import InteractiveShell

    from marsad.runner.context import collect_metadata, headline

    def executed(**kwargs):
        outputs = []
        pub = InteractiveShell.instance().display_pub
        publish = pub.publish
        pub.publish = lambda data, metadata=None, **k: outputs.append(
            nbformat.v4.new_output("display_data", data=data, metadata=metadata or {}))
        try:
            headline("12 events between Russia and North Korea (9)", **kwargs)
        finally:
            pub.publish = publish
        nb = nbformat.v4.new_notebook()
        nb.cells = [nbformat.v4.new_code_cell("", outputs=outputs)]
        return collect_metadata(nb)

    with_trust = executed(trust="events")
    assert with_trust["headline"] == "12 events between Russia and North Korea (9)"
    assert with_trust["trust"].startswith("How sure: on unseen news")
    assert executed()["trust"] == ""  # the overview counts files: no trust line


def test_topic_keys_lie_under_the_bars():
    # beside the bars, the two-language key took a phone's plot width at first draw and plotly kept the upright
    # month labels it chose then ("Jul 2" cut under the key) after the report's script moved the key down
    from marsad.charts import topics as tp

    for fig in (tp.plot_topic_mix_over_time(_headlines()), tp.plot_topic_mix_by_source(_headlines())):
        assert fig.layout.legend.orientation == "h" and fig.layout.legend.yanchor == "top"
        assert fig.layout.legend.y < 0 and fig.layout.legend.traceorder == "normal"
