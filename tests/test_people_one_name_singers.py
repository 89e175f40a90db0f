"""Singers and actresses named by one name (people29, from probes of unannotated, already-probed Al Arabiya culture
articles, where 0 of about 90 mentions of أحلام، إليسا، لطيفة، هياتم were found): a one-word hashtag right after a
role with ال, a nationality adjective maybe between (الفنانة #أحلام، الفنانة اللبنانية #إليسا), makes the word a
person of the document, even a common word or a first name, and each of its occurrences alone is that person; and
the first name of a full name with a compound family name (شيرين عبد الوهاب) names her alone in the document."""

from _people import person_rows as _people


AHLAM = ["حيلة أحلام أثناء تصويت \"ذا فويس\"",
         "وبالفعل اختارت الفنانة #أحلام أن تلجأ إلى حيلة خاصة بها أثناء التصويت.",
         "ولاحظ الجميع أن أحلام تتعمد الإمساك بهاتفها.",
         "وأوضحت أحلام أنها ترغب في معرفة رأي الجمهور."]


def test_a_hashtag_after_a_role_makes_a_common_word_a_singer_of_the_document():
    got = _people(AHLAM)
    assert [(p, s) for p, s, _e in got] == [(0, "أحلام"), (1, "أحلام"), (2, "أحلام"), (3, "أحلام")]
    assert len({e for _p, _s, e in got}) == 1


def test_the_common_word_without_the_hashtag_after_a_role_is_no_person():
    got = _people([AHLAM[0], "وبالفعل اختارت الفنانة أن تلجأ إلى حيلة خاصة بها.", AHLAM[2], AHLAM[3]])
    assert got == []


def test_a_hashtag_after_a_role_and_a_nationality_adjective_with_a_hamza_first_name():
    # AL-culture-395: إليسا is اليسا once normalised, no word with ال
    got = _people(["شاهد.. ارتباك إليسا بعد تجاهل مصوري مهرجان كان",
                   "أظهر مقطع فيديو ارتباك الفنانة اللبنانية #إليسا، بعد تجاهل المصورين لها.",
                   "وكانت إليسا على السجادة الحمراء."])
    assert [p for p, s, _e in got if s == "إليسا"] == [0, 1, 2]


def test_a_hashtag_of_a_place_after_a_role_is_no_person():
    got = _people(["وقال الوزير في #القاهرة إن المشروع جاهز.", "وأضاف الوزير أن القاهرة تدعم المشروع."])
    assert not any(s == "القاهرة" for _p, s, _e in got)


def test_the_first_name_of_a_name_with_a_compound_family_name_names_her_alone():
    # AL-culture-246 and AL-culture-534
    got = _people(["خرجت الفنانة #شيرين عبد الوهاب لتوجه رسالة إلى اللاعب المصري محمد صلاح.",
                   "وقررت نقابة الموسيقيين إيقاف شيرين ومنعها من الغناء.",
                   "وعقب التحقيق تقدمت شيرين باعتذار للشعب المصري."])
    sh = [(p, s, e) for p, s, e in got if s.startswith("شيرين")]
    assert [(p, s) for p, s, _e in sh] == [(0, "شيرين عبد الوهاب"), (1, "شيرين"), (2, "شيرين")]
    assert len({e for _p, _s, e in sh}) == 1


def test_a_compound_first_name_gives_no_first_word_alone():
    # نور الدين is the first name: نور alone names nobody
    got = _people(["وقال الوزير نور الدين البحيري إن المشروع جاهز.", "وأضاف أن نور المدينة يعود."])
    assert not any(s == "نور" for _p, s, _e in got)


def test_a_first_name_alone_before_the_preposition_ala_written_with_alef_maqsura():
    # AL-culture-534: على is علي once normalised, a first name that would make شيرين علي another full name
    base = "خرجت الفنانة #شيرين عبد الوهاب لتوجه رسالة إلى اللاعب المصري محمد صلاح."
    got = _people([base, "وعلقت شيرين على الصورة قائلة إنها فخورة به."])
    assert [(p, s) for p, s, _e in got if s.startswith("شيرين")] == [(0, "شيرين عبد الوهاب"), (1, "شيرين")]
    got = _people([base, "وعلقت شيرين علي مصطفى على الصورة."])
    assert (1, "شيرين") not in [(p, s) for p, s, _e in got]
