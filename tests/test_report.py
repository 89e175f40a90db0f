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
    # the skipped file is named relative to the corpus, not by the analyst's own folders
    assert '<td dir="auto">broken.bin</td>' in html and "/broken.bin" not in html


@pytest.mark.slow
def test_index_links_reports_and_shows_manifest(overview_run):
    index = (overview_run.out_dir / "index.html").read_text(encoding="utf-8")
    assert "href='00-corpus-overview.html'" in index
    assert "broken.bin" in index and "binary" in index  # the skipped input and its reason
    assert "1 document, 58 ticker headlines, 1 file skipped" in index  # headline from the notebook metadata
    assert "camel-tools" in index  # package versions
    # three columns (report, headline, status) so a phone reads the headlines; time and notebook under status
    assert re.search(r"<td>ok<br><small>\d+\.\d s · <a href='notebooks/00-corpus-overview.ipynb'>notebook</a>", index)
    assert "<th>status</th>\n</tr></thead>" in index


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
def test_cli_report_exit_code(tmp_path, seed_path, capfd):
    code = cli_main(["report", "--corpus", str(seed_path), "--name", "cli", "--reports-dir", str(tmp_path),
                     "--notebook", "00-corpus-overview", "-p", "max_rows", "5", "--jobs", "1"])
    captured = capfd.readouterr()
    lines = captured.out.strip().splitlines()
    assert re.fullmatch(r"analysed 1 document from 1 file \(0 skipped\) in \d+\.\d s", lines[0]), lines[0]
    assert lines[1].startswith("ok     00-corpus-overview (") and lines[2].startswith("index: ")
    assert len(lines) == 3
    # kernel and nbconvert noise goes to the notebook's log, not the terminal
    assert "Kernel is running" not in captured.err and "KeyboardInterrupt" not in captured.err
    assert "Alternative text" not in captured.err
    assert (tmp_path / "cli" / "logs" / "00-corpus-overview.log").exists()
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


@pytest.fixture(scope="module")
def notice_run(tmp_path_factory, seed_path):
    tmp = tmp_path_factory.mktemp("notice")
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell('corpus = "../seeds"\ntables = ""\noutput_dir = ""\ncapture_date = ""\n'
                                       'partners = ["KP"]  # partner countries')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [
        nbformat.v4.new_markdown_cell("# A notice test"),
        params,
        nbformat.v4.new_code_cell("import marsad\nrun, report = marsad.report_context(globals())"),
        nbformat.v4.new_code_cell("report.notice(f'No event between RU and {partners[0]} in this run.')\n"
                                  "report.headline(f'{len(run.documents)} document; partners {partners}')"),
    ]
    path = tmp / "98-notice.ipynb"
    nbformat.write(nb, path)
    return run_report(seed_path, "n", reports_dir=tmp / "reports", notebooks=[path], jobs=1,
                      parameters={"partners": ["فيتنام"]})


@pytest.mark.slow
def test_notice_and_headline_travel_in_notebook_metadata(notice_run):
    out = notice_run.out_dir
    executed = nbformat.read(out / "notebooks" / "98-notice.ipynb", as_version=4)
    assert executed.metadata["marsad"]["notices"] == ["No event between RU and VN in this run."]  # فيتنام -> VN
    assert executed.metadata["marsad"]["headline"] == "1 document; partners ['VN']"
    assert not (out / "summaries").exists()  # no side files read back
    html = (out / "98-notice.html").read_text(encoding="utf-8")
    nav = re.search(r"<nav class='marsad-header'.*?</nav>", html, re.S).group()
    assert "Not in this run" in nav and "No event between RU and VN" in nav
    assert "Analysis options" in nav and "headlines, titles, mentions, events" in nav  # what the run used, from run.json
    index = notice_run.index.read_text(encoding="utf-8")
    assert "No event between RU and VN in this run." in index
    assert "1 document; partners [&#x27;VN&#x27;]" in index


