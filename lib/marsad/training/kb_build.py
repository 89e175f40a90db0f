"""Build the knowledge base and the offline world map in ``marsad/data/kb`` from the shared datasets.

Commands::

    python -m marsad.training build kb [--datasets DIR]
    python -m marsad.training build map WORLD_ATLAS_JSON [--datasets DIR]
    python -m marsad.training.kb_build learned-given-names --datasets DIR [--exclude FILE ...]
    python -m marsad.training.kb_build common-word-surnames --datasets DIR   (filters common_words.txt)
    python -m marsad.training.kb_build ali-surnames --datasets DIR


Loading lives in :mod:`marsad.mentions.kb`; this module is never imported at run time.
"""
from __future__ import annotations

import json
import re
from itertools import product
from pathlib import Path

import pandas as pd

from marsad.lang.text import normalize
from marsad.mentions.kb import (
    AMBIGUOUS_SEP, COUNTRY_COLUMNS, KB_DIR, MAP_FILE, PEOPLE_COLUMNS, STOP_ID, _NAT_EN_TO_ID, _WS, _load, _read_csv,
    demonym_forms,
    slugify,
)

__all__ = ["build", "build_map", "nasab_spellings", "media_stop_phrases", "gazette_stop_phrases",
           "learned_given_names", "learning_pool"]


_CAPITAL_EN_ALIASES = {"Kyiv": "kiev", "Washington D.C.": "washington, d.c."}


def _ara_names(entry: dict) -> list[str]:
    tr = entry.get("translations", {}).get("ara", {})
    return [v for v in (tr.get("common"), tr.get("official")) if v]


def curated_demonym_forms(add_rows: pd.DataFrame) -> list[tuple]:
    """The demonym forms (:func:`demonym_forms`) of each curated one-word masculine adjective (ending in ي, not in
    يي; with or without ال), under the curated row's id; the curated rows themselves are not repeated."""
    out = []
    rows = add_rows[(add_rows["form"] == "demonym") & ~add_rows["pattern"].str.contains(" ")]
    for cid, pat in zip(rows["id"], rows["pattern"]):
        bare = pat[2:] if pat.startswith("ال") else pat
        if not bare.endswith("ي") or bare.endswith("يي") or len(bare) < 4:
            continue
        out += [(cid, "country", f, "demonym", "curated-forms") for f in demonym_forms(bare)]
    return out


# swapped-letter names that are words or names of their own (none so far among the ANT text's frequent words)
_SWAP_STOP: frozenset = frozenset()


def swapped_names(pats: pd.DataFrame, *, min_len: int = 6) -> list[tuple]:
    """Each one-word country name (form ``name``, not a capital or an adjective) of ``min_len`` letters or more
    without ال, with two neighbouring letters after the first swapped (أذربيجان → أذريبجان، غامبيا → غاميبا), as
    a ``name`` row of the same id with source ``swapped``; the ال-form the build adds for every name is added for
    it too. A variant that equals another pattern's normalised form is left out (the build keeps the listed
    one), and so is a variant in ``_SWAP_STOP``."""
    names = pats[(pats["form"] == "name") & ~pats["pattern"].str.contains(" ")
                 & ~pats["pattern"].str.startswith("ال")]
    keys = set(pats["pattern"].map(normalize))
    out, seen = [], set()
    for cid, pat in zip(names["id"], names["pattern"]):
        if len(pat) < min_len:
            continue
        for i in range(1, len(pat) - 1):
            if pat[i] == pat[i + 1]:
                continue
            v = pat[:i] + pat[i + 1] + pat[i] + pat[i + 2:]
            k = normalize(v)
            # a swap that ends the word in ي reads as an adjective (بنغلاديش → بنغلادشي): no name
            if k in keys or k in seen or k in _SWAP_STOP or k == normalize(pat) or v.endswith("ي"):
                continue
            seen.add(k)
            out += [(cid, "country", v, "name", "swapped"), (cid, "country", "ال" + v, "name", "swapped")]
    return out


# one-ي plurals that are names of their own (لاوسون, Lawson, from اللاوسيون)
_ONE_YA_STOP = frozenset(normalize(w) for w in ("لاوسون", "اللاوسون"))


def one_ya_plurals(pats: pd.DataFrame, *, min_len: int = 6) -> list[tuple]:
    """Each one-word plural adjective in يين/يون written with one ي (الفلسطينين، اسرائيلين، الامريكين), as a
    ``demonym`` row of the same id with source ``one-ya``, when the word without ال has ``min_len`` letters or more
    (shorter ones are words of their own: مصرين 'insisting', قمرين 'two moons', كورين) and equals no listed form."""
    dem = pats[(pats["form"] == "demonym") & ~pats["pattern"].str.contains(" ")]
    keys = set(pats["pattern"].map(normalize))
    out, seen = [], set()
    for cid, pat in zip(dem["id"], dem["pattern"]):
        if not pat.endswith(("يين", "يون")):
            continue
        v = pat[:-3] + pat[-2:]
        base = v[2:] if v.startswith("ال") else v
        k = normalize(v)
        if len(base) < min_len or k in keys or k in seen or k in _ONE_YA_STOP:
            continue
        seen.add(k)
        out.append((cid, "country", v, "demonym", "one-ya"))
    return out


# the nasab word 'son of' inside a name, written بن or ابن (عبد الله الثاني بن الحسين / عبد الله الثاني ابن الحسين,
# أسامة بن لادن / أسامة ابن لادن): both spellings of the news text
_NASAB = ("بن", "ابن")


