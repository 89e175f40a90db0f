"""audit40: the reports read as an analyst would, on Jawhara FM in full, France 24 naming Russia with Vietnam or
India, and seed + demo.

* the relations timeline's hover (the report's and the explorer's) listed an event's outlets by their ANT code
  ("1 in 1 document(s) · alarabia"): it names them ("Al Arabiya, CNN Arabic").
"""
from __future__ import annotations

import pandas as pd
import pytest

from conftest import event_report_row

from marsad.charts import timeline as tc
from marsad.events import merge_events




def _hovers(events: pd.DataFrame) -> list[str]:
    fig = tc.timeline_figure(events)
    return [h for tr in fig.data for h in (tr.hovertext or ())]


def test_the_timeline_hover_names_outlets_not_codes():
    merged = merge_events(pd.DataFrame([event_report_row("a1", "Alarabia", "https://a.example/1"),
                                        event_report_row("c1", "CNN", "https://c.example/1")]))
    hovers = _hovers(merged)
    assert hovers and all("Al Arabiya" in h and "CNN Arabic" in h for h in hovers), hovers
    assert not any("Alarabia" in h or "alarabia" in h for h in hovers)


def test_a_source_that_is_no_ant_code_stays_as_written_in_the_hover():
    ev = merge_events(pd.DataFrame([event_report_row("x1", "Hespress", "https://h.example/1")]))
    hovers = _hovers(ev)
    assert hovers and all("Hespress" in h for h in hovers)
    # no outlet at all: the document id, as before
    ev = merge_events(pd.DataFrame([event_report_row("x2", None, "https://h.example/2")]))
    assert all("x2" in h for h in _hovers(ev))


def _explore_tables():
    import marsad
    from marsad.explore import views as ex

    docs = pd.DataFrame({"doc_id": ["a1", "f1"], "source": ["Alarabia", "France24"],
                         "published": pd.to_datetime(["2018-03-14", "2018-03-15"]),
                         "captured": pd.to_datetime([None, None]), "title": ["", ""]})
    text = "وقالت روسيا إن فيتنام شريك"
    segs = pd.DataFrame({"doc_id": ["a1", "f1"], "section": ["paragraph", "paragraph"], "position": [1, 1],
                         "text": [text, text]})
    segs["normalized"] = segs["text"].map(marsad.normalize)
    start = text.index("فيتنام")
    ments = pd.DataFrame([(d, "paragraph", 1, "VN", "country", "Vietnam", "فيتنام", "name", "فيتنام", start,
                           start + 6) for d in ("a1", "f1")],
                         columns=["doc_id", "section", "position", "entity_id", "entity_type", "label_en",
                                  "label_ar", "form", "surface", "start", "end"])
    return ex.prepare_tables({"documents": docs, "segments": segs, "mentions": ments,
                              "headlines": pd.DataFrame(), "events": pd.DataFrame()})


def test_the_explorer_names_outlets_in_its_kwic_and_source_filter():
    from marsad.explore import views as ex
    from marsad.explore.app import Explorer

    tables = _explore_tables()
    html = ex.kwic_html(ex.kwic(tables, ex.Selection(entities=("VN",))))
    assert "Al Arabiya" in html and "France 24" in html and "Alarabia" not in html
    explorer = Explorer(tables)
    explorer.widget()
    labels = [label for label, _ in explorer._sources.options]
    assert sorted(labels) == ["Al Arabiya (1)", "France 24 (1)"]
    # the filter still selects by the table's value
    explorer.select(entities=("VN",))
    assert set(explorer.views["kwic"]["doc_id"]) == {"a1", "f1"}
    explorer._sources.value = ("France24",)
    assert set(explorer.views["kwic"]["doc_id"]) == {"f1"}


def test_the_attention_hover_names_the_outlet_of_each_sample():
    from marsad import query
    from marsad.charts.overview import attention_figure

    frame = query.attention_over_time(_explore_tables(), query.Selection(entities=("VN",)))
    texts = [t for tr in attention_figure(frame).data for t in (tr.text or ())]
    assert texts and any("France 24" in t for t in texts) and any("Al Arabiya" in t for t in texts)
    assert not any("France24" in t or "Alarabia" in t for t in texts)


def test_the_topic_mix_by_source_names_its_bars_by_outlet():
    from marsad.charts.topics import plot_topic_mix_by_source

    heads = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": ["x", "y", "z"], "topic": ["sports", "politics", "sports"],
                          "confidence": [0.9, 0.9, 0.9], "duplicate_of": [None, None, None],
                          "source": ["JawharaFM", "France24", "Hespress"]})
    fig = plot_topic_mix_by_source(heads, deduplicate=False)
    bars = {y for tr in fig.data for y in tr.y}
    assert bars == {"Jawhara FM", "France 24", "Hespress"}, bars


