"""Tests for the explorer's query functions (marsad.explore) and its widget wiring, without a browser."""
from __future__ import annotations

import nbformat
import pandas as pd
import pytest

import marsad
from marsad.explore import views as ex
from marsad.mentions.kb import load_kb

from conftest import NOTEBOOKS, notebook_text

# Three dated articles from two sources, and a ticker page captured on 2024-06-20.
_SEGMENTS = [
    ("a1", "title", 0, "بوتين يزور كوريا الشمالية"),
    ("a1", "paragraph", 1, "التقى بوتين وكيم جونغ أون في بيونغ يانغ. ثم غادر بوتن إلى فيتنام."),
    ("a1", "paragraph", 2, "وقالت فيتنام إنها ترحب بالزيارة."),
    ("a2", "title", 0, "روسيا وفيتنام توقعان الاتفاقية"),
    ("a2", "paragraph", 1, "وقع بوتين اتفاقية مع فيتنام في هانوي."),
    ("a3", "paragraph", 0, "المغرب يستضيف مؤتمرا للاستثمار، ولبوتين رسالة."),
    ("t", "ticker", 0, "كيم يهنئ بوتين"),
    ("t", "ticker", 1, "المغرب يفوز على البرتغال"),
]
_MENTIONS = [  # (doc, position, entity id, type, surface)
    ("a1", 0, "Q7747", "person", "بوتين"),
    ("a1", 0, "KP", "country", "كوريا الشمالية"),
    ("a1", 1, "Q7747", "person", "بوتين"),
    ("a1", 1, "Q56226", "person", "كيم جونغ أون"),
    ("a1", 1, "Q7747", "person", "بوتن"),
    ("a1", 1, "VN", "country", "فيتنام"),
    ("a1", 2, "VN", "country", "فيتنام"),
    ("a2", 0, "RU", "country", "روسيا"),
    ("a2", 0, "VN", "country", "فيتنام"),
    ("a2", 1, "Q7747", "person", "بوتين"),
    ("a2", 1, "VN", "country", "فيتنام"),
    ("a3", 0, "MA", "country", "المغرب"),
    ("a3", 0, "Q7747", "person", "بوتين"),
    ("t", 0, "Q56226", "person", "كيم"),
    ("t", 0, "Q7747", "person", "بوتين"),
    ("t", 1, "MA", "country", "المغرب"),
    ("t", 1, "PT", "country", "البرتغال"),
]
_LABELS = {"Q7747": ("Vladimir Putin", "فلاديمير بوتين"), "Q56226": ("Kim Jong Un", "كيم جونغ أون"),
           "KP": ("North Korea", "كوريا الشمالية"), "VN": ("Vietnam", "فيتنام"), "RU": ("Russia", "روسيا"),
           "MA": ("Morocco", "المغرب"), "PT": ("Portugal", "البرتغال")}


def _tables() -> dict[str, pd.DataFrame]:
    documents = pd.DataFrame({
        "doc_id": ["a1", "a2", "a3", "t"],
        "source": ["bbc", "bbc", "hespress", "alayam"],
        "published": pd.to_datetime(["2024-06-19", "2024-06-21", "2024-07-15", None]),
        "captured": pd.to_datetime([None, None, None, "2024-06-20"]),
        "title": ["", "", "", ""],
    })
    segments = pd.DataFrame(_SEGMENTS, columns=["doc_id", "section", "position", "text"])
    segments["normalized"] = segments["text"].map(marsad.normalize)
    text = segments.set_index(["doc_id", "position"])["text"]
    rows, seen = [], {}
    for doc, pos, eid, etype, surface in _MENTIONS:
        # find the next occurrence (a segment may name the same entity twice)
        start = text[(doc, pos)].index(surface, seen.get((doc, pos, surface), 0))
        seen[(doc, pos, surface)] = start + 1
        en, ar = _LABELS[eid]
        rows.append((doc, segments.set_index(["doc_id", "position"]).loc[(doc, pos), "section"], pos, eid, etype,
                     en, ar, "name", surface, start, start + len(surface)))
    mentions = pd.DataFrame(rows, columns=["doc_id", "section", "position", "entity_id", "entity_type", "label_en",
                                           "label_ar", "form", "surface", "start", "end"])
    headlines = pd.DataFrame({
        "doc_id": ["t", "t"], "position": [0, 1], "section": ["ticker", "ticker"],
        "text": [_SEGMENTS[6][3], _SEGMENTS[7][3]], "topic": ["politics", "sports"], "confidence": [0.9, 0.8],
        "duplicate_of": pd.array([pd.NA, pd.NA], dtype="Int64"), "source": ["alayam", "alayam"],
        "published": pd.to_datetime(["2024-06-20", "2024-06-20"]),
    })
    sentence = "وقع بوتين اتفاقية مع فيتنام في هانوي."
    events = pd.DataFrame({
        "event_id": ["e1", "e2"], "doc_id": ["a2", "a1"], "actor1": ["RU", "RU"], "actor2": ["VN", "KP"],
        "date_start": ["2024-06-20", "2024-06-19"], "date_end": ["2024-06-20", "2024-06-19"],
        "precision": ["day", "day"], "date_text": ["", ""], "cameo_code": ["057", "042"],
        "event_label": ["Sign formal agreement", "Make a visit"], "goldstein": [8.0, 1.9],
        "sentence": [sentence, _SEGMENTS[0][3]], "start": [0, 0], "end": [len(sentence), len(_SEGMENTS[0][3])],
        "section": ["paragraph", "title"], "position": [1, 0],
    })
    return {"documents": documents, "segments": segments, "mentions": mentions, "headlines": headlines,
            "events": events}


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.fixture(scope="module")
def tables(kb):
    return ex.prepare_tables(_tables(), kb=kb)


