"""Dated events between a focus country and its partners (CAMEO-coded)."""
from marsad.events.extract import *  # noqa: F401,F403
from marsad.events.extract import __all__  # noqa: F401
