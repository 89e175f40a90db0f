"""people97 (session 40): a person right after a nationality adjective. The demonym recogniser reads the home
nations' adjectives (الإنجليزي، الإنكليزي، الاسكتلندي، الويلزي: the nations football fields apart, no country's
demonym in the knowledge base) as the nationality word before a foreign name, and ends the name before the next item
of a list of nationals, و + a nationality adjective (heldout27's and heldout41's الإنجليزي آلان شيرار والبرتغالي …).
The adjective after a noun with ال (الدوري الإنجليزي) still opens no name, and و + a word that is no nationality
adjective still ends no name."""
from conftest import mention_rows

from marsad.mentions.role_recognisers import demonym_name_recognizer


def _spans(texts):
    return [[t[a:b] for a, b, _ in found] for t, found in zip(texts, demonym_name_recognizer(texts))]


def test_a_home_nations_adjective_opens_a_name():
    # none of these was read by the recogniser before: no country of the knowledge base has these adjectives
    assert _spans(["وقال الإنجليزي آلان شيرار في المؤتمر إن الفريق جاهز.",
                   "وقال الاسكتلندي آلان شيرار في المؤتمر إن الفريق جاهز.",
                   "وقال الويلزي آلان شيرار في المؤتمر إن الفريق جاهز."]) == [["آلان شيرار"]] * 3


def test_the_next_item_of_a_list_of_nationals_ends_the_name():
    texts = ["وتفوق البوسني آلان شيرار والبرتغالي كريستيانو رونالدو في عدد الأهداف.",
             "وتفوق الإنجليزي آلان شيرار والبرتغالي كريستيانو رونالدو في عدد الأهداف."]
    assert _spans(texts) == [["آلان شيرار", "كريستيانو رونالدو"], ["آلان شيرار", "كريستيانو رونالدو"]]
    # the whole product: the name was missed before (a person row now)
    assert [(r[0], r[1]) for r in mention_rows(texts[1:], "person")] == [
        (0, "آلان شيرار"), (0, "كريستيانو رونالدو")]


def test_counter_examples():
    # the adjective of a noun with ال opens no name; the language read as a noun is no name either
    assert _spans(["وتصدر الدوري الإنجليزي آلان شيرار الترتيب هذا الموسم.",
                   "ويتحدث الإنجليزية بطلاقة تامة منذ صغره."]) == [[], []]
    # و + a word that is no nationality adjective ends no name; before, the list's first name was not read
    assert _spans(["وتفوق البوسني آلان شيرار والمدينة في عدد الأهداف."]) == [[]]
