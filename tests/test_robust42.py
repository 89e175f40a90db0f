"""robust41's leftovers (session 41): social-media exports read as news (an X archive's tweets.js, Telegram chats
whose message ids collided across channels, a Facebook export's mojibake), a copy inside a ZIP of a file outside
it (or of another member), and a copy whose first was read and then deleted before the copy's turn. Each test
composes its input and has a counter-example: what must be read (or skipped) as before.
"""
import json
import os
import zipfile

from marsad.engine.partitions import iter_partition
from marsad.readers.corpus import read_corpus
from marsad.readers.social import mend_mojibake
from marsad.readers.walk import not_news, walk_corpus

from conftest import manifest_rows, write_files

HEAD = "الأردن والسعودية يبحثان التعاون الاقتصادي"
BODY = "بحث العاهل الأردني الملك عبد الله الثاني مع ولي العهد السعودي الأمير محمد بن سلمان سبل تعزيز التعاون."
HEAD2 = "مصر تدين الهجوم على غزة وتدعو إلى وقف إطلاق النار"


def _ytd(kind, items, part=0):
    return f"window.YTD.{kind}.part{part} = " + json.dumps(items, ensure_ascii=False, indent=2)


# --- an X (Twitter) archive ---------------------------------------------------------------------------------------

def test_an_x_archive_tweets_file_is_read_a_document_a_tweet(tmp_path):
    tweets = [{"tweet": {"id_str": "1763500000000000001", "created_at": "Fri Mar 01 23:30:00 +0000 2024",
                         "full_text": f"{HEAD} &amp; {BODY} &lt;b&gt;"}},
              {"tweet": {"id_str": "1763500000000000002", "created_at": "Sat Mar 02 10:00:00 +0000 2024",
                         "full_text": f"RT @other: {HEAD2}"}}]
    write_files(tmp_path, {"c/data/tweets.js": _ytd("tweets", tweets), "c/data/like.js": _ytd("like", [{"like": {"fullText": BODY}}]),
                      "c/data/broken.js": "window.YTD.tweets.part1 = [{\"tweet\": {\"full_text\": \"cut",
                      "c/assets/app.js": "window.x = 1; console.log('" + HEAD + "')"})
    corpus = read_corpus(tmp_path / "c")
    rows = manifest_rows(corpus)
    assert rows["data/tweets.js"].status == "parsed" and rows["data/tweets.js"].documents == 2
    assert "X (Twitter) archive: 2 tweet(s)" in rows["data/tweets.js"].reason and "1 of them retweets" in rows["data/tweets.js"].reason
    docs = corpus.documents.set_index("doc_id")
    assert list(docs.index) == ["x/1763500000000000001", "x/1763500000000000002"]
    assert docs.loc["x/1763500000000000001", "url"] == "https://x.com/i/web/status/1763500000000000001"
    assert str(docs.loc["x/1763500000000000001", "published"].date()) == "2024-03-01"  # its UTC day
    text = corpus.segments.loc[corpus.segments.doc_id == "x/1763500000000000001", "text"].iloc[0]
    assert text == f"{HEAD} & {BODY} <b>"  # the archive's entities unescaped: text, escaped again by the reports
    # counter-examples: other archive data say what they are; a page's script stays a script
    assert rows["data/like.js"].status == "skipped" and "kind 'like' (not the account's tweets)" in rows["data/like.js"].reason
    assert rows["data/broken.js"].status == "skipped" and "not valid JSON" in rows["data/broken.js"].reason
    assert rows["assets/app.js"].reason == "a web page's script (JavaScript), not news"


def test_an_x_archive_inside_a_zip_is_read_and_its_scripts_are_not(tmp_path):
    tweets = [{"tweet": {"id_str": "42", "created_at": "Fri Mar 01 10:00:00 +0000 2024", "full_text": HEAD}}]
    path = tmp_path / "c" / "archive.zip"
    path.parent.mkdir()
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("data/tweets.js", _ytd("tweets", tweets))
        z.writestr("assets/js/main.js", "console.log(1)")
    corpus = read_corpus(tmp_path / "c")
    assert list(corpus.documents.doc_id) == ["x/42"]
    assert "assets/js/main.js: a web page's script (JavaScript), not news" in corpus.manifest.warnings.iloc[0]


