"""Read HTML news pages: block elements become segments, markup is never kept.

``h1`` is the title, ``h2``–``h4`` subheadings, ``p`` paragraphs, ``figcaption``
captions, list items related links; scripts, styles and navigation are
dropped. ``og:url``, ``og:site_name`` and ``article:published_time`` give the
document's URL, source and date.

A headline ticker strip is read as ``ticker`` segments, in page order (:class:`_Strip`): an element whose class,
id, role or aria-label marks a ticker or breaking-news strip, a ``<marquee>``, or a list right after a label such
as "عاجل" or "آخر الأخبار" (the words in ``data/readers/ticker.txt``), holding at least three headline-length
items and no paragraph. Its label and controls are dropped; a strip inside the page's header or navigation is
read too. Most-read, related and menu boxes stay what they were.
"""
from __future__ import annotations

import html
import re
from functools import lru_cache
from typing import Iterator
from html.parser import HTMLParser

import pandas as pd

from marsad.readers.base import Record, Source, register
from marsad.readers.decode import DecodeError, decode
from marsad.readers.page import ParsedPage, page_record, parse_text_page
from marsad.readers.tables import TABLE_MARKUP
from marsad.readers.values import has_letters

__all__ = ["parse_html_page", "parse_page", "is_html", "read_html", "is_mhtml", "read_mhtml", "markup_text",
           "unescaped_markup", "closed_only"]


def is_html(text: str) -> bool:
    """An HTML page: an ``<html>``/``<body>``/doctype near the top, or two ``<p`` there."""
    head = text[:4096].lower()
    return "<html" in head or "<body" in head or "<!doctype html" in head or head.count("<p") >= 2


@register("html", sniff=is_html, order=20)
def read_html(source: Source) -> list[Record]:
    """Read an HTML page as one document."""
    return page_record(source, parse_html_page(source.text), "html")


# --- ticker strips ---------------------------------------------------------------------------------------------
_MIN_TICKER_ITEMS = 3
_MIN_ITEM_WORDS = 3   # fewer: a label, a time, a control ("المزيد")
_MAX_ITEM_WORDS = 30  # more: a paragraph, not a headline (the seed ticker's longest headline has 25 words)
_MAX_OPEN_STRIPS = 3  # strips open at once (nested candidates); more are not considered
# elements that may be a strip; header/nav/aside are dropped elements whose marked strip is still read
_STRIP_TAGS = frozenset({"div", "ul", "ol", "section", "marquee", "p", "header", "nav", "aside"})
# unmarked elements that become a strip when a ticker label comes right before them
_LABELLED_TAGS = frozenset({"div", "ul", "ol", "section"})
# inline formatting: no boundary between two items
_INLINE = frozenset({"b", "strong", "i", "em", "u", "font", "small", "bdi", "bdo", "mark", "abbr", "q", "sup",
                     "sub", "s", "cite"})
# separators between the items of a strip written as one text (and the text ticker's runs of no-break spaces)
_ITEM_SEP = re.compile(r"\s*[•●◆◇■□▪▫★☆◄►▶◀|¦‖⬤○♦]\s*|(?:\u00a0\s*){2,}")
_WORDS = re.compile(r"\w+")
# an element that holds one of these holds an article (its title, its body), not a strip
_ARTICLE = frozenset({"h1", "article", "main"})
_LABEL_PUNCT = " \t\n:：|•●-–—.،؛!"


