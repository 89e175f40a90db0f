"""Countries inside the quoted name of a venue and in a bid named after a country and a year (people27, second
round on heldout20: ملعب "سانتياغو برنابيو" read as Chile's capital, ملف "قطر 2022" as Qatar)."""
import pandas as pd

from marsad.mentions import find_mentions
from conftest import regex_recognizer


def _countries(text):
    segs = pd.DataFrame({"doc_id": ["a"], "section": "paragraph", "position": 0, "text": [text]})
    df = find_mentions(segs, recognizer=regex_recognizer(r"ززز"))
    return list(df[df["entity_type"] == "country"]["surface"])


def test_a_capital_opening_a_quoted_stadium_name_is_no_country():
    got = _countries('وفاز ريال مدريد على باريس سان جيرمان على أرضية ملعب "سانتياغو برنابيو" ضمن مباريات دوري الأبطال')
    assert "سانتياغو" not in got


def test_a_capital_after_a_stadium_word_without_quotes_stays():
    assert "سانتياغو" in _countries("وصل المنتخب إلى سانتياغو أمس، وتدرب على ملعب المدينة")


def test_a_country_and_a_year_after_bid_is_no_country():
    assert "قطر" not in _countries('وانضم لاعب برشلونة السابق ومستشار ملف "قطر 2022" إلى الفريق')
    assert "المغرب" not in _countries("وقدم ملف المغرب 2026 لاستضافة كأس العالم")


def test_a_country_file_without_a_year_stays():
    assert "سوريا" in _countries("وناقش الوزيران ملف سوريا والأزمة الإنسانية")
