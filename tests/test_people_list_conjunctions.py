"""people31 (already-probed articles): the conjunction و glued to the first name of a list item is no part of
the name, while a given name that starts with its own و keeps it."""
import pandas as pd

from marsad.mentions import find_mentions
from _people import person_rows as _rows


def _people(text):
    segs = pd.DataFrame({"doc_id": "a", "section": "paragraph", "position": [0], "text": [text]})
    df = find_mentions(segs)
    return df.loc[df["entity_type"] == "person", "surface"].tolist()


def test_a_conjunction_glued_to_a_name_of_a_list_is_left_out():
    # AL-culture-433-20180530: the actresses at a funeral
    got = _people("كما شارك في الجنازة يسرا وإلهام شاهين ونجلاء فتحي ونبيلة عبيد وليلى علوي ورجاء الجداوي ودلال "
                  "عبد العزيز وميرفت أمين وأروى جودة.")
    assert {"إلهام شاهين", "نجلاء فتحي", "دلال عبد العزيز", "ميرفت أمين"} <= set(got)
    assert not any(s.startswith("و") for s in got)
    # JA-culture-10-20161210: Tunisian actors
    got = _people("من الممثلين على غرار فاطمة بن سعيدان ومريم بن شعبان وسنية بن جمعة وكنزة بن ذياب ونادية بوستة.")
    assert "سنية بن جمعة" in got and "وسنية بن جمعة" not in got
    # AL-sport-1787-20180602: بسام keeps its ب, loses the conjunction
    got = _people("وضمت القائمة فخر الدين بن يوسف وأنيس البدري وبسام الصرارفي ووهبي الخزري ونعيم السليتي.")
    assert {"أنيس البدري", "بسام الصرارفي", "وهبي الخزري"} <= set(got)


def test_a_conjunction_before_al_after_a_name_and_a_comma_is_left_out():
    # JA-politic-425-20170511
    got = _people("ورئيس حزب المبادرة الدستورية كمال مرجان، والجنيدي عبد الجواد عن حزب المسار.")
    assert got == ["كمال مرجان", "الجنيدي عبد الجواد"]


def test_a_given_name_with_its_own_waw_stays_whole():
    # AL-culture-45-20180204: 'six creative children: Wissam Nour and Ashraqat Ahmed'
    got = _people('تنافس 6 أطفال مبدعين، هم: وسام نور وأشرقت أحمد ضمن "فريق الأمل".')
    assert "وسام نور" in got and "سام نور" not in got


def test_a_work_noun_with_al_after_a_full_name_is_the_object_and_a_quoted_preposition_no_nickname():
    # AL-culture-278-20180501 (already probed): 'Habib al-Habib described the series as …'; 'Nasser al-Qasabi told
    # "Al Arabiya"' (no nickname: the quoted word is ل + العربية)
    texts = ["يعود الفنان السعودي ناصر القصبي في رمضان هذا العام.",
             'وقال ناصر القصبي "للعربية" عن المسلسل " ركزنا على النص".',
             'بينما وصف حبيب الحبيب المسلسل بأنه عمل شعبي، وقال "المسلسل سيشكل نقلة نوعية".',
             "ويشارك في العمل عبدالإله السناني وريم عبدالله وأفنان فؤاد وحبيب الحبيب، ومن إخراج المثنى صبح."]
    got = _rows(texts)
    surfaces = [s for _p, s, _e in got]
    assert "للعربية" not in surfaces and "المسلسل" not in surfaces and "حبيب الحبيب المسلسل" not in surfaces
    assert [p for p, s, _e in got if s == "حبيب الحبيب"] == [2, 3]
