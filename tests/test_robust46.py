"""robust45's leftovers and files analysts bring (session 44): Facebook's HTML export in other languages (one date
parser, values.parse_date, reads the month names), tar archives read as ZIP archives are, a tag named in prose, and
the forms a user brings. Each test composes its input and has a counter-example: what is read (or refused) as before.
"""
import io
import tarfile

import pandas as pd
import pytest

from marsad.readers.corpus import read_corpus
from marsad.readers.values import BadValue, parse_date

from conftest import manifest_rows, write_files

HEAD = "الأردن والسعودية يبحثان التعاون الاقتصادي"
BODY = "بحث العاهل الأردني الملك عبد الله الثاني مع ولي العهد السعودي الأمير محمد بن سلمان سبل تعزيز التعاون."
BODY2 = "مصر تدين الهجوم على غزة وتدعو إلى وقف إطلاق النار وإدخال المساعدات الإنسانية إلى القطاع."


def _texts(corpus) -> dict:
    return corpus.segments.groupby("doc_id").text.apply(list).to_dict()


# --- a date with its month named in another language ------------------------------------------------------------

@pytest.mark.parametrize("value, day", [
    ("mars 01, 2024 10:00:00 PM", "2024-03-01"),        # Facebook's export in French
    ("1 mars 2024 à 22:00", "2024-03-01"),
    ("vendredi 15 décembre 2023 à 21:05", "2023-12-15"),
    ("févr. 15, 2024 9:05:00 AM", "2024-02-15"),
    ("1 de marzo de 2024 22:00", "2024-03-01"),         # Spanish
    ("dic 15, 2023 9:05:00 a. m.", "2023-12-15"),
    ("15 ago 2024, 9:05", "2024-08-15"),
    ("1. März 2024 um 22:00", "2024-03-01"),            # German
    ("3 de setembro de 2023", "2023-09-03"),            # Portuguese
    ("12 Ekim 2023 14:00", "2023-10-12"),               # Turkish
    ("مارس 01, 2024 10:00:00 م", "2024-03-01"),         # Facebook's export in Arabic: month first
    ("ديسمبر ١٥، ٢٠٢٣ ٩:٠٥:٠٠ ص", "2023-12-15"),
    # counter-examples: the forms read before, read the same
    ("Mar 01, 2024 10:00:00 pm", "2024-03-01"),
    ("1 آذار/مارس 2024", "2024-03-01"),
    ("01/03/2024", "2024-03-01"),
])
def test_a_month_named_in_another_language_is_read(value, day):
    assert parse_date(value) == pd.Timestamp(day)


@pytest.mark.parametrize("value", ["31 avril 2024", "mars 2024", "le 1 mars", "mardi matin", "30 فبراير 2024"])
def test_an_impossible_or_partial_foreign_date_is_unreadable(value):
    with pytest.raises(BadValue):
        parse_date(value)


def _fb_post(line, text, when):
    return (f"<div class='pam _3-95 _2ph- _a6-g uiBoxWhite noborder'><div class='_3-95 _2pim _a6-h _a6-i'>{line}</div>"
            f"<div class='_3-95 _a6-p'><div><div class='_2pin'><div>{text}</div></div></div></div>"
            f"<div class='_3-94 _a6-o'>{when}</div></div>")


