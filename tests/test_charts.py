"""Escaping helpers and Arabic text in matplotlib figures."""
import re

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from marsad import charts  # noqa: E402

RLO = "\u202e"
# كوريا written with its presentation forms (initial kaf, final waw, isolated reh,
# initial yeh, final alef), in logical order: what correct shaping must draw.
KOREA = "كوريا"
KOREA_SHAPED = "\ufedb\ufeee\ufead\ufef3\ufe8e"
# The same letters kept apart by zero-width non-joiners: what broken shaping draws.
KOREA_UNJOINED = "\u200c".join(KOREA)


def _markdown_to_html(text: str) -> str:
    from nbconvert.filters.markdown import markdown2html_mistune

    return markdown2html_mistune(text)


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("AT&T", "AT&amp;T"),
        ("[x](javascript:alert(1))", "[x](javascript:alert(1))"),
        ("**b** __i__ `c` ~~s~~", "**b** __i__ `c` ~~s~~"),
        ("$x^2$ and $$y$$", "$x^2$ and $$y$$"),
        ("<!-- hidden -->", "&lt;!-- hidden --&gt;"),
        ("# not a heading | not a table", "# not a heading | not a table"),
        ("https://example.org www.example.org", "https://example.org www.example.org"),
        ("روسيا" + RLO + "exe.pdf", "روسياexe.pdf"),
    ],
)
def test_escape_markdown_renders_as_the_literal_text(raw, shown):
    html = _markdown_to_html(charts.escape_markdown(raw))
    assert html.strip() == f"<p>{shown}</p>"


def test_escape_markdown_keeps_one_line():
    assert "\n" not in charts.escape_markdown("a\nb\r\nc")


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
        ("' \" &", "&#x27; &#34; &amp;"),
        ("a" + RLO + "b\u200fc\x00d", "abcd"),
        (None, ""),
        (float("nan"), ""),
        (pd.NA, ""),
        (42, "42"),
    ],
)
def test_escape_html(raw, escaped):
    assert charts.escape_html(raw) == escaped


def test_plotly_decodes_every_entity_we_emit():
    # plotly.js (svg_text_utils) knows only these named entities, and numeric ones.
    plotly_named = {"mu", "amp", "lt", "gt", "nbsp", "times", "plusmn", "deg"}
    import re

    named = set(re.findall(r"&([a-z]+);", charts.hover_text("<a href=\"x\" title='y'> & ")))
    assert named <= plotly_named


def test_hover_text_escapes_and_wraps():
    text = charts.hover_text("<b>" + "كلمة " * 40, width=30)
    assert text.startswith("&lt;b&gt;")
    assert "<br>" in text and "<b>" not in text


def test_rtl_table_escapes_cells_headers_and_highlight():
    df = pd.DataFrame({"<th>": ["<script>x</script> روسيا"], "start": [19], "end": [24]})
    html = charts.rtl_table(df, highlight={"<th>": ("start", "end")}).data
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "&lt;th&gt;" in html
    assert "<mark>روسيا</mark>" in html
    assert "dir='rtl'" in html


def test_ltr_table_for_english_codes_sits_left_and_escapes():
    df = pd.DataFrame({"dating rule": ["timex", "<b>x</b>"], "events": [4, 1]})
    html = charts.ltr_table(df, max_rows=1).data
    assert "dir='ltr'" in html and "dir='rtl'" not in html and "lang='ar'" not in html
    assert "text-align:left" in html and "<th>dating rule</th><th>events</th>" in html
    assert "<b>" not in html and "1 more rows in the CSV" in html


@pytest.mark.parametrize("helper", [charts.note, charts.caption])
def test_note_and_caption_escape(helper):
    assert "<img" not in helper("<img src=x onerror=alert(1)>").data


@pytest.mark.parametrize("helper", [charts.note, charts.caption])
def test_note_and_caption_opening_with_an_arabic_name_stay_left_to_right(helper):
    from marsad.runner.html import _DIR_AUTO

    out = helper("روسيا · Russia is named in 1 document.").data
    assert "dir='ltr'" in out and _DIR_AUTO.sub(r'<\1 dir="auto"', out) == out  # the export adds no dir="auto"


