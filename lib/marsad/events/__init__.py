"""Events between a focus country and its partners: who did what to whom, when, and how sure (CAMEO-coded).

:mod:`marsad.events.extract` finds them (actor roles, status, dates, background relations),
:mod:`marsad.events.merge` joins reports of the same event in linear time, :mod:`marsad.events.lexicon`
loads the cues, actors and markers of ``marsad/data/cameo``.
"""
from marsad.events.extract import *  # noqa: F401,F403
from marsad.events.extract import __all__  # noqa: F401
