"""The reports' "how far to trust this" notes: measured numbers from the shipped file, said plainly."""
from __future__ import annotations

import re

import pytest

from marsad.charts import quality


def test_measured_file_is_consistent():
    m = quality.measured()
    ev = m["events"]
    assert 0 < ev["right_actors"] <= ev["system_events"]
    assert ev["found_actors_kind_date"] <= ev["found_actors"] <= ev["gold_events"]
    pe = m["people"]
    for kind in ("person", "country"):
        assert 0 < pe[f"{kind}_right"] <= pe[f"{kind}_system"]
        assert 0 < pe[f"{kind}_found"] <= pe[f"{kind}_gold"]
    to = m["topics"]
    assert 0 < to["batch_accuracy"] < 1 and 0 < to["forced_accuracy"] < 1 and 0 < to["mean_class_recall"] < 1
    for entry in (ev, pe, to):
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", entry["measured"]) and "python -m marsad.training" in entry["command"]
        assert entry["parts"] and "PENDING" not in entry["parts"]


def test_events_note_says_precision_recall_and_what_a_gap_means(monkeypatch):
    fake = {"events": {"measured": "2026-01-02", "system_events": 20, "right_actors": 18, "gold_events": 50,
                       "found_actors": 20, "found_actors_kind_date": 10}}
    monkeypatch.setattr(quality, "measured", lambda: fake)
    note = quality.trust_note("events")
    assert "90% of the events" in note and "(18 of 20)" in note
    assert "only 40% of the real interactions (20% with the right kind and date; 50 events in all)" in note
    assert "does not mean nothing happened" in note and "2026-01-02" in note


def test_people_and_topic_notes_come_from_the_numbers(monkeypatch):
    fake = {"people": {"measured": "2026-01-02", "person_gold": 40, "person_found": 36, "person_system": 38,
                       "person_right": 36, "country_gold": 10, "country_found": 10, "country_system": 10,
                       "country_right": 10},
            "topics": {"measured": "2026-01-02", "forced_accuracy": 0.8, "mean_class_recall": 0.7,
                       "batch_accuracy": 0.75}}
    monkeypatch.setattr(quality, "measured", lambda: fake)
    people = quality.trust_note("people")
    assert "95% of the people found were right and 90% of the person mentions were found (40 mentions)" in people
    assert "for countries 100% and 100% (10 mentions)" in people
    topics = quality.trust_note("topics")
    assert "80% of that outlet's headlines" in topics and "75% in ticker-sized batches" in topics
    assert "about one headline in 4" in topics


def test_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="kind must be one of"):
        quality.trust_note("weather")
