"""The bundled demo corpus (data/demo): real CNN Arabic articles in their original ANT format."""
import re

import pytest

from marsad import read_corpus


@pytest.fixture(scope="module")
def demo(repo_root):
    return read_corpus(repo_root / "data" / "demo")


def test_every_article_is_read_as_ant(demo):
    docs = demo.documents
    assert len(docs) == 559
    assert set(docs["format"]) == {"ant"} and set(docs["source"]) == {"CNN"}
    skipped = demo.manifest.loc[demo.manifest["status"] == "skipped", "path"]
    assert [p.rsplit("/", 1)[-1] for p in skipped] == ["README.md"]


def test_spread_over_sections_and_months(demo):
    docs = demo.documents
    assert set(docs["category"]) == {"economy", "internationalNews", "middleEast", "sport", "technology"}
    assert docs["published"].dt.to_period("M").nunique() >= 9


def test_holds_the_russia_north_korea_and_vietnam_articles(demo):
    text = demo.segments.groupby("doc_id")["text"].agg(" ".join)
    russia = text.str.contains("روسيا|بوتين|موسكو|الكرملين")
    north_korea = text.str.contains("كوريا الشمالية|كيم جونغ|بيونغ ?يانغ|بيونغيانغ")
    assert (russia & north_korea).sum() >= 25
    assert text.str.contains("فيتنام").sum() >= 12


def test_readme_states_source_licence_and_citation(repo_root):
    readme = (repo_root / "data" / "demo" / "README.md").read_text(encoding="utf-8")
    assert "f117ce44a9cfad0dcbd341b7d744e4c3cdb4fed8" in readme
    assert "Apache" in readme and re.search(r"Chouigui.*Ben Khiroun.*Elayeb", readme)
    assert "antcorpus.github.io" in readme
