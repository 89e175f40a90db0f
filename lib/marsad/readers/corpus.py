"""Read a corpus (a page, a folder of pages, ANT article files, tables) into tables.

``read_corpus(path)`` returns a :class:`Corpus` with three DataFrames:

* ``documents``: ``doc_id, path, source, url, published, title, format,
  category, captured``;
* ``segments``: ``doc_id, section, position, text, normalized, duplicate_of,
  credit``: ``text`` is the original and the reference for every offset;
* ``manifest``: one row per input file: ``path, status`` (``parsed`` or
  ``skipped``), ``reason``, ``format``, ``encoding``, ``documents``,
  ``bytes``. Every file found is in it: read = parsed + skipped.

Bad input never stops a read: an undecodable, binary, empty or unsupported
file is skipped with its reason, a page without byline is parsed with a
warning in ``reason``. ``iter_corpus`` yields the same tables in chunks of
documents so large corpora stream in bounded memory.
"""
from __future__ import annotations

import codecs
import email.utils
import hashlib
import json
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pandas as pd

from marsad.readers.page import mark_duplicates, parse_page
from marsad.lang.text import normalize

__all__ = ["Corpus", "read_corpus", "iter_corpus", "read_file", "decode_bytes", "DecodeError", "DOCUMENT_COLUMNS", "SEGMENT_COLUMNS"]

log = logging.getLogger(__name__)

DOCUMENT_COLUMNS = ["doc_id", "path", "source", "url", "published", "title", "format", "category", "captured"]
SEGMENT_COLUMNS = ["doc_id", "section", "position", "text", "normalized", "duplicate_of", "credit"]
MANIFEST_COLUMNS = ["path", "status", "reason", "format", "encoding", "documents", "bytes"]

_TABLE_SUFFIXES = {".csv", ".tsv", ".jsonl", ".ndjson", ".json", ".parquet"}
_PAGE_SUFFIXES = {"", ".txt", ".text", ".html", ".htm", ".xml", ".tml"}
_DOC_NAMES = re.compile(r"^(readme|license|licence|provenance|changelog|copying)(\.|$)", re.I)
_MAGIC = {
    b"\x89PNG": "PNG image", b"\xff\xd8\xff": "JPEG image", b"GIF8": "GIF image", b"%PDF": "PDF document",
    b"PK\x03\x04": "ZIP archive (or DOCX/XLSX)", b"\x1f\x8b": "gzip archive", b"\x7fELF": "executable",
    b"BZh": "bzip2 archive", b"\xfd7zXZ": "xz archive", b"Rar!": "RAR archive",
}
_ANT_TAG = re.compile(r"<(DOCNO|URL|SRC|CAT|TITLE|TIME|AUTHOR|ABSTRACT|TEXT)>(.*?)</\1>", re.S)
_COLUMN_ALIASES = {
    "title": ("title", "headline", "heading", "عنوان"),
    "text": ("text", "body", "content", "article", "نص"),
    "published": ("published", "date", "pubdate", "published_at", "time", "datetime", "تاريخ"),
    "source": ("source", "src", "site", "outlet", "publisher", "مصدر"),
    "url": ("url", "link", "href"),
    "doc_id": ("doc_id", "id", "docno", "guid"),
    "category": ("category", "cat", "section", "label"),
}
# Above this many ticker items, near-duplicate search (quadratic) gives way to exact matching.
_MAX_NEAR_DUP_ITEMS = 400


class DecodeError(ValueError):
    """A file could not be read as text; the message says why."""


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
        return {
            "files": len(m),
            "parsed": int((m["status"] == "parsed").sum()),
            "skipped": int((m["status"] == "skipped").sum()),
            "documents": len(self.documents),
            "segments": len(self.segments),
            "ticker": int((self.segments["section"] == "ticker").sum()),
            "ticker_duplicates": int(self.ticker["duplicate_of"].notna().sum()),
            "sources": int(self.documents["source"].nunique()),
            "dated_documents": int(self.documents["published"].notna().sum()),
        }


