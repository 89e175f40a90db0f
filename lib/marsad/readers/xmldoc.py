"""Read XML news files: RSS and Atom feeds, and any other XML document (TimeML, NewsML, NITF, a CMS export).

* **Feeds** (RSS 2.0, RSS 1.0/RDF, Atom): one document per item or entry, with its title, link,
  date (``pubDate``, ``dc:date``, ``published``/``updated``) and text (``content:encoded``, else the
  description or summary, whose escaped HTML is read as HTML: its markup is never kept); the
  channel's or feed's title is the source.
* **Any other XML file** is one document: its title from the first ``title``/``headline``/``hl1``
  element, its date from a TimeML creation time (``functionInDocument="CREATION_TIME"``, ``<DCT>``)
  or a ``pubDate``/``published``/``firstCreated``/``date`` element, and its text from the
  character data of the rest, inline annotation (``<TIMEX3>``, ``<EVENT>``, ``<b>``) joined into its
  sentence and block elements (``p``, ``para``, ``div``…) as paragraphs. Metadata elements (ids,
  links, annotations without text such as ``<TLINK>``) give no text.

Parsing goes through ``defusedxml`` (no entity expansion, no external entities or DTDs are fetched).
A file that is not well-formed XML keeps its text: the markup is stripped and the manifest says so.
"""
from __future__ import annotations

import html
import re
from email.utils import parsedate_to_datetime

import pandas as pd
from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

from marsad.readers.base import Record, Source, register
from marsad.readers.decode import DecodeError
from marsad.readers.page import ParsedPage, page_record

__all__ = ["is_xml", "read_xml"]

_XML_START = re.compile(r"\s*(?:<\?xml\b|<(?:rss|feed|rdf:RDF|TimeML|newsMessage|nitf)\b)", re.I)
_TAG = re.compile(r"<[^>]*>")
_TITLES = ("title", "headline", "hl1", "hedline")
_DATES = ("pubdate", "published", "firstcreated", "versioncreated", "date", "dct", "updated", "issued", "created")
# elements whose text is not the story: ids, links, metadata and annotation without text
_NO_TEXT = {"docid", "dct", "extrainfo", "link", "url", "guid", "id", "meta", "head", "script", "style",
            "tlink", "slink", "alink", "makeinstance", "author", "byline", "category", "keywords", "source",
            "pubdate", "published", "updated", "firstcreated", "versioncreated", "date", "issued", "created",
            "itemmeta", "contentmeta", "rightsinfo", "docdata"}
_BLOCKS = {"p", "para", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "text", "body",
           "body.content", "content", "section", "article", "s", "sentence", "block", "caption", "table", "tr"}


def is_xml(text: str) -> bool:
    """An XML document or feed: an XML declaration or a feed/TimeML root at the top, and not XHTML."""
    head = text.lstrip("\ufeff")[:4096]
    return bool(_XML_START.match(head)) and "<html" not in head.lower()


def _local(tag) -> str:
    """``{namespace}name`` or ``prefix:name`` -> ``name`` (lower case)."""
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1].lower() if isinstance(tag, str) else ""


def _words(text: str | None) -> str:
    return " ".join((text or "").replace("\ufeff", " ").split())


