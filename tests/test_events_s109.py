"""Session 109 (events109), a date class of s49-mix's errors: "عقد" before what is held ("بعد عقد اجتماع مماثل",
"قبل عقد اجتماع مع …", "قبل عقد قمتين") is the verbal noun "holding", not a decade; the date offset rule read "بعد
عقد" as ten years after publication and dated a meeting 2028. Composed sentences of pairs not in s49-mix, with
counter-examples (a decade is still a decade: "بعد عقد من الزمن", "منذ عقد كامل", "قبل عقد", "قبل عقد ونصف")."""
import datetime as dt

from conftest import paragraphs_corpus

from marsad.dates import tag_dates
from marsad.events import extract_events

PUB = dt.date(2018, 4, 7)


def _dates(text):
    d = tag_dates(text, published=PUB)
    return [(t, v) for t, typ, v in zip(d.text, d.type, d.value) if typ == "DATE"]


def _event_dates(text, focus, partner):
    table = extract_events(paragraphs_corpus([text], published=str(PUB)), focus=focus, partners=(partner,),
                           learned=False)
    return {(r["source"], r["target"], r["cameo_code"], r["date_start"], r["date_end"])
            for r in table.to_dict("records")}


def test_holding_a_meeting_is_no_decade():
    assert _dates("وصل الوزير إلى القاهرة قبل عقد اجتماع مع نظيره المصري.") == []
    assert _dates("وقال الوزير بعد عقد لقاء مع نظيره إن المحادثات كانت مثمرة.") == []
    assert _dates("زار كيم بكين الشهر الماضي قبل عقد قمتين مرتقبتين مع الرئيسين.") == [("الشهر الماضي", "2018-03")]
    assert _dates("بعد عقد الاجتماع الثلاثي الخميس") == [("الخميس", "2018-04-05")]
    assert _dates("وذلك قبل عقد جولة جديدة من المفاوضات") == []


def test_a_decade_is_still_a_decade():
    assert _dates("عاد إلى بلاده بعد عقد كامل في المنفى") == [("بعد عقد", "2028")]
    assert _dates("للمرة الأولى منذ نحو عقد من الزمن") == [("منذ نحو عقد", "2008")]
    assert _dates("وصل إلى الحكم قبل عقد") == [("قبل عقد", "2008")]
    assert _dates("وقعت الحرب قبل عقد ونصف") == [("قبل عقد ونصف", "2003")]


def test_a_meeting_row_is_not_dated_a_decade_away():
    # EG-JO: the meeting is not moved ten years ahead (2028) or back (2008) by the "holding" noun
    after = _event_dates("والتقى وزير الخارجية المصري مع نظيره الأردني في عمان بعد عقد اجتماع مماثل مع الوفد.",
                         "EG", "JO")
    before = _event_dates("والتقى وزير الخارجية المصري مع نظيره الأردني في عمان قبل عقد قمة ثلاثية.", "EG", "JO")
    assert after == before == {("EG", "JO", "040", None, "2018-04-07")}
