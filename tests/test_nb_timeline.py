"""The relations-timeline notebook runs on the seed page's tables and filters them."""
from __future__ import annotations

import nbformat
import pandas as pd
import pytest

from conftest import NOTEBOOKS, analysed, execute_notebook, notebook_text
from marsad.events.extract import EVENT_COLUMNS

NAME = "03-russia-relations-timeline.ipynb"


def test_notebook_is_committed_clean():
    nb = nbformat.read(NOTEBOOKS / NAME, as_version=4)
    params = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1
    for name in ("corpus", "tables", "output_dir", "capture_date", "focus", "partners", "date_from", "date_to"):
        assert f"{name} =" in params[0].source


@pytest.mark.slow
def test_notebook_on_seed_writes_events_and_timeline(tmp_path, seed_path):
    out = tmp_path / "report"
    tables = analysed(seed_path, out)
    nb = execute_notebook(NAME, tmp_path, tables=str(tables), output_dir=str(out))
    events = pd.read_csv(out / "events.csv", dtype={"cameo_code": str})  # the analysis' table, unfiltered
    assert list(events.columns) == EVENT_COLUMNS
    dated = events.dropna(subset=["date_start"])
    assert {("KP", "2023-09-01", "month"), ("VN", "1950-01-01", "decade"), ("KP", "2024-06-19", "day")} <= set(
        zip(dated["actor2"], dated["date_start"], dated["precision"]))
    text = notebook_text(nb)
    assert "RU–KP" in text and "RU–VN" in text          # one lane per dyad in the plotly figure
    assert "الخمسينيات من القرن الماضي" in text          # the date expression in the hover / table
    assert "Fewer than two distinct" not in text        # the Goldstein curve is drawn
    assert "image/png" in str([o.get("data", {}).keys() for c in nb.cells for o in c.get("outputs", [])])
    assert (out / "summaries" / "03-russia-relations-timeline.txt").exists()


@pytest.mark.slow
def test_notebook_date_range_filters(tmp_path, seed_path):
    out = tmp_path / "report"
    tables = analysed(seed_path, out)
    nb = execute_notebook(NAME, tmp_path, tables=str(tables), output_dir=str(out), date_from="2023-01-01",
                          partners=["VN"])
    text = notebook_text(nb)
    assert "RU–VN" in text and "RU–KP" not in text  # the notebook filters; the tables keep every dyad
    assert set(pd.read_csv(out / "events.csv")["actor2"]) >= {"KP", "VN"}
