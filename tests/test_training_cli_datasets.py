"""Every training-side command line: a missing datasets folder is one error line and exit status 2
(``training.evaluate.cli_datasets_dir``), never a traceback."""
import pytest

from marsad.training import events_backoff, events_dates, events_eval, events_why, ner, people_eval


ANT = "ant-v2.1-multisource"


@pytest.mark.parametrize("main, args, need", [
    (events_eval.main, ["tune"], ANT),
    (events_dates.main, ["evaluate"], ANT),
    (events_backoff.main, [], ANT),
    (events_why.main, [], ANT),
    (people_eval.main, [], ANT),
    (ner.main, ["dev"], "anercorp"),
])
def test_missing_datasets_is_one_error_line(main, args, need, tmp_path, capsys):
    assert main([*args, "--datasets", str(tmp_path / "nope")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"error: cannot find '{need}'")
