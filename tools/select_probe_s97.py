"""people97 (lead's 40th session): the unannotated probes that judge people97's lever (a person right after a
nationality adjective: the demonym recogniser learns the home nations' adjectives الإنجليزي، الإنكليزي، الاسكتلندي،
الويلزي, which no country of the knowledge base has, and ends a name before the next item of a list of nationals, و + a
nationality adjective: heldout27's and heldout41's الإنجليزي آلان شيرار والبرتغالي …); seeded rule written and
committed, with the judge in ``/work/scratch/people97/decisions.md``, before the lever was written or scored anywhere
and before any article of the probes was read.

Usage: ``PYTHONPATH=lib python tools/select_probe_s97.py /work/shared/datasets [--random] [--counts]`` prints probe T's
paths (under the datasets folder); ``--random`` probe R's; ``--counts`` how many pool articles hold the trigger.

Pool: ``data/gold/people/select_probe_s94.py``'s pool less every earlier probe list of people93, people94 and people96
(``/work/scratch/people9{3,4,6}/*paths*.txt``). This session's two blind parts,
``/work/scratch/people95/heldout44_ids.txt`` and ``/work/scratch/events107/s49_ids.txt``, must exist (the script stops
otherwise) and are left out by id (s94's pool leaves them out with every article sharing their URL or title too).

Trigger (normalised words of ``kb_mine.article_text``, split on anything that is no Arabic letter): a home nation's
adjective with ال (a proclitic و ف ب ل maybe), or a nationality adjective with ال of the knowledge base followed, three
words on, by و + a nationality adjective with ال. Probe T: ``random.Random("97T").sample`` of 250 pool articles with the
trigger (all if fewer), sorted by path. Probe R: ``random.Random("97R").sample`` of 300 - len(T) pool articles less T
(no filter), sorted.
"""
import importlib.util
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BLIND = (Path("/work/scratch/people95/heldout44_ids.txt"), Path("/work/scratch/events107/s49_ids.txt"))
READ = ("/work/scratch/people93/*paths*.txt", "/work/scratch/people94/*paths*.txt", "/work/scratch/people96/*paths*.txt")
HOME = ("انجليزي", "انكليزي", "اسكتلندي", "ويلزي")
SUFFIXES = ("", "ه", "ان", "تان", "ون", "ين")
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
    from marsad.mentions.name_words import _demonyms_with_article

    home = {"ال" + h + s for h in HOME for s in SUFFIXES}
    dem = _demonyms_with_article() | home
    toks = [normalize(w) for w in _WORDS.findall(text)]
    for i, w in enumerate(toks):
        if w in home or (w[:1] in "وفبل" and w[1:] in home):
            return True
        if (w in dem or (w[:1] in "وفبل" and w[1:] in dem)) and i + 3 < len(toks) and toks[i + 3][:1] == "و" \
                and toks[i + 3][1:] in dem:
            return True
    return False


def probes(datasets: Path, counts: bool = False):
    from marsad.training.kb_mine import article_text

    rows = pool(datasets)
    hits = [p for p in rows if has_trigger(article_text(p))]
    if counts:
        print(f"pool {len(rows)}; trigger {len(hits)}")
        return [], []
    t = sorted(random.Random("97T").sample(hits, min(250, len(hits))))
    rest = sorted(set(rows) - set(t))
    r = sorted(random.Random("97R").sample(rest, min(300 - len(t), len(rest))))
    return t, r


if __name__ == "__main__":
    ds = Path(sys.argv[1])
    t, r = probes(ds, "--counts" in sys.argv)
    for p in (r if "--random" in sys.argv else t):
        print(p.relative_to(ds))
