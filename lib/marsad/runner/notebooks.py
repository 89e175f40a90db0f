"""The report notebooks: which exist, finding one by number or name, and what parameters each takes.

A report notebook is ``NN-what-it-shows.ipynb`` in the shipped ``notebooks/`` folder. The
command line names one by its number (``03``), its stem (``03-russia-relations-timeline``), its
file name or a path. Parameters are read from the cell tagged ``parameters``: each line
``name = literal   # meaning`` gives the default and the meaning that ``marsad report
--list-params`` prints.
"""
from __future__ import annotations

import ast
import io
import json
import re
import tokenize
from dataclasses import dataclass
from pathlib import Path

from marsad.resources import notebook_dir

__all__ = [
    "NOTEBOOK_DIR",
    "Parameter",
    "list_notebooks",
    "resolve_notebook",
    "notebook_parameters",
    "UnknownNotebook",
]

# the report notebooks ship inside the package (marsad/notebooks -> the repository's notebooks/)
NOTEBOOK_DIR = notebook_dir()
_REPORT_NOTEBOOK = re.compile(r"^\d\d-[\w-]+\.ipynb$")
_NUMBER = re.compile(r"^\d{1,2}$")


class UnknownNotebook(ValueError):
    """A notebook named on the command line that is not a report notebook."""


@dataclass(frozen=True)
class Parameter:
    """One notebook parameter: its name, default (as written) and meaning (the line's comment)."""

    name: str
    default: str
    meaning: str
    value: object = None


def list_notebooks(directory: str | Path = NOTEBOOK_DIR) -> list[Path]:
    """Report notebooks: ``NN-name.ipynb`` in ``directory``, sorted (explore.ipynb is interactive only)."""
    return sorted(p for p in Path(directory).glob("*.ipynb") if _REPORT_NOTEBOOK.match(p.name))


def resolve_notebook(spec: str | Path, directory: str | Path = NOTEBOOK_DIR) -> Path:
    """Find a report notebook by number (``3``, ``03``), stem, file name or path.

    Raises:
        UnknownNotebook: nothing matches, or a number matches several notebooks;
            the message lists the notebooks there are.
    """
    text = str(spec).strip()
    path = Path(text)
    if path.suffix == ".ipynb" and path.is_file():
        return path.resolve()
    known = list_notebooks(directory)
    stem = path.name[:-len(".ipynb")] if path.name.endswith(".ipynb") else path.name
    if _NUMBER.match(stem):
        hits = [p for p in known if p.name.startswith(f"{int(stem):02d}-")]
    else:
        hits = [p for p in known if p.stem == stem] or [p for p in known if p.stem[3:] == stem]
    if len(hits) == 1:
        return hits[0].resolve()
    names = ", ".join(p.stem for p in known) or "(none)"
    raise UnknownNotebook(f"unknown notebook {text!r}; the report notebooks are: {names}")


def _parameters_cell(path: Path) -> str:
    nb = json.loads(Path(path).read_text(encoding="utf-8"))
    for cell in nb.get("cells", []):
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            source = cell.get("source", "")
            return "".join(source) if isinstance(source, list) else source
    return ""


def notebook_parameters(path: str | Path) -> list[Parameter]:
    """Return the parameters a notebook declares, in order, with default and meaning.

    The meaning is the comment at the end of the assignment's first line (or on the
    line just above it); a parameter without one gets an empty meaning.
    """
    source = _parameters_cell(Path(path))
    if not source.strip():
        return []
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    comments: dict[int, str] = {}
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type == tokenize.COMMENT:
                comments[tok.start[0]] = tok.string.lstrip("#").strip()
    except (tokenize.TokenError, IndentationError):
        pass
    out = []
    for node in tree.body:
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)):
            continue
        default = ast.get_source_segment(source, node.value) or ""
        try:
            value = ast.literal_eval(node.value)
        except ValueError:
            value = None
        meaning = comments.get(node.lineno) or comments.get(node.end_lineno) or ""
        if not meaning and node.lineno - 1 in comments and node.lineno - 1 > 1:
            meaning = comments[node.lineno - 1]
        out.append(Parameter(node.targets[0].id, " ".join(default.split()), meaning, value))
    return out
