"""Events, session 59 (events59): general date mechanisms, counted over the date-lost misses of the older splits and
s36-mix (``python -m marsad.training.events_why --group OLD --list`` and ``--splits s36-mix --list``, the ``date``
lines). Every sentence here is composed."""
from __future__ import annotations

from test_events import one


def _dated(text, focus, partner, published):
    ev = one(text, published=published, focus=focus, partners=(partner,))
    return ev[["source", "target", "cameo_code", "status", "precision", "date_start"]].astype(str).values.tolist()


# --- a plan or promise made known on the day of the reporting frame that governs it

def test_plan_made_known_takes_the_frames_day():
    # published Saturday 23 June 2018: "الجمعة" is Friday 22 June
    rows = _dated("أعلن البيت الأبيض الجمعة أن الرئيس الأمريكي سيزور كوريا الجنوبية.", "US", "KR", "2018-06-23")
    assert rows == [["US", "KR", "036", "intent", "day", "2018-06-22"]]
    rows = _dated("أكد وزير الدفاع الأمريكي، الخميس، أن بلاده ستواصل التعاون العسكري مع كوريا الجنوبية.", "US", "KR",
                  "2018-06-23")
    assert [r[3:] for r in rows] == [["intent", "day", "2018-06-21"]]


def test_plan_made_known_counter_examples():
    # the plan's own date wins over the frame's
    rows = _dated("أعلن البيت الأبيض الجمعة أن الرئيس الأمريكي سيزور كوريا الجنوبية في 20 يوليو المقبل.", "US", "KR",
                  "2018-06-23")
    assert [r[4:] for r in rows] == [["day", "2018-07-20"]]
    # a past act reported on a day is not dated by the report (the undated-act convention)
    rows = _dated("ذكرت صحيفة أمريكية الأربعاء أن وزير الخارجية الكوري الجنوبي وقع اتفاقا مع الولايات المتحدة.", "US",
                  "KR", "2018-06-23")
    assert [r[3:5] for r in rows] == [["reported", "before-publication"]]
    # no dated frame: the plan stays undated
    rows = _dated("وقال وزير الدفاع الأمريكي إن بلاده ستواصل التعاون العسكري مع كوريا الجنوبية.", "US", "KR", "2018-06-23")
    assert [r[4] for r in rows] == ["before-publication"]
