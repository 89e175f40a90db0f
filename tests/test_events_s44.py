"""Events, session 44 (the twenty-fifth session's third events round; development only): classes read on the lead's
probe of Iran with France, Germany, the UK, Turkey and India (unannotated, 2018). A real sentence of the document
named in the comment, or a marked composed one."""
from __future__ import annotations

from test_events import one


def _ir(text, published="2018-03-05"):
    ev = one(text, published=published, focus="IR", partners=("FR", "DE", "GB", "TR", "IN"))
    return ev[["source", "target", "cameo_code", "date_start"]].astype(str).values.tolist()


# ------------------------------------------------------------------ a visit told in an adverbial relative (فيه)
def test_a_visit_in_a_while_frame_with_resumptive_fihi_is_the_visitors():
    # FR-middleEast-106-20180305 (the lead's session-25 probe, unannotated): the antecedent الوقت is a time taken up
    # by فيه; the visitor is the subject after the verb, on Monday (the publication day)
    ev = _ir("في الوقت الذي يزور فيه وزير الخارجية الفرنسي جان إيف لودريان الاثنين طهران لمناقشة الاتفاق النووي، "
             "ندد نظيره الإيراني محمد جواد ظريف في مقابلة مع صحيفة \"اعتماد\" الإصلاحية بـ \"التطرف\" الذي تبديه "
             "دول الاتحاد الأوروبي حيال إيران.")
    assert ["FR", "IR", "042", "2018-03-05"] in ev


def test_a_relative_whose_antecedent_is_the_subject_still_gives_no_visit():
    # composed: without فيه the antecedent (a third party) is the subject of يزور
    assert _ir("وقال المسؤول الأمريكي الذي يزور طهران حاليا إن المحادثات صعبة.") == []


def test_a_pledge_in_a_declaration_with_fihi_keeps_its_verbs_own_subject():
    # CN-internationalNews-478-20180813 (dev): "الذي تعهدا فيه": no actor after فيه, the antecedent rule stands
    ev = one("وتعد القمة القادمة، ثالث اجتماع بين المسؤولين، إذ التقيا للمرة الأولى في أبريل/ نيسان الماضي، عندما وقعا "
             "\"إعلان بانموجوم\"، الذي تعهدا فيه توثيق العلاقات بين الدولتين والعمل من أجل إنهاء الحرب الكورية رسمياً.",
             published="2018-08-13", focus="KR", partners=("KP",))
    assert not any(code in ("030", "036") for code in ev["cameo_code"].astype(str))


# ------------------------------------------------------------------ the host's verbal noun with his pronoun
def test_the_hosts_verbal_noun_with_his_pronoun_and_a_counterpart_is_hosting():
    # FR-middleEast-106-20180305 (the lead's probe), its title: the pronoun of استقباله is Iran's minister, the host;
    # his French counterpart after it is the guest
    ev = _ir("وزير خارجية إيران ينتقد \"تطرف\" الاتحاد الأوروبي ساعات قبل استقباله نظيره الفرنسي بطهران")
    assert [p[:3] for p in ev] == [["IR", "FR", "043"]]


def test_receiving_refugees_is_no_hosting():
    # composed: the verbal noun's object is no leader
    assert _ir("وأعلنت فرنسا استقبالها لاجئين من إيران.") == []

