"""The nineteenth dates session's rules (dev-20's error classes), each on news sentences written for it."""
from __future__ import annotations

from marsad.dates.timex import tag_rows


def rows(text: str, published: str) -> list[tuple[str, str, str]]:
    return [(r["text"], r["type"], r["value"]) for r in tag_rows(text, published=published)]


def test_a_bare_part_of_the_day_takes_the_last_day_named_before_it():
    got = rows("تظاهر آلاف الفلسطينيين يوم الاثنين في غزة. وكانت السلطة الفلسطينية دعت موظفيها إلى مغادرة مكاتبهم عصرا "
               "للمشاركة في التظاهرات.", "2018-05-14")
    assert ("عصرا", "TIME", "2018-05-14TAF") in got
    got = rows("صادق النواب يوم الثلاثاء على الفصول الأولى. وواصل المجلس في الحصة المسائية النظر في المشروع، بعد أن اجتمع "
               "رؤساء الكتل خلال الظهيرة للنظر في الفصول الخلافية.", "2016-12-08")
    assert ("المسائية", "TIME", "2016-12-06TEV") in got and ("الظهيرة", "TIME", "2016-12-06TAF") in got
    # no day named before: the article's day
    assert rows("وواصل المجلس في الحصة المسائية النظر في مشروع القانون.", "2016-12-08") == [
        ("المسائية", "TIME", "2016-12-08TEV")]
    # a coming day named before is not its day
    assert ("عصرا", "TIME", "2018-05-13TAF") in rows(
        "تنتهي الحملة يوم الأربعاء المقبل. وقد خرج المتظاهرون عصرا إلى الشوارع.", "2018-05-13")


def test_a_bare_part_of_the_day_that_is_no_time_of_one_day_stays_untagged():
    assert rows("قرية لا يبصر سكانها إلا ليلا !", "2017-02-02") == []
    assert rows("وقالت الشرطة إن المشتبه بهما دخلا المطعم وفجرا عبوة ناسفة ثم هربا.", "2018-05-25") == []
    assert rows('وتابع الرئيس "لقد بدأنا عصرا جديدا نتقدم فيه يدا بيد".', "2018-08-13") == []
    # a past time its sentence names (not a day): the part belongs to it
    assert ("فجرا", "TIME", "2018-03-19TMO") not in rows(
        "تذكر الأهالي الأحداث التي وقعت قبل سنتين حين هاجم جهاديون مقرات أمنية فجرا.", "2018-03-19")


def test_an_hour_after_noon_of_a_day_without_the_clock_word():
    got = rows("وقالت الشركة إنه سيسجل انقطاع في توزيع المياه بداية من الثالثة من بعد زوال يوم الأربعاء 13 افريل إلى حدود "
               "منتصف النهار من يوم الخميس 14 أفريل 2016.", "2016-04-11")
    assert ("الثالثة من بعد زوال", "TIME", "2016-04-13T15:00") in got
    assert ("يوم الأربعاء 13 افريل", "DATE", "2016-04-13") in got
    assert ("الرابعة بعد الظهر", "TIME", "2018-03-07T16:00") in rows(
        "وصل الوفد إلى المطار على الرابعة بعد الظهر يوم الأربعاء.", "2018-03-08")


def test_a_clock_in_figures_without_the_clock_word():
    assert rows("وانطلق الحفل في تمام 8 مساء وسط حضور جماهيري كبير.", "2018-05-10") == [("8 مساء", "TIME", "2018-05-10T20:00")]
    assert rows("وصل الرئيس إلى المطار عند 10.30 صباحا.", "2018-05-13") == [("10.30 صباحا", "TIME", "2018-05-13T10:30")]
    assert rows("وحطت الطائرة في مطار قرطاج عند 14h30.", "2017-03-02") == [("14h30", "TIME", "2017-03-02T14:30")]
    assert rows("وانطلقت المسيرة عند 10:30 من أمام البرلمان.", "2018-05-13") == [("10:30", "TIME", "2018-05-13T10:30")]


def test_tonight_in_reported_speech_is_the_night_of_the_day_told():
    got = rows("تأهل أرسنال مساء الخميس رغم الهزيمة. وقال المدرب: \"هذا ما سنخرج به من هذه الليلة\".", "2018-02-23")
    assert ("هذه الليلة", "TIME", "2018-02-22TNI") in got
    got = rows("خسر أرسنال الخميس أمام أوسترسوند. وأضاف فينغر: فعلنا ما يكفي للتأهل. هذا ما سنخرج به من هذه الليلة.",
               "2018-02-23")
    assert ("هذه الليلة", "TIME", "2018-02-22TNI") in got
    # "this day" in a statement quoted the day after the crash it speaks of
    got = rows("تحطمت طائرة عسكرية أمس الأربعاء قرب العاصمة. وفي تصريح نشرته الوكالة، قال الرئيس \"قضى المولى أن تفجع الجزائر "
               "في هذا اليوم بسقوط إحدى طائراتها\".", "2018-04-12")
    assert ("هذا اليوم", "DATE", "2018-04-11") in got
    # said on the day itself (no earlier day told), tonight stays the reference day's
    assert rows('وقال المدرب: "سنلعب من أجل الفوز هذه الليلة".', "2018-02-22") == [("هذه الليلة", "TIME", "2018-02-22TNI")]


