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
import sys
from pathlib import Path

# the filters of heldout8's draw and the common draw (this folder is on the path when run as a script)
from select_draw import _people, _tables11, draw  # noqa: F401  (_tables11 and _people were defined here first)
from select_heldout8 import _roles, _sport

SALT = "heldout9/"
POLITICS = ["ant-v1.1-jawharafm/politic", "ant-v1.1-jawharafm/internationalNews"]
SPORT = ["ant-v2.1-multisource/CNN/sport", "ant-v2.1-multisource/France24/sport",
         "ant-v2.1-multisource/Alarabia/sport"]
CULTURE = ["ant-v2.1-multisource/Alarabia/culture", "ant-v2.1-multisource/France24/culture"]
ECONOMY = ["ant-v2.1-multisource/CNN/economy", "ant-v2.1-multisource/France24/economy"]


def select(datasets: Path, commit: str = "2ffa7e8") -> list[str]:
    parts = ([(POLITICS, _roles, 3)] + [([f], _sport, 1) for f in SPORT] + [([f], _people, 1) for f in CULTURE]
             + [([f], _roles, 1) for f in ECONOMY])
    # the eleventh session's tables were sampled without the gold of this draw's own commit
    return draw(datasets, SALT, commit, parts, tables_commit=commit)


if __name__ == "__main__":
    for rel in select(Path(sys.argv[1]), *(sys.argv[2:3] or [])):
        print(rel)
