"""What analysts of the Arab press bring (session 39): a UTF-8 table with a word pasted from a Windows-1256 file,
a short Windows-1256 / ISO-8859-6 table that a guesser takes for Latin, dates written with Arabic month names, a ZIP
of ZIPs, a macOS (NFD) file name beside its composed twin. Each test composes its input and has a counter-example:
what must be read as before (a real Windows-1256 file, a French Latin-1 file, an impossible date, an ASCII id, an
archive two levels down).
"""
import io
import unicodedata
import zipfile

import pytest

from marsad.engine.partitions import SeenIds
from marsad.readers.chunks import iter_chunks
from marsad.readers.corpus import id_key, read_corpus
from marsad.readers.decode import decode
from marsad.readers.values import BadValue, parse_date

HEAD = "الأردن والسعودية يبحثان التعاون الاقتصادي"
BODY = "بحث العاهل الأردني الملك عبد الله الثاني مع ولي العهد السعودي الأمير محمد بن سلمان سبل تعزيز التعاون."


def _csv(rows: int) -> bytes:
    return ("title,text\n" + "".join(f"{HEAD} {i},{BODY}\n" for i in range(rows))).encode("utf-8")


def _zip(members: dict) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


# --- a UTF-8 text with a few bytes that are not UTF-8 -----------------------------------------------------------

def test_a_word_pasted_from_windows_1256_into_a_utf8_table_costs_nothing(tmp_path):
    data = _csv(100)
    at = data.index(b"\n", 2000) + 1
    data = data[:at] + "مصر".encode("cp1256") + b"," + BODY.encode() + b"\n" + data[at:]
    decoded = decode(data)
    assert decoded.encoding == "utf-8"
    assert "\nمصر," + BODY + "\n" in decoded.text  # the pasted word read as Windows-1256 Arabic
    assert decoded.text.count(HEAD) == 100  # every other row as it was (the whole file was refused before)
    assert "3 byte(s) not UTF-8" in decoded.mended and "1 run(s) read as Windows-1256 Arabic" in decoded.mended
    assert decoded.mended_line == data.count(b"\n", 0, at) + 1 and not decoded.warnings


def test_a_stray_byte_that_is_no_arabic_word_becomes_one_replacement_character():
    data = _csv(100)
    at = data.index(b"\n", 2000) + 1
    decoded = decode(data[:at] + b"\xff" + data[at:])
    assert decoded.encoding == "utf-8" and decoded.text.count("\ufffd") == 1
    assert decoded.text.replace("\ufffd", "") == data.decode("utf-8")
    assert "1 replaced by U+FFFD" in decoded.mended


def test_a_whole_windows_1256_file_is_still_windows_1256_not_mended_utf8():
    text = _csv(50).decode("utf-8")
    decoded = decode(text.encode("cp1256"))
    assert decoded.encoding == "cp1256" and decoded.text == text and not getattr(decoded, "mended", "")


def _streamed(tmp_path, data: bytes, chunk_bytes: int):
    (tmp_path / "big.csv").write_bytes(data)
    got, row = [], None
    for records, row in iter_chunks(tmp_path / "big.csv", tmp_path, chunk_bytes=chunk_bytes):
        got.extend(records)
    return got, row


def test_a_streamed_utf8_table_keeps_the_piece_that_holds_a_pasted_word(tmp_path):
    data = _csv(400)
    at = data.index(b"\n", len(data) // 2) + 1
    line = data.count(b"\n", 0, at) + 1
    data = data[:at] + "مصر".encode("cp1256") + b"," + BODY.encode() + b"\n" + data[at:]
    got, row = _streamed(tmp_path, data, chunk_bytes=8_000)
    assert len(got) == 401 and row["documents"] == 401  # that piece (its rows) was dropped without a word before
    assert f"line {line}: 3 byte(s) not UTF-8" in row["warnings"]  # the line in the file, not in the piece
    assert "مصر" in [d["title"] for d, _ in got]


def test_a_streamed_piece_that_cannot_be_decoded_is_named_in_the_warnings(tmp_path):
    data = _csv(400)
    at = data.index(b"\n", len(data) // 2) + 1
    junk = b"\x00\x01\x02\x03" * 200 + b"\n"  # binary in the middle of the file (a bad copy)
    got, row = _streamed(tmp_path, data[:at] + junk + data[at:], chunk_bytes=8_000)
    assert 300 < len(got) < 400 and row["status"] == "parsed"
    assert "bytes not read (binary file (NUL bytes)); the rest of the file is" in row["warnings"]


# --- short Arabic tables in the legacy code pages ---------------------------------------------------------------

@pytest.mark.parametrize("encoding,word", [("cp1256", "مصر"), ("cp1256", "المغرب"), ("iso8859_6", "المغرب")])
def test_a_short_arabic_table_in_a_legacy_code_page_is_read_in_it(encoding, word):
    text = f"title,text\n{word},{'x' * 300}\n"  # mostly ASCII: the guess said Latin (cp1252), or the other code page
    decoded = decode(text.encode(encoding))
    assert decoded.encoding == encoding and decoded.text == text


def test_french_latin_text_is_not_taken_for_arabic():
    text = "Maroc : le roi reçoit l'émissaire, été 2024, déjà à Rabat\n" * 3
    for encoding in ("cp1252", "latin_1"):
        decoded = decode(text.encode(encoding))
        assert decoded.text == text and decoded.encoding in ("cp1252", "latin_1")


# --- dates with Arabic month names ------------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["1 مارس 2024", "١ مارس ٢٠٢٤", "الجمعة 1 مارس 2024", "1 آذار 2024",
                                   "الجمعة، 1 آذار/مارس 2024 - 10:00", "01 أذار 2024"])
