"""Events, session 77 (events77): general grammar, counted on development first. (1) A coordinated verb with no
subject of its own shares the subject (and, unless it names its own, the object) of the act before it, so one
sentence holds one row per act; (2) whose act it is. Every sentence here is composed (Germany–Turkey, France–Syria:
pairs of no counted class example)."""
from __future__ import annotations

from test_events import make_corpus

from marsad.events import extract_events

PUB = "2018-04-06"  # a Friday


def _rows(text, focus="DE", partner="TR", pub=PUB):
    ev = extract_events(make_corpus([("d1", pub, "src", [("paragraph", text)])]), focus=focus, partners=(partner,))
    ev = ev[ev["kind"] == "event"]
    return [[str(v) for v in r] for r in ev[["source", "target", "cameo_code"]].values.tolist()]


def test_a_second_verb_shares_the_subject_of_a_listed_first_verb():
    # "بعدما" + a verb with no subject of its own: the listed subject's act, the other side its object (before: no row)
    assert ["DE", "TR", "112"] in _rows("وقطعت فرنسا وإيطاليا وألمانيا علاقاتها مع تركيا بعدما اتهمت أنقرة بدعم "
                                        "جماعات متطرفة.")
    # a second verb with a subject of its own keeps it ("وتعهدت أنقرة بالرد": a verb without a direct object)
    rows = _rows("وقطعت فرنسا وإيطاليا وألمانيا علاقاتها مع تركيا في أيار/مايو وتعهدت أنقرة بالرد.")
    assert ["TR", "DE", "130"] in rows and ["DE", "TR", "130"] not in rows


def test_a_second_verb_with_an_object_pronoun_keeps_the_first_subject():
    # "ثم اتهمتها": the pronoun is Turkey, the subject Germany (before: Turkey read as the accuser)
    rows = _rows("انتقدت ألمانيا تركيا ثم اتهمتها بالتجسس.")
    assert ["DE", "TR", "112"] in rows and ["TR", "DE", "112"] not in rows
    assert ["DE", "TR", "112"] in _rows("انتقدت ألمانيا تركيا، واتهمتها بالتجسس.")
    # a subject after the pronoun verb is its own ("وتتهمها باريس"): the object is the first subject
    assert ["FR", "SY", "112"] in _rows("دمشق ترفض القرار وتتهمها باريس بالتبعية.", focus="FR", partner="SY")


def test_the_subject_of_a_headline_carries_to_its_second_verb():
    # "برلين تستدعي سفيرها وتتهم أنقرة": the subject before the first verb (SVO) is the second verb's subject, the
    # side right after it the object (before: Turkey read as the accuser)
    rows = _rows("برلين تستدعي سفيرها وتتهم أنقرة بالتجسس")
    assert ["DE", "TR", "112"] in rows and ["TR", "DE", "112"] not in rows
    assert ["SY", "FR", "112"] in _rows('دمشق "ترد" وساما فرنسيا وتتهم باريس بالتبعية لواشنطن', focus="FR", partner="SY")


def test_a_second_verb_of_a_third_party_or_with_a_new_subject_is_not_the_pair_s():
    # the first act is a third party's: its second verb is the third party's too
    assert _rows("استدعت فرنسا السفير التركي واتهمت أنقرة بالتجسس.") == []
    # a new subject and its object after the second verb: that subject's act, not the first subject's
    rows = _rows("استدعت ألمانيا السفير التركي وطردت تركيا السفير الألماني.")
    assert ["DE", "TR", "166"] not in rows
    # reported speech: the act inside what is said keeps its own subject
    assert ["TR", "DE", "112"] in _rows("قالت الحكومة الألمانية إن تركيا طردت السفير الألماني واتهمته بالتجسس.")


def test_a_second_verb_with_its_own_object_or_subject_is_not_the_first_act_s():
    # the first act's subject after its verb, then a second verb with a definite object of its own: that object, not
    # the first act's target, is what is condemned
    assert _rows("واتهم وزير الخارجية الألماني أمس تركيا بالتجسس وأدان الهجمات.") == [["DE", "TR", "112"]]
    # a side followed by a definite noun after the second verb is its subject ("وانتقدت تركيا القرار")
    # (the summons only: no criticism of Germany by Germany)
    assert _rows("استدعت ألمانيا السفير التركي وانتقدت تركيا القرار.") == [["DE", "TR", "111"]]
