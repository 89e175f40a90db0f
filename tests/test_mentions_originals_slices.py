"""The one pass over the joined originals works in slices of code units (``offsets._SLICE``): texts whose
deleted characters (diacritics, tatweel) and expanded ligatures fall on both sides of a slice's edge, or fill a
whole slice, give the same normalised text, lengths and events as normalising each text."""

import numpy as np

from marsad.lang.text import normalize
from marsad.mentions import offsets
from marsad.mentions.matcher import JOIN, separate
from marsad.mentions.offsets import originals, to_original

S = offsets._SLICE
NAME = "قال بُوتِيـــن إن روسيا ﻻ تريد"  # diacritics, tatweel and a ligature (ﻻ: two letters)


def _batches():
    yield ["ا" * (S - 5) + "ًٌـﻻﻻ" + NAME, NAME]  # deleted and expanded characters across a slice's edge
    yield ["ً" * (S + 3), "ﻻ" * (S + 7), NAME]  # a slice of deleted units only, a slice of ligatures only
    yield [NAME * 5000, "", "بوتين"]  # many slices, each with its events
    yield [NAME, "a\x00b", "ـ" * S]  # a NUL inside a text: the lengths are counted, not read from the joiners


def test_slices_give_the_normalised_separated_text_and_lengths():
    for texts in _batches():
        orig = originals(JOIN.join(["", *texts, ""]), list(texts), len(JOIN))
        assert orig.tlen.tolist() == [len(t) for t in texts]
        assert orig.text == separate(JOIN.join(["", *[normalize(t) for t in texts], ""]))


def test_spans_across_slices_map_back_to_the_original_words():
    texts = ["ا" * (S - 12) + " " + NAME + " " + NAME]
    orig = originals(JOIN.join(["", *texts, ""]), list(texts), len(JOIN))
    norm = orig.text
    at = norm.index("روسيا")  # after the slice's edge, past deleted units before it
    k, s, e = to_original(orig, np.array([at]), np.array([at + 5]))
    assert texts[k[0]][s[0]:e[0]] == "روسيا"
    at = norm.index("بوتين")
    k, s, e = to_original(orig, np.array([at]), np.array([at + 5]))
    assert normalize(texts[k[0]][s[0]:e[0]]) == "بوتين"
