"""people89 (session 38): a common-word capital of reach ``document`` with a context list (سيول, Seoul and 'floods'):
counted in a document that names its country unless a word of the list is near it or the document has the list's
document word (mentions/shown_countries.py, kb/word_country_forms.csv's ``unless`` column,
kb/word_country_contexts.csv), on composed sentences with counter-examples."""
import pandas as pd

from marsad.mentions import find_mentions
from marsad.mentions.shown_countries import _stems, _unclitic, _unless_lists, context_words, word_country_forms


def _segs(texts, docs=None):
    docs = docs or ["d"] * len(texts)
    return pd.DataFrame({"doc_id": docs, "section": "paragraph", "position": range(len(texts)), "text": texts})


def _countries(texts, docs=None):
    df = find_mentions(_segs(texts, docs), recognizer=lambda ts: [[] for _ in ts])
    df = df[df["entity_type"] == "country"].sort_values(["position", "start"])
    return [(texts[r.position][r.start:r.end], r.entity_id) for r in df.itertuples()]


def _seoul(texts, docs=None):
    return [c for c in _countries(texts, docs) if c[0] == "سيول"]


def test_the_lists_are_data_seoul_has_the_weather_list_and_the_others_none():
    assert word_country_forms()["سيول"] == ("KR", "capital", "document")
    assert _unless_lists() == {"سيول": "weather"}
    near, doc = context_words()["weather"]
    assert {"امطار", "فيضانات", "جارفه"} <= near and "السيول" in doc
    assert not any(w.startswith("ال") for w in near)


def test_clitics_and_the_article_are_read_off_a_word():
    assert "امطار" in _stems("والامطار") and "امطار" in _stems("بامطار")
    assert "السيول" in _unclitic("بالسيول") and "السيول" in _unclitic("للسيول")
    assert "سيول" not in _unclitic("السيول")  # (a document word is read as written: السيول is no bare سيول)


def test_seoul_counts_anywhere_in_a_document_that_names_south_korea():
    texts = ["عادت الفرقة من كوريا الجنوبية بعد حفلتين، الثانية في #سيول العاصمة.",
             "ونفدت كل بطاقات حفلة سيول.", "وتقول سيول إنهن فررن إليها.", "وطلبت بيونغ يانغ من سيول إعادتهن."]
    assert _seoul(texts) == [("سيول", "KR")] * 4


def test_no_seoul_in_a_document_that_does_not_name_south_korea():
    # a Korean story without the country's name (North Korea only), and a story naming no Korea at all
    assert _seoul(["وطلبت كوريا الشمالية من سيول إعادة النادلات."]) == []
    assert _seoul(["وقال المسؤول إن سيول الأسبوع الماضي خلفت أضرارا كبيرة."]) == []
    # the name in another document of the run does not count
    assert _seoul(["زار الوزير كوريا الجنوبية.", "وتقول سيول إنها تراقب الوضع."], ["a", "b"]) == []


def test_floods_in_a_korean_story_stay_floods():
    texts = ["ضربت سيول جارفة كوريا الجنوبية.", "وهطلت أمطار غزيرة وسيول في المنطقة.",
             "وغمرت سيول المنازل.", "وتقول سيول إنها تراقب الوضع."]
    got = _countries(texts)
    assert ("كوريا الجنوبية", "KR") in got and _seoul(texts) == [("سيول", "KR")]  # (only تقول سيول)


def test_a_document_that_has_the_floods_with_the_article_keeps_every_bare_use_a_word():
    texts = ["وفي كوريا الجنوبية، جرفت السيول عشرات المنازل.", "وتقول سيول إنها تراقب."]
    assert _seoul(texts) == []
    assert _seoul(["وفي كوريا الجنوبية، جرفت بالسيول عشرات المنازل.", "وتقول سيول إنها تراقب."]) == []
    # the same use in a document without السيول counts
    assert _seoul(["وفي كوريا الجنوبية، وقع انفجار.", "وتقول سيول إنها تراقب."]) == [("سيول", "KR")]


def test_a_weather_word_counts_only_in_the_same_sentence_and_near():
    near_other_sentence = ["زار الرئيس كوريا الجنوبية. وهطلت أمطار. وتقول سيول إنها ترحب."]
    assert _seoul(near_other_sentence) == [("سيول", "KR")]
    far = ["زار الرئيس كوريا الجنوبية وقالت سيول إنها ترحب بالزيارة رغم الأمطار."]
    assert _seoul(far) == [("سيول", "KR")]  # (six words after: out of reach)


def test_the_constructions_still_count_without_the_country_named_and_other_words_keep_their_reach():
    assert _seoul(["وتوترت العلاقات بين سيول وبيونغ يانغ."]) == [("سيول", "KR")]
    # كابل (Kabul, 'cable') keeps the construction reach: not by its document alone
    got = _countries(["وزار الوزير أفغانستان.", "وقطع كابل الكهرباء."])
    assert ("كابل", "AF") not in got


# (b) organisations written like names: words found only in organisations' names (kb/club_name_words.txt)

def _people(texts, pers):
    import re

    def rec(ts):
        return [[(m.start(), m.end(), "PERS") for p in pers for m in re.finditer(p, t)] for t in ts]
    df = find_mentions(_segs(texts), recognizer=rec)
    df = df[df["entity_type"] == "person"]
    return [texts[r.position][r.start:r.end] for r in df.itertuples()]


def test_a_firm_or_club_written_like_a_name_is_no_person_with_its_later_mentions():
    # (no organisation noun before them: the recogniser's spans stay people on the code before)
    texts = ["وتسبب انهيار ليمان براذرز في أزمة عام 2008.", "وكان ليمان قد توسع في الرهن العقاري."]
    assert _people(texts, ["ليمان براذرز", "ليمان(?= قد)"]) == []
    assert _people(["وكشفت أستون مارتن عن طراز جديد."], ["أستون مارتن"]) == []
    assert _people(["ويلعب الفريق أمام ديبورتيفو ألفيس اليوم."], ["ديبورتيفو ألفيس"]) == []


def test_the_same_surnames_and_listed_exclusions_stay_people():
    # a person named like the firm's first word, without the firm's word, and a surname the list leaves out
    assert _people(["وقال المحلل جون ليمان إن السوق تتعافى."], ["جون ليمان"]) == ["جون ليمان"]
    assert _people(["وسجل ديفيد فيلا هدفا."], ["ديفيد فيلا"]) == ["ديفيد فيلا"]
