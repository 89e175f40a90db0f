"""people78 (session 34, the country classes left on heldout38): pins what the matcher already does with them, since
no change was made (counts in data/gold/people/blind_runs.md, people78's paragraph). (1) A hyphenated compound
demonym (التقارب الروسي-التركي), with or without spaces around the hyphen, an en dash, a two-word Korean adjective
inside: each part is its own country mention, and a Korean part (الكوري / الكورية) takes North or South by the rule a
lone one follows in its document (the country of the two the document names unambiguously most often; none when it
names neither). (2) The bare short form تشيك is no country (in the unannotated news it is mostly a surname or a
company's name); التشيك and التشيكية are Czechia. Composed sentences."""
from conftest import surfaces_in


def _countries(*texts):
    return surfaces_in(dict(enumerate(texts)), "country", one_document=True)


def test_each_part_of_a_hyphenated_compound_demonym_is_its_own_country():
    assert _countries("وقال إن التقارب الروسي-التركي يقلق الأوروبيين.") == [("الروسي", "RU"), ("التركي", "TR")]
    assert _countries("وبحث الوزيران التعاون الفرنسي - الإيطالي.") == [("الفرنسي", "FR"), ("الإيطالي", "IT")]
    assert _countries("وتناول اللقاء العلاقات الأردنية–السورية.") == [("الأردنية", "JO"), ("السورية", "SY")]


def test_a_korean_part_follows_the_rule_of_a_lone_korean_adjective():
    north = "وأعلنت كوريا الشمالية أنها ستفرج عن المعتقلين."
    south = "وقالت كوريا الجنوبية إنها ترحب بالخطوة."
    # a two-word Korean adjective inside the compound names its country itself
    assert _countries("وقال إن المحادثات الأميركية-الكورية الجنوبية بدأت.") == [("الأميركية", "US"),
                                                                            ("الكورية الجنوبية", "KR")]
    # the one-word part goes to the Korea the document names (as a lone الكوري does there)
    got = _countries(north, "وكان الطبيب الأميركي-الكوري قد اعتقل العام الماضي.", "وقال المسؤول الكوري إن الأمر انتهى.")
    assert got == [("كوريا الشمالية", "KP"), ("الأميركي", "US"), ("الكوري", "KP"), ("الكوري", "KP")]
    got = _countries(south, "وكان الطبيب الأميركي-الكوري قد زار المدينة.")
    assert got == [("كوريا الجنوبية", "KR"), ("الأميركي", "US"), ("الكوري", "KR")]
    # a document naming neither Korea: the Korean part names no country, the other part still does
    assert _countries("وكان الطبيب الأميركي-الكوري قد زار المدينة.") == [("الأميركي", "US")]


def test_the_bare_short_form_tshik_is_no_country():
    assert _countries("وتصدى الحارس بيتر تشيك للكرة.") == []
    assert _countries("وقالت شركة تشيك بوينت إن الثغرة خطيرة.") == []
    assert _countries("وطردت التشيك ثلاثة دبلوماسيين، وقالت الحكومة التشيكية إن القرار نهائي.") == [
        ("التشيك", "CZ"), ("التشيكية", "CZ")]
