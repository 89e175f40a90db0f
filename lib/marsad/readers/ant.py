"""Read ANT corpus article files (pseudo-XML: ``<DOC><DOCNO>…</DOCNO>…<TEXT>…</TEXT></DOC>``).

One ``<DOC>`` per file in ANT (several are accepted). A file cut inside a
field (``<TEXT>`` opened, never closed) keeps the text up to the cut and
says so: the body is never silently replaced by the abstract. A body line that
links to another story ("للمزيد: <its headline>", "اقرأ أيضا| ...";
``marsad.lang.is_related_link``) is a ``related`` segment, not a paragraph.
"""
from __future__ import annotations

import bisect
import re

from marsad.lang.rules import is_related_link
from marsad.readers.base import Record, Source, register
from marsad.readers.values import BadValue, ant_date

__all__ = ["read_ant", "is_ant"]

_TAGS = ("DOCNO", "URL", "SRC", "CAT", "TITLE", "TIME", "AUTHOR", "ABSTRACT", "TEXT")
# one scan for every tag; pairing opens with closes by position keeps a hostile file (thousands of
# unclosed tags) linear, where a lazy <T>(.*?)</T> regex rescans to the end for each of them
_TOKEN = re.compile(rf"<(/?)({'|'.join(_TAGS)})>")
_DOC = re.compile(r"<DOC>(.*?)(</DOC>|$)", re.S)
_CATEGORY = re.compile(r"^[A-Z]{2}-([A-Za-z]+)-\d+")


def is_ant(text: str) -> bool:
    """An ANT file starts with ``<DOC>``."""
    return text.lstrip("\ufeff \n\r\t").startswith("<DOC>")


@register("ant", sniff=is_ant, order=10)
def read_ant(source: Source) -> list[Record]:
    """Read every ``<DOC>`` of an ANT file; a cut or bad field is reported with its line number."""
    text = source.text
    records = []
    for k, doc in enumerate(_DOC.finditer(text)):
        block, start = doc[1], doc.start(1)
        line = text.count("\n", 0, start) + 1
        fields, unclosed = _fields(block)
        cut = unclosed is not None
        if cut:
            # opened, never closed: the file was cut inside this field; keep what is there, say so
            tag, at, end = unclosed
            fields[tag] = block[end:].strip()
            source.warn(f"line {line + block.count(chr(10), 0, at)}",
                        f"<{tag}> is not closed (file cut off?): kept its {len(fields[tag])} characters "
                        "up to the end of the file")
        if not doc[2] and not cut:
            source.warn(f"line {line}", "<DOC> is not closed (file cut off after the text?)")
        docno = fields.get("DOCNO") or (source.doc_id if k == 0 else f"{source.doc_id}#{k}")
        segments = []
        if fields.get("TITLE"):
            segments.append({"section": "title", "text": " ".join(fields["TITLE"].split())})
        body = fields.get("TEXT") or fields.get("ABSTRACT") or ""
        for para in body.replace("\r", "\n").split("\n"):
            para = para.strip()
            if para:
                # "للمزيد: <another story's headline>": a related-article link, not this article's text
                segments.append({"section": "related" if is_related_link(para) else "paragraph", "text": para})
        if not segments:
            source.warn(f"line {line}", "<DOC> without title or text; skipped")
            continue
        try:
            published = ant_date(fields.get("TIME"), docno)
        except BadValue as exc:
            source.warn(f"line {line + _line_of(block, '<TIME>')}", f"{exc} in <TIME>; document kept undated")
            published = None
        records.append(({
            "doc_id": docno, "path": str(source.path), "source": fields.get("SRC") or None,
            "url": fields.get("URL") or None, "published": published, "title": fields.get("TITLE") or None,
            "format": "ant", "category": fields.get("CAT") or _category(docno),
        }, segments))
    return records


def _fields(block: str) -> tuple[dict[str, str], tuple[str, int, int] | None]:
    """The closed fields of a ``<DOC>`` block (a field's text runs to the first matching close tag,
    other tags inside it are text; the last of repeated fields wins) and the first tag left open."""
    tokens = [(m.start(), m.end(), bool(m[1]), m[2]) for m in _TOKEN.finditer(block)]
    closes: dict[str, list[int]] = {}
    for start, end, closing, tag in tokens:
        if closing:
            closes.setdefault(tag, []).append(start)
    fields: dict[str, str] = {}
    unclosed = None
    pos = 0
    for start, end, closing, tag in tokens:
        if closing or start < pos:
            continue
        starts = closes.get(tag, [])
        k = bisect.bisect_left(starts, end)
        if k < len(starts):
            fields[tag] = block[end:starts[k]].strip()
            pos = starts[k] + len(tag) + 3
        elif unclosed is None:
            unclosed = (tag, start, end)
    return fields, unclosed


def _line_of(block: str, tag: str) -> int:
    at = block.find(tag)
    return block.count("\n", 0, at) if at >= 0 else 0


def _category(docno: str) -> str | None:
    m = _CATEGORY.match(docno or "")
    return m[1] if m else None
