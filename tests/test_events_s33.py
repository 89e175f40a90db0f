"""Events, session 33 (second round of the twenty-first session): rules read on the development split s26-mix and on the
lead's probe of 60 unannotated Russia–partner articles (probed_s33.txt).

Every sentence is real news (the document named in the comment) or a minimal variant of one, marked as such."""
from __future__ import annotations

from test_events import one


def _pairs(ev):
    return ev[["source", "target", "cameo_code"]].values.tolist()


# ------------------------------------------------------------------ reaching an agreement
def test_reached_an_agreement_is_an_agreement_of_the_pair():
    # France24 (2018-07-09, probe): "توصلت أنقرة وموسكو إلى اتفاق" gave nothing while "اتفقت"/"وقعت" did
    ev = one("وتوصلت أنقرة وموسكو إلى اتفاق بشأن شراء تركيا منظومة صواريخ إس-400 الروسية التي لا تتماشى مع منظومة "
             "الدفاع الخاصة بالحلف شمال الأطلسي.", published="2018-07-09", focus="RU", partners=("TR",))
    assert sorted(ev["cameo_code"]) == ["057"] and set(ev["source"]) | set(ev["target"]) == {"RU", "TR"}
    # variant of the lead's probe sentence
    ev = one("توصلت روسيا وتركيا إلى اتفاق لوقف إطلاق النار في إدلب.", published="2018-07-09", focus="RU",
             partners=("TR",))
    assert _pairs(ev) == [["RU", "TR", "057"]] and ev.iloc[0]["status"] == "reported"


def test_seeking_to_reach_an_agreement_is_no_agreement():
    # Al Arabiya (2018-07-06, negatives): the noun "التوصل إلى" after a verb of effort is an aim, not an act
    ev = one("وقال إن ألمانيا، بالإضافة إلى روسيا والصين، تعمل على التوصل إلى آلية مالية مع إيران.",
             published="2018-07-06", focus="RU", partners=("DE",))
    assert "057" not in set(ev["cameo_code"])
