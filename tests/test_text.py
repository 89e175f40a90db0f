import pytest

from marsad.lang.text import is_arabic, normalize, normalize_map, strip_controls, tokenize


@pytest.mark.parametrize(
    "original, expected",
    [
        ("أحمد", "احمد"),
        ("إسرائيل", "اسرائيل"),
        ("آسيا", "اسيا"),
        ("فتوى", "فتوي"),
        ("الزكاة", "الزكاه"),
        ("حِينَ تُخْتَبَرُ الْفِكْرَةُ", "حين تختبر الفكره"),
        ("العـــربية", "العربيه"),
        ("١٩٥٠", "1950"),
        ("a\u00a0b", "a b"),
        ("ﻻ", "لا"),
        ("\u202eabc\u202c", "abc"),
    ],
)
def test_normalize(original, expected):
    assert normalize(original) == expected


def test_normalize_empty():
    assert normalize("") == ""


def test_normalize_map_points_back_to_original():
    text = "قال الرَّئِيسُ: ﻻ، ثم بوتين"
    norm, offsets = normalize_map(text)
    assert len(offsets) == len(norm) + 1
    i = norm.index("بوتين")
    j = i + len("بوتين")
    assert text[offsets[i]: offsets[j - 1] + 1] == "بوتين"
    k = norm.index("الرئيس")
    assert text[offsets[k]: offsets[k + len("الرئيس")]] == "الرَّئِيسُ"


def test_normalize_map_identity_when_nothing_changes():
    norm, offsets = normalize_map("روسيا")
    assert norm == "روسيا"
    assert list(offsets) == [0, 1, 2, 3, 4, 5]


def test_tokenize_splits_arabic_comma():
    assert tokenize("وبوتين، لروسيا") == ["وبوتين", "،", "لروسيا"]


def test_is_arabic():
    assert is_arabic("كيم وبوتين Reuters")
    assert not is_arabic("Reuters AFP")


def test_strip_controls():
    assert strip_controls("a\u202eb\u200fc") == "abc"
