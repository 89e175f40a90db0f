"""An HTML page's headline ticker strip is read as ``ticker`` segments (session 38): a marked list, a breaking-news
bar, a ``<marquee>``, a list under a "عاجل"/"آخر الأخبار" label, a strip in the page's header. Each test composes its
page and has counter-examples: a menu, a related or most-read box, a single marked item, two items, a marquee of one
paragraph, a strip left open, all read as before.
"""
import pytest

from marsad.readers.corpus import read_corpus
from marsad.readers.html import _attr_mark, parse_html_page

HEADLINES = [
    "الرئيس الجزائري يستقبل وزير الخارجية الفرنسي في العاصمة",
    "ارتفاع أسعار النفط بعد قرار أوبك خفض الإنتاج",
    "المغرب يفوز على تونس في تصفيات كأس أفريقيا",
    "الأمم المتحدة تدعو إلى وقف إطلاق النار في السودان",
    "البنك المركزي المصري يرفع سعر الفائدة مجددا",
]
TITLE = "قمة عربية طارئة في الرياض لبحث الأوضاع في غزة"
BODY = ("أعلنت المملكة العربية السعودية أنها ستستضيف قمة عربية طارئة الأسبوع المقبل لبحث الأوضاع في غزة ولبنان، "
        "وقال مسؤول في الجامعة العربية إن وزراء الخارجية سيجتمعون قبل القمة بيوم لإعداد مشروع البيان الختامي "
        "الذي سيعرض على القادة.")
LONG = " ".join([BODY] * 2)  # a paragraph: more than 30 words


def _page(strip: str, *, after: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="ar"><head><title>{TITLE}</title></head><body>{strip}'
            f"<article><h1>{TITLE}</h1><p>{BODY}</p>{after}</article></body></html>")


def _links(items, tag="li"):
    return "".join(f'<{tag}><a href="/n/{i}">{t}</a></{tag}>' for i, t in enumerate(items))


def _sections(page):
    return [(s["section"], s["text"]) for s in page.segments]


def _ticker(html):
    return [s["text"] for s in parse_html_page(html).segments if s["section"] == "ticker"]


# --- strips that are read as a ticker ---------------------------------------------------------------------------

def test_a_breaking_news_bar_with_a_ticker_list_is_read_as_ticker_in_page_order_without_its_label():
    html = _page(f'<div class="breaking-news"><span>عاجل</span><ul class="news-ticker">{_links(HEADLINES)}</ul></div>')
    page = parse_html_page(html)
    assert _sections(page) == [("ticker", h) for h in HEADLINES] + [("title", TITLE), ("paragraph", BODY)]
    assert page.title == TITLE
    # before: the same page without its marks is a label paragraph and five related links
    plain = _page(f'<div><span>خبر</span><ul>{_links(HEADLINES)}</ul></div>')
    assert _sections(parse_html_page(plain))[:6] == [("paragraph", "خبر")] + [("related", h) for h in HEADLINES]


@pytest.mark.parametrize("attrs", ['class="ticker"', 'id="breakingNews"', 'class="bar news_bar"',
                                   'class="akhbar-3ajel"', 'class="scroller"', 'role="marquee"',
                                   'aria-label="شريط الأخبار العاجلة"', 'class="urgent-strip"'])
def test_the_marks_a_site_gives_its_strip(attrs):
    assert _ticker(_page(f"<div {attrs}>{_links(HEADLINES, 'span')}</div>")) == HEADLINES


@pytest.mark.parametrize("attrs", ['class="akhbar"', 'class="news-list"', 'class="sidebar"', 'id="latest"',
                                   'class="col-md-4 card"'])
def test_other_class_names_are_no_mark(attrs):
    assert _attr_mark({"class": attrs.split('"')[1]}) is None
    assert _ticker(_page(f"<ul {attrs}>{_links(HEADLINES)}</ul>")) == []


def test_a_marquee_of_one_text_is_split_at_its_separators_and_at_no_break_space_runs():
    assert _ticker(_page("<marquee>" + " • ".join(HEADLINES) + "</marquee>")) == HEADLINES
    assert _ticker(_page("<marquee>" + " | ".join(HEADLINES[:3]) + "</marquee>")) == HEADLINES[:3]
    assert _ticker(_page("<marquee>" + "\u00a0\u00a0\u00a0".join(HEADLINES[:4]) + "</marquee>")) == HEADLINES[:4]


