"""people104 (lead's 41st session): the unannotated probes of people104's lever (a name after a role, its
complement and a comma, where the complement holds a construct with ل: مفوضة الأمم المتحدة لحقوق الإنسان، ميشيل
باشليت). The tool, the rule and the judge (``/work/scratch/people104/decisions.md``) were committed before the lever
was written or scored anywhere and before any article of T or R was read.

Usage: ``PYTHONPATH=lib python tools/select_probe_s104.py /work/shared/datasets [--counts]`` prints probe T's paths,
then R's (under the datasets folder, ``# T`` / ``# R`` lines between).

Pool: ``tools/select_probe_s102.py``'s pool (which leaves out gold, demo, events gold, every earlier probe list of
people93-102 and both of this session's blind parts with the articles sharing their URL or title) less people102's and
people103's probe lists.

Trigger (normalised words of ``kb_mine.article_text``): a word of ``person_titles.txt``, then one to four complement
words (ال/وال/لل/بال words, or a ل + noun word right before an ال word), at least one of them the ل + noun kind, then
a comma. Probe T: ``random.Random("104T").sample`` of at most 150 trigger articles; R: ``random.Random("104R").sample``
of 100 pool articles less T; each sorted by path.
"""
import glob
import importlib.util
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
READ = ("/work/scratch/people102/*paths*.txt", "/work/scratch/people103/*paths*.txt")
_ID = re.compile(r"[A-Z]{2}-[A-Za-z]+-\d+-\d{6,8}")
_TOK = re.compile(r"[\u0621-\u064a]+|[،,]")


def pool(datasets: Path) -> list[Path]:
    spec = importlib.util.spec_from_file_location("s102", REPO / "tools/select_probe_s102.py")
    s102 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(s102)
    rows = s102.pool(datasets)
    taken: set[str] = set()
    for pat in READ:
        for f in glob.glob(pat):
            taken |= set(_ID.findall(Path(f).read_text("utf-8", errors="replace")))
    return [p for p in rows if p.stem not in taken]


def has_trigger(text: str) -> bool:
    from marsad.lang.text import normalize
    from marsad.mentions.name_words import title_words

    titles = title_words()
    toks = [t if t in "،," else normalize(t) for t in _TOK.findall(text)]
    for i, w in enumerate(toks):
        if w not in titles:
            continue
        j, construct = i + 1, False
        while j < len(toks) and j - i <= 4:
            t = toks[j]
            if t.startswith(("ال", "وال", "لل", "بال")):
                j += 1
            elif (j > i + 1 and t.startswith("ل") and len(t) >= 4 and j + 1 < len(toks)
                  and toks[j + 1].startswith("ال")):
                construct = True
                j += 1
            else:
                break
        if construct and j < len(toks) and toks[j] in "،,":
            return True
    return False


def probes(datasets: Path, counts: bool = False):
    from marsad.training.kb_mine import article_text

    rows = pool(datasets)
    hits = [p for p in rows if has_trigger(article_text(p))]
    if counts:
        print(f"pool {len(rows)}; trigger {len(hits)}")
        return [], []
    t = sorted(random.Random("104T").sample(hits, min(150, len(hits))))
    rest = sorted(set(rows) - set(t))
    r = sorted(random.Random("104R").sample(rest, min(100, len(rest))))
    return t, r


if __name__ == "__main__":
    ds = Path(sys.argv[1])
    t, r = probes(ds, "--counts" in sys.argv)
    for name, part in (("T", t), ("R", r)):
        if part:
            print(f"# {name}")
            for p in part:
                print(p.relative_to(ds))
