"""Session 36 (split36e): ``extract._sentence_events`` and ``arguments._cue_arguments`` are named steps.

The split is a refactor (every eval listing, the seed report's and the demo's events byte-identical; see
docs/EVALUATION.md). These tests guard the structure the split gives and that the loss attribution of
``events_why`` still reads the gates inside the steps, with counter-examples (a cue that makes a row has no gate;
a step's relay ``continue`` is no gate of its own).
"""
import inspect
import sys

from marsad.events import arguments as ar
from marsad.events import extract as ex
from marsad.training.events_why import _GATE_STEPS, _STEPS, _Gates, _Tracer

from test_events import make_corpus

_MAX_LINES = 125  # a step a reader takes in at once (the two functions were 833 and 553 lines)


def _lines(fn) -> int:
    return len(inspect.getsourcelines(fn)[0])


def test_the_sentence_pipeline_is_named_steps_of_readable_length():
    for name in ("_sentence_events", "_sentence_state", *_STEPS, "_construction_rows", "_statement_to_rows",
                 "_judged_act_rows"):
        assert _lines(getattr(ex, name)) <= _MAX_LINES, name
    # the driver calls the steps in order: state, cue reading, binding, sides, status, date
    src = inspect.getsource(ex._sentence_events)
    order = [src.index(f"{n}(") for n in ("_sentence_state", "_cue_reading", "_bind_arguments", "_oriented_sides",
                                          "_status_of", "_dated", "_construction_rows")]
    assert order == sorted(order)


def test_the_argument_reading_is_named_steps_of_readable_length():
    assert _lines(ar._cue_arguments) <= _MAX_LINES
    assert len(ar._CUE_ARGUMENT_STEPS) >= 5
    for step in ar._CUE_ARGUMENT_STEPS:
        assert _lines(step) <= _MAX_LINES, step.__name__


def test_events_why_maps_the_gates_inside_the_steps_and_not_the_relays():
    g = _Gates()
    for name in _GATE_STEPS:
        lines, first = inspect.getsourcelines(getattr(ex, name))
        inside = [n for n in g.continue_lines if first <= n < first + len(lines)]
        assert len(inside) >= 3, name
    # counter-example: the driver's "if cue is None: continue" relays a step's gate, it is none itself
    lines, first = inspect.getsourcelines(ex._sentence_events)
    relays = [first + i for i, line in enumerate(lines) if line.strip() == "continue"
              and lines[i - 1].strip() in ("if cue is None:", "if sides is None:", "if reading is None:")]
    assert len(relays) == 3 and not set(relays) & g.continue_lines
    assert any(k[0] == "ar" for k in g.text)


def _traced(text, focus, partners):
    g = _Gates()
    corpus = make_corpus([("d1", "2018-08-15", "src", [("paragraph", text)])])
    trace: list = []
    ex.TRACE = trace
    old = sys.gettrace()
    sys.settrace(_Tracer(g, trace))
    try:
        rows = ex.extract_events(corpus, focus=focus, partners=partners)
    finally:
        sys.settrace(old)
        ex.TRACE = None
    cues = {e["text"]: g.gate(e["lines"]) for e in trace if e["ev"] == "cue"}
    return cues, [list(r) for r in rows[["source", "target", "cameo_code"]].values] if len(rows) else []


def test_a_cue_dropped_inside_a_step_is_attributed_to_that_gate():
    # composed: the cue-level gate (what is warned against, in _cue_reading) and a side-level gate (a thing not
    # mentioned, in _oriented_sides); the warning itself makes its row and names no gate (counter-example)
    cues, rows = _traced("واشنطن تحذر أنقرة من شراء منظومة صواريخ.", "US", ("TR",))
    assert ["US", "TR", "130"] in rows and cues["تحذر"] is None
    assert "_WARNED_AGAINST" in cues["شراء منظومه"][1]
    cues, rows = _traced("ولم يذكر المتحدث الكوري الشمالي القمة بين ترمب وكيم.", "US", ("KP",))
    assert rows == [] and "_NOT_MENTIONED" in cues["القمه"][1]
    cues, rows = _traced("وانتقدت الرئاسة التركية الحكومة القطرية.", "TR", ("QA",))
    assert rows == [["TR", "QA", "111"]] and cues["وانتقدت"] is None


def test_each_sentence_has_its_own_state():
    # composed: two sentences with the same act; the second's cue does not see the first's keys (one row per key is
    # per sentence), so both are mentions of the document's one row
    corpus = make_corpus([("d1", "2018-08-15", "src", [
        ("paragraph", "وانتقدت الرئاسة التركية الحكومة القطرية. وانتقدت الرئاسة التركية الحكومة القطرية مجددا.")])])
    rows = ex.extract_events(corpus, focus="TR", partners=("QA",))
    assert len(rows) == 1 and int(rows["n_mentions"].iloc[0]) == 2
