"""Events, session 39: recall classes read on the development split s28-mix (United States-Canada, South Korea-United
States) and cue rows for common verbs and nouns of the CAMEO roots 11-17 (disapprove, reject, threaten, protest,
reduce relations) that had no cue, listed by walking UniversalPetrarch's Arabic dictionary (blocks لغى, طرد, نقض, ندد).

Sentences marked "composed" are written for the rule (a pair no gold split has for it, Russia-United Kingdom); the
others are real news (the document named in the comment)."""
from __future__ import annotations

from test_events import one


def _pairs(ev):
    return ev[["source", "target", "cameo_code"]].values.tolist()


# ------------------------------------------------------------------ root 16: reduce relations
def test_persona_non_grata_is_an_expulsion():
    # composed
    ev = one("اعتبرت روسيا السفير البريطاني شخصا غير مرغوب فيه.", published="2018-03-20", focus="RU",
             partners=("GB",))
    assert _pairs(ev) == [["RU", "GB", "166"]]


def test_ordered_to_leave_or_barred_from_returning_is_an_expulsion():
    # composed
    for text in ("أمرت روسيا الدبلوماسيين البريطانيين بمغادرة البلاد.",
                 "منعت روسيا السفير البريطاني من العودة إلى موسكو."):
        assert _pairs(one(text, published="2018-03-20", focus="RU", partners=("GB",))) == [["RU", "GB", "166"]]


def test_the_consul_and_the_charge_d_affaires_are_the_other_sides_diplomats():
    # composed: a consul expelled, a chargé d'affaires summoned (the role nouns make the demonym an actor)
    assert _pairs(one("طردت روسيا القنصل البريطاني العام.", published="2018-03-20", focus="RU",
                      partners=("GB",))) == [["RU", "GB", "166"]]
    assert _pairs(one("استدعت روسيا القائم بالأعمال البريطاني.", published="2018-03-20", focus="RU",
                      partners=("GB",))) == [["RU", "GB", "111"]]


def test_frozen_or_stopped_trade_is_an_embargo_not_cooperation():
    # composed: the investments frozen were read as investment cooperation (061) before
    for text in ("جمدت روسيا التعاملات التجارية مع بريطانيا.", "جمدت روسيا الاستثمارات مع بريطانيا.",
                 "أوقفت روسيا تجارتها مع بريطانيا."):
        assert _pairs(one(text, published="2018-03-20", focus="RU", partners=("GB",))) == [["RU", "GB", "163"]]


def test_ending_sanctions_is_not_imposing_them():
    # composed: وقف before sanctions stops them; the freeze row (lemma لغى) does not reach them
    assert one("وقف العقوبات الأمريكية على كندا.", published="2018-06-11", focus="US", partners=("CA",)).empty


def test_suspended_flights_reduce_relations():
    # composed
    ev = one("أوقفت روسيا الرحلات الجوية إلى بريطانيا.", published="2018-03-20", focus="RU", partners=("GB",))
    assert _pairs(ev) == [["RU", "GB", "160"]]


# ------------------------------------------------------------------ roots 11-13: disapprove, threaten
def test_protested_to_the_other_side_is_an_official_complaint():
    # composed
    ev = one("احتجت روسيا لدى بريطانيا.", published="2018-03-20", focus="RU", partners=("GB",))
    assert _pairs(ev) == [["RU", "GB", "114"]]


def test_attacked_in_words_with_hamala_ala():
    # composed: حمل بشدة على (attacked in words), not حمل (carry)
    ev = one("حمل بوتين بشدة على بريطانيا.", published="2018-03-20", focus="RU", partners=("GB",))
    assert _pairs(ev) == [["RU", "GB", "111"]]


def test_insults_racist_and_dishonest_are_criticism():
    # composed
    ev = one("وصف بوتين رئيسة الوزراء البريطانية بأنها عنصرية.", published="2018-03-20", focus="RU", partners=("GB",))
    assert _pairs(ev) == [["RU", "GB", "111"]]


def test_an_exchange_of_accusations_is_told_of_both():
    # composed: joint subjects, an exchange (not a third party's act)
    ev = one("تبادلت روسيا وبريطانيا الاتهامات.", published="2018-03-20", focus="RU", partners=("GB",))
    assert [sorted(p[:2]) + p[2:] for p in _pairs(ev)] == [["GB", "RU", "111"]]
    ev = one("وتبادل رئيس الوزراء البريطاني والرئيس الروسي الانتقادات الحادة.", published="2018-03-20", focus="RU",
             partners=("GB",))
    assert len(ev) == 1 and ev["cameo_code"][0] == "111"


