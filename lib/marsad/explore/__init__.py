"""The interactive explorer: widgets (:mod:`.app`) and views (:mod:`.views`) over the query layer (:mod:`marsad.query`).

Names are imported lazily: :mod:`marsad.query` imports the per-run indexes from
:mod:`.tables`, and importing this package must not pull the views in first.
"""
from __future__ import annotations

import importlib

__all__ = [
    "Selection", "ExploreTables", "TOGETHER", "SECTION_GROUPS", "open_tables", "prepare_tables", "entity_options",
    "resolve_entity", "date_bounds", "filter_segments", "filter_mentions", "filter_headlines", "kwic", "kwic_html",
    "co_mentions", "mentions_over_time", "attention_over_time", "matching_events", "search_pattern", "search_text",
    "summary", "export_selection", "timeline_figure", "co_mentions_figure", "events_figure",
]


def __getattr__(name: str):
    if name not in __all__:
        raise AttributeError(f"module 'marsad.explore' has no attribute {name!r}")
    value = getattr(importlib.import_module("marsad.explore.views"), name)
    globals()[name] = value
    return value


def __dir__():
    return __all__
