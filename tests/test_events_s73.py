"""Events, session 73 (events73): general date mechanisms counted over the development texts. Every sentence here is
composed; Germany–Turkey is not a pair of the development texts the classes were counted on."""
from __future__ import annotations

from test_events import make_corpus

from marsad.events import extract_events

# published Friday 6 April 2018
PUB = "2018-04-06"


def _events(*paragraphs, focus="DE", partner="TR", pub=PUB):
    segs = [("paragraph", t) for t in paragraphs]
    ev = extract_events(make_corpus([("d1", pub, "src", segs)]), focus=focus, partners=(partner,))
    return ev[ev["kind"] == "event"]


def _rows(*paragraphs, **kw):
    cols = ["source", "target", "cameo_code", "status", "precision", "date_start", "date_end"]
    return [["" if v is None or v != v else str(v) for v in row] for row in _events(*paragraphs, **kw)[cols].values.tolist()]


def test_n_days_ago_in_words_dates_the_act():
    # the dual and the counted words are "ago" as digits are ("منذ 3 أيام"), not "since": the act noun of the relative
    # clause takes the day two days before publication, not the frame's "اليوم الجمعة"
    call = ("رفضت المستشارة الألمانية اليوم الجمعة الكشف عن فحوى المكالمة الهاتفية التي جمعتها بالرئيس التركي "
            "منذ يومين.")
    assert ["DE", "TR", "041", "reported", "day", "2018-04-04", "2018-04-04"] in _rows(call)
    for ago, day in (("منذ ثلاثة أيام", "2018-04-03"), ("منذ 3 أيام", "2018-04-03"), ("قبل يومين", "2018-04-04")):
        assert _rows(f"التقى وزير الخارجية الألماني نظيره التركي {ago} في برلين.") == [
            ["DE", "TR", "040", "reported", "day", day, day]], ago
    weeks = _rows("التقى وزير الخارجية الألماني نظيره التركي قبل أسبوعين في برلين.")
    assert weeks and weeks[0][4] == "week" and weeks[0][5] <= "2018-03-23" <= weeks[0][6]


def test_n_days_before_another_act_a_weekday_or_years_are_not_ago():
    # "قبل يومين من القمة": two days before another act, not before publication
    rows = _rows("طردت ألمانيا أربعة دبلوماسيين أتراك قبل يومين من القمة.")
    assert ["DE", "TR", "166", "reported", "before-publication", "", "2018-04-06"] in rows
    # "منذ يوم الاثنين": since a weekday; "منذ عامين": a duration of years
    for since in ("منذ يوم الاثنين", "منذ عامين"):
        assert not any(r[5] and r[5] < "2018-04-01" and r[4] == "day" for r in _rows(
            f"وتجمد ألمانيا صادرات السلاح إلى تركيا {since}.")), since



def test_a_headline_plan_takes_the_lead_day_when_the_lead_names_both_sides():
    # a plan is dated by the day it is made known (the gold's convention, the stage's made-known rule in a sentence):
    # a headline plan with no date of its own takes the day of a lead that names both sides (session 68's headline
    # rule, for reported and denied rows, now for plans too)
    head = ("title", "ميركل ستزور تركيا")
    rows = _rows_of([head, ("paragraph", "وقعت ألمانيا وتركيا الخميس اتفاقية للتعاون الاقتصادي في برلين.")])
    assert ["title", "DE", "TR", "036", "intent", "day", "2018-04-05", "2018-04-05"] in rows
    # a lead that names one side only tells another plan or act; a lead with no day gives none
    for lead in ("وقعت ألمانيا وإيطاليا الخميس اتفاقية للتعاون الاقتصادي في برلين.",
                 "أعلنت الحكومة الألمانية الخميس أن المستشارة ستقوم بجولة في المنطقة.",
                 "وقعت ألمانيا وتركيا اتفاقية للتعاون الاقتصادي في برلين."):
        rows = _rows_of([head, ("paragraph", lead)])
        assert [r[4:6] for r in rows if r[0] == "title"] == [["intent", "before-publication"]], lead


def _rows_of(segments, focus="DE", partner="TR"):
    ev = extract_events(make_corpus([("d1", PUB, "src", segments)]), focus=focus, partners=(partner,))
    ev = ev[ev["kind"] == "event"]
    return ev[["section", "source", "target", "cameo_code", "status", "precision", "date_start", "date_end"]] \
        .astype(str).values.tolist()


def test_the_answer_of_an_unreal_condition_is_no_event():
    # "لو كان … ، لقام باستدعاء السفير": what would have been done was not done (no row, not a hypothetical one)
    assert _rows("وقال زعيم حزب معارض ألماني إنه لو كان مستشارا لألمانيا، لقام باستدعاء السفير التركي في برلين.") == []
    # the condition's own act gives no row either since session 118 (Q′: a condition's act is no event; it was a
    # hypothetical 055 before); the act done, "ولو كان ذلك متأخرا" after it and a name's "لو" keep their rows
    rows = _rows("وقال وزير الخارجية الألماني إنه لو لم تعتذر أنقرة، لقامت ألمانيا باستدعاء السفير التركي في برلين.")
    assert [r[2:4] for r in rows] == []
    for done in ("استدعت ألمانيا السفير التركي، ولو كان ذلك متأخرا.",
                 "قال وزير الاقتصاد الفرنسي برونو لو مير إن ألمانيا استدعت السفير التركي."):
        assert [r[2:4] for r in _rows(done)] == [["111", "reported"]], done


def test_a_date_in_a_relative_clause_on_a_noun_after_the_act_is_that_clause_s():
    # "… من الرسوم التي دخلت حيز التنفيذ الخميس": the tariffs' entry into force, not the refusal's day
    rows = _rows("ودخلت برلين وأنقرة في سجال بعدما رفضت ألمانيا إعفاء تركيا من الرسوم التي دخلت حيز التنفيذ الخميس.")
    assert [r[2:6] for r in rows] == [["120", "reported", "before-publication", ""]]
    # the day of the act itself, the day of the other side named in a relative clause without a preposition, the
    # day of a gathering the act is done at, and a day after the clause's comma are kept
    assert [r[4:6] for r in _rows("ودخلت برلين وأنقرة في سجال بعدما رفضت ألمانيا الخميس إعفاء تركيا من الرسوم.")] \
        == [["day", "2018-04-05"]]
    for kept in ("التقى وزير الخارجية الألماني نظيره التركي الذي وصل إلى برلين الخميس.",
                 "دعا وزير الخارجية الألماني نظيره التركي لزيارة برلين خلال القمة التي جمعتهما في روما الخميس.",
                 "فرضت ألمانيا عقوبات على تركيا بسبب الهجمات التي وقعت في مارس، الخميس."):
        assert [r[5] for r in _rows(kept)] == ["2018-04-05"], kept