def decode_bytes(data: bytes, *, name: str = "input") -> tuple[str, str]:
    """Decode a file's bytes, detecting its encoding.

    Tries a byte-order mark, UTF-16 without BOM, strict UTF-8, then
    charset-normalizer (which recognises Windows-1256 Arabic).

    Returns:
        ``(text, encoding)``.

    Raises:
        DecodeError: empty, binary or undecodable input, with the reason.
    """
    if not data.strip():
        raise DecodeError("empty file")
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise DecodeError(f"binary file ({kind})")
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
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
                return text, enc
        raise DecodeError("binary file (NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=["cp1256", "iso8859_6", "cp1252", "latin_1", "cp720"]).best()
    if best is not None:
        encoding = best.encoding
        text = data.decode(encoding, errors="replace")
        if _looks_textual(text[:5000]):
            return text, encoding
    raise DecodeError(f"cannot decode {name} as UTF-8, UTF-16 or Windows-1256 (binary or unknown encoding)")


_PLAUSIBLE = re.compile(r"[\t\n\r\x20-\x7e\u00a0\u00ab\u00bb\u0600-\u06ff\u0750-\u077f\u2000-\u206f\ufb50-\ufdff\ufe70-\ufeff]")


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


def _file_list(root: Path) -> list[Path]:
    if root.is_file():
        return [root]
    return sorted(p for p in root.rglob("*") if p.is_file())


def _doc_id_for(path: Path, root: Path) -> str:
    rel = path.relative_to(root) if root.is_dir() else Path(path.name)
    return rel.with_suffix("").as_posix()


def read_file(file: Path, root: Path, *, max_bytes: int = 256 * 1024 * 1024) -> tuple[dict, list[tuple[dict, list[dict]]]]:
    """Read one input file: its manifest row and its documents (never raises for a bad file).

    Args:
        file: the file.
        root: the corpus path (document ids are paths relative to it).
        max_bytes: files larger than this are skipped.

    Returns:
        ``(row, records)``: the manifest row (``status`` parsed or skipped with its
        ``reason``) and a list of ``(document fields, segments)``; ids are not yet
        made unique across files (the caller numbers repeats ``id~2``, ``id~3``).
    """
    row = {"path": str(file), "status": "skipped", "reason": "", "format": "", "encoding": "",
           "documents": 0, "bytes": 0}
    try:
        size = file.stat().st_size
        row["bytes"] = size
        records, fmt, encoding, note = _read_file(file, root, size=size, max_bytes=max_bytes)
    except (DecodeError, ValueError, OSError) as exc:
        row["reason"] = str(exc)
        log.warning("skipped %s: %s", file, exc)
        return row, []
    except Exception as exc:  # one bad file never stops a run
        row["reason"] = f"unexpected error while reading: {type(exc).__name__}: {exc}"
        log.exception("skipped %s", file)
        return row, []
    row.update(format=fmt, encoding=encoding, reason=note)
    if not records:
        row["reason"] = note or "no text found"
        return row, []
    row["status"] = "parsed"
    row["documents"] = len(records)
    return row, records


def iter_corpus(
    path: str | os.PathLike,
    *,
    capture_date: str | pd.Timestamp | None = None,
    chunk_documents: int = 2000,
    max_bytes: int = 256 * 1024 * 1024,
    near_duplicate_threshold: float = 0.45,
) -> Iterator[Corpus]:
    """Read a corpus in chunks of about ``chunk_documents`` documents.

    Args:
        path: a file or a folder (walked recursively, in sorted order).
        capture_date: when the pages were captured (dates the ticker).
        chunk_documents: documents per yielded chunk.
        max_bytes: files larger than this are skipped (with the reason).
        near_duplicate_threshold: see :func:`marsad.pages.mark_duplicates`.

    Yields:
        :class:`Corpus` chunks; each file's manifest row comes with the chunk
        that holds its documents (or the next chunk for skipped files).
    """
    root = Path(path)
    if not root.exists():
        raise FileNotFoundError(f"corpus path {str(root)!r} does not exist")
    captured = pd.Timestamp(capture_date).normalize() if capture_date else pd.NaT
    docs: list[dict] = []
    segs: list[dict] = []
    manifest: list[dict] = []
    seen_ids: dict[str, int] = {}
    for file in _file_list(root):
        row, records = read_file(file, root, max_bytes=max_bytes)
        manifest.append(row)
        for doc, doc_segments in records:
            base = doc["doc_id"]
            if base in seen_ids:
                seen_ids[base] += 1
                doc["doc_id"] = f"{base}~{seen_ids[base]}"
            else:
                seen_ids[base] = 1
            doc["captured"] = captured
            docs.append(doc)
            segs.extend(_segment_rows(doc["doc_id"], doc_segments, near_duplicate_threshold))
        if len(docs) >= chunk_documents:
            yield _frames(docs, segs, manifest)
            docs, segs, manifest = [], [], []
    if docs or manifest:
        yield _frames(docs, segs, manifest)


def read_corpus(path: str | os.PathLike, **options) -> Corpus:
    """Read a whole corpus into memory (see :func:`iter_corpus` for the options).

    Example:
        >>> corpus = read_corpus("seeds/")
        >>> corpus.segments.query("section == 'ticker'").shape[0]
        58
    """
    chunks = list(iter_corpus(path, **{"chunk_documents": 10**9, **options}))
    if not chunks:
        return _frames([], [], [])
    if len(chunks) == 1:
        return chunks[0]
    return Corpus(
        documents=pd.concat([c.documents for c in chunks], ignore_index=True),
        segments=pd.concat([c.segments for c in chunks], ignore_index=True),
        manifest=pd.concat([c.manifest for c in chunks], ignore_index=True),
    )


def _segment_rows(doc_id: str, segments: list[dict], threshold: float) -> list[dict]:
    ticker_idx = [i for i, s in enumerate(segments) if s["section"] == "ticker"]
    dup_of: dict[int, int] = {}
    if ticker_idx:
        texts = [segments[i]["text"] for i in ticker_idx]
        if len(texts) <= _MAX_NEAR_DUP_ITEMS:
            marks = mark_duplicates(texts, threshold=threshold)
        else:
            first: dict[str, int] = {}
            marks = []
            for k, t in enumerate(texts):
                key = normalize(t)
                marks.append(first[key] if key in first else None)
                first.setdefault(key, k)
        for k, mark in enumerate(marks):
            if mark is not None:
                dup_of[ticker_idx[k]] = ticker_idx[mark]
    rows = []
    for position, seg in enumerate(segments):
        rows.append({
            "doc_id": doc_id,
            "section": seg["section"],
            "position": position,
            "text": seg["text"],
            "normalized": normalize(seg["text"]),
            "duplicate_of": dup_of.get(position),
            "credit": seg.get("credit"),
        })
    return rows


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


def _read_file(file: Path, root: Path, *, size: int, max_bytes: int):
    """Return (records, format, encoding, note) where records = [(doc, segments)]."""
    name = file.name
    if name.startswith("."):
        raise DecodeError("hidden file")
    if _DOC_NAMES.match(name) or file.suffix.lower() == ".md":
        raise DecodeError("documentation file (README/LICENSE/PROVENANCE), not news")
    if size > max_bytes:
        raise DecodeError(f"file is {size / 2**20:.0f} MiB, above the {max_bytes / 2**20:.0f} MiB limit (max_bytes)")
    suffix = file.suffix.lower()
    if suffix in _TABLE_SUFFIXES:
        return _read_table(file, root, suffix)
    data = file.read_bytes()
    text, encoding = decode_bytes(data, name=str(file))
    if suffix not in _PAGE_SUFFIXES and not text.lstrip().startswith("<"):
        # Unknown extension but decodable text: read it as a page, say so.
        note = f"unknown extension {suffix!r}, read as a text page"
    else:
        note = ""
    doc_id = _doc_id_for(file, root)
    if text.lstrip("\ufeff \n\r\t").startswith("<DOC>"):
        records = _read_ant(text, file, doc_id)
        return records, "ant", encoding, note
    page = parse_page(text)
    fmt = "html" if text[:4096].lower().count("<") > 5 and ("<p" in text[:20000].lower() or "<html" in text[:4096].lower()) else "page"
    if not page.segments:
        raise DecodeError("no text found in the page")
    doc = {"doc_id": doc_id, "path": str(file), "source": page.source, "url": page.url, "published": page.published,
           "title": page.title, "format": fmt, "category": None}
    note = "; ".join([note, *page.warnings]).strip("; ")
    return [(doc, page.segments)], fmt, encoding, note


def _parse_ant_time(raw: str | None, docno: str | None) -> pd.Timestamp | None:
    raw = (raw or "").strip()
    if raw:
        if re.match(r"^\d{4}-\d{2}-\d{2}", raw):
            return pd.Timestamp(raw[:10])
        m = re.match(r"^(\d{1,2})/(\d{1,2})/(\d{4})", raw)
        if m:
            try:
                return pd.Timestamp(int(m[3]), int(m[2]), int(m[1]))
            except ValueError:
                pass
        try:
            return pd.Timestamp(email.utils.parsedate_to_datetime(raw).date())
        except (TypeError, ValueError):
            pass
    m = re.search(r"-(\d{8})$", docno or "")
    if m and m[1] != "00000000":
        for fmt in ("%Y%m%d", "%d%m%Y"):
            try:
                return pd.Timestamp(pd.to_datetime(m[1], format=fmt))
            except ValueError:
                continue
    return None


def _read_ant(text: str, file: Path, doc_id: str):
    """ANT pseudo-XML: one <DOC> per file (several are accepted)."""
    records = []
    for k, block in enumerate(re.findall(r"<DOC>(.*?)(?:</DOC>|$)", text, re.S)):
        fields = {tag: value.strip() for tag, value in _ANT_TAG.findall(block)}
        docno = fields.get("DOCNO") or (doc_id if k == 0 else f"{doc_id}#{k}")
        segments = []
        if fields.get("TITLE"):
            segments.append({"section": "title", "text": " ".join(fields["TITLE"].split())})
        body = fields.get("TEXT") or fields.get("ABSTRACT") or ""
        for para in body.replace("\r", "\n").split("\n"):
            para = para.strip()
            if para:
                segments.append({"section": "paragraph", "text": para})
        if not segments:
            continue
        records.append(({
            "doc_id": docno, "path": str(file), "source": fields.get("SRC") or None, "url": fields.get("URL") or None,
            "published": _parse_ant_time(fields.get("TIME"), docno), "title": fields.get("TITLE") or None,
            "format": "ant", "category": fields.get("CAT") or _category_from_docno(docno),
        }, segments))
    return records


def _category_from_docno(docno: str) -> str | None:
    m = re.match(r"^[A-Z]{2}-([A-Za-z]+)-\d+", docno or "")
    return m[1] if m else None


def _pick(columns, key):
    lower = {str(c).strip().lower(): c for c in columns}
    return next((lower[a] for a in _COLUMN_ALIASES[key] if a in lower), None)


def _read_table(file: Path, root: Path, suffix: str):
    if suffix == ".parquet":
        table = pd.read_parquet(file)
        encoding = "parquet"
    else:
        text, encoding = decode_bytes(file.read_bytes(), name=str(file))
        from io import StringIO

        if suffix in (".jsonl", ".ndjson"):
            table = pd.read_json(StringIO(text), lines=True, dtype=False)
        elif suffix == ".json":
            data = json.loads(text)
            table = pd.json_normalize(data if isinstance(data, list) else data.get("documents", [data]))
        else:
            table = pd.read_csv(StringIO(text), sep="\t" if suffix == ".tsv" else ",", dtype=str, keep_default_na=False)
    cols = {key: _pick(table.columns, key) for key in _COLUMN_ALIASES}
    if cols["title"] is None and cols["text"] is None:
        raise DecodeError(f"table has no title or text column (columns: {', '.join(map(str, table.columns[:12]))})")
    base = _doc_id_for(file, root)
    records, empty = [], 0
    for i, row in enumerate(table.itertuples(index=False, name=None)):
        values = dict(zip(table.columns, row))

        def get(key, values=values):
            return None if cols[key] is None else _clean(values.get(cols[key]))

        title, body = get("title"), get("text")
        segments = []
        if title:
            segments.append({"section": "title", "text": " ".join(title.split())})
        for para in (body or "").replace("\r", "\n").split("\n"):
            if para.strip():
                segments.append({"section": "paragraph", "text": para.strip()})
        if not segments:
            empty += 1
            continue
        published = get("published")
        records.append(({
            "doc_id": str(get("doc_id") or f"{base}#{i + 1}"), "path": str(file), "source": get("source"),
            "url": get("url"), "published": _parse_table_date(published), "title": title, "format": "table",
            "category": get("category"),
        }, segments))
    note = f"{empty} rows without title or text skipped" if empty else ""
    return records, "table", encoding, note


def _clean(value):
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    value = str(value).strip()
    return value or None


def _parse_table_date(value: str | None):
    if not value:
        return None
    ts = _parse_ant_time(value, None)
    if ts is not None:
        return ts
    parsed = pd.to_datetime(value, errors="coerce", dayfirst=True)
    return None if pd.isna(parsed) else parsed.normalize()


def stable_id(*parts: str) -> str:
    """Short stable hash of the parts (for ids that must survive re-runs)."""
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]
