"""The eighteenth dates session's rules (dev-19's error classes), each on sentences composed for it."""
from __future__ import annotations

from marsad.dates.timex import tag_rows


def rows(text: str, published: str) -> list[tuple[str, str, str]]:
    return [(r["text"], r["type"], r["value"]) for r in tag_rows(text, published=published)]


def test_the_night_between_two_days_is_the_first_days():
    got = rows("تم حجز البضاعة خلال الليلة الفاصلة بين 4 و5 مارس 2016 بالجهة.", "2016-03-06")
    assert ("الليلة", "TIME", "2016-03-04TNI") in got
    assert ("5 مارس 2016", "DATE", "2016-03-05") in got
    got = rows("أوقفت الوحدات مهربين في الليلة الفاصلة بين يومي 28 و29 فيفري 2016.", "2016-03-01")
    assert ("الليلة", "TIME", "2016-02-28TNI") in got
    # a pair of weekdays likewise (nineteenth session: the gold's convention, no longer the fifteenth session's one span)
    assert rows("هاجمت مجموعة المحطة في الليلة الفاصلة بين الجمعة والسبت.", "2016-12-03") == [
        ("الليلة", "TIME", "2016-12-02TNI"), ("الجمعة", "DATE", "2016-12-02"), ("السبت", "DATE", "2016-12-03")]


def test_a_part_of_the_day_before_a_date_in_figures():
    assert rows("أوقفت الشرطة المشتبه به ليلة 2016.05.10 في العاصمة.", "2016-05-12") == [
        ("ليلة 2016.05.10", "TIME", "2016-05-10TNI")]
    assert rows("وصل الوفد صباح 12/04/2018 إلى المطار.", "2018-04-13") == [("صباح 12/04/2018", "TIME", "2018-04-12TMO")]
    assert rows("نشر التقرير في 12/04/2018.", "2018-04-13") == [("12/04/2018", "DATE", "2018-04-12")]


def test_a_part_of_that_day():
    # the last date written before it is a year: the day is unknown
    assert ("صباح ذلك اليوم", "TIME", "XXXX-XX-XXTMO") in rows(
        "وقعت الحادثة في عام 1990، وقال إن الشرطة وصلت صباح ذلك اليوم إلى القرية.", "2017-03-31")
    # the last date written before it is a day: that day
    assert ("مساء ذلك اليوم", "TIME", "2017-03-06TEV") in rows(
        "دخلت المستشفى يوم الاثنين 6 مارس 2017، ثم غادرته مساء ذلك اليوم.", "2017-03-08")


def test_years_gone_by_point_back_to_a_time():
    assert ("40 سنة مضت", "DATE", "1977") in rows("تعود القصة إلى 40 سنة مضت في تونس.", "2017-03-31")
    assert ("ستة أشهر مضت", "DATE", "2017-09") in rows("أنفقت الشركة حتى ستة أشهر مضت مليون دولار.", "2018-03-15")
    # the last N years, a length
    assert ("10 أعوام", "DURATION", "P10Y") in rows("كنا في سبات خلال 10 أعوام مضت.", "2018-05-04")


def test_the_end_of_the_daytime_in_a_forecast():
    assert rows("تتكاثف السحب تدريجيا آخر النهار بالمناطق الغربية.", "2017-02-18") == [
        ("آخر النهار", "TIME", "2017-02-18TDT")]
    got = tag_rows("يكون الطقس غدا الأحد مغيما ثم ممطرا اخر النهار بالشمال.", published="2017-02-04")
    assert [(r["text"], r["value"], r["mod"]) for r in got if r["type"] == "TIME"] == [("اخر النهار", "2017-02-05TDT", "END")]


def test_since_this_morning_is_the_reference_days_morning():
    assert ("الصباح", "TIME", "2018-03-02TMO") in rows('وقال الوزير "سمعنا عدة روايات منذ الصباح حول الحادث".', "2018-03-02")
    assert ("الصباح الباكر", "TIME", "2018-05-06TMO") in rows("وانتشر المراقبون منذ الصباح الباكر أمام المكاتب.", "2018-05-06")
    # with its own day it is that day's (the earlier rules)
    assert ("الصباح", "TIME", "2018-05-06TMO") not in rows("انتظروا منذ صباح السبت أمام المكاتب.", "2018-05-06")


