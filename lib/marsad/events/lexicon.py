"""Lexicons of the events stage: CAMEO cues, actors (countries, capitals, leaders, role nouns), modality words.

Everything is on CAMeL-normalised text (ا for أ/إ/آ, ي for ى, ه for ة). Data files live in
``marsad/data/cameo/``; see its README for sources and licences.
"""
from __future__ import annotations

import re
from functools import lru_cache
import pandas as pd

from marsad.lang.rules import PROCLITIC_PREFIX, negation_words, words_regex
from marsad.lang.text import raw_forms
from marsad.resources import data_path

DATA = data_path("cameo")
PREFIX = PROCLITIC_PREFIX



@lru_cache(maxsize=1)
def _markers() -> dict[str, str]:
    """The marker patterns of ``markers.csv`` (role nouns, reporting verbs, modality words …) by name."""
    table = pd.read_csv(DATA / "markers.csv", dtype=str, keep_default_na=False)
    return dict(zip(table["name"], table["pattern"]))


_M = _markers()
# Nouns that make a demonym adjective an actor: "وزير الخارجية الروسي", "الزعيم الكوري الشمالي", "ضيفه الروسي".
ROLE_NOUNS = _M["ROLE_NOUNS"]
# Words allowed between a role noun and the demonym ("وكالة الأنباء الروسية الرسمية").
ROLE_FILLERS = _M["ROLE_FILLERS"]
# Facilities and vessels: "مفاعل بوشهر الإيراني" names its owner (an actor only when a material verb acts on it).
OBJECT_NOUNS = _M["OBJECT_NOUNS"]
# Demonym adjectives of the countries with a curated form; others come from the knowledge base.
DEMONYMS = {name.split("_", 1)[1]: pat for name, pat in _M.items() if name.startswith("DEMONYM_")}
NOT_ACTOR = re.compile(_M["NOT_ACTOR"])
REPORTING = re.compile(_M["REPORTING"])
COMPLEMENTIZER = re.compile(_M["COMPLEMENTIZER"])
# "ما" and "غير" are also a relative pronoun and "other than": not denials on their own.
NEGATION = re.compile(_M["NEGATION"] + "|" + words_regex([w for w in negation_words() if w not in ("ما", "غير")]))
FUTURE = re.compile(_M["FUTURE"])
HYPOTHETICAL = re.compile(_M["HYPOTHETICAL"])
ALLEGED = re.compile(_M["ALLEGED"])
BACKGROUND = re.compile(_M["BACKGROUND"])
# Session 118: an if-need-be phrase ("إذا لزم الأمر", "في حال تطلب الأمر": a protasis closed in itself) and what makes
# "في حالة" a state ("في حالة ترقب"), neither the condition of the act after them (status.in_protasis)
IF_NEED_BE = re.compile(_M["IF_NEED_BE"])
CONDITION_STATE = re.compile(_M["CONDITION_STATE"])
# Session 110: a relation noun as its clause's subject with a state predicate ("أن التعاون المشترك مع تونس بلغ …
# مستوى رفيعا", "التعاون العسكري مع السودان ليس سريا", "اتسمت العلاقات بين البلدين"): a standing relation. Read
# through :func:`standing_subjects` (the noun branch only where the noun opens its clause or a that-clause).
STANDING_SUBJECT = re.compile(_M["STANDING_SUBJECT"])
# what may stand before the relation noun in its clause: nothing but و/ف, quotes, dashes, or a colon; or a
# that-clause's opener ("أكد أن التعاون …", "لكن العلاقات …")
_SUBJECT_OPEN = re.compile(r"(?:^|[:؛])[\s\"'«»“”\-–]*$|(?<![\w])[وف]?(?:ان|لكن|لان)[\s\"'«»“”]*$")


def standing_subjects(norm: str, c0: int, c1: int) -> list:
    """The :data:`STANDING_SUBJECT` matches of the clause ``norm[c0:c1]``: a characterising verb before the relation
    noun ("اتسمت العلاقات") anywhere, the relation noun with a state predicate only as the clause's (or a that-clause's)
    subject: not "بحثا التعاون بين البلدين الذي بلغ …" (the verb governs the noun)."""
    out = []
    for m in STANDING_SUBJECT.finditer(norm, c0, c1):
        if m.group("v") or _SUBJECT_OPEN.search(norm[c0:m.start()]):
            out.append(m)
    return out


