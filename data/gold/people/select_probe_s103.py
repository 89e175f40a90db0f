"""people103 (lead's 41st session): the unannotated probe of people103's levers, written from heldout45's errors
after its final run (decisions: ``/work/scratch/people103/decisions.md``, committed with this tool before any lever
was written or scored and before any probe article was read).

Usage: ``PYTHONPATH=lib python data/gold/people/select_probe_s103.py /work/shared/datasets [--counts]`` prints probe
T's paths, then R's (under the datasets folder, ``# T`` / ``# R`` lines between).

Pool: ``tools/select_probe_s102.py``'s pool (every ANT article less gold, demo, events gold, every ``probed_*.txt``,
every earlier blind part with the articles sharing a URL or title, the probe lists of people93-99 and 101, this
session's two (now development) blind parts) less people102's read paths (``/work/scratch/people102/*paths*.txt``).

Trigger (the article's text, ``kb_mine.article_text``): الوكالة الفرنسية للأنباء; القارة الأمريكية or القارة
الأميركية; a speaking verb (يتحدث، تتحدث، يتحدثون، يتحدثن، أتحدث، نتحدث، يتكلم، تتكلم، يتكلمون، يتكلمن، يجيد، تجيد،
يجيدون، يتقن، تتقن، يتقنون; و or ف before it) right before a word of ``country_rows._LANGUAGES``. T: every trigger
article; R: ``random.Random("103R").sample`` of the rest of the pool, 300 articles in all; each sorted by path.
Amendment (committed before any probe article was read): the fresh pool (4,481 articles) holds no trigger article,
and the first trigger missed the phrases after the preposition ل (للوكالة الفرنسية للأنباء); T is then every trigger
article of ``wide_pool`` (every ANT article less the people and events gold, the demo and their copies).
``--meetings`` (the second lever, committed before it was written or scored): T ``random.Random("103MT").sample`` of
at most 150 articles of the fresh pool less the first T (or, if none, of the wide pool less the first T) with
اجتماع/اجتماعات right before a knowledge-base capital; R ``random.Random("103M").sample`` of the fresh pool less
both first probes and T, 300 in all.
"""
import glob
import importlib.util
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
READ = "/work/scratch/people102/*paths*.txt"
_ID = re.compile(r"[A-Z]{2}-[A-Za-z]+-\d+-\d{6,8}")
_WORDS = re.compile(r"[\u0621-\u064a]+")
PHRASES = ("الوكالة الفرنسية للأنباء", "القارة الأمريكية", "القارة الأميركية")
VERBS = ("يتحدث تتحدث يتحدثون يتحدثن أتحدث نتحدث يتكلم تتكلم يتكلمون يتكلمن يجيد تجيد يجيدون يتقن تتقن "
         "يتقنون").split()


def pool(datasets: Path) -> list[Path]:
    spec = importlib.util.spec_from_file_location("s102", REPO / "tools/select_probe_s102.py")
    s102 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(s102)
    rows = s102.pool(datasets)
    taken: set[str] = set()
    for f in glob.glob(READ):
        taken |= set(_ID.findall(Path(f).read_text("utf-8", errors="replace")))
    return [p for p in rows if p.stem not in taken]


def wide_pool(datasets: Path) -> list[Path]:
    """Every ANT article less the gold sets (people ``documents.tsv``, events ``documents.csv``), the demo corpus
    and every article sharing a URL or title with one of them: the fallback when the fresh pool holds no trigger
    article (earlier sessions' probes, read by other helpers for other rules, are unannotated news too)."""
    import csv

    s102 = importlib.util.module_from_spec(spec := importlib.util.spec_from_file_location(
        "s102", REPO / "tools/select_probe_s102.py"))
    spec.loader.exec_module(s102)
    taken: set[str] = set()
    with open(REPO / "data/gold/people/documents.tsv", encoding="utf-8") as fh:
        taken |= {r["doc_id"] for r in csv.DictReader(fh, delimiter="\t")}
    taken |= set(_ID.findall((REPO / "data/gold/events/documents.csv").read_text("utf-8")))
    taken |= {Path(f).stem for f in glob.glob(str(REPO / "data/demo/**/*.txt"), recursive=True)}
    rows = sorted(Path(f) for f in glob.glob(str(datasets / "ant-*" / "*" / "*" / "*.txt")))
    keys = set()
    for p in rows:
        if p.stem in taken:
            keys |= set(s102._url_title(p))
    keys.discard("")
    out = []
    for p in rows:
        if p.stem in taken:
            continue
        u, t = s102._url_title(p)
        if u in keys or t in keys:
            continue
        out.append(p)
    return out


