"""audit43: the reports read as an analyst, audit42's leftovers first.

* the static topic chart (print) names each topic in Arabic over its English name, as the interactive bars do;
* a treemap tile too small to carry its name is named in the caption, and no tile's name shrinks below 10 px;
* "Topic mix by source" of a corpus whose every headline is in one group says so instead of two 100 % bars with
  no key;
* the topic mix over time follows the days the corpus covers: by day up to two weeks, by week up to three months;
* the index's analysis stages are four columns (a failed stage's error under its status), so a phone shows them.
(The phone checks of the index's tables and the timeline's key are in tests/test_browser.py.)
"""
from __future__ import annotations

import pandas as pd

from marsad.charts import topics as tt


def _mix(rows):
    """A topic_mix-like table: (topic, label_ar, label_en, count)."""
    df = pd.DataFrame(rows, columns=["topic", "label_ar", "label_en", "count"])
    df["share"] = df["count"] / df["count"].sum()
    df["colour"] = "#17becf"
    return df


AUGUST = _mix([("world", "دولي", "World", 341), ("uncertain", "غير مؤكد", "Uncertain", 121),
               ("economy", "اقتصاد", "Economy", 44), ("sports", "رياضة", "Sports", 43),
               ("culture", "ثقافة وفن", "Culture & arts", 12), ("science_health", "علوم وصحة", "Science & health", 9),
               ("politics", "سياسة", "Politics", 1), ("religion", "دين", "Religion", 1)])


# --------------------------------------------------------------------------- the static chart
def test_the_static_chart_names_each_topic_in_english_too():
    fig = tt.plot_topic_mix_static(AUGUST, unit="titles")
    names = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert names[-1] == "دولي\nWorld" and names[0] == "دين\nReligion"  # largest on top
    assert "علوم وصحة\nScience & health" in names
    # counter-example: a mix without English labels keeps its Arabic names, one line
    bare = AUGUST.drop(columns=["label_en"])
    assert [t.get_text() for t in tt.plot_topic_mix_static(bare).axes[0].get_yticklabels()][-1] == "دولي"


# --------------------------------------------------------------------------- the treemap
def test_a_tile_too_small_to_name_is_named_in_the_caption():
    # 583 titles of August 2018: Politics 1 and Religion 1 were slivers with names of a few pixels; at 400 px Culture &
    # arts' 12 (2.1 %) and Science & health's 9 were smudges too
    assert tt.small_tiles(AUGUST) == ("ثقافة وفن (Culture & arts) 12, علوم وصحة (Science & health) 9, "
                                      "سياسة (Politics) 1, دين (Religion) 1")
    headlines = AUGUST.loc[AUGUST.index.repeat(AUGUST["count"])].assign(text="t", duplicate_of=None)
    fig = tt.plot_topic_treemap(headlines, deduplicate=False)
    # each tile names its topic in Arabic over English, then its count: on one line the seed's "ثقافة وفن (Culture &
    # arts)" shrank to 6 px in a phone's tile
    assert list(fig.data[0].texttemplate)[:2] == ["دولي<br>(World)<br>%{value:,}", "غير مؤكد<br>(Uncertain)<br>%{value:,}"]
    # counter-examples: tiles of 3 % or more hold their names; an empty mix
    seed = _mix([("uncertain", "غير مؤكد", "Uncertain", 16), ("culture", "ثقافة وفن", "Culture & arts", 7),
                 ("world", "دولي", "World", 5), ("religion", "دين", "Religion", 1)])
    assert tt.small_tiles(seed) == "" and tt.small_tiles(AUGUST.iloc[:0]) == ""
    assert tt.small_tiles(seed.assign(count=[16, 7, 5, 32])) == ""


