"""A full name after a nationality adjective whose surname a knowledge-base name of the document also ends with
is a second person (a teammate), not a stray word before that person's surname (real sentences of heldout20,
development data since its blind run; read in the twenty-eighth session)."""

from conftest import regex_recognizer, surfaces_in

_NEYMAR = ("بالمقابل، تبلغ القيمة السوقية للاعبي الفريق الباريسي 727 مليون يورو (893 مليون دولار)، إذ تبلغ قيمة "
           "النجم البرازيلي نيمار دا سيلفا 222 مليون يورو، يليه الفرنسي كيليان مبابي بـ180 مليون يورو.")
_THIAGO = ("ويحتل الأوروغوياني إدينسون كافاني المركز الثالث بـ65.5 مليون يورو، ثم الأرجنتيني أنخيل دي ماريا بـ63 "
           "مليون يورو، والبرازيلي تياغو سيلفا بـ42 مليون يورو.")
_REC = regex_recognizer(r"نيمار دا سيلفا", r"كيليان مبابي", r"إدينسون كافاني", r"أنخيل دي ماريا", r"تياغو سيلفا")


def test_a_name_after_a_demonym_sharing_a_known_persons_surname_is_another_person():
    got = [s for s, _ in surfaces_in({"a": _NEYMAR, "b": _THIAGO}, "person", _REC, one_document=True)]
    assert "نيمار دا سيلفا" in got and "تياغو سيلفا" in got


def test_a_stray_verb_before_the_surname_stays_out():
    # (أجابت is a verb, no first name: the surname alone names the known person, as before)
    text = "وقالت المتحدثة سارة ساندرز إن الرئيس سيرد. وأجابت ساندرز على سؤال آخر."
    got = surfaces_in(text, "person", regex_recognizer(r"سارة ساندرز", r"وأجابت ساندرز"))
    assert "وأجابت ساندرز" not in [s for s, _ in got]


# ---- the plural diminutive -inhos of a one-word Brazilian name (ماركينيوس, Marquinhos)

_MARQUINHOS = ("أما صاحب المركز السادس، فهو الأرجنتيني خافيير باستوري بـ42 مليون يورو، ثم الألماني جوليان دراكسلر "
               "بـ40 مليون يورو، يليه البرازيلي ماركينيوس بـ40 مليون يورو.")


def test_a_one_word_name_in_inhos_is_a_person():
    got = surfaces_in(_MARQUINHOS, "person", regex_recognizer(r"خافيير باستوري", r"جوليان دراكسلر"))
    assert "ماركينيوس" in [s for s, _ in got]


def test_an_inhos_word_after_an_organisation_noun_is_a_company():
    # (Dolphinus, the Egyptian gas company of a France 24 article)
    text = "وتملك الشركة الإسرائيلية حصة في شركة دولفينيوس المصرية، ويحتاج الاتفاق لموافقة السلطات."
    assert surfaces_in(text, "person") == []
