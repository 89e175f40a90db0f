"""people107 (lead's 42nd session): the unannotated probes of people107's lever (a first name alone after a role and
a nationality adjective, المدرب الأوروغوياني ألفارو; or after a royal honorific when the one person of the document
with that first name is himself written after one, الملك عبدالله الثاني … للملك عبدالله). The tool, the rule and the
judge (``/work/scratch/people107/decisions.md``) were committed before the lever was scored anywhere and before any
article of T or R was read.

Usage: ``PYTHONPATH=lib python tools/select_probe_s107.py /work/shared/datasets [--counts]`` prints probe T's paths,
then R's (under the datasets folder, ``# T`` / ``# R`` lines between).

Pool: ``tools/select_probe_s106.py``'s pool (s104's less people104's probe, this session's two blind parts with
their URL/title copies, every documents.tsv article) less people106's probe list
(``/work/scratch/people106/probe_paths.txt``: the tool stops when it is missing).

Trigger (normalised words of ``kb_mine.article_text``): a word of ``person_titles.txt`` (its bare forms) followed by
a nationality adjective with ال of the knowledge base and a word with no ال; or a royal honorific with a proclitic
(للملك، بالأمير، والشيخ …) followed by a word with no ال. Probe T: ``random.Random("107T").sample`` of at most 150
trigger articles; R: ``random.Random("107R").sample`` of 100 pool articles less T; each sorted by path.
"""
import importlib.util
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
READ = Path("/work/scratch/people106/probe_paths.txt")
_ID = re.compile(r"[A-Z]{2}-[A-Za-z]+-\d+-\d{6,8}")
_TOK = re.compile(r"[\u0621-\u064a]+|[^\s\u0621-\u064a]")
_HON = "الملك الملكة الأمير الأميرة الشيخ الشيخة السلطان".split()


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, REPO / f"tools/{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def pool(datasets: Path) -> list[Path]:
    rows = _load("select_probe_s106").pool(datasets)
    taken = set(_ID.findall(READ.read_text("utf-8")))  # (stops when people106's list is missing)
    return [p for p in rows if p.stem not in taken]


def has_trigger(text: str) -> bool:
    from marsad.lang.text import normalize
    from marsad.mentions.name_words import _bare, _demonyms_with_article, title_words

    titles, dem = title_words(), _demonyms_with_article()
    hon = frozenset(normalize(w) for w in _HON)
    toks = [normalize(t) for t in _TOK.findall(text)]
    for i in range(len(toks) - 2):
        w, x, y = toks[i], toks[i + 1], toks[i + 2]
        if not w[:1].isalpha() or not x[:1].isalpha():
            continue
        bare = _bare(w)
        if (any(b in titles for b in bare) and x in dem and y[:1].isalpha() and not y.startswith("ال")):
            return True
        if w not in hon and any(b in hon for b in bare) and not x.startswith("ال"):
            return True
    return False


def probes(datasets: Path, counts: bool = False):
    from marsad.training.kb_mine import article_text

    rows = pool(datasets)
    hits = [p for p in rows if has_trigger(article_text(p))]
    if counts:
        print(f"pool {len(rows)}; trigger {len(hits)}")
        return [], []
    t = sorted(random.Random("107T").sample(hits, min(150, len(hits))))
    rest = sorted(set(rows) - set(t))
    r = sorted(random.Random("107R").sample(rest, min(100, len(rest))))
    return t, r


if __name__ == "__main__":
    ds = Path(sys.argv[1])
    t, r = probes(ds, "--counts" in sys.argv)
    for name, part in (("T", t), ("R", r)):
        if part:
            print(f"# {name}")
            for p in part:
                print(p.relative_to(ds))