@pytest.fixture(scope="module")
def seed_tables(seed_path, kb):
    return ex.prepare_tables(marsad.open_run(corpus=seed_path.parent), kb=kb)


# ----------------------------------------------------------------- selection and preparation

def test_selection_coerces_lists_and_dates():
    sel = ex.Selection(entities=["VN"], sources="bbc", date_from="2024-06-19")
    assert sel.entities == ("VN",) and sel.sources == ("bbc",)
    assert sel.date_from == pd.Timestamp("2024-06-19") and sel.dated


@pytest.mark.parametrize("kwargs", [{"together": "paragraph"}, {"date_from": "2024-07-01", "date_to": "2024-06-01"}])
def test_selection_rejects_bad_values(kwargs):
    with pytest.raises(ValueError):
        ex.Selection(**kwargs)


def test_ticker_segments_take_the_capture_date_not_the_article_date(tables):
    segs = tables.segments.set_index(["doc_id", "position"])
    assert segs.loc[("t", 0), "date"] == pd.Timestamp("2024-06-20")
    assert segs.loc[("a1", 1), "date"] == pd.Timestamp("2024-06-19")


def test_missing_tables_give_empty_views():
    t = ex.prepare_tables({"documents": _tables()["documents"], "segments": _tables()["segments"]})
    sel = ex.Selection(entities=("VN",))
    assert ex.kwic(t, sel).empty and ex.co_mentions(t, sel).empty and ex.matching_events(t, sel).empty


# ----------------------------------------------------------------- entity picker

def test_entity_options_list_run_entities_first_with_both_names(tables):
    opts = ex.entity_options(tables)
    assert opts["entity_id"].iloc[0] == "Q7747"  # most mentioned in the run
    putin = opts.set_index("entity_id").loc["Q7747", "option"]
    assert "بوتين" in putin and "Putin" in putin and "[Q7747]" in putin
    assert len(opts) > 1000  # the whole knowledge base is offered


@pytest.mark.parametrize("typed, expected", [
    ("فلاديمير بوتين — Vladimir Putin [Q7747]", "Q7747"),
    ("Q56226", "Q56226"),
    ("vn", "VN"),
    ("Kim Jong Un", "Q56226"),
    ("بوتين", "Q7747"),
    ("وبوتين", "Q7747"),
    ("بوتن", "Q7747"),
    ("فيتنام", "VN"),
    ("Putin", "Q7747"),
    ("zzzz-nothing", None),
])
def test_resolve_entity(tables, kb, typed, expected):
    assert ex.resolve_entity(ex.entity_options(tables), typed, kb=kb) == expected


# ----------------------------------------------------------------- filters

