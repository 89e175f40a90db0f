"""audit41b: audit41's leftovers, read on a phone and in the topic page's words.

* on a phone the legend moved under a daily chart sat on its upright dates and on its axis title "day" (a week of
  Jawhara FM): the report's script now puts it below what the x axis draws, measured on the drawn figure;
* the relations timeline's static copy for print was a 350-px image with unreadable labels at 400 px: hidden on a
  phone's screen, kept for print and on wide screens;
"""
from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest


sys.path.insert(0, str(Path(__file__).parent))


# --------------------------------------------------------------------------- phone: legends and the print copy

def _daily_figure():
    from marsad.charts.base import plotly_template, readable_figure
    from marsad.charts.overview import attention_figure

    days = pd.date_range("2016-09-05", "2016-09-11", freq="D")
    rows = []
    for i, day in enumerate(days):
        for ent, label in (("TN", "تونس (Tunisia)"), ("FR", "فرنسا (France)"), ("LY", "ليبيا (Libya)")):
            rows.append({"period": day, "entity_id": ent, "label": label, "documents": (i + len(ent)) % 4,
                         "total_documents": 8, "share": ((i + len(ent)) % 4) / 8, "stories": (i + len(ent)) % 4,
                         "total_stories": 8, "story_share": ((i + len(ent)) % 4) / 8,
                         "samples": [{"title": "a title", "source": "jawharafm", "published": "2016-09-05"}]})
    frame = pd.DataFrame(rows)
    frame.attrs["period_name"] = "day"
    fig = attention_figure(frame, title="Share of documents naming each focus entity, per day")
    fig.update_layout(template=plotly_template())
    return readable_figure(fig.to_dict())


def _page(tmp_path):
    import nbformat
    import plotly.io as pio

    from marsad.runner.html import export_html

    def cell(html, tags=()):
        c = nbformat.v4.new_code_cell("x")
        c.metadata["tags"] = list(tags)
        c.outputs = [nbformat.v4.new_output("display_data", data={"text/html": html, "text/plain": "x"})]
        return c

    png = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
    nb = nbformat.v4.new_notebook()
    static = nbformat.v4.new_code_cell("x")
    static.metadata["tags"] = ["print-copy"]
    static.outputs = [nbformat.v4.new_output("display_data", data={"image/png": png, "text/plain": "x"},
                                             metadata={"marsad": {"alt": "the static timeline"}})]
    nb.cells = [nbformat.v4.new_markdown_cell("# The title\n\nWhat this page shows."),
                cell(pio.to_html(_daily_figure(), include_plotlyjs=True, full_html=False, div_id="daily")),
                static, cell("<p class='after'>the chronicle</p>")]
    path = tmp_path / "02-x.ipynb"
    nbformat.write(nb, path)
    export_html(path, tmp_path / "02-x.html", index=None, info={})
    return tmp_path / "02-x.html"


_PROBE = """() => {
  const div = document.getElementById('daily');
  const legend = div.querySelector('g.legend').getBoundingClientRect();
  const axis = [...div.querySelectorAll('g.xtick text, g.g-xtitle text')].map(t => t.getBoundingClientRect())
    .filter(b => b.height);
  const img = document.querySelector('img.marsad-figure');
  return {legendY: (div.layout.legend || {}).y, legendTop: legend.top, legendRight: legend.right, axisBottom: Math.max(...axis.map(b => b.bottom)),
          plotRight: div.querySelector('.nsewdrag').getBoundingClientRect().right,
          title: !!div.querySelector('g.g-xtitle text'), ticks: axis.length,
          image: img.getBoundingClientRect().height, svg: div.querySelector('svg.main-svg').getBoundingClientRect().bottom,
          figureBottom: div.getBoundingClientRect().bottom, legendBottom: legend.bottom};
}"""


@pytest.mark.slow
def test_on_a_phone_a_daily_charts_legend_starts_below_its_dates_and_the_print_copy_is_hidden(tmp_path):
    from _browser import CHROMIUM_ARGS, find_chromium, require_browser

    require_browser("browser tests")
    from playwright.sync_api import sync_playwright

    page_path = _page(tmp_path)
    seen = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
        try:
            for width in (400, 1300):
                ctx = browser.new_context(viewport={"width": width, "height": 900})
                tab = ctx.new_page()
                tab.goto(page_path.resolve().as_uri(), wait_until="load")
                tab.wait_for_function("() => document.querySelector('#daily g.legend')")
                tab.wait_for_timeout(1200)  # the script's relayouts
                seen[width] = tab.evaluate(_PROBE)
                if width == 400:
                    tab.emulate_media(media="print")
                    seen["print"] = tab.evaluate(_PROBE)
                ctx.close()
        finally:
            browser.close()
    phone, wide = seen[400], seen[1300]
    assert phone["title"] and phone["ticks"] >= 7, phone
    # phone: the legend under the plot begins below the dates and the axis title, and is not cut off at the bottom
    assert phone["legendTop"] >= phone["axisBottom"], phone
    assert phone["legendBottom"] <= phone["figureBottom"] + 1, phone
    # the print copy: none on a phone's screen, there when printing and on a wide screen
    assert phone["image"] == 0 and seen["print"]["image"] > 0 and wide["image"] > 0, seen
    assert phone["legendY"] < -0.25, phone  # below where the script used to put it
    # counter-example: a wide screen keeps the figure's own legend where the figure put it
    assert wide["legendY"] == _daily_figure()["layout"].get("legend", {}).get("y"), wide