# --------------------------------------------------------------------------- sources compared
def test_sources_of_one_group_are_not_drawn_as_two_bars():
    # 4 titles of France 24 and CNN Arabic, all World: "there is no mix to chart", then two 100 % bars with no key
    one = _mix([("world", "دولي", "World", 4)])
    assert tt.one_group_sentence(one, 2, "title") == (
        "Every title of the 2 sources is in one group, دولي (World): their topic mixes are the same, there is "
        "nothing to compare.")
    # counter-examples: two groups, or one source, are left to the chart (or its own note)
    assert tt.one_group_sentence(AUGUST, 2, "title") == ""
    assert tt.one_group_sentence(one, 1, "title") == ""
    # and the chart, when drawn, has its key even for one topic (plotly leaves a one-trace chart without one)
    headlines = pd.DataFrame({"text": ["a", "b"], "topic": "world", "label_ar": "دولي", "label_en": "World",
                              "source": ["France 24", "CNN Arabic"], "duplicate_of": None, "confidence": 0.9})
    assert tt.plot_topic_mix_by_source(headlines, deduplicate=False).layout.showlegend is True


# --------------------------------------------------------------------------- the period over time
def _titles(dates):
    return pd.DataFrame({"text": [f"t{i}" for i in range(len(dates))], "published": pd.to_datetime(dates),
                         "topic": "world", "label": "world", "label_ar": "دولي", "label_en": "World", "confidence": 0.9,
                         "source": "CNN Arabic", "duplicate_of": None})


def test_the_topic_mix_over_time_follows_the_days_the_corpus_covers():
    # ten days across two months were two month bars; two days (31 July, 1 August) likewise
    ten = _titles([f"2018-07-{d}" for d in (25, 27, 29, 31)] + ["2018-08-01", "2018-08-03"])
    assert tt.span_days(ten) == 10 and tt.over_time_period(ten) == ("D", "day")
    assert tt.over_time_period(_titles(["2018-07-31", "2018-08-01"])) == ("D", "day")
    assert tt.period_volumes(ten, "D").size == 6
    fig = tt.plot_topic_mix_over_time(ten, freq="D", deduplicate=False)
    assert fig.data[0].xperiod == 86_400_000  # each bar across its day, named by its date under its middle
    # (plotly's own ticks read "12:00 Feb 12, 2017" half a bar left of the bar of 13 February)
    assert list(fig.layout.xaxis.ticktext) == ["25 Jul<br>2018", "27 Jul", "29 Jul", "31 Jul", "1 Aug", "3 Aug"]
    assert pd.Timestamp(fig.layout.xaxis.tickvals[0]) == pd.Timestamp("2018-07-25 12:00")
    # six weeks across two months: by week; a calendar month stays by week; half a year by month
    six = _titles(["2018-07-20", "2018-08-10", "2018-08-30"])
    assert tt.span_days(six) == 42 and tt.over_time_period(six) == ("W", "week")
    assert tt.over_time_period(_titles(["2018-08-01", "2018-08-31"])) == ("W", "week")
    assert tt.over_time_period(_titles(["2018-01-01", "2018-06-30"])) == ("MS", "month")
    # counter-examples: no date at all; undated rows beside dated ones do not widen the span
    assert tt.over_time_period(_titles([]).iloc[:0]) == ("MS", "month") and tt.span_days(_titles([])) == 0
    mixed = pd.concat([ten, _titles(["2018-09-30"]).assign(published=pd.NaT)])
    assert tt.span_days(mixed) == 10


# --------------------------------------------------------------------------- the index's analysis stages
def test_a_failed_stage_has_its_error_under_its_status():
    from marsad.runner.index import _stage_status

    from marsad.runner.index import _stage_row

    assert _stage_status({"ok": True, "rows": 3}) == "ok"
    # (audit44) the error is a full-width row under the stage's row: in the status cell it wrapped nine characters wide
    failed = _stage_row("mentions", {"ok": False, "error": "MemoryError: <big>"})
    assert "<strong style='color:#b00'>failed</strong>" in failed and "<code>MemoryError: &lt;big&gt;</code>" in failed
    assert "&lt;big&gt;" in failed and "<big>" not in failed
    assert _stage_status({"ok": False}) == "<strong style='color:#b00'>failed</strong>"


