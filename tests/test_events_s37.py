"""Events, session 37 (the twenty-third session): recall and date classes of blind-s27 (now the development split
s27-mix) and of the lead's probe, each a general rule.

Every sentence is real news (the document named in the comment) or a minimal variant of one, marked as such."""
from __future__ import annotations

from test_events import one


def _rows(ev):
    return ev[["source", "target", "cameo_code", "status", "date_start", "date_end", "precision"]].values.tolist()


# ------------------------------------------------------------------ dates
def test_a_war_and_its_decade_do_not_date_the_visit():
    # Al Arabiya AL-internationalNews-1847 (2018-07-07): "الحرب الكورية في الخمسينات" is the war's time
    ev = one("ونقل تقرير مجمع للصحافيين المرافقين لوزير الخارجية الأميركي، مايك بومبيو، في ثاني أيام زيارته لبيونغ "
             "يانغ عن المتحدثة باسم الخارجية الأميركية، هيذر ناورت، قولها إن مباحثات بومبيو مع المسؤولين الكوريين "
             "الشماليين تضمنت إعادة رفات الأميركيين الذين لقوا حتفهم في الحرب الكورية في الخمسينات، بالإضافة إلى "
             "قضايا نزع السلاح النووي.", published="2018-07-07", focus="US", partners=("KP",))
    rows = _rows(ev)
    assert rows and all(r[4] is None or not str(r[4]).startswith("195") for r in rows)
    # "في ثاني أيام زيارته": the visit began the day before the report
    assert rows[0][:2] == ["US", "KP"] and rows[0][4:] == ["2018-07-06", "2018-07-07", "approximate"]


def test_a_decade_without_a_war_still_dates_the_act():
    # control (minimal variant): a decade that is the act's own time
    ev = one("وقدم الاتحاد السوفيتي مساعدات عسكرية لكوريا الشمالية في الخمسينات.", published="2018-07-07",
             focus="RU", partners=("KP",))
    assert _rows(ev)[0][4:] == ["1950-01-01", "1959-12-31", "decade"]


def test_a_span_from_another_act_is_not_a_day_after_the_news():
    # CNN CN-middleEast-476 (2018-04-04): "بعد يوم فقط من مكالمة … الإثنين" - the call is Monday's, not tomorrow's
    ev = one("ويأتي هذا بعد يوم فقط من مكالمة هاتفية جمعت بين ترامب والعاهل السعودي الملك سلمان بن عبد العزيز، "
             "الإثنين، ناقشا فيها عدة قضايا.", published="2018-04-04", focus="US", partners=("SA",))
    rows = _rows(ev)
    assert rows[0][:4] == ["US", "SA", "041", "reported"] and rows[0][4:] == ["2018-04-02", "2018-04-02", "day"]


# ------------------------------------------------------------------ recall: hosting a meal, calls, solidarity
def test_a_lunch_given_for_a_leader_is_hosting_and_the_plan_told_there_stays_a_plan():
    # CNN CN-middleEast-314 (2018-03-20): the lunch (043, the Tuesday between commas) and the king's planned visit
    ev = one("(CNN)-- خلال مأدبة الغداء التي أقامها الرئيس الأمريكي دونالد ترامب، الثلاثاء، لولي العهد السعودية "
             "الأمير محمد بن سلمان، أعلن ترامب أن العاهل السعودي الملك سلمان بن عبدالعزيز سيزور الولايات المتحدة "
             "قريبا، دون أن يحدد موعد الزيارة.", published="2018-03-20", focus="US", partners=("SA",))
    rows = _rows(ev)
    assert ["US", "SA", "043", "reported", "2018-03-20", "2018-03-20", "day"] in rows
    assert any(r[:4] == ["SA", "US", "036", "intent"] for r in rows)


def test_a_plan_told_with_the_arrival_of_the_same_visitor_is_that_visit():
    # control, France24 FR-internationalNews-522 (2018-03-19): the summit planned in the arrival's sentence is the visit
    ev = one("أفاد التلفزيون المصري أن الرئيس السوداني عمر البشير وصل الاثنين إلى القاهرة حيث كان في استقباله بالمطار "
             "الرئيس المصري عبد الفتاح السيسي، وأشار التلفزيون أنه سيتم عقد قمة مصرية - سودانية بقصر الاتحادية.",
             published="2018-03-19", focus="EG", partners=("SD",))
    assert [r[2][:2] for r in _rows(ev)] == ["04"]


