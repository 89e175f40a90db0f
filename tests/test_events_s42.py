"""Events, session 42 (the twenty-fifth session's events round; development only): cue rows from the walk of CAMEO
roots 01-10 in UniversalPetrarch's Arabic dictionary (``CAMEO.ar.0.5.txt``) and classes read on s29-mix. Composed
sentences (the pair named in each) unless a document is named in the comment."""
from __future__ import annotations

from test_events import one


def _pairs(ev):
    return ev[["source", "target", "cameo_code"]].values.tolist()


def _tr_il(text):
    return _pairs(one(text, published="2018-08-08", focus="TR", partners=("IL",)))


# ------------------------------------------------------------------ 08: easing or lifting sanctions (block رفع)
def test_lifting_sanctions_with_the_subject_between_verb_and_sanctions():
    assert _tr_il("ورفعت إسرائيل العقوبات عن تركيا.") == [["IL", "TR", "081"]]


def test_raising_the_level_of_sanctions_is_no_easing():
    assert _tr_il("ورفعت إسرائيل سقف العقوبات على تركيا.") == []


# ------------------------------------------------------------------ 08: releasing the other side's nationals
def test_releasing_the_other_sides_nationals():
    assert _tr_il("وأفرجت إسرائيل عن مواطنين أتراك كانوا محتجزين.") == [["IL", "TR", "084"]]
    assert _tr_il("وأطلقت تركيا سراح جنديين إسرائيليين.") == [["TR", "IL", "084"]]


def test_a_demand_to_release_is_the_demand_only():
    assert _tr_il("وطالبت تركيا إسرائيل بالإفراج عن مواطنين أتراك.") == [["TR", "IL", "100"]]


# ------------------------------------------------------------------ 05: apology, and refusing it
def test_an_apology_to_the_other_side():
    assert _tr_il("واعتذرت إسرائيل لتركيا عن الهجوم على السفينة.") == [["IL", "TR", "055"]]


def test_a_negated_apology_is_a_refusal():
    ev = one("وقال إن إسرائيل لن تعتذر لتركيا.", published="2018-08-08", focus="TR", partners=("IL",))
    assert _pairs(ev) == [["IL", "TR", "120"]] and ev.iloc[0]["status"] == "denied"


def test_refusing_to_apologise_is_a_rejection():
    # FR-internationalNews-2647-20180810 (s29-mix), the clause without its participle tail
    ev = one("وأكّد رئيس الوزراء الكندي جاستن ترودو الأربعاء أنه يرفض الاعتذار من السعودية.",
             published="2018-08-10", focus="SA", partners=("CA",))
    assert _pairs(ev) == [["CA", "SA", "120"]] and ev.iloc[0]["date_start"] == "2018-08-08"


def test_a_demand_for_an_apology_is_the_demand_only():
    assert _tr_il("وطالبت تركيا إسرائيل بالاعتذار.") == [["TR", "IL", "100"]]
    # FR-internationalNews-535-20180320 (ru-gb): "demanded proof or an apology" gives no apology of London
    ev = one("فيما طالب الناطق باسمه ديمتري بيسكوف لندن بتقديم اثباتات على ارتباط روسيا بالعملية أو الاعتذار.",
             published="2018-03-20", focus="RU", partners=("GB",))
    assert all(p[2] != "032" and not p[2].startswith("05") for p in _pairs(ev))


# ------------------------------------------------------------------ 10: a condition set on the other side (شرط)
def test_a_condition_set_on_the_other_side():
    assert _tr_il("واشترطت تركيا على إسرائيل رفع الحصار عن غزة لتطبيع العلاقات.") == [["TR", "IL", "100"]]


# ------------------------------------------------------------------ 01/05: condolences as a noun, praise (مدح)
def test_a_telegram_of_condolence():
    assert _tr_il("وبعث الرئيس التركي رجب طيب أردوغان برقية تعزية إلى الرئيس الإسرائيلي.") == [["TR", "IL", "018"]]


def test_praise_with_imtadaha():
    assert _tr_il("وامتدح أردوغان موقف الحكومة الإسرائيلية.") == [["TR", "IL", "051"]]


