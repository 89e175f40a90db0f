"""people69 (session 32): a surname the corpus name memory vouches for, named alone in an article that never names
the person in full (heldout36's class, a development split since the lead's final run on e4297a08): the last word of
exactly one remembered full name, reading as a foreign name's, is a person of the document; composed sentences with
counter-examples."""
import pytest
from conftest import mentions_in, name_memory, regex_recognizer, surfaces_in

from marsad.lang.text import normalize
from marsad.mentions import name_memory as NM  # (the switch _MEMORY_ON lives there)
from marsad.mentions import people as P

# two remembered names share a surname (كوستيتش): neither surname is vouched for alone
MEMORY = {normalize("ماركوس"): (("راشفورد",),), normalize("فيليب"): (("كوستيتش",),),
          normalize("ماتيو"): (("كوستيتش",),), normalize("كريم"): (("حداد",),)}


@pytest.fixture
def memory(monkeypatch):
    yield from name_memory(monkeypatch, MEMORY)


def _people(text):
    return [s for s, _e in surfaces_in(text, "person")]


def test_the_surname_alone_is_a_person(memory):
    assert P._memory_surnames() == frozenset({"راشفورد"})
    assert _people("وأهدر راشفورد فرصة التعادل في الدقيقة الأخيرة.") == ["راشفورد"]
    # twice in the document: one person
    df = mentions_in({0: "سدد راشفورد كرة قوية.", 1: "ثم عاد راشفورد وسجل."}, one_document=True)
    df = df[df["entity_type"] == "person"]
    assert list(df["surface"]) == ["راشفورد", "راشفورد"] and df["entity_id"].nunique() == 1


def test_counter_examples(memory):
    # a surname two remembered names end with; a word of the language (its ال form is news text); the first word
    assert _people("وأهدر كوستيتش فرصة التعادل.") == []
    assert _people("وأعلن النادي حداد ثلاثة أيام.") == []
    assert _people("وقال ماركوس إنه سعيد.") == []
    # a glued proclitic, a longer word; after a known first name the name is someone else's, left to the recogniser
    assert _people("وأشاد المدرب براشفورد.") == []
    assert _people("وقال محمد راشفورد إنه سعيد.") == []
    # a document that writes the surname after a first name or a foreign name's word leaves it to the recogniser
    df = mentions_in({0: "وأهدر راشفورد فرصة التعادل.", 1: "وقال دانييلو راشفورد إنه حزين."}, one_document=True)
    assert df[df["entity_type"] == "person"].empty
    # the memory off (the miner), no surname
    NM._MEMORY_ON = False
    P._memory_surnames.cache_clear()
    try:
        assert _people("وأهدر راشفورد فرصة التعادل.") == []
    finally:
        NM._MEMORY_ON = True
        P._memory_surnames.cache_clear()


def test_a_full_name_in_the_document_keeps_its_surname(memory):
    rec = regex_recognizer("جيمس راشفورد")
    df = mentions_in({0: "وقال جيمس راشفورد إنه سعيد.", 1: "وأضاف راشفورد أنه جاهز."}, rec, one_document=True)
    df = df[df["entity_type"] == "person"]
    assert sorted(df["surface"]) == ["جيمس راشفورد", "راشفورد"] and df["entity_id"].nunique() == 1


def test_the_shipped_surnames_read_as_foreign_names():
    sur = P._memory_surnames()
    assert normalize("خضيرة") in sur
    for w in ("حداد", "حمام", "ديني"):
        assert w not in sur


def test_a_first_name_alone_after_the_full_name_is_that_person():
    rec = regex_recognizer("عمر الخطيب")
    df = mentions_in({0: "وسجل عمر الخطيب هدفين في المباراة.", 1: "وكانت رسالة عمر واضحة للجميع."}, rec,
                     one_document=True)
    df = df[df["entity_type"] == "person"]
    assert list(df["surface"]) == ["عمر الخطيب", "عمر"] and df["entity_id"].nunique() == 1


def test_a_first_name_alone_counter_examples():
    # two people of the document share the first name: none
    rec = regex_recognizer("عمر الخطيب", "عمر السعدي")
    df = mentions_in({0: "وسجل عمر الخطيب وعمر السعدي هدفين.", 1: "وكانت رسالة عمر واضحة."}, rec, one_document=True)
    assert "عمر" not in list(df[df["entity_type"] == "person"]["surface"])
    # after a kunya; after a place noun with a glued ب; before a surname (a full name)
    rec = regex_recognizer("كريم الخطيب")
    for later in ("وقالت أم كريم إنها فخورة.", "وزار الوفد بمدينة كريم المعرض.", "وسجل كريم الدوسري هدفا."):
        df = mentions_in({0: "وسجل كريم الخطيب هدفين.", 1: later}, rec, one_document=True)
        assert list(df[df["entity_type"] == "person"]["surface"]) == ["كريم الخطيب"], later
