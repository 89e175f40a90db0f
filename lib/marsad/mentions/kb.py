"""The entity knowledge base: countries and people with their Arabic forms.

Two kinds of files live under ``data/kb/``:

* **Generated** by ``python -m marsad.training build kb [--datasets DIR]`` from the shared
  gazetteers: ``countries.csv`` (one row per country, ODbL because it is derived
  from mledoze/countries) and ``country_patterns.csv`` (every Arabic surface
  form: names, demonym/adjective forms, capitals), plus ``people_arwikicats.csv``
  (multi-word person names from ArWikiCats, MIT).
* **Curated** by hand and read by both the build and the loader:
  ``curated_countries.csv`` (historical/disputed entities and label fixes),
  ``curated_country_forms.csv`` (forms the sources miss or get wrong, forms to
  drop, ambiguous forms and stop phrases), ``people.csv`` (public figures with
  Wikidata QIDs and Maghrebi/Mashreqi spellings) and ``organizations.csv``.

:func:`load_kb` turns all of it into one pattern table with the columns of
spaCy's EntityRuler (``id``, ``label``, ``pattern``) plus ``form`` and
``coref``. Users add people by editing ``people.csv`` (see data/kb/README.md)
or by passing extra CSV files of the same shape.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from marsad.lang.text import normalize
from marsad.resources import data_path

__all__ = [
    "KB",
    "load_kb",
    "people_patterns",
    "slugify",
    "demonym_forms",
    "KB_DIR",
    "STOP_ID",
]

log = logging.getLogger(__name__)

KB_DIR = data_path("kb")
# A pattern whose id is STOP_ID is a stop phrase: it wins by length like any
# pattern (so "صلاة المغرب" swallows "المغرب") and produces no mention.
STOP_ID = "-"
# Ids joined by "|" mark an ambiguous form (كوريا: KP or KR); the matcher
# resolves it from the rest of the document.
AMBIGUOUS_SEP = "|"

PEOPLE_COLUMNS = ["id", "label_en", "label_ar", "group", "names", "aliases", "partials"]
PATTERN_COLUMNS = ["id", "label", "pattern", "form", "coref", "source"]
COUNTRY_COLUMNS = ["id", "iso3", "label_en", "label_ar", "capital_en", "capital_ar", "status", "sources"]

# Tokens that never become doc-level partial names (coreference): particles,
# name connectors and first names so frequent that a bare one says nothing.
_PARTIAL_STOP = frozenset(
    normalize(w)
    for w in (
        "بن ابن بنت أبو أبي أم آل ال عبد الله الدين دي دا دو فون فان لا لو إل الـ سان "
        "محمد أحمد محمود علي حسن حسين عمر مولاي سيدي جون جونغ أون اون كم "
        # (and the preposition أمام, 'in front of', which normalisation makes إمام, Adel Emam's surname: a related-
        # article line of the lead's session-26 reader, أمام نقص الأدوية، was a mention of him; his partial is
        # written in people.csv as إمام and stands where the text spells it so)
        "أمام"
    ).split()
)
# a hand-written partial whose normalised form is a stop token but whose spelling is no stop word's (آبي, Shinzo Abe,
# normalised as أبي 'father of'): a partial, matched only where the text spells it so (see
# :func:`spelt_stop_partial`)
_STOP_WORDS_WRITTEN = frozenset(
    "بن ابن بنت أبو أبي ابو ابي أم ام آل ال عبد الله الدين".split())
# the first half of a compound theophoric name (عبد العزيز، عبد الرحمن)
_SERVANT = frozenset(normalize(w) for w in "عبد".split())
# particles of European surnames written as a word of their own (لو مير = Le Maire, دي مايو, فان دير)
SURNAME_PARTICLES = frozenset(normalize(w) for w in "لو لا دي دو دى دا ديل ديلا فان فون دير در دن".split())
# two-letter pronouns and particles: never a short East Asian family name partial
_SHORT_FUNCTION_WORDS = frozenset(normalize(w) for w in "لي هو هي ما لا من في عن لم لن قد أن إن أو كي يا إذ بل ثم".split())
# ordinals of regnal names (البابا فرنسيس الأول، عبد الله الثاني) are not partial names either
_ORDINALS = frozenset(normalize(w) for w in "الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر".split())
_WS = re.compile(r"\s+")
_SLUG_DROP = re.compile(r"[^0-9a-z\u0621-\u064a]+")
_LATIN_FOLD = str.maketrans("àáâäãåçèéêëìíîïñòóôöõùúûüýÿšžčćğışłø", "aaaaaaceeeeiiiinooooouuuuyyszccgislo")


@dataclass(frozen=True)
class KB:
    """The loaded knowledge base.

    Attributes:
        countries: one row per country (``id`` = ISO 3166-1 alpha-2 or a
            historical code such as ``SU``), English/Arabic labels, capital.
        people: one row per person (``id`` = Wikidata QID or ``person:<slug>``).
        organizations: one row per organisation (same columns as people).
        patterns: every surface form, columns ``id, label, pattern, form,
            coref, source`` (``coref`` rows only count after the full name
            appears in the same document).
    """

    countries: pd.DataFrame
    people: pd.DataFrame
    organizations: pd.DataFrame
    patterns: pd.DataFrame

    def labels(self) -> pd.DataFrame:
        """Return ``id, entity_type, label_en, label_ar`` for every entity."""
        parts = [
            self.countries.assign(entity_type="country")[["id", "entity_type", "label_en", "label_ar"]],
            self.people.assign(entity_type="person")[["id", "entity_type", "label_en", "label_ar"]],
            self.organizations.assign(entity_type="org")[["id", "entity_type", "label_en", "label_ar"]],
        ]
        return pd.concat(parts, ignore_index=True).drop_duplicates("id")


@lru_cache(maxsize=1)
def _titles() -> frozenset:
    """Title and role words (``person_titles.txt``) and ordinals: never partial names."""
    path = KB_DIR / "person_titles.txt"
    words = path.read_text("utf-8").splitlines() if path.exists() else []
    return frozenset(normalize(w.strip()) for w in words if w.strip() and not w.startswith("#")) | _ORDINALS


def raw_word_list(name: str) -> frozenset:
    """The words of a data file of this folder as written (not normalised; ``#`` lines are comments)."""
    path = KB_DIR / name
    lines = path.read_text("utf-8").splitlines() if path.exists() else []
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def word_list(name: str) -> frozenset:
    """The words of a data file of this folder, normalised."""
    return frozenset(normalize(w) for w in raw_word_list(name))


def slugify(name: str) -> str:
    """Return a stable ASCII/Arabic slug of a name (normalised, hyphenated)."""
    text = normalize(str(name)).lower().translate(_LATIN_FOLD)
    return _SLUG_DROP.sub("-", text).strip("-")


def _split(cell) -> list[str]:
    if cell is None or (isinstance(cell, float) and pd.isna(cell)) or cell is pd.NA:
        return []
    return [p.strip() for p in str(cell).split("|") if p.strip()]


def demonym_forms(masc: str, *, broken_plurals: tuple[str, ...] = ()) -> list[str]:
    """Generate the adjective/demonym forms of a nisba adjective.

    ``روسي`` gives روسي، روسية، روسيون، روسيين، روسيات، روسيا (accusative
    tanwin, written with alef) and the same with ال; broken plurals
    (روس، مغاربة) are added with and without ال.

    Args:
        masc: masculine singular without ال (e.g. ``"روسي"``).
        broken_plurals: irregular plurals from the source.

    Returns:
        The forms, original spelling (not normalised), without duplicates.
    """
    masc = masc.strip()
    if masc.startswith("ال"):
        masc = masc[2:]
    bare = [masc, masc + "ة", masc + "ون", masc + "ين", masc + "ات", masc + "ان", masc + "تان"]
    if masc.endswith("ي"):
        bare.append(masc + "ا")  # مغربياً after dediacritisation
    bare += [p[2:] if p.startswith("ال") else p for p in broken_plurals]
    forms = []
    for b in bare:
        for f in (b, "ال" + b):
            if f not in forms:
                forms.append(f)
    # the accusative form never takes ال
    return [f for f in forms if not (f.startswith("ال") and f.endswith("يا") and f[2:] == masc + "ا")]


# ---------------------------------------------------------------- loading


def _read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, comment=None)