def test_not_news_needs_the_archive_head_to_read_a_script():
    assert not_news("tweets.js") == "a web page's script (JavaScript), not news"
    assert not_news("tweets.js", b"window.YTD.tweets.part0 = [") == ""
    assert not_news("app.js", b"window.YTD = {}; // not an archive") != ""
    assert not_news("style.css", b"window.YTD.tweets.part0 = [") != ""


# --- Telegram -----------------------------------------------------------------------------------------------------

def _chat(name, cid, text):
    return {"name": name, "type": "public_channel", "id": cid, "messages": [
        {"id": 1, "type": "service", "date": "2024-03-01T09:00:00", "action": "create_channel"},
        {"id": 2, "type": "message", "date": "2024-03-12T10:00:00", "from": name,
         "text": [text, {"type": "bold", "text": " عاجل"}], "text_entities": []}]}


def test_two_telegram_channels_messages_keep_ids_of_their_channel(tmp_path):
    write_files(tmp_path, {"c/one/result.json": json.dumps(_chat("قناة الأخبار", 1001, HEAD), ensure_ascii=False),
                      "c/two/result.json": json.dumps(_chat("قناة أخرى", 1002, HEAD2), ensure_ascii=False),
                      "c/all/result.json": json.dumps({"about": "x", "chats": {"about": "y", "list": [
                          _chat("قناة ثالثة", 1003, BODY)]}}, ensure_ascii=False)})
    corpus = read_corpus(tmp_path / "c")
    docs = corpus.documents.set_index("doc_id")
    assert sorted(docs.index) == ["telegram/1001/2", "telegram/1002/2", "telegram/1003/2"]  # was 2, 2~2 and "no text column"
    assert docs.loc["telegram/1002/2", "source"] == "قناة أخرى"
    assert str(docs.loc["telegram/1001/2", "published"].date()) == "2024-03-12"
    assert "1 service message(s)" in manifest_rows(corpus)["one/result.json"].reason
    assert read_corpus(tmp_path / "c").documents.doc_id.tolist() == corpus.documents.doc_id.tolist()  # every run


def test_a_json_table_with_messages_that_is_no_telegram_export_is_read_as_before(tmp_path):
    data = {"messages": [{"id": 1, "title": HEAD, "text": BODY}, {"id": 2, "title": HEAD2, "text": BODY}]}
    write_files(tmp_path, {"c/feed.json": json.dumps(data, ensure_ascii=False)})
    corpus = read_corpus(tmp_path / "c")
    assert corpus.documents.doc_id.tolist() == ["1", "2"] and corpus.documents.format.tolist() == ["json", "json"]


# --- Facebook -----------------------------------------------------------------------------------------------------

def _moj(text):
    return text.encode("utf-8").decode("latin-1")


def test_a_facebook_export_reads_its_arabic_right(tmp_path):
    posts = [{"timestamp": 1709287200, "title": _moj("صفحة shared a link."), "data": [{"post": _moj(f"{HEAD}. {BODY}")}]},
             {"timestamp": 1709373600, "data": [{"post": _moj(HEAD2)}]},
             {"timestamp": 1709373700, "attachments": []}]
    write_files(tmp_path, {"c/posts/your_posts_1.json": json.dumps(posts)})  # ASCII, \u00d8\u00b5… as Facebook writes it
    corpus = read_corpus(tmp_path / "c")
    texts = corpus.segments.text.tolist()
    assert texts == [f"{HEAD}. {BODY}", HEAD2]  # was "ØµÙØ­Ø© shared a link." and one post
    assert corpus.documents.title.isna().all()
    assert [str(d.date()) for d in corpus.documents.published] == ["2024-03-01", "2024-03-02"]
    assert "2 text(s) mended" in corpus.manifest.reason.iloc[0]


