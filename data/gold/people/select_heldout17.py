"""Print the articles of the people gold set's ``heldout17`` split, by the fixed rule of the README.

Usage: ``python data/gold/people/select_heldout17.py ../shared/datasets [REPO_COMMIT]`` (run once, before any
article was read; kept so the draw can be repeated). REPO_COMMIT (default ``e9c2eb7``, main when the twentieth
session on issue 16 started) is the commit whose tracked files name the articles that are left out.

Written and committed before the draw. The parts of ``heldout16`` with a new salt and one more sport outlet, each
part sorted by the SHA-1 of ``"heldout17/" + file name``, 1,500–4,500 bytes each (the candidates of
``select_draw.draw``); pool sizes were counted before this rule was written, no article read (Jawhara FM politics 1,
CNN sport 32, France 24 sport 9, Al Arabiya sport 172, Al Arabiya culture 8, Al Arabiya economy 6, Jawhara FM
localNews 81):

1. politics: ANT v1.1 Jawhara FM ``politic`` + ``internationalNews``; the politics filter (الرئيس or وزير and at
   least five matches of ``الرئيس|وزير|رئيس``); the first one (the pool has one left);
2. sport: ANT v2.1 CNN ``sport``, France 24 ``sport`` and (new) Al Arabiya ``sport``; at least five matches of
   ``لاعب|مدرب|رئيس|نجم``; the first one of each outlet;
3. culture: ANT v2.1 Al Arabiya ``culture``; the culture filter of ``heldout9``; the first one;
4. economy: ANT v2.1 Al Arabiya ``economy``; the politics filter; the first one;
5. local politics: ANT v1.1 Jawhara FM ``localNews``; the politics filter; the first two.

Eight articles from four outlets. Left out: as for ``heldout16`` (demo corpus, the seventh-seed probe, every article
named in the repository at REPO_COMMIT, the eleventh session's five recorded tables, ``probed_sessions14_16.txt``,
``probed_session17.txt``, ``probed_session18.txt``) and, new, every article of ``probed_session19.txt`` in this
folder (all of which are also in an earlier list). The twentieth session's own probes are made after this draw, with
every gold article (this split's too) left out, and are listed in ``probed_session20.txt`` for later draws. No
article is replaced.
"""
import sys
from pathlib import Path

# the filters of heldout8's and heldout9's draws and the common draw (this folder is on the path when run as a
# script)
from select_draw import _people, excluded
from select_heldout7 import _candidates
from select_heldout8 import _roles, _sport

SALT = "heldout17/"
POLITICS = ["ant-v1.1-jawharafm/politic", "ant-v1.1-jawharafm/internationalNews"]
SPORT = ["ant-v2.1-multisource/CNN/sport", "ant-v2.1-multisource/France24/sport", "ant-v2.1-multisource/Alarabia/sport"]
CULTURE = ["ant-v2.1-multisource/Alarabia/culture"]
ECONOMY = ["ant-v2.1-multisource/Alarabia/economy"]
LOCAL = ["ant-v1.1-jawharafm/localNews"]
HERE = Path(__file__).resolve().parent
PROBED = [HERE / "probed_sessions14_16.txt", HERE / "probed_session17.txt", HERE / "probed_session18.txt",
          HERE / "probed_session19.txt"]


def select(datasets: Path, commit: str = "e9c2eb7") -> list[str]:
    parts = ([(POLITICS, _roles, 1)] + [([f], _sport, 1) for f in SPORT] + [(CULTURE, _people, 1)]
             + [(ECONOMY, _roles, 1), (LOCAL, _roles, 2)])
    left_out = excluded(datasets, commit)
    for p in PROBED:
        left_out |= set(p.read_text("utf-8").split())
    chosen: list[str] = []
    for folders, keep, n in parts:
        chosen += _candidates(datasets, list(folders), keep, left_out, SALT)[:n]
    return chosen


if __name__ == "__main__":
    for rel in select(Path(sys.argv[1]), *(sys.argv[2:3] or [])):
        print(rel)
