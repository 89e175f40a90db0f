"""audit44: the reports read as an analyst on the seed, Russia with North Korea and Vietnam in France 24 and Al Arabiya,
a Tunisian month with a table of titles and broken files, and a run whose mention stage failed.

* a failed analysis stage is said at the top of the index, its error in a full-width row under the stage (not a
  column nine characters wide on a phone), and a report that computes the missing table again says so at its top
  (it showed "ok" and its counts); the timeline no longer tells that run to re-run with the options it ran with;
* a printed report keeps every row of a scrolling box (a printed chronicle of 12 events showed 7);
* a treemap tile's long English name is on lines of about ten characters, so a phone's tile prints it as large as
  its neighbours' short names; the "too small" caption weighs a name's length;
* a tie for the largest topic names every tied topic (the page and the index named the first only).
"""
from __future__ import annotations

import json

import pandas as pd
import pytest

from marsad.charts import topics as tt


# --------------------------------------------------------------------------- a failed analysis stage
def test_a_failed_stage_has_its_error_in_a_full_width_row():
    from marsad.runner.index import _stage_row

    ok = _stage_row("mentions", {"ok": True, "rows": 152, "seconds": 7.4})
    assert "<tr>" in ok and "colspan" not in ok and "failed" not in ok
    failed = _stage_row("mentions", {"ok": False, "error": "RuntimeError: could not load <model>"})
    first, second = failed.split("</tr>")[:2]
    assert "<strong style='color:#b00'>failed</strong>" in first and "RuntimeError" not in first
    assert "colspan='4'" in second and "mentions failed: <code>RuntimeError: could not load &lt;model&gt;</code>" in second


def test_the_index_says_at_its_top_which_stages_failed():
    from marsad.runner.index import _failed_stages_banner

    stages = {"read": {"ok": True}, "mentions": {"ok": False, "error": "E"}, "events": {"ok": False, "error": "E"},
              "total": {"ok": True}}
    banner = _failed_stages_banner(stages)
    assert "2 analysis stages failed</strong> (mentions, events)" in banner
    assert "no mentions.csv or events.csv" in banner and "href='#stages'" in banner
    # counter-example: a run that went well has no banner
    assert _failed_stages_banner({"read": {"ok": True}, "mentions": {"ok": True, "rows": 3}}) == ""


def test_a_failed_reports_error_and_notices_are_a_full_width_row():
    from marsad.runner.index import _report_row
    from marsad.runner.report import NotebookResult

    failed = NotebookResult("02-mentions.ipynb", ok=False, html="02-mentions.html", error="RuntimeError: <model>",
                            seconds=9.2, title="Mentions", notices=["The analysis's mentions stage failed (…)"])
    first, second = _report_row(failed).split("</tr>")[:2]
    assert "<td><strong style='color:#b00'>failed</strong><br><small>9.2 s</small></td>" in first
    assert "RuntimeError" not in first and "marsad-notice" not in first
    assert second.startswith("<tr class='marsad-report-more'><td colspan='3'>02-mentions failed: "
                             "<code>RuntimeError: &lt;model&gt;</code><div class='marsad-notice'")
    # counter-example: a report that went well without notices is one row, as before
    ok = _report_row(NotebookResult("00-corpus-overview.ipynb", ok=True, html="00-corpus-overview.html",
                                    executed="notebooks/00-corpus-overview.ipynb", seconds=11.8, headline="1 document"))
    assert ok.count("<tr") == 1 and "<td>ok<br><small>11.8 s · <a href='notebooks/00-corpus-overview.ipynb'>" in ok


@pytest.fixture(scope="module")
def failed_mentions_tables(tmp_path_factory):
    """A one-page corpus analysed with a recogniser that raises (as a corrupt model file would)."""
    import marsad.mentions
    from marsad.engine.run import analyze

    root = tmp_path_factory.mktemp("failed")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("زار الرئيس الروسي فلاديمير بوتين كوريا الشمالية يوم الأربعاء.\n", encoding="utf-8")
    real = marsad.mentions.find_mentions

    def broken(*args, **kwargs):
        raise RuntimeError("could not load the NER model: unpickling stack underflow")

    marsad.mentions.find_mentions = broken
    try:
        analyze(corpus, root / "tables", stages=("mentions",))
    finally:
        marsad.mentions.find_mentions = real
    return corpus, root / "tables"


