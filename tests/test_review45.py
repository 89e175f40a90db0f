"""A second read of robust45's reader changes (session 43): defects found on inputs its tests did not try. Each test
composes its input, failed on main before the fix (1dfe4dea), and has a counter-example: what is read as before.
"""
import base64
import io
import json
import re
import tarfile

from marsad.readers import html as html_reader
from marsad.readers.corpus import read_corpus
from marsad.readers.html import markup_text

from conftest import manifest_rows, write_files

HEAD = "الأردن والسعودية يبحثان التعاون الاقتصادي"
BODY = "بحث العاهل الأردني الملك عبد الله الثاني مع ولي العهد السعودي الأمير محمد بن سلمان سبل تعزيز التعاون."
REST = "ثم يسرق بيانات المستخدمين من المتصفح، بحسب التقرير الذي نشرته الشركة أمس."


def _texts(corpus) -> dict:
    return corpus.segments.groupby("doc_id").text.apply(list).to_dict()


# --- a value that names a script or a frame in words keeps the words after it ----------------------------------

def test_an_unclosed_script_tag_named_in_a_cell_does_not_drop_the_rest_of_it(tmp_path):
    rows = [{"title": HEAD, "text": f"قال الباحث إن المهاجم يحقن الوسم <script> في الصفحة {REST}"},
            {"title": HEAD, "text": f"ويضع الإطار <iframe src=x> داخل الموقع {REST}"},
            {"title": HEAD, "text": f"ويكتب &lt;style&gt; في الصفحة {REST}"},  # escaped: unescaped, then the same
            # counter-examples: a closed script is the page's code, dropped as before; a truncated page's last
            # unclosed script with other markup keeps its words (the rule is the element's end tag, not the markup)
            {"title": HEAD, "text": f"<p>{BODY}</p><script>alert('x')</script><p>{REST}</p>"},
            {"title": "عنوان", "text": f"<p>{BODY}</p><script>a()</script><p>{REST}</p><script>"}]
    write_files(tmp_path, {"c/t.jsonl": "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n"})
    texts = _texts(read_corpus(tmp_path / "c"))
    # (robust46) a bare tag named between words is the sentence's word, kept (review45 dropped the tag's name)
    assert texts["t#1"] == [HEAD, f"قال الباحث إن المهاجم يحقن الوسم <script> في الصفحة {REST}"]
    assert texts["t#2"] == [HEAD, f"ويضع الإطار داخل الموقع {REST}"]
    assert texts["t#3"] == [HEAD, f"ويكتب <style> في الصفحة {REST}"]
    assert texts["t#4"] == [HEAD, BODY, REST]
    assert texts["t#5"] == ["عنوان", BODY, REST]


def test_markup_text_of_unclosed_and_closed_dropped_elements():
    assert markup_text(f"<svg onload=alert(1)> {REST}") == REST
    assert markup_text(f"<noscript>{BODY}</noscript> {REST}") == REST  # closed: dropped as on a page
    assert markup_text(f"أ <b>ب</b> <script>x()</script><script> {REST}") == f"أ ب {REST}"


# --- the tag patterns are linear in a value (they were quadratic in its '=' signs) ------------------------------

def test_tag_patterns_try_one_split_of_an_attribute_and_match_as_before():
    # the attributes' part runs to its first '=' (no backtracking over the others) and an escaped tag's to the next
    # escaped '<' at most: the two ways a 40,000-character value took 19 s; the tags they match are the same
    assert "[^<>=]*=" in html_reader._VALUE_TAG.pattern and "[^<>&=]*=" in html_reader._ESCAPED_TAG.pattern
    for value, found in (("<a href=x?a=1&b=2>", True), ("<b class='x' id=y>", True), ("<b and c>", False),
                         ("<p>", True), ("a <b = c = d> e", True), ("x<y>z", False), ("<br/>", True)):
        assert bool(html_reader._VALUE_TAG.search(value)) is found, value
    for value, found in (("&lt;a href=&quot;x?a=1&amp;amp;b=2&quot;&gt;", True), ("&amp;lt;p&amp;gt;", True),
                         ("&lt;b x= &lt;p&gt;", True), ("&lt;b and c&gt;", False), ("&lt;3", False)):
        assert bool(html_reader._ESCAPED_TAG.search(value)) is found, value
    long = "<b " + "x=" * 20000  # no '>': no tag, read as it is (the pattern's cost is in bench, not asserted here)
    assert markup_text(long) == long and markup_text("&lt;b " + "x=" * 20000) == "&lt;b " + "x=" * 20000


# --- a Thunderbird folder's deleted messages ---------------------------------------------------------------------

