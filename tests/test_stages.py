"""The stage registry: declarations, typed options checked up front, adding a stage, the stories stage."""
import dataclasses
import importlib
import inspect

import numpy as np
import pandas as pd
import pytest

from marsad.stages import STAGES, OptionError, resolve_options, stage_order
from marsad.stages.base import INT, TEXT, Options, Stage, conform
from marsad.stages.stories import group_stories, signatures

# the library function each stage wraps, and the parameters the engine sets itself
_WRAPPED = {
    "headlines": ("marsad.topics", "headlines_table", set()),
    "mentions": ("marsad.mentions", "find_mentions", {"matcher", "recognizer"}),  # code, not options
    "events": ("marsad.events", "extract_events", {"mentions"}),
}


@pytest.mark.parametrize("name", sorted(_WRAPPED))
def test_stage_options_match_the_wrapped_function(name):
    """An option's default is the function's default, so a run records what actually ran."""
    module, func, engine_set = _WRAPPED[name]
    params = inspect.signature(getattr(importlib.import_module(module), func)).parameters
    for field in dataclasses.fields(STAGES[name].options):
        assert field.name in params, f"{name}.{field.name} is not a parameter of {func}"
        default = params[field.name].default
        assert (list(default) if isinstance(default, tuple) else default) == \
            STAGES[name].options.from_dict(name, {}).as_dict()[field.name], field.name
    kw = {p for p, v in params.items() if v.kind is inspect.Parameter.KEYWORD_ONLY}
    assert kw - {f.name for f in dataclasses.fields(STAGES[name].options)} <= engine_set


def test_every_stage_needs_only_earlier_stages():
    seen = {"documents", "segments"}
    for name, stage in STAGES.items():
        assert set(stage.needs) <= seen, name
        seen.add(name)


def test_stage_order_adds_what_a_stage_needs():
    assert stage_order(["events"]) == ("mentions", "events")
    assert stage_order(["stories", "headlines"]) == ("headlines", "stories")


@pytest.mark.parametrize("options, message", [
    ({"mentions": {"nerr": False}}, "has no option 'nerr'"),
    ({"mentions": {"ner": "no"}}, "must be true or false"),
    ({"mentions": {"ner_model": "cnn"}}, "ner_model: unknown model 'cnn'; known: full, crf"),
    ({"events": {"partners": 5}}, "list of strings"),
    ({"events": {"partners": ""}}, "list of strings"),
    ({"events": {"partners": ["china"]}}, "ISO 3166"),
    ({"events": {"focus": "ZZ"}}, "'ZZ' is not a country the knowledge base knows"),
    ({"events": {"partners": "KP,QQ"}}, "'QQ' is not a country"),
    ({"events": {"focus": "RU", "partners": ["RU"]}}, "other than the focus"),
    ({"headlines": {"min_confidence": 2}}, "between 0 and 1"),
    ({"headlines": {"min_confidence": float("nan")}}, "finite number"),
    ({"stories": {"bands": 3}}, "must divide"),
    ({"topics": {"x": 1}}, "do not exist"),
])
def test_bad_options_are_refused_with_a_clear_message(options, message):
    with pytest.raises(OptionError, match=message):
        resolve_options(tuple(STAGES), options)


def test_options_of_a_stage_not_run_are_refused():
    with pytest.raises(OptionError, match="does not execute"):
        resolve_options(("headlines",), {"stories": {"bands": 4}})


@pytest.mark.parametrize("given", ["KP,VN", "KP, VN", "KP VN", '["KP", "VN"]', ["KP", "VN"]])
def test_a_list_option_reads_a_comma_separated_command_line_value(given):
    from marsad.runner.params import parse_cli_value

    value = parse_cli_value(given) if isinstance(given, str) else given
    assert resolve_options(("events",), {"events": {"partners": value}})["events"].partners == ("KP", "VN")


def test_resolved_options_hold_every_default():
    resolved = resolve_options(("events",), {"events": {"partners": ["CN"]}})
    assert resolved["events"].as_dict() == {"focus": "RU", "partners": ["CN"], "background": True, "merge": True,
                                              "learned": True}
    assert resolved["mentions"].ner is True  # the needed stage runs with its defaults, recorded too


