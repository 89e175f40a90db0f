"""Session 34's new-user audit (audit34): defects found by feeding the reader, runner and CLI bad input."""
from __future__ import annotations

import os

import pandas as pd
import pytest

from marsad.charts.overview import inputs_with_warnings, skipped_inputs


def _manifest(root, names, status="skipped"):
    return pd.DataFrame({"path": [str(root / n) for n in names], "status": status,
                         "reason": "symlink loop", "bytes": 0, "documents": 0, "warnings": ""})


def test_skipped_inputs_survive_a_symlink_loop(tmp_path):
    # Python 3.11's Path.resolve raises RuntimeError (not OSError) on a loop: the corpus overview failed
    os.symlink("loopB", tmp_path / "loopA")
    os.symlink("loopA", tmp_path / "loopB")
    table = skipped_inputs(_manifest(tmp_path, ["loopA", "loopB"]), tmp_path)
    assert list(table["path"]) == ["loopA", "loopB"]


def test_a_symlink_is_named_by_its_own_name_not_its_target(tmp_path):
    (tmp_path / "page.html").write_text("x")
    os.symlink("page.html", tmp_path / "copy.html")
    manifest = _manifest(tmp_path, ["copy.html"])
    assert list(skipped_inputs(manifest, tmp_path)["path"]) == ["copy.html"]
    parsed = _manifest(tmp_path, ["copy.html"], status="parsed").assign(warnings="line 1: bad")
    assert list(inputs_with_warnings(parsed, tmp_path)["path"]) == ["copy.html"]


def test_paths_outside_the_corpus_stay_as_they_are(tmp_path):
    manifest = pd.DataFrame({"path": ["/elsewhere/x.txt"], "status": "skipped", "reason": "r",
                             "bytes": 1, "warnings": ""})
    assert list(skipped_inputs(manifest, tmp_path)["path"]) == ["/elsewhere/x.txt"]


def test_a_corpus_reached_through_a_symlinked_folder_is_still_relative(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("")
    os.symlink(tmp_path / "real", tmp_path / "alias")
    manifest = pd.DataFrame({"path": [str(tmp_path / "alias" / "a.txt")], "status": "skipped", "reason": "empty file",
                             "bytes": 0, "warnings": ""})
    assert list(skipped_inputs(manifest, tmp_path / "real")["path"]) == ["a.txt"]


def _cli(capsys, *args) -> tuple[int, str]:
    from marsad.cli import main

    code = main(list(args))
    return code, capsys.readouterr().err


def test_a_reports_dir_that_is_a_file_is_one_clear_line(tmp_path, capsys, seed_path):
    afile = tmp_path / "afile"
    afile.write_text("")
    code, err = _cli(capsys, "report", "--corpus", str(seed_path), "--name", "x", "--reports-dir", str(afile))
    assert code == 2 and err.count("\n") == 1 and "Errno" not in err
    assert "is not a folder" in err and str(afile) in err


def test_a_run_folder_that_is_a_file_is_one_clear_line(tmp_path, capsys, seed_path):
    (tmp_path / "x").write_text("")
    code, err = _cli(capsys, "report", "--corpus", str(seed_path), "--name", "x", "--reports-dir", str(tmp_path))
    assert code == 2 and err.count("\n") == 1 and "Errno" not in err
    assert "is not a folder" in err


def test_a_run_folder_that_cannot_be_created_is_one_clear_line(tmp_path, capsys, seed_path, monkeypatch):
    from pathlib import Path

    def refuse(self, *a, **k):
        raise PermissionError(13, "Permission denied", str(self))
    monkeypatch.setattr(Path, "mkdir", refuse)
    code, err = _cli(capsys, "report", "--corpus", str(seed_path), "--name", "x", "--reports-dir", str(tmp_path / "r"))
    assert code == 2 and err.count("\n") == 1 and "Errno" not in err
    assert "cannot create the run folder" in err and "permission denied" in err.lower()


def test_skip_reasons_do_not_carry_the_analysts_folders(tmp_path):
    # the overview shows reasons in a report meant to be shared: the path column is relative, the reason was not
    import random

    from marsad.readers.corpus import read_corpus

    rng = random.Random(2)
    (tmp_path / "junk.html").write_bytes(bytes(rng.randrange(128, 256) for _ in range(5000)))
    os.mkdir(tmp_path / "sub")
    os.symlink("..", tmp_path / "sub" / "up")
    (tmp_path / "a.txt").write_text("خبر عن روسيا\nقالت روسيا إنها ستعزز علاقاتها مع فيتنام.\n")
    manifest = read_corpus(tmp_path).manifest
    skipped = manifest[manifest["status"] == "skipped"]
    assert len(skipped) == 2
    for reason in skipped["reason"]:
        assert str(tmp_path) not in reason, reason
    assert any("cannot decode junk.html" in r for r in skipped["reason"])


def _undated_events(n=3):
    return pd.DataFrame({
        "kind": "event", "status": "reported", "actor1": "RU", "actor2": "KP", "cameo_code": "057",
        "date_start": [None] * n, "date_end": [None] * n, "precision": "before-publication",
        "doc_id": [f"d{i}" for i in range(n)], "evidence": "x", "n_mentions": 1,
    })


def test_a_timeline_with_no_placeable_event_says_so_instead_of_empty_axes():
    # events whose documents have no publication date cannot be placed: the chart showed bare axes under a
    # caption "3 events drawn"
    from marsad.charts import timeline as tc

    events = _undated_events()
    assert tc.placed_events(events) == 0
    fig = tc.timeline_figure(events, title="Russia with North Korea: events")
    assert not fig.data
    words = " ".join(a.text for a in fig.layout.annotations)
    assert "no event" in words and "chronicle" in words
    assert fig.layout.xaxis.visible is False and fig.layout.yaxis.visible is False


def test_placed_events_counts_what_the_timeline_draws():
    from marsad.charts import timeline as tc

    events = _undated_events(3)
    events.loc[0, ["date_end"]] = "2024-06-19"
    events.loc[1, ["date_start", "date_end", "precision"]] = ["2024-06-18", "2024-06-18", "day"]
    events.loc[2, "status"] = "hypothetical"
    assert tc.placed_events(events) == 2
    events.loc[2, "date_end"] = "2024-06-20"
    assert tc.placed_events(events) == 2 and tc.placed_events(events, show_hypothetical=True) == 3


def test_the_static_timeline_without_dated_events_has_no_bare_axes():
    from marsad.charts import timeline as tc

    fig = tc.timeline_static(_undated_events())
    assert not fig.axes[0].axison
