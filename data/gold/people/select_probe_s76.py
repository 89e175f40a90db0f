"""people76 (lead's 34th session): the unannotated POLITICS probe that judges people76's mechanism; seeded rule written
and committed before it was run and before any article of it was read.

Usage: ``PYTHONPATH=lib python data/gold/people/select_probe_s76.py ../shared/datasets [--write]`` prints the 30 probe
articles (path under the datasets folder; ``--write`` also writes ``probed_session76.txt`` beside this script).

Pool: the politics and world news of the three outlets (2018): ANT v2.1 Al Arabiya ``internationalNews``, CNN
``internationalNews`` + ``middleEast``, France 24 ``internationalNews`` + ``middleEast``; ``kb_mine.article_pool`` (no
gold article of ``documents.tsv``, no demo article, no id of ``/work/scratch/people75/heldout38_ids.txt`` (required:
heldout38's drawn ids AND its reserves, the session's blind part), no article sharing a URL or title with one of them),
less every article named in a tracked file of ``data/gold/people/`` at ``1556b68b`` (every earlier probe, select list
or split) and every events gold document (``data/gold/events/documents.csv`` at ``1556b68b``). Probe: 1,200-5,000
bytes, holding الرئيس or وزير (a text filter: no pipeline run, so the draw does not depend on the code judged), each
outlet's articles sorted by the SHA-1 of ``"probe76/" + doc_id``, the first 10 of each outlet.

Wider check (``--wide``; rule added and committed before it was run, after the 30-article probe was drawn and run on
the start code, 18:26 UTC): 300 articles of the same pool (any size, no text filter) less the 30 probe articles and
less the 885 articles people76 read rows of while designing its mechanism (``probed_session76_design.txt``: two
random samples of the pool, 200 and 700 articles, seeds 7676 and 7677 of people76's scratch script), sorted by path,
``random.Random("76W").sample``; ``--write --wide`` writes ``probed_session76_wide.txt``.

Rest (``--rest``; rule added and committed before it was run, 18:24 UTC, after the probe and the wider check were
run before and after and changed no row): every other article of the pool (any size), less the probe, the wider
check and the design articles; ``--write --rest`` writes ``probed_session76_rest.txt``.
"""
import random
import hashlib
import re
import subprocess
import sys
from pathlib import Path

COMMIT = "1556b68b"
REPO = Path(__file__).resolve().parents[3]
HELDOUT38 = Path("/work/scratch/people75/heldout38_ids.txt")
GROUPS = [
    ("AL", ["ant-v2.1-multisource/Alarabia/internationalNews"], 10),
    ("CN", ["ant-v2.1-multisource/CNN/internationalNews", "ant-v2.1-multisource/CNN/middleEast"], 10),
    ("FR", ["ant-v2.1-multisource/France24/internationalNews", "ant-v2.1-multisource/France24/middleEast"], 10),
]
_ID = re.compile(r"[A-Z]{2}-[A-Za-z]+-\d+-\d{8}")


def _show(path: str) -> str:
    return subprocess.run(["git", "-C", str(REPO), "show", f"{COMMIT}:{path}"], capture_output=True, text=True,
                          check=True).stdout


def _heldout38_file() -> Path:
    """heldout38's ids (drawn and reserves) as one id a line for ``article_pool`` (any layout of the source file)."""
    ids = sorted(set(_ID.findall(HELDOUT38.read_text("utf-8"))))
    if not ids:
        sys.exit(f"{HELDOUT38} holds no doc id")
    out = Path("/tmp/probe76_heldout38_ids.txt")
    out.write_text("".join(i + "\n" for i in ids), "utf-8")
    return out


