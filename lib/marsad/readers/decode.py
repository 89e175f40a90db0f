"""Decode a file's bytes as text, detecting its encoding, and say why when it cannot.

Tries a byte-order mark, UTF-16 without BOM, strict UTF-8 (a file cut inside
its last character is decoded up to the cut, with a warning), UTF-8 with a few
stray bytes mended (a word pasted from a Windows-1256 file: read as Windows-1256
when that gives Arabic letters, else U+FFFD; ``Decoded.mended`` says so), then
charset-normalizer, which recognises Windows-1256 Arabic; a text of a few Arabic
words among ASCII that it takes for Latin is read in the Arabic code page its
letters ask for (Windows-1256 or ISO-8859-6, by the count of ال).
"""
from __future__ import annotations

import codecs
import re
import threading
from pathlib import PurePosixPath
from dataclasses import dataclass, field

__all__ = ["DecodeError", "Decoded", "decode", "decode_bytes"]

_MAGIC = {
    b"\x89PNG": "PNG image", b"\xff\xd8\xff": "JPEG image", b"GIF8": "GIF image", b"%PDF": "PDF document: its Arabic text comes out in display order (words and letters reversed); save the article as HTML or text",
    b"PK\x03\x04": "ZIP archive (or DOCX/XLSX)", b"\x1f\x8b": "gzip archive", b"\x7fELF": "executable",
    b"BZh": "bzip2 archive", b"\xfd7zXZ": "xz archive", b"Rar!": "RAR archive", b"7z\xbc\xaf\x27\x1c": "7-Zip archive",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": "Office 97-2003 file (DOC/XLS/PPT): save it as DOCX, CSV or text",
    b"ID3\x02": "audio file (MP3)", b"ID3\x03": "audio file (MP3)", b"ID3\x04": "audio file (MP3)", b"OggS": "audio or video file (Ogg)", b"RIFF": "audio, video or image file (WAV/AVI/WebP)",
    b"\x1aE\xdf\xa3": "video file (MKV/WebM)", b"SQLite format 3\x00": "database file (SQLite)",
    b"II*\x00": "image file (TIFF)", b"MM\x00*": "image file (TIFF)", b"wOFF": "font file (WOFF)",
    b"wOF2": "font file (WOFF2)",
    b"bplist00": "Apple property list, as a Safari .webarchive is: save the page as HTML",
}
# a binary recognised by no first bytes is named by its extension
_BINARY_SUFFIXES = {
    **dict.fromkeys((".mp4", ".m4v", ".mov", ".avi", ".mkv", ".webm", ".wmv", ".flv", ".3gp"), "video file"),
    **dict.fromkeys((".mp3", ".m4a", ".wav", ".ogg", ".aac", ".flac", ".wma", ".amr", ".opus"), "audio file"),
    **dict.fromkeys((".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".heic", ".ico"), "image file"),
    **dict.fromkeys((".doc", ".xls", ".ppt", ".pdf", ".pages", ".numbers", ".key"), "office document"),
    **dict.fromkeys((".exe", ".dll", ".so", ".dylib", ".bin", ".pyc", ".class", ".o"), "program file"),
    **dict.fromkeys((".rar", ".7z", ".zst", ".lz4", ".cab", ".iso", ".dmg"), "archive Marsad does not open"),
    # (robust46) a POSIX or GNU tar archive is read as a folder (readers.archive); one without their header is not
    ".tar": "tar archive without a POSIX or GNU header (an old or damaged one): unpack it, or pack it as ZIP",
    **dict.fromkeys((".db", ".sqlite", ".mdb", ".accdb", ".sav", ".dta", ".rds", ".pkl", ".pickle", ".npy", ".h5"),
                    "data file of another program"),
}
# video/audio in the ISO media format (MP4, MOV, M4A, 3GP) say so at byte 4
_ISO_MEDIA = b"ftyp"
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_PLAUSIBLE = re.compile(r"[\t\n\r\x20-\x7e\u00a0\u00ab\u00bb\u0600-\u06ff\u0750-\u077f\u2000-\u206f\ufb50-\ufdff\ufe70-\ufeff]")
# A UTF-8 character is at most 4 bytes: a cut inside the last one leaves at most 3 of them.
_UTF8_TAIL = 3
# At most one run of NUL bytes per this many bytes of a file for it to be read as text without them.
_MAX_NUL_SHARE = 0.01
_NUL_RUN = re.compile(rb"\x00+")


class DecodeError(ValueError):
    """A file could not be read as text; the message says why."""


@dataclass
class Decoded:
    """Text decoded from bytes, the encoding used and what had to be forgiven."""

    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)
    nul_bytes: int = 0        # stray NUL bytes removed before decoding
    first_nul: int = -1       # the byte offset of the first of them
    mended: str = ""          # bytes that were not UTF-8 in a UTF-8 text: what was done with them
    mended_line: int = 0      # the line of the first of them


def decode(data: bytes, *, name: str = "input") -> Decoded:
    """Decode a file's bytes, detecting its encoding.

    Returns:
        the :class:`Decoded` text; ``warnings`` says when the bytes ended inside a
        UTF-8 character (the text stops before it).

    Raises:
        DecodeError: empty, binary or undecodable input, with the reason.
    """
    if not data.strip():
        raise DecodeError("empty file")
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            if kind.startswith("Office 97") and PurePosixPath(name).suffix.lower() == ".msg":
                kind = "Outlook message (.msg): save it as .eml"  # (robust45) the same container as a .doc
            raise DecodeError(f"binary file ({kind})")
    # (robust45) a tar archive (unpacked from a .tar.gz it was a page of NUL-less headers): its magic "ustar" and the
    # NUL (POSIX) or space (GNU) after it (review45: a text with "mustard" at byte 256 was skipped as a tar archive)
    # (robust46) a tar archive is read as a folder (readers.archive) before its bytes come here: one that comes is not
    # read as text all the same
    if data[257:263] in (b"ustar\x00", b"ustar "):
        raise DecodeError("binary file (tar archive)")
    if data[4:8] == _ISO_MEDIA:
        raise DecodeError("binary file (video or audio file: MP4/MOV/M4A)")
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        raise DecodeError("Rich Text (RTF) file, read as text it is markup: save it as DOCX or text; not read")
    try:
        return _decode(data, name)
    except DecodeError as exc:
        kind = _BINARY_SUFFIXES.get(PurePosixPath(name).suffix.lower())
        if kind and str(exc).startswith(("binary file (NUL bytes)", "cannot decode")):
            raise DecodeError(f"binary file ({kind}, by its extension {PurePosixPath(name).suffix!r})") from None
        raise


def _decode(data: bytes, name: str) -> Decoded:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(enc), enc)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"has a {enc} byte-order mark but does not decode as {enc}: {exc.reason}") from None
    head = data[:4096]
    if b"\x00" in head:
        # UTF-16 without BOM: every other byte of ASCII/Arabic text is zero or 0x06.
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _plausible_text(text[:2000]):
                return Decoded(text, enc)
    nuls = data.count(0)
    if nuls:
        # A few stray NULs in a text (a damaged copy, a zero-filled tail, a scraper's join) cost only the NULs; a
        # binary has NULs all through it, or bytes that decode to no plausible text.
        if len(_NUL_RUN.findall(data)) > len(data) * _MAX_NUL_SHARE:
            raise DecodeError("binary file (NUL bytes)")
        # each run becomes a space (words stay apart), unless a NUL sits inside a UTF-8 character: then it goes
        spaced, removed = _NUL_RUN.sub(b" ", data), data.replace(b"\x00", b"")
        cleaned = removed if not _is_utf8(spaced) and _is_utf8(removed) else spaced
        try:
            decoded = decode(cleaned, name=name)
        except DecodeError:
            raise DecodeError("binary file (NUL bytes)") from None
        if not _plausible_text(decoded.text[:2000]):
            raise DecodeError("binary file (NUL bytes)")
        decoded.nul_bytes, decoded.first_nul = nuls, data.index(0)
        return decoded
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        # Cut mid-character (a download or copy that stopped): everything before the cut is good UTF-8.
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - _UTF8_TAIL:
            return Decoded(data[: exc.start].decode("utf-8"), "utf-8", [
                f"file ends inside a UTF-8 character (cut off?): decoded up to byte {exc.start}, "
                f"{len(data) - exc.start} trailing byte(s) dropped"])
        mixed = _utf8_with_strays(data) or _utf8_and_cp1256_lines(data)
        if mixed is not None:
            return mixed
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=["cp1256", "iso8859_6", "cp1252", "latin_1", "cp720"]).best()
    if best is not None:
        encoding = best.encoding
        if encoding in ("cp1252", "latin_1") and _arabic_in_cp1256(data):
            encoding = _arabic_code_page(data)  # a few Arabic words among ASCII: the guess cannot tell, letters can
        elif encoding in ("cp1256", "iso8859_6"):
            encoding = _arabic_code_page(data)  # a short text: the guess between the two Arabic code pages wavers
        text = data.decode(encoding, errors="replace")
        if _looks_textual(text[:5000]):
            return Decoded(text, encoding)
    raise DecodeError(f"cannot decode {name} as UTF-8, UTF-16 or Windows-1256 (binary or unknown encoding)")


