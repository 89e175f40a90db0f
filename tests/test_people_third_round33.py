"""people33 (a third round, development data only): the names of a list after أمثال ('the likes of'), up to the
first item that is no name; the word between an appointment noun and a
compound with عبد (وتعيين معين عبد الملك)."""

from _people import person_rows as _people


def test_a_one_word_name_after_a_full_name_of_a_list_after_amthal():
    # AL-culture-536-20180628 (heldout22): 'the elders of the profession, the likes of Adel Emam and Yousra, and
    # telling them …': the list ends at وإبلاغهم (an item of more than three words)
    texts = ["وأوضح ابراهيم أنه لن يقوم بمجاملة زكي، مطالباً زملاءه بالوصول إلى شيوخ المهنة أمثال عادل إمام ويسرا "
             "وإبلاغهم أن هناك شاب يفقد مستقبله بسبب نقيب الممثلين."]
    surfaces = [s for _p, s, _e in _people(texts)]
    assert "عادل إمام" in surfaces and "يسرا" in surfaces
    assert not any("إبلاغ" in s for s in surfaces)


def test_no_list_after_amthal_without_a_person_first():
    # the first item must be a recogniser person: أمثال + a common noun is no list of names
    texts = ["وتحدث عن مشكلات أمثال البطالة والفقر وغلاء الأسعار في المدن الكبرى."]
    assert _people(texts) == []


def test_the_word_between_an_appointment_noun_and_a_compound_with_abd_is_the_first_name():
    # CN-middleEast-1546-20181015 (heldout22): معين is a common word ('certain'); the recogniser had only عبد الملك
    texts = ["قرر الرئيس اليمني إعفاء رئيس الوزراء أحمد بن دغر من منصبه وإحالته للتحقيق، وتعيين معين عبد الملك "
             "خلفا له، وذلك بسبب الإهمال."]
    assert "معين عبد الملك" in [s for _p, s, _e in _people(texts)]
    # a title there is no first name
    assert not any(s.startswith("وزير") for _p, s, _e in _people(["قرر الرئيس تعيين وزير عبد الله خلفا له."]))
