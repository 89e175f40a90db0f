"""A plain (non-editable) install works: models, knowledge base, word lists and notebooks ship in the wheel."""
from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "-w", str(out), str(REPO)], check=True, cwd=out)
    (found,) = out.glob("marsad-*.whl")
    return found


@pytest.mark.slow
def test_wheel_carries_the_package_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("marsad/data/kb/people.csv", "marsad/data/topics/model.npz", "marsad/data/ner/anercorp-crf.npz",
                   "marsad/data/lang/future.txt", "marsad/data/timex/lexicon.yaml", "marsad/data/cameo/cues.csv",
                   "marsad/notebooks/00-corpus-overview.ipynb", "marsad/notebooks/03-russia-relations-timeline.ipynb"):
        assert needed in names, needed
    assert not any(n.startswith("marsad/training/") and n.endswith(".csv") for n in names)


@pytest.mark.slow
def test_installed_package_reports_on_the_seed_from_elsewhere(wheel, tmp_path, seed_path):
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site), str(wheel)],
                   check=True)
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site)}
    probe = subprocess.run([sys.executable, "-c", "import marsad.resources as r; print(r.__file__)"],
                           env=env, cwd=work, capture_output=True, text=True, check=True)
    assert probe.stdout.startswith(str(site))  # the installed copy, not the checkout
    done = subprocess.run([sys.executable, "-m", "marsad", "report", "--corpus", str(seed_path), "--name", "x"],
                          env=env, cwd=work, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout + done.stderr
    report = work / "reports" / "x"
    assert (report / "index.html").exists() and (report / "03-russia-relations-timeline.html").exists()
    assert (report / "events.csv").exists()
