"""Events, session 45 (the twenty-sixth session's events round; development only, after the blind-s31 run): classes
read on the pooled development misses, s31-mix included. Composed sentences (marked), not copied from the gold."""
from __future__ import annotations

from test_events import extract_events, make_corpus, one


def _rows(text, published="2018-06-14", focus="FR", partners=("IT",)):
    ev = one(text, published=published, focus=focus, partners=partners)
    return ev[["source", "target", "cameo_code", "date_start"]].astype(str).values.tolist()


def _doc(paragraphs, published="2018-06-14", focus="FR", partners=("IT",)):
    ev = extract_events(make_corpus([("d1", published, "src", [("paragraph", p) for p in paragraphs])]),
                        focus=focus, partners=partners)
    ev = ev[ev["kind"] == "event"]
    return ev[["source", "target", "cameo_code", "date_start"]].astype(str).values.tolist()


# ------------------------------------------------------------------ a cancelled meeting is a meeting refused (125)
def test_a_cancelled_meeting_with_the_canceller_named_between_is_125_not_a_meeting():
    # composed (the class of s31-mix's cancelled ministers' meeting): six words between the verb and the meeting noun
    ev = _rows("ألغى وزير الخارجية الألماني هايكو ماس الثلاثاء لقاء كان مقررا في موسكو مع نظيره الروسي.",
               published="2018-06-13", focus="DE", partners=("RU",))
    assert ["DE", "RU", "125", "2018-06-12"] in ev
    assert not any(r[2].startswith("04") for r in ev)


def test_a_cancelled_visit_is_125_and_a_cancelled_deal_stays_160():
    # composed
    assert [r[2] for r in _rows("ألغت ألمانيا زيارة كانت مقررة لوزير خارجيتها إلى روسيا.", focus="DE",
                                partners=("RU",))] == ["125"]
    deal = [r[2] for r in _rows("ألغت ألمانيا صفقة أسلحة مع روسيا.", focus="DE", partners=("RU",))]
    assert "160" in deal and "125" not in deal
