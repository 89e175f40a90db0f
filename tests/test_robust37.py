"""A hostile new user's corpus, file by file (session 37): bad bytes cost only themselves, never the file or a copy.

Each test composes its input and has a counter-example: what must still be refused (a binary), still counted once
(a copy of a file that is read), or left as it was (a valid surrogate pair).
"""
import json

import pytest

from marsad.readers.corpus import read_corpus
from marsad.readers.decode import DecodeError, decode

HEAD = "قصف روسي على مدينة حلب السورية"
BODY = "قال وزير الخارجية المصري إن مصر تدين الهجوم على غزة، واتهمت إسرائيل حركة حماس بإطلاق صواريخ."


def _manifest(root):
    corpus = read_corpus(root)
    m = corpus.manifest.assign(name=corpus.manifest["path"].str.rsplit("/", n=1).str[-1]).set_index("name")
    return corpus, m


# --- stray NUL bytes -------------------------------------------------------------------------------------------

def test_a_few_nul_bytes_in_utf8_text_cost_only_the_nuls():
    # a run of NULs between words becomes one space
    data = (HEAD + "\n\n" + BODY + " " + BODY).encode().replace(" تدين".encode(), b"\x00\x00\x00" + "تدين".encode(), 1)
    decoded = decode(data)
    assert "\x00" not in decoded.text and HEAD in decoded.text and "مصر تدين" in decoded.text
    assert decoded.encoding == "utf-8" and decoded.nul_bytes == 3 and decoded.first_nul == data.index(0)


def test_a_nul_inside_a_utf8_character_is_dropped_not_spaced():
    word = "مصر".encode()
    data = (HEAD + "\n\n" + BODY + " " + BODY).encode().replace(word, word[:1] + b"\x00" + word[1:], 1)
    decoded = decode(data)
    assert decoded.encoding == "utf-8" and "مصر تدين" in decoded.text and decoded.nul_bytes == 1


def test_a_zero_filled_tail_costs_only_the_zeros():
    data = (HEAD + "\n\n" + BODY * 20).encode()
    decoded = decode(data + b"\x00" * 4096)  # one run: a crash's preallocated block, more than 1 % of the bytes
    assert decoded.text.strip() == (HEAD + "\n\n" + BODY * 20) and decoded.nul_bytes == 4096


def test_nul_bytes_after_the_first_4_kib_are_removed_too():
    data = (BODY * 60).encode() + b"\x00\x00" + BODY.encode()
    assert len(data) > 4096 * 2
    decoded = decode(data)
    assert "\x00" not in decoded.text and decoded.nul_bytes == 2


def test_a_windows_1256_text_with_a_stray_nul_is_still_read_as_windows_1256():
    data = (HEAD + "\n\n" + BODY * 3).encode("cp1256")
    decoded = decode(data[:40] + b"\x00" + data[40:])
    assert decoded.encoding in ("cp1256", "windows-1256") and HEAD in decoded.text and "\x00" not in decoded.text


@pytest.mark.parametrize("data", [
    b"\x00\x01\x02\xff" * 300,                          # random bytes, a quarter NUL
    b"\x00" * 50,                                       # only NULs
    b"abc\x00def",                                      # one NUL run in 7 bytes: more than 1 %
    bytes(range(1, 256)) * 10 + b"\x00",                # few NULs, but the rest is no text
])
def test_binaries_with_nul_bytes_are_still_refused(data):
    with pytest.raises(DecodeError, match="binary file"):
        decode(data)


def test_a_text_with_stray_nuls_is_parsed_and_the_manifest_says_so(tmp_path):
    (tmp_path / "page.txt").write_bytes((HEAD + "\x00\x00\n\n" + BODY + " " + BODY + " " + BODY).encode())
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    corpus, m = _manifest(tmp_path)
    assert m.loc["page.txt", "status"] == "parsed"
    assert "byte 55: 2 NUL byte(s) removed" in m.loc["page.txt", "warnings"]
    assert corpus.segments["text"].iloc[0] == HEAD
    assert not corpus.segments["text"].str.contains("\x00").any()
    assert m.loc["image.png", "status"] == "skipped" and "PNG" in m.loc["image.png", "reason"]


# --- lone surrogates in JSON -----------------------------------------------------------------------------------