def test_mojibake_is_mended_only_when_it_is_utf8_read_as_latin1():
    assert mend_mojibake(_moj(HEAD)) == HEAD
    assert mend_mojibake(HEAD) == HEAD  # Arabic written right
    assert mend_mojibake("café à Paris") == "café à Paris"  # Latin-1 that is no UTF-8
    assert mend_mojibake("plain") == "plain"


def test_a_list_of_records_with_timestamps_but_no_posts_is_a_table(tmp_path):
    rows = [{"timestamp": 1709287200, "title": HEAD, "text": BODY, "data": []}]
    write_files(tmp_path, {"c/t.json": json.dumps(rows, ensure_ascii=False)})
    corpus = read_corpus(tmp_path / "c")
    assert corpus.documents.format.tolist() == ["json"] and corpus.documents.title.tolist() == [HEAD]


# --- copies inside a ZIP; a copy whose first is gone after being read -----------------------------------------------

def test_a_zip_member_with_the_bytes_of_a_file_outside_or_of_another_member_is_counted_once(tmp_path):
    art, other = f"{HEAD}\n\n{BODY}\n", f"{HEAD2}\n\n{BODY}\n"
    write_files(tmp_path, {"c/a.txt": art})
    with zipfile.ZipFile(tmp_path / "c" / "pack.zip", "w") as z:
        z.writestr("in/a_copy.txt", art)
        z.writestr("in/b.txt", other)
        z.writestr("in/b_again.txt", other)
        z.writestr("in/c.txt", other + "x")
    for corpus in (read_corpus(tmp_path / "c"),
                   *[c for c, _ in iter_partition(walk_corpus(tmp_path / "c"), tmp_path / "c", chunk_bytes=10)][-1:]):
        if "a.txt" in corpus.manifest.path.iloc[0]:
            assert sorted(corpus.documents.doc_id) == ["a", "pack/in/b", "pack/in/c"]
        zip_row = corpus.manifest[corpus.manifest.path.str.endswith("pack.zip")].iloc[0]
        assert "in/a_copy.txt: exact duplicate of a.txt (same bytes); counted once" in zip_row.warnings
        assert "in/b_again.txt: exact duplicate of in/b.txt in this archive (same bytes); counted once" in zip_row.warnings
        assert "2 of 4 members read" in zip_row.reason


def test_a_copy_whose_first_was_read_and_then_deleted_is_still_a_copy(tmp_path, monkeypatch):
    import marsad.readers.corpus as corpus_module

    write_files(tmp_path, {"c/a.txt": f"{HEAD}\n\n{BODY}\n", "c/copy.txt": f"{HEAD}\n\n{BODY}\n",
                      "c/gone.txt": f"{HEAD2}\n\n{BODY}\n", "c/gone_copy.txt": f"{HEAD2}\n\n{BODY}\n"})
    root = tmp_path / "c"
    read_file = corpus_module.read_file

    def read_then_delete(file, *args, **kwargs):  # a.txt is deleted (or moved) right after it is read
        out = read_file(file, *args, **kwargs)
        if os.path.basename(os.fspath(file)) == "a.txt":
            os.unlink(root / "a.txt")
        return out

    monkeypatch.setattr(corpus_module, "read_file", read_then_delete)
    for run in ("read_corpus", "partition"):
        write_files(tmp_path, {"c/a.txt": f"{HEAD}\n\n{BODY}\n", "c/gone.txt": f"{HEAD2}\n\n{BODY}\n"})
        entries = walk_corpus(root)
        os.unlink(root / "gone.txt")  # gone before its turn: its copy is read in its place (robust41), once
        if run == "read_corpus":
            manifest = list(corpus_module.read_files(entries, root).manifest.itertuples())
        else:
            manifest = [r for c, _ in iter_partition(entries, root, chunk_bytes=None) for r in c.manifest.itertuples()]
        reasons = {os.path.basename(r.path): (r.status, r.reason) for r in manifest}
        assert reasons["a.txt"][0] == "parsed"
        assert reasons["copy.txt"][0] == "skipped" and reasons["copy.txt"][1].startswith("exact duplicate of a.txt")
        assert reasons["gone_copy.txt"][0] == "parsed" and "read in place of gone.txt" in reasons["gone_copy.txt"][1]


