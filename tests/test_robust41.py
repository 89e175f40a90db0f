"""Inputs nobody had tried (session 41): two exports joined (the header row again mid-file), a table of UTF-8 and
Windows-1256 lines pasted together (whole and streamed), a Telegram export's rich-text list, a page whose article
is in a <template> or <noscript>, a saved page's asset folder in another browser language, a file gone (deleted or
moved) between the walk and its reading, and its byte-identical copy. Each test composes its input and has a
counter-example: what must be read as before.
"""
import io
import json
import os
import zipfile

from marsad.engine.partitions import iter_partition
from marsad.readers.chunks import iter_chunks
from marsad.readers.corpus import read_corpus
from marsad.readers.decode import _utf8_and_cp1256_lines, decode
from marsad.readers.html import parse_html_page
from marsad.readers.values import clean
from marsad.readers.walk import unreadable, walk_corpus

from conftest import manifest_rows, write_files

HEAD = "الأردن والسعودية يبحثان التعاون الاقتصادي"
BODY = "بحث العاهل الأردني الملك عبد الله الثاني مع ولي العهد السعودي الأمير محمد بن سلمان سبل تعزيز التعاون."
HEAD2 = "مصر تدين الهجوم على غزة وتدعو إلى وقف إطلاق النار"
BODY2 = ("قال وزير الخارجية المصري سامح شكري إن القاهرة تدين الهجوم الإسرائيلي على غزة. "
         "وأضاف أن مصر تعمل مع قطر والولايات المتحدة على اتفاق لوقف إطلاق النار.")


# --- two exports joined: the second one's header row ------------------------------------------------------------

def _export(head, body, month):
    return "title,text,date\n" + "".join(f"{head} {i},{body},2024-{month:02d}-0{i + 1}\n" for i in range(3))


def test_a_header_row_met_again_mid_file_is_no_document(tmp_path):
    data = b"\xef\xbb\xbf" + _export(HEAD, BODY, 3).encode() + b"\xef\xbb\xbf" + _export(HEAD2, BODY2, 4).encode()
    corpus = read_corpus(write_files(tmp_path, {"c/joined.csv": data}) / "c")
    assert len(corpus.documents) == 6 and "title" not in set(corpus.documents["title"].str.strip("\ufeff"))
    assert "line 5: the header row again (files joined?); skipped" in corpus.manifest["warnings"][0]
    assert corpus.documents["published"].notna().all()
    # the rows after it keep the numbers a streamed read gives them (the header row is counted, as a piece counts it)
    assert list(corpus.documents["doc_id"])[-1] == "joined#7"


def test_a_row_naming_other_values_is_kept(tmp_path):
    # a row that holds the words "title" and "text" but not the header's names in its columns is a row
    data = "title,text,date\n" + f"text,title,2024-03-01\n{HEAD},{BODY},2024-03-02\n"
    corpus = read_corpus(write_files(tmp_path, {"c/t.csv": data}) / "c")
    assert len(corpus.documents) == 2


def test_a_streamed_table_skips_the_repeated_header_in_a_later_piece(tmp_path):
    rows = "".join(f"{HEAD} {i},{BODY},2024-03-01\n" for i in range(200))
    data = "title,text,date\n" + rows + "title,text,date\n" + rows.replace(HEAD, HEAD2)
    path = write_files(tmp_path, {"c/big.csv": data}) / "c" / "big.csv"
    docs, row = [], None
    for records, last in iter_chunks(path, tmp_path / "c", chunk_bytes=8000):
        docs += records
        row = last or row
    assert len(docs) == 400 and "the header row again" in row["warnings"]


# --- UTF-8 and Windows-1256 lines pasted together --------------------------------------------------------------

def _mixed(n_utf8=30, n_1256=20):
    lines = [f"{HEAD} {i},{BODY}\n".encode("utf-8") for i in range(n_utf8)]
    lines[10:10] = [f"{HEAD2} {i},{BODY2}\n".encode("cp1256") for i in range(n_1256)]
    return b"title,text\n" + b"".join(lines)


def test_utf8_and_windows_1256_lines_are_each_read_in_their_encoding():
    decoded = decode(_mixed())
    assert decoded.encoding == "utf-8" and decoded.text.count(HEAD) == 30 and decoded.text.count(HEAD2) == 20
    assert "20 line(s) in Windows-1256 in a UTF-8 text" in decoded.mended and decoded.mended_line == 12


