"""XML news files: feeds (RSS, Atom), TimeML and other XML documents; markup never reaches the text."""
import pandas as pd

from marsad.readers.corpus import read_corpus

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>وكالة الأخبار</title><link>https://example.com</link>
<item><title>بوتين يزور بيونغ يانغ</title><link>https://example.com/1</link>
<pubDate>Wed, 19 Jun 2024 22:30:00 -0200</pubDate><category>سياسة</category>
<description>&lt;p&gt;وصل الرئيس الروسي إلى &lt;b&gt;بيونغ يانغ&lt;/b&gt;.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</description>
</item>
<item><title>خبر بلا تاريخ</title><description>نص قصير عن الاقتصاد.</description></item>
<item><title></title><description></description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>موقع إخباري</title>
<entry><title>فيتنام وروسيا توقعان اتفاقا</title><link href="https://example.org/a"/>
<published>2024-06-20T08:00:00+07:00</published>
<content type="html">&lt;p&gt;وقعت فيتنام وروسيا اتفاقا.&lt;/p&gt;&lt;p&gt;فقرة ثانية.&lt;/p&gt;</content></entry>
</feed>
"""

TIMEML = """<?xml version="1.0"?>
<!DOCTYPE TimeML SYSTEM "TimeML.dtd">
<TimeML><DOCID>AR-1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2015-12-20" functionInDocument="CREATION_TIME">2015-12-20</TIMEX3></DCT>
<TITLE>معرض فني في بركاء</TITLE>
<TEXT>\ufeffيفتتح بعد غد <TIMEX3 tid="t1" type="DATE" value="2015-12-22">الثلاثاء</TIMEX3> معرض <EVENT eid="e1">رؤى</EVENT> فنية.
ويستمر <TIMEX3 tid="t2" type="DURATION" value="P3D">ثلاثة أيام</TIMEX3>.</TEXT>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="e1" relatedToTime="t1"/>
</TimeML>
"""


def _read(tmp_path, name, text):
    (tmp_path / name).write_text(text, encoding="utf-8")
    return read_corpus(tmp_path / name)


def test_rss_items_are_documents_with_title_date_link_and_no_markup(tmp_path):
    corpus = _read(tmp_path, "feed.xml", RSS)
    docs, segs, manifest = corpus.documents, corpus.segments, corpus.manifest
    assert list(docs["title"]) == ["بوتين يزور بيونغ يانغ", "خبر بلا تاريخ"]
    assert set(docs["source"]) == {"وكالة الأخبار"} and set(docs["format"]) == {"xml"}
    first = docs.iloc[0]
    assert first.url == "https://example.com/1" and first.category == "سياسة"
    assert first.published == pd.Timestamp("2024-06-20")  # 22:30 at -02:00 is the next day in UTC
    assert pd.isna(docs.iloc[1].published)
    text = " ".join(segs["text"])
    assert "وصل الرئيس الروسي إلى بيونغ يانغ." in text
    assert "<" not in text and "alert" not in text
    row = manifest.iloc[0]
    assert row.status == "parsed" and row.documents == 2
    assert "item 2: no publication date" in row.warnings and "item 3: no title and no text; skipped" in row.warnings


def test_atom_entries(tmp_path):
    corpus = _read(tmp_path, "feed.atom", ATOM)
    doc = corpus.documents.iloc[0]
    assert doc.title == "فيتنام وروسيا توقعان اتفاقا" and doc.source == "موقع إخباري"
    assert doc.url == "https://example.org/a" and doc.published == pd.Timestamp("2024-06-20")
    assert list(corpus.segments["text"]) == ["فيتنام وروسيا توقعان اتفاقا", "وقعت فيتنام وروسيا اتفاقا.", "فقرة ثانية."]


def test_timeml_document_keeps_its_sentences_whole_and_its_creation_date(tmp_path):
    corpus = _read(tmp_path, "doc1.tml", TIMEML)
    doc = corpus.documents.iloc[0]
    assert doc.title == "معرض فني في بركاء" and doc.published == pd.Timestamp("2015-12-20")
    texts = list(corpus.segments["text"])
    assert texts[0] == "معرض فني في بركاء"
    # the annotated words stay in their sentence; ids, the creation time and links give no text; no BOM
    assert "يفتتح بعد غد الثلاثاء معرض رؤى فنية." in texts
    assert "ويستمر ثلاثة أيام." in texts
    assert not any("AR-1" in t or "2015-12-20" in t or "\ufeff" in t or "<" in t for t in texts)


def test_broken_xml_keeps_its_words_and_says_so(tmp_path):
    corpus = _read(tmp_path, "broken.xml", '<?xml version="1.0"?><doc><p>روسيا وفيتنام <b>تتفقان</p></doc>')
    assert list(corpus.segments["text"]) == ["روسيا وفيتنام", "تتفقان"]
    row = corpus.manifest.iloc[0]
    assert row.status == "parsed" and "not well-formed XML" in row.reason


def test_entity_bombs_are_refused_not_expanded(tmp_path, seed_path):
    import shutil

    bomb = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "روسيا روسيا روسيا روسيا">'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]><d>&c;&c;&c;</d>')
    (tmp_path / "bomb.xml").write_text(bomb, encoding="utf-8")
    shutil.copy(seed_path, tmp_path / seed_path.name)
    corpus = read_corpus(tmp_path)
    rows = corpus.manifest.set_index(corpus.manifest["path"].str.rsplit("/", n=1).str[-1])
    assert rows.loc["bomb.xml", "status"] == "skipped" and "XML refused" in rows.loc["bomb.xml", "reason"]
    assert rows.loc[seed_path.name, "status"] == "parsed"  # one bad file never stops a run


def test_xhtml_goes_to_the_html_reader_and_ant_stays_ant(tmp_path):
    xhtml = ('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml">'
             "<body><h1>عنوان</h1><p>فقرة أولى.</p><p>فقرة ثانية.</p></body></html>")
    for name in ("page.html", "page.xml"):
        corpus = _read(tmp_path, name, xhtml)
        assert corpus.documents.iloc[0].format == "html" and corpus.documents.iloc[0].title == "عنوان", name
    ant = "<DOC>\n<DOCNO>CN-world-1</DOCNO>\n<TITLE>روسيا & فيتنام</TITLE>\n<TEXT>\nنص الخبر.\n</TEXT>\n</DOC>\n"
    corpus = _read(tmp_path, "article.xml", ant)
    assert corpus.documents.iloc[0].format == "ant" and corpus.documents.iloc[0].doc_id == "CN-world-1"
    assert corpus.manifest.iloc[0].format == "ant"  # the manifest names the reader that read it


def test_a_broken_item_costs_only_itself(tmp_path):
    # a bare "&" in the second item's title makes the file not well-formed XML
    broken = RSS.replace("<title>خبر بلا تاريخ</title>", "<title>خبر & بلا تاريخ</title>")
    corpus = _read(tmp_path, "feed.rss", broken)
    docs, row = corpus.documents, corpus.manifest.iloc[0]
    assert row.status == "parsed" and "its items were read one by one" in row.reason
    assert "item 2: not well-formed" in row.warnings
    first = docs.iloc[0]  # the good item keeps its title, date, link and source
    assert first.title == "بوتين يزور بيونغ يانغ" and first.published == pd.Timestamp("2024-06-20")
    assert first.source == "وكالة الأخبار" and first.url == "https://example.com/1"
    assert "خبر & بلا تاريخ نص قصير عن الاقتصاد." in " ".join(corpus.segments["text"])  # the broken one keeps its words
    assert not any("<" in t for t in corpus.segments["text"])


def test_a_large_feed_is_read_item_by_item(tmp_path):
    items = "".join(f"<item><title>عنوان {i}</title><description>نص الخبر رقم {i}.</description>"
                    f"<pubDate>Tue, 19 Jun 2024 10:00:00 GMT</pubDate></item>" for i in range(3000))
    corpus = _read(tmp_path, "archive.xml", f'<?xml version="1.0"?><rss><channel>{items}'
                                            "<title>أرشيف الموقع</title></channel></rss>")
    assert len(corpus.documents) == 3000 and corpus.documents["doc_id"].is_unique
    assert set(corpus.documents["source"]) == {"أرشيف الموقع"}  # a channel title written after the items


def test_a_broken_item_with_cdata_keeps_its_words_and_nothing_of_the_markup(tmp_path):
    broken = ('<?xml version="1.0"?><rss><channel><title>موقع</title>'
              '<item><title>خبر & آخر</title><description><![CDATA[<p>نص الخبر</p>]]></description></item>'
              '</channel></rss>')
    corpus = _read(tmp_path, "feed.xml", broken)
    assert list(corpus.segments["text"]) == ["خبر & آخر نص الخبر"]  # no "]]>" left of the CDATA block
    assert corpus.documents.iloc[0].source == "موقع"
