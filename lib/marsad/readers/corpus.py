"""Read a corpus (a page, a folder of pages, ANT article files, feeds, tables, Word files, packed files and ZIP
archives) into tables.

``read_corpus(path)`` returns a :class:`Corpus` with three DataFrames:

* ``documents``: ``doc_id, path, source, url, published, title, format,
  category, captured``;
* ``segments``: ``doc_id, section, position, text, normalized, duplicate_of,
  credit``: ``text`` is the original and the reference for every offset;
* ``manifest``: one row per entry met on the walk: ``path, status``
  (``parsed`` or ``skipped``), ``reason``, ``format``, ``encoding``,
  ``documents``, ``bytes``, ``warnings`` (each bad line or value kept or
  skipped inside a parsed file, with its line number), ``duplicate_of`` (the
  earlier file with the same bytes). Every entry is in it: read = parsed + skipped.

Bad input never stops a read and is never lost silently: an undecodable,
binary, empty or unsupported file, a FIFO, a device, a dangling symlink or a
symlink loop is skipped with its reason; one bad record costs only that
record (see :mod:`marsad.readers.tables`); a copy of a file already read is
listed with the file it duplicates and counted once. A corpus with no
document at all raises :class:`EmptyCorpusError`. The formats are readers
registered in :mod:`marsad.readers.base`. Every read goes through the same
two steps: :func:`read_file` (an entry -> its manifest row and documents) and
:func:`record_rows` (documents -> table rows, ids made unique, long segments
cut); :func:`iter_read` chains them for :func:`iter_corpus`, and the partition
engine chains the same two inside its chunking (``engine.partitions.iter_partition``).
"""
from __future__ import annotations

import hashlib
import os
import re
import stat
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Callable, Iterable, Iterator

import pandas as pd

from marsad.readers import archive, office
from marsad.readers.archive import size_text
from marsad.readers.base import SAME_MESSAGE, Record, Source, relative_id
from marsad.readers.formats import reader_for
from marsad.readers.decode import DecodeError, decode_bytes
from marsad.readers.segments import segment_rows
from marsad.readers.walk import (Entry, assets_reason, classify, holds_code, holds_documents, holds_pages, not_news,
                                  printable, refers_to, regular_files, still_there,
                                  saved_page_of, unreadable, walk_corpus)

__all__ = [
    "Corpus", "read_corpus", "iter_corpus", "iter_read", "read_files", "read_file", "decode_bytes", "DecodeError",
    "EmptyCorpusError", "check_not_empty", "id_key", "record_rows", "iter_zip", "relative_path", "reason_kind", "absolute_paths", "is_readable_file", "DOCUMENT_COLUMNS", "SEGMENT_COLUMNS", "MANIFEST_COLUMNS",
]

DOCUMENT_COLUMNS = ["doc_id", "path", "source", "url", "published", "title", "format", "category", "captured"]
SEGMENT_COLUMNS = ["doc_id", "section", "position", "text", "normalized", "duplicate_of", "credit"]
MANIFEST_COLUMNS = ["path", "status", "reason", "format", "encoding", "documents", "bytes", "warnings", "duplicate_of"]
MAX_BYTES = archive.MAX_BYTES

_PAGE_SUFFIXES = ("", ".txt", ".text", ".html", ".htm", ".xml", ".tml")


class EmptyCorpusError(ValueError):
    """The corpus holds no readable document; the message says what was found instead (one line)."""

    def __init__(self, message: str, manifest: pd.DataFrame | None = None):
        super().__init__(message)
        self.manifest = manifest


@dataclass
class Corpus:
    """Documents, their segments and the input manifest of one read."""

    documents: pd.DataFrame
    segments: pd.DataFrame
    manifest: pd.DataFrame

    @property
    def ticker(self) -> pd.DataFrame:
        return self.segments[self.segments["section"] == "ticker"]

    def summary(self) -> dict:
        """Counts a report quotes: files, documents, segments by section, duplicates."""
        m = self.manifest
        duplicates = m["duplicate_of"] if "duplicate_of" in m else pd.Series(dtype=object)
        warned = m["warnings"] if "warnings" in m else pd.Series(dtype=object)
        return {
            "files": len(m),
            "parsed": int((m["status"] == "parsed").sum()),
            "skipped": int((m["status"] == "skipped").sum()),
            "duplicates": int(duplicates.fillna("").astype(str).ne("").sum()),
            "files_with_warnings": int(warned.fillna("").astype(str).ne("").sum()),
            "documents": len(self.documents),
            "segments": len(self.segments),
            "ticker": int((self.segments["section"] == "ticker").sum()),
            "ticker_duplicates": int(self.ticker["duplicate_of"].notna().sum()),
            "sources": int(self.documents["source"].nunique()),
            "dated_documents": int(self.documents["published"].notna().sum()),
        }


