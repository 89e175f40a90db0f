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


def _many_skipped(root, n: int) -> None:
    root.mkdir()
    for i in range(n):
        (root / f"e{i:05d}.txt").write_bytes(b"")  # empty
        (root / f"b{i:05d}.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes([i % 256, i // 256]) + bytes(range(256)))
    (root / "good.txt").write_text("خبر\nنص عن روسيا وكوريا الشمالية.\n", encoding="utf-8")


def test_marsad_read_counts_a_flood_of_skipped_files_instead_of_listing_each(tmp_path, capsys):
    # 20,000 unreadable files printed 20,000 lines (1.1 MB) on the terminal; --json still lists every one
    from marsad.cli import main

    _many_skipped(tmp_path / "c", 300)
    assert main(["read", "--corpus", str(tmp_path / "c")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) <= 60
    assert out[0] == "601 files: 1 parsed, 600 skipped"
    assert sum(line.startswith("skipped ") for line in out) == 50
    assert out[-1].startswith("… and 550 more skipped files (every file: marsad read --json")
    assert "binary file" in out[-1] and "empty file" in out[-1]
    assert main(["read", "--corpus", str(tmp_path / "c"), "--json"]) == 0
    import json
    assert len(json.loads(capsys.readouterr().out)["manifest"]) == 601


def test_reason_kind_leaves_out_what_is_particular_to_a_file():
    from marsad.readers.corpus import reason_kind

    assert reason_kind("exact duplicate of a/b.txt (same bytes); counted once") == "exact duplicate of an earlier file"
    assert reason_kind("file is 300.0 MiB, above the 256 MiB limit (max_bytes)") == "file is N MiB, above the N MiB limit (max_bytes)"
    assert reason_kind("dangling symlink (its target '/x/y' does not exist)") == "dangling symlink (its target '…' does not exist)"
    assert reason_kind("") == "no text found"


def test_the_index_manifest_caps_the_skipped_rows_and_counts_them_by_reason(tmp_path):
    # 20,000 unreadable files made a 4 MB index.html of 20,000 rows
    import pandas as pd

    from marsad.runner.index import _SKIPPED_SHOWN, manifest_section

    n = 3 * _SKIPPED_SHOWN
    manifest = pd.DataFrame({
        "path": [str(tmp_path / f"f{i}.txt") for i in range(n)] + [str(tmp_path / f"ok{i}.txt") for i in range(40)],
        "status": ["skipped"] * n + ["parsed"] * 40,
        "reason": ["empty file" if i % 3 else f"exact duplicate of f{i - 1}.txt (same bytes); counted once"
                   for i in range(n)] + [""] * 40,
        "format": None, "documents": [0] * n + [1] * 40, "bytes": 0})
    html = manifest_section(manifest, tmp_path)
    assert html.count("<tr>") <= _SKIPPED_SHOWN + 25 + 1 + 1 + 2  # the rows, their heading, the reason table
    assert f"{n:,} files were skipped" in html
    assert f"<td>empty file</td><td>{2 * _SKIPPED_SHOWN:,}</td>" in html
    assert f"<td>exact duplicate of an earlier file</td><td>{_SKIPPED_SHOWN:,}</td>" in html
    assert f"… and {n + 40 - _SKIPPED_SHOWN - 25:,} more in <a href='manifest.csv'>" in html
    small = manifest_section(manifest.iloc[n - 10:], tmp_path)
    assert "were skipped" not in small and small.count("<tr>") == 1 + 10 + 25


def _csv(path, rows: int) -> None:
    import csv

    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["title", "text", "date", "source"])
        for i in range(rows):
            w.writerow([f"عنوان الخبر رقم {i}", f"زار وزير خارجية روسيا العاصمة في اليوم {i} من الشهر.",
                        f"2018-03-{1 + i % 28:02d}", f"src{i % 3}"])


def test_marsad_read_holds_one_piece_of_a_big_table_not_the_whole_corpus(tmp_path, monkeypatch, capsys):
    # `marsad read` read the corpus whole: 1.3 GB of memory for a 60 MB CSV of 200,000 rows (analyze streams it)
    from marsad.cli import main
    from marsad.engine import partitions
    from marsad.readers import corpus as readers_corpus

    corpus = tmp_path / "c"
    corpus.mkdir()
    _csv(corpus / "news.csv", 3000)
    (corpus / "page.txt").write_text("خبر\nنص عن روسيا.\n", encoding="utf-8")
    largest = []
    frames = readers_corpus._frames

    def spy(docs, segs, manifest):
        largest.append(len(docs))
        return frames(docs, segs, manifest)

    monkeypatch.setattr(readers_corpus, "_frames", spy)
    summary, manifest = partitions.summarize_corpus(corpus, chunk_mb=0.05)
    assert summary["documents"] == 3001 and summary["dated_documents"] == 3000 and summary["sources"] == 3
    assert summary["files"] == 2 and summary["parsed"] == 2 and list(manifest["documents"]) == [3000, 1]
    assert max(largest) < 1000  # pieces, never the whole table
    # the command reads through it (never the whole corpus at once) and says what a whole read says
    monkeypatch.undo()
    whole = readers_corpus.read_corpus(corpus).summary()

    def no_whole_read(*args, **kwargs):
        raise AssertionError("marsad read must not hold the whole corpus")

    monkeypatch.setattr(readers_corpus, "read_corpus", no_whole_read)
    assert main(["read", "--corpus", str(corpus)]) == 0
    assert capsys.readouterr().out.splitlines()[:2] == [
        "2 files: 2 parsed, 0 skipped",
        f"{whole['documents']:,} documents ({whole['dated_documents']:,} dated, {whole['sources']} named sources); "
        f"{whole['segments']:,} segments, 0 ticker headlines"]


def test_finding_a_csv_record_boundary_costs_a_few_bytes_per_byte():
    # the quote count before each byte was an int64 array: 8 bytes per byte, 400 MB for one 50 MB CSV cell
    import tracemalloc

    from marsad.readers.chunks import _cut

    cell = ('"' + "كلمة " * 400_000 + '\n' + "نص " * 200_000 + '"').encode("utf-8")  # a newline inside quotes
    buf = b"title,text\n" + b"a," + cell + b"\nb,c\n"
    tracemalloc.start()
    try:
        end = _cut(buf, "csv", len(buf) - 3)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert buf[:end].endswith(cell + b"\n") and buf[end:] == b"b,c\n"  # the quoted newline is not a boundary
    assert peak < 4 * len(buf)


def test_a_huge_title_is_shown_shortened_in_hovers_and_tables():
    # a CSV title of 2.5 MB went whole into every hover label and table naming its document: 35 MB mentions report
    import pandas as pd

    from marsad.charts.base import CELL_CHARS, HOVER_CHARS, hover_text, reader_table, rtl_table, shorten

    title = "زار رئيس روسيا كوريا الشمالية " * 40_000  # 1.2 M characters
    hover = hover_text(title)
    assert len(hover.replace("<br>", " ")) <= HOVER_CHARS + 2 and hover.endswith(" …")
    assert hover_text("قصير <b>") == "قصير &lt;b&gt;"  # short texts as before
    frame = pd.DataFrame({"title": [title, "عنوان قصير"], "published": pd.to_datetime(["2018-03-12", "2018-03-13"])})
    for html in (reader_table(frame).data, rtl_table(frame).data):
        assert len(html) < 4 * CELL_CHARS + 2000 and "عنوان قصير" in html and " …" in html
    assert shorten("a" * 5000, 100) == "a" * 100 + " …"  # no space to cut at: cut at the limit
    assert shorten("كلمة قصيرة", 1000) == "كلمة قصيرة"


def test_a_cells_late_output_does_not_fail_the_report(tmp_path, monkeypatch):
    # papermill makes output that arrives after nbclient's iopub_timeout (4 s by default) an error: a report with a
    # big figure on a loaded machine FAILED ("CellTimeoutError … after 4 seconds")
    import papermill

    from marsad.runner import report

    seen = {}

    def fake_execute(*args, **kwargs):
        seen.update(kwargs)
        raise RuntimeError("stop here")

    monkeypatch.setattr(papermill, "execute_notebook", fake_execute)
    nb = tmp_path / "00-x.ipynb"
    nb.write_text('{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}', encoding="utf-8")
    (tmp_path / "out" / "notebooks").mkdir(parents=True)
    report._execute(nb, tmp_path / "out", {}, False, 900, None)
    assert seen["iopub_timeout"] >= 60 and seen["execution_timeout"] == 900


def test_keyword_in_context_rows_carry_a_shortened_title(tmp_path):
    # each of a document's mentions got its whole title: a 2.5 MB title on 45,000 mentions, 17 GB, the kernel died
    import pandas as pd

    from marsad.charts.base import CELL_CHARS
    from marsad.charts.mentions import kwic

    n = 300
    text = "زار رئيس روسيا كوريا الشمالية"
    segments = pd.DataFrame({"doc_id": "d", "position": range(n), "text": text})
    mentions = pd.DataFrame({"doc_id": "d", "position": range(n), "entity_id": "Q159", "entity_type": "country",
                             "label_ar": "روسيا", "label_en": "Russia", "surface": "روسيا", "form": "name",
                             "section": "paragraph",
                             "start": 9, "end": 14})
    documents = pd.DataFrame({"doc_id": ["d"], "title": ["خبر طويل " * 200_000], "url": [None], "source": ["s"],
                              "published": [pd.Timestamp("2018-03-12")]})
    rows = kwic(mentions, segments, entity_id="Q159", documents=documents)
    assert len(rows) == n and rows["title"].str.len().max() <= CELL_CHARS + 2
    assert set(rows["surface"]) == {"روسيا"}
    assert documents["title"].str.len().iloc[0] == len("خبر طويل " * 200_000)  # the caller's frame is untouched


def test_the_mentions_report_shortens_titles_before_copying_them_onto_mentions():
    import json
    from pathlib import Path

    import inspect

    from marsad.charts import mentions as mc

    nb = json.loads((Path(__file__).parents[1] / "notebooks" / "02-mentions.ipynb").read_text(encoding="utf-8"))
    cell = next("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"
                and "The mentions table" not in "".join(c["source"]) and "where_named(" in "".join(c["source"]))
    assert "mc.where_named(table, run.documents" in cell
    # (audit44) the merge moved to charts.mentions.where_named, which also shows a ticker mention's headline
    source = inspect.getsource(mc.where_named)
    assert "shorten(t, 1000)" in source and source.index("shorten(t, 1000)") < source.index("merge(")
