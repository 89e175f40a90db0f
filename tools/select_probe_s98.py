"""people98 (lead's 40th session): the unannotated probes that judge people98's two data fixes from heldout44's errors
(F1: أوراق بنما / وثائق بنما, the Panama Papers, hold no country mention; F2: الطالب / الطالبة, the role noun 'student',
join person_titles.txt); seeded rule written and committed, with the judge in ``/work/scratch/people98/decisions.md``,
before the fixes were written or scored anywhere and before any article of the probes was read.

Usage: ``PYTHONPATH=lib python tools/select_probe_s98.py /work/shared/datasets [--random] [--counts]`` prints probe T's
paths (under the datasets folder); ``--random`` probe R's; ``--counts`` how many pool articles hold each trigger.

Pool: ``tools/select_probe_s97.py``'s pool less people97's probe lists (``/work/scratch/people97/*paths*.txt``); the
session's two blind parts' id files must exist and are left out by id (s94's pool leaves them out with every article
sharing their URL or title too).

Triggers (normalised words of ``kb_mine.article_text``, split on anything that is no Arabic letter): F1 اوراق or وثائق
(a proclitic و ف ب ل maybe) right before بنما; F2 الطالب or الطالبه (a proclitic و ف ب ل maybe) right before a word
without ال. Probe T: every pool article with F1's trigger, then ``random.Random("98T").sample`` of F2's (less those) up
to 150 in all, sorted by path. Probe R: ``random.Random("98R").sample`` of 300 - len(T) pool articles less T (no
filter), sorted.
"""
import glob
import importlib.util
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
READ = ("/work/scratch/people97/*paths*.txt",)
_ID = re.compile(r"[A-Z]{2}-[A-Za-z]+-\d+-\d{6,8}")
_WORDS = re.compile(r"[\u0621-\u064a]+")


def pool(datasets: Path) -> list[Path]:
    spec = importlib.util.spec_from_file_location("s97", REPO / "tools/select_probe_s97.py")
    s97 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(s97)
    taken: set[str] = set()
    for pat in READ:
        for f in glob.glob(pat):
            taken |= set(_ID.findall(Path(f).read_text("utf-8", errors="replace")))
    return [p for p in s97.pool(datasets) if p.stem not in taken]


def _is(w: str, words: set[str]) -> bool:
    return w in words or (w[:1] in "وفبل" and w[1:] in words)


def triggers(text: str) -> tuple[bool, bool]:
    from marsad.lang.text import normalize

    papers = {normalize(w) for w in ("أوراق", "وثائق")}
    student = {normalize(w) for w in ("الطالب", "الطالبة")}
    toks = [normalize(w) for w in _WORDS.findall(text)]
    f1 = f2 = False
    for i, w in enumerate(toks[:-1]):
        if _is(w, papers) and toks[i + 1] == normalize("بنما"):
            f1 = True
        if _is(w, student) and not toks[i + 1].startswith("ال"):
            f2 = True
    return f1, f2


def probes(datasets: Path, counts: bool = False):
    from marsad.training.kb_mine import article_text

    rows = pool(datasets)
    trig = {p: triggers(article_text(p)) for p in rows}
    f1 = [p for p in rows if trig[p][0]]
    f2 = [p for p in rows if trig[p][1] and not trig[p][0]]
    if counts:
        print(f"pool {len(rows)}; F1 {len(f1)}; F2 {len(f2)}")
        return [], []
    t = sorted(f1 + random.Random("98T").sample(f2, min(150 - len(f1), len(f2))))
    rest = sorted(set(rows) - set(t))
    r = sorted(random.Random("98R").sample(rest, min(300 - len(t), len(rest))))
    return t, r


if __name__ == "__main__":
    ds = Path(sys.argv[1])
    t, r = probes(ds, "--counts" in sys.argv)
    for p in (r if "--random" in sys.argv else t):
        print(p.relative_to(ds))