@lru_cache(maxsize=1)
def _markers() -> dict[str, tuple[str, ...]]:
    """The sections of ``data/readers/ticker.txt`` (Arabic entries normalised, everything lower-cased)."""
    from marsad.resources import data_path

    out: dict[str, list[str]] = {}
    section = name = None
    for line in data_path("readers", "ticker.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            name = line[1:-1]
            section = out.setdefault(name, [])
        elif section is not None:
            section.append((name, line))
    return {k: tuple(line.lower() if k in ("marks", "not_marks") else _label_key(line) for _, line in v)
            for k, v in out.items()}


def _label_key(text: str) -> str:
    from marsad.lang.text import normalize

    return " ".join(normalize(text).lower().strip(_LABEL_PUNCT).split())


def _is_label(text: str, kind: str) -> bool:
    """``text`` (a heading, a span) is one of the ``kind`` labels (``labels``, ``not_labels``, ``chrome``)."""
    return bool(text) and len(text) <= 60 and _label_key(text) in _markers()[kind]


def _attr_mark(attrs: dict) -> str | None:
    """``"ticker"`` when the element's class, id, role or aria-label marks a strip, ``"not"`` when it marks a
    most-read, related or menu box, else ``None``."""
    marks = _markers()
    tokens = []
    for key in ("class", "id", "role"):
        value = attrs.get(key)
        if value:
            tokens += [t.replace("-", "").replace("_", "") for t in value.lower().split()]
    label = attrs.get("aria-label") or ""
    if label:
        tokens.append(label.lower().replace("-", "").replace("_", "").replace(" ", ""))
        key = _label_key(label)
        if any(n in key for n in marks["not_labels"]):
            return "not"
        if any(m in key for m in marks["labels"]):
            return "ticker"
    if not tokens:
        return None
    if any(n in t for t in tokens for n in marks["not_marks"]):
        return "not"
    if any(m in t for t in tokens for m in marks["marks"]):
        return "ticker"
    return None


class _Strip:
    """An open candidate strip: its element, where its blocks start, the texts of its links and of its pieces
    (text between two tags, split at separators)."""

    def __init__(self, tag: str, start: int, label_at: int | None, vetoed: bool):
        self.tag = tag
        self.depth = 0  # open elements of the same tag inside it
        self.start = start
        self.label_at = label_at  # the block of its label right before it (dropped with it)
        self.vetoed = vetoed
        self.failed = False  # a paragraph inside: no strip
        self.pieces: list[str] = []
        self.links: list[str] = []
        self._piece: list[str] = []
        self._link: list[str] | None = None

    def data(self, text: str) -> None:
        if not self.failed:
            self._piece.append(text)
            if self._link is not None:
                self._link.append(text)

    def cut(self) -> None:
        if self._piece:
            for part in _ITEM_SEP.split("".join(self._piece)):
                self._add(self.pieces, " ".join(part.split()))
            self._piece = []

    def open_link(self) -> None:
        self.close_link()
        self._link = []

    def close_link(self) -> None:
        if self._link is not None:
            self._add(self.links, " ".join("".join(self._link).split()))
            self._link = None

    def _add(self, into: list[str], text: str) -> None:
        if text and not self.failed:
            if len(_WORDS.findall(text)) > _MAX_ITEM_WORDS:
                self.fail()
            else:
                into.append(text)

    def fail(self) -> None:
        """It holds a paragraph or an article: no strip (and nothing more to keep)."""
        self.failed = True
        self.pieces, self.links, self._piece = [], [], []
        self._link = None

    def items(self) -> list[str] | None:
        """Its headlines, when it is a strip: links if three or more are headlines, else its pieces."""
        self.cut()
        self.close_link()
        if self.vetoed or self.failed or any(_is_label(t, "not_labels") for t in self.pieces):
            return None
        for texts in (self.links, self.pieces):
            items = [t for t in texts if _is_headline(t)]
            if len(items) >= _MIN_TICKER_ITEMS:
                return items
        return None


def _is_headline(text: str) -> bool:
    return (_MIN_ITEM_WORDS <= len(_WORDS.findall(text)) <= _MAX_ITEM_WORDS and has_letters(text)
            and not _is_label(text, "labels") and not _is_label(text, "chrome"))


class _HTMLText(HTMLParser):
    """Collect block-level text from HTML; scripts, styles and nav are dropped."""

    _SKIP = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "template", "iframe"}
    # dropped elements whose text no strip reads (a strip in the header, nav or aside is read)
    _HARD_SKIP = _SKIP - {"header", "nav", "aside"}
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
        self._hard = 0  # how many of ``_skips`` are _HARD_SKIP elements (no strip reads their text)
        self._stack: list[str] = []
        self._at: dict[str, list[int]] = {}  # tag -> its depths in ``_stack`` (ascending)
        # the role in effect at each depth of ``_stack`` (the nearest enclosing block's own role), kept in
        # step with it, so that a flush reads its role in one step: a search down the stack made a page of
        # N unclosed <div>s or <br> lines cost N^2 (20,000 <br> lines, 0.5 MB: 10 s; audit35)
        self._roles: list[str | None] = []
        self._buf: list[str] = []
        self.meta: dict[str, str] = {}
        self.srcdocs: list[str] = []  # the pages an <iframe srcdoc="…"> holds (HTML, given as an attribute)
        self._strips: list[_Strip] = []  # candidate ticker strips open (outermost first)

    def handle_starttag(self, tag, attrs):
        while self._skips and self._skips[-1][0] == "svg" and tag in self._BREAKOUT:
            self._pop_skip()
        if self._strips:
            for strip in self._strips:
                if tag in _ARTICLE:
                    strip.fail()
                if strip.tag == tag:
                    strip.depth += 1
                if tag not in _INLINE:
                    strip.cut()
                if tag == "a":
                    strip.open_link()
        if tag in _STRIP_TAGS and len(self._strips) < _MAX_OPEN_STRIPS:
            self._open_strip(tag, attrs)
        if tag in self._SKIP:
            self._skips.append((tag, len(self._stack)))
            self._hard += tag in self._HARD_SKIP
            if tag == "iframe" and not self._skips[:-1]:
                srcdoc = dict(attrs).get("srcdoc")
                if srcdoc and srcdoc.strip():
                    self.srcdocs.append(srcdoc)
        elif tag == "meta":
            a = dict(attrs)
            key = a.get("property") or a.get("name") or ""
            if key in ("og:url", "article:published_time", "og:site_name", "og:title", "og:description",
                       "description") and a.get("content"):
                self.meta[key] = a["content"]
        elif tag in self._BLOCKS:
            self._flush()
            self._at.setdefault(tag, []).append(len(self._stack))
            self._stack.append(tag)
            self._roles.append(self._BLOCKS[tag] or (self._roles[-1] if self._roles else None))

    def handle_endtag(self, tag):
        if self._strips:
            for strip in self._strips:
                if tag not in _INLINE:
                    strip.cut()
                if tag == "a":
                    strip.close_link()
            for i in range(len(self._strips) - 1, -1, -1):
                strip = self._strips[i]
                if strip.tag == tag:
                    if strip.depth:
                        strip.depth -= 1
                    else:
                        self._close_strip(i)
        if tag in self._SKIP:
            # the innermost open one of that tag (and any left unclosed inside it); a stray end tag closes nothing
            for i in range(len(self._skips) - 1, -1, -1):
                if self._skips[i][0] == tag:
                    while len(self._skips) > i:
                        self._pop_skip()
                    break
        elif tag in self._BLOCKS:
            self._flush()
            if self._skips:
                # the end of a block opened before a dropped element (its innermost open one is outside) ends that
                # element too
                depths = self._at.get(tag)
                if depths and depths[-1] < self._skips[-1][1]:
                    while self._skips and self._skips[-1][1] > depths[-1]:
                        self._pop_skip()
            if self._stack and self._stack[-1] == tag:
                self._stack.pop()
                self._roles.pop()
                self._at[tag].pop()

    def handle_data(self, data):
        if not self._skips:
            self._buf.append(data)
        if self._strips and not self._hard_skipped():
            for strip in self._strips:
                strip.data(data)

    def _pop_skip(self) -> None:
        self._hard -= self._skips.pop()[0] in self._HARD_SKIP

    def _hard_skipped(self) -> bool:
        return self._hard > 0

    def _open_strip(self, tag: str, attrs) -> None:
        """Open a candidate strip at a marked element, a ``<marquee>``, or a list right after a ticker label."""
        a = dict(attrs)
        mark = _attr_mark(a) if a else None
        if mark == "not" or (mark is None and tag != "marquee" and tag not in _LABELLED_TAGS):
            return
        before = None  # the text right before it: the pending text, else the last block (outside dropped parts)
        if not self._skips:
            buf = self._buf
            if len(buf) > 8 or sum(map(len, buf)) > 200:
                before = "…"  # longer than any label
            else:
                before = " ".join("".join(buf).split())
            if not before and self.blocks and self.blocks[-1][0] != "doc_title":
                before = self.blocks[-1][1]
        labelled = bool(before) and _is_label(before, "labels")
        if not (mark == "ticker" or tag == "marquee" or (labelled and tag in _LABELLED_TAGS)) or self._hard_skipped():
            return
        self._flush()
        start = len(self.blocks)
        label_at = start - 1 if labelled else None
        self._strips.append(_Strip(tag, start, label_at, bool(before) and _is_label(before, "not_labels")))

    def _close_strip(self, i: int, *, read: bool = True) -> None:
        """Close the ``i``-th open strip (and those inside it); a strip's blocks become its ticker headlines.
        ``read=False`` (strips left open at the end of the page, whose end is unknown): none is read."""
        self._flush()
        while len(self._strips) > i:
            strip = self._strips.pop()
            items = strip.items() if read else None
            if items is None:
                continue
            lo = strip.start if strip.label_at is None else strip.label_at
            self.blocks[lo:] = [("ticker", item) for item in items]
            for outer in self._strips:  # a strip around it replaces its blocks from here (or from before)
                outer.start = min(outer.start, lo)
                if outer.label_at is not None and outer.label_at >= lo:
                    outer.label_at = None

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
    if parser._strips:  # left open at the end of the page: where they end is unknown, none is read as a strip
        parser._close_strip(0, read=False)
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
    if _depth < _SRCDOC_DEPTH and not any(seg["section"] != "title" for seg in page.segments):
        said = " ".join(filter(None, (doc_title, *(parser.meta.get(k) for k in ("og:title", "og:description",
                                                                                 "description")))))
        _read_hidden(text, page, _depth, said, parser.meta.get("og:site_name") or "")
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


