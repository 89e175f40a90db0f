"""Parse single news pages into segments with roles.

Two page shapes are understood:

* **Aggregator text pages** like the seed (a Moroccan aggregator): a first line
  holding the ticker strip (headlines separated by runs of non-breaking
  spaces), boilerplate from the report-image widget, then the article: title,
  a byline ``نشر في <source> يوم DD - MM - YYYY``, paragraphs, subheadings,
  photo captions starting with a credit ("Reuters …"), inline and bulleted
  related-story links and a footer link.
* **HTML pages** are read by :mod:`marsad.readers.html`; :func:`marsad.readers.html.parse_page`
  chooses between the two from the page's content.

Everything here is a pure function of the page text, so it can run on any
worker. Offsets in later stages refer to each segment's ``text``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from marsad.lang.rules import is_related_link
from marsad.lang.text import normalize
from marsad.readers.base import Record, Source, register
from marsad.readers.decode import DecodeError
from marsad.readers.values import has_letters

__all__ = ["ParsedPage", "parse_text_page", "read_page", "page_record", "is_text_table"]

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
# Widget and footer boilerplate of the aggregator, normalised on first use (normalising loads CAMeL Tools,
# which a process that only reads analysed tables never needs).
_BOILERPLATE_TEXT = (
    "شكرا على الإبلاغ!",
    "سيتم حجب هذه الصورة تلقائيا عندما يتم الإبلاغ عنها من طرف عدة أشخاص.",
    "الإبلاغ عن صورة",
    "أبلغ عن صورة",
)
_FOOTER_TEXT = ("انقر هنا لقراءة الخبر من مصدره", "اضغط هنا لقراءة الخبر من مصدره")


@lru_cache(maxsize=1)
def _boilerplate() -> frozenset[str]:
    return frozenset(normalize(s) for s in _BOILERPLATE_TEXT)


@lru_cache(maxsize=1)
def _footer() -> tuple[str, ...]:
    return tuple(normalize(s) for s in _FOOTER_TEXT)


_SHORT_LINE_WORDS = 10
_WORD = re.compile(r"\w+")


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
        if normalize(stripped) in _boilerplate():
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
        if any(norm.startswith(f) for f in _footer()):
            roles.append(("footer", line, {}))
        elif _BULLET.match(line):
            roles.append(("related", _BULLET.sub("", line), {}))
        elif is_related_link(line):  # "للمزيد: <another story's headline>", "اقرأ أيضا| ..."
            roles.append(("related", line, {}))
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


def page_record(source: Source, page: ParsedPage, fmt: str) -> list[Record]:
    """The one document of a parsed page (its warnings go to the manifest's ``reason``)."""
    if not page.segments:
        raise DecodeError("no text found in the page")
    if not any(has_letters(s["text"]) for s in page.segments):
        raise DecodeError("no text: not one letter (only diacritics, tatweel, zero-width characters, digits or "
                          "punctuation)")
    for warning in page.warnings:
        source.note(warning)
    return [({"doc_id": source.doc_id, "path": str(source.path), "source": page.source, "url": page.url,
              "published": page.published, "title": page.title, "format": fmt, "category": None}, page.segments)]


@register("page", sniff=lambda text: True, order=90)
def read_page(source: Source) -> list[Record]:
    """Read a text page (any text no other reader recognised); a table saved as text (Excel's "Unicode Text":
    tab-separated UTF-16 in a ``.txt``) is read as the table it is."""
    if is_text_table(source.text):
        from marsad.readers.tables import read_csv

        source.format = "csv"
        source.note("a table in a text file (its first row names the columns), read as a table")
        return read_csv(source)
    return page_record(source, parse_text_page(source.text), "page")


_TABLE_ROWS = 20  # rows of a text file looked at to tell a table


def is_text_table(text: str) -> bool:
    """Whether a text is a table: its first line splits (tabs, else ``;`` or ``,``) into two or more fields naming
    a title or text column (``title``, ``عنوان``, ``نص`` … as a whole field, never a word of a sentence) and each
    of its next lines (up to 20, at least one) has as many fields."""
    import csv
    import io

    from marsad.readers.tables import _pick

    lines = [line for line in text[:200_000].replace("\r\n", "\n").split("\n")[: _TABLE_ROWS * 4] if line.strip()]
    if len(lines) < 2:
        return False
    for delimiter in "\t;,":
        if delimiter not in lines[0]:
            continue
        try:
            rows = list(csv.reader(io.StringIO("\n".join(lines[: _TABLE_ROWS + 1])), delimiter=delimiter))
        except csv.Error:
            return False
        header = rows[0]
        if len(header) >= 2 and (_pick(header, "title") or _pick(header, "text")):
            return all(len(row) == len(header) for row in rows[1:])
        return False
    return False

