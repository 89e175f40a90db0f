"""Print the articles of the people gold set's ``heldout28`` split, by the fixed rule of the README.

Usage: ``python data/gold/people/select_heldout28.py ../shared/datasets [REPO_COMMIT]`` (run once, before any
article was read; kept so the draw can be repeated). REPO_COMMIT (default ``cc0ae62``, main when the forty-fifth
helper session on issue 16 started, helper ``people45``, in the lead's twenty-sixth session) is the commit whose
tracked files name the articles that are left out.

Written and committed before the draw. ``heldout25``'s rule (the parts, filters and exclusions of ``heldout18``, then
the next Al Arabiya ``internationalNews`` and the next Jawhara FM ``localNews`` article) with the salt
``"heldout28/"``. Pool sizes were counted before this rule was written, no article read (with the exclusions below):
CNN politics 0, France 24 politics 0, Al Arabiya international 3, CNN sport 3, Al Arabiya sport 103, Al Arabiya
culture 0, Jawhara FM ``localNews`` 37: seven articles from three outlets (Al Arabiya ``internationalNews`` 2 and
``sport``, CNN ``sport``, Jawhara FM ``localNews`` 3). The rule is kept as it is (no part is added for the empty
CNN, France 24 and culture ones), as ``heldout27`` kept it.

Left out: the demo corpus, the seventh-seed probe, every article named in a tracked file at REPO_COMMIT (every gold
article, ``heldout27``'s too, and every ``probed_session*.txt`` list, ``probed_session44.txt``, the lead's 41 Iraq
articles of this session, among them), the eleventh session's tables, the probe lists of this folder read again, and
every article whose URL or normalised text equals that of a left-out article or of one drawn before it. No article is
replaced. The session between ``heldout27``'s draw and this one (helper ``people44``) probed, by its commit
messages, only already-probed articles (the earlier lists) and the lead's probes.
"""
import sys
from pathlib import Path

# heldout25's rule (this folder is on the path when run as a script)
from select_heldout25 import select as _select_heldout25

SALT = "heldout28/"


def select(datasets: Path, commit: str = "cc0ae62") -> list[str]:
    return _select_heldout25(datasets, commit, salt=SALT)


if __name__ == "__main__":
    for rel in select(Path(sys.argv[1]), *(sys.argv[2:3] or [])):
        print(rel)
