"""The dates session 25 (development on dev-23, heldout22): a deictic day restated by its date, a year counted in a run,
the present stretch as a subject, Labour Day as an international day, papers named "X اليوم"."""
from __future__ import annotations

from marsad.dates.timex import tag_rows


def rows(text: str, published: str) -> list[tuple[str, str, str]]:
    return [(r["text"], r["type"], r["value"]) for r in tag_rows(text, published=published)]


def test_a_deictic_day_restated_by_its_date_is_one_date():
    got = rows("رفض مهدي جمعة في حديث لصحيفة الخبر الجزائرية نُشر اليوم 5 نوفمبر 2015 الخوض في مسألة عودته إلى المشهد "
               "السياسي.", "2015-11-05")
    assert got == [("اليوم 5 نوفمبر 2015", "DATE", "2015-11-05")]
    # another day after "اليوم" is a date of its own
    got = rows("وصل الوزير اليوم 3 نوفمبر 2015 إلى تونس.", "2015-11-05")
    assert got == [("اليوم", "DATE", "2015-11-05"), ("3 نوفمبر 2015", "DATE", "2015-11-03")]


def test_a_year_counted_in_a_run_is_an_unknown_year():
    got = rows("بعدما حقق رقما مذهلا بكونه أول من يفوز بلقب نفس السباق للسنة الثالثة على التوالي.", "2018-03-31")
    assert got == [("للسنة الثالثة", "DATE", "XXXX")]
    got = rows("وتوج الفريق باللقب للعام الثاني على التوالي.", "2018-03-31")
    assert got == [("للعام الثاني", "DATE", "XXXX")]
    # a sports season counted in a run is not annotated (the gold's rule)
    assert rows("ويمكن لبايرن ميونيخ حسم اللقب للموسم السادس على التوالي.", "2018-03-31") == []


def test_the_present_stretch_as_a_subject():
    got = rows("وتشهد الفترة الحالية قضاء عدد كبير من نجوم الفن لإجازاتهم الصيفية.", "2018-07-11")
    assert got == [("الفترة الحالية", "DATE", "PRESENT_REF")]


def test_labour_day_named_as_an_international_day():
    got = rows("والمسيرات التي خرجت أمس بمناسبة اليوم العالمي لحقوق العمال تخللتها أعمال عنف وشغب.", "2018-05-02")
    assert got == [("أمس", "DATE", "2018-05-01"), ("اليوم العالمي لحقوق العمال", "DATE", "2018-05-01")]


def test_a_paper_named_x_today_is_no_date():
    got = rows("وقال رئيس قسم الشؤون الإسرائيلية في جريدة المصري اليوم، محمد البحيري، إن وسائل الإعلام الإسرائيلية "
               "اهتمت بالخبر.", "2016-12-17")
    assert got == []
    # without a paper word it is today
    assert rows("ويخوض المنتخب المصري اليوم مباراته الأولى.", "2018-06-15") == [("اليوم", "DATE", "2018-06-15")]


def test_within_a_bare_unit_is_a_length():
    got = rows("ارتفاع عدد النازحين في مدينة إدلب السورية خلال أسبوع.", "2018-09-11")
    assert got == [("أسبوع", "DURATION", "P1W")]
    got = rows("وتأمل واشنطن بإنجاز العملية خلال سنة ولكن العديد من الخبراء ومعارضي ترامب يحذرون.", "2018-07-05")
    assert got == [("سنة", "DURATION", "P1Y")]
    # a unit in the construct state names a period, not a length
    assert rows("وسيعقد الاجتماع خلال يوم الجمعة المقبل.", "2018-07-05") == [("يوم الجمعة المقبل", "DATE", "2018-07-06")]
    assert rows("وارتفعت الأسعار خلال عام 2017.", "2018-07-05") == [("عام 2017", "DATE", "2017")]
    assert rows("وحقق الفريق نتائج جيدة خلال عام حافل بالأحداث.", "2018-07-05") == []


def test_a_plural_unit_with_an_adjective_of_quantity_is_a_length():
    got = rows("وقالت \"ان الله قادر على كل شيء.\" وبعدها بساعات قليلة، نشرت شقيقتها تغريدة علّقت فيها على الحادث.", "2018-04-26")
    assert got == [("ساعات قليلة", "DURATION", "PTXH")]
    got = rows("لن أكون معك هذا العام في رمضان؟.. خلال أيام قليلة ستستمعون إلى أغنيتي الجديدة.", "2018-05-05")
    assert ("أيام قليلة", "DURATION", "PXD") in got
    # a plural in a name stays out
    assert rows("افتتاح الدورة 18 لأيام قرطاج المسرحية.", "2016-12-08") == []


def test_within_the_last_unit_is_a_length():
    got = rows("ولدى عودتهم ليلا إلى بلدة المسيفرة، التي انضمت خلال الأسبوع الأخير إلى اتفاقات التسوية مع قوات النظام.",
               "2018-07-04")
    assert ("الأسبوع الأخير", "DURATION", "P1W") in got
    got = rows("إلا أن ميلانشون استطاع خلال الشهر الأخير التقدم بسرعة كبيرة في استطلاعات الرأي.", "2017-04-23")
    assert got == [("الشهر الأخير", "DURATION", "P1M")]
    # the last unit of something is left to the other rules
    assert rows("وقال إنه سيستقيل خلال السنة الأخيرة من ولايته.", "2018-07-04") == []
    assert rows("وتعقد القمة خلال الأسبوع الأخير من يونيو.", "2018-03-04") == [("الأسبوع الأخير من يونيو", "DATE", "2018-W26")]


def test_metres_on_the_track_after_a_bracket_are_no_year():
    # (the surface word after "على" was never reached: the text is normalised, ى -> ي)
    got = rows("فاز الحصان السعودي \"طلاب الخالدية\" بسباق دبي كحيلة كلاسيك (2000 م على المضمار الرملي، مليون دولار)، "
               "والإماراتي هيفي ميتل بسباق غودلفين مايل.", "2018-03-31")
    assert got == []


def test_a_unit_counted_in_a_story_of_its_own_is_of_unknown_date():
    assert rows("فرنسا: ساركوزي يبدأ يومه الثاني في التوقيف الاحترازي لاستكمال التحقيقات", "2018-03-21") == [
        ("يومه الثاني", "DATE", "XXXX-XX-XX")]
    assert rows("فساد: الرئيس البرازيلي الأسبق لولا يمضي ليلته الأولى بالسجن في جنوب البلاد", "2018-04-08") == [
        ("ليلته الأولى", "TIME", "XXXX-XX-XXTNI")]
    got = rows("وقال المتحدث باسم الحكومة الأردنية محمد المومني إن \"هذه الأزمة وإذ تدخل عامها الثامن، فإن الحل السياسي لها "
               "هو السبيل\".", "2018-04-15")
    assert got == [("عامها الثامن", "DATE", "XXXX")]
    # a year counted in a life is an age, not a year of a story
    assert rows("وبروز بيليه في مونديال 1958 بالسويد ولم يكن قد أتم بعد عامه السابع عشر.", "2018-07-01") == [
        ("1958", "DATE", "1958")]
