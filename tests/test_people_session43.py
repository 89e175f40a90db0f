"""The forty-third session's rules (third round of session 25, development data only: the lead's Iran probe,
probed_session41.txt)."""
from _people import person_rows


def test_a_past_verb_before_a_preposition_with_al_is_no_name():
    # CN-internationalNews-103-20180312 (the lead's Iran probe): وقيلت بالنص ('and it was said verbatim') was a person
    rows = person_rows(["ولاية الفقيه يعني انت عبد وقيلت بالنص: حدود ولاية الفقيه في حدود ولاية الله، قيلت ونقلتها "
                        "كل الصحف."])
    assert not any("بالنص" in s or "قيلت" in s for _p, s, _e in rows)


def test_a_name_before_a_preposition_with_al_stays():
    # a name is no past verb: the person right before بالرئيس stays whole
    rows = person_rows(["والتقى وزير الخارجية الإيراني محمد جواد ظريف بالرئيس الفرنسي في باريس."])
    assert [s for _p, s, _e in rows] == ["محمد جواد ظريف"]
