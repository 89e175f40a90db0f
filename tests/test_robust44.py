"""robust41-43's leftovers and exports nobody had tried (session 42): a member of one ZIP archive equal to a member
of another, WhatsApp chats in other locales, an X archive's deleted and long tweets, Telegram's HTML export and two
overlapping exports of one channel, Instagram's export, a one-paragraph article in a <noscript>. Each test composes
its input and has a counter-example: what must be read (or skipped) as before.
"""
import json
import os
import zipfile

from marsad.engine.partitions import iter_partition
from marsad.readers.corpus import read_corpus
from marsad.readers.walk import walk_corpus

from conftest import manifest_rows, write_files

HEAD = "الأردن والسعودية يبحثان التعاون الاقتصادي"
BODY = "بحث العاهل الأردني الملك عبد الله الثاني مع ولي العهد السعودي الأمير محمد بن سلمان سبل تعزيز التعاون."
HEAD2 = "مصر تدين الهجوم على غزة وتدعو إلى وقف إطلاق النار"


def _zip(path, members):
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            z.writestr(name, data)


# --- a member of one ZIP equal to a member of another ----------------------------------------------------------

def test_a_member_of_one_zip_equal_to_a_member_of_another_is_read_once(tmp_path):
    art, other = f"{HEAD}\n\n{BODY}\n", f"{HEAD2}\n\n{BODY}\n"
    _zip(tmp_path / "c" / "week1.zip", [("story.txt", art), ("only1.txt", other)])
    _zip(tmp_path / "c" / "week2.zip", [("renamed.txt", art), ("story.txt", art), ("only2.txt", f"{HEAD2}\n")])
    corpus = read_corpus(tmp_path / "c")
    assert sorted(corpus.documents.doc_id) == ["week1/only1", "week1/story", "week2/only2"]
    rows = manifest_rows(corpus)
    assert "renamed.txt: exact duplicate of week1.zip/story.txt (same bytes); counted once" in rows["week2.zip"].warnings
    assert "story.txt: exact duplicate of week1.zip/story.txt (same bytes)" in rows["week2.zip"].warnings
    assert "1 of 3 members read" in rows["week2.zip"].reason


def test_a_hidden_member_is_no_first_and_a_zips_own_copies_name_the_archive(tmp_path):
    # counter-examples: a member the first archive does not read (hidden) leaves its copy in another to be read; two
    # equal members of one archive are that archive's own copy, said as before ("… in this archive")
    art = f"{HEAD}\n\n{BODY}\n"
    _zip(tmp_path / "c" / "a.zip", [(".hidden.txt", art)])
    _zip(tmp_path / "c" / "b.zip", [("shown.txt", art), ("x.txt", f"{HEAD2}\n"), ("y.txt", f"{HEAD2}\n")])
    corpus = read_corpus(tmp_path / "c")
    assert sorted(corpus.documents.doc_id) == ["b/shown", "b/x"]
    assert "y.txt: exact duplicate of x.txt in this archive" in manifest_rows(corpus)["b.zip"].warnings


def test_a_zip_member_whose_first_archive_is_gone_is_read_in_its_place(tmp_path):
    art = f"{HEAD}\n\n{BODY}\n"
    _zip(tmp_path / "c" / "a.zip", [("story.txt", art)])
    _zip(tmp_path / "c" / "b.zip", [("copy.txt", art)])
    entries = walk_corpus(tmp_path / "c")
    assert [e.copies for e in entries] == [(), (("copy.txt", str(tmp_path / "c" / "a.zip" / "story.txt")),)]
    for chunk_bytes in (None, 10):
        docs = [d for c, _ in iter_partition(entries, tmp_path / "c", chunk_bytes=chunk_bytes) for d in c.documents.doc_id]
        assert docs == ["a/story"]
    os.unlink(tmp_path / "c" / "a.zip")  # deleted between the walk and its reading
    for chunk_bytes in (None, 10):
        docs = [d for c, _ in iter_partition(entries, tmp_path / "c", chunk_bytes=chunk_bytes) for d in c.documents.doc_id]
        assert docs == ["b/copy"]


# --- WhatsApp chats in other locales ---------------------------------------------------------------------------