def test_a_bare_night_of_a_past_report_is_the_night_before():
    assert ("الليل", "TIME", "2018-04-13TNI") in rows(
        "وجاء البيان بعد غارات نفذتها الطائرات على مواقع عسكرية خلال الليل.", "2018-04-14")
    assert ("الليل", "TIME", "2018-07-04TNI") in rows("وقال مراسل إن القصف لم يتوقف طوال الليل على المدينة.", "2018-07-05")
    # a forecast, an advice, a habit: no night of a day
    assert rows("وينتظر نزول بعض الأمطار أثناء الليل بالشمال.", "2016-10-13") == []
    assert rows("وقال الخبراء إن الناس يتركون الهاتف على الشحن خلال الليل.", "2018-01-24") == []
    assert rows("وقال مهاجرون إن الحراس كانوا يضربونهم خلال الليل.", "2018-04-18") == []


def test_a_part_of_the_day_in_a_habit_is_no_time():
    assert rows("وكان دائماً ما يعود إلى البيت في ساعات الصباح الأولى.", "2018-06-05") == []
    assert rows("وعادة ما يخرج الصيادون في الصباح الباكر.", "2018-06-05") == []
    # "at times" in a forecast is no habit; Douma is a town, not "always"
    assert ("بعد الظهر", "TIME", "2017-05-25TAF") in rows("طقس اليوم الخميس: تكون السحب أحيانا كثيفة بعد الظهر.", "2017-05-25")


def test_a_plural_weekday_with_a_relative_word_does_not_crash():
    assert rows("وكانت المساجد تمتلئ أيام الجمعة السابقة بالمصلين.", "2018-03-02") == [("الجمعة السابقة", "SET", "XXXX-WXX-5")]


def test_until_this_moment_and_in_the_future():
    assert ("اللحظة", "DATE", "PRESENT_REF") in rows("ولم تعلن أي جهة حتى اللحظة مسؤوليتها عن الهجوم.", "2018-03-13")
    assert ("مستقبلاً", "DATE", "FUTURE_REF") in rows("وتأمل الوزارة أن تتجنب هذه الأخطاء مستقبلاً.", "2018-02-06")
    assert ("مستقبلا", "DATE", "FUTURE_REF") in rows("كيف ستجري الأمور مستقبلا وما الذي تخطط له الحكومة؟", "2018-05-11")
    # the noun "a future" with its adjective is no time
    assert rows("ويستحق الشباب مستقبلا أفضل.", "2018-06-22") == []
    assert rows("لجأ إلى الرياضة ليشق لنفسه مستقبلا مميزا.", "2018-05-18") == []


def test_opening_and_closing_days_are_counted_days():
    assert ("اليوم الإفتتاحي", "DATE", "XXXX-XX-XX") in rows("فاز الفريق في اليوم الإفتتاحي للبطولة.", "2017-03-17")
    assert ("اليوم الختامي", "DATE", "XXXX-XX-XX") in rows("حضر الوزير اليوم الختامي للتظاهرة.", "2017-01-08")


def test_ramadan_after_those_who_break_its_fast():
    assert ("رمضان", "DATE", "2017-05") in rows("صدرت أحكام على عدد من مفطري رمضان.", "2017-06-06")
    assert ("رمضان", "DATE", "2017-05") not in rows("سجل رمضان صبحي هدفا.", "2017-06-06")


def test_a_night_spent_and_a_late_evening_of_a_past_story():
    text = ("انهار جسر في المدينة الثلاثاء. \nوقضى عناصر الإنقاذ الليل وهم يبحثون عن ناجين. وكانت شاحنة حتى "
            "وقت متأخر من المساء متوقفة قرب الحافة.")
    got = rows(text, "2018-08-15")
    assert ("الليل", "TIME", "2018-08-14TNI") in got and ("المساء", "TIME", "2018-08-14TEV") in got
    # a condition, no night that was; a late evening with no told day stays untagged
    assert rows("وقال إنه لكان قضى الليل معها بدون تردد.", "2018-07-13") == []
    assert rows("يفضل الناس الخروج حتى وقت متأخر من المساء.", "2018-07-13") == []


def test_a_hijri_month_before_a_gregorian_year():
    assert rows("عدد ساعات صيام رمضان 2016 في أنحاء العالم", "2016-06-06") == [("رمضان 2016", "DATE", "2016-06")]
    # the year written, not the Ramadan nearest the article
    assert rows("ففي رمضان 2017، ارتفع استخدام تويتر", "2018-05-13") == [("رمضان 2017", "DATE", "2017-05")]
    assert rows("خلال اليومين الأولين من شهر رمضان 2015", "2016-06-06")[-1] == ("شهر رمضان 2015", "DATE", "2015-06")