_HIDDEN_OPEN = re.compile(r"<(template|noscript)\b[^>]*>", re.IGNORECASE)
_MIN_HIDDEN_WORDS = 20  # fewer: a notice ("enable JavaScript to see this page"), not an article
# (robust43) a block of a hidden body that names scripts, cookies or the browser is the site's notice ("please enable
# JavaScript", "this site uses cookies"), never the article's; a block this long or longer is a paragraph of news
# (robust46) and the notices that say "scripts" in other words (Google's Arabic "البرامج النصية"), ask the reader to
# subscribe or sign in (a paywall's) or to turn off an ad blocker: a page whose title holds the site's name and tagline
# vouched for such a notice by the words they share (review45's leftover)
_NOTICE = re.compile(r"java\s?script|cookie|browser|جافا|كوكي|تعريف الارتباط|متصفح", re.IGNORECASE)
# (review47) robust46's words are notices in a hidden part holding no other paragraph only: in an article of several
# paragraphs, "رفعت الشركة سعر الاشتراك الشهري …" or "… subscribers" is news, and such a paragraph was dropped
_LONE_NOTICE = re.compile(r"البرامج النصية|البرمجيات النصية"
                          r"|النصوص البرمجية|سكريبت|سكربت|subscri|sign[ -]?in\b|log[ -]?in\b|abonnez|abonnement"
                          r"|اشترك الآن|اشتركوا|اشتراكك|اشتراك (?:مدفوع|رقمي|شهري|سنوي)|الاشتراك (?:المدفوع|الرقمي|الشهري|السنوي)"
                          r"|تسجيل الدخول|سجل دخولك|سجّل دخولك|مانع الإعلانات|حاجب الإعلانات|ad\s?block", re.IGNORECASE)
