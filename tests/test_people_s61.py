"""people61 (session 30): heldout34's three left person classes as general mechanisms, on composed sentences with
counter-examples (heldout34 is a development split since the lead's final run on edf33135):
(a) a surname the news text shows after first names of its own (ياغو أسباس, نغولو كانتي) is no common word
    (kb_build.common_word_surnames, in build common-words too; 9 words out of common_words.txt);
(b) a full name set off by commas right after a role, a nationality adjective or both (نظيره المالي، موديبو كايتا،)
    keeps its first word although another person of the document shares the surname (people._apposed_full_name);
(c) على written for the first name علي before a surname of an علي (kb/ali_surnames.txt) or a name the document gives
    in full, never the preposition (على بوتين أن …) (mentions/ali_spelling.py)."""
import pandas as pd

from marsad.mentions import find_mentions
from marsad.mentions import people as P
from marsad.mentions.ali_spelling import ali_surnames


def _segs(texts, docs=None):
    docs = docs or ["d"] * len(texts)
    return pd.DataFrame({"doc_id": docs, "section": "paragraph", "position": range(len(texts)), "text": texts})


def _people(texts, docs=None):
    df = find_mentions(_segs(texts, docs))
    df = df[df["entity_type"] == "person"].sort_values(["position", "start"])
    return [(texts[r.position][r.start:r.end], r.entity_id) for r in df.itertuples()]


# (a) surnames out of the common words

def _common_file_words():
    from marsad.training.people_data import COMMON_WORDS_FILE

    return {w for w in COMMON_WORDS_FILE.read_text("utf-8").splitlines() if w and not w.startswith("#")}


def test_foreign_surnames_shown_after_their_first_names_are_no_common_words():
    words = _common_file_words()
    for name in ("اسباس", "كانتي", "هازارد", "ايكاردي", "افورقي"):
        assert name not in words
    # (counter-examples: words after a word that mostly precedes them, but words of the language: the phrase's noun,
    # an accusative, a ة-noun, a proclitic + noun, a place stay common words)
    for word in ("قسرا", "قسريا", "العنان", "صفه", "بقوات", "لساعات", "فرانكفورت", "الايدي", "فاخر"):
        assert word in words
    assert "اسباس" not in P.common_words() and "قسريا" in P.common_words()


def test_a_foreign_surname_named_alone_after_the_full_name_is_the_person():
    got = _people(["وسجل ياغو أسباس هدفين في المباراة.", "وقال أسباس إن الفريق قدم مباراة كبيرة.",
                   "وأضاف أسباس أن الموسم طويل."])
    assert [s for s, _e in got] == ["ياغو أسباس", "أسباس", "أسباس"] and len({e for _s, e in got}) == 1


# (b) a full name in apposition after a role

def test_a_full_name_between_commas_after_a_role_and_its_adjective_keeps_its_first_name():
    got = _people(["وحضر الشاهد رفقة نظيره المالي، موديبو كايتا، منتدى رجال الأعمال.",
                   "واستقبله الرئيس ابراهيم بوبكر كايتا في القصر."])
    assert ("موديبو كايتا", "ner:مدب-كت") in got
    assert ("كايتا", "ner:ابرم-ببكر-كت") not in got


def test_apposition_after_a_role_alone_with_a_namesake():
    got = _people(["التقى وزير الخارجية، بيتر ماركوس، بنظيره.", "وكان الوزير جون ماركوس قد زار البلد."])
    assert {s for s, _e in got} == {"بيتر ماركوس", "جون ماركوس"}


def test_apposition_needs_a_name_shaped_first_word_and_the_name_closed():
    titles, common = P.title_words(), P.common_words()
    text = "وقال المدرب الإسباني، وبخ نيلسن، ثم غادر."
    s = text.index("وبخ")
    # (a verb is no first name)
    assert not P._apposed_full_name(text, s, s + len("وبخ نيلسن"), "وبخ", titles, common)
    text = "رفقة نظيره المالي، موديبو كايتا، منتدى"
    s = text.index("موديبو")
    assert P._apposed_full_name(text, s, s + len("موديبو كايتا"), "موديبو", titles, common)
    # (no role or adjective before the comma; the name not closed by a comma or a full stop)
    text = "وصل الوفد، موديبو كايتا، أمس"
    s = text.index("موديبو")
    assert not P._apposed_full_name(text, s, s + len("موديبو كايتا"), "موديبو", titles, common)
    text = "رفقة نظيره المالي، موديبو كايتا منتدى"
    s = text.index("موديبو")
    assert not P._apposed_full_name(text, s, s + len("موديبو كايتا"), "موديبو", titles, common)


# (c) على for علي

def test_the_learned_surnames_of_an_ali_hold_no_word_of_the_language_nor_a_known_name():
    names = ali_surnames()
    assert "بوجسيم" in names and "شمخاني" in names
    assert not names & (P.common_words() | P._name_words() | P.known_first())
    assert not {"بوتين", "ترامب", "الاقل", "حده", "ان"} & names


def test_ala_before_a_surname_of_an_ali_is_the_first_name():
    got = _people(["وهو الذي أنجب المونديالي الرائع على بوجسيم، كما أن الاختيار مكسب."])
    assert got == [("على بوجسيم", "ner:عل-بجسم")]


def test_ala_before_a_name_the_document_gives_in_full_is_that_person():
    got = _people(["وقال علي شمخاني إن البلد قوي.", "وشدد على شمخاني، على أن الاتفاق قائم."])
    assert len({e for _s, e in got}) == 1 and ("على شمخاني", got[0][1]) in got


def test_ala_stays_the_preposition():
    # a knowledge-base surname, another person of the document with the surname, a longer phrase after it
    assert _people(["يجب على بوتين أن يرد."]) == [("بوتين", "Q7747")]
    got = _people(["وكان محمد بوجسيم قد عاد.", "وحصل على بوجسيم، ثم غادر."])
    assert ("على بوجسيم", "ner:عل-بجسم") not in got and {e for _s, e in got} == {"ner:محمد-بجسم"}
    assert _people(["واعتمد على بوجسيم المدرب في كل شيء."]) == []
    # (a glued و/ف makes it the preposition: وعلى)
    assert _people(["وعلى بوجسيم، أن يعود."]) == []


# (a') a foreign name of two words no list has, right before a role in construct

def test_a_foreign_name_before_a_sports_role_is_a_name_and_its_surname_follows():
    got = _people(["يشكل ياغو أسباس مهاجم سيلتا فيغو أحد العناصر المقنعة.", "وقال أسباس للصحفيين إنه جاهز."])
    assert got == [("ياغو أسباس", "ner:يغ-اسبس"), ("أسباس", "ner:يغ-اسبس")]


def test_words_of_the_language_before_a_role_are_no_foreign_name():
    titles, common = P.title_words(), P.common_words()
    assert P._foreign_name_word("ياغو", titles, common) and P._foreign_name_word("اسباس", titles, common)
    for w in ("مهاجم", "يشكل", "الفريق", "لاعب", "فرنسا", "محمد"):
        assert not P._foreign_name_word(w, titles, common)
    assert _people(["وقال المدرب إن الفريق لاعب قوي."]) == []
    # (an age word after two unknown words is no cue for them: only a role)
    assert P.name_before_role_recognizer(["وصل ياغو أسباس البالغ من العمر 30 عاما."]) == [[]]
