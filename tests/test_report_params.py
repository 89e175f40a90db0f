"""Notebook parameters are checked and normalised before a run: countries by code or name, dates, counts."""
import pytest

from marsad.runner.params import ParameterError, resolve_country, validate_parameters


@pytest.mark.parametrize("given", ["VN", "vn", "VNM", "Vietnam", "vietnam", "فيتنام"])
def test_country_by_code_english_or_arabic_name(given):
    assert resolve_country(given) == "VN"


@pytest.mark.parametrize("value, expected", [
    (["فيتنام", "KP"], ["VN", "KP"]),
    ('["Vietnam", "North Korea"]', ["VN", "KP"]),
    ("KP,VN", ["KP", "VN"]),
    ("روسيا، فيتنام", ["RU", "VN"]),
    (["VN", "Vietnam"], ["VN"]),
])
def test_country_lists(value, expected):
    assert validate_parameters({"partners": value})["partners"] == expected


def test_entities_accept_people_by_name():
    got = validate_parameters({"focus_entities": ["Putin", "بوتين", "RU", "Q7747"]})["focus_entities"]
    assert got == ["Q7747", "RU"]


@pytest.mark.parametrize("name, value, says", [
    ("partners", ["Atlantis"], "unknown country 'Atlantis'"),
    ("partners", ["Vietnm"], "did you mean Vietnam"),
    ("focus", "", "expected one country"),
    ("capture_date", "2024-02-31", "not a day of the calendar"),
    ("date_from", "yesterday", "YYYY-MM-DD"),
    ("top_n", 0, "whole number"),
    ("top_n", 2.5, "whole number"),
    ("top_n", True, "whole number"),
    ("min_confidence", 1.5, "from 0 to 1"),
    ("color", "red", "cameo, goldstein"),
    ("entity_types", ["people"], "person, country, org"),
    ("deduplicate", "maybe", "true or false"),
])
def test_bad_values_name_what_is_accepted(name, value, says):
    with pytest.raises(ParameterError, match=says):
        validate_parameters({name: value})


def test_date_range_order_checked():
    with pytest.raises(ParameterError, match="after"):
        validate_parameters({"date_from": "2024-05-01", "date_to": "2024-01-01"})


def test_unknown_names_pass_through():
    assert validate_parameters({"something_new": [1, 2]}) == {"something_new": [1, 2]}


def test_normalised_values():
    got = validate_parameters({"top_n": "5", "deduplicate": "false", "min_confidence": "0.7", "focus": "روسيا"})
    assert got == {"top_n": 5, "deduplicate": False, "min_confidence": 0.7, "focus": "RU"}


def test_timeline_partners_choose_the_pairs_the_events_stage_extracts():
    """`marsad report -p partners '["US", "تركيا"]'` analyses those pairs (the events table holds only the pairs
    it was analysed for); an explicit `--option events ...` wins, and other stages' options are kept, not mutated."""
    from marsad.runner.report import _events_for_parameters

    user = validate_parameters({"partners": '["US", "تركيا"]', "focus": "Russia"})
    assert _events_for_parameters(user, None) == {"events": {"focus": "RU", "partners": ["US", "TR"]}}
    given = {"events": {"partners": ["KP"]}, "headlines": {"home_country": "MA"}}
    out = _events_for_parameters(user, given)
    assert out == {"events": {"partners": ["KP"], "focus": "RU"}, "headlines": {"home_country": "MA"}}
    assert given == {"events": {"partners": ["KP"]}, "headlines": {"home_country": "MA"}}
    assert _events_for_parameters(validate_parameters({"top_n": 5}), given) is given
