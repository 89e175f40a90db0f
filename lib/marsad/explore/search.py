"""Arabic-aware text search for the explorer: query normalisation, clitics, knowledge-base spellings.

A query and the text are compared after :func:`marsad.text.normalize` with
every separator turned into a space (one character for one, so offsets do not
move). Proclitics (و ف, ب ل ك, the article ال, and لل for ل + ال) may precede a
word; a name the knowledge base knows expands to its other spellings (names and
aliases, never capitals or demonyms). :func:`search_pattern` builds one regular
expression plain enough for both Python's ``re`` and the Arrow (RE2) engine.
"""
from __future__ import annotations

import re

import pandas as pd

from marsad.lang.text import normalize, normalize_map

__all__ = ["search_pattern", "arrow_pattern", "query_key", "kb_entities", "find_matches", "search_strings"]

# Anything but letters, digits and space becomes a space, one for one, so
# offsets in the search column equal offsets in the normalised text (+1 for
# the leading pad space).
_SEP_RE = re.compile(r"[^\w ]|_")
_WS_RE = re.compile(r"\s+")
# Proclitic chain in front of a word: conjunction (و ف), then preposition (ب ل ك)
# and/or the article (ال; ل + ال is written لل). Plain syntax: RE2 reads it too.
_CLITICS = "[وف]?(?:[بك]?ال|لل|[بلك])?"
_EXPAND_FORMS = ("name", "alias")


def search_strings(normalized: pd.Series) -> pd.Series:
    """Return the padded, separator-free text searched for each normalised segment."""
    # Python's re (Unicode \w), not the Arrow regex engine, whose \w is ASCII.
    return pd.Series([" " + _SEP_RE.sub(" ", s) + " " for s in normalized.fillna("").astype(str)], dtype="string")


def query_key(text: str) -> str:
    """Normalise a query like the searched text: normalised, separators to spaces, single spaces."""
    return _WS_RE.sub(" ", _SEP_RE.sub(" ", normalize(text))).strip()


def _kb_keys(kb) -> tuple[dict, dict]:
    cache = _KB_KEYS.get(id(kb))
    if cache is not None and cache[0] is kb:
        return cache[1]
    pats = kb.patterns
    pats = pats[(pats["id"] != "-") & ~pats["id"].astype(str).str.contains("|", regex=False)]
    # Only names and aliases are spellings of the entity; a capital (هانوي) or a
    # demonym (فيتنامي) is another word and does not expand to the country's names.
    pats = pats[pats["form"].isin(list(_EXPAND_FORMS)) & ~pats["coref"].fillna(False).astype(bool)]
    by_key: dict[str, set] = {}
    by_id: dict[str, set] = {}
    for pattern, eid in zip(pats["pattern"].astype(str), pats["id"]):
        key = query_key(pattern)
        if key:
            by_key.setdefault(key, set()).add(eid)
            by_id.setdefault(eid, set()).add(key)
    _KB_KEYS[id(kb)] = (kb, (by_key, by_id))
    return by_key, by_id


_KB_KEYS: dict[int, tuple] = {}


def kb_entities(kb, key: str) -> set:
    """Ids of the entities whose name or alias is ``key`` (a :func:`query_key`), proclitics tolerated."""
    if kb is None or not key:
        return set()
    by_key, _ = _kb_keys(kb)
    for candidate in _unclitic(key):
        ids = by_key.get(candidate)
        if ids:
            return set(ids)
    return set()


def _unclitic(key: str) -> list[str]:
    """``key`` and what remains after each possible proclitic chain (وبوتين → وبوتين, بوتين)."""
    out = [key]
    for n in (1, 2):
        head, rest = key[:n], key[n:]
        chain = (n == 1 and head in "وفبلك") or (n == 2 and head[0] in "وف" and head[1] in "بلك")
        if chain and len(rest.split(" ")[0]) >= 3:
            out.append(rest)
    for n in (0, 1):
        if key[n:n + 2] == "لل" and (n == 0 or key[0] in "وف"):
            out.append("ا" + key[n + 1:])  # ل + ال is written لل: للمغرب → المغرب
    return out


def _alternatives(query: str, kb) -> tuple[list[str], list[str], bool]:
    """The words to look for (longest first), the normalised variants, and whether a prefix suffices."""
    prefix_only = query.strip().endswith("*")
    key = query_key(query.strip().rstrip("*"))
    if not key:
        raise ValueError("empty search query: type a word or a name")
    variants = {key}
    if kb is not None:
        _, by_id = _kb_keys(kb)
        for eid in kb_entities(kb, key):
            variants |= by_id.get(eid, set())
    alts = set()
    for v in variants:
        # The article is a clitic too: الاتفاقية also finds اتفاقية, and the
        # clitic chain then finds الاتفاقية, بالاتفاقية and للاتفاقية (ل + ال = لل).
        alts.add(v[2:] if v.startswith("ال") and len(v.split(" ")[0]) > 4 else v)
    return sorted(alts, key=lambda v: (-len(v), v)), sorted(variants), prefix_only


def search_pattern(query: str, kb=None) -> tuple[str, list[str]]:
    """Build the regular expression a text query searches with.

    Args:
        query: the text typed; a trailing ``*`` also matches longer words.
        kb: knowledge base whose other spellings of a known name are added.

    Returns:
        ``(pattern, variants)``: ``pattern`` matches the padded search text of
        :func:`search_strings` (plain syntax that Python's ``re`` and RE2 read
        alike), ``variants`` are the normalised forms searched for.

    Raises:
        ValueError: the query holds no letter or digit.
    """
    alts, variants, prefix_only = _alternatives(query, kb)
    # Words of a multi-word name may be separated by any run of separators (كوريا، الشمالية).
    words = "|".join(a.replace(" ", " +") for a in alts)
    return f" {_CLITICS}(?:{words}){'' if prefix_only else ' '}", variants


# A separator for the Arrow (RE2) engine, which reads \p{…} classes; Python's re does not.
_RE2_SEP = r"[^\p{L}\p{N}]"


def arrow_pattern(query: str, kb=None) -> str:
    """The same search as :func:`search_pattern`, for RE2 over the normalised text itself.

    It needs no separator-free copy of the text, so the first search of a large
    run is several times faster; engines without Unicode property classes reject it (use
    :func:`search_pattern` over :func:`search_strings` there).
    """
    alts, _, prefix_only = _alternatives(query, kb)
    words = "|".join(a.replace(" ", _RE2_SEP + "+") for a in alts)
    tail = "" if prefix_only else f"(?:{_RE2_SEP}|$)"
    return f"(?:^|{_RE2_SEP}){_CLITICS}(?:{words}){tail}"


def find_matches(text: str, query: str, kb=None) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` offsets in the original ``text`` of every match of ``query``."""
    pattern, _ = search_pattern(query, kb)
    prefix_only = not pattern.endswith(" ")
    # finditer needs the trailing space as a lookahead so adjacent matches both count.
    rx = re.compile(pattern[:-1] + "(?= )" if pattern.endswith(" ") else pattern)
    norm, offsets = normalize_map(text)
    padded = " " + _SEP_RE.sub(" ", norm) + " "
    out = []
    for x in rx.finditer(padded):
        # padded[i] is norm[i - 1]; the match starts with the space before the word
        s, e = x.start(), x.end() - 1
        if prefix_only:
            e = padded.index(" ", x.end()) - 1  # highlight the whole word
        out.append((int(offsets[s]), int(offsets[e - 1]) + 1))
    return out
