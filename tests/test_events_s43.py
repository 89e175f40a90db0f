"""Events, session 43 (the twenty-fifth session's second events round; development only): classes read on the lead's
probe of Iran with France, Germany, the UK, Turkey and India (unannotated, 2018) and on s30-mix. A real sentence of the
document named in the comment, or a marked composed one."""
from __future__ import annotations

from test_events import one


def _pairs(ev):
    return ev[["source", "target", "cameo_code"]].values.tolist()


def _ir(text, published="2018-03-10"):
    return one(text, published=published, focus="IR", partners=("FR", "DE", "GB", "TR", "IN"))


# ------------------------------------------------------------------ 11: calling the other side's act unwelcome
def test_calling_the_other_sides_announcement_an_unwelcome_initiative_is_criticism():
    # CN-middleEast-1127 (the lead's session-25 probe, unannotated)
    ev = _ir("ووصف جان إيف لو دريان إعلان إيران بأنها مبادرة غير مرحب بها، مضيفاً أنه دائماً ما يكون "
             "\"التلاعب بالخط الأحمر خطيراً.\"")
    assert _pairs(ev) == [["FR", "IR", "111"]]


def test_calling_a_visit_a_positive_step_is_no_criticism():
    # composed: a favourable predicate after وصف … بأنها
    assert all(p[2] != "111" for p in _pairs(_ir("ووصف ظريف زيارة لودريان بأنها خطوة إيجابية.")))


# ------------------------------------------------------------------ what a side ought to do has not happened
def _sa_gb(text):
    return _pairs(one(text, published="2018-03-07", focus="SA", partners=("GB",)))


def test_an_ngo_saying_what_the_state_ought_to_do_with_a_visit_gives_no_visit():
    # CN-middleEast-205-20180307 (s30-mix, a no-event sentence)
    assert _sa_gb("من جانبها، قالت كيت آلن، مسؤولة بريطانيا في \"منظمة العفو الدولية\"، إن على بريطانيا استغلال "
                  "زيارة ولي العهد السعودي لإظهار صلابة موقفها حيال القضايا الشائكة في المملكة وخارجها.") == []


def test_the_oppositions_call_on_the_prime_minister_gives_no_denied_supply():
    # CN-middleEast-205-20180307 (s30-mix): Corbyn's "على تريزا ماي أن تستغل … لن تواصل تزويد السعودية بالأسلحة"
    assert _sa_gb("ونقلت عن رئيس حزب العمال المعارض، جيرمي كوربين، قوله لها: \"على تريزا ماي أن تستغل هذه الزيارة "
                  "لإعلان أن المملكة المتحدة لن تواصل تزويد السعودية بالأسلحة طالما استمر القصف المدمر الذي تقوده "
                  "السعودية في اليمن.") == []


def test_a_fixed_phrase_after_inna_is_no_obligation():
    # composed: "إن على رأس أولوياتها" opens no obligation; the visit stays
    assert _sa_gb("وقالت ماي إن على رأس أولوياتها خلال زيارة ولي العهد السعودي لبريطانيا بحث الحرب في اليمن.") \
        == [["SA", "GB", "042"]]


# ------------------------------------------------------------------ a time adjunct's actors belong to its own event
def test_the_counterpart_inside_a_time_adjunct_is_not_the_criticised_side():
    # FR-internationalNews-262-20180305 (the lead's probe): the EU's states are criticised; the French minister is
    # only the one Zarif meets hours later (that meeting stays)
    ev = _ir("انتقد وزير الخارجية الإيراني محمد جواد ظريف في مقابلة مع صحيفة \"اعتماد\" الإصلاحية، وقبل ساعات من لقاء "
             "مع نظيره الفرنسي جان إيف لودريان في طهران، \"التطرف\" الذي تبديه دول الاتحاد الأوروبي حيال إيران.",
             published="2018-03-05")
    assert _pairs(ev) == [["IR", "FR", "040"]]


def test_hours_before_receiving_the_counterpart_in_a_title_is_no_target():
    # FR-internationalNews-262-20180305 (the lead's probe), its title
    assert all(p[2] != "111" for p in _pairs(_ir(
        "وزير خارجية إيران ينتقد \"تطرف\" الاتحاد الأوروبي ساعات قبل استقباله نظيره الفرنسي بطهران",
        published="2018-03-05")))


