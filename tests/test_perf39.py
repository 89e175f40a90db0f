"""perf39 (session 39): the context list's document-word veto of shown_countries (سيول in a document with السيول)
reads a text's words only when the text, normalised whole, holds a document word but its first letter; the same
documents are vetoed. Composed sentences, with counter-examples (a text the gate lets through that vetoes nothing)."""
import itertools

import pandas as pd

from marsad.lang.text import normalize
from marsad.mentions import find_mentions
from marsad.mentions.shown_countries import _WORD, _unclitic, context_words


def _seoul(texts, docs=None):
    docs = docs or ["d"] * len(texts)
    segs = pd.DataFrame({"doc_id": docs, "section": "paragraph", "position": range(len(texts)), "text": texts})
    df = find_mentions(segs, recognizer=lambda ts: [[] for _ in ts])
    df = df[(df["entity_type"] == "country") & (df["surface"] == "سيول")]
    return sorted(zip(df["doc_id"], df["position"]))


def test_a_document_word_written_with_clitics_diacritics_or_tatweel_still_vetoes():
    # (each spelling normalises and unclitics to السيول: the gate must let its text through)
    for word in ("السيول", "بالسيول", "وبالسيول", "للسيول", "السُّيول", "السيـول"):
        texts = [f"وفي كوريا الجنوبية، جرفت {word} عشرات المنازل.", "وتقول سيول إنها تراقب."]
        assert _seoul(texts) == [], word
    # the same document without it: سيول counts
    assert _seoul(["وفي كوريا الجنوبية، وقع انفجار.", "وتقول سيول إنها تراقب."]) == [("d", 1)]


def test_a_text_holding_the_word_inside_another_word_vetoes_nothing():
    # المسيول holds لسيول (what the gate looks for) but no stem of it is السيول: the words are read, no veto
    texts = ["وفي كوريا الجنوبية، قال المسيول كلاما.", "وتقول سيول إنها تراقب."]
    assert _seoul(texts) == [("d", 1)]
    # a stem without its article is no document word either (سيول is not السيول)
    assert _seoul(["وفي كوريا الجنوبية، بسيول تجمع الناس.", "وتقول سيول إنها تراقب."]) != []


def test_the_veto_stays_in_its_document():
    texts = ["وفي كوريا الجنوبية، جرفت السيول المنازل.", "وتقول سيول إنها تراقب.",
             "وفي كوريا الجنوبية، وقع انفجار.", "وتقول سيول إنها تراقب."]
    assert _seoul(texts, ["a", "a", "b", "b"]) == [("b", 3)]


def test_every_stem_but_its_first_letter_is_in_the_text_normalised_whole():
    # the gate's premise, on composed words: clitics (و ف ب ل, two of them, لل), letters normalize folds (أ إ آ ة ى),
    # diacritics and tatweel inside; each word inside a sentence, between other characters
    words = ["".join(p) for p in itertools.product(["", "و", "ب", "ف", "وب", "لل", "ل"], ["ال", "أ", "إ", ""],
                                                   ["سيول", "سُيول", "سيـول", "مطرة", "ثلوج", "سيلى"])]
    words += sorted(context_words()["weather"][1]) + sorted(context_words()["weather"][0])
    for w in words:
        text = f"قال: «{w}»، ثم 12{w}x و{w}."
        folded = normalize(text)
        for found in _WORD.findall(text):
            for st in _unclitic(normalize(found)):
                assert st[1:] in folded, (w, found, st)
