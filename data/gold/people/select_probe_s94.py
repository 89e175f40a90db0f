"""people94 (lead's 39th session): the unannotated probes that judge people94's lever (a capital named as a region of
its own country, right after a region noun: ريف دمشق، غوطة دمشق، ولاية الخرطوم، محافظة القاهرة: the region's name, no
country mention, by the gold README's rule written for ``heldout40`` and ``heldout43``); seeded rule written and
committed, with the judge in ``/work/scratch/people94/decisions.md``, before the lever was scored anywhere and before any
article of the probes was read.

Usage: ``PYTHONPATH=lib python data/gold/people/select_probe_s94.py /work/shared/datasets [--random] [--counts]``
prints probe T's paths (under the datasets folder); ``--random`` probe R's; ``--counts`` how many pool articles hold
the trigger.

Pool: ``tools/select_probe_s93.py``'s pool (s86's pool less the articles read by hand since and this session's two
blind parts) less people93's probe lists (``/work/scratch/people93/*paths*.txt``).

Trigger (normalised words of ``kb_mine.article_text``, split on anything that is no Arabic letter): a region noun
(ريف، غوطة، ولاية، محافظة; a proclitic و ف ب ل maybe, up to two) right before a knowledge-base capital (one to three
words, ``partial_names._capitals``). Probe T: ``random.Random("94T").sample`` of 300 pool articles with the trigger
(all if fewer), sorted by path. Probe R: ``random.Random("94R").sample`` of 300 - len(T) pool articles less T (no
filter), sorted, so that the two probes hold 300 articles.

Second lever (``--talks``, written and committed before that lever was written or scored): talks named after their
host capital (مشاورات الكويت، محادثات أستانا التي …). Pool: the pool above less probes T and R. Trigger: a talks noun
(محادثات، مشاورات، مفاوضات، مباحثات; proclitics as above) right before a knowledge-base capital. Probe T2:
``random.Random("94T2").sample`` of 300 pool articles with the trigger (all if fewer); probe R2:
``random.Random("94R2").sample`` of 300 - len(T2) pool articles less T2; each sorted by path.

Third lever (``--titles``, written and committed before that lever was written or scored): a country word inside a
work's quoted title (لبرنامج "صباح الخير بريطانيا"، أغنية "الملك المصري"). Pool: the pool above less probes T and R.
Trigger: a work noun of ``WORK_NOUNS`` (proclitics as above, or a possessive ه/ها: كتابه، روايتها) right before an
opening quotation mark (a space maybe), and the quotation closing within 60 characters. Probe T3:
``random.Random("94T3").sample`` of 300 pool articles with the trigger (all if fewer); probe R3:
``random.Random("94R3").sample`` of 300 - len(T3) pool articles less T3; each sorted by path.
"""
import glob
import importlib.util
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
READ = ("/work/scratch/people93/*paths*.txt",)
_ID = re.compile(r"[A-Z]{2}-[A-Za-z]+-\d+-\d{6,8}")
_WORDS = re.compile(r"[\u0621-\u064a]+")
REGION_NOUNS = ("ريف", "غوطة", "ولاية", "محافظة")
TALK_NOUNS = ("محادثات", "مشاورات", "مفاوضات", "مباحثات")
WORK_NOUNS = ("برنامج", "فيلم", "كتاب", "رواية", "مسلسل", "أغنية", "ألبوم", "مسرحية")
_TITLE = re.compile(r"(?<![\u0621-\u064a])([\u0621-\u064a]+) ?[\"«“]([^\"«»“”\n]{1,60})[\"»”]")


def has_title(text: str) -> bool:
    from marsad.lang.text import normalize

    nouns = {normalize(w) for w in WORK_NOUNS}
    for m in _TITLE.finditer(text):
        w = normalize(m.group(1))
        forms = {w, w[1:], w[2:]}
        forms |= {f[:-1] for f in forms if f.endswith("ه")} | {f[:-2] for f in forms if f.endswith("ها")}
        forms |= {f[:-1] + "ه" for f in forms if f.endswith("ت")}
        if forms & nouns:
            return True
    return False


def pool(datasets: Path) -> list[Path]:
    spec = importlib.util.spec_from_file_location("s93", REPO / "tools/select_probe_s93.py")
    s93 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(s93)
    taken: set[str] = set()
    for pat in READ:
        for f in glob.glob(pat):
            taken |= set(_ID.findall(Path(f).read_text("utf-8", errors="replace")))
    return [p for p in s93.pool(datasets) if p.stem not in taken]


def has_trigger(text: str, words=REGION_NOUNS) -> bool:
    from marsad.lang.text import normalize
    from marsad.mentions.partial_names import _capitals

    caps = _capitals()
    nouns = {normalize(w) for w in words}
    toks = [normalize(w) for w in _WORDS.findall(text)]
    for i, w in enumerate(toks[:-1]):
        if not (w in nouns or (w[:1] in "وفبل" and w[1:] in nouns) or (w[:2] in ("وب", "ول", "فل", "فب")
                                                                       and w[2:] in nouns)):
            continue
        for n in (1, 2, 3):
            if " ".join(toks[i + 1:i + 1 + n]) in caps:
                return True
    return False


def probes(datasets: Path, counts: bool = False):
    from marsad.training.kb_mine import article_text

    rows = pool(datasets)
    hits = [p for p in rows if has_trigger(article_text(p))]
    if counts:
        print(f"pool {len(rows)}; trigger {len(hits)}")
        return [], []
    t = sorted(random.Random("94T").sample(hits, min(300, len(hits))))
    rest = sorted(set(rows) - set(t))
    r = sorted(random.Random("94R").sample(rest, min(300 - len(t), len(rest))))
    return t, r


def probes_talks(datasets: Path, counts: bool = False):
    from marsad.training.kb_mine import article_text

    t1, r1 = probes(datasets)
    rows = sorted(set(pool(datasets)) - set(t1) - set(r1))
    hits = [p for p in rows if has_trigger(article_text(p), TALK_NOUNS)]
    if counts:
        print(f"pool {len(rows)}; trigger {len(hits)}")
        return [], []
    t = sorted(random.Random("94T2").sample(hits, min(300, len(hits))))
    rest = sorted(set(rows) - set(t))
    r = sorted(random.Random("94R2").sample(rest, min(300 - len(t), len(rest))))
    return t, r


def probes_titles(datasets: Path, counts: bool = False):
    from marsad.training.kb_mine import article_text

    t1, r1 = probes(datasets)
    rows = sorted(set(pool(datasets)) - set(t1) - set(r1))
    hits = [p for p in rows if has_title(article_text(p))]
    if counts:
        print(f"pool {len(rows)}; trigger {len(hits)}")
        return [], []
    t = sorted(random.Random("94T3").sample(hits, min(300, len(hits))))
    rest = sorted(set(rows) - set(t))
    r = sorted(random.Random("94R3").sample(rest, min(300 - len(t), len(rest))))
    return t, r


if __name__ == "__main__":
    ds = Path(sys.argv[1])
    fn = probes_talks if "--talks" in sys.argv else probes_titles if "--titles" in sys.argv else probes
    t, r = fn(ds, "--counts" in sys.argv)
    for p in (r if "--random" in sys.argv else t):
        print(p.relative_to(ds))
