"""Lists mined from the unannotated ANT text by general patterns (people67, session 32).

    python -m marsad.training.kb_mine --datasets DIR [--exclude FILE ...] [--out-dir DIR] [--pool all|probed]

Hand-written lists hold the names of the articles someone read; the blind people parts miss the names of the next
article (a club named after its city or sponsor taken for a person, a player known by one name). These lists are
mined from every unannotated ANT article (``article_pool``: ANT v1.1 Jawhara FM and v2.1 Al Arabiya, France 24, CNN,
less every gold article of ``data/gold/people/documents.tsv``, the demo corpus and the doc ids of the ``--exclude``
files: by default this session's probe ``probed_session67.txt``; people67 also left out the drawn ids of the blind
part ``heldout36``, which gave the same lists; less every article sharing a URL or title with one of them), so that
the names of articles nobody read are known (``--pool probed`` reads ``kb_build.learning_pool`` instead). Two lists:

- ``mined_clubs.txt`` (**clubs**): a name of one or two words X right after an indefinite noun of a club or a sport
  role in construct (نادي، فريق، لاعب، مدرب، مهاجم، مدافع، حارس، نجم، جماهير، صفوف … X: مدرب غوانزو، نجم توتنهام),
  with a proclitic maybe; kept when the text writes it so in ``CLUB_MIN_DOCS`` documents or more, after
  ``CLUB_MIN_OPENERS`` distinct nouns or more, and a person's context (after a definite role: المدرب X; after a known
  first name that is no common word: ريس X) in at most ``CLUB_MAX_PERSON_SHARE`` of those documents' count; each word
  no common word, title, ال-word, country word, known first name, learned given name, knowledge-base name word, opener
  noun or word of the language (a verb form, a pronoun suffix, an accusative, a proclitic + word, a word whose ال form
  the text has and whose word cluster holds hardly any names: ممتاز، محلي). Read by
  ``named_organisations.organisation_names`` and ``span_repairs._club_before_player``.
- ``mined_person_names.txt`` (**one-word names**): a word X right after a definite role (المهاجم، الحارس، المدرب،
  الرئيس …, a proclitic maybe, one nationality adjective with ال maybe between) and standing alone there (the
  clause ends after it, or the next word is a common word, an ال-word or a title), in ``NAME_MIN_DOCS`` documents or
  more after ``NAME_MIN_ROLES`` distinct contexts (role, or role and adjective) or more, in ``NAME_MIN_SHARE`` or
  more of the documents that hold X (a word of the language is mostly elsewhere); X no common word, title, ال- or
  لل-word, country word, known first name, word of the language, mined club, four letters or more. Read by no rule
  yet (people67: 9 words, 6 right; too few and too noisy to wire).

- ``mined_full_names.txt`` (**the corpus name memory**, people68; ``python -m marsad.training.kb_mine full-names
  --datasets DIR``): the product's pipeline run over the articles of the same pool (less the people68 and people72
  probes and wider checks too): since people72 every section folder (``--sections all``, the default; the ``sport``
  and ``localNews`` articles batched first, as the first memory was, then the other sections' news: politics, world,
  economy, culture …); the discovered full names of two or three words found as a person in ``FULL_MIN_DOCS``
  documents or more (``keep_full_name``). Read by ``people.memory_name_recognizer``.

All are derived word statistics of ANT (Apache-2.0; cite ANT).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path

from marsad.lang.text import normalize
from marsad.mentions.kb import KB_DIR
from marsad.training.evaluate import REPO_ROOT as REPO

__all__ = ["mine", "write_lists", "CLUB_OPENERS", "PERSON_ROLES_EXTRA"]

CLUBS_FILE = KB_DIR / "mined_clubs.txt"
NAMES_FILE = KB_DIR / "mined_person_names.txt"

# indefinite nouns of a club or of a sport role in construct before a club's name (مدرب غوانزو، نجم رانس)
CLUB_OPENERS = tuple(normalize(w) for w in (
    "نادي", "فريق", "فريقي", "لاعب", "لاعبو", "لاعبي", "لاعبا", "مدرب", "مدربا", "مهاجم", "مهاجمو", "مهاجمي",
    "مدافع", "مدافعو", "مدافعي", "حارس", "حارسا", "نجم", "نجوم", "نجما", "جماهير", "جمهور", "مشجعي", "مشجعو",
    "صفوف", "قميص", "ناشئي", "شباك", "ملعب", "رئيس نادي"))
# the definite roles of a person's name (besides the titles with ال of person_titles.txt)
PERSON_ROLES_EXTRA = tuple(normalize(w) for w in (
    "اللاعب", "اللاعبة", "المهاجم", "الحارس", "المدافع", "المدرب", "النجم", "الظهير", "الجناح", "الهداف",
    "الدولي", "المحترف", "لاعب الوسط"))
# titles with ال that are no person's role before a club's name (الفريق 'the team', also a military rank)
NOT_ROLES = frozenset(normalize(w) for w in ("الفريق", "العهد", "الأعمال", "الأركان", "التنفيذي"))
CLUB_MIN_DOCS = 2
CLUB_MIN_OPENERS = 2
CLUB_MAX_PERSON_SHARE = 0.25
NAME_MIN_DOCS = 3
NAME_MIN_ROLES = 2
NAME_MIN_SHARE = 0.1

_PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")
_CLAUSE = re.compile(r"[^\s\"'«»“”()\[\]{}،,:;؛.!?؟…\-–—/|#@0-9a-zA-Z]+|[\"'«»“”()\[\]{}،,:;؛.!?؟…\-–—/|#@0-9a-zA-Z]+")
_PUNCT = re.compile(r"[\"'«»“”()\[\]{}،,:;؛.!?؟…\-–—/|#@0-9a-zA-Z]")
_ARABIC = re.compile(r"[\u0621-\u064a]+")
_TAGS = re.compile(r"<(TITLE|ABSTRACT|TEXT)>(.*?)</\1>", re.S)


def _strip(tok: str, words) -> str | None:
    """``tok`` itself or without a proclitic when that is in ``words``."""
    if tok in words:
        return tok
    for p in _PROCLITICS:
        if tok.startswith(p) and tok[len(p):] in words:
            return tok[len(p):]
    return None


def _clauses(text: str) -> list[list[str]]:
    """The normalised text as runs of Arabic words between punctuation marks, digits or Latin words."""
    out, cur = [], []
    for m in _CLAUSE.finditer(normalize(text)):
        t = m.group()
        if _PUNCT.match(t) or not _ARABIC.fullmatch(t):
            if cur:
                out.append(cur)
            cur = []
        else:
            cur.append(t)
    if cur:
        out.append(cur)
    return out


def article_text(path: Path) -> str:
    raw = Path(path).read_text("utf-8", errors="replace")
    parts = [m.group(2) for m in _TAGS.finditer(raw)]
    return "\n".join(parts) if parts else raw


def mine(articles: list[Path]) -> tuple[list[tuple], list[tuple]]:
    """``(clubs, names)``: rows ``(phrase, docs, openers, person_docs)`` and ``(word, docs, roles, holding)``."""
    from marsad.mentions import people as P
    from marsad.training.kb_build import _language_test

    common, titles, firsts = P.common_words(), P.title_words(), P.known_first()
    countries, kb_words, learned = P._country_words(), P._name_words(), P.learned_given_names()
    demonyms = P._demonyms_with_article()
    language = _language_test(final_alef=False)
    one_openers = frozenset(o for o in CLUB_OPENERS if " " not in o)
    two_openers = frozenset(o for o in CLUB_OPENERS if " " in o)
    roles = (frozenset(t for t in titles if t.startswith("ال")) | frozenset(
        r for r in PERSON_ROLES_EXTRA if " " not in r)) - NOT_ROLES
    vocab = P._vocabulary()
    openers_bare = frozenset(o for o in CLUB_OPENERS if " " not in o)

    bad = common | firsts | countries | titles

    def word_ok(w: str) -> bool:
        return (len(w) >= 3 and not w.startswith(("ال", "لل")) and w not in common and w not in titles
                and w not in countries and w not in firsts and w not in learned and w not in kb_words
                and not language(w) and not P._verb_like(w) and not _strip(w, bad)
                and not (w[:1] in "وفبلك" and len(w) > 3 and w[1:] in P._vocabulary()))

    def club_word_ok(w: str) -> bool:
        """As ``word_ok`` but a club's name may have an ال form in the text (البايرن): the words of the language are
        verb forms, pronoun suffixes, accusatives, proclitic + word and the words whose ال form the text has and
        whose word cluster holds hardly any names (``people._language_word``: ممتاز، محلي); no opener noun itself."""
        return (len(w) >= 3 and not w.startswith("ال") and w not in common and w not in titles
                and w not in countries and w not in firsts and w not in learned and w not in kb_words
                and w not in openers_bare and not _strip(w, bad) and not P._verb_like(w) and not P._present_verb(w)
                and not w.endswith("وا") and not (w[:1] in "يتن" and w.endswith(("ون", "ان", "ين")))
                and not (w.endswith("ه") and w[:-1] in vocab) and not P._language_word(w)
                and not (w.endswith("ا") and "ال" + w[:-1] in vocab)
                and not (w.endswith(("نا", "ها", "هم")) and w[:-2] in vocab)
                and not (w[:1] in "وفبلك" and len(w) > 4 and w[1:] in vocab))

    # (a first name that is no common word and no noun with a pronoun: علي/على، ان، ناديه 'his club' are not)
    person_firsts = frozenset(f for f in firsts if f not in common and len(f) >= 3
                              and not (f.endswith("ه") and f[:-1] in vocab))
    ok_cache: dict = {}
    club_cache: dict = {}

    def ok(w: str) -> bool:
        if w not in ok_cache:
            ok_cache[w] = word_ok(w)
        return ok_cache[w]

    def ok_club(w: str) -> bool:
        if w not in club_cache:
            club_cache[w] = club_word_ok(w)
        return club_cache[w]

    club_docs, club_openers, person_docs = defaultdict(set), defaultdict(set), defaultdict(set)
    name_docs, name_roles, holding = defaultdict(set), defaultdict(set), Counter()
    for path in articles:
        d = Path(path).stem
        clauses = _clauses(article_text(path))
        seen = set()
        for cl in clauses:
            seen.update(cl)
            n = len(cl)
            for i, tok in enumerate(cl):
                # (a) clubs: an indefinite club noun or sport role, then X [Y]
                op = _strip(tok, one_openers)
                j = i + 1
                if op is None and i + 1 < n and _strip(tok + " " + cl[i + 1], two_openers):
                    op, j = _strip(tok + " " + cl[i + 1], two_openers), i + 2
                if op is not None and j < n and ok_club(cl[j]):
                    club_docs[cl[j]].add(d)
                    club_openers[cl[j]].add(op)
                    if j + 1 < n and ok_club(cl[j + 1]):
                        ph = cl[j] + " " + cl[j + 1]
                        club_docs[ph].add(d)
                        club_openers[ph].add(op)
                # person contexts: after a known first name, or after a definite role
                if tok in person_firsts and i + 1 < n:
                    person_docs[cl[i + 1]].add(d)
                    if i + 2 < n:
                        person_docs[cl[i + 1] + " " + cl[i + 2]].add(d)
                role = _strip(tok, roles)
                if role is None or not role.startswith("ال"):
                    continue
                j = i + 1
                ctx = role
                # (one adjective with ال between: a nationality, الأيسر, المخضرم; not a title or a name word)
                if j < n and (cl[j] in demonyms or (cl[j].startswith("ال") and len(cl[j]) >= 5
                                                    and cl[j][2:] in vocab and not _strip(cl[j], titles)
                                                    and cl[j] not in kb_words and cl[j] not in firsts)):
                    ctx = role + " " + cl[j]
                    j += 1
                if j >= n:
                    continue
                x = cl[j]
                person_docs[x].add(d)
                if j + 1 < n:
                    person_docs[x + " " + cl[j + 1]].add(d)
                nxt = cl[j + 1] if j + 1 < n else None
                if nxt is None or nxt in common or nxt.startswith("ال") or _strip(nxt, titles):
                    name_docs[x].add(d)
                    name_roles[x].add(ctx)
        holding.update(seen)
    clubs = []
    for ph, docs in club_docs.items():
        pd_ = len(person_docs.get(ph, ()))
        if (len(docs) >= CLUB_MIN_DOCS and len(club_openers[ph]) >= CLUB_MIN_OPENERS
                and pd_ <= CLUB_MAX_PERSON_SHARE * len(docs)):
            clubs.append((ph, len(docs), len(club_openers[ph]), pd_))
    club_set = {c[0] for c in clubs}
    names = []
    for w, docs in name_docs.items():
        if (len(docs) >= NAME_MIN_DOCS and len(name_roles[w]) >= NAME_MIN_ROLES and len(w) >= 4
                and len(docs) >= NAME_MIN_SHARE * holding[w] and ok(w) and w not in club_set):
            names.append((w, len(docs), len(name_roles[w]), holding[w]))
    return sorted(clubs), sorted(names)


def write_lists(clubs, names, n_articles: int, out_dir: Path = KB_DIR) -> tuple[int, int]:
    src = (f"# mined by `python -m marsad.training.kb_mine --datasets DIR` (people67, session 32) from {n_articles}"
           " unannotated ANT articles (every ANT v1.1/v2.1 article less gold, demo, the --exclude ids: probed_session67.txt"
           " and heldout36's drawn ids, and articles sharing their URL or title). Derived word statistics of ANT"
           " (Apache-2.0; cite Chouigui, Ben Khiroun & Elayeb, AJSE 2021).")
    head_c = [
        "# Clubs mined from text: a name of one or two words after an indefinite club noun or sport role in construct",
        f"# (نادي، فريق، لاعب، مدرب، مهاجم، نجم، جماهير … X) in >= {CLUB_MIN_DOCS} documents, after >= {CLUB_MIN_OPENERS}"
        f" distinct nouns, in a person's context (after a definite role or a known first name) in <= {CLUB_MAX_PERSON_SHARE:.0%}"
        " of that many documents; no common word, title, ال-word, country word, first name or word of the language.",
        src,
        "# phrase<TAB># docs openers person-docs",
    ]
    head_n = [
        "# One-word person names mined from text: a word alone right after a definite role (المهاجم، الحارس، الرئيس …,"
        " a nationality adjective maybe between)",
        f"# in >= {NAME_MIN_DOCS} documents after >= {NAME_MIN_ROLES} distinct roles, in >= {NAME_MIN_SHARE:.0%} of the"
        " documents holding the word; no common word, title, ال-word, country word, first name, word of the language"
        " or mined club; four letters or more.",
        src,
        "# word<TAB># docs roles holding-docs",
    ]
    Path(out_dir, CLUBS_FILE.name).write_text(
        "\n".join(head_c + [f"{p}\t# {a} {b} {c}" for p, a, b, c in clubs]) + "\n", "utf-8")
    Path(out_dir, NAMES_FILE.name).write_text(
        "\n".join(head_n + [f"{w}\t# {a} {b} {c}" for w, a, b, c in names]) + "\n", "utf-8")
    return len(clubs), len(names)


def article_pool(datasets: Path, exclude: tuple = ()) -> list[Path]:
    """Every ANT article (v1.1 Jawhara FM, v2.1 Al Arabiya, France 24, CNN) less the gold articles
    (``documents.tsv``), the demo corpus and the doc ids of the ``exclude`` files (this session's probe; the blind
    part's drawn ids), and less every article whose URL or title is one of theirs (the corpus repeats some articles
    under two ids)."""
    gold_dir = REPO / "data" / "gold" / "people"
    left = {line.split("\t")[0] for line in (gold_dir / "documents.tsv").read_text("utf-8").splitlines()[1:]}
    left |= {p.stem for p in (REPO / "data" / "demo").rglob("*") if p.is_file()}
    for f in exclude:
        for line in Path(f).read_text("utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                left.add(Path(line.split()[0]).stem)
    files = sorted(list((datasets / "ant-v2.1-multisource").glob("*/*/*.txt"))
                   + list((datasets / "ant-v1.1-jawharafm").glob("*/*.txt")))
    head = re.compile(r"<(URL|TITLE)>(.*?)</\1>", re.S)

    def keys(p: Path) -> set:
        raw = p.read_text("utf-8", errors="replace")[:3000]
        return {m.group(1) + ":" + " ".join(m.group(2).split()) for m in head.finditer(raw) if m.group(2).strip()}

    key_of = {p: keys(p) for p in files}
    bad = set().union(*(key_of[p] for p in files if p.stem in left)) if left else set()
    return [p for p in files if p.stem not in left and not (key_of[p] & bad)]


FULL_NAMES_FILE = KB_DIR / "mined_full_names.txt"
FULL_MIN_DOCS = 3
FULL_SECTIONS = ("sport", "localNews")
FULL_BATCH = 400
_NASAB = frozenset(normalize(w) for w in ("بن", "ابن", "بنت", "ال"))
FULL_EXCLUDE = ("data/gold/people/probed_session67.txt", "data/gold/people/probed_session68.txt",
                "data/gold/people/probed_session68_wide.txt", "data/gold/people/probed_session68_wide_local.txt",
                "data/gold/people/probed_session72.txt", "data/gold/people/probed_session72_wide.txt")


def mine_full_names(articles: list[Path], batch: int = FULL_BATCH, doc_ids: dict | None = None) -> list[tuple]:
    """The corpus name memory (people68): run the product's pipeline (``find_mentions``, NER on, the memory itself
    off) over ``articles`` in fixed batches of ``batch`` (sorted paths; ``articles`` may be a list of parts, each
    batched on its own) and count, per normalised surface of a
    discovered person's row (``ner:`` ids) of two or three words, the documents, the outlets (doc-id prefix) and the
    documents where the same surface is a row of another type or of no row. Rows ``(name, docs, outlets, sections,
    sport-local docs)`` (the last: its documents of the ``FULL_SECTIONS`` folders)
    for every such name (:func:`keep_full_name` chooses); ``doc_ids``, when given, receives each name's document ids
    (to read a name in its articles)."""
    import shutil
    import tempfile

    from marsad.mentions import find_mentions
    from marsad.mentions import people as P
    from marsad.readers import read_corpus

    # (a list of lists: each part batched on its own, so the sport/local news part is batched as it always was)
    parts = [sorted(p) for p in articles] if articles and isinstance(articles[0], list) else [sorted(articles)]
    batches = [part[k:k + batch] for part in parts for k in range(0, len(part), batch)]
    total = sum(len(b) for b in batches)
    with P.memory_off():
        docs, outlets, sections = defaultdict(set), defaultdict(set), defaultdict(set)
        done = 0
        for chunk in batches:
            tmp = Path(tempfile.mkdtemp(prefix="kbmine"))
            try:
                for f in chunk:
                    dst = tmp / f.parent.name / f.name
                    dst.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy(f, dst)
                corpus = read_corpus(tmp)
                df = find_mentions(corpus)
            finally:
                shutil.rmtree(tmp)
            segs = corpus.segments.set_index(["doc_id", "position"])["text"]
            for r in df[(df.entity_type == "person") & df.entity_id.astype(str).str.startswith("ner:")].itertuples():
                key = normalize(segs[(r.doc_id, r.position)][r.start:r.end])
                if 2 <= len(key.split()) <= 3:
                    docs[key].add(r.doc_id)
                    outlets[key].add(r.doc_id.split("-")[0])
                    sections[key].add(r.doc_id.split("-")[1] if "-" in r.doc_id else "")
            done += len(chunk)
            print(f"  {done}/{total} articles, {len(docs)} names", flush=True)
    if doc_ids is not None:
        doc_ids.update({n: sorted(d) for n, d in docs.items()})
    # (and the documents of the sport and local news part: the memory's surnames alone come from those names only)
    return sorted((n, len(d), len(outlets[n]), len(sections[n]),
                   sum(x.split("-")[1] in FULL_SECTIONS for x in d if "-" in x)) for n, d in docs.items())


def keep_full_name(name: str, n_docs: int, min_docs: int = FULL_MIN_DOCS, found: dict | None = None) -> bool:
    """A discovered full name kept in the memory: found as a person in ``FULL_MIN_DOCS`` documents or more; no word a
    mined club's or an organisation's name word, a country word, a title or a common word; not the name of an
    ``organizations.csv`` row; no family name's part (بن X) and no compound given name alone (عبد X); and (people72,
    with ``found``, every discovered name's document count) no name that is another discovered name less its first
    letter ب/ل/و/ف/ك, found in as many documents or more: the span rules took that letter for a proclitic (سام راضي of
    بسام راضي, 5 and 24 documents; در العساكر of بدر العساكر), and the memory would cut the name wherever it is written
    (وسام مرسي in 3 documents leaves سام مرسي, Sam Morsy, in 4)."""
    from marsad.mentions import people as P

    if n_docs < min_docs:
        return False
    if found and any(found.get(p + name, 0) >= n_docs for p in "بلوفك"):
        return False
    words = name.split()
    clubs = {w for line in CLUBS_FILE.read_text("utf-8").splitlines() if line and not line.startswith("#")
             for w in line.split("\t")[0].split()}
    triggers, org_words = P.organization_words()
    bad = P.common_words() | P.title_words() | P._country_words() | clubs | org_words | triggers
    if name in _organisation_names():
        return False
    if words[0] in _NASAB or (len(words) == 2 and words[0] == "عبد"):
        return False  # a family name's part (بن يطو) or a compound given name alone (عبد العزيز)
    return not any(w in bad or len(w) < 2 for w in words)


WIDE_MIN_DOCS = 20
_WIDE_PARTICLES = frozenset(normalize(w) for w in ("بن", "ابن", "بنت", "ال", "ابو", "أبو", "ام", "أم", "دي", "دا", "فان",
                                                  "فون", "لا", "لو", "عبد"))
_WIDE_INNER = frozenset(normalize(w) for w in ("بن", "ابن", "دي", "دا", "فان", "فون"))


def _person_alias_words() -> frozenset:
    """One-word knowledge-base patterns whose every row is a person's (يوسف of يوسف النصيري): first names and aliases,
    no place, though the miner's country words hold them (every one-word pattern)."""
    from marsad.mentions.kb import load_kb

    pats = load_kb().patterns
    one = pats.assign(n=pats["pattern"].map(normalize))
    one = one[~one["n"].str.contains(" ")]
    labels = one.groupby("n")["label"].agg(lambda s: frozenset(s))
    return frozenset(w for w, ls in labels.items() if ls == {"person"})


