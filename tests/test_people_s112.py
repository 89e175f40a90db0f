"""people112 (session 43), three general classes of heldout47's errors, read after the lead's final run:
(A) a proclitic glued to a singular title whose last letters look like a plural ending (بتعيين = ب + تعيين) heads no
list of names "after a role in the plural", so a word glued to و after the name (ساجد جاويد وزيرا للداخلية) is no
person; (B) Bangladesh spelt بنغلادش and its adjectives are BD; (C) the Czech Republic's full official name
الجمهورية التشيكية is one CZ name (the gold convention of a state's full official name). Counter-examples: a role in
the plural or the dual still heads a list (بالفنانين وليد توفيق وراغب علامة), بنغلاديش stays BD, a media name of
the country holds no mention, الجمهورية + an adjective that is no official name is the adjective only."""
from conftest import surfaces_in, regex_recognizer


def _people(text, *patterns):
    return [s for s, _e in surfaces_in(text, "person", regex_recognizer(*patterns))]


def test_a_proclitic_and_a_singular_title_ending_like_a_plural_heads_no_list():
    for text in ("أمر الرئيس بتعيين ساجد جاويد وزيرا للداخلية، وكان جاويد وزيرا للحكم المحلي.",
                 "وقرر المجلس أيضا وتعيين ساجد جاويد وزيرا للخارجية، في الحكومة الجديدة."):
        people = _people(text, "ساجد جاويد")
        assert "ساجد جاويد" in people and not any(p.startswith("زيرا") for p in people)


def test_a_role_in_the_plural_or_the_dual_still_heads_a_list():
    assert _people("استقبل الرئيس بالفنانين وليد توفيق وراغب علامة، في القصر.", "وليد توفيق") == ["وليد توفيق",
                                                                                                  "راغب علامة"]
    assert _people("وأشاد بالوزيرين ساجد جاويد وأمبر راد، في بيان.", "ساجد جاويد") == ["ساجد جاويد", "أمبر راد"]


def test_bangladesh_spelt_without_its_ya_and_its_adjectives_are_bd():
    rows = surfaces_in("فر أكثر من 650 ألفا من ميانمار إلى بنغلادش، وقالت الحكومة البنغلادشية إن اللاجئين "
                       "البنغلادشيين وصلوا. وزار الوزير بنغلاديش أمس.", "country")
    assert ("بنغلادش", "BD") in rows and ("البنغلادشية", "BD") in rows and ("بنغلاديش", "BD") in rows
    assert ("البنغلادشيين", "BD") in rows
    # (a broadcaster named after the country is no mention of it, as تلفزيون بنغلاديش)
    assert surfaces_in("وقال تلفزيون بنغلادش إن الانتخابات ستجرى.", "country") == []


def test_the_czech_republics_full_official_name_is_one_name():
    assert surfaces_in("- تشيك: الجمهورية التشيكية تطرد ثلاثة دبلوماسيين.", "country")[-1:] == [
        ("الجمهورية التشيكية", "CZ")]
    # (الجمهورية + an adjective that is no official name stays the adjective: بالجمهورية الإيرانية)
    assert surfaces_in("وأشاد الوزير بالجمهورية الإيرانية.", "country") == [("الإيرانية", "IR")]
