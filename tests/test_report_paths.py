"""A run writes only into its own folder inside the reports folder (issue 18 item 1), and notebooks are found by
number or name."""
import os

import pytest

from marsad.runner.notebooks import NOTEBOOK_DIR, UnknownNotebook, list_notebooks, notebook_parameters, resolve_notebook
from marsad.runner.report import UnsafeOutput, check_run_name, run_folder, run_report


@pytest.mark.parametrize("name", ["..", ".", "", "a/b", "../x", "x\n", "\nx", "x y", ".hidden", "a" * 101, "/abs",
                                  "x/..", "-rf"])
def test_bad_run_names_rejected(name):
    with pytest.raises(ValueError, match="run name"):
        check_run_name(name)


@pytest.mark.parametrize("name", ["seed", "demo-2024.01", "run_1", "تقرير"])
def test_good_run_names(name):
    assert check_run_name(name) == name


def test_run_folder_is_inside_the_reports_folder(tmp_path):
    assert run_folder(tmp_path, "x") == (tmp_path / "x").resolve()


def test_symlinked_run_folder_pointing_elsewhere_is_refused(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    reports = tmp_path / "reports"
    reports.mkdir()
    os.symlink(elsewhere, reports / "x")
    with pytest.raises(UnsafeOutput, match="outside the reports folder"):
        run_folder(reports, "x")


def test_run_never_writes_into_the_notebooks(seed_path):
    before = {p: p.stat().st_mtime_ns for p in NOTEBOOK_DIR.glob("*.ipynb")}
    with pytest.raises(UnsafeOutput, match="notebooks"):
        run_report(seed_path, "x", reports_dir=NOTEBOOK_DIR)
    with pytest.raises(UnsafeOutput, match="notebooks"):
        run_report(seed_path, NOTEBOOK_DIR.resolve().parent.name, reports_dir=NOTEBOOK_DIR.resolve().parent.parent)
    assert before == {p: p.stat().st_mtime_ns for p in NOTEBOOK_DIR.glob("*.ipynb")}


def test_run_never_writes_into_the_corpus(tmp_path, seed_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / seed_path.name).write_bytes(seed_path.read_bytes())
    with pytest.raises(UnsafeOutput, match="corpus"):
        run_report(corpus, "x", reports_dir=corpus)
    with pytest.raises(UnsafeOutput, match="corpus"):
        run_report(corpus, "corpus", reports_dir=tmp_path)
    assert sorted(p.name for p in corpus.iterdir()) == [seed_path.name]


@pytest.mark.parametrize("spec", ["03", "3", "03-russia-relations-timeline", "03-russia-relations-timeline.ipynb",
                                  "russia-relations-timeline"])
def test_notebook_by_number_or_name(spec):
    assert resolve_notebook(spec).name == "03-russia-relations-timeline.ipynb"


def test_notebook_by_path():
    path = list_notebooks()[0]
    assert resolve_notebook(str(path)) == path.resolve()


@pytest.mark.parametrize("spec", ["09", "explore", "nothing", "notebooks/none.ipynb"])
def test_unknown_notebook_lists_the_known(spec):
    with pytest.raises(UnknownNotebook, match="00-corpus-overview"):
        resolve_notebook(spec)


def test_notebook_parameters_have_defaults_and_meanings():
    params = {p.name: p for p in notebook_parameters(resolve_notebook("00"))}
    assert params["max_rows"].value == 100 and params["max_rows"].meaning == "rows shown per table (the rest stay in the CSVs)"
    assert params["corpus"].default == '"../seeds"'
