"""people93 (session 39): a person named right after a role AND its complement, no comma between (class R of the last
sixteen blind parts' person errors: رئيس الحكومة يوسف الشاهد، لرئيس الفريق المولدي عبيشو). (1) A role recogniser
reads the name after a complement of one or two ال-words (a span that gives way to any model name it overlaps); (2)
the span cleaner keeps an ال-given name right after a role instead of dropping it as the role's adjective; (3) it keeps
the ال family name after a known first name right after a role and its complement although the word reads as an active
participle before a word with ب. Counter-examples: a participle after a role and a nationality adjective (الفائز
بالسعفة), after a role alone, a nisba adjective after a role before a one-word name, a common first word."""
from conftest import mention_rows
from marsad.mentions.clean_spans import _family_after_role_complement
from marsad.mentions.role_recognisers import _SPACED, role_complement_spaced_recognizer, role_name_recognizer


def _people(texts):
    return [(p, s) for p, s, _id in mention_rows(texts, "person")]


def test_a_name_after_a_role_and_its_complement_is_read_by_a_role_recogniser():
    texts = ["وطالبوا فيه رئيس الحكومة يوسف الشاهد بزيارة الجهة.",
             "وتحدثت وزيرة الشباب والرياضة فاطمة الزواري في الندوة."]
    found = [[(t[s:e], k) for s, e, k in r] for t, r in zip(texts, role_complement_spaced_recognizer(texts))]
    assert found == [[("يوسف الشاهد", _SPACED)], [("فاطمة الزواري", _SPACED)]]
    # role_name_recognizer itself still reads only a name right after the role
    assert role_name_recognizer(texts) == [[], []]
    # counter-examples: a common first word (سعيد 'happy'), a longer name after the two words, a nisba complement
    # (the nationality rule's), a title as the complement
    texts = ["وقال مدير المدرسة سعيد بالنتائج إن.", "وقال رئيس الحكومة محمد علي حسين إن.",
             "وأعلن نائب الرئيس مايك بنس أمس."]
    assert role_complement_spaced_recognizer(texts) == [[], [], []]


def test_the_family_name_after_a_role_and_its_complement_is_no_participle():
    assert _people(["وطالبوا فيه رئيس الحكومة يوسف الشاهد بزيارة الجهة والاستماع."]) == [(0, "يوسف الشاهد")]
    # counter-example: after a role and a nationality adjective the participle before ب describes the person
    assert _people(["وتوج المخرج السويدي روبن أوستلوند الفائز بالسعفة الذهبية."]) == [(0, "روبن أوستلوند")]
    t = "قال رئيس الحكومة يوسف الشاهد"
    part = [[t.index("يوسف"), t.index("يوسف") + 4, "يوسف"], [t.index("الشاهد"), len(t), "الشاهد"]]
    from marsad.mentions.name_words import common_words, title_words
    assert _family_after_role_complement(t, part, title_words(), common_words())
    # counter-examples: a role alone before the name, a nisba in the complement, a comma before the name
    for t in ("قال الوزير يوسف الشاهد", "قال الوزير التونسي يوسف الشاهد", "قال رئيس الحكومة، يوسف الشاهد"):
        s = t.index("يوسف")
        part = [[s, s + 4, "يوسف"], [t.index("الشاهد"), len(t), "الشاهد"]]
        assert not _family_after_role_complement(t, part, title_words(), common_words()), t


def test_an_al_given_name_right_after_a_role_is_no_adjective_of_the_role():
    rows = _people(["وتعهد المدرب بتقديم إعتذار لرئيس الفريق المولدي عبيشو على خلفية المناوشة."])
    assert rows == [(0, "المولدي عبيشو")]
    # the span cleaner alone: the ال-given name stays where discover passes it as a first name after a role, and is
    # dropped as the role's adjective where it does not (counter-example), as a nisba adjective after a role is
    from marsad.mentions.clean_spans import clean_span
    from marsad.mentions.name_words import _name_words, common_words, title_words
    t = "وتعهد بتقديم إعتذار لرئيس الفريق المولدي عبيشو على خلفية المناوشة."
    s, e = t.index("المولدي"), t.index(" على")
    args = (t, s, e, [], _name_words(), title_words(), common_words())
    assert [t[a:b] for a, b in clean_span(*args, firsts=frozenset({"المولدي"}))] == ["المولدي عبيشو"]
    assert [t[a:b] for a, b in clean_span(*args)] == ["عبيشو"]
    t = "وتألق الحارس الأسطوري بوفون في المباراة."
    s, e = t.index("الأسطوري"), t.index(" في")
    assert [t[a:b] for a, b in clean_span(t, s, e, [], _name_words(), title_words(), common_words(),
                                          firsts=frozenset({"المولدي"}))] == ["بوفون"]
