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


def test_a_day_of_the_same_month_after_a_month_with_its_modifier():
    text = ("وأقامت الهيئة عددا من الفعاليات خلال 7 أشهر، منها بطولة أقيمت أواخر ديسمبر الماضي، وفي مطلع فبراير "
            "استضاف الاستاد سباقا، وفي 24 من الشهر ذاته أقيم ماراثون الرياض الدولي.")
    assert ("24 من الشهر ذاته", "DATE", "2018-02-24") in rows(text, "2018-06-06")


def test_a_count_of_soldiers_is_no_year():
    assert rows("ويذكر أن الولايات المتحدة لديها 2000 عسكري في سوريا.", "2018-03-31") == []
    assert ("عام 2000", "DATE", "2000") in rows("انضم إلى الجيش عام 2000 وأصبح عسكريا.", "2018-03-31")


def test_today_with_a_weekday_is_that_weekday_in_a_page_of_briefs():
    text = ("وتبلغ قيمة الصفقة، وفقا لبيان الشركة اليوم الاربعاء، 1.5 مليار يورو. وافقت الحكومة المصرية اليوم، الثلاثاء، "
            "على مشروع قانون لحماية البيانات. تخلت شركة دايملر عن خططها في إيران، في ظل العقوبات التي بدأ سريانها "
            "على قطاع السيارات اليوم الإثنين.")
    got = rows(text, "2018-08-08")
    assert ("اليوم الاربعاء", "DATE", "2018-08-08") in got
    assert ("اليوم، الثلاثاء", "DATE", "2018-08-07") in got
    assert ("اليوم الإثنين", "DATE", "2018-08-06") in got


def test_the_year_named_with_its_calendar():
    assert rows("ستستضيف الإمارات نهائيات كأس آسيا مطلع العام الميلادي القادم.", "2018-05-03") == [
        ("مطلع العام الميلادي القادم", "DATE", "2019")]
    assert rows("تنتهي الأشغال قبل نهاية السنة الميلادية الحالية.", "2018-05-03") == [
        ("نهاية السنة الميلادية الحالية", "DATE", "2018")]


def test_a_surname_is_no_recurrence():
    assert rows("ويأمل الاتفاق في مواصلة نتائجه بقيادة مدربه سعد الشهري في المراحل الأخيرة.", "2018-03-08") == []
    assert ("الشهري", "SET", "P1M") in rows("وتحصل الملكة على راتب شهري وعلى الدخل الشهري من أملاكها.", "2018-05-15") or \
        ("شهري", "SET", "P1M") in rows("وتحصل الملكة على راتب شهري وعلى الدخل الشهري من أملاكها.", "2018-05-15")


def test_lengths_after_a_verb_of_lasting_and_counted_weeks():
    assert rows("وبعد صمت دام دقائق اعترف أيضا.", "2018-05-16") == [("دقائق", "DURATION", "PTXM")]
    assert rows("أحدق فيها لدقائق طويلة، فتثير في نفسي الكتابة.", "2018-05-16") == [("دقائق طويلة", "DURATION", "PTXM")]
    assert ("ساعة", "DURATION", "PT1H") in rows("والتقى المالكي المدعية العامة واستمر الاجتماع ساعة في مقر المحكمة.",
                                                 "2018-05-22")
    assert ("سنوات", "DURATION", "PXY") in rows("ويقول خبراء إن عملية تحديد الهويات قد تستغرق سنوات.", "2018-08-02")
    assert rows("استمر الاجتماع ساعة ونصف.", "2018-05-22") == [("ساعة ونصف", "DURATION", "PT90M")]
    assert ("الأسبوع الرابع عشر", "DURATION", "P14W") in rows(
        "صوت المجلس ضد القانون الذي يسمح بالإجهاض حتى الأسبوع الرابع عشر من الحمل.", "2018-08-09")


def test_since_about_n_years_with_the_article_is_a_date():
    assert rows("وقال كلوب: ميسي يقوم بما يقوم به منذ ما يقارب الـ20 عاما.", "2018-03-18") == [
        ("منذ ما يقارب الـ20 عاما", "DATE", "1998")]
    assert rows("بعد ما يقارب 40 عاماً من العمل.", "2018-03-13") == [("ما يقارب 40 عاماً", "DURATION", "P40Y")]


def test_the_previous_contract_is_no_decade():
    assert rows("ورفعت شرطه الجزائي إلى 500 مليون يورو، بدلاً من 60 مليون يورو التي كانت في العقد السابق.",
                "2018-06-03") == []
    assert ("العقد الماضي", "DATE", "200") in rows("تباطأ النمو خلال العقد الماضي.", "2018-04-01")


