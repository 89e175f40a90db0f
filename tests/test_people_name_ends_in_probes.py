"""Words that end a name after a role (people29, from probes of unannotated, already-probed ANT articles): an age
word (البالغ), a person noun (الطفل، خريج, now title words) and a present verb with ي (يسبح)."""
import pandas as pd

from marsad.mentions import find_mentions
from marsad.mentions.people import role_complement_name_recognizer, role_name_recognizer
from conftest import regex_recognizer


def _people(texts, rec=None):
    segs = pd.DataFrame({"doc_id": "a", "section": "paragraph", "position": range(len(texts)), "text": texts})
    df = find_mentions(segs, recognizer=rec) if rec else find_mentions(segs)
    return list(df.loc[df["entity_type"] == "person", "surface"])


def _spans(recognise, text):
    return [text[s:e] for s, e, _t in recognise([text])[0]]


def test_an_age_word_ends_a_name_after_a_role():
    # AL-internationalNews-1403, FR-internationalNews-36
    text = "اقترح أن يستهدف متطرفون الأمير جورج البالغ من العمر أربعة أعوام والذي سيصبح ملك بريطانيا"
    assert not any("البالغ" in s for s in _spans(role_name_recognizer, text))
    text = "محاكمة الرئيس البيروفي الأسبق ألبرتو فوجيموري البالغ 79 من العمر، والذي يقضي حكما"
    assert not any("البالغ" in s for s in _spans(role_name_recognizer, text))


def test_a_person_noun_after_a_name_is_no_surname():
    # AL-internationalNews-665: 'Fouad, the youngest child, 11'; AL-sport-2443: 'a graduate of La Masia'
    got = _people(["فؤاد الطفل الأصغر 11 عاما، والذي عاد من الجبهة مع جثة اخيه."], regex_recognizer(r"فؤاد الطفل"))
    assert "فؤاد الطفل" not in got
    got = _people(["إضافة إلى الوافد الجديد أيوب عبو خريج مدرسة لاماسيا الشهيرة."], regex_recognizer(r"أيوب عبو خريج"))
    assert "أيوب عبو" in got and "أيوب عبو خريج" not in got


def test_a_name_after_the_child_title_and_a_nationality():
    # CN-internationalNews-556: the drowned Syrian child
    got = _people(["العثور على جثة الطفل السوري آلان الكردي على شاطئ تركيا بعد غرق القارب."])
    assert "آلان الكردي" in got


def test_a_present_verb_with_ya_ends_a_name_after_a_role_and_its_complement():
    # FR-internationalNews-2608: 'the Egyptian child Omar swims against the tide'
    text = "الطفل المصري عمر يسبح ضد التيار.. رغم الإعاقة"
    assert not any("يسبح" in s for s in _spans(role_complement_name_recognizer, text))
    text = "وقال الطفل المصري عمر يوسف إن السباحة حلمه"
    assert all("يوسف" in s for s in _spans(role_complement_name_recognizer, text) if s.startswith("عمر"))


def test_a_second_name_after_waw_ends_a_name_after_a_role_and_its_complement():
    # JA-sport-387: 'the mother of the two players Paul and Florentin wished'
    text = "والدة اللاعبين بول وفلونتين تمنت أن تنتهي المباراتين بالتعادل"
    assert not any("وفلونتين" in s for s in _spans(role_complement_name_recognizer, text))


def test_a_first_name_joined_by_a_hyphen_is_no_first_name_alone():
    # FR-internationalNews-1500 (Marcel Dassault's house) and FR-internationalNews-2508 (a party named after Nawaz)
    got = _people(["وقال المهندس مارسيل أبو ندس إن العمل بدأ.",
                   "وتوفي رجل الأعمال في مكتبه في دارة الشانزليزيه مارسيل-داسو (باريس) نتيجة أزمة قلبية."])
    assert got.count("مارسيل") == 0


def test_a_name_after_a_complement_without_a_comma_gives_way_to_the_models_name():
    # JA-culture-67: 'the lady of song Magda al-Roumi, accompanied by a group'; the model tags ماجدة الرومي
    from marsad.mentions.people import default_recognizer

    text = "وقد حلت سيدة الغناء ماجدة الرومي مرفوقة بمجموعة من التقنيين"
    spans = [text[s:e] for s, e, _t in default_recognizer([text])[0]]
    assert not any("مرفوقة" in s for s in spans)
    assert all(t == "PERS" for _s, _e, t in default_recognizer([text])[0])
