"""End-to-end: headless Chromium opens JupyterLab on the explorer, runs it, picks an entity, sees the KWIC change.

Drives Debian's chromium (``/usr/bin/chromium``) with Playwright's Python package; no browser is downloaded.
JupyterLab runs from the project's venv in a temporary folder holding a copy of the explorer notebook whose
parameters point at the seed, with its own settings and workspace folders, on a free local port.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import nbformat
import pytest

from _browser import find_chromium, require_browser
from conftest import NOTEBOOKS, REPO

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# Analysing the seed in the kernel (knowledge base, topic model, mentions, events) takes ~20-40 s.
RUN_TIMEOUT_MS = 240_000

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _explorer_copy(folder: Path, seed_dir: Path) -> Path:
    nb = nbformat.read(NOTEBOOKS / "explore.ipynb", as_version=4)
    cell = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    cell.source = (f'corpus = {str(seed_dir)!r}\ntables = ""\noutput_dir = {str(folder)!r}\ncapture_date = ""\n'
                   "max_rows = 200\ntop_n = 15")
    path = folder / "explore.ipynb"
    nbformat.write(nb, path)
    return path


@pytest.fixture
def lab(tmp_path, seed_path):
    """A JupyterLab server on a free port serving a copy of the explorer; yields (base URL, token)."""
    jupyter = Path(sys.executable).with_name("jupyter")
    if not jupyter.exists():
        pytest.skip(f"no jupyter next to {sys.executable}")
    work = tmp_path / "lab"
    work.mkdir()
    _explorer_copy(work, seed_path.parent)
    token, port = uuid.uuid4().hex, _free_port()
    env = {**os.environ, "JUPYTER_PLATFORM_DIRS": "1", "PYTHONPATH": str(REPO / "lib")}
    # Offline and quiet: no news feed, no update check, no PyPI extension manager.
    cmd = [str(jupyter), "lab", "--no-browser", "--allow-root", f"--IdentityProvider.token={token}", f"--port={port}",
           "--ServerApp.ip=127.0.0.1", f"--ServerApp.root_dir={work}", "--LabApp.news_url=None",
           "--LabApp.extension_manager=readonly",
           "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
           f"--LabServerApp.workspaces_dir={tmp_path / 'workspaces'}",
           f"--LabServerApp.user_settings_dir={tmp_path / 'settings'}"]
    log = open(tmp_path / "jupyter.log", "w")
    proc = subprocess.Popen(cmd, cwd=work, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.flush()
                pytest.fail("JupyterLab did not start:\n" + (tmp_path / "jupyter.log").read_text()[-3000:])
            time.sleep(0.5)
        yield base, token
    finally:
        proc.terminate()  # the server shuts its kernels down on SIGTERM
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        log.close()


def _wait_for_idle_kernel(base: str, token: str, timeout: float = 90) -> None:
    """Wait until the notebook's kernel has started and is idle (asked through the server's REST API)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{base}/api/kernels?token={token}", timeout=5) as r:
                kernels = json.load(r)
        except OSError:  # the server answers 500 while a kernel is still starting
            kernels = []
        if kernels and all(k.get("execution_state") == "idle" for k in kernels):
            return
        time.sleep(0.5)
    pytest.fail(f"the notebook's kernel did not become idle within {timeout} s")


@pytest.fixture
def browser_ready():
    """Skip without Playwright or Chromium, except in CI, which installs both (see .ci/run)."""
    require_browser("the JupyterLab browser check")


def test_explorer_in_jupyterlab_picks_an_entity_and_updates_the_kwic(browser_ready, lab, tmp_path):
    from playwright import sync_api

    base, token = lab
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=find_chromium(), headless=True, args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 1000})
        try:
            page = browser.new_page()
            page.goto(f"{base}/lab/tree/explore.ipynb?token={token}", timeout=60_000)
            page.wait_for_selector(".jp-NotebookPanel .jp-Cell", timeout=60_000)
            _wait_for_idle_kernel(base, token)

            page.locator(".lm-MenuBar-item", has_text="Run").first.click()
            page.locator(".lm-Menu-item", has_text="Run All Cells").first.click()

            kwic = page.locator(".marsad-kwic-view .marsad-kwic")
            kwic.wait_for(timeout=RUN_TIMEOUT_MS)
            before = kwic.inner_text()
            assert "كيم" not in before

            picker = page.locator(".marsad-picker input")
            picker.click()
            picker.fill("كيم جونغ أون")
            picker.press("Enter")

            page.wait_for_function(
                "b => { const e = document.querySelector('.marsad-kwic-view .marsad-kwic');"
                " return e && e.innerText !== b && e.querySelector('mark'); }", arg=before, timeout=60_000)
            after = kwic.inner_text()
            assert after != before
            assert page.locator(".marsad-kwic-view mark").first.inner_text() in {"كيم", "كيم جونغ أون", "لكيم جونغ أون"}
            assert "Kim Jong Un" in page.locator(".marsad-chosen").inner_text()
            if os.environ.get("MARSAD_LAB_SCREENSHOT"):  # to look at the explorer: a PNG path
                page.locator(".marsad-explorer").screenshot(path=os.environ["MARSAD_LAB_SCREENSHOT"])
        except Exception:
            page.screenshot(path=str(tmp_path / "failure.png"), full_page=True)
            raise
        finally:
            browser.close()
