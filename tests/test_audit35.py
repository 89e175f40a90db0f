"""Session 35's scale audit (audit35): big and ugly inputs, cost that grows faster than the input, accounting.

Complexity is asserted by counting executed Python lines (``sys.settrace``) at N and 2N, never by wall-clock
time: a linear step gives a ratio near 2, a quadratic one near 4.
"""
from __future__ import annotations

import sys

import pytest


def _line_events(fn, *args) -> int:
    """Python lines executed while ``fn(*args)`` runs (every frame, library code included)."""
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return tracer

    old = sys.gettrace()
    sys.settrace(tracer)
    try:
        fn(*args)
    finally:
        sys.settrace(old)
    return count


def _growth(fn, make, n: int) -> float:
    """Ratio of the lines ``fn`` runs on ``make(2n)`` to those on ``make(n)``."""
    return _line_events(fn, make(2 * n)) / _line_events(fn, make(n))


def _br_lines(n: int) -> str:
    return "<html><body>" + "".join(f"سطر {i} عن روسيا<br>" for i in range(n)) + "</body></html>"


def _open_divs(n: int) -> str:
    return "<html><body>" + "".join(f"<div>مستوى {i} " for i in range(n)) + "</div>" * n + "</body></html>"


@pytest.mark.parametrize("make", [_br_lines, _open_divs], ids=["br-lines", "nested-divs"])
def test_html_reading_is_linear_in_unclosed_blocks(make):
    # Each block's role was searched down the whole stack of open tags: a page of 20,000 <br> lines (0.5 MB)
    # took 10 s, 200,000 would take ~1,000 s. The role in effect is now kept per depth.
    from marsad.readers.html import parse_html_page

    assert _growth(parse_html_page, make, 400) < 2.5
    page = parse_html_page(make(3))
    assert [s["text"] for s in page.segments][:3] == (
        ["سطر 0 عن روسيا", "سطر 1 عن روسيا", "سطر 2 عن روسيا"] if make is _br_lines
        else ["مستوى 0", "مستوى 1", "مستوى 2"])


def test_html_roles_still_come_from_the_nearest_enclosing_block():
    from marsad.readers.html import parse_html_page

    page = parse_html_page("<html><body><ul><li><div>رابط<div>آخر</div></div></li></ul>"
                           "<h2><span>عنوان</span></h2><div><div>فقرة</div></div><p>نص<br>بعد</p></body></html>")
    assert [(s["section"], s["text"]) for s in page.segments] == [
        ("related", "رابط"), ("related", "آخر"), ("subheading", "عنوان"), ("paragraph", "فقرة"),
        ("paragraph", "نص"), ("paragraph", "بعد")]


def test_a_corpus_of_short_documents_does_not_fail_the_stories_stage(tmp_path):
    # No document long enough for a story signature: the stories combine step handed back its empty staged rows
    # (with their `published` dates), and the stage FAILED with "dates where text is declared".
    from marsad.engine.run import analyze, stage_status
    from marsad.engine.store import read_table

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("خبر قصير\nنص قصير عن روسيا.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("عنوان\nنشر في الموقع يوم 12 - 03 - 2018\nجملة.\n", encoding="utf-8")
    analyze(corpus, tmp_path / "out", stages=("stories",), progress=False)
    status = stage_status(tmp_path / "out")
    assert status["stories"]["ok"], status["stories"].get("error")
    table = read_table(tmp_path / "out", "stories")
    assert table.empty and list(table.columns)[:6] == ["doc_id", "story_id", "n_documents", "n_outlets",
                                                       "first_seen", "sources"]
