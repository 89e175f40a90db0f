"""people31 (already-probed articles): a foreign name of two words right after a nationality adjective used as a
noun ('the Spaniard …')."""
import pandas as pd

from marsad.mentions import find_mentions
from marsad.mentions.people import demonym_name_recognizer


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
