"""people57 (session 29): two general classes of heldout33's errors (read after its blind runs), on composed
sentences with counter-examples: (a) a person's name right after a noun of a place or an institution named after a
person (ساحة، قاعة، شارع، نهج، مستشفى، جامعة، مؤسسة …, titles such as المرحوم or الشهيد between) is the place's name,
no mention of the person, even where the document names the person as an actor elsewhere (people._VENUES, the gold
README's rule); (b) a state noun before a country's short name (مملكة النرويج، جمهورية النمسا، إمارة موناكو) stays
outside the country mention's span, as دولة did (kb_build.STATE_NOUNS); official names whose rest is no short name
of the country (جمهورية مصر العربية، جمهورية الصين الشعبية) stay whole."""
import re

import pandas as pd

from marsad.mentions import find_mentions


def _segs(texts):
    return pd.DataFrame({"doc_id": "d", "section": "paragraph", "position": range(len(texts)), "text": texts})


def _rec(pers=()):
    """A recogniser of PERS spans for regex patterns (exact spans for composed sentences)."""
    def rec(texts):
        return [[(m.start(), m.end(), "PERS") for p in pers for m in re.finditer(p, t)] for t in texts]
    return rec


def _people(texts, pers):
    df = find_mentions(_segs(texts), recognizer=_rec(pers))
    df = df[df["entity_type"] == "person"]
    return [texts[r.position][r.start:r.end] for r in df.itertuples()]


def _countries(texts):
    df = find_mentions(_segs(texts), recognizer=_rec(()))  # (no person; the passes after the recogniser run)
    df = df[df["entity_type"] == "country"]
    return [(texts[r.position][r.start:r.end], r.entity_id) for r in df.itertuples()]


# (a) a place or an institution named after a person

def test_a_name_after_a_place_noun_is_the_place_not_the_person():
    name = r"(?<=[ ])سليم العياري"
    texts = ["وتم اليوم تدشين ساحة سليم العياري بوسط المدينة.",
             "وتقام المباراة في قاعة المرحوم سليم العياري بالمنزه.",
             "ونقل المصابون إلى مستشفى سليم العياري بالجهة.",
             "وتقع المكتبة في شارع سليم العياري قرب البلدية.",
             "ويدرس في جامعة الشهيد سليم العياري منذ عامين."]
    assert _people(texts, [name]) == []


def test_the_person_named_as_an_actor_in_the_same_document_stays_a_person_there():
    texts = ["وقال سليم العياري إن المشروع سينطلق قريبا.",
             "وحضر سليم العياري تدشين ساحة سليم العياري أمس."]
    found = _people(texts, [r"سليم العياري"])
    assert found == ["سليم العياري", "سليم العياري"]  # (the square's name is left out, the two actors stay)


def test_a_glued_proclitic_and_an_institution_noun():
    texts = ["وأضراب عمال الحضائر بمستشفى سليم العياري متواصل.", "وأعلنت مؤسسة سليم العياري عن منح جديدة."]
    assert _people(texts, [r"سليم العياري"]) == []


def test_a_noun_that_also_names_a_way_takes_a_full_name_only_and_not_after_ala():
    # (نهج أردوغان 'Erdogan's approach'; سار على نهج … 'followed the way of …')
    texts = ["وانتقد الكاتب نهج العياري الاقتصادي.", "وسار الحزب على نهج سليم العياري في الحكم.",
             "ويسكن في نهج سليم العياري بالعاصمة."]
    assert _people(texts, [r"(?<=نهج )العياري", r"(?<=[ ])سليم العياري"]) == ["العياري", "سليم العياري"]


def test_a_definite_noun_or_a_comma_keeps_the_person():
    # (الساحة is complete; a comma ends the noun phrase)
    texts = ["ودخل الساحة سليم العياري مع أنصاره.", "وبعد زيارة المستشفى، قال سليم العياري إن الوضع صعب."]
    assert _people(texts, [r"سليم العياري"]) == ["سليم العياري", "سليم العياري"]


# (b) a state noun before a country's short name

def test_a_state_noun_stays_outside_the_country_span():
    texts = ["وقال وزير خارجية مملكة النرويج إن بلاده تدعم الحل.",
             "وزار الوفد جمهورية النمسا وإمارة موناكو.",
             "وأكدت مملكة البحرين دعمها."]
    assert _countries(texts) == [("النرويج", "NO"), ("النمسا", "AT"), ("موناكو", "MC"), ("البحرين", "BH")]


def test_official_names_whose_rest_is_no_short_name_stay_whole():
    texts = ["وزار رئيس جمهورية مصر العربية المعرض.", "ووقعت جمهورية الصين الشعبية الاتفاق.",
             "وقال رئيس دولة الإمارات إن العلاقات قوية."]
    assert _countries(texts) == [("جمهورية مصر العربية", "EG"), ("جمهورية الصين الشعبية", "CN"), ("الإمارات", "AE")]


def test_a_broadcaster_named_with_a_state_name_is_still_no_country():
    assert _countries(["ونقلت إذاعة جمهورية العراق الخبر."]) == []


# (c) a club whose transliterated name holds a word of English-speaking clubs' names only

def test_a_discovered_name_holding_a_club_word_is_the_club_with_its_later_mentions():
    rec = [r"(?<=تدريب )كوينز بارك رينجرز", r"(?<=مع )رينجرز", r"دونكاستر روفرز"]
    texts = ["وتولى المدرب تدريب كوينز بارك رينجرز وفولهام.", "وبدأ مسيرته مع رينجرز قبل عشرين عاما.",
             "وغاب مدرب دونكاستر روفرز عن المباراة."]
    assert _people(texts, rec) == []


def test_a_known_first_name_before_a_club_word_and_park_the_family_name_stay_people():
    # (بارك, Park, is a Korean family name; a full name run into the club's stays a person: the span pass cuts the
    # club's word off)
    rec = [r"بارك جي سونغ", r"هاري ريدناب يونايتد"]
    texts = ["وسجل بارك جي سونغ هدفا.", "وهزم هاري ريدناب يونايتد في النهائي."]
    assert _people(texts, rec) == ["بارك جي سونغ", "هاري ريدناب"]


# (d) the finals named after their host country

def test_the_finals_named_after_the_host_are_no_country_but_the_host_as_a_place_is():
    texts = ["وفشل المنتخب في التأهل لنهائيات البرازيل قبل أربع سنوات.", "وقاد بلاده إلى نهائيات روسيا 2018.",
             "وتقام نهائيات كأس العالم في روسيا.", "وقال إن النهائيات الروسية ستكون صعبة."]
    assert _countries(texts) == [("روسيا", "RU"), ("الروسية", "RU")]