def test_a_list_right_after_a_ticker_label_is_a_strip_and_the_label_is_dropped():
    for label in ("<h3>آخر الأخبار</h3>", "<h2>عاجل:</h2>", "<span>أخبار عاجلة</span>", "<p>شريط الأخبار</p>"):
        page = parse_html_page(_page(f"{label}<ul>{_links(HEADLINES)}</ul>"))
        assert _sections(page)[:6] == [("ticker", h) for h in HEADLINES] + [("title", TITLE)], label
    # counter-example: a heading that is no ticker label keeps its list as related links
    page = parse_html_page(_page(f"<h3>من نحن</h3><ul>{_links(HEADLINES)}</ul>"))
    assert _sections(page)[:2] == [("subheading", "من نحن"), ("related", HEADLINES[0])]


def test_a_strip_in_the_page_header_is_read_while_the_header_menu_stays_dropped():
    html = _page('<header><nav><ul class="menu"><li><a>الرئيسية</a></li><li><a>سياسة</a></li></ul></nav>'
                 f'<div id="breaking-bar"><b>عاجل</b>{_links(HEADLINES, "span")}</div><p>{BODY}</p></header>')
    assert _sections(parse_html_page(html)) == [("ticker", h) for h in HEADLINES] + [("title", TITLE), ("paragraph", BODY)]


def test_a_strip_after_the_article_stays_after_it_and_its_controls_and_times_are_dropped():
    strip = ('<div class="ticker"><span>12:30</span>' + _links(HEADLINES[:3], "span")
             + '<a href="/all">المزيد من الأخبار</a><button>التالي</button></div>')
    page = parse_html_page(_page("", after=strip))
    assert _sections(page) == [("title", TITLE), ("paragraph", BODY)] + [("ticker", h) for h in HEADLINES[:3]]


def test_a_link_with_markup_inside_is_one_headline():
    items = "".join(f'<li><a href="#"><span class="tag">فيديو</span> {h}</a></li>' for h in HEADLINES[:3])
    assert _ticker(_page(f'<ul class="newsticker">{items}</ul>')) == [f"فيديو {h}" for h in HEADLINES[:3]]


def test_a_repeated_strip_is_read_with_its_duplicates_marked_by_the_segment_table(tmp_path):
    (tmp_path / "page.html").write_text(_page(f'<marquee>{_links(HEADLINES * 2, "span")}</marquee>'), encoding="utf-8")
    seg = read_corpus(tmp_path).segments
    ticker = seg[seg["section"] == "ticker"]
    assert len(ticker) == 10 and ticker["duplicate_of"].notna().sum() == 5


def test_a_mixed_folder_holds_the_pages_ticker_and_the_tables_titles(tmp_path):
    (tmp_path / "page.html").write_text(
        _page(f'<div class="breaking-news"><ul class="news-ticker">{_links(HEADLINES)}</ul></div>'), encoding="utf-8")
    (tmp_path / "titles.csv").write_text("title,date\n" + "".join(f"{h},2024-05-0{i + 1}\n" for i, h in
                                                                 enumerate(HEADLINES[:3])), encoding="utf-8")
    corpus = read_corpus(tmp_path)
    sections = corpus.segments.groupby("section").size().to_dict()
    assert sections["ticker"] == 5 and sections["title"] == 4  # the page's title and the table's three
    assert corpus.summary()["ticker"] == 5


# --- counter-examples: read as before -------------------------------------------------------------------------

def test_a_menu_a_related_list_and_a_most_read_box_stay_what_they_were():
    menu = '<ul class="menu"><li><a>الرئيسية</a></li><li><a>سياسة</a></li><li><a>اقتصاد</a></li></ul>'
    related = f'<h3>اقرأ أيضا</h3><ul class="related">{_links(HEADLINES)}</ul>'
    most = f'<div class="most-read"><h3>الأكثر قراءة</h3><ul>{_links(HEADLINES)}</ul></div>'
    for box in (menu, related, most):
        page = parse_html_page(_page(box))
        assert not any(s["section"] == "ticker" for s in page.segments), box
    assert _sections(parse_html_page(_page(related)))[1] == ("related", HEADLINES[0])


