"""Stream a large table file (CSV/TSV, JSON Lines) in pieces of whole records, for bounded memory (and a large
ZIP archive in pieces of whole members: :func:`marsad.readers.corpus.iter_zip`).

A 200 MB JSON Lines file read whole is several gigabytes of Python objects; read in pieces of
about ``chunk_bytes`` it never holds more than one piece. Each piece ends on a record boundary
(a newline; in CSV a newline outside quotes), is parsed by the format's own reader
(:mod:`marsad.readers.tables`, with the header row in front for CSV), and gets the ids, line numbers
and warnings a whole read would give it: rows without an id are ``file#N`` with N counted from the
start of the file, and a bad line is reported with its line number in the file. The manifest row
(one per file, as for any file) comes with the last piece.
"""
from __future__ import annotations

import csv
import io
import os
import re
import stat
from pathlib import Path
from typing import Iterator

import numpy as np

from marsad.readers import archive
from marsad.readers.base import Record, Source, relative_id
from marsad.readers.formats import reader_for
from marsad.readers.decode import Decoded, DecodeError, decode
from marsad.readers.tables import csv_layout, header_position
from marsad.readers.walk import still_there, unreadable

__all__ = ["streamable", "iter_chunks", "STREAMED"]

# suffix -> kind of record boundary
STREAMED = {".csv": "csv", ".tsv": "csv", ".jsonl": "lines", ".ndjson": "lines"}
_BLOCK = 1 << 22
_WHERE = re.compile(r"\b(lines?) (\d+)(?:-(\d+))?")
_NEWLINE, _QUOTE = 10, 34


def _inner_suffix(path: Path) -> str:
    """The suffix that says the format: ``.jsonl`` for ``news.jsonl`` and for ``news.jsonl.gz``."""
    return Path(archive.inner_name(path.name)).suffix.lower()


def streamable(path: str | os.PathLike, *, chunk_bytes: int) -> bool:
    """Whether ``path`` is a CSV/TSV/JSON Lines file in UTF-8 or a single-byte code page (Windows-1256 …) larger than
    ``chunk_bytes`` (read in pieces).

    A gzip/bzip2/xz-packed one (``news.jsonl.gz``) is streamed as it unpacks when its packed size passes a
    quarter of ``chunk_bytes`` (news text packs three to ten times).
    """
    path = Path(path)
    if path.name.startswith("."):
        return False
    if _inner_suffix(path) not in STREAMED:
        return _large_zip(path, chunk_bytes)
    try:
        st = path.stat()
        with open(path, "rb") as fh:
            packed = archive.compression(fh.read(8)) is not None
        if not stat.S_ISREG(st.st_mode) or st.st_size * (4 if packed else 1) <= chunk_bytes:
            return False
        if packed != (path.suffix.lower() != _inner_suffix(path)):
            return False  # packed without a packing suffix, or named .gz and not packed: read whole, it says why
        head = next(archive.file_blocks(path, []), b"")[: 1 << 16]
    except (OSError, DecodeError):
        return False
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head:
        return False  # UTF-16/32: newline bytes are not record boundaries
    if _utf8_head(head):
        return True
    try:  # a Windows-1256 export (Excel's "CSV"): one byte a character, streamed in that code page; or UTF-8
        return decode(head).encoding in SINGLE_BYTE | {"utf-8"}  # with a few stray bytes, mended piece by piece
    except DecodeError:
        return False


def _utf8_head(data: bytes) -> bool:
    """Whether the first 64 KiB of ``data`` are UTF-8 (but for a character cut by the window's end)."""
    head = data[: 1 << 16]
    try:
        head.decode("utf-8")
        return True
    except UnicodeDecodeError as exc:
        return exc.start >= len(head) - 3


# one byte a character, and the ASCII bytes (newline, quote, separators) are themselves: pieces cut on bytes
SINGLE_BYTE = frozenset({"cp1256", "iso8859_6", "cp1252", "latin_1", "cp720"})


def _fixed_encoding(piece: bytes) -> Decoded | None:
    """The first piece decoded, when it is in a single-byte code page: every later piece is decoded in the same one
    (a piece guessed on its own could come out in another); None for UTF-8 (each piece is UTF-8 on its own)."""
    if _utf8_head(piece):
        return None
    try:
        first = decode(piece)
    except DecodeError:
        return None
    return first if first.encoding in SINGLE_BYTE else None


def _large_zip(path: Path, chunk_bytes: int) -> bool:
    """A ZIP archive (not a Word file) whose members unpack to more than ``chunk_bytes`` (by its directory):
    read in pieces of whole members."""
    import zipfile

    from marsad.readers import office

    try:
        with open(path, "rb") as fh:
            if not archive.is_zip(fh.read(4)):
                return False
        with zipfile.ZipFile(path) as z:
            return sum(info.file_size for info in z.infolist()) > chunk_bytes and office.package_kind(z) is None
    except (OSError, zipfile.BadZipFile, ValueError):
        return False


