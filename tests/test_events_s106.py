"""Session 106 (events106), two classes of s48-mix's errors: (1) an object actor whose own first word begins with the
letter و ("ولي العهد السعودي", "وزير الخارجية …", "واشنطن") right after the subject actor is no coordinated "X وY" pair
(`syntax._joint` took the word's و for the conjunction, and a directed cue got no roles); (2) a call or meeting noun in
a later adjunct clause, named with its other side through a relative verb ("، في اتصال هاتفي أجراه مع …", "، وذلك
خلال اتصال هاتفي تلقاه من …"), is the sentence subject's call or meeting with that side, as "، وذلك خلال مباحثاته مع
نظيره …" already was. Composed sentences of pairs not in s48-mix, with counter-examples (a real conjunction, a joint
subject, a third state's leader on the line, no preposition after the relative verb)."""
from functools import partial

from conftest import rule_event_codes

PUB = "2018-04-03"


# (source, target, cameo_code) of the rules' events of a one-paragraph document; with a 4th argument, of that root
_rows = partial(rule_event_codes, published=PUB)
_roots = _rows


def test_an_object_whose_word_begins_with_waw_is_no_conjunction():
    assert _roots("انتقد الرئيس التركي ولي العهد الإماراتي بشدة.", "TR", "AE", "11") == {("TR", "AE", "111")}
    assert _roots("انتقد المتحدث باسم الخارجية التركية ولي العهد الإماراتي محمد بن زايد.", "TR", "AE", "11") \
        == {("TR", "AE", "111")}
    assert _roots("انتقد الرئيس المصري وزير الخارجية الإسرائيلي.", "EG", "IL", "11") == {("EG", "IL", "111")}
    assert _roots("انتقد الرئيس الإيراني واشنطن بشدة.", "IR", "US", "11") == {("IR", "US", "111")}


def test_a_real_conjunction_is_still_a_joint_pair():
    # "و" + a و-word: both sides criticise a third thing together; no act of one on the other
    assert _roots("انتقد الرئيس التركي ووزير الخارجية الإماراتي الهجوم على المدنيين.", "TR", "AE", "11") == set()
    assert _roots("انتقد الرئيس الإيراني وواشنطن الهجوم.", "IR", "US", "11") == set()
    assert _roots("انتقدت تركيا والإمارات الهجوم.", "TR", "AE", "11") == set()


def test_a_call_named_through_a_relative_verb_in_a_later_clause():
    assert _roots("أكد الرئيس المصري دعم بلاده للأردن، وذلك خلال اتصال هاتفي أجراه مع العاهل الأردني", "EG", "JO",
                  "04") == {("EG", "JO", "041")}
    assert _roots("أعرب الرئيس الإيراني، السبت، عن رغبة بلاده في تعزيز علاقاتها مع دول الجوار خاصة قطر، وذلك خلال "
                  "اتصال هاتفي تلقاه من أمير قطر", "IR", "QA", "04") == {("IR", "QA", "041")}
    # the old form, "مع" right after the noun, unchanged
    assert _roots("أكد الرئيس المصري دعم بلاده للأردن، خلال اتصال هاتفي مع العاهل الأردني", "EG", "JO", "04") \
        == {("EG", "JO", "041")}


def test_call_counter_examples():
    # the call is with a third state's leader: no call of the pair
    assert _roots("أكد الرئيس المصري دعم بلاده للأردن، خلال اتصال هاتفي أجراه مع الرئيس الفرنسي", "EG", "JO",
                  "04") == set()
    # no preposition after the relative verb ("أجراه العاهل الأردني": the king made it, a side not named with "مع")
    assert _roots("أكد الرئيس المصري دعم بلاده للأردن، خلال اتصال هاتفي أجراه العاهل الأردني", "EG", "JO",
                  "04") == set()
