"""Print the articles of the people gold set's ``heldout18`` split, by the fixed rule of the README.

Usage: ``python data/gold/people/select_heldout18.py ../shared/datasets [REPO_COMMIT]`` (run once, before any
article was read; kept so the draw can be repeated). REPO_COMMIT (default ``db207fb``, main when the twenty-first
session on issue 16 started) is the commit whose tracked files name the articles that are left out.

Written and committed before the draw. Each part sorted by the SHA-1 of ``"heldout18/" + file name``, 1,500–4,500
bytes each (the candidates of ``select_draw.draw``). Pool sizes were counted before this rule was written, no
article read (with the name exclusions; Jawhara FM politics 0, CNN international + Middle East 31, France 24
international + Middle East 37, Al Arabiya international 24, CNN sport 29, Al Arabiya sport 168, Al Arabiya
culture 7, Jawhara FM localNews 79):

1. politics (new: the international folders of the three ANT v2.1 outlets, since Jawhara FM's politics pool is
   spent): CNN ``internationalNews`` + ``middleEast``, France 24 ``internationalNews`` + ``middleEast``, Al Arabiya
   ``internationalNews``; the politics filter (الرئيس or وزير and at least five matches of ``الرئيس|وزير|رئيس``);
   the first one of each outlet;
2. sport: ANT v2.1 CNN ``sport`` and Al Arabiya ``sport``; the sport filter (at least five matches of
   ``لاعب|مدرب|رئيس|نجم``); the first one of each outlet;
3. culture: ANT v2.1 Al Arabiya ``culture``; the culture filter of ``heldout9``; the first one;
4. local politics: ANT v1.1 Jawhara FM ``localNews``; the politics filter; the first two.

Eight articles from four outlets. Left out: as for ``heldout17`` (demo corpus, the seventh-seed probe, every article
named in the repository at REPO_COMMIT, which names every gold article and every ``probed_session*.txt`` list, the
eleventh session's five recorded tables) and the probe lists of this folder read again; and, new (``heldout17`` took a
copy of a ``heldout15`` article under another name), every article whose URL or whose normalised text equals that of
a left-out article (``select_draw.same_text_or_url``), and any later article of the draw whose URL or text equals an
earlier drawn one. No article is replaced. The twenty-first session's probes are made after this draw, with every gold
article (this split's too) left out, and listed in ``probed_session21.txt`` for later draws.
"""
import sys
from pathlib import Path

# the filters of heldout8's and heldout9's draws and the common draw (this folder is on the path when run as a
# script)
from select_draw import _people, excluded, same_text_or_url
from select_heldout7 import _candidates
from select_heldout8 import _roles, _sport

SALT = "heldout18/"
POLITICS = [["ant-v2.1-multisource/CNN/internationalNews", "ant-v2.1-multisource/CNN/middleEast"],
            ["ant-v2.1-multisource/France24/internationalNews", "ant-v2.1-multisource/France24/middleEast"],
            ["ant-v2.1-multisource/Alarabia/internationalNews"]]
SPORT = ["ant-v2.1-multisource/CNN/sport", "ant-v2.1-multisource/Alarabia/sport"]
CULTURE = ["ant-v2.1-multisource/Alarabia/culture"]
LOCAL = ["ant-v1.1-jawharafm/localNews"]
HERE = Path(__file__).resolve().parent


def select(datasets: Path, commit: str = "db207fb", salt: str = SALT) -> list[str]:
    """The drawn articles (paths relative to ``datasets``); ``salt`` orders the candidates (a later split that repeats
    this rule passes its own, with the commit of its session's start)."""
    parts = ([(f, _roles, 1) for f in POLITICS] + [([f], _sport, 1) for f in SPORT] + [(CULTURE, _people, 1)]
             + [(LOCAL, _roles, 2)])
    left_out = excluded(datasets, commit)
    for p in sorted(HERE.glob("probed_session*.txt")):
        left_out |= set(p.read_text("utf-8").split())
    left_out |= same_text_or_url(datasets, left_out)
    chosen: list[str] = []
    for folders, keep, n in parts:
        for rel in _candidates(datasets, list(folders), keep, left_out, salt)[:n]:
            chosen.append(rel)
            # a later part never takes a copy of an article drawn before it
            left_out |= same_text_or_url(datasets, {Path(rel).name})
    return chosen


if __name__ == "__main__":
    for rel in select(Path(sys.argv[1]), *(sys.argv[2:3] or [])):
        print(rel)
