"""Events, session 62 (events62): constructions that recur across pairs, counted over the misses of OLD and s36-mix …
s38-mix (never the s31–s35 miss lines): a list of acting states or of those met, and a second act of the same pair
after a meeting. Every sentence here is composed (other names, other pairs), with counter-examples."""
from __future__ import annotations

from test_events import one


def _rows(text, focus, partner, published="2018-06-18"):
    ev = one(text, published=published, focus=focus, partners=(partner,))
    return ev[["source", "target", "cameo_code", "status"]].astype(str).values.tolist()


# --- (a) a list of acting states with one side of ours; the other side outside the list

def test_listed_partner_acts_on_the_focus_outside_the_list():
    # the partner is one of a list of subjects; the focus is the target after مع
    assert _rows("قطعت الجزائر والمغرب وتونس علاقاتها مع إيران.", "IR", "TN") == [["TN", "IR", "161", "reported"]]
    # (the focus in the list, as before)
    assert _rows("قطعت الجزائر والمغرب وتونس علاقاتها مع إيران.", "TN", "IR") == [["TN", "IR", "161", "reported"]]
    # the list as the genitive of a decision right before the act noun
    assert _rows("وجاء ذلك عقب قرار الأردن والمغرب والكويت قطع العلاقات الدبلوماسية مع طهران.", "IR", "KW") == [
        ["KW", "IR", "161", "reported"]]


def test_each_of_list_with_a_target_after_a_preposition():
    assert _rows("أعلنت كل من اليابان وكندا وأستراليا فرض عقوبات على كوريا الشمالية.", "KP", "CA") == [
        ["CA", "KP", "163", "reported"]]
    assert _rows("أعلنت كل من اليابان وكندا وأستراليا فرض عقوبات على كوريا الشمالية.", "CA", "KP") == [
        ["CA", "KP", "163", "reported"]]


def test_list_counter_examples():
    # a list of TARGETS of a third party: no event between two of its members (issue #12)
    assert _rows("اتهمت واشنطن روسيا وإيران وكوريا الشمالية بدعم الإرهاب.", "RU", "KP") == []
    assert _rows("فرضت كندا عقوبات على الصين وروسيا وإيران.", "CN", "IR") == []
    # both sides in one list of subjects: co-agents, never each other's
    assert _rows("قطعت مصر والسودان والأردن علاقاتها مع قطر.", "EG", "SD") == []
    # "كل من" with ours and a third party and no target of ours: together, no event
    assert _rows("صفقة رعتها كل من اليابان وكندا لإنهاء الأزمة.", "JP", "CA") == []
    # a list that meets among itself, no side after مع
    assert _rows("ستلتقي تونس والجزائر والمغرب الأسبوع المقبل دون مشاركة ليبيا.", "TN", "LY") == []


# --- (a) a list of those met after مع: each member is the other party of the subject's talks

def test_list_of_those_met_after_with():
    rows = _rows("تباحث الرئيس الإيطالي مع نظيره البرتغالي مارسيلو ريبيلو ورئيس الوزراء الإسباني بشأن الهجرة.",
                 "ES", "IT")
    assert [sorted(r[:2]) + r[2:] for r in rows] == [["ES", "IT", "040", "reported"]]


def test_list_of_those_met_after_a_subject_before_the_verb():
    rows = _rows("وذكر المتحدث أن الرئيس الإيطالي تباحث مع نظيره البرتغالي مارسيلو ريبيلو ورئيس الوزراء الإسباني "
                 "بيدرو سانشيز بشأن الهجرة.", "ES", "IT")
    assert [sorted(r[:2]) + r[2:] for r in rows] == [["ES", "IT", "040", "reported"]]
    # talks with a third party's officials only: none
    assert _rows("وذكر المتحدث أن الرئيس الإيطالي تباحث مع نظيره البرتغالي بشأن الهجرة الإسبانية.", "ES", "IT") == []


def test_list_of_those_met_counter_examples():
    # both sides listed after مع of a third party's talks: no event between them
    assert _rows("تباحث الرئيس التركي مع نظيريه الروسي والإيراني بشأن سوريا.", "RU", "IR") == []
    assert _rows("تباحث الرئيس التركي مع نظيره الروسي ورئيس الوزراء الإيراني بشأن سوريا.", "RU", "IR") == []


# --- (b) a second act of the same pair after a meeting, in a coordinated clause

def test_second_act_of_the_host_after_a_reception():
    rows = _rows("استقبل الرئيس الكيني نظيره الأوغندي، وتعهد بتقديم مساعدات غذائية لأوغندا.", "KE", "UG")
    assert [r[:3] for r in rows] == [["KE", "UG", "043"], ["KE", "UG", "033"]]
    rows = _rows("استقبل الرئيس الكيني نظيره الأوغندي، وأعلن تقديم مساعدات غذائية لأوغندا.", "KE", "UG")
    assert [r[:2] for r in rows] == [["KE", "UG"], ["KE", "UG"]] and rows[1][2][:2] == "07"


def test_second_act_of_the_two_after_a_meeting():
    rows = _rows("التقى رئيس الوزراء الكيني نظيره الأوغندي، ووقع الجانبان اتفاقية للتجارة الحرة.", "KE", "UG")
    assert [r[2] for r in rows] == ["040", "057"]
    rows = _rows("التقى رئيس الوزراء الكيني نظيره الأوغندي في نيروبي وبحثا الملفات الإقليمية، ووقعا اتفاقية للنقل.",
                 "KE", "UG")
    assert [r[2] for r in rows] == ["040", "057"]


def test_second_act_counter_examples():
    # the second act is with a third party
    assert [r[2] for r in _rows("استقبل الرئيس الكيني نظيره الأوغندي، ووقع اتفاقية مع فرنسا.", "KE", "UG")] == ["043"]
    # the aid goes to a third party
    assert [r[2] for r in _rows("استقبل الرئيس الكيني نظيره الأوغندي، وأعلن تقديم مساعدات لليمن.", "KE", "UG")] == [
        "043"]
    # the coordinated verb has a subject of its own
    assert [r[2] for r in _rows("استقبل الرئيس الكيني نظيره الأوغندي، ووقع الرئيس الفرنسي اتفاقية للتجارة.", "KE",
                                "UG")] == ["043"]
