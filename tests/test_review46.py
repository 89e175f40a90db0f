"""review46: a second read of audit43's report changes, on inputs its authors did not try.

* a crowded timeline panel's opening view (focus_range, "at least one event off each end" since audit43) opened on
  a 4-day view that hid an event three days after eleven of one day, and on "5 Mar 2018 - 5 Mar 2018, where 12 of
  its 12 events are (0 outside that view)" for twelve events of one day;
* a topic mix drawn by day or week (since audit43 up to 14 / 92 days, so across a year end) named the year under
  its first bar only: "26 Dec / 2016, 28 Dec, 2 Jan" read as January 2016;
* a ticker dated by its capture day drew its topic mix over time as one bar across the plot, "the corpus spans 1
  days";
* the index headline of a one-partner timeline said its count twice: "13 events between Russia and Türkiye (13)";
* a corpus without a ticker listed "Document titles next to the ticker" with nothing to show, and the index said
  "1 document titles (no ticker)" of one title.
"""
from __future__ import annotations

import pandas as pd
import pytest

from marsad.charts import timeline as tc
from marsad.charts import topics as tt


def _ru_tr(dates):
    return pd.DataFrame({"kind": "event", "actor1": "RU", "actor2": "TR", "status": "reported", "precision": "day",
                         "date_start": dates, "date_end": dates, "cameo_code": "042", "event_label": "Make a visit",
                         "date_text": "", "goldstein": 1.9, "sentence": "جملة", "doc_id": "d", "source": "RU",
                         "target": "TR"})


def _opens_on_whole_span(ev) -> bool:
    fig = tc.timeline_figure(ev, title="t")
    return tuple(pd.Timestamp(x) for x in fig.layout.xaxis.range) == tc.axis_range(tc._prepare(ev))


# --------------------------------------------------------------------------- the timeline's opening view
def test_a_panel_of_one_day_opens_on_its_whole_span_and_says_nothing_is_outside():
    # twelve events of 5 March: "opens on 5 Mar 2018 - 5 Mar 2018, where 12 of its 12 events are (0 outside that view):
    # double-click the chart to see its whole span"
    one_day = _ru_tr(["2018-03-05"] * 12)
    assert tc.focus_range(tc._prepare(one_day)) is None
    assert tc.focus_sentence(one_day) == ""
    assert _opens_on_whole_span(one_day)


def test_an_event_a_few_days_from_the_others_is_not_left_outside():
    # eleven events of 5 March and one of 8 March opened on 3-7 March: the later one hidden, nothing spread
    for dates in (["2018-03-05"] * 11 + ["2018-03-08"], ["2018-03-02"] + ["2018-03-05"] * 11,
                  ["2018-03-01"] + [f"2018-03-{11 + i % 7:02d}" for i in range(10)] + ["2018-03-27"]):
        ev = _ru_tr(dates)
        assert tc.focus_range(tc._prepare(ev)) is None, dates
        assert tc.focus_sentence(ev) == ""
        assert _opens_on_whole_span(ev)


def test_a_far_event_is_still_left_outside():
    # counter-examples: audit43's lane (one event of November 2015, twelve of March-May 2018) and eleven events of
    # one day with one two months later still open on where most are
    spring = ["2018-03-05", "2018-04-01", "2018-04-03", "2018-04-03", "2018-04-03", "2018-04-03", "2018-04-03",
              "2018-04-03", "2018-04-11", "2018-05-06", "2018-05-10", "2018-05-10"]
    assert "where 12 of its 13 events are (1 outside that view)" in tc.focus_sentence(_ru_tr(["2015-11-24"] + spring))
    later = _ru_tr(["2018-03-05"] * 11 + ["2018-05-08"])
    assert "where 11 of its 12 events are (1 outside that view)" in tc.focus_sentence(later)
    assert not _opens_on_whole_span(later)


# --------------------------------------------------------------------------- day and week labels across a year end
def _titles(dates):
    return pd.DataFrame({"text": [f"t{i}" for i in range(len(dates))], "published": pd.to_datetime(dates),
                         "topic": "world", "label": "world", "label_ar": "دولي", "label_en": "World", "confidence": 0.9,
                         "source": "Jawhara FM", "duplicate_of": None})


