"""Events, session 45 (the twenty-sixth session's events round; development only, after the blind-s31 run): classes
read on the pooled development misses, s31-mix included. Composed sentences (marked), not copied from the gold."""
from __future__ import annotations

from test_events import extract_events, make_corpus, one


def _rows(text, published="2018-06-14", focus="FR", partners=("IT",)):
    ev = one(text, published=published, focus=focus, partners=partners)
    return ev[["source", "target", "cameo_code", "date_start"]].astype(str).values.tolist()


def _doc(paragraphs, published="2018-06-14", focus="FR", partners=("IT",)):
    ev = extract_events(make_corpus([("d1", published, "src", [("paragraph", p) for p in paragraphs])]),
                        focus=focus, partners=partners)
    ev = ev[ev["kind"] == "event"]
    return ev[["source", "target", "cameo_code", "date_start"]].astype(str).values.tolist()


# ------------------------------------------------------------------ a cancelled meeting is a meeting refused (125)
def test_a_cancelled_meeting_with_the_canceller_named_between_is_125_not_a_meeting():
    # composed (the class of s31-mix's cancelled ministers' meeting): six words between the verb and the meeting noun
    ev = _rows("ألغى وزير الخارجية الألماني هايكو ماس الثلاثاء لقاء كان مقررا في موسكو مع نظيره الروسي.",
               published="2018-06-13", focus="DE", partners=("RU",))
    assert ["DE", "RU", "125", "2018-06-12"] in ev
    assert not any(r[2].startswith("04") for r in ev)


def test_a_cancelled_visit_is_125_and_a_cancelled_deal_stays_160():
    # composed
    assert [r[2] for r in _rows("ألغت ألمانيا زيارة كانت مقررة لوزير خارجيتها إلى روسيا.", focus="DE",
                                partners=("RU",))] == ["125"]
    deal = [r[2] for r in _rows("ألغت ألمانيا صفقة أسلحة مع روسيا.", focus="DE", partners=("RU",))]
    assert "160" in deal and "125" not in deal


# ------------------------------------------------------------------ a statement's day over its numbered paragraphs
_STATEMENT = ["أصدرت ألمانيا وفرنسا بيانا مشتركا، مساء الخميس، في ختام اجتماع وزيري الخارجية.",
              "1. الاقتصاد والتجارة", "\u00a0",
              "1.1 تشيد ألمانيا بالإصلاحات الاقتصادية في فرنسا. وتعد هذه الإصلاحات مهمة لأوروبا.",
              "1.2 التقى وزير الخارجية الألماني نظيره الفرنسي يوم الثلاثاء في برلين.",
              "2.1 تعهدت ألمانيا بالعمل مع فرنسا لتحقيق أهداف الاتحاد.",
              "- رحبت ألمانيا بالتزام فرنسا بخفض العجز."]


def test_a_joint_statements_numbered_paragraphs_take_its_day():
    # composed (the class of s30-mix's joint statement): the opening gives Thursday; the items tell what the
    # statement says on that day, a blank paragraph (a no-break space) and a heading between them
    ev = _doc(_STATEMENT, published="2018-03-09", focus="DE", partners=("FR",))
    assert ["DE", "FR", "051", "2018-03-08"] in ev            # 1.1 and the dashed item: praise, Thursday
    assert ["DE", "FR", "030", "2018-03-08"] in ev            # 2.1 a commitment, Thursday (not absorbed)
    assert any(r[2].startswith("04") and r[3] == "2018-03-06" for r in ev)  # 1.2 keeps its own Tuesday


def test_without_the_statement_the_items_stay_undated():
    # composed: the same items after an undated opening are not given a day
    ev = _doc(["أصدرت ألمانيا وفرنسا بيانا مشتركا في ختام اجتماع وزيري الخارجية.", *_STATEMENT[1:3], _STATEMENT[6]],
              published="2018-03-09", focus="DE", partners=("FR",))
    assert [r for r in ev if r[2] == "051"] and all(str(r[3]) in ("nan", "None") for r in ev if r[2] == "051")


def test_a_paragraph_naming_the_statement_again_takes_its_day():
    # composed: "وقال البيان إن …" after the dated opening
    ev = _doc(["أصدرت ألمانيا وفرنسا بيانا مشتركا، مساء الخميس.",
               "وقال البيان إن وزير الخارجية الألماني قام بزيارة رسمية إلى فرنسا. وتعد الزيارة الأولى."],
              published="2018-03-09", focus="DE", partners=("FR",))
    assert ["DE", "FR", "042", "2018-03-08"] in ev