# ------------------------------------------------------------------ a reply in a war of words
def test_a_reply_to_the_other_sides_criticism_is_criticism_of_it():
    # CN-middleEast-926-20180515 (s29-mix): the replier is the source, the critic named after the noun the target
    ev = one("رد رئيس الوزراء الإسرائيلي بنيامين نتنياهو، الثلاثاء، على انتقادات الرئيس التركي رجب طيب أردوغان "
             "لإسرائيل، إثر مقتل عشرات الفلسطينيين.", published="2018-05-15", focus="TR", partners=("IL",))
    assert _pairs(ev) == [["IL", "TR", "111"]] and ev.iloc[0]["date_start"] == "2018-05-15"


def test_a_reply_to_a_third_partys_criticism_is_no_event_of_the_pair():
    assert _tr_il("وردت تركيا على انتقادات الولايات المتحدة لإسرائيل.") == []


# ------------------------------------------------------------------ 16: programmes stopped, students moved
def test_stopping_the_health_programmes_with_the_other_side():
    # "البرامج الصحية" with ال and an adjective (FR-internationalNews-2601-20180808 of s29-mix has it, the other side
    # named in the document before); FR-internationalNews-2624-20180808 (s29-mix) has "البرامج الاستشفائية مع كندا"
    ev = one("وأوقفت السعودية البرامج الصحية مع كندا.", published="2018-08-08", focus="SA", partners=("CA",))
    assert _pairs(ev) == [["SA", "CA", "160"]]
    ev = one("كما أوقفت السعودية كل البرامج الاستشفائية مع كندا.", published="2018-08-08", focus="SA", partners=("CA",))
    assert _pairs(ev) == [["SA", "CA", "160"]]


def test_withdrawing_students_from_the_other_side():
    ev = one("وسحبت السعودية طلابها من كندا.", published="2018-08-08", focus="SA", partners=("CA",))
    assert _pairs(ev) == [["SA", "CA", "160"]]


# ------------------------------------------------------------------ a causative frame: its object acts
def test_the_object_of_a_causative_verb_is_the_agent_of_the_act():
    # FR-internationalNews-2624-20180808 (s29-mix): "دفع ذلك السعودية إلى طرد السفير الكندي": Saudi Arabia expels
    ev = one("ودفع ذلك السعودية إلى طرد السفير الكندي الاثنين، وتجميد العلاقات التجارية بين البلدين، وتعليق المنح "
             "الدراسية لرعاياها.", published="2018-08-08", focus="SA", partners=("CA",))
    assert _pairs(ev) == [["SA", "CA", "166"], ["SA", "CA", "163"], ["SA", "CA", "160"]]
    assert set(ev["date_start"]) == {"2018-08-06"}


# ------------------------------------------------------------------ the expulsion as a verbal noun with its agent
def test_expulsion_noun_with_its_agent_and_the_envoy_after_li():
    # AL-internationalNews-1193-20180516 (s29-mix): "بعد طرد أنقرة للسفير الإسرائيلي، الثلاثاء"
    assert _tr_il("وجاء ذلك عقب طرد تركيا للسفير الإسرائيلي.") == [["TR", "IL", "166"]]
    ev = one("وانتقدت إسرائيل طرد أنقرة للسفير الإسرائيلي.", published="2018-05-16", focus="TR", partners=("IL",))
    assert sorted(_pairs(ev)) == [["IL", "TR", "111"], ["TR", "IL", "166"]]


def test_expulsion_noun_whose_genitive_is_the_envoy_gives_no_reversed_row():
    # "طرد السفير الإسرائيلي من أنقرة": the envoy right after the noun is its object, not its agent
    assert all(p[:2] != ["IL", "TR"] for p in _tr_il("وجاء ذلك عقب طرد السفير الإسرائيلي من أنقرة."))


def test_a_day_between_commas_keeps_the_deciding_verbs_agent():
    # AL-internationalNews-1175-20180515 (s29-mix): "قررت #تركيا، الثلاثاء، طرد السفير الإسرائيلي"
    ev = one("قررت #تركيا، الثلاثاء، طرد السفير الإسرائيلي، إيتان نائيه، واعتبرته شخصاً غير مرغوب فيه.",
             published="2018-05-15", focus="TR", partners=("IL",))
    assert _pairs(ev) == [["TR", "IL", "166"]] and ev.iloc[0]["date_start"] == "2018-05-15"