def _row(path, **values) -> dict:
    row = {"path": str(path), "status": "skipped", "reason": "", "format": "", "encoding": "", "documents": 0,
           "bytes": 0, "warnings": "", "duplicate_of": None}
    row.update(values)
    return row


def _failure(exc: Exception) -> str:
    """Why a file (or an archive member) gave no documents: a reader's own message for input it cannot read
    (undecodable, malformed, unreadable), else the unexpected error named."""
    if isinstance(exc, OSError):
        return unreadable(exc)
    if isinstance(exc, (DecodeError, ValueError)):
        return str(exc)
    return f"unexpected error while reading: {type(exc).__name__}: {exc}"


def _packed_failure(exc: Exception, packing: str | None) -> str:
    """:func:`_failure`, saying that the file was packed when what failed was its unpacked content."""
    reason = _failure(exc)
    if packing and not reason.startswith(packing) and f"{packing} " not in reason:
        return f"{packing}-compressed file: {reason}"
    return reason


def read_file(file: str | os.PathLike | Entry, root: str | os.PathLike, *,
              max_bytes: int = MAX_BYTES, read_before=()) -> tuple[dict, list[Record]]:
    """Read one entry of a corpus: its manifest row and its documents (never raises for bad input).

    Args:
        file: a path, or an :class:`~marsad.readers.walk.Entry` of :func:`walk_corpus`
            (which knows duplicates and why an entry is not read).
        root: the corpus path (document ids are paths relative to it).
        max_bytes: files larger than this are skipped.
        read_before: paths read (parsed) earlier in this read loop: a copy whose first is among them is a copy even
            when that first has gone since (deleted or moved during the run; robust42: it was read twice).

    Returns:
        ``(row, records)``: the manifest row (``status`` parsed or skipped with its
        ``reason``; ``warnings`` listing bad lines and values) and a list of
        ``(document fields, segments)``; ids are not yet made unique across files
        (:func:`iter_read` numbers repeats ``id~2``, ``id~3``).
    """
    root = Path(root)
    if isinstance(file, Entry):
        entry = file
    else:
        kind, reason, size = classify(Path(file), root)
        entry = Entry(os.fspath(file), size, reason if kind != "file" else "")
    path = Path(entry.path)
    if entry.skip:
        return _row(path, reason=entry.skip), []
    gone = ""
    if entry.duplicate_of:
        if os.path.lexists(entry.duplicate_of) or entry.duplicate_of in read_before:
            return _row(path, bytes=entry.size, duplicate_of=entry.duplicate_of,
                        reason=f"exact duplicate of {relative_path(entry.duplicate_of, root)} (same bytes); counted once"), []
        # (robust41) its first copy is gone since the walk (deleted or moved during the run): this copy is read, or
        # the text was in neither
        gone = f"read in place of {relative_path(entry.duplicate_of, root)} (same bytes), gone during the run"
    row = _row(path, bytes=entry.size)
    packing = None
    try:
        source = _open(path, root, max_bytes=max_bytes)
        row["bytes"] = len(source.data)
        # a member whose first (a file outside, another archive's member) is gone since the walk, and was not read,
        # or is in an archive this run does not read (above max_bytes; review43), is read in its place
        copies = tuple((m, o) for m, o in entry.copies if still_there(o, read_before, max_bytes))
        if archive.archive_kind(source.data):
            kind = office.package_kind(source.data) if archive.is_zip(source.data[:4]) else None
            records = (_read_zip(source, root, max_bytes=max_bytes, copies=copies) if kind is None
                       else office.read_package(source, kind))
        else:
            packing = archive.compression(source.data[:8])
            source = _unpacked(source, root, max_bytes=max_bytes)
            if packing and _plain_archive(source.data):
                # a packed archive (export.zip.gz, scrape.tar.gz) is the archive: its members are read with the same limits
                records = [r for found, _ in _zip_members(source, root, max_bytes=max_bytes, folder=source.doc_id,
                                                          copies=copies) for r in found]
            else:
                records = _read_source(source)
    except Exception as exc:  # one bad file never stops a run
        return _row(path, bytes=row["bytes"], reason=_packed_failure(exc, packing)), []
    if gone:
        source.note(gone)
    return _finished_row(row, source, len(records)), records