def keep_wide_name(name: str, n_docs: int, n_outlets: int, n_sections: int, found: dict | None = None,
                   min_docs: int = WIDE_MIN_DOCS) -> bool:
    """people74: a frequent discovered name that :func:`keep_full_name` drops ONLY because a word is a common word
    (يوسف الشاهد: الشاهد 'the witness'; عبدالملك الحوثي) or a one-word pattern of a knowledge-base person (يوسف, an alias
    of يوسف النصيري) is kept when found as a person in ``WIDE_MIN_DOCS`` documents or more and in 2 outlets or 2
    sections or more, its first and last words of 3 letters or more and no particle or family part (بن علي, دي خيا),
    an inner word of fewer letters only a particle (كيفن دي بروين, مهدي بن غربيه). Every other guard stays. These
    names never vouch for a surname alone (marked ``wide`` in the list; people69's rule leaves them out)."""
    from marsad.mentions import people as P

    if n_docs < min_docs or (n_outlets < 2 and n_sections < 2):
        return False
    if keep_full_name(name, n_docs, 3, found):
        return False  # kept by the first rule already
    if found and any(found.get(p + name, 0) >= n_docs for p in "بلوفك"):
        return False
    words = name.split()
    if words[0] in _WIDE_PARTICLES or words[-1] in _WIDE_PARTICLES or len(words[0]) < 3 or len(words[-1]) < 3:
        return False
    if any(len(w) < 3 and w not in _WIDE_INNER for w in words[1:-1]):
        return False
    if name in _organisation_names():
        return False
    clubs = {w for line in CLUBS_FILE.read_text("utf-8").splitlines() if line and not line.startswith("#")
             for w in line.split("\t")[0].split()}
    triggers, org_words = P.organization_words()
    relaxed = P.common_words() | _person_alias_words()
    strict = P.title_words() | (P._country_words() - _person_alias_words()) | clubs | org_words | triggers
    return not any(w in strict for w in words) and any(w in relaxed for w in words)


