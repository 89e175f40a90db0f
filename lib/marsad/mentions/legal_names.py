"""A person's other name joined to the name by a cue phrase: a legal name after a stage name (مديحة يسرى،
واسمها الحقيقي غنيمة حبيب خليل) or a stage name after a legal name (وسام رضا إسماعيل الشهيرة باسم #زينة).

The cues are data (``data/kb/legal_name_cues.txt``). A cue counts only right after a person mention of the
same segment (spaces and a comma or an opening bracket between: فيروز (واسمها الحقيقي نهاد حداد)). The name after it is the person mention that starts there (one
word later when the words between are no punctuation: the recogniser's حبيب خليل becomes غنيمة حبيب خليل), else
a hashtag (#زينة, underscores joining words), a quoted name, or the words up to the next punctuation mark (one
to four words of Arabic letters). The two names are one person in that document: the rows of the less
mentioned id take the other id (a knowledge-base id wins a tie), and every other whole-word occurrence of the
name after the cue in the document that no mention covers is a mention of that person too (the cue says it is
a name, even when it is also a word: زينة).
"""
from __future__ import annotations

import itertools
import re
from collections import Counter
from functools import lru_cache

from marsad.mentions.kb import KB_DIR

__all__ = ["cue_pattern", "cue_hits", "legal_name_links"]

_LOOSE = {"ا": "[اأإآ]", "أ": "[اأإآ]", "إ": "[اأإآ]", "ي": "[يى]", "ة": "[ةه]"}
_PUNCT = "،,.:;؛!?؟()\\[\\]\"«»“”\n"
_NAME_WORDS = re.compile(r"[\u0621-\u064a]+(?:[ \t]+[\u0621-\u064a]+){0,3}")
_QUOTED = re.compile(r"[\"«“]([\u0621-\u064a]+(?:[ \t]+[\u0621-\u064a]+){0,3})[\"»”]")
_HASHTAG = re.compile(r"#([\u0621-\u064a]+(?:_[\u0621-\u064a]+){0,3})(?![\u0621-\u064a_])")
_GAP_BEFORE = re.compile(r"^[ \t]*[،,(]?[ \t]*$")


@lru_cache(maxsize=1)
def _cue_lines() -> tuple[str, ...]:
    """The cue phrases of ``legal_name_cues.txt`` as written (none without the file)."""
    path = KB_DIR / "legal_name_cues.txt"
    if not path.exists():
        return ()
    return tuple(ln.strip() for ln in path.read_text("utf-8").splitlines() if ln.strip() and not ln.startswith("#"))


@lru_cache(maxsize=1)
def _cue_literals() -> tuple[str, ...]:
    """Per cue phrase, its longest stretch of letters that every match of it holds as written (no loose letter and
    no space inside: اسمها الحقيقي → سمه، المعروف باسم → لمعروف): a text with no match of :func:`_cue_phrase` holds
    none of them, so a substring test passes over most texts before the regex reads them."""
    out = []
    for phrase in _cue_lines():
        runs = "".join(" " if c in _LOOSE or c.isspace() else c for c in phrase).split()
        out.append(max(runs, key=len) if runs else "")
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=1)
def _cue_phrases() -> str | None:
    """The cue phrases of ``legal_name_cues.txt`` as one alternation (loose alef, ya and ta marbuta)."""
    phrases = list(_cue_lines())
    if not phrases:
        return None
    alts = ["[ \\t]+".join("".join(_LOOSE.get(c, re.escape(c)) for c in w) for w in p.split()) for p in phrases]
    return "(?:" + "|".join(sorted(alts, key=len, reverse=True)) + ")"


@lru_cache(maxsize=1)
def cue_pattern() -> re.Pattern | None:
    """The cue phrases of ``legal_name_cues.txt`` as one regular expression (a proclitic و, loose alef, ya
    and ta marbuta; the match ends after the spaces and an optional colon or comma that follow the phrase)."""
    phrases = _cue_phrases()
    if phrases is None:
        return None
    return re.compile(r"(?<![\u0621-\u064a])و?" + phrases + r"[ \t]*[:،,]?[ \t]*")


@lru_cache(maxsize=1)
def _cue_phrase() -> re.Pattern | None:
    """The phrases alone (what every match of :func:`cue_pattern` holds): a regular expression that starts with a
    letter, so the engine skips to the places it can start (the full pattern is tried at every position)."""
    phrases = _cue_phrases()
    return None if phrases is None else re.compile(phrases)


def _name_after(text: str, at: int, rows_here: list) -> tuple[int, int, int | None] | None:
    """The name right after a cue ending at ``at``: ``(start, end, row)`` with the index of the person row that
    starts there (or one word later), else ``None`` for ``row`` and a bounded name; ``None`` when none."""
    lead = at + 1 if text[at:at + 1] in "#\"«“" else at
    for i, s, e in rows_here:
        if s == lead:
            return s, e, i
        if lead < s <= lead + 25:
            between = text[lead:s]
            if re.fullmatch(r"[\u0621-\u064a]+[ \t]+", between):
                return lead, e, i
    m = _HASHTAG.match(text, at) or _QUOTED.match(text, at)
    if m:
        return m.start(1), m.end(1), None
    m = _NAME_WORDS.match(text, at)
    if m and (m.end() == len(text) or text[m.end():m.end() + 1] in _PUNCT):
        return m.start(), m.end(), None
    return None


