"""audit41b: audit41's leftovers, read on a phone and in the topic page's words.

* on a phone the legend moved under a daily chart sat on its upright dates and on its axis title "day" (a week of
  Jawhara FM): the report's script now puts it below what the x axis draws, measured on the drawn figure;
* the relations timeline's static copy for print was a 350-px image with unreadable labels at 400 px: hidden on a
  phone's screen, kept for print and on wide screens;
* the topic page's trust note told a corpus of titles of "a new outlet's ticker": it now says which of the two
  measured readings (a whole outlet read together, ticker-sized batches of 58) the corpus is near;
* the index's option line "headlines.deduplicate false" beside a page that counts repeats once: said in words.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

from marsad.charts.quality import measured, trust_note, trust_short
from marsad.runner.html import run_options

sys.path.insert(0, str(Path(__file__).parent))


# --------------------------------------------------------------------------- the topic page's words

def _one_in(acc):
    return round(1 / (1 - acc))


def test_a_corpus_of_titles_is_not_told_of_a_ticker():
    m = measured()["topics"]
    small, whole = _one_in(m["batch_accuracy"]), _one_in(m["forced_accuracy"])
    mid = trust_note("topics", unit="title", batch=117)
    assert "outlet's ticker" not in mid and "has no ticker" in mid and "117 titles" in mid
    assert f"between one title in {whole} and one in {small}" in mid
    few = trust_note("topics", unit="title", batch=40)
    assert f"about one title in {small} " in few and "a ticker's size" in few
    many = trust_note("topics", unit="title", batch=3000)
    assert f"about one title in {whole} " in many and "3,000 titles" in many
    # counter-example: a ticker keeps its sentence, and the default is the ticker's
    tick = trust_note("topics", unit="ticker", batch=58)
    assert f"Expect about one headline in {small} on a new outlet's ticker" in tick and tick == trust_note("topics")
    # the trained-outlet caveat still follows
    assert trust_note("topics", unit="title", batch=117, trained_outlets=["Al Arabiya"]).startswith(mid[:-1])


def test_the_index_line_of_a_corpus_of_titles_names_both_readings():
    m = measured()["topics"]
    short = trust_short("topics", unit="title", batch=117)
    assert "ticker" not in short and f"{m['batch_accuracy']:.0%} in batches of 58" in short and "117 titles" in short
    # counter-examples: a ticker's line and a trained outlet's line are as before
    assert "ticker-sized batches" in trust_short("topics")
    assert trust_short("topics", trained_outlets=["Al Arabiya"], unit="title", batch=117) == \
        trust_short("topics", trained_outlets=["Al Arabiya"])


def test_the_headlines_deduplicate_option_is_said_in_words():
    got = run_options({"options": {"headlines": {"deduplicate": False, "min_confidence": 0.5},
                                   "events": {"deduplicate": False}}})
    assert got["headlines.deduplicate"].startswith("false (") and "counts a repeat once" in got["headlines.deduplicate"]
    assert "word for word" in run_options({"options": {"headlines": {"deduplicate": True}}})["headlines.deduplicate"]
    # counter-examples: other options, and the same key of another stage, stay bare
    assert got["headlines.min_confidence"] == "0.5" and got["events.deduplicate"] == "false"


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


# --------------------------------------------------------------------------- the relations timeline's Goldstein curve

def _events(rows):
    cols = ["actor1", "actor2", "date_start", "date_end", "precision", "status", "cameo_code", "event_label", "goldstein"]
    ev = pd.DataFrame([dict(zip(cols, r)) for r in rows])
    return ev.assign(source=ev["actor1"], target=ev["actor2"], kind="event", date_text="", sentence="x",
                     n_mentions=1, n_documents=1)


_RU_IR_CN = [("RU", "IR", "2018-03-23", "2018-03-23", "day", "reported", "043", "Host a visit", 2.8),
             ("RU", "IR", "2018-05-07", "2018-05-07", "day", "reported", "040", "Consult", 1.0),
             ("RU", "IR", "2018-05-14", "2018-05-14", "day", "intent", "036", "Express intent", None),
             ("RU", "CN", None, "2018-06-10", "before-publication", "reported", "042", "Make a visit", 1.9)]


def test_the_goldstein_curve_names_its_one_pair_and_puts_each_month_at_its_middle():
    from marsad.charts.timeline import goldstein_curve

    fig = goldstein_curve(_events(_RU_IR_CN))
    assert len(fig.data) == 1 and fig.layout.showlegend is True and fig.data[0].name == "Russia – Iran"
    # an event of 23 March was drawn on 1 March: the month's mean now sits mid-month
    assert fig.data[0].xperiod == "M1" and fig.data[0].xperiodalignment == "middle"
    assert fig.layout.xaxis.tickformat == "%b %Y"  # months named, not weeks ("Mar 18, Mar 25")
    assert fig.data[0].text[0].startswith("Mar 2018<br>Russia – Iran: +2.8")
    # counter-example: events over more than five years are yearly means, each in the middle of its year
    old = _RU_IR_CN[:1] + [("RU", "IR", "2012-03-01", "2012-03-01", "day", "reported", "040", "Consult", 1.0)]
    yearly = goldstein_curve(_events(old), history_years=None)
    assert yearly.data[0].xperiod == "M12" and yearly.data[0].text[0].startswith("2012<br>")


def test_the_goldstein_caption_says_which_pairs_are_drawn_and_which_cannot_be():
    from marsad.charts.timeline import goldstein_pairs_sentence

    said = goldstein_pairs_sentence(_events(_RU_IR_CN))
    assert said.startswith("Drawn: Russia – Iran (2 reported events).")
    assert "Not drawn: Russia – China, no reported event with a date of its own" in said
    # counter-examples: every pair drawn says nothing of the missing; no event, nothing at all
    both = _RU_IR_CN[:3] + [("RU", "CN", "2018-06-10", "2018-06-10", "day", "reported", "042", "Make a visit", 1.9)]
    assert goldstein_pairs_sentence(_events(both)) == \
        "Drawn: Russia – China (1 reported event), Russia – Iran (2 reported events)."
    assert goldstein_pairs_sentence(_events(_RU_IR_CN).iloc[:0]) == ""


def test_a_timeline_hover_counts_mentions_and_documents_in_words():
    from marsad.charts.timeline import timeline_figure

    ev = _events(_RU_IR_CN[:2]).assign(n_mentions=[2, 1], n_documents=[1, 1], source_names="alarabiya")
    hovers = [h for tr in timeline_figure(ev).data if tr.hovertext for h in tr.hovertext]
    assert any("2 mentions in 1 document · Al Arabiya" in h for h in hovers), hovers
    assert any("1 mention in 1 document · Al Arabiya" in h for h in hovers) and not any("(s)" in h for h in hovers)
