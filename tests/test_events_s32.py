"""Events, session 32 (second session of the twenty-first round): rules read on the development split s25-mix.

Every sentence is real news (the document named in the comment) or a minimal variant of one, marked as such."""
from __future__ import annotations

from test_events import one


def _pairs(ev):
    return ev[["source", "target", "cameo_code"]].values.tolist()


# ------------------------------------------------------------------ tariffs: the goods' demonym is the target
def test_tariff_without_customs_word_on_some_of_the_other_sides_goods():
    # CNN (2018-08-15, s25-mix): "تعرفة" without "جمركية", a quantifier before the goods, and a name, its role and the
    # day between commas before "عن فرض"
    ev = one("أعلن فؤاد اقطاي، نائب الرئيس التركي، الأربعاء، عن فرض تعرفة على عدد من المنتجات الأمريكية منها "
             "المنتجات الكحولية والسيارات بالإضافة إلى الدخان، وذلك في آخر تطور على التصعيد الدبلوماسي والاقتصادي بين "
             "البلدين.",
             published="2018-08-15", focus="TR", partners=("US",))
    assert ["TR", "US", "163"] in _pairs(ev)
    row = ev[ev["cameo_code"] == "163"].iloc[0]
    assert row["status"] == "reported" and row["date_start"] == "2018-08-15"


def test_tariff_subject_before_a_day_between_commas():
    # variants of the same CNN sentence: the role alone, and a leader's apposition, then the day between commas
    assert ["TR", "US", "163"] in _pairs(one("أعلن نائب الرئيس التركي، الأربعاء، عن فرض رسوم جمركية على المنتجات "
                                            "الأمريكية.", published="2018-08-15", focus="TR", partners=("US",)))
    ev = one("أعلن الرئيس التركي، رجب طيب أردوغان، الثلاثاء، عن فرض رسوم جمركية على المنتجات الأمريكية.",
             published="2018-08-15", focus="TR", partners=("US",))
    assert ev[ev["cameo_code"] == "163"]["date_start"].tolist() == ["2018-08-14"]


def test_tariffs_named_as_the_addressees_own_decision_are_not_the_speakers_act():
    # Al Arabiya (2018-06-01, fr-us): Macron tells Trump that *his* decision to impose tariffs is illegal: criticism
    # (111) of the US, never French tariffs on the US, and no order given
    ev = one('وأبلغ الرئيس الفرنسي إيمانويل ماكرون نظيره الأميركي دونالد ترامب في اتصال هاتفي ليل أمس الخميس بأن قراره '
             'فرض رسوم على استيراد الصلب والألمنيوم من الاتحاد الأوروبي "غير شرعي" و"خطأ".',
             published="2018-06-01", focus="FR", partners=("US",))
    assert not any(c.startswith("16") for c in ev["cameo_code"])
    assert ["FR", "US", "111"] in _pairs(ev)


# ------------------------------------------------------------------ a boycott of the other side's goods
def test_boycott_of_goods_named_with_the_demonym_is_an_intent_against_their_country():
    # CNN (2018-08-14, s25-mix): "عزم بلاده "مقاطعة" المنتجات … الأمريكية" (the noun in quotes) is a planned boycott
    ev = one('أعلن الرئيس التركي، رجب طيب أردوغان، الثلاثاء، عزم بلاده "مقاطعة" المنتجات الإلكترونية الأمريكية، ردا على '
             'الخطوات التي اتخذتها واشنطن بشأن أنقرة وتسببت في انهيار عملة الليرة التركية.', published="2018-08-14",
             focus="TR", partners=("US",))
    row = ev[(ev["source"] == "TR") & (ev["cameo_code"] == "163")]
    assert len(row) == 1 and row.iloc[0]["status"] == "intent" and row.iloc[0]["date_start"] == "2018-08-14"
    # same document: the first person future in the president's quoted words
    ev = one('ونقلت وكالة الأناضول، التابعة للدولة، حديث أردوغان في احتفالية تتعلق بمرور 17 عاما على تأسيس حزب العدالة '
             'والتنمية الحاكم في البلاد، إذ قال: "سنقاطع المنتجات الإلكترونية الأمريكية، وعازمون على تصنيع وتصدير '
             'منتجات بجودة أفضل من تلك التي نستوردها بالعملات الأجنبية".', published="2018-08-14", focus="TR",
             partners=("US",))
    assert _pairs(ev) == [["TR", "US", "163"]] and ev.iloc[0]["status"] == "intent"


def test_a_province_is_no_boycott():
    # "مقاطعة" is also a province: no goods or state after it, no event
    assert one("زار الرئيس التركي مقاطعة كيبيك الكندية قبل لقائه مسؤولين أمريكيين.", published="2018-08-14",
               focus="TR", partners=("US",)).query("cameo_code == '163'").empty


