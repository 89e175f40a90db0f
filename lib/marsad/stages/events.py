"""The ``events`` stage: events between a focus country and its partners (roles, status, dates) and background.

Each partition extracts its documents' events unmerged; the combine step merges reports of the
same event across documents (whatever :mod:`marsad.events` exposes as ``merge_events``).
"""
from __future__ import annotations

import csv
import importlib
import re
from dataclasses import dataclass
from functools import lru_cache

from marsad.resources import data_path
from marsad.stages.base import FLOAT, INT, TEXT, OptionError, Options, Stage

__all__ = ["STAGE", "EventOptions"]

_ISO2 = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class EventOptions(Options):
    """Options of :func:`marsad.events.extract_events` (the merge is the combine step)."""

    focus: str = "RU"
    partners: tuple[str, ...] = ("KP", "VN")
    background: bool = True
    merge: bool = True
    # the learned detector (marsad.events.learned, sessions 67 and 72) adds events for sentences the rules left; on by
    # default since session 76: on past blind parts, with the rules of the code each was blind on and a model that
    # never saw it, it met its pre-registered rule (docs/EVALUATION.md, "Session 76")
    learned: bool = True

    def check(self, stage: str) -> None:
        bad = [c for c in (self.focus, *self.partners) if not _ISO2.match(c)]
        if bad:
            raise OptionError(f"option {stage}.focus/partners: {', '.join(map(repr, bad))} "
                              "is not an ISO 3166 alpha-2 code (two capital letters, e.g. KP)")
        known = _known_countries()
        unknown = [c for c in (self.focus, *self.partners) if c not in known]
        if unknown:
            raise OptionError(f"option {stage}.focus/partners: {', '.join(map(repr, unknown))} is not a country the "
                              "knowledge base knows (lib/marsad/data/kb/countries.csv; e.g. RU Russia, KP North Korea)")
        if not [p for p in self.partners if p != self.focus]:
            raise OptionError(f"option {stage}.partners needs at least one country other than the focus {self.focus}")


@lru_cache(maxsize=1)
def _known_countries() -> frozenset:
    """The ISO codes of the knowledge base's countries (read from its CSV, without loading the knowledge base)."""
    with data_path("kb", "countries.csv").open(encoding="utf-8", newline="") as f:
        return frozenset(row["id"] for row in csv.DictReader(f))


def _events():
    return importlib.import_module("marsad.events")


def _run(corpus, inputs, options: EventOptions):
    opts = options.as_dict()
    opts["merge"] = False  # merged across the whole corpus by the combine step
    return _events().extract_events(corpus, mentions=inputs.get("mentions"), **opts)


def _combine(staged, options: EventOptions):
    raw = staged.read()
    merge = getattr(_events(), "merge_events", None)
    if options.merge and merge is not None and len(raw):
        raw = merge(raw.drop(columns=["_row", "doc_year", "doc_source"], errors="ignore"))
    return raw


STAGE = Stage(
    name="events",
    needs=("documents", "segments", "mentions"),
    columns={
        "event_id": TEXT, "kind": TEXT, "doc_id": TEXT, "actor1": TEXT, "actor2": TEXT, "source": TEXT,
        "target": TEXT, "symmetric": INT, "status": TEXT, "date_start": TEXT, "date_end": TEXT, "precision": TEXT,
        "date_text": TEXT, "cameo_code": TEXT, "event_label": TEXT, "goldstein": FLOAT, "sentence": TEXT,
        "trigger": TEXT, "trigger_start": INT, "trigger_end": INT, "attribution": TEXT, "start": INT, "end": INT,
        "section": TEXT, "position": INT, "rule": TEXT, "actor_forms": TEXT, "stand_in": TEXT, "published": TEXT,
        "url": TEXT, "sources": TEXT, "source_names": TEXT, "urls": TEXT, "n_mentions": INT, "n_documents": INT,
        "n_reports": INT,
    },
    options=EventOptions,
    run=_run,
    combine=_combine,
    description="dated CAMEO events between the focus country and its partners, merged across reports",
)
