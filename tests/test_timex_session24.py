"""The dates session 24 (second round on dev-23, heldout22): race distances in metres, noon of a named day."""
from __future__ import annotations

from marsad.dates.timex import tag_rows


def rows(text: str, published: str) -> list[tuple[str, str, str]]:
    return [(r["text"], r["type"], r["value"]) for r in tag_rows(text, published=published)]


def test_a_race_distance_in_metres_is_no_year():
    got = rows("فاز الحصان بكأس دبي العالمي ومسافته 2000 م على المضمار الرملي، بزمن قياسي.", "2018-03-31")
    assert got == []
    got = rows("والإماراتي هيفي ميتل بسباق غودلفين مايل (1600 م رملي، مليون دولار).", "2018-03-31")
    assert got == []
    # the era's "م" after a year stays a year
    assert rows("ولد الشاعر عام 1950 م في القاهرة.", "2018-03-31") == [("عام 1950 م", "DATE", "1950")]


def test_noon_of_a_named_day_is_one_time():
    got = rows("وبلغ منسوب المياه بسد سيدي سالم الى حدود منتصف نهار، السبت، 630 مليون متر مكعب.", "2015-02-28")
    assert got == [("منتصف نهار، السبت", "TIME", "2015-02-28T12:00")]
    got = rows("وأضاف المكتب الأممي أنه \"بحلول منتصف نهار الأحد ، كان 47 في المائة من الأشخاص قد غادروا\".", "2018-09-11")
    assert got == [("منتصف نهار الأحد", "TIME", "2018-09-09T12:00")]


def test_a_clock_under_a_date_heading_line_is_on_that_day():
    text = ("تدور يوم الأحد القادم مقابلات الجولة الأولى من مرحلة التتويج وفي ما تعيينات الحكام :\nالأحد 26 فيفري 2017\n"
            "الجولة الأولى : الساعة 14:00 النجم الرياضي الساحلي - إتحاد بن قردان / وسيم بن صالح الساعة 16:00 النادي الإفريقي")
    got = rows(text, "2017-02-24")
    assert ("الساعة 14:00", "TIME", "2017-02-26T14:00") in got and ("الساعة 16:00", "TIME", "2017-02-26T16:00") in got


def test_an_evening_whose_day_its_sentence_names_is_that_evening():
    got = rows("أفصحت الكأس، أمس، عن بطلها، ليهدي الجواد الإمارات البطولة الحادية عشرة في أمسية استثنائية اكتملت لها كل صور "
               "الإبداع.", "2018-04-01")
    assert got == [("أمس", "DATE", "2018-03-31"), ("أمسية", "TIME", "2018-03-31TEV")]
    got = rows("\"لاغوس تبرز ما هي عليه\" خلال أمسية تتخللها حفلات موسيقية وعروض أزياء وعروض مسرحية الثلاثاء، سيطلق رئيس "
               "الدولة رسميا موسم الثقافات", "2018-07-03")
    assert got == [("أمسية", "TIME", "2018-07-03TEV"), ("الثلاثاء", "DATE", "2018-07-03")]
    # "this evening" said in a quotation is the evening of the day it was said
    got = rows("وقالت مديرة المعرض للرئيس ماكرون إنها \"متحمسة جدا لهذه الأمسية\". وأضافت \"إنها جرأة منه\".", "2018-07-03")
    assert got == [("هذه الأمسية", "TIME", "2018-07-03TEV")]


def test_an_evening_of_a_kind_or_with_no_day_is_no_time():
    assert rows("وكان لاعبو المصرى على مستوى الحدث، أسعدوا جماهيرهم وقدموا أمسية كروية جميلة.", "2018-02-13") == []
    assert rows("وستعلن النتائج اليوم في امسية شعرية خاصة بالنساء فقط وستقام هذه الامسية تحت رعاية الوزيرة.",
                "2015-12-24") == [("اليوم", "DATE", "2015-12-24")]


def test_someday_in_a_condition_lies_ahead_even_after_a_perfect():
    got = rows("ونفى الخوض في مسألة عودته، مضيفا أنّه إذا قرّر يوْما أن يكون لديه مشروع سياسي سيعلن عنه.", "2015-11-05")
    assert got == [("يوْما", "DATE", "FUTURE_REF")]
    # no condition: a bare "يوما" after a perfect is no day
    assert rows("وقرر يوما أن يرحل عن المدينة.", "2015-11-05") == []


def test_a_slash_between_the_day_and_the_month_name():
    got = rows("وبدأت العمليات البرية ضمن المرحلة الثالثة من عملية راوندآب يوم 10/ سبتمبر أيلول، حسبما أفاد التحالف.",
               "2018-09-11")
    assert got == [("يوم 10/ سبتمبر أيلول", "DATE", "2018-09-10")]


def test_a_forecasts_part_of_the_day_is_on_the_forecasts_day():
    text = ("توقعات الطقس اليوم الاثنين\n\nيكون هناك ضبابا محليا في الصباح ثم سحبا عابرة على كامل البلاد.\n"
            "الريح تكون شمالية غربية قوية من 40 إلى 60 كلم/س قرب السواحل الشرقية.")
    assert rows(text, "2017-02-27") == [("اليوم الاثنين", "DATE", "2017-02-27"), ("الصباح", "TIME", "2017-02-27TMO")]
    # no weather in it: a bare "في الصباح" is no time of its own
    assert rows("اجتمع الوزير اليوم الاثنين بالنقابات وكان قد التقى في الصباح بالسفير.", "2017-02-27") == [
        ("اليوم الاثنين", "DATE", "2017-02-27")]


def test_a_race_time_with_hundredths_is_no_clock():
    got = rows("فاز الجواد بكأس دبي العالمي بزمن وقدره 02:01.38 دقيقة، متفوقا بفارق خمسة أطوال.", "2018-03-31")
    assert not [g for g in got if g[1] == "TIME"], got
    assert ("20:45", "TIME", "2018-03-31T20:45") in rows("انطلقت المباراة اليوم في 20:45. وانتهت بالتعادل.", "2018-03-31")


def test_a_feast_an_act_is_for_lies_ahead():
    text = "كما شارك في تصوير فيلم 122 بصحبة طارق لطفي من أجل عرضه في موسم عيد الأضحى. وبعد انتهائه من التصوير سافر."
    assert rows(text, "2018-07-11") == [("عيد الأضحى", "DATE", "2018-08-21")]
    # no purpose: a past clause keeps the last feast
    assert rows("كما شارك في تصوير فيلم 122 في موسم عيد الأضحى.", "2018-07-11") == [("عيد الأضحى", "DATE", "2017-09-01")]