def test_a_lone_surrogate_escape_in_json_costs_one_character_not_the_file(tmp_path):
    rows = [{"title": "\\ud800 " + HEAD, "text": BODY}, {"title": "ترامب يلتقي بوتين", "text": BODY}]
    (tmp_path / "a.json").write_text("[" + ", ".join(
        '{"title": "%s", "text": "%s"}' % (r["title"], r["text"]) for r in rows) + "]", encoding="utf-8")
    corpus, m = _manifest(tmp_path)
    assert m.loc["a.json", "status"] == "parsed" and m.loc["a.json", "documents"] == 2
    assert "1 lone UTF-16 surrogate escape(s)" in m.loc["a.json", "warnings"]
    assert corpus.documents["title"].iloc[0] == "\ufffd " + HEAD
    corpus.segments["text"].str.encode("utf-8")  # storable


def test_a_lone_surrogate_in_one_json_line_costs_only_that_character(tmp_path):
    good = json.dumps({"title": HEAD, "text": BODY}, ensure_ascii=False)
    bad = '{"title": "x\\uDC00y", "text": "%s", "source": "\\ud83d"}' % BODY
    (tmp_path / "a.jsonl").write_text(good + "\n" + bad + "\n", encoding="utf-8")
    corpus, m = _manifest(tmp_path)
    assert m.loc["a.jsonl", "documents"] == 2
    assert m.loc["a.jsonl", "warnings"] == "line 2: 2 lone UTF-16 surrogate escape(s) (\\udXXX) replaced by U+FFFD"
    assert list(corpus.documents["title"]) == [HEAD, "x\ufffdy"]


def test_a_valid_surrogate_pair_is_kept_and_not_reported(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"title": "%s \\ud83d\\ude00", "text": "%s"}\n' % (HEAD, BODY), encoding="utf-8")
    corpus, m = _manifest(tmp_path)
    assert corpus.documents["title"].iloc[0] == HEAD + " \U0001F600"
    assert m.loc["a.jsonl", "warnings"] == ""


def test_a_json_line_nested_too_deeply_costs_only_that_line(tmp_path):
    good = json.dumps({"title": HEAD, "text": BODY}, ensure_ascii=False)
    (tmp_path / "a.jsonl").write_text(good + "\n" + "[" * 100_000 + "\n" + good.replace(HEAD, "ترامب") + "\n",
                                      encoding="utf-8")
    (tmp_path / "b.json").write_text("[" * 100_000, encoding="utf-8")
    corpus, m = _manifest(tmp_path)
    assert m.loc["a.jsonl", "documents"] == 2
    assert "line 2: not valid JSON (nested too deeply to read" in m.loc["a.jsonl", "warnings"]
    assert m.loc["b.json", "status"] == "skipped"
    assert m.loc["b.json", "reason"].startswith("not valid JSON: nested too deeply to read")


# --- a copy of a file not read for its name --------------------------------------------------------------------

def test_a_copy_of_a_hidden_file_or_a_readme_is_read_not_lost(tmp_path):
    page = HEAD + "\n\n" + BODY
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / ".draft.txt").write_text(page, encoding="utf-8")       # hidden: not read
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "news.txt").write_text(page, encoding="utf-8")         # the same bytes under a news name
    (tmp_path / "README.txt").write_text(BODY, encoding="utf-8")             # documentation: not read
    (tmp_path / "story.txt").write_text(BODY, encoding="utf-8")
    corpus, m = _manifest(tmp_path)
    assert m.loc[".draft.txt", "reason"] == "hidden file"
    assert m.loc["news.txt", "status"] == "parsed"
    assert m.loc["README.txt", "status"] == "skipped" and m.loc["story.txt", "status"] == "parsed"
    assert len(corpus.documents) == 2


def test_a_copy_of_a_file_that_is_read_is_still_counted_once(tmp_path):
    page = HEAD + "\n\n" + BODY
    (tmp_path / "a.txt").write_text(page, encoding="utf-8")
    (tmp_path / "b.txt").write_text(page, encoding="utf-8")
    corpus, m = _manifest(tmp_path)
    assert m.loc["b.txt", "status"] == "skipped" and m.loc["b.txt", "reason"].startswith("exact duplicate of a.txt")
    assert len(corpus.documents) == 1


# --- an unclosed dropped element (svg, form, nav) in scraped HTML ----------------------------------------------

from marsad.readers.html import parse_html_page  # noqa: E402


