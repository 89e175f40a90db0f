"""Session 115 (events115), a class of s50-mix's errors: an evidence or certainty frame that attributes a hostile act to
the other side ("قالت واشنطن إنها تملك دليلا على أن الرئيس السوري بشار الأسد شن الهجوم الكيميائي", "أنه "متأكد بقوة" من
أن النظام السوري شن هجوما") is the holder's accusation (112); the act it charges is no act on the holder (the stage read
"Assad launched the attack" as SY->US 190 with the United States, the holder, as its target). Composed sentences of pairs
not in s50-mix, with counter-examples: a negated frame, a certainty about a friendly content, a third party's evidence,
evidence held by the side the content names."""
import datetime as dt

from conftest import paragraphs_corpus

from marsad.events import extract_events

PUB = dt.date(2018, 4, 7)


def _rows(text, focus, partner):
    table = extract_events(paragraphs_corpus([text], published=str(PUB)), focus=focus, partners=(partner,),
                           learned=False)
    table = table[table["kind"] == "event"] if "kind" in table else table
    return {(r["source"], r["target"], r["cameo_code"], r["status"]) for r in table.to_dict("records")}


def test_evidence_that_the_other_side_attacked_is_an_accusation():
    assert _rows("قال وزير الخارجية البريطاني إن لدى بريطانيا أدلة قاطعة على أن روسيا نفذت الهجوم بغاز الأعصاب.",
                 "GB", "RU") == {("GB", "RU", "112", "reported")}
    assert _rows("قال الرئيس الفرنسي إن لديه دليلا على أن الحرس الثوري الإيراني نفذ الهجوم على السفارة.",
                 "FR", "IR") == {("FR", "IR", "112", "reported")}
    assert _rows("وقالت الحكومة التركية إنها تملك إثباتا بأن استخدام الطائرات المسيرة تم على يد السعودية.",
                 "TR", "SA") == {("TR", "SA", "112", "reported")}


def test_certainty_that_the_other_side_attacked_is_an_accusation():
    assert _rows('أعلن وزير الدفاع الإسرائيلي أنه "متأكد بقوة" من أن إيران شنت هجوما على الناقلة.', "IL", "IR") \
        == {("IL", "IR", "112", "reported")}
    assert _rows("وقالت رئيسة الوزراء البريطانية إن بريطانيا واثقة من تقييمها بأن روسيا مسؤولة عن الهجوم.",
                 "GB", "RU") == {("GB", "RU", "112", "reported")}


def test_the_charged_attack_is_not_an_act_on_the_holder():
    # before session 115: RU->GB 190 (the attack with Britain, the holder of the evidence, as its target)
    rows = _rows("وأعلن المتحدث باسم الحكومة البريطانية أن بريطانيا تملك دليلا على أن روسيا شنت الهجوم الأسبوع الماضي.",
                 "GB", "RU")
    assert ("RU", "GB", "190", "reported") not in rows
    assert ("GB", "RU", "112", "reported") in rows


def test_no_charge_without_evidence_or_hostile_content():
    # negated: no evidence, no charge (and no denied row)
    assert _rows("وقالت الصحيفة إن نتانياهو لم يقدم أي دليل واضح على أن إيران تسعى لامتلاك السلاح النووي.",
                 "IL", "IR") == set()
    rows = _rows("وقال المتحدث الإسرائيلي إنه لا توجد أدلة على أن إيران نفذت الهجوم.", "IL", "IR")
    assert not any(code[:2] in ("11", "12") for _, _, code, _ in rows)
    # a certainty about a friendly or neutral content is no accusation
    assert _rows("وقال وزير الخارجية الأمريكي إنه واثق من أن العلاقات مع كندا ستمضي قدما.", "US", "CA") == set()
    assert _rows("قال الرئيس الفرنسي إنه متأكد من أن ألمانيا ستدعم الاتفاق.", "FR", "DE") == set()


def test_the_holder_must_be_a_side_of_the_pair():
    # a third party holds the evidence: its charge, not Britain's
    assert _rows("قال وزير الخارجية البريطاني إن ألمانيا لديها أدلة على أن روسيا نفذت الهجوم بغاز الأعصاب.",
                 "GB", "RU") == set()
    # the side that holds the evidence names no side of the pair in what it proves
    assert _rows("وقال مسؤول بريطاني إن روسيا تملك أدلة على أن الهجوم نفذته جماعة مسلحة.", "GB", "RU") == set()
