"""Events, session 33 (second round of the twenty-first session): rules read on the development split s26-mix and on the
lead's probe of 60 unannotated Russia–partner articles (probed_s33.txt).

Every sentence is real news (the document named in the comment) or a minimal variant of one, marked as such."""
from __future__ import annotations

from test_events import one


def _pairs(ev):
    return ev[["source", "target", "cameo_code"]].values.tolist()


# ------------------------------------------------------------------ reaching an agreement
def test_reached_an_agreement_is_an_agreement_of_the_pair():
    # France24 (2018-07-09, probe): "توصلت أنقرة وموسكو إلى اتفاق" gave nothing while "اتفقت"/"وقعت" did
    ev = one("وتوصلت أنقرة وموسكو إلى اتفاق بشأن شراء تركيا منظومة صواريخ إس-400 الروسية التي لا تتماشى مع منظومة "
             "الدفاع الخاصة بالحلف شمال الأطلسي.", published="2018-07-09", focus="RU", partners=("TR",))
    assert sorted(ev["cameo_code"]) == ["057"] and set(ev["source"]) | set(ev["target"]) == {"RU", "TR"}
    # variant of the lead's probe sentence
    ev = one("توصلت روسيا وتركيا إلى اتفاق لوقف إطلاق النار في إدلب.", published="2018-07-09", focus="RU",
             partners=("TR",))
    assert _pairs(ev) == [["RU", "TR", "057"]] and ev.iloc[0]["status"] == "reported"


def test_seeking_to_reach_an_agreement_is_no_agreement():
    # Al Arabiya (2018-07-06, negatives): the noun "التوصل إلى" after a verb of effort is an aim, not an act
    ev = one("وقال إن ألمانيا، بالإضافة إلى روسيا والصين، تعمل على التوصل إلى آلية مالية مع إيران.",
             published="2018-07-06", focus="RU", partners=("DE",))
    assert "057" not in set(ev["cameo_code"])


# ------------------------------------------------------------------ a third party's visit, a third party's denial
def test_visit_of_a_third_partys_envoy_is_not_the_pair_named_before_it():
    # Al Arabiya (2018-03-26, s26-mix): the UN envoy visits Sanaa; Saudi Arabia is the Houthis' target, no visitor
    ev = one("وأضافت أن تكرار #ميليشيات_الحوثي_الانقلابية إطلاق الصواريخ على السعودية بالتزامن مع زيارة المبعوث الأممي "
             "الجديد إلى صنعاء، يعتبر مؤشراً لمضيّها في الإصرار على نهجها العدواني.", published="2018-03-26",
             focus="SA", partners=("YE",))
    assert len(ev) == 0


def test_visit_noun_with_our_role_in_its_genitive_still_counts():
    # the same construction with a visitor of ours in the genitive keeps its visit (variant)
    ev = one("وصل وزير الخارجية الروسي سيرغي لافروف إلى أنقرة في زيارة رسمية.", published="2018-04-03",
             focus="RU", partners=("TR",))
    assert ["RU", "TR", "042"] in _pairs(ev)


def test_dismissed_accusation_against_a_third_party_is_not_the_accusers_denial():
    # CNN (2018-03-30, s26-mix): Iran's envoy calls the Saudi accusations *against Iran* baseless: no Saudi denial
    ev = one('ومن جانبه، اعتبر مندوب إيران الدائم في الأمم المتحدة غلام علي خوشرو، أن الاتهامات السعودية لإيران بتهريب '
             'أسلحة وصواريخ باليستية إلى اليمن، "لا أساس لها" وتهدف إلى "حرف أنظار" الرأي العام عما وصفه بـ"الجرائم" '
             'السعودية في اليمن.', published="2018-03-30", focus="SA", partners=("YE",))
    assert "016" not in set(ev["cameo_code"])
    # variant with the pair (Yemen's envoy): the one after ل is accused and rejects the charge, YE -> SA (was SA -> YE)
    ev = one('ومن جانبه، اعتبر مندوب اليمن في الأمم المتحدة، أن الاتهامات السعودية لليمن بتهريب أسلحة، "لا أساس لها".',
             published="2018-03-30", focus="SA", partners=("YE",))
    assert ["YE", "SA", "016"] in _pairs(ev) and ["SA", "YE", "016"] not in _pairs(ev)