def test_whatsapp_chats_with_a_word_before_the_time_or_dotted_times_are_read_a_document_a_message(tmp_path):
    chats = {"fr": ["01/03/2024 à 10:01 - أحمد: {0}", "01/03/2024 à 10:02 - سارة: {1}", "13/03/2024 à 22:15 - أحمد: {2}"],
             "fi": ["1.3.2024 klo 12.30 - أحمد: {0}", "1.3.2024 klo 12.31 - سارة: {1}", "13.3.2024 klo 22.15 - أحمد: {2}"],
             "no": ["01.03.2024 kl. 12.30 - أحمد: {0}", "01.03.2024 kl. 12.31 - سارة: {1}", "13.03.2024 kl. 22.15 - أحمد: {2}"],
             "dk": ["[01.03.2024 12.30.05] أحمد: {0}", "[01.03.2024 12.31.05] سارة: {1}", "[13.03.2024 22.15.00] أحمد: {2}"]}
    write_files(tmp_path, {f"c/{k}.txt": "\n".join(lines).format(HEAD, BODY, HEAD2) + "\n" for k, lines in chats.items()})
    corpus = read_corpus(tmp_path / "c")
    docs = corpus.documents.set_index("doc_id")
    for k in chats:
        for n, text in ((1, HEAD), (2, BODY), (3, HEAD2)):
            assert corpus.segments[corpus.segments.doc_id == f"{k}#{n}"].text.tolist() == [text]
        assert [str(docs.loc[f"{k}#{n}", "published"].date()) for n in (1, 2, 3)] == ["2024-03-01", "2024-03-01", "2024-03-13"]
        assert manifest_rows(corpus)[f"{k}.txt"].format == "whatsapp"


def test_a_schedule_of_dotted_dates_and_times_is_still_a_page(tmp_path):
    # counter-example: lines that begin with a date and a dotted time but no " - sender: " are no chat
    page = "\n".join(f"0{d}.03.2024 12.30 مباراة {HEAD}" for d in range(1, 6)) + f"\n\n{BODY}\n"
    write_files(tmp_path, {"c/a.txt": page})
    corpus = read_corpus(tmp_path / "c")
    assert corpus.documents.format.tolist() == ["page"] and len(corpus.documents) == 1


# --- an X archive's deleted tweets and long posts ----------------------------------------------------------------

def _ytd(kind, items):
    return f"window.YTD.{kind}.part0 = " + json.dumps(items, ensure_ascii=False, indent=2)


def test_an_x_archives_deleted_tweets_and_long_posts_are_read(tmp_path):
    long_text = " ".join([HEAD, BODY] * 3)
    write_files(tmp_path, {
        "c/data/deleted-tweets.js": _ytd("deleted_tweets", [{"tweet": {
            "id_str": "1763500000000000077", "created_at": "Fri Mar 01 23:30:00 +0000 2024",
            "deleted_at": "Sat Mar 02 12:00:00 +0000 2024", "full_text": f"{HEAD2} &amp; {BODY}"}}]),
        "c/data/note-tweet.js": _ytd("note_tweet", [
            {"noteTweet": {"noteTweetId": "1763500000000000099", "createdAt": "2024-03-02T22:00:00.000Z",
                           "core": {"text": long_text, "urls": [], "mentions": []}}},
            {"noteTweet": {"noteTweetId": "1763500000000000100"}}]),
        "c/data/like.js": _ytd("like", [{"like": {"tweetId": "1", "fullText": BODY}}])})
    corpus = read_corpus(tmp_path / "c")
    docs = corpus.documents.set_index("doc_id")
    assert sorted(docs.index) == ["x/1763500000000000077", "x/note/1763500000000000099"]
    texts = corpus.segments.groupby("doc_id").text.apply(" ".join)
    assert texts["x/1763500000000000077"] == f"{HEAD2} & {BODY}" and texts["x/note/1763500000000000099"] == long_text
    assert str(docs.loc["x/note/1763500000000000099", "published"].date()) == "2024-03-02"
    rows = manifest_rows(corpus)
    assert "1 deleted tweet(s)" in rows["data/deleted-tweets.js"].reason
    assert "1 long post(s)" in rows["data/note-tweet.js"].reason
    assert "not a long post (note tweet) object" in rows["data/note-tweet.js"].warnings
    # counter-example: likes are others' tweets, not read
    assert rows["data/like.js"].status == "skipped" and "kind 'like'" in rows["data/like.js"].reason


