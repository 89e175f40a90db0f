"""The participles of speech verbs that introduce quoted words (قائلة, 'saying') name nobody, though a recogniser
tags them after a role or a kinship noun (people29, from probes of unannotated, already-probed ANT articles)."""
import pandas as pd

from marsad.mentions import find_mentions
from marsad.mentions.people import common_words
from marsad.lang.text import normalize
from conftest import regex_recognizer


def _people(texts, rec=None):
    segs = pd.DataFrame({"doc_id": "a", "section": "paragraph", "position": range(len(texts)), "text": texts})
    df = find_mentions(segs, recognizer=rec) if rec else find_mentions(segs)
    return list(df.loc[df["entity_type"] == "person", "surface"])


def test_a_speech_participle_after_a_role_is_no_person():
    # CN-middleEast-148: the Russian spokeswoman 'added, saying:'
    texts = ["أعربت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا عن قلق موسكو.",
             "وأضافت المتحدثة الروسية قائلة: \"لا يجب التعويل على أننا سنعيق السلطات السورية في مكافحتها للإرهاب\"."]
    got = _people(texts, regex_recognizer(r"ماريا زاخاروفا", r"قائلة"))
    assert "قائلة" not in got and "ماريا زاخاروفا" in got


def test_a_speech_participle_after_a_kinship_noun_is_no_relative():
    # AL-culture-419: the singer 'cried when asked about her father, saying:'
    got = _people(["كشفت الفنانة سعاد ماسي عن طفولتها.",
                   "كما بكت عند سؤالها عن والدها قائلة: \"رحل وعمري 13 عاماً في حادثة\"."])
    assert "قائلة" not in got


def test_the_participles_are_common_words_and_the_given_names_are_not():
    assert {normalize(w) for w in ("قائلة", "مصرحا", "مختتمة")} <= common_words()
    assert normalize("هالة") not in common_words()
