"""Read tables of articles: CSV/TSV, JSON Lines, JSON and Parquet, one document per row.

Columns are found by name (``title``/``headline``/``عنوان``, ``text``/``body``/``نص``,
``date``/``published``/``تاريخ``, ``source``, ``url``, ``id``, ``category``), whatever their case, spaces around
them or Arabic article (``العنوان`` is ``عنوان``); a JSON field holding an object (``"text": {"ar": ...}``) is
found by its first part (``text.ar``); when a row's first column of a kind is empty, the next one is taken. A CSV
saved with ``;``, tab or ``|`` between fields (Excel in many locales), or with Excel's ``sep=;`` first line, is
read with that separator. A JSON object holding the records under another key (``{"articles": [...]}``, as news
APIs give them) is read from that list. A row with no letter at all (only marks, digits or punctuation) is no text.
A date column whose every value is a Unix time of one unit (seconds or milliseconds) within 1990-2035 is read
as UTC days, with a note (decided for the column, never row by row). A bad row never costs the file: a JSON line that does not parse, a CSV row
with the wrong number of fields or cut off at the end of the file is skipped
and reported with its line number; a cell holding an impossible date
(``2024-02-31``) keeps its row, undated, and is reported; a row repeating an
earlier row's title and text is counted once, and reported; the header row met again (two exports joined) is
skipped and reported. A JSON list cell is its text (:func:`marsad.readers.values.list_text`).
"""
from __future__ import annotations

import csv
import io
import json
import re
from typing import Iterable, Iterator

import pandas as pd

from marsad.readers.base import Record, Source, register
from marsad.readers.decode import DecodeError
from marsad.readers.values import BadValue, clean, has_letters, parse_date

__all__ = ["read_csv", "read_jsonl", "read_json", "read_parquet", "COLUMN_ALIASES", "csv_layout", "header_position", "JSON_EXPORTS",
           "TABLE_MARKUP"]

# (robust46) and the keys of the scrapers analysts run: newspaper3k/4k's "publish_date", news-please's "maintext",
# "date_publish" and "source_domain", trafilatura's "sitename", schema.org's "datePublished" (a scrape's dates were
# left out: a JSON of newspaper3k articles was read undated)
COLUMN_ALIASES = {
    "title": ("title", "headline", "heading", "عنوان"),
    "text": ("text", "body", "content", "article", "maintext", "نص", "محتوى", "متن", "description", "summary"),
    "published": ("published", "date", "pubdate", "published_at", "publishedat", "pub_date", "time", "datetime",
                  "تاريخ", "publish_date", "published_date", "publication_date", "date_publish", "datepublished",
                  "date_published"),
    "source": ("source", "src", "site", "outlet", "publisher", "مصدر", "sitename", "site_name", "source_domain"),
    "url": ("url", "link", "href", "رابط"),
    "doc_id": ("doc_id", "id", "docno", "guid"),
    "category": ("category", "cat", "section", "label", "قسم", "تصنيف"),
}
_ALL_ALIASES = {a for aliases in COLUMN_ALIASES.values() for a in aliases}
# keys a JSON object holds its list of records under (news APIs: {"status": "ok", "articles": [...]})
_RECORD_LISTS = ("documents", "articles", "items", "data", "results", "records", "rows", "entries", "news", "posts")
# the part of a nested field read first: {"text": {"ar": ..., "en": ...}} -> text.ar
_CHILDREN = ("ar", "arabic", "name", "body", "text", "content", "value", "title")
_ARTICLE = re.compile(r"^ال(?=\w{2})")
_SEP_LINE = re.compile(r'^\ufeff?"?sep=(.)"?\s*$', re.IGNORECASE)
# A cell may hold a whole article (or a 10 MB blob): the csv module's 128 KiB default would drop the row.
csv.field_size_limit(2**31 - 1)
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")


# Readers of JSON files an application exported in its own structure (marsad.readers.social adds its own): each is
# ``(data, source) -> (columns, rows) | None``, asked before the file is read as a table of records.
JSON_EXPORTS: list = []
# (robust45) the text of a cell that holds HTML: html.markup_text, put here by the HTML reader's module
TABLE_MARKUP: list = []


