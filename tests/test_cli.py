"""The command line speaks to people: a mistake is one line on stderr and a non-zero exit, never a traceback."""
import subprocess
import sys
from pathlib import Path

import pytest

from marsad.cli import main

REPO = Path(__file__).resolve().parents[1]


def _run(*args, cwd=None):
    env = {"PYTHONPATH": str(REPO / "lib"), "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-m", "marsad", *args], capture_output=True, text=True, cwd=cwd, env=env,
                          timeout=120)


@pytest.mark.parametrize("args, says", [
    (["report", "--corpus", "/no/such/path", "--name", "x"], "does not exist"),
    (["report", "--corpus", "{seed}", "--name", "x", "--notebook", "09"], "unknown notebook '09'"),
    (["report", "--corpus", "{seed}", "--name", "x", "-p", "partners", '["Atlantis"]'], "unknown country 'Atlantis'"),
    (["report", "--corpus", "{seed}", "--name", "x", "-p", "color", "red"], "cameo, goldstein"),
    (["report", "--corpus", "{seed}", "--name", "x", "-p", "no_such_parameter", "1"], "unknown parameter"),
    (["report", "--corpus", "{seed}", "--name", "x", "-p", "top_n", "-3"], "whole number"),
    (["report", "--corpus", "{seed}", "--name", "x", "-p", "corpus", "/elsewhere"], "give it with --corpus"),
    (["report", "--corpus", "{seed}", "--name", "x", "--capture-date", "2024-02-31"], "not a day of the calendar"),
    (["report", "--corpus", "{seed}", "--name", ".."], "run name '..' is not allowed"),
    (["report", "--corpus", "{seed}", "--name", "."], "run name '.' is not allowed"),
    (["report", "--corpus", "{seed}", "--name", "a/b"], "run name 'a/b' is not allowed"),
    (["report", "--corpus", "{seed}", "--name", "x\n"], "is not allowed"),
    (["report", "--name", "x"], "needs --corpus"),
    (["report", "--corpus", "{seed}", "--name", "x", "--jobs", "0"], "whole number"),
    (["report", "--corpus", "{seed}", "--name", "x", "--option", "headlines", "home_country", "Morocco"],
     "is no country code of the knowledge base"),
    (["report", "--corpus", "{seed}", "--name", "x", "--option", "headline", "home_country", "MA"], "do not exist"),
    (["report", "--corpus", "{seed}", "--name", "x", "--option", "mentions", "ner", "maybe"], "true or false"),
    (["analyze", "--corpus", "/no/such/path", "--out", "{tmp}/t"], "does not exist"),
    (["read", "--corpus", "/no/such/path"], "does not exist"),
])
def test_bad_invocation_is_one_line(args, says, seed_path, tmp_path, capsys):
    args = [a.replace("{seed}", str(seed_path)).replace("{tmp}", str(tmp_path)) for a in args]
    with pytest.raises(SystemExit) if "--jobs" in args else _no_exit():
        code = main([*args, "--reports-dir", str(tmp_path)] if args[0] == "report" and "--name" in args else args)
        assert code != 0
    err = capsys.readouterr().err
    assert says in err
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err
    assert not (tmp_path / "x").exists()  # nothing was written


class _no_exit:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_missing_corpus_in_a_real_process_has_no_traceback(tmp_path):
    done = _run("report", "--corpus", "/no/such/path", "--name", "x", "--reports-dir", str(tmp_path))
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0 and "Traceback" not in done.stderr
    assert "/no/such/path" in done.stderr


def test_empty_corpus_is_an_error(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    done = _run("report", "--corpus", str(corpus), "--name", "x", "--reports-dir", str(tmp_path / "reports"))
    assert done.returncode != 0
    assert "no document" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "reports" / "x" / "index.html").exists()


def test_list_params_prints_every_parameter_with_default_and_meaning(capsys):
    from marsad.runner.notebooks import list_notebooks, notebook_parameters

    assert main(["report", "--list-params"]) == 0
    out = capsys.readouterr().out
    for path in list_notebooks():
        assert path.stem in out
        for p in notebook_parameters(path):
            if p.name not in ("corpus", "capture_date", "tables", "output_dir"):
                assert f"-p {p.name} " in out
    assert 'partners         default ["KP", "VN"]' in out
    assert "ISO2 codes of the partner countries" in out