def test_conducting_a_call_with_the_accusative_is_a_phone_call():
    # CNN CN-middleEast-1625 (2018-10-19): "أجرى …، اتصالا مع ولي العهد" with no هاتفي
    ev = one("أجرى وزير الخارجية الأمريكي، مايك بومبيو، اتصالا مع ولي العهد السعودي، الأمير محمد بن سلمان.",
             published="2018-10-19", focus="US", partners=("SA",))
    assert _rows(ev)[0][:4] == ["US", "SA", "041", "reported"]


def test_being_in_close_contact_is_no_call():
    # control (Reuters, Al Arabiya AL-internationalNews-516 style, minimal variant): a state of contact, no act
    ev = one("وقال المصدر إن فرنسا كانت على اتصال وثيق بالولايات المتحدة قبل الاجتماع.", published="2018-03-18",
             focus="FR", partners=("US",))
    assert len(ev) == 0


def test_expressing_solidarity_with_abbara_is_support_not_a_route():
    # CNN CN-middleEast-476 (2018-04-04): "عبر ترامب عن" is the verb "expressed", not the preposition "via"
    ev = one("وقد عبر ترامب عن \"تكاتفه مع المملكة العربية السعودية\" في مواجهة التهديدات.", published="2018-04-04",
             focus="US", partners=("SA",))
    assert _rows(ev)[0][:4] == ["US", "SA", "051", "reported"]


def test_via_a_country_is_still_a_route():
    # control (minimal variant of the route rule): "عبر روسيا" with no عن after it
    ev = one("وتصل البضائع إلى كوريا الشمالية عبر روسيا.", published="2018-04-04", focus="RU", partners=("KP",))
    assert len(ev) == 0


# ------------------------------------------------------------------ invitations both ways
def test_an_invitation_addressed_to_the_subject_is_the_other_sides_invitation():
    # France24 FR-internationalNews-1782 (2018-06-13): Kim invites Trump, and accepts "دعوة وجهها إليه ترامب"
    ev = one("دعا الزعيم الكوري الشمالي كيم جونغ أون الرئيس الأمريكي دونالد ترامب لزيارة بيونغ يانغ ووافق من جانبه "
             "على دعوة وجهها إليه ترامب لزيارة واشنطن، وذلك خلال القمة التاريخية التي جمعتهما في سنغافورة الثلاثاء.",
             published="2018-06-13", focus="US", partners=("KP",))
    plans = sorted(r[:4] for r in _rows(ev) if r[2] == "036")
    assert plans == [["KP", "US", "036", "intent"], ["US", "KP", "036", "intent"]]


def test_an_unnamed_inviter_is_the_side_the_visit_goes_to():
    # France24 FR-internationalNews-1782 (2018-06-13), the agency's wording: "دعوة وجهت له لزيارة الولايات المتحدة"
    ev = one("ووافق الزعيم الكوري الشمالي كيم جونغ أون على دعوة وجهت له لزيارة الولايات المتحدة.",
             published="2018-06-13", focus="US", partners=("KP",))
    assert [r[:4] for r in _rows(ev)] == [["US", "KP", "036", "intent"]]


# ------------------------------------------------------------------ still ready: a plan, not a standing relation
def test_still_ready_to_talk_is_an_intent():
    # France24 FR-internationalNews-1427 (2018-05-25)
    ev = one("أكدت كوريا الشمالية الجمعة أنها لا تزال على استعداد لإجراء محادثات مع الولايات المتحدة.",
             published="2018-05-25", focus="US", partners=("KP",))
    assert [r[:4] for r in _rows(ev)] == [["KP", "US", "036", "intent"]]


