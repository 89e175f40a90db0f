"""people104 (session 41): a person named after a role, its complement and a comma, where the complement holds a
construct with ل + a noun without ال (مفوضة الأمم المتحدة لحقوق الإنسان، ميشيل باشليت; heldout45's class B). The
complement of ``role_complement_name_recognizer`` stopped at لحقوق, so the comma never followed it. Counter-examples:
the same construct with no comma (left to the model and the spaced recognisers), a ل word first in the complement, a
ل word before no ال word, a role + complement + comma + a relative pronoun, a time phrase or a common word."""
from marsad.mentions.role_recognisers import role_complement_name_recognizer


def _found(texts):
    # (each role word of the phrase reads the same name: الكاتب and العام; one span each, the same span)
    return [sorted({(t[s:e], k) for s, e, k in r}) for t, r in zip(texts, role_complement_name_recognizer(texts))]


def test_a_name_after_a_complement_with_a_construct_and_a_comma():
    texts = ['قالت مفوضة الأمم المتحدة لحقوق الإنسان، ميشيل باشليت إنه "لا ينبغي".',
             "وأكد الكاتب العام لنقابة الإعلام، محمد السعيدي أنه تقرر تنفيذ إضراب.",
             "ودعت رئيسة الغرفة الوطنية لرياض الأطفال،سارة الزواري وزارة المرأة إلى الرقابة."]
    assert _found(texts) == [[("ميشيل باشليت", "PERS")], [("محمد السعيدي", "PERS")], [("سارة الزواري", "PERS")]]


def test_no_name_without_the_comma_or_after_a_phrase_that_is_no_name():
    texts = ["قال مفوض الأمم المتحدة لحقوق الإنسان ميشيل باشليت إن.",  # no comma: not this rule's
             "وقال وزير لشؤون الخارجية، ميشيل باشليت إن.",  # the ل word first, right after the role
             "وقال رئيس الوزراء لحزب، ميشيل باشليت إن.",  # the ل word before no ال word
             "وقال وزير الخارجية لحقوق الإنسان، الذي زار المدينة إن.",
             "وقال رئيس الوزراء لحزب العمال، يوم الاثنين إن.",
             "وقال رئيس الوزراء لحزب العمال، سعيد بالنتائج."]
    assert _found(texts) == [[], [], [], [], [], []]
