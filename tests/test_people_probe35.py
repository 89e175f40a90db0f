"""people35: classes of the lead's probe of 60 Turkey articles (session 22; data/gold/people/probed_session35.txt)."""

from _people import person_rows as _people


def test_an_institution_and_a_publication_are_no_people():
    # FR-internationalNews-1244-20180515: مشيخة الأزهر, the Azhar's institution (مشيخة, like هيئة, makes an organisation)
    assert _people(["ودانت مشيخة الأزهر الاثنين \"بأقسى العبارات\" الهجوم."]) == []
    # CN-economy-242-20180901: Beverage Digest, a trade publication (دايجيست only in names of publications)
    surfaces = [s for _p, s, _e in _people(["وقال دوان ستانفورد، محرر التنفيذي لمطبوعة التجارة \"بيفريج دايجيست \" إن "
                                            "استراتيجية الشركة ناجحة."])]
    assert surfaces == ["دوان ستانفورد"]


def test_a_person_named_after_an_institution_word_elsewhere_stays():
    # the trigger is the word مشيخة, not شيخ: the grand imam named after his title is still a person
    assert "أحمد الطيب" in [s for _p, s, _e in _people(["وقال شيخ الأزهر أحمد الطيب إن الهجوم مدان."])]
