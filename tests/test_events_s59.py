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
    # published Saturday 23 June 2018: "الخميس" is Thursday 21 June; the frame's subject is no side
    rows = _dated("ذكرت مصادر الخميس أن واشنطن ستقدم مساعدات لكوريا الجنوبية.", "US", "KR", "2018-06-23")
    assert rows == [["US", "KR", "033", "intent", "day", "2018-06-21"]]
    rows = _dated("أفادت وكالة أنباء محلية، الجمعة، أن الرئيس الأمريكي سيزور كوريا الجنوبية.", "US", "KR", "2018-06-23")
    assert [r[3:] for r in rows] == [["intent", "day", "2018-06-22"]]


def test_plan_made_known_counter_examples():
    # the plan's own date wins over the frame's
    rows = _dated("أعلن البيت الأبيض الجمعة أن الرئيس الأمريكي سيزور كوريا الجنوبية في 20 يوليو المقبل.", "US", "KR",
                  "2018-06-23")
    assert [r[4:] for r in rows] == [["day", "2018-07-20"]]
    # a past act reported on a day is not dated by the report (the undated-act convention)
    rows = _dated("ذكرت مصادر الخميس أن واشنطن قدمت مساعدات لكوريا الجنوبية.", "US", "KR", "2018-06-23")
    assert [r[4] for r in rows] == ["before-publication"] * len(rows)
    rows = _dated("ذكرت صحيفة أمريكية الأربعاء أن وزير الخارجية الكوري الجنوبي وقع اتفاقا مع الولايات المتحدة.", "US",
                  "KR", "2018-06-23")
    assert [r[3:5] for r in rows] == [["reported", "before-publication"]]
    # no dated frame: the plan stays undated
    rows = _dated("وقال وزير الدفاع الأمريكي إن بلاده ستواصل التعاون العسكري مع كوريا الجنوبية.", "US", "KR", "2018-06-23")
    assert [r[4] for r in rows] == ["before-publication"]


# --- the day in the relative clause that says the act noun took place; two days listed after يومي

def test_took_place_relative_dates_its_noun():
    # published Saturday 4 March 2017; the agreement's Thursday is nearer the talks noun, the talks have their days
    rows = _dated("وقعت تونس وألمانيا اتفاقا الأسبوع الماضي. وتضمن الاتفاق الذي تم توقيعه الخميس الماضي اثر جلسة "
                  "المفاوضات التي جرت بين البلدين يوم 22 فيفري الفارط مسالة العودة الطوعية.", "DE", "TN", "2017-03-04")
    assert ["DE", "TN", "046", "reported", "day", "2017-02-22"] in rows
    assert ["DE", "TN", "057", "reported", "day", "2017-03-02"] in rows  # the signing keeps its Thursday


def test_two_days_listed_after_the_dual():
    ev = one("التقى وزير الخارجية التونسي نظيره الألماني يومي 22 و23 فبراير.", published="2017-03-04", focus="DE",
             partners=("TN",))
    assert ev[["date_start", "date_end", "precision"]].astype(str).values.tolist() == [
        ["2017-02-22", "2017-02-23", "approximate"]]
    ev = one("التقى وزير الخارجية التونسي نظيره الألماني يومي الاثنين والثلاثاء.", published="2017-03-04", focus="DE",
             partners=("TN",))
    assert ev[["date_start", "date_end"]].astype(str).values.tolist() == [["2017-02-27", "2017-02-28"]]


def test_two_days_counter_examples():
    # a single day (يوم), then another date: no span
    ev = one("التقى وزير الخارجية التونسي نظيره الألماني يوم 22 فبراير و23 مارس.", published="2017-03-04", focus="DE",
             partners=("TN",))
    assert ev[["date_start", "date_end", "precision"]].astype(str).values.tolist() == [
        ["2017-02-22", "2017-02-22", "day"]]
    # a relative clause of occurrence after another noun does not date the act ("بعد المحادثات التي جرت …": the
    # criticism keeps its own Thursday)
    rows = _dated("وانتقد وزير الخارجية الألماني تونس الخميس بعد المحادثات التي جرت في 22 فبراير.", "DE", "TN",
                  "2017-03-04")
    assert rows == [["DE", "TN", "111", "reported", "day", "2017-03-02"]]


# --- the speaker's own telling after the words gives their day ("وفقا لما قاله في مؤتمر صحفي عقده الثلاثاء")

def test_as_said_after_the_words():
    # published Wednesday 8 August 2018: "الثلاثاء" is Tuesday 7 August
    rows = _dated("أكد وزير الخارجية السعودي أن كندا ارتكبت خطأ وعليها تصحيحه، مشيرا إلى أن القضية أمنية، وذلك وفقا لما "
                  "قاله في مؤتمر صحفي عقده الثلاثاء.", "SA", "CA", "2018-08-08")
    assert rows == [["SA", "CA", "112", "reported", "day", "2018-08-07"]]
    rows = _dated("انتقد وزير الخارجية السعودي كندا، بحسب ما صرح به للصحافيين الثلاثاء.", "SA", "CA", "2018-08-08")
    assert rows == [["SA", "CA", "111", "reported", "day", "2018-08-07"]]


def test_as_said_counter_examples():
    # no day after the telling: undated
    rows = _dated("انتقد وزير الخارجية السعودي كندا، بحسب ما صرح به للصحافيين.", "SA", "CA", "2018-08-08")
    assert [r[4] for r in rows] == ["before-publication"]
