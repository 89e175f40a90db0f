"""The person rows ``find_mentions`` gives for a few paragraphs of one document: the shared helper of the people tests."""
import pandas as pd

from marsad.mentions import find_mentions


def person_rows(texts, recognizer=None):
    """(position, surface, entity_id) of the person mentions in ``texts``, the paragraphs of one document ``a``.

    ``recognizer``: the NER to use (``find_mentions``' default when None).
    """
    segs = pd.DataFrame({"doc_id": "a", "section": "paragraph", "position": range(len(texts)), "text": texts})
    df = find_mentions(segs, recognizer=recognizer) if recognizer is not None else find_mentions(segs)
    df = df[df["entity_type"] == "person"]
    return list(zip(df["position"], df["surface"], df["entity_id"]))