def test_a_whole_windows_1256_file_and_a_latin_utf8_file_are_not_split_by_lines():
    cp = f"{HEAD2}\n{BODY2}\n".encode("cp1256")
    assert decode(cp).encoding == "cp1256" and decode(cp).text == f"{HEAD2}\n{BODY2}\n"
    # UTF-8 Latin text with Windows-1252 lines, UTF-8 Arabic with a line of binary: not this case (read as before)
    latin = "café crème\n".encode("utf-8") + "déjà vu à Paris\n".encode("cp1252") * 30
    binary = f"{HEAD}\n".encode() + bytes(range(0x80, 0x100)) + b"\n"
    assert _utf8_and_cp1256_lines(latin) is None and _utf8_and_cp1256_lines(binary) is None


def test_a_streamed_piece_straddling_the_two_encodings_is_read(tmp_path):
    data = b"title,text\n" + b"".join(f"{HEAD} {i},{BODY}\n".encode() for i in range(300))
    data += b"".join(f"{HEAD2} {i},{BODY2}\n".encode("cp1256") for i in range(60))
    data += b"".join(f"{HEAD} {i},{BODY}\n".encode() for i in range(300, 600))
    path = write_files(tmp_path, {"c/m.csv": data}) / "c" / "m.csv"
    docs, row = [], None
    for records, last in iter_chunks(path, tmp_path / "c", chunk_bytes=40_000):
        docs += records
        row = last or row
    titles = [d["title"] for d, _ in docs]
    assert len(docs) == 660 and sum(t.startswith(HEAD2) for t in titles) == 60, row["warnings"]
    assert "bytes not read" not in row["warnings"] and "in Windows-1256 in a UTF-8 text" in row["warnings"]


# --- a JSON list cell (Telegram's rich text) --------------------------------------------------------------------

def test_a_telegram_rich_text_list_is_its_text(tmp_path):
    export = {"name": "قناة", "messages": [
        {"id": 1, "type": "message", "date": "2024-03-01T10:00:00",
         "text": [{"type": "bold", "text": "عاجل | "}, HEAD2, {"type": "text_link", "text": "المزيد", "href": "https://t.me/x"}]},
        {"id": 2, "type": "message", "date": "2024-03-02T10:00:00", "text": BODY}]}
    corpus = read_corpus(write_files(tmp_path, {"c/result.json": json.dumps(export, ensure_ascii=False)}) / "c")
    texts = list(corpus.segments["text"])
    assert texts == [f"عاجل | {HEAD2}المزيد", BODY]
    assert not any("{'type'" in t or "[" in t for t in texts)


def test_a_list_of_strings_is_one_paragraph_each_and_scalars_are_unchanged():
    assert clean([BODY, BODY2]) == f"{BODY}\n{BODY2}"
    assert clean([1, {"href": "x"}]) is None
    assert clean(" نص ") == "نص" and clean(12) == "12" and clean(None) is None


# --- an article in <template> or <noscript> ---------------------------------------------------------------------

def _page(inner):
    return f"<html><head><meta charset='utf-8'><title>{HEAD2}</title></head><body><div id='app'></div>{inner}" \
           "<script>render()</script></body></html>"


def test_an_article_inside_template_or_noscript_is_read_with_a_warning():
    for tag in ("template", "noscript"):
        page = parse_html_page(_page(f"<{tag}><article><h1>{HEAD2}</h1><p>{BODY2}</p><p>{BODY}</p></article></{tag}>"))
        assert page.title == HEAD2 and [s["section"] for s in page.segments] == ["title", "paragraph", "paragraph"]
        assert f"from the page's <{tag}>" in page.warnings[0]


def test_a_noscript_notice_and_a_page_with_its_own_text_are_read_as_before():
    notice = parse_html_page(_page("<noscript><p>يرجى تفعيل جافا سكريبت لمشاهدة هذا الموقع</p></noscript>"))
    assert [s["section"] for s in notice.segments] == ["title"] and not any("noscript" in w for w in notice.warnings)
    own = parse_html_page(f"<html><body><h1>{HEAD}</h1><p>{BODY}</p><noscript><p>{BODY2} {BODY2}</p></noscript></body></html>")
    assert [s["text"] for s in own.segments] == [HEAD, BODY]


def test_an_unclosed_noscript_runs_to_the_end_of_the_page():
    page = parse_html_page(_page(f"<noscript><h1>{HEAD2}</h1><p>{BODY2}</p><p>{BODY}</p>"))
    assert len(page.segments) == 3


