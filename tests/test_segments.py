"""Segment rows: very long segments are cut into exact slices at read time, short ones are untouched."""
import re

import pandas as pd
import pytest

from marsad.readers.corpus import read_corpus
from marsad.readers.segments import MAX_SEGMENT_CHARS, WINDOW_CHARS, segment_rows, split_long

SENTENCE = "وقعت روسيا وكوريا الشمالية اتفاقية تعاون استراتيجي شاملة. "


def _slices(text, pieces):
    """Each piece is found in order in the text with only whitespace between pieces."""
    at = 0
    for piece in pieces:
        start = text.index(piece, at)
        assert not text[at:start].strip()
        at = start + len(piece)
    assert not text[at:].strip()


@pytest.mark.parametrize("text", [
    SENTENCE * 2000,                        # sentences: cut after a full stop
    "كلمة " * 30_000,                        # no punctuation: cut at spaces
    "ب" * 12_345,                            # no space at all: hard windows
])
def test_long_text_becomes_exact_slices_of_bounded_size(text):
    pieces = split_long(text)
    assert len(pieces) > 1 and max(map(len, pieces)) <= WINDOW_CHARS
    _slices(text, pieces)


def test_sentence_text_is_cut_after_sentence_ends():
    pieces = split_long(SENTENCE * 2000)
    assert all(p.endswith(".") for p in pieces)


def test_short_text_is_untouched():
    text = SENTENCE * 10
    assert split_long(text) == [text]
    rows = segment_rows("d", [{"section": "paragraph", "text": text}])
    assert [r["text"] for r in rows] == [text]


def test_pieces_keep_section_and_get_consecutive_positions():
    rows = segment_rows("d", [{"section": "title", "text": "عنوان"},
                              {"section": "paragraph", "text": SENTENCE * 500},
                              {"section": "caption", "text": "صورة", "credit": "AFP"}])
    assert rows[0]["section"] == "title" and rows[-1]["section"] == "caption" and rows[-1]["credit"] == "AFP"
    assert {r["section"] for r in rows[1:-1]} == {"paragraph"} and len(rows) > 3
    assert [r["position"] for r in rows] == list(range(len(rows)))


def test_page_without_punctuation_or_breaks_is_bounded(tmp_path):
    body = " ".join(f"كلمة{i}" for i in range(400_000))  # 3.7 MB on one line
    (tmp_path / "p.txt").write_text("عنوان\nنشر في هسبريس يوم 01 - 02 - 2024\n" + body + "\n", encoding="utf-8")
    seg = read_corpus(tmp_path).segments
    assert seg["text"].str.len().max() <= WINDOW_CHARS
    assert " ".join(seg.loc[seg["section"] == "paragraph", "text"]) == body


def test_ten_megabyte_csv_cell_reaches_the_stages_in_windows(tmp_path):
    cell = SENTENCE * (10 * 2**20 // len(SENTENCE.encode()))
    pd.DataFrame([{"title": "عنوان", "text": cell}]).to_csv(tmp_path / "big.csv", index=False)
    corpus = read_corpus(tmp_path)
    seg = corpus.segments
    assert len(cell.encode()) >= 10 * 2**20 - len(SENTENCE.encode())
    assert seg["text"].str.len().max() <= WINDOW_CHARS < MAX_SEGMENT_CHARS
    paragraphs = seg.loc[seg["section"] == "paragraph", "text"]
    assert re.sub(r"\s", "", "".join(paragraphs)) == re.sub(r"\s", "", cell)
