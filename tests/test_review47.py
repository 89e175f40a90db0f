"""review47: a second read of robust46's readers (tar archives, Excel workbooks, EPUB e-books, Markdown files, month
names of other languages). Each test composes the input that lost or doubled text, or read markup as text, and a
counter-example that is read as before."""
import io
import tarfile
import zipfile

import pandas as pd
import pytest

from marsad.readers.corpus import read_corpus
from marsad.readers.markdown import parse_markdown
from marsad.readers.values import BadValue, parse_date

from conftest import manifest_rows, write_files
from test_robust46 import BODY, BODY2, HEAD, _epub, _tar, _texts, _xlsx


# --- dates -----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("value, day", [
    ("1er mars 2024", "2024-03-01"),                 # French writes the first of a month "1er": every one was unreadable
    ("vendredi 1er mars 2024 à 10h", "2024-03-01"),
    ("Publié le 1ᵉʳ mars 2024", "2024-03-01"),
    ("1º de março de 2024", "2024-03-01"),           # Portuguese and Spanish "1º", "1°"
    ("1° de marzo de 2024", "2024-03-01"),
    ("1 NİSAN 2024", "2024-04-01"),                  # Turkish capitals: "İ".lower() is "i" + a combining dot
    ("12 EKİM 2023 14:00", "2023-10-12"),
    # counter-examples: read as before
    ("2 mars 2024", "2024-03-02"),
    ("12 Ekim 2023 14:00", "2023-10-12"),
])
def test_the_first_of_a_month_and_turkish_capitals_are_read(value, day):
    assert parse_date(value) == pd.Timestamp(day)


@pytest.mark.parametrize("value", ["31er mars 2024", "1er 2024", "1 er mars"])
def test_an_ordinal_does_not_make_a_date_of_what_is_none(value):
    with pytest.raises(BadValue):
        parse_date(value)


# --- Markdown ----------------------------------------------------------------------------------------------------------

def _md(text):
    page = parse_markdown(text)
    return page, [seg["text"] for seg in page.segments]


def test_markdownloads_excerpt_heading_in_a_quote_is_a_heading_not_text():
    # MarkDownload's default template: "# {pageTitle}\n\n> ## Excerpt\n> {excerpt}\n\n---"
    page, texts = _md(f"# {HEAD}\n\n> ## Excerpt\n> {BODY}\n\n---\n\n{BODY2}\n")
    assert texts == [HEAD, "Excerpt", BODY, BODY2]
    assert [s["section"] for s in page.segments] == ["title", "subheading", "paragraph", "paragraph"]


def test_the_front_matters_title_repeated_as_the_first_heading_is_read_once():
    _, texts = _md(f'---\ntitle: "{HEAD}"\npublished: 2024-03-01\n---\n\n# {HEAD}\n\n{BODY}\n')
    assert texts == [HEAD, BODY]
    # counter-example: a first heading other than the title is a subheading, as before
    _, texts = _md(f'---\ntitle: "{HEAD}"\n---\n\n# عنوان آخر\n\n{BODY}\n')
    assert texts == [HEAD, "عنوان آخر", BODY]


def test_a_folded_front_matter_value_is_its_lines_not_its_marker():
    page, texts = _md(f"---\ntitle: >-\n  الأردن والسعودية\n  يبحثان التعاون الاقتصادي\nurl: |\n  https://news.example/a\n"
                      f"published: 2024-03-01\n---\n{BODY}\n")
    assert page.title == HEAD and texts == [HEAD, BODY]
    assert page.url == "https://news.example/a" and str(page.published)[:10] == "2024-03-01"


def test_a_code_fence_never_closed_loses_nothing_after_it_without_a_word():
    page, texts = _md(f"{HEAD}\n\n```\n\n{BODY}\n\n{BODY2}\n")
    assert texts == [HEAD, BODY, BODY2]
    assert any("line 3: a code fence (```) never closed" in w for w in page.warnings)
    # counter-example: a closed code block is dropped, as before
    _, texts = _md(f"{HEAD}\n\n```\nvar x = 1;\n\nvar y = 2;\n```\n\n{BODY}\n")
    assert texts == [HEAD, BODY]


def test_a_script_style_or_comment_with_blank_lines_in_it_is_not_text():
    _, texts = _md(f"{BODY}\n\n<script>\nvar x = 1;\n\nvar y = 2;\n</script>\n\n<style>\np {{ color: red; }}\n\nh1 {{ }}\n</style>\n\n"
                   f"<!--\nملاحظة المحرر\n\nلا تنشر\n-->\n\n{BODY2}\n")
    assert texts == [BODY, BODY2]
    # a comment never closed is no block: nothing after it is lost
    _, texts = _md(f"{BODY}\n\n<!-- مسودة\n\n{BODY2}\n")
    assert texts[0] == BODY and texts[-1] == BODY2
    # counter-example: a script closed on its line and inline HTML, as before
    _, texts = _md(f"{BODY} <script>x()</script>\n\n<b>مهم</b> جدا\n")
    assert texts == [BODY, "مهم جدا"]


