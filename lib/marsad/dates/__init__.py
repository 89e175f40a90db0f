"""Arabic date expressions (TIMEX3-style): :func:`tag_dates` (evaluation in :mod:`marsad.training.timex_eval`)."""
from marsad.dates.timex import *  # noqa: F401,F403
from marsad.dates.timex import __all__  # noqa: F401
