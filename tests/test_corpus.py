"""Reading corpora: the seed, ANT files, tables, and every kind of bad input."""
import shutil

import pandas as pd
import pytest

from marsad.readers.corpus import DecodeError, EmptyCorpusError, decode_bytes, iter_corpus, read_corpus

SEED_BYTES_LINE = "وقعت روسيا وكوريا الشمالية اتفاقية تعاون استراتيجي شاملة."


@pytest.fixture()
def seed_corpus(seed_path):
    return read_corpus(seed_path)


def test_seed_documents_table(seed_corpus):
    docs = seed_corpus.documents
    assert list(docs.columns) == ["doc_id", "path", "source", "url", "published", "title", "format", "category", "captured"]
    assert len(docs) == 1
    row = docs.iloc[0]
    assert row.doc_id == "000_92831172bd7188e7"
    assert row.source == "الأيام 24"
    assert row.published == pd.Timestamp("2024-06-19")
    assert row.title.startswith("اتفاقية تعاون استراتيجي")
    assert pd.isna(row.captured)


def test_seed_segments_table(seed_corpus):
    seg = seed_corpus.segments
    assert list(seg.columns) == ["doc_id", "section", "position", "text", "normalized", "duplicate_of", "credit"]
    assert (seg["section"] == "ticker").sum() == 58
    assert list(seg["position"]) == list(range(len(seg)))
    vowelled = seg.loc[seg["text"] == "حِينَ تُخْتَبَرُ الْفِكْرَةُ فِي مِحْرَابِ السُّلْطَةِ", "normalized"].iloc[0]
    assert vowelled == "حين تختبر الفكره في محراب السلطه"


def test_seed_ticker_duplicates_flagged(seed_corpus):
    ticker = seed_corpus.ticker
    dups = ticker[ticker["duplicate_of"].notna()]
    assert list(dups["position"]) == [55, 56, 57]
    assert set(dups["duplicate_of"]) == {53}


def test_capture_date_dates_the_ticker_not_the_article(seed_path):
    corpus = read_corpus(seed_path, capture_date="2025-11-02")
    assert corpus.documents.iloc[0].captured == pd.Timestamp("2025-11-02")
    assert corpus.documents.iloc[0].published == pd.Timestamp("2024-06-19")


def test_seed_manifest(seed_corpus):
    m = seed_corpus.manifest
    assert list(m["status"]) == ["parsed"]
    assert m.iloc[0]["encoding"] == "utf-8"


def test_ant_files(fixtures_dir, tmp_path):
    for name in ("ant_sample.txt", "ant_ddmmyyyy.txt"):
        shutil.copy(fixtures_dir / name, tmp_path / name)
    corpus = read_corpus(tmp_path)
    docs = corpus.documents.set_index("doc_id")
    assert docs.loc["JA-politic-7-20170125", "published"] == pd.Timestamp("2017-01-25")
    assert docs.loc["JA-politic-7-20170125", "category"] == "politic"
    assert docs.loc["JA-politic-7-20170125", "source"] == "Jawhara FM"
    assert docs.loc["JA-diverse-41-09062016", "published"] == pd.Timestamp("2016-06-09")
    seg = corpus.segments[corpus.segments["doc_id"] == "JA-politic-7-20170125"]
    assert list(seg["section"]) == ["title", "paragraph", "paragraph"]
    assert seg.iloc[0]["text"] == "البرلمان يصادق على قانون المالية"


def test_table_formats(tmp_path):
    frame = pd.DataFrame({
        "title": ["روسيا وفيتنام توقعان اتفاقية", "", "مباراة الوداد"],
        "text": ["فقرة أولى.\nفقرة ثانية.", "", ""],
        "date": ["2024-06-20", "", "21/06/2024"],
        "source": ["وكالة", "", "هسبريس"],
    })
    frame.to_csv(tmp_path / "news.csv", index=False)
    frame.to_json(tmp_path / "news.jsonl", orient="records", lines=True, force_ascii=False)
    frame.to_parquet(tmp_path / "news.parquet")
    corpus = read_corpus(tmp_path)
    m = corpus.manifest.set_index(corpus.manifest["path"].str.rsplit("/", n=1).str[-1])
    for name in ("news.csv", "news.jsonl", "news.parquet"):
        assert m.loc[name, "status"] == "parsed"
        assert m.loc[name, "documents"] == 2
        assert "1 rows without title or text skipped" in m.loc[name, "reason"]
    docs = corpus.documents
    assert set(docs["published"].dropna()) == {pd.Timestamp("2024-06-20"), pd.Timestamp("2024-06-21")}
    assert docs["doc_id"].is_unique