def _many(dates):
    return pd.DataFrame([{**event_report_row(f"d{i}", "alarabia", f"https://a.net/{i}"), "date_start": a, "date_end": b,
                          "precision": p} for i, (a, b, p) in enumerate(dates)])


def test_a_crowded_month_opens_by_week_on_a_phone():
    import re

    # audit39's Skripal month held 92 events: opened on a phone, 92 cards. Past 31 events a month opens on its
    # weeks (1-7, 8-14, 15-21, 22-end), each closed with its count; a month-dated event under "across the month"
    dates = ([(f"2018-03-{d:02d}",) * 2 + ("day",) for d in range(1, 32)] * 2
             + [("2018-03-01", "2018-03-31", "month"), ("2018-03-06", "2018-03-09", "day"),
                ("2018-02-10", "2018-02-10", "day")])
    html = tc.chronicle_table(_many(dates)).data
    phone = html.split("<div class='marsad-chronicle-phone'>")[1]
    assert re.findall(r"<summary><b>([^<]+)</b> · ([^<]+)</summary>", phone) == [
        ("March 2018", "64 events"), ("February 2018", "1 event")]
    weeks = re.findall(r"<details class='marsad-week'><summary>([^<]+)</summary>", phone)
    assert weeks == ["1–7 Mar · 14 events", "8–14 Mar · 14 events", "15–21 Mar · 14 events", "22–31 Mar · 20 events",
                     "across March (no single week) · 2 events"]
    assert phone.count("<tr><td") == len(dates)
    # each event once, in its own week
    first = phone.split("<details class='marsad-week'>")[1]
    assert "07 Mar 2018" in first and "08 Mar 2018" not in first


def test_a_month_of_31_events_stays_one_run_of_cards():
    dates = [(f"2018-03-{d:02d}",) * 2 + ("day",) for d in range(1, 32)]
    html = tc.chronicle_table(_many(dates)).data
    assert "marsad-chronicle-phone" in html and "class='marsad-week'" not in html


def test_a_stretch_of_days_reads_in_the_words_of_the_day_dates():
    # "2017-06-01 … 2017-08-31" broke inside a date in the chronicle's narrow date column ("2017-08-" / "31")
    def words(a, b, p="season"):
        return tc.date_words({"precision": p, "date_start": a, "date_end": b})

    assert words("2017-06-01", "2017-08-31") == "Jun – Aug 2017"
    assert words("2017-12-01", "2018-02-28") == "Dec 2017 – Feb 2018"
    assert words("2018-03-05", "2018-03-09", "week") == "05 – 09 Mar 2018"
    assert words("2018-02-26", "2018-03-04", "week") == "26 Feb – 04 Mar 2018"
    assert words("2017-12-28", "2018-01-03", "week") == "28 Dec 2017 – 03 Jan 2018"
    # the named precisions are unchanged
    assert words("2018-03-17", "2018-03-17", "day") == "17 Mar 2018"
    assert words("2018-03-01", "2018-03-31", "month") == "Mar 2018"
    assert words("2006-01-01", "2006-12-31", "year") == "2006"


def test_the_browser_check_judges_arabic_runs_not_whole_cells(tmp_path):
    from _browser import check_pages, require_browser

    require_browser("browser tests")
    dates = [("2006-01-01", "2006-12-31", "year"), ("2017-06-01", "2017-08-31", "season")]
    ev = _many(dates).assign(date_text=["عام 2006", "الصيف الماضي"])
    page = tmp_path / "chronicle.html"
    page.write_text("<html><head><meta charset='utf-8'></head><body>" + tc.chronicle_table(ev).data
                    + "<table><tr><td>عام 2006 وما بعده</td></tr></table></body></html>", encoding="utf-8")
    info = check_pages([page])[page].info
    # the chronicle's date cells: an English date over its Arabic phrase, which is laid out right to left in its
    # own element; the bare Arabic cell of the second table is not
    assert info["rtlWrong"] == ["TD: عام 2006 وما بعده"], info["rtlWrong"]


_LEAD = ("أعلن الرئيس الصيني في ختام قمة منظمة شنغهاي للتعاون أن دول المنظمة تتمسك بوحدتها وتدعو إلى حوار "
         "مفتوح بشأن التجارة العالمية وسط توترات متصاعدة مع الولايات المتحدة")


