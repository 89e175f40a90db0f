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