def test_mpl_text_survives_mathtext():
    fig, ax = plt.subplots()
    ax.set_title(charts.mpl_text(r"$\alert{1}$ روسيا"))
    fig.canvas.draw()  # unescaped, mathtext raises ValueError: Unknown symbol \alert
    plt.close(fig)


def test_matplotlib_font_covers_arabic_digits_and_brackets():
    from matplotlib.font_manager import FontProperties, findfont, get_font

    font = get_font(findfont(FontProperties(family=charts.matplotlib_font())))
    for char in "كوريا0123456789()[]-":
        assert font.get_char_index(ord(char)), f"{charts.matplotlib_font()} has no glyph for {char!r}"


def _render(text: str) -> np.ndarray:
    fig = plt.figure(figsize=(2.5, 0.7), dpi=100)
    fig.text(0.5, 0.5, text, ha="center", va="center", fontsize=22)
    fig.canvas.draw()
    pixels = np.asarray(fig.canvas.buffer_rgba())[..., :3].copy()
    plt.close(fig)
    return pixels


@pytest.fixture
def arabic_fonts():
    charts.setup_notebook()
    yield charts.matplotlib_font()


def test_arabic_label_is_shaped_and_right_to_left(arabic_fonts):
    joined = _render(KOREA)
    assert (joined < 128).any(), "nothing was drawn"
    # Shaped and laid out right to left, the word draws exactly like its presentation forms...
    assert np.array_equal(joined, _render(KOREA_SHAPED))
    # ...and unlike the same letters unjoined (what a renderer without shaping draws).
    assert not np.array_equal(joined, _render(KOREA_UNJOINED))


def test_arabic_glyphs_come_in_visual_order(arabic_fonts):
    from matplotlib._text_helpers import layout
    from matplotlib.font_manager import FontProperties, findfont, get_font

    font = get_font(findfont(FontProperties(family=arabic_fonts)))
    word = [i.char for i in layout("روسيا", font)]
    # Right to left: the glyph drawn first (leftmost) is the last letter typed.
    assert word == list(reversed("روسيا"))
    items = list(layout("روسيا (2024)", font))
    # In a right-to-left line the year comes first from the left, its digits in their own
    # left-to-right order, and its closing bracket is drawn mirrored, as "(".
    assert [i.char for i in items[:6]] == list(")2024(")
    assert items[0].glyph_index == font.get_char_index(ord("("))
    # ...and the initial kaf of كوريا uses a joined form, not the isolated glyph.
    kaf = next(i for i in layout(KOREA, font) if i.char == "ك")
    assert kaf.glyph_index != font.get_char_index(ord("ك"))


# ----------------------------------------------------------------- reader tables and readable figures

def test_reader_table_is_for_readers():
    from marsad.charts.base import reader_table

    frame = pd.DataFrame({
        "doc_id": ["000_92831172bd7188e7", "001_0123456789abcdef"], "title": ["روسيا <b>وفيتنام</b>", "عنوان"],
        "url": ["https://example.com/a?x=1&y=2", ""], "published": pd.to_datetime(["2024-06-19", "2024-06-20"]),
        "exact": [True, False], "category": [None, None], "start": [3, 4], "documents": [1200, 1],
    }, index=[7, 9])
    html = reader_table(frame).data
    assert "000_92831172bd7188e7" not in html and ">3<" not in html  # ids and offsets stay in the CSV
    assert "00:00:00" not in html and "True" not in html and "نعم" in html and "لا" in html
    assert "التصنيف" not in html  # the empty column is left out
    assert ">7<" not in html  # no pandas index
    assert "<a href='https://example.com/a?x=1&amp;y=2'" in html and "&lt;b&gt;" in html  # linked, escaped
    assert "العنوان<small dir='ltr'>title</small>" in html and "title='title'" in html
    assert "1,200" in html
    assert re.search(r"<td dir='auto' style='white-space:nowrap'>\d{4}-\d{2}-\d{2}</td>", html)  # dates stay whole


