"""Where the package's own data lives: models, knowledge base and word lists under ``marsad/data/``.

Everything is found with :mod:`importlib.resources`, relative to the installed package and never to a
repository checkout, so a plain ``pip install .`` gives a package that runs.
"""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path

__all__ = ["data_path", "notebook_dir"]


def data_path(*parts: str) -> Path:
    """Return the path of a shipped data file or folder, e.g. ``data_path("kb", "people.csv")``."""
    return Path(str(files("marsad").joinpath("data", *parts)))


def notebook_dir() -> Path:
    """Return the folder of the shipped report notebooks (``NN-name.ipynb`` and ``explore.ipynb``)."""
    return Path(str(files("marsad").joinpath("notebooks")))
