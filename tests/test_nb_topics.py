"""Smoke tests: notebooks/01-ticker-topics.ipynb through papermill (seed page, no ticker, no headlines)."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from conftest import analysed, execute_notebook, notebook_headline, notebook_text

NOTEBOOK = "01-ticker-topics.ipynb"
CSV_COLUMNS = ["doc_id", "position", "text", "topic", "confidence", "duplicate_of"]


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory, seed_path):
    out = tmp_path_factory.mktemp("nb_topics")
    tables = analysed(seed_path.parent, out / "report")
    nb = execute_notebook(NOTEBOOK, out, tables=str(tables), output_dir=str(out / "report"))
    return nb, out / "report"


@pytest.mark.slow
def test_seed_headlines_csv(seed_run):
    _, report = seed_run
    df = pd.read_csv(report / "headlines.csv")
    assert len(df) == 58
    assert all(col in df.columns for col in CSV_COLUMNS)
    assert df["position"].tolist() == list(range(58))
    assert df["duplicate_of"].notna().sum() >= 1  # the repeated zakat-fatwa headline


@pytest.mark.slow
def test_seed_report_shows_the_topic_mix(seed_run):
    nb, report = seed_run
    text = notebook_text(nb)
    assert "**58 ticker headlines**" in text
    # the report names the outlets the model learnt from (as they call themselves); the one it never saw only on a
    # corpus from that outlet (the seed is not CNN's: audit38b)
    assert "trained on the ANT news of **Al Arabiya, France 24, Jawhara FM**" in text
    assert "It never saw" not in text
    # 'uncertain' is an abstention, reported with its coverage, in the text and in the index's headline
    covered = re.search(r"The model gives a topic to \*\*(\d+)\*\* of 55 \((\d+)% coverage\)", text)
    assert covered and round(100 * int(covered.group(1)) / 55) == int(covered.group(2))
    assert f"{covered.group(2)}% get a topic" in notebook_headline(nb)
    assert "it abstains on" in text and "calibrated probability is below 50%" in text
    # the page's own title is a document title next to its ticker: reported apart, not mixed in
    assert "**1 document title** besides the ticker, in **1** topic." in text and "Each title with its topic" in text
    for label in ("رياضة", "دولي", "اقتصاد", "دين"):
        assert label in text
    # (audit44) the seed's Culture & arts and Economy are tied at 7 headlines: the sentence names both
    assert "The largest topic is" in text or "The largest topics are tied" in text
    # how far to trust the mix: the left-out-outlet accuracy from the shipped file, next to the chart
    assert "How far to trust this mix" in text and "in ticker-sized batches of 58" in text
    # an uncertain headline's best guess is named like the topic column, not by the model's id
    guesses = re.search(r"uncertain headlines \(best guess and its probability\).*?</table>", text, re.S).group()
    assert re.search(r"<td dir='auto'>[^<]+ · (Economy|World|Culture &amp; arts|Science &amp; health|Society|"
                     r"Politics|Sports|Security &amp; justice|Religion)</td>", guesses)
    assert "science_health" not in guesses and ">economy<" not in guesses
    assert notebook_headline(nb).startswith("5")  # the index's headline travels in the notebook's metadata


@pytest.mark.slow
def test_corpus_without_ticker_uses_titles(tmp_path, fixtures_dir):
    nb = execute_notebook(NOTEBOOK, tmp_path, corpus=str(fixtures_dir / "ant_sample.txt"))
    text = notebook_text(nb)
    assert "This corpus has no ticker, so this report is about its **1 document title**" in text
    assert not re.search(r"\*\*\d+ ticker headlines?\*\*", text)
    # a title is listed with its source and date (its position in the document is always 0)
    assert "تاريخ النشر" in text and "<small dir='ltr'>published</small>" in text
    assert "<small dir='ltr'>position</small>" not in text


@pytest.mark.slow
def test_mixed_corpus_reports_ticker_and_titles(tmp_path, seed_path, fixtures_dir):
    import shutil

    corpus = tmp_path / "mixed"
    corpus.mkdir()
    shutil.copy(seed_path, corpus / seed_path.name)
    shutil.copy(fixtures_dir / "ant_sample.txt", corpus / "ant_sample.txt")
    nb = execute_notebook(NOTEBOOK, tmp_path, corpus=str(corpus), output_dir=str(tmp_path / "report"))
    text = notebook_text(nb)
    assert "**58 ticker headlines**" in text
    assert "**2 document titles** besides the ticker" in text  # the page's title and the ANT article's
    # two titles are listed, each with its topic; a bar chart of two titles would say less than the list
    assert "Each title with its topic" in text and "Topic mix of the document titles" not in text
    assert "اتفاقية تعاون استراتيجي بين روسيا وكوريا الشمالية" in text.split("Each title with its topic")[1]
    summary = notebook_headline(nb)
    assert summary.startswith("5") and "also 2 document titles" in summary


@pytest.mark.slow
def test_corpus_without_headlines_gives_a_note(tmp_path):
    corpus = tmp_path / "table.csv"
    corpus.write_text("text\nفقرة من نص مقال بلا عنوان\n", encoding="utf-8")
    tables = analysed(corpus, tmp_path / "report")
    nb = execute_notebook(NOTEBOOK, tmp_path, tables=str(tables), output_dir=str(tmp_path / "report"))
    assert "there is no topic mix to show" in notebook_text(nb)
    assert "How far to trust this mix" not in notebook_text(nb)  # no mix, no word on its accuracy
    assert pd.read_csv(tmp_path / "report" / "headlines.csv").empty  # written by the analysis, not the notebook


def _says_mix_weights(text: str, national: bool) -> None:
    """The prose gives the weights of the mix the run used: the national pair with a home country."""
    from marsad import topics

    emb, wv = topics.load_model().mix_weights(national=national)
    assert (f"carry weight {wv:.2f} in this run's mix" in text) == bool(wv)
    if national:
        assert ("has no weight in this run's mix (a national outlet's mix" in text) == (not emb)
    else:
        assert (f"weight {emb:.2f}." in text) == bool(emb)


@pytest.mark.slow
def test_seed_report_reads_the_home_country_from_the_ticker_by_default(seed_run):
    nb, report = seed_run
    text = notebook_text(nb)
    # the default home_country "auto": the seed page's ticker names Morocco far more than any other country
    assert "Home country of this outlet: **Morocco** (المغرب), read from the page's own ticker" in text
    assert "No home country" not in text
    _says_mix_weights(text, national=True)
    assert set(pd.read_csv(report / "headlines.csv")["home_country"]) == {"MA"}


@pytest.mark.slow
@pytest.mark.parametrize("home, says", [
    ("MA", "Home country of this outlet: **Morocco** (المغرب), set for this run (`--option headlines home_country MA`)"),
    ("none", "No home country was set for this run"),
])
def test_report_option_sets_the_home_country_of_the_run(tmp_path, seed_path, home, says):
    import json

    import nbformat

    from marsad.runner.report import run_report

    result = run_report(seed_path, "ma", reports_dir=tmp_path, notebooks=["01"], jobs=1,
                        options={"headlines": {"home_country": home}})
    assert result.ok
    info = json.loads((result.out_dir / "tables" / "run.json").read_text(encoding="utf-8"))
    assert info["options"]["headlines"]["home_country"] == home  # the run records the option it used
    text = notebook_text(nbformat.read(result.out_dir / "notebooks" / NOTEBOOK, as_version=4))
    assert says in text
    assert ("Home country of this outlet" in text) == (home != "none")
    _says_mix_weights(text, national=home != "none")
