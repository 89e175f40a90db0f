"""Word-processor files: a DOCX (Word) or ODT (LibreOffice/OpenDocument) file is one document.

Press releases, transcripts and a newsroom's own copy often come as Word files. Such a file is a ZIP archive of
XML parts; its text is read from the body part (``word/document.xml``, ``content.xml``) paragraph by paragraph,
in reading order (tables' cells included), through ``defusedxml``. Its title is the document's title property
(``docProps/core.xml``, ``meta.xml``), else its first paragraph styled as a title or heading, else its first
paragraph; headings are sub-headings. A Word file's creation date is when the file was made, not when the news
was published: the document has no publication date, and the manifest says so.

Other packaged formats are recognised and skipped with a reason that says what to do (a spreadsheet: save it as
CSV; a slide deck; an e-book).
"""
from __future__ import annotations

import io
import os
import zipfile

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

from marsad.readers.base import Record, Source, register
from marsad.readers.decode import DecodeError
from marsad.readers.page import ParsedPage, page_record

__all__ = ["package_kind", "read_office", "read_package", "SKIPPED_PACKAGES"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
# the part that tells a package's kind -> kind
_MARKERS = (("word/document.xml", "docx"), ("xl/workbook.xml", "xlsx"), ("ppt/presentation.xml", "pptx"))
_ODF = {"application/vnd.oasis.opendocument.text": "odt", "application/vnd.oasis.opendocument.spreadsheet": "ods",
        "application/vnd.oasis.opendocument.presentation": "odp", "application/epub+zip": "epub"}
SKIPPED_PACKAGES = {
    "xlsx": "spreadsheet (XLSX): save the sheet as CSV to read it",
    "ods": "spreadsheet (ODS): save the sheet as CSV to read it",
    "pptx": "slide deck (PPTX), not read",
    "odp": "slide deck (ODP), not read",
    "epub": "e-book (EPUB), not read",
}
_MAX_PART = 64 * 1024 * 1024  # a body part larger than this unpacked is not read


def package_kind(data: bytes | str | os.PathLike | zipfile.ZipFile) -> str | None:
    """``docx``, ``odt``, ``xlsx``, ``ods``, ``pptx``, ``odp`` or ``epub`` for such a ZIP package (its bytes, its
    path or the open archive), else ``None`` (a plain archive, or not a ZIP file)."""
    try:
        if isinstance(data, zipfile.ZipFile):
            return _kind(data)
        with zipfile.ZipFile(io.BytesIO(data) if isinstance(data, bytes) else data) as z:
            return _kind(z)
    except (zipfile.BadZipFile, OSError, ValueError, KeyError):
        return None


def _kind(z: zipfile.ZipFile) -> str | None:
    names = set(z.namelist())
    for part, kind in _MARKERS:
        if part in names:
            return kind
    if "mimetype" in names:
        return _ODF.get(z.read("mimetype")[:100].decode("ascii", "replace").strip())
    return None


def _part(z: zipfile.ZipFile, name: str):
    info = z.getinfo(name)
    if info.file_size > _MAX_PART:
        raise DecodeError(f"its text part {name} unpacks to more than 64 MiB; not read")
    with z.open(info) as fh:
        return SafeET.fromstring(fh.read(_MAX_PART + 1))


def _docx(z: zipfile.ZipFile, page: ParsedPage) -> None:
    if "docProps/core.xml" in z.namelist():
        title = _part(z, "docProps/core.xml").find(_DC_TITLE)
        page.title = " ".join((title.text or "").split()) if title is not None else None
    for p in _part(z, "word/document.xml").iter(_W + "p"):
        style = p.find(f"{_W}pPr/{_W}pStyle")
        style = (style.get(_W + "val") or "").lower() if style is not None else ""
        words = []
        for el in p.iter():
            if el.tag == _W + "t":
                words.append(el.text or "")
            elif el.tag in (_W + "tab", _W + "br", _W + "cr"):
                words.append(" ")
        _add(page, " ".join("".join(words).split()), style)


def _odt(z: zipfile.ZipFile, page: ParsedPage) -> None:
    if "meta.xml" in z.namelist():
        title = _part(z, "meta.xml").find(f".//{_DC_TITLE}")
        page.title = " ".join((title.text or "").split()) if title is not None else None
    for el in _part(z, "content.xml").iter():
        if el.tag in (_TEXT + "p", _TEXT + "h"):
            style = "heading" if el.tag == _TEXT + "h" else (el.get(_TEXT + "style-name") or "").lower()
            _add(page, " ".join("".join(el.itertext()).split()), style)


def _add(page: ParsedPage, text: str, style: str) -> None:
    if not text:
        return
    if page.title is None and (style.startswith("title") or not page.segments):
        page.title = text
    if text == page.title and not any(s["section"] == "title" for s in page.segments):
        page.add("title", text)
    elif style.startswith(("heading", "title", "subtitle")):
        page.add("subheading", text)
    else:
        page.add("paragraph", text)


@register("docx", suffixes=(".docx", ".odt"))
def read_office(source: Source) -> list[Record]:
    """Read a DOCX or ODT file as one document (other packages: skipped with the reason)."""
    return read_package(source, package_kind(source.data))


def read_package(source: Source, kind: str | None) -> list[Record]:
    """:func:`read_office` for a package whose kind (:func:`package_kind`) is known already."""
    if kind in SKIPPED_PACKAGES:
        raise DecodeError(SKIPPED_PACKAGES[kind])
    if kind not in ("docx", "odt"):
        raise DecodeError("not a Word or OpenDocument text file (no word/document.xml or content.xml)")
    page = ParsedPage()
    try:
        with zipfile.ZipFile(io.BytesIO(source.data)) as z:
            (_docx if kind == "docx" else _odt)(z, page)
    except DefusedXmlException as exc:
        raise DecodeError(f"XML refused: {type(exc).__name__} (entity declarations are not read)") from None
    except (SafeET.ParseError, zipfile.BadZipFile, KeyError, RuntimeError, NotImplementedError) as exc:
        raise DecodeError(f"broken {kind.upper()} file: {type(exc).__name__}: {exc}") from None
    if page.title and not any(s["section"] == "title" for s in page.segments):
        page.segments.insert(0, {"section": "title", "text": page.title})
    page.warnings.append(f"{kind.upper()} file: no publication date (its creation date is not one)")
    source.format = kind
    source.encoding = "utf-8"
    return page_record(source, page, kind)
