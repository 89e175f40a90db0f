"""The seventeenth dates session's rules (dev-18's error classes), each on sentences composed for it."""
from __future__ import annotations

import pytest
from marsad.dates.timex import tag_rows


def rows(text: str, published: str) -> list[tuple[str, str, str]]:
    return [(r["text"], r["type"], r["value"]) for r in tag_rows(text, published=published)]


def test_noon_of_the_day_its_sentence_names():
    assert ("الظهيرة", "TIME", "2018-07-06TAF") in rows("وصل اللاعب اليوم إلى باريس في وقت الظهيرة.", "2018-07-06")
    assert ("هذه الظهيرة", "TIME", "2018-04-07TAF") in rows("رأينا تقارير هذه الظهيرة عن هجوم.", "2018-04-07")
    assert ("الظهيرة", "TIME", "2018-03-13TAF") in rows("وصل الوفد يوم الثلاثاء عند الظهيرة.", "2018-03-15")
    # a habit, no day: no time
    assert rows("يتناول السكان الغداء في الظهيرة عادة.", "2018-07-06") == []


def test_a_night_right_after_its_weekday():
    assert rows("عاشت مدريد الخميس ليلة مواجهات بين الشرطة ومهاجرين.", "2018-03-16") == [
        ("الخميس", "DATE", "2018-03-15"), ("ليلة", "TIME", "2018-03-15TNI")]
    # a night named by its own day stays that night
    assert ("ليلة القدر", "TIME", "2018-03-15TNI") not in rows("احتفلوا الخميس ليلة القدر.", "2018-03-16")


def test_the_night_after_a_told_day():
    got = rows("جرت الانتخابات في 12 أيار/مايو. وأعلنت السلطات الأربعاء حظر تجوال الليلة التي تلت إجراء الانتخابات.",
               "2018-06-06")
    assert ("الليلة", "TIME", "2018-05-12TNI") in got
    assert ("الليلة", "TIME", "2018-05-11TNI") in rows("جرت الانتخابات في 12 أيار/مايو. وهدأت الليلة التي سبقت الاقتراع.",
                                                      "2018-06-06")


def test_the_year_ending_in_a_year_end_column():
    assert rows("شهدت السنة المنصرمة أحداثا كثيرة.", "2013-12-31") == [("السنة المنصرمة", "DATE", "2013")]
    assert rows("شهدت السنة المنصرمة أحداثا كثيرة.", "2014-01-05") == [("السنة المنصرمة", "DATE", "2013")]


def test_ago_on_board_is_a_date():
    assert rows("قدم الرجل إلى إسبانيا قبل 12 عاما على متن قارب.", "2018-03-16") == [("قبل 12 عاما", "DATE", "2006")]
    assert rows("وصل المهاجرون قبل 3 أعوام على يد مهربين.", "2018-03-16") == [("قبل 3 أعوام", "DATE", "2015")]
    # after a count from an event ("بعد عامين على الاتفاق") it stays a duration
    assert rows("انهار بعد عامين على الاتفاق.", "2018-03-16")[0][1] == "DURATION"


def test_this_day_in_a_past_year():
    got = rows("13 سبتمبر\n\nوفي نفس هذا اليوم من عام 1882 وقعت معركة التل الكبير.", "2018-09-13")
    assert ("نفس هذا اليوم من عام 1882", "DATE", "1882-09-13") in got
    assert not any(t == "عام 1882" for t, _, _ in got)


def test_black_september_is_a_name():
    assert rows("نفذت منظمة أيلول الأسود العملية عام 1972.", "2018-09-13") == [("عام 1972", "DATE", "1972")]


def test_a_month_with_two_letters_swapped():
    assert rows("انتهى عقده في 30 حزيران/يوينو 2018.", "2018-07-06") == [("30 حزيران/يوينو 2018", "DATE", "2018-06-30")]


@pytest.mark.parametrize("text, span, value", [
    ("العقد يمتد عاما واحدا مع خيار لعام إضافي.", "عام", "P1Y"),
    ("مدد المدرب البقاء لشهر إضافي.", "شهر", "P1M"),
    ("بقي في المستشفى يوما إضافيا.", "يوما", "P1D"),
])
def test_one_more_unit_is_a_duration(text, span, value):
    assert (span, "DURATION", value) in rows(text, "2018-07-06")


def test_a_decade_of_a_persons_age():
    assert rows("توفي بائع متجول سنغالي في منتصف الثلاثينات بعد مطاردة.", "2018-03-16") == [
        ("منتصف الثلاثينات", "DURATION", "P3DE")]
    # the decade of a century, of a named person or of a career stays a date
    assert rows("بنيت المدينة في الثلاثينات من القرن الماضي.", "2018-03-16")[0][1] == "DATE"
    assert rows("مرورا بميشال بلاتيني في الثمانينيات.", "2018-07-14") == [("الثمانينيات", "DATE", "198")]
    assert rows("بدأ نضاله السياسي في التسعينيات.", "2018-03-07") == [("التسعينيات", "DATE", "199")]


def test_an_adjective_of_a_state_is_no_recurrence():
    assert rows("غرق الفلسطينيون في الاقتتال اليومي.", "2013-12-31") == []
    assert ("السنوي", "SET", "P1Y") in rows("نظم الحزب مؤتمره السنوي.", "2013-12-31")
    assert ("السنوي", "SET", "P1Y") in rows("بلغ معدل التضخم السنوي 3.5%.", "2018-07-03")


def test_the_eve_looks_forward_to_its_weekday():
    got = rows("قالت السفيرة في بيان يأتي عشية اجتماع مجلس الأمن حول إدلب، الجمعة.", "2018-09-06")
    assert ("الجمعة", "DATE", "2018-09-07") in got and ("عشية", "TIME", "2018-09-06TEV") in got


def test_about_a_unit_ago():
    assert rows("وكان قد زار المدينة قبل حوالي العام.", "2018-04-08") == [("قبل حوالي العام", "DATE", "2017")]
    assert rows("يسيطر عليها التنظيم منذ قرابة السنة.", "2015-12-08") == [("منذ قرابة السنة", "DATE", "2014")]
    assert rows("وصل قبل حوالي العام الماضي.", "2018-04-08") == [("العام الماضي", "DATE", "2017")]


def test_unit_after_unit_is_no_date():
    assert rows("تتراجع الأوضاع يوما بعد يوم.", "2018-04-08") == []
    assert rows("عاد بعد يوم من الحادث.", "2018-04-08") == [("يوم", "DURATION", "P1D")]


@pytest.mark.parametrize("text, span, value", [
    ("وضع في الإقامة الجبرية بعد اعتقاله عاما ونصف العام.", "عاما ونصف العام", "P18M"),
    ("استمر خطابه لساعة ونصف الساعة.", "ساعة ونصف الساعة", "PT90M"),
])
def test_a_unit_and_a_half_of_it(text, span, value):
    assert rows(text, "2018-08-10") == [(span, "DURATION", value)]
