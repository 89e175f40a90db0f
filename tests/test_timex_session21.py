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
