"""A profession after a two-word name ends the name; the classes read in the twenty-second session on heldout18's
errors (read after its blind run; heldout18 is development data now). Real sentences of that split's articles."""

from conftest import regex_recognizer, surfaces_in


_rx = regex_recognizer  # the regex person recogniser shared by the people tests (conftest)


def _people(texts, rec=None):
    return surfaces_in(texts, "person", rec, one_document=True)


def test_a_profession_after_a_two_word_name_is_cut_from_the_recogniser_span():
    texts = {"a": "وقال روبن بونز أخصائي العلاج الطبيعي في النادي إن اللاعب سيعود قريبا"}
    got = _people(texts, _rx(r"روبن بونز أخصائي"))
    assert [s for s, _ in got] == ["روبن بونز"]


def test_a_physician_after_a_name_is_cut_and_before_a_name_is_no_part_of_it():
    texts = {"a": "وأكد خوان كارلوس طبيب المنتخب أن الإصابة طفيفة", "b": "وقال الطبيب ماركو سيلفا إن"}
    got = _people(texts, _rx(r"خوان كارلوس طبيب", r"الطبيب ماركو سيلفا"))
    assert [s for s, _ in got] == ["خوان كارلوس", "ماركو سيلفا"]


def test_a_name_after_the_president_whose_first_word_is_also_a_common_word_is_kept_once():
    texts = {"a": "حرب أهلية أطلق شرارتها تنافس بين الرئيس سلفا كير ونائبه السابق ريك مشار"}
    got = _people(texts, _rx(r"سلفا كير", r"ريك مشار"))
    assert [s for s, _ in got] == ["سلفا كير", "ريك مشار"]


def test_the_common_first_word_needs_the_head_of_state_title_before_it_when_seen_once():
    texts = {"a": "حرب أهلية أطلق شرارتها تنافس بين المعارض سلفا كير ونائبه السابق ريك مشار"}
    got = _people(texts, _rx(r"سلفا كير", r"ريك مشار"))
    assert [s for s, _ in got] == ["ريك مشار"]
