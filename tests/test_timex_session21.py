"""The twenty-first dates session: a deictic day written with its weekday (TimeML development documents' class)."""
from __future__ import annotations

from marsad.dates.timex import tag_rows


def rows(text: str, published: str) -> list[tuple[str, str, str]]:
    return [(r["text"], r["type"], r["value"]) for r in tag_rows(text, published=published)]


def test_a_deictic_day_with_its_weekday_a_day_or_two_back_is_that_weekday():
    # a Thursday report: the day before yesterday named as Sunday was written two days before it was published
    got = rows("هونج كونج رويترز: حصد فيلم (من الماضي للمستقبل) امس الاول الاحد الجوائز الكبرى بمهرجان هونج كونج السينمائي.",
               "2015-12-24")
    assert got == [("امس الاول الاحد", "DATE", "2015-12-20")]
    got = rows("وكان الفريق قد فاز أول أمس الثلاثاء على ضيفه بهدفين نظيفين في ملعبه.", "2018-02-17")
    assert got == [("أول أمس الثلاثاء", "DATE", "2018-02-13")]


def test_a_deictic_day_whose_weekday_lies_ahead_or_far_back_is_not_moved():
    # a text is not written after it is published: the weekday that would need it keeps the counted day
    assert rows("يغادر المصور الفوتوغرافي سالم الشكيلي غدا الاثنين الى البحرين لاقامة معرضه الشخصي.", "2015-12-24") == [
        ("غدا الاثنين", "DATE", "2015-12-25")]
    assert rows("يفتتح بعد غد الثلاثاء مدير عام المديرية معرض الكتاب.", "2015-12-24") == [
        ("بعد غد الثلاثاء", "DATE", "2015-12-26")]
    # and today with its weekday keeps the rule of a page of briefs (the nearest such weekday)
    assert rows("قالت الوزارة اليوم الأحد إن الخطة جاهزة.", "2018-03-07") == [("اليوم الأحد", "DATE", "2018-03-04")]


def test_the_clock_a_moved_deictic_day_governs_moves_with_it():
    # a Tuesday brief written on Monday: "tomorrow Tuesday" is that Tuesday, and so is its clock
    got = rows("تشهد مناطق قرماسة والفرش من مدينة تطاوين، ابتداء من الساعة الحادية عشرة من يوم غد الثلاثاء اضطرابا في "
               "توزيع مياه الشرب.", "2017-01-31")
    assert got == [("الساعة الحادية عشرة", "TIME", "2017-01-31T11:00"), ("يوم غد الثلاثاء", "DATE", "2017-01-31")]


def test_the_seconds_of_a_clock_belong_to_it():
    got = rows("وأوضح المعهد أن الهزة وقعت حوالي الساعة الثانية و51 دقيقة و03 ثواني من بعد زوال اليوم.", "2017-04-08")
    assert ("حوالي الساعة الثانية و51 دقيقة و03 ثواني", "TIME", "2017-04-08T14:51") in got
    assert not any(t == "DURATION" for _, t, _ in got)  # (the seconds are no length)
    got = rows("سجل المعهد الوطني للرصد الجوي رجة أرضية الساعة الثامنة و35 دقيقة و40 ثانية صباحا.", "2017-06-03")
    assert got == [("الساعة الثامنة و35 دقيقة و40 ثانية صباحا", "TIME", "2017-06-03T08:35")]


def test_last_night_in_tunisian_and_its_hours_after_midnight():
    got = rows("رصدت دورية للحرس الوطني بالقصرين في الليلة الفارطة، وتحديدا حوالي الساعة الثانية، تحركات مشبوهة.",
               "2016-05-12")
    assert got == [("الليلة الفارطة", "TIME", "2016-05-11TNI"), ("حوالي الساعة الثانية", "TIME", "2016-05-12T02:00")]
    assert rows("تعرض المحل الليلة المنصرمة إلى السرقة.", "2016-12-17") == [("الليلة المنصرمة", "TIME", "2016-12-16TNI")]
    # an hour after midnight of last night is on the calendar day it falls on; an evening hour stays on the night's day
    got = rows("اندلع حريق بإحدى الشقق ليلة أمس وتمت السيطرة عليه على الساعة الواحدة.", "2016-10-31")
    assert ("الساعة الواحدة", "TIME", "2016-10-31T01:00") in got
    got = rows("تمكنت الوحدات الأمنية ليلة البارحة حوالي الساعة العاشرة من إيقاف شخصين.", "2016-05-12")
    assert ("حوالي الساعة العاشرة", "TIME", "2016-05-11T22:00") in got
    # (the night to come is tonight, and its midnight the one that ends today)
    assert rows("يبدأ حظر التجول منتصف الليلة المقبلة.", "2018-03-13") == [("منتصف الليلة المقبلة", "TIME", "2018-03-14T00:00")]


