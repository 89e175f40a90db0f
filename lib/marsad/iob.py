"""IOB tag sequences: their spans and CoNLL exact-span counts (pure Python, no dependencies).

Shared by the NER runtime (:mod:`marsad.mentions.ner`), its evaluation (:mod:`marsad.training.ner`) and the
neural scorer's trainer (:mod:`marsad.training.ner_nn`), which runs in a separate environment holding only
torch and numpy: importing this module loads nothing else from Marsad.
"""
from __future__ import annotations

__all__ = ["spans_from_tags", "span_counts"]


def spans_from_tags(tags: list[str]) -> list[tuple[int, int, str]]:
    """Return ``(first, last_exclusive, type)`` token spans from IOB tags (CoNLL rules)."""
    spans, start, typ = [], None, None
    for i, tag in enumerate(tags):
        if tag == "O":
            if start is not None:
                spans.append((start, i, typ))
                start = None
            continue
        t = tag[2:]
        if start is not None and (tag[0] != "I" or t != typ):
            spans.append((start, i, typ))
            start = None
        if start is None:  # B-, or an I- that follows O or another type
            start, typ = i, t
    if start is not None:
        spans.append((start, len(tags), typ))
    return spans


def span_counts(gold: list[list[str]], pred: list[list[str]], types=()) -> dict[str, list[int]]:
    """Exact-span counts per entity type, ``type -> [true positives, predicted, gold]`` (``types`` start at zero)."""
    counts: dict[str, list[int]] = {t: [0, 0, 0] for t in types}
    for g, p in zip(gold, pred):
        gs, ps = set(spans_from_tags(g)), set(spans_from_tags(p))
        for s in gs:
            counts.setdefault(s[2], [0, 0, 0])[2] += 1
        for s in ps:
            counts.setdefault(s[2], [0, 0, 0])[1] += 1
            counts[s[2]][0] += s in gs
    return counts