def test_a_report_that_computes_a_failed_stage_again_says_so(failed_mentions_tables):
    from marsad.runner.context import report_context

    corpus, tables = failed_mentions_tables
    namespace = {"corpus": str(corpus), "tables": str(tables), "output_dir": "", "capture_date": ""}
    run, report = report_context(namespace, setup=False)
    assert "mentions" in run.errors
    assert not report.notices  # nothing said before the page uses the table
    mentions = run.mentions  # computed again in the notebook, as before
    assert len(mentions) and report.notices
    assert report.notices[0].startswith("The analysis's mentions stage failed (RuntimeError: could not load the NER")
    assert "computed the mentions again itself" in report.notices[0] and "no mentions.csv" in report.notices[0]
    run.mentions  # noqa: B018  (read again: said once)
    assert len(report.notices) == 1
    # counter-example: a table that was analysed is read, with no notice
    run.segments  # noqa: B018
    assert len(report.notices) == 1


def test_a_failed_stage_that_fails_again_claims_nothing(failed_mentions_tables, monkeypatch):
    import marsad.mentions
    from marsad.runner.context import report_context

    corpus, tables = failed_mentions_tables
    namespace = {"corpus": str(corpus), "tables": str(tables), "output_dir": "", "capture_date": ""}
    run, report = report_context(namespace, setup=False)

    def broken(*args, **kwargs):
        raise RuntimeError("could not load the NER model")

    monkeypatch.setattr(marsad.mentions, "find_mentions", broken)
    with pytest.raises(RuntimeError, match="could not load"):
        run.mentions  # noqa: B018
    assert report.notices == []  # not "this page computed the mentions again": the report fails with the error


def test_the_timeline_does_not_ask_to_re_run_with_the_options_it_ran_with():
    nb = json.loads(open("notebooks/03-russia-relations-timeline.ipynb", encoding="utf-8").read())
    source = "".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert 'if not holds and "events" not in run.errors:' in source


# --------------------------------------------------------------------------- print
def test_a_printed_page_keeps_every_row_of_a_scrolling_box():
    from marsad.runner.html import RESPONSIVE_CSS

    media = RESPONSIVE_CSS.split("@media print", 1)
    assert len(media) == 2
    rule = media[1].split("}", 2)[0] + "}"
    for box in (".marsad-cards-box", "div[style*=\"max-height\"]", ".marsad-table-box"):
        assert box in rule
    assert "max-height: none !important" in rule and "overflow: visible !important" in rule


def test_a_printed_chronicle_shows_every_event(tmp_path):
    """In Chromium with print media, the chronicle's 640-px box of 12 events is not cut."""
    from _browser import CHROMIUM_ARGS, LOCAL_SCHEMES, find_chromium, unavailable_reason

    if unavailable_reason():
        pytest.skip(unavailable_reason())
    from playwright.sync_api import sync_playwright

    from marsad.charts import timeline as tc
    from marsad.runner.html import BASE_CSS, RESPONSIVE_CSS

    days = [f"2024-06-{d:02d}" for d in range(1, 13)]
    ev = pd.DataFrame({"kind": "event", "actor1": "RU", "actor2": "KP", "status": "reported", "precision": "day",
                       "date_start": pd.to_datetime(days), "date_end": pd.to_datetime(days), "cameo_code": "042",
                       "event_label": "Make a visit", "date_text": "", "goldstein": 1.9, "doc_id": "d",
                       "sentence": ["وقال الرئيس الروسي إنه زار بيونغ يانغ بعد محادثات طويلة مع الزعيم الكوري " * 3] * 12,
                       "source": "RU", "target": "KP", "trigger": "", "n_reports": 1, "n_docs": 1})
    table = tc.chronicle_table(ev).data
    page = tmp_path / "p.html"
    page.write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'>{BASE_CSS}{RESPONSIVE_CSS}</head>"
                    f"<body>{table}</body></html>", encoding="utf-8")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": 794, "height": 1123})
            context.route("**/*", lambda r: r.continue_() if r.request.url.startswith(LOCAL_SCHEMES) else r.abort())
            tab = context.new_page()
            tab.goto(page.as_uri())
            size = "() => { const b = document.querySelector('.marsad-cards-box'); return [b.scrollHeight, b.clientHeight]; }"
            screen = tab.evaluate(size)
            tab.emulate_media(media="print")
            printed = tab.evaluate(size)
        finally:
            browser.close()
    assert screen[0] > screen[1] + 100  # on screen the box scrolls (the case at hand)
    assert printed[0] <= printed[1] + 1  # on paper it holds every row