def nasab_spellings(name: str) -> list[str]:
    """The other spellings of a full name whose nasab word (بن or ابن) stands inside it, between two name words (not
    as its first or last word: ابن خلدون, بن أفليك are names of their own): each such word written the other way,
    in every combination (الملك عبد الله الثاني ابن الحسين for ... بن الحسين). ``[]`` when it has none.
    Used by the build for ArWikiCats' names and kept by a test for ``people.csv``'s (heldout29, read after the lead's
    final run: the king's full name with ابن was split into عبد الله الثاني and a partial الحسين)."""
    words = name.split()
    spots = [i for i, w in enumerate(words) if 0 < i < len(words) - 1 and w in _NASAB]
    out = []
    for choice in product(_NASAB, repeat=len(spots)):
        v = list(words)
        for i, w in zip(spots, choice):
            v[i] = w
        out.append(" ".join(v))
    return list(dict.fromkeys(x for x in out if x != name))


# Words of a broadcaster's proper name in construct with a country's name or capital (راديو إسرائيل, Israel Radio;
# تلفزيون فلسطين; إذاعة فرنسا الدولية, RFI; تلفزيون أبوظبي): the place is part of the broadcaster's name, no country
# mention (the gold README: a country word of a broadcaster's name is none, as روسيا اليوم; heldout29's decision, read
# after the lead's final run). A broadcaster described by an adjective (التلفزيون المصري، إذاعة الجيش الإسرائيلي)
# counts and is left alone: only name and capital forms follow these words. قناة (also a canal: قناة بنما) and صوت
# ('a vote': صوت الصين in a tally) are left out; so are the quoted names media_before_place.txt already handles.
MEDIA_NAME_WORDS = ("راديو", "إذاعة", "تلفزيون")


def media_stop_phrases(table: pd.DataFrame) -> list[tuple]:
    """A stop phrase for each word of :data:`MEDIA_NAME_WORDS` before each name or capital of ``table`` (the built
    patterns): ``(id, label, pattern, form, source)`` rows with the stop id ``-`` and source ``media-name``."""
    # the listed spellings only, not the build's typo variants (swapped letters) or its ال-forms of one-word names
    listed = ~table["source"].str.contains("swapped") & (table["source"] != "generated")
    places = table[table["form"].isin(["name", "capital"]) & (table["id"] != STOP_ID) & listed]["pattern"]
    return [(STOP_ID, "country", f"{w} {p}", "stop", "media-name") for w in MEDIA_NAME_WORDS for p in places]


# The proper titles of official gazettes, a head + ل + the state's noun + its adjective (الرائد الرسمي للجمهورية
# التونسية, Tunisia's gazette; الجريدة الرسمية للجمهورية الجزائرية; الجريدة الرسمية للمملكة المغربية): a
# publication's name, no country mention (the gold README's newspaper rule; heldout29's decision, read after the
# lead's final run). The gazette described by a separate adjective (الجريدة الرسمية المصرية) counts and is left alone.
# the nouns of a state before its short name in an official name ('the State / Kingdom / Republic / Emirate /
# Sultanate / Duchy of …'): outside the country mention's span (build)
STATE_NOUNS = ("دولة", "مملكة", "جمهورية", "إمارة", "سلطنة", "دوقية")
GAZETTE_HEADS = ("الرائد الرسمي", "الجريدة الرسمية")
GAZETTE_STATES = ("للجمهورية", "للمملكة")


def gazette_stop_phrases(table: pd.DataFrame) -> list[tuple]:
    """A stop phrase for each official gazette's title of :data:`GAZETTE_HEADS` and :data:`GAZETTE_STATES` with each
    one-word feminine adjective with ال of ``table`` (التونسية), source ``gazette-title``."""
    dem = table[(table["form"] == "demonym") & ~table["pattern"].str.contains(" ")]["pattern"]
    adjs = [a for a in dem if a.startswith("ال") and a.endswith("ية") and not a.endswith("يية")]
    return [(STOP_ID, "country", f"{h} {st} {a}", "stop", "gazette-title")
            for h in GAZETTE_HEADS for st in GAZETTE_STATES for a in adjs]


# The side adjective اليمنى 'right' (feminine) normalises like the Yemeni demonym اليمني: after a body part or a
# side noun of ``side_nouns.txt`` (الركبة اليمنى، قدمه اليمنى، الجهة اليمنى) it is no mention of Yemen (heldout31's
# right knee, read after the lead's final run of session 27). The possessive suffixes a noun takes before it.
SIDE_WORD = "اليمنى"
SIDE_SUFFIXES = ("ه", "ها", "هما", "هم", "هن", "ي", "ك", "كما", "كم", "نا")


