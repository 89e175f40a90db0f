"""The ``titles`` stage: the topic of every document title, whether or not the corpus has a ticker.

The ``headlines`` table keeps ticker headlines when a corpus has any (else titles). A mixed corpus (a page
with a ticker next to a table of article titles) must report its titles too, from the tables: this stage
keeps the title rows the headlines stage classified in each partition (before its combine step chose one
kind), so nothing is classified twice and no notebook classifies anything itself.
"""
from __future__ import annotations

from marsad.stages import headlines
from marsad.stages.base import Options, Stage

__all__ = ["STAGE"]


def _run(corpus, inputs, options: Options):
    rows = inputs["headlines"]
    return rows[rows["section"] == "title"].reset_index(drop=True)


def _combine(staged, options: Options):
    # the title rows of every partition, each source's read as one batch with the headlines stage's options
    return headlines.finish(staged)


STAGE = Stage(
    name="titles",
    needs=("headlines",),
    columns=headlines.STAGE.columns,
    staged_columns=headlines.STAGE.staged_columns,
    options=Options,
    run=_run,
    combine=_combine,
    description="topic of each document title (also when the corpus has a ticker)",
)