# --- a saved page's asset folder in another browser language ----------------------------------------------------

def test_a_saved_pages_folder_in_any_language_is_one_row(tmp_path):
    files = {}
    for tail in ("_файлы", "_文件", "-filer", "_dosyalar"):
        stem = f"صفحة{len(files)}"
        # the page names its folder, as a browser's saved page does (robust43: a folder it does not name is read)
        files[f"c/{stem}.html"] = f"<html><body><h1>{HEAD} {stem}</h1><p>{BODY}</p>" \
                                  f"<script src='{stem}{tail}/s0.js'></script></body></html>"
        files.update({f"c/{stem}{tail}/s{i}.js": f"var a{i}=1;" for i in range(3)})
        files[f"c/{stem}{tail}/ad.html"] = f"<html><body><p>إعلان ممول {stem}</p></body></html>"
    corpus = read_corpus(write_files(tmp_path, files) / "c")
    folders = {p: r for p, r in manifest_rows(corpus).items() if not p.endswith(".html")}
    assert len(folders) == 4 and all("the scripts, styles, images and frames of the saved page" in r.reason
                                     for r in folders.values())
    assert len(corpus.documents) == 4  # the four pages, no ad frame


def test_a_folder_named_like_a_page_without_scripts_or_with_documents_is_walked(tmp_path):
    files = {"c/تقارير.html": f"<html><body><h1>{HEAD}</h1><p>{BODY}</p></body></html>",
             "c/تقارير_قديمة/a.html": f"<html><body><h1>{HEAD2}</h1><p>{BODY2}</p></body></html>",  # no script
             "c/تقارير_2024/s.js": "var a=1;", "c/تقارير_2024/b.txt": f"{HEAD2} ب\n\n{BODY2}\n",  # a digit, a text
             "c/تقارير_ملفات/s.js": "var a=1;", "c/تقارير_ملفات/c.txt": f"{HEAD2} ج\n\n{BODY}\n"}  # a text
    corpus = read_corpus(write_files(tmp_path, files) / "c")
    rows = manifest_rows(corpus)
    assert rows["تقارير_قديمة/a.html"].status == "parsed" and rows["تقارير_2024/b.txt"].status == "parsed"
    assert rows["تقارير_ملفات/c.txt"].status == "parsed"


