"""review44: a second read of audit42's report changes, topics42/43 and people107, on inputs their authors did not try.

* a corpus of one trained outlet and one new one read as a ticker (or in ticker-sized batches of titles) was told on
  the run's index "expect about 87 % of headlines" (the whole-outlet reading) while its trust note, on the same
  report, said one in 5 misplaced (79 %, the ticker-sized reading): the index now quotes the reading the note does;
* a corpus of France 24 rows and documents with no outlet at all was told "This corpus comes from France 24" (index
  and topic page): the documents of no named outlet are among the new ones;
* a topic the taxonomy lacks (a user's ``taxonomy_file`` without one of the model's topics) was named "(Uncertain)"
  in English on the bars and the bilingual treemap, beside the real *uncertain* tile.
"""
from __future__ import annotations

import pandas as pd

from marsad.charts.quality import measured, trust_note, trust_short


def _pct(x: float) -> str:
    return f"{x:.0%}"


# --------------------------------------------------------------------------- the index's figure for a mixed corpus
def test_a_mixed_corpus_index_quotes_the_reading_its_note_does():
    m = measured()["topics"]
    forced, small = _pct(m["forced_accuracy"]), _pct(m["batch_accuracy"])
    kw = {"trained_outlets": ("Al Arabiya",), "new_outlets": ("Sky Example",)}
    # a ticker: the note says "one headline in 5 on a new outlet's ticker" (the ticker-sized reading)
    short = trust_short("topics", unit="ticker", **kw)
    assert f"expect about {small} of headlines" in short and forced not in short
    assert "whose titles" not in short  # a ticker's headlines are no titles
    # titles read in batches of 40 (a ticker's size), of 3,000 (a whole outlet), of 310 (between the two)
    assert f"expect about {small} of titles" in trust_short("topics", unit="title", batch=40, **kw)
    assert f"expect about {forced} of titles" in trust_short("topics", unit="title", batch=3000, **kw)
    assert f"expect between {small} and {forced} of titles" in trust_short("topics", unit="title", batch=310, **kw)
    assert f"expect between {small} and {forced} of titles" in trust_short("topics", unit="title", **kw)
    # (counter-examples: a corpus of one trained outlet, of new outlets only: their words as before)
    assert "this corpus's outlet," in trust_short("topics", trained_outlets=("Al Arabiya",), unit="ticker")
    assert trust_short("topics", unit="ticker").startswith(f"How sure: on an outlet it was not trained on, {forced}")
    # the note of the same corpus names the same reading
    assert "one headline in" in trust_note("topics", unit="ticker", **kw)


# --------------------------------------------------------------------------- documents of no named outlet
def test_documents_without_an_outlet_are_not_said_to_come_from_the_trained_one():
    from marsad.charts.quality import NO_OUTLET, corpus_outlets

    trained = ["france24", "alarabiya"]
    sources = pd.Series(["France 24", None, "", "France 24"])
    seen, new = corpus_outlets(sources, trained)
    assert seen == ["France 24"] and new == [NO_OUTLET]
    assert "Part of this corpus comes from France 24" in trust_note("topics", trained_outlets=seen, new_outlets=new,
                                                                    unit="title", batch=2)
    # (counter-examples: every document from a trained outlet; a named new outlet; no outlet named at all)
    assert corpus_outlets(pd.Series(["France 24", "FRANCE24"]), trained) == (["France 24"], [])
    assert corpus_outlets(pd.Series(["France 24", "CNN Arabic"]), trained) == (["France 24"], ["CNN Arabic"])
    assert corpus_outlets(pd.Series([None, None]), trained) == ([], [NO_OUTLET])


# --------------------------------------------------------------------------- a topic the taxonomy lacks
def test_a_topic_missing_from_the_taxonomy_is_not_named_uncertain():
    from marsad import topics
    from marsad.charts.topics import plot_topic_treemap

    tax = topics.load_taxonomy(None)
    heads = pd.DataFrame({"text": ["أ", "ب", "ج"], "topic": ["politics", topics.UNCERTAIN, "cyber"]})
    mix = topics.topic_mix(heads, deduplicate=False).set_index("topic")
    assert mix.loc["cyber", "label_en"] == "cyber" and mix.loc["cyber", "label_ar"] == "cyber"
    assert mix.loc[topics.UNCERTAIN, "label_en"] == "Uncertain"
    assert mix.loc["politics", "label_en"] == tax.set_index("id").loc["politics", "label_en"]
    labels = list(plot_topic_treemap(heads.assign(doc_id=["d0", "d1", "d2"])).data[0].labels)
    assert sum("(Uncertain)" in x for x in labels) == 1