PAIR_WORDS = re.compile(_M["PAIR_WORDS"])
BETWEEN = re.compile(_M["BETWEEN"])
TOPIC = re.compile(_M["TOPIC"])
VENUE = re.compile(_M["VENUE"])
LIST_SEP = re.compile(_M["LIST_SEP"])
CUE_TOPIC = re.compile(_M["CUE_TOPIC"])
# "المفاوضات متعثرة بين واشنطن وبكين", "التعاون هو الخيار الوحيد", "تحالف تقوده السعودية": a noun cue described
CUE_STATE = re.compile(_M["CUE_STATE"])
# Session 122: a 061 noun cue that is the measure of a quantity, a stock or share and no act: after a measure noun
# ("ارتفعت قيمة الاستثمارات"), before a measure verb with its amount ("استثمارات في الصين تتجاوز قيمتها 3 مليارات"),
# or a heading ("وعلى صعيد الاستثمار،") of a sentence whose other 061 noun is such a measure (extract._a_measure)
MEASURE_BEFORE = re.compile(_M["MEASURE_BEFORE"])
MEASURE_AFTER = re.compile(_M["MEASURE_AFTER"])
MEASURE_HEADING = re.compile(_M["MEASURE_HEADING"])
VERB_HEAD = re.compile(_M["VERB_HEAD"])
# "استدعى السودان سفيره في مصر للتشاور": one's own envoy recalled (161 against the host).
RECALL_OWN = re.compile(_M["RECALL_OWN"])
# "سفيره لدى مصر سيعود إلى القاهرة الاثنين": an envoy sent back (054; planned: 032).
RETURN_ENVOY = re.compile(_M["RETURN_ENVOY"])
# "في زيارة إلى مصر لبحث سبل تعزيز العلاقات": the purpose of a visit or a meeting.
PURPOSE = re.compile(_M["PURPOSE"])
# "بحثت مع فخامة الرئيس": the speaker's own meeting, in the first person.
FIRST_PERSON_MEETING = re.compile(_M["FIRST_PERSON_MEETING"])
# "غير مقبول", "غير شرعي", "خطأ": an evaluation that disapproves (a statement holding it is criticism, 111).
DISAPPROVAL = re.compile(_M["DISAPPROVAL"])
# "القمة الأوروبية الصينية", "قمة حوار شانغري لا": a bloc's summit or a forum, no meeting of the pair (040).
BLOC_SUMMIT = re.compile(_M["BLOC_SUMMIT"])


@lru_cache(maxsize=1)
def load_goldstein() -> pd.DataFrame:
    """Return the CAMEO code → Goldstein score and label table (``goldstein.csv``)."""
    return pd.read_csv(DATA / "goldstein.csv", dtype={"cameo_code": str})


@lru_cache(maxsize=1)
def goldstein_lookup() -> dict[str, tuple[float, str]]:
    t = load_goldstein()
    return {c: (g, lab) for c, g, lab in zip(t["cameo_code"], t["goldstein"], t["label"])}


@lru_cache(maxsize=1)
def load_cues() -> pd.DataFrame:
    """Return the curated Arabic CAMEO cues in priority order, each with a compiled regex."""
    cues = pd.read_csv(DATA / "cues.csv", dtype=str, keep_default_na=False)
    cues["regex"] = [re.compile(PREFIX + f"(?:{p})(?![\\w])") for p in cues["pattern"]]
    return cues


@lru_cache(maxsize=1)
def cue_rows() -> list[dict]:
    """The cue rows as plain dicts (index = the regex group number of :func:`cue_regex`)."""
    return load_cues().drop(columns=["regex"]).to_dict("records")


@lru_cache(maxsize=1)
def cue_regex() -> tuple[re.Pattern, list[int]]:
    """One alternation of every cue (named groups in priority order) for a single scan per sentence."""
    cues = load_cues()
    parts = [f"(?P<c{i}>{p})" for i, p in enumerate(cues["pattern"])]
    # A future "س" may sit before an imperfect verb cue ("سيزور", "ستلتقي").
    return re.compile(PREFIX + r"(?:س(?=[يتن]))?(?:" + "|".join(parts) + r")(?![\w])"), list(range(len(cues)))


@lru_cache(maxsize=1)
def load_actors() -> pd.DataFrame:
    """Return the actor lexicon (``actors.csv``): code, pattern, kind, stands_for, wikidata, key."""
    return pd.read_csv(DATA / "actors.csv", dtype=str, keep_default_na=False)


@lru_cache(maxsize=1)
def load_leaders() -> pd.DataFrame:
    """Heads of state and government and foreign ministers of many countries (``leaders.csv``, written by hand)."""
    return pd.read_csv(DATA / "leaders.csv", dtype=str, keep_default_na=False)


def _name_pattern(name: str) -> str:
    from marsad.lang.text import normalize

    words = normalize(name).split()
    out = []
    for w in words:
        w = re.escape(w)
        out.append(w)
    pat = r"\s+".join(out)
    return re.sub(r"عبد\\s\+ال", r"عبد\\s*ال", pat).replace("عبدال", r"عبد\s*ال")