def test_facebook_html_export_in_french_spanish_arabic_is_dated(tmp_path):
    def page(*posts):
        return "<html><head><meta charset='utf-8'></head><body><div role=main>" + "".join(posts) + "</div></body></html>"
    write_files(tmp_path, {
        "c/fr/your_posts_1.html": page(_fb_post("Page a publié un lien.", BODY, "mars 01, 2024 10:00:00 PM"),
                                       _fb_post("Page a publié.", BODY2, "15 août 2024 à 09:05")),
        "c/es/your_posts_1.html": page(_fb_post("Página compartió.", BODY, "1 de marzo de 2024 22:00")),
        "c/ar/your_posts_1.html": page(_fb_post("نشرت الصفحة.", BODY, "ديسمبر 15, 2023 9:05:00 م"),
                                       # counter-example: a time that is no date leaves its post undated, with a warning
                                       _fb_post("نشرت الصفحة.", BODY2, "منذ ساعتين")),
    })
    corpus = read_corpus(tmp_path / "c")
    docs = corpus.documents.set_index("doc_id").published.map(lambda d: "none" if pd.isna(d) else str(d)[:10]).to_dict()
    assert docs == {"ar/your_posts_1#1": "2023-12-15", "ar/your_posts_1#2": "none", "es/your_posts_1#1": "2024-03-01",
                    "fr/your_posts_1#1": "2024-03-01", "fr/your_posts_1#2": "2024-08-15"}
    rows = manifest_rows(corpus)
    assert "unreadable date 'منذ ساعتين'" in rows["ar/your_posts_1.html"].warnings
    assert "unreadable" not in rows["fr/your_posts_1.html"].warnings + rows["es/your_posts_1.html"].warnings


# --- a tag named in prose ------------------------------------------------------------------------------------------

REST = "ثم يسرق بيانات المستخدمين من المتصفح، بحسب التقرير الذي نشرته الشركة أمس."


def test_a_tag_named_in_a_cell_keeps_its_name_and_the_words_after_it(tmp_path):
    rows = ["title,text",
            f'درس,"يستخدم المطور الوسم <b> للخط العريض {REST}"',
            f'درس,"use the <em> tag and the <nav> tag {REST}"',
            # a value of markup naming the page's chrome unclosed: the words after it were dropped as a <footer>'s
            f'درس,"<p>{BODY}</p> يستخدم الوسم <footer> في أسفل الصفحة {REST}"',
            # counter-examples: markup is read as markup (a tag opening the value, closed, with attributes, void)
            f'درس,"<p>{BODY}"',
            f'درس,"نص <b>عاجل</b> هنا"',
            f'درس,"نص <b class=x> هنا"',
            f'درس,"<p>{BODY}</p><nav>الرئيسية</nav><p>{BODY2}</p>"']
    write_files(tmp_path, {"c/t.csv": "\n".join(rows) + "\n"})
    texts = _texts(read_corpus(tmp_path / "c"))
    assert texts["t#1"] == ["درس", f"يستخدم المطور الوسم <b> للخط العريض {REST}"]
    assert texts["t#2"] == ["درس", f"use the <em> tag and the <nav> tag {REST}"]
    assert texts["t#3"] == ["درس", BODY, f"يستخدم الوسم في أسفل الصفحة {REST}"]
    assert texts["t#4"] == ["درس", BODY]
    assert texts["t#5"] == ["درس", "نص عاجل هنا"]
    assert texts["t#6"] == ["درس", "نص هنا"]
    assert texts["t#7"] == ["درس", BODY, BODY2]


# --- tar archives ----------------------------------------------------------------------------------------------------