def test_a_coming_weekday_in_a_past_report():
    assert rows("وقرر جميع وزراء الحكومة تأجيل نشاطاتهم الحكومية والسياسية لغاية يوم الأحد.", "2018-04-12") == [
        ("يوم الأحد", "DATE", "2018-04-15")]
    got = rows("وقال المدرب إن الفوز في مباراة الذهاب إضافة للمواجهة المقبلة ضد مانشستر سيتي في نهائي الكأس يوم الأحد تسببا "
               "في استهانة فريقه. ومضى قائلا: فوزنا في الذهاب ووجود مباراة أخرى كبيرة يوم الأحد جعلا الأمور صعبة.",
               "2018-02-23")
    assert [v for t, _, v in got if t == "يوم الأحد"] == ["2018-02-25", "2018-02-25"]
    # a past weekday of a past report stays
    assert rows("وعقد الوزراء اجتماعهم يوم الأحد في العاصمة.", "2018-04-12") == [("يوم الأحد", "DATE", "2018-04-08")]


def test_a_slashed_range_of_years():
    assert rows("ويندرج المشروع في إطار برنامج يتواصل إنجازه خلال الفترة 2016 /2018 بالتعاون مع الوزارة.", "2017-05-29") == [
        ("2016", "DATE", "2016"), ("2018", "DATE", "2018")]
    assert rows("لعب للنادي في موسم 2015/2016.", "2017-05-29") == [("2015", "DATE", "2015"), ("2016", "DATE", "2016")]
    # not a reference number
    assert ("2015", "DATE", "2015") not in rows("صدر القرار 2254/2015 عن مجلس الأمن.", "2017-05-29")


def test_decades_in_figures():
    got = rows("بداية من سنوات الـ2000، أطلقت مختلف الحكومات اللبنانية برامج. وفي بداية سنوات الـ2010، كان هكتاران "
               "يوفران عشرات آلاف الدولارات.", "2018-07-23")
    assert ("سنوات الـ2000", "DATE", "200") in got and ("بداية سنوات الـ2010", "DATE", "201") in got
    assert [r["mod"] for r in tag_rows("في بداية سنوات الـ2010 تغير كل شيء.", published="2018-07-23")] == ["START"]
    # the decades in words were read before (no change)
    assert rows("ازدهرت الصناعة في الثمانينات ثم في تسعينيات القرن الماضي.", "2018-07-23") == [
        ("الثمانينات", "DATE", "198"), ("تسعينيات القرن الماضي", "DATE", "199")]


def test_jerusalem_day_is_a_date_only_beside_its_date():
    assert ("يوم القدس العالمي", "DATE", "2018-06-08") in rows(
        "يحيي الإيرانيون يوم القدس العالمي الجمعة المقبل بمسيرات في طهران.", "2018-06-05")
    assert ("يوم القدس", "DATE", "2018-05-13") in rows('تحتفل إسرائيل اليوم الأحد بما يسمى "يوم القدس".', "2018-05-13")
    # without a date given beside it, no DATE (its day moves every year)
    assert [t for t, _, _ in rows('تعيش القدس توترا بفعل ما يسمى في إسرائيل "يوم القدس"، وهو احتفال بضم القدس عام 1967.',
                                  "2018-05-13")] == ["عام 1967"]


def test_the_night_between_two_weekdays_gives_the_night_and_both_days():
    assert rows("تمكنت الوحدات الديوانية خلال الليلة الفاصلة بين الخميس والجمعة من حجز كمية من الأدوية.", "2015-08-22") == [
        ("الليلة", "TIME", "2015-08-20TNI"), ("الخميس", "DATE", "2015-08-20"), ("الجمعة", "DATE", "2015-08-21")]
    assert rows("اندلع الحريق في الليلة الفاصلة بين يوم الأحد ويوم الاثنين.", "2015-08-25") == [
        ("الليلة", "TIME", "2015-08-23TNI"), ("يوم الأحد", "DATE", "2015-08-23"), ("يوم الاثنين", "DATE", "2015-08-24")]


def test_a_coming_month_named_again_without_its_word():
    got = rows("توصلت الكوريتان يوم الاثنين إلى اتفاق من أجل عقد قمة في بيونغ يانغ في أيلول/سبتمبر المقبل. وجاء في بيان مشترك أن "
               "الجانبين \"اتفقا خلال الاجتماع على عقد قمة في بيونغ يانغ في أيلول/سبتمبر\".", "2018-08-13")
    assert [v for t, _, v in got if t.startswith("أيلول")] == ["2018-09", "2018-09"]
    # a year written between them starts another time line
    got = rows("ستعقد القمة في أيلول/سبتمبر المقبل. وكانت قمة 2017 قد عقدت في أيلول/سبتمبر.", "2018-08-13")
    assert [v for t, _, v in got if t.startswith("أيلول")] == ["2018-09", "2017-09"]
