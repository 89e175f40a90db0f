"""People and countries named in the text: knowledge base, matcher, recognisers, mention pipeline.

* :mod:`marsad.mentions.kb` — the knowledge base (countries, people, organisations, their Arabic forms);
* :mod:`marsad.mentions.matcher` — one Aho-Corasick pass, proclitic chains, linear longest-match selection;
* :mod:`marsad.mentions.resolve` — partial names and ambiguous country forms from their scope;
* :mod:`marsad.mentions.offsets` — normalised spans back to the original text, a batch at a time;
* :mod:`marsad.mentions.people` — recogniser spans cleaned, linked, grouped and followed through surnames;
* :mod:`marsad.mentions.pipeline` — :func:`find_mentions` (``recognizer=`` takes any recogniser);
* :mod:`marsad.mentions.ner` — the CRF model's prediction (training lives in :mod:`marsad.training`).
"""
from marsad.mentions.kb import *  # noqa: F401,F403
from marsad.mentions.kb import __all__ as _kb_all
from marsad.mentions.people import Recognizer, apposition_recognizer, crf_recognizer, default_recognizer
from marsad.mentions.pipeline import *  # noqa: F401,F403
from marsad.mentions.pipeline import __all__ as _pipeline_all

__all__ = [*_kb_all, *_pipeline_all, "Recognizer", "default_recognizer", "crf_recognizer", "apposition_recognizer"]