@lru_cache(maxsize=16)
def leader_rows(code: str) -> tuple[tuple[str, str], ...]:
    """(pattern, key) of the leaders of ``code`` in ``leaders.csv``: every spelling of a row, longest first."""
    out = []
    for names in load_leaders().loc[lambda t: t["code"] == code, "names"]:
        for name in sorted(filter(None, names.split("|")), key=len, reverse=True):
            pat = _name_pattern(name)
            from marsad.lang.text import normalize
            last = normalize(name).split()[-1]
            key = (last[2:] if last.startswith("ال") and len(last) > 4 else last)[:4]
            if (pat, key) not in out:
                out.append((pat, key))
    return tuple(out)


# The regex groups of :func:`actor_regex` that come from ``leaders.csv`` (by the codes it was built for): their
# last word is no surname of its own ("الثاني", "السادس", "الصباح" close a full name; the table spells the short forms).
TABLE_GROUPS: dict[tuple[str, ...], frozenset[int]] = {}


@lru_cache(maxsize=16)
def kb_actor_rows(code: str) -> tuple[tuple[str, str, str], ...]:
    """Name and capital forms of a country the actor lexicon lacks, from the knowledge base."""
    try:
        from marsad.mentions.kb import load_kb
        from marsad.lang.text import normalize
    except ImportError:  # pragma: no cover
        return ()
    pats = load_kb().patterns
    rows = pats[(pats["id"] == code) & pats["form"].isin(["name", "capital"])]
    out = []
    for p, f in zip(rows["pattern"], rows["form"]):
        n = normalize(p)
        if len(n) > 2:
            words = [w[2:] if w.startswith("ال") else w for w in n.split()]
            out.append((re.escape(n), f, max(words, key=len)[:4]))
    return tuple(out)


@lru_cache(maxsize=16)
def kb_demonym(code: str) -> tuple[str, str] | None:
    """A demonym-adjective regex and a prefilter key for a country from the knowledge base ("التركي")."""
    try:
        from marsad.mentions.kb import load_kb
        from marsad.lang.text import normalize
    except ImportError:  # pragma: no cover
        return None
    pats = load_kb().patterns
    forms = {normalize(p) for p in pats.loc[(pats["id"] == code) & (pats["form"] == "demonym"), "pattern"]}
    if not forms:
        # No demonym in the knowledge base: the nisba of the one-word name (تركيا → تركي، فيتنام → فيتنامي).
        names = [normalize(p) for p in pats.loc[(pats["id"] == code) & (pats["form"] == "name"), "pattern"]]
        names = [n[2:] if n.startswith("ال") else n for n in names if " " not in n.strip()]
        for n in sorted(names, key=len)[:1]:
            stem = n[:-1] if n.endswith("يا") else n + "ي"
            forms = {stem, stem + "ه", stem + "ين", stem + "ون"}
    stems = sorted({f[2:] if f.startswith("ال") else f for f in forms if " " not in f and len(f) > 3}, key=len,
                   reverse=True)
    if not stems:
        return None
    return "(?:ال)?(?:" + "|".join(re.escape(s) for s in stems) + ")", stems[-1][:4]


def _raw_variants(key: str) -> set[str]:
    """The spellings of a normalised prefilter key in raw text ("ايرا" → "إيرا", "امري" → "أمري"): the prefilter
    runs on the raw segments, so a key must also match the hamza and taa-marbuta forms normalisation removes."""
    forms = raw_forms()
    out = {""}
    for ch in key:
        out = {o + f for o in out for f in forms.get(ch, ch)}
    return out


# The article after the preposition ل loses its alef ("للحريري" = ل + الحريري, "زيارة للسعودية"): an "ال" that
# begins a word of a pattern also reads "ل" when the proclitic ل sits right before it. Role rows spell "لل" already.
_WORD_START_AL = re.compile(r"(?:(?<=^)|(?<=[|(:?)]))ال|(?:(?<=\\s\+)|(?<=\\s\*))ال")


def _after_lam(pattern: str) -> str:
    return _WORD_START_AL.sub("(?:ال|(?<=ل)ل)", pattern)


