"""review48: a second read of audit44's report code, on the seed, 30 CNN Arabic articles of one day (3 October 2018),
a one-document English note, and a run whose mention stage failed.

* the index said each report's notices twice: in the full-width row under the report (audit44) and again in a list
  "Not in this run" after the table;
* a ticker's positions read from 0 ("repeats headline no. 53" of a 58-headline ticker, the row shown as 53 being its
  54th headline): readers count from 1, the CSVs keep 0;
* "… 615 more rows in the CSV." named no CSV (a run writes eight), and under the countries table no CSV holds its
  rows: the note names the table, or says the rows are counted from it, or that they are not shown;
* the index's trust line said "trained on Al Arabiya and France 24, one of this corpus's outlets" of titles from
  those two and CNN Arabic; "up to 1 titles"; the countries caption "by its name, capital or another alias in 0".
"""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pandas as pd

from marsad.charts import base, quality
from marsad.charts import mentions as mc
from marsad.charts import topics as tt

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


# --------------------------------------------------------------------------- the index says a notice once
def test_the_index_says_a_reports_notice_once(tmp_path):
    from marsad.engine.run import analyze
    from marsad.runner.index import write_index
    from marsad.runner.report import NotebookResult, ReportResult

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("زار الرئيس الروسي كوريا الشمالية.\n", encoding="utf-8")
    run = analyze(corpus, tmp_path / "out" / "tables", stages=("stories",), progress=False)
    notice = "No event between RU and VN in this run."
    nbs = [NotebookResult("03-timeline.ipynb", ok=True, html="03-timeline.html", title="Timeline", notices=[notice]),
           NotebookResult("00-corpus-overview.ipynb", ok=True, html="00-corpus-overview.html", title="Overview")]
    index = write_index(ReportResult(out_dir=tmp_path / "out", notebooks=nbs), run, {"corpus": str(corpus)},
                        started=dt.datetime.now(dt.timezone.utc), analysis_seconds=1.0).read_text(encoding="utf-8")
    assert index.count(notice) == 1
    # where it is: under its report's row, full width
    assert re.search(r"<tr class='marsad-report-more'><td colspan='3'><div class='marsad-notice' dir='auto'>"
                     + re.escape(notice), index)


# --------------------------------------------------------------------------- positions count from 1 for a reader
def _ticker() -> pd.DataFrame:
    return pd.DataFrame({"doc_id": ["p"] * 4, "section": ["ticker"] * 4, "position": [0, 1, 2, 3],
                         "text": ["خبر أول", "خبر ثان", "خبر أول", "خبر رابع"],
                         "duplicate_of": [None, None, 0, None]})


def test_a_tickers_positions_count_from_one_for_a_reader():
    ticker = _ticker()
    html = base.reader_table(ticker, columns=["position", "text", "duplicate_of"]).data
    cells = re.findall(r"<tr><td dir='auto'[^>]*>([^<]*)</td><td dir='auto'[^>]*>([^<]*)</td>"
                       r"<td dir='auto'[^>]*>([^<]*)</td></tr>", html)
    assert cells == [("1", "خبر أول", ""), ("2", "خبر ثان", ""), ("3", "خبر أول", "1"), ("4", "خبر رابع", "")]
    assert ticker["position"].tolist() == [0, 1, 2, 3]  # the table (and its CSV) keeps 0
    # the headline table of the topic page as well
    rows = ticker.assign(topic="world", label_ar="دولي", label_en="World", confidence=0.9)
    listed = tt.headline_list(rows, kind="ticker", max_rows=10).data
    assert "<td dir='auto'>1</td><td dir='auto'>خبر أول</td>" in listed
    assert "<td dir='auto'>0</td>" not in listed


# --------------------------------------------------------------------------- which CSV holds the rows left out
def test_the_rows_past_max_rows_are_said_where_they_are():
    frame = pd.DataFrame({"label": [f"بلد {i}" for i in range(30)], "documents": range(30)})
    assert "… 26 more rows in mentions.csv." in base.reader_table(frame, max_rows=4, csv="mentions.csv").data
    assert "… 26 more rows, counted from mentions.csv." in base.reader_table(frame, max_rows=4, csv="mentions.csv",
                                                                             derived=True).data
    assert "… 1 more row not shown." in base.reader_table(frame, max_rows=29).data
    assert "in the CSV" not in base.reader_table(frame, max_rows=4).data
    # the topic page's tables: headlines.csv, or the table given
    rows = pd.DataFrame({"position": range(12), "text": ["خبر"] * 12, "topic": "world", "label_ar": "دولي",
                         "label_en": "World", "confidence": 0.9})
    assert "… 2 more rows in headlines.csv." in tt.headline_list(rows, kind="ticker", max_rows=10).data
    titles = rows.assign(published=pd.Timestamp("2018-10-03"), source="CNN")
    assert "… 2 more rows in titles.csv." in tt.headline_list(titles, kind="title", max_rows=10, repeats=False,
                                                              csv="titles.csv").data


