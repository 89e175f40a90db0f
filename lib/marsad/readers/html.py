"""Read HTML news pages: block elements become segments, markup is never kept.

``h1`` is the title, ``h2``–``h4`` subheadings, ``p`` paragraphs, ``figcaption``
captions, list items related links; scripts, styles and navigation are
dropped. ``og:url``, ``og:site_name`` and ``article:published_time`` give the
document's URL, source and date.
"""
from __future__ import annotations

from html.parser import HTMLParser

import pandas as pd

from marsad.readers.base import Record, Source, register
from marsad.readers.decode import DecodeError
from marsad.readers.page import ParsedPage, page_record, parse_text_page

__all__ = ["parse_html_page", "parse_page", "is_html", "read_html", "is_mhtml", "read_mhtml"]


def is_html(text: str) -> bool:
    """An HTML page: an ``<html>``/``<body>``/doctype near the top, or two ``<p`` there."""
    head = text[:4096].lower()
    return "<html" in head or "<body" in head or "<!doctype html" in head or head.count("<p") >= 2


@register("html", sniff=is_html, order=20)
def read_html(source: Source) -> list[Record]:
    """Read an HTML page as one document."""
    return page_record(source, parse_html_page(source.text), "html")


class _HTMLText(HTMLParser):
    """Collect block-level text from HTML; scripts, styles and nav are dropped."""

    _SKIP = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "template", "iframe"}
    _BLOCKS = {
        "h1": "title", "h2": "subheading", "h3": "subheading", "h4": "subheading",
        "p": "paragraph", "figcaption": "caption", "li": "related", "blockquote": "paragraph",
        "td": "paragraph", "div": None, "title": "doc_title", "br": None,
    }
    # Start tags that end an open <svg> in a browser (HTML's "breakout" tags out of foreign content).
    _BREAKOUT = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "blockquote", "br",
                 "pre", "dl", "dd", "dt", "hr", "img", "body", "center", "em", "b", "i", "span", "strong", "meta"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str]] = []
        # the dropped elements open (innermost last): their tag and the depth of ``_stack`` when each opened. An
        # unclosed one (a scraped '<svg onload=…>' or '<form>' in a headline) ends, as in a browser, with the
        # block it opened in, so it cannot drop the rest of the page
        self._skips: list[tuple[str, int]] = []
        self._stack: list[str] = []
        self._at: dict[str, list[int]] = {}  # tag -> its depths in ``_stack`` (ascending)
        # the role in effect at each depth of ``_stack`` (the nearest enclosing block's own role), kept in
        # step with it, so that a flush reads its role in one step: a search down the stack made a page of
        # N unclosed <div>s or <br> lines cost N^2 (20,000 <br> lines, 0.5 MB: 10 s; audit35)
        self._roles: list[str | None] = []
        self._buf: list[str] = []
        self.meta: dict[str, str] = {}
        self.srcdocs: list[str] = []  # the pages an <iframe srcdoc="…"> holds (HTML, given as an attribute)

    def handle_starttag(self, tag, attrs):
        while self._skips and self._skips[-1][0] == "svg" and tag in self._BREAKOUT:
            self._skips.pop()
        if tag in self._SKIP:
            self._skips.append((tag, len(self._stack)))
            if tag == "iframe" and not self._skips[:-1]:
                srcdoc = dict(attrs).get("srcdoc")
                if srcdoc and srcdoc.strip():
                    self.srcdocs.append(srcdoc)
        elif tag == "meta":
            a = dict(attrs)
            key = a.get("property") or a.get("name") or ""
            if key in ("og:url", "article:published_time", "og:site_name", "og:title") and a.get("content"):
                self.meta[key] = a["content"]
        elif tag in self._BLOCKS:
            self._flush()
            self._at.setdefault(tag, []).append(len(self._stack))
            self._stack.append(tag)
            self._roles.append(self._BLOCKS[tag] or (self._roles[-1] if self._roles else None))

    def handle_endtag(self, tag):
        if tag in self._SKIP:
            # the innermost open one of that tag (and any left unclosed inside it); a stray end tag closes nothing
            for i in range(len(self._skips) - 1, -1, -1):
                if self._skips[i][0] == tag:
                    del self._skips[i:]
                    break
        elif tag in self._BLOCKS:
            self._flush()
            if self._skips:
                # the end of a block opened before a dropped element (its innermost open one is outside) ends that
                # element too
                depths = self._at.get(tag)
                if depths and depths[-1] < self._skips[-1][1]:
                    while self._skips and self._skips[-1][1] > depths[-1]:
                        self._skips.pop()
            if self._stack and self._stack[-1] == tag:
                self._stack.pop()
                self._roles.pop()
                self._at[tag].pop()

    def handle_data(self, data):
        if not self._skips:
            self._buf.append(data)

    def _flush(self):
        text = " ".join("".join(self._buf).split())
        self._buf = []
        if not text:
            return
        role = (self._roles[-1] if self._roles else None) or "paragraph"
        self.blocks.append((role, text))


