"""people106 (lead's 42nd session): the unannotated probes of people106's lever (a two-word name that closes a role's
phrase right before a complementiser: النائبة المحافظة المؤيدة لأوروبا ساره وولاتسون أنها تريد، عمدة ريو دي
جانيرو مارسيلو كريفيلا، أن). The tool, the rule and the judge (``/work/scratch/people106/decisions.md``) were
committed before the lever was scored anywhere and before any article of T or R was read.

Usage: ``PYTHONPATH=lib python tools/select_probe_s106.py /work/shared/datasets [--counts]`` prints probe T's paths,
then R's (under the datasets folder, ``# T`` / ``# R`` lines between).

Pool: ``tools/select_probe_s104.py``'s pool (s102's: every ANT article less gold, demo, events gold, every earlier
probe list of people93-103, the blind parts of the forty-first session and their URL/title copies) less people104's
probe list, less this session's two blind parts (``/work/scratch/people105/heldout46_ids.txt``,
``/work/scratch/events116/s51_ids.txt``: the tool stops when either is missing) with every article sharing a URL or
title with one of theirs, and less every article ``data/gold/people/documents.tsv`` lists (split heldout46 too).

Trigger (normalised words and commas of ``kb_mine.article_text``): a word of ``person_titles.txt``, then one to six
words with no punctuation but commas, of which the last two are no ال-word, then maybe a comma, then a complementiser
(أن إن بأن أنه أنها إنه إنها بأنه بأنها). Probe T: ``random.Random("106T").sample`` of at most 150 trigger articles;
R: ``random.Random("106R").sample`` of 100 pool articles less T; each sorted by path.
"""
import glob
import importlib.util
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BLIND = (Path("/work/scratch/people105/heldout46_ids.txt"), Path("/work/scratch/events116/s51_ids.txt"))
READ = ("/work/scratch/people104/*paths*.txt",)
_ID = re.compile(r"[A-Z]{2}-[A-Za-z]+-\d+-\d{6,8}")
_TOK = re.compile(r"[\u0621-\u064a]+|[،,]|[.:;؛!?؟()\"«»]")
_THAT = ("ان", "بان", "انه", "انها", "بانه", "بانها")


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, REPO / f"tools/{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def pool(datasets: Path) -> list[Path]:
    s104, s102 = _load("select_probe_s104"), _load("select_probe_s102")
    rows = s104.pool(datasets)
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
    for pat in READ:
        for f in glob.glob(pat):
            taken |= set(_ID.findall(Path(f).read_text("utf-8", errors="replace")))
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
    from marsad.mentions.name_words import title_words

    titles = title_words()
    toks = [t if not t[0].isalpha() else normalize(t) for t in _TOK.findall(text)]
    for i, w in enumerate(toks):
        if w not in _THAT or i < 3:
            continue
        j = i - 1
        if toks[j] in "،,":
            j -= 1
        x, y = toks[j - 1], toks[j]
        if not (x[0].isalpha() and y[0].isalpha()) or x.startswith("ال") or y.startswith("ال"):
            continue
        for k in range(j - 2, max(-1, j - 9), -1):
            t = toks[k]
            if not t[0].isalpha() and t not in "،,":
                break
            if t in titles:
                return True
    return False


def probes(datasets: Path, counts: bool = False):
    from marsad.training.kb_mine import article_text

    rows = pool(datasets)
    hits = [p for p in rows if has_trigger(article_text(p))]
    if counts:
        print(f"pool {len(rows)}; trigger {len(hits)}")
        return [], []
    t = sorted(random.Random("106T").sample(hits, min(150, len(hits))))
    rest = sorted(set(rows) - set(t))
    r = sorted(random.Random("106R").sample(rest, min(100, len(rest))))
    return t, r


if __name__ == "__main__":
    ds = Path(sys.argv[1])
    t, r = probes(ds, "--counts" in sys.argv)
    for name, part in (("T", t), ("R", r)):
        if part:
            print(f"# {name}")
            for p in part:
                print(p.relative_to(ds))