def test_a_fronted_bare_month_before_a_perfect_verb_is_past():
    got = rows("وفي تشرين الثاني/نوفمبر، فر جندي كوري شمالي إلى الجنوب. وفي حزيران/يونيو، رفض اثنان من طاقم سفينة "
               "صيد كورية شمالية العودة.", "2018-05-19")
    assert ("حزيران/يونيو", "DATE", "2017-06") in got
    # a month that ends a postponement, then another clause with its own verb, stays ahead
    got = rows("وتم تأجيل تقرير اللجنة الذي كان مقررا لشباط/فبراير إلى حزيران/يونيو، وقال عضو في اللجنة إنه يتوقع صدوره.",
               "2018-03-10")
    assert ("حزيران/يونيو", "DATE", "2018-06") in got


def test_later_after_a_perfect_verb_and_a_definite_ordinal_child():
    assert rows("لكن يونهاب أوضحت لاحقاً أن المصدر الحكومي صحح ما أورده.", "2018-05-19") == []
    assert rows("ليبدأ الجميع في التساؤل عن والد الطفلة الثانية.", "2016-03-05") == []
    assert rows("أحمد، ابن العاشرة، نزح وعائلته من مدينته.", "2018-03-05") == [("العاشرة", "DURATION", "P10Y")]
    # "and summer" before a year is a season
    assert ("صيف", "DATE", "2018-SU") in rows("وصيف العام 2019 سيتم جر المحطة إلى موقعها.", "2018-05-19")


def test_today_with_a_weekday_a_day_ahead_of_the_publication():
    assert rows("نفذ اليوم الخميس، الآلاف من أساتذة التعليم الثانوي إضرابا.", "2017-03-01") == [
        ("اليوم الخميس", "DATE", "2017-03-02")]


def test_a_call_to_hold_an_event_points_ahead():
    got = rows("وكان بهجلي أثار مفاجأة عندما دعا الثلاثاء إلى إجراء انتخابات مبكرة في 26 آب/أغسطس أي قبل عام من الموعد "
               "المحدد.", "2018-04-18")
    assert ("26 آب/أغسطس", "DATE", "2018-08-26") in got
    assert ("يوم الجمعة", "DATE", "2018-03-30") in rows(
        "لجأ المتحدث الى فتاوى سابقة ليستنكر دعوات التظاهر في غزة يوم الجمعة والتي دعي لها تحت عنوان مسيرة العودة.",
        "2018-03-29")
    # the nearer month when the call is to a month just past
    assert ("آذار/مارس", "DATE", "2018-03") in rows(
        "وكان الحزب قد دعا إلى إجراء انتخابات في آذار/مارس، وجرت الانتخابات فعلا.", "2018-04-18")
    # a clause that opens with a perfect verb
    assert rows("أجريت الانتخابات في 26 آب/أغسطس.", "2018-04-18") == [("26 آب/أغسطس", "DATE", "2017-08-26")]


def test_later_in_a_past_story_told_with_a_year():
    assert ("لاحقا", "DATE", "FUTURE_REF") not in rows(
        "تنامى نفوذ الأكراد مع انسحاب قوات النظام من مناطقها في عام 2012، ليعلنوا لاحقا الإدارة الذاتية.", "2018-07-28")
    assert ("لاحقا", "DATE", "FUTURE_REF") in rows("تجتمع اللجنة لتعلن لاحقا قرارها.", "2018-07-28")


def test_the_year_before_the_one_the_text_named():
    assert ("العام السابق", "DATE", "2016") in rows(
        "وبحسب هذه الهيئة فإن 2500 جزائري طلبوا اللجوء في فرنسا سنة2017  أي أكثر بـ25 بالمئة من العام السابق.",
        "2018-03-15")
    assert ("العام السابق", "DATE", "2017") in rows(
        "تجاوز التضخم 15% في حزيران/يونيو الماضي. وارتفعت الأسعار بالمقارنة مع الشهر نفسه من العام السابق.", "2018-07-03")
    assert rows("ارتفعت الأسعار بنسبة 5 بالمئة عن العام السابق.", "2018-02-22") == [("العام السابق", "DATE", "2017")]