# ------------------------------------------------------------------ the other side's act named with its demonym
def test_condemning_the_other_sides_occupation_named_with_its_demonym():
    # France24 (2018-03-19, s25-mix): the title's quoted letter and the lead, "بـ"الاحتلال" التركي" in quotes
    assert _pairs(one("سوريا تدين الاحتلال التركي لعفرين", published="2018-03-19", focus="SY",
                      partners=("TR",))) == [["SY", "TR", "111"]]
    ev = one('نددت الخارجية السورية بـ"الاحتلال" التركي لعفرين وطالبت "القوات الغازية" بالانسحاب الفوري من الأراضي '
             'السورية، وذلك غداة سيطرة أنقرة مع فصائل سورية موالية على مدينة عفرين ذات الغالبية الكردية',
             published="2018-03-19", focus="SY", partners=("TR",))
    assert ["SY", "TR", "111"] in _pairs(ev)


def test_an_occupation_named_with_the_demonym_is_not_the_subject_of_talks():
    # the demonym of an act is its owner only as the object of a critical or hostile verb, not of talks about it
    ev = one("بحث وزير الخارجية السوري مع نظيره الإيراني الاحتلال التركي لعفرين.", published="2018-03-19", focus="SY",
             partners=("TR",))
    assert ev.empty


# ------------------------------------------------------------------ a warning that the other side does something
def test_warning_that_the_other_side_acts_is_a_threat_to_it():
    # France24 (2018-07-05, s23-mix): "حذرت الصين من أن الولايات المتحدة "تفتح النار" …"
    ev = one('حذرت الصين من أن الولايات المتحدة "تفتح النار" على العالم برسومها الجمركية التي تهدد بفرضها، وقالت إنها '
             'سترد فور دخول الإجراءات الأمريكية حيز التطبيق.', published="2018-07-05", focus="CN", partners=("US",))
    assert _pairs(ev) == [["CN", "US", "130"]] and ev.iloc[0]["status"] == "reported"


def test_warning_with_no_side_right_after_min_anna_or_by_a_non_actor_is_no_threat():
    # the content clause's subject is a thing (the other side only in another clause): no event
    assert one("حذرت طهران من أن أي تعديل للاتفاق سيقابل برد، في حين يسعى الأمريكيون إلى ضمانات.",
               focus="US", partners=("IR",)).empty
    # reports, not a state, warn: the content is an alleged act, no warning between the two
    ev = one("وحذرت تقارير غربية من أن كوريا الشمالية تزود روسيا بالذخيرة.", partners=("KP",))
    assert not any(c.startswith("13") for c in ev["cameo_code"])
    # a list right after "من أن": the warning is about several countries, not the other side alone
    assert not any(c.startswith("13") for c in one("حذرت الصين من أن الولايات المتحدة واليابان وأستراليا تهدد الاستقرار.",
                                                   published="2018-07-05", focus="CN",
                                                   partners=("US",))["cameo_code"])


# ------------------------------------------------------------------ applying tariffs, and the day they take effect
def test_applying_tariffs_is_imposing_them_and_the_day_they_take_effect_is_not_the_acts():
    # France24 (2018-07-05, s23-mix): "بدء إدارة دونالد ترامب تطبيق رسوم جمركية على واردات صينية … اعتبارا من يوم
    # الجمعة": tariffs on Chinese imports; Friday is when they take effect (the next day), not the act's date
    ev = one("وتشديد بكين لهجتها في نزاعها التجاري مع واشنطن مرده بدء إدارة دونالد ترامب تطبيق رسوم جمركية على واردات "
             "صينية قيمتها 34 مليار دولار اعتبارا من يوم الجمعة.", published="2018-07-05", focus="US", partners=("CN",))
    row = ev[ev["cameo_code"] == "163"]
    assert len(row) == 1 and row.iloc[0]["source"] == "US" and row.iloc[0]["target"] == "CN"
    assert row.iloc[0]["precision"] == "before-publication"


def test_applying_sanctions_others_imposed_is_still_no_imposition():
    # "تطبيق العقوبات" (implementing the UN's sanctions) stays no act of the implementer on the sanctioned side
    ev = one("أكدت روسيا التزامها بتطبيق العقوبات على كوريا الشمالية.", partners=("KP",))
    assert not any(c.startswith("16") for c in ev["cameo_code"])