def test_a_printed_table_shows_the_rows_folded_under_show_all(tmp_path):
    """In Chromium with print media, a 30-row table's 20 rows under "show all 30 rows" print (paper cannot open it)."""
    from _browser import CHROMIUM_ARGS, LOCAL_SCHEMES, find_chromium, unavailable_reason

    if unavailable_reason():
        pytest.skip(unavailable_reason())
    from playwright.sync_api import sync_playwright

    from marsad.charts.base import reader_table
    from marsad.runner.html import BASE_CSS, RESPONSIVE_CSS

    table = reader_table(pd.DataFrame({"text": [f"عنوان رقم {i}" for i in range(30)]}), max_rows=100).data
    page = tmp_path / "p.html"
    page.write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'>{BASE_CSS}{RESPONSIVE_CSS}</head>"
                    f"<body>{table}</body></html>", encoding="utf-8")
    shown = "() => [...document.querySelectorAll('td')].filter(td => td.checkVisibility()).length"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
        try:
            context = browser.new_context()
            context.route("**/*", lambda r: r.continue_() if r.request.url.startswith(LOCAL_SCHEMES) else r.abort())
            tab = context.new_page()
            tab.goto(page.as_uri())
            screen = tab.evaluate(shown)
            summary_on_screen = tab.evaluate("() => document.querySelector('summary').checkVisibility()")
            tab.emulate_media(media="print")
            printed = tab.evaluate(shown)
            summary_printed = tab.evaluate("() => document.querySelector('summary').checkVisibility()")
        finally:
            browser.close()
    assert (screen, summary_on_screen) == (10, True)  # counter-example: the screen folds them as before
    assert (printed, summary_printed) == (30, False)


# --------------------------------------------------------------------------- the treemap's names
def _mix(rows):
    df = pd.DataFrame(rows, columns=["topic", "label_ar", "label_en", "count"])
    df["share"] = df["count"] / df["count"].sum()
    df["colour"] = "#17becf"
    return df


SEED = _mix([("uncertain", "غير مؤكد", "Uncertain", 16), ("culture", "ثقافة وفن", "Culture & arts", 7),
             ("economy", "اقتصاد", "Economy", 7), ("sports", "رياضة", "Sports", 6),
             ("science_health", "علوم وصحة", "Science & health", 5), ("world", "دولي", "World", 5),
             ("security", "أمن وقضاء", "Security & justice", 3), ("society", "مجتمع", "Society", 3),
             ("politics", "سياسة", "Politics", 2), ("religion", "دين", "Religion", 1)])


def test_a_tiles_long_english_name_is_on_short_lines():
    assert tt.tile_lines("Security & justice") == ["Security &", "justice"]
    assert tt.tile_lines("Society") == ["Society"]  # counter-example: one word stays whole
    headlines = pd.DataFrame({"topic": SEED["topic"].repeat(SEED["count"]).tolist()})
    headlines["text"] = "عنوان"
    fig = tt.plot_topic_treemap(headlines)
    templates = list(fig.data[0].texttemplate)
    assert "أمن وقضاء<br>(Security &amp;<br>justice)<br>%{value:,}" in templates
    assert "مجتمع<br>(Society)<br>%{value:,}" in templates


def test_the_too_small_caption_weighs_a_names_length():
    assert tt.small_tiles(SEED) == "دين (Religion) 1"  # the taxonomy's names: as before
    long = _mix([("world", "دولي", "World", 500), ("x", "س", "Internationalisation", 30), ("y", "ص", "Trade", 30)])
    assert tt.small_tiles(long) == "س (Internationalisation) 30"  # 5.2 %, but a 21-character line


# --------------------------------------------------------------------------- a tie for the largest topic
def test_a_tie_for_the_largest_topic_names_every_tied_topic():
    sentence = tt.largest_sentence(SEED)
    assert sentence == (" The largest topics are tied: **ثقافة وفن** (Culture \\& arts) and **اقتصاد** (Economy), "
                        "7 headlines each (13% of all each).")
    assert tt.top_topic_words(SEED) == "top topics: Culture & arts and Economy (13% each)"
    # counter-examples: one largest topic reads as before; no topic at all
    one = SEED[SEED["topic"] != "culture"]
    assert tt.largest_sentence(one, "title") == " The largest topic is **اقتصاد** (Economy, 7 titles, 13% of all)."
    assert tt.top_topic_words(one) == "top topic: Economy (13%)"
    assert tt.largest_sentence(SEED[SEED["topic"] == "uncertain"]) == ""
    assert tt.top_topic_words(SEED[SEED["topic"] == "uncertain"]) == "top topic: none"


def test_many_tied_topics_are_counted_past_three():
    mix = _mix([(f"t{i}", "س", f"T{i}", 2) for i in range(5)])
    assert tt.top_topic_words(mix) == "top topics: T0, T1, T2 and 2 more (20% each)"