def _read_source(source: Source) -> list[Record]:
    """The records of one file's bytes, by the reader its name or its text asks for (a Word file by its bytes)."""
    if archive.archive_kind(source.data):  # an archive member, or a packed file, that is itself an archive
        kind = office.package_kind(source.data) if archive.is_zip(source.data[:4]) else None
        if kind is None:
            raise DecodeError("an archive inside the archive; unpack it to read it")
        return office.read_package(source, kind)
    reader = reader_for(source)
    source.format = reader.name
    if (reader.sniff is not None and source.suffix not in _PAGE_SUFFIXES + reader.suffixes
            and not source.text.lstrip().startswith("<")):
        source.note(f"unknown extension {source.suffix!r}, read as a text page")
    return reader.read(source)


def _unpacked(source: Source, root: Path, *, max_bytes: int) -> Source:
    """A gzip/bzip2/xz file as the file it was before packing (its name without the packing suffix); any
    other file as it is."""
    kind = archive.compression(source.data[:8])
    if kind is None:
        return source
    data, warnings = archive.unpack(source.data, limit=max_bytes)
    inner = archive.inner_name(source.name or source.path.name)
    unpacked = Source(path=source.path, doc_id=relative_id(source.path.with_name(PurePosixPath(inner).name), root), data=data, name=inner)
    unpacked.note(f"{kind}-compressed ({size_text(len(source.data))} packed, {size_text(len(data))} unpacked)")
    for warning in warnings:
        unpacked.warn("end of file", warning)
    return unpacked


def _read_zip(source: Source, root: Path, *, max_bytes: int, copies: tuple = ()) -> list[Record]:
    """Every member of a ZIP archive read as a file of a folder named after the archive (see
    :mod:`marsad.readers.archive`); members not read go to the archive's warnings with their reason."""
    return [record for found, _ in _zip_members(source, root, max_bytes=max_bytes, copies=copies) for record in found]