# --- two overlapping exports of one Telegram channel (or one X account) -------------------------------------------

def _channel(chat_id, ids, name="قناة الأخبار"):
    return json.dumps({"name": name, "type": "public_channel", "id": chat_id, "messages": [
        {"id": i, "type": "message", "date": f"2024-03-0{i}T10:00:00", "text": f"{HEAD} {i}", "text_entities": []}
        for i in ids]}, ensure_ascii=False)


def test_two_overlapping_exports_of_one_channel_read_each_message_once(tmp_path):
    from marsad.engine.partitions import SeenIds, read_partition

    tweet = {"tweet": {"id_str": "1763500000000000001", "created_at": "Fri Mar 01 10:00:00 +0000 2024", "full_text": HEAD2}}
    write_files(tmp_path, {"c/march1/result.json": _channel(1009876543, [1, 2, 3]),
                           "c/march5/result.json": _channel(1009876543, [2, 3, 4, 5]),
                           "c/other/result.json": _channel(1001111111, [1, 2]),  # another channel: ids 1, 2 too
                           "c/x1/data/tweets.js": _ytd("tweets", [tweet]), "c/x2/data/tweets.js": _ytd("tweets", [tweet])})
    corpus = read_corpus(tmp_path / "c")
    assert sorted(corpus.documents.doc_id) == sorted([f"telegram/1009876543/{i}" for i in range(1, 6)] + [
        "telegram/1001111111/1", "telegram/1001111111/2", "x/1763500000000000001"])
    rows = manifest_rows(corpus)
    assert rows["march5/result.json"].documents == 2
    assert "2 message(s) already read from an earlier export (the same ids); counted once" in rows["march5/result.json"].reason
    assert rows["x2/data/tweets.js"].status == "skipped" and rows["x2/data/tweets.js"].documents == 0
    # partitions read one after another (the ids the earlier ones held passed along) say the same
    seen, ids = SeenIds(), []
    for part in (["march1/result.json", "other/result.json"], ["march5/result.json"]):
        part_corpus, _ = read_partition([tmp_path / "c" / p for p in part], tmp_path / "c", seen=seen)
        ids += part_corpus.documents.doc_id.tolist()
    assert ids == [f"telegram/1009876543/{i}" for i in (1, 2, 3)] + ["telegram/1001111111/1", "telegram/1001111111/2",
                                                                    "telegram/1009876543/4", "telegram/1009876543/5"]


def test_a_repeated_file_id_is_still_numbered(tmp_path):
    # counter-example: ids made from paths (a table's rows, two files of one name) are numbered ~2 as before
    write_files(tmp_path, {"c/a.txt": f"{HEAD}\n\n{BODY}\n", "c/a.html": f"<html><body><h1>{HEAD2}</h1><p>{BODY}</p></body></html>"})
    assert sorted(read_corpus(tmp_path / "c").documents.doc_id) == ["a", "a~2"]


# --- Telegram Desktop's HTML export -------------------------------------------------------------------------------

def _tg_page(messages, name="قناة الأخبار"):
    body = "".join(
        f'<div class="message default clearfix{" joined" if k else ""}" id="message{mid}"><div class="body">'
        f'<div class="pull_right date details" title="{date} 10:00:00 UTC+03:00">10:00</div>'
        + ("" if k else f'<div class="from_name">{name}</div>') + f'<div class="text">{text}</div></div></div>\n'
        for k, (mid, date, text) in enumerate(messages))
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"/><title>Exported Data</title>'
            '<link href="css/style.css" rel="stylesheet"/><script src="js/script.js"></script></head><body>'
            f'<div class="page_wrap"><div class="page_header"><div class="content"><div class="text bold">{name}</div>'
            '</div></div><div class="page_body chat_page"><div class="history">'
            '<div class="message service" id="message-1"><div class="body details">1 March 2024</div></div>'
            f'{body}<a class="pagination block_link" href="messages2.html">Next messages</a></div></div></div></body></html>')


