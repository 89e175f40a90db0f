"""people52 (session 28): a relative's first name in apposition between commas after a kinship noun, and the
masculine nationality adjective inside an outlet's proper name. Composed sentences, with counter-examples."""
import pandas as pd

from marsad.mentions import find_mentions
from conftest import regex_recognizer


def _rows(texts, recognizer=None):
    segs = pd.DataFrame({"doc_id": "a", "section": "paragraph", "position": range(len(texts)), "text": texts})
    kw = {} if recognizer is None else {"recognizer": recognizer}
    return find_mentions(segs, **kw)


def _countries(text):
    df = _rows([text], regex_recognizer(r"ززز"))
    return list(df[df["entity_type"] == "country"]["surface"])


def _people(texts):
    df = _rows(texts)
    return df[df["entity_type"] == "person"]


def test_a_first_name_between_commas_after_a_kinship_noun_is_the_relative_and_again_later():
    texts = ["استقبل رئيس الوزراء الإسرائيلي بنيامين نتنياهو الوفد في مكتبه بالقدس أمس.",
             "ومن المقرر أن تحضر زوجته، سارة، جلسة الاستماع في الموعد نفسه يوم الخميس.",
             "وقالت الشرطة إنها ستحقق مع نتنياهو وسارة في الأسبوع المقبل."]
    got = _people(texts)
    saras = got[got["surface"].str.contains("سارة")]
    assert len(saras) == 2
    assert saras["entity_id"].nunique() == 1


def test_a_common_word_between_commas_after_a_kinship_noun_is_no_person():
    texts = ["استقبل رئيس الوزراء الإسرائيلي بنيامين نتنياهو الوفد في مكتبه بالقدس أمس.",
             "وقالت زوجته، أمس، إنها ستحضر جلسة الاستماع في الموعد نفسه."]
    got = _people(texts)
    assert not got["surface"].str.contains("أمس").any()


def test_a_first_name_after_a_kinship_noun_and_a_comma_but_no_closing_comma_is_left():
    # (no closed apposition: the comma ends a clause, the name opens the next one)
    texts = ["استقبل الرئيس الأمريكي دونالد ترامب الوفد في البيت الأبيض أمس مع ابنته، سارة تحدثت بعدها للصحفيين."]
    got = _people(texts)
    assert not (got["surface"] == "سارة").any()


def test_a_masculine_demonym_in_a_channel_name_is_no_country():
    assert "التونسي" not in _countries("وقال الوزير في حوار على قناة الحوار التونسي إن الحكومة ستواصل الإصلاحات")
    assert "الجزائري" not in _countries('ونشرت جريدة "الشروق الجزائري" الخبر صباح اليوم')
    assert "المغربي" not in _countries("وأكدت صحيفة الصباح المغربي في عددها الصادر اليوم ذلك")


def test_a_feminine_demonym_after_a_channel_or_paper_name_counts():
    assert "القطرية" in _countries("وقال المتحدث لقناة الجزيرة القطرية إن المفاوضات مستمرة")
    assert "المصرية" in _countries("ونقلت صحيفة الأهرام المصرية عن مصدر حكومي قوله")


def test_a_masculine_demonym_after_a_body_team_or_role_in_a_channel_name_counts():
    assert "الجزائري" in _countries("ونشرت مجلة الجيش الجزائري افتتاحية عن الحدود")
    assert "الإسباني" in _countries("وقال اللاعب في حديث لقناة النادي الإسباني إنه سعيد")
    assert "البرازيلي" in _countries("ونشر الفيديو على قناة اللاعب البرازيلي في يوتيوب")
    assert "المصري" in _countries("وبثت قناة التلفزيون المصري الخطاب كاملا")


def test_a_capital_after_a_definite_role_starting_a_two_word_name_is_a_first_name():
    got = _rows(["وسجل المدافع سانتياغو أرياس هدفا في الدقيقة العاشرة من المباراة"])
    assert not (got["entity_type"] == "country").any()
    assert "سانتياغو أرياس" in set(got.loc[got["entity_type"] == "person", "surface"])
    got = _rows(["وحضرت الممثلة الإيطالية صوفيا لورين حفل افتتاح المهرجان"])
    assert "صوفيا" not in set(got.loc[got["entity_type"] == "country", "surface"])
    assert "الإيطالية" in set(got.loc[got["entity_type"] == "country", "surface"])


def test_a_capital_after_a_role_in_construct_or_a_place_noun_stays_the_country():
    got = _rows(["وقال سفير باريس لودريان إن المحادثات ستستأنف"])
    assert "باريس" in set(got.loc[got["entity_type"] == "country", "surface"])
    got = _rows(["ووصل الرئيس التركي إلى العاصمة صوفيا أمس في زيارة رسمية"])
    assert "صوفيا" in set(got.loc[got["entity_type"] == "country", "surface"])