def test_help_shows_examples_and_list_params(capsys):
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    out = capsys.readouterr().out
    assert "examples:" in out and "--list-params" in out and "فيتنام" in out


def test_make_help_lists_every_target():
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    phony = {t for line in makefile.splitlines() if line.startswith(".PHONY:") for t in line.split(":", 1)[1].split()}
    done = subprocess.run(["make", "-s", "-C", str(REPO), "help"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    listed = {line.split()[1] for line in done.stdout.splitlines() if line.startswith("make ")}
    assert phony - {"help"} <= listed, phony - listed


def test_help_and_table_readers_do_not_load_camel_tools():
    """CAMeL Tools builds Unicode category sets over every code point when imported (0.5-1.5 CPU s per
    process); ``--help``, a command-line mistake and a process that only reads pages' structure or draws
    charts must not pay it; normalising applies the shipped table of CAMeL's normalisers (test_text), tokenising
    loads CAMeL Tools' tokeniser."""
    code = (
        "import sys\n"
        "from marsad.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "assert not any(m.startswith(('camel_tools', 'marsad.engine')) for m in sys.modules), 'help loaded the engine'\n"
        "import marsad.charts.base, marsad.readers.page, marsad.lang.text as t\n"
        "assert not any(m.startswith('camel_tools') for m in sys.modules), 'importing loaded CAMeL Tools'\n"
        "assert t.normalize('إِلى مدرسةٍ') == 'الي مدرسه'\n"
        "assert not any(m.startswith('camel_tools') for m in sys.modules), 'normalising loaded CAMeL Tools'\n"
        "assert t.tokenize('قال: نعم.') == ['قال', ':', 'نعم', '.'] and 'camel_tools.tokenizers.word' in sys.modules\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]


def test_read_says_what_the_corpus_holds(seed_path, tmp_path, capsys):
    import json
    import zipfile

    (tmp_path / "page.txt").write_bytes(seed_path.read_bytes())
    (tmp_path / "copy.txt").write_bytes(seed_path.read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    with zipfile.ZipFile(tmp_path / "more.zip", "w") as z:
        z.writestr("README.md", "# notes")
        z.writestr("a.csv", "title,text\nعنوان,نص عن روسيا\n")
    assert main(["read", "--corpus", str(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "4 files: 2 parsed, 2 skipped (of which 1 exact copy)"
    assert out[1].startswith("2 documents (") and "58 ticker headlines" in out[1]
    assert out[2] == "formats: page 1, zip 1"
    assert "skipped empty.txt: empty file" in out
    assert any(line.startswith("skipped page.txt: exact duplicate of copy.txt") for line in out)
    assert "warnings in more.zip: README.md: documentation file (README/LICENSE/PROVENANCE), not news" in out
    assert main(["read", "--corpus", str(tmp_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["summary"]["documents"] == 2 and len(data["manifest"]) == 4
    assert {row["status"] for row in data["manifest"]} == {"parsed", "skipped"}


def test_analyze_says_what_it_read_and_wrote(tmp_path, capsys):
    corpus = tmp_path / "pages"
    corpus.mkdir()
    (corpus / "a.csv").write_text("title,text\nعنوان أول,نص أول عن روسيا وفيتنام\nعنوان ثان,نص ثان عن المغرب\n",
                                  encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    out_dir = tmp_path / "tables"
    args = ["analyze", "--corpus", str(corpus), "--out", str(out_dir), "--stage", "stories", "--no-progress"]
    assert main(args) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "2 files: 1 parsed, 1 skipped"
    assert out[1].startswith("2 documents (")
    assert "skipped empty.txt: empty file" in out
    assert out[-1] == f"tables written to {out_dir}: stories 0 rows"
    assert main(args) == 0  # nothing changed: the tables are reused, and it says so
    assert capsys.readouterr().out.splitlines()[-1] == f"up-to-date tables reused in {out_dir}: stories 0 rows"
