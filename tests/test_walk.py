"""The corpus walk: every entry is listed with what happened to it, nothing can hang the read."""
import os
import signal
import socket
import stat
from contextlib import contextmanager

import pandas as pd
import pytest

from marsad.readers import walk as walk_mod
from marsad.readers.corpus import EmptyCorpusError, read_corpus
from marsad.readers.walk import walk_corpus

PAGE = "عنوان الخبر\nنشر في هسبريس يوم 01 - 02 - 2024\nوقعت روسيا وكوريا الشمالية اتفاقية تعاون استراتيجي شاملة.\n"


@contextmanager
def deadline(seconds=20):
    """Fail instead of hanging when something blocks (a FIFO opened for reading waits for a writer)."""
    def boom(*_):
        raise TimeoutError("the read blocked")
    old = signal.signal(signal.SIGALRM, boom)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def _by_name(manifest):
    return manifest.assign(name=manifest["path"].map(lambda p: os.path.basename(p))).set_index("name")


@pytest.fixture()
def odd_corpus(tmp_path):
    root = tmp_path / "c"
    root.mkdir()
    (root / "page.txt").write_text(PAGE, encoding="utf-8")
    (root / "sub").mkdir()
    (root / "sub" / "other.txt").write_text(PAGE.replace("روسيا", "الصين"), encoding="utf-8")
    os.symlink(".", root / "loop_to_self_folder")          # a folder linking to itself: a loop
    os.symlink("..", root / "sub" / "up")                   # back to the corpus root: a loop
    os.symlink("knot", root / "knot")                       # a link to itself (ELOOP)
    os.symlink("missing.txt", root / "dangling.txt")
    os.symlink("page.txt", root / "alias.txt")              # a link to a file is read (once: same bytes)
    os.mkfifo(root / "pipe")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    cwd = os.getcwd()
    os.chdir(root)  # AF_UNIX paths are short: bind by relative name
    try:
        sock.bind("sock")
    finally:
        os.chdir(cwd)
    yield root
    sock.close()


def test_every_entry_is_listed_and_nothing_hangs(odd_corpus):
    with deadline():
        corpus = read_corpus(odd_corpus)
    m = _by_name(corpus.manifest)
    assert set(m.index) == {"page.txt", "other.txt", "loop_to_self_folder", "up", "knot", "dangling.txt",
                            "alias.txt", "pipe", "sock"}
    assert (m["status"] == "parsed").sum() == 2 and len(corpus.documents) == 2
    assert m.loc["pipe", "reason"] == "not a regular file: a FIFO (named pipe); not opened"
    assert m.loc["sock", "reason"] == "not a regular file: a socket; not opened"
    assert m.loc["knot", "reason"] == "symlink loop (the link points back to itself)"
    assert m.loc["loop_to_self_folder", "reason"].startswith("symlink loop")
    assert m.loc["up", "reason"].startswith("symlink loop")
    assert m.loc["dangling.txt", "reason"] == "dangling symlink (its target 'missing.txt' does not exist)"
    # the link sorts first, so the real file is listed as the copy
    assert m.loc["page.txt", "duplicate_of"] == str(odd_corpus / "alias.txt")
    assert m.loc["page.txt", "reason"] == "exact duplicate of alias.txt (same bytes); counted once"
    assert (m["status"] == "skipped").sum() == len(m) - 2  # read = parsed + skipped


def test_unreadable_folder_is_listed(tmp_path, monkeypatch):
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "secret.txt").write_text(PAGE, encoding="utf-8")
    os.chmod(tmp_path / "locked", 0)
    listdir = os.listdir

    def refuse(path):  # tests may run as root, for whom chmod 000 locks nothing
        if os.path.basename(path) == "locked":
            raise PermissionError(13, "Permission denied")
        return listdir(path)

    monkeypatch.setattr(walk_mod.os, "listdir", refuse)
    try:
        m = _by_name(read_corpus(tmp_path).manifest)
    finally:
        os.chmod(tmp_path / "locked", stat.S_IRWXU)
    assert m.loc["locked", "status"] == "skipped"
    assert m.loc["locked", "reason"] in ("unreadable folder (Permission denied)", "unreadable folder (permission denied)")


def test_dev_zero_is_an_error_not_an_endless_read():
    with deadline(), pytest.raises(EmptyCorpusError, match="a character device"):
        read_corpus("/dev/zero")