_SRCDOC_DEPTH = 3  # an <iframe srcdoc> inside one: read this many levels deep, no more


def parse_html_page(text: str, _depth: int = 0) -> ParsedPage:
    """Parse an HTML news page into segments (text only; markup is never kept).

    A page whose body has no text but an ``<iframe srcdoc="…">`` (a page that embeds its article as an inline
    frame) is read from the frame's page, parsed the same way (its scripts dropped), with a warning.
    """
    parser = _HTMLText()
    parser.feed(text)
    parser.close()
    parser._flush()
    page = ParsedPage()
    doc_title = next((t for r, t in parser.blocks if r == "doc_title"), None)
    for role, block in parser.blocks:
        if role == "doc_title":
            continue
        if role == "title" and page.title is None:
            page.title = block
        page.add("title" if role == "title" else role, block)
    if parser.srcdocs and _depth < _SRCDOC_DEPTH and not any(seg["section"] != "title" for seg in page.segments):
        for srcdoc in parser.srcdocs:
            inner = parse_html_page(srcdoc, _depth + 1)
            for seg in inner.segments:
                if seg["section"] == "title" and page.title is None:
                    page.title = seg["text"]
                if seg["section"] != "title" or seg["text"] == page.title:
                    if not (seg["section"] == "title" and any(s["section"] == "title" for s in page.segments)):
                        page.segments.append(seg)
        if any(seg["section"] != "title" for seg in page.segments):
            page.warnings.append("the article is read from an <iframe srcdoc> (the page itself has no text)")
    if page.title is None and (doc_title or parser.meta.get("og:title")):
        page.title = parser.meta.get("og:title") or doc_title
        page.segments.insert(0, {"section": "title", "text": page.title})
    page.url = parser.meta.get("og:url")
    page.source = parser.meta.get("og:site_name")
    if parser.meta.get("article:published_time"):
        published = pd.to_datetime(parser.meta["article:published_time"], errors="coerce", utc=True)
        if not pd.isna(published):
            page.published = published.tz_convert(None).normalize()
    if page.published is None:
        page.warnings.append("no publication date in the HTML page")
    return page


def parse_page(text: str) -> ParsedPage:
    """Parse a page, choosing the HTML or the text parser from its content."""
    return parse_html_page(text) if is_html(text) else parse_text_page(text)


def is_mhtml(text: str) -> bool:
    """A web page saved as one file (MHTML: "Webpage, single file"): a MIME message of the page's parts."""
    head = text[:4096].lower()
    return "mime-version:" in head and "multipart/related" in head


@register("mhtml", suffixes=(".mhtml", ".mht"), sniff=is_mhtml, order=15)
def read_mhtml(source: Source) -> list[Record]:
    """Read an MHTML page (a browser's "Webpage, single file") from its HTML part, decoded as its headers say."""
    import email
    from email import policy

    message = email.message_from_bytes(source.data, policy=policy.default)
    parts = {}
    for part in message.walk():
        parts.setdefault(part.get_content_type(), part)
    for kind, parse in (("text/html", parse_html_page), ("text/plain", parse_text_page)):
        if kind in parts:
            try:
                text = parts[kind].get_content()
            except (LookupError, ValueError) as exc:  # an unknown charset, a broken transfer encoding
                raise DecodeError(f"MIME file: its {kind} part cannot be decoded ({exc})") from None
            source.format = "mhtml"
            return page_record(source, parse(text), "mhtml")
    raise DecodeError("MIME file without an HTML or text part (no text/html, text/plain in it); not read")