_MAX_NOTICE_WORDS = 80


def _is_notice(text: str, alone: bool = True) -> bool:
    return len(text.split()) < _MAX_NOTICE_WORDS and bool(_NOTICE.search(text) or (alone and _LONE_NOTICE.search(text)))


def _hidden_parts(text: str) -> Iterator[tuple[str, str]]:
    """The contents of the top-level ``<template>`` and ``<noscript>`` elements of a page, in order (an unclosed one
    runs to the end of the page). Linear in the page: each search starts where the last one ended."""
    at = 0
    while m := _HIDDEN_OPEN.search(text, at):
        close = re.compile(rf"</{m[1]}\s*>", re.IGNORECASE).search(text, m.end())
        end = close.start() if close else len(text)
        yield m[1].lower(), text[m.end(): end]
        if not close:
            return
        at = close.end()


_VOUCHING_WORDS = 4  # words of 3 letters or more a lone hidden paragraph shares with what the page says it is
_LONG_WORD = re.compile(r"\w{3,}")


# (robust46) words every page says, whatever it is about: they vouch for nothing
_FUNCTION_WORDS = frozenset("""على الى إلى عن من في مع التي الذي الذين هذا هذه ذلك تلك بعد قبل حول بين عبر كل لكل حتى
منذ عند أو أن إن لا ما لم لن قد كان كانت the and for with from this that your you our are les des pour avec dans une sur
los las para con por del una""".split())


def _vouched(body: list[dict], said: str, site: str = "") -> bool:
    """(robust45) Whether the page says it is what its lone hidden paragraph tells: its ``<title>``, ``og:title`` or
    description share 4 words of 3 letters or more with it (a notice in any words shares the site's name at most).
    (robust46) Neither function words (على، إلى، the …) nor the words of the site's name (``og:site_name``, ``site``)
    count: a notice naming the site and its tagline shared them with every page of the site."""
    if not said:
        return False
    words = {w.lower() for w in _LONG_WORD.findall(said)} - _FUNCTION_WORDS
    words -= {w.lower() for w in _LONG_WORD.findall(site)}
    return len(words & {w.lower() for seg in body for w in _LONG_WORD.findall(seg["text"])}) >= _VOUCHING_WORDS


