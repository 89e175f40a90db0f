"""people63 (lead's 31st session): the two unannotated probe sets, seeded; rule written before any article was read.

Usage: ``python data/gold/people/select_probe_s63.py ../shared/datasets [A|B]`` prints the 24 articles of probe set A
(seed ``63A``: rules are written from it) or B (seed ``63B``: changes are judged on it, never read before the changes).

Pool: every ANT article named in ``data/gold/people/probed_session*.txt`` / ``probed_sessions14_16.txt`` at main
``8320b80b`` (earlier sessions' probes, as system-output tables; every blind draw leaves out every article named in a
tracked file, so none of them can be a ``heldout35`` article), minus every article of ``documents.tsv`` (gold) and the
demo corpus, 1,000-3,000 bytes, from the outlets/sections the recent blind parts come from. Six groups, sorted by the
SHA-1 of ``"probe63/" + doc_id``; set A takes from each group the first N articles of ``random.Random("63A").sample``,
set B the first N of the group less A by ``random.Random("63B")``: Al Arabiya ``sport`` 6, Jawhara FM ``localNews`` +
``politic`` 8 (one group: the pool holds only 4 ``localNews`` articles, found when the first version of this rule
failed on B before printing anything), Jawhara FM ``sport`` 4, France 24 ``internationalNews`` + ``middleEast`` 3, CNN
``internationalNews`` + ``middleEast`` 3 (24 each).

Round 2 (``A2`` / ``B2``, written after round 1 landed and before any round-2 article was read): set A's person errors
were few (6 rows in 24 articles), so a people-dense pair: the same pool (earlier probes named at ``8320b80b``, no gold or
demo article) less every article of A, B and the 300-article wider check (``probed_session63.txt``), 1,500-4,500 bytes,
the blind parts' filters: sport (at least five matches of لاعب|مدرب|رئيس|نجم) for Al Arabiya ``sport`` 10 and Jawhara FM
``sport`` 4; politics (الرئيس or وزير and at least three matches of الرئيس|وزير|رئيس) for Jawhara FM ``localNews`` +
``politic`` 6 and France 24 + CNN international/Middle-East 4; same SHA-1 order, ``random.Random("63C")`` for A2 (rules
written from it), ``random.Random("63D")`` for B2 over the rest (changes judged on it).
"""
import hashlib
import random
import re
import subprocess
import sys
from pathlib import Path

COMMIT = "8320b80b"
REPO = Path(__file__).resolve().parents[3]
GROUPS = [
    ("AL-sport", ["ant-v2.1-multisource/Alarabia/sport"], 6),
    ("JA-localNews+politic", ["ant-v1.1-jawharafm/localNews", "ant-v1.1-jawharafm/politic"], 8),
    ("JA-sport", ["ant-v1.1-jawharafm/sport"], 4),
    ("F24-news", ["ant-v2.1-multisource/France24/internationalNews", "ant-v2.1-multisource/France24/middleEast"], 3),
    ("CNN-news", ["ant-v2.1-multisource/CNN/internationalNews", "ant-v2.1-multisource/CNN/middleEast"], 3),
]


def _show(path: str) -> str:
    return subprocess.run(["git", "-C", str(REPO), "show", f"{COMMIT}:{path}"], capture_output=True, text=True,
                          check=True).stdout


def pool(datasets: Path) -> dict[str, list[Path]]:
    names = subprocess.run(["git", "-C", str(REPO), "ls-tree", "--name-only", COMMIT, "data/gold/people/"],
                           capture_output=True, text=True, check=True).stdout.split()
    probed: set[str] = set()
    for n in names:
        if Path(n).name.startswith("probed_"):
            for line in _show(n).splitlines():
                line = line.strip()
                if line and not line.startswith("#"):
                    probed.add(line.split()[0])
    gold = {l.split("\t")[0] for l in _show("data/gold/people/documents.tsv").splitlines()[1:]}
    demo = {p.stem for p in (REPO / "data/demo").rglob("*") if p.is_file()}
    out = {}
    for name, dirs, _ in GROUPS:
        files = [p for d in dirs for p in (datasets / d).glob("*.txt")
                 if p.stem in probed and p.stem not in gold and p.stem not in demo
                 and 1000 <= p.stat().st_size <= 3000]
        out[name] = sorted(files, key=lambda p: hashlib.sha1(("probe63/" + p.stem).encode()).hexdigest())
    return out