# --- tar archives ------------------------------------------------------------------------------------------------------

def test_a_tar_member_appended_again_is_read_in_its_last_version_only(tmp_path):
    # "tar -rf" / "tar -uf" append a newer version of a file: tar extracts the last one; both were read
    old, new = f"{HEAD}\n\n{BODY}\n".encode(), f"{HEAD}\n\n{BODY} وأكد الجانبان أهمية التنسيق.\n".encode()
    write_files(tmp_path, {"c/a.tar": _tar([("x/a.txt", old), ("x/b.txt", f"عنوان\n\n{BODY2}\n".encode()), ("x/a.txt", new)])})
    corpus = read_corpus(tmp_path / "c")
    texts = _texts(corpus)
    assert sorted(texts) == ["a/x/a", "a/x/b"] and texts["a/x/a"] == [HEAD, f"{BODY} وأكد الجانبان أهمية التنسيق."]
    row = manifest_rows(corpus)["a.tar"]
    assert "x/a.txt: an earlier version of a member the archive holds again later (tar extracts the last); not read" in row.warnings


# --- Excel workbooks ---------------------------------------------------------------------------------------------------

def _s(text):
    return f'<c t="inlineStr"><is><t>{text}</t></is></c>'


def test_an_xlsx_row_without_cell_references_keeps_its_columns(tmp_path):
    # a writer may leave out the cells' "r" (it is optional): an empty first cell shifted the row's text one column left
    rows = f"<row>{_s('id')}{_s('title')}{_s('text')}</row><row><c/>{_s(HEAD)}{_s(BODY)}</row><row>{_s('7')}{_s('عنوان')}{_s(BODY2)}</row>"
    (tmp_path / "c").mkdir()
    _xlsx(tmp_path / "c" / "n.xlsx", [("s", rows)])
    texts = _texts(read_corpus(tmp_path / "c"))
    assert texts == {"n#1": [HEAD, BODY], "7": ["عنوان", BODY2]}


def test_an_xlsx_sheet_with_two_columns_of_one_name_reads_as_its_csv_does(tmp_path):
    # the second "text" column replaced the first (its text lost); the CSV of the sheet reads the first
    head = "".join(f'<c r="{c}1" t="inlineStr"><is><t>{n}</t></is></c>' for c, n in zip("ABCD", ("title", "text", "text", "date")))
    row = "".join(f'<c r="{c}9" t="inlineStr"><is><t>{v}</t></is></c>' for c, v in zip("ABCD", (HEAD, BODY, BODY2, "ليس تاريخا")))
    (tmp_path / "c").mkdir()
    _xlsx(tmp_path / "c" / "d.xlsx", [("s", f'<row r="1">{head}</row><row r="9">{row}</row>')])
    write_files(tmp_path, {"c/d.csv": f"title,text,text\n{HEAD},{BODY},{BODY2}\n"})
    corpus = read_corpus(tmp_path / "c")
    texts = _texts(corpus)
    assert texts["d#1"] == [HEAD, BODY] and len(texts) == 2
    # a warning names the row by its number in the sheet (row 9), not by its rank among rows with cells (row 2)
    assert "sheet 's' row 9: unreadable date" in manifest_rows(corpus)["d.xlsx"].warnings


# --- EPUB e-books ------------------------------------------------------------------------------------------------------

def _book(path, items, spine, files):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/epub+zip")
        z.writestr("META-INF/container.xml", '<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
                   '<rootfile full-path="OEBPS/content.opf"/></rootfiles></container>')
        z.writestr("OEBPS/content.opf", '<package xmlns="http://www.idpf.org/2007/opf"><manifest>'
                   + "".join(f'<item id="{i}" href="{h}"/>' for i, h in items) + "</manifest><spine>"
                   + "".join(f'<itemref idref="{i}"/>' for i in spine) + "</spine></package>")
        for name, body in files.items():
            z.writestr(f"OEBPS/{name}", f'<html xmlns="http://www.w3.org/1999/xhtml"><body>{body}</body></html>')


def test_an_epub_chapter_named_by_a_percent_encoded_href_is_read(tmp_path):
    # hrefs are URLs: a file "Text/خبر 1.xhtml" is named "Text/%D8%AE%D8%A8%D8%B1%201.xhtml" in the manifest
    (tmp_path / "c").mkdir()
    _book(tmp_path / "c" / "b.epub", [("a", "Text/%D8%AE%D8%A8%D8%B1%201.xhtml"), ("b", "Text/ch2.xhtml")], ["a", "b"],
          {"Text/خبر 1.xhtml": f"<h1>{HEAD}</h1><p>{BODY}</p>", "Text/ch2.xhtml": f"<p>{BODY2}</p>"})
    corpus = read_corpus(tmp_path / "c")
    assert _texts(corpus) == {"b/Text/خبر 1": [HEAD, BODY], "b/Text/ch2": [BODY2]}
    assert "2 chapter(s) read" in manifest_rows(corpus)["b.epub"].reason


