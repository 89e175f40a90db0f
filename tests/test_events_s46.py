"""Events, session 46 (the twenty-sixth session's second events round; development only, after the blind-s32 run):
classes read on the pooled development misses, s32-mix first. Composed sentences (marked), not copied from the gold."""
from __future__ import annotations

from test_events import one


def _rows(text, published="2018-04-12", focus="FR", partners=("SA",)):
    ev = one(text, published=published, focus=focus, partners=partners)
    return ev[["source", "target", "cameo_code", "status"]].astype(str).values.tolist()


# ------------------------------------------------------------------ readiness or interest to take part (030)
def test_readiness_to_take_part_in_the_other_sides_projects_is_an_intent_to_cooperate():
    # composed (s32-mix's class: "أبدى … استعداد فرنسا للمشاركة في المشاريع السياحية السعودية")
    assert _rows("وأبدى الوزير الفرنسي استعداد فرنسا للمشاركة في المشاريع الصناعية السعودية.") == [
        ["FR", "SA", "030", "intent"]]
    # composed: interest in developing partnerships with the other side named after مع
    assert _rows("وعبر وزير التجارة الفرنسي في كلمته عن اهتمام بلاده في تنمية الشراكات مع الرياض.") == [
        ["FR", "SA", "030", "intent"]]


def test_readiness_with_a_co_agent_or_no_other_side_is_no_event():
    # composed: a third country beside the speaker's, not its partner
    assert _rows("وأبدى وزير الخارجية الروسي استعداد روسيا للمشاركة في مشاريع البنية التحتية في أفريقيا إلى جانب الصين.",
                 focus="RU", partners=("CN",)) == []
    # composed: the other side ready to attend a conference, no partner of the act
    assert _rows("وقال الوزير الفرنسي إن السعودية أبدت استعدادها للمشاركة في المؤتمر.") == []
    # composed: readiness to cooperate keeps its earlier code (031)
    assert _rows("وأبدى وزير الخارجية الفرنسي الاثنين استعداد بلاده للتعاون مع السعودية في مجال الطاقة.")[0][:3] == [
        "FR", "SA", "031"]


# ------------------------------------------------------------------ a name and its role after a visit noun
def test_a_name_and_its_own_role_after_a_visit_noun_are_one_visitor_not_a_pair():
    # composed (s32-mix's class: "على هامش زيارة الأمير محمد بن سلمان #ولي_العهد_السعودي … إلى فرنسا")
    assert _rows("وعلى هامش زيارة الأمير محمد بن سلمان ولي العهد السعودي إلى فرنسا اليوم، عقد مجلس الأعمال اجتماعه.",
                 published="2018-04-09")[0][:3] == ["SA", "FR", "042"]
    # composed: another leader with his role
    assert _rows("وخلال زيارة فلاديمير بوتين الرئيس الروسي إلى فرنسا أمس، وقعت شركات البلدين عقودا.",
                 focus="FR", partners=("RU",))[0][:3] == ["RU", "FR", "042"]


def test_a_genitive_pair_of_two_sides_after_a_meeting_noun_still_names_another_pair():
    # composed: the meeting of two leaders of other sides is not ours
    assert _rows("وتحدث الرئيس الفرنسي عن لقاء ترامب وكيم في سنغافورة.", focus="FR", partners=("KP",)) == []


# ------------------------------------------------------------------ "منذ" inside a relative clause on a thing
def _kinds(text, published="2018-04-09", focus="FR", partners=("SA",)):
    from test_events import extract_events, make_corpus
    ev = extract_events(make_corpus([("d1", published, "src", [("paragraph", text)])]), focus=focus, partners=partners)
    return ev[["kind", "source", "target", "cameo_code"]].astype(str).values.tolist()


def test_since_inside_a_relative_clause_on_a_thing_leaves_the_visit_an_event():
    # composed (s32-mix's class: "… للقطع مع الصورة النمطية المحافظة التي التصقت بالسعودية منذ عقود")
    assert _kinds("زار ولي العهد السعودي فرنسا أمس لتغيير الصورة التي التصقت بالمملكة منذ عقود.")[0] == [
        "event", "SA", "FR", "042"]
    assert _kinds("وصل الرئيس الروسي إلى باريس أمس لتجاوز الخلافات التي عرقلت المفاوضات منذ سنوات.",
                  focus="FR", partners=("RU",))[0] == ["event", "RU", "FR", "042"]


def test_since_inside_a_relative_clause_on_relations_stays_background():
    # composed: the relations "that have tied them for decades" are a standing relation
    assert [r[0] for r in _kinds("وأشاد الرئيس الفرنسي بالعلاقات التي تربط بلاده بالسعودية منذ عقود.")] == ["background"]


def test_a_border_named_as_a_place_is_no_standing_relation():
    # composed (the lead's Iraq probe, class 6: "… شرق سوريا، على طول الحدود مع العراق")
    assert _kinds("ولا يزال مسلحون ينتشرون في مناطق جنوب لبنان، على طول الحدود مع سوريا.",
                  focus="SY", partners=("LB",)) == []
    # composed: a relation that still holds stays background
    assert [r[0] for r in _kinds("ولا تزال العلاقات بين سوريا ولبنان متوترة.", focus="SY", partners=("LB",))] == [
        "background"]


# ------------------------------------------------------------------ a signed agreement: 057, reported
def test_a_government_represented_by_its_minister_signing_with_its_counterpart_is_one_057():
    # composed (s32-mix's class: "وقعت الحكومة الفرنسية ممثلة في وزيرة الثقافة … الاثنين مع نظيرتها السعودية اتفاقات
    # تعاونية ثقافية"): eleven words between the verb and the agreements; the cooperation word names them
    rows = _rows("وقعت الحكومة الفرنسية ممثلة في وزير الاقتصاد الخميس الماضي مع نظيرتها السعودية اتفاقات تعاونية "
                 "في مجال الطاقة.")
    assert rows == [["FR", "SA", "057", "reported"]]


def test_the_future_of_the_next_sentence_does_not_make_a_signing_a_plan():
    # composed: a full stop ends the signing's clause
    rows = _rows("وقعت فرنسا والسعودية الاثنين اتفاقات ثقافية. وستقوم فرنسا بموجبها بمساعدة الرياض في بناء متحف.",
                 published="2018-04-10")
    assert ["FR", "SA", "057", "reported"] in rows
    # composed: the future in the same sentence still makes it a plan
    assert _rows("وقالت الرئاسة الفرنسية إن ماكرون سيوقع الاثنين المقبل مع السعودية اتفاقات ثقافية.")[0][3] == "intent"
