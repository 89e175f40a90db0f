"""people80 (session 35): person recall on politics news. A private person the gazetteers cannot know, introduced by
the verb يدعى / تدعى ('who is called': وقال أحد السكان ويدعى …، امرأة تدعى …): the name after it, its first word a known
first name, one word a person of its document alone; things called so (no first name), the verb's sense 'claims' and
a character of a film are no people. Composed sentences and names, with counter-examples."""
from conftest import surfaces_in

from marsad.mentions import people


def _people(text):
    return [s for s, _e in surfaces_in(text, "person", people.default_recognizer)]


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