# --------------------------------------------------------------------------- where a mention is
def test_a_ticker_mention_shows_its_headline_not_the_pages_title():
    from marsad.charts import mentions as mc

    docs = pd.DataFrame({"doc_id": ["p", "q"], "title": ["اتفاقية تعاون بين روسيا وكوريا الشمالية", "عنوان آخر"]})
    segments = pd.DataFrame({"doc_id": ["p", "p", "p", "q"], "section": ["ticker", "ticker", "paragraph", "related"],
                             "position": [0, 1, 2, 0],
                             "text": ["باراغواي تجسد اعترافها بالسيادة المغربية", "إسرائيل تقصف مخزن أسلحة في غزة",
                                      "وقعت روسيا وكوريا الشمالية اتفاقية", "رابط: فرنسا تستدعي سفيرها"]})
    mentions = pd.DataFrame({"doc_id": ["p", "p", "p", "q"], "section": ["ticker", "ticker", "paragraph", "related"],
                             "position": [0, 1, 2, 0], "surface": ["باراغواي", "إسرائيل", "روسيا", "فرنسا"]})
    table = mc.where_named(mentions, docs, segments, rows=60)
    assert table["title"].tolist() == ["باراغواي تجسد اعترافها بالسيادة المغربية", "إسرائيل تقصف مخزن أسلحة في غزة",
                                       "اتفاقية تعاون بين روسيا وكوريا الشمالية", "رابط: فرنسا تستدعي سفيرها"]
    # counter-example: past the rows shown the table is left as it was (the page's title), and a corpus without
    # titles gets the headlines alone
    assert mc.where_named(mentions, docs, segments, rows=1)["title"].tolist()[1] == docs["title"][0]
    untitled = mc.where_named(mentions, docs[["doc_id"]], segments, rows=60)["title"].tolist()
    assert untitled[0] == "باراغواي تجسد اعترافها بالسيادة المغربية" and pd.isna(untitled[2])


# --------------------------------------------------------------------------- two trained outlets
def test_two_trained_outlets_are_named_as_two():
    from marsad.charts.quality import outlets_own, trained_on, trust_note

    # "This corpus comes from Al Arabiya, France 24, an outlet the model was trained on: its topics agree with that
    # outlet's own sections" (Al Arabiya and France 24 articles naming Russia and North Korea)
    assert trained_on(["Al Arabiya", "France 24"]) == "Al Arabiya and France 24, outlets the model was trained on"
    assert outlets_own(["Al Arabiya", "France 24"]) == "those outlets' own"
    note = trust_note("topics", trained_outlets=("Al Arabiya", "France 24"), unit="title", batch=33)
    assert "with those outlets' own sections" in note and "with that outlet's" not in note
    # counter-example: one outlet reads as before
    assert trained_on(["France 24"]) == "France 24, an outlet the model was trained on"
    assert "with that outlet's own sections" in trust_note("topics", trained_outlets=("France 24",), unit="title",
                                                           batch=33)
    nb = json.loads(open("notebooks/01-ticker-topics.ipynb", encoding="utf-8").read())
    source = "".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert "an outlet the model was trained on" not in source and "{trained_on(seen)}" in source


# --------------------------------------------------------------------------- the static timeline's dates
def _static_ticks(days):
    import matplotlib

    matplotlib.use("Agg")
    from marsad.charts import timeline as tc

    n = len(days)
    ev = pd.DataFrame({"kind": "event", "actor1": "RU", "actor2": "KP", "status": "reported", "precision": "day",
                       "date_start": pd.to_datetime(days), "date_end": pd.to_datetime(days), "cameo_code": "040",
                       "event_label": "Consult", "date_text": "", "goldstein": 1.0, "sentence": ["x"] * n,
                       "doc_id": "d", "source": "RU", "target": "KP"})
    fig = tc.timeline_static(ev, title="t")
    fig.canvas.draw()
    ax = fig.axes[0]
    return [t.get_text() for t in ax.get_xticklabels()], ax.xaxis.get_major_formatter().get_offset()


def test_the_static_timelines_day_ticks_name_their_month():
    # three events of 31 May - 1 June 2018 (Al Arabiya, Russia and North Korea): "15, 22, Jun, 08, 15, 22" over
    # "2018-Jun", the May days under a June offset
    ticks, offset = _static_ticks(["2018-05-31", "2018-06-01", "2018-06-01"])
    assert ticks[:3] == ["15 May", "22 May", "01 Jun"] and offset == "2018"
    # counter-example: a span of months keeps its month names and the year at January
    ticks, _ = _static_ticks(["2023-09-15", "2024-02-15", "2024-06-19"])
    assert "Oct" in ticks and "2024" in ticks


