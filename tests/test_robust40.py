"""What news desks export (session 40): a page saved "complete" with its ``_files`` folder (on disk and zipped), a
news sitemap, an RSS title written as HTML in CDATA, an archive packed once more (``x.zip.gz``), Unix times in a
date column, a Chrome MHTML page without a charset, Excel's "Unicode Text" (a tab-separated table in a ``.txt``).
Each test composes its input and has a counter-example: what must be read as before.
"""
import gzip
import io
import zipfile

import pytest

from marsad.readers.corpus import read_corpus
from marsad.readers.walk import walk_corpus

from conftest import manifest_rows, write_files

HEAD = "الأردن والسعودية يبحثان التعاون الاقتصادي"
BODY = "بحث العاهل الأردني الملك عبد الله الثاني مع ولي العهد السعودي الأمير محمد بن سلمان سبل تعزيز التعاون."
HEAD2 = "مصر تدين الهجوم على غزة وتدعو إلى وقف إطلاق النار"
PAGE = f"<html><head><meta charset='utf-8'><title>{HEAD}</title></head><body><h1>{HEAD}</h1><p>{BODY}</p></body></html>"


def _zip(members: dict) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


# --- "Save page as, complete": the page and its X_files folder ---------------------------------------------------

def test_a_saved_pages_files_folder_is_one_row_not_a_hundred(tmp_path):
    files = {"c/خبر اليوم.html": PAGE}
    files.update({f"c/خبر اليوم_files/s{i}.js": f"var a{i} = 1;" for i in range(30)})
    files.update({f"c/خبر اليوم_files/i{i}.png": b"\x89PNG\r\n\x1a\n" + bytes([i]) * 40 for i in range(20)})
    files["c/خبر اليوم_files/ad.html"] = "<html><body><p>إعلان ممول عن السيارات</p></body></html>"
    corpus = read_corpus(write_files(tmp_path, files) / "c")
    rows = manifest_rows(corpus)
    assert set(rows) == {"خبر اليوم.html", "خبر اليوم_files"}
    folder = rows["خبر اليوم_files"]
    assert folder.status == "skipped" and "saved page 'خبر اليوم.html' (51 files)" in folder.reason
    assert list(corpus.documents["title"]) == [HEAD]  # the ad frame is no document


def test_a_files_folder_without_its_page_is_walked(tmp_path):
    corpus = read_corpus(write_files(tmp_path, {"c/press_files/a.txt": HEAD + "\n\n" + BODY, "c/other.html": PAGE}) / "c")
    assert manifest_rows(corpus)["press_files/a.txt"].status == "parsed"
    assert not any(e.skip for e in walk_corpus(tmp_path / "c"))


def test_scripts_and_style_sheets_are_not_news(tmp_path):
    corpus = read_corpus(write_files(tmp_path, {"c/app.js": "var title = 'x';\n", "c/site.css": "body{color:red}",
                                           "c/a.txt": HEAD + "\n\n" + BODY}) / "c")
    rows = manifest_rows(corpus)
    assert rows["app.js"].status == "skipped" and "script (JavaScript), not news" in rows["app.js"].reason
    assert rows["site.css"].status == "skipped" and "style sheet" in rows["site.css"].reason
    assert rows["a.txt"].status == "parsed" and len(corpus.documents) == 1


def test_a_zipped_saved_page_lists_its_files_folder_in_one_line(tmp_path):
    members = {"page/خبر.html": PAGE, "page/خبر_files/ad.html": "<html><body><p>إعلان ممول</p></body></html>"}
    members.update({f"page/خبر_files/s{i}.js": f"var a{i}=1;" for i in range(10)})
    members["notes_files/n.txt"] = HEAD2 + "\n\n" + BODY  # no notes.html beside it: read
    corpus = read_corpus(write_files(tmp_path, {"c/page.zip": _zip(members)}) / "c")
    row = manifest_rows(corpus)["page.zip"]
    assert "2 of 13 members read" in row.reason
    assert "page/خبر_files/: the scripts, styles, images and frames of the saved page 'خبر.html' (11 members)" in row.warnings
    assert "s3.js" not in row.warnings
    assert sorted(corpus.documents["title"]) == sorted([HEAD, HEAD2])


# --- sitemaps and feed titles ---------------------------------------------------------------------------------

NEWS_SITEMAP = ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
                + "".join(f"<url><loc>https://n.example/{i}</loc><news:news><news:publication><news:name>اليوم السابع"
                          f"</news:name><news:language>ar</news:language></news:publication><news:publication_date>"
                          f"2024-03-0{i + 1}T23:30:00+02:00</news:publication_date><news:title>{t}</news:title>"
                          f"</news:news></url>" for i, t in enumerate([HEAD, HEAD2]))
                + "<url><loc>https://n.example/about</loc></url></urlset>")


