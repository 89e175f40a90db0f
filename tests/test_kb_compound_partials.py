"""No last-word partial from the second half of a compound name (people27, second round on heldout20: للأخ العزيز
الرئيس عبدالفتاح السيسي, 'to the dear brother', read العزيز as King Salman bin Abdulaziz)."""
import pandas as pd

from marsad.mentions.kb import people_patterns


def _partials(name):
    rows = pd.DataFrame([{"id": "person:x", "label_en": "X", "label_ar": name, "names": name,
                          "aliases": "", "partials": ""}])
    pats = people_patterns(rows)
    return pats[pats["coref"]]["pattern"].tolist()


def test_the_second_half_of_abd_al_name_is_no_partial():
    assert _partials("سلمان بن عبد العزيز") == ["سلمان"]


def test_a_glued_compound_or_an_ordinary_surname_stays_a_partial():
    assert _partials("عادل عبدالمهدي") == ["عادل", "عبدالمهدي"]
    assert _partials("سعد الحريري") == ["سعد", "الحريري"]
