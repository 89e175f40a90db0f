"""people99 (session 40): an airport named after its capital (مطار دمشق الدولي، بمطار صنعاء، مطار بيروت) is the
facility's own name and holds no country mention (the gold README, heldout43's decisions: as a university named after
its city). The capital named as a place (في دمشق، مطار … في العاصمة بيروت), a capital after a port or a hospital
(مستشفى رام الله counts in gold) and a country's name after مطار are unchanged."""
from conftest import mention_rows


def _rows(texts):
    return mention_rows(texts, "country")


def test_a_capital_right_after_airport_is_no_country_mention():
    # each was a country row before people99
    assert _rows(["وسقط صاروخان قرب مطار دمشق الدولي مساء الأحد.",
                  "ووصل الوفد إلى مطار بيروت صباح اليوم.",
                  "وأعلنت الأمم المتحدة وصول طائرة مساعدات إلى مطار صنعاء.",
                  "وهبطت الطائرة بمطار القاهرة الدولي بعد رحلة طويلة."]) == []


def test_the_capital_as_a_place_a_port_a_hospital_and_a_country_name_stay():
    rows = _rows(["وهبطت الطائرة في المطار الدولي في العاصمة بيروت.",
                  "ووصل الوفد إلى دمشق صباح اليوم.",
                  "ونقل المصاب إلى مستشفى رام الله الحكومي.",
                  "وأغلقت السلطات مطار اليمن الوحيد."])
    assert [(p, s, e) for p, s, e in rows] == [(0, "بيروت", "LB"), (1, "دمشق", "SY"), (2, "رام الله", "PS"),
                                               (3, "اليمن", "YE")]
