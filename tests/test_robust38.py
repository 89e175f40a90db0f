"""What a real user brings (session 38): tables saved another way, office files, packed and cut archives, texts
without letters, pages that hide their article. Each test composes its input and has a counter-example: what must
still be read as before (a comma CSV with semicolons in its text, a page with a body and an ad frame), or still
refused (a binary, an archive with no whole member).
"""
import gzip
import io
import json
import zipfile

import pytest

from marsad.readers.chunks import iter_chunks
from marsad.readers.corpus import read_corpus
from marsad.readers.decode import DecodeError, decode
from marsad.readers.html import parse_html_page
from marsad.readers.tables import csv_layout
from marsad.readers.values import has_letters

HEAD = "السعودية تستضيف قمة عربية في الرياض"
BODY = "أعلنت المملكة العربية السعودية أنها ستستضيف قمة عربية طارئة لبحث الأوضاع في غزة ولبنان."


def _read(tmp_path, name, data):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    corpus = read_corpus(tmp_path)
    row = corpus.manifest.set_index("path").loc[str(path)]
    return corpus, row


def _with_page(tmp_path):
    """A readable page beside the file under test (a corpus with no document at all raises)."""
    (tmp_path / "other.txt").write_text("خبر آخر\n\n" + BODY, encoding="utf-8")


# --- CSV separators and column names ---------------------------------------------------------------------------

@pytest.mark.parametrize("sep,name", [(";", "semicolons"), ("\t", "tabs"), ("|", "bars (|)")])
def test_a_csv_with_another_separator_is_read_with_it(tmp_path, sep, name):
    corpus, row = _read(tmp_path, "t.csv", f"title{sep}text{sep}date\n{HEAD}{sep}{BODY}, قال{sep}2024-05-03\n")
    assert row["status"] == "parsed" and row["documents"] == 1 and f"separated by {name}" in row["reason"]
    assert corpus.documents["title"].tolist() == [HEAD] and corpus.documents["published"].notna().all()


def test_a_comma_csv_with_semicolons_in_its_text_stays_a_comma_csv(tmp_path):
    corpus, row = _read(tmp_path, "t.csv", f"title,text\n\"{HEAD}; ثم\",\"{BODY}; وقال\"\n")
    assert row["documents"] == 1 and "separated" not in row["reason"]
    assert corpus.documents["title"].tolist() == [HEAD + "; ثم"]


def test_an_excel_sep_line_and_windows_1256_semicolon_csv(tmp_path):
    data = f"sep=;\r\nالعنوان;النص;التاريخ\r\n{HEAD};{BODY};2024-05-06\r\n".encode("cp1256")
    corpus, row = _read(tmp_path, "excel.csv", data)
    assert row["status"] == "parsed" and row["documents"] == 1
    assert corpus.documents["title"].tolist() == [HEAD]
    assert csv_layout("sep=;\ntitle;text\n") == (";", True)
    assert csv_layout("title,text\n", ".tsv") == ("\t", False)  # a .tsv stays tab-separated
    assert csv_layout("text\nخبر; وقال\n") == (",", False)      # a separator only in the rows does not count


@pytest.mark.parametrize("header", ["العنوان,النص", "title ,text ", "Headline,Body", "\ufefftitle,text"])
def test_text_columns_under_other_names(tmp_path, header):
    corpus, row = _read(tmp_path, "t.csv", f"{header}\n{HEAD},{BODY}\n")
    assert row["documents"] == 1 and corpus.documents["title"].tolist() == [HEAD]


def test_a_table_with_no_text_column_is_still_refused_with_its_columns(tmp_path):
    _with_page(tmp_path)
    _, row = _read(tmp_path, "t.csv", "الاسم,العمر\nأحمد,3\n")  # an Arabic article alone makes no alias
    assert row["status"] == "skipped" and "no title or text column (columns: الاسم, العمر)" in row["reason"]


def test_a_streamed_semicolon_csv_reads_every_row_with_its_line(tmp_path):
    rows = "".join(f"{HEAD} {i};{BODY}\r\n" for i in range(400))
    path = tmp_path / "big.csv"
    path.write_text("sep=;\r\ntitle;text\r\n" + rows + f"خبر أخير;{BODY}\r\n", encoding="utf-8")
    docs, row = [], None
    for records, r in iter_chunks(path, tmp_path, chunk_bytes=8_000):
        docs.extend(records)
        row = r or row
    assert len(docs) == 401 and row["status"] == "parsed"
    assert docs[0][0]["doc_id"] == "big#1" and docs[400][0]["doc_id"] == "big#401"


