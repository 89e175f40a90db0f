"""people99 (lead's 40th session): the unannotated probe that judges people99's lever (an airport named after a
capital, مطار دمشق الدولي / مطار صنعاء, holds no country mention: the gold README's decision of heldout43; مطار … في
العاصمة X keeps X); seeded rule written and committed, with the judge in ``/work/scratch/people99/decisions.md``, before
the lever was written or scored anywhere and before any article of the probe was read.

Usage: ``PYTHONPATH=lib python tools/select_probe_s99.py /work/shared/datasets [--counts]`` prints probe T's paths
(under the datasets folder); ``--counts`` how many pool articles hold the trigger.

Pool: ``data/gold/people/select_probe_s94.py``'s pool (every ANT article less gold, demo, events gold, every
``probed_*.txt``, every blind part's id file in the scratch folder with every article sharing a URL or title) less the
probe lists of people94, people96, people97 and people98 (``/work/scratch/peopleNN/*paths*.txt``) and this session's
two blind parts by id (now development; left out all the same).

Trigger (normalised words of ``kb_mine.article_text``, split on anything that is no Arabic letter): مطار (a proclitic
و ف ب ل maybe, up to two) right before a word without ال. Probe T: ``random.Random("99T").sample`` of 300 pool
articles with the trigger (all if fewer), sorted by path.
"""
import importlib.util
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BLIND = (Path("/work/scratch/people95/heldout44_ids.txt"), Path("/work/scratch/events107/s49_ids.txt"))
READ = tuple(f"/work/scratch/people{n}/*paths*.txt" for n in (94, 96, 97, 98))
_ID = re.compile(r"[A-Z]{2}-[A-Za-z]+-\d+-\d{6,8}")
_WORDS = re.compile(r"[\u0621-\u064a]+")


def pool(datasets: Path) -> list[Path]:
    import glob

    taken: set[str] = set()
    for f in BLIND:
        if not f.exists():
            sys.exit(f"{f} is missing: the probe must leave this session's blind parts out")
        taken |= set(_ID.findall(f.read_text("utf-8")))
    spec = importlib.util.spec_from_file_location("s94", REPO / "data/gold/people/select_probe_s94.py")
    s94 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(s94)
    for pat in READ:
        for f in glob.glob(pat):
            taken |= set(_ID.findall(Path(f).read_text("utf-8", errors="replace")))
    return [p for p in s94.pool(datasets) if p.stem not in taken]


def has_trigger(text: str) -> bool:
    from marsad.lang.text import normalize

    noun = normalize("مطار")
    toks = [normalize(w) for w in _WORDS.findall(text)]
    for i, w in enumerate(toks[:-1]):
        if w == noun or (w[:1] in "وفبل" and w[1:] == noun) or (w[:2] in ("وب", "ول", "فل", "فب") and w[2:] == noun):
            if not toks[i + 1].startswith("ال"):
                return True
    return False


def probes(datasets: Path, counts: bool = False):
    from marsad.training.kb_mine import article_text

    rows = pool(datasets)
    hits = [p for p in rows if has_trigger(article_text(p))]
    if counts:
        print(f"pool {len(rows)}; trigger {len(hits)}")
        return []
    return sorted(random.Random("99T").sample(hits, min(300, len(hits))))


if __name__ == "__main__":
    ds = Path(sys.argv[1])
    for p in probes(ds, "--counts" in sys.argv):
        print(p.relative_to(ds))
