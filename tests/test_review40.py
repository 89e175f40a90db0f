"""A second read of the fortieth session's runtime changes (review40): each test composes an input the change's
author did not try, fails on the code before its fix, and keeps a counter-example of what must stay as it was."""
import pytest

from conftest import manifest_rows, write_files
from test_robust40 import BODY, HEAD, HEAD2, PAGE, _zip

from marsad.readers.corpus import read_corpus

AD = "<html><body><p>إعلان ممول عن السيارات الجديدة في المعرض</p></body></html>"


# --- a zipped saved page whose asset folder sorts before the page ----------------------------------------------

def test_a_zipped_pages_dateien_folder_is_its_assets_though_it_sorts_first(tmp_path):
    # A German browser saves Seite.html with Seite-Dateien/; in name order "Seite-Dateien/…" comes before
    # "Seite.html" ('-' < '.'), so the folder was met before its page and its ad frame read as a document
    members = {"Seite.html": PAGE, "Seite-Dateien/ad.html": AD}
    members.update({f"Seite-Dateien/s{i}.js": f"var a{i}=1;" for i in range(5)})
    corpus = read_corpus(write_files(tmp_path, {"c/p.zip": _zip(members)}) / "c")
    row = manifest_rows(corpus)["p.zip"]
    assert "1 of 7 members read" in row.reason
    assert "Seite-Dateien/: the scripts, styles, images and frames of the saved page 'Seite.html' (6 members)" in row.warnings
    assert list(corpus.documents["title"]) == [HEAD]


def test_a_dateien_folder_without_its_page_is_read_in_a_zip(tmp_path):
    corpus = read_corpus(write_files(tmp_path, {"c/p.zip": _zip({"Seite-Dateien/ad.html": AD, "Andere.html": PAGE})}) / "c")
    assert "2 of 2 members read" in manifest_rows(corpus)["p.zip"].reason


# --- a date column of yyyymmddHH numbers is not Unix time ------------------------------------------------------

def _table(tmp_path, dates):
    rows = "".join(f"{HEAD} {i},{BODY},{d}\n" for i, d in enumerate(dates))
    return read_corpus(write_files(tmp_path, {"c/t.csv": "title,text,date\n" + rows}) / "c")


def test_a_column_of_date_and_hour_numbers_is_not_read_as_unix_time(tmp_path):
    # 2018031512 (15 March 2018, 12:00) is also a Unix time in seconds: 2033-12-12. Every yyyymmddHH of 1990-2035
    # falls in 2033-2034 as seconds: the column was silently dated eight years ahead (it was reported before)
    corpus = _table(tmp_path, ["2018031512", "2018031609", "2018031700"])
    row = corpus.manifest.iloc[0]
    assert "Unix time" not in row["reason"] and "unreadable date" in row["warnings"]
    assert corpus.documents["published"].isna().all()


@pytest.mark.parametrize("dates", [
    ["2018031512", "1709280000"],   # one value is no date and hour: the column is Unix time (2033 and 2024)
    ["2000000000", "2000086400"],   # 2033-05-18: month 00 is no yyyymmddHH
])
def test_unix_times_that_are_no_date_and_hour_are_still_read(tmp_path, dates):
    assert "read as Unix time in seconds" in _table(tmp_path, dates).manifest.iloc[0]["reason"]


# --- a crowded month whose first event has an empty start date ----------------------------------------------------

def test_a_crowded_month_opens_by_week_when_its_first_event_has_an_empty_start():
    import re

    import pandas as pd
    from test_audit40 import _many

    import marsad.charts.timeline as tc

    # the month groups read an empty date_start as missing (the date_end dates the event); the weeks took the
    # month from the first event's date_start and crashed on "" (int('')): the whole chronicle was lost
    dates = [("", f"2018-03-{d:02d}", "day") for d in range(1, 32)] + [(f"2018-03-{d:02d}",) * 2 + ("day",)
                                                                         for d in range(1, 32)]
    phone = tc.chronicle_table(_many(dates)).data.split("<div class='marsad-chronicle-phone'>")[1]
    assert re.findall(r"<summary><b>([^<]+)</b> · ([^<]+)</summary>", phone) == [("March 2018", "62 events")]
    weeks = re.findall(r"<details class='marsad-week'><summary>([^<]+)</summary>", phone)
    assert weeks == ["1–7 Mar · 14 events", "8–14 Mar · 14 events", "15–21 Mar · 14 events", "22–31 Mar · 20 events"]


# --- a folder of documents that happens to be named X_files beside an X.html ----------------------------------------

def test_a_files_folder_holding_documents_is_walked(tmp_path):
    # a browser writes scripts, styles, images, fonts and frames into a saved page's folder, never a text, a table
    # or an archive: reports_files/ beside reports.html holding articles was one skipped line, its articles unread
    files = {"c/reports.html": PAGE, **{f"c/reports_files/{i}.txt": f"{HEAD} {i}\n\n{BODY}" for i in range(3)},
             "c/reports_files/app.js": "var a = 1;"}
    corpus = read_corpus(write_files(tmp_path, files) / "c")
    rows = manifest_rows(corpus)
    assert "reports_files" not in rows and rows["reports_files/0.txt"].status == "parsed"
    assert rows["reports_files/app.js"].status == "skipped"  # the page's own script is still no news
    assert len(corpus.documents) == 4


def test_a_zipped_files_folder_holding_documents_is_read(tmp_path):
    members = {"reports.html": PAGE, "reports_files/a.csv": f"title,text\n{HEAD2},{BODY}\n",
               "reports_files/s.js": "var a = 1;"}
    corpus = read_corpus(write_files(tmp_path, {"c/p.zip": _zip(members)}) / "c")
    assert sorted(corpus.documents["title"]) == sorted([HEAD, HEAD2])


def test_a_saved_pages_folder_of_frames_images_and_fonts_is_still_one_line(tmp_path):
    files = {"c/p.html": PAGE, "c/p_files/ad.html": AD, "c/p_files/f.woff2": b"wOF2", "c/p_files/i.svg": "<svg/>",
             "c/p_files/sub/x.css": "a{}", "c/p_files/i.png": b"\x89PNG\r\n\x1a\n"}
    rows = manifest_rows(read_corpus(write_files(tmp_path, files) / "c"))
    assert set(rows) == {"p.html", "p_files"} and "(5 files)" in rows["p_files"].reason
