"""people103 (session 41): three country classes of heldout45 read after its final run, each recurring in ANT
beyond that page: AFP under France 24's own Arabic name for it (الوكالة الفرنسية للأنباء, with or without the
preposition ل) is the agency, no France; the American continent (القارة الأمريكية / الأميركية) is no country, as
أمريكا اللاتينية; a language adjective right after a speaking verb (يتحدثن الإسبانية، يجيد الفرنسية) is the language.
Counter-examples: another agency's name (الوكالة الفرنسية للتنمية, a state body) and the adjective of a place
(الأراضي الأمريكية) still count; a country named after a speaking verb (تتحدث فرنسا), a language adjective after
another noun (الشركة الإسبانية) and a masculine nationality after one (يتحدث الفرنسي ماكرون) still count."""
from conftest import mention_rows


def _rows(texts):
    return [(r[0], r[1], r[2]) for r in mention_rows(texts, "country")]


def test_afp_under_france24s_name_for_it_is_the_agency():
    assert _rows(["وردا على سؤال للوكالة الفرنسية للأنباء، قال الوزير إن الاتفاق قريب.",
                  "وأفاد مراسل الوكالة الفرنسية للأنباء أن المتظاهرين تفرقوا."]) == []


def test_another_french_agency_still_counts():
    assert _rows(["ومولت الوكالة الفرنسية للتنمية المشروع."]) == [(0, "الفرنسية", "FR")]


def test_the_american_continent_is_no_country():
    assert _rows(["وتعاني دول القارة الأمريكية من موجة هجرة.",
                  "وهو أقدم تمرد في القارة الأميركية."]) == []


def test_an_american_place_still_counts():
    assert _rows(["ودخلوا الأراضي الأمريكية خلسة."]) == [(0, "الأمريكية", "US")]


def test_a_language_after_a_speaking_verb_is_the_language():
    assert _rows(["وظهرت فتيات وهن يتحدثن الإسبانية في الشارع.",
                  "وكان اللاعب يجيد الفرنسية ويتكلم الألمانية.",
                  "وقالت إنها تتقن الإيطالية."]) == []


def test_a_country_or_another_nouns_adjective_after_such_a_verb_still_counts():
    assert _rows(["وتتحدث فرنسا عن اتفاق جديد.",
                  "وقال مسؤول يتحدث الإنجليزية إن الشركة الإسبانية رابحة.",
                  "يتحدث الفرنسي ماكرون عن الاتفاق."]) == [(0, "فرنسا", "FR"), (1, "الإسبانية", "ES"),
                                                           (2, "الفرنسي", "FR")]


def test_a_meeting_named_after_its_host_capital_is_the_meeting():
    # (the document frames' rule: the phrase ends, or an ال-word, a long ل-word or حول follows)
    assert _rows(["وفي اجتماع باريس، قال الوزير إن الاتفاق قريب.",
                  "وسيبحث اجتماع باريس الأسبوع المقبل الأزمة.",
                  "وقبل اجتماعات بروكسل حول الهجرة قال الوزير."]) == []


def test_a_capital_after_a_meeting_that_is_not_its_name_still_counts():
    assert _rows(["وعقد اجتماع في باريس أمس.",
                  "وجاء اجتماع موسكو مع المعارضة بعد أسبوع.",
                  "وقالت الوزارة إن اجتماع واشنطن وبيونغ يانغ تأجل."]) == [
        (0, "باريس", "FR"), (1, "موسكو", "RU"), (2, "واشنطن", "US"), (2, "بيونغ يانغ", "KP")]
