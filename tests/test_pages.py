"""The aggregator page parser on the real seed page, with exact expectations."""
import pandas as pd
import pytest

from marsad.readers.html import parse_html_page
from marsad.readers.html import parse_page
from marsad.readers.page import parse_text_page
from marsad.readers.segments import mark_duplicates


@pytest.fixture(scope="module")
def seed_page(seed_text):
    return parse_text_page(seed_text)


def sections(page, name):
    return [s["text"] for s in page.segments if s["section"] == name]


def test_seed_ticker_has_58_headlines(seed_page):
    ticker = sections(seed_page, "ticker")
    assert len(ticker) == 58
    assert ticker[0] == "باراغواي تجسد اعترافها بالسيادة المغربية على الصحراء بإعلان فتح قنصلية عامة"
    assert ticker[-1] == "المجلس العلمي الأعلى يضع نص فتوى الزكاة رهن إشارة العموم"


def test_seed_title_source_date(seed_page):
    assert seed_page.title == "اتفاقية تعاون استراتيجي بين روسيا وكوريا الشمالية تشمل الدفاع المشترك"
    assert seed_page.source == "الأيام 24"
    assert seed_page.published == pd.Timestamp("2024-06-19")
    assert seed_page.warnings == []


def test_seed_section_counts(seed_page):
    counts = pd.Series([s["section"] for s in seed_page.segments]).value_counts().to_dict()
    assert counts == {
        "ticker": 58, "paragraph": 34, "related": 6, "subheading": 3, "caption": 2,
        "title": 1, "byline": 1, "footer": 1,
    }


def test_seed_boilerplate_dropped(seed_page):
    texts = " ".join(s["text"] for s in seed_page.segments)
    assert "شكرا على الإبلاغ" not in texts
    assert "سيتم حجب هذه الصورة" not in texts


def test_seed_captions_have_credit_split_off(seed_page):
    captions = [s for s in seed_page.segments if s["section"] == "caption"]
    assert [c["credit"] for c in captions] == ["Reuters", "Reuters"]
    assert captions[0]["text"].startswith("كيم وبوتين يتصافحان")
    assert captions[1]["text"] == "بوتين قاد سيارة روسية الصنع قدمها هدية لكيم جونغ أون."


def test_seed_subheadings(seed_page):
    assert sections(seed_page, "subheading") == ["عالم متعدد الأقطاب", "جولة بالسيارة وهدايا متبادلة", '"تهديد عالمي حقيقي"']


def test_seed_related_links_inline_and_bulleted(seed_page):
    related = sections(seed_page, "related")
    assert related[0] == "لماذا يزور بوتين كوريا الشمالية الآن؟"
    assert related[-1] == "ما الذي نعرفه عن أول قمة بين بوتين وكيم جونغ أون؟"
    assert not any(r.startswith("*") for r in related)


def test_seed_footer(seed_page):
    assert sections(seed_page, "footer") == ["انقر هنا لقراءة الخبر من مصدره."]


def test_seed_paragraph_order(seed_page):
    paragraphs = sections(seed_page, "paragraph")
    assert paragraphs[0].startswith("وقعت روسيا وكوريا الشمالية")
    assert paragraphs[-1].startswith("وحتى الآن، امتنعت فيتنام")


def test_duplicates_on_seed_ticker(seed_page):
    marks = mark_duplicates(sections(seed_page, "ticker"))
    # one story (the zakat fatwa) four times: 53 first, 56 verbatim, 55 and 57 reworded
    assert {i: m for i, m in enumerate(marks) if m is not None} == {55: 53, 56: 53, 57: 53}


@pytest.mark.parametrize(
    "texts, expected",
    [
        (["أ ب ج د", "أ ب ج د"], [None, 0]),
        (["روسيا توقع اتفاقية", "الصين تطلق قمرا"], [None, None]),
        ([], []),
    ],
)
def test_mark_duplicates_small(texts, expected):
    assert mark_duplicates(texts) == expected


def test_page_without_byline_warns():
    page = parse_text_page("عنوان قصير\nهذه فقرة أولى طويلة بما يكفي لتكون فقرة في المقال وتنتهي بنقطة.\n")
    assert page.published is None
    assert any("no byline" in w for w in page.warnings)
    assert page.title == "عنوان قصير"


def test_byline_with_bad_date_warns():
    page = parse_text_page("عنوان\nنشر في هسبريس يوم 45 - 13 - 2024\nفقرة طويلة بما يكفي لتكون فقرة عادية في المقال.\n")
    assert page.source == "هسبريس"
    assert page.published is None
    assert any("unparseable" in w for w in page.warnings)


def test_html_page_parsed_as_text_only():
    html = """<html><head><title>t</title><script>alert(1)</script>
    <meta property="article:published_time" content="2024-06-19T10:00:00+03:00"></head>
    <body><nav>قائمة</nav><h1>بوتين في بيونغ يانغ</h1><p>وصل الرئيس الروسي <b>فلاديمير بوتين</b> إلى كوريا.</p>
    <figure><figcaption>صورة الزيارة</figcaption></figure><ul><li>خبر ذو صلة</li></ul></body></html>"""
    page = parse_page(html)
    assert page.title == "بوتين في بيونغ يانغ"
    assert page.published == pd.Timestamp("2024-06-19")
    assert [s["section"] for s in page.segments] == ["title", "paragraph", "caption", "related"]
    assert "alert" not in " ".join(s["text"] for s in page.segments)
    assert "قائمة" not in " ".join(s["text"] for s in page.segments)
    assert parse_html_page(html).segments[1]["text"] == "وصل الرئيس الروسي فلاديمير بوتين إلى كوريا."


def test_text_page_related_link_line_with_an_opener_is_related():
    page = parse_text_page("عنوان المقال\n\nوصل الرئيس الروسي إلى بيونغ يانغ في زيارة رسمية تستمر يومين، وفق ما أعلن الكرملين.\n"
                           "إقرأ أيضا: بوتين وكيم يوقعان اتفاقية شراكة استراتيجية شاملة في العاصمة الكورية الشمالية\n"
                           "ووقعت روسيا وكوريا الشمالية اتفاقية شراكة استراتيجية شاملة تشمل بندا للدفاع المشترك.\n")
    assert sections(page, "related") == ["إقرأ أيضا: بوتين وكيم يوقعان اتفاقية شراكة استراتيجية شاملة في العاصمة الكورية الشمالية"]
    assert all(not s.startswith("إقرأ") for s in sections(page, "paragraph"))
