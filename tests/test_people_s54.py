"""people54 (session 28): heldout32's three classes as general constructions, on composed sentences with
counter-examples: a full name named again with another transliteration of its first name; the next name of a list
glued to its و; كلوب (Club) opening a club's name before a place."""
import pandas as pd

from marsad.mentions import find_mentions
from marsad.mentions.span_repairs import _glued_list_names
from marsad.mentions.respelled_first_names import consonant_skeleton
from conftest import regex_recognizer


def _rows(texts, recognizer=None):
    segs = pd.DataFrame({"doc_id": "a", "section": "paragraph", "position": range(len(texts)), "text": texts})
    kw = {} if recognizer is None else {"recognizer": recognizer}
    return find_mentions(segs, **kw)


def _people(texts, recognizer=None):
    df = _rows(texts, recognizer)
    return df[df["entity_type"] == "person"]


# 1. another transliteration of a first name before the surname

def test_consonant_skeleton_exchanges_the_letters_of_one_sound_and_drops_long_vowels():
    assert consonant_skeleton("غابرييل") == consonant_skeleton("جابرييل") == consonant_skeleton("جابريل")
    assert consonant_skeleton("ڤيكتور") == consonant_skeleton("فيكتور") == consonant_skeleton("فكتور")
    assert consonant_skeleton("قريغوري") == consonant_skeleton("غريغوري") == consonant_skeleton("كريكوري")
    assert consonant_skeleton("طوماس") == consonant_skeleton("توماص")
    assert consonant_skeleton("غابرييل") != consonant_skeleton("قال")
    assert consonant_skeleton("زياد") == consonant_skeleton("ذياد") != consonant_skeleton("سياد")


def test_a_surname_after_another_spelling_of_the_first_name_is_the_full_name():
    rec = regex_recognizer(r"غريغوري ماتانيو")
    texts = ["أعلن النادي التعاقد مع المهاجم غريغوري ماتانيو لمدة ثلاثة مواسم.",
             "وقال المدرب إن جريجوري ماتانيو سيشارك في المباراة المقبلة."]
    got = _people(texts, rec)
    assert "جريجوري ماتانيو" in set(got["surface"])
    assert "ماتانيو" not in set(got["surface"])
    assert got["entity_id"].nunique() == 1


def test_a_knowledge_base_first_name_spelt_without_its_long_vowel_is_the_full_name():
    texts = ["سجل الفرنسي كيليان مبابي هدف الفوز مساء السبت.", "وقال كليان مبابي بعد المباراة إن الفريق قدم أداء جيدا."]
    got = _people(texts, regex_recognizer(r"ززز"))
    assert set(got["surface"]) == {"كيليان مبابي", "كليان مبابي"}


def test_a_first_name_of_two_consonants_is_too_short_to_tie():
    texts = ["سجل الفرنسي بول بوغبا هدف الفوز مساء السبت.", "وقال بل بوغبا بعد المباراة إن الفريق قدم أداء جيدا."]
    got = _people(texts, regex_recognizer(r"ززز"))
    assert "بل بوغبا" not in set(got["surface"])


def test_a_common_word_before_the_surname_stays_out():
    rec = regex_recognizer(r"غريغوري ماتانيو")
    texts = ["أعلن النادي التعاقد مع المهاجم غريغوري ماتانيو لمدة ثلاثة مواسم.",
             "وقال المدرب إن ماتانيو سيشارك في المباراة، وأكد ماتانيو جاهزيته."]
    got = _people(texts, rec)
    assert sorted(got["surface"]) == ["غريغوري ماتانيو", "ماتانيو", "ماتانيو"]


def test_the_first_name_of_another_person_of_the_document_stays_out():
    # كيلين (Kellin Jones) has the skeleton of كيليان, but it starts another person's name in this document
    rec = regex_recognizer(r"كيليان ماتانيو", r"كيلين جونزاليس")
    texts = ["سجل كيليان ماتانيو هدفين وصنع كيلين جونزاليس الهدف الثالث.",
             "وقال كيلين ماتانيو إن الفوز مهم."]
    got = _people(texts, rec)
    assert "كيلين ماتانيو" not in set(got["surface"])


def test_a_word_of_another_skeleton_before_the_surname_stays_out():
    rec = regex_recognizer(r"غريغوري ماتانيو")
    texts = ["أعلن النادي التعاقد مع المهاجم غريغوري ماتانيو لمدة ثلاثة مواسم.",
             "وأشاد جورجيو ماتانيو بالقرار."]
    got = _people(texts, rec)
    assert "جورجيو ماتانيو" not in set(got["surface"])


# 2. the next name of a list glued to its و

def test_a_name_glued_to_waw_after_a_name_of_a_list_is_a_person():
    text = "وضمت القائمة المهاجم كريستيان بنتيكي ومروان فيلايني والحارس تيبو كورتوا."
    s = text.index("كريستيان")
    got = _glued_list_names(text, [(s, s + len("كريستيان بنتيكي"), "PERS")])
    assert [text[a:b] for a, b, _t in got] == ["مروان فيلايني"]


def test_a_chain_of_glued_names_is_followed():
    text = "وشارك كريستيان بنتيكي ومروان فيلايني وماركوس راشفورد، ثم غادروا."
    s = text.index("كريستيان")
    got = _glued_list_names(text, [(s, s + len("كريستيان بنتيكي"), "PERS")])
    assert [text[a:b] for a, b, _t in got] == ["مروان فيلايني", "ماركوس راشفورد"]


def test_glued_words_that_are_no_names_stay_out():
    for tail in ("ومدربه في النادي.", "ووزير الرياضة أمس.", "والمدرب الجديد.", "وزملاؤه في المنتخب.",
                 "ومروان.", "وقال إنه سعيد."):
        text = "وشارك كريستيان بنتيكي " + tail
        s = text.index("كريستيان")
        assert _glued_list_names(text, [(s, s + len("كريستيان بنتيكي"), "PERS")]) == [], tail


def test_no_glued_name_without_a_person_before_it():
    text = "وفاز الفريق ومروان فيلايني، ثم غادر."
    assert _glued_list_names(text, []) == []


def test_the_glued_list_name_is_found_end_to_end():
    got = _people(["وضم المنتخب والبلجيكيان كريستيان بنتيكي ومروان فيلايني والإنجليزيان جيسي لينغارد وماركوس راشفورد."])
    assert "مروان فيلايني" in set(got["surface"])


# 3. كلوب (Club) opening a club's name before a place

def test_club_before_a_country_is_a_club_not_klopp_and_not_the_country():
    df = _rows(["وخاض الفريق مباراتين وديتين، أولاهما ضد كلوب أميركا المكسيكي يوم السبت."], regex_recognizer(r"ززز"))
    assert not (df["entity_id"] == "person:jurgen-klopp").any()
    assert "US" not in set(df["entity_id"])
    assert "MX" in set(df["entity_id"])


def test_klopp_alone_and_klopp_before_a_verb_stay_klopp():
    df = _rows(["وقال كلوب إن أميركا بلد كبير.", "وأشاد كلوب بلاعبيه."], regex_recognizer(r"ززز"))
    assert (df["entity_id"] == "person:jurgen-klopp").sum() == 2
    assert "US" in set(df["entity_id"])


def test_klopp_named_in_full_in_the_document_stays_klopp_before_a_place():
    df = _rows(["قال المدرب يورغن كلوب إن الفريق جاهز.", "وسافر كلوب أميركا أمس."], regex_recognizer(r"ززز"))
    assert (df["entity_id"] == "person:jurgen-klopp").sum() == 2
