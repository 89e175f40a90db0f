"""The one query layer (marsad.query): shared by the explorer and the reports; attention over time."""
import numpy as np
import pandas as pd
import pytest

from marsad import query
from marsad.explore import views
from test_explore import _tables


@pytest.fixture(scope="module")
def tables():
    return query.prepare_tables(_tables())


def test_explorer_views_are_the_query_functions():
    for name in ("kwic", "co_mentions", "mentions_over_time", "matching_events", "filter_mentions", "search_text",
                 "attention_over_time"):
        assert getattr(views, name) is getattr(query, name)


@pytest.mark.parametrize("span, freq", [(0, "D"), (62, "D"), (63, "W"), (730, "W"), (731, "M")])
def test_period_follows_the_corpus_span(span, freq):
    assert query.choose_period(span) == freq


def test_attention_is_a_share_of_documents_with_gaps_as_gaps(tables):
    a = query.attention_over_time(tables, query.Selection(entities=("VN",)))
    assert a.attrs["freq"] == "D" and a.attrs["period_name"] == "day"
    assert a.attrs["undated"] == 1  # the ticker page has no publication date
    by_day = a.set_index("period")
    assert len(a) == 27  # every day from 2024-06-19 to 2024-07-15
    assert by_day.loc["2024-06-19", "share"] == 1.0 and by_day.loc["2024-06-21", "share"] == 1.0
    assert np.isnan(by_day.loc["2024-06-20", "share"])  # no document that day: a gap, not a zero
    assert by_day.loc["2024-07-15", "share"] == 0.0 and by_day.loc["2024-07-15", "total_documents"] == 1
    assert [s["doc_id"] for s in by_day.loc["2024-06-19", "samples"]] == ["a1"]


@pytest.mark.parametrize("freq, expected", [
    ("W", {"2024-06-17": (2, 2), "2024-06-24": (0, 0), "2024-07-15": (0, 1)}),
    ("M", {"2024-06-01": (2, 2), "2024-07-01": (0, 1)}),
])
def test_attention_by_week_and_month(tables, freq, expected):
    a = query.attention_over_time(tables, query.Selection(entities=("VN",)), freq=freq).set_index("period")
    for period, (named, total) in expected.items():
        assert (a.loc[period, "documents"], a.loc[period, "total_documents"]) == (named, total)


def test_attention_counts_stories_when_reports_are_grouped(tables):
    stories = pd.DataFrame({"doc_id": ["a1", "a2", "a3"], "story_id": ["s1", "s1", "s2"]})
    a = query.attention_over_time(tables, query.Selection(entities=("VN",)), freq="W", stories=stories)
    week = a.set_index("period").loc["2024-06-17"]
    assert (week["documents"], week["stories"], week["total_stories"], week["story_share"]) == (2, 1, 1, 1.0)
    assert a.attrs["has_stories"]
    plain = query.attention_over_time(tables, query.Selection(entities=("VN",)), freq="W")
    assert not plain.attrs["has_stories"] and plain["stories"].isna().all()


def test_attention_counts_a_duplicate_document_once():
    t = _tables()
    copy = t["documents"].iloc[[0]].assign(doc_id="a1-copy", duplicate_of="a1")
    t["documents"] = pd.concat([t["documents"].assign(duplicate_of=None), copy], ignore_index=True)
    a = query.attention_over_time(query.prepare_tables(t), query.Selection(entities=("VN",)), freq="M")
    assert a.set_index("period").loc["2024-06-01", "total_documents"] == 2


def test_attention_without_entities_takes_the_most_mentioned(tables):
    a = query.attention_over_time(tables, top_n=2)
    assert set(a["entity_id"]) == {"Q7747", "VN"}


def test_attention_of_an_unknown_entity_is_zero_not_an_error(tables):
    a = query.attention_over_time(tables, query.Selection(entities=("ZZ",)), freq="M")
    assert a["documents"].sum() == 0 and len(a) == 2


def test_attention_counts_only_the_mentions_given():
    raw = _tables()
    kept = raw["mentions"][raw["mentions"]["doc_id"] != "a2"]

    class _Run:
        documents, segments = raw["documents"], raw["segments"]

    a = query.attention_over_time(_Run(), query.Selection(entities=("VN",)), freq="M", mentions=kept)
    assert a.set_index("period").loc["2024-06-01", "documents"] == 1  # a2 names Vietnam only in a dropped mention


def test_countries_named_with_counts_shared_sentences_and_documents(tables):
    """Candidate partners for the timeline: an event needs both countries in one sentence."""
    named = query.countries_named_with(tables, "RU").set_index("entity_id")
    assert (named.loc["VN", "sentences"], named.loc["VN", "documents"]) == (1, 1)  # "روسيا وفيتنام توقعان …"
    vn = query.countries_named_with(tables, "VN").set_index("entity_id")
    assert "VN" not in vn.index                                    # not its own partner
    assert (vn.loc["KP", "sentences"], vn.loc["KP", "documents"]) == (0, 1)  # one article, never one sentence
    assert list(vn.index[:2]) == ["RU", "KP"]                      # most sentences first
    assert query.countries_named_with(tables, "ZZ").empty          # unknown: no rows, no error
