"""Print the articles of the people gold set's ``heldout9`` split, by the fixed rule of the README.

Usage: ``python data/gold/people/select_heldout9.py ../shared/datasets [REPO_COMMIT]`` (run once, before any
article was read; kept so the draw can be repeated). REPO_COMMIT (default ``2ffa7e8``, main when the twelfth
session on issue 16 started) is the commit whose tracked files name the articles that are left out.

Four parts, each sorted by the SHA-1 of ``"heldout9/" + file name``, 1,500–4,500 bytes each:

1. politics: ANT v1.1 Jawhara FM ``politic`` + ``internationalNews``; الرئيس or وزير and at least five
   matches of ``الرئيس|وزير|رئيس``; the first three;
2. sport: ANT v2.1 CNN ``sport``, France 24 ``sport`` and Al Arabiya ``sport``; at least five matches of
   ``لاعب|مدرب|رئيس|نجم``; the first one of each outlet;
3. culture: ANT v2.1 Al Arabiya ``culture`` and France 24 ``culture``; at least five matches of
   ``الرئيس|وزير|رئيس|الفنان|الممثل|المخرج|الكاتب|المغني|المطرب|الروائي|الشاعر``; the first one of each outlet;
4. economy: ANT v2.1 CNN ``economy`` and France 24 ``economy``; the politics filter; the first one of each outlet.

Left out: the demo corpus, the 400 ANT v2.1 articles of the sixth session's probe (seed 7), every article whose
DOCNO occurs in a tracked file of the repository at REPO_COMMIT (every earlier split of this gold set and the other
gold sets, the timex set's list of seen articles), and the five 300-article samples whose people tables the
eleventh session read (``_tables11``: reproduced from its recorded script, seeds 61, 67, 71, 73 and 79).
"""
import glob
import os
import random
import re
import subprocess
import sys
from pathlib import Path

# the same exclusions and candidate filter as heldout7's and heldout8's draws (this folder is on the path when run
# as a script)
from select_heldout7 import _candidates, _named_in_repo, _probe7
from select_heldout8 import _roles, _sport

SALT = "heldout9/"
POLITICS = ["ant-v1.1-jawharafm/politic", "ant-v1.1-jawharafm/internationalNews"]
SPORT = ["ant-v2.1-multisource/CNN/sport", "ant-v2.1-multisource/France24/sport",
         "ant-v2.1-multisource/Alarabia/sport"]
CULTURE = ["ant-v2.1-multisource/Alarabia/culture", "ant-v2.1-multisource/France24/culture"]
ECONOMY = ["ant-v2.1-multisource/CNN/economy", "ant-v2.1-multisource/France24/economy"]
# the eleventh session's people tables of unannotated articles (its scratch script table.py): name -> (seed,
# folders, n); the gold documents were left out before sampling
TABLES11 = {
    "sport": (61, ["ant-v2.1-multisource/Alarabia/sport", "ant-v1.1-jawharafm/sport"], 300),
    "intl": (67, ["ant-v2.1-multisource/*/internationalNews", "ant-v2.1-multisource/*/middleEast"], 300),
    "misc": (73, ["ant-v2.1-multisource/Alarabia/culture", "ant-v2.1-multisource/Alarabia/technology",
                  "ant-v2.1-multisource/CNN/technology", "ant-v1.1-jawharafm/society", "ant-v1.1-jawharafm/diverse"],
             300),
    "eco": (79, ["ant-v2.1-multisource/CNN/economy", "ant-v2.1-multisource/France24/economy",
                 "ant-v1.1-jawharafm/economy"], 300),
    "ja": (71, ["ant-v1.1-jawharafm/politic", "ant-v1.1-jawharafm/internationalNews", "ant-v1.1-jawharafm/localNews"],
           300),
}


def _people(t: str) -> bool:
    return len(re.findall("الرئيس|وزير|رئيس|الفنان|الممثل|المخرج|الكاتب|المغني|المطرب|الروائي|الشاعر", t)) >= 5


def _tables11(datasets: Path, commit: str) -> set[str]:
    root = Path(__file__).resolve().parents[3]
    tsv = subprocess.run(["git", "-C", str(root), "show", f"{commit}:data/gold/people/documents.tsv"],
                         capture_output=True, text=True, check=True).stdout
    gold = {line.split("\t")[0] for line in tsv.splitlines()[1:] if line}
    out = set()
    for seed, folders, n in TABLES11.values():
        files = sorted(f for p in folders for f in glob.glob(str(datasets) + "/" + p + "/*.txt")
                       if os.path.basename(f)[:-4] not in gold)
        random.seed(seed)
        out |= {os.path.basename(f) for f in random.sample(files, n)}
    return out


def select(datasets: Path, commit: str = "2ffa7e8") -> list[str]:
    demo = {os.path.basename(f) for f in glob.glob(str(Path(__file__).resolve().parents[2] / "demo" / "**" / "*.txt"),
                                                   recursive=True)}
    excluded = demo | _probe7(datasets) | _named_in_repo(commit) | _tables11(datasets, commit)
    chosen = _candidates(datasets, POLITICS, _roles, excluded, SALT)[:3]
    for folder in SPORT:
        chosen += _candidates(datasets, [folder], _sport, excluded, SALT)[:1]
    for folder in CULTURE:
        chosen += _candidates(datasets, [folder], _people, excluded, SALT)[:1]
    for folder in ECONOMY:
        chosen += _candidates(datasets, [folder], _roles, excluded, SALT)[:1]
    return chosen


if __name__ == "__main__":
    for rel in select(Path(sys.argv[1]), *(sys.argv[2:3] or [])):
        print(rel)
