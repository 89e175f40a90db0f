"""people80 (lead's 35th session): the unannotated POLITICS probe that judges people80's recall mechanism; seeded rule
written and committed before it was run and before any article of it was read.

Usage: ``PYTHONPATH=lib python data/gold/people/select_probe_s80.py ../shared/datasets [--write] [--wide]`` prints the
30 probe articles (path under the datasets folder; ``--write`` also writes ``probed_session80.txt`` beside this
script); with ``--wide`` the 300 articles of the wider check (``--write --wide`` writes ``probed_session80_wide.txt``).

Pool: the politics and world news of the three outlets (2018): ANT v2.1 Al Arabiya ``internationalNews``, CNN
``internationalNews`` + ``middleEast``, France 24 ``internationalNews`` + ``middleEast``; ``kb_mine.article_pool`` (no
gold article of ``documents.tsv``, no demo article, no id of ``/work/scratch/people79/heldout39_ids.txt`` (required:
heldout39's drawn ids AND its reserves, the session's blind part), no article sharing a URL or title with one of
them), less every events gold document (``data/gold/events/documents.csv`` at ``63cc992c``) and less the articles
earlier sessions read by hand as whole probes (every doc id named in ``probed_session76.txt`` and
``probed_session76_design.txt`` at ``63cc992c``; people76's wide and rest checks read changed rows only and stay in).
Probe: 1,200-5,000 bytes, holding الرئيس or وزير (a text filter: no pipeline run, so the draw does not depend on the
code judged), each outlet's articles sorted by the SHA-1 of ``"probe80/" + doc_id``, the first 10 of each outlet.
Wider check: 300 articles of the same pool (any size, no text filter) less the 30 probe articles, sorted by path,
``random.Random("80W").sample``.

Rest (``--rest``; rule added and committed at 20:42 UTC before it was run, after the probe and the wider check were
run before and after): every other article of the pool (any size) less the probe, the wider check and the design set
of people80's يدعى rule (every pool article outside the probe and the wider check whose text matches
``(?<![ء-ي])[وف]?[يت]ُ?دعى\s``: read while building); ``--write --rest`` writes ``probed_session80_rest.txt``.
"""
import hashlib
import random
import re
import subprocess
import sys
from pathlib import Path

COMMIT = "63cc992c"
REPO = Path(__file__).resolve().parents[3]
HELDOUT39 = Path("/work/scratch/people79/heldout39_ids.txt")
GROUPS = [
    ("AL", ["ant-v2.1-multisource/Alarabia/internationalNews"], 10),
    ("CN", ["ant-v2.1-multisource/CNN/internationalNews", "ant-v2.1-multisource/CNN/middleEast"], 10),
    ("FR", ["ant-v2.1-multisource/France24/internationalNews", "ant-v2.1-multisource/France24/middleEast"], 10),
]
READ = ("data/gold/people/probed_session76.txt", "data/gold/people/probed_session76_design.txt")
_ID = re.compile(r"[A-Z]{2}-[A-Za-z]+-\d+-\d{8}")


def _show(path: str) -> str:
    return subprocess.run(["git", "-C", str(REPO), "show", f"{COMMIT}:{path}"], capture_output=True, text=True,
                          check=True).stdout


def _heldout39_file() -> Path:
    """heldout39's ids (drawn and reserves) as one id a line for ``article_pool`` (any layout of the source file)."""
    if not HELDOUT39.exists():
        sys.exit(f"{HELDOUT39} is missing: the probe must leave heldout39's drawn ids and reserves out")
    ids = sorted(set(_ID.findall(HELDOUT39.read_text("utf-8"))))
    if not ids:
        sys.exit(f"{HELDOUT39} holds no doc id")
    out = Path("/tmp/probe80_heldout39_ids.txt")
    out.write_text("".join(i + "\n" for i in ids), "utf-8")
    return out


def pool(datasets: Path) -> list[Path]:
    from marsad.training.kb_mine import article_pool

    left: set[str] = set(_ID.findall(_show("data/gold/events/documents.csv")))
    for n in READ:
        left |= set(_ID.findall(_show(n)))
    folders = {d for _g, ds, _n in GROUPS for d in ds}
    return sorted(p for p in article_pool(datasets, (str(_heldout39_file()),))
                  if str(p.parent.relative_to(datasets)) in folders and p.stem not in left)


def select(datasets: Path, rows: list[Path]) -> list[Path]:
    probe = []
    for _g, ds, n in GROUPS:
        cand = [p for p in rows if str(p.parent.relative_to(datasets)) in ds and 1200 <= p.stat().st_size <= 5000]
        cand = [p for p in cand if re.search("الرئيس|وزير", p.read_text("utf-8", errors="replace"))]
        cand.sort(key=lambda p: hashlib.sha1(("probe80/" + p.stem).encode()).hexdigest())
        probe += cand[:n]
    return probe


def wide(rows: list[Path], probe: list[Path]) -> list[Path]:
    taken = {p.stem for p in probe}
    return random.Random("80W").sample([p for p in rows if p.stem not in taken], 300)


if __name__ == "__main__":
    ds = Path(sys.argv[1])
    rows = pool(ds)
    out = select(ds, rows)
    name = "probed_session80.txt"
    if "--rest" in sys.argv:
        judge = {p.stem for p in out} | {p.stem for p in wide(rows, out)}
        cue = re.compile(r"(?<![\u0621-\u064a])[وف]?[يت]\u064f?دعى\s")
        out = [p for p in rows if p.stem not in judge and not cue.search(p.read_text("utf-8", errors="replace"))]
        name = "probed_session80_rest.txt"
    elif "--wide" in sys.argv:
        out, name = wide(rows, out), "probed_session80_wide.txt"
    if "--write" in sys.argv:
        Path(__file__).with_name(name).write_text("".join(f"{p.relative_to(ds)}\n" for p in out), "utf-8")
    for p in out:
        print(p.relative_to(ds))
