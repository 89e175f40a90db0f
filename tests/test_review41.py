"""review41: a second read of the forty-first session's reader changes (robust41), each defect reproduced first.

A folder of saved articles beside a page of the same stem (``aljazeera-articles/`` beside ``aljazeera.html``, each
story with its own ``story_files/app.js``) was taken for the page's asset folder in another browser language and
not read; an e-mail whose subject is 8-bit Windows-1256 without an RFC 2047 label had a title of U+FFFD; a CSV
header met again in another case, with a space or (a one-column export) a BOM was read as a document; a Windows-1256
file with UTF-8 lines was 'cannot decode' when one UTF-8 line held only punctuation (“…” —). Counter-examples: what
robust41 meant to catch is still caught.
"""
from __future__ import annotations

import base64
import io
import zipfile
from pathlib import Path

from conftest import write_files
from marsad.readers.base import Source
from marsad.readers.corpus import read_corpus, read_file
from marsad.readers.decode import _utf8_and_cp1256_lines, decode
from marsad.readers.tables import read_csv
from marsad.readers.walk import walk_corpus

HEAD = "مصر تدين الهجوم على غزة وتدعو إلى وقف إطلاق النار"
BODY = ("قال وزير الخارجية المصري سامح شكري إن القاهرة تدين الهجوم الإسرائيلي على غزة. "
        "وأضاف أن مصر تعمل مع قطر والولايات المتحدة على اتفاق لوقف إطلاق النار.")


def _story(i):
    return f"<html><body><h1>{HEAD} {i}</h1><p>{BODY}</p></body></html>"


# --- a folder of saved articles beside a page of its stem -------------------------------------------------------

def test_a_folder_of_saved_articles_beside_a_page_of_its_stem_is_read(tmp_path):
    files = {"c/aljazeera.html": _story(0)}
    for i in (1, 2):
        files[f"c/aljazeera-articles/story{i}.html"] = _story(i)
        files[f"c/aljazeera-articles/story{i}_files/app.js"] = "var a=1;"
        files[f"c/aljazeera-articles/story{i}_files/style.css"] = "p{}"
    corpus = read_corpus(write_files(tmp_path, files) / "c")
    assert len(corpus.documents) == 3
    skipped = {Path(e.path).name for e in walk_corpus(tmp_path / "c") if e.skip}
    assert skipped == {"story1_files", "story2_files"}


def test_a_zipped_folder_of_saved_articles_is_read_and_a_zipped_asset_folder_is_not(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("صفحة.html", _story(0))
        z.writestr("صفحة_مقالات/s1.html", _story(1))
        z.writestr("صفحة_مقالات/s1_files/app.js", "var a=1;")
        # it names its folder, as a browser's saved page does (robust43: a folder it does not name is read)
        z.writestr("أخرى.html", _story(2).replace("</body>", "<script src='أخرى_файлы/app.js'></script></body>"))
        z.writestr("أخرى_файлы/app.js", "var a=1;")  # counter-example: a browser's folder, its script its own
        z.writestr("أخرى_файлы/ad.html", "<html><body><p>إعلان ممول عن السيارات</p></body></html>")
    corpus = read_corpus(write_files(tmp_path, {"c/saved.zip": buf.getvalue()}) / "c")
    assert sorted(corpus.documents["title"]) == sorted(f"{HEAD} {i}" for i in range(3))
    assert "أخرى_файлы/: the scripts, styles, images and frames of the saved page 'أخرى.html'" \
        in corpus.manifest["warnings"][0]


# --- an e-mail's 8-bit subject ------------------------------------------------------------------------------------

def _eml(subject: bytes, charset: str = "windows-1256") -> bytes:
    return (b"From: desk@example.org\r\nSubject: " + subject + b"\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: text/plain; charset=" + charset.encode() + b"\r\n\r\n" + BODY.encode(charset) + b"\r\n")


def test_an_e_mails_8_bit_windows_1256_subject_is_its_arabic_title(tmp_path):
    write_files(tmp_path, {"c/raw.eml": _eml(HEAD.encode("cp1256"))})
    row, records = read_file(tmp_path / "c/raw.eml", tmp_path / "c")
    assert records[0][0]["title"] == HEAD


def test_an_e_mails_labelled_or_utf8_subject_is_read_as_before(tmp_path):
    labelled = b"=?windows-1256?B?" + base64.b64encode(HEAD.encode("cp1256")) + b"?="
    write_files(tmp_path, {"c/labelled.eml": _eml(labelled), "c/utf8.eml": _eml(HEAD.encode("utf-8"), "utf-8"),
                      "c/ascii.eml": _eml(b"Press release: talks resume")})
    titles = {n: read_file(tmp_path / "c" / n, tmp_path / "c")[1][0][0]["title"]
              for n in ("labelled.eml", "utf8.eml", "ascii.eml")}
    assert titles == {"labelled.eml": HEAD, "utf8.eml": HEAD, "ascii.eml": "Press release: talks resume"}


# --- a repeated CSV header written otherwise ----------------------------------------------------------------------

def _csv_titles(text: str) -> tuple[list, list]:
    source = Source(path=Path("/corpus/joined.csv"), doc_id="joined", data=text.encode("utf-8"))
    records = read_csv(source)
    return [[s["text"] for s in segs] for _, segs in records], [w for w in source.warnings]


def test_a_header_met_again_in_another_case_with_spaces_or_a_bom_is_skipped():
    for again in ("Title,Text", "title, text", " TITLE ,text "):
        texts, warnings = _csv_titles(f"title,text\n{HEAD},{BODY}\n{again}\nعنوان ثان,{BODY} ثانية\n")
        assert len(texts) == 2 and any("the header row again" in w for w in warnings), again
    texts, warnings = _csv_titles(f"text\n{BODY}\n\ufefftext\n{BODY} ثانية\n")  # one column, `cat` of two exports
    assert len(texts) == 2 and any("the header row again" in w for w in warnings)


def test_a_row_that_only_shares_the_headers_last_name_is_a_row():
    texts, warnings = _csv_titles(f"title,text\n{HEAD},{BODY}\ntitles,text\nعنوان,Text\n")
    assert len(texts) == 3 and not any("the header row again" in w for w in warnings)


# --- Windows-1256 and UTF-8 lines, one UTF-8 line of punctuation ---------------------------------------------------

def test_a_utf8_line_of_punctuation_does_not_make_a_mixed_file_undecodable():
    legacy = f"{HEAD}\n{BODY}\n".encode("cp1256") * 10
    data = legacy + "“Breaking” — live ©\n".encode("utf-8") + f"{BODY} ثانية\n".encode("utf-8") + legacy
    text = decode(data, name="mixed.txt").text
    assert text.count(HEAD) == 20 and "“Breaking” — live ©" in text and f"{BODY} ثانية" in text


def test_a_windows_1256_file_without_a_utf8_arabic_line_is_not_read_line_by_line():
    legacy = f"{HEAD}\n{BODY}\n".encode("cp1256") * 10
    assert _utf8_and_cp1256_lines(legacy + "“Breaking” — live\n".encode("utf-8")) is None
    # a UTF-8 line of Latin letters: another language's file, not this case
    assert _utf8_and_cp1256_lines(legacy + f"{BODY}\nCafé crème à Genève\n".encode("utf-8")) is None