def side_stop_phrases(kb_dir: Path = KB_DIR) -> list[tuple]:
    """Stop phrases for the side adjective :data:`SIDE_WORD` after each word of ``side_nouns.txt``, source
    ``side-noun``: the bare definite form (الركبة اليمنى), unless the line ends with ``*`` (then after في and ب
    only: في القدم اليمنى، بالقدم اليمنى); for nouns (not ``=``) also each possessive form (ركبته اليمنى، يدها
    اليمنى)."""
    rows = []
    for line in (kb_dir / "side_nouns.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        word, mark = (line[:-2], line[-1]) if line[-2:] in (" *", " =") else (line, "")
        heads = [f"في {word}", f"ب{word}"] if mark == "*" else [word]
        if mark != "=":
            stem = word[2:]
            stem = stem[:-1] + "ت" if stem.endswith("ة") else stem
            heads += [stem + suf for suf in SIDE_SUFFIXES]
        rows += [(STOP_ID, "country", f"{h} {SIDE_WORD}", "stop", "side-noun") for h in heads]
    return rows


def build(datasets: Path, kb_dir: Path = KB_DIR) -> dict[str, int]:
    """Rebuild ``countries.csv``, ``country_patterns.csv`` and ``people_arwikicats.csv``.

    Args:
        datasets: the shared datasets folder (holding ``gazetteer-countries-mledoze``
            and ``gazetteer-arwikicats``).
        kb_dir: output folder (also holds the curated input files).

    Returns:
        Row counts of what was written.
    """
    from babel import Locale

    mledoze = json.loads((datasets / "gazetteer-countries-mledoze" / "countries.json").read_text("utf-8"))
    awc = datasets / "gazetteer-arwikicats" / "ArWikiCats" / "jsons"
    nats = json.loads((awc / "nationalities" / "nationalities_data.json").read_text("utf-8"))
    nats.update(json.loads((awc / "nationalities" / "all_nat_as_en.json").read_text("utf-8")))
    cities = json.loads((awc / "cities" / "cities_full.json").read_text("utf-8"))
    cldr = Locale("ar").territories

    countries, patterns = {}, []

    def add(cid, form, pattern, source):
        pattern = _WS.sub(" ", str(pattern)).strip()
        if pattern:
            patterns.append((cid, "country", pattern, form, source))

    en_to_id = {}
    for e in mledoze:
        cid = e["cca2"]
        ara = _ara_names(e)
        cap_en = (e.get("capital") or [""])[0]
        cap_ar = cities.get(_CAPITAL_EN_ALIASES.get(cap_en, cap_en).lower(), "")
        countries[cid] = {
            "id": cid, "iso3": e["cca3"] if e["cca3"] != "UNK" else "", "label_en": e["name"]["common"],
            "label_ar": ara[0] if ara else cldr.get(cid, ""), "capital_en": cap_en, "capital_ar": cap_ar,
            "status": "iso" if e.get("status") == "officially-assigned" else e.get("status", ""),
            "sources": "mledoze",
        }
        for name in [e["name"]["common"], e["name"]["official"], *e.get("altSpellings", [])]:
            en_to_id.setdefault(name.lower(), cid)
        for n in ara:
            add(cid, "name", n, "mledoze")
        if cid in cldr:
            add(cid, "name", cldr[cid], "cldr")
            countries[cid]["sources"] += "+cldr"
        if cap_ar:
            add(cid, "capital", cap_ar, "arwikicats")
    for key, d in nats.items():
        cid = _NAT_EN_TO_ID.get(d.get("en", "").lower()) or _NAT_EN_TO_ID.get(key) or en_to_id.get(d.get("en", "").lower())
        if not cid:
            continue
        masc = d.get("male") or ""
        if masc and " " not in masc.strip():
            plurals = tuple(p for p in (d.get("males"),) if p and " " not in p)
            for f in demonym_forms(masc, broken_plurals=plurals):
                add(cid, "demonym", f, "arwikicats")
        if d.get("ar") and AMBIGUOUS_SEP not in cid:
            add(cid, "name", d["ar"], "arwikicats")

    curated = _read_csv(kb_dir / "curated_countries.csv")
    for rec in curated.to_dict("records"):
        row = countries.setdefault(rec["id"], {c: "" for c in COUNTRY_COLUMNS})
        for col in COUNTRY_COLUMNS:
            if rec.get(col):
                row[col] = rec[col]
        row["id"] = rec["id"]
        row["sources"] = (row["sources"] + "+curated").lstrip("+")
        if rec.get("label_ar"):
            add(rec["id"], "name", rec["label_ar"], "curated")
        if rec.get("capital_ar"):
            add(rec["id"], "capital", rec["capital_ar"], "curated")

    pats = pd.DataFrame(patterns, columns=["id", "label", "pattern", "form", "source"])
    # "ال" + single-word name: الموزمبيق for موزمبيق (news uses both)
    single = pats[(pats["form"] == "name") & ~pats["pattern"].str.contains(" ") & ~pats["pattern"].str.startswith("ال")]
    pats = pd.concat([pats, single.assign(pattern="ال" + single["pattern"], source="generated")], ignore_index=True)

    # a masculine demonym with its last letter written twice, ى after ي (الرئيس الفلسطينيى): normalised, the form
    # + ي; the same country whether read as a typo or as a construct plural (فلسطينيي الداخل)
    masc = pats[(pats["form"] == "demonym") & pats["pattern"].str.endswith("ي") & ~pats["pattern"].str.endswith("يي")
                & ~pats["pattern"].str.contains(" ")]
    pats = pd.concat([pats, masc.assign(pattern=masc["pattern"] + "ى", source="generated")], ignore_index=True)

    forms = _read_csv(kb_dir / "curated_country_forms.csv")
    add_rows = forms[forms["action"] == "add"].assign(label="country", source="curated")
    pats = pd.concat([pats, add_rows[["id", "label", "pattern", "form", "source"]]], ignore_index=True)
    # every form of a curated one-word masculine adjective, as for ArWikiCats' (الأذري gives الأذرية، أذريون …;
    # the curated spelling variants تايلاندي، كولمبي had some forms only)
    pats = pd.concat([pats, pd.DataFrame(curated_demonym_forms(add_rows), columns=list(pats.columns))],
                     ignore_index=True)
    # a country name of six letters or more with two neighbouring letters swapped, the commonest typo
    # (أذريبجان for أذربيجان, غاميبا for غامبيا), unless the swap is a word of its own
    pats = pd.concat([pats, pd.DataFrame(swapped_names(pats), columns=list(pats.columns))], ignore_index=True)
    # a plural adjective written with one ي (الفلسطينين for الفلسطينيين, اسرائيلين), another common typo
    pats = pd.concat([pats, pd.DataFrame(one_ya_plurals(pats), columns=list(pats.columns))], ignore_index=True)
    pats["key"] = pats["pattern"].map(normalize)
    drop_keys = set(forms.loc[forms["action"] == "drop", "pattern"].map(normalize))
    pats = pats[~pats["key"].isin(drop_keys)]
    # an official name of two words, الجمهورية + the country's own adjective (الجمهورية التونسية، الجمهورية
    # الفرنسية): the gold rule counts the adjective only, as a demonym (بالجمهورية الإيرانية), so such a name is
    # no pattern and the adjective inside it matches alone; longer official names (الجمهورية العربية السورية)
    # and curated ones (الجمهورية الإسلامية) stay
    demonym_keys = set(zip(pats.loc[pats["form"] == "demonym", "id"], pats.loc[pats["form"] == "demonym", "key"]))
    republic = normalize("الجمهورية") + " "
    adjective_only = (pats["key"].str.startswith(republic) & (pats["key"].str.count(" ") == 1)
                      & pd.Series([(i, k[len(republic):]) in demonym_keys for i, k in zip(pats["id"], pats["key"])],
                                  index=pats.index)
                      & (pats["source"] != "curated"))
    pats = pats[~adjective_only]
    # an official name دولة + the country's short name (دولة إسرائيل، دولة قطر، دولة الكويت: 'the State of …'):
    # the gold counts the short name only (لدولة [[إسرائيل]]), دولة being a noun like البلاد; so such a name is no
    # pattern and the short name inside it matches alone (longer ones whose rest is no name of the country stay:
    # دولة بوليفيا المتعددة القوميات). The same for the other state nouns (STATE_NOUNS: مملكة النرويج، جمهورية
    # النمسا، إمارة موناكو: heldout33's decision, مملكة outside, النرويج the name); a rest that is no name of that
    # country alone (جمهورية مصر العربية، جمهورية الصين الشعبية, an ambiguous الكونغو) or a curated name (سلطنة عمان،
    # جمهورية كوريا) stays whole
    name_keys = set(zip(pats.loc[pats["form"] == "name", "id"], pats.loc[pats["form"] == "name", "key"]))
    state_names = []  # (still the names of broadcasters: إذاعة جمهورية العراق is a stop phrase)
    for noun in STATE_NOUNS:
        state = normalize(noun) + " "
        state_of = (pats["key"].str.startswith(state)
                    & pd.Series([(i, k[len(state):]) in name_keys for i, k in zip(pats["id"], pats["key"])],
                                index=pats.index)
                    & (pats["source"] != "curated"))
        if noun != "دولة":  # (دولة's names were never broadcasters' stop phrases)
            state_names.append(pats.loc[state_of, ["id", "label", "pattern", "form", "source"]])
        pats = pats[~state_of]
    # capitals that equal a name (تونس، الجزائر، الكويت) are names
    rank = pats["form"].map({"name": 0, "demonym": 1, "alias": 2, "capital": 3}).fillna(4)
    pats = pats.assign(rank=rank).sort_values(["key", "rank", "id"])
    # one id per normalised form: the same form under two ids becomes ambiguous
    # unless a curated row decided it
    curated_keys = set(add_rows["pattern"].map(normalize))
    out = []
    for key, grp in pats.groupby("key", sort=True):
        if key in curated_keys:
            grp = grp[grp["source"] == "curated"]
        best = grp[grp["rank"] == grp["rank"].min()]
        ids = sorted({i for v in best["id"] for i in v.split(AMBIGUOUS_SEP)})
        first = best.iloc[0]
        cid = first["id"] if first["source"] == "curated" or len(ids) == 1 else AMBIGUOUS_SEP.join(ids)
        out.append((cid, "country", first["pattern"], first["form"], "+".join(sorted(set(grp["source"])))))
    table = pd.DataFrame(out, columns=["id", "label", "pattern", "form", "source"])
    # the proper names of broadcasters and official gazettes that hold a country word are stop phrases
    # and so are side phrases with اليمنى 'right' (الركبة اليمنى), which normalises like the Yemeni demonym
    extra = pd.DataFrame(media_stop_phrases(pd.concat([table, *state_names], ignore_index=True))
                         + gazette_stop_phrases(table) + side_stop_phrases(kb_dir),
                         columns=list(table.columns))
    extra = extra[~extra["pattern"].map(normalize).isin(set(table["pattern"].map(normalize)))]
    table = pd.concat([table, extra.drop_duplicates("pattern")], ignore_index=True)

    country_df = pd.DataFrame(list(countries.values()), columns=COUNTRY_COLUMNS).sort_values("id")
    caps = table[table["form"] == "capital"].drop_duplicates("id").set_index("id")["pattern"]
    missing = country_df["capital_ar"] == ""
    country_df.loc[missing, "capital_ar"] = country_df.loc[missing, "id"].map(caps).fillna("")
    country_df.to_csv(kb_dir / "countries.csv", index=False)
    table.sort_values(["id", "form", "pattern"]).to_csv(kb_dir / "country_patterns.csv", index=False)

    people = json.loads((awc / "people" / "peoples.json").read_text("utf-8"))
    # each name with its other nasab spelling (أسامة بن لادن|أسامة ابن لادن)
    rows = [
        (f"person:{slugify(en)}", en.title(), ar, "arwikicats", "|".join([ar, *nasab_spellings(ar)]), "", "")
        for en, ar in sorted(people.items())
        if len(ar.split()) >= 2 and not any(ch.isdigit() for ch in ar)
    ]
    pdf = pd.DataFrame(rows, columns=PEOPLE_COLUMNS).drop_duplicates("id")
    pdf.to_csv(kb_dir / "people_arwikicats.csv", index=False)
    _load.cache_clear()
    return {"countries": len(country_df), "country_patterns": len(table), "people_arwikicats": len(pdf)}


def build_map(world_atlas: Path, datasets: Path, out: Path = MAP_FILE) -> int:
    """Convert world-atlas ``countries-110m.json`` into plotly's topojson layout.

    plotly.js draws ``locationmode="ISO-3"`` choropleths from a topojson whose
    ``countries`` object has ISO-3 ids; it downloads one from a CDN unless
    ``window.PlotlyGeoAssets`` already holds it. This writes such a file from
    Natural Earth data (public domain) as packaged by world-atlas (ISC), so
    reports need no network (see ``mention_charts.offline_geo``).

    Args:
        world_atlas: path of world-atlas' ``countries-110m.json``.
        datasets: the shared datasets folder (mledoze numeric → ISO-3 codes).
        out: output path.

    Returns:
        The number of countries with an ISO-3 id.
    """
    topo = json.loads(Path(world_atlas).read_text("utf-8"))
    mledoze = json.loads((datasets / "gazetteer-countries-mledoze" / "countries.json").read_text("utf-8"))
    num_to_iso3 = {e["ccn3"]: e["cca3"] for e in mledoze if e.get("ccn3")}
    by_name = {"Kosovo": "XKX", "N. Cyprus": "CYP", "Somaliland": "SOM"}
    kept = 0
    for geom in topo["objects"]["countries"]["geometries"]:
        iso3 = num_to_iso3.get(geom.get("id", "")) or by_name.get(geom.get("properties", {}).get("name", ""))
        geom["id"] = iso3 or ""
        kept += bool(iso3)
    topo["objects"]["coastlines"] = topo["objects"]["land"]
    Path(out).write_text(json.dumps(topo, separators=(",", ":"), ensure_ascii=False), "utf-8")
    return kept


# ---------------------------------------------------------------- given names learned from text (people59)

LEARNED_GIVEN_NAMES = KB_DIR / "learned_given_names.txt"
# a word opening a recogniser's person span of two words or more in this many documents of the learning pool at least
LEARN_MIN_DOCS = 3
# and in at least this share of the pool's documents that hold the word at all ("rarely a common word")
LEARN_MIN_SHARE = 0.5
# ANERcorp's training part (CAMeL split): a word opening a person name of two words or more this often at least, and
# in at least LEARN_MIN_SHARE of its occurrences
LEARN_MIN_ANER = 2


def learning_pool(datasets: Path, repo: Path, exclude: tuple = ()) -> list[Path]:
    """The unannotated ANT articles given names are learned from: every article named in
    ``data/gold/people/probed_session*.txt`` (articles earlier sessions probed, which every later blind draw of the
    people gold leaves out, so no blind part's text is read), less every gold article (``documents.tsv``), the demo
    corpus and the doc ids of the files ``exclude`` names (the probes that measure the list: one id or path a line)."""
    gold_dir = repo / "data" / "gold" / "people"
    probed = set()
    for f in sorted(gold_dir.glob("probed_session*.txt")):
        for line in f.read_text("utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                probed.add(line.split()[0])
    gold = {line.split("\t")[0] for line in (gold_dir / "documents.tsv").read_text("utf-8").splitlines()[1:]}
    demo = {p.stem for p in (repo / "data" / "demo").rglob("*") if p.is_file()}
    left = set()
    for f in exclude:
        left |= {Path(line.strip()).stem for line in Path(f).read_text("utf-8").splitlines() if line.strip()}
    files = {}
    for p in list((datasets / "ant-v2.1-multisource").glob("*/*/*.txt")) + list(
            (datasets / "ant-v1.1-jawharafm").glob("*/*.txt")):
        files[p.stem] = p
    return [files[d] for d in sorted(probed) if d in files and d not in gold and d not in demo and d not in left]


def learned_given_names(datasets: Path, articles: list[Path], *, batch: int = 500) -> list[tuple[str, str, int, int]]:
    """Given names learned from the data Marsad has, for ``learned_given_names.txt``: rows ``(word, source, n, of)``.

    - ``ant``: a word that names a person's first name in ``LEARN_MIN_DOCS`` documents of ``articles`` or more, and
      in ``LEARN_MIN_SHARE`` or more of the documents that hold the word at all (a word of the language is mostly no
      name's first word); a document names it so where the word opens a person span of two words or more of the
      shipped recogniser (the CRF with its neural scorer), or stands before a surname the document names alone
      elsewhere (ميلينا بوغدير … بوغدير: no common word, title or first name, four letters or more);
    - ``anercorp``: a word that opens a hand-annotated person name of two words or more of ANERcorp's training part
      (the CAMeL split; never its test part) ``LEARN_MIN_ANER`` times or more, in ``LEARN_MIN_SHARE`` or more of its
      occurrences.

    Either way no known first name already (``people.known_first``), no common word or title, no ال-word or لل-word,
    no word of three letters or fewer, no country word, no word of the language by its form (its ال form a word of the
    news text, a verb form, a dual, a pronoun suffix), no proclitic + a word of the news text (وخالد، لمحمد: the bare
    word is the name), letters only.
    """
    import re
    import shutil
    import tempfile
    from collections import Counter, defaultdict

    from marsad.mentions import people as P
    from marsad.readers import read_corpus
    from marsad.training.ner import camel_split, read_anercorp

    common, titles, firsts = P.common_words(), P.title_words(), P.known_first()
    vocab, countries = P._vocabulary(), P._country_words()
    word_re = re.compile(r"[\u0621-\u064a]+")

    word_of_the_language = _language_test(final_alef=False)  # (a noun, an adjective or a verb of the news text)

    def fit(w: str) -> bool:
        return (len(w) >= 4 and w not in firsts and w not in common and w not in titles and not w.startswith("ال")
                and not w.startswith("لل") and w not in countries and not word_of_the_language(w)
                and not (w[0] in "وفبلك" and (w[1:] in vocab or w[1:] in firsts or w[1:] in common))
                and not (w.endswith("ون") and w[:-2] + "ين" in vocab) and re.fullmatch(r"[\u0621-\u064a]+", w))

    opened: dict = defaultdict(set)
    holding: Counter = Counter()
    root = Path(datasets)
    for i in range(0, len(articles), batch):
        tmp = Path(tempfile.mkdtemp())
        try:
            for f in articles[i:i + batch]:
                dst = tmp / Path(f).relative_to(root)
                dst.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(f, dst)
            segs = read_corpus(tmp).segments
        finally:
            shutil.rmtree(tmp)
        texts = segs["text"].fillna("").tolist()
        words_of: dict = defaultdict(set)
        seq_of: dict = defaultdict(list)
        for d, t in zip(segs["doc_id"], texts):
            toks = [normalize(w) for w in word_re.findall(t)]
            words_of[d].update(toks)
            seq_of[d].append(toks)
        for d, ws in words_of.items():
            holding.update(ws)
            # a word before a surname the document names alone elsewhere (ميلينا بوغدير … وأوقفت بوغدير): the
            # surname no common word, title or first name, of four letters or more, more often in the document than
            # after the word
            alone, pairs = Counter(), Counter()
            for toks in seq_of[d]:
                alone.update(toks)
                pairs.update(zip(toks, toks[1:]))
            for (w, x), n in pairs.items():
                if (alone[x] > n and len(x) >= 4 and x not in common and x not in titles and x not in firsts
                        and not x.startswith("ال")):
                    opened[w].add(d)
        for d, t, spans in zip(segs["doc_id"], texts, P.crf_recognizer(texts)):
            for s, e, typ in spans:
                toks = normalize(t[s:e]).split()
                if typ == "PERS" and len(toks) >= 2:
                    opened[toks[0]].add(d)
    out = []
    for w, docs in opened.items():
        if len(docs) >= LEARN_MIN_DOCS and len(docs) >= LEARN_MIN_SHARE * holding[w] and fit(w):
            out.append((w, "ant", len(docs), holding[w]))
    train, _test = camel_split(read_anercorp(root / "anercorp" / "data" / "ANERCorp"))
    opens, seen = Counter(), Counter()
    for sent in train:
        for j, (tok, tag) in enumerate(sent):
            w = normalize(tok)
            seen[w] += 1
            if tag == "B-PERS" and j + 1 < len(sent) and sent[j + 1][1] == "I-PERS":
                opens[w] += 1
    have = {r[0] for r in out}
    for w, n in opens.items():
        if w not in have and n >= LEARN_MIN_ANER and n >= LEARN_MIN_SHARE * seen[w] and fit(w):
            out.append((w, "anercorp", n, seen[w]))
    return sorted(out)


def write_learned_given_names(rows: list[tuple[str, str, int, int]], n_articles: int,
                              out: Path = LEARNED_GIVEN_NAMES) -> int:
    """Write ``learned_given_names.txt`` (a header saying how it was made, then ``word`` lines with their counts as a
    comment)."""
    head = [
        "# Given names learned from text (people59, session 30; `python -m marsad.training.kb_build learned-given-names`).",
        f"# ant: opens a person span of 2+ words of the shipped recogniser, or stands before a surname the article names alone",
        f"# elsewhere, in >= {LEARN_MIN_DOCS} of {n_articles} unannotated",
        f"# ANT articles and in >= {LEARN_MIN_SHARE:.0%} of the articles holding the word (the pool: articles of",
        "# data/gold/people/probed_session*.txt, no gold article, no demo article, not the people59 probes);",
        f"# anercorp: opens a hand-annotated person name of 2+ words of ANERcorp's training part (CAMeL split) >= {LEARN_MIN_ANER}",
        f"# times, in >= {LEARN_MIN_SHARE:.0%} of its occurrences. Never a known first name, common word, title, ال/لل-word,",
        "# country word, word of the language by its form (ال form, verb forms, duals, pronoun suffixes) or proclitic + word. Read by people.learned_name_recognizer (a given name and the next word).",
        "# word<TAB># source n/of",
    ]
    lines = [f"{w}\t# {src} {n}/{of}" for w, src, n, of in rows]
    Path(out).write_text("\n".join(head + lines) + "\n", "utf-8")
    return len(rows)


# ---------------------------------------------------------------- surnames out of the common words (people61)

# the text common_words.txt is counted from (marsad.training.people_data's sources and word pattern; people_data
# imports this module, so they are written here again)
_SOURCES = ("ant-v1.1-jawharafm", "ant-v2.1-multisource/Alarabia", "ant-v2.1-multisource/France24",
            "ant-v2.1-multisource/CNN")
_WORD = re.compile(r"[^\s\"'«»“”()\[\]{}،,:;؛.!?؟…]+")

# a word X is a word's own first name when at least this share of X's occurrences (a glued و left off) stand right
# before the word (ياغو/اياغو before أسباس: 9 of 9) and X occurs at least twice
PARTNER_MIN_SHARE = 0.5
# a counted common word is a surname when at least this share of its occurrences follow such first names
SURNAME_MIN_SHARE = 0.25


def common_word_surnames(datasets: Path, words: list[str]) -> dict[str, tuple[float, list[str]]]:
    """The words of ``words`` (the counted common words) the news text shows as a surname: ``{word: (share,
    first names)}``.

    A word is a surname when ``SURNAME_MIN_SHARE`` or more of its occurrences in the text ``common_words.txt`` is
    counted from stand right after a word of its own: a word (a glued و left off) that occurs twice or more and
    ``PARTNER_MIN_SHARE`` or more of the time right before it (ياغو، اياغو، ياجو before أسباس; نغولو before كانتي;
    اسياس before أفورقي), itself no word of the language (no ال-word, common word, title, country word, verb form,
    word whose ال form the news text has, or ب/ل/ف/ك + a word of the text: مكتوفي الأيدي، برط العنان، تكلل بالنجاح
    are phrases). The common-word test counts a word next to the gazetteers' first names only, which lack most
    foreign ones, so a foreign surname named alone in most articles (أسباس: 28 times, 3 after a listed word) passed
    as a common word and lost every mention. The word itself must read as a name too: no ال-word, no و/ف/ب/ل + a
    word of the text (بقوات، لساعات), no ة ending (صفة of انتحال صفة), no verb, no word whose ال form the text has
    (فاخر of سيجار فاخر), no accusative of a word of the text (قسرا، قسريا), no place of the NER gazetteer (فرانكفورت, أيرس of بوينس أيرس)."""
    import re
    from collections import Counter

    from marsad.mentions import ner as ner_mod
    from marsad.mentions import people as P
    from marsad.readers import read_corpus
    cs = set(words)
    vocab, titles = P._vocabulary(), P.title_words()
    countries = P._country_words()
    places = set(ner_mod._gazetteers()["loc"])

    language = _language_test(final_alef=False)

    def name_shaped(w: str) -> bool:
        return (len(w) >= 3 and re.fullmatch(r"[\u0621-\u064a]+", w) is not None and not w.startswith("ال")
                and w not in cs and w not in titles and w not in countries and not language(w)
                and not (w[0] in "وفبلك" and w[1:] in vocab))

    count, pairs = Counter(), Counter()
    for rel in _SOURCES:
        for text in read_corpus(Path(datasets) / rel).segments["normalized"].tolist():
            toks = _WORD.findall(text)
            count.update(toks)
            pairs.update((a, b) for a, b in zip(toks, toks[1:]) if b in cs)

    def bare(x: str) -> str:
        return x[1:] if x.startswith("و") and len(x) > 4 and count[x[1:]] else x

    bcount, bpairs = Counter(), Counter()
    for x, n in count.items():
        bcount[bare(x)] += n
    for (a, b), n in pairs.items():
        bpairs[(bare(a), b)] += n
    after, partners = Counter(), {}
    for (a, b), n in bpairs.items():
        if bcount[a] >= 2 and n >= PARTNER_MIN_SHARE * bcount[a] and name_shaped(a):
            after[b] += n
            partners.setdefault(b, []).append(a)
    out = {}
    for w in words:
        share = after[w] / count[w] if count[w] else 0.0
        if (share >= SURNAME_MIN_SHARE and not w.startswith("ال") and not w.endswith("ه") and w not in places
                and "ال" + w not in vocab and not P._verb_like(w) and not (w[0] in "وفبل" and w[1:] in vocab)
                and not (w.endswith("ا") and w[:-1] in vocab)):
            out[w] = (share, sorted(partners[w]))
    return out


def drop_common_word_surnames(datasets: Path, path: Path | None = None) -> list[str]:
    """Take :func:`common_word_surnames` out of ``common_words.txt`` (its header kept); return the words taken out."""
    path = Path(path or KB_DIR / "common_words.txt")
    lines = path.read_text("utf-8").splitlines()
    words = [w for w in lines if w and not w.startswith("#")]
    gone = common_word_surnames(datasets, words)
    path.write_text("\n".join(w for w in lines if w not in gone) + "\n", "utf-8")
    return sorted(gone)


# ---------------------------------------------------------------- surnames of an علي (people61)

ALI_SURNAMES = KB_DIR / "ali_surnames.txt"
# "علي W" (written with ي) in this many documents at least, and at least this share of W's places right after على/علي
ALI_MIN_DOCS = 2
ALI_MIN_SHARE = 0.5


def ali_surnames(datasets: Path) -> list[tuple[str, int, int]]:
    """Surnames the news text writes after the first name علي: rows ``(word, n after علي, n after على)``.

    The preposition على 'on' and the first name علي are one word once normalised, and news text writes the name with
    ى too (على بوجسيم). A word W is an علي's surname when the text of ``common_words.txt`` (ANT v1.1 and v2.1) writes
    علي W, with ي, in ``ALI_MIN_DOCS`` documents or more and in ``ALI_MIN_SHARE`` or more of W's places right after
    على or علي (علي بوجسيم 2, على بوجسيم 1; على بوتين is the preposition: never علي بوتين), W no name word of the
    knowledge base or the gazetteers (the matcher reads those: على خامنئي is Ali Khamenei already), no first name,
    common word, title, country word, ال-word, word starting with و or لل, or word of the language by its form (a
    verb, a noun with a pronoun suffix, an accusative: تستقيل، ونهبه، مدربا are the preposition misspelt)."""
    import re
    from collections import Counter, defaultdict

    from marsad.mentions import people as P
    from marsad.readers import read_corpus
    pat = re.compile(r"(?<![\u0621-\u064a])عل([يى]) ([\u0621-\u064a]+)")
    ya, ala, docs = Counter(), Counter(), defaultdict(set)
    for rel in _SOURCES:
        segs = read_corpus(Path(datasets) / rel).segments
        for d, t in zip(segs["doc_id"], segs["text"].fillna("")):
            for m in pat.finditer(t):
                w = normalize(m.group(2))
                if m.group(1) == "ي":
                    ya[w] += 1
                    docs[w].add(d)
                else:
                    ala[w] += 1
    vocab, known = P._vocabulary(), P._name_words()
    bad = P.common_words() | P.title_words() | P.known_first() | P._country_words() | known
    lang = _language_test()
    rows = []
    for w, n in ya.items():
        if (len(docs[w]) >= ALI_MIN_DOCS and n >= ALI_MIN_SHARE * (n + ala[w]) and len(w) >= 3 and w not in bad
                and re.fullmatch(r"[\u0621-\u064a]+", w) and not w.startswith(("ال", "و", "لل")) and not lang(w)
                and not P._language_word(w) and not (w[0] in "فبلك" and w[1:] in vocab)
                and not (w.endswith(("ه", "ها", "هم", "نا")) and len(w) > 4)):
            rows.append((w, n, ala[w]))
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def _language_test(*, final_alef: bool = True):
    """kb_build's test of a word of the language by its form: a noun, an adjective or a verb of the news text (its ال
    form a word of the news text (سعيد، نبيل، جنازة: also adjectives and nouns, left out), a present, past, future,
    plural or dual verb form whose stem is a word (يخطف، ننفي، اشرك، سيخلف، هزموا، يدلون), a dual in construct of a
    noun (جزيرتا، ركلتي، مطاري: its rest a word with and without ال) or a word with a pronoun suffix whose rest is a
    word (تطوره)); with ``final_alef`` also a word of the text with ا added (the learned given names and the
    common-word surnames were built without that clause)."""
    from marsad.mentions import people as P

    vocab, known, firsts = P._vocabulary(), P._name_words(), P.known_first()

    def language(w: str) -> bool:
        return ("ال" + w in vocab or P._verb_like(w) or P._masculine_present(w)
                or P._feminine_present(w, known, firsts) or P._present_verb(w) or P._hollow_past(w, known, firsts)
                or w.endswith("وا") or (w[0] in "يتن" and w.endswith(("ون", "ان", "ين")))
                or (w[0] in "نتا" and "ي" + w[1:] in vocab) or (w[:2] in ("سي", "ست", "سن") and w[1:] in vocab)
                or (w.endswith(("تا", "تي")) and w[:-2] + "ه" in vocab) or (w.endswith("ه") and w[:-1] in vocab)
                or (w.endswith(("ا", "ي")) and w[:-1] in vocab and "ال" + w[:-1] in vocab)
                or (final_alef and w.endswith("ا") and w[:-1] in vocab))

    return language


def write_ali_surnames(rows: list[tuple[str, int, int]], out: Path = ALI_SURNAMES) -> int:
    head = ["# Surnames the news text writes after the first name علي (with ي), so that على before them is that first name",
            "# (على بوجسيم), not the preposition. Built by `python -m marsad.training.kb_build ali-surnames` (people61,",
            "# session 30; marsad/training/kb_build.py, ali_surnames): written علي W in 2 documents or more and in half or more",
            "# of W's places after على/علي, no name word of the knowledge base or gazetteers, first name, common word, title,",
            "# country word or word of the language. Columns: word, times after علي, times after على.",
            "# Derived word statistics of the ANT corpus (Apache-2.0; cite Chouigui, Ben Khiroun & Elayeb, AJSE 2021)."]
    Path(out).write_text("\n".join(head + [f"{w}\t{a}\t{b}" for w, a, b in rows]) + "\n", "utf-8")
    return len(rows)


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(prog="python -m marsad.training.kb_build")
    sub = ap.add_subparsers(dest="cmd", required=True)
    lg = sub.add_parser("learned-given-names", help="learn given names from unannotated ANT and ANERcorp's train part")
    lg.add_argument("--datasets", type=Path, default=Path("../shared/datasets"))
    lg.add_argument("--repo", type=Path, default=Path("."))
    lg.add_argument("--exclude", type=Path, nargs="*", default=())
    lg.add_argument("--out", type=Path, default=LEARNED_GIVEN_NAMES)
    cw = sub.add_parser("common-word-surnames", help="take the surnames the text shows out of common_words.txt")
    cw.add_argument("--datasets", type=Path, default=Path("../shared/datasets"))
    cw.add_argument("--path", type=Path, default=None)
    al = sub.add_parser("ali-surnames", help="surnames the news text writes after علي (kb/ali_surnames.txt)")
    al.add_argument("--datasets", type=Path, default=Path("../shared/datasets"))
    a = ap.parse_args()
    if a.cmd == "ali-surnames":
        print(f"{write_ali_surnames(ali_surnames(a.datasets))} surnames of an علي -> {ALI_SURNAMES}")
        raise SystemExit(0)
    if a.cmd == "common-word-surnames":
        gone = drop_common_word_surnames(a.datasets, a.path)
        print(f"{len(gone)} surnames out of the common words: {' '.join(gone)}")
        raise SystemExit(0)
    pool = learning_pool(a.datasets, a.repo, tuple(a.exclude))
    n = write_learned_given_names(learned_given_names(a.datasets, pool), len(pool), a.out)
    print(f"{n} learned given names from {len(pool)} articles -> {a.out}")
