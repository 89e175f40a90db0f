"""Check and normalise notebook parameters before anything runs.

Each known parameter name has a kind (a date, a country, a list of countries, a
choice, a count...). :func:`validate_parameters` turns what a user typed on the
command line or in a notebook into the value a notebook expects, or raises a
:class:`ParameterError` whose one-line message names the accepted values.
Countries are accepted by ISO code (``VN``, ``VNM``), English name (``Vietnam``)
or Arabic name (``فيتنام``), resolved through the knowledge base.

A domain notebook with a parameter of a known kind gets it checked by adding its
name to :data:`PARAMETER_KINDS`; a name not listed is passed through as it is.
"""
from __future__ import annotations

import datetime as dt
import difflib
import json
import math
import re
from functools import lru_cache

__all__ = ["ParameterError", "PARAMETER_KINDS", "validate_parameter", "validate_parameters", "resolve_country",
           "parse_cli_value"]

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_QID = re.compile(r"^Q\d+$")
ENTITY_TYPES = ("person", "country", "org")


class ParameterError(ValueError):
    """A parameter value a notebook cannot use; the message says what is accepted."""


def parse_cli_value(value: str):
    """Read a ``-p`` value as JSON when it parses (numbers, true/false, lists), else keep the string."""
    try:
        return json.loads(value)
    except ValueError:
        return value


# --------------------------------------------------------------------------- countries

@lru_cache(maxsize=1)
def _country_index() -> tuple[dict, list[str]]:
    """Map every spelling of a country (ISO2/ISO3, English, Arabic, KB names and aliases) to its code."""
    from marsad.lang.text import normalize
    from marsad.mentions.kb import load_kb

    kb = load_kb()
    index: dict[str, str] = {}
    shown: list[str] = []
    for row in kb.countries.itertuples(index=False):
        code = str(row.id)
        for key in (code, str(row.iso3 or "")):
            if key and key != "nan":
                index.setdefault(key.upper(), code)
        if isinstance(row.label_en, str) and row.label_en:
            index.setdefault(row.label_en.casefold(), code)
            shown.append(row.label_en)
        if isinstance(row.label_ar, str) and row.label_ar:
            index.setdefault(normalize(row.label_ar), code)
    countries = set(kb.countries["id"].astype(str))
    for name, code in _english_names(countries):
        index.setdefault(name.casefold(), code)
    pats = kb.patterns
    names = pats[pats["form"].isin(["name", "alias"]) & pats["id"].isin(countries)]
    for pattern, code in zip(names["pattern"].astype(str), names["id"].astype(str)):
        index.setdefault(normalize(pattern), code)
    return index, shown


def _english_names(countries: set[str]) -> list[tuple[str, str]]:
    """English names a user may type for the knowledge base's countries, after its own labels.

    CLDR's English territory names through babel ("Czechia"; "Myanmar (Burma)" also as "Burma"), then
    ``data/kb/country_names_en.csv``: short forms and former names CLDR keeps as variants or people still use
    ("Turkey", "UK", "UAE", "Czech Republic"), each with its source.
    """
    import csv

    from marsad.resources import data_path

    pairs: list[tuple[str, str]] = []
    try:
        from babel import Locale
        territories = Locale("en").territories
    except Exception:  # babel missing or without CLDR data: the knowledge base's labels and the list below remain
        territories = {}
    for code, name in territories.items():
        if code in countries:
            pairs.append((name, code))
            outer, _, inner = name.partition(" (")
            if inner.endswith(")"):
                pairs += [(outer, code), (inner[:-1], code)]
    with open(data_path("kb", "country_names_en.csv"), encoding="utf-8", newline="") as handle:
        pairs += [(row["name"], row["code"]) for row in csv.DictReader(handle) if row["code"] in countries]
    return pairs


def resolve_country(value: str, *, parameter: str = "country") -> str:
    """Return the ISO 3166-1 alpha-2 code of a country given by code, English or Arabic name.

    Raises:
        ParameterError: no country has that code or name (close English names are suggested).
    """
    from marsad.lang.text import normalize

    text = str(value).strip()
    index, shown = _country_index()
    for key in (text.upper(), text.casefold(), normalize(text)):
        if key in index:
            return index[key]
    close = difflib.get_close_matches(text, shown, n=3, cutoff=0.75)
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    raise ParameterError(f"{parameter}: unknown country {text!r}{hint}; give an ISO code (VN), "
                         "an English name (Vietnam) or an Arabic name (فيتنام)")


def _split_list(value, parameter: str) -> list:
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            try:
                value = json.loads(text)
            except ValueError:
                raise ParameterError(f"{parameter}: cannot read {text!r} as a list; write it as '[\"KP\", \"VN\"]'"
                                     " or KP,VN") from None
        else:
            return [v.strip() for v in re.split(r"[,،]", text) if v.strip()]
    if isinstance(value, (list, tuple)):
        return list(value)
    raise ParameterError(f"{parameter}: expected a list, got {value!r}")


def _country(value, parameter):
    if not isinstance(value, str) or not value.strip():
        raise ParameterError(f"{parameter}: expected one country (ISO code, English or Arabic name), got {value!r}")
    return resolve_country(value, parameter=parameter)


def _countries(value, parameter):
    return list(dict.fromkeys(_country(v, parameter) for v in _split_list(value, parameter)))


