"""Session 88 (events88): list-and-verb features ``L:`` of the learned detector (:func:`learned.list_features`): a
mention that is one item of a coordinated list of states, the list's length, and the distance in words from the
list to the nearest cue verb; read only when asked (``features(..., lists=True)``, a model whose meta.json has
``list_features``). Composed sentences."""
from __future__ import annotations

from marsad.events import learned


def _l(sentence, focus, partner, source=None):
    cands = learned.candidates(sentence, focus=focus, partner=partner)
    c = next(c for c in cands if c["source"] == (source or focus))
    return c, [f for f in learned.features(c, "paragraph", lists=True) if f.startswith("L:")]


def test_a_state_in_a_list_of_states_is_marked_with_the_list_length():
    # Kenya, Uganda and Ethiopia (a third state list) suspended flights to Somalia
    _, f = _l("علقت كينيا وأوغندا وإثيوبيا رحلاتها الجوية إلى الصومال أمس.", "ET", "SO")
    assert "L:slist" in f and "L:slistn:3" in f
    assert "L:tlist" not in f


def test_the_distance_is_from_the_list_not_from_the_mention():
    # the last item is three words from the verb, its list right after it
    _, f = _l("علقت كينيا وأوغندا وإثيوبيا رحلاتها الجوية إلى الصومال أمس.", "ET", "SO")
    assert "L:scue:pre:0" in f and "L:scued:0" in f


def test_commas_join_a_list_and_a_lone_mention_is_no_list():
    _, f = _l("دعت فرنسا، ألمانيا، وإيطاليا السلطات في ليبيا إلى وقف القتال.", "IT", "LY")
    assert "L:slistn:3" in f
    _, f = _l("دعت إيطاليا السلطات في ليبيا إلى وقف القتال.", "IT", "LY")
    assert not any(x.startswith("L:slist") for x in f)


def test_mentions_with_words_between_are_no_list():
    _, f = _l("استقبل الرئيس البرازيلي في برازيليا السفير الأرجنتيني.", "BR", "AR")
    assert not any("list" in x for x in f)


def test_both_sides_in_one_list():
    _, f = _l("اتفقت الأرجنتين والبرازيل على خطة مشتركة.", "AR", "BR")
    assert "L:samelist" in f


def test_off_by_default():
    c, _ = _l("علقت كينيا وأوغندا وإثيوبيا رحلاتها الجوية إلى الصومال أمس.", "ET", "SO")
    assert not any(f.startswith("L:") for f in learned.features(c, "paragraph"))
    assert not learned.load_model().meta.get("list_features", False)