@pytest.mark.parametrize("sel, docs", [
    (ex.Selection(), {"a1", "a2", "a3", "t"}),
    (ex.Selection(sources=("bbc",)), {"a1", "a2"}),
    (ex.Selection(date_from="2024-06-20", date_to="2024-06-30"), {"a2", "t"}),
    (ex.Selection(sections=ex.SECTION_GROUPS["ticker"]), {"t"}),
    (ex.Selection(topics=("sports",)), {"t"}),
])
def test_filter_segments(tables, sel, docs):
    assert set(ex.filter_segments(tables, sel)["doc_id"]) == docs


def test_date_filter_drops_undated_rows_only_when_active(kb):
    raw = _tables()
    raw["documents"].loc[raw["documents"]["doc_id"] == "t", "captured"] = pd.NaT
    t = ex.prepare_tables(raw, kb=kb)
    assert "t" in set(ex.filter_segments(t, ex.Selection())["doc_id"])
    assert "t" not in set(ex.filter_segments(t, ex.Selection(date_from="2024-01-01"))["doc_id"])


@pytest.mark.parametrize("together, units", [
    ("any", {("a1", 0), ("a1", 1), ("a2", 1), ("a3", 0), ("t", 0)}),
    ("sentence", {("a1", 1), ("t", 0)}),
    ("document", {("a1", 0), ("a1", 1), ("t", 0)}),
])
def test_together_modes(tables, together, units):
    m = ex.filter_mentions(tables, ex.Selection(entities=("Q7747", "Q56226"), together=together))
    if together == "any":
        m = m[m["entity_id"] == "Q7747"]
    assert set(zip(m["doc_id"], m["position"])) == units


def test_sentence_mode_keeps_only_the_sentence_naming_both(tables):
    m = ex.filter_mentions(tables, ex.Selection(entities=("Q7747", "Q56226"), together="sentence"))
    a1 = m[m["doc_id"] == "a1"]
    # "ثم غادر بوتن إلى فيتنام" is the second sentence, without Kim
    assert sorted(a1["surface"]) == ["بوتين", "كيم جونغ أون"]


# ----------------------------------------------------------------- views

def test_kwic_columns_and_offsets(tables):
    k = ex.kwic(tables, ex.Selection(entities=("VN",)), width=12)
    assert list(k.columns[:8]) == ["doc_id", "section", "position", "entity_id", "label", "left", "match", "right"]
    assert (k["match"] == "فيتنام").all()
    assert (k.apply(lambda r: r["context"][r["match_start"]:r["match_end"]], axis=1) == k["match"]).all()
    assert k["date"].is_monotonic_decreasing  # newest first


def test_kwic_context_stops_at_the_sentence_in_sentence_mode(tables):
    k = ex.kwic(tables, ex.Selection(entities=("Q7747", "Q56226"), together="sentence"), width=200)
    assert not k["context"].str.contains("فيتنام").any()


def test_kwic_html_is_rtl_escaped_and_marks_the_match(tables):
    k = ex.kwic(tables, ex.Selection(entities=("VN",)))
    k.loc[0, "left"] = "<script>x</script>"
    html = ex.kwic_html(k)
    assert "dir='rtl'" in html and "<mark>فيتنام</mark>" in html
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_kwic_without_entities_shows_text_hits(tables):
    k = ex.kwic(tables, ex.Selection(text="الاتفاقية"))
    assert set(k["match"]) == {"الاتفاقية", "اتفاقية"}


def test_co_mentions_next_to_vietnam(tables):
    co = ex.co_mentions(tables, ex.Selection(entities=("VN",)))
    assert co["entity_id"].iloc[0] == "Q7747"
    assert "VN" not in set(co["entity_id"])
    assert set(co["entity_id"]) == {"Q7747", "Q56226", "KP", "RU"}


def test_co_mentions_respect_filters(tables):
    co = ex.co_mentions(tables, ex.Selection(entities=("VN",), date_from="2024-06-21"))
    assert set(co["entity_id"]) == {"Q7747", "RU"}


def test_co_mentions_without_entities_are_the_top_entities(tables):
    co = ex.co_mentions(tables, ex.Selection(), top_n=1)
    assert co["entity_id"].tolist() == ["Q7747"]


def test_mentions_over_time(tables):
    counts = ex.mentions_over_time(tables, ex.Selection(entities=("Q7747",)), freq="D")
    assert dict(zip(counts["period"].dt.strftime("%m-%d"), counts["mentions"])) == {
        "06-19": 3, "06-20": 1, "06-21": 1, "07-15": 1}