# A UTF-8 text with a few bytes that are not UTF-8 (a word pasted from a Windows-1256 file, a damaged byte) is
# UTF-8 with those bytes mended, not a file of another encoding: at most this share of its non-ASCII bytes.
_MAX_STRAY_SHARE = 0.02
_ASCII = bytes(range(0x80))
# What Windows-1256 gives an Arabic text: the letters, Persian/Urdu ones, and ، ؛ ؟ (review39)
_ARABIC_CHARS = r"\u0621-\u064a\u067e\u0686\u0698\u06a4\u06a9\u06af\u06cc\u060c\u061b\u061f"
_ARABIC_RUN = re.compile(rf"[{_ARABIC_CHARS}\u00ab\u00bb ]+")  # a pasted run: and « », spaces
_strays = threading.local()


class _TooManyStrays(Exception):
    pass


def _mend(exc: UnicodeDecodeError) -> tuple[str, int]:
    """Error handler of :func:`_utf8_with_strays`: a run of bytes that are not UTF-8 is read as Windows-1256 when
    that gives only Arabic letters (a pasted word), else one U+FFFD."""
    state, data = _strays.state, exc.object
    end = exc.end
    while end < len(data) and data[end] >= 0x80:
        if not _utf8_at(data, end):
            end += 1
        elif _letter_and_mark(data, end):
            end += 2  # (review39) "مصر،" pasted: its "ر،" is UTF-8 "ѡ", "روسيا؟" ends in "ǿ", "الرياض؛" in "ֺ"
        else:
            break
    state["bytes"] += end - exc.start
    if state["bytes"] > state["limit"]:
        raise _TooManyStrays
    state["first"] = exc.start if state["first"] < 0 else state["first"]
    legacy = bytes(data[exc.start: end]).decode("cp1256", errors="replace")
    if end - exc.start >= 2 and _ARABIC_RUN.fullmatch(legacy):
        state["cp1256"] += 1
        return legacy, end
    state["replaced"] += 1
    return "\ufffd", end


