"""Dyadic events: the seed article's timeline, actors, coreference, dating rules, merging."""
from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest

from marsad.events.extract import EVENT_COLUMNS, extract_events, filter_events, load_goldstein
from marsad.lang.text import normalize


def make_corpus(docs: list[tuple[str, str | None, str, list[tuple[str, str]]]]):
    """Build a corpus from (doc_id, published, source, [(section, text), ...])."""
    documents, segments = [], []
    for doc_id, published, source, segs in docs:
        documents.append({"doc_id": doc_id, "path": f"{doc_id}.txt", "source": source, "url": None,
                          "published": pd.Timestamp(published) if published else pd.NaT, "title": None,
                          "format": "page", "category": None, "captured": pd.NaT})
        for pos, (section, text) in enumerate(segs):
            segments.append({"doc_id": doc_id, "section": section, "position": pos, "text": text,
                             "normalized": normalize(text), "duplicate_of": pd.NA})
    return SimpleNamespace(documents=pd.DataFrame(documents), segments=pd.DataFrame(segments))


@pytest.fixture(scope="module")
def seed_events(seed_path):
    import marsad

    corpus = marsad.read_corpus(seed_path.parent)
    corpus.documents = corpus.documents[corpus.documents["doc_id"] == seed_path.stem]
    corpus.segments = corpus.segments[corpus.segments["doc_id"] == seed_path.stem]
    return extract_events(corpus)


def _has(events, partner, codes, start, end, precision):
    rows = events[(events["actor2"] == partner) & events["cameo_code"].isin(codes)
                  & (events["date_start"] == start) & (events["date_end"] == end) & (events["precision"] == precision)]
    return len(rows) > 0


@pytest.mark.parametrize("partner, codes, start, end, precision", [
    ("KP", ["057"], "2024-06-19", "2024-06-19", "day"),                 # treaty signing
    ("KP", ["042", "043"], "2024-06-19", "2024-06-19", "day"),          # Putin's visit (الأربعاء)
    ("KP", ["042", "043"], "2023-09-01", "2023-09-30", "month"),        # Kim in Russia, last meeting
    ("KP", ["042", "043"], "1999-01-01", "2000-12-31", "approximate"),  # the previous visit, ~2000
    ("KP", ["062", "072"], "2024-06-19", "2024-06-19", "day"),          # arms supplies (present tense)
    ("KP", ["017"], "2024-02-01", "2024-02-29", "month"),               # the earlier car gift
    ("VN", ["042"], "2024-06-19", "2024-06-19", "day"),                 # Putin travels to Vietnam
    ("VN", ["070", "071", "072"], "1950-01-01", "1959-12-31", "decade"),  # Soviet aid in the 1950s
    ("VN", ["062"], "2024-06-19", "2024-06-19", "day"),                 # weapons still mostly Russian
])
def test_seed_event_on_its_date_and_precision(seed_events, partner, codes, start, end, precision):
    assert _has(seed_events, partner, codes, start, end, precision)


def test_seed_no_event_in_a_wrong_year(seed_events):
    allowed = {("2024-06-19", "2024-06-19"), ("2023-09-01", "2023-09-30"), ("2024-02-01", "2024-02-29"),
               ("1999-01-01", "2000-12-31"), ("1950-01-01", "1959-12-31")}
    dated = seed_events[seed_events["date_start"].notna()]
    assert set(zip(dated["date_start"], dated["date_end"])) <= allowed


def test_seed_soviet_union_stands_for_russia(seed_events):
    row = seed_events[seed_events["date_start"] == "1950-01-01"].iloc[0]
    assert (row["actor1"], row["actor2"]) == ("RU", "VN")
    assert "SU→RU" in row["stand_in"] and "الخمسينيات" in row["date_text"]


def test_seed_background_and_related_headlines_are_undated(seed_events):
    studied = seed_events[seed_events["rule"].str.contains("cue:درس")]
    assert len(studied) == 1
    assert studied["date_start"].isna().all() and studied["rule"].str.contains("undated:background").all()
    related = seed_events[seed_events["section"] == "related"]
    assert len(related) and related["date_start"].isna().all()


def test_seed_schema_and_evidence(seed_events, seed_text):
    assert list(seed_events.columns) == EVENT_COLUMNS
    assert (seed_events["actor1"] == "RU").all() and "ticker" not in set(seed_events["section"])
    for row in seed_events.itertuples():
        assert row.sentence and row.sentence in seed_text
    goldstein = dict(zip(load_goldstein()["cameo_code"], load_goldstein()["goldstein"]))
    coded = seed_events.dropna(subset=["cameo_code"])
    assert (coded["goldstein"] == coded["cameo_code"].map(goldstein)).all()
    assert seed_events["event_id"].is_unique


def test_present_tense_reporting_takes_publication_date(seed_events):
    row = seed_events[seed_events["sentence"].str.contains("تزود روسيا")].iloc[0]
    assert row["rule"].startswith("publication") and row["precision"] == "day"


def test_both_countries_through_coreference():
    corpus = make_corpus([("d1", "2024-06-19", "src", [
        ("paragraph", "زار بوتين كوريا الشمالية."),
        ("paragraph", "ووقع البلدان معاهدة دفاع مشترك."),
    ])])
    ev = extract_events(corpus)
    treaty = ev[ev["cameo_code"] == "057"]
    assert len(treaty) == 1 and treaty.iloc[0]["actor2"] == "KP"