def test_a_news_sitemap_gives_one_headline_per_link(tmp_path):
    corpus = read_corpus(write_files(tmp_path, {"c/news-sitemap.xml": NEWS_SITEMAP}) / "c")
    docs = corpus.documents
    assert list(docs["title"]) == [HEAD, HEAD2] and set(docs["source"]) == {"اليوم السابع"}
    assert list(docs["url"]) == ["https://n.example/0", "https://n.example/1"]
    assert [str(d.date()) for d in docs["published"]] == ["2024-03-01", "2024-03-02"]  # 23:30 +02:00 is 21:30 UTC
    assert "2 of 3 links with a headline" in manifest_rows(corpus)["news-sitemap.xml"].reason
    assert list(corpus.segments["section"]) == ["title", "title"]


@pytest.mark.parametrize("xml, reason", [
    ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://n.example/1'
     '</loc><lastmod>2024-03-01</lastmod></url><url><loc>https://n.example/2</loc></url></urlset>',
     "a sitemap: 2 link(s) without a headline or text"),
    ('<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>'
     'https://n.example/s1.xml</loc></sitemap></sitemapindex>', "a sitemap index: a list of 1 sitemap(s)"),
])
def test_a_sitemap_of_bare_links_is_skipped_with_what_it_is(tmp_path, xml, reason):
    corpus = read_corpus(write_files(tmp_path, {"c/sitemap.xml": xml, "c/a.txt": HEAD + "\n\n" + BODY}) / "c")
    row = manifest_rows(corpus)["sitemap.xml"]
    assert row.status == "skipped" and row.reason.startswith(reason)


def test_another_xml_document_is_still_one_document(tmp_path):
    corpus = read_corpus(write_files(tmp_path, {"c/doc.xml": f"<?xml version='1.0'?><doc><title>{HEAD}</title>"
                                                          f"<url>https://n.example/1</url><text>{BODY}</text></doc>"}) / "c")
    assert list(corpus.documents["title"]) == [HEAD] and len(corpus.documents) == 1


# --- an archive packed once more ------------------------------------------------------------------------------

def test_a_gzipped_zip_is_read_as_the_archive(tmp_path):
    data = gzip.compress(_zip({"a.txt": HEAD + "\n\n" + BODY, "b.txt": HEAD2 + "\n\n" + BODY}))
    corpus = read_corpus(write_files(tmp_path, {"c/export.zip.gz": data}) / "c")
    row = manifest_rows(corpus)["export.zip.gz"]
    assert row.status == "parsed" and row.format == "zip" and "2 of 2 members read" in row.reason
    assert "gzip-compressed" in row.reason
    assert sorted(corpus.documents["doc_id"]) == ["export/a", "export/b"]


def test_a_bomb_inside_a_gzipped_zip_is_refused_as_in_a_zip(tmp_path):
    data = gzip.compress(_zip({"a.txt": HEAD + "\n\n" + BODY, "zeros.txt": b"\0" * (20 * 2**20)}))
    corpus = read_corpus(write_files(tmp_path, {"c/export.zip.gz": data}) / "c")
    row = manifest_rows(corpus)["export.zip.gz"]
    assert "1 of 2 members read" in row.reason and "a ZIP bomb or filler" in row.warnings


def test_a_gzipped_text_is_still_one_page(tmp_path):
    corpus = read_corpus(write_files(tmp_path, {"c/a.txt.gz": gzip.compress((HEAD + "\n\n" + BODY).encode())}) / "c")
    assert corpus.manifest.iloc[0]["format"] == "page" and list(corpus.documents["doc_id"]) == ["a"]


# --- Unix times in a date column ------------------------------------------------------------------------------

def _table(tmp_path, dates):
    rows = "".join(f"{HEAD} {i},{BODY},{d}\n" for i, d in enumerate(dates))
    return read_corpus(write_files(tmp_path, {"c/t.csv": "title,text,date\n" + rows}) / "c")


@pytest.mark.parametrize("dates, unit, days", [
    (["1709280000", "1709366400", "1709423999"], "seconds", ["2024-03-01", "2024-03-02", "2024-03-02"]),
    (["1709280000000", "1709366400000", "1709423999999"], "milliseconds", ["2024-03-01", "2024-03-02", "2024-03-02"]),
    (["1709280000.5", "", "1709423999"], "seconds", ["2024-03-01", "NaT", "2024-03-02"]),  # a blank cell: undated
])
def test_a_column_of_unix_times_is_read_as_dates(tmp_path, dates, unit, days):
    corpus = _table(tmp_path, dates)
    row = corpus.manifest.iloc[0]
    assert f"column 'date' read as Unix time in {unit} (UTC days, 2024-03-01 to 2024-03-02)" in row["reason"]
    assert [str(d.date()) if str(d) != "NaT" else "NaT" for d in corpus.documents["published"]] == days
    assert not row["warnings"]


