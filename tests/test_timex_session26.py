"""The dates session 26 (a second round on dev-24, heldout23, development data): a bare morning or night of a past
report, the "اليلة" slip for tonight, a Tunisian hour word before its clock in figures, a late hour of a named day,
a season written later year first."""
from __future__ import annotations

from marsad.dates.timex import tag_rows


def rows(text: str, published: str) -> list[tuple[str, str, str]]:
    return [(r["text"], r["type"], r["value"]) for r in tag_rows(text, published=published)]


def test_a_bare_morning_of_a_past_report_is_the_reference_day_morning():
    got = rows("اندلع الحريق في الصباح واستجابت قوى الدفاع المدني للحادثة مع وصول 18 عربة إنقاذ.", "2018-03-18")
    assert got == [("الصباح", "TIME", "2018-03-18TMO")]
    got = rows("كرة من اللهب، وصوت تحطم طائرة، أيقظا جيران عائلة بمدينة بايسون بولاية يوتا الأمريكية، خلال ساعات الصباح "
               "الباكر.", "2018-08-14")
    assert got == [("ساعات الصباح الباكر", "TIME", "2018-08-14TMO")]


def test_a_bare_morning_of_a_habit_a_plan_or_a_quotation_is_no_time():
    assert rows("ولا على ما يتخذه شخص معين فجأة من قرارات في الصباح.", "2018-04-13") == []
    assert rows("سيصل الوفد إلى العاصمة في الصباح.", "2018-04-13") == []
    assert rows('وقال الشاهد: "خرجنا في الصباح ولم نعد".', "2018-04-13") == []
    # a day in its sentence: the morning is that day's (another rule), not the report's
    got = rows("اندلع الحريق في الصباح الباكر يوم الأحد.", "2018-03-20")
    assert ("الصباح", "TIME", "2018-03-20TMO") not in got and ("الصباح الباكر", "TIME", "2018-03-20TMO") not in got


def test_a_fire_that_broke_out_at_night_is_the_night_before_the_report():
    got = rows("ذكرت وزارة الصحة والرعاية الاجتماعية في تايوان أن حريقا نشب ليلا في مستشفى في تايبييه تسبب بمقتل 9 أشخاص "
               "على الأقل.", "2018-08-13")
    assert ("ليلا", "TIME", "2018-08-12TNI") in got
    # an imperfect before it is a habit: no night
    assert rows("وتنشب الحرائق ليلا في الغابات.", "2018-08-13") == []


def test_the_tonight_slip_and_a_tunisian_hour_word_before_its_clock():
    got = rows("فينال 3 NESCAFÉ Comedy Show تتفرجو فيها اليلة مع التسعة (21:00) على قناة الحوار التونسي.", "2016-11-18")
    assert got == [("اليلة", "TIME", "2016-11-18TNI"), ("التسعة", "TIME", "2016-11-18T21:00"),
                   ("21:00", "TIME", "2016-11-18T21:00")]
    # an hour word that is not the clock's hour is no clock
    got = rows("تتفرجو فيها اليلة مع العشرة (21:00) على قناة الحوار التونسي.", "2016-11-18")
    assert [g for g in got if g[0] == "العشرة"] == []


def test_a_late_hour_of_a_named_day_is_that_days_night():
    got = rows("إعلان جاء إثر سلسلة احتجاجات في ساعة متأخرة الجمعة، في وقت أبدى فيه كل من الحزبين قلقهما.", "2018-07-29")
    assert got == [("ساعة متأخرة الجمعة", "TIME", "2018-07-27TNI")]
    got = rows("وكان الطيران الحربي الإسرائيلي قد قصف موقعين غرب مدينتي رفح وخان يونس، بستة صواريخ، في ساعة متأخرة الليلة "
               "الماضية، وألحق دماراً بهما.", "2018-05-27")
    assert got == [("ساعة متأخرة الليلة الماضية", "TIME", "2018-05-26TNI")]


def test_a_season_written_later_year_first():
    got = rows("حددت الجامعة موعدا لعملية سحب قرعة الدور التمهيدي الثاني لكاس تونس لكرة القدم لموسم 2017/2016.", "2016-11-09")
    assert [g for g in got if g[0] in ("2017", "2016")] == [("2017", "DATE", "2017"), ("2016", "DATE", "2016")]
    # a reference number with a year-like figure first is no pair of years
    assert [g for g in rows("وصدر القرار 2016/2015 عن المجلس.", "2016-11-09") if g[0] in ("2016", "2015")] == []


def test_an_event_noun_that_said_something_is_no_event_ahead():
    # "مؤتمر الأساقفة" (the bishops' conference) is the subject of "أعلن": the Friday is the past one
    got = rows("أعلن مؤتمر الأساقفة الذي يتمتع بنفوذ كبير في نيكاراغوا الجمعة أن الحكومة وافقت على دعوة مراقبين "
               "مستقلين.", "2018-06-16")
    assert got == [("الجمعة", "DATE", "2018-06-15")]
    # an event in a relative clause in the present, not the subject of a saying, is still ahead
    got = rows("أقيم مساء الأحد مؤتمر صحفي عن الحفل الذي يجمعهما بدار الأوبرا مساء الأربعاء.", "2018-06-16")
    assert ("مساء الأربعاء", "TIME", "2018-06-20TEV") in got
