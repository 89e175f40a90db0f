"""Session 99 (events99), s46-mix's class "one side in a list of state subjects": (1) "(ب)الإضافة إلى" adds a member
to a coordinated list of states, as "و" does; (2) a list of agents of a praise or congratulation (051) needs no "مع"
before its target (a meeting's or an accord's list still does); (3) a preposition before a verbal-noun cue governs the cue, not the list
of agents after it ("وانتهى إلى قطع السعودية والإمارات … علاقاتها مع قطر"). Each member of a list of agents acts on the other side
named outside it; a list holding both sides stays no event. Composed sentences of pairs not in s46-mix."""
from functools import partial

from conftest import rule_event_codes

PUB = "2018-04-03"


# (source, target, cameo_code) of the rules' events of a one-paragraph document; with a 4th argument, of that root
_rows = partial(rule_event_codes, published=PUB)


def test_a_member_added_by_idafatan_ila_acts_as_a_listed_one():
    # the list as "و" joins it gives the row already; "إضافة إلى" / "بالإضافة إلى" gave none before
    assert _rows("قطعت الأردن والكويت ومصر علاقاتها مع إسرائيل عام 1990", "KW", "IL") == {("KW", "IL", "161")}
    assert _rows("قطعت الأردن والكويت بالإضافة إلى مصر علاقاتها مع إسرائيل عام 1990", "KW", "IL") == {("KW", "IL", "161")}
    assert _rows("قطع الأردن والكويت إضافة إلى مصر، علاقاتها مع إسرائيل", "KW", "IL") == {("KW", "IL", "161")}


def test_counter_examples():
    # both sides in the list with a third state: a list, never each other's act (with "و" or "إضافة إلى")
    assert _rows("وقعت روسيا وإيران وتركيا بيانا مشتركا", "RU", "TR") == set()
    assert _rows("وقعت روسيا وإيران إضافة إلى تركيا بيانا مشتركا", "RU", "TR") == set()
    # "إضافة إلى" before a topic, not a state: the meeting stays
    assert _rows("بحث الرئيس الروسي مع نظيره التركي إضافة إلى ملفات سوريا العلاقات الثنائية", "RU", "TR") == {("RU", "TR", "040")}
    # the guest of a meeting with a third one added stays the guest
    assert _rows("التقى الرئيس الروسي نظيره التركي بالإضافة إلى الرئيس الإيراني", "RU", "TR") == {("RU", "TR", "040")}


def test_a_list_of_states_congratulates_the_other_side():
    assert _rows("الكويت والأردن ومصر تهنئ بفوز ميشال عون", "JO", "LB") == {("JO", "LB", "051")}
    assert _rows("الكويت والأردن ومصر تهنئ لبنان", "JO", "LB") == {("JO", "LB", "051")}
    assert _rows("الأردن يهنئ لبنان", "JO", "LB") == {("JO", "LB", "051")}  # (one state: as before)


def test_counter_examples_of_the_list_of_agents():
    # a list meets among itself: no "مع", no meeting with the state outside the list
    assert _rows("السعودية والكويت تلتقيان بفوز ميشال عون", "KW", "LB") == set()
    assert _rows("روسيا وتركيا وإيران ستلتقي دون مشاركة السوريين", "RU", "SY") == set()
    # both sides in the list that praises: no row between them
    assert _rows("أشادت روسيا وإيران وتركيا بالاتفاق", "RU", "TR") == set()


def test_a_preposition_before_the_verbal_noun_does_not_make_its_agents_oblique():
    assert _rows("وأدى الخلاف إلى قطع الأردن والكويت علاقاتهما مع إسرائيل عام 1990", "KW", "IL") == {("KW", "IL", "161")}
    assert _rows("وانتهى إلى قطع الأردن والكويت ومصر علاقاتها مع إسرائيل عام 1990", "KW", "IL") == {("KW", "IL", "161")}


def test_counter_examples_of_the_oblique_list():
    # a list after the preposition itself stays oblique: the pronoun (Turkey) is the one talking with Russia
    assert _rows("وقالت تركيا إنها تتعاون مع إيران والصين، وإنها تبحث هذه القضايا مع روسيا", "TR", "RU") == {("TR", "RU", "040")}
    assert _rows("دعا الوزير إلى التعاون مع الأردن والكويت", "KW", "JO") == set()