# ------------------------------------------------------------------ one's own envoy recalled, the ministry between
def test_a_recall_with_the_ministry_and_a_day_between_verb_and_envoy_is_161():
    # composed (the class of the lead's session-26 probe miss 7: "استدعت وزارة الخارجية …، مساء الجمعة، سفيرها بـ…")
    ev = _rows("استدعت وزارة الخارجية الألمانية، مساء الجمعة، سفيرها بروسيا على خلفية اعتداء على القنصلية.",
               published="2018-09-08", focus="DE", partners=("RU",))
    assert ev == [["DE", "RU", "161", "2018-09-07"]]
    ev = _rows("استدعت وزارة الخارجية الألمانية يوم الجمعة سفيرها في موسكو للتشاور.", published="2018-09-08",
               focus="DE", partners=("RU",))
    assert ev == [["DE", "RU", "161", "2018-09-07"]]


def test_the_other_sides_envoy_summoned_is_still_no_recall():
    # composed: the Russian ambassador summoned is a protest to Russia, not Germany's own envoy recalled
    ev = _rows("استدعت وزارة الخارجية الألمانية، مساء الجمعة، السفير الروسي في برلين.", published="2018-09-08",
               focus="DE", partners=("RU",))
    assert ev and not any(r[2] == "161" for r in ev)


# ------------------------------------------------------------------ the country whose ally acts is not the actor
def test_the_allies_of_a_country_are_not_that_country():
    # composed (the class of the lead's session-26 wide probe A: "… وغيرها من حلفاء بريطانيا وطردت دبلوماسيين روسيين")
    assert _rows("وانضمت كندا، الاثنين، إلى اليابان وغيرها من حلفاء بريطانيا وطردت دبلوماسيين روسيين اثنين.",
                 focus="GB", partners=("RU",)) == []
    assert _rows("وانضمت كندا إلى حلفاء بريطانيا وطردت دبلوماسيين روسيين.", focus="GB", partners=("RU",)) == []
    # the country itself still acts
    assert _rows("وطردت بريطانيا الاثنين دبلوماسيين روسيين اثنين.", focus="GB", partners=("RU",)) == \
        [["GB", "RU", "166", "2018-06-11"]]


def test_a_side_described_as_the_others_ally_has_no_act_on_it():
    # composed (wide probe E: "وتعهدت موسكو حليفة النظام السوري "عدم التدخل" في عمل فريق المنظمة")
    assert _rows("وتعهدت موسكو حليفة النظام السوري \"عدم التدخل\" في عمل فريق المنظمة.", focus="RU",
                 partners=("SY",)) == []


# ------------------------------------------------------------------ declining to comment rejects nothing
def test_declining_to_comment_is_no_rejection_or_criticism():
    # composed (the class of the lead's session-26 wide probe F: "…، رفض ماكرون التعليق")
    assert _rows("وردا على سؤال عن العقوبات على موسكو، رفض ماكرون التعليق.", focus="FR", partners=("RU",)) == []
    assert _rows("ورفض ماكرون التعليق على الاقتراح الروسي.", focus="FR", partners=("RU",)) == []
    # rejecting the other side's remarks is still a rejection
    assert [r[2][:2] for r in _rows("ورفض وزير الخارجية الفرنسي تعليقات نظيره الروسي.", focus="FR",
                                    partners=("RU",))] in (["12"], ["11"])


# ------------------------------------------------------------------ a link line to another article is not the story
def test_a_read_more_link_line_gives_no_event_and_breaks_nothing():
    # composed (the class of the lead's session-26 wide probe F: France24's "للمزيد:" lines repeat another headline)
    assert _doc(["للمزيد: روسيا تهدد فرنسا بالرد على العقوبات"], focus="FR", partners=("RU",)) == []
    ev = _doc(["التقى الرئيس الفرنسي نظيره الروسي يوم الثلاثاء في باريس.",
               "للمزيد: روسيا تهدد فرنسا بالرد على العقوبات"], published="2018-06-14", focus="FR", partners=("RU",))
    assert [r[2][:2] for r in ev] == ["04"]


