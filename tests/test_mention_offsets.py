"""The batch offset map (:func:`marsad.mentions.offsets.map_spans_joined`) against the per-character tables."""
import numpy as np

from marsad.lang.text import normalize
from marsad.mentions.matcher import default_matcher
from marsad.mentions.offsets import map_spans, map_spans_joined, originals, same_offsets, same_offsets_joined


def _batch(texts, norms=None):
    norms = norms or [normalize(t) for t in texts]
    m = default_matcher()
    k, s, e, kid = m.scan(norms)
    tlen = np.array([len(t) for t in texts], dtype=np.int64)
    nlen = np.array([len(t) for t in norms], dtype=np.int64)
    orig = originals("\x00".join(texts), tlen)
    same = same_offsets_joined(orig, nlen)
    first, last = m.edge_code_points(kid)
    return norms, k, s, e, orig, same, first, last, nlen


TEXTS = [
    "قال بُوتِيـــن إن روسيا",  # diacritics and tatweel inside a name
    "ﻻ روسيا",  # a ligature that expands before a name
    "روسيا",
    "ﻻ بُوتين وروسيا",  # expansion and deletion cancel out in length
    "مغربياً ثم المغرب",  # a trailing tanwin stays in the span
    "😀 بوتين في روسيا 🇸🇦 ثم ترامب",  # characters outside the BMP
    "بوتين ﻻﻻ روسيا ـــ أمريكا",
    "",
    "الرئيس الروسي فلاديمير بوتين",
]


def test_batch_map_matches_the_tables():
    texts = TEXTS * 3
    norms, k, s, e, orig, same, first, last, nlen = _batch(texts)
    assert (same == same_offsets(texts, norms)).all()
    a, b, bad = map_spans_joined(orig, texts, norms, k, s, e, first, last, same=same, nlen=nlen)
    a0, b0, bad0 = map_spans(texts, norms, k, s, e)
    assert len(bad) == len(bad0) == 0
    assert (a == a0).all() and (b == b0).all()
    assert len(k) > 20
    for i, x, y, ns, ne in zip(k.tolist(), a.tolist(), b.tolist(), s.tolist(), e.tolist()):
        assert normalize(texts[i][x:y]) == norms[i][ns:ne]


def test_batch_map_flags_stale_normalised_texts():
    texts = ["قال بُوتِين إن روسيا", "روسيا وأمريكا", "ﻻ بُوتين", "مصر"]
    norms = [normalize(t) for t in texts]
    norms[0] = "قال بوتين ان روسيا اليوم"  # longer than normalize(text)
    norms[2] = "لا بوتيت"  # same length, different last letter
    norms, k, s, e, orig, same, first, last, nlen = _batch(texts, norms)
    _a, _b, bad = map_spans_joined(orig, texts, norms, k, s, e, first, last, same=same, nlen=nlen)
    assert bad.tolist() == [0]  # text 2 has no hit left to check (بوتيت is no name)
    norms[2] = "لا روسيا"
    norms, k, s, e, orig, same, first, last, nlen = _batch(texts, norms)
    _a, _b, bad = map_spans_joined(orig, texts, norms, k, s, e, first, last, same=same, nlen=nlen)
    assert bad.tolist() == [0, 2]


def test_surfaces_grouped_by_units_fall_back_when_sums_collide(monkeypatch):
    import pandas as pd

    from marsad.mentions import find_mentions
    from marsad.mentions import pipeline

    segs = pd.DataFrame({"doc_id": [f"d{i // 3}" for i in range(len(TEXTS) * 3)], "section": "paragraph",
                         "position": [i % 3 for i in range(len(TEXTS) * 3)], "text": TEXTS * 3})
    out = find_mentions(segs, ner=False)
    assert len(out) > 20
    for row in out.itertuples():
        text = segs.set_index(["doc_id", "position"]).loc[(row.doc_id, row.position), "text"]
        assert row.surface == text[row.start:row.end]
    # every span summed to the same value: the check catches it and every span is sliced instead
    monkeypatch.setattr(pipeline, "_unit_weights", lambda: np.zeros(0x10000, dtype=np.uint64))
    again = find_mentions(segs, ner=False)
    pd.testing.assert_frame_equal(out, again)
