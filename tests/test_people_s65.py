"""people65 (session 31): a one-word name the recogniser tags right after a role with ال and one ال-adjective
(heldout35's الظهير الأيسر مارسيلو, dropped as a one-word name since the role's ال-form is no title and the adjective
is no nationality), on composed sentences with counter-examples (heldout35 is a development split since the lead's
final run on 6dcabd88)."""
from conftest import mentions_in, regex_recognizer


def _people(texts, pers):
    df = mentions_in(dict(enumerate(texts)), regex_recognizer(*pers), one_document=True)
    df = df[df["entity_type"] == "person"]
    return sorted(texts[r.position][r.start:r.end] for r in df.itertuples())


def test_one_word_name_after_a_role_and_an_adjective():
    # a role whose ال-form is built on a listed title (ظهير), a positional adjective, the name before و and a noun
    assert _people(["ويغيب الظهير الأيمن بيرنيتو وصانع الألعاب عن المباراة بسبب الإصابة."], ["بيرنيتو"]) == ["بيرنيتو"]
    # a listed role with ال and an adjective of age, the name before a preposition
    assert _people(["وعاد الحارس المخضرم داريلو إلى التدريبات الجماعية أمس."], ["داريلو"]) == ["داريلو"]


def test_counter_examples_stay_out():
    # no role before the ال-word (a place), a comma between, a known first name (left to a full name)
    assert _people(["وصل إلى الملعب الرئيسي داريلو بعد الظهر."], ["داريلو"]) == []
    assert _people(["ويغيب الظهير الأيمن، بيرنيتو، عن المباراة."], ["بيرنيتو"]) == []
    assert _people(["وسجل المهاجم الدولي محمد هدفا."], ["محمد"]) == []
    # the ال-word after the role is an ال-given name, not an adjective (الرئيس الحبيب …): not this rule's
    assert _people(["وقال الوزير الحبيب داريلو إن الأمر محسوم."], ["داريلو"]) == []


def test_a_complement_with_a_glued_preposition_is_no_name():
    # a club after ل (the role's complement), which a recogniser may tag as a one-word person
    assert _people(["وقال المدير الفني لأرسنالو إن الفريق سيواصل العمل."], ["لأرسنالو"]) == []
