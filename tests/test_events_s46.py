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
