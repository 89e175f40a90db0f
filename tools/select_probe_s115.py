"""people115 (lead's 44th session): the unannotated probes of people115's lever M on issue #16's country recall,
committed with its rule and judge before the lever was written or scored anywhere and before any article of T or R
was read (notes: ``/work/scratch/people115/``).

Why: ``heldout48``'s errors, read after the lead's final run (main ``592b4cb8``), hold 5 of its 7 country errors in one
article about Mali (FR-internationalNews-1608-20180603): the common-word country name مالي ('financial', 'my money';
``data/kb/word_country_forms.csv``, reach ``construction``) is never counted outside a state noun or a list, so the
title "مالي: المعارضة …", "المعارضة في مالي" and "لوضع في مالي" are missed, in an article whose capital باماكو is found
three times (the other two misses are demonyms, السلطات المالية / الحكومة المالية, not this lever's). The class recurs:
by a count over ANT (00:29 UTC, machine only, no article read), a listed name after a preposition or a glued ب/ل occurs
101 times, 29 of them in 12 articles that also name باماكو, جمهورية مالي or دولة مالي.

Rule (lever M): a listed common-word country form of form ``name`` or ``capital`` with reach ``construction``
(``word_country_forms.csv``: مالي، بنين، كابل) counts as its country, as a *weak* hit of
``shown_countries.shown_country_words`` (so only in a document that shows the country by a construction or by its name
or capital found as a mention, the module's existing filter), when (a) a preposition word في، إلى، الى، من، عن stands
right before it (only spaces between), or a proclitic ب or ل is glued to it (بمالي، لمالي; not و or ف), or (b) it is
the first word of its segment and a colon follows it (a headline's place: مالي: …). Nothing else changes: the
demonyms, the strong constructions, the ``document`` reach words and their context lists are as before.

Judge (written before any score): the lever ships only if, on development (``people_eval --errors``, all 49 splits
tuning, heldout1 … heldout48, base main vs branch, row by row), country recall rises, no right row is lost (person and
country) and neither precision falls; and on the probe (T+R below, ``find_mentions`` with the recogniser, person and
country rows, base vs branch), at least 80 % of the changed rows are right by my reading of each in its sentence (a
row added is right when the word is the country as the gold README's rules would mark it; a row removed is right when
it was wrong). No change on the probe: ships on development alone only if development gains and loses nothing. The
seed report's ``mentions.csv`` must stay byte-identical (Kim Jong Un 12/12).

Lever F (a second lever, registered after M's development and probe runs, before F was written or scored anywhere
and before any article of its probe was read): **France's full official name الجمهورية الفرنسية is one FR name**,
by the lead's full-official-name convention (the gold README: الجمهورية التشيكية CZ, الجمهورية الإسلامية الإيرانية IR),
as a curated row of ``data/kb/curated_country_forms.csv`` (``FR,name,الجمهورية الفرنسية,add``) and
``country_patterns.csv`` rebuilt by ``python -m marsad.training build kb``: heldout48's "الخارجة عن دائرة الجمهورية
الفرنسية", where the system gives the adjective alone (1 missed and 1 wrong at one place). Judge: M's, on F's own rows
(development base = M's branch; ``heldout48``'s country row is to gain that one row and lose its wrong one, nothing
else lost); probe TF (``--lever F``): every pool article whose normalised text holds الجمهورية الفرنسية (no sample:
ANT holds the phrase 9 times), and R above; at least 80 % of the changed rows right (a whole name replacing its
adjective counts as one row moved, right when the phrase is France's official name as the convention reads it).

Usage: ``PYTHONPATH=lib python tools/select_probe_s115.py /work/shared/datasets [--counts] [--lever F]`` prints probe
T's paths, then R's (under the datasets folder, ``# T`` / ``# R`` lines between); with ``--lever F``, TF's.

Pool: every ANT article (``ant-*/**/*.txt`` of the datasets folder, ANT v1.1 Jawhara FM and ANT v2.1 Al Arabiya, CNN,
France 24) less every article ``data/gold/people/documents.tsv`` lists (``heldout48`` included), every doc id named
under ``data/gold/events/`` and ``data/demo/``, and this session's events blind part (``/work/scratch/events124/
s53_ids.txt``) with every article sharing a URL or title with one of its articles. The tool stops when that id file
is missing.

Trigger (``kb_mine.article_text``, normalised): one of the three words right after في/الى/من/عن and a space, or glued
after ب/ل, or opening a line with a colon after it. Probe T: ``random.Random("115T").sample`` of at most 150 trigger
articles; R: ``random.Random("115R").sample`` of 100 pool articles less T; each sorted by path.
"""
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EVENTS_BLIND = Path("/work/scratch/events124/s53_ids.txt")
_ID = re.compile(r"[A-Z]{2}-[A-Za-z]+-\d+-\d{6,8}")
_URL = re.compile(r"<URL>(.*?)</URL>", re.S)
_TITLE = re.compile(r"<TITLE>(.*?)</TITLE>", re.S)
_WORDS = ("مالي", "بنين", "كابل")
_W = "(?:%s)(?![\u0621-\u064a])" % "|".join(_WORDS)
_TRIGGERS = (re.compile(r"(?<![\u0621-\u064a])(?:في|الى|من|عن) " + _W),  # after a preposition word
             re.compile(r"(?<![\u0621-\u064a])[بل]" + _W),  # after a glued ب or ل
             re.compile(r"^[ \t]*" + _W + r"[ \t]*:", re.M))  # opening a line, a colon after it


