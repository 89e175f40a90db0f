"""people83 (lead's 36th session): the unannotated PRECISION probe of people83 (every person row read by hand) and the
second probe that judges its mechanism; seeded rule written and committed before it was run and before any article of
it was read.

Usage: ``PYTHONPATH=lib python tools/select_probe_s83.py /work/shared/datasets [--second]`` prints the 60 probe
articles (path under the datasets folder); ``--second`` prints the 300 articles of the judge's second probe, ``--third``
the 300 of the third (below).

Pool: every ANT article (v1.1 Jawhara FM, v2.1 Al Arabiya, CNN, France 24; every section) through
``kb_mine.article_pool`` (no gold article of ``data/gold/people/documents.tsv``, no demo article, no id of
``/work/scratch/people82/heldout40_ids.txt`` nor of ``/work/scratch/events93/s45_docs.txt`` (this session's two
blind parts; the script stops if either file is missing), no article sharing a URL or title with one of them), less
every events gold document (``data/gold/events/documents.csv``) and less every doc id named in any tracked
``data/gold/people/probed_*.txt`` or ``data/gold/events/probed_*.txt`` (the articles earlier sessions read rows of),
all at the commit this script lands on's parent (the files of main at draw time).
Probe: 1,000-5,000 bytes (no pipeline run, no text filter: the draw does not depend on the code judged), each
outlet's articles (JA, AL, CN, FR) sorted by the SHA-1 of ``"probe83/" + doc_id``, the first 15 of each outlet.
Second probe: 300 articles of the same pool (any size) less the 60 probe articles, sorted by path,
``random.Random("83S").sample``.

Judge (people83, written at 23:40 UTC before any run on the second probe, after reading the first): the mechanism
ships only if, on the second probe (``find_mentions`` with the recogniser, person rows, main -> branch), 80 % or more
of the changed person rows are right, every changed row read by hand (a span change counts as one row removed and
one added, right when the new row is right); development (the 40 splits ``tuning``, ``heldout1`` ... ``heldout39``,
``--errors``) is identical or better row for row; and every changed row of the seed report's ``mentions.csv`` (152
rows) is right. No changed row on the second probe is no evidence: then it ships only with development identical
and the design probe's changed rows right, and the docs say so.

Third probe (``--third``; rule added at 23:44 UTC, after the second probe's every person row was read by hand on
main's code and before this probe was drawn or run): 300 articles of the same pool less the 60 probe articles and the
300 of the second probe, sorted by path, ``random.Random("83T").sample``. It judges a second mechanism (a discovered
name whose first word is the conjunction و glued to a given name), designed on the second probe's rows: that
mechanism ships only if 80 % or more of its changed person rows on the third probe are right (every one read by hand;
a span change is one row removed and one added, right when the new row is right), development (40 splits,
``--errors``) is identical or better row for row, and every changed seed ``mentions.csv`` row is right. No changed
row on the third probe is no evidence: it then ships only with development identical and its changed rows on the
second probe (its design set) right, and the docs say so.
"""
import hashlib
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BLIND = (Path("/work/scratch/people82/heldout40_ids.txt"), Path("/work/scratch/events93/s45_docs.txt"))
OUTLETS = ("JA", "AL", "CN", "FR")
PER_OUTLET = 15
_ID = re.compile(r"[A-Z]{2}-[A-Za-z]+-\d+-\d{8}")


def _blind_file() -> Path:
    ids: set[str] = set()
    for f in BLIND:
        if not f.exists():
            sys.exit(f"{f} is missing: the probe must leave this session's blind parts out")
        ids |= set(_ID.findall(f.read_text("utf-8")))
    out = Path("/tmp/probe83_blind_ids.txt")
    out.write_text("".join(i + "\n" for i in sorted(ids)), "utf-8")
    return out


def pool(datasets: Path) -> list[Path]:
    from marsad.training.kb_mine import article_pool

    left: set[str] = set(_ID.findall((REPO / "data/gold/events/documents.csv").read_text("utf-8")))
    for f in sorted((REPO / "data/gold/people").glob("probed_*.txt")) + sorted(
            (REPO / "data/gold/events").glob("probed_*.txt")):
        left |= set(_ID.findall(f.read_text("utf-8")))
    return sorted(p for p in article_pool(datasets, (str(_blind_file()),)) if p.stem not in left)


def select(rows: list[Path]) -> list[Path]:
    probe = []
    for o in OUTLETS:
        cand = [p for p in rows if p.stem.startswith(o + "-") and 1000 <= p.stat().st_size <= 5000]
        cand.sort(key=lambda p: hashlib.sha1(("probe83/" + p.stem).encode()).hexdigest())
        probe += cand[:PER_OUTLET]
    return probe


def second(rows: list[Path], probe: list[Path]) -> list[Path]:
    taken = {p.stem for p in probe}
    return random.Random("83S").sample([p for p in rows if p.stem not in taken], 300)


if __name__ == "__main__":
    ds = Path(sys.argv[1])
    rows = pool(ds)
    out = select(rows)
    if "--second" in sys.argv:
        out = second(rows, out)
    elif "--third" in sys.argv:
        taken = {p.stem for p in out} | {p.stem for p in second(rows, out)}
        out = random.Random("83T").sample([p for p in rows if p.stem not in taken], 300)
    print(f"# pool {len(rows)}", file=sys.stderr)
    for p in out:
        print(p.relative_to(ds))
