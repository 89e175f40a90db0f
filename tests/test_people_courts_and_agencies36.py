"""people36: country rows of heldout23's false positives (development data since its blind run in session 34)."""
from _people import country_rows as _countries


def test_a_court_named_after_its_city_is_no_country_mention():
    # CN-middleEast-1321-20180908 (heldout23): the Cairo criminal court, not Egypt
    assert _countries(["أصدرت محكمة جنايات القاهرة، السبت، حكمها في القضية."]) == []
    # the Cairo court for urgent matters (already probed ANT text)
    assert _countries(["وقضت محكمة القاهرة للأمور المستعجلة بوقف القرار."]) == []
    # the capital elsewhere in the same sentence is still the country
    assert ("القاهرة", "EG") in _countries(["وقالت القاهرة إن محكمة جنايات الجيزة أجلت القضية."])


def test_irans_news_agency_under_its_own_name_is_no_country_mention():
    # CN-middleEast-1321-20180908 (heldout23): IRNA, as SPA's and Saba's own names are not
    assert _countries(["وفقا لما نقلته وكالة الأنباء الإيرانية (إرنا)."]) == []
    # a nationality adjective describing another state body still counts
    assert _countries(["وقالت وزارة الخارجية الإيرانية إن الاتفاق قائم."]) == [("الإيرانية", "IR")]