def test_still_close_ties_stay_background():
    # control (minimal variant): "لا تزال" with a standing relation after it gives no event
    ev = one("وقالت كوريا الشمالية إن علاقاتها مع روسيا لا تزال قوية.", published="2018-05-25", focus="RU",
             partners=("KP",))
    assert len(ev) == 0


# ------------------------------------------------------------------ harsh words
def test_calling_the_other_sides_words_stupid_is_criticism():
    # France24 FR-internationalNews-1427 (2018-05-25), the subject named in the clause (minimal variant: the
    # ministry for its deputy minister)
    ev = one("ووصفت وزارة الخارجية الكورية الشمالية تصريحات نائب الرئيس الأمريكي مايك بنس بأنها \"غبية وتنم عن "
             "جهل\".", published="2018-05-25", focus="US", partners=("KP",))
    assert [r[:4] for r in _rows(ev)] == [["KP", "US", "111", "reported"]]


def test_describing_with_praise_is_no_criticism():
    # control (the rule of an earlier session, "وصف ليبرمان إعلان ترمب بأنه شجاع"): a description that praises
    ev = one("ووصف ليبرمان إعلان ترامب بأنه شجاع.", published="2018-05-09", focus="IL", partners=("US",))
    assert not any(r[2] == "111" for r in _rows(ev))


# ------------------------------------------------------------------ welcoming a decision
def test_welcoming_the_other_sides_decision_is_support():
    # minimal variant of the welcome class (France24 FR-internationalNews-926, 2018-04-26, "سارعت واشنطن … إلى
    # الترحيب به"): the decision named with its owner
    ev = one("ورحب الرئيس الأمريكي دونالد ترامب بقرار كوريا الشمالية تعليق التجارب النووية.", published="2018-04-21",
             focus="US", partners=("KP",))
    assert [r[:4] for r in _rows(ev)] == [["US", "KP", "051", "reported"]]


def test_welcoming_a_guest_is_not_coded_as_support():
    # control (minimal variant): a guest welcomed is the visit's business, not support
    ev = one("رحب الرئيس المصري عبد الفتاح السيسي بنظيره السوداني عمر البشير في القاهرة.", published="2018-03-19",
             focus="EG", partners=("SD",))
    assert not any(r[2] == "051" for r in _rows(ev))


# ------------------------------------------------------------------ a second "و… مع" of one meeting verb
def test_a_second_with_and_its_day_make_a_second_meeting():
    # France24 FR-internationalNews-2746 (2018-08-17, the lead's Turkey probe, probed_s36.txt)
    ev = one("تشاور أردوغان هاتفيا الأربعاء مع المستشارة الألمانية أنغيلا ميركل والخميس مع نظيره الفرنسي إيمانويل "
             "ماكرون.", published="2018-08-17", focus="TR", partners=("DE", "FR"))
    rows = sorted(_rows(ev))
    assert [r[:3] + r[4:5] for r in rows] == [["TR", "DE", "040", "2018-08-15"], ["TR", "FR", "040", "2018-08-16"]]


def test_a_country_named_as_a_topic_after_the_one_met_is_no_second_meeting():
    # control (minimal variant): France is what is discussed, not a second one met
    ev = one("تشاور أردوغان هاتفيا الأربعاء مع المستشارة الألمانية أنغيلا ميركل بشأن العلاقات مع فرنسا.",
             published="2018-08-17", focus="TR", partners=("FR",))
    assert len(ev) == 0


# ------------------------------------------------------------------ not yet; a single talk
def test_not_yet_talked_is_a_planned_call():
    # CNN CN-middleEast-1515 (2018-10-13): "لم يتحدث بعد مع" - still to come (036 intent), not refused
    ev = one("قال الرئيس الأمريكي، دونالد ترامب، الجمعة، إنه لم يتحدث بعد مع العاهل السعودي، الملك سلمان.",
             published="2018-10-13", focus="US", partners=("SA",))
    assert [r[:4] for r in _rows(ev)] == [["US", "SA", "036", "intent"]]


def test_not_talked_for_months_stays_denied():
    # control (minimal variant): no "بعد", a negated act
    ev = one("وقال ترامب إنه لم يتحدث مع العاهل السعودي منذ أشهر.", published="2018-10-13", focus="US",
             partners=("SA",))
    assert [r[3] for r in _rows(ev)] == ["denied"]


