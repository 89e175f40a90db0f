"""Print the articles of the people gold set's ``heldout19`` split, by the fixed rule of the README.

Usage: ``python data/gold/people/select_heldout19.py ../shared/datasets [REPO_COMMIT]`` (run once, before any
article was read; kept so the draw can be repeated). REPO_COMMIT (default ``1889ac0``, main when the twenty-fourth
session on issue 16 started) is the commit whose tracked files name the articles that are left out.

Written and committed before the draw. Each part sorted by the SHA-1 of ``"heldout19/" + file name``, 1,500–4,500
bytes each (the candidates of ``select_draw.draw``). The parts and filters of ``heldout18`` with a new salt
(written before the draw, no article read; the title-word filters favour articles that name people):

1. politics (the international folders of the three ANT v2.1 outlets, as for ``heldout18``): CNN
   ``internationalNews`` + ``middleEast``, France 24 ``internationalNews`` + ``middleEast``, Al Arabiya
   ``internationalNews``; the politics filter (الرئيس or وزير and at least five matches of ``الرئيس|وزير|رئيس``);
   the first one of each outlet;
2. sport: ANT v2.1 CNN ``sport`` and Al Arabiya ``sport``; the sport filter (at least five matches of
   ``لاعب|مدرب|رئيس|نجم``); the first one of each outlet;
3. culture: ANT v2.1 Al Arabiya ``culture``; the culture filter of ``heldout9``; the first one;
4. local politics: ANT v1.1 Jawhara FM ``localNews``; the politics filter; the first two.

Eight articles from four outlets. Left out: as for ``heldout18`` (demo corpus, the seventh-seed probe, every article
named in the repository at REPO_COMMIT, which names every gold article and every ``probed_session*.txt`` list, the
eleventh session's five recorded tables) and the probe lists of this folder read again; and, new (``heldout17`` took a
copy of a ``heldout15`` article under another name), every article whose URL or whose normalised text equals that of
a left-out article (``select_draw.same_text_or_url``), and any later article of the draw whose URL or text equals an
earlier drawn one. No article is replaced. The twenty-fourth session's probes are made after this draw, with every gold
article (this split's too) left out, and listed in ``probed_session24.txt`` for later draws.
"""
import sys
from pathlib import Path

# heldout18's parts, filters and exclusions (this folder is on the path when run as a script)
from select_heldout18 import select as _select_heldout18

SALT = "heldout19/"


def select(datasets: Path, commit: str = "1889ac0") -> list[str]:
    return _select_heldout18(datasets, commit, salt=SALT)


if __name__ == "__main__":
    for rel in select(Path(sys.argv[1]), *(sys.argv[2:3] or [])):
        print(rel)
