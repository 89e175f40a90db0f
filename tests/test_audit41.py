"""audit41: the reports read as an analyst on Al Arabiya's 2018 articles naming Russia with China or Iran, a week of
Jawhara FM and the seed as a first-time user runs it.

* a ticker headline repeated with a full stop added, a letter form changed or one character updated counted twice
  in the topic mix (repeats were matched by exact text): :func:`marsad.query.headline_key` and one edit for long ones;
* in the shares mode of the topic mix over time a month of a handful of headlines was a bar as solid as a month of a
  thousand: such months are drawn pale with their count above them, and the caption says so.
"""
from __future__ import annotations

import pandas as pd

from marsad.charts import topics as tc
from marsad.query import headline_key, repeated_headlines


def _ticker(texts, sources=None, docs=None):
    n = len(texts)
    return pd.DataFrame({"doc_id": docs or ["p1"] * n, "section": "ticker", "position": list(range(n)),
                         "text": texts, "duplicate_of": pd.array([None] * n, dtype="Int64"),
                         "source": sources or ["alarabiya"] * n, "published": pd.NaT,
                         "topic": "world", "confidence": 0.9})


def test_a_ticker_repeat_with_punctuation_or_letter_forms_changed_counts_once():
    heads = _ticker(["روسيا والصين توقعان اتفاقا للطاقة", "روسيا والصين توقعان اتفاقاً للطاقة.",
                     "«روسيا والصين» توقعان اتفاقا للطاقة", "روسيا و الصين توقعان إتفاقا للطاقة"])
    assert repeated_headlines(heads).tolist() == [False, True, True, True]
    assert headline_key("«روسيا والصين» توقعان اتفاقاً للطاقة.") == headline_key("روسيا والصين توقعان اتفاقا للطاقة")


def test_a_long_ticker_headline_updated_by_one_character_counts_once_on_a_later_capture():
    heads = _ticker(["ارتفاع حصيلة ضحايا الزلزال في إيران إلى 12 قتيلا", "أمطار غزيرة في الرباط",
                     "ارتفاع حصيلة ضحايا الزلزال في إيران إلى 13 قتيلا"], docs=["p1", "p1", "p2"])
    assert repeated_headlines(heads).tolist() == [False, False, True]


def test_short_headlines_one_character_apart_are_two_headlines():
    # two goals, not one headline updated: under NEAR_REPEAT_MIN characters only the same words repeat
    heads = _ticker(["هدف في الدقيقة 90", "هدف في الدقيقة 80", "هدف في الدقيقة 90!"])
    assert repeated_headlines(heads).tolist() == [False, False, True]


def test_headlines_two_edits_apart_or_from_another_outlet_count():
    heads = _ticker(["بوتين يستقبل الرئيس الصيني في موسكو", "بوتين يستقبل الرئيس الإيراني في موسكو",
                     "بوتين يستقبل الرئيس الصيني في موسكو."], sources=["alarabiya", "alarabiya", "cnn"])
    assert repeated_headlines(heads).tolist() == [False, False, False]
    # and a title is matched by its story, never by its words (a daily bulletin counts each day)
    titles = _ticker(["طقس اليوم الخميس", "طقس اليوم الخميس."], docs=["j1", "j2"]).assign(section="title")
    assert not repeated_headlines(titles, pd.DataFrame({"doc_id": [], "story_id": []})).any()


def _dated(per_month: dict[str, int]) -> pd.DataFrame:
    rows = []
    for month, n in per_month.items():
        for i in range(n):
            rows.append((f"{month}-{i}", f"عنوان {month} {i}", f"{month}-{1 + i % 28:02d}"))
    return pd.DataFrame({"doc_id": [r[0] for r in rows], "section": "title", "position": 0,
                         "text": [r[1] for r in rows], "published": pd.to_datetime([r[2] for r in rows]),
                         "source": "jawhara", "topic": ["world" if i % 3 else "sports" for i in range(len(rows))],
                         "confidence": 0.9, "duplicate_of": pd.array([None] * len(rows), dtype="Int64")})


def _bar_opacity(fig):
    """{month: opacity} of the bars (1 where the trace gives none)."""
    out = {}
    for tr in fig.data:
        ops = tr.marker.opacity
        for i, x in enumerate(tr.x):
            out[pd.Timestamp(x)] = ops[i] if isinstance(ops, (list, tuple)) else 1.0 if ops is None else ops
    return out


