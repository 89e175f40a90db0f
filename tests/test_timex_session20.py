"""The twentieth dates session: dev-21's leftover classes and errors read on unlabelled full-length ANT articles."""
from __future__ import annotations

from marsad.dates.timex import tag_rows


def rows(text: str, published: str) -> list[tuple[str, str, str]]:
    return [(r["text"], r["type"], r["value"]) for r in tag_rows(text, published=published)]


def test_a_bare_day_month_named_again_is_the_same_day():
    text = ("سينقل رفات سيمون فاي إلى مقبرة العظماء في الأول من تموز/يوليو المقبل، حسبما أكد الإليزيه الاثنين. وأعلن "
            "الإليزيه نقل رفات سيمون فاي، التي توفيت في 30 حزيران/يونيو عن عمر ناهز 89 عاما، إلى مقبرة العظماء في 1 "
            "تموز/يوليو.")
    got = rows(text, "2018-02-20")
    assert ("1 تموز/يوليو", "DATE", "2018-07-01") in got
    assert ("30 حزيران/يونيو", "DATE", "2017-06-30") in got  # (a day–month of its own keeps its past)
    # a written year between starts another time line: the later bare day is not forced onto the first one
    text = ("تنتهي المهلة في 4 نوفمبر المقبل. وكانت المحكمة قد أصدرت حكمها في 4 نوفمبر 2016، ثم أكدت في 4 نوفمبر "
            "القرار نفسه.")
    got = rows(text, "2018-10-01")
    assert ("4 نوفمبر المقبل", "DATE", "2018-11-04") in got
    assert ("4 نوفمبر 2016", "DATE", "2016-11-04") in got


def test_a_bare_month_ahead_governed_by_a_perfect_verb_is_last_years():
    got = rows("وأكدت محكمة الاستئناف في باريس في تشرين الثاني/نوفمبر القرار الذي أصدره القضاة.", "2018-07-08")
    assert got == [("تشرين الثاني/نوفمبر", "DATE", "2017-11")]
    got = rows("وقال المحققون إن الخلاصة التي رفعت في تشرين الأول/اكتوبر إلى القضاة لا تثبت شيئا.", "2018-07-08")
    assert ("تشرين الأول/اكتوبر", "DATE", "2017-10") in got
    # a coming act, or a perfect verb whose clause goes on with a future verb, keeps the coming month
    assert rows("سيبدأ العمل بالقانون في تشرين الأول/اكتوبر.", "2018-07-08") == [
        ("تشرين الأول/اكتوبر", "DATE", "2018-10")]
    assert ("تشرين الأول/اكتوبر", "DATE", "2018-10") in rows(
        "وأعلنت الوزارة أنها ستفتح الباب في تشرين الأول/اكتوبر.", "2018-07-08")


def test_a_count_from_now_is_one_date():
    assert rows("وقال أردوغان إن اقتصاد البلاد سيدخل بعد نحو شهرين من الآن مرحلة تعاف.", "2018-10-07") == [
        ("بعد نحو شهرين من الآن", "DATE", "2018-12")]
    assert rows("وقبل عام من اليوم، كتبت ابنته أن جثمان والدها نبش من القبر.", "2018-06-05") == [
        ("قبل عام من اليوم", "DATE", "2017")]
    # "اليوم" of its own after another preposition stays
    assert ("اليوم", "DATE", "2018-06-05") in rows("وصل الوفد قبل عام، ومن اليوم تبدأ المفاوضات.", "2018-06-05")


def test_words_that_look_like_times_and_are_none():
    # the runner-up, not "and summer"
    assert rows("فاز تشيلسي في النهائي على مانشستر يونايتد، وصيف بطل الدوري الممتاز، بهدف نظيف.", "2018-05-20") == []
    assert rows("دخل أنشيلوتي في مفاوضات مع نادي نابولي لتدريب وصيف الدوري الإيطالي.", "2018-05-13") == []
    assert ("صيف 2018", "DATE", "2018-SU") in rows("وصيف 2018 كان حارا في أوروبا.", "2018-10-20")
    # the Saudi daily Al-Yaum
    assert rows("فالجماهير اشتاقت أن ترى فريقها بطلا كما كان. *نقلاً عن اليوم السعودية", "2018-03-12") == []
    # the future as a thing hoped for, not "in the future"
    assert rows("ورغم ذلك يبقى موشي متفائلا بالمستقبل لأن الشباب يريدون السلام.", "2018-05-16") == []
    assert ("المستقبل", "DATE", "FUTURE_REF") in rows("قد يصبح رئيسا للنادي بالمستقبل.", "2018-04-16")
    # "later" of a past story
    assert rows("في لبنان والعالم العربي، في ما سُمي لاحقاً بعصر النهضة.", "2018-05-07") == []
    assert rows("استخدم الحارس في بادئ الأمر رذاذ الفلفل ضد المهاجم قبل أن يفتح عليه لاحقا النار.", "2018-03-12") == []
    # "later" ahead stays
    assert ("لاحقا", "DATE", "FUTURE_REF") in rows("على أن يسلم السلاح المتوسط لاحقا مع بدء العملية.", "2018-07-04")
    assert ("لاحقاً", "DATE", "FUTURE_REF") in rows("ستشارك ثلاثة فرق أخرى سيتم تحديدها لاحقاً.", "2018-07-04")
