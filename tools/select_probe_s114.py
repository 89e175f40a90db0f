"""people114 (lead's 44th session): the unannotated probes of people114's lever on issue #16's person recall (misses
on development), committed with its rule and judge before the lever was scored anywhere and before any article of
T or R was read (decisions: ``/work/scratch/people114/decisions.md``).

Rule (lever G, "a given name that is a word of the language or that no first-name list holds, after a role"):
``lib/marsad/data/kb/role_given_names.txt`` (68 frequent Arabic given names that are common words or words of the
news text -- أمل، إيمان، أسماء، وفاء، فائقة، عظيمة -- or that the NER gazetteer and the knowledge base's first words
lack -- محسن، خليل، عماد، رائد --, none of them in ``known_first``) start a name of two or three words right after a
role word, as ``al_given_names.txt``'s names do, in ``role_recognisers.role_name_recognizer`` and after a role and its
complement in ``_name_after_complement``; before one of these names (only), the role word may also carry a possessive
pronoun ه، ها، هم، هما (its ة written ت before it; the stem or its ال form a role word: محاميتها is (ال)محامية + ها,
مستشاره (ال)مستشار + ه). Every other condition
of those recognisers is unchanged (the next word a name word or no common word, no title, no verb; the last no common
word). Nowhere else are these words first names. Amendment before any score (composed sentences only: أكد الوزير أمل
الحكومة, 'the government's hope'): after a name of the list, a next word with ال is taken only when it is a nisba
family name (``_NISBA``: الشارني، الغرياني) and no nationality adjective.
Development misses it is written for: محاميتها أمل كلوني (heldout47), المحللة عظيمة شيما (heldout44).

Judge (written before any score): the lever ships only if, on development (``people_eval --errors``, the 47 splits
tuning, heldout1, heldout2, heldout4 ... heldout47, base vs branch row by row), person recall rises, no right row is
lost and person precision does not fall (country rows identical); and on the probe (T+R below, ``find_mentions`` with
the recogniser, person and country rows, base vs branch), at least 80 % of the changed rows are right by my reading
of each in its sentence (a row added is right when the span is a person's name as the gold README's rules would mark
it; a row removed is right when it was wrong), with no more than one right row lost per ten changed. No change on the
probe: ships on development alone only if development gains and loses nothing.

Lever H (a second lever, registered after G's development run and before H was written or scored anywhere, and
before any article of its probe was read): a person span of exactly two words whose second word reads as a present
verb with ي (``name_words._masculine_present``: يوصي، يهدد، يدعو; no name word or first name) is cut to its first
word in span hygiene (``span_repairs._span_openers``, as ``verbs_after_given_name.txt``'s past verbs are cut: وعمر ولد
مصابا → عمر): ماكين يوصي: لا أريد → ماكين (heldout42's headline, where the model took the verb into a discovered name
and the knowledge base's John McCain lost the row). Judge: G's, on H's own changed rows (development base = G's
branch). Probe H: ``--lever H`` prints TH, ``random.Random("114H").sample`` of at most 150 pool articles less G's T
and R whose text (``kb_mine.article_text``, by lines, each cut at . ! ? ؟ :) has a sentence opening with a word of
three letters or more (no ال) and a word for which ``_masculine_present`` holds; H's rows are judged on TH and on R.

Usage: ``PYTHONPATH=lib python tools/select_probe_s114.py /work/shared/datasets [--counts] [--lever H]`` prints probe
T's paths, then R's (under the datasets folder, ``# T`` / ``# R`` lines between); with ``--lever H``, TH's.

Pool (the scratch files of earlier sessions' probes are gone on this machine, so their lists are not left out: those
articles were read for other levers, none for this one): every ANT article (``ant-*/**/*.txt`` of the datasets folder,
ANT v1.1 Jawhara FM and ANT v2.1 Al Arabiya, CNN, France 24) less every article ``data/gold/people/documents.tsv``
lists, every doc id named under ``data/gold/events/`` and ``data/demo/``, and this session's two blind parts with every
article sharing a URL or title with one of theirs: the events part's ids (``/work/scratch/events124/s53_ids.txt``)
and the people part ``heldout48``: the ids ``documents.tsv`` lists for it, or, until they are there, every id (drawn
and reserves) printed by ``data/gold/people/select_heldout48.py``. The tool stops when the events id file is missing
or when heldout48 is neither in ``documents.tsv`` nor drawable.

Trigger (normalised words of ``kb_mine.article_text``): a word whose bare form is a role word (``title_words()``,
not ``_NO_ROLE``), or such a word with a possessive pronoun as above, right before a word of ``role_given_names.txt``
followed by another word. Probe T:
``random.Random("114T").sample`` of at most 150 trigger articles; R: ``random.Random("114R").sample`` of 150 pool
articles less T; each sorted by path.
"""
import contextlib
import importlib.util
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EVENTS_BLIND = Path("/work/scratch/events124/s53_ids.txt")
_ID = re.compile(r"[A-Z]{2}-[A-Za-z]+-\d+-\d{6,8}")
_TOK = re.compile(r"[\u0621-\u064a]+")
_URL = re.compile(r"<URL>(.*?)</URL>", re.S)
_TITLE = re.compile(r"<TITLE>(.*?)</TITLE>", re.S)


def _url_title(path: Path) -> tuple[str, str]:
    raw = path.read_text("utf-8", errors="replace")
    u, t = _URL.search(raw), _TITLE.search(raw)
    return (u.group(1).strip() if u else ""), (" ".join(t.group(1).split()) if t else "")


