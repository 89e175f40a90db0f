"""The batch path of the mention stage: one pass over the joined originals (:func:`marsad.mentions.offsets.originals`)
gives the same normalised text, hits and offsets as normalising each text and mapping back per character."""

import numpy as np
import pandas as pd

from marsad.lang.text import normalize
from marsad.mentions.matcher import JOIN, default_matcher, separate
from marsad.mentions.offsets import map_spans, originals, to_original

TEXTS = [
    "قال بُوتِيـــن إن روسيا",  # diacritics and tatweel inside a name
    "ﻻ روسيا",  # a ligature that expands before a name
    "روسيا",
    "ﻻ بُوتين وروسيا",  # expansion and deletion cancel out in length
    "مغربياً ثم المغرب",  # a trailing tanwin stays in the span
    "😀 بوتين في روسيا 🇸🇦 ثم ترامب",  # characters outside the BMP
    "بوتين ﻻﻻ روسيا ـــ أمريكا ﷺ مصر",  # ligatures of 2 and of many characters (with spaces)
    "",
    "الرئيس الروسي، فلاديمير بوتين… وقال\u200f ترامب «أمريكا»",
    "lone \ud83d surrogate بوتين \udc00 روسيا",
    "#بوتين و #ترامب",
]


def _originals(texts):
    tlen = np.array([len(t) for t in texts], dtype=np.int64)
    return originals(JOIN.join(["", *texts, ""]), tlen, len(JOIN))


def test_one_pass_gives_the_normalised_separated_text():
    for texts in (TEXTS, TEXTS[::-1] * 3, ["بوتين"], [""], TEXTS[5:6]):
        orig = _originals(texts)
        assert orig.text == separate(JOIN.join(["", *[normalize(t) for t in texts], ""]))


def test_hits_map_back_as_through_the_tables():
    texts = TEXTS * 3
    norms = [normalize(t) for t in texts]
    m = default_matcher()
    k0, s0, e0, kid0 = m.scan(norms)
    a0, b0, bad = map_spans(texts, norms, k0, s0, e0)
    assert len(bad) == 0 and len(k0) > 30
    orig = _originals(texts)
    start, end, kid = m.scan_joined(orig.text)
    k, a, b = to_original(orig, start, end)
    assert (k == k0).all() and (kid == kid0).all() and (a == a0).all() and (b == b0).all()
    for i, x, y, ns, ne in zip(k.tolist(), a.tolist(), b.tolist(), s0.tolist(), e0.tolist()):
        assert normalize(texts[i][x:y]) == norms[i][ns:ne]
    assert texts[4][a[k == 4][0]:b[k == 4][0]] == "مغربياً"  # the tanwin stays in the span


def test_hash_signs_as_the_regular_expression_finds_them():
    from marsad.mentions.pipeline import _HASH_IN_NAME, _hash_signs

    texts = TEXTS + ["#مصر في البداية", "كلمة #سوريا و#لبنان و # فراغ", "😀 #بوتين"]
    want = [(i, [m.start() for m in _HASH_IN_NAME.finditer(t)]) for i, t in enumerate(texts)]
    assert _hash_signs(_originals(texts)) == [w for w in want if w[1]]


def test_surfaces_grouped_by_units_fall_back_when_sums_collide(monkeypatch):
    from marsad.mentions import find_mentions, pipeline

    texts = [t for t in TEXTS if "lone" not in t] * 3  # a str column cannot hold a lone surrogate
    segs = pd.DataFrame({"doc_id": [f"d{i // 3}" for i in range(len(texts))], "section": "paragraph",
                         "position": [i % 3 for i in range(len(texts))], "text": texts})
    out = find_mentions(segs, ner=False)
    assert len(out) > 20
    by_pos = segs.set_index(["doc_id", "position"])["text"]
    for row in out.itertuples():
        assert row.surface == by_pos.loc[(row.doc_id, row.position)][row.start:row.end]
    # every span summed to the same value: the check catches it and every span is sliced instead
    monkeypatch.setattr(pipeline, "_unit_weights", lambda: np.zeros(0x10000, dtype=np.uint64))
    again = find_mentions(segs, ner=False)
    pd.testing.assert_frame_equal(out, again)
    # the given normalised column changes nothing (it only saves normalising words around partial names)
    with_norm = find_mentions(segs.assign(normalized=segs["text"].map(normalize)), ner=False)
    pd.testing.assert_frame_equal(out, with_norm)


def test_lengths_read_from_the_joiners():
    for texts in (TEXTS, ["a\x00b", "بوتين"], TEXTS[5:6] * 4, [""], ["😀😀", "", "x"]):
        want = [len(t) for t in texts]
        orig = originals(JOIN.join(["", *texts, ""]), list(texts), len(JOIN))
        assert orig.tlen.tolist() == want
        assert orig.text == _originals(texts).text