def test_a_thin_month_drawn_in_shares_is_pale_with_its_count_above():
    heads = _dated({"2013-10": 5, "2016-09": 41, "2017-05": 120})
    assert tc.over_time_in_shares(heads, "MS")
    fig = tc.plot_topic_mix_over_time(heads, freq="MS", deduplicate=False)
    ops = _bar_opacity(fig)
    assert ops[pd.Timestamp("2013-10-01")] == tc.THIN_OPACITY
    assert ops[pd.Timestamp("2016-09-01")] == 1.0 and ops[pd.Timestamp("2017-05-01")] == 1.0
    # three months fit a count over each bar, in the middle of its month, on a phone too
    notes = {a.text: pd.Timestamp(a.x) for a in fig.layout.annotations}
    assert set(notes) == {"5", "41", "120"}
    assert notes["5"] == pd.Timestamp("2013-10-16 12:00")
    assert not fig.layout.meta  # three bars keep their counts on a phone
    words = tc.thin_periods_sentence(tc.period_volumes(heads, "MS"))
    assert words.startswith("One month holds fewer than 20 headlines (5): it is drawn pale")


def test_many_months_count_only_the_pale_ones_and_counts_mode_is_unchanged():
    months = {f"{y}-{m:02d}": (6 if y == 2014 else 60) for y in (2014, 2015, 2016) for m in range(1, 13)}
    heads = _dated(months)
    fig = tc.plot_topic_mix_over_time(heads, freq="MS", deduplicate=False)
    assert len(fig.layout.annotations) == 12 and {a.text for a in fig.layout.annotations} == {"6"}
    assert fig.layout.meta["marsad_narrow_notes"] == "hide"  # 36 bars on a phone: the page's script drops them
    assert tc.thin_periods_sentence(tc.period_volumes(heads, "MS")).startswith("12 of the 36 months hold fewer")
    # counter-examples: counts mode draws no pale bar and no count; a shares chart of full months neither
    even = _dated({"2018-03": 10, "2018-04": 30, "2018-05": 45})
    counts = tc.plot_topic_mix_over_time(even, freq="MS", deduplicate=False)
    assert not counts.layout.annotations and set(_bar_opacity(counts).values()) == {1.0}
    full = tc.plot_topic_mix_over_time(_dated({"2018-03": 25, "2018-04": 200}), freq="MS", deduplicate=False)
    assert set(_bar_opacity(full).values()) == {1.0} and len(full.layout.annotations) == 2
    assert tc.thin_periods_sentence(tc.period_volumes(_dated({"2018-03": 25, "2018-04": 200}), "MS")) == ""


# --------------------------------------------------------------------------- a phone's first screen: how sure

def _export(tmp_path, *, trust: bool = True, between: bool = False):
    import nbformat

    from marsad.charts.base import note
    from marsad.runner.html import export_html

    def cell(html):
        c = nbformat.v4.new_code_cell("x")
        c.outputs = [nbformat.v4.new_output("display_data", data={"text/html": html, "text/plain": "x"})]
        return c

    nb = nbformat.v4.new_notebook()
    intro = " ".join(["What this report reads and how, in many words for a narrow screen."] * 14)
    trust_html = note("How far to trust this timeline: 84% of the events drawn were right.", trust=trust).data
    nb.cells = [nbformat.v4.new_markdown_cell(f"# The title\n\n{intro}"), nbformat.v4.new_code_cell("setup = 1"),
                cell("<p><b>12 events</b> between Russia and China.</p>"),
                *([cell("<p>a chart of the events</p>")] if between else []), cell(trust_html),
                *[nbformat.v4.new_markdown_cell(f"## Section {i}\n\ntext {i}") for i in range(12)]]
    path = tmp_path / "03-x.ipynb"
    nbformat.write(nb, path)
    export_html(path, tmp_path / "03-x.html", index=None, info={})
    return tmp_path / "03-x.html"


def test_the_trust_note_after_the_finding_goes_with_it():
    from marsad.runner.html import _finding_first

    cell = "<div class=\"jp-Cell jp-CodeCell\"><div class=\"jp-OutputArea-output\">{}</div></div>"
    body = ("<main><div class=\"jp-Cell jp-MarkdownCell\"><h1>T</h1><p>intro</p></div><nav class='marsad-header'>box"
            "</nav>" + cell.format("12 events") + cell.format("<p class='marsad-note marsad-trust'>How far</p>")
            + cell.format("a chart") + "</main>")
    marked = [c for c in _finding_first(body).split('<div class="jp-Cell') if c.startswith(" marsad-finding ")]
    assert len(marked) == 2 and "12 events" in marked[0] and "How far" in marked[1], marked
    # counter-examples: a plain note next, or the trust note after another output, stays where the page puts it
    plain = body.replace("marsad-note marsad-trust", "marsad-note")
    assert _finding_first(plain).count(" marsad-finding ") == 1
    later = body.replace(cell.format("<p class='marsad-note marsad-trust'>How far</p>") + cell.format("a chart"),
                         cell.format("a chart") + cell.format("<p class='marsad-note marsad-trust'>How far</p>"))
    assert _finding_first(later).count(" marsad-finding ") == 1


