"""Session 102 (events102), two classes of s47-mix's errors that recur in development: (1) a meeting, talks or summit
frame that names both its participants after "بين" ("عقب اجتماع بين الرئيس الأميركي … ونظيره الكوري الجنوبي") is the
pair's event, not only the date of another act (the anchor gate's `gates._named_after`); (2) standing with the other
side told by the verbal noun ("وقوف بلاده مع …") is support (051), and "التعاون" inside a ministry's name ("وزير
الخارجية والتعاون الدولي") is no cooperation cue (060). Composed sentences of pairs not in s47-mix, with
counter-examples (a third party after "بين", a dual of another pair, a third state stood with, cooperation told)."""
from functools import partial

from conftest import rule_event_codes

PUB = "2018-04-03"


# (source, target, cameo_code) of the rules' events of a one-paragraph document; with a 4th argument, of that root
_rows = partial(rule_event_codes, published=PUB)
_roots = _rows


def test_a_meeting_frame_named_by_both_participants_after_between():
    assert _roots("وقال المتحدث للصحفيين عقب اجتماع بين الرئيس الفرنسي ونظيره المصري إن المحادثات كانت مثمرة",
                  "FR", "EG", "04") == {("FR", "EG", "040")}
    assert _roots("وكان المتحدث يتحدث للصحفيين في القاهرة عقب اجتماع بين الرئيس الفرنسي إيمانويل ماكرون ونظيره "
                  "المصري في قصر الاتحادية.", "FR", "EG", "04") == {("FR", "EG", "040")}
    assert _roots("وأعلن الاتفاق في مؤتمر صحفي انعقد إثر لقاء بين رئيس الوزراء الأردني والرئيس التونسي",
                  "JO", "TN", "04") == {("JO", "TN", "040")}


def test_between_counter_examples():
    # the second participant is a third state's: the frame dates the other act, no meeting of the pair
    assert _roots("وقال الوزير عقب اجتماع بين الرئيس الأمريكي والرئيس الصيني إن اليابان قلقة", "JP", "US", "04") == set()
    assert _roots("وحذرت موسكو خلال اللقاء بين الرئيس الروسي ورئيس الوزراء الإسرائيلي من التصعيد",
                  "RU", "SY", "04") == set()
    # one side only after "بين" (the other a dual of another pair): nothing named for the pair
    assert _roots("وقال الوزير المصري عقب قمة بين الزعيمين الكوريين إن فرنسا ترحب", "EG", "FR", "04") == set()
    # "بين" without a meeting noun before it: no frame at all
    assert _roots("وقال الرئيس الفرنسي إن العلاقات بين فرنسا ومصر ممتازة", "FR", "EG", "04") == set()


def test_standing_with_the_other_side_by_the_verbal_noun():
    assert _roots("وأكد العاهل الأردني وقوف بلاده الدائم مع الكويت", "JO", "KW", "05") == {("JO", "KW", "051")}
    assert _roots("أكد الشيخ عبدالله بن زايد، وزير الخارجية والتعاون الدولي الإماراتي، الأحد، وقوف بلاده مع البحرين",
                  "AE", "BH", "05") == {("AE", "BH", "051")}


def test_a_ministry_name_is_no_cooperation_cue():
    # the title alone: no cooperation act (before: AE->BH 060 from "والتعاون")
    assert _rows("أكد الشيخ عبدالله بن زايد، وزير الخارجية والتعاون الدولي الإماراتي، الأحد، وقوف بلاده مع البحرين",
                 "AE", "BH") == {("AE", "BH", "051")}
    assert _roots("وقالت وزيرة التعاون الدولي المصرية إن الأردن شريك مهم", "EG", "JO", "06") == set()


def test_stand_with_and_cooperation_counter_examples():
    # standing with a third state: no row of the pair
    assert _roots("وأكد العاهل الأردني وقوف بلاده مع السعودية في مواجهة إيران", "JO", "KW", "05") == set()
    # "وقوف" without "مع" (a minute's silence): no support
    assert _roots("ووقف الوزير الأردني دقيقة صمت في الكويت", "JO", "KW", "05") == set()
    # cooperation itself is still a cue (not a ministry's name)
    assert ("AE", "BH", "060") in _rows("وبحث الجانبان تعزيز التعاون بين الإمارات والبحرين", "AE", "BH")
