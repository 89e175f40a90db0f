"""Events, session 65 (events65): the other side named only by the demonym of its act ("انتقد X القرار الأمريكي",
"رحب X بالقرار الصيني", "رفض X المقترح الإيراني") as the object of one side's judgement, praise or refusal verb.
Every sentence is composed (other pairs, other words around the construction), with counter-examples: the people,
press, companies or land of a state, a trilateral or joint thing, a negated verb, a subject that is no side."""
from __future__ import annotations

from test_events import one


def _rows(text, focus, partner, published="2018-06-06"):
    ev = one(text, published=published, focus=focus, partners=(partner,))
    return ev[["source", "target", "cameo_code", "status"]].astype(str).values.tolist() if len(ev) else []


def test_criticised_the_other_sides_decision():
    assert _rows("انتقدت اليابان القرار الأسترالي بفرض قيود على الصيد", "JP", "AU") == [["JP", "AU", "111", "reported"]]
    # adjectives between the head and the demonym
    assert _rows("انتقدت الحكومة الكندية الرسوم الجمركية الأسترالية الجديدة", "CA", "AU") == [
        ["CA", "AU", "111", "reported"]]


def test_welcomed_or_rejected_the_other_sides_proposal():
    assert _rows("رحبت اليابان بالقرار الأسترالي الأخير", "JP", "AU") == [["JP", "AU", "051", "reported"]]
    assert _rows("رفضت إسبانيا المقترح البرتغالي حول الحدود", "ES", "PT") == [["ES", "PT", "120", "reported"]]
    assert _rows("رفضت الهند المبادرة الباكستانية للحوار", "IN", "PK") == [["IN", "PK", "120", "reported"]]


def test_mocked_this_reply_after_the_verbs_preposition():
    assert _rows("وسخر الوزير الإسباني الجمعة من هذا الرد البرتغالي الذي وصفه بأنه ضعيف", "ES", "PT") == [
        ["ES", "PT", "111", "reported"]]


def test_people_press_companies_and_land_are_not_the_state():
    assert _rows("انتقدت اليابان الصحف الأسترالية", "JP", "AU") == []
    assert _rows("انتقدت اليابان الشركة الأسترالية", "JP", "AU") == []
    assert _rows("انتقدت اليابان قرار المحكمة الأسترالية", "JP", "AU") == []
    assert _rows("رحبت اليابان بقرار الجزر الأسترالية", "JP", "AU") == []


def test_joint_or_trilateral_things_are_no_act_of_the_other_side():
    assert _rows("انتقدت اليابان القرار الأسترالي البريطاني المشترك", "JP", "AU") == []
    assert _rows("رحبت اليابان بالمبادرة الأسترالية الهندية", "JP", "AU") == []


def test_the_subject_must_be_the_other_side_and_the_verb_affirmed():
    assert _rows("لم تنتقد اليابان القرار الأسترالي", "JP", "AU") == []
    # the subject of a verb that is no cue (events57's lost row: the Europeans' "understanding" of the decision)
    assert _rows("وقال إن الأوروبيين لا يستطيعون فهم هذا القرار الأسترالي", "JP", "AU") == []
    assert _rows("انتقدت فرنسا القرار الأسترالي", "JP", "AU") == []
    assert _rows("انتقدت اليابان وفرنسا القرار الأسترالي", "JP", "AU") == []
    # one's own decision
    assert _rows("انتقد وزير الخارجية الأسترالي القرار الأسترالي", "JP", "AU") == []


def test_a_stance_voiced_as_a_verbal_noun_with_the_subjects_pronoun():
    assert _rows("وذكر دبلوماسي أن نيودلهي جددت معارضتها للطلب الباكستاني بعد أسبوع", "IN", "PK") == [
        ["IN", "PK", "120", "reported"]]
    assert _rows("أكدت اليابان ترحيبها الكامل بالقرار الأسترالي", "JP", "AU") == [["JP", "AU", "051", "reported"]]
    # counter-examples: a people, a third party's stance, a negated announcement
    assert _rows("أكدت اليابان ترحيبها بالشعب الأسترالي", "JP", "AU") == []
    assert _rows("أعلنت فرنسا رفضها للمقترح الأسترالي", "JP", "AU") == []
    assert _rows("وقال إن اليابان لن تعلن رفضها للمقترح الأسترالي", "JP", "AU") == []


def test_no_row_for_a_reply_or_a_thing_done_to_a_national():
    # a reply's act follows it (the counter-measure is the row), and a thing after a preposition is not the owner's act
    assert ["JP", "AU", "111"] not in [r[:3] for r in _rows("ردت اليابان على الرسوم الأسترالية على الصلب، بفرض رسوم "
                                                            "على منتجات أسترالية", "JP", "AU")]
    assert _rows("وأدان الرئيس الياباني الهجوم على صحفي أسترالي في طوكيو", "JP", "AU") == []