def test_will_respond_is_a_threat_made_now():
    # composed: the future of a threat is the threat's content; the threat itself is reported
    ev = one("قال لافروف إن روسيا سترد على بريطانيا.", published="2018-03-20", focus="RU", partners=("GB",))
    assert _pairs(ev) == [["RU", "GB", "130"]] and ev["status"][0] == "reported"
    ev = one("وأكد بوتين أن بلاده ستتخذ إجراءات انتقامية ضد بريطانيا.", published="2018-03-20", focus="RU",
             partners=("GB",))
    assert _pairs(ev) == [["RU", "GB", "130"]] and ev["status"][0] == "reported"


def test_a_third_party_that_will_respond_is_not_ours():
    # Al Arabiya (AL-economy-713, 2018-06-01, tune): the EU will respond, not France
    text = ('وأبلغ الرئيس الفرنسي إيمانويل ماكرون نظيره الأميركي دونالد ترامب في اتصال هاتفي ليل أمس الخميس بأن '
            'قراره فرض رسوم على استيراد الصلب والألمنيوم من الاتحاد الأوروبي "غير شرعي" و"خطأ"، مشددا على أن الاتحاد '
            'الأوروبي سيرد على قرار ترمب "بطريقة حازمة ومتناسبة" بحسب بيان صادر عن الإليزيه')
    ev = one(text, published="2018-06-01", focus="FR", partners=("US",))
    assert "130" not in ev["cameo_code"].tolist()
    assert not one("سترد الحكومة البريطانية على أسئلة روسيا.", published="2018-03-20", focus="RU",
                   partners=("GB",)).size


# ------------------------------------------------------------------ blame
def test_blame_in_the_present_and_across_an_aside():
    # France 24 (FR-internationalNews-1750, 2018-06-11, s28-mix): the headline in the present tense, the body with
    # "على لسان …" between the blaming side and the one blamed
    for text in ("الولايات المتحدة تحمل جاستن ترودو مسؤولية فشل قمة مجموعة السبع",
                 "حملت الولايات المتحدة، على لسان كبير المستشارين الاقتصاديين في البيت الأبيض لاري كادلو، رئيس "
                 "الوزراء الكندي جاستن ترودو مسؤولية فشل قمة مجموعة السبع"):
        assert _pairs(one(text, published="2018-06-11", focus="US", partners=("CA",))) == [["US", "CA", "112"]]


def test_bearing_responsibility_is_the_speakers_blame_not_the_bearers():
    # composed: تتحمل (bears) is not حمل (blamed); the one who bears it is blamed by the speaker
    ev = one("وقال ترامب إن كندا تتحمل مسؤولية الفشل.", published="2018-06-11", focus="US", partners=("CA",))
    assert _pairs(ev) == [["US", "CA", "112"]]


def test_the_speaker_blames_the_one_who_bears_the_responsibility():
    # composed after France 24 (FR-internationalNews-1750, 2018-06-11, s28-mix: "… كادلو قال الأحد إن رئيس الوزراء
    # الكندي جاستن ترودو يتحمل مسؤولية فشل قمة مجموعة السبع")
    ev = one("وقال البيت الأبيض الأحد إن رئيس الوزراء الكندي جاستن ترودو يتحمل مسؤولية فشل القمة.",
             published="2018-06-11", focus="US", partners=("CA",))
    assert _pairs(ev) == [["US", "CA", "112"]] and ev["date_start"][0] == "2018-06-10"
    # one's own side bearing it, or a side denying it bears it, blames no one
    assert one("وقال ترودو إن بلاده تتحمل مسؤولية الفشل.", published="2018-06-11", focus="US",
               partners=("CA",)).empty
    assert one("وقال ترامب إن الولايات المتحدة لا تتحمل مسؤولية الأزمة مع كندا.", published="2018-06-11", focus="US",
               partners=("CA",)).empty


# ------------------------------------------------------------------ insults
def test_describing_with_a_participle_after_a_comma():
    # France 24 (FR-internationalNews-1769, 2018-06-12, s28-mix)
    text = ("وأعلن دونالد ترامب قبل أيام سحب تأييده للبيان الختامي لمجموعة السبع التي اجتمعت في كندا، واصفا رئيس "
            "الوزراء الكندي جاستن ترودو بأنه شخص غير نزيه")
    ev = one(text, published="2018-06-12", focus="US", partners=("CA",))
    assert _pairs(ev) == [["US", "CA", "111"]]


