"""The ``headlines`` stage: topic of each ticker headline, else of each document title.

Each partition classifies its rows (probabilities kept in the staged ``proba`` column); the combine step keeps one
kind for the whole corpus and reads each source's rows of all partitions as one batch
(``classifier.finish_staged_headlines``).
"""
from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from functools import lru_cache

import pyarrow.dataset as ds

from marsad.stages.base import DATE, FLOAT, INT, NULLABLE_INT, TEXT, OptionError, Options, Stage

__all__ = ["STAGE", "HeadlineOptions"]

# Ticker headlines when the corpus has any, else titles: each partition classifies both kinds,
# the combine step keeps one kind for the whole corpus.
_KINDS = ("ticker", "title")
_ISO2 = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class HeadlineOptions(Options):
    """Options of :func:`marsad.topics.headlines_table`."""

    min_confidence: float = 0.5
    deduplicate: bool = False
    model: str | None = None
    taxonomy: str | None = None
    embeddings: bool = True
    # The outlet's home country (ISO 3166 alpha-2, e.g. MA for a Moroccan site; none for a pan-Arab or
    # international outlet): headlines that name only that country are read as national news, not world.
    # "auto" (the default): each page's ticker gets the country its own headlines name far more than any other
    # (``classifier.detect_home_country``); titles none, since a corpus chosen by topic (every article naming Russia)
    # names its topic most, not its outlets' home (``classifier.suggest_home_countries`` says what its titles would
    # read). "auto-titles" (opt-in, for a corpus of national outlets' whole output): tickers as "auto", titles the
    # country all the titles of their source name far more than any other (read in the combine step over the whole
    # corpus). "none" or None: no home country.
    home_country: str | None = "auto"
    # Read each source's headlines of one kind classified together (one partition) as one batch
    # (``classifier.adapt_by_group`` / ``read_batch``): probabilities spread towards similar headlines of the batch,
    # adapted to the source's topic mix, topic decided for balanced recall, and (1,000 distinct headlines or more)
    # self-trained on the batch's own vocabulary (``classifier.self_train_batch``); false: every headline is read alone,
    # against the training outlets' mix.
    adapt: bool = True

    def check(self, stage: str) -> None:
        if not 0.0 <= self.min_confidence <= 1.0:
            raise OptionError(f"option {stage}.min_confidence must lie between 0 and 1, not {self.min_confidence}")
        if self.home_country not in (None, "auto", "auto-titles", "none") and (
                not isinstance(self.home_country, str) or not _ISO2.match(self.home_country)
                or self.home_country not in _known_countries()):
            # an unknown code of the right shape (XX) was accepted and written to every headline as its home country
            raise OptionError(f"option {stage}.home_country {self.home_country!r} is no country code of the "
                              "knowledge base; use an ISO 3166 alpha-2 code such as MA or TN, auto, or none "
                              "(auto-titles: each source's titles read for its own)")


@lru_cache(maxsize=1)
def _known_countries() -> frozenset[str]:
    """The ISO 3166 alpha-2 codes of the knowledge base's countries (``data/kb/countries.csv``)."""
    from marsad.resources import data_path

    with open(data_path("kb", "countries.csv"), encoding="utf-8", newline="") as fh:
        return frozenset(row["id"] for row in csv.DictReader(fh))


def _run(corpus, inputs, options: HeadlineOptions):
    """One partition's rows of both kinds, with their probabilities before any batch reading (``proba``)."""
    import pandas as pd

    from marsad.readers.corpus import Corpus
    from marsad.topics.classifier import _headline_rows

    seg = corpus.segments
    parts = []
    for kind in _KINDS:
        rows = seg[seg["section"] == kind]
        if len(rows):
            parts.append(_headline_rows(Corpus(corpus.documents, rows, corpus.manifest), **options.as_dict(), staged=True))
    out = (pd.concat(parts, ignore_index=True) if parts
           else _headline_rows(Corpus(corpus.documents, seg.iloc[:0], corpus.manifest), **options.as_dict(), staged=True))
    # what the combine steps need to finish the rows (the titles stage's combine step has no options of its own)
    return out.assign(reading=json.dumps(_reading(options), sort_keys=True))


def _reading(options: HeadlineOptions) -> dict:
    return {"model": options.model, "taxonomy": options.taxonomy, "min_confidence": options.min_confidence,
            "adapt": options.adapt}


# The batch the headlines stage's combine step finished last, by the content of its staged rows: when a corpus
# has no ticker the titles stage's combine step (next, in the same process) finishes the very same title rows,
# and the batch reading (self-training on 1,000 titles or more) is the costliest part of the topic stage.
_FINISHED: dict[tuple, object] = {}


def _batch_key(rows, reading: dict) -> tuple:
    import hashlib

    import pandas as pd

    digest = hashlib.sha1(pd.util.hash_pandas_object(rows, index=False).to_numpy().tobytes()).hexdigest()
    return tuple(rows.columns), len(rows), digest, json.dumps(reading, sort_keys=True)


def finish(staged, where=None, *, hand_over: bool = False):
    """The staged rows (matching ``where``) of every partition, each source's read as one batch.

    A source whose headlines span several partitions is read against all of them (its topic mix, its similar
    headlines), so ``--chunk-mb`` does not change a topic; the titles stage finishes its rows the same way, with
    the headlines stage's options (the staged ``reading`` column). ``hand_over``: keep the result for the next
    call, which returns it without reading the batch again if its rows and reading are the same.
    """
    from marsad.topics.classifier import finish_staged_headlines

    rows = staged.read(where=where)
    reading = json.loads(rows["reading"].iloc[0]) if len(rows) else _reading(HeadlineOptions())
    rows = rows.drop(columns=["reading"], errors="ignore")
    key = _batch_key(rows, reading)
    known = _FINISHED.pop(key, None)
    _FINISHED.clear()
    if known is not None:
        return known
    result = finish_staged_headlines(rows, **reading)
    if hand_over:
        _FINISHED[key] = result.copy()
    return result


def _combine(staged, options):
    for kind in _KINDS:
        where = ds.field("section") == kind
        if staged.count(where):
            return finish(staged, where, hand_over=kind == "title")
    return finish(staged, ds.field("section") == _KINDS[0])  # neither: the empty table


STAGE = Stage(
    name="headlines",
    needs=("documents", "segments"),
    columns={"doc_id": TEXT, "position": INT, "section": TEXT, "text": TEXT, "topic": TEXT, "label_ar": TEXT,
             "confidence": FLOAT, "best_topic": TEXT, "duplicate_of": NULLABLE_INT, "source": TEXT, "published": DATE,
             "home_country": TEXT},
    # the per-partition rows carry each row's probabilities before the batch reading of the combine step
    staged_columns={"doc_id": TEXT, "position": INT, "section": TEXT, "text": TEXT, "topic": TEXT, "label_ar": TEXT,
                    "confidence": FLOAT, "best_topic": TEXT, "duplicate_of": NULLABLE_INT, "source": TEXT,
                    "published": DATE, "home_country": TEXT, "proba": TEXT, "reading": TEXT},
    options=HeadlineOptions,
    run=_run,
    combine=_combine,
    description="topic of each ticker headline (or, without a ticker, each title)",
)