def has_trigger(text: str) -> bool:
    from marsad.lang.text import normalize
    from marsad.mentions.country_rows import _LANGUAGES

    flat = normalize(" ".join(text.split()))
    # (the phrases with ال or, after the preposition ل, لل: للوكالة الفرنسية للأنباء)
    if any(re.search(r"(?<![\u0621-\u064a])[وفب]?(?:ال|لل)" + re.escape(normalize(p)[2:]), flat) for p in PHRASES):
        return True
    verbs = {normalize(v) for v in VERBS}
    verbs |= {"و" + v for v in verbs} | {"ف" + v for v in verbs}
    toks = [normalize(w) for w in _WORDS.findall(text)]
    return any(a in verbs and b in _LANGUAGES for a, b in zip(toks, toks[1:]))


MEETINGS = ("اجتماع", "اجتماعات")


def has_meeting(text: str) -> bool:
    """``--meetings`` (people103's second lever): اجتماع or اجتماعات (proclitics و، ف، ب، ل) right before a
    knowledge-base capital (one to three words)."""
    from marsad.lang.text import normalize
    from marsad.mentions.partial_names import _capitals

    caps = _capitals()
    nouns = {normalize(w) for w in MEETINGS}
    toks = [normalize(w) for w in _WORDS.findall(text)]
    for i, w in enumerate(toks[:-1]):
        if not (w in nouns or (w[:1] in "وفبل" and w[1:] in nouns) or (w[:2] in ("وب", "ول", "فل", "فب")
                                                                       and w[2:] in nouns)):
            continue
        if any(" ".join(toks[i + 1:i + 1 + n]) in caps for n in (1, 2, 3)):
            return True
    return False


def meeting_probes(datasets: Path, counts: bool = False):
    from marsad.training.kb_mine import article_text

    first_t, _r = probes(datasets)
    rows = [p for p in pool(datasets) if p not in set(first_t)]
    hits = [p for p in rows if has_meeting(article_text(p))]
    if not hits:
        hits = [p for p in wide_pool(datasets) if p not in set(first_t) and has_meeting(article_text(p))]
    if counts:
        print(f"meeting trigger {len(hits)}")
        return [], []
    t = sorted(random.Random("103MT").sample(hits, min(150, len(hits))))
    rest = sorted(set(rows) - set(t) - set(_r))
    r = sorted(random.Random("103M").sample(rest, max(0, 300 - len(t))))
    return t, r


def probes(datasets: Path, counts: bool = False):
    from marsad.training.kb_mine import article_text

    rows = pool(datasets)
    hits = [p for p in rows if has_trigger(article_text(p))]
    if counts:
        print(f"pool {len(rows)}; trigger {len(hits)}")
        return [], []
    t = sorted(hits)
    if not t:  # the fresh pool holds no trigger article: T from the wide pool
        t = sorted(p for p in wide_pool(datasets) if has_trigger(article_text(p)))
    rest = sorted(set(rows) - set(t))
    r = sorted(random.Random("103R").sample(rest, max(0, 300 - len(t))))
    return t, r


if __name__ == "__main__":
    ds = Path(sys.argv[1])
    t, r = (meeting_probes if "--meetings" in sys.argv else probes)(ds, "--counts" in sys.argv)
    for name, part in (("T", t), ("R", r)):
        if part:
            print(f"# {name}")
            for p in part:
                print(p.relative_to(ds))