def test_a_telegram_html_export_is_read_a_document_a_message(tmp_path):
    write_files(tmp_path, {
        "c/ChatExport/messages.html": _tg_page([(2, "01.03.2024", f"{HEAD}<br>{BODY}"),
                                                (3, "02.03.2024", f'<strong>عاجل</strong> {HEAD2} &lt;script&gt;x&lt;/script&gt;')]),
        "c/ChatExport/messages2.html": _tg_page([(4, "13.03.2024", BODY)]),
        "c/ChatExport/css/style.css": "body{}", "c/ChatExport/js/script.js": "function CheckLocation(){}"})
    corpus = read_corpus(tmp_path / "c")
    docs = corpus.documents.set_index("doc_id")
    assert docs.index.tolist() == ["ChatExport/message2", "ChatExport/message3", "ChatExport/message4"]
    assert [str(d.date()) for d in docs.published] == ["2024-03-01", "2024-03-02", "2024-03-13"]
    assert set(docs.source) == {"قناة الأخبار"}
    texts = corpus.segments.groupby("doc_id").text.apply(list)
    assert texts["ChatExport/message2"] == [HEAD, BODY]
    assert texts["ChatExport/message3"] == [f"عاجل {HEAD2} <script>x</script>"]  # text, never markup
    rows = manifest_rows(corpus)
    assert "Telegram HTML export: 2 message(s)" in rows["ChatExport/messages.html"].reason
    assert "1 service message(s)" in rows["ChatExport/messages.html"].reason


def test_a_news_page_with_message_classes_is_still_a_page(tmp_path):
    # counter-example: a page that uses the words of the export's classes without being one
    page = (f'<html><body><div class="page_wrap"><div class="message default">{HEAD}</div><h1>{HEAD}</h1>'
            f'<p>{BODY}</p><p>{BODY}</p></div></body></html>')
    write_files(tmp_path, {"c/a.html": page})
    corpus = read_corpus(tmp_path / "c")
    assert corpus.documents.format.tolist() == ["html"] and corpus.documents.title.tolist() == [HEAD]


# --- Instagram and TikTok data exports ----------------------------------------------------------------------------

def _moj(text):
    return text.encode("utf-8").decode("latin-1")  # Meta's exports write each UTF-8 byte as a \u00XX escape


def test_instagram_posts_reels_and_comments_are_read_mended(tmp_path):
    posts = [{"media": [{"uri": "media/posts/1.jpg", "creation_timestamp": 1709332200, "title": _moj(HEAD)}]},
             {"media": [{"uri": "media/posts/2.jpg", "creation_timestamp": 1709373600, "title": ""},
                        {"uri": "media/posts/3.jpg", "creation_timestamp": 1709373600, "title": ""}],
              "title": BODY, "creation_timestamp": 1709373600}]  # written right: not mended
    reels = {"ig_reels_media": [{"media": [{"uri": "media/reels/1.mp4", "creation_timestamp": 1709287200,
                                            "title": _moj(HEAD2)}]}]}
    comments = [{"string_map_data": {"Comment": {"value": _moj(BODY)}, "Time": {"timestamp": 1709287200}}}]
    write_files(tmp_path, {"c/content/posts_1.json": json.dumps(posts), "c/content/reels.json": json.dumps(reels),
                           "c/comments/post_comments_1.json": json.dumps(comments)})
    corpus = read_corpus(tmp_path / "c")
    texts = corpus.segments.groupby("doc_id").text.apply(list)
    assert texts["content/posts_1#1"] == [HEAD] and texts["content/posts_1#2"] == [BODY]
    assert texts["content/reels#1"] == [HEAD2] and texts["comments/post_comments_1#1"] == [BODY]
    docs = corpus.documents.set_index("doc_id")
    assert str(docs.loc["content/posts_1#1", "published"].date()) == "2024-03-01"
    assert set(docs.format) == {"instagram"}
    assert "1 text(s) mended" in manifest_rows(corpus)["content/posts_1.json"].reason