def test_an_epub_spine_naming_a_chapter_twice_reads_it_once(tmp_path):
    (tmp_path / "c").mkdir()
    _book(tmp_path / "c" / "b.epub", [("a", "a.xhtml"), ("b", "b.xhtml"), ("b2", "b.xhtml#part2")], ["a", "b", "a", "b2"],
          {"a.xhtml": f"<h1>{HEAD}</h1><p>{BODY}</p>", "b.xhtml": f"<p>{BODY2}</p>"})
    corpus = read_corpus(tmp_path / "c")
    assert _texts(corpus) == {"b/a": [HEAD, BODY], "b/b": [BODY2]}
    row = manifest_rows(corpus)["b.epub"]
    assert "2 chapter(s) read" in row.reason and "2 named again in the spine, read once" in row.reason


def test_an_epub_spine_past_the_chapter_limit_says_what_it_did_not_read(tmp_path, monkeypatch):
    from marsad.readers import office

    monkeypatch.setattr(office, "_MAX_CHAPTERS", 3)
    (tmp_path / "c").mkdir()
    _epub(tmp_path / "c" / "b.epub", [(f"c{i}.xhtml", f"<p>{BODY} {i}</p>") for i in range(3)])
    corpus = read_corpus(tmp_path / "c")
    row = manifest_rows(corpus)["b.epub"]
    assert "the book's spine names 5 files: the first 3 looked at, 2 not read (the limit of 3 chapters)" in row.warnings


# --- marsad read --help ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("command", ["read", "analyze", "report"])
def test_the_corpus_help_names_what_is_read(command, capsys):
    from marsad.cli import main

    with pytest.raises(SystemExit):
        main([command, "--help"])
    said = " ".join(capsys.readouterr().out.split())
    for what in ("ZIP or tar archive", "Excel .xlsx", "EPUB e-book", "Markdown file", ".gz/.bz2/.xz-packed"):
        assert what in said, (command, what)


# --- a tag in a value: markup or a word -------------------------------------------------------------------------------

@pytest.mark.parametrize("value", [f"{BODY} <p> {BODY2}", f"{BODY}\n<p>\n{BODY2}", f"{BODY}\n<b>\n{BODY2}",
                                   f"{BODY} <li> {BODY2}", f"{BODY} <td> {BODY2}"])
def test_a_tag_whose_end_html_lets_out_or_alone_on_its_line_is_markup(value):
    # robust46's rule kept a bare tag between spaces as a word of the sentence: an old CMS's "<p>" between paragraphs
    # (its end tag may be left out) was read as the text "<p>"
    from marsad.readers.html import markup_text

    assert markup_text(value, one_line=True) == f"{BODY} {BODY2}"


def test_a_tag_named_in_a_sentence_stays_a_word():  # counter-example: robust46's rule, as before
    from marsad.readers.html import markup_text

    assert markup_text("يستخدم المحرر الوسم <em> للتأكيد في النص") == "يستخدم المحرر الوسم <em> للتأكيد في النص"


# --- a file named as a package that is none -----------------------------------------------------------------------

def test_a_csv_named_xlsx_is_read_as_its_table_and_text_named_epub_says_what_it_is(tmp_path):
    write_files(tmp_path, {"c/export.xlsx": f"title,text\n{HEAD},{BODY}\n", "c/book.epub": "نص عادي " * 20})
    corpus = read_corpus(tmp_path / "c")
    assert _texts(corpus) == {"export#1": [HEAD, BODY]}
    rows = manifest_rows(corpus)
    assert "named .xlsx, but a table saved as text" in rows["export.xlsx"].reason
    assert rows["book.epub"].status == "skipped"
    assert rows["book.epub"].reason.startswith("named .epub, but not a ZIP package")


def test_an_xlsx_style_index_that_is_no_number_is_a_broken_file_said_so(tmp_path):
    from marsad.readers.corpus import read_file

    (tmp_path / "c").mkdir()
    _xlsx(tmp_path / "c" / "b.xlsx", [("s", f'<row r="1">{_s("title")}</row><row r="2"><c r="A2" s="x"><v>5</v></c></row>')],
          '<cellXfs count="1"><xf numFmtId="14"/></cellXfs>')
    row, records = read_file(tmp_path / "c" / "b.xlsx", tmp_path / "c")
    assert records == [] and row["reason"].startswith("broken XLSX file: ValueError")


