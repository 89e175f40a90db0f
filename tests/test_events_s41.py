"""Events, session 41 (third round of the twenty-fourth session; development data only): classes read on the lead's
unannotated probe of Egypt with Ethiopia, Saudi Arabia, the US, Israel and the UAE and on s29-mix. Real sentences
from those articles (the document named in the comment)."""
from __future__ import annotations

from test_events import one


def _pairs(ev):
    return ev[["source", "target", "cameo_code"]].values.tolist()


# ------------------------------------------------------------------ a law the partner's organ adopted
def test_condemning_a_law_the_partners_parliament_adopted():
    # FR-internationalNews-2443 (egprobe): the Knesset is an Israeli organ and the subject of the relative clause
    ev = one("دانت وزارة الخارجية المصرية في بيان السبت، قانون \"الدولة القومية للشعب اليهودي\"، الذي تبناه الكنيست "
             "الإسرائيلي الخميس الماضي.", published="2018-07-21", focus="EG", partners=("IL",))
    assert _pairs(ev) == [["EG", "IL", "111"]]


def test_rejecting_a_law_the_partners_parliament_passed():
    # same document: "أعلنت مصر رفضها لقانون … الذي أقره الكنيست الإسرائيلي"
    ev = one("وأعلنت مصر رفضها لقانون \"الدولة القومية للشعب اليهودي\" الذي أقره الكنيست الإسرائيلي.",
             published="2018-07-21", focus="EG", partners=("IL",))
    assert [p[:2] for p in _pairs(ev)] == [["EG", "IL"]] and _pairs(ev)[0][2].startswith("12")


def test_the_subject_of_another_relative_clause_is_still_no_participant():
    # control (CN-middleEast style, composed): a relative clause that adopts nothing keeps the old rule
    ev = one("دانت مصر مصادر التمويل الذي تستخدمه إسرائيل.", published="2018-07-21", focus="EG", partners=("IL",))
    assert ev.empty


# ------------------------------------------------------------------ a minister "in" a country is its official
def test_a_minister_in_a_country_is_that_countrys_official():
    # AL-internationalNews-912 (egprobe): "في جمهورية مصر العربية" names the minister's country, not a venue
    ev = one("استقبل تركي آل الشيخ، رئيس الهيئة العامة للرياضة في السعودية، خالد محمد عبدالعزيز، وزير الشباب "
             "والرياضة في جمهورية مصر العربية يوم الثلاثاء.", published="2018-05-30", focus="EG", partners=("SA",))
    assert _pairs(ev) == [["SA", "EG", "043"]]


def test_a_minister_of_another_side_in_a_country_stays_that_sides():
    # control (composed): the demonym names the minister's country; "في مصر" stays a place
    ev = one("استقبل السيسي وزير الخارجية الأمريكي في مصر يوم الثلاثاء.", published="2018-05-30", focus="EG",
             partners=("US",))
    assert _pairs(ev) == [["EG", "US", "043"]]


# ------------------------------------------------------------------ "في ضيافة X": hosted by X
def test_the_guest_of_a_side_is_hosted_by_it():
    # CN-middleEast-965 (egprobe): the side after "في ضيافة" is the host (043 from it to the guest)
    ev = one("نشر بدر العساكر، مدير المكتب الخاص للأمير محمد بن سلمان، صورة تجمع كلا من ولي العهد السعودي إلى جانب ملك "
             "البحرين، الشيخ حمد بن عيسى وولي عهد أبوظبي، الشيخ محمد بن زايد في ضيافة الرئيس المصري، عبدالفتاح "
             "السيسي بمصر.", published="2018-05-18", focus="EG", partners=("AE",))
    assert _pairs(ev) == [["EG", "AE", "043"]]
    # the same words with one guest (shortened from the sentence above)
    ev = one("وكان ولي العهد السعودي في ضيافة الرئيس المصري عبدالفتاح السيسي بمصر قبل أيام.", published="2018-05-18",
             focus="EG", partners=("SA",))
    assert _pairs(ev) == [["EG", "SA", "043"]]


