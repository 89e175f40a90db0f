"""Records every pass of the event extractor shares: the document's context and an actor span.

:class:`_Context` is one document's focus, partners and compiled actor regex (built once per pair by
:func:`marsad.events.extract.extract_events`); :class:`_Actor` is one resolved actor span of a sentence;
:func:`_key_finder` is the Aho-Corasick prefilter that tells whether a text names a key of the pair at all.
Nothing here reads a sentence; every other module of the extractor imports from it.
"""
from __future__ import annotations

import re
from typing import NamedTuple

import ahocorasick

# the events table's columns, in order (one row per event; :func:`marsad.events.extract.extract_events`)
EVENT_COLUMNS = [
    "event_id", "kind", "doc_id", "actor1", "actor2", "source", "target", "symmetric", "status",
    "date_start", "date_end", "precision", "date_text", "cameo_code", "event_label", "goldstein",
    "sentence", "trigger", "trigger_start", "trigger_end", "attribution", "start", "end", "section", "position",
    "rule", "actor_forms", "stand_in", "published", "url", "sources", "source_names", "urls",
    "n_mentions", "n_documents", "n_reports",
]

__all__: list[str] = []  # private passes of marsad.events.extract


class _Actor(NamedTuple):
    start: int
    end: int
    code: str       # ISO2 for countries, "?:<id>" for third parties
    form: str
    stands_for: str
    kind: str       # country, capital, leader, role, people, government, pair, third


class _Context(NamedTuple):
    focus: str
    partners: tuple[str, ...]
    regex: re.Pattern
    actor_meta: list
    focus_keys: tuple[str, ...]
    partner_keys: tuple[str, ...]
    third: dict
    has_key: callable  # text -> whether it contains a focus or partner key (see _key_finder)


def _key_finder(keys) -> callable:
    """``text -> bool``: whether ``text`` contains one of ``keys`` as a substring (``any(k in text for k in keys)``).

    One Aho-Corasick automaton instead of a Python loop over the keys: the keys of a pair are a few hundred
    (leaders, capitals, ministries), and the loop was a third of the stage's CPU on a corpus that mostly names
    neither country.
    """
    keys = [k for k in dict.fromkeys(keys) if k]
    if not keys:
        return lambda text: False
    automaton = ahocorasick.Automaton()
    for key in keys:
        automaton.add_word(key, key)
    automaton.make_automaton()
    return lambda text: next(automaton.iter(text), None) is not None
