"""Knowledge-base files and loader."""
from __future__ import annotations

import pandas as pd
import pytest

from marsad.mentions.kb import KB_DIR, STOP_ID, demonym_forms, load_kb, people_patterns, slugify
from marsad.lang.text import normalize


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def test_every_data_file_is_documented():
    readme = (KB_DIR / "README.md").read_text("utf-8")
    for path in KB_DIR.glob("*.csv"):
        assert path.name in readme, path.name
    assert "ODbL" in readme and "MIT" in readme and "CLDR" in readme


@pytest.mark.parametrize("cid", ["RU", "KP", "KR", "MA", "SU", "PS", "EH", "XK", "VN", "MZ"])
def test_countries_cover_iso_and_historical_entities(kb, cid):
    assert cid in set(kb.countries["id"])


def test_countries_table_has_unique_ids_and_arabic_labels(kb):
    assert kb.countries["id"].is_unique
    assert len(kb.countries) >= 250
    assert (kb.countries["label_ar"] != "").all()


@pytest.mark.parametrize(
    "cid, form, pattern",
    [
        ("RU", "demonym", "الروس"),
        ("RU", "demonym", "روسيين"),
        ("RU", "demonym", "روسيون"),
        ("MZ", "name", "الموزمبيق"),
        ("MZ", "name", "موزمبيق"),
        ("KP", "demonym", "الكوري الشمالي"),
        ("KP", "capital", "بيونغ يانغ"),
        ("MA", "capital", "الرباط"),
        ("SU", "name", "الاتحاد السوفيتي"),
        ("US", "demonym", "الأميركية"),
    ],
)
def test_country_forms(kb, cid, form, pattern):
    pats = kb.patterns
    hit = pats[(pats["id"] == cid) & (pats["pattern"].map(normalize) == normalize(pattern))]
    assert list(hit["form"]) == [form]


@pytest.mark.parametrize("word", ["مالي", "المالية", "سيول", "كيف", "القطر", "العيون"])
def test_common_words_are_not_patterns(kb, word):
    assert normalize(word) not in set(kb.patterns["pattern"].map(normalize))


@pytest.mark.parametrize("form, ids", [("كوريا", "KP|KR"), ("الكوري", "KP|KR"), ("عمان", "JO|OM")])
def test_ambiguous_forms_list_both_candidates(kb, form, ids):
    row = kb.patterns[kb.patterns["pattern"] == form]
    assert list(row["id"]) == [ids]


def test_stop_phrases_are_marked(kb):
    stops = kb.patterns[kb.patterns["id"] == STOP_ID]["pattern"]
    assert "صلاة المغرب" in set(stops)


def test_people_have_stable_ids_and_curated_spellings(kb):
    people = kb.people.set_index("id")
    assert people.index.is_unique
    assert "بوتن" in people.loc["Q7747", "aliases"]
    assert "كيم جون أون" in people.loc["Q56226", "names"]
    assert all(i.startswith(("Q", "person:")) for i in people.index)


def test_curated_spelling_replaces_arwikicats(kb):
    # ArWikiCats spells Kim Jong Un كم جونغ أون; the curated row wins by English label
    kims = kb.people[kb.people["label_en"].str.lower() == "kim jong un"]
    assert list(kims["id"]) == ["Q56226"]


def test_people_patterns_derive_partials_but_skip_common_first_names():
    rows = pd.DataFrame([{"id": "person:x", "label_en": "X", "label_ar": "محمد الطوزي", "names": "محمد الطوزي",
                          "aliases": "", "partials": ""}])
    pats = people_patterns(rows)
    partial = pats[pats["coref"]]["pattern"].tolist()
    assert partial == ["الطوزي"]
    assert pats[~pats["coref"]]["form"].tolist() == ["name"]


def test_extra_people_csv_is_loaded(tmp_path):
    extra = tmp_path / "mine.csv"
    extra.write_text("id,label_en,label_ar,group,names,aliases,partials\n"
                     "person:test-person,Test Person,سمير الاختباري,test,سمير الاختباري,,\n", "utf-8")
    kb = load_kb(extra_people=[extra])
    assert "person:test-person" in set(kb.patterns["id"])


def test_extra_people_csv_needs_columns(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("who\nx\n", "utf-8")
    with pytest.raises(ValueError, match="people CSV needs columns"):
        load_kb(extra_people=[bad])


@pytest.mark.parametrize("masc, expected", [("روسي", {"روسي", "الروسية", "روسيين", "روسيا", "الروسيون"})])
def test_demonym_forms(masc, expected):
    forms = set(demonym_forms(masc))
    assert expected <= forms
    assert "الروسيا" not in forms


@pytest.mark.parametrize("name, slug", [("Laura Bicker", "laura-bicker"), ("Chad O'Carroll", "chad-o-carroll"),
                                        ("Gerard Piqué", "gerard-pique")])
def test_slugify(name, slug):
    assert slugify(name) == slug


def test_map_file_has_iso3_country_ids():
    import json

    topo = json.loads((KB_DIR / "world_110m.json").read_text("utf-8"))
    ids = {g["id"] for g in topo["objects"]["countries"]["geometries"]}
    assert {"RUS", "PRK", "MAR", "VNM"} <= ids


def test_common_words_that_looked_like_country_forms_are_no_country():
    from marsad.mentions import find_mentions

    text = "عادت الصحيفة على مجريات اللقاء، والأخ الوفي، والهيكل الذي دمره الرومان"
    assert find_mentions(text, ner=False).empty


def test_importing_the_kb_module_does_not_load_camel_tools():
    # the module-level word sets (_PARTIAL_STOP, SURNAME_PARTICLES, …) are normalised without CAMeL Tools
    import os
    import subprocess
    import sys
    from pathlib import Path

    lib = str(Path(__file__).resolve().parents[1] / "lib")
    env = dict(os.environ, PYTHONPATH=lib + os.pathsep + os.environ.get("PYTHONPATH", ""))
    code = "import sys, marsad.mentions.kb; assert 'camel_tools' not in sys.modules, 'camel_tools loaded'"
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