# ------------------------------------------------------------------ lists: a bracketed list, bilateral meetings of a list
def test_pair_at_the_end_of_a_list_of_powers_is_no_negotiation_of_the_pair():
    # France24 (2018-04-24, probe): the parties of the 2015 deal in brackets (the mirrored ")" opener as printed)
    ev = one("ويسعى ماكرون إلى إقناع نظيره الأمريكي بعدم الانسحاب من الاتفاق الذي تم توقيعه في تموز/يوليو 2015  بين "
             "طهران والقوى العظمى )الصين، الولايات المتحدة، فرنسا، بريطانيا، روسيا وألمانيا) بعد عشر سنوات من "
             "المفاوضات.", published="2018-04-24", focus="RU", partners=("DE",))
    assert len(ev) == 0


def test_bilateral_meetings_of_a_list_of_ministers_hold_the_pair():
    # France24 (2018-04-28, probe): three ministers named by coordinated demonym + name held bilateral meetings
    ev = one("وعقد وزراء الخارجية الروسي سيرغي لافروف والتركي مولود تشاوش أوغلو والإيراني محمد جواد ظريف اجتماعات "
             "ثنائية وثلاثية في موسكو.", published="2018-04-28", focus="RU", partners=("TR",))
    assert _pairs(ev) == [["RU", "TR", "040"]]
    # the trilateral meeting alone stays the three's (variant)
    ev = one("وعقد وزراء الخارجية الروسي سيرغي لافروف والتركي مولود تشاوش أوغلو والإيراني محمد جواد ظريف اجتماعات "
             "ثلاثية في موسكو.", published="2018-04-28", focus="RU", partners=("TR",))
    assert len(ev) == 0


# ------------------------------------------------------------------ recognising a city as the other side's capital
def test_recognising_a_city_as_the_other_sides_capital_is_recognition():
    # France24 (2018-03-18, s26-mix): the noun with its agent in the genitive and the city as a pronoun
    ev = one("ويعتبر الفلسطينيون القدس عاصمتهم وشكل اعتراف ترامب بها عاصمة لإسرائيل قطيعة مع عقود من الدبلوماسية "
             "الامريكية.", published="2018-03-18", focus="US", partners=("IL",))
    assert ["US", "IL", "054"] in _pairs(ev)
    # CNN (2018-03-07, s26-mix): Netanyahu thanks Trump for recognising it (the agent a pronoun on the noun)
    ev = one("بدأ نتنياهو خطابه بشكر الرئيس ترامب لاعترافه بالقدس عاصمة لإسرائيل، ونقل السفارة الأمريكية إليها.",
             published="2018-03-07", focus="IL", partners=("US",))
    assert ["US", "IL", "054"] in _pairs(ev) and ["IL", "US", "051"] in _pairs(ev)
    # variant: the finite verb
    ev = one("وكان الرئيس الأمريكي دونالد ترامب قد اعترف بالقدس عاصمة لإسرائيل.", published="2018-03-18", focus="US",
             partners=("IL",))
    assert _pairs(ev) == [["US", "IL", "054"]]


def test_recognition_by_a_third_country_is_not_the_pairs():
    # variant: Guatemala recognises it; the US is only named after
    ev = one("واعترفت غواتيمالا بالقدس عاصمة لإسرائيل بعد الولايات المتحدة.", published="2018-03-18", focus="US",
             partners=("IL",))
    assert "054" not in set(ev["cameo_code"])


