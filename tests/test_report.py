"""The report runner end to end through papermill, and the CLI around it."""
import json
import re
import shutil

import nbformat
import pytest

from marsad.cli import main as cli_main
from marsad.runner.report import list_notebooks, run_report


@pytest.fixture(scope="module")
def overview_run(tmp_path_factory, seed_path):
    reports = tmp_path_factory.mktemp("reports")
    corpus = tmp_path_factory.mktemp("corpus")
    shutil.copy(seed_path, corpus / seed_path.name)
    (corpus / "broken.bin").write_bytes(b"\x00\xff" * 100)
    return run_report(corpus, "t", reports_dir=reports, notebooks=["notebooks/00-corpus-overview.ipynb"], jobs=1)


@pytest.mark.slow
def test_overview_report_written(overview_run):
    out = overview_run.out_dir
    assert overview_run.ok
    for name in ("index.html", "00-corpus-overview.html", "notebooks/00-corpus-overview.ipynb",
                 "documents.csv", "segments.csv", "manifest.csv", "tables/documents", "tables/stages.json"):
        assert (out / name).exists(), name
    html = (out / "00-corpus-overview.html").read_text(encoding="utf-8")
    assert "58" in html and "ticker headlines" in html
    assert "Plotly.newPlot" in html  # figures are embedded, not JSON-only
    assert not re.search(r"<script[^>]*src=.https?://", html)  # offline: nothing loaded from a CDN
    assert not re.search(r"import\(.https?://", html)
    assert "charts.setup_notebook()" not in html  # code hidden by default


@pytest.mark.slow
def test_index_links_reports_and_shows_manifest(overview_run):
    index = (overview_run.out_dir / "index.html").read_text(encoding="utf-8")
    assert "href='00-corpus-overview.html'" in index
    assert "broken.bin" in index and "binary" in index  # the skipped input and its reason
    assert "1 documents, 58 ticker headlines, 1 files skipped" in index  # headline number from the notebook
    assert "camel-tools" in index  # package versions


@pytest.mark.slow
def test_failing_notebook_does_not_stop_the_others(tmp_path, seed_path):
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell('corpus = ""\ntables = ""')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, nbformat.v4.new_code_cell("raise RuntimeError('boom in the notebook')")]
    bad = tmp_path / "99-bad.ipynb"
    nbformat.write(nb, bad)
    result = run_report(seed_path, "mixed", reports_dir=tmp_path / "reports",
                        notebooks=[bad, "notebooks/00-corpus-overview.ipynb"], jobs=2)
    assert not result.ok
    status = {n.notebook: n for n in result.notebooks}
    assert status["00-corpus-overview.ipynb"].ok
    assert not status["99-bad.ipynb"].ok and "boom in the notebook" in status["99-bad.ipynb"].error
    index = result.index.read_text(encoding="utf-8")
    assert "failed" in index and "boom in the notebook" in index


@pytest.mark.slow
def test_cli_report_exit_code(tmp_path, seed_path, capsys):
    code = cli_main(["report", "--corpus", str(seed_path), "--name", "cli", "--reports-dir", str(tmp_path),
                     "--notebook", "notebooks/00-corpus-overview.ipynb", "-p", "max_rows", "5", "--jobs", "1"])
    out = capsys.readouterr().out
    assert "00-corpus-overview.ipynb" in out
    stages = json.loads((tmp_path / "cli" / "tables" / "stages.json").read_text())
    assert code == (0 if all(s["ok"] for s in stages.values()) else 1)
    executed = nbformat.read(tmp_path / "cli" / "notebooks" / "00-corpus-overview.ipynb", as_version=4)
    injected = [c for c in executed.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert "max_rows = 5" in injected[0].source


def test_bad_run_name_rejected(seed_path, tmp_path):
    with pytest.raises(ValueError, match="run name"):
        run_report(seed_path, "../escape", reports_dir=tmp_path)


def test_missing_corpus_rejected(tmp_path):
    with pytest.raises(FileNotFoundError):
        run_report(tmp_path / "nope", "x", reports_dir=tmp_path)


def test_report_notebooks_are_numbered():
    names = [p.name for p in list_notebooks()]
    assert names[0] == "00-corpus-overview.ipynb"
    assert "explore.ipynb" not in names
