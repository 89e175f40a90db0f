"""Print the articles of the people gold set's ``heldout14`` split, by the fixed rule of the README.

Usage: ``python data/gold/people/select_heldout14.py ../shared/datasets [REPO_COMMIT]`` (run once, before any
article was read; kept so the draw can be repeated). REPO_COMMIT (default ``76161ec``, main when the seventeenth
session on issue 16 started) is the commit whose tracked files name the articles that are left out.

Written and committed before the draw. The parts of ``heldout13`` (politics, sport, culture, economy; four outlets)
with a new salt and one more part (Jawhara FM ``localNews``: Tunisian officials, the names of a country the
knowledge base knows least), each part sorted by the SHA-1 of ``"heldout14/" + file name``, 1,500–4,500 bytes each
(the candidates of ``select_draw.draw``):

1. politics: ANT v1.1 Jawhara FM ``politic`` + ``internationalNews``; the politics filter (الرئيس or وزير and at
   least five matches of ``الرئيس|وزير|رئيس``); the first two;
2. sport: ANT v2.1 CNN ``sport`` and France 24 ``sport``; at least five matches of ``لاعب|مدرب|رئيس|نجم``; the
   first one of each outlet;
3. culture: ANT v2.1 Al Arabiya ``culture``, France 24 ``culture`` and ANT v1.1 Jawhara FM ``culture``; the culture
   filter of ``heldout9``; the first one of each outlet;
4. economy: ANT v2.1 Al Arabiya ``economy``; the politics filter; the first one;
5. local politics: ANT v1.1 Jawhara FM ``localNews``; the politics filter; the first one.

Nine articles. Left out: as in ``select_draw`` (demo corpus, the seventh-seed probe, every article named in the
repository at REPO_COMMIT, the eleventh session's five recorded tables) and, new, every article of
``probed_sessions14_16.txt`` in this folder: the 8,800 unannotated articles whose people rows the fourteenth to
sixteenth sessions read in their probes (collected from the doc ids of those sessions' probe tables). No article is
replaced.
"""
import sys
from pathlib import Path

# the filters of heldout8's and heldout9's draws and the common draw (this folder is on the path when run as a
# script)
from select_draw import _people, excluded
from select_heldout7 import _candidates
from select_heldout8 import _roles, _sport

SALT = "heldout14/"
POLITICS = ["ant-v1.1-jawharafm/politic", "ant-v1.1-jawharafm/internationalNews"]
SPORT = ["ant-v2.1-multisource/CNN/sport", "ant-v2.1-multisource/France24/sport"]
CULTURE = ["ant-v2.1-multisource/Alarabia/culture", "ant-v2.1-multisource/France24/culture",
           "ant-v1.1-jawharafm/culture"]
ECONOMY = ["ant-v2.1-multisource/Alarabia/economy"]
LOCAL = ["ant-v1.1-jawharafm/localNews"]
PROBED = Path(__file__).resolve().parent / "probed_sessions14_16.txt"


def select(datasets: Path, commit: str = "76161ec") -> list[str]:
    parts = ([(POLITICS, _roles, 2)] + [([f], _sport, 1) for f in SPORT] + [([f], _people, 1) for f in CULTURE]
             + [(ECONOMY, _roles, 1), (LOCAL, _roles, 1)])
    left_out = excluded(datasets, commit) | set(PROBED.read_text("utf-8").split())
    chosen: list[str] = []
    for folders, keep, n in parts:
        chosen += _candidates(datasets, list(folders), keep, left_out, SALT)[:n]
    return chosen


if __name__ == "__main__":
    for rel in select(Path(sys.argv[1]), *(sys.argv[2:3] or [])):
        print(rel)
