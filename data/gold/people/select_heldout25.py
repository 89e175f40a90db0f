"""Print the articles of the people gold set's ``heldout25`` split, by the fixed rule of the README.

Usage: ``python data/gold/people/select_heldout25.py ../shared/datasets [REPO_COMMIT]`` (run once, before any
article was read; kept so the draw can be repeated). REPO_COMMIT (default ``953cefe``, main when the thirty-eighth
session on issue 16 started, helper ``people38``) is the commit whose tracked files name the articles that are left
out.

Written and committed before the draw. ``heldout24``'s rule (the parts, filters and exclusions of ``heldout18``) with
the salt ``"heldout25/"``, and two more articles in the same order. Pool sizes were counted before this rule was
written, no article read (with the exclusions below): CNN politics 0, France 24 politics 2, Al Arabiya international 13,
CNN sport 6, Al Arabiya sport 106, Al Arabiya culture 0, Jawhara FM ``localNews`` 46. So ``heldout18``'s parts give
six articles (the CNN politics and the Al Arabiya culture parts are empty) and, to keep about eight, the next article
of Al Arabiya ``internationalNews`` (politics filter) and the next one of Jawhara FM ``localNews`` (politics filter)
after the ones drawn, each by the SHA-1 of ``"heldout25/" + file name``, are added: eight articles from four outlets.

Left out: the demo corpus, the seventh-seed probe, every article named in a tracked file at REPO_COMMIT (every gold
article, ``heldout24``'s too, and every ``probed_session*.txt`` list, ``probed_session37.txt``, the lead's 59 China
articles, among them), the eleventh session's tables, the probe lists of this folder read again, and every article
whose URL or normalised text equals that of a left-out article or of one drawn before it. No article is replaced.
The sessions between ``heldout24``'s draw and this one (helpers ``people36`` and ``people37``) probed only articles of
the earlier lists and the lead's China articles of ``probed_session37.txt``.
"""
import sys
from pathlib import Path

# heldout18's parts, filters and exclusions (this folder is on the path when run as a script)
from select_draw import excluded, same_text_or_url
from select_heldout7 import _candidates
from select_heldout8 import _roles
from select_heldout18 import select as _select_heldout18

SALT = "heldout25/"
MORE = [["ant-v2.1-multisource/Alarabia/internationalNews"], ["ant-v1.1-jawharafm/localNews"]]
HERE = Path(__file__).resolve().parent


def select(datasets: Path, commit: str = "953cefe", salt: str = SALT) -> list[str]:
    """The drawn articles; ``salt`` orders the candidates (a later split that repeats this rule passes its own, with
    the commit of its session's start)."""
    chosen = _select_heldout18(datasets, commit, salt=salt)
    left_out = excluded(datasets, commit)
    for p in sorted(HERE.glob("probed_session*.txt")):
        left_out |= set(p.read_text("utf-8").split())
    left_out |= {Path(rel).name for rel in chosen}
    left_out |= same_text_or_url(datasets, left_out)
    for folders in MORE:
        for rel in _candidates(datasets, folders, _roles, left_out, salt)[:1]:
            chosen.append(rel)
            left_out |= same_text_or_url(datasets, {Path(rel).name})
    return chosen


if __name__ == "__main__":
    for rel in select(Path(sys.argv[1]), *(sys.argv[2:3] or [])):
        print(rel)
