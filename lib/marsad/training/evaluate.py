"""Evaluation: measure each model on held-out real data and record it in docs/EVALUATION.md.

``python -m marsad.training evaluate [topics|ner|timex|all] [--datasets DIR]`` runs the
evaluations, prints their numbers and rewrites the matching section of
``docs/EVALUATION.md`` (between ``<!-- NAME:start -->`` and ``<!-- NAME:end -->``).
Each evaluation lives in the training module of its model (``training.topics.evaluate``,
``training.ner.evaluate``, ``training.timex_eval.evaluate``) and returns the markdown to record.
"""
from __future__ import annotations

import importlib
import os
import re
import sys
from pathlib import Path

__all__ = ["datasets_dir", "cli_datasets_dir", "write_doc_section", "DatasetsMissing", "run", "EVALUATIONS"]

# Training and evaluation run from a clone (gold sets in data/gold, docs/EVALUATION.md, the seed): the one place
# that finds the repository root; the runtime never does (it uses marsad.resources).
REPO_ROOT = Path(__file__).resolve().parents[3]
EVALUATION_DOC = REPO_ROOT / "docs" / "EVALUATION.md"
# name -> module whose ``evaluate(datasets: Path) -> str`` returns markdown
EVALUATIONS = {"topics": "marsad.training.topics", "topics-shipped": "marsad.training.topics_shipped", "ner": "marsad.training.ner", "timex": "marsad.training.timex_eval",
               "people": "marsad.training.people_eval", "events": "marsad.training.events_eval"}


class DatasetsMissing(FileNotFoundError):
    """The shared training/evaluation datasets are not on this machine."""


def datasets_dir(path: str | os.PathLike | None = None, *, need: str | None = None) -> Path:
    """Locate the shared datasets folder (training and evaluation only).

    Args:
        path: explicit folder; else ``$MARSAD_DATASETS``; else ``../shared/datasets``
            beside the repository.
        need: a sub-folder that must exist (e.g. ``"anercorp"``).

    Raises:
        DatasetsMissing: with a message saying where it looked and how to point to it.
    """
    candidates = [path] if path else [os.environ.get("MARSAD_DATASETS"), REPO_ROOT.parent / "shared" / "datasets"]
    for cand in candidates:
        if cand and Path(cand).is_dir() and (need is None or (Path(cand) / need).exists()):
            return Path(cand)
    looked = ", ".join(str(c) for c in candidates if c)
    what = f"'{need}' in " if need else ""
    raise DatasetsMissing(
        f"cannot find {what}the shared datasets (looked in: {looked}). Training and evaluation need them; "
        "pass --datasets DIR or set MARSAD_DATASETS. Running reports does not need them."
    )


def cli_datasets_dir(path: str | os.PathLike | None = None, *, need: str | None = None) -> Path | None:
    """``datasets_dir`` for a command line: a missing folder is one ``error:`` line on stderr and ``None`` (the
    command then exits with status 2), never a traceback."""
    try:
        return datasets_dir(path, need=need)
    except DatasetsMissing as exc:
        print(f"error: {exc}", file=sys.stderr)
        return None


def write_doc_section(key: str, markdown: str, doc: Path = EVALUATION_DOC) -> None:
    """Replace the ``key`` section of a markdown document (created if missing)."""
    start, end = f"<!-- {key}:start -->", f"<!-- {key}:end -->"
    block = f"{start}\n{markdown.strip()}\n{end}"
    text = doc.read_text(encoding="utf-8") if doc.exists() else "# Evaluation\n"
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _: block, text)
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    doc.parent.mkdir(parents=True, exist_ok=True)
    doc.write_text(text, encoding="utf-8")


def run(names: list[str], root: Path, *, write: bool = True) -> int:
    """Run the named evaluations on the datasets at ``root``; return an exit status."""
    status = 0
    for name in names:
        module = importlib.import_module(EVALUATIONS[name])
        print(f"== {name}", flush=True)
        try:
            markdown = module.evaluate(root)
        except DatasetsMissing as exc:
            print(f"error: {exc}", file=sys.stderr)
            status = 2
            continue
        print(markdown)
        if write:
            write_doc_section(name, markdown)
    return status