# --- documentation by name ---------------------------------------------------------------------------------------------

def test_a_readme_in_another_language_is_documentation_not_news(tmp_path):
    write_files(tmp_path, {"c/README_ar.md": f"# {HEAD}\n\n{BODY}\n", "c/README-en.md": "# Project\n\nInstall it.\n",
                           "c/LICENSE-MIT": "Permission is hereby granted, free of charge, to any person\n",
                           # counter-examples: a clipped article whose slug starts with such a word is news
                           "c/license-revoked-for-two-channels.md": f"# {HEAD}\n\n{BODY2}\n", "c/news.md": f"# عنوان\n\n{BODY}\n"})
    corpus = read_corpus(tmp_path / "c")
    assert sorted(corpus.documents.doc_id) == ["license-revoked-for-two-channels", "news"]
    rows = manifest_rows(corpus)
    for name in ("README_ar.md", "README-en.md", "LICENSE-MIT"):
        assert rows[name].reason.startswith("documentation file"), name


def test_a_tar_members_later_version_is_read_though_its_earlier_one_is_a_file_beside_it(tmp_path):
    # the walk hashed both versions: the earlier one, the bytes of site/a.txt, made the member a duplicate, and the
    # later version (other text) was read nowhere
    old, new = f"{HEAD}\n\n{BODY}\n".encode(), f"{HEAD}\n\n{BODY} وأكد الجانبان أهمية التنسيق.\n".encode()
    write_files(tmp_path, {"c/a.tar": _tar([("x/a.txt", old), ("x/a.txt", new)]), "c/site/a.txt": old})
    texts = _texts(read_corpus(tmp_path / "c"))
    assert texts == {"a/x/a": [HEAD, f"{BODY} وأكد الجانبان أهمية التنسيق."], "site/a": [HEAD, BODY]}
    # counter-example: a last version with the bytes of the file beside it is its copy, counted once
    write_files(tmp_path, {"d/a.tar": _tar([("x/a.txt", new), ("x/a.txt", old)]), "d/site/a.txt": old})
    assert _texts(read_corpus(tmp_path / "d")) == {"site/a": [HEAD, BODY]}


def test_a_strict_open_xml_workbook_is_read_as_a_transitional_one(tmp_path):
    # Excel's "Strict Open XML Spreadsheet" (Save as): its elements in the purl.oclc.org namespaces
    (tmp_path / "c").mkdir()
    rows = f'<row r="1">{_s("title")}{_s("text")}</row><row r="2">{_s(HEAD)}{_s(BODY)}</row>'
    _xlsx(tmp_path / "t.xlsx", [("s", rows)])
    with zipfile.ZipFile(tmp_path / "t.xlsx") as src, zipfile.ZipFile(tmp_path / "c" / "strict.xlsx", "w") as out:
        for name in src.namelist():
            out.writestr(name, src.read(name)
                         .replace(b"http://schemas.openxmlformats.org/spreadsheetml/2006/main", b"http://purl.oclc.org/ooxml/spreadsheetml/main")
                         .replace(b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                                  b"http://purl.oclc.org/ooxml/officeDocument/relationships"))
    assert _texts(read_corpus(tmp_path / "c")) == {"strict#1": [HEAD, BODY]}


# --- a page's article in a <noscript> ----------------------------------------------------------------------------------

def test_a_hidden_articles_paragraph_about_a_subscription_is_news_not_a_notice(tmp_path):
    # robust46's paywall words ("الاشتراك الشهري", "subscribers") dropped such a paragraph from an article of several
    price = ("ورفعت شركة الاتصالات سعر الاشتراك الشهري في خدمة الإنترنت المنزلي بنسبة عشرة في المئة اعتبارا من الشهر "
             "المقبل وسط انتقادات واسعة من المستخدمين.")
    page = ("<html><head><title>t</title><script src=app.js></script></head><body><div id=root></div><noscript>"
            f"<h1>{HEAD}</h1><p>{BODY}</p><p>{price}</p><p>{BODY2}</p></noscript></body></html>")
    # counter-example: a paywall notice alone in the <noscript> is no article (robust46)
    paywall = ("<html><head><title>شبكة المشهد</title></head><body><noscript><p>للاستمرار في قراءة الأخبار على مدار الساعة "
               "والتحليلات الحصرية من شبكة المشهد الإخبارية العربية اشترك الآن بباقة شهرية بسعر رمزي واحصل على تجربة كاملة "
               "دون إعلانات</p></noscript></body></html>")
    write_files(tmp_path, {"c/a.html": page, "c/paywall.html": paywall})
    texts = _texts(read_corpus(tmp_path / "c"))
    assert texts["a"] == [HEAD, BODY, price, BODY2]
    assert texts["paywall"] == ["شبكة المشهد"]