def test_an_insult_in_quotes_after_itabara():
    # France 24 (FR-internationalNews-1750, 2018-06-11, s28-mix): the relative clause's subject is its antecedent
    text = ('وأوضح أن رد فعل دونالد ترامب الذي اعتبر ترودو "غير صادق وضعيف"، كان هدفه عدم "إظهار ضعف" قبل قمته مع '
            'الزعيم الكوري الشمالي كيم جونغ أون الثلاثاء في سنغافورة')
    ev = one(text, published="2018-06-11", focus="US", partners=("CA",))
    assert _pairs(ev) == [["US", "CA", "111"]]


# ------------------------------------------------------------------ false rows and direction
def test_a_third_party_recalling_its_envoy_is_not_ours():
    # France 24 (FR-middleEast-877, 2018-08-07, s28-mix): a US spokeswoman on the Saudi-Canadian crisis
    text = ('وتابعت من دون أن تخفي إحراجها من هذه الأزمة بين الرياض وأوتاوا "نعلم أن الحكومة السعودية استدعت سفيرها '
            'في كندا وطردت السفير الكندي"، مضيفة أن الولايات المتحدة "تحض على احترام الحريات المعترف بها دوليا"')
    ev = one(text, published="2018-08-07", focus="US", partners=("CA",))
    assert "161" not in ev["cameo_code"].tolist()
    # composed: the recalling side itself still counts
    assert _pairs(one("استدعت روسيا سفيرها لدى بريطانيا.", published="2018-03-20", focus="RU",
                      partners=("GB",))) == [["RU", "GB", "161"]]


def test_citizens_boycotting_or_demanding_are_not_the_state():
    # France 24 (FR-internationalNews-1941, 2018-06-21, s28-mix), its title
    ev = one("الكنديون يردون على ترامب بحملة مقاطعة السلع الأمريكية ويطالبون بالسلاح النووي", published="2018-06-21",
             focus="US", partners=("CA",))
    assert ev.empty


def test_the_subject_of_the_verbal_noun_farḍ_imposes():
    # France 24 (FR-internationalNews-1941, 2018-06-21, s28-mix): the Canadians' anger at Trump's tariffs
    text = ("ويعكس رد الفعل الشعبي غضب الكنديين إزاء فرض الرئيس الأمريكي دونالد ترامب رسوما جمركية مرتفعة على الصلب "
            "والألمنيوم المستورد من كندا وغيرها من الدول الحليفة لواشنطن، ومهاجمته رئيس حكومتهم جاستن ترودو")
    assert _pairs(one(text, published="2018-06-21", focus="US", partners=("CA",)))[0] == ["US", "CA", "163"]
    # composed: the nearest فرض governs each cue (the answer's own tariffs keep their side)
    ev = one("ردت كندا على فرض الولايات المتحدة رسوما جمركية بفرض رسوم على منتجات أمريكية.", published="2018-06-21",
             focus="US", partners=("CA",))
    assert sorted(_pairs(ev)) == [["CA", "US", "163"], ["US", "CA", "163"]]


def test_a_reply_whose_act_follows_a_comma_has_the_replys_subject():
    # France 24 (FR-internationalNews-1585, 2018-06-02, s28-mix): the counter-tariffs of Thursday
    text = ("والخميس ردت أوتاوا على الرسوم الأمريكية على الواردات من الصلب والألمينيوم، بفرض رسوم على منتجات "
            "أمريكية.")
    ev = one(text, published="2018-06-02", focus="US", partners=("CA",))
    assert _pairs(ev) == [["CA", "US", "163"]] and ev["date_start"][0] == "2018-05-31"


def test_a_summit_named_by_one_country_is_named_by_its_host():
    # France 24 (FR-internationalNews-1757, 2018-06-11, s28-mix): "قمة كندا" is the G7 summit held in Canada
    text = ("أعلن وزير خارجية الولايات المتحدة مايك بومبيو الاثنين أنه على ثقة في أن العلاقات بين بلاده ودول مجموعة "
            "الدول السبع الصناعية الكبرى، ستمضي قدما رغم الخلاف الكبير الذي شهدته قمة كندا حول التجارة")
    assert one(text, published="2018-06-11", focus="US", partners=("CA",)).empty
    # composed: a summit named by both sides is theirs
    ev = one("وعقدت قمة روسيا وكوريا الشمالية في فلاديفوستوك.", published="2019-04-25", focus="RU", partners=("KP",))
    assert _pairs(ev) == [["RU", "KP", "040"]]


