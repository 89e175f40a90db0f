"""Countries typed by their English names on the command line (`-p partners Turkey,UK`)."""
import pytest

from marsad.runner.params import ParameterError, resolve_country, validate_parameter


@pytest.mark.parametrize("typed, code", [
    ("Turkey", "TR"), ("Türkiye", "TR"), ("UK", "GB"), ("uk", "GB"), ("Britain", "GB"), ("UAE", "AE"),
    ("Czech Republic", "CZ"), ("Czechia", "CZ"), ("Burma", "MM"), ("Myanmar", "MM"), ("DPRK", "KP"),
    ("Viet Nam", "VN"), ("Vietnam", "VN"), ("Holland", "NL"), ("Swaziland", "SZ"), ("Eswatini", "SZ"),
])
def test_english_names_and_short_forms_resolve(typed, code):
    assert resolve_country(typed) == code


def test_codes_still_win_and_unknown_names_still_fail():
    assert resolve_country("CD") == "CD" and resolve_country("Congo") == "CG"
    with pytest.raises(ParameterError, match="unknown country 'Atlantis'"):
        resolve_country("Atlantis")


def test_partner_list_with_english_names():
    assert validate_parameter("partners", "Turkey,UK") == ["TR", "GB"]


def test_every_listed_name_points_at_a_knowledge_base_country():
    import csv

    from marsad.mentions.kb import load_kb
    from marsad.resources import data_path

    known = set(load_kb().countries["id"].astype(str))
    with open(data_path("kb", "country_names_en.csv"), encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and all(row["code"] in known and row["name"].strip() and row["note"].strip() for row in rows)
    assert all(resolve_country(row["name"]) == row["code"] for row in rows)
