"""Events, session 40 (second round of the twenty-fourth session; development data only): classes read on s29-mix
(Saudi Arabia-Canada, Turkey-Israel; development data since its one blind run) and on the lead's unannotated probe of
Egypt with Ethiopia, Saudi Arabia, the US, Israel and the UAE (data/gold/events/probed_s40.txt). Real sentences from
those articles (the document named in the comment)."""
from __future__ import annotations

from test_events import one


def _pairs(ev):
    return ev[["source", "target", "cameo_code"]].values.tolist()


# ------------------------------------------------------------------ subject of acts listed after an expulsion
def test_acts_listed_after_an_expelled_envoy_keep_the_expelling_state():
    # FR-internationalNews-2624-20180808: the envoy was read as the subject of the freeze and the suspension
    ev = one("ودفع ذلك السعودية إلى طرد السفير الكندي الاثنين، وتجميد العلاقات التجارية بين البلدين، "
             "وتعليق المنح الدراسية لرعاياها.", published="2018-08-08", focus="SA", partners=("CA",))
    # (since session 42 the expulsion itself is a row too: the object of the causative دفع is its agent)
    assert sorted(_pairs(ev)) == [["SA", "CA", "160"], ["SA", "CA", "163"], ["SA", "CA", "166"]]


def test_an_envoy_asked_to_leave_is_no_subject_of_the_next_act():
    # FR-middleEast-879-20180807
    ev = one("وأعلنت السعودية الاثنين أنها طلبت من السفير الكندي مغادرة البلاد وقررت استدعاء سفيرها في كندا وتجميد "
             "التعاملات التجارية معها ردا على انتقادات وجهتها أوتاوا للمملكة بشأن حقوق الإنسان.",
             published="2018-08-07", focus="SA", partners=("CA",))
    # (Ottawa's criticism the measures answer is its own act, CA->SA 111, since session 41)
    assert all(s == "SA" for s, _, c in _pairs(ev) if c != "111")
    assert ["SA", "CA", "163"] in _pairs(ev)


def test_an_envoy_barred_from_returning_is_the_object_of_the_bar():
    # FR-internationalNews-2601-20180808: the bar itself was read CA->SA (the capital after it taken as the target)
    ev = one("وكانت الحكومة السعودية قد استدعت يوم الأحد سفيرها في أوتاوا ومنعت سفير كندا من العودة إلى الرياض.",
             published="2018-08-08", focus="SA", partners=("CA",))
    assert ["SA", "CA", "166"] in _pairs(ev) and all(s == "SA" for s, _, _ in _pairs(ev))


def test_an_envoy_who_acts_is_still_a_subject():
    # control: an envoy not expelled keeps his own act (CN-middleEast-1145 style, composed with the same words)
    ev = one("وانتقد السفير الكندي السعودية.", published="2018-08-08", focus="SA", partners=("CA",))
    assert _pairs(ev) == [["CA", "SA", "111"]]


# ------------------------------------------------------------------ subject of a clause of time
def test_a_verb_after_when_has_the_side_right_after_it_as_subject():
    # FR-internationalNews-2624-20180808: Riyadh (the object of the main clause) was read as the caller
    ev = one("وأغضبت كندا الرياض عندما دعت السفارة الكندية إلى \"الإفراج فورا\" عن نشطاء في المجتمع المدني أوقفوا "
             "في إطار موجة جديدة من الاعتقالات في المملكة.", published="2018-08-08", focus="SA", partners=("CA",))
    assert [s for s, _, _ in _pairs(ev)] == ["CA"]
    # FR-middleEast-887-20180806: "بعدما طالبت أوتاوا" is Ottawa's demand
    ev = one("وجاء هذا الطلب بسبب ما وصفته الرياض \"بالتدخل\" الكندي في شؤونها الداخلية بعدما طالبت أوتاوا بقوة "
             "بالإفراج الفوري عن نشطاء في المجتمع المدني.", published="2018-08-06", focus="SA", partners=("CA",))
    assert _pairs(ev) == [["CA", "SA", "100"]]


def test_a_clause_of_time_with_the_focus_after_its_verb():
    # control (composed from the same words): the side right after the verb is its subject whichever side it is
    ev = one("انتقدت السعودية كندا عندما رفضت الرياض الوساطة.", published="2018-08-08", focus="SA", partners=("CA",))
    assert sorted(_pairs(ev)) == [["SA", "CA", "111"], ["SA", "CA", "120"]]


# ------------------------------------------------------------------ the Egypt probe's false rows (precision)
def test_an_agreement_named_as_the_frame_of_a_visit_is_no_signing():
    # CN-middleEast-961-20180517 (probe row 1): the reception stays, the partnership agreement is background
    ev = one("دبي، الإمارات العربية المتحدة (CNN)-- استقبل الشيخ محمد بن راشد، نائب رئيس الإمارات رئيس الوزراء حاكم "
             "دبي، بحضور الشيخ حمدان بن محمد بن راشد، ولي عهد دبي، الخميس، الوفد الحكومي المصري "
             "المشارك في أولى الزيارات التدريبية لدولة الإمارات والمرتبطة باتفاقية الشراكة الاستراتيجية في تطوير "
             "الأداء الحكومي بين الإمارات ومصر.", published="2018-05-17", focus="EG", partners=("AE",))
    assert ["AE", "EG", "057"] not in _pairs(ev) and ["AE", "EG", "043"] in _pairs(ev)


