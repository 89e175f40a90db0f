"""A sea named after a country and the adjective of a peninsula shared by two countries are regions, no country
mentions (the gold README's rules; real sentences of heldout19, development data since its blind run; the classes
read in the twenty-sixth session)."""

from conftest import surfaces_in


def test_the_south_china_sea_is_no_mention_of_china():
    text = ("وتصاعد التوتر بين البلدين بسبب الجزر المتنازع عليها في بحر الصين الجنوبي، حيث تطالب الصين بالسيادة على "
            "معظم أجزائه.")
    assert surfaces_in(text, "country") == [("الصين", "CN")]


def test_the_korean_peninsula_is_a_region():
    text = "وبحث الوزيران سبل خفض التوتر وتحقيق السلام في شبه الجزيرة الكورية، بحسب الخارجية السويدية."
    assert surfaces_in(text, "country") == [("السويدية", "SE")]


def test_a_korean_adjective_elsewhere_stays_a_country_mention():
    text = "وقال وزير الخارجية الكوري الشمالي إن بلاده مستعدة للحوار مع الجارة الجنوبية."
    assert surfaces_in(text, "country") == [("الكوري الشمالي", "KP")]
