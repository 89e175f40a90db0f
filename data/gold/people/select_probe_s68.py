"""people68 (lead's 32nd session): the unannotated probe set and wider check that judge the corpus name memory
(``data/kb/mined_full_names.txt``); seeded rule written and committed before any article was read.

Usage: ``python data/gold/people/select_probe_s68.py ../shared/datasets [--wide]`` prints the 24 probe articles
(path under the datasets folder; written to ``probed_session68.txt``), or with ``--wide`` the 300 articles of the wider
check (``probed_session68_wide.txt``). The miner leaves both sets out.

Pool: every ANT article named in ``data/gold/people/probed_session*.txt`` / ``probed_sessions14_16.txt`` at main
``292dd460`` (earlier sessions' probes; every blind draw leaves out every article named in a tracked file, so none of
them is a ``heldout36`` article; its drawn ids, people66's scratch list, are left out as well), minus every article of
``documents.tsv`` (gold), the demo corpus, ``probed_session63.txt`` and ``probed_session67.txt`` (people63's and
people67's probes) and people67's wider check (``/work/scratch/people67/W.txt``, if present). Probe: 1,500-4,500 bytes,
Al Arabiya ``sport`` 12, Jawhara FM ``sport`` 6 from that pool, and Jawhara FM ``localNews`` 6 from every article of
that folder in no tracked file of ``data/gold/people/`` at ``292dd460`` (the earlier probes hold only 5 of them; the gold,
the demo and ``heldout36``'s drawn ids, reserves included, left out); each group sorted by the SHA-1 of
``"probe68/" + doc_id``, then ``random.Random("68P").sample``. Wider check: 300 of the rest of the same three folders
(any size) of the first two groups' pool, sorted by path, ``random.Random("68W").sample``. With ``--wide-local``
(added at 14:00 UTC, before its run, to judge the memory mined from local news too): 300 Jawhara FM ``localNews``
articles in no tracked file of ``data/gold/people/`` at ``292dd460`` (gold, demo and ``heldout36``'s drawn ids left out),
less the probe, sorted by path, ``random.Random("68L").sample`` (``probed_session68_wide_local.txt``).
"""
import hashlib
import random
import re
import subprocess
import sys
from pathlib import Path

COMMIT = "292dd460"
REPO = Path(__file__).resolve().parents[3]
GROUPS = [
    ("AL-sport", "ant-v2.1-multisource/Alarabia/sport", 12),
    ("JA-sport", "ant-v1.1-jawharafm/sport", 6),
    ("JA-localNews", "ant-v1.1-jawharafm/localNews", 6),  # from the whole folder (not only earlier probes)
]


def _show(path: str, commit: str = COMMIT) -> str:
    return subprocess.run(["git", "-C", str(REPO), "show", f"{commit}:{path}"], capture_output=True, text=True,
                          check=True).stdout


def _ids(text: str) -> set:
    return {Path(l.split()[0]).stem for l in text.splitlines() if l.strip() and not l.startswith("#")}


def select(datasets: Path, local: bool = False) -> tuple[list[Path], list[Path]]:
    names = subprocess.run(["git", "-C", str(REPO), "ls-tree", "--name-only", COMMIT, "data/gold/people/"],
                           capture_output=True, text=True, check=True).stdout.split()
    probed: set[str] = set()
    tracked: set[str] = set()
    for n in names:
        if Path(n).name.startswith("probed_"):
            probed |= _ids(_show(n))
        if n.endswith((".txt", ".tsv")):
            tracked |= {w for w in re.findall(r"[A-Z]{2}-[A-Za-z]+-\d+-\d{8}", _show(n))}
    gold = {l.split("\t")[0] for l in (REPO / "data/gold/people/documents.tsv").read_text("utf-8").splitlines()[1:]}
    demo = {p.stem for p in (REPO / "data/demo").rglob("*") if p.is_file()}
    left = gold | demo | _ids(_show("data/gold/people/probed_session63.txt"))
    left |= _ids((REPO / "data/gold/people/probed_session67.txt").read_text("utf-8"))
    for extra in ("/work/scratch/people67/W.txt", "/work/scratch/people66/heldout36_ids.txt"):
        if Path(extra).exists():
            left |= _ids(Path(extra).read_text("utf-8"))
    probe, rest = [], []
    for _name, d, n in GROUPS:
        whole = _name == "JA-localNews"
        files = sorted(p for p in (datasets / d).glob("*.txt") if p.stem not in left
                       and ((p.stem not in tracked) if whole else (p.stem in probed)))
        small = [p for p in files if 1500 <= p.stat().st_size <= 4500]
        small.sort(key=lambda p: hashlib.sha1(("probe68/" + p.stem).encode()).hexdigest())
        pick = random.Random("68P").sample(small, n)
        probe += pick
        if not whole:
            rest += [p for p in files if p not in pick]
    wide = random.Random("68W").sample(sorted(rest), 300)
    if local:
        pool = sorted(p for p in (datasets / "ant-v1.1-jawharafm/localNews").glob("*.txt")
                      if p.stem not in left and p.stem not in tracked and p not in probe)
        return probe, random.Random("68L").sample(pool, 300)
    return probe, wide


if __name__ == "__main__":
    ds = Path(sys.argv[1])
    probe, wide = select(ds, local="--wide-local" in sys.argv)
    for p in (wide if "--wide" in sys.argv or "--wide-local" in sys.argv else probe):
        print(p.relative_to(ds))
