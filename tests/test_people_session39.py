"""people39 (session 24, second round): heldout25's error classes (development data since its blind run), the lead's
Egypt probe (probed_session39.txt) and the demo corpus."""
import pandas as pd

from marsad.mentions import find_mentions
from _people import person_rows as _people


def _countries(texts):
    segs = pd.DataFrame({"doc_id": "a", "section": "paragraph", "position": range(len(texts)), "text": texts})
    df = find_mentions(segs)
    df = df[df["entity_type"] == "country"]
    return list(zip(df["surface"], df["entity_id"]))


def test_the_own_names_of_the_palestinian_and_russian_agencies_are_no_country():
    # AL-internationalNews-1250-20180520 and -493-20180316 (heldout25): WAFA and RIA under their own Arabic names
    assert _countries(["وقالت وكالة الأنباء الفلسطينية (وفا) إن عباس دخل المستشفى."]) == []
    assert _countries(["من جهة أخرى، نقلت وكالة الإعلام الروسية عن سيرغي ريابكوف قوله إن موسكو سترد."]) == [
        ("موسكو", "RU")]


def test_a_nationality_adjective_in_a_description_of_an_agency_still_counts():
    assert _countries(["وقالت وكالة الأنباء الرسمية الفلسطينية إن الاجتماع انتهى."]) == [("الفلسطينية", "PS")]


def test_a_country_in_a_broadcasters_quoted_name_after_its_noun_is_no_country():
    # AL-internationalNews-493-20180316 (heldout25): the channel "Russia 24"
    assert _countries(["وفي مقابلة مع تلفزيون \"روسيا 24\"، اتهم ياكوفينكو لندن بالتضليل."]) == [("لندن", "GB")]
    # without the quotation marks the country stays
    assert ("روسيا", "RU") in _countries(["وبث التلفزيون في روسيا المقابلة كاملة."])
