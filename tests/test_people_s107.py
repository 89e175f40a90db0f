"""people107 (session 42): a first name alone after a role is the one person of its document whose full names start
with it (``lone_first_names``), now also (M1) when a nationality adjective with ال stands between the role and the
name (heldout36's المدرب الأوروغوياني ألفارو, after ألفارو غوتييرز) and (M2) after a royal honorific (للملك عبدالله,
heldout39) when that one person is himself written after an honorific in the document (الملك عبدالله الثاني).
Counter-examples: a speech verb or a prophet's title before the adjective; an honorific before a first name whose one
full name in the document is never written after an honorific (الأمير فيليب beside فيليب هاموند); two people of the
document sharing the first name; no role before the adjective."""
from conftest import mention_rows


def _people(texts):
    return [(p, s, e) for p, s, e in mention_rows(texts, "person")]


def _alone(texts, word):
    """The positions where ``word`` alone is a person mention, with its entity, and the entities of the full names."""
    rows = _people(texts)
    return [(p, e) for p, s, e in rows if s == word], {(p, s): e for p, s, e in rows if s != word}


def test_a_first_name_after_a_role_and_a_nationality_adjective_is_the_one_person():
    texts = ["وأمرت الهيئة بدفع مستحقات ألفارو غوتييرز، مدرب الشباب السابق. وقررت الهيئة دفع كامل مبلغ المدرب "
             "الأوروغوياني ألفارو وقدره 4 ملايين."]
    alone, full = _alone(texts, "ألفارو")
    assert len(alone) == 1 and alone[0][1] == full[(0, "ألفارو غوتييرز")]


def test_a_first_name_after_a_royal_honorific_when_he_is_written_after_one():
    texts = ["كلف العاهل الأردني، الملك عبدالله الثاني، الثلاثاء، عمر الرزاز بتشكيل الحكومة. وكان الملقي قد قدم "
             "استقالته للملك عبدالله خلال استقباله له في قصر الحسينية."]
    alone, full = _alone(texts, "عبدالله")
    assert len(alone) == 1 and alone[0][1] == full[(0, "عبدالله الثاني")]


def test_counter_examples_stay_unlinked():
    texts = [
        # (an honorific, but the one فيليب of the document is never written after one: another person)
        "قال وزير الخارجية فيليب هاموند إن الزيارة مهمة. وحضر الأمير فيليب الحفل أمس.",
        # (two people of the document share the first name)
        "وقال ألفارو غوتييرز وألفارو موراتا إن الفريق جاهز. وقال المدرب الأوروغوياني ألفارو إن المباراة صعبة.",
        # (no role before the adjective)
        "وأمرت الهيئة بدفع مستحقات ألفارو غوتييرز. وقالت الصحف إن الجمهور الأوروغوياني ألفارو فاز.",
    ]
    rows = _people(texts)
    assert not [r for r in rows if r[0] == 0 and r[1] == "فيليب"]
    assert not [r for r in rows if r[0] == 1 and r[1] == "ألفارو"]
    assert not [r for r in rows if r[0] == 2 and r[1] == "ألفارو"]


def test_a_royal_first_name_after_another_honorific_stays_unlinked():
    # (review44: the one محمد of the document is a king; "الأمير محمد" is another royal, not him — the honorific
    # before the lone name must be one written before the full name)
    texts = ["استقبل الملك محمد السادس وفدا سعوديا في الرباط. ونقل الوفد تحيات الأمير محمد إلى العاهل المغربي."]
    assert not [r for r in _people(texts) if r[1] == "محمد"]
    # (the same honorific still links: الملك محمد السادس … وقال الملك محمد)
    texts = ["استقبل الملك محمد السادس وفدا سعوديا في الرباط. وقال الملك محمد إن العلاقات متينة."]
    alone, full = _alone(texts, "محمد")
    assert len(alone) == 1 and alone[0][1] == full[(0, "محمد السادس")]
