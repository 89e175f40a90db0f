"""people101 (lead's 41st session): the unannotated probe that judges people101's lever (a leading name word the
lexicon does not know, a foreign given name written before a person's name, is part of that name: بزعامة بيلاوال
بوتو زرداري, not بوتو زرداري; السيناتور جوزف ليبرمان, not Avigdor Lieberman); seeded rule written and committed, with
the judge in ``/work/scratch/people101/decisions.md``, before the lever was written or scored anywhere and before any
article of the probe was read.

Usage: ``PYTHONPATH=lib python tools/select_probe_s101.py /work/shared/datasets [--counts]`` prints probe T's paths,
then probe R's (under the datasets folder, ``# T`` / ``# R`` lines between); ``--counts`` how many pool articles hold
the trigger.

Pool: ``data/gold/people/select_probe_s94.py``'s pool (every ANT article less gold, demo, events gold, every
``probed_*.txt``, every earlier blind part's id file with every article sharing a URL or title) less the probe lists of
people93, 94, 96, 97, 98 and 99 (``/work/scratch/peopleNN/*paths*.txt``), this session's two blind parts by id
(``/work/scratch/people100/heldout45_ids.txt``, ``/work/scratch/events111/s50_ids.txt``: the tool stops if either is
missing) and every article of ``documents.tsv`` (heldout45's rows too, once registered).

Trigger (normalised words of ``kb_mine.article_text``, split on anything that is no Arabic letter): a word that reads
as a foreign name's and no word of the language (``name_words._foreign_name_word``), whose word cluster holds names
(name-likeness 0.1 or more) and that is in no place gazetteer, right before another word of four letters or more
that is no common word. Probe T: ``random.Random("101T").sample`` of 200 trigger articles; probe R:
``random.Random("101R").sample`` of 100 pool articles less T; each sorted by path.
"""
import csv
import importlib.util
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BLIND = (Path("/work/scratch/people100/heldout45_ids.txt"), Path("/work/scratch/events111/s50_ids.txt"))
READ = tuple(f"/work/scratch/people{n}/*paths*.txt" for n in (93, 94, 96, 97, 98, 99))
_ID = re.compile(r"[A-Z]{2}-[A-Za-z]+-\d+-\d{6,8}")
_WORDS = re.compile(r"[\u0621-\u064a]+")


def pool(datasets: Path) -> list[Path]:
    import glob

    taken: set[str] = set()
    for f in BLIND:
        if not f.exists():
            sys.exit(f"{f} is missing: the probe must leave this session's blind parts out")
        taken |= set(_ID.findall(f.read_text("utf-8")))
    with open(REPO / "data/gold/people/documents.tsv", encoding="utf-8") as fh:
        taken |= {r["doc_id"] for r in csv.DictReader(fh, delimiter="\t")}
    spec = importlib.util.spec_from_file_location("s94", REPO / "data/gold/people/select_probe_s94.py")
    s94 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(s94)
    for pat in READ:
        for f in glob.glob(pat):
            taken |= set(_ID.findall(Path(f).read_text("utf-8", errors="replace")))
    return [p for p in s94.pool(datasets) if p.stem not in taken]


def has_trigger(text: str) -> bool:
    from marsad.lang.text import normalize
    from marsad.mentions import ner
    from marsad.mentions.name_words import _foreign_name_word, _name_likeness, common_words, title_words

    titles, common, like, loc = title_words(), common_words(), _name_likeness(), ner._gazetteers()["loc"]
    toks = [normalize(w) for w in _WORDS.findall(text)]
    for i, w in enumerate(toks[:-1]):
        nxt = toks[i + 1]
        if (like.get(w, 0.0) >= 0.1 and w not in loc and len(nxt) >= 4 and nxt not in common
                and _foreign_name_word(w, titles, common)):
            return True
    return False


def probes(datasets: Path, counts: bool = False):
    from marsad.training.kb_mine import article_text

    rows = pool(datasets)
    hits = [p for p in rows if has_trigger(article_text(p))]
    if counts:
        print(f"pool {len(rows)}; trigger {len(hits)}")
        return [], []
    t = sorted(random.Random("101T").sample(hits, min(200, len(hits))))
    rest = sorted(set(rows) - set(t))
    r = sorted(random.Random("101R").sample(rest, min(100, len(rest))))
    return t, r


if __name__ == "__main__":
    ds = Path(sys.argv[1])
    t, r = probes(ds, "--counts" in sys.argv)
    if t or r:
        print("# T")
        for p in t:
            print(p.relative_to(ds))
        print("# R")
        for p in r:
            print(p.relative_to(ds))