def test_between_him_refers_to_a_third_partys_subject_named_after_the_speaker():
    # France 24 (FR-internationalNews-1466, 2018-05-27, s28-mix): Moon reports Kim's hope for Kim's summit with Trump
    text = ("قال رئيس كوريا الجنوبية مون جاي إن اليوم الأحد إن الزعيم الكوري الشمالي كيم جونغ أون أعرب خلال قمتهما "
            "المفاجئة في المنطقة المنزوعة السلاح بين البلدين السبت، عن أمله في أن تضع القمة التاريخية المرتقبة بينه "
            "وبين الرئيس الأمريكي دونالد ترامب حدا لعقود من المواجهة، لكنه متخوف على أمن نظامه")
    assert one(text, published="2018-05-27", focus="KR", partners=("US",)).empty
    # France 24 (FR-internationalNews-1036, 2018-05-02, kr-kp): a third party after a preposition is no subject
    text = ("وكان الرئيس الكوري الجنوبي اقترح الاثنين أن تذهب جائزة نوبل للسلام إلى نظيره الأمريكي وذلك ردا على سؤال "
            "عما إذا كان يعتقد أن اللقاء التاريخي الذي جرى بينه وبين الزعيم الكوري الشمالي في قرية بانمونجوم الحدودية "
            "الجمعة يستحق أن يكافأ عليه بهذه الجائزة القيمة")
    assert _pairs(one(text, published="2018-05-02", focus="KR", partners=("KP",))) == [["KR", "KP", "040"]]


def test_the_verbal_noun_after_bi_agrees_with_no_subject():
    # composed: "ردت روسيا بطرد" (طرد, a masculine verb form, is here the noun after ب); بحثت keeps its ب
    assert _pairs(one("ردت روسيا بطرد السفير البريطاني.", published="2018-03-20", focus="RU",
                      partners=("GB",))) == [["RU", "GB", "166"]]
    assert _pairs(one("وبحثت روسيا مع بريطانيا الأزمة.", published="2018-03-20", focus="RU",
                      partners=("GB",))) == [["RU", "GB", "040"]]


def test_asking_the_consul_to_leave_is_an_expulsion():
    # composed
    assert _pairs(one("وطلبت موسكو من القنصل البريطاني المغادرة.", published="2018-03-20", focus="RU",
                      partners=("GB",))) == [["RU", "GB", "166"]]


def test_further_measures_against_the_other_side_are_announced_retaliation():
    # composed
    for text in ("وأكدت روسيا أنها تدرس اتخاذ مزيد من الإجراءات ضد لندن.",
                 "وقالت روسيا إنها ستتخذ إجراءات إضافية ضد بريطانيا."):
        ev = one(text, published="2018-03-20", focus="RU", partners=("GB",))
        assert _pairs(ev) == [["RU", "GB", "130"]] and ev["status"][0] == "reported"


def test_ruling_out_mediation_is_a_rejection():
    # composed
    ev = one("واستبعد لافروف أي وساطة في الخلاف مع لندن.", published="2018-03-20", focus="RU", partners=("GB",))
    assert _pairs(ev) == [["RU", "GB", "120"]]


def test_talks_with_a_list_are_talks_with_each_side_unless_told_as_three_party():
    # Al Arabiya (AL-economy-629, 2018-05-21, s28-mix): the NAFTA talks of the US with Canada and Mexico
    text = ("أعلن وزير الخزانة الأميركي، أمس الأحد، أن بلاده تسعى خصوصا إلى الحصول على اتفاق جيد في مفاوضاتها الجديدة "
            "مع كندا والمكسيك")
    assert _pairs(one(text, published="2018-05-21", focus="US", partners=("CA",))) == [["US", "CA", "046"]]
    # composed after France 24 (FR-internationalNews-522, eg-sd, a negative): a meeting told as trilateral is no
    # event of the pair
    assert one("وأعلنت مصر تأجيل الاجتماع الثلاثي مع السودان وإثيوبيا.", published="2018-03-19", focus="EG",
               partners=("SD",)).empty