def _cut(buf: bytes, kind: str, limit: int | None = None) -> int:
    """Where to end a piece of ``buf`` (which starts on a record): after the last record boundary
    within ``limit`` bytes, else after the first one past it; 0 when ``buf`` holds no boundary."""
    limit = len(buf) if limit is None else limit
    if kind == "lines":
        end = buf.rfind(b"\n", 0, limit) + 1
        return end or buf.find(b"\n", limit) + 1
    arr = np.frombuffer(buf, dtype=np.uint8)
    newlines = np.flatnonzero(arr == _NEWLINE)
    if not len(newlines):
        return 0
    # the parity of the quotes before each byte; one byte per byte (uint8 wraps at 256, which keeps the parity):
    # the default int64 sum took 8 bytes per byte of the buffer, 400 MB for one 50 MB CSV cell (audit35)
    quotes = np.cumsum(arr == _QUOTE, dtype=np.uint8)
    outside = newlines[quotes[newlines] % 2 == 0]  # an even number of quotes before it: not inside a field
    if not len(outside):
        return 0
    within = outside[outside < limit]
    return int(within[-1] if len(within) else outside[0]) + 1


def _pieces(path: Path, kind: str, chunk_bytes: int, warnings: list[str]) -> Iterator[bytes]:
    """Consecutive pieces of about ``chunk_bytes`` that end on record boundaries (the last: the rest); a packed
    file is unpacked as it is read (a break in it raises :class:`~marsad.readers.archive.BrokenStream` after
    the pieces before the break)."""
    buf = b""
    blocks = archive.file_blocks(path, warnings)
    while True:
        taken: list[bytes] = []
        try:
            taken.extend(_take(blocks, max(_BLOCK, chunk_bytes)))
        except archive.BrokenStream:
            buf += b"".join(taken)
            end = _cut(buf, kind)
            if end:
                yield buf[:end]  # the whole records before the break
            raise
        block = b"".join(taken)
        buf += block
        while len(buf) >= chunk_bytes or (not block and buf):
            if not block:
                yield buf
                buf = b""
                break
            end = _cut(buf, kind, chunk_bytes)
            if not end:
                break  # one record longer than the piece: read on
            yield buf[:end]
            buf = buf[end:]
        if not block:
            return


def _take(blocks: Iterator[bytes], size: int) -> Iterator[bytes]:
    """Blocks of ``blocks`` until about ``size`` bytes are taken."""
    taken = 0
    for block in blocks:
        yield block
        taken += len(block)
        if taken >= size:
            return


def _count_rows(piece: bytes, kind: str, delimiter: str) -> int:
    """How many data rows a whole read numbers in this piece (blank lines are not numbered)."""
    if kind == "lines":
        return sum(1 for line in piece.split(b"\n") if line.strip())
    text = piece.decode("utf-8", errors="replace")
    return sum(1 for fields in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
               if fields and not (len(fields) == 1 and not fields[0].strip()))


def _shift(text: str, lines: int) -> str:
    """Move 'line N' / 'lines N-M' of a piece's warnings to the file's line numbers."""
    if not lines:
        return text

    def move(m):
        end = f"-{int(m[3]) + lines}" if m[3] else ""
        return f"{m[1]} {int(m[2]) + lines}{end}"

    return _WHERE.sub(move, text)


_UNIX_NOTE = re.compile(r"^(column .+ read as Unix time in \w+) \(UTC days, (\S+) to (\S+)\)$")


def merged_notes(notes: list[str], more: list[str]) -> list[str]:
    """A streamed file's notes once a piece's are added: each said once; a date column read as Unix time in every
    piece is one note spanning the first piece's first day to the last one's (ISO days sort as text)."""
    out = list(notes)
    for note in more:
        m = _UNIX_NOTE.match(note)
        at = next((i for i, n in enumerate(out) if m and (k := _UNIX_NOTE.match(n)) and k[1] == m[1]), None)
        if at is not None:
            k = _UNIX_NOTE.match(out[at])
            out[at] = f"{m[1]} (UTC days, {min(k[2], m[2])} to {max(k[3], m[3])})"
        elif note not in out:
            out.append(note)
    return out


