"""Print the articles of the people gold set's ``heldout24`` split, by the fixed rule of the README.

Usage: ``python data/gold/people/select_heldout24.py ../shared/datasets [REPO_COMMIT]`` (run once, before any
article was read; kept so the draw can be repeated). REPO_COMMIT (default ``e6660c8``, main when the thirty-sixth
session on issue 16 started, helper ``people36``) is the commit whose tracked files name the articles that are left
out.

Written and committed before the draw. ``heldout23``'s rule (the parts, filters and exclusions of ``heldout18``) with
the salt ``"heldout24/"``: each part sorted by the SHA-1 of ``"heldout24/" + file name``, 1,500–4,500 bytes each;
politics (CNN, France 24 and Al Arabiya international folders, the first one of each outlet), sport (CNN and Al
Arabiya, the first one of each), culture (Al Arabiya, the first one), local politics (Jawhara FM ``localNews``, the
first two). Eight articles from four outlets. Left out: the demo corpus, the seventh-seed probe, every article named
in a tracked file at REPO_COMMIT (every gold article, ``heldout23``'s too, and every ``probed_session*.txt`` list,
``probed_session34.txt`` and ``probed_session35.txt`` among them), the eleventh session's tables, the probe lists of this folder read again, and
every article whose URL or normalised text equals that of a left-out article or of one drawn before it. No article is
replaced. The sessions between ``heldout23``'s draw and this one (helpers ``people34`` and ``people35``) probed only
articles of the earlier lists, apart from those ``probed_session34.txt`` and ``probed_session35.txt`` name.
"""
import sys
from pathlib import Path

# heldout18's parts, filters and exclusions (this folder is on the path when run as a script)
from select_heldout18 import select as _select_heldout18

SALT = "heldout24/"


def select(datasets: Path, commit: str = "e6660c8") -> list[str]:
    return _select_heldout18(datasets, commit, salt=SALT)


if __name__ == "__main__":
    for rel in select(Path(sys.argv[1]), *(sys.argv[2:3] or [])):
        print(rel)
