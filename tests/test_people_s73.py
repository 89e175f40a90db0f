"""people73 (session 33), after heldout37's runs (a development split since): a place and a year alone in quotes is an
event's name, no country mention; state companies named with the demonym are stop phrases (data,
curated_country_forms.csv); one foreign surname of three letters spelt with two letters of one sound in one document
is one person. Composed sentences with counter-examples."""
from conftest import regex_recognizer, surfaces_in


def _countries(text):
    # (a recogniser name in the sentence, as in news text: the people pass, which reads the places' names, runs)
    text = text + " وقال سامر بوعزيز ذلك."
    return [c for _s, c in surfaces_in(text, "country", regex_recognizer(r"سامر بوعزيز"))]


def test_a_place_and_a_year_alone_in_quotes_name_an_event():
    assert _countries('وافتتح الوزير أعمال الملتقى الدولي للطاقة "مصر 2030" بحضور المستثمرين.') == []
    assert _countries('وشارك الفريق في البطولة «أبوظبي 2019» الشهر الماضي.') == []
    assert _countries('وقدمت الحكومة برنامج "الأردن 2025"التي أعلنتها أمس في عمان.') == ["JO"]  # عمان stays
    # the quotation holds more than the place and the year, or no year: the country counts
    assert _countries('وقال الوزير إن "الأردن 2025 سنة الإصلاح" في كلمته.') == ["JO"]
    assert _countries('وعاد اللاعب إلى "مصر" في 2019.') == ["EG"]
    # no quotes: the place counts (a bid or a tournament's title are other rules)
    assert _countries("وزار الرئيس مصر 2019 مرتين.") == ["EG"]


def test_a_state_company_named_with_the_demonym_is_no_mention():
    assert _countries("وطالب العمال إدارة المجمع الكيميائي التونسي بتسوية وضعياتهم.") == []
    assert _countries("وأعلنت الشركة التونسية للكهرباء والغاز عن انقطاع التيار.") == []
    assert _countries("ورست باخرة الشركة التونسية للملاحة في الميناء.") == []
    # the adjective of the economy, the union: counted
    assert _countries("وتحدث عن الاقتصاد التونسي والاتحاد العام التونسي للشغل.") == ["TN", "TN"]


def test_one_short_foreign_surname_spelt_two_ways_in_one_document_is_one_person():
    rec = regex_recognizer(r"يوهان راتس", r"يوهان راتز")
    rows = surfaces_in({"p0": "أعلن النادي تعيين يوهان راتس مدربا.", "p1": "وقال يوهان راتز إنه سعيد."}, "person", rec,
                       one_document=True)
    assert len(rows) == 2 and len({eid for _s, eid in rows}) == 1
    # in two documents the short surname is no evidence: two people
    rows = surfaces_in({"a": "أعلن النادي تعيين يوهان راتس مدربا.", "b": "وقال يوهان راتز إنه سعيد."}, "person", rec)
    assert len(rows) == 2 and len({eid for _s, eid in rows}) == 2
    # an Arab name with ال is never joined so
    rec = regex_recognizer(r"سامي العاس", r"سامي العاز")
    rows = surfaces_in({"p0": "وقال سامي العاس إنه سعيد.", "p1": "وأكد سامي العاز ذلك."}, "person", rec,
                       one_document=True)
    assert len({eid for _s, eid in rows}) == 2
