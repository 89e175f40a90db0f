"""Events, session 95 (events95): a general construction of the s45-mix error classes (session 93's blind part, read
after the lead's final run): a statement named again as the subject of its continuation ("وأضاف البيان أن …", "وقال
المكتب في بيان إن …") goes on with the statement and carries its day (``marsad.events.speaker_dates``). Every
sentence here is composed; France–Lebanon and Canada–Saudi Arabia are not pairs of s45-mix."""
from __future__ import annotations

from test_events import make_corpus

from marsad.events import extract_events

# published Friday 6 April 2018: "الثلاثاء" is Tuesday 3 April
PUB = "2018-04-06"
OPENS = "قال مكتب الرئيس الفرنسي الثلاثاء إن ماكرون تحدث مع عدد من نظرائه في المنطقة."
PLAN = "فرنسا ستقدم مساعدات للبنان."


def _rows(paragraphs, focus="FR", partner="LB", published=PUB):
    ev = extract_events(make_corpus([("d1", published, "src", [("paragraph", p) for p in paragraphs])]),
                        focus=focus, partners=(partner,), learned=False)
    ev = ev[ev["kind"] == "event"]
    return ev[["source", "target", "cameo_code", "status", "precision", "date_start"]].astype(str).values.tolist()


def test_the_statement_named_again_goes_on_with_its_day():
    assert _rows([OPENS, "وأضاف البيان أن " + PLAN]) == [["FR", "LB", "033", "intent", "day", "2018-04-03"]]
    assert _rows([OPENS, "وأوضح البلاغ أن " + PLAN]) == [["FR", "LB", "033", "intent", "day", "2018-04-03"]]
    # the office that issued it, named again, then the statement: the walk goes back through both
    assert _rows([OPENS, "وقال المكتب في بيان إن ماكرون يتابع الوضع.", "وأضاف البيان أن " + PLAN]) == [
        ["FR", "LB", "033", "intent", "day", "2018-04-03"]]
    # the speaker's own speech act (a condemnation of the other side) likewise
    assert _rows([OPENS, "وأضاف البيان أن ماكرون ندد بتصريحات لبنان."]) == [
        ["FR", "LB", "111", "reported", "day", "2018-04-03"]]


def test_the_statements_quoted_words_cut_by_a_full_stop_go_on():
    # a quotation opened in one sentence and closed in the next: the words go on, the walk is not broken
    quoted = 'وأوضح البيان أن "الاتصال تطرق إلى مسائل إقليمية. فقد تم التشاور في الوضع في المنطقة".'
    assert _rows([OPENS + " " + quoted + " وأضاف البيان أن " + PLAN]) == [
        ["FR", "LB", "033", "intent", "day", "2018-04-03"]]


def test_an_invitation_dated_by_the_statement_is_not_the_call_of_that_day():
    # the call of Tuesday, then the statement goes on with an invitation: two rows (the invitation is a plan of its
    # own, not the call), the invitation of the day the statement told it
    rows = _rows(["أجرى الرئيس الفرنسي الثلاثاء اتصالا هاتفيا مع الرئيس اللبناني تناول الوضع في المنطقة.",
                  "وأضاف البيان أن ماكرون وجه دعوة إلى الرئيس اللبناني لزيارة فرنسا خلال الأشهر المقبلة."])
    assert ["FR", "LB", "036", "intent", "day", "2018-04-03"] in rows
    assert any(r[2][:2] == "04" and r[3] == "reported" for r in rows)


def test_counter_examples():
    # another office, named with its owner: another source, the walk ends (the plan stays undated)
    rows = _rows([OPENS, "وقال مكتب الأمم المتحدة في بيروت إن " + PLAN])
    assert [r[4] for r in rows] == ["before-publication"]
    # a sentence that is no statement between them still ends the walk
    rows = _rows([OPENS, "وانتشر الجيش في المدينة.", "وأضاف البيان أن " + PLAN])
    assert [r[4] for r in rows] == ["before-publication"]
    # a past act the statement tells is not of the day it is told (the undated-act convention)
    rows = _rows([OPENS, "وأضاف البيان أن فرنسا قدمت مساعدات للبنان."])
    assert [r[:5] for r in rows] == [["FR", "LB", "070", "reported", "before-publication"]]
    # a closed quotation does not hold the sentence after it: no speech verb there, the walk ends
    rows = _rows([OPENS + ' وأوضح البيان أن "الوضع صعب". وانتشر الجيش في المدينة. وأضاف البيان أن ' + PLAN])
    assert [r[4] for r in rows] == ["before-publication"]


def test_another_pair_the_statement_of_a_state_named_as_speaker():
    # Canada–Saudi Arabia (published Wednesday 8 August 2018: "الاثنين" is Monday 6 August)
    rows = _rows(["قال مكتب رئيس الوزراء الكندي الاثنين إن ترودو يتابع قضية الناشطين.",
                  "وأضاف البيان أن كندا ستطلب من السعودية الإفراج عن الناشطين."],
                 focus="CA", partner="SA", published="2018-08-08")
    assert [r[3:] for r in rows] == [["intent", "day", "2018-08-06"]]