def test_every_report_table_cut_at_max_rows_names_its_csv():
    """The notebooks' tables that can pass ``max_rows`` (the parameter) say which table holds the rest."""
    calls = []
    for path in sorted(NOTEBOOKS.glob("0*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            source = "".join(cell["source"])
            for start in (m.end() for m in re.finditer(r"(?:reader_table|headline_list)\(", source)):
                depth, end = 1, start
                while depth:
                    depth += {"(": 1, ")": -1}.get(source[end], 0)
                    end += 1
                call = source[start:end]
                if "max_rows=max_rows" in call:
                    calls.append((path.name, call))
    assert len(calls) >= 10
    assert [c for c in calls if "csv=" not in c[1]] == []


# --------------------------------------------------------------------------- words
def test_two_trained_outlets_among_a_corpus_with_a_new_one():
    short = quality.trust_short("topics", trained_outlets=["Al Arabiya", "France 24"], new_outlets=["CNN Arabic"],
                                unit="title", batch=30)
    assert "Al Arabiya and France 24, 2 of this corpus's outlets" in short
    one = quality.trust_short("topics", trained_outlets=["France 24"], new_outlets=["CNN Arabic"], unit="title",
                              batch=30)
    assert "France 24, one of this corpus's outlets" in one  # counter-example: as before
    assert "France 24, this corpus's outlet," in quality.trust_short("topics", trained_outlets=["France 24"])
    assert "this corpus's outlets," in quality.trust_short("topics", trained_outlets=["Al Arabiya", "France 24"])


def test_one_title_is_one_title():
    assert "reads up to 1 title of an outlet together." in quality.trust_short("topics", unit="title", batch=1)
    assert "reads up to 30 titles of an outlet" in quality.trust_short("topics", unit="title", batch=30)


def test_a_country_mentioned_only_through_adjectives():
    top = pd.Series({"label": "روسيا · Russia", "documents": 3, "documents_named": 0, "adjective_only": 3})
    assert mc.country_documents_caption(top) == ("روسيا · Russia is mentioned in 3 documents, only through "
                                                 "nationality adjectives.")
    # counter-example: audit44's sentence
    top = pd.Series({"label": "روسيا · Russia", "documents": 55, "documents_named": 51, "adjective_only": 4})
    assert mc.country_documents_caption(top) == ("روسيا · Russia is mentioned in 55 documents: by its name, capital or "
                                                 "another alias in 51, only through nationality adjectives in 4.")


# --------------------------------------------------------------------------- the static timeline across a year's end
def _static_ticks(days: list[str]) -> tuple[list[str], str]:
    import matplotlib

    matplotlib.use("Agg")
    from marsad.charts.timeline import timeline_static

    events = pd.DataFrame({
        "kind": "event", "doc_id": [f"d{i}" for i in range(len(days))], "actor1": "RU", "actor2": "KP", "source": "RU",
        "target": "KP", "symmetric": 0, "status": "reported", "date_start": days, "date_end": days,
        "precision": "day", "cameo_code": 42.0, "event_label": "Make a visit", "goldstein": 1.9, "sentence": "زيارة",
        "published": days})
    fig = timeline_static(events)
    fig.canvas.draw()
    ax = fig.axes[0]
    return [t.get_text() for t in ax.get_xticklabels()], ax.xaxis.get_major_formatter().get_offset()


def test_static_day_ticks_across_a_years_end_name_their_year():
    labels, offset = _static_ticks(["2017-12-27", "2017-12-29", "2018-01-02", "2018-01-05"])
    assert offset == ""  # "2018" was over the December 2017 ticks
    assert labels[0].endswith(" 2017") and "01 Jan 2018" in labels
    assert [x for x in labels if x.endswith(("2017", "2018"))] == [labels[0], "01 Jan 2018"]
    # counter-example: audit44's axis within one year keeps its offset and plain days
    labels, offset = _static_ticks(["2018-05-31", "2018-06-01", "2018-06-01"])
    assert offset == "2018" and "01 Jun" in labels and not any(x.endswith("2018") for x in labels)


# --------------------------------------------------------------------------- a document without Arabic is said
def test_a_document_without_arabic_is_named():
    from marsad.charts import overview

    documents = pd.DataFrame({"doc_id": ["cnn-1", "note", "cnn-2"],
                              "title": ["السعودية والإمارات بين أكبر 10 دول", "Russia and North Korea sign a deal", None]})
    segments = pd.DataFrame({"doc_id": ["cnn-1", "note", "cnn-2"], "section": "paragraph",
                             "text": ["نص عربي", "Moscow said on Tuesday that Russia and North Korea signed.",
                                      "قالت وكالة CNN إن …"]})
    assert overview.without_arabic_sentence(documents, segments) == (
        "1 document of 3 has no Arabic text (note): Marsad finds people, countries and events in Arabic text only, "
        "so none is counted in it, and its topic model reads Arabic titles.")
    # counter-examples: Arabic text with English words, an Arabic title over English text, an all-Arabic corpus
    assert overview.without_arabic_sentence(documents.iloc[[0, 2]], segments.iloc[[0, 2]]) == ""
    assert overview.without_arabic_sentence(documents.assign(title="عنوان"), segments) == ""
    many = pd.DataFrame({"doc_id": [f"en-{i}" for i in range(5)], "title": "An English title"})
    assert "5 documents of 5 have no Arabic text (en-0, en-1, en-2 and 2 more)" in overview.without_arabic_sentence(
        many, segments.iloc[:0])


# --------------------------------------------------------------------------- one function lists names
def test_names_are_listed_by_one_function():
    import inspect

    from marsad.charts import overview

    assert [base.and_list(x) for x in ([], ["A"], ["A", "B"], ["A", "B", "C"])] == ["", "A", "A and B", "A, B and C"]
    # the three copies it replaces (quality._names, topics._and, the attention fallback's inline join) are gone
    for module in (quality, tt, mc, overview):
        assert '" and " + ' not in inspect.getsource(module), module.__name__
    assert not hasattr(quality, "_names") and not hasattr(tt, "_and")
    # what they said, unchanged
    assert quality.trained_on(["alarabiya", "france24"]) == "Al Arabiya and France 24, outlets the model was trained on"
