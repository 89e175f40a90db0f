"""Events, session 37 (the twenty-third session): recall and date classes of blind-s27 (now the development split
s27-mix) and of the lead's probe, each a general rule.

Every sentence is real news (the document named in the comment) or a minimal variant of one, marked as such."""
from __future__ import annotations

from test_events import one


def _rows(ev):
    return ev[["source", "target", "cameo_code", "status", "date_start", "date_end", "precision"]].values.tolist()


# ------------------------------------------------------------------ dates
def test_a_war_and_its_decade_do_not_date_the_visit():
    # Al Arabiya AL-internationalNews-1847 (2018-07-07): "الحرب الكورية في الخمسينات" is the war's time
    ev = one("ونقل تقرير مجمع للصحافيين المرافقين لوزير الخارجية الأميركي، مايك بومبيو، في ثاني أيام زيارته لبيونغ "
             "يانغ عن المتحدثة باسم الخارجية الأميركية، هيذر ناورت، قولها إن مباحثات بومبيو مع المسؤولين الكوريين "
             "الشماليين تضمنت إعادة رفات الأميركيين الذين لقوا حتفهم في الحرب الكورية في الخمسينات، بالإضافة إلى "
             "قضايا نزع السلاح النووي.", published="2018-07-07", focus="US", partners=("KP",))
    rows = _rows(ev)
    assert rows and all(r[4] is None or not str(r[4]).startswith("195") for r in rows)
    # "في ثاني أيام زيارته": the visit began the day before the report
    assert rows[0][:2] == ["US", "KP"] and rows[0][4:] == ["2018-07-06", "2018-07-07", "approximate"]


def test_a_decade_without_a_war_still_dates_the_act():
    # control (minimal variant): a decade that is the act's own time
    ev = one("وقدم الاتحاد السوفيتي مساعدات عسكرية لكوريا الشمالية في الخمسينات.", published="2018-07-07",
             focus="RU", partners=("KP",))
    assert _rows(ev)[0][4:] == ["1950-01-01", "1959-12-31", "decade"]


def test_a_span_from_another_act_is_not_a_day_after_the_news():
    # CNN CN-middleEast-476 (2018-04-04): "بعد يوم فقط من مكالمة … الإثنين" - the call is Monday's, not tomorrow's
    ev = one("ويأتي هذا بعد يوم فقط من مكالمة هاتفية جمعت بين ترامب والعاهل السعودي الملك سلمان بن عبد العزيز، "
             "الإثنين، ناقشا فيها عدة قضايا.", published="2018-04-04", focus="US", partners=("SA",))
    rows = _rows(ev)
    assert rows[0][:4] == ["US", "SA", "041", "reported"] and rows[0][4:] == ["2018-04-02", "2018-04-02", "day"]
