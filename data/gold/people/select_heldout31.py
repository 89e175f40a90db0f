"""Print the articles of the people gold set's ``heldout31`` split, by the fixed rule of the README.

Usage: ``python data/gold/people/select_heldout31.py ../shared/datasets [REPO_COMMIT]`` (run once, before any
article was read; kept so the draw can be repeated). REPO_COMMIT (default ``f61c50c3``, main when the forty-ninth
helper session on issue 16, helper ``people49``, in the lead's twenty-seventh session, started, after the lead's code
freeze of the people code and data) is the commit whose tracked files name the articles that are left out.

Written and committed before the draw. ``heldout30``'s rule (``heldout25``'s: the parts, filters and exclusions of
``heldout18``, then the next Al Arabiya ``internationalNews`` and the next Jawhara FM ``localNews`` article) with the
salt ``"heldout31/"``. Pool sizes were counted before this rule was written, no article read (with the exclusions
below): CNN politics 0, France 24 politics 0, Al Arabiya international 0, CNN sport 0, Al Arabiya sport 100, Al
Arabiya culture 0, Jawhara FM ``localNews`` 28: four articles from two outlets (Al Arabiya ``sport`` 1, Jawhara FM
``localNews`` 3; the CNN ``sport`` and Al Arabiya ``internationalNews`` parts have no candidate left). The rule is
kept as it is (no part is added for the empty ones), as ``heldout27`` … ``heldout30`` kept it.

This split is the last blind measurement of the lead's twenty-seventh session: the session's FINAL people code (main at
REPO_COMMIT, frozen: speed27's mention-stage changes with the same rows, people48's data rules) scored once on it
before any of its errors is read, and also on the session-start code ``e3004bd5``; then it is development data.

Left out: the demo corpus, the seventh-seed probe, every article named in a tracked file at REPO_COMMIT (every gold
article, ``heldout29``'s and ``heldout30``'s too, every ``probed_session*.txt`` list and the events probe lists, which
name the lead's 169 probe articles of the twenty-sixth session that people48 read rows of), the eleventh session's
tables, the probe lists of this folder read again, and every article whose URL or normalised text equals that of a
left-out article or of one drawn before it. No article is replaced. Between ``heldout30``'s draw and this one, the
people helpers read only gold articles (``heldout29``, ``heldout30``) and the lead's named probe articles.
"""
import sys
from pathlib import Path

# heldout25's rule (this folder is on the path when run as a script)
from select_heldout25 import select as _select_heldout25

SALT = "heldout31/"


def select(datasets: Path, commit: str = "f61c50c3") -> list[str]:
    return _select_heldout25(datasets, commit, salt=SALT)


if __name__ == "__main__":
    for rel in select(Path(sys.argv[1]), *(sys.argv[2:3] or [])):
        print(rel)
