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