def _tar(members, mode="w", fmt=tarfile.PAX_FORMAT) -> bytes:
    """A tar archive of ``(name, bytes | ("link", target) | ("dir",) | ("fifo",))`` members."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode, format=fmt) as tar:
        for name, data in members:
            info = tarfile.TarInfo(name)
            if isinstance(data, bytes):
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
                continue
            info.type = {"link": tarfile.SYMTYPE, "dir": tarfile.DIRTYPE, "fifo": tarfile.FIFOTYPE}[data[0]]
            info.linkname = data[1] if len(data) > 1 else ""
            tar.addfile(info)
    return buf.getvalue()


def test_a_tar_archive_is_read_as_a_folder_packed_or_not(tmp_path):
    page = f"{HEAD}\n\n{BODY}\n".encode()
    write_files(tmp_path, {
        "c/scrape.tar": _tar([("site/", ("dir",)), ("site/a.txt", page), ("site/b.csv", f"title,text\nعنوان,{BODY2}\n".encode()),
                              ("site/.DS_Store", b"\x00\x01"), ("site/passwd", ("link", "/etc/passwd")),
                              ("site/pipe", ("fifo",))]),
        "c/old.tgz": _tar([("x/a.txt", page + "قديم\n".encode())], "w:gz", tarfile.GNU_FORMAT),
        "c/more.tar.bz2": _tar([("y/b.txt", f"عنوان\n\n{BODY2}\n".encode())], "w:bz2"),
        # counter-example: a file that only ends in .tar is no archive
        "c/notes.tar": b"\x00\x01\x02" * 300,
    })
    corpus = read_corpus(tmp_path / "c")
    texts = _texts(corpus)
    assert sorted(texts) == ["more/y/b", "old/x/a", "scrape/site/a", "scrape/site/b#1"]
    assert texts["scrape/site/a"] == [HEAD, BODY] and texts["old/x/a"] == [HEAD, BODY, "قديم"]
    rows = manifest_rows(corpus)
    scrape = rows["scrape.tar"]
    assert scrape.status == "parsed" and scrape.format == "tar"
    assert "tar archive: 2 of 5 members read (1 page, 1 csv)" in scrape.reason
    assert "site/passwd: link inside the archive (to '/etc/passwd'), not a file; not read" in scrape.warnings
    assert "site/pipe: device, FIFO or special entry" in scrape.warnings and "site/.DS_Store: hidden file" in scrape.warnings
    assert rows["old.tgz"].format == "tar" and "gzip-compressed" in rows["old.tgz"].reason
    assert rows["notes.tar"].status == "skipped" and "tar archive without a POSIX or GNU header" in rows["notes.tar"].reason


def test_a_tar_archive_climbing_out_nested_or_cut_short_costs_only_itself(tmp_path):
    inner = _tar([("deep.tar", _tar([("deeper.txt", f"عنوان\n\n{BODY}\n".encode())])),
                  ("story.txt", f"عنوان\n\n{BODY2}\n".encode())])
    whole = _tar([("a.txt", f"عنوان\n\n{BODY}\n".encode()), ("b.txt", f"عنوان\n\n{BODY2}\n".encode())])
    write_files(tmp_path, {
        "c/evil.tar": _tar([("../../etc/cron.txt", f"{HEAD}\n\n{BODY}\n".encode()), ("/abs/x.txt", f"عنوان\n\n{BODY2}\n".encode())]),
        "c/nest.tar": _tar([("inner.tar", inner)]),
        "c/cut.tar": whole[: 512 * 3 + 100],  # a.txt whole, b.txt's header, part of its text
    })
    corpus = read_corpus(tmp_path / "c")
    ids = sorted(corpus.documents.doc_id)
    # names climbing out of the archive are read inside it; nothing is written anywhere
    assert ids == ["cut/a", "evil/abs/x", "evil/etc/cron", "nest/inner/story"]
    rows = manifest_rows(corpus)
    assert "deep.tar: an archive two levels down" in rows["nest.tar"].warnings
    assert "cut off: the archive ends inside this member" in rows["cut.tar"].warnings


def test_a_packed_bomb_is_refused_at_its_first_megabytes(tmp_path):
    import zlib
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    info = tarfile.TarInfo("big.txt")
    info.size = 64 << 20
    bomb = packer.compress(info.tobuf(format=tarfile.GNU_FORMAT)) + b"".join(
        packer.compress(b" " * (1 << 20)) for _ in range(64)) + packer.flush()
    write_files(tmp_path, {"c/bomb.tar.gz": bomb,
                           # counter-example: news text packs a few times, and is read
                           "c/news.txt.gz": __import__("gzip").compress(f"{HEAD}\n\n{BODY}\n".encode() * 2000)})
    corpus = read_corpus(tmp_path / "c")
    rows = manifest_rows(corpus)
    assert rows["bomb.tar.gz"].status == "skipped"
    assert "unpacks more than 200 to 1" in rows["bomb.tar.gz"].reason and "a bomb or filler" in rows["bomb.tar.gz"].reason
    assert rows["news.txt.gz"].status == "parsed"


# --- an RSS title escaped twice ------------------------------------------------------------------------------------

def test_an_rss_title_escaped_twice_has_its_entities_read_as_characters(tmp_path):
    def item(title):
        return f"<item><title>{title}</title><description><![CDATA[<p>{BODY}</p>]]></description></item>"
    feed = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>قناة</title>'
            + item("<![CDATA[مصر &amp; السودان: &quot;اتفاق&quot; &#8220;تاريخي&#8221;]]>")
            + item("مصر &amp;amp; السودان")  # escaped twice without CDATA
            # counter-examples: a title escaped once, an '&' that is no entity, an escaped tag stays words
            + item("الأردن &amp; السعودية") + item("<![CDATA[AT&T و R&D]]>") + item("&lt;b&gt; عاجل")
            + "</channel></rss>")
    atom = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>موقع</title>'
            f'<entry><title type="text">Q&amp;amp;A</title><content type="html">&lt;p&gt;{BODY2}&lt;/p&gt;</content></entry></feed>')
    write_files(tmp_path, {"c/feed.rss": feed, "c/atom.xml": atom})
    corpus = read_corpus(tmp_path / "c")
    titles = corpus.documents.set_index("doc_id").title.to_dict()
    assert titles["feed#0"] == "مصر & السودان: \"اتفاق\" “تاريخي”"
    assert titles["feed#1"] == "مصر & السودان"
    assert titles["feed#2"] == "الأردن & السعودية"
    assert titles["feed#3"] == "AT&T و R&D"
    assert titles["feed#4"] == "<b> عاجل"
    assert titles["atom#0"] == "Q&amp;A"  # an Atom title of type text is what it says (review45)


# --- a <noscript> notice that shares the site's name and tagline with the title -----------------------------------

def test_a_noscript_notice_sharing_the_sites_name_and_tagline_is_not_the_article(tmp_path):
    shell = ("<html><head><title>{title}</title>{meta}<script src=app.js></script></head><body><div id=root></div>"
             "<noscript><p>{para}</p></noscript></body></html>")
    site = '<meta property="og:site_name" content="شبكة المشهد الإخبارية العربية">'
    js = ("يرجى تفعيل البرامج النصية في إعدادات الجهاز لمتابعة شبكة المشهد الإخبارية العربية وقراءة الأخبار العاجلة والتقارير "
          "والتحليلات على مدار الساعة من مراسلينا في كل مكان")  # 25 words, none of robust43's notice words
    paywall = ("للاستمرار في قراءة الأخبار على مدار الساعة والتحليلات الحصرية من شبكة المشهد الإخبارية العربية اشترك الآن "
               "بباقة شهرية بسعر رمزي واحصل على تجربة كاملة دون إعلانات")
    tagline = ("تابع مع شبكة المشهد الإخبارية العربية آخر الأخبار على مدار الساعة والتحليلات المعمقة والتقارير الخاصة من "
               "مراسلينا المنتشرين في عواصم العالم مع فريق التحرير")  # no notice word: the site's four-word name shared
    article = f"{BODY} {BODY2}"  # 31 words
    write_files(tmp_path, {
        "c/js.html": shell.format(title="شبكة المشهد الإخبارية العربية | الأخبار العاجلة على مدار الساعة", meta="", para=js),
        "c/paywall.html": shell.format(title="شبكة المشهد الإخبارية العربية - الأخبار على مدار الساعة والتحليلات",
                                       meta=site, para=paywall),
        "c/tagline.html": shell.format(title="شبكة المشهد الإخبارية العربية", meta=site, para=tagline),
        # counter-example: the page's headline vouches for its article (robust45), the site's name beside it
        "c/article.html": shell.format(title="مصر تدين الهجوم على غزة | شبكة المشهد الإخبارية العربية", meta=site, para=article)})
    texts = _texts(read_corpus(tmp_path / "c"))
    assert texts["js"] == ["شبكة المشهد الإخبارية العربية | الأخبار العاجلة على مدار الساعة"]
    assert texts["paywall"] == ["شبكة المشهد الإخبارية العربية - الأخبار على مدار الساعة والتحليلات"]
    assert texts["tagline"] == ["شبكة المشهد الإخبارية العربية"]
    assert texts["article"] == ["مصر تدين الهجوم على غزة | شبكة المشهد الإخبارية العربية", article]


# --- Markdown: a web clipper's saved article -----------------------------------------------------------------------

def test_a_clipped_markdown_article_is_read_with_its_front_matter(tmp_path):
    clipped = f"""---
