"""audit40b: audit40's leftovers in the reports.

* the topic page said its shares were of "(de-duplicated) headlines" while a story filed under two sections counted
  its title twice (France 24: 15 titles, 12 stories): :func:`marsad.query.repeated_headlines` says which headlines
  repeat one already counted, and the page counts each once and says which repeats it dropped;
* the topic mix over time stacked counts, so Jawhara FM's thin first years (a few titles a month beside 600) were a
  sliver under the axis: past a fivefold spread of the months' volumes the chart draws each month's shares;
* on a phone the first screen of every report was its description and contents box (the finding 521-801 px down at
  400 px): at narrow widths the page reads title, finding, description, box (CSS only); wide screens unchanged.
"""
from __future__ import annotations

import pandas as pd

from marsad.charts import topics as tc
from marsad.query import repeated_headlines


def _titles(rows):
    """Document titles: (doc_id, text, published, source)."""
    return pd.DataFrame({"doc_id": [r[0] for r in rows], "section": "title", "position": 0,
                         "text": [r[1] for r in rows], "published": pd.to_datetime([r[2] for r in rows]),
                         "source": [r[3] for r in rows], "topic": "world", "confidence": 0.9,
                         "duplicate_of": pd.array([None] * len(rows), dtype="Int64")})


def test_a_story_filed_under_two_sections_counts_its_title_once():
    heads = _titles([("FR-internationalNews-1", "روسيا والهند توقعان اتفاقا", "2018-06-09", "france24"),
                     ("FR-economy-1", "روسيا والهند توقعان اتفاقا", "2018-06-09", "france24"),
                     ("FR-middleEast-2", "بوتين يستقبل رئيس فيتنام", "2018-06-10", "france24")])
    stories = pd.DataFrame({"doc_id": ["FR-economy-1", "FR-internationalNews-1"], "story_id": ["s1", "s1"]})
    rep = repeated_headlines(heads, stories)
    # one of the two documents of story s1 repeats the other (the first by date, then id, counts)
    assert rep.tolist() == [True, False, False]
    # counter-example: without the stories table nothing is a repeat (a title alone says nothing of the article)
    assert not repeated_headlines(heads, None).any()


def test_a_daily_bulletin_title_on_other_articles_counts_each_time():
    heads = _titles([("j1", "طقس اليوم الخميس", "2017-01-05", "jawhara"),
                     ("j2", "طقس اليوم الخميس", "2017-01-12", "jawhara"),
                     ("j3", "طقس اليوم الخميس", "2017-01-19", "jawhara")])
    # each document is its own story (none in the stories table): three articles, three titles counted
    stories = pd.DataFrame({"doc_id": ["x1", "x2"], "story_id": ["s9", "s9"]})
    assert not repeated_headlines(heads, stories).any()


def test_a_ticker_headline_again_on_a_later_capture_counts_once():
    heads = pd.DataFrame({"doc_id": ["p1", "p1", "p1", "p2", "p2", "q1"], "section": "ticker",
                          "position": [0, 1, 2, 0, 1, 0],
                          "text": ["بوتين في بيونغ يانغ", "أمطار غزيرة", "بوتين في بيونغ يانغ",
                                   "بوتين في بيونغ يانغ", "هدف في الدقيقة 90", "بوتين في بيونغ يانغ"],
                          "duplicate_of": pd.array([None, None, 0, None, None, None], dtype="Int64"),
                          "source": ["alarabiya"] * 5 + ["cnn"], "published": pd.NaT,
                          "topic": "world", "confidence": 0.9})
    rep = repeated_headlines(heads)
    # p1's third repeats its first on the page (the reader's duplicate_of); p2's first repeats it on a later capture
    assert rep.tolist() == [False, False, True, True, False, False]  # counter-example: another outlet's ticker counts


def test_nothing_to_read_gives_nothing():
    assert repeated_headlines(_titles([])).empty


def _dated(per_month: dict[str, int]) -> pd.DataFrame:
    rows = []
    for month, n in per_month.items():
        for i in range(n):
            rows.append((f"{month}-{i}", f"عنوان {month} {i}", f"{month}-{1 + i % 28:02d}", "jawhara"))
    out = _titles(rows)
    out["topic"] = ["world" if i % 3 else "sports" for i in range(len(out))]
    return out


def test_thin_months_beside_busy_ones_are_drawn_as_shares():
    heads = _dated({"2013-10": 3, "2013-11": 6, "2017-05": 60})  # 20 times the thinnest month
    assert tc.over_time_in_shares(heads, "MS")
    fig = tc.plot_topic_mix_over_time(heads, freq="MS", deduplicate=False)
    # every month's bar adds up to 100 %, the thin months included
    total = {}
    for tr in fig.data:
        for x, y in zip(tr.x, tr.y):
            total[pd.Timestamp(x)] = total.get(pd.Timestamp(x), 0) + y
    assert len(total) == 3 and all(abs(v - 1) < 1e-9 for v in total.values()), total
    assert fig.layout.yaxis.tickformat == ".0%" and "share" in fig.layout.yaxis.title.text
    # the hover still gives the count and the month's total
    assert all("of %{customdata[1]" in tr.hovertemplate for tr in fig.data)
    assert tc.period_volumes(heads, "MS").tolist() == [3, 6, 60]