def test_reader_table_lets_a_file_name_break_so_the_title_keeps_its_width():
    from marsad.charts.base import reader_table

    frame = pd.DataFrame({"file": ["000_92831172bd7188e7.txt"], "title": ["اتفاقية تعاون استراتيجي بين روسيا وكوريا"]})
    html = reader_table(frame).data
    assert "<td dir='auto' style='overflow-wrap:anywhere'>000_92831172bd7188e7.txt</td>" in html
    # words wrap only at spaces; a title of several words keeps a minimum width (audit40: a word a line on a phone)
    assert "<td dir='auto' style='min-width:9em'>اتفاقية تعاون" in html


def test_reader_table_folds_long_tables_under_show_all():
    from marsad.charts.base import reader_table

    html = reader_table(pd.DataFrame({"text": [f"سطر {i}" for i in range(30)]}), show=10, max_rows=25).data
    assert html.count("<tr>") == 25 + 2  # 25 rows and a heading row in each of the two tables
    assert "<details" in html and "show 25 of 30 rows" in html and "5 more rows not shown" in html  # no csv named
    assert "show all" not in html
    whole = reader_table(pd.DataFrame({"text": [f"سطر {i}" for i in range(30)]}), show=10, max_rows=30).data
    assert "show all 30 rows" in whole and "more rows" not in whole


@pytest.mark.parametrize("values, integer", [([1, 1], True), ([0, 3, 12], True), ([0.5, 1], False)])
def test_count_axes_get_integer_ticks(values, integer):
    import plotly.graph_objects as go

    from marsad.charts.base import readable_figure

    fig = go.Figure(go.Bar(x=[f"s{i}" for i in range(len(values))], y=values))
    fig.update_layout(width=900)
    layout = readable_figure(fig.to_dict())["layout"]
    assert "width" not in layout  # the figure takes its column's width
    assert (layout.get("yaxis", {}).get("tickformat") == ",d") is integer
    if integer and max(values) <= 10:
        assert layout["yaxis"]["dtick"] == 1


def test_template_aligns_hover_labels_right():
    import plotly.io as pio

    from marsad.charts.base import setup_notebook

    setup_notebook()
    assert pio.templates.default == "marsad"
    layout = pio.templates["marsad"].layout
    assert layout.hoverlabel.align == "right" and layout.xaxis.automargin and layout.yaxis.automargin


def test_plural():
    from marsad.charts.base import plural

    assert plural(1, "document") == "1 document" and plural(3, "document") == "3 documents"
    assert plural(1.0, "story", "stories") == "1 story" and plural(2, "story", "stories") == "2 stories"


def test_attention_draws_thin_periods_off_the_line():
    """A period with one document makes a 100 % share: drawn as a hollow point, not as a peak of the line."""
    from marsad.charts.overview import attention_caption, attention_figure

    frame = pd.DataFrame({
        "period": pd.to_datetime(["2018-02-05", "2018-02-12", "2018-02-19"]), "entity_id": "RU", "label": "روسيا",
        "documents": [1, 2, 3], "total_documents": [1, 10, 12], "share": [1.0, 0.2, 0.25],
        "stories": pd.NA, "total_stories": pd.NA, "story_share": pd.NA, "samples": [[], [], []],
    })
    fig = attention_figure(frame)
    line, = [t for t in fig.data if t.type == "scatter" and t.mode == "lines+markers"]
    hollow, = [t for t in fig.data if t.type == "scatter" and t.mode == "markers"]
    assert np.isnan(line.y[0]) and list(line.y[1:]) == [0.2, 0.25]
    assert hollow.y[0] == 1.0 and np.isnan(hollow.y[1:]).all()
    assert hollow.marker.symbol == "circle-open" and hollow.marker.color == line.line.color
    assert not hollow.showlegend and hollow.legendgroup == line.legendgroup
    # with no thin period there is no hollow trace at all
    plain = attention_figure(frame.assign(total_documents=[5, 10, 12]))
    assert [t.mode for t in plain.data if t.type == "scatter"] == ["lines+markers"]
    frame.attrs["period_name"] = "week"
    assert attention_caption(frame).startswith("Share of the 23 dated documents, per week,")
    assert "A week with fewer than 5 documents is a hollow point" in attention_caption(frame)


