"""people83 (the lead's thirty-sixth session): a recogniser name opening with the conjunction و glued to a word starts
after it when another person ends earlier in its sentence (النائب منجي الرحوي عن كتلة الجبهة الشعبية، ومبروك الحريزي).
No person before it in its sentence, a given name with its own و (وليد، وسيلة، واندا) and a rest that a proclitic rule
would cut again (وفينس) keep the span. Composed sentences and hand-made spans."""
from conftest import surfaces_in

from marsad.mentions import people


def _people(texts):
    return surfaces_in(texts, "person", people.default_recognizer, one_document=True)


def _waw(text, names, kb=()):
    from marsad.mentions.coordinated_names import waw_after_person_in_sentence

    found = []
    for n in names:
        s = text.index(n)
        found.append((s, s + len(n), "PERS"))
    kb_person = [(text.index(n), text.index(n) + len(n)) for n in kb]
    return [text[s:e] for s, e, _t in waw_after_person_in_sentence(text, found, kb_person, frozenset())]


def test_a_name_opening_with_waw_after_another_person_of_its_sentence_starts_after_it():
    got = _people("واتفق الأعضاء على اختيار النائب منجي الرحوي عن كتلة الجبهة الشعبية، ومبروك الحريزي عن الكتلة "
                  "الديمقراطية.")
    assert [s for s, _e in got] == ["منجي الرحوي", "مبروك الحريزي"]
    got = _people("وسيشرف مديران آخران، هما مايك شروبفر كبير مديري التكنولوجيا، وخافيير أوليفان نائب رئيس الشركة.")
    assert [s for s, _e in got] == ["مايك شروبفر", "خافيير أوليفان"]
    # the person before may be a knowledge-base row
    text = "وسجلها لويس سواريز ضد مرماه وإدينسون كافاني في الشوط الثاني."
    assert _waw(text, ["وإدينسون كافاني"], kb=["لويس سواريز"]) == ["إدينسون كافاني"]


def test_no_person_before_it_in_its_sentence_keeps_the_span():
    # (no other person in the sentence, or one in the sentence before: the و stays, no evidence of a coordination)
    text = "واتفق الأعضاء على اختيار النائب منجي الرحوي. ومبروك الحريزي عن الكتلة الديمقراطية."
    assert _waw(text, ["منجي الرحوي", "ومبروك الحريزي"]) == ["منجي الرحوي", "ومبروك الحريزي"]
    assert _waw("وكشفت النائبة ومبروك الحريزي عن موقفها.", ["ومبروك الحريزي"]) == ["ومبروك الحريزي"]
    # too far before it (more than 80 characters)
    text = "وقال منجي الرحوي " + "في الجلسة العامة المخصصة لمناقشة مشروع قانون المالية لسنة ألفين وثمانية عشر أمس " \
        + "ومبروك الحريزي عن الكتلة."
    assert _waw(text, ["منجي الرحوي", "ومبروك الحريزي"])[1] == "ومبروك الحريزي"


def test_given_names_with_their_own_waw_stay():
    for name in ("وليد الزين", "وفاء العياري", "وسيلة العياري", "وداد البكوش"):
        text = f"وقال النائب منجي الرحوي إن {name} ستترأس الجلسة."
        assert _waw(text, ["منجي الرحوي", name])[1] == name, name


def test_a_waw_name_among_names_and_a_rest_read_again_as_a_proclitic_stay():
    # a given name with its own و whose word cluster holds names (واندا, Wanda): no conjunction
    text = "وأعربت زوجة ايكاردي، واندا نارا، عن شعورها بالأسف."
    assert _waw(text, ["واندا نارا"], kb=["ايكاردي"]) == ["واندا نارا"]
    # فينس before ينس (Jens), a known name: the proclitic rules would cut ف too (ينس مكماهون)
    text = "وهم شون مايكلز، وفينس مكماهون، كريس بينوا."
    assert _waw(text, ["شون مايكلز", "وفينس مكماهون"])[1] == "وفينس مكماهون"
    got = _people("وهم شون مايكلز، وفينس مكماهون، كريس بينوا، وري ميستيريو.")
    assert "فينس مكماهون" in [s for s, _e in got]
