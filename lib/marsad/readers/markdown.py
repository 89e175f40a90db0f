"""(robust46) Markdown files: a web clipper's saved article, an analyst's notes.

A web clipper (Obsidian Web Clipper, MarkDownload, Joplin's) saves an article as Markdown: a front matter of
"key: value" lines between "---" lines (title, source URL, published date) and the article with its markup
("## heading", "**bold**", "[link](url)", "![image](url)"). Every ``.md`` file was skipped as documentation: a folder
of clipped news was read as nothing. README, LICENSE, CHANGELOG … stay documentation
(:func:`marsad.readers.walk.not_news`). Linear in the file: every pattern is bounded or anchored.
"""
from __future__ import annotations

import re

from marsad.readers.base import Record, Source, register
from marsad.readers.html import markup_text
from marsad.readers.page import ParsedPage, page_record
from marsad.readers.values import BadValue, parse_date

__all__ = ["parse_markdown", "read_markdown"]

_MD_FENCE = re.compile(r"^\s*(```|~~~)")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*)$")  # its closing #s stripped after (a lazy pattern was quadratic)
_MD_RULE = re.compile(r"^\s{0,3}(?:[-*_=]\s*){3,}$")
_MD_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_MD_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_MD_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]{1,200}\]:\s*\S+")
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_MD_IMAGE = re.compile(r"!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)|!\[[^\]\n]{0,500}\]\[[^\]\n]{0,200}\]")
_MD_LINK = re.compile(r"\[([^\]\n]{0,500})\](?:\([^)\n]{0,2000}\)|\[[^\]\n]{0,200}\])")
_MD_AUTOLINK = re.compile(r"<(?:https?|mailto):[^>\s]{1,2000}>")
_MD_MARKS = re.compile(r"\*\*|__|~~|`|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)")
_MD_KEYS = {"title": ("title", "headline"), "url": ("source", "url", "link", "original_url", "canonical"),
            "published": ("published", "date", "pubdate", "publish_date", "published_at"),
            "site": ("site", "site_name", "publisher", "outlet")}


def _md_inline(text: str) -> str:
    if "](" in text or "][" in text:  # a link or image (a text of many "[" alone scanned 500 characters at each)
        text = _MD_IMAGE.sub(" ", text)
        text = _MD_LINK.sub(lambda m: m[1], text)
    text = _MD_AUTOLINK.sub(" ", text)
    return " ".join(_MD_MARKS.sub("", text).split())


def _front_matter(lines: list[str]) -> tuple[dict[str, str], int]:
    """The ``key: value`` pairs of a Markdown file's front matter (lower-cased keys, quotes dropped) and the index
    of its first line after it (0 when it has none)."""
    if not lines or lines[0].strip() != "---":
        return {}, 0
    for end in range(1, min(len(lines), 200)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        return {}, 0
    pairs = {}
    for line in lines[1:end]:
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "\t", "-")):
            pairs.setdefault(key.strip().lower(), value.strip().strip("\"'").strip())
    return pairs, end + 1


def parse_markdown(text: str) -> ParsedPage:
    """A Markdown page: its front matter's title, URL and publication date; its headings (the first level-one
    heading is the title when the front matter gives none), paragraphs, list items, quotes and table rows as text
    without their markup; code blocks, images, rules and link references dropped; HTML in it read as a value's."""
    page = ParsedPage()
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    meta, start = _front_matter(lines)
    get = lambda field: next((meta[k] for k in _MD_KEYS[field] if meta.get(k)), None)  # noqa: E731
    page.title = _md_inline(get("title") or "") or None
    url = get("url")
    page.url = url if url and url.startswith(("http://", "https://")) else None
    page.source = get("site")
    if get("published"):
        try:
            page.published = parse_date(get("published"))
        except BadValue as exc:
            page.warnings.append(f"front matter: {exc}; no publication date")
    if page.title:
        page.add("title", page.title)
    block: list[str] = []
    fenced = False

    def flush(section: str = "paragraph") -> None:
        if block:
            words = _md_inline(markup_text(" ".join(block), one_line=True, escaped=False))
            if words:
                page.add(section, words)
            block.clear()

    for line in lines[start:]:
        if _MD_FENCE.match(line):
            flush()
            fenced = not fenced
            continue
        if fenced or _MD_REFERENCE.match(line) or _MD_TABLE_RULE.match(line):
            continue
        heading = _MD_HEADING.match(line)
        if heading:
            flush()
            words = _md_inline(heading[2].rstrip().rstrip("#"))
            if words and page.title is None and len(heading[1]) == 1:
                page.title = words
                page.add("title", words)
            elif words:
                page.add("subheading", words)
            continue
        if not line.strip() or _MD_RULE.match(line):
            flush()
            continue
        line = _MD_QUOTE.sub("", line)
        if _MD_ITEM.match(line):
            flush()
            line = _MD_ITEM.sub("", line)
        if line.strip().startswith("|"):
            flush()
            line = " ".join(cell.strip() for cell in line.strip().strip("|").split("|"))
        block.append(line.strip())
    flush()
    if page.published is None:
        page.warnings.append("Markdown file: no publication date (no 'published' or 'date' in a front matter)")
    return page


@register("markdown", suffixes=(".md", ".markdown"))
def read_markdown(source: Source) -> list[Record]:
    """Read a Markdown file (a web clipper's saved article, notes) as one document: see :func:`parse_markdown`."""
    return page_record(source, parse_markdown(source.text), "markdown")