def _zip_members(source: Source, root: Path, *, max_bytes: int, depth: int = 0,
                 folder: str | None = None, copies: tuple = ()) -> Iterator[tuple[list[Record], int]]:
    """The records of each member of a ZIP archive that gave some, with the member's unpacked size; when the
    members are done, ``source`` holds the archive's format, encodings, warnings and the note that counts them.

    A ZIP archive inside the archive (an export of exports, a folder zipped with its own ZIPs in it) is opened, one
    level deep: its members are read as files of a folder named after it, their reasons in the outer archive's
    warnings. Its unpacked bytes count against the same ``max_bytes`` as the outer archive's members (a nested
    bomb stops at the limit); an archive two levels down is listed, not opened.

    (robust42) A member with the bytes of an earlier member, or of a file outside the archive (``copies``, from the
    walk: :attr:`marsad.readers.walk.Entry.copies`), is not read: "exact duplicate of …; counted once", as a file
    copy is."""
    folder = relative_id(source.path, root) if folder is None else folder
    read, skipped, first_reason = Counter(), 0, ""
    encodings: set[str] = set()
    directory: list[str] = []
    used = 0  # unpacked bytes so far, those of the archives inside included
    seen, documents, code = _member_folders(source.data)  # folder -> the names in it; folders holding documents, code
    assets: dict[str, list] = {}  # a saved page's asset folder -> [page, members]
    outside = dict(copies)  # member -> the file outside the archive with its bytes
    earlier: dict[bytes, str] = {}  # a member's digest -> the first member with those bytes
    kind = archive.archive_kind(source.data) or "ZIP"
    for name, data, reason in archive.members(source.data, limit=max_bytes, warnings=directory):
        if directory:
            source.warn("archive", directory.pop())
        folder_of = _asset_folder(_inside(name), seen, code)
        if folder_of and folder_of[0] not in documents:  # a saved page's scripts, styles, images: one line for the folder, not one per member
            assets.setdefault(folder_of[0], [folder_of[1], 0])[1] += 1
            skipped += 1
            continue
        reason = reason or not_news(PurePosixPath(name).name, data[:64] if data is not None else None)
        if data is not None and not reason and used + len(data) > max_bytes:
            reason = f"the archive's unpacked size passes the {size_text(max_bytes)} limit (max_bytes) here; not read"
        if data is not None and not reason:
            digest = hashlib.blake2b(data, digest_size=16).digest()
            first = earlier.setdefault(digest, name)
            original = outside.get(name) or first
            if original != name:
                shown = relative_path(original, root) if name in outside else f"{original} in this archive"
                reason = f"exact duplicate of {printable(shown)} (same bytes); counted once"
        if data is None or reason:
            source.warn(name, reason)
            skipped += 1
            first_reason = first_reason or f"{name}: {reason}"
            continue
        inside = _inside(name)
        member = Source(path=source.path / inside, doc_id="", data=data, name=inside)
        packing = archive.compression(data[:8])
        used += len(data)
        try:
            member = _unpacked(member, root, max_bytes=max_bytes)
            # its id is its name inside the archive's folder, once a packing suffix is gone
            member.doc_id = f"{folder}/{PurePosixPath(member.name).with_suffix('')}"
            if _plain_archive(member.data):
                if depth:
                    raise DecodeError("an archive two levels down (one level of archives inside archives is "
                                      "opened); unpack it to read it")
                found, inner_bytes = _nested_zip(member, root, max_bytes=max(0, max_bytes - used))
                used += inner_bytes
            else:
                found = _read_source(member)
        except Exception as exc:  # one bad member never stops the archive
            found, reason = [], _packed_failure(exc, packing)
        for note in member.notes:
            source.warn(name, note)
        for warning in member.warnings:
            source.warn(name, warning)
        if not found:
            source.warn(name, reason or "no text found")
            skipped += 1
            first_reason = first_reason or f"{name}: {reason or 'no text found'}"
            continue
        read[member.format] += 1
        encodings.add(member.encoding)
        yield found, len(member.data)
    while directory:  # (robust46) what the archive's reading said with no member after it (a tar cut in its first header)
        note = directory.pop(0)
        source.warn("archive", note)
        first_reason = first_reason or f"archive: {note}"
    for folder_name, (page, count) in assets.items():
        source.warn(f"{folder_name}/", assets_reason(page, count, "member"))
        first_reason = first_reason or f"{folder_name}/: a saved page's assets"
    source.format = kind.lower()
    source.encoding = ", ".join(sorted(e for e in encodings if e))
    formats = ", ".join(f"{n} {fmt}" for fmt, n in read.most_common())
    why = f" ({printable(first_reason)})" if not read and first_reason else ""  # an archive of nothing readable: why
    source.note(f"{kind} archive: {sum(read.values())} of {sum(read.values()) + skipped} members read"
                + (f" ({formats})" if formats else "") + why)


def _member_folders(data: bytes) -> tuple[dict[str, set[str]], set[str], set[str]]:
    """Folder inside a ZIP archive -> the names in it, the folders holding a document below them
    (:func:`marsad.readers.walk.holds_documents`: no saved page's assets) and those holding a script or style sheet
    of their own (:func:`marsad.readers.walk.holds_code`; not one of a subfolder's, review41), from the archive's directory: a saved
    page's asset folder may sort before its page (``Seite-Dateien/`` before ``Seite.html``: ``-`` sorts before
    ``.``, review40). An archive without a directory (cut off) gives ``({}, set(), set())``: its names are met as its
    members come."""
    names = archive.member_names(data)
    if names is None:
        return {}, set(), set()
    seen: dict[str, set[str]] = {}
    documents: set[str] = set()
    code: set[str] = set()
    pages: set[str] = set()
    member_of: dict[str, str] = {}
    for name in names:
        inside = _inside(name)
        member_of.setdefault(inside, name)
        parts = inside.split("/")
        for depth in range(len(parts)):
            seen.setdefault("/".join(parts[:depth]), set()).add(parts[depth])
        if not name.endswith("/") and holds_documents([parts[-1]]):
            documents.update("/".join(parts[:depth]) for depth in range(1, len(parts)))
        if not name.endswith("/") and holds_pages([parts[-1]]):
            pages.update("/".join(parts[:depth]) for depth in range(1, len(parts)))
        if not name.endswith("/") and holds_code([parts[-1]]) and len(parts) > 1:
            code.add("/".join(parts[:-1]))  # (review41) the folder the script is in, not the folders above it
    for folder in sorted(code & pages):
        # (robust43) a folder holding a page file counts its script only when its page names it (see
        # marsad.readers.walk.refers_to): a flat folder of .html articles with one .js is read
        parent, _, leaf = folder.rpartition("/")
        page = saved_page_of(leaf, seen.get(parent, ()), True)
        if page and not saved_page_of(leaf, seen.get(parent, ())):
            member = member_of.get(f"{parent}/{page}" if parent else page)
            if member is None or not refers_to(archive.member_chunks(data, member), leaf):
                code.discard(folder)
    return seen, documents, code


