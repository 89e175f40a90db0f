"""Events, session 78 (events78): general constructions of the s42-mix error classes (session 75's blind part, read
after the lead's final run). Every sentence here is composed; Germany–Turkey is not a pair of s42-mix."""
from __future__ import annotations

from test_events import make_corpus

from marsad.events import extract_events

PUB = "2018-04-06"  # a Friday


def _rows(text, focus="DE", partner="TR", pub=PUB):
    ev = extract_events(make_corpus([("d1", pub, "src", [("paragraph", text)])]), focus=focus, partners=(partner,),
                        learned=False)
    ev = ev[ev["kind"] == "event"]
    return [[str(v) for v in r] for r in ev[["source", "target", "cameo_code"]].values.tolist()]


def test_ordered_to_leave_with_the_article_and_a_time_between():
    # "أمرت … السفير التركي بالمغادرة": the definite "بالمغادرة" is the order to leave as "بمغادرة" is (166), and the
    # subject and a time may stand between the verb and the envoy
    assert ["DE", "TR", "166"] in _rows("وأمرت ألمانيا السفير التركي بالمغادرة.")
    assert ["DE", "TR", "166"] in _rows("أمرت السلطات الألمانية في آذار/مارس الماضي سفير أنقرة بالمغادرة.")
    assert ["DE", "TR", "166"] in _rows("أمرت الحكومة الألمانية الأسبوع الماضي السفير التركي بالمغادرة خلال أسبوع.")
    assert ["DE", "TR", "166"] in _rows("أمرت ألمانيا الدبلوماسيين الأتراك بمغادرة البلاد.")
    # an order to one's own envoy to return is no expulsion; nor an order to others
    assert not any(r[2] == "166" for r in _rows("وأمرت ألمانيا سفيرها لدى تركيا بالعودة إلى برلين."))
    assert not any(r[2] == "166" for r in _rows("أمرت ألمانيا المواطنين بمغادرة المنطقة الحدودية مع تركيا."))


def test_criticism_directed_at_the_other_side_verb_first():
    # "وجه … انتقادات حادة لـ…" / "بعد توجيه … انتقادات … لـ…": criticism (111) of the side after ل, as the noun-first
    # "انتقادات وجهتها … لـ…" already is
    assert _rows("وجه الرئيس التركي انتقادات حادة لألمانيا.") == [["TR", "DE", "111"]]
    assert _rows("بعد توجيه الرئيس التركي انتقادات حادة لألمانيا.") == [["TR", "DE", "111"]]
    assert ["TR", "DE", "111"] in _rows("وكان أردوغان قد وجه انتقادات لاذعة لألمانيا ومستشارتها.")
    # criticism aimed at a third party (a group in the country, another leader) is no act on the country
    assert _rows("وجه الرئيس التركي انتقادات للمعارضة في ألمانيا.") == []
    assert _rows("وجه الرئيس التركي انتقادات لاذعة للرئيس الأمريكي بسبب ألمانيا.") == []


def test_a_ban_on_sending_workers_to_the_other_side():
    # a ban on one's own workers' travel to the other side is an embargo on it (163), as a ban on its goods is
    assert _rows("فرض الرئيس التركي في شباط/فبراير الماضي حظرا جزئيا على سفر العمال من بلاده إلى ألمانيا.") \
        == [["TR", "DE", "163"]]
    # a ban on travel to a third country, or a ban told without the other side, is none of the pair's
    assert _rows("فرض الرئيس التركي حظرا على سفر العمال إلى قطر بعد زيارة ألمانيا.") == []
