"""Read XML news files: RSS and Atom feeds, and any other XML document (TimeML, NewsML, NITF, a CMS export).

* **Feeds** (RSS 2.0, RSS 1.0/RDF, Atom): one document per item or entry, with its title, link,
  date (``pubDate``, ``dc:date``, ``published``/``updated``) and text (``content:encoded``, else the
  description or summary, whose escaped HTML is read as HTML: its markup is never kept); the
  channel's or feed's title is the source.
* **Sitemaps**: a Google News sitemap gives one headline document per ``<url>`` (``news:title``, its
  ``publication_date`` and ``publication`` name, the ``loc``); a sitemap of bare links or a sitemap index holds no
  news and is skipped, saying so.
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
import io
import re
from email.utils import parsedate_to_datetime

import pandas as pd
from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

from marsad.readers.base import Record, Source, register
from marsad.readers.decode import DecodeError
from marsad.readers.page import ParsedPage, page_record
from marsad.readers.values import arabic_date, foreign_date

__all__ = ["is_xml", "read_xml"]

_XML_START = re.compile(r"\s*(?:<\?xml\b|<(?:rss|feed|rdf:RDF|TimeML|newsMessage|nitf)\b)", re.I)
_TAG = re.compile(r"<[^>]*>")
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)
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
        # an Arab site's feed: "الثلاثاء، 01 أكتوبر 2024 - 10:00"; (robust46) a French or Spanish one's
        # "ven., 01 mars 2024 10:00:00 +0100"
        return arabic_date(value) or foreign_date(value)
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
        return _stream(source, text)
    except DefusedXmlException as exc:
        raise DecodeError(f"XML refused: {type(exc).__name__} (entity declarations are not read)") from None
    except SafeET.ParseError as exc:
        # not well-formed: a feed keeps every item that parses on its own; anything else keeps its words,
        # never the markup; the manifest says which
        records = _items_one_by_one(source, text)
        if records is not None:
            source.note(f"not well-formed XML ({exc}): its items were read one by one")
            return records
        source.note(f"not well-formed XML ({exc}): read its text without the markup")
        return _salvaged(source, text)


_ITEM_NAMES = ("item", "entry")


def _stream(source: Source, text: str) -> list[Record]:
    """Parse once, streaming: a feed's items are read and cleared as they end (a site's whole archive
    exported as RSS stays one item in memory), another XML document is kept whole."""
    root, stack, feed_title, k, links = None, [], None, 0, 0
    records: list[Record] = []
    for event, el in SafeET.iterparse(io.StringIO(text), events=("start", "end")):
        name = _local(el.tag)
        if event == "start":
            root = el if root is None else root
            stack.append(name)
            continue
        stack.pop()
        if name == "url" and len(stack) == 1 and _local(root.tag) == "urlset":
            links += 1
            record = _sitemap_url(source, el, links, feed_title)
            if record is not None:
                records.append(record)
            el.clear()
        elif name == "sitemap" and len(stack) == 1 and _local(root.tag) == "sitemapindex":
            links += 1
            el.clear()
        elif name in _ITEM_NAMES:
            record = _item(source, el, k, feed_title)
            k += 1
            if record is not None:
                records.append(record)
            el.clear()
        elif name == "title" and feed_title is None and stack and stack[-1] in ("channel", "feed"):
            feed_title = _words("".join(el.itertext())) or None
    if _local(root.tag) == "sitemapindex":
        raise DecodeError(f"a sitemap index: a list of {links} sitemap(s), no headline or text; not news")
    if _local(root.tag) == "urlset":
        if not records:
            raise DecodeError(f"a sitemap: {links} link(s) without a headline or text (fetch the pages to read "
                              "them); not news")
        source.note(f"news sitemap: {len(records)} of {links} links with a headline read (a headline, no text)")
        return records
    if k or _local(root.tag) in ("rss", "feed", "rdf"):
        if not k:
            raise DecodeError("a feed without items")
        for record in records:  # a channel title written after the items still names the source
            record[0]["source"] = record[0]["source"] or feed_title
        return records
    return page_record(source, _document(root), "xml")


_ROOT_START = re.compile(r"\s*(?:<\?xml[^>]*\?>\s*)?(?:<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>\s*)?<([\w:.-]+)[^>]*>", re.S)


def _items_one_by_one(source: Source, text: str) -> list[Record] | None:
    """A broken feed: each ``<item>``/``<entry>`` parsed alone inside the root's start tag (its namespace
    declarations); an item that is itself broken keeps its words. None when the file holds no item."""
    root = _ROOT_START.match(text)
    blocks = list(re.finditer(r"<((?:\w+:)?(?:item|entry))\b[^>]*>.*?</\1\s*>", text, re.S))
    if root is None or not blocks:
        return None
    title = re.search(r"<title\b[^>]*>(.*?)</title\s*>", text[root.end():blocks[0].start()], re.S)
    feed_title = _words(_plain(title[1])) if title else None
    records: list[Record] = []
    for k, block in enumerate(blocks):
        try:
            item = SafeET.fromstring(f"{root[0]}{block[0]}</{root[1]}>")[0]
        except SafeET.ParseError:
            source.warn(f"item {k + 1}", "not well-formed: its text kept without the markup, no title or date")
            words = _words(_plain(block[0]))
            if words:
                records.append(_record(source, k, feed_title, [{"section": "paragraph", "text": words}]))
            continue
        record = _item(source, item, k, feed_title)
        if record is not None:
            records.append(record)
    return records


def _plain(markup: str) -> str:
    """The words of XML that did not parse: CDATA unwrapped, tags ended as lines, entities decoded."""
    return html.unescape(_TAG.sub("\n", _CDATA.sub(r"\1", markup)))


def _salvaged(source: Source, text: str) -> list[Record]:
    page = ParsedPage()
    body = _plain(text)
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
                value = child.get("href") if name == "link" and child.get("href") else _inner_text(child)
                if value and value.strip():
                    return value.strip()
    return None


def _inner_text(el) -> str:
    """The character data of an element without its scripts and styles (robust45: an Atom entry's ``type="xhtml"``
    content is elements, and its ``<script>``'s code was read as the entry's words)."""
    if _local(el.tag) in ("script", "style"):
        return ""
    return (el.text or "") + "".join(_inner_text(child) + (child.tail or "") for child in el)


_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")


def _item(source: Source, item, k: int, feed_title: str | None) -> Record | None:
    """One feed item or entry as a document (None, with a warning, when it has no title and no text)."""
    from marsad.readers.html import _named_in_prose, closed_only, markup_text, parse_html_page, unescaped_markup

    title = _words(_child_text(item, "title"))
    title_el = next((child for child in item if _local(child.tag) == "title"), None)
    if title and title_el is not None and title_el.get("type") == "html":  # (robust45) Atom's escaped HTML title
        text = markup_text(title, one_line=True)
        # (review45) without tags it is still HTML: its entities are characters (WordPress writes a title's quotes and
        # "&" as "&#8220;", "&#038;" in the CDATA of a type="html" title: they were read as those letters)
        title = _words(html.unescape(text) if text == title else text)
    elif title and title_el is not None and title_el.get("type") is None and _ENTITY.search(title):
        # (robust46) an RSS title escaped twice (a CMS's CDATA holding "عنوان &amp; آخر", "&quot;…&quot;", "&#8220;"):
        # its entities are characters, as a feed reader shows them; an escaped tag ("&lt;b&gt;") becomes "<b>",
        # words, as a title's tag is (test_hostile). An Atom type="text" title is text by its type and stays
        title = _words(html.unescape(title))
    body = unescaped_markup(_child_text(item, "encoded", "content", "description", "summary") or "")
    segments = [{"section": "title", "text": title}] if title else []
    # a feed's description is escaped HTML: read it as HTML, so its markup never reaches the text
    # (review45) a script or frame it names in words and never closes drops its tag, not the rest (html.closed_only)
    # (robust46) a text whose only tags are named in its words ("يستخدم المحرر الوسم <em> للتأكيد") is text, as a cell's is
    markup = "<" in body and not _named_in_prose(body)
    for seg in parse_html_page(closed_only(body)).segments if markup else [{"section": "paragraph", "text": body}]:
        if seg["text"].strip() and seg["text"].strip() != title:
            segments.append({"section": "paragraph" if seg["section"] == "title" else seg["section"],
                             "text": _words(seg["text"])})
    if not segments:
        source.warn(f"item {k + 1}", "no title and no text; skipped")
        return None
    published = _date(_child_text(item, "pubdate", "date", "published", "updated", "issued"))
    if published is None:
        source.warn(f"item {k + 1}", "no publication date")
    return _record(source, k, feed_title, segments, url=_child_text(item, "link", "guid"), published=published,
                   title=title or None, category=_child_text(item, "category"))


def _sitemap_url(source: Source, url, k: int, feed_title: str | None) -> Record | None:
    """A news sitemap's ``<url>``: its ``<news:news>`` headline, date and publication as a document of one title
    segment (a sitemap holds no text); ``None`` for a plain link (no ``news`` element with a title)."""
    news = next((el for el in url.iter() if _local(el.tag) == "news"), None)
    title = _words(_child_text(news, "title")) if news is not None else ""
    if not title:
        return None
    publication = next((el for el in news.iter() if _local(el.tag) == "publication"), None)
    name = _words(_child_text(publication, "name")) if publication is not None else ""
    published = _date(_child_text(news, "publication_date"))
    if published is None:
        source.warn(f"url {k}", "no publication date")
    return _record(source, k - 1, name or feed_title, [{"section": "title", "text": title}],
                   url=_child_text(url, "loc"), published=published, title=title)


def _record(source: Source, k: int, feed_title: str | None, segments: list[dict], *, url=None, published=None,
            title=None, category=None) -> Record:
    """The document of a feed's ``k``-th item."""
    return ({"doc_id": f"{source.doc_id}#{k}", "path": str(source.path), "source": feed_title, "url": url,
             "published": published, "title": title, "format": "xml", "category": category}, segments)
