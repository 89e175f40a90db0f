"""audit39b: leftovers of audit39 and review39 in the reports.

* an event merged from reports of several outlets named its links by the de-duplicated ``source_names``: with
  two Al Arabiya articles and one CNN article in that order the second Al Arabiya link read "CNN", and with one
  Al Arabiya article and one page without an outlet both read "Al Arabiya: 1, 2" (review39). The chronicle now
  names each link by its own document's outlet (``timeline.url_outlets`` of the documents table).
"""
from __future__ import annotations

import json
import re

import pandas as pd
import pytest

from conftest import event_report_row, execute_notebook, notebook_text

from marsad.charts import timeline as tc
from marsad.events import merge_events




def _links(html: str) -> list[tuple[str, str]]:
    """(text before the link in its cell, link label) for each link of the Sources cell."""
    cell = html.split("data-label='Sources · المصادر'>", 1)[1].split("</td>", 1)[0]
    return re.findall(r"href='([^']+)'[^>]*>([^<]+)</a>", cell), cell


def _docs(*rows) -> pd.DataFrame:
    return pd.DataFrame([{"doc_id": d, "url": u, "source": s} for d, u, s in rows])


def test_links_of_a_merged_event_are_named_by_their_own_outlet():
    reports = pd.DataFrame([event_report_row("a1", "alarabia", "https://a.net/1"), event_report_row("a2", "alarabia", "https://a.net/2"),
                            event_report_row("c1", "cnn", "https://c.com/1")])
    merged = merge_events(reports)
    assert len(merged) == 1 and merged["source_names"].iloc[0] == "alarabia;cnn"  # the column stays de-duplicated
    outlets = tc.url_outlets(_docs(("a1", "https://a.net/1", "alarabia"), ("a2", "https://a.net/2", "alarabia"),
                                   ("c1", "https://c.com/1", "cnn")))
    links, cell = _links(tc.chronicle_table(merged, outlets=outlets).data)
    assert links == [("https://a.net/1", "1"), ("https://a.net/2", "2"), ("https://c.com/1", "CNN Arabic")]
    assert cell.startswith("Al Arabiya: ")
    # without the documents' outlets (the code before): the second Al Arabiya article was labelled CNN
    before, _ = _links(tc.chronicle_table(merged).data)
    assert ("https://a.net/2", "CNN Arabic") in before


def test_a_page_without_an_outlet_is_not_given_another_documents_outlet():
    reports = pd.DataFrame([event_report_row("a1", "alarabia", "https://a.net/1"), event_report_row("p1", None, "https://p.org/x")])
    merged = merge_events(reports)
    outlets = tc.url_outlets(_docs(("a1", "https://a.net/1", "alarabia"), ("p1", "https://p.org/x", None)))
    links, cell = _links(tc.chronicle_table(merged, outlets=outlets).data)
    assert links == [("https://a.net/1", "Al Arabiya"), ("https://p.org/x", "source 2")]
    assert "Al Arabiya: " not in cell


def test_one_outlet_stays_numbered_and_one_link_stays_named():
    three = merge_events(pd.DataFrame([event_report_row(f"a{i}", "alarabia", f"https://a.net/{i}") for i in range(3)]))
    outlets = {f"https://a.net/{i}": "alarabia" for i in range(3)}
    links, cell = _links(tc.chronicle_table(three, outlets=outlets).data)
    assert cell.startswith("Al Arabiya: ") and [t for _, t in links] == ["1", "2", "3"]
    one = merge_events(pd.DataFrame([event_report_row("f1", "france24", "https://f.fr/1")]))
    links, _ = _links(tc.chronicle_table(one, outlets={"https://f.fr/1": "france24"}).data)
    assert links == [("https://f.fr/1", "France 24")]


def test_background_rows_name_their_link_by_outlet():
    row = event_report_row("c1", "cnn", "https://c.com/1")
    row.update(kind="background", precision="since")
    html = tc.background_html(pd.DataFrame([row]), outlets={"https://c.com/1": "cnn"}).data
    assert ">CNN Arabic</a>" in html


def test_url_outlets_skips_missing_values():
    docs = _docs(("a", "https://a.net/1", "alarabia"), ("b", None, "cnn"), ("c", "https://c/", None))
    assert tc.url_outlets(docs) == {"https://a.net/1": "alarabia"}
    assert tc.url_outlets(None) == {} and tc.url_outlets(pd.DataFrame({"doc_id": []})) == {}


@pytest.mark.slow
def test_the_timeline_report_names_each_link_by_its_outlet(tmp_path):
    # three reports of one expulsion, two Al Arabiya articles then one CNN Arabic article: the chronicle read
    # "Al Arabiya, CNN Arabic, source 3" (the second Al Arabiya link named CNN Arabic) before (review39)
    text = "أعلنت وزارة الخارجية الروسية السبت أن روسيا طردت 23 دبلوماسيا بريطانيا ردا على قرار لندن."
    rows = [("alarabia", "https://www.alarabiya.net/a1"), ("alarabia", "https://www.alarabiya.net/a2"),
            ("cnn", "https://arabic.cnn.com/c1")]
    pd.DataFrame([{"title": f"طرد دبلوماسيين {i}", "text": text, "source": s, "url": u, "date": "2018-03-17"}
                  for i, (s, u) in enumerate(rows)]).to_csv(tmp_path / "two.csv", index=False)
    nb = execute_notebook("03-russia-relations-timeline.ipynb", tmp_path, corpus=str(tmp_path / "two.csv"),
                          partners=["GB"])
    text = notebook_text(nb)
    links, cell = _links(text)
    assert cell.startswith("Al Arabiya: ")
    assert [label for _, label in links] == ["1", "2", "CNN Arabic"]


