"""people93 (lead's 39th session): the unannotated probes that judge people93's lever (a person named right after a
role AND its complement, no comma between: رئيس الحكومة يوسف الشاهد، لرئيس الفريق المولدي عبيشو، وزيرة الشباب
والرياضة ماجدولين الشارني); seeded rule written and committed, with the judge in
``/work/scratch/people93/decisions.md``, before the lever was scored anywhere and before any article of the probes was
read.

Usage: ``PYTHONPATH=lib python tools/select_probe_s93.py /work/shared/datasets [--random] [--counts]`` prints probe T's
paths (under the datasets folder); ``--random`` probe R's; ``--counts`` how many pool articles hold the trigger.

Pool: ``tools/select_probe_s86.py``'s pool (every ANT article less gold, demo, events gold, every ``probed_*.txt``, every
blind part's id file in the scratch folder, with every article sharing a URL or title) less the articles read by hand
since (people86's to people91's probe lists, ``/work/scratch/people8[6-9]/*paths*.txt``,
``/work/scratch/people9[01]/*paths*.txt``). This session's two blind parts, ``/work/scratch/people92/heldout43_ids.txt``
and ``/work/scratch/events104/s48_ids.txt``, must exist (the script stops otherwise): s86's glob of the scratch folder's
id files leaves them out, and they are checked again here by id.

Trigger (normalised words of ``kb_mine.article_text``, split on anything that is no Arabic letter): a title or role
word of ``person_titles.txt`` (a proclitic و ف ب ل maybe, up to two), then one or two words with ال (the second maybe
with و: الشباب والرياضة), then a known first name (``name_words.known_first``) or an ال-given name
(``al_given_names.txt``). Probe T: ``random.Random("93T").sample`` of 300 pool articles with the trigger (all if
fewer), sorted by path. Probe R: ``random.Random("93R").sample`` of 200 pool articles less T (no filter), sorted.
"""
import glob
import importlib.util
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BLIND = (Path("/work/scratch/people92/heldout43_ids.txt"), Path("/work/scratch/events104/s48_ids.txt"))
READ = ("/work/scratch/people8[6-9]/*paths*.txt", "/work/scratch/people9[01]/*paths*.txt")
_ID = re.compile(r"[A-Z]{2}-[A-Za-z]+-\d+-\d{6,8}")
_WORDS = re.compile(r"[\u0621-\u064a]+")


def pool(datasets: Path) -> list[Path]:
    blind: set[str] = set()
    for f in BLIND:
        if not f.exists():
            sys.exit(f"{f} is missing: the probe must leave this session's blind parts out")
        blind |= set(_ID.findall(f.read_text("utf-8")))
    spec = importlib.util.spec_from_file_location("s86", REPO / "tools/select_probe_s86.py")
    s86 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(s86)
    taken = set(blind)
    for pat in READ:
        for f in glob.glob(pat):
            taken |= set(_ID.findall(Path(f).read_text("utf-8", errors="replace")))
    return [p for p in s86.pool(datasets) if p.stem not in taken]


def has_trigger(text: str) -> bool:
    from marsad.lang.text import normalize
    from marsad.mentions.name_words import known_first, title_words
    from marsad.mentions.role_recognisers import _al_given_names

    titles, firsts, al_given = title_words(), known_first(), _al_given_names()
    toks = [normalize(w) for w in _WORDS.findall(text)]
    for i, w in enumerate(toks[:-2]):
        if not (w in titles or (w[:1] in "وفبل" and w[1:] in titles) or (w[:2] in ("وب", "ول", "فل", "فب")
                                                                         and w[2:] in titles)):
            continue
        j = i + 1
        if not toks[j].startswith("ال"):
            continue
        j += 1
        if j < len(toks) and (toks[j].startswith("ال") or toks[j].startswith("وال")) and toks[j] not in al_given:
            j += 1
        if j < len(toks) and (toks[j] in firsts or toks[j] in al_given):
            return True
    return False


def probes(datasets: Path, counts: bool = False):
    from marsad.training.kb_mine import article_text

    rows = pool(datasets)
    hits = [p for p in rows if has_trigger(article_text(p))]
    if counts:
        print(f"pool {len(rows)}; trigger {len(hits)}")
        return [], []
    t = sorted(random.Random("93T").sample(hits, min(300, len(hits))))
    rest = sorted(set(rows) - set(t))
    r = sorted(random.Random("93R").sample(rest, min(200, len(rest))))
    return t, r


if __name__ == "__main__":
    ds = Path(sys.argv[1])
    t, r = probes(ds, "--counts" in sys.argv)
    for p in (r if "--random" in sys.argv else t):
        print(p.relative_to(ds))
