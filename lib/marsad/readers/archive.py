"""Compressed files and ZIP archives: what is inside is read as the same file unpacked would be.

Corpora travel packed: a ``news.jsonl.gz`` dump, a ``feeds.xml.bz2``, a ``pages.zip`` of a scrape. Marsad reads
them in place, without unpacking anything to disk:

* a file compressed with gzip, bzip2 or xz (recognised by its first bytes, whatever its name) is one file: its
  unpacked bytes go to the reader its inner name asks for (``news.jsonl.gz`` → JSON Lines), and its document ids
  drop both suffixes;
* a ZIP archive is a folder: every member is read as a file of that folder (a member may itself be compressed or
  a Word file; an archive inside an archive is listed, not opened), and the archive's manifest row says how many members were
  read and lists every member that was not, with its reason;
* (robust46) so is a tar archive (``scrape.tar``, and ``scrape.tar.gz``/``.tgz``, unpacked as above): its regular
  files are its members; its links, devices and FIFOs are listed with their reason, never followed.

Nothing is unpacked past a limit (``max_bytes`` of unpacked text per file or archive, counted while unpacking), so
a small "bomb" costs at most that; a file cut short (a broken download) keeps the text before the cut, with a
warning; a corrupt or encrypted member is skipped with its reason and costs only itself.
"""
from __future__ import annotations

import bz2
import io
import lzma
import struct
import tarfile
import zipfile
import zlib
from pathlib import PurePosixPath
from typing import Iterable, Iterator

from marsad.readers.decode import DecodeError

__all__ = ["COMPRESSIONS", "BrokenStream", "compression", "unpack", "unpacked_blocks", "file_blocks", "is_zip",
           "is_tar", "archive_kind", "zip_members", "tar_members", "members", "member_names", "inner_name", "size_text"]

# bytes of a file (unpacked) or of an archive's members read at most (readers.corpus.MAX_BYTES, the max_bytes default)
MAX_BYTES = 256 * 1024 * 1024
# first bytes -> name of the packing
COMPRESSIONS = {b"\x1f\x8b": "gzip", b"BZh": "bzip2", b"\xfd7zXZ\x00": "xz"}
_SUFFIXES = {".gz": "gzip", ".gzip": "gzip", ".tgz": "gzip", ".bz2": "bzip2", ".xz": "xz"}
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")  # an archive, or an empty one
_BLOCK = 1 << 20
_PIECE = 1 << 16  # packed bytes fed at a time by unpack (so a bomb's ratio shows at its first megabytes)
_ERRORS = (OSError, EOFError, lzma.LZMAError, zlib.error, ValueError)


class BrokenStream(DecodeError):
    """A packed stream breaks off (cut short or corrupt); everything before the break was given.

    ``unpacked`` is how many bytes came before the break, ``cause`` what the decompressor said.
    """

    def __init__(self, kind: str, unpacked: int, cause: str):
        super().__init__(f"the {kind} stream breaks off after {size_text(unpacked)} unpacked ({cause}; cut off?)")
        self.unpacked, self.cause = unpacked, cause


def compression(head: bytes) -> str | None:
    """``gzip``, ``bzip2`` or ``xz`` when the bytes start as such a stream, else ``None``."""
    for magic, name in COMPRESSIONS.items():
        if head.startswith(magic):
            return name
    return None


def inner_name(name: str) -> str:
    """The name a compressed file had before it was packed: ``news.jsonl.gz`` → ``news.jsonl``."""
    path = PurePosixPath(name)
    return str(path.with_suffix("")) if path.suffix.lower() in _SUFFIXES else name


