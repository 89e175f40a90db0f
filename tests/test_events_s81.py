"""Session 81 (events81): the learned detector's whose-act filter (a third state named first in the pair's clause)
and the pre-registered choice over (threshold, filter) settings by time travel; composed sentences."""
from __future__ import annotations

from conftest import no_event_rows, paragraphs_corpus
from marsad.events import learned
from marsad.training import events_travel as tt


def _first(text, focus="RU", partner="VN"):
    cands = learned.candidates(text, focus=focus, partner=partner)
    assert cands, text
    return learned.third_first(cands[0])


def test_a_third_state_that_acts_first_in_the_clause_is_caught():
    # a third state's leader, its capital, its name, as the subject before both sides
    assert _first("بحث الرئيس الصيني هاتفيا مع الرئيس الروسي ونظيره الفيتنامي الوضع في بحر الصين")
    assert _first("استضافت بكين أمس وزيري خارجية روسيا وفيتنام لبحث ملف الطاقة")
    assert _first("وأرسلت اليابان رسائل إلى موسكو وهانوي بشأن الصيد", partner="VN")
    # another pair
    assert _first("هاتف رئيس الوزراء الهندي المستشارة الألمانية ثم الرئيس الفرنسي", focus="FR", partner="DE")


def test_the_pair_first_a_teller_or_a_venue_is_not_a_third_state_acting():
    # the pair's own actor comes first in the clause
    assert not _first("استقبل الرئيس الروسي نظيره الفيتنامي بحضور وزير الخارجية الصيني")
    # a third state only tells the pair's act (a complementizer between)
    assert not _first("قال وزير الخارجية الياباني إن روسيا وفيتنام وقعتا اتفاقية للنفط")
    # a venue
    assert not _first("اجتمع في الصين وزيرا خارجية روسيا وفيتنام")
    # no third state at all
    assert not _first("وقعت روسيا وفيتنام اتفاقية للتعاون في مجال الطاقة")
    # a third state in another clause before the pair's clause
    assert not _first("انتقدت الصين القرار، بينما استقبل الرئيس الروسي نظيره الفيتنامي")


def test_the_pair_name_inside_a_longer_third_name_is_the_pair():
    # "كوريا" of North Korea is the partner, not South Korea named first
    assert not _first("أرسلت كوريا الشمالية وفدا إلى موسكو", partner="KP")


class _Model(learned.Model):
    """A stand-in model: every candidate an event of root 04 with the given probability."""

    def __init__(self, p):
        super().__init__([], {}, {"threshold": 0.5, "root_code": {"04": "040"}})
        self.p = p

    @property
    def dense(self):
        return False

    def scores(self, feats, emb=None):
        return self.p, "04", "reported"


def test_learned_events_drops_the_third_states_rows_only_when_asked():
    corpus = paragraphs_corpus(["بحث الرئيس الصيني هاتفيا مع الرئيس الروسي ونظيره الفيتنامي الوضع في المنطقة."])
    kw = dict(focus="RU", partners=("VN",), model=_Model(0.9))
    assert len(learned.learned_events(corpus, no_event_rows(), **kw)) == 1  # the model's meta: off
    assert len(learned.learned_events(corpus, no_event_rows(), whose_act=True, **kw)) == 0
    assert len(learned.learned_events(corpus, no_event_rows(), threshold=0.95, **kw)) == 0
    on = _Model(0.9)
    on.meta["whose_act"] = True
    assert len(learned.learned_events(corpus, no_event_rows(), focus="RU", partners=("VN",), model=on)) == 0
    # the next candidate of the same pair and root takes the dropped one's place
    two = paragraphs_corpus(["بحث الرئيس الصيني هاتفيا مع الرئيس الروسي ونظيره الفيتنامي الوضع في المنطقة.",
                             "والتقى الرئيس الروسي نظيره الفيتنامي في موسكو."])
    rows = learned.learned_events(two, no_event_rows(), whose_act=True, **kw)
    assert len(rows) == 1 and "موسكو" in rows["sentence"].iloc[0]


def _row(system, p, gold, r_date, neg):
    return {"system": system, "P_actors": p / system if system else float("nan"), "gold": gold,
            "R_actors": p / gold, "R_date": r_date / gold, "negatives_hit": neg, "negatives": 20}


def test_the_choice_takes_the_best_eligible_setting_and_breaks_ties_upwards():
    rules = _row(10, 8, 40, 10, 1)
    by = {
        (0.98, False): {"a": {"rules": rules, "learned": _row(12, 10, 40, 11, 1)}},  # +1, 2/2
        (0.98, True): {"a": {"rules": rules, "learned": _row(12, 10, 40, 11, 1)}},   # the same: tie, no filter wins
        (0.9, False): {"a": {"rules": rules, "learned": _row(20, 16, 40, 14, 2)}},   # +4, 8/10 < 0.85
        (0.9, True): {"a": {"rules": rules, "learned": _row(16, 14, 40, 13, 4)}},    # +3, 6/6 but no-event hits +3
        (0.8, True): {"a": {"rules": rules, "learned": _row(17, 14, 40, 12, 3)}},    # +2, 6/7 = 0.857, hits +2
        (0.95, False): {"a": {"rules": rules, "learned": _row(16, 13, 40, 12, 1)}},  # +2, 5/6 < 0.85
        (0.7, False): {"a": {"rules": rules, "learned": rules}},                     # nothing added: not eligible
    }
    best, table = tt.choose(by, ["a"])
    assert best == (0.8, True)
    by[(0.95, True)] = {"a": {"rules": rules, "learned": _row(14, 12, 40, 12, 1)}}  # +2, 4/4: ties with 0.8
    assert tt.choose(by, ["a"])[0] == (0.95, True)
    assert tt.choose({(0.9, False): by[(0.9, False)]}, ["a"])[0] is None
    assert table[(0.9, False)]["added_rows"] == 10 and table[(0.9, False)]["added_right"] == 8


def test_the_grid_is_the_pre_registered_one_and_the_check_part_never_decides():
    assert tt.GRID == tuple((t, w) for t in (0.98, 0.95, 0.9, 0.8, 0.7) for w in (False, True))
    assert "s42-mix" in tt.PARTS and "s42-mix" not in tt.DECIDING
    assert tt.train_splits("s42-mix")[-1] == "s41-mix"