def test_a_date_with_an_arabic_month_name_is_read(value):
    assert parse_date(value) == parse_date("2024-03-01")


@pytest.mark.parametrize("value,day", [("3 تشرين الأول 2023", "2023-10-03"), ("12 جوان 2019", "2019-06-12"),
                                       ("5 آب 2020", "2020-08-05"), ("9 كانون الثاني 2021", "2021-01-09")])
def test_levantine_and_maghreb_month_names(value, day):
    assert parse_date(value) == parse_date(day)


@pytest.mark.parametrize("value", ["31 نيسان 2024", "مارس 2024", "غير معروف", "5 ابو 2020"])
def test_an_impossible_or_incomplete_arabic_date_is_still_unreadable(value):
    with pytest.raises(BadValue):
        parse_date(value)


def test_a_table_of_arabic_dates_is_dated_row_by_row(tmp_path):
    (tmp_path / "t.csv").write_text(f"title,text,date\n{HEAD},{BODY},١ مارس ٢٠٢٤\n{HEAD} 2,{BODY},غير معروف\n",
                                    encoding="utf-8")
    corpus = read_corpus(tmp_path)
    assert [str(d)[:10] for d in corpus.documents["published"]] == ["2024-03-01", "NaT"]
    assert "line 3: unreadable date" in corpus.manifest["warnings"][0]


# --- a ZIP inside a ZIP -----------------------------------------------------------------------------------------

def test_a_zip_inside_a_zip_is_opened_one_level(tmp_path):
    inner = _zip({"news/one.txt": HEAD + "\n\n" + BODY, "news/two.csv": f"title,text\n{HEAD} 2,{BODY}\n"})
    (tmp_path / "outer.zip").write_bytes(_zip({"archive/2024.zip": inner, "a.txt": HEAD + " 3\n\n" + BODY}))
    corpus = read_corpus(tmp_path)
    assert sorted(corpus.documents["doc_id"]) == ["outer/a", "outer/archive/2024/news/one", "outer/archive/2024/news/two#1"]
    row = corpus.manifest.iloc[0]
    assert row["status"] == "parsed" and row["documents"] == 3
    assert row["reason"].startswith("ZIP archive: 2 of 2 members read")
    assert "archive/2024.zip: ZIP archive: 2 of 2 members read (1 page, 1 csv)" in row["warnings"]


def test_an_archive_two_levels_down_is_listed_not_opened(tmp_path):
    (tmp_path / "other.txt").write_text(HEAD + "\n\n" + BODY, encoding="utf-8")
    deep = _zip({"l2.zip": _zip({"core.txt": HEAD + "\n\n" + BODY})})
    (tmp_path / "outer.zip").write_bytes(_zip({"l1.zip": deep}))
    corpus = read_corpus(tmp_path)
    row = corpus.manifest.set_index("path").loc[str(tmp_path / "outer.zip")]
    assert row["status"] == "skipped" and "l2.zip: an archive two levels down" in row["reason"]
    assert corpus.documents["doc_id"].tolist() == ["other"]


def test_a_zip_inside_a_zip_counts_against_the_archive_size_limit(tmp_path):
    (tmp_path / "other.txt").write_text(HEAD + "\n\n" + BODY, encoding="utf-8")
    inner = _zip({f"m{i}.txt": f"{HEAD} {i}\n\n{BODY}\n" + "x" * 4000 for i in range(5)})
    (tmp_path / "outer.zip").write_bytes(_zip({"a.zip": inner, "b.txt": HEAD + "\n\n" + BODY}))
    corpus = read_corpus(tmp_path, max_bytes=len(inner) + 3 * 4100)
    row = corpus.manifest.set_index("path").loc[str(tmp_path / "outer.zip")]
    assert "passes the" in row["warnings"] and "limit (max_bytes)" in row["warnings"]
    assert len(corpus.documents) - 1 < 6  # not every member of both levels: the limit held


