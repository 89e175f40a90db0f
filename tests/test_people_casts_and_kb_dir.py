"""The fifteenth session's people classes (composed sentences, paraphrases of the classes read on heldout11's
errors after its blind run) and the knowledge base folder the ArWikiCats people are read from."""
import shutil

import pandas as pd

from marsad.mentions import find_mentions
from marsad.mentions.kb import KB_DIR
from marsad.mentions.clean_spans import _arwikicats_ids
from conftest import regex_recognizer

_rx = regex_recognizer


def _people(texts, rec):
    """Person (segment, surface, entity id) of one document whose segments are ``texts``."""
    segs = pd.DataFrame({"doc_id": "d", "section": "paragraph", "position": range(len(texts)), "text": texts})
    m = find_mentions(segs, recognizer=rec)
    m = m[m["entity_type"] == "person"]
    return list(zip(m["position"], m["surface"], m["entity_id"]))


def test_the_arwikicats_people_come_from_the_loaded_knowledge_base_folder(tmp_path):
    kb = tmp_path / "kb"
    shutil.copytree(KB_DIR, kb)
    (kb / "people_arwikicats.csv").write_text(
        "id,label_en,label_ar,group,names,aliases,partials\n"
        "person:test-only,Test Only,زيد تجريبي,arwikicats,زيد تجريبي,,\n"
        # a person people.csv already has is the hand-written one, not an ArWikiCats person
        "person:kim-jong-un,Kim Jong Un,كيم جونغ أون,arwikicats,كيم جونغ أون,,\n", encoding="utf-8")
    ids = _arwikicats_ids(str(kb))
    assert ids == {"person:test-only"}
    default = _arwikicats_ids()
    assert "person:test-only" not in default and "person:kim-jong-un" not in default and len(default) > 1000


def test_a_span_ending_in_a_row_of_tatweels_is_cut_there_and_does_not_fail():
    # a row of tatweels (a separator line) normalises to nothing: the name before it stays, no crash
    people = _people(["اتحاد الكرة يدعم حازم إمام ـــــــــــــ يؤكد مجلس الإدارة"], _rx(r"حازم إمام ـ+"))
    assert [p[1] for p in people] == ["حازم إمام"]


def test_the_state_of_a_country_is_a_mention_of_its_short_name_only():
    segs = pd.DataFrame({"doc_id": "d", "section": "paragraph", "position": [0],
                         "text": ["وأكد أنه صديق لدولة إسرائيل وأن دولة الكويت تدعم قيام دولة فلسطين"]})
    m = find_mentions(segs, ner=False)
    m = m[m["entity_type"] == "country"]
    assert list(zip(m["surface"], m["entity_id"])) == [("إسرائيل", "IL"), ("الكويت", "KW"), ("فلسطين", "PS")]


def test_a_cast_list_of_singular_roles_makes_every_name_a_person():
    # roles each right before a name, joined by و: a full name starting with a title that is a first name,
    # a one-word stage name and a name no recogniser tags
    text = "وشارك في الحفل الملحن والمطرب أمير نور الدين والمطربة جنى والممثل وائل أبوالخير."
    people = _people([text], _rx(r"نور الدين", r"جنى"))
    assert [p[1] for p in people] == ["أمير نور الدين", "جنى", "وائل أبوالخير"]
    assert len({p[2] for p in people}) == 3


def test_roles_joined_by_wa_before_words_of_the_language_are_no_cast_list():
    # a role before a phrase (المخرج الكبير …) or a name with a title word (وزير) stops the list
    text = "وحضر الحفل المخرج الكبير والممثلة القديرة والمطرب الشاب."
    assert _people([text], _rx()) == []
    text = "وتحدث الممثل محمد أمس والممثلة سعاد وزير الثقافة."
    assert "سعاد وزير" not in [p[1] for p in _people([text], _rx(r"محمد"))]


