"""Evaluation command: measure each model on held-out real data and record it.

``python -m marsad.evaluate [topics|ner|timex|all] [--datasets DIR]`` runs the
evaluations, prints their numbers and rewrites the matching section of
``docs/EVALUATION.md`` (between ``<!-- NAME:start -->`` and ``<!-- NAME:end -->``).
Each evaluation lives beside its model (``topics.evaluate``, ``ner.evaluate``,
``timex.evaluate``) and returns the markdown to record.
"""
from __future__ import annotations

import argparse
import importlib
import os
import re
import sys
from pathlib import Path

__all__ = ["datasets_dir", "write_doc_section", "DatasetsMissing", "main"]

REPO_ROOT = Path(__file__).resolve().parents[2]
EVALUATION_DOC = REPO_ROOT / "docs" / "EVALUATION.md"
# name -> module whose ``evaluate(datasets: Path) -> str`` returns markdown
EVALUATIONS = {"topics": "marsad.topics", "ner": "marsad.ner", "timex": "marsad.timex"}


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m marsad.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("which", nargs="*", default=["all"], choices=["all", *EVALUATIONS])
    parser.add_argument("--datasets", help="shared datasets folder (default: ../shared/datasets)")
    parser.add_argument("--no-write", action="store_true", help="print only, leave docs/EVALUATION.md alone")
    args = parser.parse_args(argv)
    names = list(EVALUATIONS) if "all" in args.which else args.which
    try:
        root = datasets_dir(args.datasets)
    except DatasetsMissing as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
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
        if not args.no_write:
            write_doc_section(name, markdown)
    return status


if __name__ == "__main__":
    sys.exit(main())
