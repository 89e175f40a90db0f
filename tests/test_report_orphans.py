"""A ``kill -9`` of ``marsad report`` leaves no notebook worker or kernel running (issue 18 item 6)."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

psutil = pytest.importorskip("psutil")

REPO = Path(__file__).resolve().parents[1]


def _cmdline(proc) -> str:
    """A child's command line, or "" when it has just exited (a zombie between listing and reading: psutil's
    ZombieProcess is a NoSuchProcess) or cannot be read."""
    try:
        return " ".join(proc.cmdline())
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return ""


def _alive(pids):
    out = []
    for pid in pids:
        try:
            proc = psutil.Process(pid)
            if proc.status() != psutil.STATUS_ZOMBIE:
                out.append((pid, " ".join(proc.cmdline())[:120]))
        except psutil.NoSuchProcess:
            pass
    return out


@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_kill_9_leaves_no_worker(tmp_path, seed_path, jobs):
    env = {**os.environ, "PYTHONPATH": str(REPO / "lib")}
    cli = subprocess.Popen(
        [sys.executable, "-m", "marsad", "report", "--corpus", str(seed_path), "--name", "k", "--reports-dir",
         str(tmp_path), "--notebook", "00", "--notebook", "01", "--jobs", jobs],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    parent = psutil.Process(cli.pid)
    deadline = time.monotonic() + 300
    kernels = []
    while time.monotonic() < deadline and not kernels:  # wait until a notebook kernel is running
        time.sleep(0.5)
        assert cli.poll() is None, "the run ended before a kernel started"
        family = parent.children(recursive=True)
        kernels = [p for p in family if "ipykernel" in _cmdline(p)]
    assert kernels, "no kernel started within the time allowed"
    time.sleep(1)
    family = [p.pid for p in parent.children(recursive=True)]
    os.kill(cli.pid, signal.SIGKILL)
    cli.wait()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and _alive(family):
        time.sleep(0.5)
    assert not _alive(family), _alive(family)
