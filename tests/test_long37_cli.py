"""A symlink loop named as the corpus: each command says so in one line (report ended in a RuntimeError traceback,
read said "does not exist"); a dangling link or a missing path still "does not exist", a link to a corpus is read."""
import os

from marsad.cli import main

LOOP = "is a symlink loop (the link points back to itself); not read"


def _three(capsys, tmp_path, corpus: str) -> list[str]:
    said = []
    for args in (["read", "--corpus", corpus],
                 ["analyze", "--corpus", corpus, "--out", str(tmp_path / "o"), "--no-progress"],
                 ["report", "--corpus", corpus, "--name", "x", "--reports-dir", str(tmp_path / "r")]):
        capsys.readouterr()
        code = main(args)
        err = capsys.readouterr().err
        assert code != 0, args
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
        said.append(err)
    assert not (tmp_path / "r" / "x").exists() and not (tmp_path / "o").exists()  # nothing written
    return said


def test_a_symlink_loop_is_one_line_alike_in_the_three_commands(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    os.symlink("b", tmp_path / "a")
    os.symlink("a", tmp_path / "b")
    assert _three(capsys, tmp_path, "a") == [f"marsad: error: corpus 'a' {LOOP}\n"] * 3


def test_a_dangling_link_or_a_missing_path_is_no_loop(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    os.symlink("gone", tmp_path / "link")
    assert _three(capsys, tmp_path, "link") == ["marsad: error: corpus 'link' does not exist\n"] * 3
    assert _three(capsys, tmp_path, "nowhere") == ["marsad: error: corpus 'nowhere' does not exist\n"] * 3


def test_a_link_to_a_corpus_is_read(tmp_path, capsys):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("عنوان الخبر\n\nزار وزير خارجية روسيا كوريا الشمالية.\n", encoding="utf-8")
    os.symlink(tmp_path / "news", tmp_path / "link")
    assert main(["read", "--corpus", str(tmp_path / "link")]) == 0
    assert "1 file: 1 parsed" in capsys.readouterr().out