def _plain_archive(data: bytes) -> str | None:
    """``ZIP`` or ``tar`` when the bytes are an archive of files (not a Word or OpenDocument package), else None."""
    kind = archive.archive_kind(data)
    return None if kind == "ZIP" and office.package_kind(data) is not None else kind


def _asset_folder(path: str, seen: dict[str, set[str]], code: set[str] = frozenset()) -> tuple[str, str] | None:
    """``(folder, page)`` when an archive member lies in a saved page's asset folder (``X_files/`` beside
    ``X.html``, see :func:`marsad.readers.walk.saved_page_of`), else ``None``; ``seen`` holds the names of each
    folder of the archive (:func:`_member_folders`), and every member's name goes into it (an archive without a
    directory: members come in name order, ``X.html`` before ``X_files/…``)."""
    parts = path.split("/")
    for depth in range(len(parts) - 1):
        parent = "/".join(parts[:depth])
        here = "/".join(parts[: depth + 1])
        page = saved_page_of(parts[depth], seen.get(parent, ()), here in code)
        if page:
            return "/".join(parts[: depth + 1]), page
    for depth in range(len(parts)):
        seen.setdefault("/".join(parts[:depth]), set()).add(parts[depth])
    return None


def _nested_zip(member: Source, root: Path, *, max_bytes: int) -> tuple[list[Record], int]:
    """The records of a ZIP archive inside a ZIP archive (one level: see :func:`_zip_members`) and the unpacked
    bytes of its members read; ``member`` gets its note and its members' reasons."""
    inner = Source(path=member.path, doc_id=member.doc_id, data=member.data, name=member.name)
    found, size = [], 0
    for records, nbytes in _zip_members(inner, root, max_bytes=max_bytes, depth=1, folder=member.doc_id):
        found.extend(records)
        size += nbytes
    member.format, member.encoding = inner.format, inner.encoding
    member.warnings.extend(inner.warnings)
    member.omitted += inner.omitted
    if not found:
        raise DecodeError("; ".join(inner.notes) or "archive: nothing read")
    member.notes.extend(inner.notes)
    return found, size


def iter_zip(path: str | os.PathLike, root: str | os.PathLike, *, chunk_bytes: int,
             max_bytes: int = MAX_BYTES, copies: tuple = ()) -> Iterator[tuple[list[Record], dict | None]]:
    """Read a large ZIP archive in pieces of whole members (about ``chunk_bytes`` unpacked each), for bounded
    memory: ``(records, None)`` per piece, then ``(records, manifest_row)``; the row is the one
    :func:`read_file` gives the archive."""
    path, root = Path(path), Path(root)
    row = _row(path, bytes=os.path.getsize(path))
    try:
        source = _open(path, root, max_bytes=max_bytes)
        pending: list[Record] = []
        size = documents = 0
        for found, nbytes in _zip_members(source, root, max_bytes=max_bytes, copies=copies):
            pending.extend(found)
            documents += len(found)
            size += nbytes
            if size >= chunk_bytes:
                yield pending, None
                pending, size = [], 0
    except Exception as exc:  # one bad file never stops a run
        yield [], _row(path, bytes=row["bytes"], reason=_failure(exc))
        return
    yield pending, _finished_row(row, source, documents)


def _finished_row(row: dict, source: Source, documents: int) -> dict:
    """A file's manifest row once its records are read: format, encoding, warnings, notes; parsed when it gave
    documents, else skipped with why."""
    row.update(format=source.format, encoding=source.encoding, warnings=source.warning_text(),
               reason="; ".join(source.notes))
    if not documents:
        row["reason"] = row["reason"] or ("no readable record (see warnings)" if source.warnings else "no text found")
        return row
    row.update(status="parsed", documents=documents)
    return row