@lru_cache(maxsize=16)
def actor_regex(codes: tuple[str, ...]) -> tuple[re.Pattern, list[tuple[str, str, str]], dict[str, tuple[str, ...]]]:
    """Compile one regex for the actors of ``codes``; return it, group metadata and prefilter keys per code.

    Role nouns + demonym adjectives ("وزير الخارجية الروسي") are actors; a bare adjective ("الغزو الروسي")
    is not. Keys are plain substrings one of which every match contains (the cheap prefilter).
    """
    actors = load_actors()
    parts, meta, keys = [], [], {c: set() for c in codes}
    rows = [(r.code, r.pattern, r.kind, r.stands_for, r.key) for r in actors.itertuples() if r.code in codes]
    have = {r[0] for r in rows if r[2] in ("country", "capital")}
    # a fixed epithet of a state ("الدولة العبرية") is the country, but adds to the knowledge base's names
    rows = [(c, p, "country" if k == "epithet" else k, s, y) for c, p, k, s, y in rows]
    curated = {(r[0], r[1]) for r in rows}
    for code in codes:
        # the heads of state and government and foreign ministers of the hand-written table (any country)
        rows += [(code, p, "leader", "table", k) for p, k in leader_rows(code) if (code, p) not in curated]
    for code in codes:
        if code not in have:
            # the knowledge base says "name": it is the country (a venue after "ب", feminine as a subject)
            rows += [(code, p, "country" if f == "name" else f, "", k) for p, f, k in kb_actor_rows(code)]
        demonym = (DEMONYMS[code], {"RU": "روس", "KP": "كوري", "KR": "جنوب", "VN": "فيتنام"}[code]) if code in DEMONYMS \
            else kb_demonym(code)
        if demonym and code not in DEMONYMS:
            # the people named by the plural demonym ("الإيرانيين أطلقوا …", "لن نسمح للإيرانيين …"); not as the
            # adjective of a definite noun ("المواطنين الإيرانيين"): see events.extract
            plural = [s for s in re.findall(r"[^|()?:]+", demonym[0]) if s.endswith(("يين", "يون")) or s == "اتراك"]
            if plural:
                rows.append((code, "ال(?:" + "|".join(plural) + ")", "people", "", demonym[1]))
        if demonym:
            rows.append((code, rf"(?:{ROLE_NOUNS})\s+{ROLE_FILLERS}(?:{demonym[0]})", "role", "", demonym[1]))
            # The owner of a facility ("مفاعل مجمع بوشهر النووي الإيراني"): kind "nisba", an actor only as
            # the object of a material verb (see events.extract). Role nouns may not sit in between.
            # (nor a genitive "لل…": "أهدافا عسكرية للجيش السوري" are the army's, a role actor of its own; nor a
            # preposition: "طائرات من شركة فرنسية" are a company's)
            rows.append((code, rf"{OBJECT_NOUNS}[\"»”]?\s+(?:(?![وفبل]?(?:{ROLE_NOUNS})\s)(?!لل)(?!(?:من|في|الي|علي|عن|مع)\s)\S+\s+){{0,3}}?(?:{demonym[0]})",
                         "nisba", "", demonym[1]))
    rows.sort(key=lambda r: -len(r[1]))
    table = set()
    for i, (code, pattern, kind, stands, key) in enumerate(rows):
        parts.append(f"(?P<a{i}>{pattern if kind == 'role' else _after_lam(pattern)})")
        if stands == "table":
            table.add(i)
            stands = ""
        meta.append((code, kind, stands))
        for k in str(key).split("|"):
            if k and kind != "role" and k.startswith("ال") and len(k) > 4:
                k = k[2:]  # "للحريري" holds "حريري", not "الحريري"
            if k:
                keys[code].update(_raw_variants(k))
    regex = re.compile(PREFIX + "(?:" + "|".join(parts) + r")(?![\w])")
    TABLE_GROUPS[tuple(codes)] = frozenset(table)
    return regex, meta, {c: tuple(sorted(k)) for c, k in keys.items()}


@lru_cache(maxsize=1)
def _name_particle_words() -> tuple[frozenset, frozenset]:
    """First names (NER gazetteer, first words of the knowledge base's person names) and the words the knowledge base
    has right after the particle لو inside a person's name (برونو لو مير → مير)."""
    import json

    from marsad.lang.text import normalize
    from marsad.mentions.kb import load_kb

    with open(data_path("ner", "gazetteers.json"), encoding="utf-8") as f:
        first = {normalize(w) for w in json.load(f).get("per_first", ())}
    pats = load_kb().patterns
    tails = set()
    for p in pats.loc[pats["label"] == "person", "pattern"]:
        words = normalize(str(p)).split()
        if len(words) > 1:
            first.add(words[0])
        tails.update(words[i + 1] for i in range(1, len(words) - 1) if words[i] == "لو")
    return frozenset(first), frozenset(tails)


_LU = re.compile(r"(?<![\w])لو(?![\w])")


def mask_name_particles(norm: str, start: int, end: int) -> str:
    """``norm[start:end]`` with the particle لو blanked where it is inside a person's name, not the conditional "if":
    after a first name ("برونو لو مير") or before the rest of a known name ("وصرح لو مير")."""
    first, tails = _name_particle_words()
    out = norm[start:end]
    for m in _LU.finditer(norm, start, end):
        before = norm[max(0, m.start() - 30):m.start()].split()
        after = norm[m.end():m.end() + 30].split()
        prev = before[-1].lstrip("،,\"«") if before else ""
        if (prev in first and after) or (after and after[0].rstrip("،,.\"»") in tails):
            k = m.start() - start
            out = out[:k] + "  " + out[k + 2:]
    return out
