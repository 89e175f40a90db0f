"""robust44's leftovers and files analysts bring that nobody had tried (session 43): Facebook's and Google Takeout's
HTML exports, one Telegram chat exported twice as HTML, a table or feed whose text is HTML (raw, escaped, escaped
twice), a mailbox of newsletters, shortcuts, a mail folder's index, a tar archive, an Outlook message. Each test
composes its input and has a counter-example: what must be read (or skipped) as before.
"""
import base64
import gzip
import io
import json
import tarfile

from marsad.readers.corpus import read_corpus
from marsad.readers.html import markup_text

from conftest import manifest_rows, write_files

HEAD = "الأردن والسعودية يبحثان التعاون الاقتصادي"
BODY = "بحث العاهل الأردني الملك عبد الله الثاني مع ولي العهد السعودي الأمير محمد بن سلمان سبل تعزيز التعاون."
BODY2 = "مصر تدين الهجوم على غزة وتدعو إلى وقف إطلاق النار وإدخال المساعدات الإنسانية إلى القطاع."


def _texts(corpus) -> dict:
    return corpus.segments.groupby("doc_id").text.apply(list).to_dict()


# --- Facebook's HTML export, Google Takeout's pages --------------------------------------------------------------

def _fb_post(line, text, when):
    return (f"<div class='pam _3-95 _2ph- _a6-g uiBoxWhite noborder'><div class='_3-95 _2pim _a6-h _a6-i'>{line}</div>"
            f"<div class='_3-95 _a6-p'><div><div class='_2pin'><div>{text}</div></div><div class='_2pin'>"
            f"<a href='https://news.example/1'>https://news.example/1</a></div></div></div>"
            f"<div class='_3-94 _a6-o'>{when}</div></div>")


def test_facebook_html_export_is_read_a_document_a_post(tmp_path):
    page = ("<html><head><meta charset='utf-8'><title>Your posts</title></head><body><div role=main>"
            + _fb_post("صفحة الأخبار shared a link.", f"{HEAD}<br>{BODY}", "Mar 01, 2024 10:00:00 pm")
            + _fb_post("صفحة الأخبار updated its status.", BODY2, "Mar 2, 2024, 9:05 AM")
            + _fb_post("صفحة الأخبار shared a photo.", "", "Mar 03, 2024 10:00:00 am") + "</div></body></html>")
    write_files(tmp_path, {"c/posts/your_posts_1.html": page,
                           # counter-example: a news page with a white box is a page, read as one
                           "c/page.html": f"<html><body><div class='pam uiBoxWhite'><h1>{HEAD}</h1><p>{BODY}</p></div></body></html>"})
    corpus = read_corpus(tmp_path / "c")
    docs = corpus.documents.set_index("doc_id")
    assert docs.index.tolist() == ["page", "posts/your_posts_1#1", "posts/your_posts_1#2"]
    assert [str(d) for d in docs.published[1:]] == ["2024-03-01 00:00:00", "2024-03-02 00:00:00"]
    texts = _texts(corpus)
    assert texts["posts/your_posts_1#1"] == [HEAD, BODY]  # no "shared a link.", no bare link
    assert texts["posts/your_posts_1#2"] == [BODY2]
    assert texts["page"] == [HEAD, BODY]
    rows = manifest_rows(corpus)
    assert rows["posts/your_posts_1.html"].format == "facebook"
    assert "Facebook HTML export: 3 post(s)" in rows["posts/your_posts_1.html"].reason


def test_takeout_activity_and_overview_pages_are_skipped_saying_what_they_are(tmp_path):
    cell = ("<div class='outer-cell mdl-cell mdl-cell--12-col mdl-shadow--2dp'><div class='mdl-grid'>"
            "<div class='content-cell mdl-cell mdl-cell--6-col mdl-typography--body-1'>Searched for&nbsp;<a href='#'>"
            "غزة</a><br>Mar 1, 2024, 10:00:00 AM UTC</div></div></div>")
    write_files(tmp_path, {
        "c/Takeout/My Activity/Search/MyActivity.html": f"<html><head><title>My Activity</title></head><body>{cell * 2}</body></html>",
        "c/Takeout/archive_browser.html": "<html><body><h1>Your account, your data.</h1><p>This archive contains data.</p></body></html>",
        # counter-example: a page of Material Design cells holding an article is read
        "c/mdl.html": f"<html><body><div class='mdl-cell'><h1>{HEAD}</h1><p>{BODY}</p></div></body></html>"})
    corpus = read_corpus(tmp_path / "c")
    assert corpus.documents.doc_id.tolist() == ["mdl"]
    rows = manifest_rows(corpus)
    assert rows["Takeout/My Activity/Search/MyActivity.html"].reason.startswith("Google Takeout activity page")
    assert rows["Takeout/archive_browser.html"].reason.startswith("Google Takeout's overview of the archive")


