"""events_why's command line: a user's mistake is one clear line, not a traceback."""
from marsad.training import events_why


def test_missing_datasets_is_one_error_line(tmp_path, capsys):
    assert events_why.main(["--datasets", str(tmp_path / "nope")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: cannot find 'ant-v2.1-multisource'")


def test_unknown_split_is_refused(tmp_path, capsys):
    import pytest

    with pytest.raises(SystemExit) as exc:
        events_why.main(["--splits", "no-such-split", "--datasets", str(tmp_path)])
    assert exc.value.code == 2
    assert "not a development split: no-such-split" in capsys.readouterr().err
