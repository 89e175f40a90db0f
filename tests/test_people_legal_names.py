"""Long legal names (third round of people21's files: heldout18's أحمد عز الدين علي عزت, a name chain that the
recogniser cut at علي, read as the preposition على)."""
import pandas as pd

from marsad.mentions import find_mentions
from conftest import regex_recognizer


_rx = regex_recognizer  # the regex person recogniser shared by the people tests (conftest)


def _people(text, rec):
    segs = pd.DataFrame({"doc_id": ["a"], "section": "paragraph", "position": 0, "text": [text]})
    df = find_mentions(segs, recognizer=rec)
    df = df[df["entity_type"] == "person"]
    return list(df["surface"])


def test_ali_between_two_name_words_is_a_name_of_the_chain():
    got = _people("وتم عقد القران في 24 من شهر يناير الماضي، بين أحمد عز الدين علي عزت، ووسام رضا إسماعيل، فيما",
                  _rx(r"أحمد عز الدين"))
    assert "أحمد عز الدين علي عزت" in got
    assert "أحمد عز الدين" not in got


def test_ali_before_a_word_of_the_language_stays_the_preposition():
    # Egyptian spelling writes the preposition على with ي: علي المسرح is "on stage"
    got = _people("وقف محمد منير علي المسرح أمس وغنى أغنيته الجديدة", _rx(r"محمد منير"))
    assert got == ["محمد منير"]
    got = _people("وحصل محمد صلاح علي جائزة أفضل لاعب في الدوري", _rx(r"محمد صلاح"))
    assert got == ["محمد صلاح"]


def test_the_preposition_written_with_alif_maqsura_never_joins_the_name():
    got = _people("وتم عقد القران بين أحمد عز الدين على عزت في القاهرة", _rx(r"أحمد عز الدين"))
    assert "أحمد عز الدين على عزت" not in got
