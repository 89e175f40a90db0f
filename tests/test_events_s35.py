"""Events, session 35 (the twenty-second session's round): rules read on the development split s26-mix.

Every sentence is real news (the document named in the comment) or a minimal variant of one, marked as such."""
from __future__ import annotations

from test_events import one


def _rows(ev):
    return ev[["source", "target", "cameo_code", "status"]].values.tolist()


# ------------------------------------------------------------------ a threat brandished (لوّح بـ)
def test_brandishing_a_strike_is_a_threat_of_force():
    # variant of France24 (2018-04-13, s26-mix) "لوحت دول غربية على رأسها الولايات المتحدة بتنفيذ ضربة عسكرية في سوريا"
    ev = one("لوحت الولايات المتحدة بتنفيذ ضربة عسكرية ضد سوريا.", published="2018-04-13", focus="US", partners=("SY",))
    assert _rows(ev) == [["US", "SY", "138", "reported"]]
    # variant: the verbal noun توجيه before the strike, the target after إلى
    ev = one("ولوحت واشنطن بتوجيه ضربة عسكرية إلى كوريا الشمالية.", published="2018-04-13", focus="US",
             partners=("KP",))
    assert _rows(ev) == [["US", "KP", "138", "reported"]]


def test_a_threat_with_the_act_after_tanfidh_is_coded_by_the_act():
    # variant: هدد with "بتنفيذ ضربة" (the gap before the act holds the verbal noun of carrying it out)
    ev = one("هددت الولايات المتحدة بتنفيذ ضربة عسكرية ضد سوريا.", published="2018-04-13", focus="US", partners=("SY",))
    assert _rows(ev) == [["US", "SY", "138", "reported"]]


def test_brandishing_a_reply_is_a_threat():
    # variant of France24 (2018-04-13, s26-mix) "إلى التلويح برد عسكري"
    ev = one("ولوحت الولايات المتحدة برد عسكري على سوريا.", published="2018-04-13", focus="US", partners=("SY",))
    assert _rows(ev) == [["US", "SY", "130", "reported"]]


def test_lawwaha_without_an_object_after_b_is_no_threat():
    # control: "لوّح بيده" of a person waving, no country acted on
    assert len(one("ولوح الرئيس الأمريكي للصحفيين قبل صعوده إلى الطائرة المتجهة إلى سوريا.", published="2018-04-13",
                   focus="US", partners=("SY",))) == 0


# ------------------------------------------------------------------ removing the other side's leader as a goal
def test_removing_the_leader_told_as_a_priority_is_a_demand_of_leadership_change():
    # Jawhara FM (2017-04-09, s26-mix), the title
    ev = one("مندوبة أمريكا لدى الأمم المتحدة : إزاحة الأسد أولوية", published="2017-04-09", focus="US",
             partners=("SY",))
    assert _rows(ev) == [["US", "SY", "104", "reported"]]
    # Jawhara FM (2017-04-09, s26-mix): the reporter (a female envoy: المندوبة) states it as a goal of her government
    ev = one("قالت المندوبة الأمريكية لدى الأمم المتحدة نيكي هيلي، إنها ترى أن تغيير النظام في سوريا إحدى أولويات "
             "إدارة الرئيس الأمريكي دونالد ترامب.", published="2017-04-09", focus="US", partners=("SY",))
    assert _rows(ev) == [["US", "SY", "104", "reported"]]


def test_removal_told_as_no_priority_is_no_demand():
    # control (variant): the priority negated
    assert len(one("وقالت واشنطن إن رحيل الأسد ليس أولوية.", published="2017-04-09", focus="US",
                   partners=("SY",))) == 0


# ------------------------------------------------------------------ the subject of a "بعد أن" clause
def test_a_verb_after_baada_an_has_the_sentences_subject():
    # Al Arabiya (2018-02-16, s26-mix): Trump is the subject of "اعتبر"; the Palestinians are an oblique object between
    text = ("وكان ترمب وجه انتقادات متكررة للفلسطينيين بعدم الرغبة في التفاوض، لكنه كان يمتنع دائماً عن توجيه "
            "انتقادات لإسرائيل، هذا بعد أن اعتبر القدس عاصمة للدولة العبرية، وقال إنها أصبحت غير مطروحة على طاولة "
            "المفاوضات.")
    ev = one(text, published="2018-02-16", focus="US", partners=("IL",))
    assert _rows(ev) == [["US", "IL", "054", "reported"]]
    # variant without the clause of Israel: the oblique third party between does not take the act
    ev = one("وكان ترمب وجه انتقادات متكررة للفلسطينيين بعد أن اعتبر القدس عاصمة للدولة العبرية.",
             published="2018-02-16", focus="US", partners=("IL",))
    assert _rows(ev) == [["US", "IL", "054", "reported"]]