def unpacked_blocks(pieces: Iterable[bytes], kind: str, warnings: list[str]) -> Iterator[bytes]:
    """The unpacked bytes of a packed file given in ``pieces``, in blocks of at most 1 MiB, as ``zcat`` gives
    them (every stream one after another).

    Bytes after the last stream that do not start another one are ignored, with a note in ``warnings``.

    Raises:
        BrokenStream: the file breaks off (cut short, corrupt); it is raised after every block unpacked
            before the break was given.
    """
    decompressor, ended, done, ignored, total = _decompressor(kind), False, False, 0, 0
    data = b""
    try:
        for piece in pieces:
            if done:
                ignored += len(piece.strip(b"\x00"))
                continue
            data += piece
            while data:
                if ended:  # what follows a stream: another stream, zero padding, or junk
                    if len(data) < 6:
                        break  # too short to tell: wait for the next piece
                    if compression(data) != kind:
                        done, ignored, data = True, len(data.strip(b"\x00")), b""
                        break
                    decompressor, ended = _decompressor(kind), False
                block = decompressor.decompress(data, _BLOCK)
                data = decompressor.unconsumed_tail if kind == "gzip" else b""
                total += len(block)
                yield block
                while kind != "gzip" and not decompressor.eof and not decompressor.needs_input:
                    block = decompressor.decompress(b"", _BLOCK)
                    total += len(block)
                    yield block
                if decompressor.eof:
                    ended, data = True, decompressor.unused_data + data
        ignored += len(data.strip(b"\x00"))
        if not ended and not done:
            raise EOFError("the file ends before the end of the stream")
    except DecodeError:
        raise
    except _ERRORS as exc:
        raise BrokenStream(kind, total, str(exc)) from None
    if ignored:
        warnings.append(f"{size_text(ignored)} after the end of the {kind} stream ignored")


def _decompressor(kind: str):
    if kind == "gzip":
        return zlib.decompressobj(wbits=31)
    return bz2.BZ2Decompressor() if kind == "bzip2" else lzma.LZMADecompressor(format=lzma.FORMAT_XZ)


def unpack(data: bytes, *, limit: int) -> tuple[bytes, list[str]]:
    """The unpacked bytes of a gzip/bzip2/xz file (see :func:`unpacked_blocks`) and the warnings.

    A file that breaks off keeps everything unpacked before the break, with a warning.

    Raises:
        DecodeError: the unpacked bytes pass ``limit``, or nothing at all could be unpacked.
    """
    kind = compression(data)
    if kind is None:
        raise DecodeError("not a gzip, bzip2 or xz stream")
    out = io.BytesIO()
    warnings: list[str] = []
    fed = 0  # packed bytes given to the decompressor so far

    def pieces() -> Iterator[bytes]:
        nonlocal fed
        for at in range(0, len(data), _PIECE):
            fed = min(len(data), at + _PIECE)
            yield data[at: fed]

    try:
        for block in unpacked_blocks(pieces(), kind, warnings):
            out.write(block)
            if out.tell() > limit:
                raise DecodeError(f"unpacks to more than the {size_text(limit)} limit (max_bytes); not read")
            if is_bomb(out.tell(), fed):
                # (robust46) a bomb is refused at its first megabytes, as a ZIP member is (a 1 MB .tar.gz of 1 GiB
                # unpacked 256 MiB, 3.4 s and 370 MB of memory, before the limit stopped it)
                raise DecodeError(f"unpacks more than {_BOMB_RATIO} to 1 ({size_text(out.tell())} from the first "
                                  f"{size_text(fed)}): a bomb or filler, not news text; not read")
    except BrokenStream as exc:
        if not out.tell():
            raise DecodeError(f"corrupt {kind} file ({exc.cause})") from None
        warnings.append(f"{exc}: the text before the break is read")
    return out.getvalue(), warnings


def file_blocks(path, warnings: list[str]) -> Iterator[bytes]:
    """A file's bytes in blocks, unpacked as they are read when the file is packed (see :func:`unpacked_blocks`)."""
    with open(path, "rb") as fh:
        head = fh.read(8)
        fh.seek(0)
        pieces = iter(lambda: fh.read(_BLOCK), b"")
        kind = compression(head)
        yield from (unpacked_blocks(pieces, kind, warnings) if kind else pieces)


def is_zip(head: bytes) -> bool:
    """Whether the bytes start as a ZIP archive."""
    return head.startswith(_ZIP_MAGIC)


def is_tar(data: bytes) -> bool:
    """Whether the bytes start as a tar archive: the magic ``ustar`` at byte 257 and the NUL (POSIX) or space (GNU)
    after it, as ``file(1)`` knows one (review45: a text with "mustard" at byte 256 is not one)."""
    return data[257:263] in (b"ustar\x00", b"ustar ")


def archive_kind(data: bytes) -> str | None:
    """``ZIP`` or ``tar`` when the bytes are such an archive (a Word or OpenDocument file is a ZIP archive too: the
    caller asks :func:`marsad.readers.office.package_kind`), else ``None``."""
    return "ZIP" if is_zip(data[:4]) else "tar" if is_tar(data) else None


