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


# ------------------------------------------------------------------ misses of the probe
def test_a_minister_of_al_mal_is_a_role():
    # France24 FR-internationalNews-2746 (2018-08-16): "وزير المال" (not only "وزير المالية")
    ev = one("أجرى وزير المال التركي براءة البيرق محادثات الخميس مع نظيره الألماني أولاف شولتز.",
             published="2018-08-16", focus="TR", partners=("DE",))
    assert _rows(ev) == [["TR", "DE", "040", "reported"]] and ev["date_start"].tolist() == ["2018-08-16"]


def test_reaching_an_agreement_with_li():
    # France24 FR-middleEast-594 (2018-06-06): "توصل … لاتفاق" (not only "إلى اتفاق", "للاتفاق")
    ev = one("عقب توصل واشنطن وأنقرة لاتفاق حول المدينة.", published="2018-06-06", focus="TR", partners=("US",))
    assert _rows(ev) == [["TR", "US", "057", "reported"]]


def test_a_roadmap_endorsed_by_dual_ministers():
    # variant of France24 FR-middleEast-594 "وأقر وزيرا الخارجية الأمريكي مايك بومبيو والتركي مولود تشاوش أوغلو
    # الاثنين خارطة طريق" (the names left out: with the first minister's name between, still missed)
    ev = one("وأقر وزيرا الخارجية الأمريكي والتركي الاثنين خارطة طريق بشأن منبج.", published="2018-06-06",
             focus="TR", partners=("US",))
    assert _rows(ev) == [["TR", "US", "057", "reported"]] and ev["date_start"].tolist() == ["2018-06-04"]


def test_a_law_passed_is_no_roadmap():
    # control: أقر without خارطة طريق
    assert len(one("وأقر مجلس الشيوخ الأمريكي مشروع قانون يمنع تركيا من شراء طائرات.", published="2018-06-06",
                   focus="TR", partners=("US",))) == 0


def test_agreed_on_with_a_long_named_subject():
    # variant of France24 FR-middleEast-594: both ministers named with office and name before على
    ev = one("واتفق وزير الخارجية الأمريكي مايك بومبيو ونظيره التركي مولود تشاوش أوغلو الاثنين على خارطة طريق "
             "بشأن منبج.", published="2018-06-06", focus="TR", partners=("US",))
    assert [r[2] for r in _rows(ev)] == ["030"]


def test_tariffs_doubled_on_imports_of_a_countrys_goods():
    # CNN CN-economy-226 (2018-08-18)
    ev = one("ضاعفت واشنطن الرسوم الجمركية على وارداتها من الصلب والألمونيوم التركي.", published="2018-08-18",
             focus="TR", partners=("US",))
    assert _rows(ev) == [["US", "TR", "163", "reported"]]


def test_rafa_of_tariffs_is_not_read_as_imposing():
    # control: "رفع" (raise, but also lift: "رفع العقوبات") is left out of the imposing verbs on purpose
    ev = one("قررت واشنطن رفع الرسوم الجمركية على وارداتها من الصلب التركي.", published="2018-08-18",
             focus="TR", partners=("US",))
    assert "163" not in ev["cameo_code"].tolist()


def test_an_act_judged_a_grave_mistake_is_criticism():
    # CNN CN-middleEast-859 (2018-05)
    ev = one("قال أردوغان إن قرار الولايات المتحدة بنقل سفارتها إلى مدينة القدس خطأ فادح.", published="2018-05-14",
             focus="TR", partners=("US",))
    assert _rows(ev) == [["TR", "US", "111", "reported"]]


def test_an_act_judged_otherwise_is_no_criticism():
    # control: the same frame with no disapproving evaluation
    assert len(one("قال أردوغان إن قرار الولايات المتحدة بنقل سفارتها إلى مدينة القدس يفتح صفحة جديدة.",
                   published="2018-05-14", focus="TR", partners=("US",))) == 0


def test_recalling_both_ambassadors_dual_construct():
    # France24 FR-internationalNews-1244 (abridged): "سفيريها" (its two ambassadors) recalled for consultations
    ev = one("وصرح نائب رئيس الوزراء التركي بكير بوزداغ أن بلاده تقوم باستدعاء سفيريها في الولايات المتحدة "
             "وإسرائيل لإجراء مشاورات.", published="2018-05-14", focus="TR", partners=("US",))
    assert _rows(ev) == [["TR", "US", "161", "reported"]]


# ------------------------------------------------------------------ s27-mix (events35's blind split, now development)
def test_cancelling_a_summit_is_rejecting_the_meeting():
    # France24 FR-internationalNews-1427 (2018-05-25, s27-mix)
    ev = one("وفي إعلان مفاجئ، أعلن ترامب الخميس إلغاء القمة التاريخية التي كانت مقررة بعد أقل من ثلاثة أسابيع في "
             "سنغافورة مع الزعيم الكوري الشمالي.", published="2018-05-25", focus="US", partners=("KP",))
    assert _rows(ev) == [["US", "KP", "125", "reported"]] and ev["date_start"].tolist() == ["2018-05-24"]


def test_a_threat_to_cancel_a_summit_stays_131():
    # France24 FR-internationalNews-1271 (2018-05-15, s27-mix): gold 131
    ev = one("هددت كوريا الشمالية بإلغاء القمة المرتقبة بين زعيمها كيم جونغ أون والرئيس الأمريكي دونالد ترامب.",
             published="2018-05-15", focus="US", partners=("KP",))
    assert _rows(ev) == [["KP", "US", "131", "reported"]]


def test_cancelling_a_deal_stays_160():
    # control: a deal cancelled reduces relations
    ev = one("ألغت الولايات المتحدة صفقة الأسلحة مع كوريا الشمالية.", published="2018-05-15", focus="US",
             partners=("KP",))
    assert [r[2] for r in _rows(ev)] == ["160"]
