"""Print the articles of the people gold set's ``heldout8`` split, by the fixed rule of the README.

Usage: ``python data/gold/people/select_heldout8.py ../shared/datasets [REPO_COMMIT]`` (run once, before any
article was read; kept so the draw can be repeated). REPO_COMMIT (default ``6fc7701``, main when the eleventh
session on issue 16 started) is the commit whose tracked files name the articles that are left out.

Four parts, each sorted by the SHA-1 of ``"heldout8/" + file name``, 1,500–4,500 bytes each:

1. politics: ANT v1.1 Jawhara FM ``politic`` + ``internationalNews``; الرئيس or وزير and at least five
   matches of ``الرئيس|وزير|رئيس``; the first four;
2. sport: ANT v2.1 CNN ``sport``, then France 24 ``sport`` (folders no session read people tables of); at
   least five matches of ``لاعب|مدرب|رئيس|نجم``; the first two of each outlet;
3. economy: ANT v2.1 Al Arabiya ``economy``; الرئيس or وزير and at least five matches of
   ``الرئيس|وزير|رئيس``; the first two.

Left out: the demo corpus, the 400 ANT v2.1 articles of the sixth session's probe (``random.seed(7);
random.sample(sorted(files), 400)`` over every ANT v2.1 article), and every article whose DOCNO
(``[A-Z]{2}-[A-Za-z]+-[0-9]+-[0-9]{8}``) occurs in a tracked file of the repository at REPO_COMMIT (every
earlier split of this gold set and the other gold sets).
"""
import glob
import os
import re
import sys
from pathlib import Path

# the same exclusions and candidate filter as heldout7's draw (this folder is on the path when run as a script)
from select_heldout7 import _candidates, _named_in_repo, _probe7

POLITICS = ["ant-v1.1-jawharafm/politic", "ant-v1.1-jawharafm/internationalNews"]
SPORT = ["ant-v2.1-multisource/CNN/sport", "ant-v2.1-multisource/France24/sport"]
ECONOMY = ["ant-v2.1-multisource/Alarabia/economy"]
SALT = "heldout8/"


def _roles(t: str) -> bool:
    return ("الرئيس" in t or "وزير" in t) and len(re.findall("الرئيس|وزير|رئيس", t)) >= 5


def _sport(t: str) -> bool:
    return len(re.findall("لاعب|مدرب|رئيس|نجم", t)) >= 5


def select(datasets: Path, commit: str = "6fc7701") -> list[str]:
    demo = {os.path.basename(f) for f in glob.glob(str(Path(__file__).resolve().parents[2] / "demo" / "**" / "*.txt"),
                                                   recursive=True)}
    excluded = demo | _probe7(datasets) | _named_in_repo(commit)
    chosen = _candidates(datasets, POLITICS, _roles, excluded, SALT)[:4]
    for folder in SPORT:
        chosen += _candidates(datasets, [folder], _sport, excluded, SALT)[:2]
    chosen += _candidates(datasets, ECONOMY, _roles, excluded, SALT)[:2]
    return chosen


if __name__ == "__main__":
    for rel in select(Path(sys.argv[1]), *(sys.argv[2:3] or [])):
        print(rel)
