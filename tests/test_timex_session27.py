"""The dates session 27 (twenty-first lead session, development parts only): race times in minutes, seconds and
hundredths, the dawn that ends a night just told, a bare evening of a sports programme, a bracketed GMT hour; and the
gold conventions settled in it (غداة + an event and the first of two listed days, يومي)."""
from __future__ import annotations

import json

from marsad.dates.timex import tag_rows
from marsad.training.timex_eval import GOLD_DIR


def rows(text: str, published: str) -> list[tuple[str, str, str]]:
    return [(r["text"], r["type"], r["value"]) for r in tag_rows(text, published=published)]


def test_a_race_time_with_hundredths_is_one_length_in_seconds():
    got = rows("و أكمل كتيلة سباق 1500 متر فئة T34 في توقيت قدره 3 دقائق و 9 ثوان و 93 جزء بالمائة في حين كان الرقم "
               "القياسي القديم من نصيب الياباني كازويا ماييبا بتوقيت 3دق و 35 ث و 54 جزء بالمائة و الذي حققه 10 أوت 1998 "
               "في بيرمنغهام", "2017-06-03")
    assert ("3 دقائق و 9 ثوان و 93 جزء بالمائة", "DURATION", "PT189.93S") in got
    assert ("3دق و 35 ث و 54 جزء بالمائة", "DURATION", "PT215.54S") in got
    assert ("10 أوت 1998", "DATE", "1998-08-10") in got
    got = rows("وفاز الجواد بزمن وقدره 02:01.38 دقيقة، متفوقا بفارق 05 طول عن أقرب منافسيه.", "2018-03-31")
    assert got == [("02:01.38 دقيقة", "DURATION", "PT121.38S")]


def test_lengths_in_words_stay_the_compound_rule_s():
    # no hundredths: one length in its smallest unit, as before (the race rule leaves it alone)
    got = rows("وتقول ناسا إن الخسوف الكلي سيستغرق ساعة و42 دقيقة و57 ثانية لكن سيسبقه خسوف جزئي.", "2018-07-26")
    assert got == [("ساعة و42 دقيقة و57 ثانية", "DURATION", "PT6177S")]
    assert rows("أنهى العداء السباق في 3 دقائق و 9 ثوان.", "2017-06-03") == [("3 دقائق و 9 ثوان", "DURATION", "PT189S")]


