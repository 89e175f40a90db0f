"""The interactive explorer: query functions over a run's tables (:mod:`.views`) and widgets (:mod:`.app`)."""
from marsad.explore.views import *  # noqa: F401,F403
from marsad.explore.views import __all__  # noqa: F401
