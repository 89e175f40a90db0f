"""Print the articles of the people gold set's ``heldout7`` split, by the fixed rule of the README.

Usage: ``python data/gold/people/select_heldout7.py ../shared/datasets [REPO_COMMIT]`` (run once, before any
article was read; kept so the draw can be repeated). REPO_COMMIT (default ``7e73f7f``, main when the tenth
session on issue 16 started) is the commit whose tracked files name the articles that are left out.

Two parts, each sorted by the SHA-1 of ``"heldout7/" + file name``:

1. politics: ANT v1.1 Jawhara FM ``politic`` + ``internationalNews``; 1,500–4,500 bytes, الرئيس or وزير, at
   least five matches of ``الرئيس|وزير|رئيس``; the first six;
2. sport (folders no session read for people): ANT v2.1 CNN ``sport`` and France 24 ``sport``; 1,500–4,500
   bytes, at least five matches of ``لاعب|مدرب|رئيس|نجم``; the first two of each outlet.

Left out: the demo corpus, the 400 ANT v2.1 articles of the sixth session's probe (``random.seed(7);
random.sample(sorted(files), 400)`` over every ANT v2.1 article), and every article whose DOCNO
(``[A-Z]{2}-[A-Za-z]+-[0-9]+-[0-9]{8}``) occurs in a tracked file of the repository at REPO_COMMIT.
"""
import glob
import hashlib
import os
import random
import re
import subprocess
import sys
from pathlib import Path

POLITICS = ["ant-v1.1-jawharafm/politic", "ant-v1.1-jawharafm/internationalNews"]
SPORT = [("CNN", "ant-v2.1-multisource/CNN/sport"), ("France24", "ant-v2.1-multisource/France24/sport")]
DOCNO = re.compile(r"[A-Z]{2}-[A-Za-z]+-[0-9]+-[0-9]{8}")


def _named_in_repo(commit: str) -> set[str]:
    root = Path(__file__).resolve().parents[3]
    out = subprocess.run(["git", "-C", str(root), "grep", "-ohE", DOCNO.pattern, commit],
                         capture_output=True, text=True, check=True).stdout
    return {m.group(0) for m in DOCNO.finditer(out)}


def _probe7(datasets: Path) -> set[str]:
    files = sorted(glob.glob(str(datasets / "ant-v2.1-multisource" / "*" / "*" / "*.txt")))
    random.seed(7)
    return {os.path.basename(f) for f in random.sample(files, 400)}


def _key(path: str, salt: str = "heldout7/") -> str:
    return hashlib.sha1((salt + os.path.basename(path)).encode("utf-8")).hexdigest()


def _candidates(datasets: Path, folders, keep, excluded, salt: str = "heldout7/") -> list[str]:
    """The articles of ``folders`` (1,500–4,500 bytes, not ``excluded``) that ``keep``, by the SHA-1 of salt + name."""
    out = []
    for folder in folders:
        for f in glob.glob(str(datasets / folder / "*.txt")):
            name = os.path.basename(f)
            if name in excluded or name[:-4] in excluded:
                continue
            if not 1500 <= os.path.getsize(f) <= 4500:
                continue
            if keep(Path(f).read_text(encoding="utf-8")):
                out.append(os.path.relpath(f, datasets))
    return sorted(out, key=lambda f: _key(f, salt))


def select(datasets: Path, commit: str = "7e73f7f") -> list[str]:
    demo = {os.path.basename(f) for f in glob.glob(str(Path(__file__).resolve().parents[2] / "demo" / "**" / "*.txt"),
                                                   recursive=True)}
    excluded = demo | _probe7(datasets) | _named_in_repo(commit)
    pol = _candidates(datasets, POLITICS,
                      lambda t: ("الرئيس" in t or "وزير" in t) and len(re.findall("الرئيس|وزير|رئيس", t)) >= 5,
                      excluded)
    chosen = pol[:6]
    for _outlet, folder in SPORT:
        chosen += _candidates(datasets, [folder], lambda t: len(re.findall("لاعب|مدرب|رئيس|نجم", t)) >= 5,
                              excluded)[:2]
    return chosen


if __name__ == "__main__":
    for rel in select(Path(sys.argv[1]), *(sys.argv[2:3] or [])):
        print(rel)
