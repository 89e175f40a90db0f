"""people80 (session 35): person recall on politics news. A given name written with the article (ال) that the hand
list of Maghrebi ال-given names lacks opens a name right after a role when a known first name and a third name word
follow it (the given name, then the father's and the grandfather's), unless it is an adjective: the news text has
its feminine form (المكلف → المكلفة, المؤقت → المؤقتة); the model's span that starts at the father's name takes it
too. Composed sentences and names, with counter-examples."""
from conftest import surfaces_in

from marsad.mentions import people


def _people(text):
    return [s for s, _e in surfaces_in(text, "person", people.default_recognizer)]


def test_an_al_given_name_before_a_first_name_after_a_role_opens_the_name():
    # the model starts the name at the father's name; the ال-word before it, after a role, is the given name
    assert _people("وصرح وزير الزراعة الزبيري محمد حسن بأن الموسم جيد.") == ["الزبيري محمد حسن"]
    # an adjective of the role stays out of the name: the news text has its feminine form
    assert _people("وقال رئيس الوزراء المكلف محمد توفيق علاوي إن الحكومة جاهزة.") == ["محمد توفيق علاوي"]
    assert _people("وقال رئيس الحكومة المؤقت عمر صالح حسن إن الوضع صعب.") == ["عمر صالح حسن"]
    # no role before it: no given name
    assert _people("وفي الحقل الزبيري محمد حسن يعمل منذ الصباح.") == ["محمد حسن"]


def test_the_model_span_starting_at_the_fathers_name_takes_the_al_given_name():
    text = "وصرح وزير الزراعة الزبيري محمد حسن بأن الموسم جيد."
    s = text.index("محمد")
    got = people._al_given_heads(text, [(s, s + len("محمد حسن"), "PERS")])
    assert [text[a:b] for a, b, _t in got] == ["الزبيري محمد حسن"]
    # no role among the three words before it: no given name
    text = "وفي الحقل الزبيري محمد حسن يعمل منذ الصباح."
    s = text.index("محمد")
    assert [text[a:b] for a, b, _t in people._al_given_heads(text, [(s, s + len("محمد حسن"), "PERS")])] == ["محمد حسن"]
    # no third word after the first name (two words: a name of one given name and one surname is left alone)
    text = "وصرح وزير الزراعة الزبيري محمد، ثم غادر."
    s = text.index("محمد")
    assert [text[a:b] for a, b, _t in people._al_given_heads(text, [(s, s + len("محمد"), "PERS")])] == ["محمد"]
    # a nationality adjective with ال is no given name
    text = "وقال وزير الخارجية السوداني محمد أحمد إن الوضع صعب."
    s = text.index("محمد")
    assert [text[a:b] for a, b, _t in people._al_given_heads(text, [(s, s + len("محمد أحمد"), "PERS")])] == ["محمد أحمد"]


def test_a_private_person_introduced_by_the_verb_is_called():
    # one word: a person of the document alone
    got = surfaces_in("وقال أحد سكان الحي ويدعى كريم (30 عاما) إنه سمع دوي انفجارات.", "person",
                      people.default_recognizer)
    assert [s for s, _e in got] == ["كريم"] and got[0][1].endswith("@a")
    # a full name, a Russian patronymic in it too
    assert _people("وقالت الشرطة إن المرأة تدعى نادية فيرنانديز وتبلغ الأربعين من العمر.") == ["نادية فيرنانديز"]
    assert _people("والمتهمة تدعى ماريا إيفانوفنا سيدوروفا، وتبلغ من العمر 40 عاما.") == ["ماريا إيفانوفنا سيدوروفا"]


def test_things_claims_and_characters_called_so_are_no_people():
    assert _people("وتعمل في البلاد شركة أمنية تدعى فاغنر منذ سنوات.") == []
    assert _people("وأعلنت السلطات أن المادة تدعى نوفتشوك، وهي مجموعة من المركبات.") == []
    assert _people("ويدعى بأنه ناقش السياسات مع المسؤولين.") == []
    # a character of a film
    assert _people("وتجسد الممثلة في الفيلم شخصية فتاة تدعى سلمى تعمل في مستشفى.") == []
    assert people.called_verb_name_recognizer(["تلعب دور امرأة تدعى سلمى في المسلسل."]) == [[]]
