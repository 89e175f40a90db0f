"""people77 (session 34, after heldout38's final run): the two general classes of the first politics-news blind part
that a mechanism reaches. (E) a royal named by title and first name alone (والأمير هاري, then ووليام): a known first
name right after الأمير / الأميرة, the name ending there and starting no longer name of the document, is the person,
the title with a proclitic too, and so is the same first name after the conjunction و. (A) a function word as written
that normalisation makes a first name (فإن → فان, the particle Van) is no other person's first name before a known
surname or alias. Composed sentences and names, with counter-examples."""
from conftest import surfaces_in


def _people(*texts):
    return surfaces_in(dict(enumerate(texts)), "person", one_document=True)


def test_a_royal_named_by_title_and_first_name_is_a_person():
    got = _people("أقيم حفل التأبين في الكنيسة بحضور رئيس الوزراء والأمير هاري وعدد من المسؤولين.",
                  "وحضر رئيس الوزراء وهاري قداسا في المدينة، ثم غادر الأمير هاري إلى لندن.")
    assert [s for s, _e in got] == ["هاري", "هاري", "هاري"]
    assert len({e for _s, e in got}) == 1
    # a princess too, the title without a proclitic
    assert [s for s, _e in _people("وقالت الأميرة ديانا إن الزيارة مهمة.")] == ["ديانا"]


def test_a_royal_title_before_a_longer_name_names_no_first_name_alone():
    # the name goes on after the first name: بن, a family name with ال
    assert [s for s, _e in _people("وصل الأمير تركي الفيصل إلى باريس.")] == []
    # (no person of its own; since people107 the one person of the document with that first name, himself written
    # after an honorific, is named by it: the gold's convention, CN-middleEast-1637's الأمير محمد is محمد بن سلمان)
    got = _people("التقى الأمير محمد بن سلمان الرئيس.", "وقال الأمير محمد إن المملكة ماضية.")
    assert [s for s, _e in got] == ["محمد بن سلمان", "محمد"] and len({e for _s, e in got}) == 1
    got = _people("التقى محمد بن سلمان الرئيس.", "وقال الأمير محمد إن المملكة ماضية.")
    assert [s for s, _e in got] == ["محمد بن سلمان"]
    # the first name alone with no royal title before it stays no one
    assert _people("وقال هاري إن الحفل ناجح.") == []


def test_a_function_word_is_no_other_persons_first_name_before_a_surname():
    got = _people("قال الصحفي السعودي جمال خاشقجي إن الوضع صعب.",
                  'وقال الوزير: "لذلك فإن خاشقجي غادر القنصلية".')
    assert [s for s, _e in got] == ["جمال خاشقجي", "خاشقجي"]
    assert len({e for _s, e in got}) == 1
    # a real other first name before the surname still names someone else (a relative)
    got = _people("قال الصحفي السعودي جمال خاشقجي إن الوضع صعب.", "وقال المحامي أحمد خاشقجي إن العائلة تنتظر.")
    assert ("خاشقجي", "person:jamal-khashoggi") not in got