@pytest.mark.parametrize("sel, ids", [
    (ex.Selection(entities=("VN",)), ["e1"]),
    (ex.Selection(entities=("Q7747",)), ["e2", "e1"]),  # Putin named in both evidence sentences
    (ex.Selection(entities=("KP", "VN"), together="segment"), []),
    (ex.Selection(entities=("KP", "VN")), ["e2", "e1"]),
    (ex.Selection(date_from="2024-06-20"), ["e1"]),
    (ex.Selection(sources=("hespress",)), []),
])
def test_matching_events(tables, sel, ids):
    assert ex.matching_events(tables, sel)["event_id"].tolist() == ids


def test_filter_headlines_for_a_ticker_day(tables):
    h = ex.filter_headlines(tables, ex.Selection(sections=("ticker",), date_from="2024-06-20", date_to="2024-06-20"))
    assert h["text"].tolist() == [_SEGMENTS[6][3], _SEGMENTS[7][3]]
    assert ex.filter_headlines(tables, ex.Selection(entities=("MA",)))["topic"].tolist() == ["sports"]


# ----------------------------------------------------------------- text search

@pytest.mark.parametrize("query, matches", [
    ("بوتين", {"بوتين", "بوتن", "ولبوتين"}),  # clitics and the KB's other spelling
    ("بوتِين", {"بوتين", "بوتن", "ولبوتين"}),  # diacritics do not matter
    ("الاستثمار", {"للاستثمار"}),  # ل + ال written لل
    ("اتفاق*", {"اتفاقية", "الاتفاقية"}),
    ("اتفاق", set()),  # without * a word must end there
])
def test_search_text(tables, kb, query, matches):
    assert set(ex.search_text(tables, query, kb)["match"]) == matches


def test_search_offsets_point_into_the_original_text(tables, kb):
    hits = ex.search_text(tables, "بوتين", kb)
    segs = tables.segments.set_index(["doc_id", "position"])["text"]
    for r in hits.itertuples():
        assert segs[(r.doc_id, r.position)][r.start:r.end] == r.match


def test_search_pattern_expands_known_names_only(kb):
    _, variants = ex.search_pattern("بوتين", kb)
    assert {"بوتين", "بوتن", "فلاديمير بوتين"} <= set(variants)
    assert ex.search_pattern("هانوي")[1] == ["هانوي"]
    with pytest.raises(ValueError):
        ex.search_pattern("  ؟ ")


def test_text_query_filters_every_view(tables):
    sel = ex.Selection(entities=("VN",), text="هانوي")
    assert set(ex.kwic(tables, sel)["doc_id"]) == {"a2"}
    assert ex.matching_events(tables, sel)["event_id"].tolist() == ["e1"]


# ----------------------------------------------------------------- export and figures

@pytest.mark.parametrize("what", ["kwic", "mentions", "co_mentions", "events", "headlines", "timeline"])
def test_export_selection_writes_csv(tables, tmp_path, what):
    path = ex.export_selection(tables, ex.Selection(entities=("Q7747",)), tmp_path / "out" / f"{what}.csv", what=what)
    frame = pd.read_csv(path)
    assert len(frame) > 0


def test_export_rejects_unknown_view(tables, tmp_path):
    with pytest.raises(ValueError):
        ex.export_selection(tables, ex.Selection(), tmp_path / "x.csv", what="everything")


def test_figures_escape_labels(tables):
    co = ex.co_mentions(tables, ex.Selection(entities=("VN",))).assign(label="<b>x</b>")
    fig = ex.co_mentions_figure(co)
    assert fig.data[0].y[0] == "&lt;b&gt;x&lt;/b&gt;"
    assert ex.timeline_figure(ex.mentions_over_time(tables, ex.Selection(entities=("VN",)))).data


# ----------------------------------------------------------------- the seed

def test_seed_who_is_named_next_to_vietnam(seed_tables):
    co = ex.co_mentions(seed_tables, ex.Selection(entities=("VN",)))
    assert {"RU", "Q7747"} <= set(co["entity_id"].head(5))


def test_seed_sentences_with_putin_and_kim(seed_tables):
    k = ex.kwic(seed_tables, ex.Selection(entities=("Q7747", "Q56226"), together="sentence"), limit=None)
    assert len(k) >= 6 and set(k["entity_id"]) == {"Q7747", "Q56226"}


def test_seed_search_finds_clitic_and_variant_spellings(seed_tables):
    matches = set(ex.search_text(seed_tables, "بوتين")["match"])
    assert {"بوتين", "وبوتين", "بوتن"} <= matches


