"""The dates session 30 (twenty-second lead session, second round, development parts only): a year at a sentence end
followed by a numbered list item ("عام 2018.\n1.3 تلتزم"), which was read as one date in figures (2018-01-03)."""
from __future__ import annotations

from marsad.dates.timex import tag_rows


def rows(text: str, published: str) -> list[tuple[str, str, str]]:
    return [(r["text"], r["type"], r["value"]) for r in tag_rows(text, published=published)]


def test_a_year_before_a_numbered_list_item_on_the_next_line_stays_a_year():
    got = rows("ومتابعتها في اجتماعات أخرى خلال عام 2018.\n1.3 تلتزم المملكة العربية السعودية والمملكة المتحدة",
               "2018-03-09")
    assert got == [("عام 2018", "DATE", "2018")]
    got = rows("يكون مبعوثا خاصاً للتعليم لدعم رؤية 2030.\n2.2 تدرك المملكة العربية السعودية", "2018-03-09")
    assert got == [("2030", "DATE", "2030")]


def test_a_year_full_stop_and_a_space_before_a_list_number_stays_a_year():
    got = rows("في مجال الرعاية الصحية لدعم رؤية 2030. 2.3 أبدت المملكة المتحدة استعدادها", "2018-03-09")
    assert got == [("2030", "DATE", "2030")]


def test_dates_in_figures_with_dots_or_spaced_separators_still_read():
    assert rows("وقع الحادث يوم 19 - 06 - 2024 في العاصمة", "2024-06-20") == [("19 - 06 - 2024", "DATE", "2024-06-19")]
    assert rows("صدر القرار بتاريخ 2019.04.25 عن الوزارة", "2019-05-01") == [("2019.04.25", "DATE", "2019-04-25")]
    assert rows("صدر القرار بتاريخ 25.04.2019 عن الوزارة", "2019-05-01") == [("25.04.2019", "DATE", "2019-04-25")]


def test_the_following_year_after_a_written_year_counts_from_that_year():
    got = rows("ويعاني البلد الواقع بغرب أفريقيا من الاضطرابات منذ سيطر الطوارق وإسلاميون متشددون على الشمال في عام 2012"
               " مما دفع لتدخل قوات فرنسية في العام التالي.", "2018-06-20")
    assert got == [("عام 2012", "DATE", "2012"), ("العام التالي", "DATE", "2013")]
    got = rows("انتخب نائبا في البرلمان عام 2009 وأعيد انتخابه في السنة التالية.", "2018-06-20")
    assert got == [("عام 2009", "DATE", "2009"), ("السنة التالية", "DATE", "2010")]
    # with no year named before, the following year is the one after the reference year, as before
    assert rows("سيتم الانتهاء من المشروع في العام التالي", "2018-06-20") == [("العام التالي", "DATE", "2019")]


def test_the_following_or_previous_month_after_a_written_month_counts_from_that_month():
    got = rows("اندلعت الاحتجاجات في مارس 2011 وتصاعدت في الشهر التالي", "2018-06-20")
    assert got == [("مارس 2011", "DATE", "2011-03"), ("الشهر التالي", "DATE", "2011-04")]
    got = rows("بلغت الصادرات في يناير 2017 نحو مليار دولار بزيادة عن الشهر السابق", "2018-06-20")
    assert got == [("يناير 2017", "DATE", "2017-01"), ("الشهر السابق", "DATE", "2016-12")]


def test_a_century_after_a_glued_lam_keeps_both_lams():
    got = rows('أعلن فيس بوك الأحد عن حجب صورة لرسم يعود للقرن التاسع عشر لفتاة عارية الصدر', "2018-03-19")
    assert ("للقرن التاسع عشر", "DATE", "18") in got
    # the studio's name (Twentieth Century Fox) is no century
    got = rows("ان الشركات الكبيرة كمترو جولدوين ماير ويونيفرسال وبارامونت وكولومبيا وفوكس للقرن العشرين لا زالت موجودة",
               "2018-03-19")
    assert got == []


def test_the_third_millennium():
    got = rows("وعلى مدى حوالي عقدين من الزمن امتدت حتى بداية الألفية الثالثة، تنقّل من قطر إلى آخر", "2018-02-21")
    assert got == [("حوالي عقدين", "DURATION", "P2DE"), ("بداية الألفية الثالثة", "DATE", "2")]