def test_months_of_one_order_keep_their_counts():
    heads = _dated({"2018-03": 10, "2018-04": 30, "2018-05": 50})  # 5 times: not past the bar
    assert not tc.over_time_in_shares(heads, "MS")
    fig = tc.plot_topic_mix_over_time(heads, freq="MS", deduplicate=False)
    assert sum(sum(tr.y) for tr in fig.data) == 90 and fig.layout.yaxis.title.text == "headlines"
    # one month only: nothing to compare, counts
    assert not tc.over_time_in_shares(_dated({"2018-03": 4}), "MS")
    # the caller may ask for either
    assert fig.layout.yaxis.tickformat is None
    forced = tc.plot_topic_mix_over_time(heads, freq="MS", deduplicate=False, shares=True)
    assert forced.layout.yaxis.tickformat == ".0%"


# --------------------------------------------------------------------------- a phone's first screen

def _export(tmp_path, *, title: bool = True):
    import nbformat

    from marsad.runner.html import export_html

    nb = nbformat.v4.new_notebook()
    finding = nbformat.v4.new_code_cell("x")
    finding.outputs = [nbformat.v4.new_output("display_data", data={
            "text/markdown": "**15 documents** name Russia with Vietnam or India.",
            "text/plain": "finding"})]
    later = nbformat.v4.new_code_cell("y")
    later.outputs = [nbformat.v4.new_output("display_data", data={"text/plain": "a later output"})]
    intro = " ".join(["What this report reads and how, in many words for a narrow screen."] * 12)
    nb.cells = ([nbformat.v4.new_markdown_cell(f"# The title\n\n{intro}")] if title else []) + [
        nbformat.v4.new_code_cell("setup = 1"), finding,
        *[nbformat.v4.new_markdown_cell(f"## Section {i}\n\ntext {i}") for i in range(12)], later]
    path = tmp_path / "01-x.ipynb"
    nbformat.write(nb, path)
    export_html(path, tmp_path / "01-x.html", index=None, info={})
    return tmp_path / "01-x.html"


def test_the_page_marks_its_title_and_first_finding(tmp_path):
    page = _export(tmp_path).read_text(encoding="utf-8")
    assert "<main class='marsad-finding-first'>" in page
    assert page.count("marsad-title-cell") >= 2 and page.count(" marsad-finding ") == 1
    # the finding cell is the first cell with an output after the contents box (not the setup cell, not a later one)
    cell = page[page.index(" marsad-finding "):]
    assert cell.index("15 documents") < cell.index("a later output")
    # counter-example: a notebook with no title cell (the box comes first): the page is left as it was
    sub = tmp_path / "untitled"
    sub.mkdir()
    other = _export(sub, title=False).read_text(encoding="utf-8")
    assert "marsad-finding-first'" not in other and " marsad-finding " not in other


def test_a_page_with_no_output_after_its_box_is_unchanged():
    from marsad.runner.html import _finding_first

    body = ("<main><div class=\"jp-Cell jp-MarkdownCell\"><h1>T</h1><p>intro</p></div>"
            "<nav class='marsad-header'>box</nav><div class=\"jp-Cell jp-CodeCell\"></div></main>")
    assert _finding_first(body) == body
    with_output = body.replace("<div class=\"jp-Cell jp-CodeCell\"></div>",
                               "<div class=\"jp-Cell jp-CodeCell\"><div class=\"jp-OutputArea-output\">F</div></div>")
    assert " marsad-finding" in _finding_first(with_output)


def test_on_a_phone_the_finding_is_on_the_first_screen_and_wide_screens_keep_their_order(tmp_path):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from _browser import CHROMIUM_ARGS, find_chromium, require_browser

    require_browser("browser tests")
    from playwright.sync_api import sync_playwright

    page = _export(tmp_path)
    js = """() => { const top = e => Math.round(e.getBoundingClientRect().top + window.scrollY);
      const f = document.querySelector('.marsad-finding .jp-OutputArea-output');
      return {finding: top(f), box: top(document.querySelector('.marsad-header')),
              title: top(document.querySelector('h1')), intro: top(document.querySelector('h1 + p'))}; }"""
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
        seen = {}
        for width in (400, 1300):
            ctx = browser.new_context(viewport={"width": width, "height": 800})
            tab = ctx.new_page()
            tab.goto(page.resolve().as_uri(), wait_until="load")
            seen[width] = tab.evaluate(js)
            ctx.close()
        browser.close()
    phone, wide = seen[400], seen[1300]
    # phone: title, finding, then the description and the contents box
    assert phone["title"] < phone["finding"] < phone["intro"] < phone["box"], phone
    assert phone["finding"] < 200, phone
    # wide: the page's own order (title, description, box, finding)
    assert wide["title"] < wide["intro"] < wide["box"] < wide["finding"], wide