def test_an_exchange_of_criticism_between_leaders_named_in_full():
    # CN-middleEast-948-20180516 (s29-mix): ten words between the verb and the criticism
    ev = one("وتبادل رئيس الوزراء الإسرائيلي بنيامين نتنياهو والرئيس التركي رجب طيب أردوغان الانتقادات الحادة.",
             published="2018-05-16", focus="TR", partners=("IL",))
    assert [p[2] for p in _pairs(ev)] == ["111"] and {tuple(p[:2]) for p in _pairs(ev)} <= {("IL", "TR"), ("TR", "IL")}


# ------------------------------------------------------------------ a support verb before a subject named in full
def test_support_verb_before_a_subject_with_role_and_name():
    # AL-internationalNews-1193-20180516 (s29-mix): the role and the name, set off by commas, between شن and the noun
    ev = one("وشن الرئيس التركي، رجب طيب #أردوغان، هجوماً لاذعاً الثلاثاء على رئيس الوزراء الإسرائيلي، بنيامين "
             "#نتنياهو، قائلاً إنه يقود \"دولة عنصرية\" ويداه ملطختان بالدم الفلسطيني.", published="2018-05-16",
             focus="TR", partners=("IL",))
    assert _pairs(ev) == [["TR", "IL", "111"]] and ev.iloc[0]["date_start"] == "2018-05-15"
    assert _tr_il("وشن الرئيس التركي أردوغان هجوماً لاذعاً على إسرائيل.") == [["TR", "IL", "111"]]


def test_a_support_verb_across_a_preposition_makes_no_agent():
    # composed control: the one after "في" is a place, not the subject named in full
    assert _tr_il("وشن الجيش في تركيا هجوماً لاذعاً على إسرائيل.") == []


def test_a_complaint_filed_with_taqaddamat():
    # composed on FR-internationalNews-1585-20180602 (s28-mix): "تقدمت" is a support verb like "قدمت"
    ev = one("وتقدمت كندا بشكوى إلى منظمة التجارة العالمية ضد الولايات المتحدة.", published="2018-06-02",
             focus="US", partners=("CA",))
    assert _pairs(ev) == [["CA", "US", "115"]]


# ------------------------------------------------------------------ US officials of 2018 the lexicon lacked
def test_bolton_is_a_us_official_and_the_meeting_in_the_purpose_phrase_is_its_topic():
    # AL-internationalNews-1038-20180507 (s28-mix): one meeting of Bolton and his South Korean counterpart; "اللقاء"
    # in "لمناقشة خطط تتعلق بمكان اللقاء" is the summit they discussed, no second (planned) row
    ev = one("وكان بولتن قد التقى نظيره الكوري الجنوبي، تشونغ ويونغ، في واشنطن الأسبوع الماضي، لمناقشة خطط تتعلق "
             "بمكان اللقاء.", published="2018-05-07", focus="KR", partners=("US",))
    assert _pairs(ev) == [["US", "KR", "040"]]


def test_kudlow_lighthizer_and_mnuchin_are_us_officials():
    for name in ("لاري كودلو", "روبرت لايتهايزر", "ستيفن منوتشين"):
        ev = one(f"وانتقد {name} الصين بشدة.", published="2018-06-01", focus="US", partners=("CN",))
        assert _pairs(ev) == [["US", "CN", "111"]], name


def test_attacking_a_leader_with_a_day_between_commas_is_criticism():
    # AL-internationalNews-739-20180401 (s29-mix): "وهاجم نتنياهو، الأحد، الرئيس التركي" was read as force (190)
    ev = one("وهاجم نتنياهو، الأحد، الرئيس التركي بعد انتقاده #إسرائيل.", published="2018-04-01", focus="TR",
             partners=("IL",))
    assert _pairs(ev) == [["IL", "TR", "111"]] and ev.iloc[0]["date_start"] == "2018-04-01"


def test_tariffs_answered_with_their_imposer_do_not_take_the_answers_day():
    # FR-internationalNews-2084-20180630 (s28-mix): Canada's Friday tariffs answer US tariffs imposed earlier
    ev = one("قامت كندا الجمعة بفرض رسوم على منتجات أمريكية في إجراءات تجارية انتقامية ضد الولايات المتحدة ردا على "
             "فرض واشنطن رسوما جمركية على واردات الفولاذ والألمنيوم الكنديين.", published="2018-06-30",
             focus="US", partners=("CA",))
    rows = {tuple(p[:2]): d for p, d in zip(_pairs(ev), ev["date_start"])}
    assert rows[("CA", "US")] == "2018-06-29" and not isinstance(rows[("US", "CA")], str)
