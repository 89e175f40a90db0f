"""people112 (lead's 43rd session): the unannotated probes of people112's levers, read from heldout47's errors after
the lead's final run: (A) a singular title with a glued proclitic whose last letters look like a plural ending
(بتعيين، وتعيين، والفنان، بالفنان) read as a role in the plural that heads a list of names, so a word glued to و after
the name (ساجد جاويد وزيرا للداخلية) became a person (زيرا للداخلية); (B) Bangladesh spelt بنغلادش (and its
adjective بنغلادشي) that no knowledge-base form held. The tool, the rule and the judge
(``/work/scratch/people112/decisions.md``) were committed before either lever was scored anywhere and before any
article of T or R was read.

Usage: ``PYTHONPATH=lib python tools/select_probe_s112.py /work/shared/datasets [--counts]`` prints probe T's paths,
then R's (under the datasets folder, ``# T`` / ``# R`` lines between).

Pool: ``tools/select_probe_s111.py``'s pool (every ANT article less gold, demo, events gold, the earlier probe lists
of people93-109, this session's two blind parts and the earlier ones with their URL/title copies, and every article
``data/gold/people/documents.tsv`` lists, heldout47 included) less people111's probe list
(``/work/scratch/people111/probe_paths.txt``: the tool stops when it is missing).

Trigger (normalised words of ``kb_mine.article_text``): (A) a word that is a proclitic (و، ب، ل، ف، ك, or two of
them) glued to a title word of ``title_words()`` ending in ين، ون، ان (the words the plural-list head took for a
plural role), or (B) a word holding بنغلادش. Probe T: ``random.Random("112T").sample`` of at most 150 trigger
articles; R: ``random.Random("112R").sample`` of 150 pool articles less T; each sorted by path.

``--wide`` (added after T and R were scored with no changed row: T held 13 trigger articles, none with بنغلادش; added
before the wide list was drawn or run): W, every ANT article of the whole corpus with the trigger, less every article
``data/gold/people/documents.tsv`` lists, every doc id named under ``data/gold/events/``, this session's two blind
parts with every article sharing a URL or title with one of theirs, and T (earlier sessions' probe articles are in:
they were read for other levers, none for these), sorted by path.
"""
import importlib.util
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
READ = (Path("/work/scratch/people111/probe_paths.txt"),)
_TOK = re.compile(r"[\u0621-\u064a]+")
_PROCLITICS = ("وب", "ول", "فب", "فل", "وك", "فك", "و", "ب", "ل", "ف", "ك")


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, REPO / f"tools/{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def pool(datasets: Path) -> list[Path]:
    rows = _load("select_probe_s111").pool(datasets)
    taken: set[str] = set()
    for f in READ:
        taken |= {line.strip() for line in f.read_text("utf-8").splitlines() if line.strip() and not line.startswith("#")}
    return [p for p in rows if str(p.relative_to(datasets)) not in taken]


def _glued_titles() -> frozenset:
    from marsad.mentions.people import title_words

    ends = [t for t in title_words() if t.endswith(("ين", "ون", "ان"))]
    out = {p + t for t in ends for p in _PROCLITICS}
    # (ل before ال elides its alif: للفنان)
    out |= {p + "ل" + t[1:] for t in ends if t.startswith("ال") for p in ("", "و", "ف")}
    return frozenset(out)


def has_trigger(text: str) -> bool:
    from marsad.lang.text import normalize

    glued = _glued_titles()
    toks = [normalize(t) for t in _TOK.findall(text)]
    return any(w in glued or "بنغلادش" in w for w in toks)


def probes(datasets: Path, counts: bool = False):
    from marsad.training.kb_mine import article_text

    rows = pool(datasets)
    hits = [p for p in rows if has_trigger(article_text(p))]
    if counts:
        print(f"pool {len(rows)}; trigger {len(hits)}")
        return [], []
    t = sorted(random.Random("112T").sample(hits, min(150, len(hits))))
    rest = sorted(set(rows) - set(t))
    r = sorted(random.Random("112R").sample(rest, min(150, len(rest))))
    return t, r


def wide(datasets: Path) -> list[Path]:
    from marsad.training.kb_mine import article_text

    s111 = _load("select_probe_s111")
    s102 = _load("select_probe_s102")
    blind: set[str] = set()
    for f in s111.BLIND:
        blind |= set(s111._ID.findall(f.read_text("utf-8")))
    urls, titles = set(), set()
    for doc in blind:
        for p in datasets.glob(f"ant-*/*/*/{doc}.txt"):
            u, t = s102._url_title(p)
            urls.add(u)
            titles.add(t)
    urls.discard("")
    titles.discard("")
    taken = set(blind)
    for line in (REPO / "data/gold/people/documents.tsv").read_text("utf-8").splitlines()[1:]:
        taken.add(line.split("\t")[0])
    for f in (REPO / "data/gold/events").rglob("*"):
        if f.is_file():
            taken |= set(s111._ID.findall(f.read_text("utf-8", errors="replace")))
    t, _r = probes(datasets)
    taken |= {p.stem for p in t}
    out = []
    for p in sorted(datasets.glob("ant-*/*/*/*.txt")):
        if p.stem in taken:
            continue
        u, ti = s102._url_title(p)
        if u in urls or ti in titles:
            continue
        if has_trigger(article_text(p)):
            out.append(p)
    return out


if __name__ == "__main__":
    ds = Path(sys.argv[1])
    if "--wide" in sys.argv:
        print("# W")
        for p in wide(ds):
            print(p.relative_to(ds))
        sys.exit(0)
    t, r = probes(ds, "--counts" in sys.argv)
    for name, part in (("T", t), ("R", r)):
        if part:
            print(f"# {name}")
            for p in part:
                print(p.relative_to(ds))
