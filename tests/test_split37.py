"""Session 37 (split37): ``extract._segment_events`` is named steps; modules list public names only in ``__all__``.

The split and the renames are refactors (every eval listing, the timex spans and the seed report's tables
byte-identical; see docs/EVALUATION.md). These tests guard the structure they give and the segment pass's
mechanisms through its steps, each with a counter-example.
"""
import ast
import inspect
from pathlib import Path

from marsad.events import extract as ex

from test_events import make_corpus

PACKAGE = Path(__file__).resolve().parents[1] / "lib" / "marsad"
_MAX_LINES = 60  # a segment step a reader takes in at once (the function was 112 lines)
_SEGMENT_STEPS = ("_segment_norm", "_SegmentTimexes", "_segment_sentence", "_segment_sentence_rows", "_one_side_rows",
                  "_pair_rows", "_aside_dates", "_recent_after", "_speaker_after")


def _rows(*paragraphs, focus="RU", partners=("US",)):
    corpus = make_corpus([("d1", "2018-08-15", "src", [("paragraph", p) for p in paragraphs])])
    rows = ex.extract_events(corpus, focus=focus, partners=partners, learned=False)
    return [list(r) for r in rows[["source", "target", "cameo_code", "date_start"]].values] if len(rows) else []


def _sentence_codes(text, focus="RU", partners=("US",)):
    trace: list = []
    ex.TRACE = trace
    try:
        ex.extract_events(make_corpus([("d1", "2018-08-15", "src", [("paragraph", text)])]), focus=focus,
                          partners=partners, learned=False)
    finally:
        ex.TRACE = None
    return [e["codes"] for e in trace if e["ev"] == "sentence"]


# --------------------------------------------------------------------------- _segment_events as named steps
def test_the_segment_pass_is_named_steps_of_readable_length():
    assert len(inspect.getsourcelines(ex._segment_events)[0]) <= _MAX_LINES
    for name in _SEGMENT_STEPS:
        assert len(inspect.getsourcelines(getattr(ex, name))[0]) <= _MAX_LINES, name
    # the driver: the segment's text, then per sentence its reading, its rows, the state after it
    src = inspect.getsource(ex._segment_events)
    order = [src.index(f"{n}(") for n in ("_segment_norm", "_actors", "_SegmentTimexes", "_segment_sentence",
                                          "_segment_sentence_rows", "_recent_after", "_speaker_after")]
    assert order == sorted(order)
    # each pass is its own step, chosen in one place
    rows_src = inspect.getsource(ex._segment_sentence_rows)
    assert all(f"{n}(" in rows_src for n in ("_one_side_rows", "_demonym_thing_events", "_pair_rows", "_aside_dates"))


def test_segment_norm_keeps_offsets_and_reads_hashtags_as_words():
    norm, offsets = ex._segment_norm("#الزعيم_الكوري يلتقي بوتين")
    assert norm.startswith(" الزعيم الكوري ") and len(offsets) == len(norm) + 1
    # a resumptive "in it" after a verb is blanked, same length; "فيه" before no word (end of text) is kept
    norm, _ = ex._segment_norm("في وقت وجهت فيه بريطانيا الاتهام")
    assert "فيه" not in norm and len(norm) == len("في وقت وجهت فيه بريطانيا الاتهام")
    assert ex._segment_norm("رأي لا شك فيه")[0].endswith("فيه")


def test_sentence_timexes_are_the_same_tagged_whole_or_sentence_by_sentence():
    text = "زار بوتين هانوي يوم 5 مارس 2018. وقال إن العلاقات جيدة. وسيعود في أكتوبر المقبل."
    norm, offsets = ex._segment_norm(text)
    pub = ex.pd.Timestamp("2018-08-15")
    whole = ex._SegmentTimexes(text, offsets, pub)
    split = ex._SegmentTimexes(text, offsets, pub)
    split.whole = False  # a segment longer than _WHOLE_SEGMENT_TIMEX
    got = [(whole.of(s, e), split.of(s, e)) for s, e in ex._sentences(norm)]
    assert [len(w) for w, _ in got] == [1, 0, 1]  # counter-example: the sentence with no date has none
    assert all([t["value"] for t in w] == [t["value"] for t in s] for w, s in got)
    assert whole.timexes is not None and split.timexes is None  # tagged once vs per sentence


# --------------------------------------------------------------------------- the passes a sentence takes
def test_one_side_pass_needs_an_act_before_it():
    # "وردت موسكو بالمثل": one side named, the other is the author of the act answered
    assert _rows("اتهمت واشنطن موسكو بالتدخل في الانتخابات. وردت موسكو بالمثل.") == [
        ["US", "RU", "112", None], ["RU", "US", "112", None]]
    assert _rows("وردت موسكو بالمثل.") == []  # counter-example: no act before it to answer


def test_a_sentence_of_one_side_leaves_its_date_to_a_later_then():
    assert _rows("زار بوتين هلسنكي يوم 16 يوليو. وأعلنت واشنطن حينذاك فرض عقوبات على موسكو.") == [
        ["US", "RU", "163", "2018-07-16"]]
    # counter-example: no "then" word after it, the date is the sentence's own and the act is undated
    assert _rows("زار بوتين هلسنكي يوم 16 يوليو. وأعلنت واشنطن فرض عقوبات على موسكو.") == [
        ["US", "RU", "163", None]]