# --- one Telegram chat exported twice as HTML ---------------------------------------------------------------------

def _tg_page(name, messages):
    body = "".join(f'<div class="message default clearfix" id="message{mid}"><div class="body"><div class="pull_right '
                   f'date details" title="01.03.2024 10:00:00 UTC+03:00">10:00</div><div class="from_name">{name}</div>'
                   f'<div class="text">{text}</div></div></div>' for mid, text in messages)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"/><title>Exported Data</title></head><body>'
            f'<div class="page_wrap"><div class="page_header"><div class="content"><div class="text bold">{name}</div>'
            f'</div></div><div class="page_body chat_page"><div class="history">{body}</div></div></div></body></html>')


def test_a_telegram_chat_exported_twice_as_html_is_counted_once(tmp_path):
    write_files(tmp_path, {
        "c/ChatExport_2024-03-05/messages.html": _tg_page("قناة الأخبار", [(2, HEAD), (3, BODY)]),
        "c/ChatExport_2024-03-09/messages.html": _tg_page("قناة الأخبار", [(2, HEAD), (3, BODY + " (معدل)"), (4, BODY2)]),
        # counter-example: another chat's messages 2 and 3 (the same text) are its own
        "c/ChatExport_other/messages.html": _tg_page("قناة أخرى", [(2, HEAD), (3, BODY)])})
    corpus = read_corpus(tmp_path / "c")
    assert sorted(corpus.documents.doc_id) == sorted([
        "ChatExport_2024-03-05/message2", "ChatExport_2024-03-05/message3", "ChatExport_2024-03-09/message3",
        "ChatExport_2024-03-09/message4", "ChatExport_other/message2", "ChatExport_other/message3"])
    rows = manifest_rows(corpus)
    assert rows["ChatExport_2024-03-09/messages.html"].documents == 2  # message 3 was edited: read again
    assert "1 message(s) already read from an earlier export" in rows["ChatExport_2024-03-09/messages.html"].reason
    assert "already read" not in rows["ChatExport_other/messages.html"].reason
    assert "same_message" not in corpus.documents.columns


# --- a table or a feed whose text is HTML -------------------------------------------------------------------------

def test_a_table_cell_of_html_is_read_as_its_text(tmp_path):
    rows = [{"title": f"<b>{HEAD}</b>", "text": f"<p>{BODY}</p><script>alert('x')</script><p>{BODY2}</p>"},
            {"title": "عنوان مهرب", "text": f"&lt;p&gt;{BODY}&lt;/p&gt;&lt;img src=x onerror=alert(1)&gt;"},
            {"title": "", "text": "<div><br/></div>"},
            # counter-examples: text that only mentions < and & is kept as it is
            {"title": "AT&T و 3 < 5", "text": f"{BODY} a <b and c> d &amp; &lt;br"},
            {"title": "&lt;b&gt;عاجل&lt;/b&gt;", "text": BODY2}]  # an escaped title: its words, as before
    write_files(tmp_path, {"c/t.jsonl": "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                           "c/u.csv": f'title,text\n"<em>{HEAD}</em>","<p>{BODY}</p><style>p{{}}</style>"\n'})
    corpus = read_corpus(tmp_path / "c")
    texts = _texts(corpus)
    assert texts["t#1"] == [HEAD, BODY, BODY2]
    assert texts["t#2"] == ["عنوان مهرب", BODY]
    assert texts["t#4"] == ["AT&T و 3 < 5", f"{BODY} a <b and c> d &amp; &lt;br"]
    assert texts["t#5"] == ["&lt;b&gt;عاجل&lt;/b&gt;", BODY2]
    assert texts["u#1"] == [HEAD, BODY]
    assert "t#3" not in texts  # markup without text: no document


def test_markup_text_keeps_plain_values():
    assert markup_text("a < b > c") == "a < b > c"
    assert markup_text("&lt;3 love") == "&lt;3 love"
    assert markup_text("x &amp;lt;p&amp;gt;نص&amp;lt;/p&amp;gt;").split() == ["x", "نص"]
    assert markup_text("<i>عنوان</i> ثان", one_line=True) == "عنوان ثان"


def test_an_atom_html_title_and_a_feed_body_escaped_twice_are_read_as_text(tmp_path):
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    feed = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>أخبار</title>'
            f'<item><title>{HEAD}</title><description>{esc(esc("<p>" + BODY + "</p>"))}</description></item>'
            f'<item><title>{esc("<b>عاجل</b>")} AT&amp;T &lt;3</title><description>{esc("<p>" + BODY2 + "</p>")}</description></item>'
            '</channel></rss>')
    atom = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>أ</title>'
            f'<entry><title type="html">{esc("<em>" + HEAD + "</em>")}</title><content type="xhtml"><div '
            f'xmlns="http://www.w3.org/1999/xhtml"><p>{BODY}</p><script>alert(3)</script></div></content></entry></feed>')
    write_files(tmp_path, {"c/feed.rss": feed, "c/atom.xml": atom})
    texts = _texts(read_corpus(tmp_path / "c"))
    assert texts["feed#0"] == [HEAD, BODY]
    # counter-example: an RSS title is text (its escaped tags are its words, as test_hostile's), and a plain < stays
    assert texts["feed#1"] == ["<b>عاجل</b> AT&T <3", BODY2]
    assert texts["atom#0"] == [HEAD, BODY]  # Atom says type="html": its title is HTML


