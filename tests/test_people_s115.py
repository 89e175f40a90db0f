"""people115 (session 44), lever M, from heldout48's errors (read after the lead's final run): a common-word country
name or capital (مالي 'financial', بنين 'boys', كابل 'cable'; ``kb/word_country_forms.csv``, reach ``construction``)
counts in a place's slot -- right after a preposition word (في، إلى، من، عن) or a glued ب/ل, or as a headline's first
word before a colon -- in a document that shows the country (its capital or a construction found), where 'financial'
(an adjective) never stands: the France 24 article's "مالي: المعارضة …", "المعارضة في مالي" beside باماكو.
Counter-examples: the same slots in a document that does not show the country, the financial collocations in one
that does, and the colon after a word that does not open its segment."""
import re

import pandas as pd

from marsad.mentions import find_mentions


def _countries(texts):
    segs = pd.DataFrame({"doc_id": "d", "section": "paragraph", "position": range(len(texts)), "text": texts})
    df = find_mentions(segs, recognizer=lambda ts: [[] for _ in ts])
    df = df[df["entity_type"] == "country"].sort_values(["position", "start"])
    return [(r.position, texts[r.position][r.start:r.end], r.entity_id) for r in df.itertuples()]


def test_a_place_slot_counts_in_a_document_that_shows_the_country():
    texts = ["مالي: المعارضة تطالب باستقالة رئيس الوزراء",
             "طالبت المعارضة في مالي باستقالة الحكومة، وتظاهر المئات في باماكو.",
             "وقدم الاتحاد الأوروبي مساعدات لمالي، وقتل جنود بمالي، وعاد لاجئون من مالي إلى بلادهم."]
    got = _countries(texts)
    assert [(p, s) for p, s, i in got if i == "ML"] == [(0, "مالي"), (1, "مالي"), (1, "باماكو"), (2, "مالي"),
                                                       (2, "مالي"), (2, "مالي")]


def test_benin_after_a_preposition_where_the_document_names_the_republic():
    got = _countries(["زار الوزير جمهورية بنين أمس.", "وتوجد القطع الأثرية في بنين منذ قرون."])
    assert [(p, s, i) for p, s, i in got if i == "BJ"] == [(0, "جمهورية بنين", "BJ"), (1, "بنين", "BJ")]


def test_no_country_shown_no_mention():
    texts = ["مالي: تقرير عن الأوضاع", "ووضع الحكومة في مالي صعب كما قال، والدعم لمالي وشعبه مستمر."]
    assert [t for t in _countries(texts) if t[2] == "ML"] == []


def test_financial_collocations_and_a_colon_after_a_word_inside_the_segment_stay_words():
    texts = ["وصل الرئيس إلى باماكو.",
             "وأعلنت الوزارة عن الدعم المالي ووضع مالي صعب: هذا ما قاله المدير المالي.",
             "التقرير المالي: الأرباح ارتفعت"]
    assert [(p, s) for p, s, i in _countries(texts) if i == "ML"] == [(0, "باماكو")]


def test_the_french_republic_is_one_name_of_france_by_the_full_official_name_convention():
    # (lever F: heldout48's "الخارجة عن دائرة الجمهورية الفرنسية"; the convention's الجمهورية التشيكية CZ)
    got = _countries(["وتعاني المناطق الخارجة عن دائرة الجمهورية الفرنسية من مشاكل اقتصادية."])
    assert got == [(0, "الجمهورية الفرنسية", "FR")]
    # الجمهورية + an adjective that is no state's official name stays the adjective alone (the README's rule)
    assert _countries(["وأصدرت رئاسة الجمهورية الأذرية بيانا."]) == [(0, "الأذرية", "AZ")]
