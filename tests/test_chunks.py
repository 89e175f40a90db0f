"""Big table files read in pieces of whole records give exactly the rows of a whole read."""
import json

import pandas as pd
import pytest

from marsad.readers.chunks import iter_chunks, streamable
from marsad.readers.corpus import read_corpus, read_file

_ROWS = 600


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    root = tmp_path_factory.mktemp("big")
    rows = []
    for i in range(_ROWS):
        row = {"title": f"عنوان الخبر رقم {i}", "text": "نص الخبر عن روسيا وفيتنام. " * (1 + i % 9),
               "date": "2024-02-31" if i % 97 == 5 else "2024-06-18", "source": "Agence"}
        if i % 7 == 0:  # a quoted newline and a comma inside a CSV field
            row["text"] += '\nفقرة ثانية، مع "اقتباس", وفاصلة'
        if i % 3 == 0:
            row["id"] = f"X{i}"
        rows.append(row)
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    lines[40] = '{"title": "مقطوع'  # a broken line: reported with its line number in the file
    lines.insert(300, "")  # a blank line: not numbered
    (root / "big.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    pd.DataFrame(rows).to_csv(root / "big.csv", index=False)
    pd.DataFrame(rows).to_csv(root / "big.tsv", index=False, sep="\t")
    return root


@pytest.mark.parametrize("name", ["big.jsonl", "big.csv", "big.tsv"])
def test_pieces_give_the_records_of_a_whole_read(tables, name):
    whole_row, whole = read_file(tables / name, tables)
    assert streamable(tables / name, chunk_bytes=8_000)
    pieces, rows = 0, []
    got = []
    for records, row in iter_chunks(tables / name, tables, chunk_bytes=8_000):
        pieces += 1
        got.extend(records)
        rows.append(row)
    assert pieces > 5 and all(r is None for r in rows[:-1])
    assert [(d["doc_id"], d["published"], s) for d, s in got] == [(d["doc_id"], d["published"], s) for d, s in whole]
    last = rows[-1]
    assert (last["status"], last["documents"]) == (whole_row["status"], whole_row["documents"])
    assert sorted(last["warnings"].split("; ")) == sorted(whole_row["warnings"].split("; "))


def test_small_or_non_table_files_are_read_whole(tables, seed_path):
    assert not streamable(tables / "big.jsonl", chunk_bytes=10**9)
    assert not streamable(seed_path, chunk_bytes=10)


def test_analyze_streams_a_big_file_into_the_tables_of_a_whole_read(tables, tmp_path):
    from marsad.engine.run import analyze

    run = analyze(tables, tmp_path / "t", stages=("mentions",), chunk_mb=0.01, progress=False)
    whole = read_corpus(tables)
    def values(frame):  # compare values, not storage (None vs NaN, datetime units)
        out = frame.reset_index(drop=True).astype(object)
        return out.where(out.notna(), None).astype(str)

    for name in ("documents", "segments"):
        pd.testing.assert_frame_equal(values(run.table(name)), values(getattr(whole, name)))
    manifest = run.manifest
    assert len(manifest) == 3 and manifest["reason"].str.contains("streamed in pieces").all()
    assert len(list((tmp_path / "t" / "segments").rglob("part-*-*.parquet"))) > 3  # several chunks written
