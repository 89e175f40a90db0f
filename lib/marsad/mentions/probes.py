"""Probe words: the places of the words some passes of the mention stage look for, found by the matcher's one
automaton pass (:meth:`marsad.mentions.matcher.Matcher.add_probes`) instead of a search of the texts of their own.

Today the bare words of the common-word country forms (مالي، بنين، سيول، كابل، بوركيني:
:func:`marsad.mentions.shown_countries.probe_words`), anywhere (inside a word too). A probe is normalised and separated
text, as the automaton reads it; it finds every place where a word written as looked for is (and more: the pass checks
each place itself).

What a probe costs is its places (about 0.1 µs each in pyahocorasick's loop) and, for a probe that starts with no space,
a longer walk of the automaton (the keys all start with one, so the walk falls back to the root inside a word less
often): measured on the three ANT outlets (speed34, docs/PERFORMANCE.md), the shown-country words pay; the trophy
gate's nouns (بطوله، كاس، دوره …, 20,421 places) and a space with each one-word country name for the glued-country
gate (94,329 places, and a numpy pass for the words after a digit or a diacritic) cost the pass as much as the searches
they would save.
"""
from __future__ import annotations

from functools import lru_cache

__all__ = ["default_probes"]


@lru_cache(maxsize=1)
def default_probes() -> tuple[str, ...]:
    """Every probe the mention stage reads (:func:`marsad.mentions.shown_countries.probe_words`)."""
    from marsad.mentions.shown_countries import probe_words

    return tuple(dict.fromkeys(probe_words()))