def _topic_notebook(tmp_path, titles):
    pd.DataFrame([{"title": t, "text": t + ".", "source": "Hespress", "date": f"2024-05-{i + 10}"}
                  for i, t in enumerate(titles)]).to_csv(tmp_path / "titles.csv", index=False)
    return execute_notebook("01-ticker-topics.ipynb", tmp_path, corpus=str(tmp_path / "titles.csv"))


def _left_out(nb) -> list:
    return [g for c in nb.cells for o in c.get("outputs", []) 
            for g in (o.get("metadata") or {}).get("marsad", {}).get("leave_out", [])]


@pytest.mark.slow
def test_a_one_topic_corpus_says_it_in_a_sentence_instead_of_three_one_bar_charts(tmp_path):
    # three culture articles drew a one-bar chart, a one-tile treemap and a one-bar static chart (audit39)
    nb = _topic_notebook(tmp_path, ["افتتاح معرض للفن التشكيلي في القاهرة بمشاركة عشرين فنانا",
                                    "مهرجان السينما الدولي يكرم الممثلة في دورته الجديدة",
                                    "صدور رواية جديدة للكاتب عن دار نشر في بيروت"])
    text = notebook_text(nb)
    assert "All 3 titles are in one group, " in text and "there is no mix to chart" in text
    # (review46) a corpus without a ticker also leaves out "Document titles next to the ticker"
    assert _left_out(nb) == ["ticker-titles", "topic-charts"]
    tagged = [c for c in nb.cells if "only-with-topic-charts" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 4 and not any("plotly" in json.dumps(o.get("data", {})) or "image/png" in o.get("data", {})
                                        for c in tagged for o in c.get("outputs", []))


@pytest.mark.slow
def test_two_topics_keep_their_charts(tmp_path):
    nb = _topic_notebook(tmp_path, ["افتتاح معرض للفن التشكيلي في القاهرة بمشاركة عشرين فنانا",
                                    "الأهلي يفوز على الزمالك بثلاثة أهداف في نهائي كأس مصر لكرة القدم",
                                    "المنتخب المغربي يتأهل إلى نصف نهائي كأس أمم أفريقيا بعد الفوز بركلات الترجيح"])
    assert _left_out(nb) == ["ticker-titles"] and "there is no mix to chart" not in notebook_text(nb)  # (review46)
    drawn = [o for c in nb.cells if "only-with-topic-charts" in c.get("metadata", {}).get("tags", [])
             for o in c.get("outputs", []) if "plotly" in json.dumps(o.get("data", {}))]
    assert drawn  # the treemap


def _many(dates):
    return pd.DataFrame([{**event_report_row(f"d{i}", "alarabia", f"https://a.net/{i}"), "date_start": a, "date_end": b,
                          "precision": p} for i, (a, b, p) in enumerate(dates)])


def test_a_long_chronicle_is_grouped_by_month_on_a_phone():
    # 96 events as cards made the timeline page 34,523 px tall at 400 px (audit39): on a phone one closed section
    # per month, newest first, with its count; a season or a year under its years, after that year's months
    dates = ([(f"2018-03-{d:02d}",) * 2 + ("day",) for d in range(1, 23)] + [("2018-01-05", "2018-01-05", "day")]
             + [("2018-01-01", "2018-12-31", "year"), ("2017-06-01", "2017-08-31", "season"), (None, None, None)])
    html = tc.chronicle_table(_many(dates)).data
    wide, phone = html.split("<div class='marsad-chronicle-phone'>")
    assert "marsad-cards-box marsad-chronicle-wide" in wide and wide.count("<tr><td") == len(dates)
    summaries = re.findall(r"<summary><b>([^<]+)</b> · ([^<]+)</summary>", phone)
    assert summaries == [("March 2018", "22 events"), ("January 2018", "1 event"), ("2018", "1 event"),
                         ("2017", "1 event"), ("No date", "1 event")]
    assert phone.count("<tr><td") == len(dates) and "<details open" not in phone
    assert "@media (max-width: 700px) { .marsad-chronicle-wide { display: none !important; }" in html
    # the events of a month in time order
    march = phone.split("</details>")[0]
    assert march.index("01 Mar 2018") < march.index("22 Mar 2018")


def test_a_short_chronicle_stays_one_table():
    dates = [(f"2018-0{m}-10",) * 2 + ("day",) for m in range(1, 10)] * 2 + [("2018-03-01", "2018-03-01", "day")] * 2
    assert len(dates) == tc.PHONE_MONTHS_OVER
    html = tc.chronicle_table(_many(dates)).data
    assert "marsad-chronicle-phone" not in html and "marsad-chronicle-wide" not in html and "@media" not in html
