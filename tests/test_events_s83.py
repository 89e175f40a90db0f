"""Session 83 (events83): the carry mechanism of the learned detector — a sentence that names one side of the pair
while the sentence before it names the other becomes a candidate over the two sentences; off unless asked (or the
model's meta.json says so). Composed sentences."""
from __future__ import annotations

from conftest import no_event_rows, paragraphs_corpus
from marsad.events import learned


def _carried(texts, focus="RU", partner="VN"):
    return learned.carried_candidates(texts, focus=focus, partner=partner)


def test_the_other_side_in_the_sentence_before_makes_a_window_candidate():
    cands = _carried(["أعلنت الحكومة الفيتنامية عن خطة جديدة للطاقة. وقال الكرملين إنه سيدرسها بعناية."])
    assert [(c["source"], c["target"]) for c in cands] == [("RU", "VN"), ("VN", "RU")]
    c = cands[0]
    assert c["carried"] and c["sentence"].startswith("أعلنت الحكومة") and c["sentence"].endswith("بعناية.")
    assert {a[2] for a in c["actors"]} == {"RU", "VN"}
    # the actor spans are offsets in the window's normalised text
    assert all(c["norm"][a:b].strip() for a, b, _, _ in c["actors"])
    assert "carried" in learned.features(c)
    assert "carried" not in learned.features(learned.candidates("استقبل الرئيس الروسي نظيره الفيتنامي",
                                                                focus="RU", partner="VN")[0])


def test_the_sentence_before_may_be_the_last_of_the_previous_paragraph_or_the_title():
    cands = _carried(["هانوي تطلب قرضا", "ووافقت موسكو على الطلب أمس."])
    assert len(cands) == 2 and cands[0]["segment"] == 1 and cands[0]["sentence"].startswith("هانوي")
    # a paragraph naming neither side between them breaks the chain
    assert not _carried(["هانوي تطلب قرضا", "وارتفعت أسعار النفط أمس.", "ووافقت موسكو على الطلب."])


def test_no_window_when_the_sentence_names_both_sides_or_none_or_the_same_side_only():
    assert not _carried(["زار وزير الخارجية الفيتنامي موسكو. والتقى الرئيس الروسي نظيره الفيتنامي."])
    assert not _carried(["زار وزير الخارجية الفيتنامي البرازيل. وارتفعت أسعار الأرز."])
    assert not _carried(["قال الكرملين إن الزيارة ناجحة. وأكدت موسكو أنها ستواصل الحوار."])
    # another pair, the focus carried forward
    cands = _carried(["أعلنت باريس دعمها للخطة. ورحبت الحكومة الألمانية بالموقف."], focus="FR", partner="DE")
    assert len(cands) == 2


class _Model(learned.Model):
    """A stand-in model: every candidate an event of root 04 with probability 0.99."""

    def __init__(self, carry=None):
        meta = {"threshold": 0.5, "root_code": {"04": "040"}}
        if carry is not None:
            meta["carry"] = carry
        super().__init__([], {}, meta)

    @property
    def dense(self):
        return False

    def scores(self, feats, emb=None):
        return 0.99, "04", "reported"


def test_learned_events_scores_windows_only_when_carry_is_on():
    corpus = paragraphs_corpus(["وصل وفد فيتنامي رفيع إلى المطار صباح الاثنين.", "واستقبلته موسكو بحفاوة كبيرة."])
    kw = dict(focus="RU", partners=("VN",))
    assert len(learned.learned_events(corpus, no_event_rows(), model=_Model(), **kw)) == 0  # off by default
    assert len(learned.learned_events(corpus, no_event_rows(), model=_Model(carry=False), **kw)) == 0
    rows = learned.learned_events(corpus, no_event_rows(), model=_Model(), carry=True, **kw)
    assert len(rows) == 1
    row = rows.iloc[0]
    assert row["position"] == 1 and "فيتنامي" in row["sentence"] and "موسكو" in row["sentence"]
    assert len(learned.learned_events(corpus, no_event_rows(), model=_Model(carry=True), **kw)) == 1


def test_a_window_the_rules_already_have_a_row_on_is_skipped():
    corpus = paragraphs_corpus(["وصل وفد فيتنامي رفيع إلى المطار صباح الاثنين.", "واستقبلته موسكو بحفاوة كبيرة."])
    rules = no_event_rows()
    rules.loc[0, ["doc_id", "kind", "source", "target", "cameo_code", "sentence"]] = [
        "d1", "event", "VN", "RU", "042", "واستقبلته موسكو بحفاوة كبيرة."]
    assert len(learned.learned_events(corpus, rules, focus="RU", partners=("VN",), model=_Model(), carry=True)) == 0
