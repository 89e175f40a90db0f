"""Packed corpora: gzip/bzip2/xz files and ZIP archives are read as the files inside them, in place."""
import bz2
import gzip
import json
import lzma
import zipfile

import pandas as pd
import pytest

from marsad.engine.partitions import iter_partition
from marsad.readers.archive import unpack
from marsad.readers.corpus import read_corpus, read_file
from marsad.readers.decode import DecodeError

PAGE = "موسكو تستقبل وفدا فيتناميا\n\nوصل وفد من هانوي إلى موسكو اليوم لبحث التعاون بين روسيا وفيتنام.\n"

def _jsonl(n: int) -> bytes:
    rows = [{"title": f"خبر رقم {i}", "text": f"وقعت روسيا وكوريا الشمالية اتفاقا رقم {i} في بيونغ يانغ يوم {i % 28 + 1} مايو."}
            for i in range(1, n + 1)]
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


JSONL = _jsonl(40)


def _zip(path, members: dict[str, bytes], *, encrypted: set[str] = frozenset()):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    data = bytearray(path.read_bytes())
    for name in encrypted:  # zipfile cannot encrypt: set the "encrypted" flag in both headers, as zip -e does
        for signature, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            at = data.find(signature + b"", 0)
            while at >= 0:
                name_at = at + (30 if signature == b"PK\x03\x04" else 46)
                if data[name_at:name_at + len(name)] == name.encode():
                    data[at + flag_at] |= 0x1
                at = data.find(signature, at + 4)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("suffix, pack", [(".gz", gzip.compress), (".bz2", bz2.compress), (".xz", lzma.compress)])
def test_a_packed_file_is_read_as_the_file_it_was(tmp_path, suffix, pack):
    (tmp_path / f"page.txt{suffix}").write_bytes(pack(PAGE.encode("utf-8")))
    (tmp_path / f"news.jsonl{suffix}").write_bytes(pack(JSONL))
    corpus = read_corpus(tmp_path)
    docs, manifest = corpus.documents, corpus.manifest.set_index("path")
    row = manifest.loc[str(tmp_path / f"news.jsonl{suffix}")]
    assert row.status == "parsed" and row.format == "jsonl" and row.documents == 40
    assert row.bytes == (tmp_path / f"news.jsonl{suffix}").stat().st_size  # the bytes on disk
    assert "compressed" in row.reason
    # ids drop both suffixes, as for the unpacked files
    assert "news#1" in set(docs["doc_id"]) and "page" in set(docs["doc_id"])
    assert "وصل وفد من هانوي" in " ".join(corpus.segments["text"])


def test_a_packed_file_is_recognised_by_its_bytes_not_its_name(tmp_path):
    (tmp_path / "page.txt").write_bytes(gzip.compress(PAGE.encode("utf-8")))
    row = read_corpus(tmp_path).manifest.iloc[0]
    assert row.status == "parsed" and "gzip-compressed" in row.reason


def test_a_packed_file_cut_short_keeps_the_text_before_the_cut(tmp_path):
    packed = gzip.compress((PAGE * 200).encode("utf-8"))
    (tmp_path / "cut.txt.gz").write_bytes(packed[: len(packed) // 2])
    corpus = read_corpus(tmp_path)
    row = corpus.manifest.iloc[0]
    assert row.status == "parsed"
    assert "breaks off" in row.warnings
    assert "وصل وفد من هانوي" in " ".join(corpus.segments["text"])


def test_several_streams_are_read_like_zcat(tmp_path):
    data, warnings = unpack(gzip.compress(b"one ") + gzip.compress(b"two") + b"\0\0", limit=100)
    assert (data, warnings) == (b"one two", [])
    data, warnings = unpack(gzip.compress(b"one") + b"trailing junk", limit=100)
    assert data == b"one" and "after the end of the gzip stream ignored" in warnings[0]


def test_a_corrupt_or_oversized_packed_file_is_skipped_with_its_reason(tmp_path):
    (tmp_path / "bad.txt.gz").write_bytes(b"\x1f\x8b\x08garbage")
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"\xd8\xa7" * 600_000))
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    rows = {p.name: read_file(p, tmp_path, max_bytes=1_000_000)[0] for p in tmp_path.iterdir()}
    assert rows["bad.txt.gz"]["status"] == "skipped" and rows["bad.txt.gz"]["reason"].startswith("corrupt gzip file")
    assert rows["bomb.txt.gz"]["status"] == "skipped" and "limit (max_bytes)" in rows["bomb.txt.gz"]["reason"]
    assert rows["page.txt"]["status"] == "parsed"  # one bad file costs only itself
    with pytest.raises(DecodeError, match="limit"):
        unpack(gzip.compress(b"x" * 5000), limit=4096)


