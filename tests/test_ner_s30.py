"""Session 30 (ner30): span post-processing that is right for any tagger (marsad.mentions.ner._split_coordinated).

Composed sentences, tag level: a tagger that runs two coordinated full names into one person span (the second name's
first word glued to the conjunction و) gives two spans; names that begin with و themselves stay whole."""
from marsad.lang.text import normalize
from marsad.mentions import ner as N


def _split(words: str, tags: str) -> list[str]:
    ws = [normalize(w) for w in words.split()]
    return [" ".join(ws[a:b]) for a, b, _t in N.spans_from_tags(N._split_coordinated(tags.split(), ws))]


def test_two_full_names_joined_by_waw_are_two_spans():
    # 'Carlos Santos and Park Ji-sung scored' with both names run into one span
    got = _split("سجل كارلوس سانتوس وبارك جي سونغ الهدفين",
                 "O B-PERS I-PERS I-PERS I-PERS I-PERS O")
    assert got == ["كارلوس سانتوس", "وبارك جي سونغ"]


def test_a_name_that_begins_with_waw_stays_whole():
    # a first name that is a word with و (وليد) and a Mauritanian ولد are no conjunction
    assert _split("التقى أحمد سالم وليد حسن أمس", "O B-PERS I-PERS I-PERS I-PERS O") == ["احمد سالم وليد حسن"]
    assert _split("استقبل محمد ولد عبد العزيز الوفد", "O B-PERS I-PERS I-PERS I-PERS O") == ["محمد ولد عبد العزيز"]
    # one word before the و-word (كيم ويونغ ...): not two full names
    assert _split("قال كيم ويونغ هو إن", "O B-PERS I-PERS I-PERS O") == ["كيم ويونغ هو"]


def test_a_compound_second_part_after_waw_stays_in_the_name():
    # ولي الدين is one name part (Waliuddin), not و + لي
    assert _split("قال أحمد محمد ولي الدين إن", "O B-PERS I-PERS I-PERS I-PERS O") == ["احمد محمد ولي الدين"]


def test_other_types_and_short_spans_are_left_alone():
    assert _split("زار وفد شركة جنرال وبارك موتورز", "O O B-ORG I-ORG I-ORG I-ORG") == ["شركه جنرال وبارك موتورز"]
    assert _split("سجل سانتوس وبارك", "O B-PERS I-PERS") == ["سانتوس وبارك"]


def test_the_second_name_begins_on_its_waw_glued_first_word():
    # the tagger left و + the second name's first word out: 'Carlos Santos and Park Ji-sung'
    assert _split("سجل كارلوس سانتوس وبارك جي سونغ الهدفين",
                  "O B-PERS I-PERS O B-PERS I-PERS O") == ["كارلوس سانتوس", "وبارك جي سونغ"]
    # no person span before it: a word of its own (وبارك as 'and blessed'), and no name after و: left alone
    assert _split("وقال وبارك جي سونغ", "O O B-PERS I-PERS") == ["جي سونغ"]
    assert _split("التقى كارلوس سانتوس والرئيس جي سونغ", "O B-PERS I-PERS O B-PERS I-PERS") == [
        "كارلوس سانتوس", "جي سونغ"]
