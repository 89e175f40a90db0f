"""Word-processor files: a DOCX (Word) or ODT (LibreOffice/OpenDocument) file is one document.

Press releases, transcripts and a newsroom's own copy often come as Word files. Such a file is a ZIP archive of
XML parts; its text is read from the body part (``word/document.xml``, ``content.xml``) paragraph by paragraph,
in reading order (tables' cells included), through ``defusedxml``. Its title is the document's title property
(``docProps/core.xml``, ``meta.xml``), else its first paragraph styled as a title or heading, else its first
paragraph; headings are sub-headings. A Word file's creation date is when the file was made, not when the news
was published: the document has no publication date, and the manifest says so.

(robust46) An Excel workbook (XLSX) is a table, as its sheet saved as CSV is: each sheet whose first row names a
title or text column gives a document a row (its date cells read as dates, whatever their display format); a sheet
without such a column is listed in the manifest, not read. An analyst's list of articles kept in Excel was skipped
("save the sheet as CSV").

(robust46) An e-book (EPUB) gives a document a chapter, in its reading order (the package's spine), each read as the
web page it is (XHTML): Calibre's "Fetch news" writes a newspaper's issue as an EPUB of one article a chapter, and a
report published as an e-book is its chapters. A chapter without text of its own (the cover, the table of contents)
is left out, and the manifest says how many.

Other packaged formats are recognised and skipped with a reason that says what to do (an OpenDocument spreadsheet:
save it as CSV; a slide deck).
"""
from __future__ import annotations

import io
import os
import re
import zipfile

import pandas as pd

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

from marsad.readers.base import Record, Source, register
from marsad.readers.decode import DecodeError
from marsad.readers.page import ParsedPage, page_record