def test_a_zip_archive_is_a_folder_and_every_member_is_accounted_for(tmp_path):
    _zip(tmp_path / "scrape.zip", {
        "2024/page.txt": PAGE.encode("utf-8"),
        "2024/news.jsonl.gz": gzip.compress(JSONL),
        "2024/feed.csv": "title,text\nعنوان,نص عن روسيا وفيتنام\n".encode("utf-8"),
        "README.md": b"# about this scrape",
        "logo.png": b"\x89PNG\r\n\x1a\n....",
        "__MACOSX/2024/._page.txt": b"\x00\x05\x16\x07",
        "inner.zip": b"PK\x03\x04rest",
        "secret.txt": PAGE.encode("utf-8"),
        "<script>alert(1)</script>.txt": (PAGE + "\n").encode("utf-8"),  # (not the same bytes as page.txt: robust42)
    }, encrypted={"secret.txt"})
    corpus = read_corpus(tmp_path)
    row = corpus.manifest.iloc[0]
    assert row.status == "parsed" and row.format == "zip"
    assert row.documents == 1 + 40 + 1 + 1
    assert "ZIP archive: 4 of 9 members read" in row.reason
    for member, reason in [("README.md", "documentation file"), ("logo.png", "binary file (PNG image)"),
                           ("__MACOSX/2024/._page.txt", "macOS metadata"), ("inner.zip", "corrupt ZIP archive"),
                           ("secret.txt", "encrypted member")]:
        assert f"{member}: {reason}" in row.warnings
    docs = corpus.documents.set_index("doc_id")
    assert {"scrape/2024/page", "scrape/2024/news#1", "scrape/2024/feed#1"} <= set(docs.index)
    assert docs.loc["scrape/2024/page", "path"] == str(tmp_path / "scrape.zip" / "2024" / "page.txt")
    assert docs.loc["scrape/2024/news#40", "format"] == "jsonl"


def test_a_zip_archive_past_the_limit_lists_the_members_it_did_not_read(tmp_path):
    _zip(tmp_path / "big.zip", {f"{i}.txt": (PAGE * 30).encode("utf-8") for i in range(5)})
    row, records = read_file(tmp_path / "big.zip", tmp_path, max_bytes=25_000)
    assert row["status"] == "parsed" and 0 < len(records) < 5
    assert "limit (max_bytes) here; not read" in row["warnings"]
    assert f"{len(records)} of 5 members read" in row["reason"]


def test_a_broken_zip_is_skipped_with_its_reason(tmp_path):
    (tmp_path / "broken.zip").write_bytes(b"PK\x03\x04" + b"\0" * 50)
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    manifest = read_corpus(tmp_path).manifest.set_index("path")
    assert manifest.loc[str(tmp_path / "broken.zip"), "status"] == "skipped"
    assert "corrupt ZIP archive" in manifest.loc[str(tmp_path / "broken.zip"), "reason"]