def cue_hits(texts: list[str], only=None) -> list[tuple[int, re.Match]]:
    """``(segment, match)`` of every cue phrase in ``texts`` (none without the cue file); with ``only`` (segment
    indices, ascending), in those segments alone: :func:`legal_name_links` reads a cue only in a segment with a
    person row before it, so a caller passes the segments with a person row."""
    pat, phrase = cue_pattern(), _cue_phrase()
    if pat is None:
        return []
    ks = range(len(texts)) if only is None else only
    # (a text holding none of the phrases' literal stretches holds no phrase: _cue_literals)
    lits = _cue_literals()
    return [(k, m) for k in ks if (t := texts[k]) and "سم" in t and any(map(t.__contains__, lits))
            and phrase.search(t) for m in pat.finditer(t)]


def legal_name_links(texts: list[str], doc_ids: list, rows: list[tuple], hits: list | None = None):
    """Rows to add and ids to merge for the cue phrases of ``texts``.

    Args:
        texts, doc_ids: the segments.
        hits: :func:`cue_hits` of ``texts`` when the caller has them.
        rows: the mentions so far, ``(k, start, end, entity_id, entity_type)`` (``k`` the segment); only
            person rows are linked, every row keeps its span from an added one.

    Returns:
        ``(starts, added, renamed)``: ``{row index: new start}``; new person rows ``(k, start, end,
        entity_id)``; ``{(doc_id, entity_id): entity_id}`` for the ids that take another id in a document.
    """
    hits = cue_hits(texts) if hits is None else hits
    if not hits:
        return {}, [], {}
    at = {k for k, _m in hits}
    by_k: dict[int, list] = {}  # the person rows of the segments with a cue
    spans: dict[int, list] = {}  # the spans of every row there
    for i, (k, s, e, _eid, typ) in enumerate(rows):
        if k in at:
            spans.setdefault(k, []).append((s, e))
            if typ == "person":
                by_k.setdefault(k, []).append((i, s, e))
    per_doc = None  # (doc, id) -> person rows, counted when two ids meet
    starts, added, renamed, names = {}, [], {}, []
    for k, m in hits:
        here = by_k.get(k, [])
        before = [(i, e) for i, s, e in here if e <= m.start() and _GAP_BEFORE.match(texts[k][e:m.start()])]
        if not before:
            continue
        a = rows[before[-1][0]][3]
        got = _name_after(texts[k], m.end(), here)
        if got is None:
            continue
        s, e, j = got
        doc = doc_ids[k]
        if j is None:
            if any(x < e and s < y for x, y in spans.get(k, ())):
                continue
            added.append((k, s, e, a))
            names.append((doc, texts[k][s:e].replace("_", " "), a))
            continue
        if s != rows[j][1]:
            starts[j] = s
        b = rows[j][3]
        if b != a:
            if per_doc is None:
                per_doc = Counter((doc_ids[k], eid) for k, _s, _e, eid, typ in rows if typ == "person")
            na, nb = per_doc[(doc, a)], per_doc[(doc, b)]
            keep, drop = (a, b) if (na, not a.startswith("ner:")) >= (nb, not b.startswith("ner:")) else (b, a)
            renamed[(doc, drop)] = keep
        names.append((doc, texts[k][s:e], a))
    # every other whole-word occurrence of a name the cue declared, in its document, that no row covers
    if names:
        docs = {d for d, _n, _a in names}
        taken: dict[int, set] = {}  # per segment of those documents: the spans of the rows and of the added ones
        for k, s, e, *_rest in itertools.chain(rows, added):
            if doc_ids[k] in docs:
                taken.setdefault(k, set()).add((s, e))
        for k, t in enumerate(texts):
            if not t or doc_ids[k] not in docs:
                continue
            for doc, name, a in names:
                if doc != doc_ids[k] or name not in t and name.replace(" ", "_") not in t:
                    continue
                for mm in re.finditer(r"(?<![\u0621-\u064a_])(?:[وفبل]|#)?(" + re.escape(name).replace("\\ ", "[ _]")
                                      + r")(?![\u0621-\u064a_])", t):
                    s, e = mm.start(1), mm.end(1)
                    if any(x < e and s < y for x, y in taken.get(k, ())):
                        continue
                    added.append((k, s, e, a))
                    taken.setdefault(k, set()).add((s, e))
    # an added row's id follows its document's merge
    added = [(k, s, e, renamed.get((doc_ids[k], a), a)) for k, s, e, a in added]
    return starts, added, renamed
