"""The dates session 28 (second round of the twenty-first lead session, development parts only: dev-25's classes): a
programme named like a clock, a weekday after a comma, ages as a bare ordinal after a person, the age of a thing
("عمرها عام"), and relative plurals after a glued "ل" ("للأعوام الثلاثة المقبلة")."""
from __future__ import annotations

from marsad.dates.timex import tag_rows


def rows(text: str, published: str) -> list[tuple[str, str, str]]:
    return [(r["text"], r["type"], r["value"]) for r in tag_rows(text, published=published)]


def test_a_quoted_programme_named_like_a_clock_is_no_time():
    got = rows('أعلنت قناة التاسعة على صفحتها الرسمية أنها ستبث الليلة في برنامج  "التاسعة مساء" حوارا خاصا و مباشرا '
               'مع صهر الرئيس الأسبق', "2017-01-09")
    assert got == [("الليلة", "TIME", "2017-01-09TNI")]
    # a clock in quotes that is no programme's name stays a time
    got = rows('وقال المتحدث: "سيبدأ البث على الساعة التاسعة مساء".', "2017-01-09")
    assert ("الساعة التاسعة مساء", "TIME", "2017-01-09T21:00") in got


def test_a_weekday_after_a_comma_is_its_own_date():
    got = rows('الكاف : فكّ اعتصام عمال مصنع "الكوابل"  تم مساء اليوم، الاثنين فك اعتصام عمال مصنع "الكوابل" بالكاف',
               "2017-04-17")
    assert got == [("مساء اليوم", "TIME", "2017-04-17TEV"), ("الاثنين", "DATE", "2017-04-17")]
    # a day (no part of it) and its weekday after a comma stay one DATE, as the gold has them
    got = rows("وبلغ الإيراد 120 مليون متر مكعب تم تسجيلها امس، الجمعة. علما ان طاقة استيعاب السد", "2015-02-28")
    assert got == [("امس، الجمعة", "DATE", "2015-02-27")]


def test_a_bare_ordinal_after_a_person_is_an_age():
    assert rows("قتل ستة أشخاص في مدينة سورابايا، بينما نجت فتاة في الثامنة كانت برفقتهم.", "2018-05-14") == [
        ("الثامنة", "DURATION", "P8Y")]
    assert rows("بعدما أحدثت جريمة اغتصاب طفلة في الثامنة وقتلها صدمة وغضبا في البلاد.", "2018-04-22") == [
        ("الثامنة", "DURATION", "P8Y")]
    # a teen written with a masculine "عشر"
    got = rows("الجريمة الأولى وقعت حين أُحرقت فتاة في السادسة عشر من عمرها حتى الموت", "2018-05-12")
    assert got == [("السادسة عشر", "DURATION", "P16Y")]
    # a clock after a person stays a clock
    assert rows("وصل طفل في الثامنة صباحا إلى المدرسة.", "2018-05-12") == [("الثامنة صباحا", "TIME", "2018-05-12T08:00")]


def test_the_age_of_a_thing_is_a_length():
    got = rows("وقال دبلوماسيون إنه يسعى إلى تطبيق خطة عمرها عام لتسليم ميناء الحديدة إلى طرف محايد.", "2018-06-12")
    assert got == [("عام", "DURATION", "P1Y")]
    assert rows("وأكد أن الرأي العام يرفض ذلك.", "2018-06-12") == []


def test_a_relative_plural_after_a_glued_lam():
    got = rows("اعتمد مجلس الوزراء الإماراتي، الأحد، الميزانية الاتحادية للأعوام الثلاثة المقبلة، بقيمة إجمالية 180 "
               "مليار درهم", "2018-10-01")
    assert ("للأعوام الثلاثة المقبلة", "DURATION", "P3Y") in got
    got = rows("وتظهر إحصاءات التجارة الخارجية الإيرانية، للأشهر الخمسة الأولى من 2018، أن الصين هي أكبر مصدر",
               "2018-09-01")
    assert ("للأشهر الخمسة الأولى", "DURATION", "P5M") in got