def test_a_large_packed_table_is_streamed_like_the_unpacked_one(tmp_path):
    rows = _jsonl(2000)  # about 300 KB unpacked
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "news.jsonl").write_bytes(rows)
    (tmp_path / "b" / "news.jsonl.gz").write_bytes(gzip.compress(rows, compresslevel=1))

    def read(folder):
        files = sorted(folder.iterdir())
        chunks = [c for c, _ in iter_partition(files, folder, chunk_bytes=20_000)]
        return chunks, chunks[-1].manifest.iloc[-1]

    plain, plain_row = read(tmp_path / "a")
    packed, packed_row = read(tmp_path / "b")
    assert len(packed) == len(plain) > 3  # streamed in pieces, not read whole
    assert "gzip-compressed, unpacked as it is read" in packed_row.reason and "streamed" in packed_row.reason
    ids = [d for c in packed for d in c.documents["doc_id"]]
    assert ids == [d for c in plain for d in c.documents["doc_id"]] and len(ids) == 2000


def test_a_streamed_packed_table_cut_short_keeps_the_records_before_the_cut(tmp_path):
    packed = gzip.compress(_jsonl(2000), compresslevel=1)
    (tmp_path / "news.jsonl.gz").write_bytes(packed[: int(len(packed) * 0.7)])
    chunks = [c for c, _ in iter_partition([tmp_path / "news.jsonl.gz"], tmp_path, chunk_bytes=8_000)]
    row = chunks[-1].manifest.iloc[-1]
    documents = sum(len(c.documents) for c in chunks)
    assert row.status == "parsed" and row.documents == documents and 0 < documents < 2000
    assert "breaks off" in row.reason


# ------------------------------------------------------------------------------------------- Word files

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _para(text: str, style: str = "") -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    runs = "".join(f"<w:r><w:t xml:space=\"preserve\">{part}</w:t></w:r>" for part in text.split("|"))
    return f"<w:p>{ppr}{runs}</w:p>"


def _docx(path, body: str, *, title: str | None = None, extra: dict[str, bytes] | None = None):
    members = {
        "[Content_Types].xml": b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:document {_W}><w:body>{body}</w:body></w:document>'.encode(),
        **(extra or {}),
    }
    if title is not None:
        members["docProps/core.xml"] = (
            '<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            f'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{title}</dc:title></cp:coreProperties>').encode()
    _zip(path, members)


def test_a_word_file_is_one_document_with_its_title_headings_and_paragraphs(tmp_path):
    body = (_para("بوتين يصل إلى بيونغ يانغ", "Title") + _para("الخلفية", "Heading1")
            + _para("وصل الرئيس |الروسي إلى بيونغ يانغ.") + _para("")
            + "<w:tbl><w:tr><w:tc>" + _para("وقّع البلدان معاهدة شراكة.") + "</w:tc></w:tr></w:tbl>"
            + _para("&lt;script&gt;alert(1)&lt;/script&gt; نص"))
    _docx(tmp_path / "release.docx", body)
    corpus = read_corpus(tmp_path)
    row, doc = corpus.manifest.iloc[0], corpus.documents.iloc[0]
    assert row.status == "parsed" and row.format == "docx" and "no publication date" in row.reason
    assert doc.doc_id == "release" and doc.title == "بوتين يصل إلى بيونغ يانغ" and pd.isna(doc.published)
    segs = corpus.segments
    assert list(segs["section"]) == ["title", "subheading", "paragraph", "paragraph", "paragraph"]
    assert segs["text"].iloc[2] == "وصل الرئيس الروسي إلى بيونغ يانغ."  # runs joined
    assert segs["text"].iloc[4] == "<script>alert(1)</script> نص"  # text, as data


def test_a_word_file_title_property_and_a_word_file_inside_a_zip(tmp_path):
    inner = tmp_path / "inner.docx"
    _docx(inner, _para("نص البيان الصحفي عن فيتنام وروسيا."), title="بيان صحفي")
    _zip(tmp_path / "press.zip", {"2024/statement.docx": inner.read_bytes(), "sheet.xlsx": b"PK\x03\x04"})
    inner.unlink()
    corpus = read_corpus(tmp_path)
    doc = corpus.documents.iloc[0]
    assert doc.doc_id == "press/2024/statement" and doc.title == "بيان صحفي" and doc.format == "docx"
    assert list(corpus.segments["section"]) == ["title", "paragraph"]
    assert "1 of 2 members read (1 docx)" in corpus.manifest.iloc[0].reason


def test_spreadsheets_old_office_files_and_broken_word_files_are_skipped_with_what_to_do(tmp_path):
    _zip(tmp_path / "figures.xlsx", {"xl/workbook.xml": b"<workbook/>"})
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    _zip(tmp_path / "broken.docx", {"word/document.xml": b"<w:document"})
    (tmp_path / "fake.docx").write_text("ليس ملف وورد", encoding="utf-8")
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    reasons = read_corpus(tmp_path).manifest.set_index("path")["reason"]
    # (robust46) a workbook is read as tables; one without a sheet of news says so
    assert reasons[str(tmp_path / "figures.xlsx")].startswith("spreadsheet (XLSX) without a sheet whose first row names")
    assert "Office 97-2003 file" in reasons[str(tmp_path / "old.doc")]
    assert reasons[str(tmp_path / "broken.docx")].startswith("broken DOCX file")
    assert reasons[str(tmp_path / "fake.docx")].startswith("named .docx, but not a ZIP package")  # review47: says what it is


def test_an_entity_bomb_in_a_word_file_is_refused(tmp_path):
    bomb = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            f'<w:document {_W}><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>')
    _zip(tmp_path / "bomb.docx", {"word/document.xml": bomb.encode()})
    row, records = read_file(tmp_path / "bomb.docx", tmp_path)
    assert row["status"] == "skipped" and "XML refused" in row["reason"] and not records


