"""People and countries named in the text: knowledge base, matcher, NER recogniser, mention pipeline.

Training of the NER model and the knowledge-base build live in :mod:`marsad.training`.
"""
from marsad.mentions.kb import *  # noqa: F401,F403
from marsad.mentions.kb import __all__ as _kb_all
from marsad.mentions.pipeline import *  # noqa: F401,F403
from marsad.mentions.pipeline import __all__ as _pipeline_all

__all__ = [*_kb_all, *_pipeline_all]