title: "{HEAD}"
source: "https://news.example/2024/03/01/jordan-saudi"
author:
  - "[[مراسل]]"
published: 2024-03-01
created: 2024-12-07
tags:
  - "clippings"
---
![صورة](https://news.example/i.jpg)

## التفاصيل

{BODY} [المزيد](https://news.example/more)
**عاجل**: {BODY2}

> اقتباس من *البيان* الرسمي

- بند أول
- بند ثان

| البلد | الموقف |
|---|---|
| مصر | تدين |

```js
var x = "code";
```
"""
    notes = f"# ملاحظات الأسبوع\n\n{BODY}\n\n<b>مهم</b> جدا\n"
    write_files(tmp_path, {"c/Clippings/جولة.md": clipped, "c/notes.md": notes,
                           "c/bad.md": f"---\ntitle: عنوان\npublished: 31 avril 2024\n---\n{BODY}\n",
                           # counter-examples: a README and a CHANGELOG are documentation, not news
                           "c/README.md": f"# {HEAD}\n\n{BODY}\n", "c/CHANGELOG.md": "# 1.0\n\n- first\n"})
    corpus = read_corpus(tmp_path / "c")
    docs = corpus.documents.set_index("doc_id")
    assert sorted(docs.index) == ["Clippings/جولة", "bad", "notes"]
    texts = _texts(corpus)
    assert texts["Clippings/جولة"] == [HEAD, "التفاصيل", f"{BODY} المزيد عاجل: {BODY2}", "اقتباس من البيان الرسمي",
                                        "بند أول", "بند ثان", "البلد الموقف", "مصر تدين"]
    assert str(docs.loc["Clippings/جولة", "published"])[:10] == "2024-03-01"
    assert docs.loc["Clippings/جولة", "url"] == "https://news.example/2024/03/01/jordan-saudi"
    assert texts["notes"] == ["ملاحظات الأسبوع", BODY, "مهم جدا"]
    rows = manifest_rows(corpus)
    assert rows["notes.md"].format == "markdown" and "no publication date" in rows["notes.md"].reason
    assert "unreadable date '31 avril 2024'" in rows["bad.md"].reason and texts["bad"] == ["عنوان", BODY]
    assert rows["README.md"].reason.startswith("documentation file") and rows["CHANGELOG.md"].status == "skipped"


# --- the keys of the scrapers analysts run -------------------------------------------------------------------------

def test_a_scrapers_dump_is_read_with_its_dates_and_text(tmp_path):
    import json
    newspaper = [{"url": "https://news.example/1", "title": HEAD, "authors": ["مراسل"], "text": BODY,
                  "publish_date": "2024-03-01 10:00:00", "top_image": "https://news.example/1.jpg"}]
    news_please = {"title": "عنوان", "maintext": BODY2, "description": "وصف قصير", "date_publish": "2024-03-02 09:00:00",
                   "source_domain": "news.example", "url": "https://news.example/2"}
    write_files(tmp_path, {"c/newspaper.json": json.dumps(newspaper, ensure_ascii=False),
                           "c/news_please.jsonl": json.dumps(news_please, ensure_ascii=False) + "\n",
                           # counter-example: the aliases read before are read first
                           "c/plain.jsonl": json.dumps({"title": "عنوان", "text": BODY, "date": "2024-03-03",
                                                       "publish_date": "2020-01-01"}, ensure_ascii=False) + "\n"})
    corpus = read_corpus(tmp_path / "c")
    docs = corpus.documents.set_index("doc_id")
    assert {k: str(v)[:10] for k, v in docs.published.items()} == {
        "newspaper#1": "2024-03-01", "news_please#1": "2024-03-02", "plain#1": "2024-03-03"}
    assert docs.loc["news_please#1", "source"] == "news.example"
    assert _texts(corpus)["news_please#1"] == ["عنوان", BODY2]


# --- an Excel workbook ---------------------------------------------------------------------------------------------

def _xlsx(path, sheets, styles=None, shared=(), date1904=False):
    """An XLSX as Excel writes it: ``sheets`` is ``[(name, xml rows)]``; shared strings, styles, relationships."""
    import zipfile
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    pr = '<workbookPr date1904="1"/>' if date1904 else ""
    book = (f"<workbook {ns} {rel}>{pr}<sheets>" + "".join(f'<sheet name="{n}" sheetId="{i}" r:id="rId{i}"/>'
                                                            for i, (n, _) in enumerate(sheets, 1)) + "</sheets></workbook>")
    rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="rId{i}" Type="worksheet" Target="worksheets/sheet{i}.xml"/>'
                      for i in range(1, len(sheets) + 1)) + "</Relationships>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("xl/workbook.xml", book)
        z.writestr("xl/_rels/workbook.xml.rels", rels)
        z.writestr("xl/sharedStrings.xml", f"<sst {ns}>" + "".join(shared) + "</sst>")
        z.writestr("xl/styles.xml", f"<styleSheet {ns}>{styles or ''}</styleSheet>")
        for i, (_, rows) in enumerate(sheets, 1):
            z.writestr(f"xl/worksheets/sheet{i}.xml", f"<worksheet {ns}><sheetData>{rows}</sheetData></worksheet>")


def test_an_excel_workbook_is_read_as_tables(tmp_path):
    shared = [f"<si><t>{x}</t></si>" for x in ("العنوان", "النص", "التاريخ", HEAD, BODY, "ملاحظة")]
    shared.append("<si><r><t>الجز</t></r><r><t>يرة</t></r><rPh><t>x</t></rPh></si>")  # rich text, a phonetic run
    styles = ('<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy\\ hh:mm"/></numFmts>'
              '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="2"/></cellXfs>')
    news = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'
            '<c r="D1" t="inlineStr"><is><t>المصدر</t></is></c></row>'
            '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" s="1"><v>45352</v></c>'
            '<c r="D2" t="s"><v>6</v></c></row>'
            f'<row r="4"><c r="A4" t="inlineStr"><is><t>عنوان</t></is></c><c r="B4" t="inlineStr"><is><t>{BODY2}</t></is></c>'
            '<c r="C4" s="2"><v>45353.75</v></c><c r="XFD4" t="inlineStr"><is><t>خارج الجدول</t></is></c></row>')
    notes = '<row r="1"><c r="A1" t="s"><v>5</v></c></row><row r="2"><c r="A2" s="3"><v>42</v></c></row>'
    (tmp_path / "c").mkdir()
    _xlsx(tmp_path / "c" / "tracker.xlsx", [("الأخبار", news), ("ملاحظات", notes)], styles, shared)
    # counter-examples: a number styled as a number is no date; a workbook of the Mac's 1904 dates
    _xlsx(tmp_path / "c" / "mac.xlsx", [("s", '<row r="1"><c r="A1" t="inlineStr"><is><t>title</t></is></c>'
                                             '<c r="B1" t="inlineStr"><is><t>date</t></is></c>'
                                             '<c r="C1" t="inlineStr"><is><t>views</t></is></c></row>'
                                             f'<row r="2"><c r="A2" t="inlineStr"><is><t>{HEAD}</t></is></c>'
                                             '<c r="B2" s="1"><v>43890</v></c><c r="C2" s="0"><v>45352</v></c></row>')],
          '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>', date1904=True)
    corpus = read_corpus(tmp_path / "c")
    docs = corpus.documents.set_index("doc_id")
    assert {k: str(v)[:10] for k, v in docs.published.items()} == {
        "tracker#1": "2024-03-01", "tracker#2": "2024-03-02", "mac#1": "2024-03-01"}
    assert docs.loc["tracker#1", "source"] == "الجزيرة"
    texts = _texts(corpus)
    assert texts["tracker#1"] == [HEAD, BODY] and texts["tracker#2"] == ["عنوان", BODY2]
    rows = manifest_rows(corpus)
    assert rows["tracker.xlsx"].format == "xlsx" and "1 sheet(s) read as tables (الأخبار)" in rows["tracker.xlsx"].reason
    assert "sheet 'ملاحظات': no title or text column" in rows["tracker.xlsx"].warnings


def test_a_tar_cut_in_a_header_says_what_it_did_not_read(tmp_path):
    data = f"عنوان\n\n{BODY}\n".encode() * 20
    whole = _tar([("dir", ("dir",)), ("dir/a.txt", data)])
    write_files(tmp_path, {"c/cut.tar": whole[: 512 + 300]})  # the folder's header whole, a.txt's cut
    from marsad.readers.corpus import read_file

    row, records = read_file(tmp_path / "c" / "cut.tar", tmp_path / "c")
    assert records == [] and row["status"] == "skipped"
    assert "after its last whole entry not read (an entry's header cut off?)" in row["reason"]


# --- an e-book -------------------------------------------------------------------------------------------------------

def _epub(path, chapters, spine_extra=""):
    """An EPUB 3 as Calibre's news fetch writes one: a cover, a table of contents, then ``chapters`` [(file, xhtml)]."""
    import zipfile
    manifest = ('<item id="cover" href="cover.xhtml" media-type="application/xhtml+xml"/>'
                '<item id="nav" href="nav.xhtml" properties="nav" media-type="application/xhtml+xml"/>'
                + "".join(f'<item id="c{i}" href="{f}" media-type="application/xhtml+xml"/>' for i, (f, _) in enumerate(chapters)))
    spine = '<itemref idref="cover"/><itemref idref="nav"/>' + "".join(f'<itemref idref="c{i}"/>' for i in range(len(chapters)))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/container.xml", '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:'
                   'opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" '
                   'media-type="application/oebps-package+xml"/></rootfiles></container>')
        z.writestr("OEBPS/content.opf", '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
                   f'<metadata/><manifest>{manifest}</manifest><spine>{spine}{spine_extra}</spine></package>')
        z.writestr("OEBPS/cover.xhtml", '<html xmlns="http://www.w3.org/1999/xhtml"><body><img src="c.jpg"/></body></html>')
        z.writestr("OEBPS/nav.xhtml", '<html xmlns="http://www.w3.org/1999/xhtml"><body><nav><ol><li>1</li></ol></nav></body></html>')
        for f, body in chapters:
            z.writestr(f"OEBPS/{f}", f'<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
                       f"<head><title>x</title></head><body>{body}</body></html>")


def test_an_epub_gives_a_document_a_chapter(tmp_path):
    (tmp_path / "c").mkdir()
    _epub(tmp_path / "c" / "issue.epub", [("feed_0/article_0.xhtml", f"<h1>{HEAD}</h1><p>{BODY}</p>"),
                                          ("feed_0/article_1.xhtml", f"<h2>عنوان</h2><p>{BODY2}</p>")])
    # counter-example: a ZIP named .epub without its package document is broken, said so
    import zipfile
    with zipfile.ZipFile(tmp_path / "c" / "fake.epub", "w") as z:
        z.writestr("mimetype", "application/epub+zip")
        z.writestr("META-INF/container.xml", "<container/>")
    corpus = read_corpus(tmp_path / "c")
    texts = _texts(corpus)
    assert sorted(texts) == ["issue/feed_0/article_0", "issue/feed_0/article_1"]
    assert texts["issue/feed_0/article_0"] == [HEAD, BODY]
    rows = manifest_rows(corpus)
    assert rows["issue.epub"].format == "epub"
    assert "2 chapter(s) read, a document each; 2 without text of their own (cover, contents) left out" in rows["issue.epub"].reason
    assert rows["fake.epub"].status == "skipped" and "no package document" in rows["fake.epub"].reason


def test_a_tar_archive_beside_its_unpacked_files_is_read_once(tmp_path):
    page, other = f"{HEAD}\n\n{BODY}\n".encode(), f"عنوان\n\n{BODY2}\n".encode()
    story = f"خبر\n\n{BODY} {BODY2}\n".encode()
    write_files(tmp_path, {
        "c/scrape.tar.gz": _tar([("site/a.txt", page), ("site/b.txt", other)], "w:gz"),
        "c/site/a.txt": page,  # unpacked beside it
        "c/week1.tar": _tar([("story.txt", story)]), "c/week2.tar.bz2": _tar([("story.txt", story)], "w:bz2"),
        # counter-example: a member with other bytes than the file of its name is read
        "c/site/b.txt": other + "تحديث\n".encode(),
    })
    corpus = read_corpus(tmp_path / "c")
    assert sorted(corpus.documents.doc_id) == ["scrape/site/b", "site/a", "site/b", "week1/story"]
    rows = manifest_rows(corpus)
    assert "site/a.txt: exact duplicate of site/a.txt (same bytes); counted once" in rows["scrape.tar.gz"].warnings
    assert "story.txt: exact duplicate of week1.tar/story.txt (same bytes); counted once" in rows["week2.tar.bz2"].warnings


def test_an_epub_of_bomb_chapters_is_refused_a_chapter_at_a_time(tmp_path):
    (tmp_path / "c").mkdir()
    filler = "<p>" + " " * (9 << 20) + "</p>"  # 9 MiB that pack to a few KiB: a bomb or filler
    _epub(tmp_path / "c" / "bomb.epub", [("a.xhtml", filler), ("b.xhtml", f"<h1>{HEAD}</h1><p>{BODY}</p>"),
                                         ("c.xhtml", filler)])
    from marsad.readers.corpus import read_file

    row, records = read_file(tmp_path / "c" / "bomb.epub", tmp_path / "c")
    assert [r[0]["doc_id"] for r in records] == ["bomb/b"]  # the chapter of news between them is read
    assert "OEBPS/a.xhtml: OEBPS/a.xhtml unpacks" in row["warnings"] and "a ZIP bomb or filler" in row["warnings"]


def test_a_feed_items_text_naming_a_tag_keeps_it(tmp_path):
    def item(title, text):
        return f"<item><title>{title}</title><description>{text}</description></item>"
    feed = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>قناة</title>'
            + item("درس", f"يستخدم المحرر الوسم &lt;em&gt; للتأكيد {REST}")
            # counter-examples: an item's HTML is read as HTML (a tag opening it, a closed tag)
            + item("خبر", f"&lt;p&gt;{BODY}") + item("خبر 2", f"نص &lt;b&gt;عاجل&lt;/b&gt; هنا")
            + "</channel></rss>")
    write_files(tmp_path, {"c/feed.rss": feed})
    texts = _texts(read_corpus(tmp_path / "c"))
    assert texts["feed#0"] == ["درس", f"يستخدم المحرر الوسم <em> للتأكيد {REST}"]
    assert texts["feed#1"] == ["خبر", BODY]
    assert texts["feed#2"] == ["خبر 2", "نص عاجل هنا"]
