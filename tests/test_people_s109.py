"""people109 (session 42), lever F: a relative named by first name after a singular kinship noun with a pronoun, right
after a person's full name in the sentence (سيرغي سكريبال وابنته يوليا), takes the batch-wide id of the first name +
that person's family name, so the same relative in two documents is one person (people106's class F). Counter-examples:
no person before, a sentence break between, a person before known by one word only, a kinship noun before a common
word or a country, a first name that is another person of the document keeps its own id."""
from conftest import mentions_in, regex_recognizer


def _people(texts, *patterns):
    df = mentions_in(texts, regex_recognizer(*patterns))
    df = df[df["entity_type"] == "person"]
    return list(zip(df["doc_id"], df["surface"], df["entity_id"]))


def test_a_relative_after_a_full_name_takes_the_family_id_in_every_document():
    rows = _people({"a": "وتعرض العميل السابق رامي الخطيب وابنته سلمى لهجوم في مدينة صغيرة.",
                    "b": "وقالت الشرطة إن رامي الخطيب، 66 عاما، وابنته سلمى ما زالا في المستشفى."},
                   "رامي الخطيب", "سلمى")
    ids = {d: e for d, s, e in rows if s == "سلمى"}
    assert set(ids) == {"a", "b"} and ids["a"] == ids["b"] and "@" not in ids["a"]
    # (the father keeps his own id, another than the daughter's)
    assert {e for _d, s, e in rows if s == "رامي الخطيب"}.isdisjoint(ids.values())


def test_the_same_id_for_every_mention_of_the_relative_in_the_document():
    rows = _people("وصل رامي الخطيب وزوجته سلمى إلى المطار. وقالت سلمى إن الرحلة كانت طويلة.", "رامي الخطيب", "سلمى")
    ids = [e for _d, s, e in rows if s == "سلمى"]
    assert len(ids) >= 1 and len(set(ids)) == 1 and "@" not in ids[0]


def test_no_full_name_before_keeps_the_documents_own_id():
    # no person before the kinship noun
    rows = _people("وقالت الأم إن ابنتها سلمى غادرت المدينة أمس.", "سلمى")
    assert [e for _d, s, e in rows if s == "سلمى"] and all("@" in e for _d, s, e in rows if s == "سلمى")
    # a sentence break between the person and the kinship noun
    rows = _people("وتحدث رامي الخطيب إلى الصحفيين. وابنته سلمى لم تحضر.", "رامي الخطيب", "سلمى")
    assert all("@" in e for _d, s, e in rows if s == "سلمى")
    # the person before is named by one word only in the document
    rows = _people("وقال الخطيب وابنته سلمى إنهما بخير.", "الخطيب", "سلمى")
    assert all("@" in e for _d, s, e in rows if s == "سلمى")


def test_a_kinship_noun_before_a_common_word_or_a_country_names_nobody():
    rows = _people("وقال رامي الخطيب إن ابنه سافر أمس، ووصل رامي الخطيب وزوجته مصر صباحا.", "رامي الخطيب")
    assert [s for _d, s, _e in rows] == ["رامي الخطيب", "رامي الخطيب"]


def test_another_person_of_the_document_keeps_its_id():
    # the first name after the kinship noun is the start of a full name: that person, not the family's
    rows = _people("والتقى رامي الخطيب وشقيقه سامر بالوزير سامر يوسف.", "رامي الخطيب", "سامر يوسف")
    assert not any(s == "سامر" and "الخطيب" in e for _d, s, e in rows)