@lru_cache(maxsize=1)
def _people_index() -> dict:
    """Map a person's English name (full, or a surname no one else has), Arabic names and aliases to the id."""
    from marsad.lang.text import normalize
    from marsad.mentions.kb import load_kb

    kb = load_kb()
    index: dict[str, str] = {}
    surnames: dict[str, set] = {}
    for row in kb.people.itertuples(index=False):
        pid = str(row.id)
        if isinstance(row.label_en, str) and row.label_en:
            index.setdefault(row.label_en.casefold(), pid)
            surnames.setdefault(row.label_en.split()[-1].casefold(), set()).add(pid)
        forms = [row.label_ar] + [f for cell in (row.names, row.aliases) if isinstance(cell, str) for f in cell.split("|")]
        for form in forms:
            if isinstance(form, str) and form.strip():
                index.setdefault(normalize(form.strip()), pid)
    for surname, ids in surnames.items():
        if len(ids) == 1:
            index.setdefault(surname, next(iter(ids)))
    return index


def _entity(value, parameter):
    """A country or a person: an ISO code or country name, a Wikidata id (Q7747) or a person's name."""
    from marsad.lang.text import normalize

    text = str(value).strip()
    if _QID.match(text) or text.startswith("person:"):
        return text
    try:
        return resolve_country(text, parameter=parameter)
    except ParameterError:
        key = text.casefold() if text.isascii() else normalize(text)
        found = _people_index().get(key)
        if found:
            return found
    raise ParameterError(f"{parameter}: unknown entity {text!r}; give a country (VN, Vietnam, فيتنام), "
                         "a Wikidata id (Q7747) or a person's name the knowledge base knows (Putin, بوتين)")


def _entities(value, parameter):
    return list(dict.fromkeys(_entity(v, parameter) for v in _split_list(value, parameter)))


# --------------------------------------------------------------------------- scalars

def _date(value, parameter):
    text = "" if value is None else str(value).strip()
    if text == "":
        return ""
    if not _ISO_DATE.match(text):
        raise ParameterError(f"{parameter}: {text!r} is not a date; write YYYY-MM-DD (e.g. 2024-09-01) or leave it empty")
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        raise ParameterError(f"{parameter}: {text} is not a day of the calendar; write YYYY-MM-DD") from None
    return text


def _count(value, parameter):
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ParameterError(f"{parameter}: expected a whole number of 1 or more, got {value!r}")
    try:
        number = float(value)
    except ValueError:
        raise ParameterError(f"{parameter}: expected a whole number of 1 or more, got {value!r}") from None
    if not math.isfinite(number) or number != int(number) or number < 1:
        raise ParameterError(f"{parameter}: expected a whole number of 1 or more, got {value!r}")
    return int(number)


def _probability(value, parameter):
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = math.nan
    if isinstance(value, bool) or not (0.0 <= number <= 1.0):
        raise ParameterError(f"{parameter}: expected a number from 0 to 1 (e.g. 0.5), got {value!r}")
    return number


_TRUE = {"true", "yes", "1", "on"}
_FALSE = {"false", "no", "0", "off"}


def _flag(value, parameter):
    if isinstance(value, bool):
        return value
    text = str(value).strip().casefold()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ParameterError(f"{parameter}: expected true or false, got {value!r}")


def _choice(*allowed):
    def check(value, parameter):
        if value not in allowed:
            raise ParameterError(f"{parameter}: {value!r} is not one of the accepted values: {', '.join(allowed)}")
        return value
    return check


def _subset(*allowed):
    def check(value, parameter):
        values = _split_list(value, parameter)
        wrong = [v for v in values if v not in allowed]
        if wrong or not values:
            raise ParameterError(f"{parameter}: {', '.join(map(repr, wrong)) or 'an empty list'} is not accepted; "
                                 f"choose among {', '.join(allowed)}")
        return list(dict.fromkeys(values))
    return check


def _text(value, parameter):
    if not isinstance(value, str):
        raise ParameterError(f"{parameter}: expected text (a path or a name), got {value!r}")
    return value


# Parameter name -> check: (value, name) -> normalised value, raising ParameterError.
PARAMETER_KINDS = {
    "corpus": _text,
    "tables": _text,
    "output_dir": _text,
    "taxonomy_file": _text,
    "capture_date": _date,
    "date_from": _date,
    "date_to": _date,
    "focus": _country,
    "partners": _countries,
    "focus_entities": _entities,
    "kwic_entity": _entity,
    "entity_types": _subset(*ENTITY_TYPES),
    "color": _choice("cameo", "goldstein"),
    "top_n": _count,
    "max_rows": _count,
    "min_confidence": _probability,
    "deduplicate": _flag,
    "count_demonyms": _flag,
    "count_capitals": _flag,
    "show_hypothetical": _flag,
    "history_years": _count,
}


def validate_parameter(name: str, value):
    """Return ``value`` checked and normalised for parameter ``name`` (unknown names pass through)."""
    check = PARAMETER_KINDS.get(name)
    return value if check is None else check(value, name)


def validate_parameters(values: dict) -> dict:
    """Check every parameter; return the normalised values (ISO codes for countries, ints for counts)."""
    out = {name: validate_parameter(name, value) for name, value in values.items()}
    if out.get("date_from") and out.get("date_to") and out["date_from"] > out["date_to"]:
        raise ParameterError(f"date_from {out['date_from']} is after date_to {out['date_to']}")
    return out