# ------------------------------------------------------------------ rejecting the other side's threats
def test_the_one_who_calls_the_other_sides_threats_unacceptable_rejects_them():
    # France24 (2018-07-31, s25-mix): the spokesman of the Turkish presidency (a role with "باسم الرئاسة") calls the
    # US threats "unacceptable": a rejection (120) by Turkey of the US, dated by the fronted Tuesday; the threats
    # themselves are not read as a US act here
    ev = one('والثلاثاء، اعتبر المتحدث باسم الرئاسة التركية إبراهيم كالين أن التهديدات الأمريكية "مرفوضة تماما"، متابعا '
             'أنه إذا نفذت الولايات المتحدة تهديدها بفرض عقوبات فإن أنقرة "ستتخذ إجراءات مضادة".',
             published="2018-07-31", focus="TR", partners=("US",))
    row = ev[ev["cameo_code"] == "120"]
    assert row[["source", "target"]].values.tolist() == [["TR", "US"]] and row.iloc[0]["date_start"] == "2018-07-31"
    # the counter-measures Ankara will take are its threat (130, reported: the threat was made); no US threat here
    assert ["TR", "US", "130"] in _pairs(ev[ev["status"] == "reported"])
    assert not any(s == "US" and c == "130" and st == "reported"
                   for s, c, st in zip(ev["source"], ev["cameo_code"], ev["status"]))


def test_a_rejected_noun_of_a_third_party_or_said_by_one_is_no_rejection_of_ours():
    # the noun's demonym is a third country's: no row for the pair
    assert not any(c.startswith("12") for c in one('واعتبر وزير الخارجية التركي أن التهديدات الروسية "مرفوضة تماما".',
                                                   published="2018-07-31", focus="TR",
                                                   partners=("US",))["cameo_code"])
    # the speaker is not a state actor ("محلل"): no row
    assert one('واعتبر محلل أن التهديدات الأمريكية "مرفوضة تماما".', published="2018-07-31", focus="TR",
               partners=("US",)).empty


# ------------------------------------------------------------------ mutual acts
def test_mutual_sanctions_of_the_pair_are_one_symmetric_row():
    # France24 (2018-08-11, s25-mix): "البلدين اللذين فرضا الأسبوع الماضي عقوبات متبادلة" (the pair named before)
    ev = one("توترت العلاقات بين تركيا والولايات المتحدة. وكانت الليرة التركية تراجعت الخميس بأكثر من 5% مقابل العملة "
             "الأمريكية غداة مفاوضات غير مثمرة بين دبلوماسيين أمريكيين وأتراك رفيعي المستوى سعيا لتسوية الخلافات بين "
             "البلدين اللذين فرضا الأسبوع الماضي عقوبات متبادلة على مسؤولين حكوميين.", published="2018-08-11",
             focus="TR", partners=("US",))
    row = ev[ev["cameo_code"] == "163"]
    assert len(row) == 1 and bool(row.iloc[0]["symmetric"]) and row.iloc[0]["precision"] == "week"
    # a joint subject of the pair, named
    ev = one("فرضت تركيا والولايات المتحدة الأسبوع الماضي عقوبات متبادلة على مسؤولين حكوميين.", published="2018-08-11",
             focus="TR", partners=("US",))
    assert ev["cameo_code"].tolist() == ["163"] and bool(ev.iloc[0]["symmetric"])


def test_mutual_sanctions_with_a_third_party_are_not_the_pairs():
    assert one("فرضت تركيا وإيران عقوبات متبادلة على مسؤولين حكوميين، بينما تراقب الولايات المتحدة.",
               published="2018-08-11", focus="TR", partners=("US",)).empty


# ------------------------------------------------------------------ punitive and counter measures announced
def test_punitive_or_counter_measures_against_the_other_side_are_a_threat():
    # France24 (2018-06-07, s23-mix): "تواصل العمل على وضع تدابير عقابية ضد الصين", dated by "الأسبوع الماضي"
    ev = one("وكشفت إدارة ترامب الأسبوع الماضي أنها تواصل العمل على وضع تدابير عقابية ضد الصين.", published="2018-06-07",
             focus="US", partners=("CN",))
    assert _pairs(ev) == [["US", "CN", "130"]] and ev.iloc[0]["precision"] == "week"
    assert ev.iloc[0]["status"] == "reported"


def test_measures_against_a_third_party_are_no_threat_to_the_other_side():
    assert one("اتخذت الولايات المتحدة تدابير عقابية ضد روسيا بعد لقاء مع الصين.", published="2018-08-08", focus="US",
               partners=("CN",)).empty