# --- JSON: nested fields, records under another key -----------------------------------------------------------

def test_json_fields_holding_objects_are_read_by_their_first_part(tmp_path):
    data = [{"title": {"en": "Summit", "ar": HEAD}, "text": {"ar": BODY}},
            {"headline": HEAD + " ٢", "text": {"lang": "ar", "body": BODY}}]
    corpus, row = _read(tmp_path, "n.json", json.dumps(data, ensure_ascii=False))
    assert row["documents"] == 2
    assert corpus.documents["title"].tolist() == [HEAD, HEAD + " ٢"]
    assert set(corpus.segments.query("section == 'paragraph'")["text"]) == {BODY}


def test_records_under_a_news_api_key_are_read(tmp_path):
    data = {"status": "ok", "totalResults": 1, "articles": [
        {"source": {"id": None, "name": "العربية"}, "title": HEAD, "description": BODY, "content": None,
         "publishedAt": "2024-05-07T10:00:00Z"}]}
    corpus, row = _read(tmp_path, "api.json", json.dumps(data, ensure_ascii=False))
    assert row["documents"] == 1 and "'articles' list" in row["reason"]
    doc = corpus.documents.iloc[0]
    assert doc["source"] == "العربية" and str(doc["published"].date()) == "2024-05-07"
    assert corpus.segments.query("section == 'paragraph'")["text"].tolist() == [BODY]


def test_one_json_object_with_two_record_lists_and_no_known_key_is_one_record(tmp_path):
    _with_page(tmp_path)
    data = {"title": HEAD, "text": BODY, "tags": [{"x": 1}], "links": [{"y": 2}]}
    corpus, row = _read(tmp_path, "one.json", json.dumps(data, ensure_ascii=False))
    assert row["documents"] == 1 and corpus.documents[corpus.documents["path"].str.endswith("one.json")]["title"].tolist() == [HEAD]


# --- no letters: no text --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["\u064e\u064f\u0650\u0651" * 50, "\u0640" * 300, "\u200b\u200c\u200d\ufeff" * 50,
                                  " \u064e \n\u0640\u0640 \u200b\n123 456 ...!"])
def test_a_text_of_no_letter_is_skipped_as_no_text(tmp_path, text):
    _with_page(tmp_path)
    corpus, row = _read(tmp_path, "marks.txt", text)
    assert row["status"] == "skipped" and row["reason"].startswith("no text: not one letter")
    assert not corpus.documents["path"].str.endswith("marks.txt").any()


def test_one_letter_among_marks_is_text_and_letterless_rows_are_counted(tmp_path):
    _, row = _read(tmp_path, "one.txt", "\u0640" * 30 + " مصر " + "\u064e" * 30)
    assert row["status"] == "parsed"
    assert has_letters("Egypt") and has_letters("مصر") and not has_letters("\u0640\u064e ١٢٣ 123 ...")
    _, row = _read(tmp_path, "t.csv", f"title,text\n...,!!!\n{HEAD},{BODY}\n")
    assert row["documents"] == 1 and "1 rows with no letter" in row["reason"]


# --- unsupported files say what they are ----------------------------------------------------------------------

@pytest.mark.parametrize("name,data,said", [
    ("clip.mp4", b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 10, "video or audio"),
    ("song.mp3", b"ID3\x03\x00" + bytes(range(256)) * 10, "audio file (MP3)"),
    ("memo.rtf", rb"{\rtf1\ansi\ansicpg1256 \'e3\'d5\'d1 \par }", "Rich Text (RTF)"),
    ("voice.amr", b"#!AMR\n" + bytes(range(256)) * 10, "audio file, by its extension '.amr'"),
])
def test_an_unsupported_file_is_skipped_naming_its_format(tmp_path, name, data, said):
    _with_page(tmp_path)
    _, row = _read(tmp_path, name, data)
    assert row["status"] == "skipped" and said in row["reason"]


def test_a_binary_with_an_unknown_extension_is_still_just_binary():
    with pytest.raises(DecodeError, match=r"^binary file \(NUL bytes\)$"):
        decode(bytes(range(256)) * 10, name="blob.qqq")
    assert decode("BMW و ID3 في خبر".encode(), name="x.txt").text.startswith("BMW")  # text is not a magic number