def _url_title(path: Path) -> tuple[str, str]:
    raw = path.read_text("utf-8", errors="replace")
    u, t = _URL.search(raw), _TITLE.search(raw)
    return (u.group(1).strip() if u else ""), (" ".join(t.group(1).split()) if t else "")


def _articles(datasets: Path) -> list[Path]:
    return sorted(p for p in datasets.glob("ant-*/**/*.txt") if _ID.fullmatch(p.stem))


def pool(datasets: Path) -> list[Path]:
    if not EVENTS_BLIND.exists():
        sys.exit(f"select_probe_s115: {EVENTS_BLIND} is missing (the events blind part must be left out)")
    blind = set(_ID.findall(EVENTS_BLIND.read_text("utf-8")))
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

    norm = normalize(text)
    return any(t.search(norm) for t in _TRIGGERS)


def probes(datasets: Path, counts: bool = False):
    from marsad.training.kb_mine import article_text

    rows = pool(datasets)
    hits = [p for p in rows if has_trigger(article_text(p))]
    if counts:
        print(f"pool {len(rows)}; trigger {len(hits)}")
        return [], []
    t = sorted(random.Random("115T").sample(hits, min(150, len(hits))))
    rest = sorted(set(rows) - set(t))
    r = sorted(random.Random("115R").sample(rest, min(100, len(rest))))
    return t, r


def probe_f(datasets: Path, counts: bool = False) -> list[Path]:
    from marsad.lang.text import normalize
    from marsad.training.kb_mine import article_text

    phrase = normalize("الجمهورية الفرنسية")
    hits = [p for p in pool(datasets) if phrase in normalize(article_text(p))]
    if counts:
        print(f"trigger F {len(hits)}")
        return []
    return hits


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: select_probe_s115.py DATASETS_DIR [--counts] [--lever F]")
    ds = Path(sys.argv[1])
    if "--lever" in sys.argv and sys.argv[sys.argv.index("--lever") + 1:][:1] == ["F"]:
        tf = probe_f(ds, "--counts" in sys.argv)
        if tf:
            print("# TF")
            for p in tf:
                print(p.relative_to(ds))
        sys.exit(0)
    t, r = probes(ds, "--counts" in sys.argv)
    for name, part in (("T", t), ("R", r)):
        if part:
            print(f"# {name}")
            for p in part:
                print(p.relative_to(ds))