# ----------------------------------------------------------------- widgets (no browser)

@pytest.fixture(scope="module")
def explorer(seed_tables, kb):
    from marsad.explore.app import Explorer

    return Explorer(seed_tables, kb=kb)


def test_explorer_pick_updates_the_kwic_widget(explorer):
    explorer.widget()
    before = explorer._kwic.value
    assert explorer.pick("وبوتين") == "Q7747"
    assert explorer._kwic.value != before and "<mark>" in explorer._kwic.value
    assert explorer.selection.entities == ("Q7747",)
    assert "Q7747" in explorer._chosen.value[0]


def test_explorer_widgets_drive_the_selection(explorer):
    explorer.select(entities=())
    explorer._search.value = "اتفاق*"
    explorer._sections.value = "ticker"
    assert explorer.selection.text == "اتفاق*" and explorer.selection.sections == ("ticker",)
    assert set(explorer.views["kwic"]["section"]) <= {"ticker"}
    explorer._clear.click()
    assert explorer.selection == ex.Selection()


def test_explorer_reports_unknown_names(explorer):
    assert explorer.pick("zzzz-nothing") is None
    assert "no entity matches" in explorer._status.value


# ----------------------------------------------------------------- the notebook

def test_explore_notebook_is_not_a_report_notebook():
    from marsad.runner.report import list_notebooks

    assert (NOTEBOOKS / "explore.ipynb").exists()
    assert "explore.ipynb" not in {p.name for p in list_notebooks(NOTEBOOKS)}


def _run_explorer_notebook(out_dir, *, attempts: int = 3, **parameters):
    """Run notebooks/explore.ipynb through papermill in a fresh process, retrying a stalled run.

    nbclient occasionally never sees the reply to a cell that displays widgets although the
    kernel is idle (jupyter/nbclient#312); in CI it stalled inside the pytest process after other
    tests had run, so papermill runs in its own process, with a cell timeout and an overall
    timeout that turn a stall into a retry, not a hung suite.
    """
    import subprocess
    import sys

    args = []
    for key, value in parameters.items():
        args += ["-p", key, str(value)]
    for attempt in range(attempts):
        out = out_dir / f"explore-{attempt}.ipynb"
        cmd = [sys.executable, "-m", "papermill", str(NOTEBOOKS / "explore.ipynb"), str(out), "--cwd",
               str(NOTEBOOKS), "-k", "python3", "--execution-timeout", "90", "--no-progress-bar", *args]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=200)
        except subprocess.TimeoutExpired:
            continue
        if done.returncode == 0:
            return nbformat.read(out, as_version=4)
        if "CellTimeoutError" not in done.stderr and "Timeout" not in done.stderr:
            raise AssertionError(f"papermill failed on the explorer:\n{done.stderr[-3000:]}")
    raise AssertionError(f"the explorer notebook stalled {attempts} times")


@pytest.mark.slow
def test_explore_notebook_runs_on_the_seed(tmp_path, seed_path):
    nb = _run_explorer_notebook(tmp_path, tables=str(tmp_path / "no-tables"), corpus=str(seed_path.parent),
                                output_dir=str(tmp_path))
    views = [o for c in nb.cells for o in c.get("outputs", [])
             if "application/vnd.jupyter.widget-view+json" in o.get("data", {})]
    assert views, "the explorer widget was not displayed"
    assert "Traceback" not in notebook_text(nb)
    assert nbformat.validate(nb) is None


def test_search_falls_back_to_python_re_with_the_same_result(kb, monkeypatch):
    import re

    from marsad.explore import tables as explore_tables

    queries = ("بوتين", "اتفاق*", "كوريا، الشمالية", "الاستثمار")
    fast = ex.prepare_tables(_tables(), kb=kb)
    expected = {q: (explore_tables._text_mask(fast, q), ex.search_text(fast, q, kb)) for q in queries}

    def unsupported(*_args, **_kwargs):
        raise re.error("no \\p{L} in this engine")

    monkeypatch.setattr(explore_tables, "arrow_pattern", unsupported)
    slow = ex.prepare_tables(_tables(), kb=kb)
    for query, (mask, hits) in expected.items():
        assert (explore_tables._text_mask(slow, query) == mask).all()
        assert ex.search_text(slow, query, kb).equals(hits)