def test_the_dawn_that_ends_a_night_just_told_is_the_next_morning():
    got = rows("وحينما سأل موظفو الجمارك عما يوجد بداخلها، رفض القطريون الإجابة الجمعة، وظلت المواجهة بين الطرفين طوال "
               "الليل، وفي النهاية استسلم القطريون باستياء، قبل بزوغ الفجر، واتجهوا إلى بغداد.", "2018-03-15")
    night = next(v for t, _, v in got if t == "الليل")
    assert night.endswith("TNI")
    day = night[:10]
    import datetime as dt
    assert ("الفجر", "TIME", (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat() + "TMO") in got
    # no night before it: a dawn of no story
    assert rows("يخرج الصيادون قبل بزوغ الفجر كل يوم.", "2018-03-15") == [("كل يوم", "SET", "P1D")]


def test_a_bare_evening_opening_a_sports_programme_is_the_reference_evening():
    got = rows("برنامج مقابلات الدور ثمن نهائي لكأس تونس لكرة اليد\n\nتدور مساء مقابلات الدور ثمن النهائي من مسابقة كأس "
               "تونس لكرة اليد وفق البرنامج التالي :", "2017-02-04")
    assert got == [("مساء", "TIME", "2017-02-04TEV")]
    # a day right after it: the part of the day is that day's (another rule), not a bare one
    assert ("مساء", "TIME", "2017-02-04TEV") not in rows("تدور مساء الأحد مقابلات الجولة الأولى.", "2017-02-04")
    # not opening its sentence (an adverb inside a narration): untouched
    assert rows("وكان الفريق قد قال إن المقابلات تدور مساء عادة.", "2017-02-04") == []


def test_a_bracketed_gmt_hour_after_the_clock_word_is_a_clock_on_the_story_s_day():
    got = rows("قتل شخص واحد على الأقل وجرح ستة آخرين السبت، عندما فجر انتحاري نفسه أمام مقر الاستخبارات الأفغانية.\n"
               "وتحدث شهود عيان عن \"انفجار هائل\" وقع حوالي الساعة (4 بتوقيت غرينتش)، في ذروة ساعة الازدحام.",
               "2018-02-24")
    assert ("السبت", "DATE", "2018-02-24") in got and ("4", "TIME", "2018-02-24T04:00") in got
    # no day before it in the text: left alone
    assert not any(t == "4" for t, _, _ in rows("وقع الانفجار حوالي الساعة (4 بتوقيت غرينتش).", "2018-02-24"))


def _development_gold():
    for path in sorted(GOLD_DIR.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            yield path.stem, json.loads(line)


def test_the_gold_leaves_ghadat_out_and_annotates_the_bare_first_of_two_listed_days():
    for split, doc in _development_gold():
        assert not any(t["text"] == "غداة" for t in doc["timex"]), (split, doc["doc"])
        assert not any(t["text"].startswith("يومي ") and t["text"][5:6].isdigit() for t in doc["timex"]), (split, doc["doc"])
    # and the tagger agrees on the sentences that settled it
    got = rows("واستأنف آلاف العمل الجمعة غداة إضراب عام أدى إلى شل حركة هذا البلد.", "2018-06-16")
    assert got == [("الجمعة", "DATE", "2018-06-15")]
    got = rows("تنظم الهيئة يومي 21 و 22 جوان 2017 انتخابات جزئية.", "2017-06-19")
    assert ("21", "DATE", "2017-06-21") in got and ("22 جوان 2017", "DATE", "2017-06-22") in got


def test_a_bare_plural_unit_meant_as_a_length_is_an_indefinite_duration():
    assert rows("ولكن في غضون دقائق، دخل رجال يرتدون أقنعة سوداء إلى خيمته.", "2018-03-15") == [("دقائق", "DURATION", "PTXM")]
    assert rows("وفي غضون أيام من اختطاف الصيادين القطريين، تأكدت الحكومة من الخبر.", "2018-03-15") == [
        ("أيام", "DURATION", "PXD")]
    assert rows("وأعلن زيدان استقالته عقب أيام من تحقيق الفريق الإسباني بطولة دوري أبطال أوروبا.", "2018-06-04") == [
        ("أيام", "DURATION", "PXD")]
    assert rows("و ذلك قبل دقائق من إنطلاق المقابلة التي ستجمع الفريقين.", "2017-03-01") == [("دقائق", "DURATION", "PTXM")]
    assert rows("شاهد.. حمم بركانية تلتهم منزلا في دقائق\n\nقام إسحاق كركاور بتصوير هذا الفيديو.", "2018-05-26") == [
        ("دقائق", "DURATION", "PTXM")]
    assert ("سنوات", "DURATION", "PXY") in rows("وأوضح \"بعد استقبال 700 ألف مهاجر خلال سنوات أعتقد أن إيطاليا قامت "
                                                 "بواجبها\".", "2018-06-11")
    assert rows("لكن سليماني لم يكن يهتم بأموال الفدية، فأولويته لسنوات هي سوريا.", "2018-03-15") == [
        ("سنوات", "DURATION", "PXY")]
    assert rows("وقبل وفاتها بساعات، وجهت الوزيرة رسالة.", "2018-03-15") == [("ساعات", "DURATION", "PTXH")]
    # contracts, not decades; and a place ("في أيام الفيفا") is no length
    assert rows("يقع استقطاب الضحايا من خلال عقود عمل وهمية.", "2017-01-17") == []
    assert rows("يسعى إلى الاستفادة الكاملة من أيام الفيفا من خلال خوض مباريات.", "2018-03-15") == []


def test_after_bare_units_in_a_past_story_is_a_length_and_ahead_in_a_plan():
    assert rows("توصلت الولايات المتحدة وروسيا إلى هدنة جزئية، لكنها تلاشت بعد أيام.", "2018-03-03") == [
        ("أيام", "DURATION", "PXD")]
    assert rows("خسر نهائي دوري الأبطال. لكن بعد ساعات ظهرت الابتسامة على وجه صلاح.", "2018-06-16") == [
        ("ساعات", "DURATION", "PTXH")]
    assert rows("وأعلنت إدارة المهرجان الدولي في دورته الـ40، التي تنطلق بعد أشهر.", "2018-06-03") == [
        ("بعد أشهر", "DATE", "FUTURE_REF")]
    assert rows("تجرى الانتخابات بعد أيام.", "2018-06-03") == [("بعد أيام", "DATE", "FUTURE_REF")]


def test_a_decimal_count_is_one_length_not_the_digits_after_the_point():
    got = rows("جزر القمر : أقصر فترة صيام في الدول العربية وتبلغ 12.30 ساعة. اليمن حيث تبلغ الفترة 14 ساعة، ثم ايران ب "
               "14:30 ساعة. ومصر بواقع 15.48 ساعة تليهم تونس ب16:30 ساعة.", "2018-05-20")
    assert got == [("12.30 ساعة", "DURATION", "PT750M"), ("14 ساعة", "DURATION", "PT14H"),
                   ("14:30 ساعة", "DURATION", "PT870M"), ("15.48 ساعة", "DURATION", "PT948M"),
                   ("16:30 ساعة", "DURATION", "PT990M")]
    got = rows("لكننا الآن مستمرون بالنمو منذ نحو 10.5 سنة، وهذا يسبب المشاكل.", "2018-04-10")
    assert ("منذ نحو 10.5 سنة", "DATE", "2007-10") in got
    assert rows("ويستغرق دورانه حول الشمس 1.2 عام.", "2016-09-11") == [("1.2 عام", "DURATION", "P14M")]


def test_al_ghad_after_a_party_or_paper_word_is_a_name_not_tomorrow():
    assert rows("وأكد أنه تابع العملية الانتخابية من غرفة المتابعة المتواجدة بحزب الغد، ومؤكدا على أن مد التصويت لمدة "
                "ساعة إضافية كان ضروريا.", "2018-03-29") == [("ساعة", "DURATION", "PT1H")]
    assert rows("مصادر مطلعة توقعت لصحيفة الغد رحيل الحكومة الأردنية.", "2018-06-04") == []
    assert rows("يصل الوفد الغد إلى تونس.", "2018-06-04") == [("الغد", "DATE", "2018-06-05")]