def _inside(name: str) -> str:
    """A member's name as a path inside its archive: no root, no ``..`` or ``.`` (an archive made to climb out
    of its folder names its documents inside it all the same)."""
    parts = [p for p in name.replace("\\", "/").split("/") if p not in ("", ".", "..")]
    return "/".join(parts) or "_"




def relative_path(path: str, root: str | os.PathLike) -> str:
    """A path as a message names it: relative to the corpus folder (as it is when the corpus is one file)."""
    root = Path(root)
    try:
        shown = os.path.relpath(path, root) if root.is_dir() else path
    except ValueError:
        shown = path
    return printable(str(shown))  # a name's newline or ESC sequence must not break the line or drive the terminal


_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
_NUMBER = re.compile(r"\d[\d,.]*")


def reason_kind(reason: str) -> str:
    """A skip reason without what is particular to its file (names, sizes), to count files by reason:
    ``exact duplicate of a/b.txt (same bytes); counted once`` -> ``exact duplicate of an earlier file``,
    ``file is 300 MiB, above the 256 MiB limit`` -> ``file is N MiB, above the N MiB limit``."""
    reason = str(reason or "no text found")
    if reason.startswith("exact duplicate of "):
        return "exact duplicate of an earlier file"
    return _NUMBER.sub("N", _QUOTED.sub("'…'", reason))


def _open(path: Path, root: Path, *, max_bytes: int) -> Source:
    """The file's bytes, read without ever blocking or reading past ``max_bytes``."""
    reason = not_news(path.name)
    if reason and path.suffix.lower() == ".js":  # an X archive's data file is data: its first bytes say so
        reason = not_news(path.name, _head(path))
    if reason:
        raise DecodeError(reason)
    # O_NONBLOCK: a FIFO swapped in after the walk must not hang the read
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise DecodeError("not a regular file; not read")
        if st.st_size > max_bytes:
            raise DecodeError(f"file is {size_text(st.st_size)}, above the {size_text(max_bytes)} limit (max_bytes)")
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise DecodeError(f"file is above the {size_text(max_bytes)} limit (max_bytes)")
    return Source(path=path, doc_id=relative_id(path, root), data=data)


def _head(path: Path) -> bytes:
    """The first bytes of a file (none when it cannot be opened without blocking: the read says why later)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError:
        return b""
    with os.fdopen(fd, "rb") as fh:
        return fh.read(64) if stat.S_ISREG(os.fstat(fd).st_mode) else b""


def iter_read(
    files: Iterable[str | os.PathLike | Entry], root: str | os.PathLike, *, capture_date=None,
    unique_id: Callable[[str], str] | None = None, max_bytes: int = MAX_BYTES, near_duplicate_threshold: float = 0.45,
) -> Iterator[tuple[dict, list[dict], list[dict]]]:
    """The read loop: for each file, its manifest row, document rows and segment rows.

    Args:
        files: entries of :func:`walk_corpus` (or paths), in corpus order.
        root: the corpus path (document ids are relative to it).
        capture_date: when the pages were captured (the ``captured`` column).
        unique_id: maps a document's id to a unique one (default: ``id~2``, ``id~3`` … for
            repeats within this loop; an engine reading partitions passes its own).
        max_bytes: files larger than this are skipped.
        near_duplicate_threshold: see :func:`marsad.readers.segments.mark_duplicates`.
    """
    root, files = absolute_paths(files, root)
    captured = pd.Timestamp(capture_date).normalize() if capture_date else pd.NaT
    if unique_id is None:
        unique_id = _Numbering()
    parsed: set[str] = set()
    for file in files:
        row, records = read_file(file, root, max_bytes=max_bytes, read_before=parsed)
        if row["status"] == "parsed":
            parsed.add(row["path"])
        docs, segs = record_rows(records, unique_id=unique_id, captured=captured,
                                 near_duplicate_threshold=near_duplicate_threshold, row=row)
        yield row, docs, segs


def record_rows(records: list[Record], *, unique_id: Callable[[str], str], captured=pd.NaT,
                near_duplicate_threshold: float = 0.45, row: dict | None = None) -> tuple[list[dict], list[dict]]:
    """Document rows and segment rows of a file's records (ids made unique by ``unique_id``).

    (robust44) A message whose id is its platform's (``telegram/<chat>/<message>``, ``x/<tweet>``) met again with the
    same text is the same message in a second, overlapping export of one channel or account: it is not read again (it
    was numbered ``~2``); the file's manifest ``row``, when given, says how many. The same id with another text (an
    edited message) is numbered ``~2`` as before. ``unique_id`` counts the pair (id, text) as one more id, so the
    engines' counts of ids decide it in every partition as they decide numbering."""
    docs, segs = [], []
    repeats = 0
    for doc, doc_segments in records:
        base = doc["doc_id"]
        same = doc.pop(SAME_MESSAGE, None)  # (robust45) a message's platform key when its id is not the platform's
        if same or (doc.get("format") in _PLATFORM_FORMATS and _PLATFORM_ID.match(base)):
            text = "\n".join(seg["text"] for seg in doc_segments)
            pair = f"{same or base}\x00{hashlib.blake2b(text.encode('utf-8'), digest_size=8).hexdigest()}"
            if unique_id(pair) != pair:
                repeats += 1
                continue
        doc["doc_id"] = unique_id(base)
        doc["captured"] = captured
        docs.append(doc)
        segs.extend(segment_rows(doc["doc_id"], doc_segments, threshold=near_duplicate_threshold))
    if repeats and row is not None:
        said = f"{repeats} message(s) already read from an earlier export (the same ids); counted once"
        row["documents"] = max(0, int(row.get("documents") or 0) - repeats)
        if not row["documents"]:
            row["status"] = "skipped"
        row["reason"] = "; ".join(x for x in (row.get("reason"), said) if x)
    return docs, segs


