"""The reader registry: each input format declares how it recognises a file and how it reads it.

A reader is a function ``read(source) -> list[(document, segments)]``
registered with :func:`register` under a format name, with the file suffixes
it claims and/or a ``sniff(text)`` test on the decoded start of the file.
Suffix claims win (``.csv`` is a table whatever it holds); otherwise the
sniffers are asked in ``order`` and the first that recognises the text reads
it (ANT before HTML before the plain text page, which takes anything).

A reader never raises for one bad record: it calls ``source.warn(where,
reason)`` and goes on, so the manifest can list every bad line with its
number. It raises :class:`~marsad.readers.decode.DecodeError` only when the
whole file is unusable (no text column, nothing decodable).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Callable

from marsad.readers.decode import Decoded, decode
from marsad.readers.walk import printable

__all__ = ["Reader", "Source", "Record", "register", "READERS", "MAX_WARNINGS", "SAME_MESSAGE"]

# (document fields, segments): segments are dicts with at least ``section`` and ``text``.
Record = tuple[dict, list[dict]]
# (robust45) The key under which a reader gives a document's platform message when its id cannot be the platform's (a
# Telegram HTML export names no chat id: its ids are by export folder; the chat's name and the message id are the same
# in every export of it): ``corpus.record_rows`` counts the same message with the same text once, and takes the key out.
SAME_MESSAGE = "same_message"
# Per file, the manifest lists this many bad lines/values with their numbers, then a count of the rest.
MAX_WARNINGS = 200


@dataclass
class Source:
    """One input file handed to a reader: its bytes, decoded text on demand, and what went wrong."""

    path: Path
    doc_id: str
    data: bytes
    name: str = ""            # the name the bytes go by when not the path's: a packed file's, an archive member's
    format: str = ""
    encoding: str = ""
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    omitted: int = 0
    _decoded: Decoded | None = None

    @property
    def suffix(self) -> str:
        return PurePosixPath(self.name).suffix.lower() if self.name else self.path.suffix.lower()

    def _decode(self) -> Decoded:
        if self._decoded is None:
            self._decoded = decode(self.data, name=self.name or self.path.name)  # the manifest row holds the path; no folders in a reason
            self.encoding = self._decoded.encoding
            for w in self._decoded.warnings:
                self.warn("end of file", w)
            if self._decoded.mended:
                self.warn(f"line {self._decoded.mended_line}", self._decoded.mended)
            if self._decoded.nul_bytes:
                self.warn(f"byte {self._decoded.first_nul}", f"{self._decoded.nul_bytes} NUL byte(s) removed "
                                                              "(not text: a damaged copy?)")
        return self._decoded

    @property
    def text(self) -> str:
        return self._decode().text

    def warn(self, where: str, reason: str) -> None:
        """Record one bad line or value (``where`` is e.g. ``"line 7"``); the record is kept or skipped by the reader."""
        if len(self.warnings) < MAX_WARNINGS:
            self.warnings.append(printable(f"{where}: {reason}"))  # a member's name is the archive's text, not ours
        else:
            self.omitted += 1

    def note(self, text: str) -> None:
        """Record a remark about the whole file (shown in the manifest's ``reason``)."""
        self.notes.append(text)

    def warning_text(self) -> str:
        more = f"; … and {self.omitted} more" if self.omitted else ""
        return "; ".join(self.warnings) + more


@dataclass(frozen=True)
class Reader:
    """A format: its name (the manifest's ``format``), how it is recognised, how it is read."""

    name: str
    read: Callable[[Source], list[Record]]
    suffixes: tuple[str, ...] = ()
    sniff: Callable[[str], bool] | None = None
    order: int = 50


READERS: dict[str, Reader] = {}


def register(name: str, *, suffixes: tuple[str, ...] = (), sniff: Callable[[str], bool] | None = None,
             order: int = 50):
    """Declare a reader: ``@register("ant", sniff=lambda text: ...)`` on its read function."""
    def deco(fn: Callable[[Source], list[Record]]):
        READERS[name] = Reader(name, fn, tuple(s.lower() for s in suffixes), sniff, order)
        return fn
    return deco


def relative_id(path: Path, root: Path) -> str:
    """The document id of a one-document file: its path relative to the corpus, without suffix."""
    rel = Path(os.path.relpath(path, root)) if root.is_dir() else Path(path.name)
    return rel.with_suffix("").as_posix()