def test_act_named_by_an_anniversary_is_that_long_before_the_day_marked():
    # France24 (2018-03-18, s26-mix): 100 days before Friday 16 March 2018 is 6 December 2017
    ev = one('وتصاعد التوتر الجمعة مع دعوة حركة المقاومة الإسلامية حماس إلى "يوم غضب" في مناسبة ذكرى مرور 100 يوم على '
             'إعلان الرئيس الأميركي دونالد ترامب الاعتراف بالقدس عاصمة لإسرائيل.', published="2018-03-18", focus="US",
             partners=("IL",))
    row = ev[ev["cameo_code"] == "054"]
    assert len(row) == 1 and row.iloc[0]["date_start"] == "2017-12-06" and row.iloc[0]["date_end"] == "2017-12-06"


# ------------------------------------------------------------------ a meeting hours ahead
def test_meeting_hours_ahead_is_planned_on_the_day_of_the_news():
    # Jawhara FM (2017-02-15, s26-mix): said hours before the White House meeting: planned (036), that day
    ev = one("وقال المسؤول، قبل ساعات من اجتماع في البيت الأبيض بين ترامب ورئيس الوزراء الإسرائيلي بنيامين نتنياهو، إن "
             "السلام هو الهدف النهائي.", published="2017-02-15", focus="IL", partners=("US",))
    assert len(ev) == 1 and ev.iloc[0]["cameo_code"] == "036" and ev.iloc[0]["status"] == "intent"
    assert ev.iloc[0]["date_start"] == ev.iloc[0]["date_end"] == "2017-02-15"


# ------------------------------------------------------------------ strikes on sites in a country
def test_strikes_on_sites_in_a_country_strike_that_country():
    # CNN (2018-04-14, s26-mix): the US with Britain and France as companions, sites "في سوريا"
    ev = one("وأعلن الرئيس الأمريكي دونالد ترامب، فجر السبت، عن شن بلاده إلى جانب كل من بريطانيا وفرنسا لضربات استهدفت "
             "مواقع ومنشآت كيماوية في سوريا.", published="2018-04-14", focus="US", partners=("SY",))
    assert [r[:2] for r in _pairs(ev)] == [["US", "SY"]] and ev.iloc[0]["cameo_code"].startswith("19")
    assert ev.iloc[0]["date_start"] == "2018-04-14"
    # variant: the plain verb and noun
    ev = one("وشنت الولايات المتحدة ضربات على مواقع في سوريا.", published="2018-04-14", focus="US", partners=("SY",))
    assert _pairs(ev) == [["US", "SY", "195"]]


def test_strikes_on_armed_groups_sites_in_a_country_do_not_strike_its_state():
    # variants: the opposition's or the Islamic State's sites in Syria are not the Syrian state's
    for s in ("وشنت روسيا غارات على مواقع للمعارضة المسلحة في سوريا.",
              "وقصفت الطائرات الروسية مواقع تنظيم داعش في سوريا."):
        assert len(one(s, published="2018-04-14", focus="RU", partners=("SY",))) == 0


# ------------------------------------------------------------------ moving an embassy, and a promise to
def test_promise_to_move_the_embassy_into_the_other_side_is_an_intent():
    # Jawhara FM (2017-01-22, s26-mix): the promise named as a noun, the embassy's demonym and its host
    ev = one('انطلق البيت الأبيض في "المراحل الأولى" من المداولات لتنفيذ وعد الرئيس الأمريكي دونالد ترامب بنقل السفارة '
             'الأميركية في إسرائيل من تل أبيب إلى القدس.', published="2017-01-22", focus="US", partners=("IL",))
    assert _pairs(ev) == [["US", "IL", "030"]] and ev.iloc[0]["status"] == "intent"
    # variant: the promise as a verb
    ev = one("وكان ترامب قد وعد بنقل السفارة الأمريكية في إسرائيل من تل أبيب إلى القدس.", published="2017-01-22",
             focus="US", partners=("IL",))
    assert _pairs(ev) == [["US", "IL", "030"]]


def test_moving_the_embassy_into_the_other_side_is_recognition():
    # variant of the same sentence: the move itself, done
    ev = one("وأتمت واشنطن نقل السفارة الأمريكية في إسرائيل من تل أبيب إلى القدس.", published="2018-05-16",
             focus="US", partners=("IL",))
    assert ["US", "IL", "054"] in _pairs(ev)
