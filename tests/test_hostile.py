"""Hostile scraped text stays inert in every report.

tests/fixtures/hostile/ holds two aggregator pages, a CSV and an HTML page whose ticker
headlines, titles, source names, person names and paragraphs carry
``<script>``, ``<img onerror>``, ``<svg onload>``, ``javascript:`` links, HTML
comments, Markdown and LaTeX controls and right-to-left overrides. Each
script payload sets ``window.__pwned`` and the page title, or opens a dialog.
The whole report runs once on it; then the HTML is read as text and opened in
Chromium, both with the reports' Content-Security-Policy and without it (so
escaping alone is shown to be enough).
"""
from __future__ import annotations

import re

import pytest

from _browser import check_pages, require_browser
from marsad.runner.report import run_report

pytestmark = pytest.mark.slow

RLO = "\u202e"
# Markup from the fixtures that must never reach a report unescaped.
RAW_PAYLOADS = [
    "<script>window.__pwned",
    "<img src=x onerror",
    "<svg onload",
    "<svg/onload",
    "<iframe src=",
    "<b onmouseover",
    "<a href=\"javascript:",
    "<!-- تعليق مخفي -->",
    "<style>body{display:none}",
    "<b>مشترك</b>",
]
# A javascript: URL inside a real tag (escaped text reads "&lt;a href=…" and does not match).
_JS_HREF = re.compile(r"""<[a-z][^<>]*\b(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:""", re.I)


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory, fixtures_dir):
    return run_report(fixtures_dir / "hostile", "hostile", reports_dir=tmp_path_factory.mktemp("reports"), jobs=2)


@pytest.fixture(scope="module")
def html_pages(hostile_run):
    out = hostile_run.out_dir
    paths = [out / "index.html", *(out / nb.html for nb in hostile_run.notebooks if nb.html)]
    return {p.name: p.read_text(encoding="utf-8") for p in paths}


@pytest.fixture(scope="module", params=["with-csp", "escaping-only"])
def browser_pages(request, hostile_run):
    require_browser("browser tests")
    out = hostile_run.out_dir
    paths = [out / "index.html", *(out / nb.html for nb in hostile_run.notebooks if nb.html)]
    return check_pages(paths, bypass_csp=request.param == "escaping-only", hover=True)


def test_fixture_reads_every_payload_into_the_corpus(hostile_run):
    import pandas as pd

    docs = pd.read_csv(hostile_run.out_dir / "documents.csv")
    segs = pd.read_csv(hostile_run.out_dir / "segments.csv")
    assert docs["source"].str.contains("<img src=x onerror", regex=False).any()  # source names
    assert docs["title"].str.contains("<script>", regex=False).any()  # titles
    ticker = segs[segs["section"] == "ticker"]["text"]
    assert ticker.str.contains("javascript:", regex=False).any() and ticker.str.contains(RLO).any()
    assert segs["text"].str.contains("بوتين<script>", regex=False).any()  # glued to a person's name
    html_doc = docs[docs["format"] == "html"]
    assert html_doc["title"].str.startswith("<script>").all() and len(html_doc) == 1  # entities became text
    feed = docs[docs["format"] == "xml"]  # the RSS feed: one document per item, escaped titles became text
    assert len(feed) == 2 and feed["title"].str.startswith("<script>").any()
    assert feed["source"].str.contains("<svg onload", regex=False).all()
    # the items' HTML is read as HTML: its markup is dropped (the escaped titles above stay text on purpose)
    feed_text = " ".join(segs[segs["doc_id"].isin(feed["doc_id"]) & (segs["section"] != "title")]["text"])
    assert "وقعت روسيا وكوريا الشمالية اتفاقية تعاون." in feed_text
    assert "onmouseover" not in feed_text and "onerror" not in feed_text and "<iframe" not in feed_text


def test_every_report_runs_on_hostile_text(hostile_run):
    assert hostile_run.notebooks
    assert not {nb.notebook: nb.error for nb in hostile_run.notebooks if not nb.ok}
    assert not hostile_run.stage_errors


@pytest.mark.parametrize("payload", RAW_PAYLOADS)
def test_no_payload_markup_reaches_the_html(html_pages, payload):
    leaks = [name for name, html in html_pages.items() if payload in html]
    assert not leaks, f"{payload!r} appears unescaped in {leaks}"


def test_payloads_are_shown_as_escaped_text(html_pages):
    overview = next(html for name, html in html_pages.items() if name.startswith("00-"))
    assert "&lt;script&gt;window.__pwned" in overview
    assert "&lt;img src=x onerror" in overview


def test_no_javascript_links(html_pages):
    assert not [name for name, html in html_pages.items() if _JS_HREF.search(html)]


def test_right_to_left_overrides_are_removed(html_pages):
    assert not [name for name, html in html_pages.items() if RLO in html]


def test_no_script_from_the_data_runs(browser_pages):
    for page, check in browser_pages.items():
        assert not check.dialogs, f"{page.name}: a dialog opened: {check.dialogs}"
        assert not check.info["pwned"], f"{page.name}: a script from the data ran"
        assert check.info["title"] != "PWNED"


def test_no_live_markup_from_the_data(browser_pages):
    for page, check in browser_pages.items():
        assert not check.info["handlers"], f"{page.name}: event-handler attributes {check.info['handlers']}"
        assert not check.info["iframes"], f"{page.name}: an iframe/object/embed"
        bad = [h for h in check.info["hrefs"] if h.strip().lower().startswith("javascript:")]
        assert not bad, f"{page.name}: javascript: links {bad}"


def test_hostile_pages_load_cleanly(browser_pages):
    for page, check in browser_pages.items():
        assert not check.outside_requests, f"{page.name}: requests {check.outside_requests}"
        assert not check.page_errors and not check.console_errors, (
            f"{page.name}: {check.page_errors + check.console_errors}")


def test_figure_labels_show_text_not_entities(browser_pages):
    # An entity left visible (&quot;, &amp;lt;) means text was escaped twice or for the wrong reader.
    for page, check in browser_pages.items():
        visible = [t for t in check.info["svgText"] if re.search(r"&(#\d+|#x[0-9a-f]+|[a-z]+);", t, re.I)]
        assert not visible, f"{page.name}: {visible[:3]}"


def test_the_reader_sees_the_payload_as_text(browser_pages):
    overview = next(check for page, check in browser_pages.items() if page.name.startswith("00-"))
    assert "<script>window.__pwned=1" in overview.info["text"]
    assert sum(check.hovered for check in browser_pages.values()) > 0  # hover labels were drawn too
