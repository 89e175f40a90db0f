"""Lists of names (after كل من and after a role in the plural), surnames the news text has as common words,
a first name before أن, and a first name the gazetteers lack after a role (composed sentences; the classes read
in the fourteenth session on heldout10's errors, read after its blind run)."""
import pandas as pd

from marsad.mentions import find_mentions
from marsad.mentions.surnames import _first_name_alone_ok
from marsad.mentions.people import common_words, role_name_recognizer, title_words
from conftest import regex_recognizer


_rx = regex_recognizer  # the regex person recogniser shared by the people tests (conftest)


def _people(texts, rec):
    """Person (segment, surface, entity id) of one document whose segments are ``texts``."""
    segs = pd.DataFrame({"doc_id": "d", "section": "paragraph", "position": range(len(texts)), "text": texts})
    m = find_mentions(segs, recognizer=rec)
    m = m[m["entity_type"] == "person"]
    return list(zip(m["position"], m["surface"], m["entity_id"]))


def test_a_common_word_the_recogniser_names_alone_in_the_document_ends_a_full_name():
    texts = ["وحث فابريغاس زميله إيدن هازارد على البقاء", "وكشف هازارد عن تفكيره في الرحيل"]
    people = _people(texts, _rx(r"إيدن هازارد", r"(?<=كشف )هازارد", r"فابريغاس"))
    hazard = [p for p in people if "هازارد" in p[1]]
    assert [(p[0], p[1]) for p in hazard] == [(0, "إيدن هازارد"), (1, "هازارد")]
    assert len({p[2] for p in hazard}) == 1
    # (هازارد was a common word of the built list when this test was written; since session 30 (people61) the list
    # holds no surname the text shows after first names of its own (ايدن/ايدين before it), so the name stands alone too)
    assert "هازارد" not in common_words()
    # (فابريغاس alone is a person too since people69: a surname the corpus name memory vouches for, Cesc Fabregas)
    assert [p[1] for p in _people(texts[:1], _rx(r"إيدن هازارد"))] == ["فابريغاس", "إيدن هازارد"]


def test_a_past_verb_the_recogniser_names_alone_ends_no_name_and_names_nobody_alone():
    people = _people(["رحلت الممثلة مي سكاف", "نعم، مي رحلت وخسرناها"], _rx(r"^رحلت", r"مي رحلت", r"مي سكاف"))
    assert "مي رحلت" not in [p[1] for p in people]
    assert _first_name_alone_ok("نسيت", title_words(), common_words()) is False  # نسيت أن: 'I forgot that'
    assert _first_name_alone_ok("مي", title_words(), common_words()) is True


def test_a_first_name_before_an_names_the_person_of_the_document():
    people = _people(["كشف الفنان عاصي الحلاني أنه يتحضر", "وأكد عاصي أن الأولوية لعائلته"], _rx(r"عاصي الحلاني"))
    assert [(p[0], p[1]) for p in people] == [(0, "عاصي الحلاني"), (1, "عاصي")]


def test_the_people_of_a_list_after_kull_min_stage_names_too():
    text = "وهناك تناغم بينه وبين كل من محمد حماقي وأحلام وإليسا، والأجواء مرحة"
    people = _people([text], _rx(r"محمد حماقي"))
    assert [p[1] for p in people] == ["محمد حماقي", "أحلام", "إليسا"]
    assert len({p[2] for p in people}) == 3
    # a list of countries, or one with a role in it, is no list of people
    assert _people(["وقعت كل من مصر والسعودية والأردن، الاتفاق"], _rx()) == []
    assert [p[1] for p in _people(["حضر كل من أحمد سالم ووزير الخارجية وسامي، الحفل"], _rx(r"أحمد سالم"))] == [
        "أحمد سالم"]


def test_a_second_name_after_a_role_in_the_plural_is_a_person_with_a_common_word_surname():
    text = "خاصة بالفنانين وليد توفيق وراغب علامة، ودائماً يهنئون بعضهم"
    assert [p[1] for p in _people([text], _rx(r"وليد توفيق"))] == ["وليد توفيق", "راغب علامة"]
    # no list without the recogniser's first name right after the role
    assert [p[1] for p in _people(["خاصة بالفنانين في لبنان وراغب علامة، ودائماً"], _rx())] == []


def test_a_first_name_the_gazetteers_lack_after_a_role_before_a_family_name_with_al():
    def spans(text):
        return [text[s:e] for s, e, _t in role_name_recognizer([text])[0]]
    assert spans("وتذكر الفنان كاظم الساهر حين صور برنامج") == ["كاظم الساهر"]
    # an adjective or participle with ال is no family name (the news text has it without ال), nor a nisba
    assert spans("وسام ألاردايس مدرب إنجلترا السابق، وجوي") == []
    assert spans("وقال ماسك البالغ من العمر 47 عاما") == []
    assert spans("تقييم مستوى لاعب إنبي المنتقل مؤخرا للأهلي") == []
    assert spans("وقال الوزير بحث الملف مع نظيره") == []