@register("csv", suffixes=(".csv", ".tsv"))
def read_csv(source: Source) -> list[Record]:
    """Read a CSV (``.tsv``: tab-separated) file; the first row names the columns."""
    delimiter, sep_line = csv_layout(source.text, source.suffix)
    if delimiter != ("\t" if source.suffix == ".tsv" else ","):
        source.note(f"fields separated by {_DELIMITER_NAMES[delimiter]}")
    before = header_position(source.text, delimiter, sep_line)[0]
    if before:
        source.note(f"{before} row(s) above the header row (a title) skipped")
    reader = csv.reader(io.StringIO(source.text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    rows: list[tuple[str, int, dict]] = []
    line, number, kept_last = 1, 0, False
    try:
        for fields in reader:
            start, line = line, reader.line_num + 1
            if not fields or (len(fields) == 1 and not fields[0].strip()):
                continue  # blank line
            if sep_line and reader.line_num == 1:
                continue  # Excel's "sep=;" line
            if before:
                before -= 1
                continue  # a title above the header
            if header is None:
                header = _unique_names(fields)
                # (a repeated header: its last name first, by its length first, cheaply: an article's text is long)
                named, longest = [_name(f) for f in fields], len(fields[-1]) + 16
                continue
            number += 1  # (a repeated header keeps its number: a streamed piece counts it as a row)
            if (len(fields) == len(header) and len(fields[-1]) <= longest and named[-1] in fields[-1].lower()
                    and [_name(f) for f in fields] == named):  # (review41: as named, its case, spaces and BOM aside)
                # (robust41) two exports joined (``cat a.csv b.csv``): the second one's header row (and BOM) is no row
                source.warn(_lines(start, reader.line_num), "the header row again (files joined?); skipped")
                continue
            if len(fields) != len(header):
                cut = reader.line_num >= _line_count(source.text) and not source.text.endswith(("\n", "\r"))
                why = "cut off at the end of the file" if cut else "wrong number of fields"
                source.warn(_lines(start, reader.line_num), f"{why}: {len(fields)} fields, the header has "
                                                            f"{len(header)}; row skipped")
                kept_last = False
                continue
            rows.append((_lines(start, reader.line_num), number, dict(zip(header, fields))))
            kept_last = True
    except csv.Error as exc:
        source.warn(f"line {line}", f"{exc}; the rest of the file skipped")
    if header is None:
        raise DecodeError("table has no header row")
    if kept_last and _ends_in_quote(source.text, rows[-1][0]):
        # the csv module returns a field left open at the end of the file as if it were complete
        source.warn(rows.pop()[0], "cut off at the end of the file (inside a quoted field); row skipped")
    return _records(source, header, rows)


_DELIMITER_NAMES = {",": "commas", ";": "semicolons", "\t": "tabs", "|": "bars (|)"}


def csv_layout(text: str, suffix: str = ".csv") -> tuple[str, bool]:
    """``(delimiter, sep_line)`` of a CSV: Excel's ``sep=X`` first line when there is one (``sep_line`` True),
    else a tab for ``.tsv``, else a comma when the header row has one outside quotes, else the commonest of
    ``;``, tab and ``|`` in it, else a comma."""
    first = text[: text.find("\n")] if "\n" in text[:100_000] else text[:100_000]
    m = _SEP_LINE.match(first.rstrip("\r"))
    if m and m[1] in _DELIMITER_NAMES:
        return m[1], True
    if suffix == ".tsv":
        return "\t", False
    lines = [line for line in text[:100_000].split("\n")[:50] if line.strip()][:_HEADER_SEARCH]
    header = lines[0] if lines else ""
    if not _separators(header) and _name(header) not in _ALL_ALIASES:
        # a title line above the header row (a report exported from Excel): the first line with separators
        header = next((line for line in lines if _separators(line)), header)
    outside = _separators(header)
    if "," in outside:
        return ",", False
    counts = {d: outside.count(d) for d in ";\t|"}
    best = max(counts, key=counts.get)
    return (best if counts[best] else ","), False


_HEADER_SEARCH = 10  # the header row is looked for in this many first non-blank lines


def _separators(line: str) -> str:
    """The separators of a line outside its quoted parts (``""`` when it has none)."""
    return "".join(c for c in re.sub(r'"[^"]*"', "", line) if c in ",;\t|")


def header_position(text: str, delimiter: str, sep_line: bool) -> tuple[int, int, int]:
    """``(before, first, last)``: how many non-blank rows come before a CSV's header row, and the lines the header
    spans. The header is the first row unless that row names no title or text column and one of the next rows
    (within the first 10) does: a report's title above its table."""
    reader = csv.reader(io.StringIO(text[: 1 << 20], newline=""), delimiter=delimiter)
    found: list[tuple[list[str], int, int]] = []
    line = 1
    try:
        for fields in reader:
            start, line = line, reader.line_num + 1
            if not fields or (len(fields) == 1 and not fields[0].strip()) or (sep_line and reader.line_num == 1):
                continue
            found.append((fields, start, reader.line_num))
            if len(found) >= _HEADER_SEARCH:
                break
    except csv.Error:
        pass
    if not found:
        return 0, 1, 1
    named = [i for i, (fields, _, _) in enumerate(found) if _pick(fields, "title") or _pick(fields, "text")]
    at = named[0] if named and not (0 in named) else 0
    return at, found[at][1], found[at][2]


@register("jsonl", suffixes=(".jsonl", ".ndjson"))
def read_jsonl(source: Source) -> list[Record]:
    """Read JSON Lines: one object per line; a line that does not parse is skipped and reported."""
    rows: list[tuple[str, int, dict]] = []
    columns: dict[str, None] = {}
    # only "\n" ends a record: str.splitlines() would also cut at U+2028, U+0085 or \x0c, legal inside a JSON string
    lines = source.text.split("\n")
    number = 0
    for n, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        number += 1
        try:
            value = _loads(raw, source, f"line {n}")
        except ValueError as exc:
            cut = n == len(lines)  # the last piece is non-empty only when the file does not end with "\n"
            why = "cut off at the end of the file" if cut else "not valid JSON"
            source.warn(f"line {n}", f"{why} ({exc.msg} at column {exc.colno}); skipped")
            continue
        if not isinstance(value, dict):
            source.warn(f"line {n}", f"a JSON {type(value).__name__}, not an object; skipped")
            continue
        columns.update(dict.fromkeys(value))
        rows.append((f"line {n}", number, value))
    if not rows and not columns:
        raise DecodeError("no JSON object in the file" + (f" ({source.warnings[0]})" if source.warnings else ""))
    return _records(source, list(columns), rows)


@register("json", suffixes=(".json",))
def read_json(source: Source) -> list[Record]:
    """Read a JSON array of objects (or ``{"documents": [...]}``, or one object)."""
    try:
        data = _loads(source.text, source, "file")
    except ValueError as exc:
        if getattr(exc, "msg", "") == "Extra data" and exc.colno == 1 and source.text.lstrip().startswith("{"):
            # one object per line in a file named .json: JSON Lines, read as such
            source.format = "jsonl"
            source.note("JSON Lines (one object per line) in a .json file")
            return read_jsonl(source)
        raise DecodeError(f"not valid JSON: {exc}") from None
    for export_rows in JSON_EXPORTS:  # (robust42) a Telegram or Facebook export, by its structure
        export = export_rows(data, source)
        if export is not None:
            return _records(source, *export)
    items = data if isinstance(data, list) else _record_list(data, source) if isinstance(data, dict) else []
    table = pd.json_normalize([x for x in items if isinstance(x, dict)])
    for k, x in enumerate(items):
        if not isinstance(x, dict):
            source.warn(f"record {k + 1}", f"a JSON {type(x).__name__}, not an object; skipped")
    return _records(source, list(table.columns), _frame_rows(table, "record"), table)


@register("parquet", suffixes=(".parquet",))
def read_parquet(source: Source) -> list[Record]:
    """Read a Parquet table."""
    table = pd.read_parquet(io.BytesIO(source.data))
    source.encoding = "parquet"
    return _records(source, list(table.columns), _frame_rows(table, "row"), table)


def _loads(text: str, source: Source, where: str):
    """``json.loads``, with lone UTF-16 surrogates (a ``"\\ud800"`` escape is valid JSON but no character; pandas,
    Arrow and every UTF-8 writer refuse it) replaced by U+FFFD and reported, so one bad escape costs one character."""
    try:
        value = json.loads(text)
    except RecursionError:  # thousands of nested brackets: the parser's stack, not the run, gives out
        raise json.JSONDecodeError("nested too deeply to read", text, 0) from None
    if _SURROGATE_ESCAPE.search(text):
        value, count = _no_surrogates(value)
        if count:
            source.warn(where, f"{count} lone UTF-16 surrogate escape(s) (\\udXXX) replaced by U+FFFD")
    return value


def _record_list(data: dict, source: Source) -> list:
    """The records of a JSON object: its list of objects under ``documents``, ``articles``, ``items``… (or under
    its only key holding a list of objects), or its values when they are all objects keyed by an id (no key of it
    names a column), else the object itself as one record."""
    lists = [k for k, v in data.items() if isinstance(v, list) and any(isinstance(x, dict) for x in v)]
    known = [k for k in _RECORD_LISTS if k in lists]
    key = known[0] if known else lists[0] if len(lists) == 1 else None
    if key is None:
        named = any(_name(k) in aliases for k in data for aliases in COLUMN_ALIASES.values())
        if len(data) >= 2 and not named and all(isinstance(v, dict) for v in data.values()):
            # {"a1": {...}, "a2": {...}}: records keyed by their id (a database export); the key is the id
            source.note(f"{len(data)} records keyed by their id")
            ids = COLUMN_ALIASES["doc_id"]
            return [v if any(_name(c) in ids for c in v) else {**v, "doc_id": k} for k, v in data.items()]
        return [data]
    if key != "documents":
        source.note(f"records read from its {key!r} list")
    return data[key]


def _no_surrogates(value) -> tuple[object, int]:
    if isinstance(value, str):
        return _SURROGATE.subn("\ufffd", value)
    if isinstance(value, list):
        pairs = [_no_surrogates(v) for v in value]
        return [v for v, _ in pairs], sum(n for _, n in pairs)
    if isinstance(value, dict):
        out, total = {}, 0
        for k, v in value.items():
            (k, a), (v, b) = _no_surrogates(k), _no_surrogates(v)
            out[k] = v
            total += a + b
        return out, total
    return value, 0


def _frame_rows(table: pd.DataFrame, unit: str) -> Iterator[tuple[str, int, dict]]:
    columns = list(table.columns)
    for i, row in enumerate(table.itertuples(index=False, name=None), 1):
        yield f"{unit} {i}", i, dict(zip(columns, row))


def _lines(start: int, end: int) -> str:
    return f"line {start}" if end <= start else f"lines {start}-{end}"


def _ends_in_quote(text: str, where: str) -> bool:
    """Whether the record starting at ``where`` (``line N``/``lines N-M``) leaves a quote open at the end of the file."""
    if text.endswith(("\n", "\r")):
        return False
    first = int(where.split()[1].split("-")[0])
    at = 0
    for _ in range(first - 1):
        at = text.find("\n", at) + 1
        if not at:
            return False
    return text.count('"', at) % 2 == 1


def _line_count(text: str) -> int:
    return text.count("\n") + (0 if text.endswith("\n") else 1)


def _unique_names(names: list[str]) -> list[str]:
    """Header names made unique as pandas does (``a``, ``a.1``), a made name never one the header already gave
    (``a, a.1, a`` → ``a, a.1, a.2``, as pandas reads it; also a workbook's header, ``office.read_xlsx``)."""
    next_suffix: dict[str, int] = {}  # the suffixes below it are taken: each name's search goes on from there
    taken: set[str] = set()
    out = []
    for name in names:
        n = next_suffix.get(name, 0)
        made = f"{name}.{n}" if n else name
        while made in taken:
            n += 1
            made = f"{name}.{n}"
        next_suffix[name] = n + 1
        taken.add(made)
        out.append(made)
    return out


def _name(column) -> str:
    """A column name as aliases are written: no case, no spaces around it, no Arabic article."""
    return _ARTICLE.sub("", str(column).strip().strip("\ufeff").strip().lower())


def _pick(columns, key) -> list:
    """The columns of a kind, the likeliest first: an alias (in alias order), then the fields of a nested object
    named by one (``text.ar``; Arabic and body-like parts first)."""
    names = {}
    for c in columns:
        names.setdefault(_name(c), c)
    exact = [names[a] for a in COLUMN_ALIASES[key] if a in names]
    nested = []
    for alias in COLUMN_ALIASES[key]:
        parts = [c for c in columns if "." in str(c) and _name(str(c).split(".", 1)[0]) == alias]
        parts.sort(key=lambda c: next((i for i, p in enumerate(_CHILDREN) if str(c).split(".", 1)[1].lower() == p),
                                      len(_CHILDREN)))
        nested.extend(parts)
    return exact + [c for c in nested if c not in exact]


# Unix time a news date can be: 1990-01-01 to 2035-12-31 (seconds; milliseconds are 1000 times these)
_EPOCH_RANGE = (631_152_000, 2_082_758_400)
_EPOCH_NUMBER = re.compile(r"^\d{9,13}(?:\.\d+)?$")
# A date and hour written as one number (2018031512: 15 March 2018, 12:00) is a Unix time in seconds too, of 2033 or
# 2034 for every year 1990-2035: a column of them only is no Unix time (review40; it stays reported, as before)
_DATE_HOUR = re.compile(r"^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])(?:\.0+)?$")


def _epoch_unit(source: Source, column, values: list[str | None]) -> str | None:
    """``"s"`` or ``"ms"`` when every value of a date column is a Unix time of that unit within 1990-2035 (decided
    for the column, never row by row: 1709280000 alone could be either), with a note saying so; else ``None``."""
    values = [v for v in values if v is not None]
    if not values or not all(_EPOCH_NUMBER.match(v) for v in values) or all(_DATE_HOUR.match(v) for v in values):
        return None
    numbers = [float(v) for v in values]
    low, high = _EPOCH_RANGE
    for unit, scale in (("s", 1), ("ms", 1000)):
        if all(low * scale <= n < high * scale for n in numbers):
            first = pd.Timestamp(min(numbers) / scale, unit="s").date()
            last = pd.Timestamp(max(numbers) / scale, unit="s").date()
            source.note(f"column {column!r} read as Unix time in {'seconds' if unit == 's' else 'milliseconds'} "
                        f"(UTC days, {first} to {last})")
            return unit
    return None


def _epoch(value: str | None, unit: str) -> pd.Timestamp | None:
    return None if value is None else pd.Timestamp(float(value) / (1000 if unit == "ms" else 1), unit="s").normalize()


# (robust45) exports whose texts a person typed (a message, a post, a tweet): "<script>" in them is what was written,
# never markup (a table's cell of HTML is read as its text: html.markup_text)
_TYPED_FORMATS = frozenset(("x-archive", "telegram", "facebook", "instagram", "tiktok", "whatsapp"))


def _records(source: Source, columns: list, rows: Iterable[tuple[str, int, dict]],
             table: pd.DataFrame | None = None) -> list[Record]:
    """Documents of the rows: ``(where, number, values)``, ``where`` naming the row in warnings and
    ``number`` its place among the file's data rows (``file#number`` is the id of a row without one); ``table``
    is the frame the rows come from, when they come from one (its date columns are read from it, the rows are
    not held twice)."""
    cols = {key: _pick(columns, key) for key in COLUMN_ALIASES}
    if not cols["title"] and not cols["text"]:
        raise DecodeError(f"table has no title or text column (columns: {', '.join(map(str, columns[:12]))})")
    records, empty, letterless = [], 0, 0
    markup = TABLE_MARKUP[0] if TABLE_MARKUP and source.format not in _TYPED_FORMATS else None
    first: dict[tuple, str] = {}  # (title, text) -> the row that had it first
    if table is None:
        rows = list(rows)
    units = {c: _epoch_unit(source, c, [clean(v) for v in table[c]] if table is not None
                            else [clean(values.get(c)) for _, _, values in rows]) for c in cols["published"]}
    epoch = {c for c, unit in units.items() if unit}
    for where, number, values in rows:
        def get(key, values=values):
            return next((v for v in (clean(values.get(c)) for c in cols[key]) if v is not None), None)

        title, body = get("title"), get("text")
        if markup and title and "<" in title:  # (robust45) a scraper's HTML: its text, not its tags
            title = markup(title, one_line=True, escaped=False) or None  # an escaped title's tags are its words
        if markup and body and ("<" in body or "&" in body):
            body = markup(body) or None
        segments = []
        if title:
            segments.append({"section": "title", "text": " ".join(title.split())})
        for para in (body or "").replace("\r", "\n").split("\n"):
            if para.strip():
                segments.append({"section": "paragraph", "text": para.strip()})
        if not segments:
            empty += 1
            continue
        if not any(has_letters(s["text"]) for s in segments):
            letterless += 1
            continue
        key = (title, body)
        if key in first:  # a scrape that saved the same article twice: counted once
            source.warn(where, f"same title and text as {first[key]}; counted once")
            continue
        first[key] = where
        try:
            column = next((c for c in cols["published"] if clean(values.get(c)) is not None), None) if epoch else None
            published = _epoch(clean(values.get(column)), units[column]) if column in epoch else parse_date(get("published"))
        except BadValue as exc:
            column = next(c for c in cols["published"] if clean(values.get(c)) is not None)
            source.warn(where, f"{exc} in column {column!r}; row kept undated")
            published = None
        records.append(({
            "doc_id": str(get("doc_id") or f"{source.doc_id}#{number}"), "path": str(source.path), "source": get("source"),
            "url": get("url"), "published": published, "title": title, "format": source.format,
            "category": get("category"),
        }, segments))
    if empty:
        source.note(f"{empty} rows without title or text skipped")
    if letterless:
        source.note(f"{letterless} rows with no letter (only marks, digits or punctuation) skipped as no text")
    return records
