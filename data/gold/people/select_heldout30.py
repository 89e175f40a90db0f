"""Print the articles of the people gold set's ``heldout30`` split, by the fixed rule of the README.

Usage: ``python data/gold/people/select_heldout30.py ../shared/datasets [REPO_COMMIT]`` (run once, before any
article was read; kept so the draw can be repeated). REPO_COMMIT (default ``713972ed``, main when the forty-sixth
helper session on issue 16, helper ``people46``, in the lead's twenty-seventh session, had landed ``heldout29``) is the
commit whose tracked files name the articles that are left out.

Written and committed before the draw. ``heldout25``'s rule (the parts, filters and exclusions of ``heldout18``, then
the next Al Arabiya ``internationalNews`` and the next Jawhara FM ``localNews`` article) with the salt
``"heldout30/"``. Pool sizes were counted before this rule was written, no article read (with the exclusions below):
CNN politics 0, France 24 politics 0, Al Arabiya international 0, CNN sport 1, Al Arabiya sport 101, Al Arabiya
culture 0, Jawhara FM ``localNews`` 31: five articles from three outlets (Al Arabiya ``sport``, CNN ``sport``, Jawhara
FM ``localNews`` 3; the Al Arabiya ``internationalNews`` parts have no candidate left). The rule is kept as it is (no
part is added for the empty ones), as ``heldout27``, ``heldout28`` and ``heldout29`` kept it.

This split is the second of the lead's twenty-seventh session, which keeps its blind parts BLIND for the whole session:
scored once at the session's start on the session-start code, then again by the lead on the session's final code;
its errors are not read and it is not development data during that session.

Left out: the demo corpus, the seventh-seed probe, every article named in a tracked file at REPO_COMMIT (every gold
article, ``heldout29``'s too, and every ``probed_session*.txt`` list), the eleventh session's tables, the probe lists
of this folder read again, and every article whose URL or normalised text equals that of a left-out article or of one
drawn before it. No article is replaced. Between ``heldout29``'s draw and this one no article was
probed for people (the same helper, ``people46``, only annotated ``heldout29``).
"""
import sys
from pathlib import Path

# heldout25's rule (this folder is on the path when run as a script)
from select_heldout25 import select as _select_heldout25

SALT = "heldout30/"


def select(datasets: Path, commit: str = "713972ed") -> list[str]:
    return _select_heldout25(datasets, commit, salt=SALT)


if __name__ == "__main__":
    for rel in select(Path(sys.argv[1]), *(sys.argv[2:3] or [])):
        print(rel)