# --------------------------------------------------------------------------- a lane stretched by one far event
def _ru_tr(dates):
    return pd.DataFrame({"kind": "event", "actor1": "RU", "actor2": "TR", "status": "reported", "precision": "day",
                         "date_start": dates, "date_end": dates, "cameo_code": "042", "event_label": "Make a visit",
                         "date_text": "", "goldstein": 1.9, "sentence": "جملة", "doc_id": "d", "source": "RU",
                         "target": "TR"})


def test_one_far_event_does_not_stretch_a_lane_of_a_dozen():
    # Al Arabiya 2018 naming Russia and Turkey: twelve events of March-May 2018 and the jet shot down in November
    # 2015 drew the twelve in a few pixels at the right end of a two-and-a-half-year axis
    from marsad.charts import timeline as tc

    spring = ["2018-03-05", "2018-04-01", "2018-04-03", "2018-04-03", "2018-04-03", "2018-04-03", "2018-04-03",
              "2018-04-03", "2018-04-11", "2018-05-06", "2018-05-10", "2018-05-10"]
    ev = _ru_tr(["2015-11-24"] + spring)
    lo, hi = (pd.Timestamp(x) for x in tc.timeline_figure(ev, title="t").layout.xaxis.range)
    assert pd.Timestamp("2018-02-01") < lo <= pd.Timestamp("2018-03-05") and hi >= pd.Timestamp("2018-05-10")
    assert "where 12 of its 13 events are (1 outside that view)" in tc.focus_sentence(ev)
    # counter-examples: thirteen events spread over the span, or the earliest one near the others, keep the whole span
    spread = _ru_tr([f"20{y}-{m:02d}-15" for y, m in [(16, 1), (16, 3), (16, 6), (16, 9), (16, 12), (17, 2), (17, 5),
                                                      (17, 8), (17, 11), (18, 1), (18, 3), (18, 4), (18, 5)]])
    near = _ru_tr(["2018-02-20"] + spring)
    for e in (spread, near):
        fig = tc.timeline_figure(e, title="t")
        assert tuple(pd.Timestamp(x) for x in fig.layout.xaxis.range) == tc.axis_range(tc._prepare(e))
        assert tc.focus_sentence(e) == ""


# --------------------------------------------------------------------------- a corpus that never names the focus
def _no_events():
    cols = ["kind", "status", "actor1", "actor2", "doc_id", "n_mentions", "precision"]
    return pd.DataFrame(columns=cols)


