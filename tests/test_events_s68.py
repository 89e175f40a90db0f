"""Events, session 68 (events68): the date of a found event — a headline dated by its lead, and approximate windows
("منذ الاثنين"، "قبل أشهر"، "بعد ساعات على …"). Every sentence here is composed; the pairs are not those
of the development texts the classes were counted on."""
from __future__ import annotations

from test_events import make_corpus

from marsad.events import extract_events

# published Friday 6 April 2018: "الخميس" is Thursday 5 April, "الاثنين" Monday 2 April
PUB = "2018-04-06"


def _rows(segments, focus="FR", partner="LB", published=PUB):
    ev = extract_events(make_corpus([("d1", published, "src", segments)]), focus=focus, partners=(partner,))
    ev = ev[ev["kind"] == "event"]
    return ev[["section", "source", "target", "cameo_code", "status", "precision", "date_start", "date_end"]] \
        .astype(str).values.tolist()


def _para(*texts):
    return [("paragraph", t) for t in texts]


def test_a_headline_takes_the_day_of_its_lead():
    rows = _rows([("title", "فرنسا تقدم مساعدات إنسانية إلى لبنان")]
                 + _para("أقلعت طائرة شحن من باريس مساء الخميس باتجاه بيروت وعلى متنها مساعدات فرنسية."))
    assert ["title", "FR", "LB", "073", "reported", "day", "2018-04-05", "2018-04-05"] in rows
    # a denial told in the headline alone, the lead's day the day before publication
    rows = _rows([("title", "لبنان يرفض المقترح الفرنسي")]
                 + _para("أعلن مسؤول في بيروت الخميس أن الحكومة ناقشت مقترحا فرنسيا حول الحدود."))
    assert all(r[5:7] == ["day", "2018-04-05"] for r in rows if r[0] == "title")


def test_a_headline_keeps_before_publication_without_a_lead_day():
    # the lead gives no day, or its first day is history
    for lead in ("أقلعت طائرة شحن من باريس باتجاه بيروت وعلى متنها مساعدات فرنسية.",
                 "منذ عام 1990 أقلعت طائرات فرنسية الخميس إلى بيروت.",
                 "في عام 1990 أقلعت طائرات من باريس الخميس إلى بيروت وعلى متنها مساعدات فرنسية."):
        rows = _rows([("title", "فرنسا تقدم مساعدات إنسانية إلى لبنان")] + _para(lead))
        assert [r[5] for r in rows if r[0] == "title"] == ["before-publication"], lead
    # a lead that names neither side of the pair dates nothing
    rows = _rows([("title", "فرنسا تقدم مساعدات إنسانية إلى لبنان")]
                 + _para("أقلعت طائرة شحن مساء الخميس من مطار شاتورو."))
    assert [r[5] for r in rows if r[0] == "title"] == ["before-publication"]


def test_a_headline_plan_is_not_dated_by_the_lead():
    rows = _rows([("title", "ماكرون سيزور لبنان")]
                 + _para("قال مسؤول في الرئاسة الفرنسية الخميس إن الرئيس يعتزم القيام بجولة في المنطقة."))
    assert [r[4:6] for r in rows if r[0] == "title"] == [["intent", "before-publication"]]


def test_a_headline_told_again_in_the_body_keeps_the_body_reading():
    # alone, the headline's summons takes the lead's day; told again undated in the body, the headline merges with
    # that mention and the body's reading (evidence, before-publication) is kept
    lead = "أعلنت باريس مساء الخميس أنها تتابع الوضع في بيروت."
    assert _rows([("title", "فرنسا تستدعي السفير اللبناني")] + _para(lead)) == [
        ["title", "FR", "LB", "111", "reported", "day", "2018-04-05", "2018-04-05"]]
    rows = _rows([("title", "فرنسا تستدعي السفير اللبناني")]
                 + _para(lead, "واستدعت وزارة الخارجية الفرنسية السفير اللبناني في باريس."))
    assert [r[:6] for r in rows] == [["paragraph", "FR", "LB", "111", "reported", "before-publication"]]