def _read_hidden(text: str, page: ParsedPage, depth: int, said: str = "", site: str = "") -> None:
    """(robust41) A page that has no text of its own but holds its article in a ``<template>`` (rendered by a
    script) or a ``<noscript>`` (shown without scripts): the article is read from there, with a warning, when it is
    one; a "please enable JavaScript" or cookie notice is not (robust43). An article: at least 20 words outside the
    site's notices (:func:`_is_notice`, not read), in a heading and a paragraph or in two paragraphs or more (a
    30-word notice in one block, in any words, was a document titled with the site's name), or (robust44) one
    paragraph alone as long as no notice is (80 words or more: such an article was lost), or (robust45) shorter (20-79
    words) when the page vouches for it (:func:`_vouched`: its title or description, ``said``, tells the same)."""
    found, kinds = [], []
    for kind, inner in _hidden_parts(text):
        segs = parse_html_page(inner, depth + 1).segments
        alone = sum(seg["section"] != "title" for seg in segs) < 2
        segs = [seg for seg in segs if not _is_notice(seg["text"], alone)]
        if segs:
            found.extend(segs)
            kinds.append(kind)
    body = [seg for seg in found if seg["section"] != "title"]
    words = sum(len(seg["text"].split()) for seg in body)
    if words < _MIN_HIDDEN_WORDS or not body or (len(body) < 2 and len(found) == len(body) and words < _MAX_NOTICE_WORDS
                                                 and not _vouched(body, said, site)):
        return
    has_title = any(seg["section"] == "title" for seg in page.segments)
    for seg in found:
        if seg["section"] == "title":
            if has_title or page.title is not None:
                continue
            page.title, has_title = seg["text"], True
        page.segments.append(seg)
    names = " and ".join(dict.fromkeys(f"<{k}>" for k in kinds))
    page.warnings.append(f"the article is read from the page's {names} (the page itself has no text outside it)")


# --- a value that holds HTML (robust45) ---------------------------------------------------------------------------
# A scraper's CSV or JSON Lines often keeps an article's body as the site's HTML ("<p>…</p><script>…</script>"), a
# feed saved from a browser its titles as HTML ("<b>عاجل</b>") and some feeds escape their bodies twice
# ("&amp;lt;p&amp;gt;"): the tags, and a script's code, were read as the article's words. A value holding one of
# these tags is markup; one holding them only escaped ("&lt;p&gt;", at most twice) is unescaped first.
_TAGS = (r"(?:p|div|br|span|a|b|i|u|em|strong|font|h[1-6]|ul|ol|li|img|script|style|iframe|table|tbody|tr|td|th"
         r"|blockquote|figure|figcaption|section|article|hr|sup|sub|small|mark|cite|q|noscript|svg|video|audio)")
# a tag: its name alone or with attributes (one at least with a value: "<b and c>" is words)
# (review45) its attributes run to their first "=" without backtracking over the others ("[^<>=]*=", the same
# tags as "[^<>]*=", which tried every "=": a 40,000-character value "<b x=x=…" took 19 s, quadratic), and an
# escaped tag's never run past the next escaped "<" (each unclosed "&lt;b x=" scanned to the end of the value; an
# escaped tag whose attribute holds an escaped "<" is no longer one: the value's other tags still say it is markup)
_VALUE_TAG = re.compile(rf"</?{_TAGS}(?:\s[^<>=]*=[^<>]*)?\s*/?>", re.IGNORECASE)
_ESCAPED_TAG = re.compile(rf"&(?:amp;)?lt;/?{_TAGS}(?:\s[^<>&=]*=(?:[^<>&]|&(?!(?:amp;)?lt;))*?)?\s*/?&(?:amp;)?gt;",
                          re.IGNORECASE)
# (review45) an element whose content a page's reader drops; opened in a value and never closed after, it is words
# ("يحقن الوسم <script> في الصفحة": the rest of the value was dropped as the script's code)
# (robust46) and the page's chrome, dropped the same way: "يستخدم الوسم <footer> في أسفل الصفحة …" lost every word
# after the tag
_DROPPED_OPEN = re.compile(r"<(script|style|iframe|noscript|svg|template|textarea|title|xmp|nav|header|footer|aside|form)"
                           r"\b[^<>]*>", re.IGNORECASE)