def test_conform_gives_declared_dtypes_and_keeps_undeclared_columns_as_text():
    frame = pd.DataFrame({"b": [1, 2], "a": ["x", None], "extra": [1.5, None]})
    out = conform(frame, {"a": TEXT, "b": INT, "c": TEXT}, table="t")
    assert list(out.columns) == ["a", "b", "c", "extra"]
    assert str(out["b"].dtype) == "int64" and out["c"].isna().all() and out["extra"].iloc[0] == "1.5"
    with pytest.raises(TypeError, match="column 'b' of table 't'"):
        conform(pd.DataFrame({"b": ["seven"]}), {"b": INT}, table="t")


@dataclasses.dataclass(frozen=True)
class _LengthOptions(Options):
    minimum: int = 0


def _lengths(corpus, inputs, options):
    seg = corpus.segments
    long = seg[seg["text"].str.len() >= options.minimum]
    return pd.DataFrame({"doc_id": long["doc_id"], "position": long["position"], "chars": long["text"].str.len()})


LENGTHS = Stage(name="lengths", needs=("documents", "segments"), columns={"doc_id": TEXT, "position": INT, "chars": INT},
                options=_LengthOptions, run=_lengths, description="characters per segment")


def test_adding_a_stage_is_one_registry_entry(monkeypatch, seed_path, tmp_path):
    from marsad.cli import main
    from marsad.engine import run as run_mod

    monkeypatch.setitem(STAGES, "lengths", LENGTHS)
    monkeypatch.setattr(run_mod, "TABLES", (*run_mod.TABLES, "lengths"))
    out = tmp_path / "t"
    assert main(["analyze", "--corpus", str(seed_path), "--out", str(out), "--no-progress", "--stage", "lengths",
                 "--option", "lengths", "minimum", "100"]) == 0
    run = run_mod.open_run(tables=out)
    assert len(run.lengths) and (run.table("lengths")["chars"] >= 100).all()
    assert run.options["lengths"] == {"minimum": 100}


# --------------------------------------------------------------------------- stories

_WIRE = ("أعلنت وزارة الخارجية الروسية اليوم أن الرئيس فلاديمير بوتين سيزور العاصمة الفيتنامية هانوي الأسبوع المقبل "
         "لبحث التعاون الاقتصادي والعسكري بين البلدين وتوقيع عدة اتفاقيات في مجال الطاقة")
_OTHER = ("فاز المنتخب التونسي لكرة القدم على نظيره المغربي بهدفين مقابل هدف واحد في المباراة الودية التي جرت "
          "مساء أمس على ملعب رادس بحضور آلاف المشجعين")


def _sig(text):
    return signatures(text.split())


def test_near_identical_openings_from_several_outlets_form_one_story():
    edited = _WIRE.replace("اليوم", "الخميس") + " وفق ما نقلت وكالة الأنباء"
    sigs = np.vstack([_sig(_WIRE), _sig(_OTHER), _sig(edited), _sig(_WIRE)])
    table = group_stories(["a", "b", "c", "d"], ["Outlet A", "Outlet B", "Outlet C", "Outlet A"],
                          ["2024-06-18", "2024-06-17", "2024-06-19", "2024-06-20"], sigs)
    assert list(table["doc_id"]) == ["a", "c", "d"]
    assert table["story_id"].nunique() == 1
    row = table.iloc[0]
    assert (row["n_documents"], row["n_outlets"], row["sources"]) == (3, 2, "Outlet A; Outlet C")
    assert str(row["first_seen"].date()) == "2024-06-18"


def test_short_openings_are_not_grouped():
    assert _sig("خبر عاجل") is None


def test_stories_in_memory_equal_stored(monkeypatch, tmp_path, seed_path):
    import shutil

    from marsad.engine.run import analyze, open_run

    root = tmp_path / "c"
    (root / "x").mkdir(parents=True)
    shutil.copy(seed_path, root / "one.txt")
    # the same story in a second file (not byte-identical: an exact copy is read once, as a duplicate)
    (root / "x" / "two.txt").write_bytes(seed_path.read_bytes() + b"\n")
    stored = analyze(root, tmp_path / "t", stages=("stories",), chunk_files=1, progress=False).stories
    memory = open_run(corpus=root).stories
    assert list(stored["doc_id"]) == ["one", "x/two"] == list(memory["doc_id"])
    assert stored["story_id"].tolist() == memory["story_id"].tolist()