# --- WhatsApp -----------------------------------------------------------------------------------------------------

def test_a_whatsapp_chat_is_read_a_document_a_message(tmp_path):
    android = ("\u200e13/03/2024, 10:00 - Messages and calls are end-to-end encrypted.\n"
               f"13/03/2024, 10:01 - أحمد: {HEAD}\n14/03/2024, 10:02 - سارة: {BODY}\nسطر ثان ١٢ مارس، في القاهرة\n"
               "14/03/2024, 10:03 - سارة: <Media omitted>\n")
    ios = (f"[01/03/2024, 10:01:05] Desk: \u200eMessages and calls are end-to-end encrypted.\n"
           f"[01/03/2024, 10:01:06] أحمد: {HEAD}\n[02/03/2024, 11:00:05] سارة: \u200eimage omitted\n"
           f"[02/03/2024, 11:02:00] سارة: {HEAD2}\n[03/03/2024, 9:00:00 PM] أحمد: {BODY}\n")
    arabic = f"١٣‏/٣‏/٢٠٢٤، ١٠:٠١ م - أحمد: {HEAD}\n١٤‏/٣‏/٢٠٢٤، ١٠:٠٢ م - سارة: <تم استبعاد الوسائط>\n١٤‏/٣‏/٢٠٢٤، ١٠:٠٣ ص - سارة: {HEAD2}\n"
    write_files(tmp_path, {"c/android.txt": android, "c/ios.txt": ios, "c/arabic.txt": arabic})
    corpus = read_corpus(tmp_path / "c")
    docs = corpus.documents.set_index("doc_id")
    texts = corpus.segments.groupby("doc_id").text.apply(list)
    assert texts["android#1"] == [HEAD] and texts["android#2"] == [BODY, "سطر ثان ١٢ مارس، في القاهرة"]  # as written
    assert [str(d.date()) for d in docs.loc[["android#1", "android#2"], "published"]] == ["2024-03-13", "2024-03-14"]
    assert len(docs.filter(like="android", axis=0)) == 2  # the notice and the media placeholder are not documents
    assert texts["ios#1"] == [HEAD] and texts["ios#2"] == [HEAD2] and len(docs.filter(like="ios", axis=0)) == 3
    assert docs.loc[["ios#1", "ios#2"], "published"].isna().all()  # 01/03 and 02/03 alone: day or month first?
    assert "dates left out" in manifest_rows(corpus)["ios.txt"].reason
    assert texts["arabic#1"] == [HEAD] and texts["arabic#2"] == [HEAD2]
    assert str(docs.loc["arabic#2", "published"].date()) == "2024-03-14"


def test_a_news_page_with_a_dated_line_is_still_a_page(tmp_path):
    page = f"13/03/2024, 10:01 - القاهرة: {HEAD}\n\n{BODY}\n\n{BODY}\n\n14/03/2024, 10:02 - تحديث: {HEAD2}\n"
    write_files(tmp_path, {"c/a.txt": page})
    corpus = read_corpus(tmp_path / "c")
    assert corpus.documents.format.tolist() == ["page"] and len(corpus.documents) == 1


def test_a_zip_member_whose_copy_outside_is_gone_is_read_in_its_place(tmp_path):
    art = f"{HEAD}\n\n{BODY}\n"
    write_files(tmp_path, {"c/a.txt": art})
    with zipfile.ZipFile(tmp_path / "c" / "pack.zip", "w") as z:
        z.writestr("in/a_copy.txt", art)
    entries = walk_corpus(tmp_path / "c")
    assert [len(e.copies) for e in entries] == [0, 1]
    os.unlink(tmp_path / "c" / "a.txt")  # deleted between the walk and its reading
    for chunk_bytes in (None, 10):
        corpus = [c for c, _ in iter_partition(entries, tmp_path / "c", chunk_bytes=chunk_bytes)]
        docs = [d for c in corpus for d in c.documents.doc_id]
        assert docs == ["pack/in/a_copy"]