def test_an_opendocument_text_is_read_like_a_word_file(tmp_path):
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
    content = (f'<?xml version="1.0"?><office:document-content {ns}><office:body><office:text>'
               '<text:h>موسكو وهانوي</text:h><text:p>وقعت روسيا وفيتنام <text:span>اتفاقا</text:span> للتعاون.</text:p>'
               '</office:text></office:body></office:document-content>')
    _zip(tmp_path / "note.odt", {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": content.encode()})
    corpus = read_corpus(tmp_path)
    assert corpus.documents.iloc[0].format == "odt" and corpus.documents.iloc[0].title == "موسكو وهانوي"
    assert list(corpus.segments["text"]) == ["موسكو وهانوي", "وقعت روسيا وفيتنام اتفاقا للتعاون."]


def test_member_names_that_climb_out_of_the_archive_stay_inside_it(tmp_path):
    _zip(tmp_path / "evil.zip", {"../../etc/news.txt": PAGE.encode("utf-8"), "/abs/./x.txt": (PAGE + "\n").encode("utf-8")})
    docs = read_corpus(tmp_path).documents
    assert sorted(docs["doc_id"]) == ["evil/abs/x", "evil/etc/news"]
    assert all(path.startswith(str(tmp_path / "evil.zip") + "/") and ".." not in path for path in docs["path"])


def test_a_large_zip_archive_is_read_in_pieces_of_whole_members(tmp_path):
    members = {f"2024/{i:03}.jsonl": _jsonl(60) + b"\n" * i for i in range(12)}  # about 9 KB each, not the same bytes
    members["README.md"] = b"# notes"
    _zip(tmp_path / "dump.zip", members)
    whole = read_corpus(tmp_path)
    chunks = [c for c, _ in iter_partition([tmp_path / "dump.zip"], tmp_path, chunk_bytes=20_000)]
    assert len(chunks) > 3  # pieces, not the whole archive at once
    ids = [d for c in chunks for d in c.documents["doc_id"]]
    assert ids == list(whole.documents["doc_id"]) and len(ids) == 12 * 60
    streamed = chunks[-1].manifest.iloc[-1]
    read_whole = whole.manifest.iloc[0]
    for column in ("status", "format", "documents", "reason", "warnings", "bytes"):
        assert streamed[column] == read_whole[column], column