def test_fifo_corpus_is_an_error_not_a_hang(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    with deadline(), pytest.raises(EmptyCorpusError, match=r"FIFO"):
        read_corpus(tmp_path / "pipe")


def test_empty_folder_is_an_error(tmp_path):
    with pytest.raises(EmptyCorpusError, match="the folder is empty"):
        read_corpus(tmp_path)


def test_folder_of_unreadable_files_is_one_clear_error(tmp_path):
    (tmp_path / "a.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (tmp_path / "b.txt").write_bytes(b"")
    with pytest.raises(EmptyCorpusError) as err:
        read_corpus(tmp_path)
    message = str(err.value)
    assert "\n" not in message and "2 entries, none readable" in message and "PNG" in message
    assert len(err.value.manifest) == 2


def test_empty_corpus_is_an_error_for_analyze_too(tmp_path):
    from marsad.engine.run import analyze

    os.mkfifo(tmp_path / "pipe")
    with deadline(60), pytest.raises(EmptyCorpusError, match="FIFO"):
        analyze(tmp_path, tmp_path / "out", stages=("headlines",), progress=False)


def test_marsad_output_inside_the_corpus_is_not_read_back(tmp_path, seed_text):
    from marsad.engine.run import analyze

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "seed.txt").write_text(seed_text, encoding="utf-8")
    report = corpus / "reports" / "mine"
    first = analyze(corpus, report / "tables", csv_dir=report, stages=("headlines",), progress=False)
    assert (report / "documents.csv").exists() and (report / "headlines.csv").exists()
    entries = {os.path.basename(e.path): e for e in walk_corpus(corpus)}
    assert entries["mine"].skip.startswith("Marsad report folder")
    read = read_corpus(corpus)
    assert len(read.documents) == 1  # not 1 + the CSV copies of the report
    m = _by_name(read.manifest)
    assert m.loc["mine", "status"] == "skipped" and "Marsad report folder" in m.loc["mine", "reason"]
    # the output folder is not part of the corpus: the second run finds its tables up to date
    second = analyze(corpus, report / "tables", csv_dir=report, stages=("headlines",), progress=False)
    assert second.reused and len(second.documents) == len(first.documents) == 1


def test_tables_folder_alone_is_recognised(tmp_path, seed_text):
    (tmp_path / "seed.txt").write_text(seed_text, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "run.json").write_text("{}")
    (out / "documents.csv").write_text("title,text\nعنوان,نص\n", encoding="utf-8")
    m = _by_name(read_corpus(tmp_path).manifest)
    assert list(m.index) == ["out", "seed.txt"]
    assert m.loc["out", "reason"].startswith("Marsad output folder")


def test_hidden_folder_is_one_entry(tmp_path, seed_text):
    (tmp_path / "seed.txt").write_text(seed_text, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    m = _by_name(read_corpus(tmp_path).manifest)
    assert m.loc[".git", "reason"] == "hidden folder, not read" and "HEAD" not in m.index


def test_walk_is_sorted_like_the_old_file_list(tmp_path):
    for rel in ("b.txt", "a/z.txt", "a.txt", "a/b/c.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(rel)
    assert [os.path.relpath(e.path, tmp_path) for e in walk_corpus(tmp_path)] == \
        [str(p.relative_to(tmp_path)) for p in sorted(p for p in tmp_path.rglob("*") if p.is_file())]


def test_file_name_that_is_not_utf8_is_listed_not_fatal(tmp_path, seed_text):
    (tmp_path / "seed.txt").write_text(seed_text, encoding="utf-8")
    with open(os.path.join(os.fsencode(tmp_path), b"\xff\xfe bad.txt"), "wb") as fh:
        fh.write(PAGE.encode("utf-8"))
    m = read_corpus(tmp_path).manifest
    bad = m[m["path"].str.endswith(" bad.txt")].iloc[0]
    assert bad["path"] == str(tmp_path) + "/\\xff\\xfe bad.txt"
    assert bad["status"] == "skipped" and bad["reason"] == "file name is not valid UTF-8; not read"
    bad["path"].encode("utf-8")  # storable in Parquet and CSV


def test_deeply_nested_folders_are_walked(tmp_path):
    import inspect
    import sys

    deep = tmp_path
    for _ in range(300):
        deep = deep / "d"
    deep.mkdir(parents=True)
    (deep / "page.txt").write_text(PAGE, encoding="utf-8")
    # deeper than the recursion limit allows, yet a tree every clean-up (shutil.rmtree) can still remove
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(len(inspect.stack()) + 150)
    try:
        entries = walk_corpus(tmp_path)
    finally:
        sys.setrecursionlimit(limit)
    assert len(entries) == 1 and entries[0].path.endswith("/d/page.txt")


def test_links_out_of_the_corpus_are_listed_not_followed(tmp_path):
    outside = tmp_path / "private"
    outside.mkdir()
    (outside / "secret.txt").write_text(PAGE.replace("روسيا", "سر"), encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "page.txt").write_text(PAGE, encoding="utf-8")
    os.symlink(outside / "secret.txt", corpus / "secret_link.txt")
    os.symlink(outside, corpus / "private_link")
    os.symlink("page.txt", corpus / "inside_link.txt")  # inside the corpus: followed (and a copy)
    read = read_corpus(corpus)
    m = _by_name(read.manifest)
    assert m.loc["secret_link.txt", "reason"] == f"symlink to {str(outside / 'secret.txt')!r}, outside the corpus; not followed"
    assert m.loc["private_link", "reason"].endswith("outside the corpus; not followed")
    assert "سر" not in " ".join(read.segments["text"])
    assert m.loc["page.txt", "duplicate_of"] == str(corpus / "inside_link.txt")
