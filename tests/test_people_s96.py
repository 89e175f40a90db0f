"""people96 (session 40): a named stadium, laboratory, statue or base right after its kind noun (ستاد، مختبر، تمثال،
قاعدة; and ساحة, a square) is the thing's name, no person: the five nouns join ``organization_triggers.txt``, the kind
nouns after which an unknown recogniser name names an organisation or a place (heldout35's وستاد رانس, heldout41's
تمثال فينوس دي ميلو, heldout42's مختبر بورتن داون; the gold README's قاعدة أندروز). The same name with no kind noun
before it, or after the noun with ال in apposition to a role (مدير المختبر هانز كلاوس), is still a person."""
from conftest import mention_rows


def _rows(texts):
    return mention_rows(texts, "person")


def test_a_name_right_after_a_stadium_lab_statue_or_base_is_no_person():
    # each of these was a person row on the code before the five nouns joined the list
    assert _rows(["وفاز نانت على ستاد بريست بهدفين في الدوري الفرنسي.",
                  "وأرسلت العينات إلى مختبر هانز كلاوس للتحليل الكيميائي.",
                  "وزار الوفد تمثال كريستوفر مونتاغ في وسط المدينة.",
                  "وهبطت الطائرة في قاعدة ريتشارد لانغلي الجوية قرب المدينة."]) == []


def test_the_same_names_with_no_kind_noun_or_after_a_role_stay_people():
    assert [(r[0], r[1]) for r in _rows(["وقال هانز كلاوس للصحفيين إن النتائج واضحة.",
                                          "وقال كريستوفر مونتاغ إنه سيعود إلى الفريق."])] == [
        (0, "هانز كلاوس"), (1, "كريستوفر مونتاغ")]
    # the kind noun with ال is complete: the name after the role and its complement is the holder's
    assert [(r[0], r[1]) for r in _rows(["وقال مدير المختبر هانز كلاوس إن النتائج واضحة.",
                                          "وقال قائد القاعدة الجوية ريتشارد لانغلي إن الطائرات عادت."])] == [
        (0, "هانز كلاوس"), (1, "ريتشارد لانغلي")]


def test_the_five_kind_nouns_are_in_the_trigger_list():
    from marsad.lang.text import normalize
    from marsad.mentions.name_words import organization_words

    triggers = organization_words()[0]
    assert {normalize(w) for w in ("ستاد", "مختبر", "تمثال", "ساحة", "قاعدة")} <= triggers
    # the definite forms are not triggers: القاعدة (al-Qaeda, or the base just named) and الساحة stay words
    assert normalize("القاعدة") not in triggers and normalize("الساحة") not in triggers