def members(data: bytes, *, limit: int, warnings: list[str] | None = None) -> Iterator[tuple[str, bytes | None, str]]:
    """The members of a ZIP (:func:`zip_members`) or tar (:func:`tar_members`) archive."""
    return (tar_members if is_tar(data) else zip_members)(data, limit=limit, warnings=warnings)


def member_names(data: bytes) -> list[str] | None:
    """The names in a ZIP or tar archive's directory (a folder's with its ``/``), or ``None`` when it has none that
    can be read (a ZIP archive cut short)."""
    try:
        if is_tar(data):
            with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as tar:
                return [m.name + ("/" if m.isdir() else "") for m in _tar_entries(tar, [])]
        return zipfile.ZipFile(io.BytesIO(data)).namelist()
    except (zipfile.BadZipFile, tarfile.TarError, *_ERRORS, NotImplementedError):
        return None


def member_chunks(data: bytes, name: str) -> Iterator[bytes]:
    """A member's bytes in pieces (none when it cannot be unpacked: encrypted, corrupt, not a file)."""
    try:
        if is_tar(data):
            with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as tar:
                fh = tar.extractfile(name)
                if fh is not None:
                    yield from iter(lambda: fh.read(_BLOCK), b"")
            return
        with zipfile.ZipFile(io.BytesIO(data)).open(name) as fh:
            yield from iter(lambda: fh.read(_BLOCK), b"")
    except Exception:  # an encrypted or damaged member: no evidence
        return


def _tar_entries(tar: tarfile.TarFile, warnings: list[str]) -> list[tarfile.TarInfo]:
    """A tar archive's entries, in archive order; one cut short (a broken download) gives those before the cut, and
    ``warnings`` says where it breaks off."""
    entries = []
    while True:
        try:
            entry = tar.next()
        except (tarfile.TarError, *_ERRORS) as exc:
            warnings.append(f"the tar archive breaks off after {len(entries)} entr{'y' if len(entries) == 1 else 'ies'} "
                            f"({exc}; cut off?): the members before the break are read")
            return entries
        if entry is None:
            return entries
        entries.append(entry)


def tar_members(data: bytes, *, limit: int, warnings: list[str] | None = None) -> Iterator[tuple[str, bytes | None, str]]:
    """(robust46) Every member of a tar archive in name order, as :func:`zip_members` gives a ZIP archive's: ``(name,
    bytes, "")`` to read, or ``(name, None, reason)``. Folders are not members; a link (symbolic or hard), a
    device or a FIFO is listed with its reason and never followed; hidden files and macOS metadata as in a ZIP
    archive. ``limit`` bounds the bytes read from the whole archive. An archive cut short gives its members before the
    cut (the one the cut falls in is listed as cut off), and ``warnings`` says so.

    Raises:
        DecodeError: the archive cannot be opened at all.
    """
    notes: list[str] = []
    try:
        tar = tarfile.open(fileobj=io.BytesIO(data), mode="r:")
    except (tarfile.TarError, *_ERRORS) as exc:
        raise DecodeError(f"corrupt tar archive: {exc}") from None
    with tar:
        entries = sorted(_tar_entries(tar, notes), key=lambda e: e.name)
        tail = len(data[tar.offset:].rstrip(b"\x00")) if not notes else 0
        if tail:  # tarfile takes a header cut short for the archive's end: what follows the last whole entry is said
            notes.append(f"{size_text(tail)} after its last whole entry not read (an entry's header cut off?)")
        if warnings is not None:
            warnings.extend(notes)
        used = 0
        # (review47) "tar -r"/"tar -u" append a file's newer version under the same name, and tar extracts the last:
        # both were read, the old text beside the new
        last = {entry.name: entry for entry in entries}
        for entry in entries:
            name = entry.name
            if entry.isdir():
                continue
            if last[name] is not entry:
                yield name, None, "an earlier version of a member the archive holds again later (tar extracts the last); not read"
                continue
            hidden = _hidden(name)
            if hidden:
                yield name, None, hidden
                continue
            if entry.issym() or entry.islnk():
                yield name, None, f"link inside the archive (to {entry.linkname[:200]!r}), not a file; not read"
                continue
            if not entry.isfile():
                yield name, None, "device, FIFO or special entry inside the archive, not a file; not read"
                continue
            if used + entry.size > limit:
                yield name, None, f"the archive's unpacked size passes the {size_text(limit)} limit (max_bytes) here; not read"
                continue
            if entry.offset_data + entry.size > len(data):
                yield name, None, (f"cut off: the archive ends inside this member ({size_text(max(0, len(data) - entry.offset_data))} "
                                   f"of {size_text(entry.size)}); not read")
                continue
            try:
                fh = tar.extractfile(entry)
                member = fh.read() if fh is not None else b""
            except (tarfile.TarError, *_ERRORS) as exc:
                yield name, None, f"corrupt member ({type(exc).__name__}: {exc}); not read"
                continue
            used += len(member)
            yield name, member, ""