_COMPOUND_SPACED = re.compile(r"(?<!\S)(عبد|أبو|ابو) (?=ال\S)")
_COMPOUND_JOINED = re.compile(r"(?<!\S)(عبد|أبو|ابو)(?=ال\S)")


def compound_spellings(name: str) -> list[str]:
    """A name and its other spelling of compound names: عبد العزيز / عبدالعزيز, أبو الفضل / أبوالفضل.

    News writes both (الملك سلمان بن عبدالعزيز, سلمان بن عبد العزيز in the knowledge base); only
    compounds whose second part starts with ال are respelled (عبده stays one name).
    """
    out = [name]
    for v in (_COMPOUND_SPACED.sub(r"\1", name), _COMPOUND_JOINED.sub(r"\1 ", name)):
        if v not in out:
            out.append(v)
    return out


def people_patterns(people: pd.DataFrame, *, label: str = "person", source: str = "people",
                    derive_partials: bool = True, country_words: frozenset = frozenset()) -> pd.DataFrame:
    """Turn people rows (``names``/``aliases``/``partials``) into pattern rows.

    ``names`` (full names) and ``aliases`` (short forms safe on their own,
    e.g. بوتين) always count; ``partials`` count only where the full name
    appears in the same document. When ``partials`` is empty, the first and
    last words of each full name serve (unless in a stop list of particles and
    very common first names).

    Args:
        people: rows with at least ``id`` and ``names``.
        label: entity type of the rows.
        source: value of the ``source`` column.
        derive_partials: derive first/last-word partials when ``partials`` is
            empty (off for the bulk ArWikiCats names, whose last words are
            often common words: محمد عبد السلام).
        country_words: normalised country names and demonyms: never a derived partial (العاهل المغربي
            محمد السادس gives no partial المغربي, which would make "الجمهور المغربي" the king).

    Returns:
        Pattern rows (``id, label, pattern, form, coref, source``).
    """
    rows = []
    for rec in people.to_dict("records"):
        pid = rec["id"].strip()
        if not pid:
            continue
        # label_ar is the display label; it is a pattern only when no names
        # are given (مولاي الحسن alone is a stadium's name in the ticker)
        names = _split(rec.get("names")) or _split(rec.get("label_ar"))
        for n in names:
            for v in compound_spellings(n):
                rows.append((pid, label, v, "name", False, source))
        for a in _split(rec.get("aliases")):
            for v in compound_spellings(a):
                rows.append((pid, label, v, "alias", False, source))
        partials = _split(rec.get("partials"))
        if not partials and label == "person" and derive_partials:
            titles = _titles()
            for n in names:
                # titles are not names: الأمير محمد بن سلمان gives محمد … سلمان, not الأمير
                toks = [t for t in n.split() if normalize(t) not in titles]
                if len(toks) > 2 and normalize(toks[-2]) in SURNAME_PARTICLES:
                    # a surname with a particle (برونو لو مير … لو مير) is the last two words
                    partials += [toks[0], " ".join(toks[-2:])]
                elif len(toks) > 1 and normalize(toks[-2]) in _SERVANT:
                    # the second half of a compound name (سلمان بن عبد العزيز … العزيز) is an adjective alone
                    # (للأخ العزيز, 'to the dear brother'): no last-word partial
                    partials += [toks[0]]
                elif len(toks) > 1:
                    partials += [toks[0], toks[-1]]
            partials = [p for p in partials if normalize(p) not in country_words]
        # an East Asian name puts a family name first, often of two letters (شي جين بينغ … شي): the
        # first of three short words (none with ال) is a partial even when short, unless it is a
        # two-letter function word (لي is "to me": لي جاي ميونغ keeps no short partial)
        short_family = {toks[0] for toks in (n.split() for n in names) if len(toks) == 3
                        and all(len(t) <= 5 and not t.startswith("ال") for t in toks)
                        and normalize(toks[0]) not in _SHORT_FUNCTION_WORDS}
        written = frozenset(_split(rec.get("partials")))
        for p in dict.fromkeys(partials):
            if normalize(p) in _PARTIAL_STOP and not (p in written and p not in _STOP_WORDS_WRITTEN):
                continue
            if normalize(p) in _titles() or (
                    len(normalize(p)) < 3 and not (len(normalize(p)) == 2 and p in short_family)):
                continue
            rows.append((pid, label, p, "alias", True, source))
    return pd.DataFrame(rows, columns=PATTERN_COLUMNS)