def test_a_tiktok_export_reads_the_accounts_videos_and_comments_not_its_activity(tmp_path):
    data = {"Activity": {"Like List": {"ItemFavoriteList": [{"Date": "2024-03-01 10:00:00", "Link": "https://t/1"}]}},
            "Comment": {"Comments": {"CommentsList": [{"Date": "2024-03-02 10:05:00", "Comment": BODY}]}},
            "Video": {"Videos": {"VideoList": [{"Date": "2024-03-01 10:00:00", "Link": "https://t/3", "Title": HEAD}]}},
            "Profile": {"Profile Information": {"ProfileMap": {"userName": "someone"}}}}
    only_activity = {"Activity": data["Activity"], "Profile": data["Profile"]}
    write_files(tmp_path, {"c/user_data_tiktok.json": json.dumps(data, ensure_ascii=False),
                           "c/old/user_data.json": json.dumps(only_activity)})
    corpus = read_corpus(tmp_path / "c")
    texts = corpus.segments.groupby("doc_id").text.apply(list)
    assert texts.to_dict() == {"user_data_tiktok#1": [HEAD], "user_data_tiktok#2": [BODY]}
    rows = manifest_rows(corpus)
    assert "1 video(s) and 1 comment(s)" in rows["user_data_tiktok.json"].reason
    assert rows["old/user_data.json"].status == "skipped" and "TikTok data export without" in rows["old/user_data.json"].reason


def test_a_json_table_with_a_uri_column_is_still_a_table(tmp_path):
    # counter-example: records with title/text (and a uri) are a table of articles as before
    rows = [{"title": HEAD, "text": BODY, "uri": "https://example.org/1", "date": "2024-03-01"}]
    write_files(tmp_path, {"c/a.json": json.dumps(rows, ensure_ascii=False)})
    corpus = read_corpus(tmp_path / "c")
    assert corpus.documents.format.tolist() == ["json"] and corpus.documents.title.tolist() == [HEAD]


# --- a one-paragraph article in a <noscript> ----------------------------------------------------------------------

def _shell(inner):
    return (f"<html><head><title>الموقع</title><script src='app.js'></script></head><body><div id='root'></div>"
            f"<noscript>{inner}</noscript></body></html>")


def test_a_long_one_paragraph_article_in_a_noscript_is_read(tmp_path):
    para = " ".join([BODY] * 6)  # 90 words, no heading
    write_files(tmp_path, {"c/a.html": _shell(f"<p>{para}</p>")})
    corpus = read_corpus(tmp_path / "c")
    assert corpus.segments.text.tolist() == ["الموقع", para]
    assert "read from the page's <noscript>" in manifest_rows(corpus)["a.html"].reason


def test_a_short_lone_paragraph_or_a_notice_in_a_noscript_is_not_read(tmp_path):
    # counter-examples: one paragraph under 80 words (a notice in any words may be that long) and a long notice
    notice = "يرجى تفعيل جافا سكريبت في متصفحك لعرض هذا الموقع بشكل صحيح " * 3
    write_files(tmp_path, {"c/short.html": _shell(f"<p>{BODY} {BODY} {BODY}</p>"), "c/notice.html": _shell(f"<p>{notice}</p>")})
    corpus = read_corpus(tmp_path / "c")
    assert corpus.segments.text.tolist() == ["الموقع", "الموقع"]


def test_a_platform_id_met_again_with_another_text_is_kept_numbered(tmp_path):
    # counter-example: the same message id with another text (an edited message) is not dropped: numbered ~2 as before
    edited = json.loads(_channel(1009876543, [2]))
    edited["messages"][0]["text"] = HEAD2
    write_files(tmp_path, {"c/a/result.json": _channel(1009876543, [2]), "c/b/result.json": json.dumps(edited, ensure_ascii=False)})
    corpus = read_corpus(tmp_path / "c")
    assert corpus.documents.doc_id.tolist() == ["telegram/1009876543/2", "telegram/1009876543/2~2"]
    assert corpus.segments.text.tolist() == [f"{HEAD} 2", HEAD2]


def test_meta_export_unix_times_one_helper_and_no_bool():
    # (lead's second read: Facebook's timestamp and Instagram's creation_timestamp go through one helper, which reads
    # a bool as no time: isinstance(True, int) had dated a post 1970-01-01T00:00:01)
    from marsad.readers.social import _unix_day

    assert _unix_day(1520000000) == "2018-03-02T14:13:20"
    assert _unix_day(True) is None and _unix_day("1520000000") is None and _unix_day(0) is None