def test_a_demonym_that_names_a_dialect_without_its_noun_right_before_it_is_no_country():
    def countries(text):
        segs = pd.DataFrame({"doc_id": "d", "section": "paragraph", "position": [0], "text": [text]})
        m = find_mentions(segs, recognizer=_rx())
        return m.loc[m["entity_type"] == "country", "surface"].tolist()
    assert countries("وسيكون متنوعاً من حيث اللهجات، وهي اللبنانية والبدوية، وأغنية واحدة مصرية") == ["مصرية"]
    assert countries("غنى باللهجة المصرية والسورية في الحفل") == []
    # a member of another plural noun stays a country, and so does a demonym after و that follows a country
    assert countries("زار الوفود، وهي اللبنانية والسورية") == ["اللبنانية", "السورية"]
    assert countries("الحكومة المصرية والسورية") == ["المصرية", "السورية"]


def test_melania_trump_is_a_knowledge_base_person_and_her_husband_keeps_the_family_name():
    people = _people(["وصل ترامب رفقة زوجته ميلانيا، إلى الحفل", "وقالت ميلانيا ترامب إنها سعيدة. وأضاف ترامب"], _rx())
    assert [(p[1], p[2]) for p in people] == [("ترامب", "Q22686"), ("ميلانيا", "person:melania-trump"),
                                              ("ميلانيا ترامب", "person:melania-trump"), ("ترامب", "Q22686")]


def test_a_past_verb_before_the_surname_of_a_full_name_leaves_the_surname_to_that_person():
    texts = ["وزيرة الأمن الداخلي كيرستشن نيلسن", "ولم يعلق على ما إذا كان ترمب وبخ نيلسن", "وقالت نيلسن في بيان"]
    people = [p for p in _people(texts, _rx(r"كيرستشن نيلسن", r"وبخ نيلسن")) if "نيلسن" in p[1]]
    assert [(p[0], p[1]) for p in people] == [(0, "كيرستشن نيلسن"), (1, "نيلسن"), (2, "نيلسن")]
    assert len({p[2] for p in people}) == 1


def test_a_middle_name_the_knowledge_base_lacks_and_a_first_name_that_is_a_verb_keep_the_surname():
    texts = ["توفيت المغنية أريثا فرانكلين", "نعلن رحيل أريثا لويز فرانكلين", "وتوفيت فرانكلين في منزلها"]
    people = _people(texts, _rx(r"أريثا لويز فرانكلين", r"أريثا فرانكلين"))
    assert {p[2] for p in people} == {"person:aretha-franklin"} and len(people) == 3
    # عادل ريبيري: 'Ribéry equalled' (a فاعل verb, once), not a second Ribéry; سارة keeps her own name
    texts = ["النجم الفرنسي فرانك ريبيري", "وعادل ريبيري الرقم القياسي", "وشارك ريبيري بديلا"]
    people = _people(texts, _rx(r"فرانك ريبيري", r"عادل ريبيري"))
    assert [(p[0], p[1]) for p in people] == [(0, "فرانك ريبيري"), (1, "ريبيري"), (2, "ريبيري")]
    assert len({p[2] for p in people}) == 1
    texts = ["مقتل الشاب إيلان حليمي في 2006", "وقتل سارة حليمي في باريس"]
    assert "سارة حليمي" in [p[1] for p in _people(texts, _rx(r"إيلان حليمي", r"سارة حليمي"))]


def test_an_arwikicats_full_name_gives_its_surname_to_the_document_and_a_work_or_prize_noun_is_no_name():
    texts = ["المخرج جان لوك غودار في كان", "ومنذ سنوات يتغيب غودار عن المهرجان", "وبقطع النظر عن فيلم غودار الجديد"]
    people = _people(texts, _rx(r"فيلم غودار"))
    assert [(p[0], p[1], p[2]) for p in people] == [(0, "جان لوك غودار", "person:jean-luc-godard"),
                                                     (1, "غودار", "person:jean-luc-godard"),
                                                     (2, "غودار", "person:jean-luc-godard")]
    # فيلم before a full name is no first name (وقف عرض فيلم خالد يوسف)
    assert [p[1] for p in _people(["وقف عرض فيلم خالد يوسف"], _rx(r"خالد يوسف"))] == ["خالد يوسف"]
    # a prize named after someone is no mention of that person
    texts = ["أسس ألفريد نوبل الجائزة", "وفازا بجائزة \"نوبل\" هذا العام"]
    assert [p[0] for p in _people(texts, _rx(r"ألفريد نوبل"))] == [0]


def test_a_name_with_fewer_words_of_the_chain_is_the_longer_name_of_its_document():
    texts = ["الإرهابي عبد الرحمن بن عمير الجبر النعيمي", "وكان عبد الرحمن النعيمي من أبرز الممولين",
             "ووصفت واشنطن النعيمي بأنه ممول"]
    people = _people(texts, _rx(r"عبد الرحمن بن عمير الجبر النعيمي", r"عبد الرحمن النعيمي"))
    assert [p[1] for p in people] == ["عبد الرحمن بن عمير الجبر النعيمي", "عبد الرحمن النعيمي", "النعيمي"]
    assert len({p[2] for p in people}) == 1


def test_no_middle_name_link_after_a_first_name_shared_by_many_people():
    people = _people(["ورد عليه مؤلف المسلسل محمد سيد بشير"], _rx(r"محمد سيد بشير"))
    assert [p[1] for p in people] == ["محمد سيد بشير"] and people[0][2].startswith("ner:")
