"""Reports in a real browser: headless Chromium, file://, network cut off.

One report run on the seed page (every notebook in notebooks/), then the index
and every report are opened in Debian's Chromium through Playwright with every
request that is not file:/data:/blob: aborted and recorded.
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from _browser import check_pages, require_browser
from marsad.runner.report import list_notebooks, run_report

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory, seed_path):
    require_browser("browser tests")
    result = run_report(seed_path, "browser", reports_dir=tmp_path_factory.mktemp("reports"), jobs=2)
    return result


@pytest.fixture(scope="module")
def pages(seed_run):
    out = seed_run.out_dir
    paths = [out / "index.html", *(out / nb.html for nb in seed_run.notebooks if nb.html)]
    return check_pages(paths)


def _reports(pages):
    return {p.name: c for p, c in pages.items() if p.name != "index.html"}


def test_every_notebook_ran(seed_run):
    assert [nb.notebook for nb in seed_run.notebooks] == [p.name for p in list_notebooks()]
    failed = {nb.notebook: nb.error for nb in seed_run.notebooks if not nb.ok}
    assert not failed


def test_no_console_or_page_errors(pages):
    errors = {p.name: c.console_errors + c.page_errors for p, c in pages.items() if c.console_errors or c.page_errors}
    assert not errors


def test_no_request_leaves_the_machine(pages):
    outside = {p.name: c.outside_requests for p, c in pages.items() if c.outside_requests}
    assert not outside


def test_no_dialog_opens(pages):
    assert not {p.name: c.dialogs for p, c in pages.items() if c.dialogs}


def test_every_plotly_figure_is_drawn(pages):
    reports = _reports(pages)
    assert sum(len(c.info["figures"]) for c in reports.values()) >= 4
    for name, check in reports.items():
        for fig in check.info["figures"]:
            assert fig["svg"], f"{name}: figure {fig['id']} has no SVG"
            assert fig["width"] > 100 and fig["height"] > 100, f"{name}: figure {fig['title']!r} is {fig}"
            assert fig["elements"] > 10, f"{name}: figure {fig['title']!r} is empty"


def test_figure_labels_show_text_not_entities(pages):
    for name, check in _reports(pages).items():
        visible = [t for t in check.info["svgText"] if re.search(r"&(#\d+|#x[0-9a-f]+|[a-z]+);", t, re.I)]
        assert not visible, f"{name}: {visible[:3]}"


def test_matplotlib_images_decode(pages):
    for name, check in _reports(pages).items():
        for image in check.info["images"]:
            assert image["width"] > 0 and image["height"] > 0, f"{name}: broken image {image}"


def test_every_figure_has_a_caption_under_it(pages):
    uncaptioned = {name: c.info["uncaptioned"] for name, c in _reports(pages).items() if c.info["uncaptioned"]}
    assert not uncaptioned


def test_arabic_blocks_read_right_to_left(pages):
    for name, check in _reports(pages).items():
        assert check.info["rtlChecked"] > 0, f"{name}: no Arabic block found"
        assert not check.info["rtlWrong"], f"{name}: Arabic blocks laid out left to right: {check.info['rtlWrong'][:5]}"


def _local_target(page: Path, href: str) -> Path | None:
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    return (page.parent / unquote(parts.path)).resolve()


def test_index_links_resolve(pages, seed_run):
    index = seed_run.out_dir / "index.html"
    hrefs = pages[index].info["hrefs"]
    for nb in seed_run.notebooks:
        assert nb.html in hrefs, f"index does not link {nb.html}"
    for href in hrefs:
        assert not urlsplit(href).scheme, f"index links off the machine: {href}"
        target = _local_target(index, href)
        assert target is not None and target.exists(), f"index link {href!r} is broken"


def test_index_shows_a_headline_number_per_report(seed_run):
    html = (seed_run.out_dir / "index.html").read_text(encoding="utf-8")
    for nb in seed_run.notebooks:
        row = re.search(rf"<tr><td><a href='{re.escape(nb.html)}'>.*?</tr>", html)
        assert row, nb.notebook
        headline = re.search(r"<td dir='auto'>([^<]*)(<br><small class='marsad-trust' dir='ltr'>([^<]*)</small>)?</td>",
                             row.group())
        assert headline and re.search(r"\d", headline.group(1)), f"{nb.notebook} has no headline number"
        # the analyses carry how far to trust them under the headline (the overview counts files: nothing to trust)
        if nb.notebook.startswith(("01-", "02-", "03-")):
            assert headline.group(3) and re.match(r"How sure: .*\d+%", headline.group(3)), f"{nb.notebook}: {row.group()}"


def test_report_header_links_resolve(pages):
    for page, check in pages.items():
        if page.name == "index.html":
            continue
        hrefs = check.info["hrefs"]
        anchors = [h[1:] for h in hrefs if h.startswith("#")]
        csvs = [h for h in hrefs if h.endswith(".csv")]
        assert anchors, f"{page.name}: no table of contents"
        assert {"headlines.csv", "mentions.csv", "events.csv"} <= set(csvs), f"{page.name}: CSV links {csvs}"
        missing = [a for a in anchors if unquote(a) not in check.info["ids"]]
        assert not missing, f"{page.name}: contents entries without a target: {missing}"
        for href in csvs + ["index.html"]:
            assert _local_target(page, href).exists(), f"{page.name}: {href} is broken"
        assert "Parameters" in check.info["text"] and "corpus" in check.info["text"]


@pytest.fixture(scope="module", params=[400, 1300], ids=lambda w: f"{w}px")
def sized_pages(request, seed_run):
    """Every page at a phone's width and a laptop's, each figure hovered so hover labels are drawn."""
    out = seed_run.out_dir
    paths = [out / "index.html", *(out / nb.html for nb in seed_run.notebooks if nb.html)]
    return request.param, check_pages(paths, width=request.param, hover=True)


def test_nothing_is_clipped_at_phone_and_laptop_width(sized_pages):
    width, pages = sized_pages
    for page, check in pages.items():
        assert not check.page_errors, f"{page.name} at {width}px: {check.page_errors[:3]}"
        assert not check.info["clipped"], f"{page.name} at {width}px: {check.info['clipped'][:5]}"
        assert check.info["pageWidth"] <= width + 1, f"{page.name} at {width}px is {check.info['pageWidth']}px wide"


def test_the_mentions_summary_says_the_ner_count_is_of_mentions(pages):
    # "3,050 mentions of 682 people (865 found by the NER model only)": 865 > 682 read as people
    text = next(c.info["text"] for p, c in pages.items() if p.name == "02-mentions.html")
    assert re.search(r"[\d,]+ mentions of [\d,]+ (people|person) \([\d,]+ of these mentions found by the NER model only\)",
                     text), text[:600]


def test_every_heatmap_row_and_column_is_named_at_phone_and_laptop_width(sized_pages):
    # At 400 px the people x countries heatmap gave its one-line "Arabic · English" names and a side colour bar
    # 260 of 400 px: the cells got 137 px and plotly named 3 of its 6 people (demo: 4 of 15 countries).
    width, pages = sized_pages
    heatmaps = [h for check in pages.values() for h in check.info["heatmaps"]]
    assert heatmaps, f"no heatmap drawn at {width}px"
    for h in heatmaps:
        assert (h["rowLabels"], h["colLabels"]) == (h["rows"], h["cols"]), f"{h['title']} at {width}px: {h}"
        assert h["rowOverlaps"] == 0, f"{h['title']} at {width}px: row names overprint each other: {h}"
        assert h["cellsWidth"] >= 0.5 * h["width"], f"{h['title']} at {width}px: cells {h['cellsWidth']} of {h['width']}"


def test_bars_get_at_least_half_the_width_of_their_chart_on_a_phone(sized_pages):
    # At 400 px one-line "Arabic · English" names and plotly's 80 px side margins left the top-people bars
    # 136 of 400 px: a 24-mention bar and a 2-mention one differed by a thumb's width.
    width, pages = sized_pages
    charts = [b for check in pages.values() for b in check.info["barCharts"]]
    assert len(charts) >= 3, f"{width}px: {charts}"
    for b in charts:
        assert b["barsWidth"] >= 0.5 * b["width"], f"{b['title']} at {width}px: bars {b['barsWidth']} of {b['width']}"


def test_hover_labels_read_right_to_left(sized_pages):
    width, pages = sized_pages
    drawn = []
    for page, check in _reports(pages).items():
        assert set(check.info["figureLayouts"]) <= {"right"}, f"{page.name}: {check.info['figureLayouts']}"
        drawn += check.info["hoverAlign"]
    # The last trace hovered in a figure may be a legend-only one: count hover labels over all reports.
    assert drawn, f"no hover label was drawn at {width}px"
    assert set(drawn) == {"end"}, f"hover labels anchored {set(drawn)} at {width}px"


def test_every_static_image_is_described(pages):
    for name, check in _reports(pages).items():
        for alt in check.info["imagesAlt"]:
            assert alt and "No description" not in alt, f"{name}: image without a description"


def test_timeline_point_labels_hide_on_a_phone_and_come_back_when_wide(seed_run):
    """At 400 px the stacked labels of nearby events overprinted each other; hover still names each point. There,
    the marks of the six events the seed's page dates on or before 19 June 2024 print one over another: a count over
    them says so on a phone only (audit42)."""
    from playwright.sync_api import sync_playwright

    from _browser import CHROMIUM_ARGS, find_chromium

    page_path = seed_run.out_dir / "03-russia-relations-timeline.html"
    count = """() => { const div = [...document.querySelectorAll('.plotly-graph-div')]
        .find(d => ((d.layout || {}).meta || {}).marsad_narrow_text === 'hide');
        return div ? div.querySelectorAll('.textpoint text').length : -1; }"""
    phone = """() => [...document.querySelectorAll('.plotly-graph-div .annotation-text')]
        .map(t => t.textContent).filter(t => / events$/.test(t)).sort()"""
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 400, "height": 900})
            page.goto(page_path.as_uri(), wait_until="load")
            page.wait_for_function("() => document.querySelector('.plotly-graph-div svg.main-svg')")
            page.wait_for_timeout(500)
            assert page.evaluate(count) == 0
            assert page.evaluate(phone) == ["2 events", "6 events"]
            page.set_viewport_size({"width": 1300, "height": 900})
            page.wait_for_timeout(800)  # the resize handler waits 150 ms
            assert page.evaluate(count) > 0
            assert page.evaluate(phone) == []
        finally:
            browser.close()


def test_chronicle_is_one_card_per_event_on_a_phone(seed_run):
    """At 400 px the chronicle's evidence (its sixth column) was off screen in a sideways-scrolling table; on a
    phone each event is a card whose every cell, the evidence first among them, lies inside the viewport."""
    from playwright.sync_api import sync_playwright

    from _browser import CHROMIUM_ARGS, find_chromium

    page_path = seed_run.out_dir / "03-russia-relations-timeline.html"
    probe = """() => { const t = document.querySelector('table.marsad-chronicle');
        const cells = [...t.querySelectorAll('td[data-label^="Evidence"]')];
        return {display: getComputedStyle(t.querySelector('tr')).display, head: getComputedStyle(t.querySelector('thead')).display,
                cells: cells.length, right: Math.max(...cells.map(c => c.getBoundingClientRect().right)),
                label: getComputedStyle(cells[0], '::before').content}; }"""
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 400, "height": 900})
            page.goto(page_path.as_uri(), wait_until="load")
            phone = page.evaluate(probe)
            assert phone["cells"] > 0 and phone["display"] == "block" and phone["head"] == "none"
            assert phone["right"] <= 400, phone
            assert "Evidence" in phone["label"]
            page.set_viewport_size({"width": 1300, "height": 900})
            wide = page.evaluate(probe)
            assert wide["display"] == "table-row" and wide["head"] != "none"
        finally:
            browser.close()


def test_a_long_run_name_wraps_on_a_phone(seed_run, tmp_path):
    # "Marsad run: alarabia_sport_201804" is one word of 33 characters: the index's title pushed the page to 424 px
    # at a 400 px window (audit37); the run name is the user's, so the title must wrap anywhere
    index = (seed_run.out_dir / "index.html").read_text(encoding="utf-8")
    name = "alarabia_sport_201804_" * 2
    assert "<h1>Marsad run: browser</h1>" in index
    page = tmp_path / "index.html"
    page.write_text(index.replace("<h1>Marsad run: browser</h1>", f"<h1>Marsad run: {name}</h1>"), encoding="utf-8")
    check = check_pages([page], width=400)[page]
    assert check.info["pageWidth"] <= 401, f"index at 400px is {check.info['pageWidth']}px wide"


def test_the_index_tables_fit_a_phone(seed_run):
    """At 400 px the analysis stages' fifth column ("error", empty on a run that went well) ran past the screen's
    right edge inside a sideways-scrolling box (audit42); the reports' and the stages' tables fit whole."""
    from playwright.sync_api import sync_playwright

    from _browser import CHROMIUM_ARGS, find_chromium

    probe = """() => [...document.querySelectorAll('.marsad-box-scroll')].slice(0, 2).map(b => ({
        head: b.querySelector('th').textContent, cols: b.querySelectorAll('thead th').length,
        over: b.scrollWidth - b.clientWidth, right: b.getBoundingClientRect().right}))"""
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 400, "height": 900})
            page.goto((seed_run.out_dir / "index.html").as_uri(), wait_until="load")
            boxes = page.evaluate(probe)
        finally:
            browser.close()
    assert [b["head"] for b in boxes] == ["report", "stage"], boxes
    assert boxes[1]["cols"] == 4, boxes
    for b in boxes:
        assert b["over"] <= 1 and b["right"] <= 400, boxes


def test_the_timeline_key_sits_under_its_axis_on_a_phone(seed_run):
    """On a phone the report's script moved every legend a quarter of its plot's height under the plot: the seed
    timeline's key (two strips, 1,100 px tall) lay ~150 px under the "Earlier history" dates, read as belonging to
    nothing (audit42). It starts just under the lowest date labels; on a wide screen it is the figure's own."""
    from playwright.sync_api import sync_playwright

    from _browser import CHROMIUM_ARGS, find_chromium

    probe = """() => { const div = [...document.querySelectorAll('.plotly-graph-div')]
        .find(d => ((d.layout || {}).meta || {}).marsad_narrow_text === 'hide');
        let low = 0; div.querySelectorAll('g.xtick text, g.x2tick text').forEach(t => {
            const b = t.getBoundingClientRect(); if (b.height) low = Math.max(low, b.bottom); });
        return {low, top: div.querySelector('g.legend').getBoundingClientRect().top}; }"""
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 400, "height": 900})
            page.goto((seed_run.out_dir / "03-russia-relations-timeline.html").as_uri(), wait_until="load")
            page.wait_for_function("() => document.querySelector('.plotly-graph-div g.legend')")
            page.wait_for_timeout(1500)
            gap = page.evaluate(probe)
        finally:
            browser.close()
    assert 0 <= gap["top"] - gap["low"] <= 40, gap