def test_on_a_phone_the_trust_note_is_on_the_first_screen_and_wide_screens_keep_their_order(tmp_path):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from _browser import CHROMIUM_ARGS, find_chromium, require_browser

    require_browser("browser tests")
    from playwright.sync_api import sync_playwright

    pages = {"trust": _export(tmp_path)}
    (tmp_path / "plain").mkdir()
    pages["plain"] = _export(tmp_path / "plain", trust=False)
    js = """() => { const top = e => Math.round(e.getBoundingClientRect().top + window.scrollY);
      return {finding: top(document.querySelector('.marsad-finding .jp-OutputArea-output')),
              trust: top([...document.querySelectorAll('p.marsad-note')].find(p => p.innerText.startsWith('How far'))),
              box: top(document.querySelector('.marsad-header')), intro: top(document.querySelector('h1 + p'))}; }"""
    seen = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
        for name, page in pages.items():
            for width in (400, 1300):
                ctx = browser.new_context(viewport={"width": width, "height": 800})
                tab = ctx.new_page()
                tab.goto(page.resolve().as_uri(), wait_until="load")
                seen[name, width] = tab.evaluate(js)
                ctx.close()
        browser.close()
    phone, wide = seen["trust", 400], seen["trust", 1300]
    # phone: the finding, then how far to trust it, then the description and the box
    assert phone["finding"] < phone["trust"] < phone["intro"] < phone["box"] and phone["trust"] < 400, phone
    assert wide["intro"] < wide["box"] < wide["finding"] < wide["trust"], wide
    # counter-example: a note that is not the trust note stays after the box on a phone
    plain = seen["plain", 400]
    assert plain["finding"] < plain["intro"] < plain["box"] < plain["trust"], plain


# --------------------------------------------------------------------------- date labels of a few periods

def test_a_few_months_get_one_label_each_named_by_month():
    from marsad.charts.overview import plot_documents_over_time

    few = pd.DataFrame({"period": pd.to_datetime(["2018-01-01", "2018-02-01", "2018-05-01"]),
                        "source": "alarabiya", "documents": [4, 31, 9]})
    few.attrs["freq"] = "MS"
    fig = plot_documents_over_time(few)
    # plotly's own ticks fell every 29-30 days ("Dec 18 2017, Jan 16 2018, Feb 15") under the bars of Jan ... May
    assert fig.layout.xaxis.dtick == "M1" and fig.layout.xaxis.tickformat == "%b %Y"
    heads = _dated({"2018-01": 4, "2018-02": 31, "2018-03": 41})
    assert tc.plot_topic_mix_over_time(heads, freq="MS", deduplicate=False).layout.xaxis.dtick == "M1"
    # counter-examples: three years of months keep plotly's labels (a label a month would not fit); weeks keep
    # plotly's (they read well)
    many = pd.DataFrame({"period": pd.date_range("2015-01-01", periods=36, freq="MS"), "source": "jawhara",
                         "documents": 5})
    many.attrs["freq"] = "MS"
    assert plot_documents_over_time(many).layout.xaxis.dtick is None
    weeks = pd.DataFrame({"period": pd.date_range("2018-03-05", periods=4, freq="W-MON"), "source": "cnn",
                          "documents": 3})
    weeks.attrs["freq"] = "W"
    assert plot_documents_over_time(weeks).layout.xaxis.dtick is None


# --------------------------------------------------------------------------- numbers that agree, words that fit

def test_trust_notes_count_with_thousands_separators():
    import re

    from marsad.charts.quality import measured, trust_note

    people, events = trust_note("people"), trust_note("events")
    if measured()["people"].get("person_gold", 0) >= 1000:
        assert f"({measured()['people']['person_gold']:,} mentions)" in people
    # no four-digit count without its comma ("(1423 mentions)" beside "3,434 mentions" in the page's first line)
    assert not re.search(r"\b\d{4,}\b(?! ?%)(?!-\d)", people.replace("2026-12", "").split("(measured")[0])
    assert not re.search(r"\(\d{4,} |\b\d{4,} events in all", events)


def test_the_explorer_counts_as_the_index_does():
    from marsad.explore.app import _counts

    mentions = pd.DataFrame({"entity_type": ["person"] * 3 + ["country"] * 2 + ["org"]})
    events = pd.DataFrame({"kind": ["event"] * 7 + ["background"]})
    text = _counts(mentions, events)
    assert text == ("<b>5</b> person and country mentions (and 1 of organisations) · "
                    "<b>7</b> events and 1 background statement")
    # counter-examples: no organisations and no background say nothing of them; tables without the columns count rows
    assert _counts(mentions.iloc[:5], events.iloc[:1]) == "<b>5</b> person and country mentions · <b>1</b> event"
    assert _counts(pd.DataFrame({"x": [1, 2]}), pd.DataFrame()) == "<b>2</b> mentions · <b>0</b> events"