# --- mail: a mailbox, an Outlook message ------------------------------------------------------------------------

def _mail(subject, body_headers, body):
    return (f"From: news@example.org\nSubject: =?UTF-8?B?{base64.b64encode(subject.encode()).decode()}?=\n"
            f"Date: Fri, 01 Mar 2024 10:00:00 +0300\nMIME-Version: 1.0\n{body_headers}\n\n").encode() + body


def test_a_mailbox_is_read_a_document_a_message(tmp_path):
    html = _mail("نشرة", "Content-Type: text/html; charset=windows-1256",
                 f"<html><body><p>{BODY}</p><script>x()</script></body></html>".encode("cp1256"))
    plain = _mail(HEAD, "Content-Type: text/plain; charset=utf-8", f"{BODY2}\nFrom the desk: {BODY}\n>From the archive\n".encode())
    empty = _mail("فارغ", "Content-Type: text/plain; charset=utf-8", b" ")
    box = (b"From news@example.org Fri Mar  1 10:00:00 2024\n" + html + b"\n\n"
           b"From - Sat Mar 02 10:00:00 2024\n" + plain + b"\n"
           b"From news@example.org Sun Mar  3 10:00:00 2024\n" + empty + b"\n")
    folder = box.split(b"From news@example.org Sun")[0]  # Thunderbird's folder: a mailbox without extension
    write_files(tmp_path, {"c/news.mbox": box, "c/Mail/Local Folders/Inbox": folder,
                           "c/Mail/Local Folders/Inbox.msf": "// <!-- <mdb:mork:z v=\"1.4\"/> -->\n",
                           # counter-example: a text page that begins with "From " is a page
                           "c/from.txt": f"From the editor\n\n{BODY}\n"})
    corpus = read_corpus(tmp_path / "c")
    texts = _texts(corpus)
    assert texts["news#1"] == ["نشرة", BODY]
    assert texts["news#2"] == [HEAD, f"{BODY2} From the desk: {BODY} From the archive"]
    assert "news#3" not in texts
    assert texts["Mail/Local Folders/Inbox#1"] == texts["news#1"]
    assert texts["from"] == ["From the editor", BODY]
    rows = manifest_rows(corpus)
    assert rows["news.mbox"].format == "mbox" and rows["news.mbox"].documents == 2
    assert "message 3: e-mail message with no text part; skipped" in rows["news.mbox"].warnings
    assert rows["Mail/Local Folders/Inbox"].format == "mbox"
    assert not rows["Mail/Local Folders/Inbox"].warnings  # no remark of decoding the whole file (two charsets)
    assert rows["Mail/Local Folders/Inbox.msf"].reason.startswith("Thunderbird's index of a mail folder")


# --- shortcuts, tar archives, Outlook and Safari files ---------------------------------------------------------

