"""Events, session 74 (events74): general constructions of the s41-mix error classes (session 71's blind part, read
after the lead's final run). Every sentence here is composed; Germany/Jordan–Turkey is not a pair of s41-mix."""
from __future__ import annotations

from test_events import make_corpus

from marsad.events import extract_events

PUB = "2018-04-06"  # a Friday


def _rows(text, focus="DE", partner="TR", pub=PUB):
    ev = extract_events(make_corpus([("d1", pub, "src", [("paragraph", text)])]), focus=focus, partners=(partner,))
    ev = ev[ev["kind"] == "event"]
    return [[str(v) for v in r] for r in ev[["source", "target", "cameo_code"]].values.tolist()]


def test_a_listed_subject_after_the_verb_agrees_with_its_first_member():
    # a verb before its subject agrees with the first conjunct: "وقطعت فرنسا … والأردن" (feminine verb, masculine
    # الأردن last) is the list's act, so Jordan (a member) cuts relations with Turkey (outside the list, after مع)
    cut = "وقطعت فرنسا وإيطاليا وبلجيكا والأردن علاقاتها مع تركيا في الخامس من حزيران/يونيو 2017."
    assert ["JO", "TR", "161"] in _rows(cut, focus="JO")
    # with no list, a side that does not agree with the verb is still not its subject ("كما يزور تركيا قبل اجتماع
    # مع …": Turkey, feminine after a masculine verb, is the object; the subject a pronoun)
    assert not any(r[0] == "TR" for r in _rows("كما يزور تركيا قبل اجتماع مع المستشارة الألمانية."))


def test_each_of_opening_a_listed_subject():
    # "وقطعت كل من …": "كل من" between the verb and its listed subject; the target after a preposition
    cut = "وقطعت كل من فرنسا وإيطاليا وألمانيا وبلجيكا علاقاتها مع تركيا في الخامس من حزيران/يونيو 2017."
    assert ["DE", "TR", "161"] in _rows(cut)
    # the list holding both sides, or a target with no preposition, stays no act of the pair
    assert _rows("وأدانت كل من ألمانيا وتركيا وإيطاliا الهجوم.".replace("liا", "ليا")) == []
    assert not any(r[:2] == ["DE", "TR"] for r in _rows("وحملت كل من ألمانيا وفرنسا وإيطاليا تركيا مسؤولية الهجوم."))


def test_the_capital_named_with_its_country_adjective_is_a_place():
    # "في العاصمة الألمانية برلين": a meeting of two Turkish actors held in Germany's capital is no German act
    assert _rows("اتفق زعيم المعارضة التركية مع رئيس الحكومة التركية، خلال لقائهما، اليوم الثلاثاء، "
                 "في العاصمة الألمانية برلين على معظم النقاط.") == []
    assert _rows("وصفت الحكومة التركية اللقاء الذي جمع في العاصمة الألمانية برلين بين زعيم المعارضة ورئيس "
                 "البرلمان بلقاء عابر.") == []
    # the other side named as a participant still meets; a visit to the capital is still a visit
    assert ["TR", "DE", "040"] in _rows("التقى الرئيس التركي المستشارة الألمانية اليوم الثلاثاء في العاصمة الألمانية برلين.")
    assert ["TR", "DE", "042"] in _rows("وصل الرئيس التركي اليوم الثلاثاء إلى العاصمة الألمانية برلين في زيارة رسمية.")


def test_a_deadline_for_the_envoy_to_leave_is_an_expulsion():
    # "تمهل السفير … 48 ساعة لمغادرة البلاد": a deadline given to the other side's envoy to leave is an expulsion (166),
    # as "طلبت من السفير … مغادرة" and "أمرت … الدبلوماسيين بمغادرة" are; other deadlines stay ultimatums (130)
    assert [r[2] for r in _rows("ألمانيا تمهل السفير التركي 48 ساعة لمغادرة البلاد.")] == ["166"]
    assert [r[2] for r in _rows("ألمانيا تمهل تركيا 48 ساعة للرد على مطالبها.")] == ["130"]
    assert [r[2] for r in _rows("أمهلت ألمانيا تركيا أسبوعا لإغلاق القاعدة.")] == ["130"]


def test_a_group_located_in_the_country_is_the_recipient_not_the_state():
    # "نفت … تزويد المتمردين في تركيا بالأسلحة": the rebels in Turkey receive, Turkey is their place; supplying or
    # aiding the state itself, or people in it, is unchanged
    assert _rows("نفت ألمانيا تزويد المتمردين في تركيا بالأسلحة.") == []
    assert _rows("نفى الحرس الثوري الإيراني، الثلاثاء، تزويد الحوثيين في اليمن بصواريخ.", focus="IR", partner="YE") == []
    assert ["DE", "TR", "072"] in _rows("زودت ألمانيا تركيا بالأسلحة.")
    assert ["DE", "TR", "070"] in _rows("قدمت ألمانيا مساعدات للاجئين في تركيا.")
