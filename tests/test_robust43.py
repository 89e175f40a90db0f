"""robust43: three reader defects review41 reported and left, each reproduced first.

A JavaScript-only page whose ``<noscript>`` holds a 30-word cookie or "enable JavaScript" notice was a document of
that notice titled with the site name (robust41 read any hidden body of 20+ words); a pure Windows-1256 file paid for
the line-by-line UTF-8/cp1256 check on every line; a flat folder of ``.html`` articles with one ``.js`` directly
inside, beside a page of the same stem, was skipped as that page's assets. Counter-examples: what robust41 and
review41 meant to catch is still caught.
"""
from __future__ import annotations

import io
import zipfile
from urllib.parse import quote

from conftest import write_files
from marsad.readers.corpus import read_corpus
from marsad.readers.decode import _utf8_and_cp1256_lines, decode
from marsad.readers.html import parse_html_page
from marsad.readers.walk import walk_corpus

HEAD = "مصر تدين الهجوم على غزة وتدعو إلى وقف إطلاق النار"
BODY = ("قال وزير الخارجية المصري سامح شكري إن القاهرة تدين الهجوم الإسرائيلي على غزة. "
        "وأضاف أن مصر تعمل مع قطر والولايات المتحدة على اتفاق لوقف إطلاق النار.")
BODY2 = "بحث العاهل الأردني الملك عبد الله الثاني مع ولي العهد السعودي الأمير محمد بن سلمان سبل تعزيز التعاون."


# --- a <noscript> notice is not an article -------------------------------------------------------------------------

NOTICE_EN = ("This website uses cookies and JavaScript to give you the best experience. Please enable JavaScript in "
             "your browser settings and reload the page to continue reading our latest news coverage.")
NOTICE_AR = ("يستخدم هذا الموقع ملفات تعريف الارتباط وجافا سكريبت لتقديم أفضل تجربة لك. يرجى تفعيل جافا سكريبت في "
             "إعدادات المتصفح وإعادة تحميل الصفحة لمتابعة قراءة آخر الأخبار والتغطيات الحصرية على موقعنا")
# a notice without any of the words above, 25 words in one block: no paragraph structure
NOTICE_PLAIN = ("عذرا، لا يمكن عرض هذه الصفحة بشكل صحيح الآن. نرجو منك المحاولة مرة أخرى لاحقا أو التواصل مع فريق الدعم "
                "الفني للموقع إذا استمرت المشكلة لديك")


def _js_page(inner: str, where: str = "body") -> str:
    head = "<title>الجزيرة نت</title>" + (inner if where == "head" else "")
    body = (inner if where == "body" else "") + "<div id='root'></div><script>app()</script>"
    return f"<html><head>{head}</head><body>{body}</body></html>"


def test_a_noscript_notice_of_30_words_is_not_a_document():
    assert len(NOTICE_EN.split()) >= 20 and len(NOTICE_AR.split()) >= 20 and len(NOTICE_PLAIN.split()) >= 20
    for inner, where in ((f"<noscript><p>{NOTICE_EN}</p></noscript>", "head"),
                         (f"<noscript><div class='alert'>{NOTICE_AR}</div></noscript>", "body"),
                         (f"<noscript><p>{NOTICE_PLAIN}</p></noscript>", "body"),
                         # a notice in two blocks with a heading: the words name it a notice
                         (f"<noscript><h2>JavaScript معطل</h2><p>{NOTICE_AR}</p><p>{NOTICE_EN}</p></noscript>", "body"),
                         # a cookie dialog kept in a <template>
                         (f"<template><div><h2>نحن نحترم خصوصيتك</h2><p>{NOTICE_AR}</p><button>موافق</button></div>"
                          "</template>", "body")):
        page = parse_html_page(_js_page(inner, where))
        assert [s["section"] for s in page.segments] == ["title"], inner
        assert not any("<noscript>" in w or "<template>" in w for w in page.warnings)


def test_an_article_in_noscript_is_read_without_its_notice():
    # counter-example: an article (a heading and paragraphs) beside the notice is read, the notice is not
    page = parse_html_page(_js_page(f"<noscript><p>{NOTICE_EN}</p><article><h1>{HEAD}</h1><p>{BODY}</p>"
                                    f"<p>{BODY2}</p></article></noscript>"))
    assert page.title == HEAD and [s["text"] for s in page.segments] == [HEAD, BODY, BODY2]
    assert "from the page's <noscript>" in page.warnings[0]
    # two paragraphs without a heading, a heading and one paragraph: both articles
    two = parse_html_page(_js_page(f"<noscript><p>{BODY}</p><p>{BODY2}</p></noscript>"))
    assert [s["section"] for s in two.segments] == ["title", "paragraph", "paragraph"]
    one = parse_html_page(_js_page(f"<template><h1>{HEAD}</h1><p>{BODY} {BODY2}</p></template>"))
    assert one.title == HEAD and [s["section"] for s in one.segments] == ["title", "paragraph"]


# --- a flat folder of articles with one .js beside a page of its stem ----------------------------------------------

def _story(i: int, refs: str = "") -> str:
    return f"<html><head>{refs}</head><body><h1>{HEAD} {i}</h1><p>{BODY}</p></body></html>"


