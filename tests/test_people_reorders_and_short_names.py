"""A person's name written again with its words in another order, the short official name of Saudi Arabia and
the airline named after it (composed sentences from the ANT news text; the classes read in the twenty-first session
on heldout17's errors, read after its blind run)."""

from conftest import regex_recognizer, surfaces_in


_rx = regex_recognizer


def _people(texts, rec=None):
    return surfaces_in(texts, "person", rec, one_document=True)


def _countries(texts, rec=None):
    return surfaces_in(texts, "country", rec, one_document=True)


def test_a_full_name_with_its_words_in_another_order_is_the_same_person():
    texts = {"a": "كشف تركي آل الشيخ، رئيس الهيئة العامة للرياضة في السعودية، عن قبوله استقالة الأمير",
             "b": "ونشر آل تركي الشيخ، تغريدة عبر صفحته الرسمية على \"تويتر\""}
    got = _people(texts, _rx(r"تركي آل الشيخ"))
    assert [s for s, _ in got] == ["تركي آل الشيخ", "آل تركي الشيخ"]
    assert got[0][1] == got[1][1]


def test_two_word_names_and_words_far_apart_are_not_reordered_names():
    # two words swapped are often two people (محمد علي, علي محمد); words of the name with another word between
    # them are no name
    texts = {"a": "وقال رياض خالد الزعبي إن الاتفاق قريب", "b": "وقال الزعبي رياض وخالد إن الاتفاق بعيد",
             "c": "وكان يوسف الشاهد قد التقى الشاهد يوسف"}
    got = _people(texts, _rx(r"رياض خالد الزعبي", r"يوسف الشاهد(?= قد)"))
    assert [s for s, _ in got] == ["رياض خالد الزعبي", "الزعبي", "يوسف الشاهد"]


def test_the_short_official_name_of_saudi_arabia_is_one_mention_and_the_airline_none():
    texts = {"a": "معالي رئيس اللجنة الأولمبية العربية السعودية يصدر قراراً بتكليف سامي الجابر",
             "b": "ويمكن شحن الطائرة من العربية السعودية وبإمكان المشتري",
             "c": "وقعت الخطوط الجوية العربية السعودية وشركة بوينغ اتفاقا",
             "d": "وتعهدت المملكة العربية السعودية بدعم اليمن"}
    got = _countries(texts)
    assert got == [("العربية السعودية", "SA"), ("العربية السعودية", "SA"), ("المملكة العربية السعودية", "SA"),
                   ("اليمن", "YE")]