def spelt_stop_partial(surface: str) -> bool:
    """Whether a partial-name hit may stand: its normalised form is no stop token (:data:`_PARTIAL_STOP`), or the
    text spells it as a hand-written partial of the knowledge base that is no stop word (آبي, not أبي or ابي: 'father
    of', 'my father')."""
    norm = normalize(surface)
    if norm not in _PARTIAL_STOP:
        return True
    return any(surface.endswith(w) for w in _spelt_stop_partials().get(norm, ()))


@lru_cache(maxsize=1)
def _spelt_stop_partials() -> dict:
    """Normalised form -> the written hand-written partials of the knowledge base kept though their form is a stop token."""
    out: dict = {}
    for cell in load_kb().people["partials"]:
        for p in _split(cell):
            if normalize(p) in _PARTIAL_STOP and p not in _STOP_WORDS_WRITTEN:
                out.setdefault(normalize(p), set()).add(p)
    return {k: tuple(v) for k, v in out.items()}


def agency_stop_phrases(agencies: pd.DataFrame) -> pd.DataFrame:
    """Stop phrases for news agencies whose own name holds a country word (``news_agencies.csv``).

    وكالة الأنباء الفرنسية is AFP and وكالة أنباء الصين الجديدة is Xinhua: the agency, not France or China
    (a state body described by a country word, وكالة الأناضول التركية, is not in the list and counts).
    """
    pats = [p.strip() for p in agencies["pattern"].tolist() if isinstance(p, str) and p.strip()]
    return pd.DataFrame([(STOP_ID, "country", p, "stop", False, "news_agencies.csv") for p in pats],
                        columns=PATTERN_COLUMNS)