def test_skipped_inputs_are_named_relative_to_the_corpus(tmp_path):
    from marsad.charts.overview import skipped_inputs

    manifest = pd.DataFrame({"path": [str(tmp_path / "a" / "x.bin"), "/elsewhere/y.bin", str(tmp_path / "ok.txt")],
                             "status": ["skipped", "skipped", "parsed"], "reason": ["binary", "binary", ""],
                             "bytes": [1, 2, 3]})
    assert skipped_inputs(manifest, root=tmp_path)["path"].tolist() == ["a/x.bin", "/elsewhere/y.bin"]
    assert skipped_inputs(manifest, root=tmp_path / "ok.txt")["path"].tolist() == ["a/x.bin", "/elsewhere/y.bin"]
    assert skipped_inputs(manifest)["path"].tolist() == [str(tmp_path / "a" / "x.bin"), "/elsewhere/y.bin"]


def test_inputs_with_warnings_quote_the_first_warnings_and_count_the_rest(tmp_path):
    from marsad.charts.overview import inputs_with_warnings

    many = "; ".join(f"line {i}: no text, skipped" for i in range(2, 10))
    manifest = pd.DataFrame({
        "path": [str(tmp_path / "news.csv"), str(tmp_path / "ok.txt"), str(tmp_path / "pages.zip"), str(tmp_path / "x.bin")],
        "status": ["parsed", "parsed", "parsed", "skipped"], "documents": [40, 1, 3, 0],
        "warnings": [many, "", "README.md: documentation file (README/LICENSE/PROVENANCE), not news", "ignored"]})
    rows = inputs_with_warnings(manifest, root=tmp_path, shown=3)
    assert rows["path"].tolist() == ["news.csv", "pages.zip"]  # parsed files with warnings only
    assert rows["warnings"][0] == ("line 2: no text, skipped; line 3: no text, skipped; line 4: no text, skipped; "
                                   "… and 5 more (manifest.csv)")
    assert rows["documents"].tolist() == [40, 3]


def test_a_reader_table_of_file_names_reads_from_the_left():
    frame = pd.DataFrame({"path": ["a.txt"], "reason": ["empty file"]})
    ltr, rtl = charts.reader_table(frame, direction="ltr").data, charts.reader_table(frame).data
    assert "<table class='marsad-table' dir='ltr'>" in ltr and "lang='ar'" not in ltr.split("<table")[0]
    assert "<table class='marsad-table' dir='rtl'>" in rtl
    with pytest.raises(ValueError, match="direction"):
        charts.reader_table(frame, direction="<script>")


def _timeline_events(dates, lane_partner="KP"):
    from marsad.charts.timeline import _prepare

    ev = pd.DataFrame({
        "kind": "event", "actor1": "RU", "actor2": lane_partner, "status": "reported", "precision": "day",
        "date_start": dates, "date_end": dates, "cameo_code": "042", "event_label": "Make a visit",
    })
    return _prepare(ev)


