"""Events, session 34 (third round of the twenty-first session): rules read on the development split s26-mix.

Every sentence is real news (the document named in the comment) or a minimal variant of one, marked as such."""
from __future__ import annotations

from test_events import one


def _pairs(ev):
    return ev[["source", "target", "cameo_code"]].values.tolist()


# ------------------------------------------------------------------ a fixed epithet of a state
def test_the_hebrew_state_is_israel():
    # variant of Al Arabiya (2018-02-16, s26-mix) "هذا بعد أن اعتبر القدس عاصمة للدولة العبرية", its subject named
    ev = one("وكان الرئيس الأميركي دونالد ترامب قد اعتبر القدس عاصمة للدولة العبرية.", published="2018-02-16",
             focus="US", partners=("IL",))
    assert _pairs(ev) == [["US", "IL", "054"]]
    ev = one("اعترف ترامب بالقدس عاصمة للدولة العبرية.", published="2018-02-16", focus="US", partners=("IL",))
    assert _pairs(ev) == [["US", "IL", "054"]]


def test_the_epithet_keeps_the_plain_name():
    # control: the knowledge base's name of Israel still an actor next to the epithet's row
    ev = one("اعترف ترامب بالقدس عاصمة لإسرائيل.", published="2018-02-16", focus="US", partners=("IL",))
    assert _pairs(ev) == [["US", "IL", "054"]]


def test_considering_without_a_capital_is_no_recognition():
    # control: اعتبر with an opinion, no "عاصمة ل"
    ev = one("واعتبر ترامب أن إسرائيل حليف قوي للولايات المتحدة.", published="2018-02-16", focus="US",
             partners=("IL",))
    assert "054" not in set(ev["cameo_code"])