# --------------------------------------------------------------------------- documents over time
def _docs(days):
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(days))], "source": "Al Arabiya",
                         "published": pd.to_datetime(days)})


def test_one_far_document_that_stretches_the_axis_is_named():
    from marsad.charts import overview

    # 54 articles of February - July 2018 and one of January 2014 (Al Arabiya and France 24 on Russia and North Korea)
    days = ["2014-01-12"] + [f"2018-{m:02d}-{d:02d}" for m in range(2, 8) for d in range(1, 28, 3)]
    docs = _docs(days)
    timeline = overview.documents_over_time(docs)
    assert overview.over_time_caption(timeline, docs) == (
        "Documents per month and source. 1 document of January 2014 lies far before the other 54 (February 2018 - "
        "July 2018) and stretches the axis: the bars of the others are narrow at its right end.")
    # counter-examples: two clusters of many documents each, and documents spread evenly, get the period alone
    two = _docs([f"2015-11-{d:02d}" for d in range(1, 29)] + [f"2018-03-{d:02d}" for d in range(1, 29)])
    assert overview.over_time_caption(overview.documents_over_time(two), two) == "Documents per month and source."
    even = _docs([f"20{y}-{m:02d}-15" for y in (16, 17) for m in range(1, 13)])
    assert overview.over_time_caption(overview.documents_over_time(even), even) == "Documents per month and source."
    week = _docs(["2017-02-13", "2017-02-14", "2017-02-15", "2017-02-16", "2017-02-19"])
    assert overview.over_time_caption(overview.documents_over_time(week), week) == "Documents per day and source."


def test_the_attention_caption_names_the_far_document_too():
    from marsad.charts import overview

    days = ["2014-01-12"] + [f"2018-{m:02d}-{d:02d}" for m in range(2, 8) for d in range(1, 28, 3)]
    frame = pd.DataFrame({"period": pd.to_datetime(["2014-01-01", "2018-02-01"]), "total_documents": [1, 54],
                          "entity": "RU", "label": "Russia", "documents": [1, 54]})
    frame.attrs["period_name"] = "month"
    caption = overview.attention_caption(frame, documents=_docs(days))
    assert caption.endswith(" 1 document of January 2014 lies far before the other 54 (February 2018 - July 2018) and "
                            "stretches the axis: the points of the others crowd at its right end.")
    # counter-example: without the documents (or with none far) the caption is as before
    assert "lies far" not in overview.attention_caption(frame)


# --------------------------------------------------------------------------- countries by documents
def test_the_countries_caption_uses_the_tables_words():
    from marsad.charts import mentions as mc

    top = {"label": "روسيا · Russia", "documents": 55, "documents_named": 51, "adjective_only": 4}
    assert mc.country_documents_caption(top) == ("روسيا · Russia is mentioned in 55 documents: by its name, capital or "
                                                 "another alias in 51, only through nationality adjectives in 4.")
    # counter-examples: no adjective-only document; adjectives left out
    top = {**top, "documents": 51, "adjective_only": 0}
    assert mc.country_documents_caption(top, count_demonyms=False) == (
        "روسيا · Russia is mentioned in 51 documents: by its name, capital or another alias in 51. Adjectives are "
        "left out of the other charts: count_demonyms is off.")


# --------------------------------------------------------------------------- topics named in the tables
def test_the_headline_tables_name_topics_in_both_languages():
    from marsad.charts import topics as tt

    rows = pd.DataFrame({"position": [0, 1, 2], "text": ["عنوان", "عنوان آخر", "ثالث"],
                         "topic": ["world", "uncertain", "economy"], "label_ar": ["دولي", "غير مؤكد", "اقتصاد"],
                         "confidence": [0.98, 0.29, 0.89]})
    # the seed's table read "دولي", "غير مؤكد" where the bars say "دولي (World)" and the best guesses "سياسة · Politics"
    assert tt.topic_words(rows).tolist() == ["دولي · World", "غير مؤكد · Uncertain", "اقتصاد · Economy"]
    html = tt.headline_list(rows, kind="ticker", max_rows=10).data
    assert ">دولي · World<" in html and ">غير مؤكد · Uncertain<" in html
    # counter-example: a taxonomy topic without English keeps its Arabic label alone
    custom = pd.DataFrame({"id": ["cyber"], "label_ar": ["سيبراني"], "label_en": [""], "scope": ["x"]})
    one = pd.DataFrame({"topic": ["cyber"], "label_ar": ["سيبراني"]})
    assert tt.topic_words(one, custom).tolist() == ["سيبراني"]
