"""The README's commands stay true: every option, module, make target, import and repository path it shows exists.

A README line goes stale silently when an option is renamed, a module moves or a file is deleted; a new user then
copies a command that fails. These checks read README.md itself, so a change that breaks a documented command fails
here until the README is fixed with it.
"""
from __future__ import annotations

import importlib
import importlib.util
import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")

# `marsad SUB ...` as the README writes it: `.venv/bin/marsad read`, `marsad analyze`, `python -m marsad report`.
_CLI = re.compile(r"(?:\.venv/bin/marsad|python -m marsad|(?<![\w./-])marsad)\s+(report|analyze|read)\b([^`\n#]*)")
_OPTION = re.compile(r"^--?[A-Za-z][\w-]*$")


def _code_spans(text: str) -> list[str]:
    """Fenced code lines and inline `code` spans (shell examples live in both)."""
    spans, fenced = [], False
    for line in text.splitlines():
        if line.lstrip().startswith("```"):
            fenced = not fenced
            continue
        if fenced:
            spans.append(line)
        else:
            spans.extend(re.findall(r"`([^`]+)`", line))
    return spans


def readme_cli_options(text: str = README) -> dict[str, set[str]]:
    """Subcommand -> the options the README passes to it."""
    used: dict[str, set[str]] = {}
    for span in _code_spans(text):
        for sub, rest in _CLI.findall(span):
            try:
                words = shlex.split(rest, comments=True)
            except ValueError:  # an unbalanced quote inside prose: split on spaces
                words = rest.split()
            used.setdefault(sub, set()).update(w for w in words if _OPTION.match(w))
    return used


def test_the_parser_sees_options_and_ignores_comments():
    text = ("```bash\n.venv/bin/marsad report --corpus x --name y -p top_n 20   # --not-this\n```\n"
            "and `marsad analyze --help` and `python -m marsad read --json`; marsad report --prose-only\n")
    assert readme_cli_options(text) == {"report": {"--corpus", "--name", "-p"}, "analyze": {"--help"},
                                        "read": {"--json"}}


def _help(sub: str) -> str:
    done = subprocess.run([sys.executable, "-m", "marsad", sub, "--help"], capture_output=True, text=True,
                          env={"PYTHONPATH": str(REPO / "lib"), "PATH": "/usr/bin:/bin", "COLUMNS": "200"},
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("sub", ["report", "analyze", "read"])
def test_every_option_the_readme_passes_is_in_the_subcommands_help(sub):
    used = readme_cli_options().get(sub, set())
    assert used, f"the README shows no `marsad {sub}` command any more"
    shown = set(re.findall(r"(?<![\w-])(--?[A-Za-z][\w-]*)", _help(sub)))
    assert used <= shown, f"marsad {sub}: the README uses {sorted(used - shown)}, which --help does not list"


def test_every_python_module_the_readme_runs_exists():
    modules = set(re.findall(r"python -m (marsad(?:\.\w+)*)", README))
    assert "marsad.training.events_eval" in modules
    missing = [m for m in sorted(modules) if importlib.util.find_spec(m) is None]
    assert not missing, missing


def test_every_import_the_readme_shows_works():
    imports = re.findall(r"from (marsad[\w.]*) import (\w+)", README)
    assert imports
    for module, name in imports:
        assert hasattr(importlib.import_module(module), name), f"from {module} import {name}"
    for name in set(re.findall(r"\bmarsad\.(\w+)\(", README)):
        assert name in dir(importlib.import_module("marsad")), f"marsad.{name}(...)"


def test_every_make_target_the_readme_names_exists():
    targets = set(re.findall(r"^([\w-]+):", (REPO / "Makefile").read_text(), flags=re.M))
    named = set(re.findall(r"\bmake ([a-z][\w-]*)", README))
    assert {"report", "demo", "lab", "test"} <= named
    assert named <= targets, sorted(named - targets)


_ROOTS = ("lib/", "tests/", "tools/", "bench/", "data/", "notebooks/", "docs/", "seeds/", ".ci/")


def test_every_repository_path_the_readme_names_exists():
    paths = {p.rstrip("/") for span in _code_spans(README) for p in re.findall(r"[\w./-]+", span)
             if p.startswith(_ROOTS) and not re.search(r"\*|…|(^|/)[A-Z_]+(/|$)", p)}
    assert {"lib/marsad/data/quality/measured.json", "data/demo/README.md"} <= paths
    missing = sorted(p for p in paths if not (REPO / p).exists())
    assert not missing, missing


def test_the_readme_accuracy_table_quotes_measured_json():
    """The 'How far to trust it' table copies lib/marsad/data/quality/measured.json; both change together."""
    q = json.loads((REPO / "lib/marsad/data/quality/measured.json").read_text(encoding="utf-8"))
    ev, pe = q["events"], q["people"]
    for right, total in [(ev["right_actors"], ev["system_events"]), (ev["found_actors_kind_date"], ev["gold_events"]),
                         (pe["person_right"], pe["person_system"]), (pe["person_found"], pe["person_gold"]),
                         (pe["country_right"], pe["country_system"]), (pe["country_found"], pe["country_gold"])]:
        assert f"{right}/{total}" in README, f"{right}/{total} from measured.json is not in the README table"
    for key in ("forced_accuracy", "mean_class_recall"):
        assert f"{q['topics'][key]:.3f}".rstrip("0") in README, key
