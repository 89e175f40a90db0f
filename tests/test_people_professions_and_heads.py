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


_ZEINA = {"t": "زينة تنشر وثيقة طلاقها الرسمية من أحمد عز",
          "a": "أعلنت الفنانة المصرية #زينة حصولها على وثيقة الطلاق الرسمية الخاصة بزواجها من الفنان #أحمد_عز",
          "b": "حيث نشرت زينة #صورة_لوثيقة_الطلاق التي حصلت عليها من مصلحة الأحوال المدنية",
          "c": "وأعربت زينة عن سعادتها بالحصول على الوثيقة الرسمية الخاصة بالانفصال",
          "d": "إلا أن زينة نجحت بالنهاية في إثبات نسب توأمها إلى الفنان أحمد عز"}


def test_a_singer_known_by_one_name_after_a_role_and_the_subject_of_her_verbs_is_one_person_everywhere():
    got = _people(_ZEINA, _rx(r"أحمد[ _]عز"))
    zeina = [(s, i) for s, i in got if s == "زينة"]
    assert len(zeina) == 5 and len({i for _, i in zeina}) == 1
    assert [s for s, _ in got if s != "زينة"] == ["أحمد عز", "أحمد_عز", "أحمد عز"]


def test_a_one_word_name_needs_the_role_and_two_verbs_of_the_document():
    # (without the role: زينة is also 'decoration', the subject of انتشرت)
    no_role = dict(_ZEINA, a="أعلنت المصرية زينة حصولها على وثيقة الطلاق الرسمية")
    assert [s for s, _ in _people(no_role, _rx(r"أحمد[ _]عز")) if s == "زينة"] == []
    # (without the hashtag after the role: since people29 a one-word hashtag right after a role, الفنانة المصرية
    # #زينة, is evidence enough, see test_people_one_name_singers.py)
    one_verb = {k: v.replace("#زينة", "زينة") for k, v in _ZEINA.items() if k != "c"}
    assert [s for s, _ in _people(one_verb, _rx(r"أحمد[ _]عز")) if s == "زينة"] == []
    tagged = {k: v for k, v in _ZEINA.items() if k != "c"}
    assert [s for s, _ in _people(tagged, _rx(r"أحمد[ _]عز")) if s == "زينة"] == ["زينة"] * 4


def test_a_first_name_followed_by_the_same_surname_is_no_one_word_name():
    texts = {"a": "بسبب تعاقد سلوى خطاب على المشاركة في مسلسل آخر",
             "b": "وقال منتج المسلسل أن الفنانة سلوى خطاب أصيبت أثناء التصوير",
             "c": "وأشار إلى كون سلوى خطاب صديقة قبل أن تكون زميلة"}
    assert [s for s, _ in _people(texts, _rx(r"منتج المسلسل")) if s.startswith("سلوى")] == []
