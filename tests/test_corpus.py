"""Reading corpora: the seed, ANT files, tables, and every kind of bad input."""
import shutil

import pandas as pd
import pytest

from marsad.readers.corpus import DecodeError, decode_bytes, iter_corpus, read_corpus

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
    m = read_corpus(tmp_path).manifest
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
    m = read_corpus(tmp_path, max_bytes=1000).manifest
    assert m.iloc[0]["status"] == "skipped"
    assert "limit" in m.iloc[0]["reason"]


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
        (tmp_path / f"p{i}.txt").write_text(seed_text, encoding="utf-8")
    chunks = list(iter_corpus(tmp_path, chunk_documents=2))
    assert [len(c.documents) for c in chunks] == [2, 2, 1]
    assert sum(len(c.manifest) for c in chunks) == 5
    assert pd.concat([c.documents for c in chunks])["doc_id"].tolist() == [f"p{i}" for i in range(5)]