def test_a_baada_an_clause_with_its_own_subject_or_a_third_object_keeps_them():
    # controls (variants): Guatemala recognises; Macron, met by Trump, is no oblique
    assert len(one("وانتقد ترامب الفلسطينيين بعد أن اعترفت غواتيمالا بالقدس عاصمة لإسرائيل.", published="2018-02-16",
                   focus="US", partners=("IL",))) == 0
    assert len(one("والتقى ترامب ماكرون بعد أن اعترف بالقدس عاصمة لإسرائيل.", published="2018-02-16", focus="US",
                   partners=("IL",))) == 0
    # a direct object whose name begins with ل or ب (Lebanon, Britain) is no oblique: the subject is not clear
    assert len(one("وكان ترمب انتقد بريطانيا ولبنان بعد أن اعتبر القدس عاصمة للدولة العبرية.", published="2018-02-16",
                   focus="US", partners=("IL",))) == 0
    # the visitor named right after the verb is its subject, not the sentence's
    ev = one("ورحب نتنياهو بالقرار بعد أن زار ترامب إسرائيل.", published="2018-02-16", focus="IL", partners=("US",))
    assert _rows(ev) == [["US", "IL", "042", "reported"]]


# ------------------------------------------------------------------ a refusal with its subject before the act
def test_the_act_a_subject_refuses_is_denied_not_done():
    # variant of the s26-mix recognitions: "رفض" + its subject + the act: one row, the refusal (12x, denied); no 054
    ev = one("رفض الرئيس الأمريكي الاعتراف بالقدس عاصمة لإسرائيل.", published="2018-02-16", focus="US",
             partners=("IL",))
    assert _rows(ev) == [["US", "IL", "120", "denied"]]
    ev = one("ورفضت موسكو التعاون مع أنقرة.", published="2018-02-16", focus="RU", partners=("TR",))
    assert _rows(ev) == [["RU", "TR", "121", "denied"]]


def test_a_rejected_accusation_stays_a_rejection():
    # control (variant): the object of the refusal is the other side's accusation, not an act of cooperation
    ev = one("ورفضت روسيا الاتهامات التركية والتقى لافروف نظيره التركي.", published="2018-02-16", focus="RU", partners=("TR",))
    assert ["RU", "TR", "016", "reported"] in _rows(ev)


# ------------------------------------------------------------------ a threatened strike "in" the country; a led group
def test_a_threatened_strike_in_a_country_targets_it():
    # France24 (2018-04-13, s26-mix): Western states led by the US brandish a strike "في سوريا"
    ev = one("ومنذ التقارير حول هجوم كيميائي، لوحت دول غربية على رأسها الولايات المتحدة بتنفيذ ضربة عسكرية في سوريا.",
             published="2018-04-13", focus="US", partners=("SY",))
    assert _rows(ev) == [["US", "SY", "138", "reported"]]
    # variant: بقيادة
    ev = one("هددت دول غربية بقيادة الولايات المتحدة بتنفيذ ضربة عسكرية ضد سوريا.", published="2018-04-13",
             focus="US", partners=("SY",))
    assert _rows(ev) == [["US", "SY", "138", "reported"]]


def test_a_strike_against_a_group_in_the_country_or_a_group_without_leader_is_no_threat_to_it():
    # controls (variants): the strike's target is ISIS, the country its place; the group's leader is not named
    assert len(one("هددت الولايات المتحدة بتنفيذ ضربة عسكرية ضد داعش في سوريا.", published="2018-04-13", focus="US",
                   partners=("SY",))) == 0
    assert len(one("هددت دول غربية الولايات المتحدة بضربة.", published="2018-04-13", focus="US",
                   partners=("SY",))) == 0


def test_the_refusal_keeps_its_row_when_the_refused_act_gives_none():
    # variant (session 34's note): "رفضت تركيا الاعتراف …" with Turkey the focus: the act noun has no agent of its own
    # here, so the refusal verb's row stays (120, its object the other side's capital claim)
    ev = one("ورفضت تركيا الاعتراف بالقدس عاصمة لإسرائيل.", published="2018-02-16", focus="TR", partners=("IL",))
    assert _rows(ev) == [["TR", "IL", "120", "reported"]]
    # the subject between a refusal and an act of cooperation: one denied row, not the refusal besides
    ev = one("ورفضت مصر التعاون مع الخرطوم في هذا الملف.", published="2018-02-16", focus="EG", partners=("SD",))
    assert _rows(ev) == [["EG", "SD", "121", "denied"]]
