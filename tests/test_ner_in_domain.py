"""In-domain NER training data from the people gold set: which splits may train it, gold tags, silver merge."""
from __future__ import annotations

import pytest

from marsad.training import ner as ner_train


def test_only_the_hard_coded_development_splits_may_train():
    assert ner_train.PEOPLE_SPLITS[0] == "tuning"
    assert ner_train.PEOPLE_SPLITS[1:] == tuple(f"heldout{k}" for k in range(1, 33))
    for blind in ("heldout33", "heldout34", "heldout35", "heldout36", "heldout37", "heldout38", "heldout39", "heldout40", "heldout41", "heldout42", "heldout43", "heldout44", "heldout45", "heldout46", "heldout47", "heldout48", "blind"):
        with pytest.raises(ValueError, match="not a development split"):
            ner_train.people_documents("/nonexistent", (blind,))


def test_folds_partition_the_development_splits():
    folds = ner_train.people_folds()
    assert len(folds) == ner_train.PEOPLE_FOLDS
    flat = [s for f in folds for s in f]
    assert sorted(flat) == sorted(ner_train.PEOPLE_SPLITS) and len(flat) == len(set(flat))


def test_gold_sentences_tag_people_and_country_names_not_demonyms():
    text = "قال الرئيس الفرنسي إيمانويل ماكرون إن فرنسا ستدعم ولبنان"
    a = text.index("الفرنسي")
    b = text.index("إيمانويل")
    c = text.index("فرنسا")
    d = text.index("لبنان")  # after the proclitic و: the token keeps it, as in ANERcorp
    marks = [(a, a + len("الفرنسي"), "C", "demonym"), (b, b + len("إيمانويل ماكرون"), "P", ""),
             (c, c + len("فرنسا"), "C", "name"), (d, d + len("لبنان"), "C", "name")]
    [(toks, tags)] = ner_train.gold_sentences(text, marks)
    assert toks[-1] == "." and tags[-1] == "O"  # a full stop added, as the run time adds it
    got = dict(zip(toks, tags))
    assert got["الفرنسي"] == "O" and got["الرئيس"] == "O"
    assert (got["إيمانويل"], got["ماكرون"]) == ("B-PERS", "I-PERS")
    assert got["فرنسا"] == "B-LOC" and got["ولبنان"] == "B-LOC"


def test_sentences_follow_the_run_time_tokeniser():
    text = "زار ترمب موسكو. ثم عاد."
    sents = ner_train.gold_sentences(text, [(4, 8, "P", "")])
    assert [t for t, _ in sents] == [["زار", "ترمب", "موسكو", "."], ["ثم", "عاد", "."]]
    assert sents[0][1] == ["O", "B-PERS", "O", "O"]


def test_silver_spans_fill_only_where_the_gold_has_no_entity():
    gold = ["B-PERS", "I-PERS", "O", "O", "O", "B-LOC", "O"]
    pred = ["B-PERS", "I-PERS", "B-ORG", "I-ORG", "B-PERS", "B-ORG", "O"]
    tags, added, dropped = ner_train.merge_silver(gold, pred)
    # the tagger's ORG over gold-free tokens is kept, its PERS the gold lacks is O, its ORG over a gold LOC is dropped
    assert tags == ["B-PERS", "I-PERS", "B-ORG", "I-ORG", "O", "B-LOC", "O"]
    assert (added, dropped) == (1, 1)