def test_the_act_a_regret_answers_keeps_its_side():
    # CN-middleEast-1309-20180907 (iq-ir): "بعد أن" opens what the regret is about, no time measured from another event
    ev = one("أعربت وزارة الخارجية العراقية عن \"أسفها العميق\" في بيان صدر، مساء الجمعة، بعد أن اقتحم متظاهرون مقر "
             "القنصلية الإيرانية في البصرة، وأضرموا النار فيها.", published="2018-09-07", focus="IQ", partners=("IR",))
    assert _pairs(ev) == [["IQ", "IR", "055"]]


# ------------------------------------------------------------------ a female or plural counterpart (نظيرتها، نظرائه)
def test_talks_planned_with_her_counterpart_named_in_full():
    # AL-internationalNews-800-20180405 (s30-mix): "نظيرتها" is a role noun; six words between تبحث and مع
    ev = one("ومن المقرر أن تبحث وزيرة الدفاع الفرنسية فلورنس بارلي المشروع مع نظيرتها الألمانية أورسولا فون دير ليين "
             "اليوم الخميس في باريس.", published="2018-04-05", focus="FR", partners=("DE",))
    assert _pairs(ev) == [["FR", "DE", "036"]] and ev.iloc[0]["date_start"] == "2018-04-05"


def test_meeting_his_counterparts_named_by_a_plural_demonym():
    # composed: "نظراءه الإيرانيين"
    assert _pairs(_ir("التقى وزير الخارجية الفرنسي نظراءه الإيرانيين.")) == [["FR", "IR", "040"]]


# ------------------------------------------------------------------ a dialogue with the other side
def test_an_intended_dialogue_with_the_other_side_is_an_intent_to_meet():
    # FR-internationalNews-262-20180305 (the lead's probe)
    ev = _ir("وكانت المتحدثة باسم الخارجية الفرنسية أنييس فون در مول أكدت الأحد في بيان أنه \"في إطار روحية الاتفاق "
             "النووي الموقع في الرابع عشر من تموز/يوليو 2015 تنوي فرنسا المضي قدما في حوار صريح ومتشدد مع إيران\".",
             published="2018-03-05")
    assert _pairs(ev) == [["FR", "IR", "036"]] and ev.iloc[0]["status"] == "intent"


def test_a_call_to_open_a_dialogue_stays_the_appeal():
    # AL-internationalNews-249-20180227 (kr-kp): the dialogue asked for is with a third party; the appeal is the act
    ev = one("كما التقى الرئيس الكوري الجنوبي مون جاي ان الجنرال كيم الأحد ودعا بيونغ يانغ إلى فتح حوار مع واشنطن "
             "بأسرع ما يمكن.", published="2018-02-27", focus="KR", partners=("KP",))
    assert ["KR", "KP", "020"] in _pairs(ev)


def test_an_interview_with_a_newspaper_is_no_dialogue():
    # composed: "في حوار مع صحيفة فرنسية" (a newspaper is no actor)
    assert _pairs(_ir("وقال ظريف في حوار مع صحيفة لوموند الفرنسية إن إيران لن تتفاوض.")) == []


# ------------------------------------------------------------------ a protest to the other side's envoy
_ARAGHCHI = ("واحتجت إيران على لسان نائب وزيرها للخارجية عباس عرقجي إلى السفير البريطاني في طهران، وطلبت من الشرطة "
             "\"حماية مطلقة للدبلوماسيين الإيرانيين في لندن\".")


def test_a_protest_to_the_other_sides_ambassador_through_a_spokesman():
    # FR-internationalNews-350-20180310 (the lead's probe): "احتجت … إلى السفير البريطاني", seven words between
    assert _pairs(one(_ARAGHCHI, published="2018-03-10", focus="IR", partners=("GB",))) == [["IR", "GB", "114"]]


def test_the_spokesman_after_ala_lisan_is_no_third_party():
    # the same sentence with the mentions table's person (tied to no country, as the report gives it): it speaks for
    # Iran and does not take the protest away
    from test_events_s38 import _with_person
    ev = _with_person(_ARAGHCHI, "عباس عرقجي", "ner:عبس-عرقج", published="2018-03-10", focus="IR", partners=("GB",))
    assert _pairs(ev) == [["IR", "GB", "114"]]


def test_demonstrators_protesting_near_an_embassy_are_no_state_protest():
    # composed
    assert _pairs(one("واحتج متظاهرون إيرانيون أمام السفارة البريطانية في طهران.", published="2018-03-10",
                      focus="IR", partners=("GB",))) == []


def test_a_protest_to_the_ambassador_without_ala():
    # composed (the probe's sentence without "على لسان …"): إلى before the other side's envoy
    assert _pairs(one("واحتجت طهران رسميا إلى السفير البريطاني.", published="2018-03-10", focus="IR",
                      partners=("GB",))) == [["IR", "GB", "114"]]