# Windows-1256's ، ؛ ؟ « »: after a letter of 0xC2-0xDF (ا ب ر س ص ض …) each pair is a valid UTF-8 character
_CP1256_MARKS = frozenset(b"\xa1\xba\xbf\xab\xbb")


def _letter_and_mark(data: bytes, at: int) -> bool:
    """Whether the UTF-8 character at ``at``, just after a stray run, is a Windows-1256 letter and punctuation mark
    ending a pasted word (no UTF-8 right after it: legitimate text glued to the run goes on in UTF-8)."""
    return (at + 1 < len(data) and 0xC2 <= data[at] <= 0xDF and data[at + 1] in _CP1256_MARKS
            and (at + 2 >= len(data) or data[at + 2] < 0x80 or not _utf8_at(data, at + 2)))


def _utf8_at(data: bytes, at: int) -> bool:
    """Whether a UTF-8 character starts at ``at``."""
    for n in (2, 3, 4):
        try:
            bytes(data[at: at + n]).decode("utf-8")
            return True
        except UnicodeDecodeError:
            continue
    return False


codecs.register_error("marsad-strays", _mend)


def _utf8_with_strays(data: bytes) -> Decoded | None:
    """UTF-8 with a few stray bytes mended (see :func:`_mend`), or None when the bytes are not mostly UTF-8."""
    high = len(data.translate(None, _ASCII))  # bytes that are not ASCII
    _strays.state = state = {"bytes": 0, "limit": int(high * _MAX_STRAY_SHARE), "first": -1, "cp1256": 0, "replaced": 0}
    try:
        text = data.decode("utf-8", errors="marsad-strays")
    except _TooManyStrays:
        return None
    finally:
        del _strays.state
    if not state["bytes"]:
        return None
    how = ", ".join(f"{n} {what}" for n, what in ((state["cp1256"], "run(s) read as Windows-1256 Arabic"),
                                                 (state["replaced"], "replaced by U+FFFD")) if n)
    return Decoded(text, "utf-8", mended=f"{state['bytes']} byte(s) not UTF-8 in a UTF-8 text, the first on this "
                                         f"line: {how}", mended_line=data.count(b"\n", 0, state["first"]) + 1)