def test_a_gzip_of_a_binary_says_it_was_gzip_packed(tmp_path):
    _with_page(tmp_path)
    _, row = _read(tmp_path, "plain.gz", gzip.compress(b"\x00\x01\x02binary" * 100))
    assert row["status"] == "skipped" and row["reason"] == "gzip-compressed file: binary file (NUL bytes)"
    _, row = _read(tmp_path, "cut.txt.gz", b"\x1f\x8b\x08\x00" + b"\x00" * 6 + b"\xff" * 4)
    assert row["reason"].startswith("corrupt gzip file")  # already says gzip: not said twice


# --- a ZIP cut short ------------------------------------------------------------------------------------------

def _zip(members: dict, compression=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        for name, text in members.items():
            z.writestr(name, text)
    return buf.getvalue()


@pytest.mark.parametrize("compression", [zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED])
def test_a_cut_zip_keeps_the_members_before_the_cut(tmp_path, compression):
    members = {f"m{i}.txt": f"{HEAD} {i}\n\n{BODY}\n" + "ك" * (3000 + 500 * i) for i in range(5)}
    data = _zip(members, compression)
    m3, m4 = data.index(b"m3.txt"), data.index(b"m4.txt")
    cut = data[: (m3 + m4) // 2]  # inside the fourth member's data
    corpus, row = _read(tmp_path, "cut.zip", cut)
    assert row["status"] == "parsed" and row["documents"] == 3
    assert "no central directory" in row["warnings"] and "m3.txt: cut off" in row["warnings"]
    assert sorted(corpus.documents["doc_id"]) == ["cut/m0", "cut/m1", "cut/m2"]


def test_a_zip_with_no_whole_member_is_still_corrupt(tmp_path):
    _with_page(tmp_path)
    data = _zip({"m.txt": HEAD + "\n\n" + BODY * 50})
    _, row = _read(tmp_path, "cut.zip", data[:60])
    assert row["status"] == "skipped" and row["reason"].startswith("corrupt ZIP archive")


def test_a_cut_word_file_is_not_read_as_its_xml_parts(tmp_path):
    _with_page(tmp_path)
    data = _zip({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" + " " * 5000, "z.xml": "x" * 9000})
    _, row = _read(tmp_path, "letter.docx", data[: data.index(b"z.xml") + 40])
    assert row["status"] == "skipped" and row["reason"].startswith("cut-off Word/Office file")


# --- pages that hide their article ----------------------------------------------------------------------------

def test_an_article_in_an_iframe_srcdoc_is_read_as_text_and_its_script_dropped():
    inner = f"<h1>{HEAD}</h1><p>{BODY}</p><script>alert(1)</script><p>&lt;b&gt;نص&lt;/b&gt;</p>"
    page = parse_html_page(f'<html><body><iframe srcdoc="{inner.replace("&", "&amp;").replace(chr(34), "&quot;").replace("<", "&lt;")}"></iframe></body></html>')
    assert page.title == HEAD
    assert [s["text"] for s in page.segments] == [HEAD, BODY, "<b>نص</b>"]
    assert "iframe srcdoc" in page.warnings[0]


def test_a_page_with_a_body_keeps_its_ad_frame_out():
    page = parse_html_page(f'<html><body><h1>{HEAD}</h1><p>{BODY}</p><iframe srcdoc="&lt;p&gt;إعلان مدفوع&lt;/p&gt;"></iframe></body></html>')
    assert [s["text"] for s in page.segments] == [HEAD, BODY] and not any("srcdoc" in w for w in page.warnings)


def test_an_mhtml_page_is_read_from_its_html_part(tmp_path):
    mhtml = ("From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n"
             "--b\r\nContent-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
             "<html><body><h1>=D8=B9=D8=A7=D8=AC=D9=84</h1><p>" + BODY.encode().hex("=").upper().join(["=", ""])
             + "</p></body></html>\r\n--b--\r\n")
    corpus, row = _read(tmp_path, "saved.mhtml", mhtml)
    assert row["status"] == "parsed" and row["format"] == "mhtml" and "unknown extension" not in row["reason"]
    assert corpus.documents["title"].tolist() == ["عاجل"]
    assert corpus.segments.query("section == 'paragraph'")["text"].tolist() == [BODY]


def test_an_archive_of_nothing_readable_says_why_in_its_reason(tmp_path):
    _with_page(tmp_path)
    inner = _zip({"core.txt": HEAD + "\n\n" + BODY})
    for level in range(5):  # an archive in an archive in ...: one level opened (robust39), the next listed
        inner = _zip({f"level{level}.zip": inner})
    _, row = _read(tmp_path, "nested.zip", inner)
    assert row["status"] == "skipped"
    assert row["reason"] == ("ZIP archive: 0 of 1 members read (level4.zip: ZIP archive: 0 of 1 members read (level3.zip: "
                             "an archive two levels down (one level of archives inside archives is opened); unpack it to "
                             "read it))")
    _, row = _read(tmp_path, "mixed.zip", _zip({"a.zip": inner, "b.txt": HEAD + "\n\n" + BODY}))
    assert row["status"] == "parsed" and row["reason"] == "ZIP archive: 1 of 2 members read (1 page)"  # no "why" once read


class _Pipe(io.RawIOBase):
    """A stream that cannot seek (a ZIP written to it puts sizes and CRC after each member: flag bit 3)."""

    def __init__(self):
        self.buf = io.BytesIO()

    def writable(self):
        return True

    def write(self, b):
        return self.buf.write(b)

    def tell(self):
        raise OSError("not seekable")


def test_a_cut_zip_written_as_a_stream_keeps_its_whole_members(tmp_path):
    pipe = _Pipe()
    with zipfile.ZipFile(pipe, "w", zipfile.ZIP_DEFLATED) as z:
        for i in range(4):
            z.writestr(f"s{i}.txt", f"{HEAD} {i}\n\n{BODY}\n" + "".join(chr(0x627 + (k * 7 + i) % 30) for k in range(4000)))
    data = pipe.buf.getvalue()
    assert data[6] & 0x08  # the members carry data descriptors
    s2, s3 = data.index(b"s2.txt"), data.index(b"s3.txt")
    corpus, row = _read(tmp_path, "stream.zip", data[: (s2 + s3) // 2])
    assert row["documents"] == 2 and "s2.txt: cut off" in row["warnings"]
    assert sorted(corpus.documents["doc_id"]) == ["stream/s0", "stream/s1"]


def test_a_mime_file_without_html_is_read_from_its_text_part(tmp_path):
    eml = ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
           "Content-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           + __import__("base64").b64encode(f"{HEAD}\n\n{BODY}\n".encode()).decode() + "\r\n--b--\r\n")
    corpus, row = _read(tmp_path, "saved.mht", eml)
    assert row["status"] == "parsed" and corpus.documents["title"].tolist() == [HEAD]


# --- more shapes of a table (session 38, second pass) ---------------------------------------------------------

def test_a_title_above_the_header_row_is_skipped(tmp_path):
    corpus, row = _read(tmp_path, "report.csv", f"تقرير الأخبار الأسبوعي\n\nالعنوان;النص\n{HEAD};{BODY}\n")
    assert row["documents"] == 1 and "1 row(s) above the header row" in row["reason"]
    assert corpus.documents["title"].tolist() == [HEAD] and corpus.documents["doc_id"].tolist() == ["report#1"]
    _, row = _read(tmp_path, "plain.csv", f"title,text\n{HEAD},{BODY}\n")
    assert "above the header" not in row["reason"]  # a header on the first row: nothing skipped


def test_a_streamed_csv_with_a_title_above_its_header_reads_every_row(tmp_path):
    path = tmp_path / "big.csv"
    path.write_text("تقرير,,\n,,\ntitle,text,date\n" + "".join(f"{HEAD} {i},{BODY},2024-01-02\n" for i in range(300))
                    + f"{HEAD},{BODY},2024-02-31\n", encoding="utf-8")
    docs, row = [], None
    for records, r in iter_chunks(path, tmp_path, chunk_bytes=6_000):
        docs.extend(records)
        row = r or row
    assert len(docs) == 301 and docs[-1][0]["doc_id"] == "big#301"
    assert "line 304: " in row["warnings"]  # the impossible date, at its line in the file


def test_json_lines_in_a_json_file_and_records_keyed_by_id(tmp_path):
    lines = "".join(json.dumps({"title": f"{HEAD} {i}", "text": BODY}, ensure_ascii=False) + "\n" for i in range(3))
    corpus, row = _read(tmp_path, "dump.json", lines)
    assert row["documents"] == 3 and row["format"] == "jsonl" and "JSON Lines" in row["reason"]
    keyed = {"a1": {"title": HEAD, "text": BODY}, "a2": {"title": HEAD + " ٢", "text": BODY, "id": "x"}}
    corpus, row = _read(tmp_path, "keyed.json", json.dumps(keyed, ensure_ascii=False))
    assert row["documents"] == 2 and sorted(corpus.documents.query("path.str.endswith('keyed.json')")["doc_id"]) == ["a1", "x"]
    _, row = _read(tmp_path, "broken.json", '{"title": "' + HEAD + '", "text": ')
    assert row["status"] == "skipped" and row["reason"].startswith("not valid JSON")  # cut JSON is still refused