def _date(value: str | None) -> pd.Timestamp | None:
    """An RFC 822 (RSS) or ISO date as a day, or None."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        stamp = pd.Timestamp(parsedate_to_datetime(value))
    except (TypeError, ValueError, IndexError):
        stamp = pd.to_datetime(value, errors="coerce", utc=True, format="mixed")
    if pd.isna(stamp) or stamp is None:
        return None
    if stamp.tzinfo is not None:
        stamp = stamp.tz_convert("UTC").tz_localize(None)
    return stamp.normalize()


@register("xml", suffixes=(".xml", ".tml", ".timeml", ".rss", ".atom"), sniff=is_xml, order=15)
def read_xml(source: Source) -> list[Record]:
    """Read a feed (one document per item) or another XML file (one document)."""
    from marsad.readers import ant, html as html_reader

    text = source.text.lstrip("\ufeff")
    # a .xml name does not make XHTML or an ANT file anything else: their own readers read them
    if ant.is_ant(text):
        source.format = "ant"
        return ant.read_ant(source)
    if html_reader.is_html(text) and re.search(r"<html\b", text[:4096], re.I):
        source.format = "html"
        return html_reader.read_html(source)
    try:
        root = SafeET.fromstring(text)
    except DefusedXmlException as exc:
        raise DecodeError(f"XML refused: {type(exc).__name__} (entity declarations are not read)") from None
    except SafeET.ParseError as exc:
        # not well-formed: keep the words, never the markup, and say so
        source.note(f"not well-formed XML ({exc}): read its text without the markup")
        return _salvaged(source, text)
    items = [el for el in root.iter() if _local(el.tag) in ("item", "entry")]
    if _local(root.tag) in ("rss", "feed", "rdf") or items:
        return _feed(source, root, items)
    return page_record(source, _document(root), "xml")


def _salvaged(source: Source, text: str) -> list[Record]:
    page = ParsedPage()
    body = html.unescape(_TAG.sub("\n", re.sub(r"<!\[CDATA\[(.*?)\]\]>", r"\1", text, flags=re.S)))
    for line in body.split("\n"):
        page.add("paragraph", _words(line))
    page.warnings.append("no title or publication date read from a file that is not well-formed XML")
    return page_record(source, page, "xml")


def _text(el, parts: list[str], skip=None) -> None:
    """The character data of ``el`` without the metadata elements (nor ``skip``, the title); blocks end a line."""
    name = _local(el.tag)
    if name in _NO_TEXT or el is skip:
        return
    block = name in _BLOCKS
    if block:
        parts.append("\n")
    if el.text:
        parts.append(el.text)
    for child in el:
        _text(child, parts, skip)
        if child.tail:
            parts.append(child.tail)
    if block:
        parts.append("\n")


def _document(root) -> ParsedPage:
    page = ParsedPage()
    title_el = next((el for el in root.iter() if _local(el.tag) in _TITLES and _words("".join(el.itertext()))), None)
    if title_el is not None:
        page.title = _words("".join(title_el.itertext()))
        page.add("title", page.title)
    for el in root.iter():
        if el.get("functionInDocument", "").upper() == "CREATION_TIME" and el.get("value"):
            page.published = _date(el.get("value")[:10])
            break
    if page.published is None:
        for el in root.iter():
            if _local(el.tag) in _DATES:
                page.published = _date(el.get("value") or el.get("norm") or "".join(el.itertext()))
                if page.published is not None:
                    break
    if page.published is None:
        page.warnings.append("no publication date in the XML file")
    for el in root.iter():
        if _local(el.tag) in ("link", "url") and (el.get("href") or (el.text or "")).strip().startswith("http"):
            page.url = (el.get("href") or el.text).strip()
            break
    parts: list[str] = []
    _text(root, parts, title_el)
    for line in "".join(parts).split("\n"):
        page.add("paragraph", _words(line))
    return page


def _child_text(el, *names: str) -> str | None:
    for name in names:
        for child in el:
            if _local(child.tag) == name:
                value = child.get("href") if name == "link" and child.get("href") else "".join(child.itertext())
                if value and value.strip():
                    return value.strip()
    return None


def _feed(source: Source, root, items) -> list[Record]:
    from marsad.readers.html import parse_html_page

    channel = next((el for el in root.iter() if _local(el.tag) == "channel"), root)
    feed_title = _child_text(channel, "title")
    records: list[Record] = []
    for k, item in enumerate(items):
        title = _words(_child_text(item, "title"))
        body = _child_text(item, "encoded", "content", "description", "summary") or ""
        segments = [{"section": "title", "text": title}] if title else []
        # a feed's description is escaped HTML: read it as HTML, so its markup never reaches the text
        for seg in parse_html_page(body).segments if "<" in body else [{"section": "paragraph", "text": body}]:
            if seg["text"].strip() and seg["text"].strip() != title:
                segments.append({"section": "paragraph" if seg["section"] == "title" else seg["section"],
                                 "text": _words(seg["text"])})
        if not segments:
            source.warn(f"item {k + 1}", "no title and no text; skipped")
            continue
        published = _date(_child_text(item, "pubdate", "date", "published", "updated", "issued"))
        if published is None:
            source.warn(f"item {k + 1}", "no publication date")
        records.append(({"doc_id": f"{source.doc_id}#{k}", "path": str(source.path), "source": feed_title,
                         "url": _child_text(item, "link", "guid"), "published": published, "title": title or None,
                         "format": "xml", "category": _child_text(item, "category")}, segments))
    if not items:
        raise DecodeError("a feed without items")
    return records
