"""people68 (session 32): the corpus name memory (``data/kb/mined_full_names.txt``, ``marsad.training.kb_mine
full-names``): a full name the pipeline found as a person across the unannotated news is a person where the recogniser
misses it; composed sentences with counter-examples."""
import pytest
from conftest import mentions_in, name_memory, regex_recognizer

from marsad.lang.text import normalize
from marsad.mentions import name_memory as NM  # (the switch _MEMORY_ON lives there)
from marsad.mentions import people as P

MEMORY = {normalize("ماركوس"): (("راشفورد",),), normalize("خوان"): (("مانويل", "ماتا"), ("ماتا",))}


@pytest.fixture
def memory(monkeypatch):
    yield from name_memory(monkeypatch, MEMORY)


def _spans(text):
    return [text[s:e] for s, e, _t in P.memory_name_recognizer([text])[0]]


def test_a_remembered_full_name_is_found(memory):
    assert _spans("وقال ماركوس راشفورد إنه سعيد بالفوز.") == ["ماركوس راشفورد"]
    # a proclitic glued to the first word stays out of the span; the longest remembered name wins
    assert _spans("وأشاد المدرب بخوان مانويل ماتا وزملائه.") == ["خوان مانويل ماتا"]
    assert _spans("وسجل خوان ماتا الهدف الثاني.") == ["خوان ماتا"]
    # diacritics and tatweel inside the words do not hide the name; the span keeps the original text
    assert _spans("وقال مارْكوس راشفـورد إنه جاهز.") == ["مارْكوس راشفـورد"]


def test_counter_examples_are_not_found(memory):
    # punctuation between the words, the words apart, a longer word, the first word alone
    assert _spans("وقال ماركوس، راشفورد لم يلعب.") == []
    assert _spans("ماركوس لاعب مهم وراشفورد كذلك.") == []
    assert _spans("وقال ماركوسي راشفورد إنه سعيد.") == []
    assert _spans("وقال خوان إنه سعيد.") == []
    # the miner turns the memory off while it mines
    NM._MEMORY_ON = False
    try:
        assert _spans("وقال ماركوس راشفورد إنه سعيد.") == []
    finally:
        NM._MEMORY_ON = True


def test_the_memory_name_is_a_person_and_its_surname_follows(memory):
    def rec(texts):
        return [a + b for a, b in zip(regex_recognizer()(texts), P.memory_name_recognizer(texts))]

    texts = ["وقال ماركوس راشفورد إنه سعيد بالفوز.", "وأضاف راشفورد أن الفريق يستحق اللقب."]
    df = mentions_in(dict(enumerate(texts)), rec, one_document=True)
    df = df[df["entity_type"] == "person"]
    got = sorted(texts[r.position][r.start:r.end] for r in df.itertuples())
    assert got == ["راشفورد", "ماركوس راشفورد"]
    assert df["entity_id"].nunique() == 1


def test_the_shipped_list_has_full_names_and_no_list_words():
    names = P.mined_full_names()
    bad = P.common_words() | P.title_words() | P._country_words()
    # (people74: the lines marked wide passed the common-word or person-alias guard by their frequency; the titles and
    # real country words stay out of them too, tests/test_kb_s74.py)
    from marsad.mentions.kb import KB_DIR
    from marsad.training.kb_mine import _person_alias_words
    wide = {" ".join(normalize(line.split("\t")[0]).split())
            for line in (KB_DIR / "mined_full_names.txt").read_text("utf-8").splitlines()
            if not line.startswith("#") and line.rstrip().endswith(" wide")}
    assert 0 < len(wide) < 50
    strict = P.title_words() | (P._country_words() - _person_alias_words())
    for first, rests in names.items():
        for rest in rests:
            words = (first,) + rest
            assert 2 <= len(words) <= 3
            assert not any(w in (strict if " ".join(words) in wide else bad) for w in words)


def test_memory_off_switches_the_memory_off_for_its_block_only(memory):
    """The miner's switch (``people.memory_off``): off inside the block, on again after it even when the block fails,
    and the derived surnames are not kept across a switch."""
    text = "وقال ماركوس راشفورد إنه سعيد بالفوز."
    P._memory_surnames.cache_clear()
    with P.memory_off():
        assert _spans(text) == []
        assert P._memory_surnames() == frozenset()
    assert _spans(text) == ["ماركوس راشفورد"]
    with pytest.raises(RuntimeError):
        with P.memory_off():
            raise RuntimeError("a failed mining batch")
    assert NM._MEMORY_ON
    assert _spans(text) == ["ماركوس راشفورد"]
    P._memory_surnames.cache_clear()
