"""Parse single news pages into segments with roles.

Two page shapes are understood:

* **Aggregator text pages** like the seed (a Moroccan aggregator): a first line
  holding the ticker strip (headlines separated by runs of non-breaking
  spaces), boilerplate from the report-image widget, then the article: title,
  a byline ``نشر في <source> يوم DD - MM - YYYY``, paragraphs, subheadings,
  photo captions starting with a credit ("Reuters …"), inline and bulleted
  related-story links and a footer link.
* **HTML pages**: block elements become segments (``h1`` title, ``h2``–``h4``
  subheadings, ``p`` paragraphs, ``figcaption`` captions, list items in
  ``ul``/``ol`` related links); scripts, styles and navigation are dropped.

Everything here is a pure function of the page text, so it can run on any
worker. Offsets in later stages refer to each segment's ``text``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

import pandas as pd

from marsad.lang.rules import strip_proclitics
from marsad.lang.text import normalize

__all__ = ["ParsedPage", "parse_page", "parse_text_page", "parse_html_page", "mark_duplicates", "SECTIONS"]

SECTIONS = ("ticker", "title", "byline", "paragraph", "subheading", "caption", "related", "footer")

# A ticker strip: headlines separated by runs of two or more non-breaking spaces.
_TICKER_SEP = re.compile(r"(?:\u00a0\s*){2,}")
_MIN_TICKER_ITEMS = 3
# "نشر في الأيام 24 يوم 19 - 06 - 2024": the aggregator's byline (source and date).
_BYLINE = re.compile(
    r"^\s*نشر\s+في\s+(?P<source>.+?)\s+يوم\s+(?P<d>\d{1,2})\s*[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<y>\d{4})\s*$"
)
_BYLINE_LOOSE = re.compile(r"^\s*نشر\s+في\s+(?P<source>.+?)(?:\s+يوم\s+(?P<date>.*))?$")
# Photo credit glued to the start of a caption: a Latin agency name then Arabic.
_CREDIT = re.compile(
    r"^(?P<credit>(?:Reuters|AFP|AP|EPA|Getty(?: Images)?|Anadolu|Xinhua|SPUTNIK|Sputnik|TASS|"
    r"[A-Z][A-Za-z&.\-]+(?: [A-Z][A-Za-z&.\-]+){0,2}))\s+(?=[\u0600-\u06FF])"
)
_BULLET = re.compile(r"^\s*[*•\-–]\s+")
# Widget and footer boilerplate of the aggregator (normalised text).
_BOILERPLATE = tuple(
    normalize(s)
    for s in (
        "شكرا على الإبلاغ!",
        "سيتم حجب هذه الصورة تلقائيا عندما يتم الإبلاغ عنها من طرف عدة أشخاص.",
        "الإبلاغ عن صورة",
        "أبلغ عن صورة",
    )
)
_FOOTER = tuple(normalize(s) for s in ("انقر هنا لقراءة الخبر من مصدره", "اضغط هنا لقراءة الخبر من مصدره"))
_SHORT_LINE_WORDS = 10
_WORD = re.compile(r"\w+")
# the chains stripped before comparing word sets (near-duplicate headlines)
_PROCLITICS = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف")


@dataclass
class ParsedPage:
    """One page: document fields and its segments (``section``, ``text``, extras)."""

    title: str | None = None
    source: str | None = None
    published: pd.Timestamp | None = None
    url: str | None = None
    segments: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def add(self, section: str, text: str, **extra) -> None:
        text = text.strip()
        if text:
            self.segments.append({"section": section, "text": text, **extra})


def parse_page(text: str) -> ParsedPage:
    """Parse a page, choosing the HTML or the text parser from its content."""
    head = text[:4096].lower()
    if "<html" in head or "<body" in head or "<!doctype html" in head or head.count("<p") >= 2:
        return parse_html_page(text)
    return parse_text_page(text)


def _ticker_items(line: str) -> list[str] | None:
    if "\u00a0" not in line:
        return None
    items = [item.strip() for item in _TICKER_SEP.split(line)]
    items = [item for item in items if item]
    return items if len(items) >= _MIN_TICKER_ITEMS else None


def _parse_date(day: str, month: str, year: str) -> pd.Timestamp | None:
    try:
        return pd.Timestamp(year=int(year), month=int(month), day=int(day))
    except ValueError:
        return None


def parse_text_page(text: str) -> ParsedPage:
    """Parse an aggregator text page (see module docstring) into segments."""
    page = ParsedPage()
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    body: list[str] = []
    for line in lines:
        items = _ticker_items(line)
        if items is not None:
            for item in items:
                page.add("ticker", item)
            continue
        stripped = line.strip()
        if not stripped:
            body.append("")
            continue
        if normalize(stripped) in _BOILERPLATE:
            continue
        body.append(stripped)

    # The byline anchors the article: the non-empty line before it is the title.
    lines_ = [ln for ln in body if ln]
    byline_at = next((i for i, ln in enumerate(lines_) if _BYLINE_LOOSE.match(ln)), None)
    if byline_at is None:
        page.warnings.append("no byline ('نشر في … يوم …'): source and date unknown")
        start = 0
        if lines_ and _is_short(lines_[0]):
            page.title = lines_[0]
            page.add("title", lines_[0])
            start = 1
    else:
        if byline_at > 0:
            page.title = lines_[byline_at - 1]
            page.add("title", page.title)
            for extra in lines_[: byline_at - 1]:  # stray lines before the title
                page.add("paragraph", extra)
        byline = lines_[byline_at]
        page.add("byline", byline)
        match = _BYLINE.match(byline)
        if match:
            page.source = match["source"].strip()
            page.published = _parse_date(match["d"], match["m"], match["y"])
            if page.published is None:
                page.warnings.append(f"unparseable byline date in {byline!r}")
        else:
            loose = _BYLINE_LOOSE.match(byline)
            page.source = loose["source"].strip() if loose else None
            page.warnings.append(f"unparseable byline date in {byline!r}")
        start = byline_at + 1
    _classify_body(page, lines_[start:])
    return page


def _is_short(line: str) -> bool:
    return len(_WORD.findall(line)) <= _SHORT_LINE_WORDS and not line.endswith((".", "،"))


def _classify_body(page: ParsedPage, lines: list[str]) -> None:
    """Give each article line a role: caption, related, subheading, footer or paragraph."""
    bullets = {normalize(_BULLET.sub("", ln)) for ln in lines if _BULLET.match(ln)}
    roles: list[tuple[str, str, dict]] = []
    for line in lines:
        norm = normalize(line)
        if any(norm.startswith(f) for f in _FOOTER):
            roles.append(("footer", line, {}))
        elif _BULLET.match(line):
            roles.append(("related", _BULLET.sub("", line), {}))
        elif (m := _CREDIT.match(line)) and _is_caption_like(line[m.end():]):
            roles.append(("caption", line[m.end():], {"credit": m["credit"]}))
        elif norm in bullets:  # an inline copy of a bulleted related link
            roles.append(("inline_related", line, {}))
        elif _is_short(line):
            roles.append(("short", line, {}))
        else:
            roles.append(("paragraph", line, {}))
    # A run of two or more short headline-like lines between paragraphs is a block
    # of inline related-story links; a single short line is a subheading.
    i = 0
    while i < len(roles):
        if roles[i][0] not in ("short", "inline_related"):
            i += 1
            continue
        j = i
        while j < len(roles) and roles[j][0] in ("short", "inline_related"):
            j += 1
        run = [r[0] for r in roles[i:j]]
        role = "related" if len(run) >= 2 or run == ["inline_related"] else "subheading"
        for k in range(i, j):
            roles[k] = (role, roles[k][1], roles[k][2])
        i = j
    for role, line, extra in roles:
        page.add(role, line, **extra)


def _is_caption_like(rest: str) -> bool:
    return bool(rest) and bool(re.match(r"[\u0600-\u06FF]", rest.strip()))


def mark_duplicates(texts: list[str], *, threshold: float = 0.45) -> list[int | None]:
    """Flag exact and near-duplicate headlines.

    Two headlines are near-duplicates when the Jaccard similarity of their
    normalised, clitic-stripped word sets or of their character 4-gram sets
    reaches ``threshold`` (0.45 separates a story re-worded four times from two
    different stories about the same company on the seed ticker).

    Returns:
        For each headline, the index of the first headline of its duplicate
        group, or ``None`` for the first of a group and for unique headlines.
    """
    words = [_word_set(t) for t in texts]
    grams = [_gram_set(t) for t in texts]
    parent = list(range(len(texts)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(texts)):
        for j in range(i):
            if _jaccard(words[i], words[j]) >= threshold or _jaccard(grams[i], grams[j]) >= threshold:
                a, b = find(i), find(j)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    out: list[int | None] = []
    for i in range(len(texts)):
        root = find(i)
        out.append(None if root == i else root)
    return out


def _word_set(text: str) -> set[str]:
    out = set()
    for word in _WORD.findall(normalize(text)):
        out.add(strip_proclitics(word, chains=_PROCLITICS, min_stem=3))
    return out


def _gram_set(text: str, n: int = 4) -> set[str]:
    s = " ".join(_WORD.findall(normalize(text)))
    return {s[i : i + n] for i in range(max(len(s) - n + 1, 0))}


def _jaccard(a: set, b: set) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


class _HTMLText(HTMLParser):
    """Collect block-level text from HTML; scripts, styles and nav are dropped."""

    _SKIP = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "template", "iframe"}
    _BLOCKS = {
        "h1": "title", "h2": "subheading", "h3": "subheading", "h4": "subheading",
        "p": "paragraph", "figcaption": "caption", "li": "related", "blockquote": "paragraph",
        "td": "paragraph", "div": None, "title": "doc_title", "br": None,
    }

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str]] = []
        self._skip = 0
        self._stack: list[str] = []
        self._buf: list[str] = []
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self._skip += 1
        elif tag == "meta":
            a = dict(attrs)
            key = a.get("property") or a.get("name") or ""
            if key in ("og:url", "article:published_time", "og:site_name", "og:title") and a.get("content"):
                self.meta[key] = a["content"]
        elif tag in self._BLOCKS:
            self._flush()
            self._stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self._SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCKS:
            self._flush()
            if self._stack and self._stack[-1] == tag:
                self._stack.pop()

    def handle_data(self, data):
        if not self._skip:
            self._buf.append(data)

    def _flush(self):
        text = " ".join("".join(self._buf).split())
        self._buf = []
        if not text:
            return
        role = next((self._BLOCKS[t] for t in reversed(self._stack) if self._BLOCKS.get(t)), "paragraph")
        self.blocks.append((role, text))


def parse_html_page(text: str) -> ParsedPage:
    """Parse an HTML news page into segments (text only; markup is never kept)."""
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
