"""Session 110 (events110): a relation noun as its clause's subject with a state predicate ("أن التعاون المشترك مع
تونس بلغ … مستوى رفيعا", "التعاون العسكري مع السودان ليس سريا", "اتسمت العلاقات بين البلدين …") is a standing
relation, not an act (markers.csv STANDING_SUBJECT, events.lexicon.standing_subjects). Composed sentences of other
pairs, with counter-examples: the noun governed by a verb ("بحث الجانبان التعاون"), an act after an amid-phrase, a
relation noun subject of an act verb not in the list ("أن العلاقات الدبلوماسية قطعت")."""
import datetime as dt

from conftest import paragraphs_corpus

from marsad.events import extract_events
from marsad.events import lexicon as lx
from marsad.lang.text import normalize

PUB = dt.date(2018, 4, 7)


def _subjects(text):
    n = normalize(text)
    return [m.group().strip() for m in lx.standing_subjects(n, 0, len(n))]


def _rows(text, focus, partner):
    table = extract_events(paragraphs_corpus([text], published=str(PUB)), focus=focus, partners=(partner,),
                           learned=False)
    return {(r["kind"], r["source"], r["target"], r["cameo_code"]) for r in table.to_dict("records")}


def _events(text, focus, partner):
    return {r for r in _rows(text, focus, partner) if r[0] == "event"}


def test_relation_noun_subject_is_a_standing_relation():
    assert _subjects("وأكد الوزير أن التعاون العسكري مع الأردن بلغ مستوى رفيعا.") == ["التعاون"]
    assert _subjects("مصر: التعاون الأمني مع الأردن ليس موجها ضد أحد") == ["التعاون"]
    assert _subjects("وقال إن العلاقات بين مصر والأردن تشهد تطورا مستمرا") == ["العلاقات"]
    assert _subjects("تتسم العلاقات بين مصر والأردن بالتقارب") == ["تتسم العلاقات"]
    assert _subjects("وأضاف أن الشراكة الوثيقة بين البلدين أخذت منحى جديدا") == ["الشراكه"]


def test_governed_relation_noun_or_act_predicate_is_not():
    assert _subjects("بحث الجانبان التعاون بين البلدين الذي بلغ مستوى رفيعا") == []
    assert _subjects("ووقع الوزيران اتفاقية تعاون بين مصر والأردن") == []
    assert _subjects("وقال إن العلاقات الدبلوماسية مع الأردن قطعت") == []
    assert _subjects("وأكد أن التعاون بين البلدين سيتعزز") == []
    assert _subjects("التعاون بين البلدين في ظل الأزمة") == []


def test_standing_clause_gives_no_event_but_a_background_row():
    text = "وأكد وزير الخارجية المصري أن التعاون العسكري بين مصر والأردن بلغ مستوى رفيعا."
    assert _events(text, "EG", "JO") == set()
    assert ("background", "EG", "JO", None) in _rows(text, "EG", "JO")
    text = "القاهرة: التعاون العسكري مع الأردن ليس سريا ولا يستهدف أحدا"
    assert _events(text, "EG", "JO") == set()


def test_acts_beside_it_stay():
    # the act in its own clause after the amid-phrase, the cue governed by a verb, an agreement signed
    assert _events("وسط التوتر، استدعت فرنسا السفير الجزائري.", "FR", "DZ") == {("event", "FR", "DZ", "111")}
    assert _events("وبحث الرئيس المصري مع العاهل الأردني التعاون العسكري بين البلدين.", "EG", "JO") == {
        ("event", "EG", "JO", "040"), ("event", "EG", "JO", "062")}
    assert _events("وقع وزير الخارجية المصري ونظيره الأردني اتفاقية للتعاون العسكري بين البلدين.", "EG", "JO") == {
        ("event", "EG", "JO", "057")}