def test_zawal_with_a_day_is_its_afternoon():
    # Tunisian "زوال اليوم" (this afternoon), as "بعد زوال اليوم": a clock before it is in the afternoon
    got = rows("تواجه اللاعبة التونسية بداية من الساعة الرابعة من زوال اليوم الكرواتية آنا كونجيه في الدور الأول.",
               "2017-06-20")
    assert got == [("الساعة الرابعة", "TIME", "2017-06-20T16:00"), ("زوال اليوم", "TIME", "2017-06-20TAF")]
    assert rows("انطلقت المسيرة زوال يوم الاثنين من أمام مقر الولاية.", "2017-06-20") == [
        ("زوال يوم الاثنين", "TIME", "2017-06-19TAF")]
    # (the noun "زوال", an end, before another word is no time)
    assert rows("طالب المحتجون بزوال الاحتلال.", "2017-06-20") == []


def test_an_hour_word_with_its_time_zone_after_a_clock_preposition():
    got = rows("تبث المقابلة كاملة يوم الأربعاء المقبل في تمام الرابعة بتوقيت غرينتش (السابعة بتوقيت السعودية) على الشاشة.",
               "2018-03-05")
    assert ("الرابعة", "TIME", "2018-03-07T16:00") in got and ("السابعة", "TIME", "2018-03-07T19:00") in got
    got = rows("ألغت الشركة كل الرحلات التي تنطلق من مطاري هيثرو وغاتويك في لندن حتى السادسة بالتوقيت المحلي.", "2017-05-27")
    assert got == [("السادسة", "TIME", "2017-05-27T18:00")]
    # (an ordinal before a time-zone word with no clock preposition is no hour)
    assert rows("احتل العداء المرتبة الرابعة بتوقيت قياسي في السباق.", "2018-03-01") == []


def test_a_name_after_a_reporting_verb_is_no_future_verb():
    # "سيستروم", "سيموني": a speaker's name that starts like a future verb, right after "قال" and a first name or a title
    got = rows("وقال كيفن سيستروم، الشريك المؤسس والرئيس التنفيذي لإنستغرام، في بيان رسمي الأربعاء، إن التطبيق جديد.",
               "2018-06-21")
    assert got == [("الأربعاء", "DATE", "2018-06-20")]
    assert rows("وقال المدرب سيموني إنزاغي الأربعاء إن الفريق جاهز للمباراة.", "2018-06-21") == [
        ("الأربعاء", "DATE", "2018-06-20")]
    # a future reported with "إن" stays one
    assert rows("وقال الوزير إن الوفد سيزور المدينة الأربعاء.", "2018-06-21") == [("الأربعاء", "DATE", "2018-06-27")]


def test_this_week_told_ahead_on_a_sunday_is_the_next_iso_week():
    got = rows("وأشار الإليزيه إلى أن ماكرون سيعرض مجددا هذا الأسبوع مع نظيره الإيراني التقدم الملموس.", "2018-03-04")
    assert got == [("هذا الأسبوع", "DATE", "2018-W10")]
    assert rows("وزير دفاع إيران: سنكشف عن مقاتلة جديدة الأسبوع الجاري", "2018-08-19") == [
        ("الأسبوع الجاري", "DATE", "2018-W34")]
    # told in the past, or on another day, it is the ISO week of the day
    assert rows("التقى ماكرون هذا الأسبوع نظيره الإيراني في باريس.", "2018-03-04") == [("هذا الأسبوع", "DATE", "2018-W09")]
    assert rows("سيعرض ماكرون هذا الأسبوع خطته على البرلمان.", "2018-03-01") == [("هذا الأسبوع", "DATE", "2018-W09")]
    # the weekend named on a Sunday is the one that day ends
    got = rows("الرئيس الذي من المزمع أن يخصص نهاية الأسبوع للعمل في باريس.", "2018-07-22")
    assert ("نهاية الأسبوع", "DATE", "2018-W29") in got
