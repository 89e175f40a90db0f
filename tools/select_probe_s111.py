"""people111 (lead's 43rd session): the unannotated probes of people111's lever (a preposition glued to a person's
name read by the document's own names and the letter after it: لغامدي الاتحاد beside عبدالرحمن الغامدي is ل +
غامدي; للقرة داغي beside علي القرة داغي is the same man; لويك غلافاني keeps its ل before a long vowel). The tool, the
rule and the judge (``/work/scratch/people111/decisions.md``) were committed before the lever was scored anywhere and
before any article of T or R was read.

Usage: ``PYTHONPATH=lib python tools/select_probe_s111.py /work/shared/datasets [--counts]`` prints probe T's paths,
then R's (under the datasets folder, ``# T`` / ``# R`` lines between).

Pool: ``tools/select_probe_s109.py``'s pool (every ANT article less gold, demo, events gold, the earlier probe lists
of people93-108 and the blind parts of the forty-first and forty-second sessions with their URL/title copies) less
people109's probe list (``/work/scratch/people109/probe_paths.txt``), less this session's two blind parts
(``/work/scratch/people110/heldout47_ids.txt``, ``/work/scratch/events121/s52_ids.txt``: the tool stops when either
is missing) with every article sharing a URL or title with one of theirs, and less every article
``data/gold/people/documents.tsv`` lists (this session's blind people part too, once registered).

Trigger (normalised words of ``kb_mine.article_text``): a known first name (``name_words.known_first``) right before a
word with ال of five letters or more (a family name), and the same article has that word's rest glued after ل، ب or
ك (maybe after و/ف) without its article (لغامدي) or after ل with its ا elided (للغامدي). Probe T:
``random.Random("111T").sample`` of at most 150 trigger articles; R: ``random.Random("111R").sample`` of 150 pool
articles less T; each sorted by path.
"""
import glob
import importlib.util
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BLIND = (Path("/work/scratch/people110/heldout47_ids.txt"), Path("/work/scratch/events121/s52_ids.txt"))
READ = (Path("/work/scratch/people109/probe_paths.txt"),)
_ID = re.compile(r"[A-Z]{2}-[A-Za-z]+-\d+-\d{6,8}")
_TOK = re.compile(r"[\u0621-\u064a]+")
_PREP = ("ول", "فل", "وب", "فب", "وك", "فك", "ل", "ب", "ك")


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, REPO / f"tools/{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def pool(datasets: Path) -> list[Path]:
    rows = _load("select_probe_s109").pool(datasets)
    s102 = _load("select_probe_s102")
    blind: set[str] = set()
    for f in BLIND:
        blind |= set(_ID.findall(f.read_text("utf-8")))  # (stops when a blind id file is missing)
    urls, titles = set(), set()
    for doc in blind:
        for p in glob.glob(str(datasets / "ant-*" / "*" / "*" / f"{doc}.txt")):
            u, t = s102._url_title(Path(p))
            urls.add(u)
            titles.add(t)
    urls.discard("")
    titles.discard("")
    taken: set[str] = set(blind)
    for line in (REPO / "data/gold/people/documents.tsv").read_text("utf-8").splitlines()[1:]:
        taken.add(line.split("\t")[0])
    for f in READ:
        taken |= set(_ID.findall(f.read_text("utf-8")))  # (stops when people109's list is missing)
    out = []
    for p in rows:
        if p.stem in taken:
            continue
        u, t = s102._url_title(p)
        if u in urls or t in titles:
            continue
        out.append(p)
    return out


def has_trigger(text: str) -> bool:
    from marsad.lang.text import normalize
    from marsad.mentions.name_words import known_first

    firsts = known_first()
    toks = [normalize(t) for t in _TOK.findall(text)]
    families = {y for x, y in zip(toks, toks[1:]) if x in firsts and y.startswith("ال") and len(y) >= 5}
    if not families:
        return False
    glued = set()
    for f in families:
        rest = f[2:]
        glued |= {p + rest for p in _PREP} | {"ل" + f[1:]}  # (لغامدي / بغامدي; للغامدي)
    return any(w in glued for w in toks)


def probes(datasets: Path, counts: bool = False):
    from marsad.training.kb_mine import article_text

    rows = pool(datasets)
    hits = [p for p in rows if has_trigger(article_text(p))]
    if counts:
        print(f"pool {len(rows)}; trigger {len(hits)}")
        return [], []
    t = sorted(random.Random("111T").sample(hits, min(150, len(hits))))
    rest = sorted(set(rows) - set(t))
    r = sorted(random.Random("111R").sample(rest, min(150, len(rest))))
    return t, r


if __name__ == "__main__":
    ds = Path(sys.argv[1])
    t, r = probes(ds, "--counts" in sys.argv)
    for name, part in (("T", t), ("R", r)):
        if part:
            print(f"# {name}")
            for p in part:
                print(p.relative_to(ds))
