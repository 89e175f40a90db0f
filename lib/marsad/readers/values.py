"""Parse the values of a record (dates) without ever losing the record for a bad value.

A date that cannot be a date (``2024-02-31``) raises :class:`BadValue` with a
reason; the reader keeps the record undated and reports the value.
"""
from __future__ import annotations

import email.utils
import functools
import re

import pandas as pd

__all__ = ["BadValue", "parse_date", "arabic_date", "foreign_date", "ant_date", "clean", "has_letters", "list_text"]

_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})")
_DOCNO_DATE = re.compile(r"-(\d{8})$")
# A date with an Arabic month name: the month names of every naming system (Egyptian/Gulf, Levantine/Iraqi, often
# both: "آذار/مارس", and the Maghreb's) are the date tagger's (``marsad.dates.lexicon.MONTHS``, data/timex/lexicon.yaml),
# matched on text normalised as everywhere else (``marsad.lang.text.normalize``: hamza forms, diacritics, Eastern digits).


@functools.lru_cache(maxsize=1)
def _arabic_dmy() -> re.Pattern:
    """Day, month name(s), year in normalised text: "1 مارس 2024", "الجمعة، 1 آذار/مارس 2024 - 10:00", "١ مارس ٢٠٢٤"."""
    from marsad.dates.lexicon import MONTHS

    name = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
    return re.compile(rf"(?<!\d)(\d{{1,2}})\s+({name})(?:\s*[/(-]\s*(?:{name})\)?)?\s*[,،]?\s+(\d{{4}})(?!\d)")


@functools.lru_cache(maxsize=1)
def _arabic_mdy() -> re.Pattern:
    """(robust46) Month name, day, year in normalised text, as Facebook's export in Arabic writes a post's time
    ("مارس 01, 2024 10:00:00 م": its English form "Mar 01, 2024" with the month's name in Arabic)."""
    from marsad.dates.lexicon import MONTHS

    name = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
    return re.compile(rf"(?<!\w)({name})\s+(\d{{1,2}})\s*[,،]?\s+(\d{{4}})(?!\d)")


