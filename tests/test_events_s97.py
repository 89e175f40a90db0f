"""Events, session 97 (events97): the lead's act of the same root dates the body's undated retelling of it
(``training/events_dates.date_by_lead_act``, measured by time travel and NOT shipped: the events stage does not call
it; these tests keep the measured function what the documented numbers measured). Every sentence here is composed;
Spain–Morocco is not a pair of the texts the class was counted on."""
from __future__ import annotations

import pandas as pd

from test_events import make_corpus

from marsad.events import extract_events
from marsad.training import events_dates as D

# published Friday 6 April 2018: "الخميس" is Thursday 5 April
PUB = "2018-04-06"
# the lead tells the meeting (its day is the sentence's only date) and makes no dated row of it
LEAD = ("أكد وزير الخارجية الإسباني {} أن بلاده تتعامل مع الدول، وذلك في تعليقه على اللقاء الذي جمعه بنظيره المغربي "
        "في مدريد.")
# the body retells it in the pluperfect, after the formula "يذكر أن"
BODY = ("يذكر أن عدسات المصورين كانت قد التقطت لقاء حارا بين وزير الخارجية الإسباني ونظيره المغربي، "
        "تبادل خلاله الطرفان العناق.")


def _events(*paragraphs, focus="ES", partner="MA", new=True):
    """The stage's event rows of a one-document corpus, re-dated as the time travel re-dated them (``new``: with the
    measured pass; the stage itself never calls it)."""
    corpus = make_corpus([("d1", PUB, "src", [("paragraph", t) for t in paragraphs])])
    ev = extract_events(corpus, focus=focus, partners=(partner,), learned=False)
    rows = ev.to_dict("records")
    segs, pub = D.corpus_view(corpus)
    D.redate_pair(rows, segs, pub, D.pair_context(focus, partner), new=new)
    ev = pd.DataFrame(rows, columns=ev.columns)
    return ev[ev["kind"] == "event"]


def _lead_act(*paragraphs):
    """(cameo root, date_start) of the rows dated by this session's pass."""
    ev = _events(*paragraphs)
    return [(str(c)[:2], str(d)) for c, d, r in zip(ev["cameo_code"], ev["date_start"], ev["rule"].astype(str))
            if "lead-act:" in r]


def test_a_retelling_of_the_leads_act_takes_its_day():
    assert _lead_act(LEAD.format("الخميس"), BODY) == [("04", "2018-04-05")]
    # the events stage does not call the measured pass: its own rows keep the retelling undated
    stage = _events(LEAD.format("الخميس"), BODY, new=False)
    assert "before-publication" in set(stage["precision"]) and not any("lead-act:" in r for r in stage["rule"])
    # without the lead's day the retelling stays on or before publication
    assert not _lead_act(LEAD.format(""), BODY)
    ev = _events(LEAD.format(""), BODY)
    assert set(ev["precision"]) == {"before-publication"}


def test_the_lead_must_name_both_sides_and_one_news_day():
    for lead in (LEAD.format("الخميس").replace("المغربي", "الفرنسي"),          # a third state
                 LEAD.format("في 12 مارس"),                                # weeks before publication: not the news
                 LEAD.format("الخميس المقبل"),                              # after publication
                 LEAD.format("الخميس").replace("في مدريد", "في مدريد الاثنين"),  # two dates
                 "وكان وزير الخارجية الإسباني قد التقى نظيره المغربي الخميس في مدريد."):  # the lead in the pluperfect
        assert not _lead_act(lead, BODY), lead


def test_another_root_history_or_the_present_is_not_dated():
    lead = LEAD.format("الخميس")
    for body in ("وانتقدت إسبانيا المغرب بسبب ملف الهجرة.",                                  # another root
                 "يذكر أن عدسات المصورين كانت قد التقطت لقاء بين وزيري خارجية إسبانيا والمغرب في عام 2016.",  # history
                 "ويعقد وزيرا خارجية إسبانيا والمغرب لقاءات دورية لبحث ملف الهجرة."):              # the present
        assert not _lead_act(lead, body), body


def test_two_dated_acts_of_the_root_leave_the_retelling_undated():
    # another meeting of the pair dated on another day: which one the retelling tells cannot be known
    other = "والتقى رئيس الوزراء الإسباني العاهل المغربي الاثنين 2 أبريل في الرباط."
    assert not _lead_act(LEAD.format("الخميس"), other, BODY)
    assert _lead_act(LEAD.format("الخميس"), BODY) == [("04", "2018-04-05")]
