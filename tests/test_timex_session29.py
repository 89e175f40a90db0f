"""The dates session 29 (twenty-second lead session, development parts only): a half after a counted unit that has a
preposition ("قبل عام ونصف", "منذ نحو شهر ونصف", "منذ أكثر من قرن ونصف"), which the count used to stop before."""
from __future__ import annotations

from marsad.dates.timex import tag_rows


def rows(text: str, published: str) -> list[tuple[str, str, str]]:
    return [(r["text"], r["type"], r["value"]) for r in tag_rows(text, published=published)]


def test_a_half_after_a_counted_year_before_now_is_eighteen_months_back():
    got = rows('وزبائني شخصيات لها حضور إعلامي في المشهد الشعري وبدأت البيع في تويتر منذ عام ونصف".', "2018-03-30")
    assert got == [("منذ عام ونصف", "DATE", "2016-09")]
    got = rows("كان تحديث وتطوير النظم السياسية على رأس اولويات النخبة في مصر والعالم العربي منذ اكثر من قرن ونصف",
               "2015-12-24")
    assert got == [("منذ اكثر من قرن ونصف", "DATE", "1865")]
    # without the half the count is as before
    assert rows("وبدأت البيع في تويتر منذ عام.", "2018-03-30") == [("منذ عام", "DATE", "2017")]


def test_a_half_after_a_counted_month_gives_the_month_not_a_day():
    got = rows("كما أكد أن ابنه زار ليبيا قبل شهر ونصف الشهر، وكان يعتزم العودة مجدداً", "2017-05-25")
    assert got == [("قبل شهر ونصف الشهر", "DATE", "2017-04")]
    got = rows("المسلك الرابط بين القرية والحديقة، الذي انطلقت أشغاله منذ نحو شهر ونصف، بتوسعة الطريق", "2017-04-01")
    assert got == [("منذ نحو شهر ونصف", "DATE", "2017-02")]


def test_a_half_counted_from_an_event_is_a_length():
    got = rows("لكن قرر الرئيس التركي مع حلفائه القوميين إجراء انتخابات قبل نحو عام ونصف من موعدها", "2018-06-19")
    assert got == [("نحو عام ونصف", "DURATION", "P18M")]
    got = rows("أعلن أردوغان عن تنظيم انتخابات مبكرة أي قبل عام ونصف العام على الموعد المقرر", "2018-04-18")
    assert got == [("عام ونصف العام", "DURATION", "P18M")]
    # a length with no preposition keeps its unit word after the half too
    assert rows("وقضى في السجن عامين ونصف العام", "2018-03-01") == [("عامين ونصف العام", "DURATION", "P30M")]
    assert rows("واستمرت المباراة ساعة ونصف", "2018-03-01") == [("ساعة ونصف", "DURATION", "PT90M")]


def test_a_unit_and_a_half_with_the_half_alone_or_in_the_accusative_is_a_length():
    got = rows("وهذا يعني عوائد أعلى للشركات، فنحن نتوقع إذاً عاماً ونصفاً من النمو القوي", "2018-04-01")
    assert got == [("عاماً ونصفاً", "DURATION", "P18M")]
    assert rows("واستمر الحصار عاما ونصف قبل أن يرفع", "2018-04-01") == [("عاما ونصف", "DURATION", "P18M")]
    # after "منذ" the half and its unit word stay in the date
    assert rows("وبدأت الأشغال منذ شهر ونصف شهر في المدينة", "2018-01-10") == [("منذ شهر ونصف شهر", "DATE", "2017-11")]