def test_the_index_counts_distinct_headlines_as_the_topic_page_does(tmp_path, monkeypatch):
    import marsad.engine.store as store
    from marsad.runner.index import _stage_count

    heads = pd.DataFrame({"doc_id": ["a1", "a2", "a3"], "section": "title", "position": 0,
                          "text": ["مجلس الأمن يفرض حظرا للأسلحة على جنوب السودان",
                                   "بعد 5 سنوات من الحرب.. فرض حظر أسلحة على جنوب السودان", "بوتين في طهران"],
                          "source": "alarabia", "published": pd.to_datetime(["2018-07-13", "2018-07-14", "2018-07-15"]),
                          "duplicate_of": pd.array([None] * 3, dtype="Int64"), "topic": "world", "confidence": 0.9})
    tables = {"headlines": heads}

    def read_table(folder, name, columns=None, **kw):
        if name not in tables:
            raise FileNotFoundError(name)
        return tables[name][columns] if columns else tables[name]

    monkeypatch.setattr(store, "read_table", read_table)
    # without a stories table every title counts (the reader found no repeat)
    assert _stage_count(tmp_path, "headlines", 3, "classified document title") == "3 classified document titles"
    tables["stories"] = pd.DataFrame({"doc_id": ["a1", "a2"], "story_id": ["s1", "s1"]})
    # a story filed twice: the topic page says "leaving 2", and so does the index
    assert _stage_count(tmp_path, "headlines", 3, "classified document title") == ("3 classified document titles "
                                                                                  "(2 distinct)")


def test_focus_and_partners_carry_to_the_mentions_page():
    from marsad.runner.notebooks import resolve_notebook
    from marsad.runner.report import _focus_for_parameters

    paths = [resolve_notebook("02"), resolve_notebook("03")]
    assert _focus_for_parameters({"partners": ["CN", "IR"]}, paths) == {
        "partners": ["CN", "IR"], "focus_entities": ["RU", "CN", "IR"], "kwic_entity": "RU"}
    # the focus alone: the timeline's default partners
    assert _focus_for_parameters({"focus": "FR"}, paths)["focus_entities"] == ["FR", "KP", "VN"]
    # counter-examples: an explicit focus_entities or kwic_entity wins; no focus or partners given, nothing changes
    given = {"partners": ["CN"], "focus_entities": ["Q7747"], "kwic_entity": "CN"}
    assert _focus_for_parameters(given, paths) == given
    assert _focus_for_parameters({"top_n": 5}, paths) == {"top_n": 5}


def test_no_focus_entity_named_says_which_entities_the_chart_follows_instead():
    from marsad.charts import mentions as mc

    ments = pd.DataFrame({"doc_id": ["j1", "j2"], "entity_id": ["TN", "FR"], "entity_type": "country",
                          "label_en": ["Tunisia", "France"], "label_ar": ["تونس", "فرنسا"]})
    words = mc.no_attention_sentence(ments, ["RU", "KP"], instead=["تونس (Tunisia)", "فرنسا (France)"])
    assert words.startswith("No document of this corpus names ")
    assert words.endswith(": the chart follows this corpus's most named entities instead, تونس (Tunisia) and "
                          "فرنسا (France).")
    # counter-example: nothing drawn instead keeps audit39's sentence
    assert mc.no_attention_sentence(ments, ["RU"]).endswith(": no attention over time to draw.")


def test_a_story_is_told_with_nearly_the_same_title_and_opening():
    from marsad.charts.overview import stories_sentence

    # the stories stage groups openings half alike or more: two documents of one story may carry other titles
    repeated = pd.DataFrame({"story": [1, 1], "file": ["a1.txt", "a2.txt"]})
    assert "(2 documents, nearly the same title and opening: " in stories_sentence(3, repeated)


def test_a_heatmap_of_a_few_texts_keys_whole_counts():
    from marsad.charts.mentions import comention_figure

    small = pd.DataFrame([[2, 1], [1, 0]], index=["يوسف الشاهد", "ليلى الشابي"], columns=["تونس", "فلسطين"])
    bar = comention_figure(small).data[0].colorbar
    assert bar.dtick == 1 and bar.tickmode == "linear"
    # counter-example: larger counts keep plotly's own key
    big = comention_figure(small * 40).data[0].colorbar
    assert big.dtick is None
