"""Events, session 69 (events69): general constructions of the s40-mix error classes. Every sentence here is
composed; the pairs are not those of the s40-mix texts the classes were read on."""
from __future__ import annotations

from test_events import make_corpus

from marsad.events import extract_events

PUB = "2018-06-25"


def _rows(text, focus="TR", partner="IR", published=PUB):
    ev = extract_events(make_corpus([("d1", published, "src", [("paragraph", text)])]), focus=focus, partners=(partner,))
    ev = ev[ev["kind"] == "event"]
    return ev[["source", "target", "cameo_code", "status"]].astype(str).values.tolist()


def test_a_gathering_named_by_its_capital_is_a_venue():
    # meetings named by the capitals they are held in: no event between the two states
    assert _rows("ويأتي اجتماع أنقرة بعدما أعلنت حكومة كينيا أن صبرها نفذ في اليوم الثاني من اجتماعات طهران.") == []
    assert _rows("ويأتي اجتماع أنقرة بعد اجتماعات طهران.") == []
    assert _rows("وتأتي مفاوضات القاهرة بعد أسبوع من محادثات الخرطوم.", focus="EG", partner="SD") == []


def test_the_capitals_as_the_parties_of_a_gathering_stay_events():
    # "talks of Ankara and Tehran": the two capitals are the parties
    assert ["TR", "IR", "040", "reported"] in _rows("وتأتي محادثات أنقرة وطهران بعد أشهر من التوتر بين البلدين.")
    assert ["TR", "IR", "040", "reported"] in _rows("عقدت أنقرة وطهران اجتماعا في العاصمة الإيرانية أمس.")


def _dated(text, focus="TR", partner="IR", published=PUB):
    ev = extract_events(make_corpus([("d1", published, "src", [("paragraph", text)])]), focus=focus, partners=(partner,))
    ev = ev[ev["kind"] == "event"]
    return sorted(ev[["source", "target", "cameo_code", "date_start", "precision"]].astype(str).values.tolist())


def test_a_second_act_after_a_comma_takes_its_own_date():
    # two visits of opposite directions in one sentence, each with its own month: two rows, each with its month
    assert _dated("وزار أردوغان طهران في مايو، وزار روحاني أنقرة في يونيو.") == [
        ["IR", "TR", "042", "2018-06-01", "month"], ["TR", "IR", "042", "2018-05-01", "month"]]
    assert _dated("وقد زار وزير الخارجية المصري السودان في أغسطس عام 2015، وقد زار وزير الخارجية السوداني مصر "
                  "في أكتوبر عام 2015.", focus="EG", partner="SD") == [
        ["EG", "SD", "042", "2015-08-01", "month"], ["SD", "EG", "042", "2015-10-01", "month"]]


def test_a_fronted_date_still_dates_the_act_after_the_comma():
    # the date before the comma is the act's when the act has none of its own after it
    assert _dated("في مايو الماضي، زار روحاني أنقرة.") == [["IR", "TR", "042", "2018-05-01", "month"]]
    # an act that does not open its comma phrase keeps the nearer date
    rows = _dated("أعلن مكتب أردوغان أنه غادر إلى طهران، مساء أمس الأحد، في أول زيارة إلى العاصمة الإيرانية منذ أن "
                  "أعلن موقفه من هناك في الرابع من نوفمبر الماضي.")
    assert all(r[3] == "2018-06-24" for r in rows if r[2].startswith("04"))