# A UTF-8 line of Arabic: at least this many Arabic letters, and most of its non-ASCII characters Arabic letters
# (Windows-1256 bytes that happen to be valid UTF-8 give Latin, Greek or Cyrillic letters, rarely one Arabic one).
_MIN_ARABIC_LINE = 4


def _utf8_and_cp1256_lines(data: bytes) -> Decoded | None:
    """Two exports pasted together (robust41): whole lines of UTF-8 Arabic and whole lines of Windows-1256 Arabic
    in one text, too many of the latter to mend as strays. Each line is read in its own encoding, when the UTF-8
    lines hold Arabic and the other lines read as Arabic in Windows-1256; else None (a file of one encoding is not
    touched: a Windows-1256 file has no line of UTF-8 Arabic). Read whole in one code page, the UTF-8 rows came
    out as mojibake or the file (a streamed table's piece) was not read at all."""
    if not _utf8_arabic_line(data):
        return None  # (robust43) a file with no UTF-8 Arabic line: not read line by line (a 19 MB file: +0.5 CPU s)
    lines = data.splitlines(keepends=True)
    utf8_arabic, legacy = 0, []
    for line in lines:
        if line.isascii():
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            legacy.append(line)
            continue
        letters = len(_LETTER.findall(text))
        if letters < 0.8 * sum(1 for c in text if ord(c) >= 0x80 and c.isalpha()):
            return None  # non-ASCII UTF-8 that is not Arabic: not this case
        # (review41) a line of UTF-8 punctuation (“…” — ©, a no-break space) or of a short Arabic word is read as
        # UTF-8 but is no evidence: it made the whole file 'cannot decode'
        utf8_arabic += letters >= _MIN_ARABIC_LINE
    if not utf8_arabic or not legacy or not _arabic_in_cp1256(b"".join(legacy)):
        return None
    encoding = _arabic_code_page(b"".join(legacy))
    out, first = [], -1
    for i, line in enumerate(lines):
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            out.append(line.decode(encoding, errors="replace"))
            first = i if first < 0 else first
    named = {"cp1256": "Windows-1256", "iso8859_6": "ISO-8859-6"}[encoding]
    return Decoded("".join(out), "utf-8", mended=f"{len(legacy)} line(s) in {named} in a UTF-8 text (two exports "
                                                 f"pasted together?), each read in its own encoding; the first is this "
                                                 f"line", mended_line=first + 1)


# The bytes of a file mapped to what they may be in UTF-8 (robust43): "a" ASCII, "c" a continuation byte (0x80-0xBF),
# "X" the lead byte of U+0600-U+067F (0xD8, 0xD9: every Arabic letter), "z" any other. A UTF-8 Arabic letter in a
# valid line is an "X" between an "a" or "c" (the end of the character or line before it) and a "c": "aXc" or "cXc".
# Windows-1256 Arabic rarely gives one (its letters are mostly 0xC1-0xFE: the ط of النفط، follows ف, 0xDD), and two
# byte searches find them at memchr speed, where decoding each line of a 19 MB file cost 0.2-0.5 CPU s.
_UTF8_CLASSES = bytes(b"a"[0] if b < 0x80 else b"c"[0] if b < 0xC0 else b"X"[0] if b in (0xD8, 0xD9) else b"z"[0]
                      for b in range(256))
_UTF8_LETTER_AT = (b"aXc", b"cXc")
_EOL = re.compile(rb"[\r\n]")


