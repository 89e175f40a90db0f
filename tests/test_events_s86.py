"""Events, session 86 (events86): a general construction of the s43-mix error classes (session 80's blind part, read
after the lead's final run). Every sentence here is composed; Germany–Turkey is not a pair of s43-mix."""
from __future__ import annotations

from test_events import make_corpus

from marsad.events import extract_events

PUB = "2018-10-19"  # a Friday


def _rows(text, focus="DE", partner="TR", pub=PUB):
    ev = extract_events(make_corpus([("d1", pub, "src", [("paragraph", text)])]), focus=focus, partners=(partner,),
                        learned=False)
    ev = ev[ev["kind"] == "event"]
    return [[str(v) for v in r] for r in ev[["source", "target", "cameo_code"]].values.tolist()]


def test_an_announced_summons_told_by_its_verbal_noun():
    # "أعلنت الخارجية … استدعاء السفير …": the form-X verbal noun (استفعال) of a verb cue is no finite verb, so the
    # feminine teller before it does not "disagree" with it; the summons is a formal protest (111) as the verb is
    assert _rows("أعلنت الخارجية الألمانية استدعاء السفير التركي في برلين.") == [["DE", "TR", "111"]]
    assert ["DE", "TR", "111"] in _rows("الخارجية الألمانية تعلن استدعاء السفير التركي في برلين للمرة الثانية.")
    assert ["DE", "TR", "111"] in _rows("أعلن وزير الخارجية الألماني استدعاء السفير التركي في برلين.")
    # the finite verb still needs a subject of its gender; one's own envoy called home is no summons of the other side
    assert ["DE", "TR", "111"] in _rows("استدعت الخارجية الألمانية السفير التركي في برلين.")
    assert not any(r[2] == "111" for r in _rows("أعلنت الحكومة الألمانية استدعاء سفيرها في أنقرة للتشاور."))