def test_quoted_names_and_rates_are_no_times():
    assert rows('قال ترامب في حديثه مع برنامج "60 دقيقة" إنه لا يزال حذرا.', "2018-10-15") == []
    assert rows('تقول صحيفة "عشرون دقيقة" المجانية إن الاعتداء ترك صدمة.', "2018-06-29") == []
    assert rows("ليرتفع الأجر من 12,304 دينارا إلى 13 دينارا في اليوم الزيادة في منحة النقل.", "2015-11-16") == []


def test_years_of_something_and_a_perfect_before_later():
    assert rows("تبين أن من يتكلمون لغتين منذ سنوات الطفولة يتأخر لديهم المرض.", "2017-05-05") == []
    assert rows("أكثروا من استخدام اللغتين عبر سنوات حياتهم.", "2017-05-05") == []
    assert rows("ومنهم من تغيب عن المدارس لأشهر ومنهم من توقف تماما.", "2018-03-20") == [("أشهر", "DURATION", "PXM")]
    assert ("سنوات", "DURATION", "PXY") in rows("عاد إلى بلاده بعد سنوات من الغياب.", "2018-03-20")
    assert rows("وتابع المصدر أن جون بولتون انضم لاحقا للمكالمة.", "2018-10-12") == []


def test_one_day_told_in_the_past_and_a_daily_output():
    assert rows("تلك جملة قرأتها يوما ما مكتوبة على أتوبيس بايرن ميونيخ.", "2018-05-01") == [("يوما ما", "DATE", "PAST_REF")]
    assert rows("يتوقعون حدوث هذا اللقاء في هذا المكان يوما ما.", "2018-05-01") == [("يوما ما", "DATE", "FUTURE_REF")]
    assert rows("إذ لم تعد الشركات تنتج إلا حوالي عشرين ألف برميل فقط في اليوم.", "2017-06-06") == []


def test_units_before_an_event_whose_name_starts_like_now():
    # "من الانتخابات" was read as "من الآن" (its first letters): N units before or after an event are a length
    assert rows("ولي العهد السعودي يزور مصر قبل أسابيع من الانتخابات الرئاسية المصرية.", "2018-03-04") == [
        ("أسابيع", "DURATION", "PXW")]
    assert ("أسبوع", "DURATION", "P1W") in rows("تسجلوا للإدلاء بأصواتهم قبل أسبوع من الانتخابات في لبنان.", "2018-04-29")
    assert ("عقود", "DURATION", "PXDE") in rows("وتستمر اللقاءات ثلاثة أيام بعد عقود من الانفصال.", "2018-06-22")
    assert rows("سيدخل الاقتصاد بعد نحو شهرين من الآن مرحلة تعاف.", "2018-10-06") == [
        ("بعد نحو شهرين من الآن", "DATE", "2018-12")]


def test_peace_now_is_a_name():
    assert rows("حسب رئيس منظمة السلام الآن غير الحكومية الإسرائيلية.", "2018-09-03") == []
    assert ("الآن", "DATE", "PRESENT_REF") in rows("يعم السلام الآن في المنطقة بعد الاتفاق.", "2018-09-03")


def test_a_later_clause_opened_by_wa_dhalik_anchors_nothing():
    text = ("وتعمل الطائرة منذ أكثر من 24 عاما. وذكرت بيانات أن الطائرة عادت إلى الخدمة قبل ثلاثة أشهر وذلك بعد أن ظلت "
            "رابضة على الأرض ست سنوات.")
    assert ("قبل ثلاثة أشهر", "DATE", "2017-12") in rows(text, "2018-03-04")
    # an anaphor that points back still anchors: six months after January 2016
    got = rows("انضمت فلسطين إلى المحكمة في كانون الثاني/يناير 2016. وبعد ستة أشهر من ذلك انضمت إلى المنظمة.", "2018-05-23")
    assert ("بعد ستة أشهر", "DATE", "2016-07") in got
    # a month fronted after "أنه في", then a perfect verb with no comma
    assert rows("ويذكر أنه في أيلول/سبتمبر أصبح للفلسطينيين وضع العضو.", "2018-05-23") == [("أيلول/سبتمبر", "DATE", "2017-09")]
    assert rows("وقال إنه في أيلول/سبتمبر سيبدأ العمل.", "2018-05-23") == [("أيلول/سبتمبر", "DATE", "2018-09")]


def test_counts_of_millimes_and_bottles_are_no_years():
    assert rows("تراوحت أسعار الكيلوغرام بين 1000 و2000 مليم، مقابل 2400 في خزامة.", "2017-02-03") == []
    assert rows("وتتمثل هذه الكمية في 1992 قارورة سعة 18 صل.", "2017-02-03") == []