# ------------------------------------------------------------------ a coalition's leader, a place after the target
def test_strikes_on_a_named_target_in_a_country_are_not_on_that_country():
    # composed (the class of the lead's session-26 probe 5: "… بقيادة الولايات المتحدة غارات ضد الجهاديين في سوريا
    # والعراق"): the coalition named by its leader is no alliance with the next country, the country after في a place
    assert _rows("ويشن التحالف الدولي بقيادة الولايات المتحدة غارات ضد الجهاديين في سوريا والعراق.", focus="IQ",
                 partners=("US", "SY")) == []
    assert _rows("وشنت الولايات المتحدة غارات ضد مقاتلي التنظيم داخل الأراضي العراقية.", focus="IQ",
                 partners=("US",)) == []
    # strikes on the other side's own forces stay strikes on it
    assert [r[:3] for r in _rows("وشنت الولايات المتحدة غارات على مواقع النظام السوري.", focus="US",
                                 partners=("SY",))] == [["US", "SY", "195"]]
    # an alliance with the other side stays one
    assert [r[:3] for r in _rows("وعززت روسيا تحالفها مع سوريا.", focus="RU", partners=("SY",))] == \
        [["RU", "SY", "050"]]


def test_a_cancelled_invitation_is_no_planned_visit():
    # composed (the lead's session-26 wide probe [31]: "إلغاء دعوة وزير الخارجية الروسي، سيرجي لافروف، لزيارة بريطانيا"
    # was RU->GB 036)
    ev = _rows("وقررت الحكومة البريطانية إلغاء دعوة وزير الخارجية الروسي، سيرجي لافروف، لزيارة بريطانيا.", focus="GB",
               partners=("RU",))
    assert [r[:3] for r in ev] == [["GB", "RU", "125"]]
    # with no subject named (a passive frame), the host after لزيارة still cancels and the one invited is refused
    ev = _rows("لذلك سيتم قطع التواصل الدبلوماسي الرفيع ومن ضمنه إلغاء دعوة وزير الخارجية الروسي، سيرجي لافروف، لزيارة "
               "بريطانيا.", focus="GB", partners=("RU",))
    assert [r[:3] for r in ev] == [["GB", "RU", "125"]]


# ------------------------------------------------------------------ "X made a mistake", said by the other side
def test_saying_the_other_side_made_a_mistake_is_an_accusation():
    # composed (the class of s29-mix's "أكد وزير الخارجية السعودي، عادل الجبير، أن كندا ارتكبت خطأ وعليها تصحيحه")
    assert [r[:3] for r in _rows("أكد وزير الخارجية الألماني، هايكو ماس، أن روسيا ارتكبت خطأ وعليها تصحيحه.",
                                 focus="DE", partners=("RU",))] == [["DE", "RU", "112"]]
    assert [r[:3] for r in _rows("وقال وزير الخارجية الألماني إن موسكو أخطأت ويجب أن تصحح خطأها.", focus="DE",
                                 partners=("RU",))] == [["DE", "RU", "112"]]
    # one's own country's mistake is no accusation of the other side
    assert _rows("وقال وزير الخارجية الألماني إن بلاده ارتكبت خطأ في التعامل مع روسيا.", focus="DE",
                 partners=("RU",)) == []


# ------------------------------------------------------------------ an honour withdrawn or returned
def test_an_honour_withdrawn_from_the_others_leader_or_returned_is_160():
    # composed (the class of s31-mix's Legion of Honour: stripped from Assad, returned by Damascus)
    assert _rows("أعلنت برلين مساء الاثنين بدء إجراءات سحب وسام الاستحقاق من الرئيس الروسي فلاديمير بوتين.",
                 published="2018-04-17", focus="DE", partners=("RU",)) == [["DE", "RU", "160", "2018-04-16"]]
    assert _rows("أعادت موسكو الخميس وسام \"الاستحقاق\" إلى ألمانيا.", published="2018-04-20", focus="DE",
                 partners=("RU",)) == [["RU", "DE", "160", "2018-04-19"]]
    # a reply is no return of an honour; an honour given to a private person is no act on the state
    assert _rows("وردت موسكو على الانتقادات الألمانية.", published="2018-04-20", focus="DE", partners=("RU",)) == []
    assert _rows("ومنح الرئيس الألماني وسام الاستحقاق لمغنية روسية.", published="2018-04-20", focus="DE",
                 partners=("RU",)) == []


# ------------------------------------------------------------------ two agents of one hostile act
def test_two_agents_of_a_strike_joined_by_with_are_neither_target():
    # composed (the class of the lead's session-26 wide probe D: "غارات شنتها دمشق مع حليفتها موسكو" was SY->RU 195)
    assert _rows("في وقت تسببت فيه غارات شنتها دمشق مع حليفتها موسكو بمقتل عشرات المدنيين.", focus="RU",
                 partners=("SY",)) == []
    assert _rows("وشنت الطائرات الروسية مع القوات السورية غارات على مواقع المعارضة.", focus="RU",
                 partners=("SY",)) == []
    # strikes on the other side stay strikes
    assert [r[:3] for r in _rows("وشنت روسيا غارات على مواقع الجيش السوري مع بداية الهجوم.", focus="RU",
                                 partners=("SY",))] == [["RU", "SY", "195"]]


