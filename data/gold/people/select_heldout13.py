"""Print the articles of the people gold set's ``heldout13`` split, by the fixed rule of the README.

Usage: ``python data/gold/people/select_heldout13.py ../shared/datasets [REPO_COMMIT]`` (run once, before any
article was read; kept so the draw can be repeated). REPO_COMMIT (default ``4ee9be3``, main when the sixteenth
session on issue 16 started) is the commit whose tracked files name the articles that are left out.

Written and committed before the draw (the sizes of the candidate pools were counted first, no article read, so
that no part asks a folder with nothing left: CNN and France 24 ``economy`` have none left, so economy comes from
Al Arabiya; France 24 ``culture`` has four left, Jawhara FM ``culture`` nine, Jawhara FM politics 25). The same
parts as ``heldout12`` (the section mix of the last blind runs' person errors: culture and sport names, headline
names, first names of relatives), a new salt. Four sections and four outlets, each part sorted by the SHA-1 of ``"heldout13/" + file name``,
1,500–4,500 bytes each (``select_draw.draw``):

1. politics: ANT v1.1 Jawhara FM ``politic`` + ``internationalNews``; the politics filter (الرئيس or وزير and at
   least five matches of ``الرئيس|وزير|رئيس``); the first two;
2. sport: ANT v2.1 CNN ``sport`` and France 24 ``sport``; at least five matches of ``لاعب|مدرب|رئيس|نجم``; the
   first one of each outlet;
3. culture (the section of the last three blind runs' person misses: cast lists, stage names, first names): ANT
   v2.1 Al Arabiya ``culture``, France 24 ``culture`` and ANT v1.1 Jawhara FM ``culture``; the culture filter
   (at least five matches of ``الرئيس|وزير|رئيس|الفنان|الممثل|المخرج|الكاتب|المغني|المطرب|الروائي|الشاعر``); the
   first one of each outlet;
4. economy: ANT v2.1 Al Arabiya ``economy``; the politics filter; the first one.

Eight articles. Left out: as in ``select_draw`` (demo corpus, the seventh-seed probe, every article named in the
repository at REPO_COMMIT, the eleventh session's five recorded tables). No article is replaced.
"""
import sys
from pathlib import Path

# the filters of heldout8's and heldout9's draws and the common draw (this folder is on the path when run as a
# script)
from select_draw import _people, draw
from select_heldout8 import _roles, _sport

SALT = "heldout13/"
POLITICS = ["ant-v1.1-jawharafm/politic", "ant-v1.1-jawharafm/internationalNews"]
SPORT = ["ant-v2.1-multisource/CNN/sport", "ant-v2.1-multisource/France24/sport"]
CULTURE = ["ant-v2.1-multisource/Alarabia/culture", "ant-v2.1-multisource/France24/culture",
           "ant-v1.1-jawharafm/culture"]
ECONOMY = ["ant-v2.1-multisource/Alarabia/economy"]


def select(datasets: Path, commit: str = "4ee9be3") -> list[str]:
    parts = ([(POLITICS, _roles, 2)] + [([f], _sport, 1) for f in SPORT] + [([f], _people, 1) for f in CULTURE]
             + [([f], _roles, 1) for f in ECONOMY])
    return draw(datasets, SALT, commit, parts)


if __name__ == "__main__":
    for rel in select(Path(sys.argv[1]), *(sys.argv[2:3] or [])):
        print(rel)
