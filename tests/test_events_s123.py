"""Session 123 (events123), a class of s52-mix's kind losses, on composed sentences of pairs not in s52-mix (FR-DE,
GB-FR) with counter-examples.

H: the verb ساعد "helped" read as 070 aid when what is helped is an act, not a side: "وساعد بولتون في اتفاق موسكو
وواشنطن على عقد القمة" (the summit agreed), "علاقتها مع الأمير محمد بن سلمان ساعدت في تخفيف الأزمة … خلال اجتماع"
(the meeting). No 070 row when في/على follows the verb with no side named between, or with its subject between and no
side before it; the clause's other cues are read as before. A side given aid stays: the verb's object, or the other side
named alone in the act helped.

P: the praise verb أثنى على had no cue ("وأثنى على ترامب"); it is 051 like اشاد; "اثني عشر" (twelve) is not it."""
from conftest import paragraphs_corpus

from marsad.events import extract_events


def _codes(text, focus, partner, published="2018-04-06"):
    table = extract_events(paragraphs_corpus([text], published=published), focus=focus, partners=(partner,),
                           learned=False)
    table = table[table["kind"] == "event"] if "kind" in table else table
    return {(r["source"], r["target"], r["cameo_code"]) for r in table.to_dict("records")}


def test_helped_in_an_act_of_both_sides_is_no_aid():
    # before session 123 each also gave a 070 row from the verb
    assert _codes("وساعد وزير الخارجية الفرنسي في اتفاق باريس وبرلين على عقد القمة.", "FR", "DE") \
        == {("FR", "DE", "040")}
    assert _codes("وساعدت بريطانيا في التوصل إلى اتفاق بين لندن وباريس.", "GB", "FR") == {("GB", "FR", "057")}


def test_a_side_given_aid_keeps_its_row():
    # the helped side as the verb's object, verb first or subject first, with في or على after it
    assert ("FR", "DE", "070") in _codes("وساعدت فرنسا ألمانيا في مواجهة أزمة اللاجئين.", "FR", "DE")
    assert ("FR", "DE", "070") in _codes("فرنسا ساعدت ألمانيا في مواجهة أزمة اللاجئين.", "FR", "DE")
    assert ("FR", "DE", "070") in _codes("وساعدت فرنسا ألمانيا على مواجهة أزمة اللاجئين.", "FR", "DE")
    assert ("FR", "DE", "070") in _codes("وساعدت فرنسا ألمانيا.", "FR", "DE")
    # the act helped names the other side alone: that side is aided
    assert ("GB", "FR", "070") in _codes("وساعدت بريطانيا في الإفراج عن رهائن فرنسا.", "GB", "FR")


def test_athna_ala_is_praise():
    # P: no cue before session 123 (اشاد and امتدح had one)
    assert ("FR", "DE", "051") in _codes("وتحدث ماكرون عن أهمية تعاون البلدين سويا وأثنى على ميركل.", "FR", "DE")
    assert _codes("وأثنى الرئيس الفرنسي على المستشارة الألمانية.", "FR", "DE") == {("FR", "DE", "051")}
    assert _codes("وأثنت ميركل على دور فرنسا.", "FR", "DE") == {("DE", "FR", "051")}


def test_athna_ashar_twelve_is_no_praise():
    # "اثني عشر" (twelve) before على is a number, not the verb
    assert not any(c == "051" for _, _, c in _codes("وقتل اثني عشر جنديا فرنسيا على الحدود الألمانية.", "FR", "DE"))
