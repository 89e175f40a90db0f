"""people34: one foreign name spelt two ways in the documents of a run (يواخيم لوف / يواكيم لوف، غاريث ساوثغيت /
غاريث ساوغيث) is one discovered person, under the most frequent spelling; names that only look alike stay apart."""
import pandas as pd

from marsad.lang.text import normalize
from marsad.mentions import find_mentions
from marsad.mentions.spelling_variants import _transliteration_parents, _variant_word
from marsad.mentions.people import skeleton


def _ids(docs):
    """surface -> set of entity ids of the person mentions of ``docs`` (one paragraph each, one batch)."""
    segs = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(docs))], "section": "paragraph", "position": 0,
                         "text": docs})
    df = find_mentions(segs)
    df = df[df["entity_type"] == "person"]
    out = {}
    for s, e in zip(df["surface"], df["entity_id"]):
        out.setdefault(s, set()).add(e)
    return out, df


# AL-sport-1705-20180526, AL-sport-1812-20180604 (Al Arabiya) and FR-sport-143-20180612 (France 24)
LOEW_KH = "أكد يواخيم لوف، المدير الفني للمنتخب الألماني الأول لكرة القدم يوم السبت أن مانويل نوير سيكون جاهزا."
LOEW_KH2 = ("واستبعد يواخيم لوف المدير الفني للمنتخب الألماني كلا من الحارس بيرند لينو والمدافع جوناثان تاه من "
            "القائمة.")
LOEW_K = ("مهمة لن تكون سهلة لا سيما إذا أظهر لاعبو المدرب يواكيم لوف نفس المستوى الذي ظهروا به في مبارياتهم "
          "الاستعدادية.")


def test_joachim_loew_spelt_with_kh_and_with_k_is_one_person_labelled_by_the_frequent_spelling():
    ids, df = _ids([LOEW_KH, LOEW_KH2, LOEW_K])
    assert ids["يواخيم لوف"] == ids["يواكيم لوف"]
    (eid,) = ids["يواكيم لوف"]
    assert set(df.loc[df["entity_id"] == eid, "label_ar"]) == {"يواخيم لوف"}


def test_each_spelling_alone_keeps_its_own_id():
    # one spelling in the run: nothing to join, the id is that spelling's as before
    assert _ids([LOEW_K])[0]["يواكيم لوف"] == {"ner:" + "يكم-لف"}


def _sk(name):
    return skeleton(normalize(name))


def test_the_surname_may_have_a_letter_less_inside_it_with_the_given_name_the_same():
    # FR-sport-194-20180624 (France 24) writes Southgate ساوغيث, Al Arabiya ساوثغيت; Lingard لينجارد / لينغارد
    counts = {_sk("غاريث ساوثغيت"): 20, _sk("غاريث ساوغيث"): 2, _sk("جيسي لينجارد"): 1, _sk("جيسي لينغارد"): 3}
    out = _transliteration_parents(counts, lambda w: True)
    assert out == {_sk("غاريث ساوغيث"): _sk("غاريث ساوثغيت"), _sk("جيسي لينجارد"): _sk("جيسي لينغارد")}


def test_watzke_with_z_and_with_s_in_both_words_folded():
    counts = {_sk("يواخيم فاتزكه"): 1, _sk("يواكيم فاتسكه"): 2}
    assert _transliteration_parents(counts, lambda w: True) == {_sk("يواخيم فاتزكه"): _sk("يواكيم فاتسكه")}


def test_names_that_only_look_alike_stay_apart():
    # a letter more at the end of a surname is another name (علي سالم / علي سلمان), so is one inside a given name
    # (منصور / منتصر); a first letter that differs is another word
    assert not _variant_word(_sk("سالم"), _sk("سلمان"), surname=True)
    assert not _variant_word(_sk("منصور"), _sk("منتصر"), surname=False)
    assert not _variant_word(_sk("تامر"), _sk("ثامر"), surname=False)
    counts = {_sk("فخري الخطيب"): 1, _sk("فكري الخطيب"): 1, _sk("علي سالم"): 2, _sk("علي سلمان"): 2}
    # the shared word must be distinctive: الخطيب (a common word, 'the preacher') says nothing
    common = {_sk("الخطيب"), _sk("علي")}
    assert _transliteration_parents(counts, lambda w: w not in common) == {}


def test_three_spellings_that_pair_two_ways_stay_apart():
    counts = {_sk("غاريث ساوثغيت"): 5, _sk("غاريث ساوغيث"): 2, _sk("غاريث ساوثغيتس"): 1}
    out = _transliteration_parents(counts, lambda w: True)
    assert _sk("غاريث ساوثغيت") not in out


def test_three_spellings_each_a_variant_of_the_others_join_the_most_frequent():
    # Hans-Joachim Watzke in three spellings of Al Arabiya and France 24 sport articles
    counts = {_sk("هانز-يواخيم فاتسكه"): 5, _sk("هانس-يواكيم فاتسكه"): 1, _sk("هانز يواخيم فاتزكه"): 2}
    out = _transliteration_parents(counts, lambda w: True)
    assert out == {_sk("هانس-يواكيم فاتسكه"): _sk("هانز-يواخيم فاتسكه"),
                   _sk("هانز يواخيم فاتزكه"): _sk("هانز-يواخيم فاتسكه")}
