"""Events, session 52 (events52): recall that should carry to unseen pairs, written from the development splits up to
s30-mix and from composed sentences (not from s31-mix … s35-mix, which serve as a pseudo-held-out check), and the loss
attribution's trace hook. Every sentence here is composed."""
from __future__ import annotations

from test_events import make_corpus, one

from marsad.events import actors, context
from marsad.events import extract as ex
from marsad.events import extract_events


def _rows(text, published="2018-08-15", focus="TR", partners=("QA",)):
    ev = one(text, published=published, focus=focus, partners=partners)
    return ev[["source", "target", "cameo_code", "status"]].astype(str).values.tolist()


def _doc_rows(paragraphs, published="2018-08-15", focus="TR", partners=("QA",)):
    ev = extract_events(make_corpus([("d1", published, "src", [("paragraph", p) for p in paragraphs])]),
                        focus=focus, partners=partners)
    ev = ev[ev["kind"] == "event"]
    return ev[["source", "target", "cameo_code", "status"]].astype(str).values.tolist()


# ------------------------------------------------------------------ a role's holder acts for its country all along
def test_a_person_named_after_a_role_acts_for_that_country_in_later_sentences():
    # composed: the spokesman first named with his role and the demonym (no commas), later by his surname alone
    assert _doc_rows(["قال المتحدث باسم الخارجية القطرية ماجد الأنصاري إن بلاده تدعم الاقتصاد.",
                      "وانتقد الأنصاري الحكومة التركية."]) == [["QA", "TR", "111", "reported"]]
    # composed: with commas and a surname with the article, then the full name again
    assert _doc_rows(["قال وزير الاقتصاد التركي، بيرات البيرق، إن بلاده تريد التعاون.",
                      "وأشاد بيرات البيرق بالحكومة القطرية."]) == [["TR", "QA", "051", "reported"]]


def test_a_surname_particle_belongs_to_the_surname():
    # composed: "لو مير" after "برونو"; a later "لو مير" acts for France
    assert _doc_rows(["وقال وزير المال الفرنسي برونو لو مير إن المحادثات ستستمر.",
                      "وانتقد لو مير الحكومة الألمانية."], focus="FR", partners=("DE",)) == [
        ["FR", "DE", "111", "reported"]]


def test_no_holder_without_a_known_first_name_or_with_a_frequent_word():
    # composed counter-examples: what follows the role is no name (a frequent word, an adjective, a connector)
    assert _doc_rows(["قال وزير الخارجية التركي خلال مؤتمر صحفي إن بلاده تريد التعاون.",
                      "وانتقد صحفي الحكومة القطرية."]) == []
    assert _doc_rows(["وظهر الرئيس التركي مبتهجا بابتسامة عريضة.", "وانتقدت عريضة الحكومة القطرية."]) == []
    assert _doc_rows(["التقى رئيس الوزراء التركي والرئيس الإيراني في أنقرة.",
                      "وانتقد الإيراني الحكومة القطرية."]) == []


def test_no_holder_for_a_demonym_month_or_first_name_surname():
    # composed: "منصور التركي" (a demonym as the surname), "تيريزا ماي" written otherwise (a month), "محمد خليفة"
    assert actors._holder_surname(ex.normalize(" منصور التركي، قال"), 0, _ctx()) is None
    assert actors._holder_surname(ex.normalize(" تريزا ماي قالت"), 0, _ctx()) is None
    assert actors._holder_surname(ex.normalize(" محمد خليفة قال"), 0, _ctx()) is None
    assert actors._holder_surname(ex.normalize(" ماجد الأنصاري إن"), 0, _ctx()) == ("الانصاري", "ماجد الانصاري")


def _ctx():
    from marsad.events import lexicon as lx

    regex, meta, keys = lx.actor_regex(("TR", "QA"))
    return context._Context("TR", ("QA",), regex, meta, keys["TR"], keys["QA"], {}, lambda t: True)