@functools.lru_cache(maxsize=1)
def _foreign_months() -> tuple[dict[str, int], re.Pattern, re.Pattern]:
    """(robust46) The month names of ``data/readers/months.txt`` (lower-cased) and the day-month-year and
    month-day-year patterns written with them: "1 mars 2024 à 22:00", "vendredi 1 mars 2024", "1 de marzo de 2024",
    "1. März 2024", "mars 01, 2024 10:00:00 PM", "févr. 15, 2024"."""
    from marsad.resources import data_path

    months: dict[str, int] = {}
    for line in data_path("readers", "months.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith(("#", "[")):
            continue
        number, *names = line.lower().split()
        for name in names:
            if months.setdefault(name, int(number)) != int(number):
                raise ValueError(f"months.txt: {name!r} names two months")
    name = "|".join(sorted((re.escape(m) for m in months), key=len, reverse=True))
    # (review47) the first of a month is "1er" in French ("1ᵉʳ" set as superscript), "1º"/"1°" in Portuguese and Spanish
    dmy = re.compile(rf"(?<!\d)(\d{{1,2}})(?:(?<!\d\d)(?<=1)(?:er|ᵉʳ|[º°]))?\.?\s+(?:de\s+)?({name})(?!\w)\.?\s*,?\s+(?:de\s+|del\s+)?(\d{{4}})(?!\d)")
    mdy = re.compile(rf"(?<!\w)({name})(?!\w)\.?\s+(\d{{1,2}})\s*,?\s+(\d{{4}})(?!\d)")
    return months, dmy, mdy


def foreign_date(value: str) -> pd.Timestamp | None:
    """(robust46) A date written with a month name in French, Spanish, Portuguese, German, Italian or Turkish
    (``data/readers/months.txt``), day first or month first, or None (an impossible day too: the caller says the
    value is unreadable)."""
    months, dmy, mdy = _foreign_months()
    # (review47) Turkish capitals: "İ".lower() is "i" and a combining dot above ("NİSAN", "EKİM" were unreadable)
    return _named_month_date(" ".join(value.lower().replace("i\u0307", "i").split()), dmy, mdy, months)


def _named_month_date(text: str, dmy: re.Pattern, mdy: re.Pattern, months: dict[str, int]) -> pd.Timestamp | None:
    """The date of the first day-month-year match (``dmy``: day, month name, year), else of the first month-day-year
    one (``mdy``), the month's number from ``months``; None when neither matches or the day is impossible.
    :func:`arabic_date` and :func:`foreign_date` differ only in their patterns and month names."""
    if m := dmy.search(text):
        day, month, year = m[1], m[2], m[3]
    elif m := mdy.search(text):
        month, day, year = m[1], m[2], m[3]
    else:
        return None
    try:
        return pd.Timestamp(int(year), months[month], int(day))
    except ValueError:
        return None


class BadValue(ValueError):
    """A value that looks like a date (or a number) but is not a valid one; the message says why."""


def ant_date(raw: str | None, docno: str | None = None) -> pd.Timestamp | None:
    """Date of an ANT ``<TIME>`` (ISO, D/M/YYYY or RFC 2822), else the date in its DOCNO (``…-YYYYMMDD``).

    Raises:
        BadValue: an ISO date with an impossible day or month (the DOCNO is not consulted then).
    """
    raw = (raw or "").strip()
    if raw:
        if m := _ISO.match(raw):
            try:
                return pd.Timestamp(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                raise BadValue(f"impossible date {raw[:10]!r}") from None
        if m := _DMY.match(raw):
            try:
                return pd.Timestamp(int(m[3]), int(m[2]), int(m[1]))
            except ValueError:
                pass
        try:
            return pd.Timestamp(email.utils.parsedate_to_datetime(raw).date())
        except (TypeError, ValueError, IndexError):
            pass
    m = _DOCNO_DATE.search(docno or "")
    if m and m[1] != "00000000":
        for fmt in ("%Y%m%d", "%d%m%Y"):
            try:
                return pd.Timestamp(pd.to_datetime(m[1], format=fmt))
            except ValueError:
                continue
    return None


def parse_date(value: str | None) -> pd.Timestamp | None:
    """Date of a table cell: the ANT forms, else pandas (day first), else a month named in Arabic
    (:func:`arabic_date`) or in French, Spanish, Portuguese, German, Italian or Turkish (:func:`foreign_date`);
    ``None`` when empty.

    Raises:
        BadValue: the cell is not empty and holds no valid date.
    """
    if not value:
        return None
    ts = ant_date(value, None)
    if ts is not None:
        return ts
    parsed = pd.to_datetime(value, errors="coerce", dayfirst=True)
    if pd.isna(parsed):
        parsed = arabic_date(value)
    if parsed is None:
        parsed = foreign_date(value)
    if parsed is None or pd.isna(parsed):
        raise BadValue(f"unreadable date {value[:40]!r}")
    if getattr(parsed, "tzinfo", None) is not None:
        parsed = parsed.tz_convert(None)
    return parsed.normalize()


def arabic_date(value: str) -> pd.Timestamp | None:
    """A date written with an Arabic month name (``1 مارس 2024``, ``الجمعة 1 آذار/مارس 2024``, Eastern digits; month
    first as Facebook's export writes it, ``مارس 01, 2024 10:00:00 م``), or
    None. An impossible day (``31 نيسان 2024``) is None: the caller says the value is unreadable."""
    from marsad.dates.lexicon import MONTHS
    from marsad.lang.text import normalize

    # (robust46) month first too: Facebook's export in Arabic
    return _named_month_date(" ".join(normalize(value).split()), _arabic_dmy(), _arabic_mdy(), MONTHS)


def clean(value) -> str | None:
    """A cell as stripped text, ``None`` when missing or blank. A JSON list is its text, never its Python form
    (robust41: a Telegram export's ``"text": ["…", {"type": "bold", "text": "عاجل"}]`` came out as
    ``[{'type': 'bold', …}]``): see :func:`list_text`."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    if isinstance(value, (list, tuple)) or type(value).__name__ == "ndarray":
        value = list_text(list(value))
    value = str(value).strip()
    return value or None


def list_text(items: list) -> str:
    """The text of a list cell: rich-text pieces (a list holding objects with a ``text``, as Telegram and many
    editors write formatted text) joined as one text; a list of strings only (paragraphs, tags) one a line. Items
    that are neither text nor hold one (numbers, links without text) are left out."""
    rich = any(isinstance(x, dict) for x in items)
    parts = []
    for x in items:
        if isinstance(x, dict):
            x = x.get("text")
        if isinstance(x, (list, tuple)):
            x = list_text(list(x))
        if isinstance(x, str):
            parts.append(x)
    return ("" if rich else "\n").join(parts)


def has_letters(text: str) -> bool:
    """Whether a text has a letter (Arabic, Latin, any script): tatweel (a letter to Unicode), diacritics,
    zero-width characters, digits and punctuation are not letters; a text of only those is no text."""
    return any(c.isalpha() and c != "\u0640" for c in text)
