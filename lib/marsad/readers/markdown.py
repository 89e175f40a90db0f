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
_MD_BLOCK_SCALARS = frozenset((">", ">-", ">+", "|", "|-", "|+"))
# (review47) raw HTML whose content is never text, and which may hold blank lines: a line opening it drops every line
# up to the one closing it (its words were read as paragraphs between the blank lines: "var x = 1;", "<!-- note")
_MD_HTML_OPEN = re.compile(r"^\s{0,3}(?:<(script|style)\b|(<!--))", re.IGNORECASE)
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
    block = None  # (review47) a value written on the lines after its key ("title: >-" and indented lines)
    for line in lines[1:end]:
        if block is not None and line[:1] in (" ", "\t"):
            if block not in pairs:  # the key's first value stands, as for other keys
                continue
            pairs[block] = " ".join((pairs[block] + " " + line.strip()).split())
            continue
        block = None
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "\t", "-")):
            key, value = key.strip().lower(), value.strip()
            if value in _MD_BLOCK_SCALARS:  # YAML's folded or literal block: its lines are the value, not its marker
                block = key if key not in pairs else ""
                value = ""
            pairs.setdefault(key, value.strip("\"'").strip())
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
    # (review47) a fence never closed: CommonMark reads the rest of the file as its code, so a stray ``` dropped every
    # line after it without a word; it is read as text, and said
    fences = [k for k in range(start, len(lines)) if _MD_FENCE.match(lines[k])]
    stray = fences[-1] if len(fences) % 2 else -1
    if stray >= 0:
        page.warnings.append(f"line {stray + 1}: a code fence ({lines[stray].strip()[:3]}) never closed: the lines after it "
                             "read as text")
    html_end = None  # the closing mark of a raw HTML block being dropped
    closing = {end: max((k for k in range(start, len(lines)) if end in lines[k].lower()), default=-1)
               for end in ("-->", "</script>", "</style>")}  # a block never closed is not one: nothing after it lost

    def flush(section: str = "paragraph") -> None:
        if block:
            words = _md_inline(markup_text(" ".join(block), one_line=True, escaped=False))
            if words:
                page.add(section, words)
            block.clear()

    for k in range(start, len(lines)):
        line = lines[k]
        if html_end is not None:
            if html_end in line.lower():
                html_end = None
            continue
        if k == stray:
            flush()
            continue
        if _MD_FENCE.match(line):
            flush()
            fenced = not fenced
            continue
        if fenced or _MD_REFERENCE.match(line) or _MD_TABLE_RULE.match(line):
            continue
        opened = _MD_HTML_OPEN.match(line)
        if opened:
            end = "-->" if opened[2] else f"</{opened[1].lower()}>"
            if end not in line[opened.end():].lower() and closing[end] > k:
                flush()
                html_end = end
                continue
        # (review47) a quote's marks first: "> ## Excerpt" (MarkDownload's template) is a heading, was the text "## Excerpt"
        line = _MD_QUOTE.sub("", line)
        heading = _MD_HEADING.match(line)
        if heading:
            flush()
            words = _md_inline(heading[2].rstrip().rstrip("#"))
            if words and page.title is None and len(heading[1]) == 1:
                page.title = words
                page.add("title", words)
            elif words and not (len(heading[1]) == 1 and words == page.title and len(page.segments) == 1):
                # (review47) the front matter's title again as the first heading (a clipper's template) is read once
                page.add("subheading", words)
            continue
        if not line.strip() or _MD_RULE.match(line):
            flush()
            continue
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