def _utf8_arabic_line(data: bytes) -> bool:
    """Whether a line of ``data`` is UTF-8 with at least :data:`_MIN_ARABIC_LINE` Arabic letters, as
    :func:`_utf8_and_cp1256_lines` needs one to do anything: only the lines where the bytes of a UTF-8 Arabic letter
    may stand (:data:`_UTF8_CLASSES`) are decoded, so a file of one encoding costs two byte searches, not a decode
    per line."""
    classes = (b"\n" + data).translate(_UTF8_CLASSES)  # classes[k + 1] is data[k]'s; a line starts the file
    found = {pattern: classes.find(pattern) for pattern in _UTF8_LETTER_AT}
    at = 0  # where in ``data`` the lines not yet looked at start
    while True:
        for pattern, k in found.items():
            if 0 <= k < at:  # before the lines looked at: its next one
                found[pattern] = classes.find(pattern, at)
        hits = [k for k in found.values() if k >= 0]
        if not hits:
            return False
        lead = min(hits)  # the letter's first byte in ``data`` (its match starts one byte before it in ``classes``)
        start = max(data.rfind(b"\n", at, lead), data.rfind(b"\r", at, lead), at - 1) + 1
        eol = _EOL.search(data, lead)
        end = eol.start() if eol else len(data)
        try:
            if len(_LETTER.findall(data[start:end].decode("utf-8"))) >= _MIN_ARABIC_LINE:
                return True
        except UnicodeDecodeError:
            pass
        at = end + 1


def _arabic_in_cp1256(data: bytes) -> bool:
    """Whether the non-ASCII bytes, read as Windows-1256, are mostly Arabic letters. French accents (é, è, à, ç)
    are the same bytes in Windows-1252 and Windows-1256, so a French or Latin-1 text does not pass; nor does one
    whose non-ASCII bytes sit inside Latin words (review39: Spanish á í, Portuguese ã, German ä ß are Arabic letters
    in Windows-1256, "país más" read "paيs mلs"), as an Arabic word's letters never do."""
    head = bytes(data[:200_000])
    high = head.translate(None, _ASCII).decode("cp1256", errors="replace")
    if not high or len(_ARABIC_LETTER.findall(high)) < 0.8 * len(high):
        return False
    return len(_GLUED_TO_LATIN.findall(head)) <= 0.2 * len(high)


_GLUED_TO_LATIN = re.compile(rb"(?<=[A-Za-z])[\x80-\xff]|[\x80-\xff](?=[A-Za-z])")


def _arabic_code_page(data: bytes) -> str:
    """Windows-1256 or ISO-8859-6 for Arabic bytes: the one that reads more of them as Arabic letters (ISO-8859-6's
    ه و ى ي are ç è é ê in Windows-1256; Windows-1256's ى ي are tanween marks in ISO-8859-6), then the one in
    which the article ال is the more frequent (ا is 0xC7 in both, ل is 0xE1 in one and 0xE4 in the other), then
    Windows-1256, by far the more common. (review39: the article alone took a short Windows-1256 table without it,
    لبنان وسوريا, whose ان is ال in ISO-8859-6, for ISO-8859-6.)"""
    head = bytes(data[:200_000])
    try:
        iso = head.decode("iso8859_6")
    except UnicodeDecodeError:
        return "cp1256"  # a byte ISO-8859-6 does not define
    win = head.decode("cp1256", errors="replace")
    score = {enc: (len(_LETTER.findall(text)), text.count("ال")) for enc, text in (("iso8859_6", iso), ("cp1256", win))}
    return "iso8859_6" if score["iso8859_6"] > score["cp1256"] else "cp1256"


_LETTER = re.compile(r"[\u0621-\u064a]")


_ARABIC_LETTER = re.compile(rf"[{_ARABIC_CHARS}]")


def decode_bytes(data: bytes, *, name: str = "input") -> tuple[str, str]:
    """Decode bytes as :func:`decode` does; return ``(text, encoding)``."""
    decoded = decode(data, name=name)
    return decoded.text, decoded.encoding


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _plausible_text(text: str) -> bool:
    """Most characters are Latin, Arabic, whitespace or punctuation (guards UTF-16 guessing)."""
    if not text:
        return False
    return len(_PLAUSIBLE.findall(text)) / len(text) >= 0.95


def _looks_textual(text: str) -> bool:
    if not text:
        return False
    bad = sum(1 for c in text if (ord(c) < 32 and c not in "\n\r\t\f") or c == "\ufffd")
    return bad / len(text) < 0.02
