"""people86 (lead's 37th session): the unannotated probes that judge people86's precision lever (a place or an
institution named after a person read as that person); seeded rule written and committed before it was run and before
any article of it was read.

Usage: ``PYTHONPATH=lib python tools/select_probe_s86.py /work/shared/datasets [--targeted]`` prints the 300 articles
of probe A (path under the datasets folder); ``--targeted`` the 300 of probe B.

Pool: every ANT article (v1.1 Jawhara FM, v2.1 Al Arabiya, CNN, France 24; every section) through
``kb_mine.article_pool`` (no gold article of ``data/gold/people/documents.tsv``, no demo article, no id of this
session's two blind parts, ``/work/scratch/people85/heldout41_ids.txt`` and ``/work/scratch/events96/s46_ids.txt``
(the script stops if either file is missing), nor of any earlier blind part's id file still in the scratch folder
(``/work/scratch/*/heldout*_ids.txt``, ``/work/scratch/*/s*_docs.txt``, ``/work/scratch/*/s*_ids.txt``), no article
sharing a URL or title with one of them), less every events gold document (``data/gold/events/documents.csv``), every
doc id named in a tracked ``data/gold/people/probed_*.txt`` or ``data/gold/events/probed_*.txt``, and every article of
the hand-read probe lists of the last session (people83's probe, second and third probes and people84's checks:
``/work/scratch/people83/*paths*.txt``, ``/work/scratch/people84/*paths*.txt``), all as they are at draw time.

Probe A: 300 articles of the pool, sorted by path, ``random.Random("86A").sample`` (no size or text filter: the draw
does not depend on the code judged).
Probe B (targeted): of the pool less probe A, the articles whose normalised text (``kb_mine.article_text``, then
``normalize``) holds a word ending in بئر، بطحاء or حي (a proclitic maybe) followed by a space, or a definite venue
noun (``ال`` + a noun of ``VENUES`` below, proclitics maybe) followed by a space and a grade adjective of ``GRADES``
below (the lever's lists as written when this script was committed); sorted by path,
``random.Random("86B").sample`` of 300 (all of them if fewer).

Judge (people86, written before any run on either probe): the lever ships only if, with ``find_mentions`` and the
recogniser (person rows, main -> branch), on A and B together 80 % or more of the changed person rows are right, every
changed row read by hand (a row removed is right when it is no person mention by the gold README's rules; a span
change counts as one row removed and one added, right when the new row is right), AND at most one right person row is
lost per ten changed rows; AND development (the 41 splits ``tuning``, ``heldout1`` ... ``heldout40``, ``--errors``) is
identical or better row for row (no split loses a right row, no precision falls); AND every changed row of the seed
report's ``mentions.csv`` (152 rows) is right. No changed row on A and B is no evidence: then it ships only with
development identical and the docs say so.
"""
import glob
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BLIND = (Path("/work/scratch/people85/heldout41_ids.txt"), Path("/work/scratch/events96/s46_ids.txt"))
OLD_BLIND = ("/work/scratch/*/heldout*_ids.txt", "/work/scratch/*/s*_docs.txt", "/work/scratch/*/s*_ids.txt")
READ = ("/work/scratch/people83/*paths*.txt", "/work/scratch/people84/*paths*.txt")
_ID = re.compile(r"[A-Z]{2}-[A-Za-z]+-\d+-\d{6,8}")


def _blind_file() -> Path:
    ids: set[str] = set()
    for f in BLIND:
        if not f.exists():
            sys.exit(f"{f} is missing: the probe must leave this session's blind parts out")
        ids |= set(_ID.findall(f.read_text("utf-8")))
    for pat in OLD_BLIND:
        for f in glob.glob(pat):
            ids |= set(_ID.findall(Path(f).read_text("utf-8", errors="replace")))
    out = Path("/tmp/probe86_blind_ids.txt")
    out.write_text("".join(i + "\n" for i in sorted(ids)), "utf-8")
    return out


def pool(datasets: Path) -> list[Path]:
    from marsad.training.kb_mine import article_pool

    left: set[str] = set(_ID.findall((REPO / "data/gold/events/documents.csv").read_text("utf-8")))
    for f in sorted((REPO / "data/gold/people").glob("probed_*.txt")) + sorted(
            (REPO / "data/gold/events").glob("probed_*.txt")):
        left |= set(_ID.findall(f.read_text("utf-8")))
    for pat in READ:
        for f in glob.glob(pat):
            left |= set(_ID.findall(Path(f).read_text("utf-8", errors="replace")))
    return sorted(p for p in article_pool(datasets, (str(_blind_file()),)) if p.stem not in left)


def probe_a(rows: list[Path]) -> list[Path]:
    return random.Random("86A").sample(rows, 300)


# the nouns and adjectives of the lever as written when this script was committed (kept here, so that the draw does
# not change with the code judged)
HEADS = "بئر بطحاء حي"
VENUES = ("ستاد استاد إستاد ملعب مطار ساحة قاعة شارع ميدان مستشفى مستشفي مصحة مدرسة معهد جامعة كلية مؤسسة متحف "
          "مكتبة حديقة جسر مسجد نهج برج بئر بطحاء حي")
GRADES = ("الجامعي الجامعية الجهوي الجهوية المحلي المحلية الابتدائي الابتدائية الإعدادي الإعدادية الثانوي الثانوية "
          "النموذجي النموذجية التحضيري التحضيرية")


def _targeted_pattern() -> re.Pattern:
    from marsad.lang.text import normalize

    heads = "|".join(map(re.escape, sorted({normalize(w) for w in HEADS.split()})))
    venues = "|".join(map(re.escape, sorted({"ال" + normalize(v) for v in VENUES.split()})))
    grades = "|".join(map(re.escape, sorted({normalize(w) for w in GRADES.split()})))
    return re.compile(rf"(?<![\u0621-\u064a])[وفبل]{{0,2}}(?:{heads}) \S"
                      rf"|(?<![\u0621-\u064a])[وفبل]{{0,2}}(?:{venues}) (?:{grades})(?![\u0621-\u064a])")


def probe_b(rows: list[Path], a: list[Path]) -> list[Path]:
    from marsad.lang.text import normalize
    from marsad.training.kb_mine import article_text

    taken = {p.stem for p in a}
    pat = _targeted_pattern()
    hits = [p for p in rows if p.stem not in taken and pat.search(normalize(article_text(p)))]
    print(f"# targeted candidates {len(hits)}", file=sys.stderr)
    return random.Random("86B").sample(hits, min(300, len(hits)))


if __name__ == "__main__":
    ds = Path(sys.argv[1])
    rows = pool(ds)
    out = probe_a(rows)
    if "--targeted" in sys.argv:
        out = probe_b(rows, out)
    print(f"# pool {len(rows)}", file=sys.stderr)
    for p in out:
        print(p.relative_to(ds))