def test_a_most_read_box_is_no_strip_even_when_it_scrolls():
    assert _ticker(_page(f'<div class="scroller most-read">{_links(HEADLINES, "span")}</div>')) == []
    assert _ticker(_page(f'<div class="ticker"><h3>الأكثر قراءة</h3>{_links(HEADLINES, "span")}</div>')) == []
    assert _ticker(_page("<h3>الأكثر قراءة</h3><marquee>" + " • ".join(HEADLINES) + "</marquee>")) == []
    assert _ticker(_page(f'<div aria-label="الأكثر قراءة">{_links(HEADLINES, "span")}</div>')) == []


def test_a_ticker_mark_on_one_item_or_two_items_is_no_strip():
    one = parse_html_page(_page(f'<div class="ticker"><a href="#">{HEADLINES[0]}</a></div>'))
    assert _sections(one)[0] == ("paragraph", HEADLINES[0])
    two = parse_html_page(_page(f'<ul class="news-ticker">{_links(HEADLINES[:2])}</ul>'))
    assert _sections(two)[:2] == [("related", HEADLINES[0]), ("related", HEADLINES[1])]


def test_a_marquee_or_a_breaking_box_holding_a_paragraph_is_no_strip():
    assert _sections(parse_html_page(_page(f"<marquee>{LONG}</marquee>")))[0] == ("paragraph", LONG)
    box = f'<div class="breaking-news">{_links(HEADLINES, "span")}<p>{LONG}</p></div>'
    assert _ticker(_page(box)) == []
    # a short article under a "عاجل" heading: its paragraphs are not headlines
    page = parse_html_page(_page(f"<h2>عاجل</h2><div><p>{LONG}</p><p>{BODY}</p></div>"))
    assert ("subheading", "عاجل") in _sections(page) and ("paragraph", LONG) in _sections(page)
    # nor is a wrapper after a label that holds an article of short paragraphs (its h1)
    short = ["قال الرئيس إن الاتفاق سيوقع غدا", "وأضاف أن الوفد سيصل صباحا", "وتابع أن المحادثات كانت بناءة"]
    article = f"<h2>آخر الأخبار</h2><div class='content'><h1>{TITLE}</h1>" + "".join(f"<p>{p}</p>" for p in short) + "</div>"
    assert _sections(parse_html_page(f"<html><body>{article}</body></html>")) == (
        [("subheading", "آخر الأخبار"), ("title", TITLE)] + [("paragraph", p) for p in short])


def test_a_strip_left_open_at_the_end_of_the_page_is_not_read_as_one():
    html = (f"<html><body><h1>{TITLE}</h1><p>{BODY}</p><ul class='ticker'>" + _links(HEADLINES[:3])
            + "<li>" + "كلمة قصيرة هنا" + "</li>")
    assert _ticker(html) == []
    assert [s for s, _ in _sections(parse_html_page(html))].count("related") == 4


def test_a_page_of_many_marked_or_labelled_elements_is_read_whole():
    # (its cost as the page grows is measured by bench/pathological.py's html_ticker case, never asserted here)
    many = "".join(f'<div class="ticker"><span>{HEADLINES[i % 5]}</span>' for i in range(20_000))
    sections = [s for s, _ in _sections(parse_html_page(f"<html><body>{many}</body></html>"))]
    assert sections == ["paragraph"] * 20_000  # one item per strip, never closed: no strip, every text kept
    labels = "".join(f"<span>عاجل</span><ul><li>{HEADLINES[i % 5]}</li></ul>" for i in range(5_000))
    forms = '<div class="ticker">' + "<form>خبر " * 20_000 + "</div>"
    sections = [s for s, _ in _sections(parse_html_page(f"<html><body>{labels}{forms}</body></html>"))]
    assert sections.count("ticker") == 0 and sections.count("related") == 5_000 and len(sections) == 10_000
