"""The ``mentions`` stage: people, countries and organisations named in every segment."""
from __future__ import annotations

from dataclasses import dataclass

from marsad.stages.base import INT, TEXT, OptionError, Options, Stage

__all__ = ["STAGE", "MentionOptions"]

_TYPES = ("person", "country", "org")


@dataclass(frozen=True)
class MentionOptions(Options):
    """Options of :func:`marsad.mentions.find_mentions` (``matcher`` is not an option: it is code)."""

    entity_types: tuple[str, ...] | None = None
    demonyms: bool = True
    capitals: bool = True
    ner: bool = True
    ner_model: str = "full"
    ner_sections: tuple[str, ...] | None = None
    skip_duplicates: bool = True
    extra_people: tuple[str, ...] = ()

    def check(self, stage: str) -> None:
        bad = [t for t in self.entity_types or () if t not in _TYPES]
        if bad:
            raise OptionError(f"option {stage}.entity_types: unknown type(s) {', '.join(map(repr, bad))}; "
                              f"known: {', '.join(_TYPES)}")
        from marsad.mentions.pipeline import NER_MODELS

        if self.ner_model not in NER_MODELS:
            raise OptionError(f"option {stage}.ner_model: unknown model {self.ner_model!r}; known: {', '.join(NER_MODELS)}"
                              " (full: the CRF with its neural scorer; crf: the CRF alone, faster)")


def _run(corpus, inputs, options: MentionOptions):
    import importlib

    # looked up at call time, so a recogniser swapped into the package is the one used
    return importlib.import_module("marsad.mentions").find_mentions(corpus, **options.as_dict())


STAGE = Stage(
    name="mentions",
    needs=("documents", "segments"),
    columns={"doc_id": TEXT, "section": TEXT, "position": INT, "entity_id": TEXT, "entity_type": TEXT,
             "label_en": TEXT, "label_ar": TEXT, "form": TEXT, "surface": TEXT, "start": INT, "end": INT},
    options=MentionOptions,
    run=_run,
    description="mentions of knowledge-base entities (and NER people) with offsets",
)
