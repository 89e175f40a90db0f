"""Five command-line and input messages a user reads in one clear line (cli36, from docs36's findings).

The permission cases run as root here (root writes and reads through chmod 000): each is simulated by refusing the
one system call with ``PermissionError`` (as tests/test_walk.py does for folders), and also tried for real with
chmod when the tests do not run as root.
"""
from __future__ import annotations

import os
import stat

import pytest

from marsad.cli import main

AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _cli(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def _one_line(err: str) -> str:
    assert err.count("\n") == 1 and "Traceback" not in err and "Errno" not in err, err
    return err


# --------------------------------------------------------------------------- a. analyze --out unwritable

def _refuse_lock(monkeypatch):
    import marsad.engine.publish as publish

    real = os.open

    def refuse(path, flags, *a, **k):
        if str(path).endswith(".lock"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, flags, *a, **k)

    monkeypatch.setattr(publish.os, "open", refuse)


def test_analyze_into_a_folder_it_cannot_write_is_one_line(tmp_path, capsys, monkeypatch, seed_path):
    _refuse_lock(monkeypatch)
    out = tmp_path / "ro" / "out"
    code, _, err = _cli(capsys, "analyze", "--corpus", seed_path, "--out", out, "--stage", "headlines", "--no-progress")
    assert code == 2
    _one_line(err)
    assert f"cannot write into the output folder {str(out)!r}: Permission denied; choose an --out you can write to" in err
    assert ".lock" not in err


def test_the_library_names_the_output_folder_not_its_lock_file(tmp_path, monkeypatch, seed_path):
    from marsad.engine.publish import UnwritableOutput
    from marsad.engine.run import analyze

    _refuse_lock(monkeypatch)
    with pytest.raises(UnwritableOutput) as err:
        analyze(seed_path, tmp_path / "out", stages=("headlines",), progress=False)
    assert isinstance(err.value, OSError) and err.value.reason == "Permission denied"  # still an OSError to callers
    assert ".lock" not in str(err.value) and "Errno" not in str(err.value)


def test_another_os_error_of_the_lock_is_worded_too_and_a_lock_held_is_not(tmp_path, monkeypatch):
    import marsad.engine.publish as publish

    real = os.open

    def full(path, flags, *a, **k):
        if str(path).endswith(".lock"):
            raise OSError(28, "No space left on device", str(path))
        return real(path, flags, *a, **k)

    monkeypatch.setattr(publish.os, "open", full)
    with pytest.raises(publish.UnwritableOutput, match="No space left on device; choose"):
        with publish.output_lock(tmp_path / "out"):
            pass
    monkeypatch.setattr(publish.os, "open", real)
    with publish.output_lock(tmp_path / "out"):  # a writable folder: the lock works as before
        assert (tmp_path / ".out.lock").exists()


def test_report_and_analyze_word_an_unwritable_folder_alike():
    from marsad.engine.publish import cannot_write

    said = cannot_write("create the run folder", "/r/x", PermissionError(13, "Permission denied"),
                        "choose a --reports-dir you can write to")
    assert said == "cannot create the run folder '/r/x': Permission denied; choose a --reports-dir you can write to"


@pytest.mark.skipif(AS_ROOT, reason="root writes into a read-only folder; the monkeypatched test above covers it")
def test_analyze_into_a_read_only_folder_for_real(tmp_path, capsys, seed_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    os.chmod(ro, stat.S_IRUSR | stat.S_IXUSR)
    try:
        code, _, err = _cli(capsys, "analyze", "--corpus", seed_path, "--out", ro / "out", "--stage", "headlines",
                            "--no-progress")
    finally:
        os.chmod(ro, stat.S_IRWXU)
    assert code == 2 and "choose an --out you can write to" in _one_line(err)


# --------------------------------------------------------------------------- b. an unreadable file's reason

def _refuse_file(monkeypatch, name: str):
    import marsad.readers.corpus as corpus_mod

    real = os.open

    def refuse(path, flags, *a, **k):
        if os.path.basename(str(path)) == name:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, flags, *a, **k)

    monkeypatch.setattr(corpus_mod.os, "open", refuse)


def test_an_unreadable_file_is_skipped_with_a_plain_reason(tmp_path, monkeypatch, seed_text):
    from marsad.readers.corpus import read_corpus

    (tmp_path / "a.txt").write_text(seed_text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(seed_text.replace("ا", "أ", 50), encoding="utf-8")
    _refuse_file(monkeypatch, "b.txt")
    m = read_corpus(tmp_path).manifest.set_index("path")
    assert m.loc[str(tmp_path / "b.txt"), "reason"] == "unreadable file (permission denied)"
    assert m.loc[str(tmp_path / "b.txt"), "status"] == "skipped"
    assert m.loc[str(tmp_path / "a.txt"), "status"] == "parsed"  # the readable file is read as before


def test_read_names_the_unreadable_file_in_one_plain_line(tmp_path, monkeypatch, capsys, seed_text):
    (tmp_path / "a.txt").write_text(seed_text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(seed_text.replace("ا", "أ", 50), encoding="utf-8")
    _refuse_file(monkeypatch, "b.txt")
    code, out, _ = _cli(capsys, "read", "--corpus", tmp_path)
    assert code == 0
    assert "skipped b.txt: unreadable file (permission denied)" in out and "Errno" not in out


def test_other_reasons_keep_their_words(tmp_path):
    from marsad.readers.corpus import read_corpus
    from marsad.readers.walk import unreadable

    (tmp_path / "a.txt").write_text("نص " * 200, encoding="utf-8")
    (tmp_path / "b.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    m = read_corpus(tmp_path).manifest.set_index("path")
    assert "PNG" in m.loc[str(tmp_path / "b.png"), "reason"]  # a reader's own reason is untouched
    assert unreadable(OSError(5, "Input/output error")) == "[Errno 5] Input/output error"  # only permission is reworded
    assert unreadable(PermissionError(13, "Permission denied"), "folder") == "unreadable folder (permission denied)"


@pytest.mark.skipif(AS_ROOT, reason="root reads a chmod 000 file; the monkeypatched tests above cover it")
def test_an_unreadable_file_for_real(tmp_path, seed_text):
    from marsad.readers.corpus import read_corpus

    (tmp_path / "a.txt").write_text(seed_text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(seed_text[:500], encoding="utf-8")
    os.chmod(tmp_path / "b.txt", 0)
    try:
        m = read_corpus(tmp_path).manifest.set_index("path")
    finally:
        os.chmod(tmp_path / "b.txt", stat.S_IRUSR | stat.S_IWUSR)
    assert m.loc[str(tmp_path / "b.txt"), "reason"] == "unreadable file (permission denied)"


# --------------------------------------------------------------------------- c. a wrong flag of a subcommand

@pytest.mark.parametrize("args, helps", [
    (["report", "--bogus"], "see marsad report --help"),
    (["analyze", "--corpus", "c", "--out", "o", "--bogus", "1"], "see marsad analyze --help"),
    (["read", "--corpus", "c", "extra"], "see marsad read --help"),
])
def test_a_wrong_flag_points_at_the_subcommands_help(args, helps, capsys):
    with pytest.raises(SystemExit) as done:
        main(args)
    err = capsys.readouterr().err
    assert done.value.code == 2 and err.count("\n") == 1
    assert "unrecognized arguments" in err and helps in err


def test_a_missing_command_still_points_at_the_top_help(capsys):
    with pytest.raises(SystemExit):
        main(["--bogus"])
    assert "(see marsad --help)" in capsys.readouterr().err


# --------------------------------------------------------------------------- d. the corpus as the user typed it

def _three(capsys, tmp_path, corpus: str) -> list[str]:
    said = []
    for args in (["read", "--corpus", corpus], ["analyze", "--corpus", corpus, "--out", str(tmp_path / "o"),
                                                 "--no-progress"],
                 ["report", "--corpus", corpus, "--name", "x", "--reports-dir", str(tmp_path / "r")]):
        code, _, err = _cli(capsys, *args)
        assert code != 0
        said.append(_one_line(err))
    return said


def test_the_three_commands_name_a_missing_corpus_alike(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    os.symlink("gone", tmp_path / "link")  # a dangling link: report named its resolved target
    said = _three(capsys, tmp_path, "link")
    assert said == ["marsad: error: corpus 'link' does not exist\n"] * 3, said
    said = _three(capsys, tmp_path, "nowhere")
    assert said == ["marsad: error: corpus 'nowhere' does not exist\n"] * 3, said


def test_the_three_commands_name_an_empty_symlinked_corpus_as_typed(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty").mkdir()
    os.symlink("empty", tmp_path / "elink")
    said = _three(capsys, tmp_path, "elink")
    assert said == ["marsad: error: no documents in 'elink': the folder is empty\n"] * 3, said
    assert not (tmp_path / "r" / "x" / "index.html").exists()


# --------------------------------------------------------------------------- e. home_country must be a country

@pytest.mark.parametrize("value", ["XX", "QQ", "UK", "ma", "Morocco"])  # UK: the ISO code is GB
def test_an_unknown_home_country_is_refused_before_any_work(value, tmp_path, capsys, seed_path):
    code, out, err = _cli(capsys, "analyze", "--corpus", seed_path, "--out", tmp_path / "o",
                          "--option", "headlines", "home_country", value, "--no-progress")
    assert code == 2 and out == ""
    assert "home_country" in _one_line(err) and "use an ISO 3166 alpha-2 code such as MA or TN, auto, or none" in err
    assert not (tmp_path / "o").exists() and not list(tmp_path.glob(".o.*"))  # nothing written, not even the lock
    code, _, err = _cli(capsys, "report", "--corpus", seed_path, "--name", "x", "--reports-dir", tmp_path / "r",
                        "--option", "headlines", "home_country", value)
    assert code == 2 and "home_country" in _one_line(err) and not (tmp_path / "r" / "x").exists()


@pytest.mark.parametrize("value", ["MA", "TN", "PS", "EH", "auto", "none", None])
def test_known_home_countries_are_accepted(value):
    from marsad.stages.headlines import HeadlineOptions

    HeadlineOptions(home_country=value).check("headlines")  # no error
