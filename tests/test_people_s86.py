"""people86 (session 37): a place or an institution named after a person is no mention of the person: after the place
nouns بئر، بطحاء، حي (a town, a square, a quarter: بئر علي بن خليفة، بطحاء محمد علي، حي خالد بن الوليد) and after a
definite venue noun with the adjectives that grade it (المستشفى الجامعي الحبيب بورقيبة، المدرسة الإعدادية النموذجية خير
الدين باشا). Counter-examples: a club and its player (الملعب التونسي هيثم قيراط), the Arab League and its
secretary-general, the holder of a role at the institution (مدير المستشفى الجهوي …), حي before a one-word name, and the
same names as people elsewhere."""
from conftest import mention_rows
from marsad.mentions.partial_names import trophy_names


def _people(texts):
    return mention_rows(texts, "person")


def _gone(text, name):
    s = text.index(name)
    return trophy_names([text], [(0, s, s + len(name))]) == [0]


def test_a_town_a_square_and_a_quarter_named_after_a_person_are_no_person():
    assert _gone("نفذ أهالي منطقة بئر علي بن خليفة مسيرة.", "علي بن خليفة")
    assert _gone("وقال المعتمد إن المستشفى المحلي ببئر علي بن خليفة مغلق.", "علي بن خليفة")
    assert _gone("وقال الطبوبي في كلمته في بطحاء محمد علي بالعاصمة إن الاتحاد متمسك بمطالبه.", "محمد علي")
    assert _gone("وتجمع سكان حي خالد بن الوليد للاحتجاج.", "خالد بن الوليد")
    rows = _people(["نفذ أهالي منطقة بئر علي بن خليفة مسيرة، وقال معتمد بئر علي بن خليفة إن المستشفى ببئر علي بن خليفة "
                    "مغلق.", "وقال الطبوبي في كلمته في بطحاء محمد علي بالعاصمة إن الاتحاد متمسك بمطالبه."])
    assert rows == []


def test_an_institution_with_its_grade_adjectives_before_a_name_is_no_person():
    assert _gone("ونقل المصاب إلى المستشفى الجامعي الحبيب بورقيبة بصفاقس.", "الحبيب بورقيبة")
    assert _gone("وتم نقله إلى المستشفى الجهوي الحسين بوزيان بقفصة.", "الحسين بوزيان")
    assert _gone("تعرضت المدرسة الإعدادية النموذجية خير الدين باشا بسيدي بوزيد إلى عملية اقتحام.", "خير الدين باشا")
    assert _gone("وشهد المعهد الثانوي علي بورقيبة بالمنستير احتجاجات.", "علي بورقيبة")
    assert _gone("وتوجه التلاميذ إلى المدرسة الابتدائية الحبيب ثامر صباحا.", "الحبيب ثامر")
    rows = _people(["ونقل المصاب إلى المستشفى الجامعي الحبيب بورقيبة بصفاقس.",
                    "وتم نقله إلى المستشفى الجهوي الحسين بوزيان بقفصة لتلقي الإسعافات."])
    assert rows == []


def test_a_club_a_league_a_role_holder_and_the_same_person_elsewhere_stay_people():
    # a nationality adjective is no grade: a club and its player, the Arab League and its secretary-general
    assert not _gone("وسجل لاعب الملعب التونسي هيثم قيراط هدفا.", "هيثم قيراط")
    assert not _gone("وقال أمين عام الجامعة العربية أحمد أبو الغيط إن القمة ناجحة.", "أحمد أبو الغيط")
    # the holder of a role at the institution
    assert not _gone("وقال مدير المستشفى الجهوي محمد الصالح العرفاوي إن الوضع مستقر.", "محمد الصالح العرفاوي")
    # a grade adjective with no venue noun before it, and a venue noun with a comma before the name
    assert not _gone("وقال المسؤول الجهوي محمد الصالح العرفاوي إن الوضع مستقر.", "محمد الصالح العرفاوي")
    assert not _gone("وقال رئيس قسم بالمستشفى الجامعي، محمد الصالح العرفاوي، إن الوضع مستقر.", "محمد الصالح العرفاوي")
    # حي ('alive' too) before a one-word name
    assert not _gone("وقال إن حي كريم هادئ.", "كريم")
    rows = _people(["وقال الرئيس الراحل الحبيب بورقيبة في خطابه إن التعليم أولوية.",
                    "وسجل لاعب الملعب التونسي هيثم قيراط هدفا في الدقيقة العاشرة."])
    assert (0, "الحبيب بورقيبة", "person:habib-bourguiba") in rows
    assert any(surface == "هيثم قيراط" for _p, surface, _e in rows)