def test_shortcuts_and_outlook_messages_are_skipped_saying_what_they_are(tmp_path):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as t:
        data = f"{HEAD}\n\n{BODY}\n".encode()
        info = tarfile.TarInfo("site/a.txt")
        info.size = len(data)
        t.addfile(info, io.BytesIO(data))
    write_files(tmp_path, {"c/link.url": "[InternetShortcut]\r\nURL=https://news.example/a/1\r\n",
                           "c/pages.tar.gz": gzip.compress(buf.getvalue()), "c/pages.tar": buf.getvalue(),
                           "c/mail.msg": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
                           "c/page.webarchive": b"bplist00\xd1\x01\x02_\x10\x0fWebMainResource" + b"\x00" * 80,
                           # counter-example: a text that names a URL is read
                           "c/link.txt": f"{HEAD}\n\nURL=https://news.example/a/1 {BODY}\n"})
    corpus = read_corpus(tmp_path / "c")
    # (robust46) a tar archive is read as a folder, packed or not (it was skipped saying what it is); the same member
    # in both is read once
    assert corpus.documents.doc_id.tolist() == ["link", "pages/site/a"]
    rows = manifest_rows(corpus)
    assert rows["link.url"].reason == "Internet shortcut (a link to a page, not the page), not news"
    assert rows["pages.tar"].format == "tar" and "tar archive: 1 of 1 members read" in rows["pages.tar"].reason
    assert "exact duplicate of pages.tar/site/a.txt" in rows["pages.tar.gz"].reason
    assert "Outlook message (.msg): save it as .eml" in rows["mail.msg"].reason
    assert "Safari .webarchive" in rows["page.webarchive"].reason


# --- a lone <noscript> paragraph of 20-79 words ------------------------------------------------------------------

def test_a_short_noscript_article_is_read_when_the_page_says_it_is_that_article(tmp_path):
    para = f"{BODY} {BODY2}"  # 31 words
    shell = "<html><head><title>{title}</title>{meta}<script src=app.js></script></head><body><div id=root></div>" \
            "<noscript><p>{para}</p></noscript></body></html>"
    notice = "عذرا، لا يمكن عرض موقع الأخبار العربية بشكل كامل الآن، يرجى المحاولة لاحقا أو تحديث الصفحة أو استخدام " \
             "تطبيق موقع الأخبار العربية على هاتفك المحمول للحصول على أفضل تجربة"  # 25 words, no script/cookie words
    write_files(tmp_path, {
        "c/titled.html": shell.format(title="مصر تدين الهجوم على غزة | موقع الأخبار", meta="", para=para),
        "c/described.html": shell.format(title="موقع الأخبار", meta=f'<meta name="description" content="{BODY2[:60]}">',
                                         para=para),
        # counter-examples: a site's title alone, and a notice naming the site, are not an article's
        "c/site_only.html": shell.format(title="موقع الأخبار", meta="", para=para),
        "c/notice.html": shell.format(title="موقع الأخبار العربية", meta="", para=notice)})
    texts = _texts(read_corpus(tmp_path / "c"))
    assert texts["titled"] == ["مصر تدين الهجوم على غزة | موقع الأخبار", para]
    assert texts["described"] == ["موقع الأخبار", para]
    assert texts["site_only"] == ["موقع الأخبار"]
    assert texts["notice"] == ["موقع الأخبار العربية"]


def test_a_typed_message_that_writes_a_tag_keeps_it_as_text(tmp_path):
    # counter-example to the tables' HTML cells: a tweet or a Telegram message is what its author typed
    tweet = {"tweet": {"id_str": "1763500000000000001", "created_at": "Fri Mar 01 12:00:00 +0000 2024",
                       "full_text": f"&lt;p&gt;{BODY}&lt;/p&gt; &lt;script&gt;x&lt;/script&gt;"}}
    write_files(tmp_path, {"c/data/tweets.js": "window.YTD.tweets.part0 = " + json.dumps([tweet], ensure_ascii=False),
                           "c/ChatExport/messages.html": _tg_page("قناة", [(2, f"&lt;b&gt;{HEAD}&lt;/b&gt;")])})
    texts = _texts(read_corpus(tmp_path / "c"))
    assert texts["x/1763500000000000001"] == [f"<p>{BODY}</p> <script>x</script>"]
    assert texts["ChatExport/message2"] == [f"<b>{HEAD}</b>"]