# ------------------------------------------------------------------ activity and reconstruction of a country: topics
def test_the_activity_or_reconstruction_of_a_country_is_a_topic_of_other_sides_talks():
    # composed (the class of the lead's session-26 probe 1: "واتفقا على أهمية العمل معا لمكافحة نشاط إيران، والشأن
    # العراقي، بما في ذلك أهمية دعم جهود إعادة إعمار العراق" was IR->IQ 030)
    assert _rows("وبحث الرئيس الأمريكي مع ولي العهد السعودي العلاقات الثنائية، واتفقا على أهمية العمل معا لمكافحة نشاط "
                 "إيران، ودعم جهود إعادة إعمار العراق.", focus="IQ", partners=("IR",)) == []


# ------------------------------------------------------------------ the accused, not the accuser
def test_a_passive_accusation_or_an_accused_participle_has_no_accuser_of_ours():
    # composed (the classes of the lead's session-26 probes 2 and 3)
    assert _rows("كما اتهم المعتقلون بأنهم أعضاء في خلية شكلها الحرس الثوري الإيراني، وأورد البيان أنهم تلقوا التدريب "
                 "في إيران والعراق ولبنان.", focus="IQ", partners=("IR",)) == []
    assert _rows("أعلنت وزارة العدل الأمريكية عن فتح تحقيق حول أنشطة شركات أدوية في العراق، متهمة بتقديم أدوية مجانا "
                 "للحكومة العراقية.", focus="IQ", partners=("US",)) == []
    # the active forms stay accusations
    assert [r[:3] for r in _rows("وردت الصين، متهمة واشنطن بإطلاق أكبر حرب تجارية.", focus="CN", partners=("US",))] \
        == [["CN", "US", "112"]]
    assert [r[:3] for r in _rows("واتهم المسؤولون الإيرانيون العراق بدعم المعارضة.", focus="IQ", partners=("IR",))] \
        == [["IR", "IQ", "112"]]


# ------------------------------------------------------------------ the object pronoun of a relative is its antecedent
def test_an_accusation_in_a_relative_clause_accuses_its_antecedent():
    # composed (the class of the lead's session-26 probe 4: "… "جيش المهدي"، التابع لـ…، والذي تتهمه واشنطن
    # بالمسؤولية عن …" was IQ->US 112, reversed and of a militia)
    assert _rows("وقال إن موظفي وزارة الصحة العراقية لعبوا دورا في \"جيش المهدي\"، التابع لرجل دين، والذي تتهمه واشنطن "
                 "بالمسؤولية عن مقتل آلاف الأشخاص.", focus="IQ", partners=("US",)) == []


# ------------------------------------------------------------------ a meeting still planned, a call that took place
def test_a_meeting_that_was_set_for_a_day_and_will_take_place_is_a_plan_of_that_day():
    # composed (the class of s31-mix FR-1809: "أن اللقاء الذي كان مقررا الجمعة بين ماكرون وكونتي سيجري في موعده")
    ev = _rows("أكدت الرئاسة الفرنسية الخميس أن اللقاء الذي كان مقررا الجمعة بين الرئيس الفرنسي والمستشارة الألمانية "
               "سيجري في موعده.", published="2018-06-14", focus="FR", partners=("DE",))
    assert ["FR", "DE", "036", "2018-06-15"] in ev


def test_a_call_that_a_later_act_comes_after_took_place():
    # composed (s31-mix FR-1809: "… سيجري في موعده، بعد اتصال هاتفي مساء الأربعاء" was a planned meeting of 20 June)
    ev = _rows("أعلنت الرئاسة الفرنسية الخميس أن الغداء مع المستشارة الألمانية سيجري في موعده، بعد اتصال هاتفي مساء "
               "الأربعاء بين الرئيس الفرنسي والمستشارة الألمانية.", published="2018-06-14", focus="FR", partners=("DE",))
    assert any(r[2].startswith("04") and r[3] == "2018-06-13" for r in ev)
    assert not any(r[3] == "2018-06-20" for r in ev)