def test_no_event_without_both_sides():
    corpus = make_corpus([("d1", "2024-06-19", "src", [("paragraph", "وقعت فيتنام اتفاقية مع اليابان.")])])
    assert extract_events(corpus).empty


def test_conflict_cue_needs_both_sides_nearby():
    corpus = make_corpus([("d1", "2024-06-19", "src", [(
        "paragraph", "امتنعت فيتنام عن التصويت على قرارات الأمم المتحدة المختلفة التي تدين غزو روسيا لأوكرانيا.")])])
    ev = extract_events(corpus)
    assert not ev["cameo_code"].str[:2].astype(int).ge(9).any()


def test_future_cooperation_becomes_intent():
    corpus = make_corpus([("d1", "2024-06-19", "src", [
        ("paragraph", "قال بوتين إن روسيا ستساعد كوريا الشمالية وسيتم تقديم المساعدات الاقتصادية.")])])
    ev = extract_events(corpus)
    assert ev.iloc[0]["cameo_code"].startswith("03") and "intent" in ev.iloc[0]["rule"]


def test_chained_sentence_takes_referred_date():
    corpus = make_corpus([("d1", "2024-06-19", "src", [(
        "paragraph", "زار كيم روسيا في سبتمبر الماضي. وفي ذلك الوقت وقع البلدان اتفاقية تعاون.")])])
    ev = extract_events(corpus).set_index("cameo_code")
    assert ev.loc["057", "date_start"] == "2023-09-01" and ev.loc["057", "rule"].startswith("chain")


def test_chain_reaches_back_into_the_previous_paragraph():
    corpus = make_corpus([("d1", "2024-06-19", "src", [
        ("paragraph", "وكان آخر لقاء بين الطرفين في سبتمبر الماضي."),
        ("paragraph", "وفي تلك الزيارة وقعت روسيا وكوريا الشمالية اتفاقية تعاون."),
    ])])
    row = extract_events(corpus).set_index("cameo_code").loc["057"]
    assert (row["date_start"], row["precision"]) == ("2023-09-01", "month") and row["rule"].startswith("chain")


def test_mentions_table_adds_actors_the_lexicon_lacks():
    text = "استقبل الرئيس الزائر نظيره في بيونغ يانغ."
    corpus = make_corpus([("d1", "2024-06-19", "src", [("paragraph", text)])])
    assert extract_events(corpus).empty
    start = text.index("الرئيس الزائر")
    mentions = pd.DataFrame([{"doc_id": "d1", "section": "paragraph", "position": 0, "entity_id": "Q7747",
                              "entity_type": "person", "form": "الرئيس الزائر", "start": start,
                              "end": start + len("الرئيس الزائر")}])
    ev = extract_events(corpus, mentions=mentions)
    assert len(ev) == 1 and ev.iloc[0]["cameo_code"] == "043"


def test_same_event_in_two_documents_is_merged():
    sentence = "وقعت روسيا وكوريا الشمالية اتفاقية شراكة استراتيجية شاملة الأربعاء."
    corpus = make_corpus([
        ("a", "2024-06-19", "Source A", [("paragraph", sentence)]),
        ("b", "2024-06-20", "Source B", [("paragraph", "وقعت روسيا وكوريا الشمالية اتفاقية شراكة أمس.")]),
    ])
    ev = extract_events(corpus)
    assert len(ev) == 1
    row = ev.iloc[0]
    assert row["sources"] == "a;b" and row["source_names"] == "Source A;Source B" and row["n_reports"] == 2
    assert row["date_start"] == "2024-06-19"


def test_different_events_are_not_merged():
    corpus = make_corpus([
        ("a", "2024-06-19", "A", [("paragraph", "وقعت روسيا وكوريا الشمالية اتفاقية شراكة الأربعاء.")]),
        ("b", "2023-09-14", "B", [("paragraph", "زار كيم روسيا والتقى بوتين الأربعاء.")]),
    ])
    ev = extract_events(corpus)
    assert len(ev) == 2 and set(ev["n_reports"]) == {1}
    assert len(extract_events(corpus, merge=False)) == 2


def test_filter_events_by_date_range(seed_events):
    recent = filter_events(seed_events, date_from="2023-01-01", date_to="2024-12-31", dated_only=True)
    assert recent["date_start"].min() >= "2023-01-01"
    assert not filter_events(seed_events, date_to="1960-01-01", dated_only=True).empty


def test_bad_inputs_raise():
    with pytest.raises(TypeError, match="documents"):
        extract_events(pd.DataFrame())
    corpus = make_corpus([("d1", "2024-06-19", "src", [("paragraph", "نص")])])
    with pytest.raises(ValueError, match="partner"):
        extract_events(corpus, focus="RU", partners=("RU",))


def test_merge_keeps_going_when_documents_have_no_source_name(tmp_path):
    """Regression: pages without byline (no source name) reporting the same event merge without error."""
    import marsad

    text = "روسيا وكوريا الشمالية توقعان اتفاقية\nوقعت روسيا وكوريا الشمالية اتفاقية تعاون استراتيجي شاملة في 19 يونيو 2024.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    from marsad.events.extract import merge_events

    events = marsad.open_run(corpus=tmp_path).events
    events["source_names"] = None  # as read back from Parquet when no document has a source
    events = merge_events(events)
    dated = events[events["date_start"] == "2024-06-19"]
    assert len(dated) == 1
    assert dated.iloc[0]["source_names"] == ""