def test_timeline_labels_of_a_lane_never_overprint_and_every_event_is_named():
    """Nearby points of a lane used to get labels on the same side that printed over each other (a user's
    Russia-US lane: Dec 2016 and Apr 2017 labels on one line); each label now takes a free side or joins a stack."""
    from marsad.charts.timeline import axis_range, place_labels

    dates = ["2016-01-05", "2016-12-19", "2016-12-20", "2017-02-01", "2017-04-04", "2017-04-05", "2017-04-29",
             "2017-05-01", "2017-05-02", "2017-05-03", "2017-05-04", "2017-05-05", "2017-05-06"]
    placed = place_labels(_timeline_events(dates))
    shown = [line for lines in placed["label_lines"] for line in lines]
    more = sum(int(line.split()[0][1:]) for line in shown if line.endswith(" more"))
    assert len([line for line in shown if not line.endswith(" more")]) + more == len(dates)
    assert all(len(lines) <= 5 for lines in placed["label_lines"])
    # the drawn labels of one side do not overlap, by the same width estimate the layout uses
    anchors = placed[placed["label_lines"].str.len() > 0]
    x0, x1 = axis_range(placed)
    span = x1 - x0
    for side in ("top", "bottom"):
        rows = anchors[anchors["label_pos"].str.startswith(side)].sort_values("mid")
        extents = []
        for r in rows.itertuples():
            width = span / 1100 * 5.0 * max(len(line) for line in r.label_lines)
            extents.append((r.mid - width, r.mid) if r.label_pos.endswith("left") else (r.mid - width / 2, r.mid + width / 2))
        assert all(a[1] < b[0] for a, b in zip(extents, extents[1:])), side


