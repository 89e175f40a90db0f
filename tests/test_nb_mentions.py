"""The mentions notebook: committed clean, parameters as contracted, runs on the seed's tables."""
from __future__ import annotations

import nbformat
import pandas as pd
import pytest
from conftest import NOTEBOOKS, analysed, execute_notebook, notebook_text

from marsad.mentions.pipeline import MENTION_COLUMNS

NAME = "02-mentions.ipynb"


@pytest.fixture(scope="module")
def source():
    return nbformat.read(NOTEBOOKS / NAME, as_version=4)


def test_committed_without_outputs(source):
    for cell in source.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None


def test_parameters_cell_holds_the_contracted_literals(source):
    code = [c for c in source.cells if c.cell_type == "code"]
    params = code[0]
    assert "parameters" in params.metadata.get("tags", [])
    scope: dict = {}
    exec(params.source, scope)  # literals only
    for name in ("corpus", "tables", "output_dir", "capture_date", "entity_types", "top_n", "focus_entities",
                 "count_demonyms", "count_capitals", "kwic_entity"):
        assert name in scope, name
    assert "marsad.report_context(globals())" in code[1].source  # chart defaults, checked parameters, the run


def test_cells_stay_small(source):
    for cell in source.cells:
        if cell.cell_type == "code":
            assert len(cell.source.splitlines()) <= 16


@pytest.mark.slow
def test_runs_on_the_seed_tables(tmp_path, seed_path):
    out_dir = tmp_path / "report"
    tables = analysed(seed_path, out_dir)
    nb = execute_notebook(NAME, tmp_path, tables=str(tables), output_dir=str(out_dir), kwic_entity="KP")
    text = notebook_text(nb)
    assert "Traceback" not in text
    mentions = pd.read_csv(out_dir / "mentions.csv")
    assert list(mentions.columns) == MENTION_COLUMNS
    assert {"RU", "KP", "Q7747", "Q56226", "MA"} <= set(mentions["entity_id"])
    assert "<mark>" in text  # the KWIC table highlights matches
    kwic = text[text.index("<mark>") - 3000:text.index("<mark>") + 3000]
    # the name, the document's title, never the raw id
    assert "North Korea" in text and "North Korea" in kwic and "العنوان" in kwic
    assert ">KP<" not in kwic and "mentions of **KP**" not in text
    assert "PlotlyGeoAssets" in text  # the map's geography is shipped, not fetched
    assert "Vladimir Putin" in text
    assert "documents (named)" in text and "adjective only" in text  # the second country table
    # people the NER model found outside the knowledge base: the caption says their Latin name is a romanisation
    from marsad.charts import mentions as mc
    top = mc.mention_counts(mentions, entity_type="person", top_n=15)
    discovered = top["entity_id"].str.startswith("ner:").sum()
    assert ("romanised from the Arabic by rule" in text) == bool(discovered)
    # how far to trust the counts: the blind-measured person and country accuracy, from the shipped file
    assert "How far to trust these counts" in text and "of the person mentions were found" in text


@pytest.mark.slow
def test_runs_without_demonyms_and_capitals(tmp_path, seed_path):
    out_dir = tmp_path / "report"
    tables = analysed(seed_path, out_dir)
    nb = execute_notebook(NAME, tmp_path, tables=str(tables), output_dir=str(out_dir), count_demonyms=False,
                          count_capitals=False, entity_types=["country"])
    text = notebook_text(nb)
    assert "Traceback" not in text and "Vladimir Putin" not in text  # people filtered out by the notebook
    mentions = pd.read_csv(out_dir / "mentions.csv")  # the analysis' table keeps every form and type
    assert {"demonym", "capital"} & set(mentions["form"]) and "person" in set(mentions["entity_type"])


def test_labels_are_the_spelling_readers_see_and_never_ids():
    from marsad.charts import mentions as mc

    m = pd.DataFrame({
        "doc_id": ["a", "a", "b", "b", "c"], "section": "paragraph", "position": 0,
        "entity_id": ["ner:x", "ner:x", "ner:x", "RU", "RU"], "entity_type": ["person"] * 3 + ["country"] * 2,
        "label_en": ["", "", "", "Russia", "Russia"], "label_ar": ["اندرو برونسون", "اندرو برونسون", "آندرو برونسون", "روسيا", "روسيا"],
        "form": ["ner", "alias", "ner", "demonym", "name"], "surface": ["أندرو برونسون", "برونسون", "أندرو برونسون", "روسية", "روسيا"],
        "start": 0, "end": 1,
    })
    labels = mc.entity_labels(m)
    # a discovered person: the usual spelling; in Arabic alone, as the knowledge base does not spell برونسون (a
    # letter-rule "Andrew Brunsun" read as a real name; audit38, test_audit38.py)
    assert labels["ner:x"] == "أندرو برونسون" and labels["RU"] == "روسيا · Russia"
    assert mc.mention_counts(m, entity_type="person")["label"].tolist() == ["أندرو برونسون"]
    docs = mc.country_documents(m)
    assert docs[["documents", "documents_named", "adjective_only"]].iloc[0].tolist() == [2, 1, 1]
    assert mc.entity_label(m, "ner:x") == "أندرو برونسون"


def test_kwic_rows_name_the_entity_and_its_document_and_the_table_hides_ids():
    from marsad import charts
    from marsad.charts import mentions as mc

    segs = pd.DataFrame({"doc_id": ["d1"], "position": [0], "text": ["قال الرئيس فلاديمير بوتين إن روسيا مستعدة"]})
    docs = pd.DataFrame({"doc_id": ["d1"], "title": ["بوتين يتحدث"], "url": ["https://example.org/a"],
                         "source": ["CNN"], "published": [pd.Timestamp("2018-03-19")]})
    m = pd.DataFrame({"doc_id": ["d1"], "section": ["paragraph"], "position": [0], "entity_id": ["Q7747"],
                      "entity_type": ["person"], "label_en": ["Vladimir Putin"], "label_ar": ["فلاديمير بوتين"],
                      "form": ["name"], "surface": ["فلاديمير بوتين"], "start": [11], "end": [25]})
    k = mc.kwic(m, segs, entity_id="Q7747", documents=docs)
    assert k.loc[0, "label"] == "فلاديمير بوتين · Vladimir Putin" and k.loc[0, "title"] == "بوتين يتحدث"
    assert k.loc[0, "context"][k.loc[0, "start"]:k.loc[0, "end"]] == "فلاديمير بوتين"
    html = charts.reader_table(k, columns=["context", "label", "title", "url", "source", "published", "form"],
                               highlight={"context": ("start", "end")}).data
    assert "<mark>فلاديمير بوتين</mark>" in html and "https://example.org/a" in html and "2018-03-19" in html
    assert "Q7747" not in html and "d1" not in html
