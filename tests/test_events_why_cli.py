"""events_why's command line: an unknown split is refused with one clear line (a missing datasets folder: tests/test_training_cli_datasets.py)."""
from marsad.training import events_why


def test_unknown_split_is_refused(tmp_path, capsys):
    import pytest

    with pytest.raises(SystemExit) as exc:
        events_why.main(["--splits", "no-such-split", "--datasets", str(tmp_path)])
    assert exc.value.code == 2
    assert "not a development split: no-such-split" in capsys.readouterr().err