def test_a_long_quotation_uses_up_its_closing_mark_so_the_narration_after_it_is_not_quoted():
    from marsad.mentions.name_words import _quotations

    long_quote = "إن العلاقة المتينة بين البلدين مبنية على قيم ومصالح مشتركة وعلى مصير مشترك منذ عقود طويلة جدا"
    text = f'وأضاف "{long_quote}". وقال وزير الزراعة الإسرائيلي إيتان بيرغمان، الأحد، إن "القرار نهائي".'
    assert [q for _s, _e, q in _quotations(text)] == ["القرار نهائي"]
    people = _people([text], _rx(r"إيتان بيرغمان"))
    assert [p[1] for p in people] == ["إيتان بيرغمان"]
    # a stray mark (a space after it) is re-synchronised by the next mark before a word
    assert [q for _s, _e, q in _quotations('تقوم به " بالإضافة إلى ذلك صرح ل "وات" مساء')] == ["وات"]


def test_a_name_in_a_quoted_sentence_after_a_nationality_adjective_is_a_person():
    text = 'وطالبت الحملة بمقاطعته لأن "أحد منتجي العمل أيضا الكندية جولي مارتان".'
    assert [p[1] for p in _people([text], _rx(r"جولي مارتان"))] == ["جولي مارتان"]
    text = 'وأضافت الصحيفة أن "مدير مكتب الرئيس كارستن هوفمان علق مهامه".'
    assert [p[1] for p in _people([text], _rx(r"كارستن هوفمان"))] == ["كارستن هوفمان"]
    # a name filling a quotation after a noun stays a thing (a role in a series)
    assert _people(['وقال إن شخصية "سليم جابر" أتعبته كثيرا'], _rx(r"سليم جابر")) == []


def test_a_first_name_alone_after_a_noun_of_a_person_and_its_adjectives_is_a_person():
    people = _people(["وقال الصبي اليتيم يوسف: \"أريد أن أعود إلى المدرسة\"", "ونجا الطفل كريم من الحادث"], _rx())
    assert [(p[0], p[1]) for p in people] == [(0, "يوسف"), (1, "كريم")]
    # a full name (its second word no function word), a relative pronoun before a verb, and a common word
    assert _people(["وقال الطبيب أشرف القدرة إن الحصيلة ارتفعت"], _rx()) == []
    assert _people(["وقال الطبيب الذي أشرف على العملية إنها نجحت"], _rx()) == []


def test_a_one_word_name_after_a_role_or_a_role_and_its_country_is_a_person():
    texts = ["وكان مدرب الأرجنتين سامباولي أكد أن فريقه جاهز", "وتصدى الحارس موسليرا للكرة ببراعة"]
    people = _people(texts, _rx(r"سامباولي", r"موسليرا"))
    assert [(p[0], p[1]) for p in people] == [(0, "سامباولي"), (1, "موسليرا")]
    # an institution named after a king, a speech verb and a bracketed first name are no such name
    assert _people(["وقدم مركز الملك سلمان مساعدات"], _rx(r"سلمان")) == []
    assert "بشار" not in [p[1] for p in _people(["ودعم نظام (الرئيس بشار) الأسد"], _rx(r"بشار"))]


def test_a_surname_that_starts_with_wa_after_a_first_name_is_no_conjunction():
    people = _people(["وصل المنتج الهوليوودي هارفي ويلسفورد إلى مركز الشرطة", "ونفى ويلسفورد التهم"],
                     _rx(r"هارفي ويلسفورد", r"(?<=ونفى )ويلسفورد"))
    assert [(p[0], p[1]) for p in people] == [(0, "هارفي ويلسفورد"), (1, "ويلسفورد")]
    assert len({p[2] for p in people}) == 1
    # two surnames joined by و and a list of players stay apart
    two = _people(["الروابط المالية بين مانافورت ودريباسكا كبيرة"], _rx(r"مانافورت ودريباسكا"))
    assert "مانافورت ودريباسكا" not in [p[1] for p in two]
    team = _people(["وفي الدفاع وألفارو وبونيرا وماريو"], _rx(r"ألفارو وبونيرا"))
    assert "ألفارو وبونيرا" not in [p[1] for p in team]
