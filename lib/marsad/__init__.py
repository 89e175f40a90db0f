"""Marsad (مرصد): analyse Arabic news pages and corpora in Jupyter.

The public API is re-exported here and imported lazily, so ``import marsad``
stays fast (papermill starts a kernel per notebook) and a module's heavy
dependencies load only when one of its functions is used.
"""
from __future__ import annotations

import importlib

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS = {
    "read_corpus": "readers.corpus",
    "Corpus": "readers.corpus",
    "normalize": "lang.text",
    "normalize_map": "lang.text",
    "tokenize": "lang.text",
    "classify_headlines": "topics.classifier",
    "load_taxonomy": "topics.classifier",
    "headlines_table": "topics.classifier",
    "find_mentions": "mentions.pipeline",
    "load_kb": "mentions.kb",
    "tag_dates": "dates.timex",
    "extract_events": "events.extract",
    "analyze": "engine.run",
    "open_run": "engine.run",
    "run_report": "runner.report",
    "report_context": "runner.context",
    "notice": "runner.context",
    "STAGES": "stages",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'marsad' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"marsad.{module}"), name)
    globals()[name] = value
    return value


def __dir__():
    return __all__
