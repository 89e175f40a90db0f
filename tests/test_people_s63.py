"""people63 (lead's 31st session): classes read in UNANNOTATED probe articles (probe set A of
data/gold/people/select_probe_s63.py), as general rules on composed sentences with counter-examples:
(a) a tower named after a person (برج ترامب) is a place, like a stadium or a street (people._VENUES);
(b) a capital the document shows as a club named after it (لاعب روما، غريمه روما، روما الإيطالي) is the club wherever
    else the document names it alone, not after في or with a glued ب (people._named_places);
(c) a two-word name inside a quoted sentence, a listed first name first, right after a particle or a verb, is a person
    (people._quoted_first_name_after_particle);
(d) the news text's spellings الكامرون / الكامروني and كوت ديفوار are country forms (curated_country_forms.csv)."""
import pandas as pd

from marsad.mentions import find_mentions


def _segs(texts, docs=None):
    docs = docs or ["d"] * len(texts)
    return pd.DataFrame({"doc_id": docs, "section": "paragraph", "position": range(len(texts)), "text": texts})


def _rows(texts, kind, docs=None):
    df = find_mentions(_segs(texts, docs))
    df = df[df["entity_type"] == kind].sort_values(["position", "start"])
    return [(texts[r.position][r.start:r.end], r.entity_id) for r in df.itertuples()]


# (a) a tower named after a person

def test_a_tower_named_after_a_person_is_no_mention_of_the_person():
    texts = ["عقد المستثمرون لقاء في برج ترامب بنيويورك، ثم اجتمعوا ببرج ترامب مرة ثانية.",
             "وقال الرئيس الأمريكي دونالد ترامب إن اللقاء كان مفيدا."]
    people = _rows(texts, "person")
    assert ("ترامب", "Q22686") not in [p for p in people if p[0] == "ترامب"]
    assert [p for p in people if p[0] == "دونالد ترامب"]
    assert len(people) == 1


def test_the_person_named_as_an_actor_stays_a_person():
    texts = ["قال مسؤول إن ترامب سيزور المنطقة الشهر المقبل."]
    assert _rows(texts, "person") == [("ترامب", "Q22686")]


# (b) a club named after a capital

def test_a_capital_shown_as_a_club_is_the_club_where_it_stands_alone():
    texts = ["أعلن نادي إنتر ميلان ضم اللاعب من غريمه روما بعقد لأربعة أعوام، ويرحل بذلك عن صفوف روما.",
             "وانتقل المدافع الشاب إلى روما ضمن الصفقة نفسها."]
    assert _rows(texts, "country") == []


def test_a_club_with_its_adjective_makes_the_bare_names_of_the_document_the_club():
    texts = ["وفي نصف النهائي الثاني يلتقي ليفربول مع روما الإيطالي.", "وسيتقابل كل من روما مع ليفربول في الذهاب."]
    assert _rows(texts, "country") == [("الإيطالي", "IT")]


def test_the_city_stays_a_country_mention_after_fi_and_in_documents_without_the_club():
    texts = ["ويلعب مهاجم روما الإيطالي مباراته المقبلة في روما أمام جماهيره."]
    assert ("روما", "IT") in _rows(texts, "country")
    texts = ["وصل وزير الخارجية إلى روما، حيث التقى نظيره، ثم زار روما القديمة."]
    assert _rows(texts, "country") == [("روما", "IT"), ("روما", "IT")]


# (c) a name in a quoted sentence

def test_a_listed_first_name_and_a_surname_after_a_particle_in_a_quote_is_a_person():
    texts = ['وأضاف المتحدث بالقول: "لم يشارك المستثمر في أي اجتماعات مع مايكل فلين، ووجوده اقتصر على ذلك اليوم."']
    assert [p[0] for p in _rows(texts, "person")] == ["مايكل فلين"]


def test_a_name_after_a_noun_in_a_quote_stays_out():
    texts = ['وقالت الممثلة: "شاهدت تمثال أوسكار فرانسيس في المعرض الكبير أمس".']
    assert _rows(texts, "person") == []


# (d) country spellings of the news text

def test_cameroon_and_ivory_coast_spellings_are_country_mentions():
    texts = ["وتضم المجموعة الأولى تونس والكامرون وكوت ديفوار، وتأهل اللاعب الكامروني مع الكوت ديفوار."]
    got = _rows(texts, "country")
    assert ("الكامرون", "CM") in got and ("كوت ديفوار", "CI") in got
    assert ("الكامروني", "CM") in got and ("الكوت ديفوار", "CI") in got


# (e) round 2 (probe set A2): the items of a list of two-word names

def test_every_item_of_a_squad_list_is_a_person_with_a_glued_waw():
    texts = ["واستدعى المدرب للمعسكر: خالد الراشد، وسامي الحربي، ونواف الحربي، وعبدالرحمن الحربي، وجاسم الناصر، "
             "وعبدالله الراشد، وبدر المؤشر، وفيصل البدر، وماجد الخالدي."]
    got = [p[0] for p in _rows(texts, "person")]
    for name in ("نواف الحربي", "عبدالرحمن الحربي", "بدر المؤشر", "ماجد الخالدي"):
        assert name in got, (name, got)
    assert "المؤشر" not in got and "الحربي" not in got


def test_a_list_item_with_a_spaced_waw_between_two_names():
    texts = ["وقال إن الجبهة ستضم (منير الزغلامي ونجيب قسيلة و عبد الكريم القطي و سمير معاوية) وحزب المشروع."]
    got = [p[0] for p in _rows(texts, "person")]
    assert "نجيب قسيلة" in got, got


def test_no_list_item_without_people_around_it():
    texts = ["وارتفع المؤشر العام، ومؤشر الأسعار، وسلمان المؤشر قال إن السوق مستقرة."]
    assert [p for p in _rows(texts, "person") if "المؤشر" in p[0]] == []
    texts = ["التقى الوزير محمد العلي، ووزير المالية، وعدد من المسؤولين."]
    assert [p[0] for p in _rows(texts, "person")] == ["محمد العلي"]


# (f) round 2: a hyphenated end of a name

def test_a_hyphenated_given_name_is_part_of_the_name():
    texts = ["واستدعى المدرب الشاب بارك جي-سونغ لاعب الوسط، كما ضم المدافع كيم مين-جاي إلى القائمة."]
    got = [p[0] for p in _rows(texts, "person")]
    assert "بارك جي-سونغ" in got and "كيم مين-جاي" in got, got


def test_a_list_joined_by_hyphens_is_not_one_name():
    texts = ["والقائمة: سامي البدوي - وجدي كشريدة - حسين ناطر-وائل بالغالي-ايمن الصفاقسي- ياسين الشيخاوي."]
    got = [p[0] for p in _rows(texts, "person")]
    assert "حسين ناطر" in got and not any("-" in g for g in got), got
