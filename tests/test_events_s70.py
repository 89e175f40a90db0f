"""Events, session 70 (events70): the same act dated in another sentence of the document (``events/act_dates.py``).
Every sentence here is composed; Germany–Turkey is not a pair of the development texts the class was counted on."""
from __future__ import annotations

from test_events import make_corpus

from marsad.events import extract_events

# published Friday 6 April 2018: "الأربعاء" is Wednesday 4 April, "الاثنين" Monday 2 April
PUB = "2018-04-06"
UNDATED = "أمرت الحكومة الألمانية بطرد الدبلوماسيين الأتراك من أراضيها."
# the expulsion told again with its day; the sentence makes no row of its own (its Turkish side is only "في تركيا")
AGAIN = "وطردت ألمانيا {} أربعة دبلوماسيين بسبب قضية تجسس على معارضين {}."


def _events(*paragraphs, focus="DE", partner="TR"):
    segs = [("paragraph", t) for t in paragraphs]
    ev = extract_events(make_corpus([("d1", PUB, "src", segs)]), focus=focus, partners=(partner,))
    return ev[ev["kind"] == "event"]


def _rows(*paragraphs):
    cols = ["source", "target", "cameo_code", "status", "precision", "date_start"]
    return [["" if v is None or v != v else str(v) for v in row] for row in _events(*paragraphs)[cols].values.tolist()]


def _same_act(*paragraphs):
    """The rules of the rows dated by this session's pass."""
    return [r for r in _events(*paragraphs)["rule"].astype(str) if "same-act:" in r]


def test_an_undated_act_takes_the_day_another_sentence_tells_it_with():
    assert _rows(UNDATED, AGAIN.format("الأربعاء", "في تركيا")) == [["DE", "TR", "166", "reported", "day", "2018-04-04"]]
    assert _same_act(UNDATED, AGAIN.format("الأربعاء", "في تركيا"))
    assert _rows(UNDATED) == [["DE", "TR", "166", "reported", "before-publication", ""]]


def test_two_days_for_the_root_date_nothing():
    # two expulsions told on two days: which one the undated row is cannot be told
    assert not _same_act(UNDATED, AGAIN.format("الأربعاء", "في تركيا"), AGAIN.format("الاثنين", "في تركيا"))


def test_another_root_a_third_state_or_history_is_not_taken():
    for other in ("وانتقدت ألمانيا الأربعاء سياسة أنقرة.",                 # another root (a criticism)
                  AGAIN.format("الأربعاء", "في روسيا"),                     # the same root with a third state
                  "وكانت ألمانيا قد طردت الأربعاء أربعة دبلوماسيين بسبب قضية تجسس على معارضين في تركيا.",  # pluperfect
                  AGAIN.format("في عام 2016", "في تركيا"),                  # a year: history
                  AGAIN.format("قبل عامين", "في تركيا"),
                  AGAIN.format("الأربعاء المقبل", "في تركيا")):               # a day after publication
        assert not _same_act(UNDATED, other), other
        assert ["DE", "TR", "166", "reported", "before-publication", ""] in _rows(UNDATED, other), other


def test_the_row_itself_must_tell_a_past_act_of_the_day():
    # the undated row in the pluperfect, in the present tense, or inside reported words after "أن" keeps its reading
    for own in ("وكانت الحكومة الألمانية قد أمرت بطرد الدبلوماسيين الأتراك من أراضيها.",
                "وتواصل الحكومة الألمانية طرد الدبلوماسيين الأتراك من أراضيها.",
                "وذكرت صحيفة محلية أن الحكومة الألمانية أمرت بطرد الدبلوماسيين الأتراك من أراضيها."):
        assert not _same_act(own, AGAIN.format("الأربعاء", "في تركيا")), own


def test_a_plan_and_a_dated_row_are_left_alone():
    # a plan is not dated by the day an act of its root is told
    rows = _rows("قال مسؤول إن الحكومة الألمانية ستطرد الدبلوماسيين الأتراك.", AGAIN.format("الأربعاء", "في تركيا"))
    assert all(r[4] != "day" for r in rows if r[3] == "intent")
    # a row dated by its own clause keeps its date
    rows = _rows("طردت الحكومة الألمانية الاثنين الدبلوماسيين الأتراك.", AGAIN.format("الأربعاء", "في تركيا"))
    assert ["DE", "TR", "166", "reported", "day", "2018-04-02"] in rows