def _country_patterns(kb_dir: Path) -> pd.DataFrame:
    gen = kb_dir / "country_patterns.csv"
    if not gen.exists():
        raise FileNotFoundError(f"{gen} is missing; rebuild it with `python -m marsad.training build kb`.")
    pats = _read_csv(gen)
    pats["coref"] = False
    return pats[PATTERN_COLUMNS]


@lru_cache(maxsize=8)
def _load(kb_dir: str, extra: tuple[str, ...]) -> KB:
    root = Path(kb_dir)
    countries = _read_csv(root / "countries.csv")
    people = _read_csv(root / "people.csv")
    for path in extra:
        more = _read_csv(Path(path))
        missing = {"id", "names"} - set(more.columns)
        if missing:
            raise ValueError(f"{path}: people CSV needs columns {sorted(missing)} (see data/kb/README.md)")
        people = pd.concat([people[~people["id"].isin(more["id"])], more], ignore_index=True)
    people = people.reindex(columns=PEOPLE_COLUMNS, fill_value="")
    auto_path = root / "people_arwikicats.csv"
    auto = _read_csv(auto_path).reindex(columns=PEOPLE_COLUMNS, fill_value="") if auto_path.exists() else None
    if auto is not None:
        known = set(people["label_en"].str.lower()) | set(people["id"])
        auto = auto[~auto["label_en"].str.lower().isin(known) & ~auto["id"].isin(known)]
    orgs = _read_csv(root / "organizations.csv").reindex(columns=PEOPLE_COLUMNS, fill_value="")
    country = _country_patterns(root)
    country_words = frozenset(normalize(p) for p in country.loc[country["label"] == "country", "pattern"])
    parts = [
        country,
        people_patterns(people, source="people.csv", country_words=country_words),
        people_patterns(orgs, label="org", source="organizations.csv"),
    ]
    if auto is not None:
        parts.append(people_patterns(auto, source="arwikicats", derive_partials=False))
        people = pd.concat([people, auto], ignore_index=True)
    agencies = root / "news_agencies.csv"
    if agencies.exists():
        parts.append(agency_stop_phrases(_read_csv(agencies)))
    patterns = pd.concat(parts, ignore_index=True)
    patterns = patterns[patterns["pattern"].str.strip() != ""].reset_index(drop=True)
    return KB(countries=countries, people=people.reset_index(drop=True), organizations=orgs, patterns=patterns)


def load_kb(kb_dir: str | Path | None = None, *, extra_people: tuple[str, ...] | list[str] = ()) -> KB:
    """Load the knowledge base (cached).

    Args:
        kb_dir: folder with the KB CSV files (default ``data/kb`` of the repo).
        extra_people: more people CSV files (same columns as ``people.csv``);
            their rows replace KB rows with the same ``id``.

    Returns:
        A :class:`KB` with ``countries``, ``people``, ``organizations`` and
        ``patterns`` tables. Treat them as read-only (they are cached).
    """
    return _load(str(Path(kb_dir) if kb_dir else KB_DIR), tuple(str(p) for p in extra_people))


# ---------------------------------------------------------------- building

# ArWikiCats nationality keys whose English country is not an ISO short name
_NAT_EN_TO_ID = {
    "america": "US", "united states": "US", "turkey": "TR", "soviet union": "SU", "yugoslavia": "YU",
    "czechoslovakia": "CS", "zaire": "CD", "burma": "MM", "swaziland": "SZ", "ivory coast": "CI",
    "macedonia": "MK", "timor": "TL", "palestine": "PS", "kosovo": "XK", "korea": "KP|KR",
    "congo": "CG|CD", "republic-of-congo": "CG", "democratic-republic-of-congo": "CD",
    "republic of ireland": "IE", "cape verde": "CV", "taiwan": "TW", "macau": "MO",
    "czech republic": "CZ", "bosnia and herzegovina": "BA", "united kingdom": "GB",
    "hong kong": "HK", "vatican": "VA", "chinese taipei": "TW", "são toméan": "ST",
    "federated states-of micronesia": "FM", "kyrgyz": "KG", "turkmen": "TM", "uzbek": "UZ",
    "antiguan and barbudan": "AG", "gambia": "GM", "bahamas": "BS",
}
# Capitals the sources lack in Arabic (mledoze has English capitals only).


MAP_FILE = KB_DIR / "world_110m.json"