def test_a_dual_counterpart_with_a_third_countrys_demonym_first_names_ours_second():
    # France 24 (FR-internationalNews-2216, 2018-07-08, s28-mix): Pompeo's talks in Tokyo with his Japanese and South
    # Korean counterparts
    text = ("وقال بومبيو في مؤتمر صحافي إثر محادثات مع نظيريه الياباني والكوري الجنوبي إن الضغط سيستمر.")
    assert _pairs(one(text, published="2018-07-08", focus="US", partners=("KR",))) == [["US", "KR", "040"]]
    # composed
    assert _pairs(one("والتقى بومبيو نظيريه الياباني والكوري الجنوبي في طوكيو.", published="2018-07-08", focus="US",
                      partners=("KR",))) == [["US", "KR", "040"]]


def test_a_meeting_with_the_leaders_of_a_list_is_a_meeting_with_each():
    # France 24 (FR-internationalNews-1685, 2018-06-07, s28-mix): the G7 summit hosted by Canada, Trump to meet its
    # leaders face to face on Friday and Saturday (a planned meeting, dated by its first day)
    text = "سيقابل ترامب الجمعة والسبت وجها لوجه قادة كندا وفرنسا وألمانيا وبريطانيا واليابان"
    ev = one(text, published="2018-06-07", focus="US", partners=("CA",))
    assert _pairs(ev) == [["US", "CA", "036"]] and ev["date_start"][0] == "2018-06-08"
    # composed
    assert _pairs(one("والتقى ترامب قادة كندا وفرنسا وألمانيا.", published="2018-06-07", focus="US",
                      partners=("CA",))) == [["US", "CA", "040"]]


def test_met_with_is_no_meeting():
    # Al Arabiya (AL-internationalNews-1039, 2018-05-07, ru-mix): "سيقابل باستهداف" (will be met with strikes)
    text = ("ومن المرجح أن يكرر نتنياهو على مسامع بوتين الرسالة التي يريد إيصالها لإيران وهي أن رداً إيرانياً انتقامياً "
            "سيقابل باستهداف غير مسبوق لجميع أهداف طهران في سوريا")
    assert one(text, published="2018-05-07", focus="RU", partners=("IR",)).empty


def test_a_verb_that_takes_its_object_with_bi_has_the_country_after_bi_as_target():
    # composed after France 24 (FR-internationalNews-1685, s28-mix: "يندد كذلك بألمانيا وسياراتها وبكندا وصلبها"):
    # ندد/أشاد take their object with ب; a place after في stays a venue
    assert _pairs(one("وندد ترامب بكندا.", published="2018-06-07", focus="US", partners=("CA",))) == [["US", "CA", "111"]]
    assert _pairs(one("وأشاد ترامب بكندا.", published="2018-06-07", focus="US", partners=("CA",))) == [["US", "CA", "051"]]
    assert one("وندد ترامب بالهجوم في كندا.", published="2018-06-07", focus="US", partners=("CA",)).empty


def test_criticism_of_a_list_of_countries_falls_on_each():
    # composed after France 24 (FR-internationalNews-1769, s28-mix: "انتقد … عدة دول من بينها كندا"): the focus's
    # criticism of a list after it reaches each listed partner, as a meeting with a list does
    ev = one("وانتقد ترامب ألمانيا وكندا واليابان.", published="2018-06-07", focus="US", partners=("CA",))
    assert _pairs(ev) == [["US", "CA", "111"]]
    # a list that holds both sides with others is still no event of the pair
    assert one("وانتقدت فرنسا الولايات المتحدة وكندا واليابان.", published="2018-06-07", focus="US",
               partners=("CA",)).empty


def test_a_day_after_before_its_summit_is_the_summits():
    # France 24 (FR-internationalNews-1750, 2018-06-11, s28-mix): "الثلاثاء" is the day of the Singapore summit named
    # after قبل, not of Trump's words about Trudeau (no wrong day: the text gives the words none)
    text = ('وأوضح أن رد فعل دونالد ترامب الذي اعتبر ترودو "غير صادق وضعيف"، كان هدفه عدم "إظهار ضعف" قبل قمته مع '
            'الزعيم الكوري الشمالي كيم جونغ أون الثلاثاء في سنغافورة')
    ev = one(text, published="2018-06-11", focus="US", partners=("CA",))
    assert _pairs(ev) == [["US", "CA", "111"]] and ev["precision"][0] == "before-publication"