def test_a_flat_folder_of_articles_with_one_script_beside_a_page_of_its_stem_is_read(tmp_path):
    # review41's case: aljazeera.html (a front page naming no folder) beside aljazeera-articles/ of saved .html
    # stories and the one app.js they share
    files = {"c/aljazeera.html": _story(0, "<link rel='stylesheet' href='static/site.css'>"),
             "c/aljazeera-articles/app.js": "var a=1;"}
    files.update({f"c/aljazeera-articles/story{i}.html": _story(i, "<script src='app.js'></script>") for i in (1, 2)})
    corpus = read_corpus(write_files(tmp_path / "d", files) / "c")
    assert sorted(corpus.documents["title"]) == [f"{HEAD} {i}" for i in range(3)]
    assert not any(e.skip for e in walk_corpus(tmp_path / "d" / "c"))
    rows = {r.path.split("/c/", 1)[1]: r for r in corpus.manifest.itertuples()}
    assert len(rows) == 4 and "script" in rows["aljazeera-articles/app.js"].reason
    # the same folder zipped
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in files.items():
            z.writestr(name[2:], text)
    zipped = read_corpus(write_files(tmp_path / "z", {"c/saved.zip": buf.getvalue()}) / "c")
    assert sorted(zipped.documents["title"]) == [f"{HEAD} {i}" for i in range(3)]


def test_a_saved_pages_folder_it_names_is_one_row_in_any_language_form(tmp_path):
    # counter-example: the page names its folder (raw, ./-prefixed, percent-encoded, in url( ) or a frame): one row
    refs = {"_файлы": "<script src=\"{f}/s0.js\"></script>",
            "_文件": "<link href='./{f}/a.css' rel='stylesheet'>",
            "-filer": "<div style=\"background:url({q}/bg.png)\"></div>",
            "_dosyalar": "<iframe src={q}/ad.html></iframe>",
            "_pliki": "<img src=\"{s}/i.png\">"}  # part encoded: the space only
    files = {}
    for i, (tail, ref) in enumerate(refs.items()):
        stem = f"صفحة {i}"
        folder = f"{stem}{tail}"
        ref = ref.format(f=folder, q=quote(folder), s=folder.replace(" ", "%20"))
        files[f"c/{stem}.html"] = _story(i, ref)
        files[f"c/{folder}/s0.js"] = "var a=1;"
        files[f"c/{folder}/ad.html"] = f"<html><body><h1>{HEAD} إعلان</h1><p>{BODY}</p><p>{BODY2}</p></body></html>"
    corpus = read_corpus(write_files(tmp_path / "d", files) / "c")
    assert sorted(corpus.documents["title"]) == [f"{HEAD} {i}" for i in range(5)]
    folders = [e for e in walk_corpus(tmp_path / "d" / "c") if e.skip]
    assert len(folders) == 5 and all("the scripts, styles, images and frames of the saved page" in e.skip
                                     for e in folders)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in files.items():
            z.writestr(name[2:], text)
    zipped = read_corpus(write_files(tmp_path / "z", {"c/saved.zip": buf.getvalue()}) / "c")
    assert sorted(zipped.documents["title"]) == [f"{HEAD} {i}" for i in range(5)]
    # a folder of scripts and images only, named or not: one row, as before (nothing in it is read either way)
    bare = read_corpus(write_files(tmp_path / "b", {"c/صفحة.html": _story(9), "c/صفحة_файлы/s.js": "var a=1;",
                                               "c/صفحة_файлы/i.png": b"\x89PNG\r\n\x1a\n"}) / "c")
    assert len(bare.manifest) == 2 and len(bare.documents) == 1


# --- a pure Windows-1256 file is not read line by line -------------------------------------------------------------

class _NoSplit(bytes):
    """A file's bytes that fail the test when split into lines (the line-by-line check's cost)."""

    def splitlines(self, *args, **kwargs):
        raise AssertionError("split into lines")


OIL = "ارتفعت أسعار النفط، وقال وزير الطاقة إن الإنتاج سيزيد فقط؟ بشرط، أن تستقر الأسواق «قريبا»"


def test_a_pure_windows_1256_file_is_not_split_into_lines():
    # ط، ظ» and ؟ after a letter: Windows-1256 bytes that are a UTF-8 Arabic letter's two bytes, after a lead byte
    legacy = (f"{HEAD}\n{BODY}\r\n{OIL}\r".encode("cp1256")) * 50
    assert b"\xd8\xa1" in legacy  # ط، : the two bytes of U+0621 in UTF-8
    assert _utf8_and_cp1256_lines(_NoSplit(legacy)) is None
    assert decode(legacy, name="x.txt").text == legacy.decode("cp1256")


def test_a_utf8_arabic_line_anywhere_is_still_read_line_by_line():
    # counter-example: a UTF-8 Arabic line first, last, after \r or opening with « among Windows-1256 lines is found
    # as before
    legacy = f"{HEAD}\n{OIL}\n".encode("cp1256") * 20
    for data, heads, line in ((BODY.encode("utf-8") + b"\n" + legacy, 20, BODY), (legacy + BODY.encode("utf-8"), 20, BODY),
                              (legacy.replace(b"\n", b"\r") + BODY.encode("utf-8") + b"\r" + legacy, 40, BODY),
                              (legacy + "«قال» بحث\n".encode("utf-8") + legacy, 40, "«قال» بحث")):  # after « (C2 AB)
        mixed = _utf8_and_cp1256_lines(data)
        assert mixed is not None and "in Windows-1256 in a UTF-8 text" in mixed.mended
        assert mixed.text.count(HEAD) == heads and line in mixed.text
    # a UTF-8 line of fewer than four Arabic letters is still no evidence (review41)
    assert _utf8_and_cp1256_lines(legacy + "قال".encode("utf-8") + b"\n") is None
