"""Events, session 44 (the twenty-fifth session's third events round; development only): classes read on the lead's
probe of Iran with France, Germany, the UK, Turkey and India (unannotated, 2018). A real sentence of the document
named in the comment, or a marked composed one."""
from __future__ import annotations

from test_events import extract_events, make_corpus, one


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


# ------------------------------------------------------------------ the same speaker goes on in the next sentence
def _ir_doc(paragraphs, published):
    ev = extract_events(make_corpus([("d1", published, "src", [("paragraph", p) for p in paragraphs])]),
                        focus="IR", partners=("FR", "DE", "GB", "TR", "IN"))
    ev = ev[ev["kind"] == "event"]
    return ev[["source", "target", "cameo_code", "date_start"]].astype(str).values.tolist()


def test_the_speaker_named_again_opening_a_speech_act_speaks_on_the_day_said_before():
    # CN-middleEast-1127-20180606 (the lead's probe, miss C): the criticism is of Wednesday, said in the paragraph before
    ev = _ir_doc(["(CNN) -- قال وزير الخارجية الفرنسي جان إيف لو دريان صباح الأربعاء إن اتفاق فيينا لم يمت، في الوقت "
                  "الحالي، وذلك تعليقاً على نية إيران المعلنة لتعزيز تخصيب اليورانيوم.",
                  "ووصف جان إيف لو دريان إعلان إيران بأنها مبادرة غير مرحب بها، مضيفاً أنه دائماً ما يكون "
                  "\"التلاعب بالخط الأحمر خطيراً.\""], "2018-06-06")
    assert ["FR", "IR", "111", "2018-06-06"] in ev


def test_another_speaker_opening_the_next_sentence_keeps_no_date():
    # composed: the criticism is Iran's own, not the French speaker's going on
    ev = _ir_doc(["قال وزير الخارجية الفرنسي جان إيف لو دريان صباح الأربعاء إن اتفاق فيينا لم يمت.",
                  "ووصف وزير الخارجية الإيراني محمد جواد ظريف موقف فرنسا بأنه غير مقبول."], "2018-06-06")
    assert all(p[3] != "2018-06-06" for p in ev if p[:3] == ["IR", "FR", "111"])
