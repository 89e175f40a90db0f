"""people34: knowledge-base aliases are short forms safe on their own; a title with a nationality adjective
(العاهل المغربي) is no alias of the king (the adjective is a country mention, the title no person, as the gold's
العاهل السعودي), and a surname that is also a word of the language (لمجرد, 'just because') is a partial name,
licensed by the full name in the document."""
import pandas as pd

from marsad.mentions import find_mentions


def _rows(texts):
    segs = pd.DataFrame({"doc_id": "a", "section": "paragraph", "position": range(len(texts)), "text": texts})
    return [(r.surface, r.entity_id) for r in find_mentions(segs).itertuples()]


def test_the_moroccan_monarch_as_a_title_is_a_country_mention_not_the_king():
    # an already-probed ANT article: 'the Moroccan monarch's letter to the UN Secretary-General'
    rows = _rows(["كما نتوقف عند رسالة العاهل المغربي للأمين العام للأمم المتحدة."])
    assert ("المغربي", "MA") in rows and not any(e == "Q57553" for _s, e in rows)
    # the king named after the title stays the king, the adjective its own country mention
    assert _rows(["استقبل العاهل المغربي محمد السادس الوفد"]) == [("المغربي", "MA"), ("محمد السادس", "Q57553")]


def test_lamjarred_alone_needs_his_full_name_in_the_document():
    # Al Arabiya sport (already probed): 'just because we led them' names nobody
    assert not any(e == "person:saad-lamjarred" for _s, e in _rows(
        ["لا يصح أن نحقر من البرتغال ورونالدو، لمجرد أننا تقدمنا عليهم."]))
    rows = _rows(["أطلق الفنان المغربي سعد لمجرد أغنية جديدة.",
                  "ووجهت السلطات الفرنسية إلى لمجرد، البالغ 32 عاما، تهمة."])
    assert [s for s, e in rows if e == "person:saad-lamjarred"] == ["سعد لمجرد", "لمجرد"]
