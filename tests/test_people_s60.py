"""people60 (session 30): two of heldout34's error classes as general mechanisms, on composed sentences with
counter-examples (heldout34 is a development split since the lead's final run on edf33135):
(a) a country form that is also a common word (مالي 'financial', سيول 'floods', كابل 'cable', بنين 'boys', البوركيني
    'the burkini') counts where the document shows the country: after a state noun, in a list of countries, a demonym
    after نظيره or another country's demonym in a document that names the country or its capital
    (mentions/shown_countries.py, kb/word_country_forms.csv); the Burkinabè demonym البوركيني in the gazetteer;
(b) one foreign name spelt with ي or ج at a word's start in two documents of a run (يولن لوبتيجي / جولين لوبيتيجي) is
    one discovered person (kb/transliteration_letters.txt's ^ line, people._transliteration_parents)."""
import re

import pandas as pd

from marsad.mentions import find_mentions
from marsad.mentions import people as P
from marsad.mentions.shown_countries import word_country_forms


def _segs(texts, docs=None):
    docs = docs or ["d"] * len(texts)
    return pd.DataFrame({"doc_id": docs, "section": "paragraph", "position": range(len(texts)), "text": texts})


def _rec(pers=()):
    def rec(texts):
        return [[(m.start(), m.end(), "PERS") for p in pers for m in re.finditer(p, t)] for t in texts]
    return rec


def _countries(texts, docs=None):
    df = find_mentions(_segs(texts, docs), recognizer=_rec())
    df = df[df["entity_type"] == "country"].sort_values(["position", "start"])
    return [(texts[r.position][r.start:r.end], r.entity_id) for r in df.itertuples()]


# (a) common-word country forms shown by the document

def test_the_list_holds_dropped_forms_only_with_a_country_and_a_reach():
    forms = word_country_forms()
    assert forms["مالي"] == ("ML", "name", "construction") and forms["البوركيني"][2] == "document"
    assert {r for _i, _f, r in forms.values()} == {"construction", "document"}


def test_a_common_word_name_after_a_state_noun_or_in_a_list_of_countries_counts():
    texts = ["وصل الوزير إلى عاصمة مالي أمس.", "وشارك ممثلون عن السنغال ومالي والنيجر في الاجتماع.",
             "وتجري المناورات في شمال مالي منذ أسبوع."]
    got = _countries(texts)
    assert got.count(("مالي", "ML")) == 3
    assert ("السنغال", "SN") in got and ("النيجر", "NE") in got


def test_financial_collocations_stay_words_even_in_a_document_about_the_country():
    texts = ["زار الرئيس باماكو عاصمة مالي.",
             "وأعلنت الحكومة عن الدعم المالي للمزارعين بسبب وضع مالي صعب، ووزارة المالية تدرس الملف.",
             "وقال المدير المالي للشركة إن الأرباح ارتفعت."]
    got = _countries(texts)
    assert got == [("باماكو", "ML"), ("مالي", "ML")]


def test_a_demonym_counts_after_his_counterpart_or_another_demonym_only_where_the_document_shows_the_country():
    shown = ["يزور رئيس الحكومة دولة مالي ويلتقي نظيره المالي، ويفتتح المنتدى الاقتصادي التونسي المالي."]
    got = _countries(shown)
    assert got.count(("المالي", "ML")) == 2 and ("دولة مالي", "ML") in got  # (the official name, as before)
    # no country shown: 'his financial counterpart' and the Tunisian financial forum stay words
    alone = ["ويلتقي الوزير نظيره المالي، ويفتتح المنتدى الاقتصادي التونسي المالي."]
    assert ("المالي", "ML") not in _countries(alone)


def test_a_name_never_counts_by_its_document_alone():
    texts = ["وصل الوفد إلى عاصمة مالي.", "وقال إن لديه عجز مالي كبير، وإن مالي ليس للبيع."]
    got = _countries(texts)
    assert got == [("مالي", "ML")]


def test_a_capital_that_is_a_word_counts_after_the_capital_noun_or_in_a_list_not_as_floods():
    texts = ["وتوترت العلاقات بين سيول وبيونغ يانغ.", "وانفجرت سيارة في العاصمة الأفغانية كابل.",
             "وضربت سيول جارفة المنطقة وقطعت كابل الكهرباء."]
    got = _countries(texts)
    assert ("سيول", "KR") in got and ("كابل", "AF") in got
    assert [t for t in got if t[0] in ("سيول", "كابل")] == [("سيول", "KR"), ("كابل", "AF")]


def test_the_burkinabe_demonym_counts_in_a_document_that_names_the_country_not_the_swimsuit():
    texts = ["وصل الرئيس إلى واغادوغو عاصمة بوركينا فاسو.", "والتقى رئيس المجلس الوطني البوركيني، وأشاد بالجالية البوركينية."]
    got = _countries(texts)
    assert ("البوركيني", "BF") in got and ("البوركينية", "BF") in got
    swim = ["ومنعت البلدية ارتداء البوركيني على الشواطئ هذا الصيف."]
    assert _countries(swim) == []


# (b) one foreign name spelt ي or ج at a word's start

def test_an_initial_ya_or_jim_of_a_foreign_name_joins_two_discovered_spellings():
    texts = ["وقال يولن لوبتيجي إن الفريق جاهز.", "وأكد جولين لوبيتيجي أن الاستعداد بدأ."]
    df = find_mentions(_segs(texts, ["a", "b"]), recognizer=_rec([r"يولن لوبتيجي", r"جولين لوبيتيجي"]))
    ids = set(df.loc[df["entity_type"] == "person", "entity_id"])
    assert len(ids) == 1


def test_the_initial_letters_are_no_variant_inside_a_word_nor_between_two_known_first_names():
    assert P._variant_word("يلن", "جلن", surname=False, initial=True)
    assert not P._variant_word("يلن", "جلن", surname=False)  # (only when asked: the other callers keep theirs)
    assert not P._variant_word("ليا", "لجا", surname=False, initial=True)  # (inside a word: no)
    # a known first name spelt with ي (ياسر، يوسف) is no J: two people, with or without ال in the surname
    # and a later word of a name is no first name: Kim Jong Nam and Kim Yong Nam are two people
    for a, b in (("ياسر الشهراني", "جاسر الشهراني"), ("يوسف كرامر", "جوزيف كرامر"), ("يولن الموسى", "جولين الموسى"),
                 ("كيم جونغ نام", "كيم يونغ نام")):
        texts = [f"وقال {a} إن الفريق جاهز.", f"وأكد {b} أن الاستعداد بدأ."]
        df = find_mentions(_segs(texts, ["a", "b"]), recognizer=_rec([a, b]))
        assert len(set(df.loc[df["entity_type"] == "person", "entity_id"])) == 2, (a, b)