def _organisation_names() -> frozenset:
    import csv

    with open(KB_DIR / "organizations.csv", encoding="utf-8") as f:
        return frozenset(normalize(n).strip() for r in csv.DictReader(f)
                         for col in ("label_ar", "names", "aliases") for n in (r[col] or "").split("|") if n.strip())


def write_full_names(rows, n_articles: int, out: Path = FULL_NAMES_FILE, min_docs: int = FULL_MIN_DOCS,
                     sections: tuple = ("all",), wide: frozenset = frozenset()) -> int:
    where = ("every section folder (sport and local news batched first, then the other sections' news)"
             if tuple(sections) == ("all",) else f"the {'/'.join(sections)} folders")
    head = [
        "# The corpus name memory (people68, session 32; people72, session 33): full names (2-3 words, normalised, as"
        " the pipeline's span rules leave them) that the product's pipeline (find_mentions, NER on) finds as a"
        f" discovered person in >= {min_docs} documents of {n_articles} unannotated ANT articles of {where}"
        " (less gold, demo, probes, blind parts' drawn ids), no word a common word, title, country word, mined"
        " club's or organisation's word, no name that is a longer discovered name less a letter taken for a"
        " proclitic.",
        f"# mined by `python -m marsad.training.kb_mine full-names --datasets DIR{'' if tuple(sections) == ('all',) else ' --sections ' + ' '.join(sections)}`. Derived word statistics of ANT"
        " (Apache-2.0; cite Chouigui, Ben Khiroun & Elayeb, AJSE 2021).",
        "# name<TAB># docs outlets sections sport-local-docs (the surname alone rule reads only the names found in"
        f" >= {min_docs} sport or local news documents)",
    ]
    if wide:
        head.append(f"# and (people74) the names marked wide: dropped by the common-word or person-alias guard alone, found"
                    f" in >= {WIDE_MIN_DOCS} documents and >= 2 outlets or sections; they never vouch for a surname alone")
    Path(out).write_text("\n".join(head + [f"{n}\t# {a} {b} {c} {d}{' wide' if n in wide else ''}"
                                           for n, a, b, c, d in rows]) + "\n", "utf-8")
    return len(rows)


