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