def test_a_zipped_saved_page_in_another_language_is_one_warning(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("صفحة.html", f"<html><body><h1>{HEAD}</h1><p>{BODY}</p><iframe src='صفحة_файлы/ad.html'>"
                              "</iframe></body></html>")  # it names its folder, as a browser's saved page does
        for i in range(3):
            z.writestr(f"صفحة_файлы/s{i}.js", "var a=1;")
        z.writestr("صفحة_файлы/ad.html", "<html><body><p>إعلان ممول عن السيارات</p></body></html>")
        z.writestr("صفحة_قديمة/old.html", f"<html><body><h1>{HEAD2}</h1><p>{BODY2}</p></body></html>")
    corpus = read_corpus(write_files(tmp_path, {"c/saved.zip": buf.getvalue()}) / "c")
    assert sorted(corpus.documents["title"]) == sorted([HEAD, HEAD2])
    assert "صفحة_файлы/: the scripts, styles, images and frames of the saved page 'صفحة.html' (4 members)" \
        in corpus.manifest["warnings"][0]


# --- a file gone between the walk and its reading ---------------------------------------------------------------

def test_a_file_gone_during_the_run_says_so_and_its_copy_is_read(tmp_path):
    write_files(tmp_path, {"c/a.txt": f"{HEAD}\n\n{BODY}\n", "c/b.csv": f"title,text\n{HEAD2},{BODY2}\n",
                      "c/copy.txt": f"{HEAD}\n\n{BODY}\n", "c/z.txt": f"{HEAD2}\n\n{BODY}\n"})
    root = tmp_path / "c"
    entries = walk_corpus(root)
    assert [os.path.basename(e.duplicate_of) for e in entries] == ["", "", "a.txt", ""]
    os.unlink(root / "a.txt")
    os.unlink(root / "b.csv")
    for chunk_bytes in (None, 10):
        manifest = [r for corpus, _ in iter_partition(entries, root, chunk_bytes=chunk_bytes)
                    for r in corpus.manifest.itertuples()]
        reasons = {os.path.basename(r.path): (r.status, r.reason) for r in manifest}
        assert reasons["a.txt"] == ("skipped", "gone before it was read (deleted or moved during the run); not read")
        assert reasons["b.csv"][0] == "skipped" and str(tmp_path) not in reasons["b.csv"][1]
        assert reasons["copy.txt"][0] == "parsed" and "read in place of a.txt" in reasons["copy.txt"][1]
        assert reasons["z.txt"][0] == "parsed"


def test_a_copy_whose_first_is_still_there_is_counted_once(tmp_path):
    write_files(tmp_path, {"c/a.txt": f"{HEAD}\n\n{BODY}\n", "c/copy.txt": f"{HEAD}\n\n{BODY}\n"})
    corpus = read_corpus(tmp_path / "c")
    assert len(corpus.documents) == 1 and "exact duplicate of a.txt" in manifest_rows(corpus)["copy.txt"].reason


def test_other_system_errors_keep_their_words_without_the_path():
    assert unreadable(OSError(5, "Input/output error", "/home/analyst/secret/a.txt")) == "[Errno 5] Input/output error"
    assert unreadable(PermissionError(13, "Permission denied", "/x")) == "unreadable file (permission denied)"
    assert unreadable(FileNotFoundError(2, "No such file or directory", "/x"), "folder") == \
        "unreadable folder (No such file or directory)"


# --- an e-mail and a subtitle file ------------------------------------------------------------------------------

def _eml(body: bytes, ctype="text/plain; charset=utf-8", attach=False) -> bytes:
    head = (b"From: desk@example.org\nSubject: =?utf-8?b?" + __import__("base64").b64encode(HEAD2.encode())
            + b"?=\nDate: Fri, 01 Mar 2024 10:00:00 +0000\nMIME-Version: 1.0\n")
    if not attach:
        return head + f"Content-Type: {ctype}\nContent-Transfer-Encoding: 8bit\n\n".encode() + body
    return head + (b'Content-Type: multipart/mixed; boundary="B"\n\n--B\n' + f"Content-Type: {ctype}\n"
                   "Content-Transfer-Encoding: 8bit\n\n".encode() + body + b"\n--B\nContent-Type: application/pdf\n"
                   b'Content-Disposition: attachment; filename="a.pdf"\nContent-Transfer-Encoding: base64\n\nJVBERi0=\n--B--\n')


def test_an_email_is_its_subject_and_text(tmp_path):
    files = {"c/tip.eml": _eml(f"{BODY2}\n\n{BODY}\n".encode()),
             # a Windows-1256 body labelled UTF-8, an HTML body with an attachment
             "c/cp.eml": _eml(f"{BODY}\n".encode("cp1256")),
             "c/html.eml": _eml(f"<html><body><h1>{HEAD}</h1><p>{BODY}</p></body></html>".encode(), "text/html; charset=utf-8", True)}
    corpus = read_corpus(write_files(tmp_path, files) / "c")
    docs = corpus.documents.set_index("doc_id")
    assert set(docs["title"]) == {HEAD2} and docs["published"].isna().all()
    seg = corpus.segments
    assert list(seg[seg.doc_id == "tip"]["text"]) == [HEAD2, BODY2, BODY]
    assert list(seg[seg.doc_id == "cp"]["text"]) == [HEAD2, BODY]
    assert list(seg[seg.doc_id == "html"]["text"]) == [HEAD2, BODY]
    assert "1 attachment(s) not read" in manifest_rows(corpus)["html.eml"].reason
    assert not any("From:" in t or "=?utf-8" in t for t in seg["text"])


def test_subtitles_are_their_cues_text_and_a_text_with_times_is_a_page(tmp_path):
    srt = "1\n00:00:01,000 --> 00:00:02,500\n<i>" + HEAD2 + "</i>\n\n2\n00:00:03,000 --> 00:00:04,000\n" + BODY + "\n"
    vtt = "WEBVTT\n\nNOTE made by hand\n\n00:01.000 --> 00:02.000 align:start\n{\\an8}" + HEAD + "\n"
    note = f"{HEAD}\n\n00:00:01,000 --> 00:00:02,500 موعد البث\n\n{BODY}\n"
    corpus = read_corpus(write_files(tmp_path, {"c/a.srt": srt, "c/b.vtt": vtt, "c/note.txt": note}) / "c")
    seg = corpus.segments
    assert list(seg[seg.doc_id == "a"]["text"]) == [HEAD2, BODY] and list(seg[seg.doc_id == "b"]["text"]) == [HEAD]
    assert "-->" in " ".join(seg[seg.doc_id == "note"]["text"])  # a .txt is a text page, read as before
