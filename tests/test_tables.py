"""Tables of articles (CSV/TSV, JSONL): one bad row or value never costs the file, and each is reported."""
import json

import pandas as pd
import pytest

from marsad.readers.corpus import read_corpus

TITLE = "روسيا وفيتنام توقعان اتفاقية رقم {}"


def _rows(n=100):
    return [{"id": f"r{i}", "title": TITLE.format(i), "text": f"فقرة الخبر رقم {i}.", "date": "2024-06-20"}
            for i in range(1, n + 1)]


def _read(folder):
    corpus = read_corpus(folder)
    assert len(corpus.manifest) == len(list(folder.iterdir()))  # every file has its row
    return corpus, corpus.manifest.iloc[0]


def _jsonl(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def test_jsonl_broken_line_keeps_the_others_and_names_the_line(tmp_path):
    lines = _jsonl(_rows()).splitlines(keepends=True)
    lines[49] = '{"id": "r50", "title": "عنوان" "text": }\n'
    (tmp_path / "news.jsonl").write_text("".join(lines), encoding="utf-8")
    corpus, row = _read(tmp_path)
    assert row["status"] == "parsed" and row["documents"] == 99
    assert "r50" not in set(corpus.documents["doc_id"]) and {"r49", "r51", "r100"} <= set(corpus.documents["doc_id"])
    assert row["warnings"].startswith("line 50: not valid JSON")


def test_jsonl_cut_in_its_last_line_keeps_99_rows(tmp_path):
    text = _jsonl(_rows())
    (tmp_path / "news.jsonl").write_text(text[: text.rstrip("\n").rfind("\n") + 25], encoding="utf-8")
    corpus, row = _read(tmp_path)
    assert row["documents"] == 99 and len(corpus.documents) == 99
    assert row["warnings"].startswith("line 100: cut off at the end of the file")


def test_jsonl_line_that_is_not_an_object(tmp_path):
    (tmp_path / "news.jsonl").write_text(_jsonl(_rows(3)) + "[1, 2]\n", encoding="utf-8")
    _, row = _read(tmp_path)
    assert row["documents"] == 3
    assert row["warnings"] == "line 4: a JSON list, not an object; skipped"


def test_csv_cut_inside_a_quoted_last_cell_keeps_99_rows(tmp_path):
    text = pd.DataFrame(_rows()).to_csv(index=False, quoting=1)  # every cell quoted
    (tmp_path / "news.csv").write_text(text[:-12], encoding="utf-8")
    corpus, row = _read(tmp_path)
    assert row["status"] == "parsed" and row["documents"] == 99
    assert corpus.documents["doc_id"].tolist()[-1] == "r99"
    assert row["warnings"].startswith("line 101: ") and "cut off" in row["warnings"]


def test_csv_cut_before_its_last_fields_keeps_99_rows(tmp_path):
    text = pd.DataFrame(_rows()).to_csv(index=False)
    (tmp_path / "news.csv").write_text(text[: text.rfind(",", 0, len(text) - 14)], encoding="utf-8")
    corpus, row = _read(tmp_path)
    assert row["documents"] == 99
    assert row["warnings"] == "line 101: cut off at the end of the file: 2 fields, the header has 4; row skipped"


def test_csv_row_with_extra_fields_costs_only_that_row(tmp_path):
    lines = pd.DataFrame(_rows(5)).to_csv(index=False).splitlines(keepends=True)
    lines[3] = lines[3].rstrip("\n") + ",زائد\n"
    (tmp_path / "news.tsv").write_text("".join(lines).replace(",", "\t"), encoding="utf-8")
    corpus, row = _read(tmp_path)
    assert row["format"] == "csv" and row["documents"] == 4
    assert row["warnings"] == "line 4: wrong number of fields: 5 fields, the header has 4; row skipped"
    assert corpus.documents["doc_id"].tolist() == ["r1", "r2", "r4", "r5"]


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_impossible_date_keeps_the_row_undated_with_a_warning(tmp_path, suffix):
    rows = _rows(3)
    rows[1]["date"] = "2024-02-31"
    frame = pd.DataFrame(rows)
    if suffix == ".csv":
        frame.to_csv(tmp_path / "news.csv", index=False)
        where = "line 3"
    else:
        (tmp_path / "news.jsonl").write_text(_jsonl(rows), encoding="utf-8")
        where = "line 2"
    corpus, row = _read(tmp_path)
    docs = corpus.documents.set_index("doc_id")
    assert row["documents"] == 3
    assert pd.isna(docs.loc["r2", "published"]) and docs.loc["r3", "published"] == pd.Timestamp("2024-06-20")
    assert row["warnings"] == f"{where}: impossible date '2024-02-31' in column 'date'; row kept undated"


def test_unreadable_date_is_reported(tmp_path):
    rows = _rows(2)
    rows[0]["date"] = "next tuesday maybe"
    pd.DataFrame(rows).to_csv(tmp_path / "news.csv", index=False)
    _, row = _read(tmp_path)
    assert row["warnings"] == "line 2: unreadable date 'next tuesday maybe' in column 'date'; row kept undated"


def test_huge_cell_is_read(tmp_path):
    big = "كلمة " * 400_000  # 4 MB of text in one cell: above the csv module's default field limit
    pd.DataFrame([{"title": "عنوان", "text": big}]).to_csv(tmp_path / "big.csv", index=False)
    corpus, row = _read(tmp_path)
    assert row["status"] == "parsed" and row["warnings"] == ""
    body = corpus.segments[corpus.segments["section"] == "paragraph"]
    assert "".join(body["text"]).replace(" ", "") == big.replace(" ", "")


def test_every_line_bad_is_skipped_with_the_lines(tmp_path):
    (tmp_path / "news.jsonl").write_text("{oops\n{\"title\": \"عنوان\"}\n", encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text("{oops\nnope\n", encoding="utf-8")
    corpus = read_corpus(tmp_path)
    m = corpus.manifest.set_index(corpus.manifest["path"].str.rsplit("/", n=1).str[-1])
    assert m.loc["news.jsonl", "documents"] == 1
    assert m.loc["bad.jsonl", "status"] == "skipped"
    assert "line 1: not valid JSON" in m.loc["bad.jsonl", "reason"]


def test_jsonl_line_separators_inside_strings_are_text(tmp_path):
    rows = _rows(2)
    rows[0]["text"] = "سطر\u2028سطر\x85سطر\x0cسطر"
    (tmp_path / "news.jsonl").write_text(_jsonl(rows).replace("\n", "\r\n"), encoding="utf-8")
    corpus, row = _read(tmp_path)
    assert row["documents"] == 2 and row["warnings"] == ""


def test_repeated_row_is_counted_once(tmp_path):
    rows = _rows(3)
    rows.append({**rows[0], "id": "r1-again", "date": "2024-06-21"})
    pd.DataFrame(rows).to_csv(tmp_path / "news.csv", index=False)
    corpus, row = _read(tmp_path)
    assert row["documents"] == 3 and corpus.documents["doc_id"].tolist() == ["r1", "r2", "r3"]
    assert row["warnings"] == "line 5: same title and text as line 2; counted once"