@pytest.mark.parametrize("dates", [
    ["1709280000", "1709366400000"],      # seconds and milliseconds mixed: no unit for the column
    ["1709280000", "2024-03-02"],         # one ISO date among numbers
    ["123456789", "123456790"],           # 1973: not a news date
    ["9999999999", "9999999998"],         # 2286
])
def test_numbers_that_are_not_one_unit_of_news_time_stay_reported(tmp_path, dates):
    corpus = _table(tmp_path, dates)
    row = corpus.manifest.iloc[0]
    assert "Unix time" not in row["reason"] and "unreadable date" in row["warnings"]


def test_an_eight_digit_date_is_not_unix_time(tmp_path):
    corpus = _table(tmp_path, ["20240301", "20240302"])
    assert "Unix time" not in corpus.manifest.iloc[0]["reason"]


# --- MHTML, Excel's Unicode Text ------------------------------------------------------------------------------

def _mhtml(html: bytes, content_type: str) -> bytes:
    import quopri

    return (b"From: <Saved by Blink>\r\nSnapshot-Content-Location: https://n.example/x\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"--b--\"\r\n\r\n----b--\r\n"
            + f"Content-Type: {content_type}\r\n".encode() + b"Content-Transfer-Encoding: quoted-printable\r\n"
            b"Content-Location: https://n.example/x\r\n\r\n" + quopri.encodestring(html) + b"\r\n----b----\r\n")


def test_a_chrome_mhtml_without_a_charset_keeps_its_arabic(tmp_path):
    corpus = read_corpus(write_files(tmp_path, {"c/p.mhtml": _mhtml(PAGE.encode("utf-8"), "text/html")}) / "c")
    doc = corpus.documents.iloc[0]
    assert doc["title"] == HEAD and doc["url"] == "https://n.example/x"
    assert BODY in list(corpus.segments["text"])


def test_an_mhtml_part_with_its_charset_is_read_in_it(tmp_path):
    page = f"<html><body><h1>{HEAD}</h1><p>{BODY}</p></body></html>".encode("cp1256")
    corpus = read_corpus(write_files(tmp_path, {"c/p.mht": _mhtml(page, "text/html; charset=windows-1256")}) / "c")
    assert list(corpus.documents["title"]) == [HEAD]


def test_excel_unicode_text_is_read_as_its_table(tmp_path):
    text = ("العنوان\tالتاريخ\tالمصدر\r\n" + f"{HEAD}\t01/03/2024\tالأهرام\r\n{HEAD2}\t02/03/2024\tالغد\r\n")
    corpus = read_corpus(write_files(tmp_path, {"c/headlines.txt": b"\xff\xfe" + text.encode("utf-16-le")}) / "c")
    assert corpus.manifest.iloc[0]["format"] == "csv"
    assert list(corpus.documents["title"]) == [HEAD, HEAD2] and list(corpus.documents["source"]) == ["الأهرام", "الغد"]
    assert [str(d.date()) for d in corpus.documents["published"]] == ["2024-03-01", "2024-03-02"]


@pytest.mark.parametrize("text", [
    f"{HEAD}\tعاجل\n\n{BODY}\n",                       # a tab in a headline: no column named
    f"عنوان\n{HEAD}\n\n{BODY}\n",                       # one field
    f"title\ttext\n{HEAD}\t{BODY}\textra\n{BODY}\n",   # rows do not match the header
])
def test_a_text_page_with_tabs_stays_a_page(tmp_path, text):
    corpus = read_corpus(write_files(tmp_path, {"c/a.txt": text}) / "c")
    assert corpus.manifest.iloc[0]["format"] == "page"


def test_a_json_api_export_with_integer_unix_times_is_dated(tmp_path):
    import json

    records = [{"title": f"{HEAD} {i}", "body": BODY, "publishedAt": 1709280000 + 86400 * i} for i in range(2)]
    corpus = read_corpus(write_files(tmp_path, {"c/api.json": json.dumps({"articles": records}, ensure_ascii=False)}) / "c")
    assert "column 'publishedAt' read as Unix time in seconds" in corpus.manifest.iloc[0]["reason"]
    assert [str(d.date()) for d in corpus.documents["published"]] == ["2024-03-01", "2024-03-02"]


def test_a_streamed_table_of_unix_times_says_so_once(tmp_path):
    from marsad.readers.chunks import iter_chunks, streamable

    path = tmp_path / "t.csv"
    path.write_text("title,text,date\n" + "".join(f"{HEAD} {i},{BODY},{1709280000 + 60 * i}\n" for i in range(8000)),
                    encoding="utf-8")
    assert streamable(path, chunk_bytes=1 << 19)
    pieces = list(iter_chunks(path, tmp_path, chunk_bytes=1 << 19))
    assert len(pieces) > 2 and all(r[0]["published"] is not None for recs, _ in pieces for r in recs)
    reason = pieces[-1][1]["reason"]
    assert reason.count("Unix time") == 1 and "(UTC days, 2024-03-01 to 2024-03-06)" in reason
