"""perf38: the trophy gate's nouns match only where they end a word (before a space of the normalised text)."""
import numpy as np

from marsad.mentions import pipeline
from marsad.mentions.matcher import JOIN
from marsad.mentions.offsets import originals
from marsad.mentions.partial_names import _TROPHY_REACH, trophy_names


def _gate(texts, rows):
    orig = originals(JOIN.join(["", *texts, ""]), texts, len(JOIN))
    k = np.array([r[0] for r in rows], dtype=np.int64)
    at = np.array([r[1] for r in rows], dtype=np.int64)
    return pipeline._rows_holding(orig, k, pipeline._trophy_nouns(), at, _TROPHY_REACH,
                                  pipeline._trophy_longest()).tolist()


def test_a_noun_that_ends_its_word_lets_the_row_through_one_inside_a_word_does_not():
    texts = ["فاز بكأس محمد صلاح", "نقل إلى مستشفى شارل نيكول", "زار حي خالد بن الوليد",
             "قال في صحيفة محمد صلاح", "زار مستشفيات محمد صلاح", "قال الصحي محمد"]
    at = [t.index(w) for t, w in zip(texts, ["محمد", "شارل", "خالد", "محمد", "محمد", "محمد"])]
    rows = list(enumerate(at))
    # (the first three: a noun, with a proclitic or alone, right before the name; then حي and مستشفى inside a longer
    # word, which no word of trophy_names is; الصحي ends with حي, which the gate cannot tell from حي: let through)
    assert _gate(texts, rows) == [True, True, True, False, False, True]
    flagged = trophy_names(texts, [(k, s, len(texts[k])) for k, s in rows])  # (حي: before a name of two words)
    assert flagged == [0, 1, 2]


def test_diacritics_tatweel_and_tabs_after_a_noun_keep_it_a_word_end():
    # normalisation deletes the marks after the noun (كأسِ، كأسـ), a tab is a separator: a space in the gate's text
    texts = ["فاز بكأسِ الملك سلمان", "فاز بكأســـ الملك سلمان", "فاز بكأس\tالملك سلمان", "فاز بكأسات الملك سلمان"]
    rows = [(i, t.index("سلمان")) for i, t in enumerate(texts)]
    gate = _gate(texts, rows)
    flagged = trophy_names(texts, [(k, s, s + 5) for k, s in rows])
    assert gate[:3] == [True, True, True] and gate[3] is False
    assert all(gate[i] for i in flagged) and flagged[:1] == [0]


def test_every_row_trophy_names_flags_is_let_through_on_composed_texts():
    words = ["كأس", "بكـأسِ", "لجائزة", "بطولة", "دورة", "الملك", "الرئيس", "المصري", "سلمان", "عبد", "العزيز",
             "مستشفى", "المستشفى", "الجامعي", "مستشفيات", "صحيفة", "حي", "الحي", "نهج", "على", "ملعب", "الكرة", "في",
             "كأسكأس", "ـــ", "😀", "،", "\t", "ﻷ", "مُحَمَّدٌ", "شارل"]
    rng = np.random.default_rng(38)
    texts = [" ".join(rng.choice(words, int(rng.integers(0, 30)))) for _ in range(400)]
    kept = flagged_n = 0
    for _ in range(20):
        k = np.sort(rng.integers(0, len(texts), 80))
        at = [int(rng.integers(0, len(texts[i]) + 1)) for i in k.tolist()]
        gate = _gate(texts, list(zip(k.tolist(), at)))
        flagged = trophy_names(texts, [(ki, s, min(len(texts[ki]), s + 8)) for ki, s in zip(k.tolist(), at)])
        assert all(gate[i] for i in flagged)
        kept += sum(gate)
        flagged_n += len(flagged)
    assert 0 < flagged_n < kept < 20 * 80  # (the gate leaves rows out and the test flags some)