# --- a decomposed (NFD) file name beside its composed twin ------------------------------------------------------

def test_nfd_and_nfc_twins_get_ids_that_differ_visibly(tmp_path):
    name = "آخر الأخبار"
    (tmp_path / f"{unicodedata.normalize('NFD', name)}.txt").write_text(name + "\n\n" + BODY, encoding="utf-8")
    (tmp_path / f"{name}.txt").write_text(name + "\n\n" + BODY + " (2)", encoding="utf-8")
    ids = read_corpus(tmp_path).documents["doc_id"].tolist()
    assert len(ids) == 2 and sum(i.endswith("~2") for i in ids) == 1
    assert len({unicodedata.normalize("NFC", i) for i in ids}) == 2


def test_a_lone_nfd_name_keeps_its_id_as_it_is(tmp_path):
    nfd = unicodedata.normalize("NFD", "آخر الأخبار")
    (tmp_path / f"{nfd}.txt").write_text("خبر\n\n" + BODY, encoding="utf-8")
    assert read_corpus(tmp_path).documents["doc_id"].tolist() == [nfd]
    assert id_key("plain/ascii") == "plain/ascii"


def test_the_partition_engine_counts_nfc_twins_as_one_id():
    name = "آخر الأخبار"
    assert SeenIds.key(unicodedata.normalize("NFD", name)) == SeenIds.key(name)
    assert SeenIds.key("a") != SeenIds.key("b")


def test_a_feed_dated_with_arabic_month_names_is_dated(tmp_path):
    items = [("الثلاثاء، 01 أكتوبر 2024 - 10:00", "2024-10-01"), ("Wed, 02 Oct 2024 08:00:00 +0300", "2024-10-02"),
             ("قريبا", "NaT")]
    (tmp_path / "feed.xml").write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>الرأي</title>'
        + "".join(f"<item><title>{HEAD} {i}</title><description>{BODY}</description><pubDate>{d}</pubDate></item>"
                  for i, (d, _) in enumerate(items)) + "</channel></rss>", encoding="utf-8")
    corpus = read_corpus(tmp_path)
    assert [str(d)[:10] for d in corpus.documents["published"]] == [day for _, day in items]


def test_a_zip_bomb_member_is_refused_by_its_ratio_before_it_is_unpacked(tmp_path):
    (tmp_path / "other.txt").write_text(HEAD + "\n\n" + BODY, encoding="utf-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        with z.open("zeros.txt", "w") as fh:
            for _ in range(20):
                fh.write(b"\x00" * 2**20)
        z.writestr("news.txt", HEAD + "\n\n" + BODY + "\n" + "نص عادي " * 3000)  # text packs, but not 200 to 1
    (tmp_path / "outer.zip").write_bytes(_zip({"inner.zip": buf.getvalue()}))
    corpus = read_corpus(tmp_path)
    row = corpus.manifest.set_index("path").loc[str(tmp_path / "outer.zip")]
    assert "zeros.txt: unpacks" in row["warnings"] and "a ZIP bomb or filler" in row["warnings"]
    assert "outer/inner/news" in corpus.documents["doc_id"].tolist()


# --- a large Windows-1256 table is streamed in its code page ----------------------------------------------------

def test_a_large_windows_1256_table_is_streamed_and_every_piece_is_read_in_its_code_page(tmp_path):
    text = "العنوان;النص;التاريخ\r\n" + "".join(f"{HEAD} {i};{BODY} «{i}»;0{i % 9 + 1}/03/2024\r\n" for i in range(300))
    (tmp_path / "big.csv").write_bytes(text.encode("cp1256"))
    from marsad.readers.chunks import streamable
    from marsad.readers.corpus import read_file
    assert streamable(tmp_path / "big.csv", chunk_bytes=8_000)  # read whole before: 1 GB for a 32 MB file
    whole_row, whole = read_file(tmp_path / "big.csv", tmp_path)
    pieces = list(iter_chunks(tmp_path / "big.csv", tmp_path, chunk_bytes=8_000))
    got = [record for records, _ in pieces for record in records]
    assert len(pieces) > 5 and len(got) == 300 and pieces[-1][1]["encoding"] == "cp1256"
    assert [(d["doc_id"], d["title"], d["published"], s) for d, s in got] == [
        (d["doc_id"], d["title"], d["published"], s) for d, s in whole]
    assert got[-1][0]["title"] == f"{HEAD} 299"


def test_utf16_tables_are_still_read_whole(tmp_path):
    (tmp_path / "big.csv").write_bytes(("title,text\n" + f"{HEAD},{BODY}\n" * 300).encode("utf-16"))
    from marsad.readers.chunks import streamable
    assert not streamable(tmp_path / "big.csv", chunk_bytes=8_000)
