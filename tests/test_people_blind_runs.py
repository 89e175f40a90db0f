"""The blind runs of the people gold set are data next to the gold (blind_runs.json, blind_runs.md), rendered by
the docs generator (no datasets needed)."""
import json
import re

from marsad.training.people_eval import BLIND_PROSE, BLIND_RUNS, SPLITS, _verdict, blind_prose


def test_every_blind_run_is_a_known_split_with_a_precision_and_recall_and_the_prose_names_only_those():
    data = json.loads(BLIND_RUNS.read_text("utf-8"))
    splits = [r["split"] for r in data["runs"]]
    assert len(splits) == len(set(splits)) and set(splits) <= set(SPLITS)
    for r in data["runs"]:
        assert re.fullmatch(r"[0-9a-f]{7,40}", r["commit"]) and re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", r["run_at"])
        assert all(0.0 <= v <= 1.0 for typ in ("person", "country") for v in r[typ]) and len(r["person"]) == 2
    used = re.findall(r"\{verdict:(\w+)\}", BLIND_PROSE.read_text("utf-8"))
    assert set(used) == set(splits)


def test_the_prose_fills_each_verdict_from_its_run():
    data = json.loads(BLIND_RUNS.read_text("utf-8"))
    prose = blind_prose()
    assert "{verdict:" not in prose
    for r in data["runs"]:
        assert _verdict(r, data["targets"]) in prose
    run8 = next(r for r in data["runs"] if r["split"] == "heldout8")
    assert _verdict(run8, data["targets"]).startswith("person precision 0.938 misses ≥ 0.97; person recall 0.905 misses")
