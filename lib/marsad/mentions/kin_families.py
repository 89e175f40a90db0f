"""A relative named by first name after a kinship noun takes the family's id (people109, lever F).

:func:`marsad.mentions.discover.discover_people` gives a relative named by first name only (وابنته يوليا) an id of its
document alone (``ner:…@DOC``): the same first name in another document is someone else. When the person the kinship
noun's pronoun points to is named right before it in the sentence with a full name (سيرغي سكريبال وابنته يوليا), the
relative takes the batch-wide id of the first name + that person's family name, the id the package gives a discovered
name of two words (يوليا سكريبال), so the same daughter in two articles is one person. Rule and judge registered before
the first score: ``/work/scratch/people109/decisions.md``.
"""
from __future__ import annotations

import re
from collections import defaultdict

from marsad.lang.text import normalize
from marsad.mentions.kb import slugify
from marsad.mentions.kin_names import kin_noun
from marsad.mentions.name_words import _CONNECTORS, skeleton

_BEFORE = re.compile(r"(\S+)\s+(?:(?:المدعو|المدعوة)\s+)?$")
_ARABIC = re.compile(r"[\u0621-\u064a]+")
_BREAK = re.compile(r"[.!?؟:\n]")
_REACH = 60  # characters between the person's name and the kinship noun


def _kin_start(text: str, s: int) -> int | None:
    """Where the singular kinship noun with ه / ها right before ``s`` starts (و/ف glued allowed), else None."""
    m = _BEFORE.search(text[max(0, s - 40):s])
    if not m:
        return None
    return max(0, s - 40) + m.start(1) if kin_noun(m.group(1), ("ها", "ه")) else None


def kin_family_ids(texts, doc_ids, rows, kb_rows, dropped):
    """``rows`` (``(k, start, end, entity_id, label, form)``) with each relative's document-scoped id replaced as the
    module docstring says; every row of the document with that id follows."""
    scoped = [i for i, r in enumerate(rows) if "@" in str(r[3]) and str(r[3]).startswith("ner:")
              and len(_ARABIC.findall(texts[r[0]][r[1]:r[2]])) == 1]
    if not scoped:
        return rows
    people = defaultdict(list)  # k -> [(start, end, entity_id)]
    for i, (k, s, e, eid, typ, *_r) in enumerate(kb_rows):
        if typ == "person" and i not in dropped:
            people[k].append((s, e, eid))
    for k, s, e, eid, *_r in rows:
        people[k].append((s, e, eid))
    longest = {}  # (doc, entity_id) -> the words of its longest span in the document
    for k, found in people.items():
        for s, e, eid in found:
            words = _ARABIC.findall(texts[k][s:e])
            if len(words) > len(longest.get((doc_ids[k], eid), ())):
                longest[(doc_ids[k], eid)] = words
    new = {}  # (doc, old id) -> new id
    for i in scoped:
        k, s, e, eid = rows[i][:4]
        if (doc_ids[k], eid) in new:
            continue
        text = texts[k]
        ks = _kin_start(text, s)
        if ks is None:
            continue
        before = [(pe, peid) for ps, pe, peid in people[k]
                  if pe <= ks and ks - pe <= _REACH and peid != eid and not _BREAK.search(text[pe:ks])]
        if not before:
            continue
        owner = max(before, key=lambda x: x[0])[1]
        words = longest.get((doc_ids[k], owner), ())
        first = normalize(text[s:e])
        if len(words) < 2:
            continue
        family = normalize(words[-1])
        if family in _CONNECTORS or family == first:
            continue
        new[(doc_ids[k], eid)] = "ner:" + slugify(skeleton(first + " " + family))
    if not new:
        return rows
    return [r if (doc_ids[r[0]], r[3]) not in new else (r[0], r[1], r[2], new[(doc_ids[r[0]], r[3])], *r[4:])
            for r in rows]
