"""review43 (session 42): a second read of robust44's readers. Each test fails on main 2b80fbe5 and has a
counter-example that passes on both: (1) a ZIP member whose first copy is in an archive the run does not read (the
archive above ``max_bytes``, or the member past the archive's unpacked limit) was dropped as a copy: its text was in
neither; (2) a JSON object with two keys that happen to be TikTok section names (``post``, ``profile``) was taken for a
TikTok export and skipped, its article lost; (3) a JSON list of news records with ``uri`` and ``creation_timestamp``
was taken for Instagram's export and only its titles read, its texts lost.
"""
import json
import os
import zipfile

from marsad.readers.corpus import read_corpus

from conftest import manifest_rows, write_files

HEAD = "الأردن والسعودية يبحثان التعاون الاقتصادي"
BODY = "بحث العاهل الأردني الملك عبد الله الثاني مع ولي العهد السعودي الأمير محمد بن سلمان سبل تعزيز التعاون."
HEAD2 = "مصر تدين الهجوم على غزة وتدعو إلى وقف إطلاق النار"
ART = f"{HEAD}\n\n{BODY}\n"


def _zip(path, members, compression=zipfile.ZIP_DEFLATED):
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", compression) as z:
        for name, data in members:
            z.writestr(name, data)


# --- a copy whose first is in an archive the run does not read ------------------------------------------------------

def test_a_copy_of_a_member_of_an_archive_above_max_bytes_is_read(tmp_path):
    filler = os.urandom(3000).hex()  # does not pack: a.zip is 6 KB on disk
    _zip(tmp_path / "c" / "a.zip", [("story.txt", ART), ("z.txt", filler)], zipfile.ZIP_STORED)
    _zip(tmp_path / "c" / "b.zip", [("copy.txt", ART)])
    corpus = read_corpus(tmp_path / "c", max_bytes=4000)
    assert corpus.documents.doc_id.tolist() == ["b/copy"]  # a.zip is not read (above the limit): its text is b's
    assert "above the 4 KiB limit" in manifest_rows(corpus)["a.zip"].reason
    # counter-example: with a limit a.zip is within, its member is the one read and b's is its copy
    corpus = read_corpus(tmp_path / "c", max_bytes=10_000)
    assert corpus.documents.doc_id.tolist() == ["a/story", "a/z"]
    assert "copy.txt: exact duplicate of a.zip/story.txt" in manifest_rows(corpus)["b.zip"].warnings


def test_a_copy_of_a_member_past_its_archives_unpacked_limit_is_read(tmp_path):
    filler = os.urandom(1900).hex()  # 3,800 bytes unpacked, about 2 KB packed
    _zip(tmp_path / "c" / "a.zip", [("a0.txt", filler), ("story.txt", ART)])
    _zip(tmp_path / "c" / "b.zip", [("copy.txt", ART)])
    corpus = read_corpus(tmp_path / "c", max_bytes=4000)  # a.zip's members unpack past 4,000 bytes at story.txt
    assert corpus.documents.doc_id.tolist() == ["a/a0", "b/copy"]
    assert "story.txt: the archive's unpacked size passes" in manifest_rows(corpus)["a.zip"].warnings


# --- JSON that only looks like a TikTok or Instagram export ---------------------------------------------------------

def test_a_json_object_with_post_and_profile_keys_is_no_tiktok_export(tmp_path):
    blog = {"profile": {"name": "مدونة"}, "post": {"title": HEAD, "content": BODY, "date": "2024-03-01"}}
    write_files(tmp_path, {"c/blog.json": json.dumps(blog, ensure_ascii=False)})
    corpus = read_corpus(tmp_path / "c")
    assert corpus.documents.format.tolist() == ["json"] and corpus.segments.text.tolist() == [HEAD, BODY]
    # counter-example: TikTok's export (sections of sections of lists), activity only, is still skipped saying so
    tiktok = {"Activity": {"Like List": {"ItemFavoriteList": [{"Date": "2024-03-01 10:00:00", "Link": "https://t/1"}]}},
              "Profile": {"Profile Information": {"ProfileMap": {"userName": "someone"}}}}
    write_files(tmp_path, {"c/user_data.json": json.dumps(tiktok)})
    row = manifest_rows(read_corpus(tmp_path / "c"))["user_data.json"]
    assert row.status == "skipped" and "TikTok data export without" in row.reason


def test_a_json_list_of_articles_with_uri_and_creation_timestamp_keeps_its_texts(tmp_path):
    arts = [{"uri": f"https://example.org/{k}", "creation_timestamp": 1709332200, "title": t, "text": BODY}
            for k, t in ((1, HEAD), (2, HEAD2))]
    write_files(tmp_path, {"c/a.json": json.dumps(arts, ensure_ascii=False)})
    corpus = read_corpus(tmp_path / "c")
    assert corpus.documents.format.tolist() == ["json", "json"]
    assert corpus.segments.text.tolist() == [HEAD, BODY, HEAD2, BODY]
    # counter-example: Instagram's posts (media with uri and creation_timestamp, a caption as title) are Instagram's
    posts = [{"media": [{"uri": "media/posts/1.jpg", "creation_timestamp": 1709332200, "title": HEAD}]},
             {"uri": "media/posts/2.jpg", "creation_timestamp": 1709332200, "title": HEAD2, "media_metadata": {}}]
    write_files(tmp_path, {"d/posts_1.json": json.dumps(posts, ensure_ascii=False)})
    corpus = read_corpus(tmp_path / "d")
    assert corpus.documents.format.tolist() == ["instagram", "instagram"]
    assert corpus.segments.text.tolist() == [HEAD, HEAD2]
