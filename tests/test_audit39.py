"""audit39: the reports read on 2,982 France 24 + Al Arabiya articles, 231 Al Arabiya articles of March 2018 naming
Russia, three France 24 culture articles, the seed and the demo.

* a chart of counts per week or month drew each bar centred on its period's first day and as wide as the gap to the
  next bar: three titles of March and May read as a bar over February-March and one over April-May; each bar now
  sits inside its period (``charts.period_bars``);
* the tables showed an ANT outlet by its code ("alarabia", "france24") beside "Al Arabiya" in the prose;
* the mentions report said "No dated document names the focus entities (…): undated pages, or entities these
  tables do not mention" on three culture articles naming none of them: it now says which;
* "3 titles in 1 groups".
"""
from __future__ import annotations

import html
import json
import re

import pandas as pd
import pytest

from conftest import REPO, analysed, execute_notebook, notebook_text

_DAY = pd.Timedelta(days=1)


def _drawn_intervals(fig):
    """Each bar's drawn [left, right] on the date axis, as plotly places it: at ``x`` (or the middle of its period
    with ``xperiodalignment='middle'``), ``width`` wide, else 0.8 of the smallest gap between bars."""
    out = []
    for trace in fig.data:
        if trace.type != "bar":
            continue
        xs = [pd.Timestamp(x) for x in trace.x]
        if getattr(trace, "xperiodalignment", None) == "middle" and trace.xperiod is not None:
            if trace.xperiod == "M1":
                centres = [x.to_period("M").start_time + (x.to_period("M").end_time - x.to_period("M").start_time) / 2
                           for x in xs]
            else:
                step = pd.Timedelta(milliseconds=trace.xperiod)
                base = pd.Timestamp(trace.xperiod0 or "2000-01-02")
                centres = [base + ((x - base) // step) * step + step / 2 for x in xs]
        else:
            centres = xs
        gaps = sorted({abs(b - a) for a in xs for b in xs if a != b})
        all_x = sorted({pd.Timestamp(x) for t in fig.data if t.type == "bar" for x in t.x})
        gaps = [b - a for a, b in zip(all_x, all_x[1:])] or [_DAY]
        width = pd.Timedelta(milliseconds=trace.width) if trace.width is not None else 0.8 * min(gaps)
        out += [(x, c - width / 2, c + width / 2) for x, c in zip(xs, centres)]
    return out


def _inside_own_period(fig, freq: str) -> list:
    wrong = []
    for x, left, right in _drawn_intervals(fig):
        period = x.to_period({"M": "M", "W": "W-SUN", "D": "D"}[freq])
        if left < period.start_time or right > period.end_time:
            wrong.append((x.date(), left, right))
    return wrong


def test_documents_over_time_draw_each_bar_inside_its_period():
    from marsad.charts import overview

    # three France 24 culture articles of 3 March, 14 and 16 May: a bar over February-March and one over April-May
    docs = pd.DataFrame({"doc_id": ["a", "b", "c"], "source": ["france24"] * 3,
                         "published": pd.to_datetime(["2018-03-03", "2018-05-14", "2018-05-16"])})
    for freq in ("W", "M"):
        fig = overview.plot_documents_over_time(overview.documents_over_time(docs, freq=freq))
        assert not _inside_own_period(fig, freq), freq
        assert fig.layout.xaxis.ticklabelmode == "period"  # each date label under the middle of its period
    # the span picks the period (74 days: weeks)
    assert overview.documents_over_time(docs).attrs["freq"] == "W"


def test_topic_mix_over_time_draws_each_month_inside_the_month():
    from marsad.charts import topics as tc

    heads = pd.DataFrame({"text": ["أ", "ب", "ج"], "topic": ["culture"] * 3, "confidence": [0.9] * 3,
                          "published": pd.to_datetime(["2018-03-03", "2018-05-14", "2018-05-16"]),
                          "source": ["france24"] * 3, "position": [0, 0, 0], "doc_id": ["a", "b", "c"]})
    fig = tc.plot_topic_mix_over_time(heads, freq="MS", deduplicate=False)
    assert not _inside_own_period(fig, "M")


def test_period_bars_leave_other_charts_alone():
    import plotly.graph_objects as go

    from marsad.charts import period_bars

    fig = go.Figure(go.Bar(x=["a", "b"], y=[1, 2]))
    period_bars(fig, None)
    assert fig.data[0].xperiod is None and fig.data[0].width is None
    # counter-example: a daily chart keeps a bar per day, each inside its day
    days = go.Figure(go.Bar(x=pd.to_datetime(["2018-03-01", "2018-03-03"]), y=[1, 2]))
    assert _inside_own_period(days, "D")  # 0.8 of a two-day gap spills over the day
    assert not _inside_own_period(period_bars(days, "D"), "D")


def test_tables_name_an_ant_outlet_not_its_code():
    from marsad.charts import reader_table

    table = pd.DataFrame({"title": ["عنوان", "عنوان آخر", "ثالث", "رابع"],
                          "source": ["alarabia", "France24", "العربية", "Hespress"]})
    page = html.unescape(reader_table(table).data)
    cells = re.findall(r"<td[^>]*>(.*?)</td>", page)
    assert "Al Arabiya" in cells and "France 24" in cells
    assert "alarabia" not in cells and "France24" not in cells
    # counter-examples: a source written another way is shown as written
    assert "العربية" in cells and "Hespress" in cells


def test_no_attention_sentence_says_which_case():
    from marsad.charts import mentions as mc

    m = pd.DataFrame({"doc_id": ["a", "b"], "entity_id": ["FR", "FR"], "entity_type": ["country"] * 2,
                      "label_en": ["France"] * 2, "label_ar": ["فرنسا"] * 2, "surface": ["فرنسا"] * 2,
                      "form": ["name"] * 2})
    none = mc.no_attention_sentence(m, ["RU", "KP"])
    assert none.startswith("No document of this corpus names ") and "Russia" in none and " or " in none
    assert "undated" not in none
    undated = mc.no_attention_sentence(m, ["FR", "RU"])
    assert "France is named in 2 documents, none of them with a publication date" in undated


def test_topic_caption_counts_groups_in_words():
    nb = json.loads((REPO / "notebooks" / "01-ticker-topics.ipynb").read_text(encoding="utf-8"))
    source = "".join("".join(c["source"]) for c in nb["cells"])
    assert "{len(mix)} groups" not in source  # "3 titles in 1 groups"
    assert "charts.plural(len(mix), 'group')" in source


@pytest.mark.slow
def test_mentions_report_says_no_document_names_the_focus(tmp_path):
    # three culture articles: "No dated document names the focus entities (...): undated pages, or entities these
    # tables do not mention" (audit39)
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "page.txt").write_text("خبر\nنشر في وكالة الأنباء يوم 20 - 06 - 2024\n"
                                     "افتتح مهرجان السينما في باريس عروضه الأولى بحضور جمهور كبير من فرنسا.\n",
                                     encoding="utf-8")
    out = tmp_path / "report"
    tables = analysed(str(folder), out)
    nb = execute_notebook("02-mentions.ipynb", tmp_path, tables=str(tables), output_dir=str(out))
    text = notebook_text(nb)
    assert "undated pages, or entities these tables do not mention" not in text
    assert "No document of this corpus names" in text and "Vladimir Putin" in text


def _events(dates, precision="day"):
    return pd.DataFrame({"kind": "event", "actor1": "RU", "actor2": "GB", "status": "reported",
                         "precision": precision, "date_start": dates, "date_end": dates, "cameo_code": "111",
                         "event_label": "Criticize or denounce", "date_text": "", "goldstein": -2.0,
                         "sentence": "جملة", "doc_id": "d", "source": "RU", "target": "GB"})


def _crowded_month():
    # 231 Al Arabiya articles of March 2018: 93 Russia-UK/US events, nearly all in March, one dated "last summer"
    # and one "2018" (a bar to January 2019) drew March as a 10-pixel blob (audit39)
    march = [f"2018-03-{d:02d}" for d in range(2, 32)] * 2
    ev = _events(march)
    summer = _events(["2017-06-01"], "month").assign(date_end="2017-08-31")
    year = _events(["2018-01-01"], "year").assign(date_end="2018-12-31")
    return pd.concat([ev, summer, year], ignore_index=True)


def test_a_crowded_timeline_opens_on_where_its_events_are():
    from marsad.charts import timeline as tc

    fig = tc.timeline_figure(_crowded_month(), title="t")
    lo, hi = (pd.Timestamp(x) for x in fig.layout.xaxis.range)
    assert pd.Timestamp("2018-02-20") < lo <= pd.Timestamp("2018-03-02")
    assert pd.Timestamp("2018-03-31") <= hi < pd.Timestamp("2018-04-15")
    # the two far events are clipped and unlabelled, not printed over the lane names
    for trace in fig.data:
        if trace.mode == "markers+text" and trace.x is not None and len(trace.x):
            far = [pd.Timestamp(x) < lo or pd.Timestamp(x) > hi for x in trace.x]
            if any(far):
                assert trace.cliponaxis and not any(trace.text)
    sentence = tc.focus_sentence(_crowded_month())
    assert "where 60 of its 62 events are (2 outside that view)" in sentence and "double-click" in sentence
    # the static figure (print) keeps the whole span
    assert tc.axis_range(tc.place_labels(tc._prepare(_crowded_month())))[0] < pd.Timestamp("2017-06-01")


def test_a_spread_or_small_timeline_shows_its_whole_span():
    from marsad.charts import timeline as tc

    # counter-examples: events spread over the year, and a few crowded events
    spread = _events([f"2018-{m:02d}-15" for m in range(1, 13)] * 2)
    few = pd.concat([_events(["2018-03-05", "2018-03-06", "2018-03-07"]),
                     _events(["2017-06-01"], "month").assign(date_end="2017-08-31")], ignore_index=True)
    for ev in (spread, few):
        fig = tc.timeline_figure(ev, title="t")
        prepared = tc._prepare(ev)
        assert tuple(pd.Timestamp(x) for x in fig.layout.xaxis.range) == tc.axis_range(prepared)
        assert tc.focus_sentence(ev) == ""


def test_trust_line_and_attention_caption_read_in_words():
    from marsad.charts import overview
    from marsad.charts.quality import trust_short as trust_note

    # 2,982 France 24 and Al Arabiya articles: "trained on Al Arabiya and France 24, this corpus's outlet"
    two = trust_note("topics", trained_outlets=["Al Arabiya", "France 24"])
    assert "this corpus's outlets," in two
    assert "this corpus's outlet," in trust_note("topics", trained_outlets=["France 24"])  # counter-example
    frame = pd.DataFrame({"period": pd.to_datetime(["2018-03-01", "2018-04-01"]), "total_documents": [1500, 1482],
                          "documents": [10, 12], "label": ["Russia", "Russia"], "entity_id": ["RU", "RU"]})
    frame.attrs.update(period_name="month")
    assert "Share of the 2,982 dated documents" in overview.attention_caption(frame)


def test_chronicle_names_one_outlets_articles_by_number():
    from marsad.charts.timeline import _links

    three = {"urls": "https://a.net/1;https://a.net/2;https://a.net/3", "source_names": "alarabia"}
    text = re.sub(r"<[^>]+>", "", _links(three))
    assert text == "Al Arabiya: 1, 2, 3" and "source 2" not in text
    # counter-examples: one article keeps the outlet's name as its link; two outlets keep theirs
    assert re.sub(r"<[^>]+>", "", _links({"urls": "https://a.net/1", "source_names": "alarabia"})) == "Al Arabiya"
    two = {"urls": "https://a.net/1;https://b.net/2", "source_names": "alarabia;france24"}
    assert re.sub(r"<[^>]+>", "", _links(two)) == "Al Arabiya, France 24"


def _heatmap_matrix(top: int):
    people = [f"شخص {i}" for i in range(15)]
    countries = [f"بلد {j}" for j in range(15)]
    return pd.DataFrame([[top if (i, j) == (0, 0) else (i * 7 + j) % 60 for j in range(15)] for i in range(15)],
                        index=people, columns=countries)


def test_heatmap_with_three_digit_counts_asks_to_drop_them_on_a_phone():
    from marsad.charts import mentions as mc

    assert mc.comention_figure(_heatmap_matrix(340)).layout.meta == {"marsad_narrow_cells": "hide"}
    assert mc.comention_figure(_heatmap_matrix(60)).layout.meta is None  # counter-example: two digits fit


@pytest.mark.slow
def test_heatmap_cell_numbers_hide_on_a_phone_and_come_back_when_wide(tmp_path):
    # 2,982 articles: at 400 px "340 95 100 116 65 38 109 ..." ran into one string (audit39)
    from _browser import CHROMIUM_ARGS, find_chromium, require_browser

    require_browser()
    import plotly.io as pio
    from playwright.sync_api import sync_playwright

    from marsad.charts import mentions as mc
    from marsad.runner.html import _RESPONSIVE_JS

    figs = [mc.comention_figure(_heatmap_matrix(top)) for top in (340, 60)]
    body = "".join(pio.to_html(f, full_html=False, include_plotlyjs=(i == 0)) for i, f in enumerate(figs))
    page = tmp_path / "heat.html"
    page.write_text(f"<html><head><meta charset='utf-8'></head><body>{body}{_RESPONSIVE_JS}</body></html>",
                    encoding="utf-8")
    count = "() => [...document.querySelectorAll('.plotly-graph-div')].map(d => [...d.querySelectorAll('text')]" \
            ".filter(t => /^[0-9,]+$/.test(t.textContent) && t.closest('.heatmaplayer')).length)"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
        pg = browser.new_page(viewport={"width": 400, "height": 900})
        pg.goto(page.as_uri())
        pg.wait_for_timeout(1500)
        narrow = pg.evaluate(count)
        pg.set_viewport_size({"width": 1300, "height": 900})
        pg.evaluate("() => window.dispatchEvent(new Event('resize'))")
        pg.wait_for_timeout(1500)
        wide = pg.evaluate(count)
        browser.close()
    assert narrow[0] == 0 and wide[0] > 200  # three digits: hidden on a phone, back when wide
    assert narrow[1] > 200  # counter-example: two-digit counts stay on a phone