def test_the_speaker_of_ours_is_a_side_of_a_next_said_that_sentence():
    assert _sentence_codes("التقى بوتين الصحفيين يوم الاثنين. وقال إن واشنطن تهدد.") == [["RU"], ["RU", "US"]]
    # counter-example: the sentence opens with a person not of ours, who is no side
    assert _sentence_codes("التقى ماكرون الصحفيين يوم الاثنين. وقال إن واشنطن تهدد.")[1] == ["US"]
    # a quoted sentence does not change the speaker (those named in his words do not speak next)
    assert _sentence_codes('التقى بوتين الصحفيين. وقال "التقيت وزير الخارجية الأمريكي". وقال إن واشنطن تهدد.')[2] \
        == ["RU", "US"]


# --------------------------------------------------------------------------- public surfaces
def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _private_in_all(src: str) -> list[str]:
    """The names starting with "_" a module's ``__all__`` lists."""
    return [e.value for node in ast.parse(src).body if isinstance(node, ast.Assign)
            and any(getattr(t, "id", None) == "__all__" for t in node.targets)
            and isinstance(node.value, (ast.List, ast.Tuple))
            for e in node.value.elts if isinstance(e, ast.Constant) and e.value.startswith("_")]


def _private_imports(src: str, module: str, prefix: str) -> list[tuple[str, str]]:
    """(module, name) of each private name ``module``'s source imports from another module under ``prefix``
    (absolute or relative imports)."""
    out = []
    for node in ast.walk(ast.parse(src)):
        if not isinstance(node, ast.ImportFrom):
            continue
        base = node.module or ""
        if node.level:
            up = module.split(".")[: len(module.split(".")) - node.level]
            base = ".".join(up + ([node.module] if node.module else []))
        if (base == prefix or base.startswith(prefix + ".")) and base != module:
            out += [(base, a.name) for a in node.names if a.name.startswith("_") and not a.name.startswith("__")]
    return out


def _people_reads(src: str) -> list[str]:
    """Private names read as attributes of the people module (``people._x``, ``P._x``)."""
    tree = ast.parse(src)
    aliases = {a.asname or a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)
               and n.module == "marsad.mentions" for a in n.names if a.name == "people"}
    return [n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)
            and n.value.id in aliases and n.attr.startswith("_") and not n.attr.startswith("__")]


def test_the_checks_see_a_private_name_exported_or_imported():
    # counter-examples the tests below would fail on
    assert _private_in_all('__all__ = ["tag_rows", "_select"]\n') == ["_select"]
    assert _private_in_all('__all__ = ["tag_rows"]\n_x = 1\n') == []
    src = "from marsad.dates.values import _day, iso\nfrom .cues import _PAST\nfrom .tagger import _x as y\n"
    assert _private_imports(src, "marsad.dates.months", "marsad.dates") == [
        ("marsad.dates.values", "_day"), ("marsad.dates.cues", "_PAST"), ("marsad.dates.tagger", "_x")]
    assert _private_imports("from marsad.dates.values import iso\nfrom marsad.lang.text import _n\n",
                            "marsad.dates.months", "marsad.dates") == []
    src = ("def f():\n    from marsad.mentions.people import _bare, skeleton\n"
           "    from marsad.mentions import people as P\n    return P._vocabulary, P.title_words\n")
    assert _private_imports(src, "marsad.events.actors", "marsad.mentions.people") == [
        ("marsad.mentions.people", "_bare")]
    assert _people_reads(src) == ["_vocabulary"]


def test_dates_modules_export_and_share_public_names_only():
    for path in sorted((PACKAGE / "dates").glob("*.py")):
        src = path.read_text(encoding="utf-8")
        assert _private_in_all(src) == [], path.name
        assert _private_imports(src, _module_name(path), "marsad.dates") == [], path.name
    import importlib

    for path in sorted((PACKAGE / "dates").glob("*.py")):
        mod = importlib.import_module(_module_name(path))
        assert all(hasattr(mod, name) for name in getattr(mod, "__all__", ())), path.name


def test_people_is_a_public_face_and_modules_import_private_names_from_their_own_module():
    from marsad.mentions import people

    assert [n for n in people.__all__ if n.startswith("_")] == []
    tests = Path(__file__).resolve().parent
    for path in [*PACKAGE.rglob("*.py"), *tests.glob("test_*.py")]:
        src = path.read_text(encoding="utf-8")
        module = _module_name(path) if PACKAGE in path.parents else path.stem
        assert _private_imports(src, module, "marsad.mentions.people") == [], path
    # private names still read as ``people._x``: only by the knowledge-base tools (and tests), not by the runtime
    readers = {_module_name(p) for p in PACKAGE.rglob("*.py") if _people_reads(p.read_text(encoding="utf-8"))}
    assert readers <= {"marsad.training.kb_build", "marsad.training.kb_mine"}