def select(datasets: Path) -> dict[str, list[Path]]:
    groups = pool(datasets)
    a, b = [], []
    for name, _, n in GROUPS:
        files = groups[name]
        pa = random.Random("63A").sample(files, n)
        rest = [p for p in files if p not in pa]
        pb = random.Random("63B").sample(rest, n)
        a += pa
        b += pb
    return {"A": a, "B": b}


_SPORT = re.compile("لاعب|مدرب|رئيس|نجم")
_POLITICS = re.compile("الرئيس|وزير|رئيس")
GROUPS2 = [
    ("AL-sport", ["ant-v2.1-multisource/Alarabia/sport"], 10, "sport"),
    ("JA-sport", ["ant-v1.1-jawharafm/sport"], 4, "sport"),
    ("JA-localNews+politic", ["ant-v1.1-jawharafm/localNews", "ant-v1.1-jawharafm/politic"], 6, "politics"),
    ("F24+CNN-news", ["ant-v2.1-multisource/France24/internationalNews", "ant-v2.1-multisource/France24/middleEast",
                      "ant-v2.1-multisource/CNN/internationalNews", "ant-v2.1-multisource/CNN/middleEast"], 4, "politics"),
]


def _dense(path: Path, kind: str) -> bool:
    text = path.read_text("utf-8", errors="replace")
    if kind == "sport":
        return len(_SPORT.findall(text)) >= 5
    return ("الرئيس" in text or "وزير" in text) and len(_POLITICS.findall(text)) >= 3


def select2(datasets: Path) -> dict[str, list[Path]]:
    names = subprocess.run(["git", "-C", str(REPO), "ls-tree", "--name-only", COMMIT, "data/gold/people/"],
                           capture_output=True, text=True, check=True).stdout.split()
    probed: set[str] = set()
    for n in names:
        if Path(n).name.startswith("probed_"):
            probed |= {l.split()[0] for l in _show(n).splitlines() if l.strip() and not l.startswith("#")}
    gold = {l.split("\t")[0] for l in _show("data/gold/people/documents.tsv").splitlines()[1:]}
    demo = {p.stem for p in (REPO / "data/demo").rglob("*") if p.is_file()}
    # (the lines of probed_session63.txt before its "# A2" section: A, B and the wider check, as when round 2 was drawn)
    read_text = (REPO / "data/gold/people/probed_session63.txt").read_text("utf-8").split("\n# A2", 1)[0]
    read = {l.strip() for l in read_text.splitlines() if l.strip() and not l.startswith("#")}
    a, b = [], []
    for _name, dirs, n, kind in GROUPS2:
        files = [p for d in dirs for p in (datasets / d).glob("*.txt")
                 if p.stem in probed and p.stem not in gold and p.stem not in demo and p.stem not in read
                 and 1500 <= p.stat().st_size <= 4500 and _dense(p, kind)]
        files.sort(key=lambda p: hashlib.sha1(("probe63/" + p.stem).encode()).hexdigest())
        pa = random.Random("63C").sample(files, n)
        pb = random.Random("63D").sample([p for p in files if p not in pa], n)
        a += pa
        b += pb
    return {"A2": a, "B2": b}


if __name__ == "__main__":
    ds = Path(sys.argv[1])
    which = sys.argv[2] if len(sys.argv) > 2 else "A"
    for p in (select2(ds) if which in ("A2", "B2") else select(ds))[which]:
        print(p.relative_to(ds))
