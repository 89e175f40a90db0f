"""A surname of three letters glued to ب/ل/ك is the one person of the document with that surname
(marsad.mentions.glued_surnames; heldout7's فرصة لماي, dev). ANT sentences."""
import pandas as pd

from marsad.mentions import find_mentions


def _people(texts):
    segs = pd.DataFrame({"doc_id": ["a"] * len(texts), "section": "paragraph", "position": range(len(texts)),
                         "text": texts})
    df = find_mentions(segs)
    return df[df["entity_type"] == "person"]


MAY = ["وقال المتحدث إن دونالد ترامب سيلتقي يوم الجمعة المقبل مع تيريزا ماي في واشنطن.",
       "وبحسب خبراء، سيكون هذا الاجتماع فرصة لماي التي واجهت صعوبة في بادئ الأمر ببناء علاقات مع فريق ترامب. "
       "وكانت ماي قد قالت في مقابلة مع صحيفة \"فايننشال تايمز\" مؤخرا، إنها واثقة."]


def test_a_short_surname_after_li_is_the_person_named_in_full():
    rows = _people(MAY)
    may = rows[rows["entity_id"] == "person:theresa-may"]
    assert list(may["surface"]) == ["تيريزا ماي", "ماي", "ماي"]
    assert MAY[1][may.iloc[1]["start"] - 1] == "ل"


def test_no_surname_alone_in_the_document_no_glued_mention():
    # the document never names her by the surname alone: a three-letter word after ل stays a word
    rows = _people([MAY[0], "وبحسب خبراء، سيكون هذا الاجتماع فرصة لماي التي واجهت صعوبة."])
    assert list(rows[rows["entity_id"] == "person:theresa-may"]["surface"]) == ["تيريزا ماي"]
