"""people108 (lead's 42nd session): the unannotated probes of people108's lever (a kunya after المكنى / الملقب /
المعروف باسم right after a person's full name is that person, حسن يحيى الوشلي، المكنى "أبو مجد"; and a kunya's first
word أبو / أم alone names nobody). The tool, the rule and the judge (``/work/scratch/people108/decisions.md``) were
committed before the lever was scored anywhere and before any article of T or R was read.

Usage: ``PYTHONPATH=lib python tools/select_probe_s108.py /work/shared/datasets [--counts]`` prints probe T's paths,
then R's (under the datasets folder, ``# T`` / ``# R`` lines between).

Pool: ``tools/select_probe_s107.py``'s pool less people107's probe list
(``/work/scratch/people107/probe_paths.txt``: the tool stops when it is missing).

Triggers (normalised tokens of ``kb_mine.article_text``): C, a cue (المكنى، المكني، والمكنى، الملقب، والملقب، المعروف
باسم / بكنية) followed within three tokens by ابو / ابي / ابا / ام (bare or after ب); K, a kunya word ابو / ام followed
by a word with no ال. Probe T: every C article, then ``random.Random("108T").sample`` of the K articles, to at most
150; R: ``random.Random("108R").sample`` of 150 pool articles less T; each sorted by path.
"""
import importlib.util
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
READ = Path("/work/scratch/people107/probe_paths.txt")
_ID = re.compile(r"[A-Z]{2}-[A-Za-z]+-\d+-\d{6,8}")
_TOK = re.compile(r"[\u0621-\u064a]+|[^\s\u0621-\u064a]")
_CUES = ("المكني", "والمكني", "الملقب", "والملقب")
_KUNYA = ("ابو", "ابي", "ابا", "ام")


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, REPO / f"tools/{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def pool(datasets: Path) -> list[Path]:
    rows = _load("select_probe_s107").pool(datasets)
    taken = set(_ID.findall(READ.read_text("utf-8")))  # (stops when people107's list is missing)
    return [p for p in rows if p.stem not in taken]


def triggers(text: str) -> tuple[bool, bool]:
    from marsad.lang.text import normalize

    toks = [normalize(t) for t in _TOK.findall(text)]
    cue = kunya = False
    for i, w in enumerate(toks):
        if w in _CUES or (w == "المعروف" and i + 1 < len(toks) and toks[i + 1] in ("باسم", "بكنيه", "بكنية")):
            if any(x in _KUNYA or (x[:1] == "ب" and x[1:] in _KUNYA) for x in toks[i + 1:i + 4]):
                cue = True
        if w in ("ابو", "ام") and i + 1 < len(toks) and toks[i + 1][:1].isalpha() and not toks[i + 1].startswith("ال"):
            kunya = True
    return cue, kunya


def probes(datasets: Path, counts: bool = False):
    from marsad.training.kb_mine import article_text

    rows = pool(datasets)
    c, k = [], []
    for p in rows:
        cue, kunya = triggers(article_text(p))
        if cue:
            c.append(p)
        elif kunya:
            k.append(p)
    if counts:
        print(f"pool {len(rows)}; cue {len(c)}; kunya {len(k)}")
        return [], []
    t = sorted(c[:150] + random.Random("108T").sample(k, max(0, min(150 - len(c), len(k)))))
    rest = sorted(set(rows) - set(t))
    r = sorted(random.Random("108R").sample(rest, min(150, len(rest))))
    return t, r


if __name__ == "__main__":
    ds = Path(sys.argv[1])
    t, r = probes(ds, "--counts" in sys.argv)
    for name, part in (("T", t), ("R", r)):
        if part:
            print(f"# {name}")
            for p in part:
                print(p.relative_to(ds))
