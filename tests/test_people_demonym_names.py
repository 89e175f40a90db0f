"""people31 (already-probed articles): a foreign name of two words right after a nationality adjective used as a
noun ('the Spaniard …')."""
import pandas as pd

from marsad.mentions import find_mentions
from marsad.mentions.people import demonym_name_recognizer
from _people import person_rows as _rows


def _people(text):
    segs = pd.DataFrame({"doc_id": "a", "section": "paragraph", "position": [0], "text": [text]})
    df = find_mentions(segs)
    return df.loc[df["entity_type"] == "person", "surface"].tolist()


def test_a_foreign_name_after_a_nationality_noun():
    # AL-sport-1256-20180412 (already probed): 'and the Bosnian Edin Džeko, Roma's striker'
    text = "ويتقدم محمد صلاح جناح ليفربول والبوسني ادين دجيكو مهاجم روما."
    assert [text[s:e] for s, e, _t in demonym_name_recognizer([text])[0]] == ["ادين دجيكو"]
    assert "ادين دجيكو" in _people(text)


def test_no_name_after_the_adjective_of_a_definite_noun():
    # FR-internationalNews-1899-20180619: 'the Israeli security service accused Segev that he …' (a glued typo)
    text = "اتهم الجهاز الأمني الإسرائيلي سيجيف بأنهساهم في حدوث تواصل."
    assert demonym_name_recognizer([text]) == [[]]


def test_no_name_before_a_club_after_a_nationality_noun():
    # AL-sport-1569-20180515 (already probed): 'the Spaniard Gabi, Atlético's captain' (قائد is no surname)
    text = "اعتبر الإسباني غابي قائد أتليتكو مدريد أن خسارة النهائي مؤلمة."
    assert demonym_name_recognizer([text]) == [[]]


def test_a_first_name_spelt_with_an_initial_alif_or_ya_is_one_person():
    # AL-sport-1650-20180521 (already probed): Unai Emery spelt أوناي in the title and يوناي in the text; as two
    # people his surname was ambiguous and every إيمري alone was lost
    texts = ["أوناي إيمري على أعتاب تدريب أرسنال",
             "يستعد نادي أرسنال الإنجليزي لتعيين الإسباني يوناي إيمري مدربا جديدا له.",
             "ولكن إدارة ارسنال استقرت في النهائي على إيمري.",
             "ورحل إيمري، 46 عاما، عن تدريب باريس سان جيرمان."]
    got = _rows(texts)
    assert [(p, s) for p, s, _e in got] == [(0, "أوناي إيمري"), (1, "يوناي إيمري"), (2, "إيمري"), (3, "إيمري")]
    assert len({e for _p, _s, e in got}) == 1