# readers whose document ids are the platform's own message ids (the same message has the same id in any export)
_PLATFORM_FORMATS = frozenset(("telegram", "x-archive"))
_PLATFORM_ID = re.compile(r"^(?:telegram/-?\d+/-?\d+|x/(?:note/)?\d+)$")


def absolute_paths(files: Iterable, root: str | os.PathLike) -> tuple[Path, list]:
    """``(root, files)`` with both absolute when one of them is (ids are paths relative to the root)."""
    root = Path(root)
    files = list(files)
    if files and Path(os.fspath(files[0])).is_absolute() != root.is_absolute():
        root = Path(os.path.abspath(root))
        files = [_absolute(f) for f in files]
    return root, files


def is_readable_file(file) -> bool:
    """Whether an entry is to be read (a path, or a walk entry that is neither skipped nor a copy)."""
    return not isinstance(file, Entry) or not (file.skip or file.duplicate_of)


def _absolute(f):
    if isinstance(f, Entry):
        return Entry(os.path.abspath(f.path), f.size, f.skip, f.duplicate_of and os.path.abspath(f.duplicate_of),
                     tuple((m, os.path.abspath(o)) for m, o in f.copies))
    return Path(os.path.abspath(f))


def id_key(doc_id: str) -> str:
    """What makes two document ids the same: their text in Unicode NFC. A macOS file name is often decomposed (NFD:
    ``آ`` as ``ا`` + U+0653): beside its composed twin it would be a second id that looks identical; as the same
    key it is numbered ``~2``. An id is never rewritten, so the ids of a corpus without twins stay as they were."""
    return doc_id if doc_id.isascii() or unicodedata.is_normalized("NFC", doc_id) else unicodedata.normalize("NFC", doc_id)


class _Numbering:
    """Repeated document ids (the same in NFC: :func:`id_key`) become ``id~2``, ``id~3`` … in reading order."""

    def __init__(self):
        self.seen: dict[str, int] = {}

    def __call__(self, base: str) -> str:
        key = id_key(base)
        n = self.seen.get(key, 0) + 1
        self.seen[key] = n
        return base if n == 1 else f"{base}~{n}"


def read_files(files, root, **options) -> Corpus:
    """Read some files of a corpus into one :class:`Corpus` (see :func:`iter_read` for the options)."""
    docs, segs, manifest = [], [], []
    for row, d, s in iter_read(files, root, **options):
        manifest.append(row)
        docs.extend(d)
        segs.extend(s)
    return _frames(docs, segs, manifest)


