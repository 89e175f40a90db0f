"""people109 (lead's 42nd session): the unannotated probes of people109's lever F (a relative named by first name
after a singular kinship noun with a pronoun, وابنته يوليا after سيرغي سكريبال, takes the batch-wide id of the first
name + the family name of the person named before, not an id of its document alone). The tool, the rule and the judge
(``/work/scratch/people109/decisions.md``) were committed before the lever was scored anywhere and before any article
of T or R was read.

Usage: ``PYTHONPATH=lib python tools/select_probe_s109.py /work/shared/datasets [--counts]`` prints probe T's paths,
then R's (under the datasets folder, ``# T`` / ``# R`` lines between).

Pool: ``tools/select_probe_s108.py``'s pool less people108's probe lists (``/work/scratch/people108/all_paths.txt``
and ``E_paths.txt``: the tool stops when one is missing).

Trigger (normalised tokens of ``kb_mine.article_text``): a singular kinship noun (ابن ابنة بنت زوج زوجة شقيق شقيقة أخ
أخت والد والدة نجل نجلة, و/ف glued or not) with the pronoun ه or ها, followed by a word of three letters or more with
no ال. Probe T: ``random.Random("109T").sample`` of 120 trigger articles (all when fewer); R:
``random.Random("109R").sample`` of 100 pool articles less T; each sorted by path.
"""
import importlib.util
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
READ = (Path("/work/scratch/people108/all_paths.txt"), Path("/work/scratch/people108/E_paths.txt"))
_ID = re.compile(r"[A-Z]{2}-[A-Za-z]+-\d+-\d{6,8}")
_TOK = re.compile(r"[\u0621-\u064a]+|[^\s\u0621-\u064a]")
_KIN = ("ابن", "ابنت", "بنت", "زوج", "زوجت", "شقيق", "شقيقت", "اخو", "اخت", "والد", "والدت", "نجل", "نجلت")


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, REPO / f"tools/{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def pool(datasets: Path) -> list[Path]:
    rows = _load("select_probe_s108").pool(datasets)
    taken = set()
    for f in READ:
        taken |= set(_ID.findall(f.read_text("utf-8")))  # (stops when a list is missing)
    return [p for p in rows if p.stem not in taken]


def _kin(w: str) -> bool:
    for x in ((w, w[1:]) if w[:1] in "وف" and len(w) > 4 else (w,)):
        for suf in ("ها", "ه"):
            if x.endswith(suf) and x[:-len(suf)] in _KIN:
                return True
    return False


def trigger(text: str) -> bool:
    from marsad.lang.text import normalize

    toks = [normalize(t) for t in _TOK.findall(text)]
    return any(_kin(w) and len(toks[i + 1]) >= 3 and toks[i + 1][:1].isalpha() and not toks[i + 1].startswith("ال")
               for i, w in enumerate(toks[:-1]))


def probes(datasets: Path, counts: bool = False):
    from marsad.training.kb_mine import article_text

    rows = pool(datasets)
    hit = [p for p in rows if trigger(article_text(p))]
    if counts:
        print(f"pool {len(rows)}; trigger {len(hit)}")
        return [], []
    t = sorted(random.Random("109T").sample(hit, min(120, len(hit))))
    rest = sorted(set(rows) - set(t))
    r = sorted(random.Random("109R").sample(rest, min(100, len(rest))))
    return t, r


if __name__ == "__main__":
    ds = Path(sys.argv[1])
    t, r = probes(ds, "--counts" in sys.argv)
    for name, part in (("T", t), ("R", r)):
        if part:
            print(f"# {name}")
            for p in part:
                print(p.relative_to(ds))
