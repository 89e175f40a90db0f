"""Presentation: figures and Arabic-safe text for the reports (escaping helpers in :mod:`.base`).

Chart modules only draw: they take the tables (or the query layer's results) and return figures.
"""
from marsad.charts.base import *  # noqa: F401,F403
from marsad.charts.base import __all__  # noqa: F401