def test_the_introduction_itself_is_the_role_not_a_second_actor():
    # composed: the summoned ambassador's own name right after his role is no second actor of his side (the summons
    # keeps its direction)
    assert _doc_rows(["واستدعت وزارة الخارجية التركية السفير القطري ماجد الأنصاري الجمعة."]) == [
        ["TR", "QA", "111", "reported"]]


# ------------------------------------------------------------------ institutions of a country
def test_the_presidency_spokesmen_and_the_royal_court_are_their_state():
    assert _rows("وانتقدت الرئاسة التركية الحكومة القطرية.") == [["TR", "QA", "111", "reported"]]
    assert _rows("وانتقد الناطق باسم الحكومة القطرية الرئاسة التركية.") == [["QA", "TR", "111", "reported"]]
    assert _rows("وأشاد الديوان الملكي السعودي بالحكومة الكندية.", focus="SA", partners=("CA",)) == [
        ["SA", "CA", "051", "reported"]]


def test_a_minister_of_state_for_affairs_is_a_role_of_three_fillers():
    assert _rows("وانتقد وزير الدولة للشؤون الخارجية القطري الحكومة التركية.") == [["QA", "TR", "111", "reported"]]


def test_the_presidency_as_an_office_is_no_institution():
    # composed: the presidential election, the post of president: no actor (the denial stays the only row)
    assert _rows("نفى الرئيس الروسي أي تدخل لبلاده في انتخابات الرئاسة الأمريكية.", focus="RU",
                 partners=("US",)) == [["RU", "US", "016", "reported"]]
    assert _rows("وانتقد المرشح لمنصب الرئاسة التركية الحكومة القطرية.") == []


# ------------------------------------------------------------------ a rebuttal of the other side (111)
def test_replying_to_the_other_side_itself_is_criticism():
    assert _rows("وردت طهران على واشنطن في بيان شديد اللهجة.", focus="IR", partners=("US",)) == [
        ["IR", "US", "111", "reported"]]
    assert _rows("ورد وزير الخارجية الإيراني على تصريحات الرئيس الأمريكي.", focus="IR", partners=("US",)) == [
        ["IR", "US", "111", "reported"]]


def test_a_reply_by_an_act_a_question_or_of_citizens_is_no_rebuttal_row():
    # composed: the reply is the expulsion that follows (its own cue), a question about the other side, citizens
    assert ["RU", "GB", "111", "reported"] not in _rows("وردت موسكو على لندن بطرد 23 دبلوماسيا بريطانيا.",
                                                        focus="RU", partners=("GB",))
    assert _rows("ورد الوزير التركي على سؤال عن العلاقات مع قطر.") == []
    assert _rows("ورد الرئيس الأمريكي على أسئلة الصحفيين حول إيران.", focus="US", partners=("IR",)) == []
    assert _rows("الكنديون يردون على ترامب بحملة مقاطعة.", focus="US", partners=("CA",)) == []


# ------------------------------------------------------------------ the trace hook changes no row
def test_the_trace_hook_records_decisions_and_changes_no_row():
    corpus = make_corpus([("d1", "2018-08-15", "src", [("paragraph", "وانتقدت الرئاسة التركية الحكومة القطرية.")])])
    plain = extract_events(corpus, focus="TR", partners=("QA",))
    ex.TRACE = []
    try:
        traced = extract_events(corpus, focus="TR", partners=("QA",))
        trace = ex.TRACE
    finally:
        ex.TRACE = None
    assert plain.equals(traced)
    kinds = {e["ev"] for e in trace}
    assert {"document", "sentence", "cue", "mention"} <= kinds
    sent = next(e for e in trace if e["ev"] == "sentence")
    assert sent["codes"] == ["QA", "TR"]


def test_events_why_maps_the_gates_of_the_cue_loop():
    from marsad.training.events_why import _Gates, classify_gate

    g = _Gates()
    assert g.loop_span[0] and len(g.continue_lines) > 20
    assert any(k[0] == "ar" for k in g.text)
    assert classify_gate("_with_a_third(norm, src, tgt, actors, m, code) # a gathering of three") == "third party"
    assert g.gate([("se", min(g.continue_lines))]) is not None
    assert g.gate([]) is None