def select(datasets: Path) -> list[Path]:
    from marsad.training.kb_mine import article_pool

    if not HELDOUT38.exists():
        sys.exit(f"{HELDOUT38} is missing: the probe must leave heldout38's drawn ids and reserves out")
    names = subprocess.run(["git", "-C", str(REPO), "ls-tree", "--name-only", COMMIT, "data/gold/people/"],
                           capture_output=True, text=True, check=True).stdout.split()
    tracked: set[str] = set(_ID.findall(_show("data/gold/events/documents.csv")))
    for n in names:
        if n.endswith((".txt", ".tsv", ".py")):
            tracked |= set(_ID.findall(_show(n)))
    folders = {d for _g, ds, _n in GROUPS for d in ds}
    pool = sorted(p for p in article_pool(datasets, (str(_heldout38_file()),))
                  if str(p.parent.relative_to(datasets)) in folders and p.stem not in tracked)
    probe = []
    for _g, ds, n in GROUPS:
        cand = [p for p in pool if str(p.parent.relative_to(datasets)) in ds and 1200 <= p.stat().st_size <= 5000]
        cand = [p for p in cand if re.search("الرئيس|وزير", p.read_text("utf-8", errors="replace"))]
        cand.sort(key=lambda p: hashlib.sha1(("probe76/" + p.stem).encode()).hexdigest())
        probe += cand[:n]
    return probe


def wide(datasets: Path, probe: list[Path]) -> list[Path]:
    from marsad.training.kb_mine import article_pool

    names = subprocess.run(["git", "-C", str(REPO), "ls-tree", "--name-only", COMMIT, "data/gold/people/"],
                           capture_output=True, text=True, check=True).stdout.split()
    tracked: set[str] = set(_ID.findall(_show("data/gold/events/documents.csv")))
    for n in names:
        if n.endswith((".txt", ".tsv", ".py")):
            tracked |= set(_ID.findall(_show(n)))
    tracked |= set(_ID.findall(Path(__file__).with_name("probed_session76_design.txt").read_text("utf-8")))
    tracked |= {p.stem for p in probe}
    folders = {d for _g, ds, _n in GROUPS for d in ds}
    pool = sorted(p for p in article_pool(datasets, (str(_heldout38_file()),))
                  if str(p.parent.relative_to(datasets)) in folders and p.stem not in tracked)
    return random.Random("76W").sample(pool, 300)


if __name__ == "__main__":
    ds = Path(sys.argv[1])
    probe = select(ds)
    if "--rest" in sys.argv:
        taken = {p.stem for p in wide(ds, probe)} | {p.stem for p in probe}
        taken |= set(_ID.findall(Path(__file__).with_name("probed_session76_design.txt").read_text("utf-8")))
        folders = {d for _g, dd, _n in GROUPS for d in dd}
        from marsad.training.kb_mine import article_pool
        names = subprocess.run(["git", "-C", str(REPO), "ls-tree", "--name-only", COMMIT, "data/gold/people/"],
                               capture_output=True, text=True, check=True).stdout.split()
        tracked = set(_ID.findall(_show("data/gold/events/documents.csv")))
        for n in names:
            if n.endswith((".txt", ".tsv", ".py")):
                tracked |= set(_ID.findall(_show(n)))
        rows = sorted(p for p in article_pool(ds, (str(_heldout38_file()),))
                      if str(p.parent.relative_to(ds)) in folders and p.stem not in tracked | taken)
        if "--write" in sys.argv:
            Path(__file__).with_name("probed_session76_rest.txt").write_text(
                "".join(f"{p.relative_to(ds)}\n" for p in rows), "utf-8")
        for p in rows:
            print(p.relative_to(ds))
        sys.exit(0)
    if "--wide" in sys.argv:
        rows = wide(ds, probe)
        if "--write" in sys.argv:
            Path(__file__).with_name("probed_session76_wide.txt").write_text(
                "".join(f"{p.relative_to(ds)}\n" for p in rows), "utf-8")
        for p in rows:
            print(p.relative_to(ds))
        sys.exit(0)
    if "--write" in sys.argv:
        Path(__file__).with_name("probed_session76.txt").write_text(
            "".join(f"{p.relative_to(ds)}\n" for p in probe), "utf-8")
    for p in probe:
        print(p.relative_to(ds))