def test_a_good_talk_with_the_leader_is_talks():
    # France24 FR-internationalNews-980 (2018-04-29): the singular "محادثة" with مع after it
    ev = one("وقال بومبيو إنه أجرى \"محادثة جيدة\" مع زعيم كوريا الشمالية خلال زيارته بيونغ يانغ.",
             published="2018-04-29", focus="US", partners=("KP",))
    assert [r[:4] for r in _rows(ev)] == [["US", "KP", "040", "reported"]]


def test_a_plan_is_dated_by_the_day_it_is_set_for():
    # France24 FR-internationalNews-980 (2018-04-29): the summit "المقرر عقدها في حزيران/يونيو", not Easter
    ev = one("وقال وزير الخارجية الأمريكي لشبكة \"ايه بي سي نيوز\" السبت، إنّ كيم بدا \"مستعدا بشكل جيد جدا\" خلال "
             "اللقاء الذي تم بينهما خلال عطلة عيد الفصح وكان هدفه الإعداد للقمة التاريخية المقرر عقدها في "
             "حزيران/يونيو بين الرئيس الأمريكي والزعيم الكوري الشمالي.", published="2018-04-29", focus="US",
             partners=("KP",))
    plans = [r for r in _rows(ev) if r[3] == "intent"]
    assert plans and plans[0][4:] == ["2018-06-01", "2018-06-30", "month"]


def test_the_side_named_before_wasafa_is_not_the_one_called_names():
    # France24 FR-middleEast-281 (2018-04-14), read for the pair US-Syria: Khamenei calls Trump a criminal; Syria is
    # where the strikes fell, before the verb - no US-Syria criticism
    ev = one("وندد المرشد الأعلى الإيراني آيه الله علي خامنئي بشدة بالضربات التي شنتها الدول الغربية على سوريا، ووصف "
             "الرئيس الأمريكي دونالد ترامب والرئيس الفرنسي إيمانويل ماكرون ورئيسة الوزراء البريطانية تيريزا ماي "
             "بـ\"المجرمين\".", published="2018-04-14", focus="US", partners=("SY",))
    assert not any(r[2] == "111" for r in _rows(ev))


def test_a_state_agencys_day_is_not_the_day_of_the_invitation_it_reports():
    # France24 FR-internationalNews-1782 (2018-06-13): KCNA reports on Wednesday what Kim did at Tuesday's summit
    ev = one("ذكرت وكالة الأنباء الكورية الشمالية الرسمية الأربعاء أن الزعيم الكوري الشمالي كيم جونغ أون قد دعا الرئيس "
             "الأمريكي دونالد ترامب لزيارة بلاده، وذلك خلال القمة التي جمعتهما في سنغافورة الثلاثاء.",
             published="2018-06-13", focus="US", partners=("KP",))
    plans = [r for r in _rows(ev) if r[2] == "036"]
    assert plans and plans[0][4] != "2018-06-13"


# ------------------------------------------------------------------ a visit named in the speaker's frame
def test_a_visit_in_the_speakers_frame_is_the_speakers_visit():
    # minimal variant of CNN CN-middleEast-1610 (2018-10-19, the lead's probe): "بعد زيارة إلى تركيا" between the
    # speaker (office and name) and what he says
    ev = one("وقال وزير الخارجية الأمريكي مايك بومبيو، بعد زيارة إلى تركيا، إن الأدلة قوية.", published="2018-10-19",
             focus="US", partners=("TR",))
    assert [r[:4] for r in _rows(ev)] == [["US", "TR", "042", "reported"]]


def test_a_visit_to_a_third_country_in_the_frame_is_no_visit_to_the_partner():
    # control (minimal variant): Saudi Arabia is visited; Turkey is only in what is said
    ev = one("وقال وزير الخارجية الأمريكي مايك بومبيو، بعد زيارة إلى السعودية، إن تركيا تملك الأدلة.",
             published="2018-10-19", focus="US", partners=("TR",))
    assert not any(r[2][:2] == "04" for r in _rows(ev))
