"""people96 (lead's 40th session): the unannotated probes that judge people96's lever (a named facility or work right
after its kind noun is no person: ستاد، مختبر، تمثال، ساحة، قاعدة join the kind nouns of ``organization_triggers.txt``;
heldout35's وستاد رانس، heldout41's تمثال فينوس دي ميلو، heldout42's مختبر بورتن داون); seeded rule written and committed,
with the judge in ``/work/scratch/people96/decisions.md``, before the lever was written or scored anywhere and before
any article of the probes was read.

Usage: ``PYTHONPATH=lib python tools/select_probe_s96.py /work/shared/datasets [--random] [--counts]`` prints probe T's
paths (under the datasets folder); ``--random`` probe R's; ``--counts`` how many pool articles hold the trigger.

Pool: ``data/gold/people/select_probe_s94.py``'s pool (s93's pool, itself s86's: every ANT article less gold, demo,
events gold, every ``probed_*.txt``, every blind part's id file in the scratch folder with every article sharing a URL
or title, less the articles read by hand since) less people94's probe lists (``/work/scratch/people94/*paths*.txt``).
This session's two blind parts, ``/work/scratch/people95/heldout44_ids.txt`` and ``/work/scratch/events107/s49_ids.txt``,
must exist (the script stops otherwise): s86's glob of the scratch folder's id files leaves them out (with every
article sharing their URL or title), and they are checked again here by id.

Trigger (normalised words of ``kb_mine.article_text``, split on anything that is no Arabic letter): one of the five
kind nouns (a proclitic و ف ب ل maybe, up to two) right before a word without ال. Probe T:
``random.Random("96T").sample`` of 250 pool articles with the trigger (all if fewer), sorted by path. Probe R:
``random.Random("96R").sample`` of 300 - len(T) pool articles less T (no filter), sorted.
"""
import importlib.util
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BLIND = (Path("/work/scratch/people95/heldout44_ids.txt"), Path("/work/scratch/events107/s49_ids.txt"))
READ = ("/work/scratch/people94/*paths*.txt",)
KIND_NOUNS = ("ستاد", "مختبر", "تمثال", "ساحة", "قاعدة")
_ID = re.compile(r"[A-Z]{2}-[A-Za-z]+-\d+-\d{6,8}")
_WORDS = re.compile(r"[\u0621-\u064a]+")


def pool(datasets: Path) -> list[Path]:
    import glob

    blind: set[str] = set()
    for f in BLIND:
        if not f.exists():
            sys.exit(f"{f} is missing: the probe must leave this session's blind parts out")
        blind |= set(_ID.findall(f.read_text("utf-8")))
    spec = importlib.util.spec_from_file_location("s94", REPO / "data/gold/people/select_probe_s94.py")
    s94 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(s94)
    taken = set(blind)
    for pat in READ:
        for f in glob.glob(pat):
            taken |= set(_ID.findall(Path(f).read_text("utf-8", errors="replace")))
    return [p for p in s94.pool(datasets) if p.stem not in taken]


def has_trigger(text: str) -> bool:
    from marsad.lang.text import normalize

    nouns = {normalize(w) for w in KIND_NOUNS}
    toks = [normalize(w) for w in _WORDS.findall(text)]
    for i, w in enumerate(toks[:-1]):
        if not (w in nouns or (w[:1] in "وفبل" and w[1:] in nouns) or (w[:2] in ("وب", "ول", "فل", "فب")
                                                                       and w[2:] in nouns)):
            continue
        if not toks[i + 1].startswith("ال"):
            return True
    return False


def probes(datasets: Path, counts: bool = False):
    from marsad.training.kb_mine import article_text

    rows = pool(datasets)
    hits = [p for p in rows if has_trigger(article_text(p))]
    if counts:
        print(f"pool {len(rows)}; trigger {len(hits)}")
        return [], []
    t = sorted(random.Random("96T").sample(hits, min(250, len(hits))))
    rest = sorted(set(rows) - set(t))
    r = sorted(random.Random("96R").sample(rest, min(300 - len(t), len(rest))))
    return t, r


if __name__ == "__main__":
    ds = Path(sys.argv[1])
    t, r = probes(ds, "--counts" in sys.argv)
    for p in (r if "--random" in sys.argv else t):
        print(p.relative_to(ds))