def test_a_corpus_that_never_names_the_focus_is_told_which_countries_it_names():
    # a week of Jawhara FM naming France, Algeria and Libya, run with the default Russia: "No event between Russia
    # and North Korea or Vietnam ... North Korea is named with Russia in no document"
    from marsad import query
    from marsad.charts import timeline as tc

    rows = ([("d1", "TN"), ("d1", "TN"), ("d2", "TN"), ("d3", "TN"), ("d1", "DZ"), ("d2", "DZ"), ("d3", "LY"),
             ("d4", "FR"), ("d4", "FR")])
    mentions = pd.DataFrame([{"doc_id": d, "entity_id": e, "entity_type": "country"} for d, e in rows]
                            + [{"doc_id": "d1", "entity_id": "p:1", "entity_type": "person"}])
    countries = query.countries_named({"mentions": mentions})
    assert countries.values.tolist() == [["TN", 3, 4], ["DZ", 2, 2], ["FR", 1, 2], ["LY", 1, 1]]
    named = pd.DataFrame(columns=["entity_id", "sentences", "documents"])  # countries_named_with: none shares one
    none = _no_events()
    md = tc.summary_markdown(none, none, "RU", ["KP", "VN"], n_dated=0, named=named, countries=countries)
    assert md == ("**No event** between Russia and North Korea or Vietnam: Russia, this report's focus, is named in no "
                  "document of this corpus. The countries it names most: Tunisia (3 documents), Algeria (2 documents), "
                  "France (1 document); to chart the events between them, run the report with "
                  "`-p focus TN -p partners DZ,FR`.")
    head = tc.summary_headline(none, "RU", ["KP", "VN"], n_dated=0, named=named, countries=countries)
    assert head == ("No event between Russia and North Korea or Vietnam: Russia is named nowhere in this corpus; it "
                    "names most Tunisia, Algeria and France (-p focus TN -p partners DZ,FR)")
    # a corpus naming no country at all
    empty = countries.iloc[:0]
    assert "nor is any other country" in tc.summary_markdown(none, none, "RU", ["KP"], n_dated=0, named=named,
                                                             countries=empty)
    # counter-examples: a corpus naming the focus keeps audit42's reasons; without the table, as before
    with_ru = query.countries_named({"mentions": pd.concat([mentions, mentions.iloc[[0]].assign(entity_id="RU")])})
    assert tc.focus_absent(with_ru, "RU") == ""
    md = tc.summary_markdown(none, none, "RU", ["KP", "VN"], n_dated=0, named=named, countries=with_ru)
    assert md == tc.summary_markdown(none, none, "RU", ["KP", "VN"], n_dated=0, named=named)
    assert "North Korea is named with Russia in no document" in md
    assert tc.summary_headline(none, "RU", ["KP"], n_dated=0, named=named) == \
        tc.summary_headline(none, "RU", ["KP"], n_dated=0, named=named, countries=with_ru)


# --------------------------------------------------------------------------- the overview of one dated period
def test_one_dated_period_is_said_as_a_day_week_or_month():
    # the seed: "All dated documents fall in one period, starting 2024-06-19" of one page
    from marsad.charts import overview

    def docs(dates):
        return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(dates))], "published": pd.to_datetime(dates),
                             "source": "الأيام 24"})

    one = overview.documents_over_time(docs(["2024-06-19"]))
    assert overview.one_period_sentence(one) == "The one dated document was published on 2024-06-19."
    day = overview.documents_over_time(docs(["2024-06-19", "2024-06-19"]))
    assert overview.one_period_sentence(day) == "All 2 dated documents were published on 2024-06-19."
    week = overview.documents_over_time(docs(["2024-06-19", "2024-06-20"]), freq="W")
    assert overview.one_period_sentence(week) == "All 2 dated documents were published in the week from 2024-06-17."
    month = overview.documents_over_time(docs(["2024-06-03", "2024-06-20"]), freq="M")
    assert overview.one_period_sentence(month) == "All 2 dated documents were published in June 2024."


# --------------------------------------------------------------------------- the heatmap's most frequent pair
def test_the_most_frequent_pair_says_when_pairs_tie():
    # a week of Jawhara FM: "Most frequent pair: Bashar al-Assad with France (1 texts)", one of many tied pairs
    from marsad.charts import mentions as mc

    ties = pd.DataFrame([[1, 1, 0], [0, 1, 1]], index=["بشار الأسد · Bashar al-Assad", "فائز السراج · Fayez al-Sarraj"],
                        columns=["فرنسا · France", "ليبيا · Libya", "تونس · Tunisia"])
    assert mc.top_pair_sentence(ties) == "No pair is named together in more than one text (4 pairs in one text each)."
    two = ties.assign(**{"فرنسا · France": [3, 0], "تونس · Tunisia": [0, 3]})
    assert mc.top_pair_sentence(two) == ("Most frequent pairs, 3 texts each: بشار الأسد · Bashar al-Assad with "
                                         "فرنسا · France, فائز السراج · Fayez al-Sarraj with تونس · Tunisia.")
    # counter-example: one pair ahead keeps the sentence, its count in words
    one = ties.assign(**{"ليبيا · Libya": [1, 4]})
    assert mc.top_pair_sentence(one) == "Most frequent pair: فائز السراج · Fayez al-Sarraj with ليبيا · Libya (4 texts)."
