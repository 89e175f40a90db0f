"""The report runner: papermill runs, HTML export and sanitising, the index page."""
from marsad.runner.report import *  # noqa: F401,F403
from marsad.runner.report import __all__  # noqa: F401