def test_a_day_or_week_axis_names_the_new_year_under_its_first_bar():
    days = _titles(["2016-12-26", "2016-12-28", "2016-12-30", "2017-01-02", "2017-01-05"])
    assert tt.over_time_period(days) == ("D", "day")
    fig = tt.plot_topic_mix_over_time(days, freq="D", deduplicate=False)
    assert list(fig.layout.xaxis.ticktext) == ["26 Dec<br>2016", "28 Dec", "30 Dec", "2 Jan<br>2017", "5 Jan"]
    weeks = _titles(["2016-11-20", "2016-12-12", "2017-01-09", "2017-02-01"])
    assert tt.over_time_period(weeks) == ("W", "week")
    fig = tt.plot_topic_mix_over_time(weeks, freq="W", deduplicate=False)
    assert list(fig.layout.xaxis.ticktext) == ["14 Nov – 20 Nov<br>2016", "12 Dec – 18 Dec", "9 Jan – 15 Jan<br>2017",
                                               "30 Jan – 5 Feb"]
    # counter-example: days of one year carry it under the first only
    fig = tt.plot_topic_mix_over_time(_titles(["2018-07-25", "2018-07-27", "2018-08-01"]), freq="D", deduplicate=False)
    assert list(fig.layout.xaxis.ticktext) == ["25 Jul<br>2018", "27 Jul", "1 Aug"]


def test_headlines_of_one_day_are_said_in_a_sentence_not_drawn_as_one_bar():
    one_day = _titles(["2024-06-19"] * 55)
    assert tt.over_time_period(one_day) == ("D", "day")
    assert tt.one_period_sentence(one_day, "D") == ("Every dated headline is of one day, 19 Jun 2024 (55 headlines): "
                                                    "with one bar there is no change over time to chart.")
    # counter-examples: two days, or none dated, keep the chart (or its own note)
    assert tt.one_period_sentence(_titles(["2024-06-19", "2024-06-20"]), "D") == ""
    assert tt.one_period_sentence(_titles([]), "D") == ""


@pytest.mark.slow
def test_a_ticker_dated_by_its_capture_day_has_no_one_bar_chart(tmp_path, seed_path):
    # the seed run with --capture-date drew one bar across the plot, "Headlines per day (the corpus spans 1 days) ...
    # 55 dated headlines from 2024-06-19 to 2024-06-19"
    from conftest import execute_notebook, notebook_text

    text = notebook_text(execute_notebook("01-ticker-topics.ipynb", tmp_path, corpus=str(seed_path),
                                          capture_date="2024-06-19"))
    assert "Every dated headline is of one day, 19 Jun 2024 (55 headlines)" in text
    assert "spans 1 days" not in text and "Headlines per day" not in text


# --------------------------------------------------------------------------- the index headline of one partner
def test_one_partner_headline_says_its_count_once():
    ev = _ru_tr(["2018-03-05"] * 13).assign(n_mentions=1)
    assert tc.summary_headline(ev, "RU", ["TR"], n_dated=13) == "13 events between Russia and Türkiye; 13 with their own date"
    # counter-example: several partners keep each one's count
    assert tc.summary_headline(ev, "RU", ["TR", "SY"], n_dated=13) == \
        "13 events between Russia and Türkiye (13), Syria (0); 13 with their own date"


# --------------------------------------------------------------------------- a corpus without a ticker
def test_leave_out_without_a_message_shows_nothing(monkeypatch):
    from marsad.runner import context

    shown = []
    monkeypatch.setattr(context, "_display", lambda html, meta: shown.append((html, meta)))
    context.leave_out("ticker-titles", "")
    context.leave_out("events", "No event: the timeline is left out.")
    assert shown[0] == ("", {"leave_out": ["ticker-titles"]})
    assert "No event: the timeline is left out." in shown[1][0]  # counter-example: a message is shown as before


@pytest.mark.slow
def test_a_corpus_without_a_ticker_has_no_titles_next_to_the_ticker_section(tmp_path, fixtures_dir, seed_path):
    import shutil

    from conftest import execute_notebook, notebook_headline
    from marsad.runner.context import collect_metadata
    from marsad.runner.html import _leave_out

    def page_text(nb):
        collected = collect_metadata(nb)
        _leave_out(nb, collected["leave_out"])
        return "".join("".join(c["source"]) for c in nb.cells if c["cell_type"] == "markdown")

    titles_only = execute_notebook("01-ticker-topics.ipynb", tmp_path, corpus=str(fixtures_dir / "ant_sample.txt"))
    assert "## Document titles next to the ticker" not in page_text(titles_only)
    # and the index's headline of its one title: "1 document titles (no ticker)" before
    assert notebook_headline(titles_only).startswith("1 document title (no ticker); ")
    # counter-example: a page with a ticker and a document title keeps the section
    mixed = tmp_path / "mixed"
    mixed.mkdir()
    shutil.copy(seed_path, mixed / seed_path.name)
    shutil.copy(fixtures_dir / "ant_sample.txt", mixed / "ant_sample.txt")
    out = tmp_path / "m"
    out.mkdir()
    assert "## Document titles next to the ticker" in page_text(execute_notebook("01-ticker-topics.ipynb", out, corpus=str(mixed)))
