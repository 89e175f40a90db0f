"""A second read of the fortieth session's runtime changes (review40): each test composes an input the change's
author did not try, fails on the code before its fix, and keeps a counter-example of what must stay as it was."""
import pytest

from test_robust40 import BODY, HEAD, PAGE, _rows, _write, _zip

from marsad.readers.corpus import read_corpus

AD = "<html><body><p>إعلان ممول عن السيارات الجديدة في المعرض</p></body></html>"


# --- a zipped saved page whose asset folder sorts before the page ----------------------------------------------

def test_a_zipped_pages_dateien_folder_is_its_assets_though_it_sorts_first(tmp_path):
    # A German browser saves Seite.html with Seite-Dateien/; in name order "Seite-Dateien/…" comes before
    # "Seite.html" ('-' < '.'), so the folder was met before its page and its ad frame read as a document
    members = {"Seite.html": PAGE, "Seite-Dateien/ad.html": AD}
    members.update({f"Seite-Dateien/s{i}.js": f"var a{i}=1;" for i in range(5)})
    corpus = read_corpus(_write(tmp_path, {"c/p.zip": _zip(members)}) / "c")
    row = _rows(corpus)["p.zip"]
    assert "1 of 7 members read" in row.reason
    assert "Seite-Dateien/: the scripts, styles, images and frames of the saved page 'Seite.html' (6 members)" in row.warnings
    assert list(corpus.documents["title"]) == [HEAD]


def test_a_dateien_folder_without_its_page_is_read_in_a_zip(tmp_path):
    corpus = read_corpus(_write(tmp_path, {"c/p.zip": _zip({"Seite-Dateien/ad.html": AD, "Andere.html": PAGE})}) / "c")
    assert "2 of 2 members read" in _rows(corpus)["p.zip"].reason


# --- a date column of yyyymmddHH numbers is not Unix time ------------------------------------------------------

def _table(tmp_path, dates):
    rows = "".join(f"{HEAD} {i},{BODY},{d}\n" for i, d in enumerate(dates))
    return read_corpus(_write(tmp_path, {"c/t.csv": "title,text,date\n" + rows}) / "c")


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