def _story_csv(tmp_path, repeat: bool):
    # the same France 24 article filed under economy and internationalNews (audit40's France 24 corpus had three
    # such pairs among 15 documents: stories.csv knew, no page said so)
    rows = [{"title": "قمة منظمة شنغهاي تجمع الصين وروسيا", "text": _LEAD, "source": "France24", "date": "2018-06-09",
             "url": "https://f24.example/economy/54", "category": "economy"},
            {"title": "قمة منظمة شنغهاي تجمع الصين وروسيا" if repeat else "البرلمان الأرميني ينتخب رئيسا للوزراء",
             "text": _LEAD + " وأضاف أن القمة المقبلة تعقد في العام القادم" if repeat else "انتخب البرلمان الأرميني زعيم المعارضة رئيسا للوزراء بعد أسابيع من الاحتجاجات في يريفان",
             "source": "France24", "date": "2018-06-09", "url": "https://f24.example/world/1724",
             "category": "internationalNews"},
            {"title": "ماكرون يبرر رحلاته إلى الخارج", "text": "قال الرئيس الفرنسي إن رحلاته الكثيرة إلى الخارج تخدم مصالح فرنسا",
             "source": "France24", "date": "2018-05-31", "url": "https://f24.example/world/1557",
             "category": "internationalNews"}]
    pd.DataFrame(rows).to_csv(tmp_path / "f24.csv", index=False)
    return tmp_path / "f24.csv"


def test_repeated_stories_list_each_story_with_its_documents():
    from marsad.charts.overview import repeated_stories, stories_sentence

    docs = pd.DataFrame({"doc_id": ["e54", "w1724", "w1557"], "path": ["e54.txt", "w1724.txt", "w1557.txt"],
                         "title": ["قمة", "قمة", "ماكرون"], "url": [None] * 3, "source": ["france24"] * 3,
                         "published": ["2018-06-09", "2018-06-09", "2018-05-31"],
                         "category": ["economy", "internationalNews", "internationalNews"]})
    stories = pd.DataFrame({"doc_id": ["e54", "w1724"], "story_id": ["s1", "s1"], "n_documents": [2, 2],
                            "n_outlets": [1, 1], "first_seen": ["2018-06-09"] * 2, "sources": ["france24"] * 2})
    rep = repeated_stories(docs, stories)
    assert rep[["story", "file", "category"]].values.tolist() == [[1, "e54.txt", "economy"],
                                                                   [1, "w1724.txt", "internationalNews"]]
    sentence = stories_sentence(3, rep)
    assert "**2 distinct stories**: 1 story is in more than one document (2 documents" in sentence
    # every document its own story: nothing to say
    assert repeated_stories(docs, stories.iloc[:0]).empty and stories_sentence(3, repeated_stories(docs, None)) == ""


@pytest.mark.slow
def test_the_overview_says_when_documents_repeat_a_story(tmp_path):
    from conftest import execute_notebook, notebook_text

    text = notebook_text(execute_notebook("00-corpus-overview.ipynb", tmp_path, corpus=str(_story_csv(tmp_path, True))))
    assert "They tell **2 distinct stories**: 1 story is in more than one document (2 documents" in text
    assert "**1 story** is told by more than one document" in text and "economy" in text


@pytest.mark.slow
def test_the_overview_says_nothing_of_stories_when_each_document_is_its_own(tmp_path):
    from conftest import execute_notebook, notebook_text

    text = notebook_text(execute_notebook("00-corpus-overview.ipynb", tmp_path, corpus=str(_story_csv(tmp_path, False))))
    assert "distinct stor" not in text and "told by more than one document" not in text


def _title_lines_at(width: int, html: str, tmp_path) -> int:
    from _browser import CHROMIUM_ARGS, find_chromium, require_browser
    from marsad.runner.html import BASE_CSS, RESPONSIVE_CSS

    require_browser("browser tests")
    from playwright.sync_api import sync_playwright

    page_file = tmp_path / "table.html"
    page_file.write_text("<html><head><meta charset='utf-8'>" + BASE_CSS + RESPONSIVE_CSS + "</head><body>" + html
                         + "</body></html>", encoding="utf-8")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
        page = browser.new_context(viewport={"width": width, "height": 800}).new_page()
        page.goto(page_file.resolve().as_uri())
        lines = page.evaluate("""() => { const td = [...document.querySelectorAll('td')].find(
            t => t.innerText.startsWith('قمة منظمة')); const r = document.createRange(); r.selectNodeContents(td);
            const tops = new Set([...r.getClientRects()].map(x => Math.round(x.top))); return tops.size; }""")
        browser.close()
    return lines