# ------------------------------------------------------------------ a participle without a comma ends the clause
def test_a_participle_phrase_after_the_praise_does_not_bring_its_third_party_into_it():
    # Al Arabiya (2018-04-06, fr-lb): "وأشاد بنجاح الحكومة اللبنانية … منوّهاً في هذا المجال بجهود رئيس مجلس النواب نبيه
    # برّي": the speaker's coordinated praise of the Lebanese government; Berri belongs to the participle's clause
    ev = one("وأوضح المسؤول الفرنسي أن البيان الختامي الذي سيصدر عن مؤتمر اليوم سيتضمّن إعلانات تمويل من عدة أطراف ودعوات "
             "إلى الحكومة اللبنانية كي تلتزم بما تعهدت به من إصلاحات، وأشاد بنجاح الحكومة اللبنانية مؤخراً في إقرار "
             "موازنة العام 2018 منوّهاً في هذا المجال بجهود رئيس مجلس النواب نبيه برّي.", published="2018-04-06",
             focus="FR", partners=("LB",))
    assert ["FR", "LB", "051"] in _pairs(ev)


# ------------------------------------------------------------------ the agent in a relative clause of a support verb
def test_the_subject_of_a_relative_support_verb_is_the_nouns_agent():
    # Al Arabiya (2018-07-11, s23-mix): "ردا على التهديدات التي وجهتها واشنطن إلى بكين": the threats are Washington's
    ev = one('اتهمت #الصين، الأربعاء، #الولايات_المتحدة بالسعي إلى "تدمير" التجارة بين البلدين، وذلك رداً على التهديدات '
             'التي وجهتها واشنطن إلى بكين بفرض رسوم جمركية إضافية على بضائع صينية.', published="2018-07-11",
             focus="US", partners=("CN",))
    assert ["US", "CN", "130"] in _pairs(ev) and ["CN", "US", "112"] in _pairs(ev)
    # the writer's explanation after "، وذلك" is not the content of China's accusation: the threats were made
    assert ev[ev["cameo_code"] == "130"].iloc[0]["status"] == "reported"
    # a third party as the one the threats are addressed to: no row for the pair
    assert one("وتصاعدت التهديدات التي وجهتها واشنطن إلى طوكيو بعد لقاء مع الصين.", published="2018-07-11",
               focus="US", partners=("CN",)).empty


# ------------------------------------------------------------------ a minister of state; rejecting harm to the other side
def test_rejecting_attempts_to_undermine_the_other_side_is_support_by_a_minister_of_state():
    # CNN (2018-10-19, s25-mix): "وزير الدولة الإماراتي للشؤون الخارجية" is a UAE role (دولة as a role filler); his
    # rejection of "محاولات تقويض استقرار السعودية" stands by Saudi Arabia (051), dated by the Friday of the sentence
    ev = one('علّق وزير الدولة الإماراتي للشؤون الخارجية، أنور قرقاش، الجمعة، على ما وصفها بـ"الأزمة التي تطال السعودية"، '
             'في إشارة على ما يبدو إلى قضية اختفاء الإعلامي السعودي جمال خاشقجي، مؤكدا على رفض الأحكام المسبقة ومحاولات '
             'تقويض استقرار السعودية.', published="2018-10-19", focus="AE", partners=("SA",))
    assert _pairs(ev) == [["AE", "SA", "051"]] and ev.iloc[0]["date_start"] == "2018-10-19"


def test_rejecting_the_other_sides_own_act_stays_a_rejection():
    # control: what is rejected is the other side's demand, not harm done to it
    ev = one("أكد وزير الدولة الإماراتي للشؤون الخارجية رفض بلاده مطالب قطر.", published="2018-10-19", focus="AE",
             partners=("QA",))
    assert not any(c == "051" for c in ev["cameo_code"])


# ------------------------------------------------------------------ praise as a nominal predicate
def test_the_other_sides_success_as_the_first_choice_in_a_ministers_words_is_praise():
    # CNN (2018-10-11, s25-mix): a name the knowledge base ties to no country, then "وزير الدولة الإماراتي …" in
    # apposition: the UAE speaks; "نجاح السعودية هو الخيار الأول" praises Saudi Arabia (051) with no praise verb
    ev = one('اعتبر الدكتور أنور بن محمد قرقاش، وزير الدولة الإماراتي للشؤون الخارجية، أن "نجاح السعودية هو الخيار الأول '
             'للمنطقة"، وفقا لما جاء على حسابه بموقع "تويتر"، الخميس.', published="2018-10-11", focus="AE",
             partners=("SA",))
    assert _pairs(ev) == [["AE", "SA", "051"]] and ev.iloc[0]["date_start"] == "2018-10-11"


def test_a_campaign_against_the_other_side_as_the_subject_is_no_praise():
    # control: the subject is a campaign against Saudi Arabia, not Saudi Arabia or its success
    assert one("اعتبر وزير الدولة الإماراتي للشؤون الخارجية أن الحملة على السعودية هي الخيار الأول.",
               published="2018-10-11", focus="AE", partners=("SA",)).empty
