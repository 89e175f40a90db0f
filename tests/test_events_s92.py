"""Events, session 92 (events92): a general construction of the s44-mix error classes (session 89's blind part, read
after the lead's final run). Every sentence here is composed; Iraq–Iran and Jordan–Turkey are not pairs of s44-mix."""
from __future__ import annotations

from test_events import make_corpus

from marsad.events import extract_events

PUB = "2018-10-19"  # a Friday


def _rows(text, focus="IQ", partner="IR", pub=PUB):
    ev = extract_events(make_corpus([("d1", pub, "src", [("paragraph", text)])]), focus=focus, partners=(partner,),
                        learned=False)
    ev = ev[ev["kind"] == "event"]
    return [[str(v) for v in r] for r in ev[["source", "target", "cameo_code", "status"]].values.tolist()]


def test_an_invitation_noun_to_visit_the_other_side_is_made_by_that_side():
    # "دعوة <title> لـ<invitee> لزيارة <the other side>": the inviter (a bare title, a pronoun) is the side the visit
    # goes to, the one invited the target (the gold's invitations are inviter -> invitee, 036 intent)
    assert _rows("خرج محتجون في البصرة للتظاهر ضد دعوة رئيس الوزراء للرئيس الإيراني لزيارة العراق.") \
        == [["IQ", "IR", "036", "intent"]]
    assert ["IQ", "IR", "036", "intent"] in _rows("انتقد نواب دعوة الحكومة لوزير الخارجية الإيراني لزيارة العراق "
                                                  "الأسبوع المقبل.")
    assert _rows("وجاءت الاحتجاجات ضد دعوة رئيس الديوان للرئيس التركي لزيارة الأردن.", "JO", "TR") \
        == [["JO", "TR", "036", "intent"]]


def test_invitations_the_new_reading_leaves_alone():
    # the visit goes to a third country: no side is the destination, the reading of the named inviter stays
    assert ["JO", "TR", "036", "intent"] in _rows("انتقد الحزب دعوة الرئيس الأردني للرئيس التركي لزيارة فرنسا.",
                                                  "JO", "TR")
    # the invitee named before the invitation noun (no "لـ" after it): unchanged reading
    assert _rows("تلقى الرئيس التركي دعوة لزيارة الأردن.", "JO", "TR") == [["TR", "JO", "036", "intent"]]
    # an invitation accepted is the accepter's own planned visit (session 25's reading)
    assert ["IR", "IQ", "036", "intent"] in _rows("قبل الرئيس الإيراني دعوة لزيارة العراق.")
