"""A short surname glued to a preposition (فرصة لماي التي واجهت صعوبة: ل + ماي, Theresa May named before) is a
mention of the one person of its document whose full name ends with it.

The matcher gives keys of three letters or fewer only the proclitics و/ف (بروس is Bruce, not ب + روس): a surname
of three letters after ب/ل/ك is therefore never matched. Here, per document, a one-word surname of three letters or
fewer that ends a full name of exactly one person of the document (a person row of two words or more) and that the
document also names alone is searched glued after ب، ل or ك (after و/ف too); a place no mention covers becomes
a mention of that person.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from marsad.lang.text import normalize
from marsad.mentions.offsets import DocSegments, RowSpans, blank_spans

__all__ = ["glued_short_surnames"]


@lru_cache(maxsize=1 << 16)
def _last_word(name: str) -> tuple[str, bool, str]:
    """A name's last word normalised, whether words come before it, and the word as written (names repeat: once
    per spelling)."""
    words = name.split()
    return normalize(words[-1]), len(words) >= 2, words[-1]


@lru_cache(maxsize=1 << 12)
def _glued_at(raw: str) -> re.Pattern:
    return re.compile(r"(?<![\u0621-\u064a])[وف]?[بلك](" + re.escape(raw) + r")(?![\u0621-\u064a])")


def glued_short_surnames(texts: list[str], doc_ids: list, rows: list[tuple], spans=None,
                         segments: DocSegments | None = None) -> list[tuple[int, int, int, str]]:
    """New person rows ``(k, start, end, entity_id)``; ``rows`` are ``(k, start, end, entity_id, entity_type)``.

    ``spans``, when the caller has them: the spans ``(start, end)`` of all the mentions per segment (``spans[k]``,
    a list the rows found here are appended to); ``rows`` then need hold only the person rows; ``segments``, each
    document's segments (:class:`~marsad.mentions.offsets.DocSegments`), when the caller has them."""
    last: dict = defaultdict(lambda: defaultdict(set))  # doc -> surname (normalised) -> ids of full names
    alone: dict = defaultdict(set)  # doc -> (surname, id) named alone
    raws: dict = defaultdict(set)  # (doc, surname) -> spellings
    if spans is None:
        spans = RowSpans.of_rows(rows)
    for k, s, e, eid, typ in rows:
        if typ != "person":
            continue
        w, more, raw = _last_word(texts[k][s:e])
        if len(w) > 3:
            continue
        if more:
            last[doc_ids[k]][w].add(eid)
        else:
            alone[doc_ids[k]].add((w, eid))
        raws[(doc_ids[k], w)].add(raw)
    out = []
    wanted = {d: [(w, next(iter(ids))) for w, ids in by.items() if len(ids) == 1 and (w, next(iter(ids))) in alone[d]]
              for d, by in last.items()}
    docs = {d for d, by in wanted.items() if by}
    members = (segments or DocSegments.of_ids(texts, doc_ids)).of(docs) if docs else {}
    for k in sorted(k for ks in members.values() for k in ks):
        text = texts[k]
        free = None  # the text outside the mentions: a surname found here is in no mention
        for w, pid in wanted[doc_ids[k]]:
            for raw in raws[(doc_ids[k], w)]:
                if raw not in text:
                    continue
                if free is None:
                    free = blank_spans(text, spans[k])
                if raw not in free:
                    continue
                for m in _glued_at(raw).finditer(text):
                    s, e = m.span(1)
                    if any(x < e and s < y for x, y in spans[k]):
                        continue
                    out.append((k, s, e, pid))
                    spans[k].append((s, e))
    return out