def iter_chunks(path: str | os.PathLike, root: str | os.PathLike, *, chunk_bytes: int,
                max_bytes: int | None = None) -> Iterator[tuple[list[Record], dict | None]]:
    """Read a large table file piece by piece.

    Args:
        path: a file for which :func:`streamable` is true.
        root: the corpus path (ids are relative to it).
        chunk_bytes: about this many bytes per piece.
        max_bytes: a streamed table is never held whole, so the whole-file limit does not apply to it; a ZIP
            archive is held whole, so it does (and bounds its unpacked members).

    Yields:
        ``(records, None)`` per piece, then ``(records, manifest_row)`` for the last piece.
    """
    from marsad.readers.corpus import MAX_BYTES, _row, iter_zip

    # a walk entry's ZIP members with the bytes of a file outside it (robust42) or of an earlier archive's member
    # (robust44), still there
    copies = tuple((m, o) for m, o in getattr(path, "copies", ())
                   if still_there(o, max_bytes=MAX_BYTES if max_bytes is None else max_bytes))
    path, root = Path(path), Path(root)
    suffix = _inner_suffix(path)
    if suffix not in STREAMED:  # a large ZIP archive (see streamable)
        yield from iter_zip(path, root, chunk_bytes=chunk_bytes, max_bytes=MAX_BYTES if max_bytes is None else max_bytes,
                            copies=copies)
        return
    kind = STREAMED[suffix]
    delimiter, skipped_rows = "\t" if suffix == ".tsv" else ",", 0
    inner = archive.inner_name(path.name)
    with open(path, "rb") as fh:
        packing = archive.compression(fh.read(8))  # gzip/bzip2/xz, or None
    doc_id = relative_id(path.with_name(inner), root)
    numbered = re.compile(re.escape(doc_id) + r"#(\d+)$")
    row = _row(path, bytes=path.stat().st_size)
    warnings: list[str] = []
    ignored: list[str] = []  # what unpacking a packed file had to ignore
    notes: list[str] = []
    header = b""
    rows_before = lines_before = documents = 0
    fmt = encoding = ""
    pending: list[Record] | None = None
    fixed: Decoded | None = None  # the first piece, when in a single-byte code page (then every piece is in it)
    try:
        for k, piece in enumerate(_pieces(path, kind, chunk_bytes, ignored)):
            data = piece
            header_lines = 0
            if k == 0:
                fixed = _fixed_encoding(piece)
            if kind == "csv":
                if k == 0:
                    head = (fixed.text[: 1 << 20] if fixed is not None
                            else piece[: 1 << 20].decode("utf-8", "replace"))
                    delimiter, sep_line = csv_layout(head, suffix)
                    before, first, last = header_position(head, delimiter, sep_line)
                    lines = piece.split(b"\n", last)
                    # the header row (after Excel's "sep=;" line, without a title above it) goes in front of every piece
                    header = b"".join(line + b"\n" for line in ([lines[0]] if sep_line else []) + lines[first - 1: last])
                    skipped_rows = before + 1 + (1 if sep_line else 0)
                else:
                    data = header + piece
                    header_lines = header.count(b"\n")
            source = Source(path=path, doc_id=doc_id, data=data, name=inner)
            if fixed is not None:
                source._decoded = fixed if k == 0 else Decoded(data.decode(fixed.encoding, errors="replace"),
                                                               fixed.encoding)
                source.encoding = fixed.encoding
            reader = reader_for(source)
            source.format = reader.name
            try:
                records = reader.read(source)
            except DecodeError as exc:
                if k == 0:
                    raise
                records = []  # a piece of only bad rows: its warnings say why; a piece not decoded says so
                if not source.warnings:  # the piece's lines, numbered as its warnings are (then moved by _shift)
                    last = header_lines + max(1, piece.count(b"\n"))
                    source.warn(f"lines {header_lines + 1}-{last}", f"{len(piece)} bytes not read ({exc}); the rest "
                                                                     "of the file is")
            fmt, encoding = source.format, source.encoding or encoding
            for doc, _ in records:
                m = numbered.match(doc["doc_id"])
                if m and rows_before:
                    doc["doc_id"] = f"{doc_id}#{int(m[1]) + rows_before}"
            warnings.extend(_shift(w, lines_before - header_lines) for w in source.warnings)
            notes[:] = merged_notes(notes, source.notes)
            rows = _count_rows(piece, kind, delimiter) - (skipped_rows if kind == "csv" and k == 0 else 0)
            rows_before += rows
            lines_before += piece.count(b"\n")
            documents += len(records)
            if pending is not None:
                yield pending, None
            pending = records
    except (DecodeError, ValueError, OSError) as exc:
        row.update(reason=unreadable(exc) if isinstance(exc, OSError) else str(exc), documents=documents, status="parsed" if documents else "skipped")
        if documents:
            row.update(format=fmt, encoding=encoding, warnings="; ".join(warnings))
        yield (pending or []), row
        return
    packed = [f"{packing}-compressed, unpacked as it is read"] if packing else []
    row.update(format=fmt, encoding=encoding, warnings="; ".join([*warnings, *(f"end of file: {w}" for w in ignored)]),
               reason="; ".join([*notes, *packed, f"streamed in pieces of about {chunk_bytes / 2**20:.3g} MiB"]))
    if documents:
        row.update(status="parsed", documents=documents)
    else:
        row["reason"] = row["reason"] or "no text found"
    yield (pending or []), row