__all__ = ["package_kind", "read_office", "read_package", "read_xlsx", "read_epub", "SKIPPED_PACKAGES"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
# the part that tells a package's kind -> kind
_MARKERS = (("word/document.xml", "docx"), ("xl/workbook.xml", "xlsx"), ("ppt/presentation.xml", "pptx"))
_ODF = {"application/vnd.oasis.opendocument.text": "odt", "application/vnd.oasis.opendocument.spreadsheet": "ods",
        "application/vnd.oasis.opendocument.presentation": "odp", "application/epub+zip": "epub"}
SKIPPED_PACKAGES = {
    "ods": "spreadsheet (ODS): save the sheet as CSV to read it",
    "pptx": "slide deck (PPTX), not read",
    "odp": "slide deck (ODP), not read",
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


def _part(z: zipfile.ZipFile, name: str, *, workbook: bool = False):
    data = _member_bytes(z, _text_part(z, name))
    return SafeET.fromstring(_transitional(data) if workbook else data)


def _text_part(z: zipfile.ZipFile, name: str) -> zipfile.ZipInfo:
    """A package part's entry, refused when it unpacks past ``_MAX_PART`` (a document's XML, a worksheet)."""
    info = z.getinfo(name)
    if info.file_size > _MAX_PART:
        raise DecodeError(f"its text part {name} unpacks to more than 64 MiB; not read")
    return info


class _OverBudget(DecodeError):
    """The package's parts read so far unpack past the read limit."""


def _member_bytes(z: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """(robust46) A part's bytes, refused as a ZIP archive's member is when it unpacks more than 200 to 1 past 8 MiB,
    and counted against the read limit for the whole package: a workbook of many sheets or an e-book of many
    chapters, each under the 64 MiB part limit, unpacked without bound before."""
    from marsad.readers.archive import MAX_BYTES, is_bomb, size_text

    if is_bomb(info.file_size, info.compress_size):
        raise DecodeError(f"{info.filename} unpacks {info.file_size // max(info.compress_size, 1):,} to 1: a ZIP bomb "
                          f"or filler, not news text; not read")
    with z.open(info) as fh:
        data = fh.read(_MAX_PART + 1)  # the directory's size may lie
    used = getattr(z, "_marsad_unpacked", 0) + len(data)
    if used > MAX_BYTES:
        raise _OverBudget(f"its parts unpack to more than the {size_text(MAX_BYTES)} limit (max_bytes); the rest not read")
    z._marsad_unpacked = used
    return data


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


@register("docx", suffixes=(".docx", ".odt", ".xlsx", ".epub"))
def read_office(source: Source) -> list[Record]:
    """Read a DOCX or ODT file as one document, an XLSX workbook or an EPUB book (other packages: skipped with the
    reason). (review47) A file of one of their names that is no ZIP package at all is said to be so; one that is a
    table saved as text (a web tool's "Excel export" is often a CSV named .xlsx) is read as the table it is: it was
    skipped as "not a Word or OpenDocument text file"."""
    kind = package_kind(source.data)
    if kind is None and not source.data.startswith(b"PK"):
        from marsad.readers.page import is_text_table
        from marsad.readers.tables import read_csv

        named = source.suffix or "this suffix"
        if source.data[:4096].strip() and is_text_table(source.text):
            source.format = "csv"
            source.note(f"named {named}, but a table saved as text (its first row names the columns), read as a table")
            return read_csv(source)
        raise DecodeError(f"named {named}, but not a ZIP package as a Word, Excel, OpenDocument or EPUB file is "
                          "(renamed? give it the suffix of what it holds); not read")
    return read_package(source, kind)


def read_package(source: Source, kind: str | None) -> list[Record]:
    """:func:`read_office` for a package whose kind (:func:`package_kind`) is known already."""
    if kind in SKIPPED_PACKAGES:
        raise DecodeError(SKIPPED_PACKAGES[kind])
    if kind == "xlsx":
        return read_xlsx(source)
    if kind == "epub":
        return read_epub(source)
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


# --- Excel workbooks (robust46) ------------------------------------------------------------------------------------
_S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_CELL_REF = re.compile(r"^([A-Z]{1,3})\d*$")
# Excel's built-in number formats that show a date (14-22, 45-47: "m/d/yy", "d-mmm-yy", "mm:ss" …; time-only ones
# are no date but harmless: a time column is no date column) and the letters a custom one needs to show a date
_DATE_FORMAT_IDS = frozenset(range(14, 23)) | {45, 46, 47}
_DATE_CODE = re.compile(r"[dy]|mmm", re.IGNORECASE)
_QUOTED = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')


# (review47) Excel's "Strict Open XML Spreadsheet" names its elements in other namespaces: read as the transitional
# ones, a Strict workbook was "without a sheet whose first row names a title or text column"
_STRICT = ((b"http://purl.oclc.org/ooxml/spreadsheetml/main", b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"),
           (b"http://purl.oclc.org/ooxml/officeDocument/relationships",
            b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"))


def _transitional(data: bytes) -> bytes:
    for strict, transitional in _STRICT:
        if strict in data:
            data = data.replace(strict, transitional)
    return data


def _column(ref: str | None, fallback: int) -> int:
    m = _CELL_REF.match(ref or "")
    if not m:
        return fallback
    n = 0
    for ch in m[1]:
        n = n * 26 + ord(ch) - 64
    return n - 1


def _rich_text(el) -> str:
    """A shared or inline string's text: its ``<t>`` elements, not its phonetic runs (``<rPh>``)."""
    if el is None:
        return ""
    phonetic = {id(t) for r in el.iter(_S + "rPh") for t in r.iter(_S + "t")}
    return "".join(t.text or "" for t in el.iter(_S + "t") if id(t) not in phonetic)


def _date_styles(z: zipfile.ZipFile) -> set[int]:
    """The cell styles (``s`` indexes) that show a number as a date."""
    if "xl/styles.xml" not in z.namelist():
        return set()
    root = _part(z, "xl/styles.xml", workbook=True)
    custom = {}
    formats = root.find(_S + "numFmts")
    for fmt in (formats if formats is not None else []):
        code = _QUOTED.sub("", fmt.get("formatCode") or "")
        custom[int(fmt.get("numFmtId") or -1)] = bool(_DATE_CODE.search(code))
    xfs = root.find(_S + "cellXfs")
    out = set()
    for i, xf in enumerate(xfs if xfs is not None else []):
        fid = int(xf.get("numFmtId") or 0)
        if fid in _DATE_FORMAT_IDS or custom.get(fid):
            out.add(i)
    return out


def _sheets(z: zipfile.ZipFile) -> list[tuple[str, str]]:
    """``(name, part)`` of each worksheet in the workbook's order."""
    names = set(z.namelist())
    targets = {}
    if "xl/_rels/workbook.xml.rels" in names:
        for rel in _part(z, "xl/_rels/workbook.xml.rels", workbook=True).iter(_REL):
            target = (rel.get("Target") or "").lstrip("/")
            targets[rel.get("Id")] = target if target.startswith("xl/") else f"xl/{target}"
    out = []
    for sheet in _part(z, "xl/workbook.xml", workbook=True).iter(_S + "sheet"):
        part = targets.get(sheet.get(_R_ID))
        if part in names:
            out.append((sheet.get("name") or part, part))
    if not out:  # no relationships: the worksheets by their file names
        out = [(n.rsplit("/", 1)[-1], n) for n in sorted(names) if re.match(r"xl/worksheets/sheet\d+\.xml$", n)]
    return out


def _excel_day(serial: str, epoch: pd.Timestamp) -> str | None:
    try:
        days = float(serial)
    except ValueError:
        return None
    if not 1 <= days < 2958466:  # 1900-01-01 to 9999-12-31
        return None
    return (epoch + pd.Timedelta(days=int(days))).date().isoformat()


def _sheet_rows(z: zipfile.ZipFile, part: str, shared: list[str], dates: set[int], epoch) -> list[tuple[int, dict[int, str]]]:
    """A worksheet's rows, each its number in the sheet and its cells' texts by column number (empty cells left out:
    a cell in column XFD is one entry, not 16,384). (review47) A row or cell without its reference (``r`` is optional)
    is the one after the one before it: an empty first cell shifted the row's text one column left, and a warning
    named a row by its rank among rows with cells, not by its number in the sheet."""
    rows = []
    number = 0
    info = _text_part(z, part)
    # (review47) row by row, each dropped once read, and only rows with cells kept: a sheet of 1,000,000 empty rows
    # (2.4 MB packed) was a tree of them, 703 MB of memory and 4.8 CPU s
    sheet_data = None
    for event, row in SafeET.iterparse(io.BytesIO(_transitional(_member_bytes(z, info))), events=("start", "end")):
        if row.tag == _S + "sheetData":
            sheet_data = row if event == "start" else None
        if event != "end" or row.tag != _S + "row":
            continue
        cells: dict[int, str] = {}
        number = int(row.get("r")) if (row.get("r") or "").isdigit() else number + 1
        column = -1
        for c in row.iter(_S + "c"):
            column = _column(c.get("r"), column + 1)
            kind, v = c.get("t"), c.find(_S + "v")
            value = v.text if v is not None else None
            if kind == "s" and value is not None:
                try:
                    value = shared[int(value)]
                except (ValueError, IndexError):
                    value = None
            elif kind == "inlineStr":
                value = _rich_text(c.find(_S + "is"))
            elif kind in ("b", "e"):
                value = None if kind == "e" else ("TRUE" if value == "1" else "FALSE")
            elif kind in (None, "n") and value is not None and int(c.get("s") or 0) in dates:
                value = _excel_day(value, epoch) or value
            if value is not None and value.strip():
                cells[column] = value
        if cells:
            rows.append((number, cells))
        if sheet_data is not None:
            sheet_data.remove(row)
    return rows


def read_xlsx(source: Source) -> list[Record]:
    """Read an Excel workbook's sheets as tables (see the module docstring)."""
    from marsad.readers.tables import _pick, _records, _unique_names

    source.format, source.encoding = "xlsx", "utf-8"
    try:
        with zipfile.ZipFile(io.BytesIO(source.data)) as z:
            shared = ([_rich_text(si) for si in _part(z, "xl/sharedStrings.xml", workbook=True).iter(_S + "si")]
                      if "xl/sharedStrings.xml" in z.namelist() else [])
            pr = _part(z, "xl/workbook.xml", workbook=True).find(_S + "workbookPr")
            epoch = pd.Timestamp(1904, 1, 1) if pr is not None and pr.get("date1904") in ("1", "true") else pd.Timestamp(1899, 12, 30)
            dates = _date_styles(z)
            sheets = [(name, _sheet_rows(z, part, shared, dates, epoch)) for name, part in _sheets(z)]
    except DefusedXmlException as exc:
        raise DecodeError(f"XML refused: {type(exc).__name__} (entity declarations are not read)") from None
    except (SafeET.ParseError, zipfile.BadZipFile, KeyError, RuntimeError, NotImplementedError, ValueError) as exc:
        # (review47) ValueError too: a style or string index that is no number ('s="x"') ended the read with a traceback
        raise DecodeError(f"broken XLSX file: {type(exc).__name__}: {exc}") from None
    rows, columns, read, number = [], [], [], 0
    for name, sheet in sheets:
        body = [(k, r) for k, r in sheet if r]
        if not body:
            continue
        # a cell outside the header's columns is not read; (review47) two columns of one name are "text", "text.1" as
        # the sheet's CSV is read (tables._unique_names): the second replaced the first, its text lost
        head = sorted(body[0][1].items())
        names = dict(zip((col for col, _ in head), _unique_names([" ".join(h.split()) for _, h in head])))
        header = list(names.values())
        if not (_pick(header, "title") or _pick(header, "text")):
            source.warn(f"sheet {name!r}", f"no title or text column in its first row ({', '.join(header[:8])}); not read")
            continue
        read.append(name)
        for k, row in body[1:]:
            number += 1
            rows.append((f"sheet {name!r} row {k}", number, {names[c]: v for c, v in row.items() if c in names}))
        columns.extend(h for h in header if h not in columns)
    if not read:
        raise DecodeError("spreadsheet (XLSX) without a sheet whose first row names a title or text column; not read")
    source.note(f"XLSX workbook: {len(read)} sheet(s) read as tables ({', '.join(read[:5])})")
    return _records(source, columns, rows)


# --- e-books (robust46) --------------------------------------------------------------------------------------------
_OPF = "{http://www.idpf.org/2007/opf}"
_CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}rootfile"
_MAX_CHAPTERS = 5000


def read_epub(source: Source) -> list[Record]:
    """Read an EPUB's chapters, a document each (see the module docstring); ids ``book/<chapter file>``."""
    import posixpath
    from urllib.parse import unquote

    from marsad.readers.decode import decode
    from marsad.readers.html import parse_html_page

    source.format, source.encoding = "epub", "utf-8"
    records, empty, broken, seen, again = [], 0, [], set(), 0
    try:
        with zipfile.ZipFile(io.BytesIO(source.data)) as z:
            names = set(z.namelist())
            rootfile = next(iter(_part(z, "META-INF/container.xml").iter(_CONTAINER)), None)
            opf_name = rootfile.get("full-path") if rootfile is not None else None
            if opf_name not in names:
                opf_name = next((n for n in sorted(names) if n.endswith(".opf")), None)
            if opf_name is None:
                raise DecodeError("broken EPUB file: no package document (.opf); not read")
            opf = _part(z, opf_name)
            base = posixpath.dirname(opf_name)
            items = {it.get("id"): it for it in opf.iter(_OPF + "item")}
            spine = [items.get(ref.get("idref")) for ref in opf.iter(_OPF + "itemref")]
            if len(spine) > _MAX_CHAPTERS:  # (review47) the files past the limit were left out without a word
                broken.append(f"the book's spine names {len(spine):,} files: the first {_MAX_CHAPTERS:,} looked at, "
                              f"{len(spine) - _MAX_CHAPTERS:,} not read (the limit of {_MAX_CHAPTERS:,} chapters)")
            for item in spine[:_MAX_CHAPTERS]:
                if item is None or "nav" in (item.get("properties") or "").split():
                    empty += 1
                    continue
                # (review47) an href is a URL: "Text/%D8%AE%D8%A8%D8%B1%201.xhtml" names the file "Text/خبر 1.xhtml"
                # (the chapter was "not in the file"); a file the spine names again (or by another fragment) is read once
                href = posixpath.normpath(posixpath.join(base, unquote((item.get("href") or "").split("#")[0])))
                if href in seen:
                    again += 1
                    continue
                seen.add(href)
                if href not in names:
                    broken.append(f"{href}: listed in the book's spine, not in the file")
                    continue
                info = z.getinfo(href)
                if info.file_size > _MAX_PART:
                    broken.append(f"{href}: unpacks to more than 64 MiB; not read")
                    continue
                try:
                    page = parse_html_page(decode(_member_bytes(z, info), name=href).text)
                except _OverBudget as exc:
                    broken.append(f"{href}: {exc}")
                    break
                except DecodeError as exc:
                    broken.append(f"{href}: {exc}")
                    continue
                if not any(seg["section"] != "title" for seg in page.segments):
                    empty += 1  # a cover, a title page, a table of contents
                    continue
                stem = posixpath.splitext(posixpath.relpath(href, base) if base else href)[0]
                records.append(({"doc_id": f"{source.doc_id}/{stem}", "path": str(source.path), "source": None,
                                 "url": page.url, "published": None, "title": page.title, "format": "epub",
                                 "category": None}, page.segments))
    except DefusedXmlException as exc:
        raise DecodeError(f"XML refused: {type(exc).__name__} (entity declarations are not read)") from None
    except (SafeET.ParseError, zipfile.BadZipFile, KeyError, RuntimeError, NotImplementedError) as exc:
        raise DecodeError(f"broken EPUB file: {type(exc).__name__}: {exc}") from None
    for reason in broken:
        source.warn("chapter", reason)
    if not records:
        raise DecodeError("e-book (EPUB) without a chapter of text; not read")
    source.note(f"EPUB e-book: {len(records)} chapter(s) read, a document each"
                + (f"; {empty} without text of their own (cover, contents) left out" if empty else "")
                + (f"; {again} named again in the spine, read once" if again else "")
                + "; no publication date (the book's date is not its chapters')")
    return records
