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
        ("\u0672نّ \u0673ذا", "ان اذا"),  # alef with a wavy hamza above / below, typed for أ / إ
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


def test_shipped_normalization_table_is_what_camel_tools_computes():
    """``normalize`` applies a shipped table (so it never imports CAMeL Tools, whose import alone costs a second);
    the table must stay what the installed CAMeL Tools' normalisers give. On a failure after an upgrade, rebuild it:
    ``python -c "from marsad.lang.text import write_normalization_table as w; w()"``."""
    from marsad.lang import text

    assert text._table() == text.build_normalization_table()
    assert text._table()[0x0623] == "ا" and text._table()[0x064E] == "" and text._table()[0x06F5] == "5"


def test_normalizing_and_the_word_lists_do_not_import_camel_tools():
    import subprocess
    import sys

    code = ("import sys; import marsad.mentions.kb, marsad.dates.timex; from marsad.lang import normalize; "
            "assert normalize('أَحمد') == 'احمد'; print('camel_tools' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_raw_forms_are_the_letters_normalisation_folds():
    from marsad.lang.text import normalize, raw_forms

    forms = raw_forms()
    assert {k: set(v) for k, v in forms.items()} == {"ا": set("اأإآ"), "ي": set("يى"), "ه": set("هة")}
    assert all(normalize(raw) == letter for letter, raws in forms.items() for raw in raws)
