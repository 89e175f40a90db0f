"""Print the articles of the people gold set's ``heldout26`` split, by the fixed rule of the README.

Usage: ``python data/gold/people/select_heldout26.py ../shared/datasets [REPO_COMMIT]`` (run once, before any
article was read; kept so the draw can be repeated). REPO_COMMIT (default ``e79de9d``, main when the forty-first
helper session on issue 16 started, helper ``people41``) is the commit whose tracked files name the articles that are
left out.

Written and committed before the draw. ``heldout25``'s rule (the parts, filters and exclusions of ``heldout18``, then
the next Al Arabiya ``internationalNews`` and the next Jawhara FM ``localNews`` article) with the salt
``"heldout26/"``. Pool sizes were counted before this rule was written, no article read (with the exclusions below):
CNN politics 0, France 24 politics 1, Al Arabiya international 11, CNN sport 5, Al Arabiya sport 105, Al Arabiya
culture 0, Jawhara FM ``localNews`` 43: eight articles from four outlets.

Left out: the demo corpus, the seventh-seed probe, every article named in a tracked file at REPO_COMMIT (every gold
article, ``heldout25``'s too, and every ``probed_session*.txt`` list, ``probed_session39.txt`` among them), the
eleventh session's tables, the probe lists of this folder read again, and every article whose URL or normalised text
equals that of a left-out article or of one drawn before it. No article is replaced. The sessions between
``heldout25``'s draw and this one (helpers ``people39`` and ``people40``) probed only articles of the earlier lists.
"""
import sys
from pathlib import Path

# heldout25's rule (this folder is on the path when run as a script)
from select_heldout25 import select as _select_heldout25

SALT = "heldout26/"


def select(datasets: Path, commit: str = "e79de9d") -> list[str]:
    return _select_heldout25(datasets, commit, salt=SALT)


if __name__ == "__main__":
    for rel in select(Path(sys.argv[1]), *(sys.argv[2:3] or [])):
        print(rel)