def test_table_without_text_columns_is_skipped(tmp_path):
    pd.DataFrame({"a": [1], "b": [2]}).to_csv(tmp_path / "numbers.csv", index=False)
    with pytest.raises(EmptyCorpusError, match="no title or text column") as err:
        read_corpus(tmp_path)
    m = err.value.manifest
    assert m.iloc[0]["status"] == "skipped"
    assert "no title or text column" in m.iloc[0]["reason"]


def _bad_inputs(root, seed_text):
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_text("   \n\n")
    (root / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (root / "random.bin").write_bytes(b"\x00\x01\x02\xff" * 300)
    (root / "cp1256.txt").write_bytes(("عنوان الخبر\nنشر في هسبريس يوم 01 - 02 - 2024\n" + SEED_BYTES_LINE + "\n").encode("cp1256"))
    (root / "utf16.txt").write_text("عنوان\nنشر في هسبريس يوم 03 - 02 - 2024\n" + SEED_BYTES_LINE + "\n", encoding="utf-16")
    (root / "utf16le-nobom.txt").write_bytes(("عنوان ثالث\n" + SEED_BYTES_LINE + "\n").encode("utf-16-le"))
    (root / "page.html").write_text(
        "<html><body><h1>عنوان الصفحة</h1><p>" + SEED_BYTES_LINE + "</p><script>alert(1)</script></body></html>",
        encoding="utf-8")
    (root / "nobyline.txt").write_text("عنوان بلا توقيع\n" + SEED_BYTES_LINE + "\n", encoding="utf-8")
    (root / "baddate.txt").write_text("عنوان\nنشر في هسبريس يوم 99 - 99 - 2024\n" + SEED_BYTES_LINE + "\n", encoding="utf-8")
    (root / ".hidden").write_text("x")
    (root / "README.md").write_text("# notes")
    (root / "seed.txt").write_text(seed_text, encoding="utf-8")


def test_bad_inputs_never_stop_a_run_and_are_accounted_for(tmp_path, seed_text):
    _bad_inputs(tmp_path, seed_text)
    corpus = read_corpus(tmp_path)
    m = corpus.manifest.assign(name=corpus.manifest["path"].str.rsplit("/", n=1).str[-1]).set_index("name")
    assert len(m) == len(list(tmp_path.iterdir()))  # read = parsed + skipped
    skipped = m[m["status"] == "skipped"]["reason"].to_dict()
    assert skipped.keys() == {"empty.txt", "blank.txt", "image.png", "random.bin", ".hidden", "README.md"}
    assert skipped["empty.txt"] == "empty file"
    assert "PNG" in skipped["image.png"]
    assert "binary" in skipped["random.bin"]
    assert m.loc["cp1256.txt", "status"] == "parsed" and m.loc["cp1256.txt", "encoding"] in ("cp1256", "windows-1256")
    assert m.loc["utf16.txt", "encoding"] == "utf-16"
    assert m.loc["utf16le-nobom.txt", "encoding"] == "utf-16-le"
    assert m.loc["page.html", "format"] == "html"
    assert "no byline" in m.loc["nobyline.txt", "reason"]
    assert "unparseable byline date" in m.loc["baddate.txt", "reason"]
    docs = corpus.documents.set_index("doc_id")
    assert docs.loc["cp1256", "title"] == "عنوان الخبر"
    assert docs.loc["cp1256", "published"] == pd.Timestamp("2024-02-01")
    assert docs.loc["utf16", "published"] == pd.Timestamp("2024-02-03")
    assert pd.isna(docs.loc["baddate", "published"])
    assert "alert" not in " ".join(corpus.segments["text"])
    assert (corpus.segments["doc_id"] == "seed").sum() == 106


def test_large_file_is_read(tmp_path, seed_text):
    body = "\n".join(seed_text.split("\n")[13:58])
    big = tmp_path / "big.txt"
    with big.open("w", encoding="utf-8") as fh:
        fh.write(seed_text)
        while fh.tell() < 50 * 2**20:
            fh.write(body + "\n")
    corpus = read_corpus(big)
    assert corpus.manifest.iloc[0]["status"] == "parsed"
    assert (corpus.segments["section"] == "ticker").sum() == 58
    assert len(corpus.segments) > 100_000


def test_file_over_limit_is_skipped_with_reason(tmp_path, seed_text):
    (tmp_path / "a.txt").write_text(seed_text, encoding="utf-8")
    (tmp_path / "b.txt").write_text("عنوان\n" + SEED_BYTES_LINE, encoding="utf-8")
    m = read_corpus(tmp_path, max_bytes=1000).manifest
    assert m.iloc[0]["status"] == "skipped"
    assert m.iloc[0]["reason"] == "file is 18 KiB, above the 1000 bytes limit (max_bytes)"
    assert m.iloc[1]["status"] == "parsed"


def test_missing_path_raises():
    with pytest.raises(FileNotFoundError, match="does not exist"):
        read_corpus("/nonexistent/corpus")


def test_decode_bytes_errors():
    with pytest.raises(DecodeError, match="empty"):
        decode_bytes(b"")
    with pytest.raises(DecodeError, match="PDF"):
        decode_bytes(b"%PDF-1.4 ...")
    assert decode_bytes("سلام".encode("cp1256"))[0] == "سلام"


def test_iter_corpus_chunks_cover_everything(tmp_path, seed_text):
    for i in range(5):
        (tmp_path / f"p{i}.txt").write_text(seed_text + f"\nنسخة {i}", encoding="utf-8")
    chunks = list(iter_corpus(tmp_path, chunk_documents=2))
    assert [len(c.documents) for c in chunks] == [2, 2, 1]
    assert sum(len(c.manifest) for c in chunks) == 5
    assert pd.concat([c.documents for c in chunks])["doc_id"].tolist() == [f"p{i}" for i in range(5)]


ANT = """<DOC>
<DOCNO>XX-world-{n}-20240619</DOCNO>
<SRC>Agence</SRC>
<TITLE>بوتين يصل إلى بيونغ يانغ</TITLE>
<TIME>{time}</TIME>
<ABSTRACT>
ملخص قصير.
</ABSTRACT>
<TEXT>
وصل الرئيس الروسي فلاديمير بوتين إلى بيونغ يانغ في زيارة رسمية.
ووقعت روسيا وكوريا الشمالية اتفاقية شراكة استراتيجية شاملة.
</TEXT>
</DOC>
"""


def _one(tmp_path, name, data):
    (tmp_path / name).write_bytes(data)
    corpus = read_corpus(tmp_path)
    return corpus, corpus.manifest.iloc[0]


def test_ant_impossible_time_keeps_the_article_undated(tmp_path):
    corpus, row = _one(tmp_path, "a.txt", ANT.format(n=1, time="2024-02-31").encode())
    assert row["status"] == "parsed" and len(corpus.documents) == 1
    assert pd.isna(corpus.documents.iloc[0]["published"])
    assert row["warnings"] == "line 5: impossible date '2024-02-31' in <TIME>; document kept undated"


def test_ant_cut_inside_text_is_reported_and_keeps_the_text_not_the_abstract(tmp_path):
    text = ANT.format(n=1, time="2024-06-19")
    cut = text[: text.index("ووقعت") + 5]
    corpus, row = _one(tmp_path, "a.txt", cut.encode())
    body = corpus.segments.loc[corpus.segments["section"] == "paragraph", "text"].tolist()
    assert body == ["وصل الرئيس الروسي فلاديمير بوتين إلى بيونغ يانغ في زيارة رسمية.", "ووقعت"]
    assert "ملخص" not in " ".join(body)
    assert row["warnings"].startswith("line 9: <TEXT> is not closed (file cut off?)")


def test_ant_without_closing_doc_is_reported(tmp_path):
    text = ANT.format(n=1, time="2024-06-19").replace("</DOC>\n", "")
    corpus, row = _one(tmp_path, "a.txt", text.encode())
    assert len(corpus.segments) == 3 and row["warnings"] == "line 1: <DOC> is not closed (file cut off after the text?)"


def test_utf8_cut_mid_character_is_truncated_not_binary(tmp_path):
    data = ("عنوان\nنشر في هسبريس يوم 01 - 02 - 2024\n" + SEED_BYTES_LINE).encode("utf-8")
    corpus, row = _one(tmp_path, "cut.txt", data[:-2])  # the full stop, and the second byte of the last letter
    assert row["status"] == "parsed" and row["encoding"] == "utf-8"
    assert corpus.segments["text"].iloc[-1] == SEED_BYTES_LINE[:-2]
    assert row["warnings"] == (f"end of file: file ends inside a UTF-8 character (cut off?): decoded up to byte "
                               f"{len(data) - 3}, 1 trailing byte(s) dropped")


def test_good_files_have_no_warnings(seed_corpus):
    assert seed_corpus.manifest.iloc[0]["warnings"] == ""
    assert pd.isna(seed_corpus.manifest.iloc[0]["duplicate_of"])


def _three_seeds_and_a_table(root, seed_path):
    for name in ("a.txt", "b.txt", "sub/c.txt"):
        (root / name).parent.mkdir(exist_ok=True)
        (root / name).write_bytes(seed_path.read_bytes())
    pd.DataFrame({"title": ["عنوان أول من الجدول", "عنوان ثان من الجدول"], "text": ["نص عن تونس.", "نص عن روسيا."],
                  "date": ["2019-03-01", "2019-03-02"]}).to_csv(root / "table.csv", index=False)


def test_copies_of_a_page_are_read_once(tmp_path, seed_path):
    _three_seeds_and_a_table(tmp_path, seed_path)
    corpus = read_corpus(tmp_path)
    m = corpus.manifest.assign(name=corpus.manifest["path"].map(lambda p: p.split(str(tmp_path) + "/")[1]))
    m = m.set_index("name")
    assert len(m) == 4 and corpus.summary()["duplicates"] == 2
    assert m.loc["b.txt", "duplicate_of"] == m.loc["sub/c.txt", "duplicate_of"] == str(tmp_path / "a.txt")
    assert m.loc["b.txt", "status"] == "skipped" and "exact duplicate of a.txt" in m.loc["b.txt", "reason"]
    assert corpus.documents["doc_id"].tolist() == ["a", "table#1", "table#2"]
    assert (corpus.segments["section"] == "ticker").sum() == 58


def test_copies_are_counted_once_by_analyze_across_partitions(tmp_path, seed_path):
    from marsad.engine.run import analyze

    corpus_dir = tmp_path / "corpus"
    corpus_dir.mkdir()
    _three_seeds_and_a_table(corpus_dir, seed_path)
    run = analyze(corpus_dir, tmp_path / "out", chunk_files=1, stages=("headlines",), progress=False)
    m = run.manifest
    assert m["duplicate_of"].notna().sum() == 2 and (m["status"] == "parsed").sum() == 2
    assert len(run.documents) == 3
    assert set(run.documents.loc[run.documents["format"] == "csv", "title"]) == {"عنوان أول من الجدول", "عنوان ثان من الجدول"}
    assert len(run.headlines) == 58 and set(run.headlines["section"]) == {"ticker"}


def test_ant_with_thousands_of_unclosed_tags_reads_in_one_pass(tmp_path):
    from test_walk import deadline

    hostile = "<DOC>\n<TITLE>عنوان</TITLE>\n<TEXT>\nنص المقال.\n</TEXT>\n" + "<TITLE>x " * 50_000
    with deadline(60):  # pairing tags with a lazy regex rescanned the rest of the file for each open tag
        corpus, row = _one(tmp_path, "a.txt", hostile.encode())
    assert row["status"] == "parsed" and "line 6: <TITLE> is not closed" in row["warnings"]


def test_ant_related_article_links_are_their_own_section_not_the_articles_text(tmp_path):
    # France 24's "للمزيد: <another story's headline>" and CNN's "اقرأ أيضا| ..." are links to other stories: the
    # events stage must not read them as this article's text, and mentions treat them as standalone headlines.
    text = ANT.format(n=1, time="2024-06-19").replace(
        "</TEXT>", "للمزيد: روسيا تطرد 23 دبلوماسيا بريطانيا\nاقرأ أيضا| كيم يزور موسكو\n"
                   "للمزيد من التفاصيل عن الزيارة عاد الوفد الروسي أمس.\n</TEXT>")
    corpus, row = _one(tmp_path, "a.txt", text.encode())
    segs = corpus.segments
    assert segs.loc[segs["section"] == "related", "text"].tolist() == [
        "للمزيد: روسيا تطرد 23 دبلوماسيا بريطانيا", "اقرأ أيضا| كيم يزور موسكو"]
    # an opener inside the article's own sentence (no separator after it) stays text
    assert segs["text"].iloc[-1].startswith("للمزيد من التفاصيل") and segs["section"].iloc[-1] == "paragraph"
    assert row["status"] == "parsed" and not row["warnings"]