def test_the_date_of_the_gathering_a_plan_prepares_for_is_not_the_plans():
    # composed (the class of s31-mix: "ومن المقرر أن يستقبل ماكرون … كونتي في إطار الإعداد لاجتماع المجلس الأوروبي في
    # 28 و29 حزيران/يونيو" was a plan of 28 June)
    ev = _rows("ومن المقرر أن يستقبل الرئيس الفرنسي المستشارة الألمانية في إطار الإعداد لقمة الاتحاد الأوروبي في 28 "
               "حزيران/يونيو.", published="2018-06-12", focus="FR", partners=("DE",))
    assert [r[2] for r in ev] == ["036"] and str(ev[0][3]) in ("nan", "None")
    # a plan dated by its own day keeps it
    ev = _rows("ومن المقرر أن يستقبل الرئيس الفرنسي المستشارة الألمانية في 20 حزيران/يونيو.", published="2018-06-12",
               focus="FR", partners=("DE",))
    assert ev == [["FR", "DE", "036", "2018-06-20"]]


# ------------------------------------------------------------------ "a terror state", said of the other side
def test_calling_the_other_side_a_terror_or_rogue_state_is_hostile():
    # composed (the class of s29-mix's "إن إسرائيل دولة إرهاب"; its words are in no blind split now)
    assert [r[:3] for r in _rows("وقال وزير الخارجية الألماني إن روسيا دولة مارقة.", focus="DE", partners=("RU",))] \
        == [["DE", "RU", "112"]]
    assert [r[:3] for r in _rows("وقال الرئيس التركي في لندن، إن إسرائيل دولة فصل عنصري.", focus="TR",
                                 partners=("IL",))] == [["TR", "IL", "112"]]
    assert _rows("وقال وزير الخارجية الألماني إن روسيا دولة كبيرة.", focus="DE", partners=("RU",)) == []


# ------------------------------------------------------------------ concern at the other side's repression
def test_concern_at_the_arrest_of_the_others_opponents_is_criticism():
    # composed (the class of s29-mix: "أعربت وزارة الخارجية الكندية عن قلقها إزاء اعتقال بعض النشطاء السعوديين")
    assert [r[:3] for r in _rows("وأعربت ألمانيا عن قلقها الشديد إزاء اعتقال المعارضين الروس.", focus="DE",
                                 partners=("RU",))] == [["DE", "RU", "111"]]
    # concern about a war in a country, told to a third side, is none (s31-mix FR-531, a no-event sentence)
    assert _rows("كما أعرب ماكرون عن قلقه بشأن الحرب في سوريا والتي لعبت فيها روسيا دورا كبيرا.", focus="FR",
                 partners=("RU", "SY")) == []


# ------------------------------------------------------------------ a list of subjects meets the other side
def test_a_list_of_subjects_meeting_the_other_side_gives_each_its_meeting():
    # composed (the lead's session-25 probe misses A/B, the brief's open class: "ستجتمع فرنسا وبريطانيا مع إيران"
    # gave GB->IR only)
    ev = _rows("ستجتمع ألمانيا وبريطانيا مع إيران الاثنين.", published="2018-06-14", focus="IR",
               partners=("FR", "GB", "DE"))
    assert sorted(r[:3] for r in ev) == [["DE", "IR", "036"], ["GB", "IR", "036"]]
    # a guest who is no country stays the object that bars the country named later
    assert _rows("استقبل الرئيس الإيراني لاعبي المنتخب قبل مباراة ألمانيا.", focus="IR", partners=("DE",)) == []


# ------------------------------------------------------------------ a threat told by a participle after the comma
def test_a_threat_participle_threatens_with_the_main_subject():
    # composed (the class of s31-mix FR-1809: "وكانت روما قد طالبت باريس بالاعتذار، مهددة بإلغاء اجتماع ماكرون مع
    # كونتي" was FR->IT 125 intent, a false row)
    ev = _rows("وطالبت برلين موسكو بالاعتذار، مهددة بإلغاء اجتماع ميركل مع بوتين المقرر الجمعة.", focus="DE",
               partners=("RU",))
    assert sorted(r[:3] for r in ev) == [["DE", "RU", "100"], ["DE", "RU", "131"]]
    # a participle whose main subject already is the source keeps it
    ev = _rows("وقال ترامب في كلمة له، الثلاثاء، معلنا انسحاب بلاده من الاتفاق، مهددا إيران بعقوبات جديدة.",
               focus="US", partners=("IR",))
    assert all(r[:2] == ["US", "IR"] for r in ev)
