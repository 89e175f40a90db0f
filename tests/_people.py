"""The person and country rows ``find_mentions`` gives for a few paragraphs of one document: the shared helpers of the
people tests."""
import pandas as pd

from marsad.mentions import find_mentions


def _rows(texts, entity_type, recognizer):
    segs = pd.DataFrame({"doc_id": "a", "section": "paragraph", "position": range(len(texts)), "text": texts})
    df = find_mentions(segs, recognizer=recognizer) if recognizer is not None else find_mentions(segs)
    return df[df["entity_type"] == entity_type]


def person_rows(texts, recognizer=None):
    """(position, surface, entity_id) of the person mentions in ``texts``, the paragraphs of one document ``a``.

    ``recognizer``: the NER to use (``find_mentions``' default when None).
    """
    df = _rows(texts, "person", recognizer)
    return list(zip(df["position"], df["surface"], df["entity_id"]))


def country_rows(texts, recognizer=None):
    """(surface, entity_id) of the country mentions in ``texts``, the paragraphs of one document ``a``."""
    df = _rows(texts, "country", recognizer)
    return list(zip(df["surface"], df["entity_id"]))
