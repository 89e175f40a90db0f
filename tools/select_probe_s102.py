"""people102 (lead's 41st session): the unannotated probes of people102's lever (a Korean or Chinese name puts the
family name first; after the full name the news names the person by that family name alone: ري يونغ هو … وأضاف ري).
The probes count the classes on the start code (``/work/scratch/people102/classes.md``) and judge the lever.
The tool, the rule and the judge (``/work/scratch/people102/decisions.md``) were committed before the lever was
written or scored anywhere and before any article of T or R was read.

Usage: ``PYTHONPATH=lib python tools/select_probe_s102.py /work/shared/datasets [--counts]`` prints probe T's paths,
then H's, then R's (under the datasets folder, ``# T`` / ``# H`` / ``# R`` lines between); ``--counts`` how many pool
articles hold the trigger.

Pool: ``tools/select_probe_s101.py``'s pool (every ANT article less gold, demo, events gold, every ``probed_*.txt``,
every earlier blind part with the articles sharing a URL or title, the probe lists of people93, 94, 96-99, this
session's two blind parts by id and every ``documents.tsv`` article) less people101's probe lists, that first draw, and every article
whose URL or title is that of an article of this session's two blind parts (``/work/scratch/people100/heldout45_ids.txt``,
``/work/scratch/events111/s50_ids.txt``; the blind articles are matched by machine, never shown).

Trigger (normalised words of ``kb_mine.article_text``, split on anything that is no Arabic letter or hyphen): a word
of ``data/kb/east_asian_family_names.txt`` right before two more words of at most five letters without ال (or one
hyphenated word: كيم هاك-سونغ), and the same family name again later in the article as a word alone (a proclitic و
or ف maybe). Probe T: every trigger article; H: ``random.Random("102H").sample`` of 60 pool articles with such a
name and no family name again; R: ``random.Random("102R").sample`` of 100 pool articles less T and H; each sorted by
path. (A first draw, on a list that still held family names that are Arabic words after normalisation, بان = بأن,
باي = بأي, قوه = قوة, was read on the start code only to prune the list; its 20 articles are left out here.)
"""
import glob
import importlib.util
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BLIND = (Path("/work/scratch/people100/heldout45_ids.txt"), Path("/work/scratch/events111/s50_ids.txt"))
READ = ("/work/scratch/people101/*paths*.txt", "/work/scratch/people102/read_C_old_paths.txt")
_ID = re.compile(r"[A-Z]{2}-[A-Za-z]+-\d+-\d{6,8}")
_WORDS = re.compile(r"[\u0621-\u064a-]+")
_URL = re.compile(r"<URL>(.*?)</URL>", re.S)
_TITLE = re.compile(r"<TITLE>(.*?)</TITLE>", re.S)


def _url_title(path: Path) -> tuple[str, str]:
    raw = path.read_text("utf-8", errors="replace")
    u, t = _URL.search(raw), _TITLE.search(raw)
    return (u.group(1).strip() if u else ""), (" ".join(t.group(1).split()) if t else "")


def pool(datasets: Path) -> list[Path]:
    spec = importlib.util.spec_from_file_location("s101", REPO / "tools/select_probe_s101.py")
    s101 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(s101)
    rows = s101.pool(datasets)  # (stops when a blind id file is missing)
    blind: set[str] = set()
    for f in BLIND:
        blind |= set(_ID.findall(f.read_text("utf-8")))
    urls, titles = set(), set()
    for doc in blind:
        for p in glob.glob(str(datasets / "ant-*" / "*" / "*" / f"{doc}.txt")):
            u, t = _url_title(Path(p))
            urls.add(u)
            titles.add(t)
    urls.discard("")
    titles.discard("")
    taken: set[str] = set(blind)
    for pat in READ:
        for f in glob.glob(pat):
            taken |= set(_ID.findall(Path(f).read_text("utf-8", errors="replace")))
    out = []
    for p in rows:
        if p.stem in taken:
            continue
        u, t = _url_title(p)
        if u in urls or t in titles:
            continue
        out.append(p)
    return out


def has_trigger(text: str, again: bool = True) -> bool:
    from marsad.lang.text import normalize
    from marsad.mentions.kb import word_list

    fam = word_list("east_asian_family_names.txt")
    toks = [normalize(w).strip("-") for w in _WORDS.findall(text)]
    for i, w in enumerate(toks):
        if w not in fam:
            continue
        nxt = toks[i + 1:i + 3]
        three = len(nxt) == 2 and all(0 < len(t) <= 5 and not t.startswith("ال") for t in nxt)
        hyph = len(nxt) >= 1 and "-" in nxt[0]
        if not (three or hyph):
            continue
        if not again or any(t in (w, "و" + w, "ف" + w) for t in toks[i + 3:]):
            return True
    return False


def probes(datasets: Path, counts: bool = False):
    from marsad.training.kb_mine import article_text

    rows = pool(datasets)
    texts = {p: article_text(p) for p in rows}
    hits = [p for p in rows if has_trigger(texts[p])]
    names = [p for p in rows if p not in set(hits) and has_trigger(texts[p], again=False)]
    if counts:
        print(f"pool {len(rows)}; trigger {len(hits)}; East Asian name without the family name again {len(names)}")
        return [], [], []
    t = sorted(hits)
    h = sorted(random.Random("102H").sample(names, min(60, len(names))))
    rest = sorted(set(rows) - set(t) - set(h))
    r = sorted(random.Random("102R").sample(rest, min(100, len(rest))))
    return t, h, r


if __name__ == "__main__":
    ds = Path(sys.argv[1])
    t, h, r = probes(ds, "--counts" in sys.argv)
    for name, part in (("T", t), ("H", h), ("R", r)):
        if part:
            print(f"# {name}")
            for p in part:
                print(p.relative_to(ds))