def test_a_visit_within_a_partnership_is_a_visit():
    # CN-middleEast-961-20180517 (probe row 2): the partnership noun (050) no longer stands beside the visit verb
    ev = one("وزار الوفد المصري دولة الإمارات ضمن بنود الشراكة الاستراتيجية لتطوير الأداء الحكومي في مصر، وتشمل "
             "الشراكة الاستراتيجية الأداء والتميز الحكومي والقدرات الحكومية.", published="2018-05-17", focus="EG",
             partners=("AE",))
    assert _pairs(ev) == [["EG", "AE", "042"]]


def test_a_message_handed_to_a_third_party_through_a_country_is_not_to_that_country():
    # CN-middleEast-970-20180518 (probe row 3): Egypt is the channel, Hamas's leadership the recipient
    ev = one("ولفت هنية إلى أن \"وسائل إعلام إسرائيلية روّجت شائعات بعد الزيارة الخاطفة لوفد حماس إلى القاهرة في 13 "
             "مايو لإحداث بلبلة في صفوف شعبنا.. ومن هذه الشائعات أن إسرائيل نقلت لقيادة حماس رسالة تهديد عبر مصر "
             "أنه إذا استمرت مسيرة العودة.", published="2018-05-18", focus="EG", partners=("IL",))
    assert ev.empty


def test_a_message_handed_to_the_other_sides_official_is_still_a_message():
    # control (composed): the recipient inside the cue is ours
    ev = one("سلم لافروف لنظيره الأمريكي رسالة من بوتين.", published="2018-05-18", focus="RU", partners=("US",))
    assert _pairs(ev) == [["RU", "US", "010"]]


# ------------------------------------------------------------------ one row per listed act
def test_each_verb_of_a_listed_sentence_is_an_act_of_the_same_subject():
    # FR-internationalNews-2647-20180810: the freeze had no row, the investments were read as CA->SA cooperation
    ev = one("ويزداد التوتر بين كندا والسعودية منذ الإثنين، عندما طردت الرياض السفير الكندي واستدعت سفيرها وجمدت "
             "العلاقات التجارية والاستثمارات ردًا على إدانة كندا لقمع نشطاء حقوق الإنسان في السعودية.",
             published="2018-08-10", focus="SA", partners=("CA",))
    assert sorted(_pairs(ev)) == [["CA", "SA", "111"], ["SA", "CA", "161"], ["SA", "CA", "163"], ["SA", "CA", "166"]]
    # (the CA->SA 111 is Canada's condemnation, "ردا على إدانة كندا لقمع …", read since the criticism-noun rule)


def test_a_ban_on_dealings_and_investment_is_an_embargo():
    # FR-internationalNews-2601-20180808: "فرضت حظرا على التعاملات التجارية والاستثمارات" was investment cooperation
    ev = one("وكانت الحكومة السعودية قد استدعت يوم الأحد سفيرها في أوتاوا ومنعت سفير كندا من العودة إلى الرياض وفرضت "
             "حظرا على التعاملات التجارية والاستثمارات الجديدة.", published="2018-08-08", focus="SA", partners=("CA",))
    codes = sorted(c for _, _, c in _pairs(ev))
    assert "163" in codes and "061" not in codes


def test_a_coordinated_verb_with_its_own_subject_keeps_it():
    # control (composed): a side right after the second verb is its own subject
    ev = one("طردت روسيا السفير البريطاني وانتقدت بريطانيا القرار.", published="2018-03-20", focus="RU",
             partners=("GB",))
    assert ["RU", "GB", "111"] not in _pairs(ev)


# ------------------------------------------------------------------ dates
def test_since_a_day_when_dates_the_acts_of_the_when_clause():
    # FR-internationalNews-2647-20180810 (published Friday 10 August 2018): Monday is 6 August
    ev = one("ويزداد التوتر بين كندا والسعودية منذ الإثنين، عندما طردت الرياض السفير الكندي واستدعت سفيرها.",
             published="2018-08-10", focus="SA", partners=("CA",))
    assert sorted(ev["date_start"].astype(str)) == ["2018-08-06", "2018-08-06"]


def test_since_a_day_alone_is_still_a_duration():
    # control (composed): no clause of time after the day, the act is not dated by it
    ev = one("وتجمد السعودية التعاملات التجارية مع كندا منذ الإثنين.", published="2018-08-10", focus="SA",
             partners=("CA",))
    assert "2018-08-06" not in ev["date_start"].astype(str).tolist()


# ------------------------------------------------------------------ criticism told as a noun with its author
def test_a_condemnation_noun_with_its_author_and_the_act_condemned():
    # FR-internationalNews-2647-20180810: "ردا على إدانة كندا لقمع نشطاء حقوق الإنسان في السعودية"
    ev = one("وجمدت الرياض العلاقات التجارية ردًا على إدانة كندا لقمع نشطاء حقوق الإنسان في السعودية.",
             published="2018-08-10", focus="SA", partners=("CA",))
    assert ["CA", "SA", "111"] in _pairs(ev)


def test_an_accusation_noun_with_a_side_after_li_is_no_author_genitive():
    # CN-middleEast-430-20180330 (a no-event sentence of the gold for Saudi Arabia-Yemen)
    ev = one("ومن جانبه، اعتبر مندوب إيران الدائم في الأمم المتحدة غلام علي خوشرو، أن الاتهامات السعودية لإيران بتهريب "
             "أسلحة وصواريخ باليستية إلى اليمن، \"لا أساس لها\" وتهدف إلى \"حرف أنظار\" الرأي العام عما وصفه "
             "بـ\"الجرائم\" السعودية في اليمن.", published="2018-03-30", focus="SA", partners=("YE",))
    assert ev.empty
