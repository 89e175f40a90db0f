"""Events, session 36 (the twenty-second session's second round): false-row classes of the lead's Turkey probe
(/work/scratch/lead22/events_probe.md; files in data/gold/events/probed_s36.txt).

Every sentence is real news (the document named in the comment) or a minimal variant of one, marked as such."""
from __future__ import annotations

from test_events import one


def _rows(ev):
    return ev[["source", "target", "cameo_code", "status"]].values.tolist()


# ------------------------------------------------------------------ speaking to a news agency
def test_speaking_to_a_news_agency_is_no_statement_to_its_country():
    # France24 FR-middleEast-594 (2018-06-06)
    ev = one("وأوضح تشاوش أوغلو لوكالة الأنباء الفرنسية الأربعاء أن بلاده ستواصل العمل.", published="2018-06-06",
             focus="TR", partners=("FR", "US"))
    assert len(ev) == 0


def test_speaking_to_a_minister_is_still_a_statement():
    # control (the rule of session 33, "قال لافروف لكيم إن …"): the addressee a person of the other side
    ev = one("وقال تشاوش أوغلو لنظيره الفرنسي إن بلاده ستواصل العمل.", published="2018-06-06", focus="TR",
             partners=("FR",))
    assert ev["cameo_code"].tolist()[:1] in (["010"], [])


# ------------------------------------------------------------------ hosting a tournament
def test_hosting_a_cup_is_no_visit_hosted():
    # CNN CN-sport-410 (2018-09-29)
    ev = one("فوز ألمانيا باستضافة كأس أوروبا لعام 2024، متفوقة على منافستها تركيا، التي كانت تسعى أيضا لاستضافة "
             "البطولة.", published="2018-09-29", focus="TR", partners=("DE",))
    assert len(ev) == 0


def test_hosting_a_president_is_still_hosting():
    # control: the object of استضاف is the other side's leader
    ev = one("استضافت ألمانيا الرئيس التركي رجب طيب أردوغان الجمعة.", published="2018-09-29", focus="TR",
             partners=("DE",))
    assert _rows(ev)[:1] == [["DE", "TR", "043", "reported"]]


# ------------------------------------------------------------------ a pledge of pressure
def test_pledging_pressure_is_no_intent_to_cooperate():
    # CNN CN-internationalNews-526 (2018-08-17)
    ev = one("تعهد الرئيس الأمريكي، دونالد ترامب، الجمعة، بمواصلة الضغط على تركيا بسبب رفضها الإفراج عن القس "
             "الأمريكي أندرو برونسون.", published="2018-08-17", focus="TR", partners=("US",))
    assert "030" not in ev["cameo_code"].tolist()
    # variant: no subject between
    ev = one("تعهد ترامب بمواصلة الضغط على تركيا بسبب رفضها الإفراج عن القس.", published="2018-08-17", focus="TR",
             partners=("US",))
    assert "030" not in ev["cameo_code"].tolist()


def test_pledging_support_is_still_an_intent():
    # control: a pledge of support keeps its 03x
    ev = one("تعهد ترامب بدعم تركيا في مواجهة الأزمة الاقتصادية.", published="2018-08-17", focus="TR",
             partners=("US",))
    assert [r[2][:2] for r in _rows(ev)] == ["03"]


# ------------------------------------------------------------------ sanctions threatened, not imposed
def test_threatened_sanctions_after_bifard_are_not_imposed():
    # France24 FR-internationalNews-2746 (2018-08-16)
    ev = one("توعدت الولايات المتحدة الخميس بفرض مزيد من العقوبات على تركيا إذا لم تفرج عن القس الأمريكي.",
             published="2018-08-16", focus="TR", partners=("US",))
    assert _rows(ev) == [["US", "TR", "130", "reported"]]


def test_sanctions_imposed_stay_imposed():
    # control: imposed with no threat verb before
    ev = one("فرضت الولايات المتحدة الخميس مزيدا من العقوبات على تركيا.", published="2018-08-16", focus="TR",
             partners=("US",))
    assert [r[2] for r in _rows(ev)] == ["163"]


# ------------------------------------------------------------------ a threat against a third party
def test_a_threat_against_the_kurds_is_no_threat_to_the_tension_partner():
    # France24 FR-internationalNews-2325 (abridged) and FR-middleEast-594
    ev = one("وهددت تركيا مرارا بشن عملية عسكرية ضد المقاتلين الأكراد في منبج ما أثار توترا مع واشنطن.",
             published="2018-06-05", focus="TR", partners=("US",))
    assert len(ev) == 0
    ev = one("وأثارت تهديدات تركيا توترا بينها وبين حليفتها واشنطن.", published="2018-06-05", focus="TR",
             partners=("US",))
    assert len(ev) == 0


def test_a_threat_against_the_partner_stays():
    # control
    ev = one("وهددت تركيا بشن عملية عسكرية ضد اليونان.", published="2018-06-05", focus="TR", partners=("GR",))
    assert [r[:2] for r in _rows(ev)] == [["TR", "GR"]] and _rows(ev)[0][2][:2] == "13"
