"""people94 (session 39): a capital named as a region of its own country, right after a region noun (ريف دمشق, the
Rif Dimashq governorate; غوطة دمشق; ولاية الخرطوم; محافظة القاهرة), is the region's name and holds no country mention,
by the gold README's rule written for heldout40 and heldout43; the same capital named as the city (في دمشق، دمشق
وريفها), after a direction (شمال الخرطوم) or after a region noun that names no place (ولاية ترامب) is unchanged."""
from conftest import mention_rows


def _rows(texts, typ="country"):
    return mention_rows(texts, typ)


def test_a_capital_after_a_region_noun_is_the_region_not_the_country():
    rows = _rows(["وقتل خمسة مدنيين في قصف على بلدة في ريف دمشق الجنوبي.",
                  "وتواصل القوات الحكومية هجومها على الغوطة الشرقية في غوطة دمشق منذ أسبوعين.",
                  "وأعلنت السلطات في ولاية الخرطوم إغلاق المدارس.",
                  "وقال محافظ الإقليم إن الأمطار غمرت أحياء بمحافظة القاهرة أمس.",
                  "ونقل الجرحى إلى مستشفيات لريف دمشق."])
    assert rows == []


def test_the_capital_as_a_city_or_after_other_words_still_counts():
    rows = _rows(["وقال مسؤول في دمشق إن الحكومة تسيطر على دمشق وريفها.",
                  "وتقع مدينة بحري شمال الخرطوم على النيل.",
                  "وفي بداية ولاية ترامب زار القاهرة وزير الخارجية."])
    assert [(r[0], r[1], r[2]) for r in rows] == [(0, "دمشق", "SY"), (0, "دمشق", "SY"), (1, "الخرطوم", "SD"),
                                                  (2, "القاهرة", "EG")]


def test_a_country_word_inside_a_works_quoted_title_is_no_mention():
    rows = _rows(['وقال وزير الخارجية البريطاني لبرنامج "صباح الخير بريطانيا" إن الحكومة سترد.',
                  'وغنى الجمهور أغنية "الملك المصري" في الملعب.',
                  'ويعرض مسلسل "أبو عمر المصري" في رمضان.',
                  'وأصدر الكاتب كتابه "جحا العربي" العام الماضي.',
                  'وحصدت روايتها "صيف في فرنسا" جائزة.'])
    assert [(r[0], r[1]) for r in rows] == [(0, "البريطاني")]


def test_a_country_word_outside_a_works_title_still_counts():
    rows = _rows(['وقال لبرنامج "ستون دقيقة" الأمريكي إن الاتفاق انتهى.',
                  'وقال الوزير "إن فرنسا لن تتراجع" أمس.',
                  'وعرض فيلم مصري عن حرب اليمن في مهرجان.',
                  'وأصدر كتابا عن مصر بعنوان "الثورة".'])
    assert [(r[0], r[1]) for r in rows] == [(0, "الأمريكي"), (1, "فرنسا"), (2, "مصري"), (2, "اليمن"), (3, "مصر")]