@pytest.mark.slow
def test_index_numbers_match_the_stages(overview_run):
    out = overview_run.out_dir
    stages = json.loads((out / "tables" / "stages.json").read_text())
    index = (out / "index.html").read_text(encoding="utf-8")
    from marsad.runner.index import _duration
    assert f"analysis took {_duration(stages['total']['seconds'])}" in index
    # the index counts what the reports count: people and countries apart from organisations, events apart
    # from background statements, each repeated ticker headline once
    from marsad.engine.store import read_table
    kinds = read_table(out / "tables", "events", columns=["kind"])["kind"].value_counts()
    types = read_table(out / "tables", "mentions", columns=["entity_type"])["entity_type"].value_counts()
    named = int(types.get("person", 0) + types.get("country", 0))
    assert 0 < named < stages["mentions"]["rows"]  # the seed names organisations too
    assert f"{named} person and country mentions (and {stages['mentions']['rows'] - named} of organisations)" in index
    assert f"{kinds['event']} events and {kinds['background']} background statements" in index
    assert "(55 distinct)" in index  # the seed ticker repeats three headlines on zakat
    # the seed has a ticker: the headlines stage classified ticker headlines, and the index says so
    assert f"{stages['headlines']['rows']} classified ticker headlines" in index
    # each report is listed by its title first, the notebook's file name under it
    assert "<a href='00-corpus-overview.html'>Corpus overview<br><small>00-corpus-overview</small></a>" in index


def _fake_papermill(monkeypatch, failures):
    """papermill.execute_notebook that raises each of ``failures`` in turn, then copies the notebook."""
    import papermill

    calls = []

    def fake(src, dst, **kwargs):
        calls.append(src)
        if len(calls) <= len(failures):
            raise failures[len(calls) - 1]
        shutil.copy(src, dst)

    monkeypatch.setattr(papermill, "execute_notebook", fake)
    monkeypatch.setattr("marsad.runner.report.time.sleep", lambda s: None)
    return calls


def _one_cell_notebook(tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# A report"), nbformat.v4.new_code_cell("1 + 1")]
    path = tmp_path / "01-one.ipynb"
    nbformat.write(nb, path)
    (tmp_path / "out" / "notebooks").mkdir(parents=True)
    return path


def test_a_kernel_that_did_not_start_is_started_again(tmp_path, monkeypatch):
    from marsad.runner.report import _execute

    path = _one_cell_notebook(tmp_path)
    calls = _fake_papermill(monkeypatch, [RuntimeError("Kernel died before replying to kernel_info")])
    result = _execute(path, tmp_path / "out", {}, False, 60, None)
    assert len(calls) == 2 and result.ok and result.error is None and result.title == "A report"


def test_a_cell_error_is_not_retried_and_a_dead_kernel_gives_up(tmp_path, monkeypatch):
    from marsad.runner.report import KERNEL_START_ATTEMPTS, _execute

    path = _one_cell_notebook(tmp_path)
    calls = _fake_papermill(monkeypatch, [RuntimeError("boom in a cell")])
    result = _execute(path, tmp_path / "out", {}, False, 60, None)
    assert len(calls) == 1 and not result.ok and "boom in a cell" in result.error

    dead = [RuntimeError("Kernel didn't respond in 60 seconds")] * KERNEL_START_ATTEMPTS
    calls = _fake_papermill(monkeypatch, dead)
    result = _execute(path, tmp_path / "out", {}, False, 60, None)
    assert len(calls) == KERNEL_START_ATTEMPTS and not result.ok and "didn't respond" in result.error


@pytest.mark.parametrize("seconds, words", [(11.52, "11.5 s"), (37.025, "37.0 s"), (59.9, "59.9 s"), (0.053, "0.05 s"),
                                            (269.629, "4 min 30 s"), (3725.0, "1 h 2 min")])
def test_index_gives_long_analyses_in_minutes(seconds, words):
    from marsad.runner.index import _duration

    assert _duration(seconds) == words


@pytest.mark.slow
def test_overview_of_a_corpus_without_ticker_says_so(tmp_path, fixtures_dir):
    result = run_report(fixtures_dir / "ant_sample.txt", "noticker", reports_dir=tmp_path,
                        notebooks=["notebooks/00-corpus-overview.ipynb"], jobs=1)
    index = (result.out_dir / "index.html").read_text(encoding="utf-8")
    overview = (result.out_dir / "00-corpus-overview.html").read_text(encoding="utf-8")
    assert "1 document, no ticker, 0 files skipped" in index  # the notebook's headline, not "0 ticker headlines"
    assert re.search(r"1 document, \d+ segments, no ticker\.", index)
    assert "no ticker headlines." in overview and "0 ticker headlines" not in index + overview
    # the documents table names the file; the ANT article's title is its row
    assert '<td dir="auto">ant_sample.txt</td>' in overview
