"""The nineteenth dates session's second round (dev-16's generic night, a background day, places named after dates)."""
from __future__ import annotations

from marsad.dates.timex import tag_rows


def rows(text: str, published: str) -> list[tuple[str, str, str]]:
    return [(r["text"], r["type"], r["value"]) for r in tag_rows(text, published=published)]


def test_a_bare_part_of_the_day_in_a_vague_past_stretch_is_generic():
    got = rows("وقاد الحكم مباراة مرتقبة الأربعاء الماضي. وأفادت التقارير الصحافية في الأيام الماضية عن تلقي الحكم وزوجته "
               "تهديدات، وحتى قيام أشخاص مجهولين بإقلاق راحتهما ليلا في منزلهما.", "2018-04-16")
    assert ("ليلا", "TIME", "XXXX-XX-XXTNI") in got
    assert ("ليلا", "TIME", "2018-04-11TNI") not in got


def test_a_day_named_in_an_after_clause_is_background_for_a_bare_part_of_the_day():
    text = ("وقال المصدر إن إنذارا خاطئا باختراق الأجواء الليلة الماضية أدى إلى إطلاق صفارات الدفاع الجوي. "
            "وأتى هذا الإنذار الخاطئ بعد ضربات صاروخية شنتها الولايات المتحدة وبريطانيا وفرنسا فجر السبت ضد مواقع سورية. "
            "وردا على تقارير تحدثت عن غارة إسرائيلية، قال متحدث باسم الجيش الاسرائيلي ليلا إنه لا علم له بذلك.")
    got = rows(text, "2018-04-17")
    assert ("فجر السبت", "TIME", "2018-04-14TMO") in got
    assert ("ليلا", "TIME", "2018-04-16TNI") in got
    # a pluperfect background sentence ("وكان … قد") likewise; with no other day, the article's day
    got = rows("وكان الجيش قد أعلن يوم الخميس عن هدنة. وقال متحدث باسم المعارضة مساء إن القصف لم يتوقف.", "2018-03-03")
    assert ("مساء", "TIME", "2018-03-03TEV") in got
    # a day in a relative clause ("المشروع الذي تم إعلانه الجمعة") is background too: the lead's Saturday
    got = rows("قال رئيس الوزراء السبت إن قوات الأمن أحبطت 25 مخططا، لافتا إلى المشروع الذي تم إعلانه الجمعة. "
               "وكان رئيس الوزراء شارك صباحا في العرض العسكري بمناسبة العيد الوطني.", "2018-07-14")
    assert ("صباحا", "TIME", "2018-07-14TMO") in got
    # a day told in the main clause still gives its part of the day
    got = rows("تظاهر آلاف الفلسطينيين يوم الاثنين في غزة. وخرج المتظاهرون عصرا إلى الحدود.", "2018-05-15")
    assert ("عصرا", "TIME", "2018-05-14TAF") in got


def test_a_place_named_after_a_date_is_no_date():
    assert rows("غادر تلاميذ المدرسة الابتدائية 2 ماي أقسامهم بسبب الأمطار.", "2016-11-28") == []
    assert rows("وأغلق شارع 14 جانفي أمام حركة المرور.", "2017-01-20") == []
    assert ("يوم الأحد", "DATE", "2016-11-27") in rows("تجمع المحتجون في ساحة 7 نوفمبر يوم الأحد.", "2016-11-28")
    assert not any(t == "7 نوفمبر" for t, _, _ in rows("تجمع المحتجون في ساحة 7 نوفمبر يوم الأحد.", "2016-11-28"))
    # the definite noun with no adjective: a date of a visit ("إلى المطار 14 جانفي"), and a day after "يوم"
    assert ("14 جانفي 2017", "DATE", "2017-01-14") in rows("وصل الوزير إلى المطار 14 جانفي 2017.", "2017-01-20")
    assert ("يوم 2 ماي الماضي", "DATE", "2017-05-02") in rows("افتتحت المدرسة يوم 2 ماي الماضي.", "2017-05-10")


def test_quick_dev20_spans_a_misspelt_june_and_a_year_with_its_figure():
    assert rows("وفي حزيران/يوينو العام الماضي، قتل اثنان من طاقم مروحية.", "2018-04-12") == [
        ("حزيران/يوينو العام الماضي", "DATE", "2017-06")]
    assert rows("واعترف ترامب بالقدس عاصمة للدولة العبرية العام الماضي 2017.", "2018-05-14") == [
        ("العام الماضي 2017", "DATE", "2017")]
    # a different figure stays its own year
    assert ("2016", "DATE", "2016") in rows("تراجعت المبيعات العام الماضي 2016 و2017.", "2018-05-14")
