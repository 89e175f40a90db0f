"""The mention stage carries entity types and forms as small integer codes (speed only): the table must still give
every type and form as the matcher's patterns name them, its own types included, and the filters read them."""
from __future__ import annotations

from marsad.mentions import find_mentions
from marsad.mentions.matcher import Matcher


def _matcher():
    return Matcher([
        {"id": "org:test", "label": "organization", "pattern": "منظمة التعاون الاختبارية", "form": "name"},
        {"id": "person:test", "label": "person", "pattern": "سمير الاختباري", "form": "name"},
        {"id": "XX", "label": "country", "pattern": "الاختبارية", "form": "demonym"},
        {"id": "XX", "label": "country", "pattern": "مدينة الاختبار", "form": "capital"},
    ])


TEXT = "قال سمير الاختباري في مدينة الاختبار إن منظمة التعاون الاختبارية والحكومة الاختبارية اتفقتا"


def test_types_and_forms_of_a_custom_matcher_come_out_as_written():
    m = find_mentions(TEXT, matcher=_matcher(), ner=False)
    assert m[["entity_id", "entity_type", "form", "surface"]].values.tolist() == [
        ["person:test", "person", "name", "سمير الاختباري"],
        ["XX", "country", "capital", "مدينة الاختبار"],
        ["org:test", "organization", "name", "منظمة التعاون الاختبارية"],
        ["XX", "country", "demonym", "الاختبارية"],
    ]


def test_type_and_form_filters_read_the_codes():
    matcher = _matcher()
    assert find_mentions(TEXT, matcher=matcher, ner=False, entity_types=["organization"])["entity_id"].tolist() == [
        "org:test"]
    assert find_mentions(TEXT, matcher=matcher, ner=False, entity_types=["org", "person"])["entity_id"].tolist() == [
        "person:test"]
    assert find_mentions(TEXT, matcher=matcher, ner=False, demonyms=False, capitals=False)["form"].tolist() == [
        "name", "name"]
