"""Safe output folders: one writer at a time, and a run appears whole or not at all.

A run writes into a hidden sibling of its output folder (``.NAME.tmp-PID``) and, once complete,
swaps it in with one atomic ``rename`` (``renameat2(RENAME_EXCHANGE)`` on Linux when the folder
already exists), so a reader or a later run never sees half a run, and a run that fails leaves the
previous tables as they were. A lock file next to the folder (``.NAME.lock``, held with ``flock``
for the whole run, released by the kernel if the process dies) refuses a second writer.
"""
from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import shutil
from contextlib import contextmanager
from pathlib import Path

__all__ = ["RunLockedError", "UnwritableOutput", "cannot_write", "output_lock", "staging_folder", "publish"]

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


class RunLockedError(RuntimeError):
    """Another run is writing into the same output folder."""


class UnwritableOutput(OSError):
    """The output folder (or its lock file next to it) cannot be created or written.

    ``folder`` is the folder, ``reason`` the system's word for why ("Permission denied"); ``str()`` is one line
    without an errno or the lock file's name.
    """

    def __init__(self, folder, reason: str):
        super().__init__(cannot_write("write into the output folder", folder, reason,
                                      "choose an output folder you can write to"))
        self.folder, self.reason = folder, reason


def cannot_write(action: str, folder, reason, hint: str) -> str:
    """One line saying that ``folder`` cannot be written and what to do (``reason``: an ``OSError`` or its text),
    as ``marsad report`` and ``marsad analyze`` say it: ``cannot create the run folder '…': Permission denied;
    choose a --reports-dir you can write to``."""
    if isinstance(reason, OSError):
        reason = reason.strerror or str(reason)
    return f"cannot {action} {str(folder)!r}: {reason}; {hint}"


def _sibling(out: Path, kind: str) -> Path:
    return out.parent / f".{out.name}.{kind}"


@contextmanager
def output_lock(out: Path):
    """Hold the output folder's lock for the duration of a run.

    Raises:
        RunLockedError: another process holds it (the message names its pid).
        UnwritableOutput: the folder's parent (or the lock file in it) cannot be created.
    """
    path = _sibling(out, "lock")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:  # was '[Errno 13] Permission denied: '…/.out.lock'': an errno naming a hidden lock file
        raise UnwritableOutput(out, exc.strerror or str(exc)) from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EAGAIN, errno.EACCES):
                raise
            holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip() or "unknown"
            raise RunLockedError(f"another run is writing into {out} (process {holder}); "
                                 "wait for it to finish or choose another output folder") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def staging_folder(out: Path) -> Path:
    """A fresh, empty folder next to ``out`` to write a run into (call with the lock held).

    Leftovers of runs that were killed (their lock is gone, we hold it now) are removed first.
    """
    for old in out.parent.glob(f".{out.name}.tmp-*"):
        shutil.rmtree(old, ignore_errors=True)
    for old in out.parent.glob(f".{out.name}.old-*"):
        shutil.rmtree(old, ignore_errors=True)
    tmp = _sibling(out, f"tmp-{os.getpid()}")
    tmp.mkdir(parents=True)
    return tmp


def _exchange(a: Path, b: Path) -> bool:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    return fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0


def publish(tmp: Path, out: Path, *, keep=()) -> None:
    """Make the complete run in ``tmp`` the content of ``out`` in one step.

    Args:
        tmp: the staging folder holding the new run.
        out: the output folder (replaced; created if missing).
        keep: names of entries of the old ``out`` that are not Marsad's run (moved into the new
            folder first, so a user's files next to the tables are not lost).
    """
    if out.exists() and not out.is_dir():
        raise NotADirectoryError(f"output {out} exists and is not a folder")
    if out.is_dir():
        for name in keep:
            src = out / name
            if src.exists() and not (tmp / name).exists():
                src.rename(tmp / name)
        if _exchange(tmp, out):
            shutil.rmtree(tmp, ignore_errors=True)  # now the old run
            return
        old = _sibling(out, f"old-{os.getpid()}")
        out.rename(old)
        tmp.rename(out)
        shutil.rmtree(old, ignore_errors=True)
        return
    tmp.rename(out)
