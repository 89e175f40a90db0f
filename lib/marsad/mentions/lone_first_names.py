"""A first name alone right after a role (حصل على لقب فنان القرن …، الفنان شارل خاض مسارا فريدا) is the one person of
its document whose full name starts with it (شارل أزنفور named before), when no mention covers it; so is a first name
alone opening the words after a colon (وقال لوبيز في مؤتمر صحافي: فهد سيصوم, a coach's quoted words on فهد المولد).

The role is a title word as written before the name (:func:`marsad.mentions.clean_spans._after_raw_role`); a role after
which a first name alone names someone else (النبي محمد، الإمام علي, ``_NOT_THEIRS``; and the honorifics of royals,
who are named by first name alone: الأمير فيليب beside a فيليب هاموند of the story; with a proclitic too) does not
count; the first name
must start the full names of exactly one person of the document, be a known first name (:func:`known_first`) and no
common word, title, connector (عبد) or word with ال (الحسناء، المهندس); a speech verb is no role (وقال محمد, where
the title list's قال would count). A first name many people share (شارل، محمد) is allowed: the role and the one
person of the document with it decide.

people107: the role may be followed by a nationality adjective with ال (المدرب الأوروغوياني ألفارو, after ألفارو
غوتييرز); there, and only there, a first name written with أل / إل (a foreign name's hamza, no article: ألفارو) may
stand alone too. A royal honorific (الملك، الأمير …, with a proclitic: للملك) counts as the role when the one person
of the document with that first name is himself written after an honorific there (الملك عبدالله الثاني … للملك
عبدالله).
"""
from __future__ import annotations

import bisect
import itertools
import re
from collections import defaultdict
from functools import lru_cache

import numpy as np

from marsad.lang.text import normalize
from marsad.mentions.offsets import DocSegments, RowSpans, distinct

__all__ = ["lone_first_names"]


_NOT_THEIRS = frozenset(normalize(w) for w in "النبي الرسول الإمام سيدنا القديس البابا".split())
_BEFORE = re.compile(r"([^\s\"'«»“”()\[\]{}،,:;؛.!?؟…]+)[ \t]+$")
_CUT = re.compile(r"[\"'«»“”()\[\]{}،,:;؛.!?؟…]")
_AFTER_COLON = re.compile(r":[ \t]*[\"«“]?[ \t]*$")


@lru_cache(maxsize=1 << 16)
def _first_word(name: str) -> tuple[str, str] | None:
    """The first word of a name of two words or more, normalised and as written (no hashtag sign); None for one
    word. (A hashtag name joins its words with underscores: #ماجدة_الصباحي.)"""
    words = name.replace("_", " ").split()
    return (normalize(words[0]), words[0].lstrip("#")) if len(words) >= 2 else None


@lru_cache(maxsize=1 << 14)
def _first_name_at(raw: str) -> re.Pattern:
    # (a hashtag sign before the first name too, outside the mention: الفنانة #شيرين)
    return re.compile(r"(?<![\u0621-\u064a_])(?:(?<=#)|(?<!#))" + re.escape(raw) + r"(?![\u0621-\u064a_])")


def _first_name_spans(text: str, raw: str) -> list[tuple[int, int]]:
    """The spans :func:`_first_name_at` ``(raw).finditer(text)`` gives, by ``str.find``: ``raw`` with no letter of
    U+0621–U+064A nor ``_`` right before or after it (a ``#`` before it, or none: any character), left to right, each
    after the end of the one before."""
    n = len(raw)
    if not n:
        return [m.span() for m in _first_name_at(raw).finditer(text)]
    out = []
    find = text.find
    p = find(raw)
    while p >= 0:
        a, z = text[p - 1:p] if p else "", text[p + n:p + n + 1]
        if not ("\u0621" <= a <= "\u064a" or a == "_" or "\u0621" <= z <= "\u064a" or z == "_"):
            out.append((p, p + n))
            p = find(raw, p + n)
        else:
            p = find(raw, p + 1)
    return out


def _hamza_first(w: str, spellings: set, common: frozenset, titles: frozenset) -> bool:
    """people107: a first word whose ال is no article but a foreign name's أل / إل as written (ألفارو، ألبرتو،
    إلياس is a known first name anyway): five letters or more, every spelling with the hamza, no common word, title,
    country word or nationality adjective (ألماني)."""
    if len(w) < 5 or not w.startswith("ال") or not spellings or not all(x.startswith(("أل", "إل")) for x in spellings):
        return False
    from marsad.mentions.name_words import _country_words, _demonyms_with_article

    return (w not in common and w not in titles
            and w not in _country_words() and w not in _demonyms_with_article() and w[2:] not in _country_words())