def test_timeline_labels_of_events_a_day_apart_in_a_short_period_do_not_overprint():
    """Forty-nine Alarabia and France24 articles gave three Russia-North Korea events on 31 May and 1 June 2018:
    the labels were laid out for a one-day axis while the chart pads it to six weeks, so all three printed on one
    line in both figures; the layout now measures the axis the chart draws."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from marsad.charts.timeline import place_labels, timeline_static

    dates = ["2018-05-31", "2018-06-01", "2018-06-01"]
    placed = place_labels(_timeline_events(dates))
    sides = [pos.split()[0] for pos, lines in zip(placed["label_pos"], placed["label_lines"]) if lines]
    assert sorted(sides) == ["bottom", "top"]  # the second takes the free side, the third joins a stack
    assert sum(len(lines) for lines in placed["label_lines"]) == 3
    ev = pd.DataFrame({"kind": "event", "actor1": "RU", "actor2": "KP", "status": ["reported", "reported", "intent"],
                       "precision": "day", "date_start": dates, "date_end": dates, "cameo_code": ["040", "010", "036"],
                       "event_label": ["Consult", "Make statement", "Express intent to meet or negotiate"]})
    fig = timeline_static(ev)
    renderer = FigureCanvasAgg(fig).get_renderer()
    boxes = [t.get_window_extent(renderer) for ax in fig.axes for t in ax.texts]
    assert len(boxes) == 2
    assert not boxes[0].overlaps(boxes[1]), boxes


def test_timeline_labels_far_apart_each_stand_alone_above_the_lane():
    from marsad.charts.timeline import place_labels

    placed = place_labels(_timeline_events(["2010-01-01", "2014-01-01", "2018-01-01"]))
    assert [len(lines) for lines in placed["label_lines"]] == [1, 1, 1]
    assert [p.split()[0] for p in placed["label_pos"]] == ["top", "top", "top"]
    assert placed["label_pos"].iloc[-1] == "top left"  # the last 30 % of the span: right-aligned, inside the plot


def test_static_timeline_labels_of_neighbouring_lanes_never_overprint():
    """The seed's static timeline printed the Vietnam lane's label below it over the North Korea lane's stack of
    five labels above it (lanes were a fixed inch apart); lanes now move apart as their labels need."""
    from marsad.charts.timeline import timeline_static

    day = "2024-06-19"
    kinds = [("057", "Sign formal agreement", "KP", "reported"), ("017", "Engage in symbolic act", "KP", "reported"),
             ("042", "Make a visit", "KP", "reported"), ("051", "Praise or endorse", "KP", "reported"),
             ("072", "Provide military aid", "KP", "alleged"), ("031", "Express intent", "KP", "intent"),
             ("042", "Make a visit", "VN", "reported"), ("051", "Praise or endorse", "VN", "reported"),
             ("042", "Make a visit", "KP", "reported")]
    ev = pd.DataFrame({"kind": "event", "actor1": "RU", "actor2": [k[2] for k in kinds],
                       "status": [k[3] for k in kinds], "precision": "day", "date_start": day, "date_end": day,
                       "cameo_code": [k[0] for k in kinds], "event_label": [k[1] for k in kinds]})
    ev.loc[8, ["date_start", "date_end", "precision"]] = ["2023-09-01", "2023-09-30", "month"]
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig = timeline_static(ev)
    renderer = FigureCanvasAgg(fig).get_renderer()
    boxes = [t.get_window_extent(renderer) for ax in fig.axes for t in ax.texts]
    assert len(boxes) >= 3
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not a.overlaps(b), (a, b)
    # a label says the status of an event that is not reported as fact
    shown = "\n".join(t.get_text() for ax in fig.axes for t in ax.texts)
    assert "Provide military aid (alleged, 19 Jun 2024)" in shown and "(intent, 19 Jun 2024)" in shown


def test_top_entities_bars_split_by_ticker_only_when_the_corpus_has_one():
    from marsad.charts import mentions as mc

    rows = [("a", "paragraph", "RU", "روسيا"), ("a", "title", "RU", "روسيا"), ("a", "paragraph", "VN", "فيتنام")]
    m = pd.DataFrame(rows, columns=["doc_id", "section", "entity_id", "surface"]).assign(
        entity_type="country", start=0, end=1, label_ar=lambda d: d["surface"], label_en=lambda d: d["entity_id"])
    articles = mc.top_entities_figure(mc.mention_counts(m))
    assert [t.name for t in articles.data] == ["article"] and articles.layout.showlegend is False
    ticker = pd.concat([m, m.iloc[[0]].assign(doc_id="t", section="ticker")], ignore_index=True)
    both = mc.top_entities_figure(mc.mention_counts(ticker))
    assert [t.name for t in both.data] == ["article", "ticker"] and both.layout.showlegend is True
    assert list(both.data[1].x) == [0, 1]  # reversed order: VN has no ticker mention, RU has one


def test_topic_mix_charts_name_what_they_count():
    from marsad import topics
    from marsad.charts import topics as topic_charts

    mix = topics.topic_mix(pd.DataFrame({"topic": ["sports", "economy", "sports"], "text": ["أ", "ب", "ج"]}),
                           deduplicate=False)
    fig = topic_charts.plot_topic_mix(mix, title="Topic mix of the titles", unit="titles")
    assert fig.layout.xaxis.title.text == "titles" and " titles (" in fig.data[0].hovertemplate
    assert topic_charts.plot_topic_mix(mix).layout.xaxis.title.text == "headlines"
    static = topic_charts.plot_topic_mix_static(mix, unit="titles")
    assert static.axes[0].get_xlabel() == "titles"


def test_document_list_names_each_document_by_file_and_title_or_opening_words():
    from marsad.charts.overview import document_list

    documents = pd.DataFrame({
        "doc_id": ["doc1", "doc2"], "path": ["/corpus/tml/doc1.tml", "/corpus/tml/doc2.tml"],
        "title": [None, "عنوان الخبر"], "source": [None, "وكالة"], "url": [None, None],
        "published": pd.to_datetime([None, "2024-06-19"]), "format": ["xml", "xml"], "category": [None, None]})
    segments = pd.DataFrame({
        "doc_id": ["doc1", "doc1", "doc2"], "position": [1, 0, 0], "section": ["paragraph", "paragraph", "title"],
        "text": ["الفقرة الثانية", " ".join(f"كلمة{i}" for i in range(20)), "عنوان الخبر"]})
    listed = document_list(documents, segments, words=5)
    assert list(listed["file"]) == ["doc1.tml", "doc2.tml"]
    assert listed.loc[0, "opening"] == "كلمة0 كلمة1 كلمة2 كلمة3 كلمة4 …"  # the first paragraph by position
    assert pd.isna(listed.loc[1, "opening"])  # a titled document shows its title
    html = charts.reader_table(listed).data
    assert "opening words" in html and "doc1.tml" in html and "/corpus/" not in html


def test_static_timeline_draws_a_denial_without_a_matplotlib_warning():
    """A run on sixty articles about China and the United States printed matplotlib's warning about an edge colour
    given to the unfilled cross of a denied event in a red box in the timeline report; the cross now gets a colour."""
    import warnings

    from marsad.charts.timeline import timeline_static

    ev = pd.DataFrame({"kind": "event", "actor1": "CN", "actor2": "US", "status": ["denied", "reported", "intent"],
                       "precision": "day", "date_start": ["2018-07-04", "2018-07-06", "2018-07-06"],
                       "date_end": ["2018-07-04", "2018-07-06", "2018-07-06"], "cameo_code": ["163", "163", "036"],
                       "event_label": ["Impose embargo", "Impose embargo", "Express intent to meet"]})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig = timeline_static(ev)
    crosses = [c for ax in fig.axes for c in ax.collections if c.get_facecolor().size and len(c.get_offsets()) == 1]
    assert crosses


def test_source_charts_name_the_ant_outlets_as_they_call_themselves():
    """ANT's <SRC> codes (alarabia, france24, CNN) showed as such, in mixed case, in the overview's source charts."""
    from marsad.charts import outlet_name
    from marsad.charts.overview import plot_documents_over_time, plot_sources

    assert [outlet_name(s) for s in ("alarabia", "France24", "CNN", "JawharaFM", "هسبريس")] == [
        "Al Arabiya", "France 24", "CNN Arabic", "Jawhara FM", "هسبريس"]
    counts = pd.DataFrame({"source": ["alarabia", "france24"], "documents": [3, 2]})
    assert list(plot_sources(counts).data[0].y) == ["Al Arabiya", "France 24"]
    series = pd.DataFrame({"period": ["2018-01", "2018-01"], "source": ["alarabia", "CNN"], "documents": [1, 2]})
    assert {t.name for t in plot_documents_over_time(series).data} == {"Al Arabiya", "CNN Arabic"}


def test_chronicle_links_name_the_outlet_not_its_ant_code():
    from marsad.charts.timeline import chronicle_table

    ev = pd.DataFrame({"kind": ["event"], "actor1": ["CN"], "actor2": ["US"], "source": ["CN"], "target": ["US"],
                       "status": ["reported"], "precision": ["day"], "date_start": ["2018-07-06"],
                       "date_end": ["2018-07-06"], "date_text": ["الجمعة"], "cameo_code": ["163"],
                       "event_label": ["Impose embargo or boycott or sanctions"], "sentence": ["بدأت الصين فرض رسوم"],
                       "trigger": ["رسوم"], "n_mentions": [2], "n_documents": [2], "sources": ["a;b"],
                       "source_names": ["alarabia;france24"], "urls": ["https://a.example/1;https://b.example/2"]})
    html = chronicle_table(ev).data
    assert ">Al Arabiya</a>" in html and ">France 24</a>" in html and ">alarabia<" not in html


def test_chronicle_says_which_rows_the_learned_detector_found():
    from marsad.charts.timeline import chronicle_table

    row = {"kind": "event", "actor1": "RU", "actor2": "KP", "source": "RU", "target": "KP", "status": "reported",
           "precision": "day", "date_start": "2024-06-19", "date_end": "2024-06-19", "date_text": "",
           "cameo_code": "040", "event_label": "Consult", "sentence": "التقى بوتين كيم", "n_mentions": 1,
           "n_documents": 1, "sources": "a", "source_names": "", "urls": ""}
    ev = pd.DataFrame([{**row, "trigger": "", "rule": "learned:p=0.99"},
                       {**row, "trigger": "التقى", "trigger_start": 0, "trigger_end": 5, "rule": "timex:day"}])
    html = chronicle_table(ev).data
    assert html.count("found by the learned detector") == 1