def zip_members(data: bytes, *, limit: int, warnings: list[str] | None = None) -> Iterator[tuple[str, bytes | None, str]]:
    """Every member of a ZIP archive in name order: ``(name, bytes, "")`` to read, or ``(name, None, reason)``.

    Folders are not members; macOS resource forks (``__MACOSX/``, ``._name``) and hidden files are listed with
    their reason. ``limit`` bounds the unpacked bytes of the whole archive; members past it are listed, not read.
    An archive cut short (a broken download: its central directory, at the end, is gone) is read from the
    local header in front of each member: every member before the cut is read, the one the cut falls in is
    listed as cut off, and ``warnings`` gets a line saying the directory is missing.

    Raises:
        DecodeError: the archive cannot be opened at all (no directory and no whole member).
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = sorted(archive.infolist(), key=lambda i: i.filename)
    except (zipfile.BadZipFile, *_ERRORS) as exc:
        local = sorted(_local_members(data, limit), key=lambda m: m[0])
        if not any(member is not None for _, member, _ in local):
            raise DecodeError(f"corrupt ZIP archive: {exc}") from None
        if _PACKAGE_PARTS.intersection(name for name, _, _ in local):
            raise DecodeError(f"cut-off Word/Office file (no central directory: {exc}); not read") from None
        if warnings is not None:
            warnings.append(f"no central directory ({exc}; cut off?): {len(local)} member(s) found from their "
                            f"local headers")
        for name, member, reason in local:
            yield name, member, reason if member is None else _hidden(name)
        return
    used = 0
    for info in infos:
        name = info.filename
        if info.is_dir():
            continue
        hidden = _hidden(name)
        if hidden:
            yield name, None, hidden
            continue
        if info.flag_bits & 0x1:
            yield name, None, "encrypted member (password-protected); not read"
            continue
        if used + info.file_size > limit:
            yield name, None, f"the archive's unpacked size passes the {size_text(limit)} limit (max_bytes) here; not read"
            continue
        if is_bomb(info.file_size, info.compress_size):
            yield name, None, (f"unpacks {info.file_size // max(info.compress_size, 1):,} to 1 ({size_text(info.file_size)} "
                               f"from {size_text(info.compress_size)}): a ZIP bomb or filler, not news text; not read")
            continue
        try:
            with archive.open(info) as fh:
                member = fh.read(limit - used + 1)  # the directory's size may lie: read no more than the limit
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError, *_ERRORS) as exc:
            yield name, None, f"corrupt or unsupported member ({type(exc).__name__}: {exc}); not read"
            continue
        if used + len(member) > limit:
            yield name, None, f"the archive's unpacked size passes the {size_text(limit)} limit (max_bytes) here; not read"
            continue
        used += len(member)
        yield name, member, ""


def _hidden(name: str) -> str:
    """Why a member is not news by its name alone (macOS metadata, a hidden file), else ``""``."""
    base = PurePosixPath(name).name
    if name.startswith("__MACOSX/") or base.startswith("._"):
        return "macOS metadata (resource fork), not news"
    folders = [part for part in PurePosixPath(name).parts[:-1] if part not in (".", "..")]
    if base.startswith(".") or any(part.startswith(".") for part in folders):
        return "hidden file, not read"
    return ""


# A member this large that unpacks more than this many times its packed size is a bomb or filler: news text
# packs 3 to 10 times (a 42 MB CSV of headlines: 6.5), a page of repeated markup some tens of times.
_BOMB_SIZE, _BOMB_RATIO = 8 * 2**20, 200


def is_bomb(unpacked: int, packed: int) -> bool:
    """Whether ``unpacked`` bytes from ``packed`` packed bytes are a bomb or filler (past ``_BOMB_SIZE`` and more than
    ``_BOMB_RATIO`` to 1): the one test of a ZIP member, a packed stream, a tar's stream and an office file's part."""
    return unpacked > _BOMB_SIZE and unpacked > _BOMB_RATIO * max(packed, 1)
_PACKAGE_PARTS = {"[Content_Types].xml", "word/document.xml", "xl/workbook.xml", "ppt/presentation.xml", "mimetype"}
_LOCAL = struct.Struct("<4sHHHHHIIIHH")  # a member's local file header (30 bytes)


def _local_members(data: bytes, limit: int) -> Iterator[tuple[str, bytes | None, str]]:
    """The members of a ZIP archive without its central directory, read from their local headers in archive
    order: ``(name, bytes, "")``, or ``(name, None, reason)`` (cut off, corrupt, encrypted, past ``limit``)."""
    at, used = 0, 0
    while True:
        at = data.find(b"PK\x03\x04", at)
        if at < 0 or at + _LOCAL.size > len(data):
            return
        _, _, flags, method, _, _, crc, csize, usize, nlen, xlen = _LOCAL.unpack_from(data, at)
        start = at + _LOCAL.size + nlen + xlen
        name = data[at + _LOCAL.size: at + _LOCAL.size + nlen].decode("utf-8" if flags & 0x800 else "cp437", "replace")
        if start > len(data):
            name += "…" if at + _LOCAL.size + nlen > len(data) else ""
            yield name, None, "cut off: the archive ends inside this member's header; not read"
            return
        if not name or name.endswith("/"):  # a folder, or zeros that only look like a header
            at = at + 4
            continue
        described = bool(flags & 0x8)  # sizes and CRC come after the data, not in the header
        if flags & 0x1:
            yield name, None, "encrypted member (password-protected); not read"
            at = start + (0 if described else csize)
            continue
        if method == 0 and not described:
            if start + csize > len(data):
                yield name, None, (f"cut off: the archive ends inside this member ({size_text(len(data) - start)} "
                                   f"of {size_text(csize)}); not read")
                return
            member, end = data[start: start + csize], start + csize
        elif method == 8:
            member, end = _inflate(memoryview(data), start, len(data) if described else min(start + csize, len(data)),
                                   limit - used)
            if member is None:
                yield name, None, end
                if end.startswith("corrupt"):
                    at = start
                    continue
                return
        else:
            yield name, None, f"compression method {method} cannot be read without the archive's directory; not read"
            at = start + (0 if described else csize)
            continue
        if not described and zlib.crc32(member) != crc:
            yield name, None, "corrupt member (CRC mismatch); not read"
        else:
            used += len(member)
            yield name, member, ""
        at = end


def _inflate(data: memoryview, start: int, stop: int, room: int) -> tuple[bytes | None, int | str]:
    """A deflated member's bytes from ``data[start:stop]`` and where its stream ends, fed 64 KiB at a time (a
    member followed by the rest of a large archive is never copied whole); ``(None, reason)`` when it is corrupt,
    cut off or unpacks to more than ``room`` bytes."""
    d, parts, size, pos = zlib.decompressobj(-15), [], 0, start
    try:
        while not d.eof and pos < stop:
            block = data[pos: min(pos + (1 << 16), stop)]
            pos += len(block)
            while block and not d.eof:
                out = d.decompress(block, room - size + 1)
                parts.append(out)
                size += len(out)
                if size > room:
                    return None, "the archive's unpacked size passes its limit (max_bytes) here; not read"
                block = d.unconsumed_tail
    except zlib.error as exc:
        return None, f"corrupt member (zlib: {exc}); not read"
    if not d.eof:
        return None, "cut off: the archive ends inside this member; not read"
    return b"".join(parts), pos - len(d.unused_data)


def size_text(n: int) -> str:
    """A byte count as people say it: ``256 MiB``, ``12 KiB``, ``7 bytes``."""
    return f"{n / 2**20:.0f} MiB" if n >= 2**20 else f"{n / 1024:.0f} KiB" if n >= 1024 else f"{n} bytes"