def lone_first_names(texts: list[str], doc_ids: list, rows: list[tuple], spans=None,
                     segments: DocSegments | None = None, batch: tuple | None = None) -> list[tuple[int, int, int, str]]:
    """New person rows ``(k, start, end, entity_id)`` for the first names alone after a role.

    Args:
        texts, doc_ids: the segments.
        rows: the mentions so far, ``(k, start, end, entity_id, entity_type)``.
        spans: when the caller has them, the spans ``(start, end)`` of all the mentions per segment
            (``spans[k]``, a list the rows found here are appended to); ``rows`` then need hold only the
            person rows.
        segments: each document's segments (:class:`~marsad.mentions.offsets.DocSegments`), when the caller has
            them.
        batch: when the caller has them, ``(joined, base)``: the texts joined by a separator that holds a space
            and each text's offset in it (:func:`_free_spellings`).
    """
    from marsad.mentions.name_words import _CONNECTORS, _SPEECH, _bare
    from marsad.mentions.kb_names import _HONORIFICS
    from marsad.mentions.clean_spans import _after_raw_role, _after_role_and_nationality
    from marsad.mentions.people import common_words, known_first, title_words

    firsts: dict = {}  # (doc, first word (normalised)) -> (ids, spellings as written)
    starts: dict = defaultdict(list)  # (doc, id) -> [(k, start)] of its full names (for the royal honorific)
    if spans is None:
        spans = RowSpans.of_rows(rows)
    get = firsts.get
    for k, s, e, eid, typ in rows:
        if typ != "person":
            continue
        first = _first_word(texts[k][s:e])
        if first is not None:
            key = (doc_ids[k], first[0])
            got = get(key)
            if got is None:
                got = firsts[key] = (set(), set())
            got[0].add(eid)
            got[1].add(first[1])
            starts[key[0], eid].append((k, s))
    if not firsts:
        return []
    titles, common, given = title_words(), common_words(), known_first()
    may: dict = {}  # first word -> whether it may stand alone

    def alone(w: str) -> bool:
        ok = may.get(w)
        if ok is None:
            ok = may[w] = (len(w) >= 3 and w in given and w not in common and w not in titles
                           and not w.startswith("ال") and w not in _CONNECTORS)
        return ok

    # per document, the first words of exactly one person's full names that may stand alone: their spellings
    eligible: dict = defaultdict(list)
    hamza: set = set()  # (doc, id) of a foreign first name written with أل / إل, taken only after M1's cue
    for (d, w), (ids, spellings) in firsts.items():
        if len(ids) == 1 and alone(w):
            eligible[d].append((spellings, next(iter(ids))))
        elif len(ids) == 1 and _hamza_first(w, spellings, common, titles):
            eligible[d].append((spellings, next(iter(ids))))
            hamza.add((d, next(iter(ids))))
    honoured: dict = {}  # (doc, id) -> the royal honorifics written right before one of its full names

    def honorifics(key) -> set:
        # (people107: read only for a first name alone after an honorific; الأمير محمد is not الملك محمد السادس)
        got = honoured.get(key)
        if got is None:
            got = honoured[key] = set()
            for k, s in starts.get(key, ()):
                b = _BEFORE.search(texts[k], max(0, s - 30), s)
                if b:
                    got.update(r for r in _bare(normalize(b.group(1))) if r in _HONORIFICS)
        return got

    out = []
    for k, raw, pid in _free_spellings(texts, doc_ids, eligible, spans, segments, batch):
        text = texts[k]
        for s, e in _first_name_spans(text, raw):
            tag = 1 if text[s - 1:s] == "#" else 0
            if tag and text[s - 2:s - 1].strip():
                continue
            if any(x < e and s < y for x, y in spans[k]):
                continue
            if _AFTER_COLON.search(text, max(0, s - 4), s):
                # (a quoted speaker's first words: وقال لوبيز في مؤتمر صحافي: فهد سيصوم يوم السبت)
                out.append((k, s, e, pid))
                spans[k].append((s, e))
                continue
            b = _BEFORE.search(text, max(0, s - tag - 30), s - tag)
            if not b:
                continue
            roles = _bare(normalize(b.group(1)))
            if (doc_ids[k], pid) not in hamza and _after_raw_role(text, s - tag, titles):
                pass
            elif _after_role_and_nationality(text, s - tag, titles):
                # (people107: a nationality adjective between the role and the first name, المدرب الأوروغوياني
                # ألفارو; the words before the adjective are read as the role)
                head = _CUT.split(text[max(0, b.start(1) - 40):b.start(1)])[-1]
                roles = tuple(r for x in head.split()[-2:] for r in _bare(normalize(x)))
            else:
                continue
            if any(r in _NOT_THEIRS or r in _SPEECH for r in roles):
                continue
            royal = {r for r in roles if r in _HONORIFICS}
            if royal and not royal & honorifics((doc_ids[k], pid)):
                # (a royal honorific names a royal by first name alone: the one person of the document with this
                # first name only when he is himself written after the same honorific there, الملك عبدالله الثاني …
                # للملك عبدالله; not الأمير فيليب beside a فيليب هاموند, nor الأمير محمد beside الملك محمد السادس)
                continue
            out.append((k, s, e, pid))
            spans[k].append((s, e))
    return out


