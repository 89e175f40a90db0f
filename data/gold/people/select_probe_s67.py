"""people67 (lead's 32nd session): the unannotated probe set that judges the mined lists; seeded rule written and
committed before any article was read.

Usage: ``python data/gold/people/select_probe_s67.py ../shared/datasets`` prints the 24 probe articles (path under the
datasets folder), written to ``probed_session67.txt``.

Pool: every ANT article named in ``data/gold/people/probed_session*.txt`` / ``probed_sessions14_16.txt`` at main
``292dd460`` (earlier sessions' probes; every blind draw leaves out every article named in a tracked file, so none of
them can be a ``heldout36`` article), minus every article of ``documents.tsv`` (gold), the demo corpus and
``probed_session63.txt`` (people63's read probes), 1,500-4,500 bytes, sport-dense (at least five matches of
لاعب|مدرب|رئيس|نجم), in the blind parts' outlets: Al Arabiya ``sport`` 12, Jawhara FM ``sport`` 8, Jawhara FM
``localNews`` + ``politic`` 4. Each group sorted by the SHA-1 of ``"probe67/" + doc_id``, then
``random.Random("67P").sample``. The miner (``marsad.training.kb_mine``) leaves these 24 articles out.
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
    ("AL-sport", ["ant-v2.1-multisource/Alarabia/sport"], 12),
    ("JA-sport", ["ant-v1.1-jawharafm/sport"], 8),
    ("JA-localNews+politic", ["ant-v1.1-jawharafm/localNews", "ant-v1.1-jawharafm/politic"], 4),
]
_SPORT = re.compile("لاعب|مدرب|رئيس|نجم")


def _show(path: str) -> str:
    return subprocess.run(["git", "-C", str(REPO), "show", f"{COMMIT}:{path}"], capture_output=True, text=True,
                          check=True).stdout


def select(datasets: Path) -> list[Path]:
    names = subprocess.run(["git", "-C", str(REPO), "ls-tree", "--name-only", COMMIT, "data/gold/people/"],
                           capture_output=True, text=True, check=True).stdout.split()
    probed: set[str] = set()
    for n in names:
        if Path(n).name.startswith("probed_"):
            probed |= {l.split()[0] for l in _show(n).splitlines() if l.strip() and not l.startswith("#")}
    gold = {l.split("\t")[0] for l in _show("data/gold/people/documents.tsv").splitlines()[1:]}
    demo = {p.stem for p in (REPO / "data/demo").rglob("*") if p.is_file()}
    read = {l.strip() for l in _show("data/gold/people/probed_session63.txt").splitlines()
            if l.strip() and not l.startswith("#")}
    out = []
    for _name, dirs, n in GROUPS:
        files = [p for d in dirs for p in (datasets / d).glob("*.txt")
                 if p.stem in probed and p.stem not in gold and p.stem not in demo and p.stem not in read
                 and 1500 <= p.stat().st_size <= 4500
                 and len(_SPORT.findall(p.read_text("utf-8", errors="replace"))) >= 5]
        files.sort(key=lambda p: hashlib.sha1(("probe67/" + p.stem).encode()).hexdigest())
        out += random.Random("67P").sample(files, n)
    return out


if __name__ == "__main__":
    ds = Path(sys.argv[1])
    for p in select(ds):
        print(p.relative_to(ds))