def _segments(html):
    return [(s["section"], s["text"]) for s in parse_html_page(html).segments]


def test_an_unclosed_svg_in_a_headline_does_not_drop_the_article():
    html = f'<html><body><h1>{HEAD} <svg onload=alert(4)></h1><p onclick="alert(5)">{BODY}</p></body></html>'
    assert _segments(html) == [("title", HEAD), ("paragraph", BODY)]


def test_an_unclosed_form_ends_with_the_block_it_opened_in():
    html = f"<div><form><p>ابحث في الموقع</p></div><p>{BODY}</p>"
    assert _segments(html) == [("paragraph", BODY)]


def test_an_html_block_breaks_out_of_an_unclosed_svg():
    assert _segments(f"<h1>{HEAD}</h1><svg><text>شعار</text><p>{BODY}</p>") == [("title", HEAD), ("paragraph", BODY)]


@pytest.mark.parametrize("html, kept", [
    # closed dropped elements stay dropped, blocks nested inside them too
    (f"<nav><p>القائمة</p></nav><p>{BODY}</p>", [BODY]),
    (f"<div><nav><div>القائمة</div><p>روابط</p></nav><p>{BODY}</p></div>", [BODY]),
    (f"<div><aside><div><div>إعلان</div></div></aside><p>{BODY}</p></div>", [BODY]),
    (f"<p>{HEAD} <script>alert(1)</p></script></p><p>{BODY}</p>", [HEAD, BODY]),
    (f"<h1>{HEAD}</h1><svg><text>شعار</text></svg><p>{BODY}</p>", [HEAD, BODY]),
    # a stray end tag of a dropped element closes nothing
    (f"<p>{HEAD}</p></nav><p>{BODY}</p>", [HEAD, BODY]),
])
def test_dropped_elements_that_are_closed_stay_dropped(html, kept):
    assert [t for _, t in _segments(html)] == kept


# --- a symlink loop named as the corpus ------------------------------------------------------------------------

def test_a_symlink_loop_as_the_corpus_is_one_clear_error_not_a_traceback(tmp_path):
    from marsad.engine.run import check_run_options

    (tmp_path / "a").symlink_to("b")
    (tmp_path / "b").symlink_to("a")
    with pytest.raises(FileNotFoundError, match=r"corpus '.*a' is a symlink loop \(the link points back to itself\)"):
        check_run_options(corpus=tmp_path / "a", out=tmp_path / "out")
    with pytest.raises(FileNotFoundError, match=r"corpus '.*missing' does not exist$"):
        check_run_options(corpus=tmp_path / "missing", out=tmp_path / "out")
    (tmp_path / "news.txt").write_text(HEAD + "\n\n" + BODY, encoding="utf-8")
    assert check_run_options(corpus=tmp_path / "news.txt", out=tmp_path / "out")["root"] == tmp_path / "news.txt"


# --- names in one-line messages --------------------------------------------------------------------------------

def test_a_file_name_cannot_break_a_message_line_or_drive_the_terminal(tmp_path):
    from marsad.readers.corpus import relative_path

    evil = "evil\x1b[2J\x1b[31mred\nline\u202e.png"
    (tmp_path / evil).write_bytes(b"\x89PNG\r\n\x1a\nxx")
    (tmp_path / "خبر عاجل\u200c.txt").write_text(HEAD + "\n\n" + BODY, encoding="utf-8")
    _, m = _manifest(tmp_path)
    shown = {relative_path(p, tmp_path) for p in m["path"]}
    assert shown == {"evil\\x1b[2J\\x1b[31mred\\nline\\u202e.png", "خبر عاجل\u200c.txt"}  # Arabic, space, ZWNJ kept


def test_an_archive_member_name_in_a_warning_is_printable(tmp_path):
    import zipfile

    with zipfile.ZipFile(tmp_path / "a.zip", "w") as z:
        z.writestr("ok.txt", HEAD + "\n\n" + BODY)
        z.writestr("x\x1b[2J\n.png", b"\x89PNG\r\n\x1a\nxx")
    _, m = _manifest(tmp_path)
    warnings = m.loc["a.zip", "warnings"]
    assert "x\\x1b[2J\\n.png: binary file (PNG image)" in warnings and "\x1b" not in warnings and "\n" not in warnings
    assert "ok.txt: no byline ('نشر في … يوم …')" in warnings