# ------------------------------------------------------------------ a month holding the day of the same meeting
_SECRET_MEETING = (
    "صرح وزير المالية الإسرائيلي موشيه كحلون الثلاثاء بأن رئيس الوزراء بنيامين نتانياهو اجتمع مع الرئيس المصري عبد "
    "الفتاح السيسي في مايو/أيار لبحث وقف إطلاق نار طويل الأمد في قطاع غزة. وكانت القناة العاشرة الإسرائيلية قد أفادت "
    "يوم الاثنين بأن نتانياهو قام في 22 مايو/ أيار الماضي بزيارة \"سرية\" لمصر بحث خلالها مع الرئيس المصري مسألة "
    "التوصل إلى هدنة طويلة الأمد في قطاع غزة.")


def test_a_month_holding_the_day_of_the_same_meeting_is_one_event():
    # FR-middleEast-931 (egprobe): "في مايو/أيار" and "في 22 مايو" tell one secret meeting
    ev = one(_SECRET_MEETING, published="2018-08-15", focus="EG", partners=("IL",))
    assert len(ev) == 1 and ev["date_start"].astype(str).tolist() == ["2018-05-22"]


def test_a_month_with_two_days_of_meetings_stays_apart():
    # control (the same words with a second day): the month cannot be told to be either meeting
    ev = one(_SECRET_MEETING + " واجتمع نتانياهو مع الرئيس المصري مجددا في 29 مايو/أيار الماضي.",
             published="2018-08-15", focus="EG", partners=("IL",))
    assert "2018-05-01" in ev["date_start"].astype(str).tolist()


# ------------------------------------------------------------------ the act an answer answers is earlier
def test_the_act_answered_does_not_take_the_answers_day():
    # FR-internationalNews-2647-20180810: the expulsion has the Monday; Canada's condemnation it answers came before
    ev = one("ويزداد التوتر بين كندا والسعودية منذ الإثنين، عندما طردت الرياض السفير الكندي وجمدت العلاقات التجارية "
             "ردًا على إدانة كندا لقمع نشطاء حقوق الإنسان في السعودية.", published="2018-08-10", focus="SA",
             partners=("CA",))
    rows = {(s, t, c): d for s, t, c, d in ev[["source", "target", "cameo_code", "date_start"]].values.tolist()}
    assert str(rows[("SA", "CA", "163")]) == "2018-08-06"
    assert rows[("CA", "SA", "111")] is None or str(rows[("CA", "SA", "111")]) in ("nan", "None")


# ------------------------------------------------------------------ criticism with a support verb
def test_criticism_directed_by_a_side_with_no_relative_pronoun():
    # FR-middleEast-879-20180807: "انتقادات وجهتها أوتاوا للمملكة" is Ottawa's criticism of the kingdom
    ev = one("وأعلنت السعودية الاثنين أنها طلبت من السفير الكندي مغادرة البلاد وقررت استدعاء سفيرها في كندا وتجميد "
             "التعاملات التجارية معها ردا على انتقادات وجهتها أوتاوا للمملكة بشأن حقوق الإنسان.",
             published="2018-08-07", focus="SA", partners=("CA",))
    assert ["CA", "SA", "111"] in _pairs(ev)


def test_criticism_told_in_passing_as_a_cause_is_no_event():
    # CN-middleEast-1152-20180809 (a no-event sentence of s29-mix): the bare noun with a demonym gives no row
    ev = one("معربة في الوقت نفسه عن أملها بأن تجد المملكة وكندا مخرجا \"حضاريا\" من الأزمة التي تشهدها علاقتهما إثر "
             "انتقادات كندية للسعودية.", published="2018-08-09", focus="SA", partners=("CA",))
    assert ev.empty
