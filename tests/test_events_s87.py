"""Session 87 (events87): ``second`` — the learned detector may add a row on a sentence the rules covered when its row
differs from the rules' rows of the pair there (the other direction of a non-symmetric root, or another root with its
own cue word); off unless asked (or the model's meta.json says so). Composed sentences, stand-in models."""
from __future__ import annotations

import pandas as pd

from conftest import no_event_rows, paragraphs_corpus
from marsad.events import learned

# two acts in one sentence: Moscow condemned Hanoi's decision, then its president received the Vietnamese envoy
SENT = "أدانت موسكو قرار الحكومة الفيتنامية الأخير، ثم استقبل الرئيس الروسي المبعوث الفيتنامي في الكرملين."


class _Model(learned.Model):
    """A stand-in model: every candidate gets the given (probability, root) in the direction it prefers."""

    def __init__(self, root="04", prefer=("RU", "VN"), p=0.99, second=None):
        meta = {"threshold": 0.98, "root_code": {"04": "042", "11": "111", "12": "120"}, "symmetric_roots": ["04"]}
        if second is not None:
            meta["second"] = second
        super().__init__([], {}, meta)
        self._root, self._prefer, self._p = root, prefer, p

    @property
    def dense(self):
        return False

    def scores(self, feats, emb=None):
        mine = "sfocus:" + str(self._prefer[0] == "RU") in feats
        return (self._p if mine else self._p - 0.5), self._root, "reported"


def _rules(source="RU", target="VN", code="111", trigger="أدانت", sentence=SENT, symmetric=False):
    rows = no_event_rows()
    rows.loc[0, ["doc_id", "kind", "source", "target", "cameo_code", "sentence", "trigger", "symmetric"]] = [
        "d1", "event", source, target, code, sentence, trigger, symmetric]
    return rows


def _run(rules, model, **kw):
    return learned.learned_events(paragraphs_corpus([SENT]), rules, focus="RU", partners=("VN",), model=model, **kw)


def test_a_covered_sentence_is_skipped_unless_second_is_on():
    rules = _rules()
    assert len(_run(rules, _Model(root="04"))) == 0  # off by default
    assert len(_run(rules, _Model(root="04", second=False))) == 0
    rows = _run(rules, _Model(root="04"), second=True)
    assert [(r.source, r.target, r.cameo_code[:2]) for r in rows.itertuples()] == [("RU", "VN", "04")]
    assert len(_run(rules, _Model(root="04", second=True))) == 1  # meta.json may turn it on


def test_the_same_root_in_the_same_direction_adds_nothing():
    assert len(_run(_rules(), _Model(root="11"), second=True)) == 0


def test_the_other_direction_of_a_non_symmetric_root_is_added():
    rows = _run(_rules(), _Model(root="11", prefer=("VN", "RU")), second=True)
    assert [(r.source, r.target, r.cameo_code[:2]) for r in rows.itertuples()] == [("VN", "RU", "11")]


def test_the_other_direction_of_a_symmetric_root_is_the_same_event():
    rules = _rules(code="040", trigger="استقبل", symmetric=True)
    assert len(_run(rules, _Model(root="04", prefer=("VN", "RU")), second=True)) == 0


def test_another_root_needs_its_own_cue_word_not_the_rules_trigger():
    # the model reads the rules' own trigger (the reception, 04) as a condemnation (12): no cue of 12 in the sentence
    rules = _rules(code="042", trigger="استقبل", symmetric=True)
    assert len(_run(rules, _Model(root="12"), second=True)) == 0
    # a root whose only cue is the rules' trigger itself is a kind disagreement, not a second act
    one = "استقبل الرئيس الروسي المبعوث الفيتنامي في الكرملين."
    rows = learned.learned_events(paragraphs_corpus([one]), _rules(code="111", trigger="استقبل", sentence=one),
                                  focus="RU", partners=("VN",), model=_Model(root="04"), second=True)
    assert len(rows) == 0


def test_a_rules_row_of_the_same_root_and_direction_elsewhere_in_the_document_drops_the_row():
    other = "وكان الرئيس الروسي قد استقبل وزير الخارجية الفيتنامي في موسكو الشهر الماضي."
    rules = pd.concat([_rules(), _rules(code="042", trigger="استقبل", sentence=other, symmetric=True)],
                      ignore_index=True)
    corpus = paragraphs_corpus([SENT, other])
    rows = learned.learned_events(corpus, rules, focus="RU", partners=("VN",), model=_Model(root="04"), second=True)
    assert len(rows) == 0


def test_below_the_threshold_nothing_is_added():
    assert len(_run(_rules(), _Model(root="04", p=0.97), second=True)) == 0