def unescaped_markup(value: str) -> str:
    """``value`` with its HTML unescaped when it holds markup only escaped (once or twice), else as it is."""
    for _ in range(2):
        if "&" not in value or _VALUE_TAG.search(value) or not _ESCAPED_TAG.search(value):
            break
        value = html.unescape(value)
    return value


def markup_text(value: str, *, one_line: bool = False, escaped: bool = True) -> str:
    """The text of a value that holds HTML (see above): its blocks one a line (``one_line``: joined by spaces), its
    scripts, styles and markup dropped, as a page's are; a value without markup is returned as it is. ``escaped=False``:
    escaped tags stay text (a title's "&lt;script&gt;" is what it says, as a page's entities are)."""
    if "<" not in value and "&" not in value:
        return value
    if escaped:
        value = unescaped_markup(value)
    if "<" not in value or not _VALUE_TAG.search(value) or _named_in_prose(value):
        return value
    return (" " if one_line else "\n").join(seg["text"] for seg in parse_html_page(closed_only(value)).segments)


# (review47) void tags, and tags whose end tag HTML lets a writer leave out: unclosed, they are markup, never a tag
# named in prose (a CMS's "فقرة أولى\n<p>\nفقرة ثانية" kept "<p>" as a word of its text)
_VOID_TAGS = frozenset(("br", "img", "hr", "wbr", "input", "meta", "link", "source", "col", "area", "embed", "param",
                        "track", "base", "p", "li", "dt", "dd", "tr", "td", "th", "option", "tbody", "thead", "tfoot",
                        "html", "head", "body"))


def _named_in_prose(value: str) -> bool:
    """(robust46) Whether a value's tags are only tags named in its words ("use the <em> tag", "يستخدم الوسم <b> للخط
    العريض"): each a bare opening tag (no attributes, not void, no end tag in the value) standing between spaces after
    some words. Read as markup, the tag's name was lost from the sentence (review45's leftover); a value that opens
    with a tag, closes one or gives one attributes is markup as before."""
    found = False
    for m in _VALUE_TAG.finditer(value):
        tag = m[0]
        name = tag[1:-1].lower()
        if (not name.isalnum() or name in _VOID_TAGS or not value[: m.start()].strip()
                or value[m.start() - 1] not in " \t\u00a0" or (m.end() < len(value) and not value[m.end()].isspace())):
            # (review47) a tag at the start of its line is the text's markup, not a word of a sentence
            return False
        found = True
    return found


def closed_only(value: str) -> str:
    """``value`` without the opening tags of dropped elements (scripts, styles, frames …) that no end tag closes after
    them: the words after one are the value's (a page's unclosed one ends with its block; a value may have none). A
    feed item's HTML text is read through it too."""
    if not _DROPPED_OPEN.search(value):
        return value
    lower = value.lower()
    last_close = {}
    def unclosed(m: re.Match) -> bool:
        tag = m[1].lower()
        if tag not in last_close:
            last_close[tag] = max((c.start() for c in re.finditer(rf"</{tag}\s*>", lower)), default=-1)
        return last_close[tag] < m.end()
    return _DROPPED_OPEN.sub(lambda m: " " if unclosed(m) else m[0], value)


TABLE_MARKUP.append(markup_text)  # a table's cells of HTML (tables cannot import this module: its page reader reads tables)


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
                if parts[kind].get_content_charset() is None:
                    # Chrome writes "Content-Type: text/html" without a charset (the page's <meta> names it): the
                    # part's bytes are decoded as any page's are, not as ASCII (every Arabic letter a U+FFFD)
                    decoded = decode(parts[kind].get_payload(decode=True) or b"", name=source.name or source.path.name)
                    text, source.encoding = decoded.text, decoded.encoding
                else:
                    text, source.encoding = parts[kind].get_content(), parts[kind].get_content_charset()
            except (LookupError, ValueError) as exc:  # an unknown charset, a broken transfer encoding
                raise DecodeError(f"MIME file: its {kind} part cannot be decoded ({exc})") from None
            source.format = "mhtml"
            page = parse(text)
            location = str(parts[kind]["Content-Location"] or message["Snapshot-Content-Location"] or "").strip()
            if page.url is None and location.startswith(("http://", "https://")):
                page.url = location  # the address the page was saved from
            return page_record(source, page, "mhtml")
    raise DecodeError("MIME file without an HTML or text part (no text/html, text/plain in it); not read")