def iter_corpus(
    path: str | os.PathLike,
    *,
    capture_date: str | pd.Timestamp | None = None,
    chunk_documents: int = 2000,
    max_bytes: int = MAX_BYTES,
    near_duplicate_threshold: float = 0.45,
) -> Iterator[Corpus]:
    """Read a corpus in chunks of about ``chunk_documents`` documents.

    Args:
        path: a file or a folder (walked recursively, in sorted order; see :func:`walk_corpus`).
        capture_date: when the pages were captured (dates the ticker).
        chunk_documents: documents per yielded chunk.
        max_bytes: files larger than this are skipped (with the reason).
        near_duplicate_threshold: see :func:`marsad.readers.segments.mark_duplicates`.

    Yields:
        :class:`Corpus` chunks; each file's manifest row comes with the chunk
        that holds its documents (or the next chunk for skipped files).

    Raises:
        FileNotFoundError: ``path`` does not exist.
        EmptyCorpusError: no document was read (after the whole walk).
    """
    root = Path(path)
    entries = walk_corpus(root)
    docs: list[dict] = []
    segs: list[dict] = []
    manifest: list[dict] = []
    total, rows = 0, []
    for row, d, s in iter_read(entries, root, capture_date=capture_date, max_bytes=max_bytes,
                               near_duplicate_threshold=near_duplicate_threshold):
        manifest.append(row)
        docs.extend(d)
        segs.extend(s)
        total += len(d)
        if not total:
            rows.append(row)
        if len(docs) >= chunk_documents:
            yield _frames(docs, segs, manifest)
            docs, segs, manifest = [], [], []
    if not total:
        check_not_empty(pd.DataFrame(rows, columns=MANIFEST_COLUMNS), root)
    if docs or manifest:
        yield _frames(docs, segs, manifest)


def check_not_empty(manifest: pd.DataFrame, root: str | os.PathLike) -> None:
    """Raise :class:`EmptyCorpusError` when the manifest shows no parsed document.

    The message is one line: the corpus, how many entries were met and the commonest reasons.
    """
    parsed = manifest["documents"].fillna(0).astype(int).sum() if len(manifest) else 0
    if parsed:
        return
    if not len(manifest):
        raise EmptyCorpusError(f"no documents in {str(root)!r}: the folder is empty", manifest)
    reasons = manifest["reason"].fillna("").replace("", "no text").value_counts()
    shown = "; ".join(f"{n} × {r}" if n > 1 else r for r, n in reasons.head(3).items())
    more = f"; {len(reasons) - 3} other reasons" if len(reasons) > 3 else ""
    raise EmptyCorpusError(f"no documents in {str(root)!r}: {len(manifest)} {'entry' if len(manifest) == 1 else 'entries'}, none readable ({shown}{more})",
                           manifest)


def read_corpus(path: str | os.PathLike, **options) -> Corpus:
    """Read a whole corpus into memory (see :func:`iter_corpus` for the options).

    Example:
        >>> corpus = read_corpus("seeds/")
        >>> corpus.segments.query("section == 'ticker'").shape[0]
        58
    """
    chunks = list(iter_corpus(path, **{"chunk_documents": 10**9, **options}))
    if len(chunks) == 1:
        return chunks[0]
    return Corpus(
        documents=pd.concat([c.documents for c in chunks], ignore_index=True),
        segments=pd.concat([c.segments for c in chunks], ignore_index=True),
        manifest=pd.concat([c.manifest for c in chunks], ignore_index=True),
    )


# kept for the partition engine: the regular files a fingerprint covers, the segment rows and the table builder
_file_list = regular_files


def _segment_rows(doc_id: str, segments: list[dict], threshold: float = 0.45) -> list[dict]:
    return segment_rows(doc_id, segments, threshold=threshold)


def _frames(docs: list[dict], segs: list[dict], manifest: list[dict]) -> Corpus:
    documents = pd.DataFrame(docs, columns=DOCUMENT_COLUMNS)
    documents["published"] = pd.to_datetime(documents["published"], errors="coerce")
    documents["captured"] = pd.to_datetime(documents["captured"], errors="coerce")
    segments = pd.DataFrame(segs, columns=SEGMENT_COLUMNS)
    segments["position"] = segments["position"].astype("int64")
    segments["duplicate_of"] = segments["duplicate_of"].astype("Int64")
    for col in ("doc_id", "section", "text", "normalized"):
        segments[col] = segments[col].astype(object)
    return Corpus(documents=documents, segments=segments, manifest=pd.DataFrame(manifest, columns=MANIFEST_COLUMNS))
