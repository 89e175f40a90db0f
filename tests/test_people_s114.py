"""people114 (session 44), lever G: a given name that is a word of the language or that no first-name list holds
(``role_given_names.txt``: أمل 'hope', عظيمة 'great', إيمان 'faith'; محسن، خليل، عماد) opens a name right after a role,
as an ال-given name does (المحللة عظيمة شيما, heldout44; محاميتها أمل كلوني, heldout47, a role with a possessive
pronoun). Counter-examples: such a name in construct with an ال-word after a role (أمل الحكومة, 'the government's
hope') or with a common word after it, and without a role before it, is no person (the CRF's case)."""
from conftest import regex_recognizer, surfaces_in

from marsad.mentions.role_recognisers import role_complement_spaced_recognizer, role_name_recognizer


def _roles(texts):
    # (the spaced spans give way to a model's spans in default_recognizer; there is no model here)
    return [a + [(s, e, "PERS") for s, e, _k in b]
            for a, b in zip(role_name_recognizer(texts), role_complement_spaced_recognizer(texts))]


def _people(text):
    return [s for s, _e in surfaces_in(text, "person", _roles)]


def test_a_common_word_given_name_after_a_role():
    assert _people("وصرحت المحللة عظيمة شيما بأن المشكلة تكمن في الاقتصاد.") == ["عظيمة شيما"]
    assert _people("وقالت المحامية إيمان كوتيلا إن الحملة مستمرة.") == ["إيمان كوتيلا"]


def test_after_a_role_with_a_possessive_pronoun():
    assert _people("ظهرت الناشطة برفقة محاميتها أمل كلوني، في المقابلة.") == ["أمل كلوني"]


def test_a_given_name_no_list_holds_after_a_role_and_its_complement():
    assert _people("وقال رئيس الحكومة محسن مرزوقي إن الاتفاق قريب.") == ["محسن مرزوقي"]
    assert _people("وقالت وزيرة الشباب والرياضة سناء الشارني إن الحكومة تدعم.") == ["سناء الشارني"]


def test_the_name_as_a_word_of_the_language_is_no_person():
    assert _people("أكد الوزير أمل الحكومة في نجاح الإصلاح.") == []
    assert _people("وعبر الوزير عن أمل كبير في الاتفاق.") == []
    assert _people("وحضرت أمل كلوني الجلسة الأولى.") == []
    assert _people("وأشار مستشاره إيمان المدينة بالمشروع.") == []


def test_a_present_verb_ends_a_two_word_name():
    # (lever H: the model's span 'ماكين يوصي' in a headline: the verb leaves it, the surname is the known man's)
    rows = surfaces_in({"t": "ماكين يوصي: لا أريد أن يحضر أحد جنازتي",
                        "p": "أعلن السيناتور الجمهوري جون ماكين أنه لا يريد ذلك."}, "person",
                       regex_recognizer("ماكين يوصي"), one_document=True)
    assert rows[0] == ("ماكين", "person:john-mccain") and "ماكين يوصي" not in [s for s, _e in rows]


def test_a_name_word_with_ya_stays_in_the_name():
    assert [s for s, _e in surfaces_in("وقال المخرج خالد يوسف إن الفيلم جاهز.", "person",
                                       regex_recognizer("خالد يوسف"))] == ["خالد يوسف"]
    assert [s for s, _e in surfaces_in("وقال جون يوصي ماكين إن الأمر انتهى.", "person",
                                       regex_recognizer("جون يوصي ماكين"))] == ["جون يوصي ماكين"]