def _articles(datasets: Path) -> list[Path]:
    return sorted(p for p in datasets.glob("ant-*/**/*.txt") if _ID.fullmatch(p.stem))


def _heldout48_ids(datasets: Path) -> set[str]:
    rows = [line.split("\t") for line in (REPO / "data/gold/people/documents.tsv").read_text("utf-8").splitlines()[1:]]
    listed = {r[0] for r in rows if len(r) > 2 and r[2].strip() == "heldout48"}
    script = REPO / "data/gold/people/select_heldout48.py"
    drawn: set[str] = set()
    if script.exists():
        sys.path.insert(0, str(script.parent))  # (it imports its sibling select_heldout39)
        spec = importlib.util.spec_from_file_location("select_heldout48", script)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        with contextlib.redirect_stdout(sys.stderr):  # (the draw prints its pools' counts)
            got = mod.select(datasets)
        for part in got:
            for rel in part:
                drawn |= set(_ID.findall(str(rel)))
    if not listed and not drawn:
        sys.exit("select_probe_s114: heldout48 is neither in documents.tsv nor drawable (select_heldout48.py): "
                 "the probe would not leave it out")
    return listed | drawn


def pool(datasets: Path) -> list[Path]:
    if not EVENTS_BLIND.exists():
        sys.exit(f"select_probe_s114: {EVENTS_BLIND} is missing (the events blind part must be left out)")
    blind = set(_ID.findall(EVENTS_BLIND.read_text("utf-8"))) | _heldout48_ids(datasets)
    arts = _articles(datasets)
    by_id = {p.stem: p for p in arts}
    urls, titles = set(), set()
    for doc in blind:
        if doc in by_id:
            u, t = _url_title(by_id[doc])
            urls.add(u)
            titles.add(t)
    urls.discard("")
    titles.discard("")
    taken = set(blind)
    for line in (REPO / "data/gold/people/documents.tsv").read_text("utf-8").splitlines()[1:]:
        taken.add(line.split("\t")[0])
    for root in (REPO / "data/gold/events", REPO / "data/demo"):
        for f in root.rglob("*"):
            if f.is_file():
                taken |= set(_ID.findall(f.read_text("utf-8", errors="replace")))
                taken |= set(_ID.findall(f.name))
    out = []
    for p in arts:
        if p.stem in taken:
            continue
        u, t = _url_title(p)
        if u in urls or t in titles:
            continue
        out.append(p)
    return out


def has_trigger(text: str) -> bool:
    from marsad.lang.text import normalize
    from marsad.mentions.clean_spans import _NO_ROLE
    from marsad.mentions.kb import word_list
    from marsad.mentions.name_words import _bare, title_words

    titles = title_words()
    given = word_list("role_given_names.txt")
    toks = [normalize(t) for t in _TOK.findall(text)]

    def role(w: str) -> bool:
        forms = set(_bare(w))
        for suf in ("هما", "هم", "ها", "ه"):
            if w.endswith(suf) and len(w) - len(suf) >= 3:
                stem = w[:-len(suf)]
                stem = stem[:-1] + "ه" if stem.endswith("ت") else stem
                forms |= set(_bare(stem)) | {"ال" + b for b in _bare(stem)}
        return any(b in titles and b not in _NO_ROLE for b in forms)

    return any(toks[i + 1] in given and role(toks[i]) for i in range(len(toks) - 2))


def probes(datasets: Path, counts: bool = False):
    from marsad.training.kb_mine import article_text

    rows = pool(datasets)
    hits = [p for p in rows if has_trigger(article_text(p))]
    if counts:
        print(f"pool {len(rows)}; trigger {len(hits)}")
        return [], []
    t = sorted(random.Random("114T").sample(hits, min(150, len(hits))))
    rest = sorted(set(rows) - set(t))
    r = sorted(random.Random("114R").sample(rest, min(150, len(rest))))
    return t, r


def has_trigger_h(text: str) -> bool:
    from marsad.lang.text import normalize
    from marsad.mentions.name_words import _masculine_present

    for line in text.splitlines():
        for sent in re.split(r"[.!?؟:]", line):
            toks = [normalize(t) for t in _TOK.findall(sent)][:2]
            if len(toks) == 2 and len(toks[0]) >= 3 and not toks[0].startswith("ال") and _masculine_present(toks[1]):
                return True
    return False


def probe_h(datasets: Path, counts: bool = False) -> list[Path]:
    from marsad.training.kb_mine import article_text

    t, r = probes(datasets)
    rows = sorted(set(pool(datasets)) - set(t) - set(r))
    hits = [p for p in rows if has_trigger_h(article_text(p))]
    if counts:
        print(f"pool less T and R {len(rows)}; trigger H {len(hits)}")
        return []
    return sorted(random.Random("114H").sample(hits, min(150, len(hits))))


if __name__ == "__main__":
    ds = Path(sys.argv[1])
    if "--lever" in sys.argv and sys.argv[sys.argv.index("--lever") + 1] == "H":
        th = probe_h(ds, "--counts" in sys.argv)
        if th:
            print("# TH")
            for p in th:
                print(p.relative_to(ds))
        sys.exit(0)
    t, r = probes(ds, "--counts" in sys.argv)
    for name, part in (("T", t), ("R", r)):
        if part:
            print(f"# {name}")
            for p in part:
                print(p.relative_to(ds))