def test_a_title_beside_a_context_is_not_squeezed_to_a_word_per_line_on_a_phone(tmp_path):
    from marsad.charts.base import reader_table

    title = "قمة منظمة شنغهاي للتعاون تجمع الصين وروسيا وإيران وسط توترات مع الولايات المتحدة"
    context = ("تنطلق السبت أعمال قمة منظمة شنغهاي للتعاون التي تجمع روسيا وإيران والصين، في وقت تزداد "
               "التوترات التجارية بين بكين وواشنطن")
    start = context.index("روسيا")
    frame = pd.DataFrame({"context": [context], "name": ["روسيا · Russia"], "title": [title], "source": ["France24"],
                          "published": ["2018-06-09"], "c0": [start], "c1": [start + 5]})
    html = reader_table(frame, columns=["context", "name", "title", "source", "published"],
                        highlight={"context": ("c0", "c1")}).data
    # twelve words: a word a line (12) at 400 px before; at most five lines now, the table scrolling in its box
    assert _title_lines_at(400, html, tmp_path) <= 5
    # a short title keeps no minimum width
    short = reader_table(frame.assign(title="قمة منظمة شنغهاي"), columns=["title", "source"]).data
    assert "min-width:9em" not in short


def test_one_named_source_and_a_few_unnamed_read_as_a_sentence():
    from marsad.charts.overview import source_counts, sources_sentence

    def docs(sources):
        return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(sources))], "source": sources,
                             "published": pd.to_datetime(["2017-01-01"] * len(sources))})

    # Jawhara FM in full: a 10,159-document bar beside an invisible "(unknown) 1", under "from 1 source"
    said = sources_sentence(source_counts(docs(["JawharaFM"] * 1200 + [None])))
    assert said == ("All but 1 of the 1,201 documents come from **Jawhara FM** (the publisher named in the byline, "
                    "the `<SRC>` tag or the table); 1 document names no source.")
    assert sources_sentence(source_counts(docs(["France24"] * 3))).startswith("All 3 documents come from **France 24**")
    assert sources_sentence(source_counts(docs([None, None]))).startswith("No document names its source")
    # two named outlets: the chart
    assert sources_sentence(source_counts(docs(["France24", "Alarabia", None]))) is None


def test_bar_labels_count_with_thousands_separators():
    from marsad.charts.overview import plot_sections, plot_sources
    from marsad.charts.topics import plot_topic_mix

    sections = plot_sections(pd.DataFrame({"section": ["title", "paragraph"], "segments": [10156, 21305],
                                           "characters": [499679, 6720449]}))
    assert {t.texttemplate for t in sections.data} == {"%{text:,}"}
    sources = plot_sources(pd.DataFrame({"source": ["JawharaFM", "France24"], "documents": [10159, 12]}))
    assert {t.texttemplate for t in sources.data} == {"%{text:,}"}
    mix = pd.DataFrame({"topic": ["uncertain", "sports"], "label_ar": ["غير مؤكد", "رياضة"],
                        "label_en": ["Uncertain", "Sports"], "count": [2015, 1370], "share": [0.2, 0.13],
                        "colour": ["#c7c7c7", "#ff7f0e"]})
    assert set(plot_topic_mix(mix).data[0].text) == {"2,015 (20%)", "1,370 (13%)"}


def test_a_country_that_outweighs_the_rest_puts_the_map_on_a_log_scale():
    import numpy as np

    from marsad.charts.mentions import choropleth_figure

    def fig(tn, fr):
        counts = pd.DataFrame({"entity_id": ["TN", "FR", "LY"], "iso3": ["TUN", "FRA", "LBY"],
                               "label": ["تونس · Tunisia", "فرنسا · France", "ليبيا · Libya"],
                               "mentions": [tn, fr, 20]})
        return choropleth_figure(counts).data[0]

    # Jawhara FM: Tunisia 9,653, France 1,600: every other country was the palest shade of a linear scale
    trace = fig(9653, 1600)
    z = dict(zip(trace.locations, trace.z))
    assert abs(z["TUN"] - np.log10(9654)) < 1e-9 and abs(z["FRA"] - np.log10(1601)) < 1e-9
    assert list(trace.colorbar.ticktext) == ["1", "10", "100", "1,000"] and "log" in trace.colorbar.title.text
    hover = dict(zip(trace.locations, trace.customdata))
    assert hover["TUN"] == 9653 and "%{customdata:,}" in trace.hovertemplate
    # counts of one order: the linear scale as before
    trace = fig(300, 200)
    assert dict(zip(trace.locations, trace.z))["TUN"] == 300 and trace.colorbar.title.text == "mentions"
