"""Headline topics: the runtime classifier (training lives in :mod:`marsad.training.topics`)."""
from marsad.topics.classifier import *  # noqa: F401,F403
from marsad.topics.classifier import __all__  # noqa: F401