def full_names_main(argv) -> None:
    import argparse

    ap = argparse.ArgumentParser(description="the corpus name memory (mined_full_names.txt)")
    ap.add_argument("--datasets", type=Path, required=True)
    # (a blind part's drawn ids are left out through documents.tsv once its gold is committed, as the protocol of
    # data/gold/people/README.md rebuilds the lists then; before that, pass its id file with --exclude)
    ap.add_argument("--exclude", nargs="*", default=[str(REPO / f) for f in FULL_EXCLUDE])
    ap.add_argument("--out", type=Path, default=FULL_NAMES_FILE)
    ap.add_argument("--raw", type=Path, help="also write every discovered name's counts here")
    ap.add_argument("--raw-docs", type=Path, help="also write every discovered name's document ids here")
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles (a quick check)")
    ap.add_argument("--min-docs", type=int, default=FULL_MIN_DOCS,
                    help="keep names found in this many documents or more (default: the shipped list's rule)")
    ap.add_argument("--sections", nargs="*", default=["all"],
                    help="the section folders mined (default 'all', every folder: the shipped list's rule since "
                         "people72; 'sport localNews' for the first memory's)")
    a = ap.parse_args(argv)
    pool = [p for p in article_pool(a.datasets, tuple(a.exclude))
            if a.sections == ["all"] or p.parent.name in a.sections]
    if a.limit:
        pool = sorted(pool)[:a.limit]
    print(f"{len(pool)} articles", flush=True)
    # the sport and local news first, batched as the first memory was, then the other sections' news
    parts = [[p for p in pool if p.parent.name in FULL_SECTIONS], [p for p in pool if p.parent.name not in FULL_SECTIONS]]
    doc_ids: dict = {}
    rows = mine_full_names([q for q in parts if q], doc_ids=doc_ids)
    if a.raw_docs:
        Path(a.raw_docs).write_text("".join(f"{n}\t{' '.join(d)}\n" for n, d in sorted(doc_ids.items())), "utf-8")
    if a.raw:
        Path(a.raw).write_text("".join(f"{n}\t{x}\t{y}\t{z}\t{w}\n" for n, x, y, z, w in rows), "utf-8")
    found = {r[0]: r[1] for r in rows}
    wide = frozenset(r[0] for r in rows if keep_wide_name(r[0], r[1], r[2], r[3], found))
    rows = [r for r in rows if keep_full_name(r[0], r[1], a.min_docs, found) or r[0] in wide]
    print(f"{write_full_names(rows, len(pool), a.out, a.min_docs, tuple(a.sections), wide)} full names"
          f" ({len(wide)} wide) -> {a.out}")


def main(argv=None) -> None:
    import argparse
    import sys

    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["full-names"]:
        return full_names_main(argv[1:])

    from marsad.training.kb_build import learning_pool

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--datasets", type=Path, required=True)
    ap.add_argument("--exclude", nargs="*", default=[str(REPO / "data/gold/people/probed_session67.txt")],
                    help="files of doc ids to leave out (default: this session's probe)")
    ap.add_argument("--out-dir", type=Path, default=KB_DIR)
    ap.add_argument("--pool", choices=("all", "probed"), default="all",
                    help="all: every ANT article less gold, demo and the --exclude ids; probed: kb_build.learning_pool")
    a = ap.parse_args(argv)
    pool = (learning_pool(a.datasets, REPO, tuple(a.exclude)) if a.pool == "probed"
            else article_pool(a.datasets, tuple(a.exclude)))
    clubs, names = mine(pool)
    nc, nn = write_lists(clubs, names, len(pool), a.out_dir)
    print(f"{nc} clubs, {nn} one-word names from {len(pool)} articles -> {a.out_dir}")


if __name__ == "__main__":
    main()