def _free_spellings(texts: list[str], doc_ids: list, eligible: dict, spans: RowSpans,
                    segments: DocSegments | None = None, batch: tuple | None = None) -> list[tuple[int, str, str]]:
    """``(k, spelling, id)`` for the spellings of ``eligible`` (document -> ``[(spellings, id)]``) that segment ``k``
    holds outside the mentions ``spans`` at least once, in the order of the segments, then of their document's
    candidates and their spellings: the only places :func:`lone_first_names` can find a first name alone. Each
    spelling is searched once in its document's segments joined: the stretch of ``batch``'s joined texts (``(joined,
    base)``, the texts joined by a separator holding a space, which no spelling holds, and each text's offset there)
    when the document's segments follow each other there, else joined here."""
    members = (segments or DocSegments.of_ids(texts, doc_ids)).of([d for d, c in eligible.items() if c], nonempty=True)
    found = []  # (k, start, end, spelling) of every place a spelling is, outside the batch's joined texts
    # (in the batch's joined texts: each place's offset there, and per spelling searched, the spelling and how many
    # places it has; the places' texts and offsets in them are read in numpy below)
    pos: list = []
    raws: list = []
    counts: list = []
    if batch is not None:
        whole, base_of = batch[0], batch[1]
        wfind = whole.find
    for d, ks in members.items():
        if batch is not None and ks[-1] - ks[0] + 1 == len(ks):
            # (one stretch of the batch's joined texts, searched in place: a text's place is its offset there)
            first, stop = int(base_of[ks[0]]), int(base_of[ks[-1]]) + len(texts[ks[-1]])
            app = pos.append
            for spellings, _pid in eligible[d]:
                for raw in spellings:
                    if not raw:
                        found += [(k, 0, 0, raw) for k in ks]  # (everywhere)
                        continue
                    n0 = len(pos)
                    p = wfind(raw, first, stop)
                    while p >= 0:
                        app(p)
                        p = wfind(raw, p + 1, stop)
                    if len(pos) > n0:
                        raws.append(raw)
                        counts.append(len(pos) - n0)
            continue
        joined = "\x00".join([texts[k] for k in ks])
        at = list(itertools.accumulate((len(texts[k]) + 1 for k in ks[:-1]), initial=0))
        first, stop = 0, len(joined)
        hi = len(ks)
        for spellings, _pid in eligible[d]:
            for raw in spellings:
                if not raw:
                    found += [(k, 0, 0, raw) for k in ks]  # (everywhere)
                    continue
                p = joined.find(raw, first, stop)
                while p >= 0:
                    j = bisect.bisect_right(at, p, 0, hi) - 1
                    found.append((ks[j], p - at[j], p - at[j] + len(raw), raw))
                    p = joined.find(raw, p + 1, stop)
    free = set()
    if pos:
        # (a place's text: the last one starting at or before it, as the texts of a stretch are apart in the batch)
        p = np.array(pos, dtype=np.int64)
        sid = np.repeat(np.arange(len(raws)), counts)
        n = np.array([len(r) for r in raws], dtype=np.int64)[sid]
        k = np.searchsorted(base_of, p, side="right") - 1
        s = p - np.asarray(base_of, dtype=np.int64)[k]
        keep = ~spans.overlapping(k, s, s + n)
        pair = distinct(k[keep] * len(raws) + sid[keep])
        free = set(zip((pair // len(raws)).tolist(), map(raws.__getitem__, (pair % len(raws)).tolist())))
    if found:
        k, s, e, raw = zip(*found)
        out = spans.overlapping(np.array(k), np.array(s), np.array(e))
        free |= {(ki, r) for ki, r, o, ei in zip(k, raw, out.tolist(), e) if not o or not ei}
    if not free:
        return []
    return [(k, raw, pid) for k in sorted({k for k, _raw in free}) for spellings, pid in eligible[doc_ids[k]]
            for raw in spellings if (k, raw) in free]