def _mail(subject, status, body):
    return (f"From: news@example.org\nSubject: =?UTF-8?B?{base64.b64encode(subject.encode()).decode()}?=\n"
            + (f"X-Mozilla-Status: {status}\n" if status else "")
            + f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()


def test_a_thunderbird_folders_deleted_messages_are_not_read(tmp_path):
    folder = (b"From - Fri Mar 01 10:00:00 2024\n" + _mail(HEAD, "0001", BODY) + b"\n"
              b"From - Sat Mar 02 10:00:00 2024\n" + _mail("محذوفة", "0009", REST) + b"\n"
              b"From - Sun Mar 03 10:00:00 2024\n" + _mail("ثالثة", "0005", REST) + b"\n"   # read and starred: kept
              b"From - Mon Mar 04 10:00:00 2024\n" + _mail("رابعة", None, REST) + b"\n")   # no flag (any mbox): kept
    trash = b"From - Sat Mar 02 10:00:00 2024\n" + _mail("محذوفة", "0008", REST) + b"\n"
    write_files(tmp_path, {"c/Local Folders/Inbox": folder, "c/Local Folders/Trash": trash,
                           # counter-example: 'X-Mozilla-Status: 0009' written in a body is a line of text
                           "c/b.mbox": b"From a@b Fri Mar  1 10:00:00 2024\n"
                                       + _mail(HEAD, None, "X-Mozilla-Status: 0009\n" + BODY)})
    corpus = read_corpus(tmp_path / "c")
    texts = _texts(corpus)
    assert sorted(k for k in texts if k.startswith("Local Folders/Inbox")) == [
        "Local Folders/Inbox#1", "Local Folders/Inbox#3", "Local Folders/Inbox#4"]
    assert texts["b#1"] == [HEAD, f"X-Mozilla-Status: 0009 {BODY}"]
    rows = manifest_rows(corpus)
    assert rows["Local Folders/Inbox"].documents == 3
    assert re.search(r"1 deleted message\(s\)", rows["Local Folders/Inbox"].reason)
    assert rows["Local Folders/Trash"].status == "skipped" and "deleted" in rows["Local Folders/Trash"].reason


# --- an Atom title declared type="html" without tags --------------------------------------------------------------

def test_an_atom_html_title_without_tags_has_its_entities_read(tmp_path):
    entry = "<entry><title type='{kind}'>{title}</title><content>{body}</content></entry>"
    feed = ("<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'><title>f</title>"
            + entry.format(kind="html", title="<![CDATA[الوزير: &#8220;لن نتراجع&#8221; Q&#038;A]]>", body=BODY)
            + entry.format(kind="html", title="&lt;b&gt;عاجل&lt;/b&gt; AT&amp;amp;T", body=REST)
            # counter-example: a text title's "&amp;" (after XML's own unescaping) is what it says
            + entry.format(kind="text", title="<![CDATA[Q&amp;A]]>", body=HEAD) + "</feed>")
    write_files(tmp_path, {"c/a.atom": feed})
    texts = _texts(read_corpus(tmp_path / "c"))
    assert [texts[k][0] for k in sorted(texts)] == ["الوزير: “لن نتراجع” Q&A", "عاجل AT&T", "Q&amp;A"]


# --- a feed item's text naming a script in words ------------------------------------------------------------------

def test_a_feed_item_naming_a_script_in_words_keeps_the_rest(tmp_path):
    items = [f"يحقن الوسم &amp;lt;script&amp;gt; في الصفحة {REST}",  # HTML text "<script>" (robust45 unescaped it)
             f"يحقن الوسم &lt;script&gt; في الصفحة {REST}",  # a feed that escapes only once
             f"&lt;p&gt;{BODY}&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;"]  # counter-example: a closed script
    rss = ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>f</title>"
           + "".join(f"<item><title>خبر {i}</title><description>{d}</description></item>" for i, d in enumerate(items))
           + "</channel></rss>")
    write_files(tmp_path, {"c/f.rss": rss})
    texts = _texts(read_corpus(tmp_path / "c"))
    # (robust46) a bare tag named between words is the sentence's word, kept (as a cell's)
    assert texts["f#0"] == ["خبر 0", f"يحقن الوسم <script> في الصفحة {REST}"]
    assert texts["f#1"] == ["خبر 1", f"يحقن الوسم <script> في الصفحة {REST}"]
    assert texts["f#2"] == ["خبر 2", BODY]


# --- a text that says "mustard" where a tar archive says "ustar" ---------------------------------------------------

def test_a_text_with_ustar_at_byte_257_is_no_tar_archive(tmp_path):
    text = "x" * 255 + " mustard gas was used in the attack, the inspectors said.\n"
    assert text.encode()[257:262] == b"ustar"
    write_files(tmp_path, {"c/en.txt": text, "c/backup": tarfile_header()})  # no extension: known by its magic
    corpus = read_corpus(tmp_path / "c")
    assert _texts(corpus)["en"] == [" ".join(text.split())]
    # a real one still is one: (robust46) read as a folder, its member a document
    assert manifest_rows(corpus)["backup"].format == "tar" and _texts(corpus)["backup/news"] == [BODY]


def tarfile_header() -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT) as tar:
        data = BODY.encode()
        info = tarfile.TarInfo("news.txt")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()