def test_since_a_weekday_is_a_window_to_publication():
    rows = _rows(_para("وقال الوزير اللبناني الذي يزور باريس منذ الاثنين إن المحادثات مع فرنسا جيدة."))
    assert ["paragraph", "LB", "FR", "042", "reported", "approximate", "2018-04-02", "2018-04-06"] in rows
    # a since-day over two weeks old is no window of the news (a standing duration)
    rows = _rows(_para("وقال الوزير اللبناني الذي يزور باريس منذ 2 أبريل إن المحادثات مع فرنسا جيدة."),
                 published="2018-05-25")
    assert rows and all(r[5] != "approximate" for r in rows)


def test_months_and_days_ago_are_windows():
    rows = _rows(_para("وكان الرئيس الفرنسي قد التقى قبل أشهر رئيس الوزراء اللبناني في مطار بيروت."))
    assert [r[5:] for r in rows] == [["approximate", "2017-10-06", "2018-03-06"]]
    rows = _rows(_para("وكان الرئيس الفرنسي قد التقى قبل بضعة أشهر رئيس الوزراء اللبناني في مطار بيروت."))
    assert [r[5:] for r in rows] == [["approximate", "2017-07-06", "2018-01-06"]]
    # days keep their window (up to two weeks before)
    rows = _rows(_para("وكان الرئيس الفرنسي قد التقى قبل أيام رئيس الوزراء اللبناني في مطار بيروت."))
    assert [r[5:] for r in rows] == [["approximate", "2018-03-23", "2018-04-05"]]


def test_hours_after_an_act_dates_it_by_the_clause_day():
    rows = _rows(_para("أكد الرئيس الأمريكي الأربعاء أنه لن يغير موقفه، بعد ساعات على تهديد كندا باتخاذ تدابير "
                       "عقابية ضد الولايات المتحدة."), focus="US", partner="CA")
    assert [r[1:] for r in rows if r[3] == "130"] == [
        ["CA", "US", "130", "reported", "approximate", "2018-04-03", "2018-04-04"]]
    # no day in the clause before: no window
    rows = _rows(_para("أكد الرئيس الأمريكي أنه لن يغير موقفه، بعد ساعات على تهديد كندا باتخاذ تدابير عقابية ضد "
                       "الولايات المتحدة."), focus="US", partner="CA")
    assert [r[5] for r in rows if r[3] == "130"] == ["before-publication"]


def test_an_invitation_made_during_a_dated_gathering_takes_its_day():
    # "، وذلك خلال القمة التي جمعتهما … الثلاثاء": made that day (the KP->US row of the same act is merged into
    # the summit row of the same day when one side invites the other at it)
    rows = _rows(_para("دعا رئيس الوزراء الكندي الرئيس الأمريكي لزيارة أوتاوا، وذلك خلال القمة التي جمعتهما في نيويورك "
                       "الثلاثاء."), focus="CA", partner="US")
    assert all(r[5:7] == ["day", "2018-04-03"] for r in rows) and rows
    # a day of the meeting verb before, the invitation handed in a coordinated clause: undated (the convention)
    rows = _rows(_para("التقى رئيس الوزراء الكندي، الثلاثاء، الرئيس الأمريكي في نيويورك وسلمه دعوة رسمية لزيارة "
                       "أوتاوا."), focus="CA", partner="US")
    assert [r[4:6] for r in rows if r[3] == "036"] == [["intent", "before-publication"]]
    # after the gathering (not during it): undated
    rows = _rows(_para("دعا رئيس الوزراء الكندي الرئيس الأمريكي لزيارة أوتاوا، بعد القمة التي جمعتهما في نيويورك "
                       "الثلاثاء."), focus="CA", partner="US")
    assert [r[4:6] for r in rows if r[3] == "036"] == [["intent", "before-publication"]]


def test_a_state_since_a_weekday_is_no_window():
    rows = _rows(_para("وتعلق فرنسا التعاون العسكري مع لبنان منذ الاثنين."))
    assert all(r[6] != "2018-04-02" for r in rows)
