"""The forty-seventh people session's data rules (helper people48, the lead's twenty-seventh session: heldout29's errors,
read after the lead's final run on the session's code; data only: knowledge-base files and their build). Composed
sentences, not copied ones."""
import csv

from _people import country_rows, person_rows

from marsad.mentions.kb import KB_DIR
from marsad.training.kb_build import nasab_spellings


def _surfaces(texts):
    return [s for _p, s, _e in person_rows(texts)]


def test_a_nasab_word_inside_a_name_is_spelt_both_ways():
    assert nasab_spellings("عبد الله الثاني بن الحسين") == ["عبد الله الثاني ابن الحسين"]
    assert nasab_spellings("أسامة ابن لادن") == ["أسامة بن لادن"]
    # a first or last word is a name of its own (Ibn Khaldun, Ben Affleck)
    assert nasab_spellings("ابن خلدون") == [] and nasab_spellings("بن أفليك") == []
    # every hand-written name of people.csv carries its other spelling
    for row in csv.DictReader(open(KB_DIR / "people.csv", encoding="utf-8")):
        names = row["names"].split("|")
        assert all(v in names for n in names for v in nasab_spellings(n)), row["id"]


def test_a_full_name_with_ibn_is_one_span_of_the_knowledge_base_person():
    # heldout29 (development): the king's name with ابن was cut into عبد الله الثاني and a partial الحسين
    rows = person_rows(["واستقبل الوزير موفد العاهل الأردني الملك عبد الله الثاني ابن الحسين أمس في العاصمة."])
    assert [(s, e) for _p, s, e in rows] == [("عبد الله الثاني ابن الحسين", "person:abdullah-ii-of-jordan")]
    rows = person_rows(["وقالت الصحيفة إن ولي العهد محمد ابن سلمان سيزور القاهرة الأسبوع المقبل."])
    assert [(s, e) for _p, s, e in rows] == [("محمد ابن سلمان", "person:mohammed-bin-salman")]
    # the usual spelling is unchanged
    assert _surfaces(["وأكد الملك عبد الله الثاني بن الحسين دعم الأردن للمبادرة."]) == ["عبد الله الثاني بن الحسين"]


def test_a_broadcasters_proper_name_with_a_country_name_or_capital_is_no_country_mention():
    # heldout29 (development): راديو إسرائيل, Israel Radio, was a mention of Israel
    assert country_rows(["وقال راديو إسرائيل صباح اليوم إن المحققين استمعوا إلى الوزير."]) == []
    assert country_rows(["وصرح الوزير لإذاعة إسرائيل بأن الحكومة لن تستقيل."]) == []
    assert country_rows(["وأكد المتحدث لتلفزيون فلسطين أن المفاوضات متوقفة."]) == []
    assert country_rows(["وعملت مراسلة في إذاعة فرنسا الدولية عشر سنوات."]) == []
    assert country_rows(["وبث تلفزيون أبوظبي المباراة على الهواء."]) == []
    # a broadcaster described by an adjective counts, and so does the country elsewhere in the sentence
    assert country_rows(["وقالت إذاعة الجيش الإسرائيلي إن الجيش قصف مواقع."]) == [("الإسرائيلي", "IL")]
    assert country_rows(["وقال التلفزيون المصري إن إسرائيل رفضت العرض."]) == [("المصري", "EG"), ("إسرائيل", "IL")]


def test_an_official_gazettes_title_is_no_country_mention_but_an_adjective_describing_it_is():
    # heldout29 (development): الرائد الرسمي للجمهورية التونسية was a mention of Tunisia
    assert country_rows(["وصدر الأمر الحكومي بالرائد الرسمي للجمهورية التونسية في عدده الأخير."]) == []
    assert country_rows(["ونشر المرسوم في الجريدة الرسمية للجمهورية الجزائرية يوم الأحد."]) == []
    assert country_rows(["ونشرت الجريدة الرسمية المصرية قرار رئيس الوزراء."]) == [("المصرية", "EG")]
    assert country_rows(["وأعلنت الجمهورية التونسية الحداد ثلاثة أيام."]) == [("التونسية", "TN")]


def test_a_stadium_named_after_a_person_whose_first_name_is_a_capital_is_no_country_mention():
    # heldout29 (development): في سانتياغو برنابيو (the stadium, unquoted) was a mention of Chile; in the ANT text 53 of
    # the 57 uses of سانتياغو are this name
    assert country_rows(["وخسر الفريق على ملعبه في سانتياغو برنابيو أمام جماهيره."]) == []
    assert country_rows(["وتعرض اللاعب لصافرات الاستهجان في استاد سانتياغو بيرنابيو."]) == []
    assert _surfaces(["وتعرض اللاعب لصافرات الاستهجان على ملعب سانتياغو برنابيو."]) == []
    # the capital alone stays
    assert country_rows(["ووصل الوفد إلى سانتياغو أمس لإجراء محادثات."]) == [("سانتياغو", "CL")]
