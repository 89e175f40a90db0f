"""Print the articles of the people gold set's ``heldout37`` split, by the fixed rule of the README.

Usage: ``python data/gold/people/select_heldout37.py ../shared/datasets [REPO_COMMIT]`` (run once, before any
article was read; kept so the draw can be repeated). REPO_COMMIT (default ``576c0162``, main when the lead's
thirty-third session and its helper ``people71``, the seventy-first helper session on issue 16, started) is the commit
whose tracked files name the articles that are left out.

Written and committed before the draw. ``heldout36``'s rule (which is ``heldout35``'s) with the salt ``"heldout37/"``
and four reserves instead of three, unchanged otherwise: ``heldout25``'s rule (the parts, filters and exclusions of
``heldout18``, then the next Al Arabiya ``internationalNews`` and the next Jawhara FM ``localNews`` article), then the
next FIVE Al Arabiya ``sport`` articles (sport filter) in the same SHA-1 order, then the first Jawhara FM ``sport``
article (sport filter). Pool sizes were counted before this rule was written, file counts only, no article read (with
the exclusions below, at ``576c0162``; 15:35 UTC): CNN politics 0, France 24 politics 0, Al Arabiya international 0
(politics filter), CNN sport 0, Al Arabiya sport 73, Al Arabiya culture 0, Jawhara FM ``localNews`` 8 (politics
filter), Jawhara FM ``sport`` 13, France 24 ``sport`` 1; every other ANT section 0-5 by the politics, culture or sport
filter. The lead's thirty-third session asks for at least ten articles from at least two outlets or sections and about
70 or more person mentions; the pools still hold enough, so the rule is not widened: ten articles from two outlets and
three sections (Al Arabiya ``sport`` 6, Jawhara FM ``localNews`` 3, Jawhara FM ``sport`` 1, if ``heldout25``'s rule
again gives Al Arabiya ``sport`` 1 and Jawhara FM ``localNews`` 3); and four reserves (``heldout36``'s ten held 61 and
needed two of its three), the next four Al Arabiya ``sport`` articles after the drawn ones, added one at a time, in that
order, only while the annotated articles hold fewer than 70 person mentions (decided on the gold count alone, before
any system run).

This split is the blind part of the lead's thirty-third session, kept BLIND for the whole session: scored once on
the session-start code ``576c0162`` (with both mined lists rebuilt without it), then again by the lead on the session's
final code; until then its errors are not read, it is no development data and its texts' phrasings are told to no one.

Left out: the demo corpus, the seventh-seed probe, every article named in a tracked file at REPO_COMMIT (every gold
article, ``heldout36``'s too, every ``probed_session*.txt`` list and the events probe lists), the eleventh session's
tables, the probe lists of this folder read again, and every article whose URL or normalised text equals that of a
left-out article or of one drawn before it. No article is replaced. Between ``heldout36``'s draw and this one, the
people helpers read only gold articles and the probes listed in this folder.
"""
import sys
from pathlib import Path

# heldout35's rule (this folder is on the path when run as a script)
from select_heldout35 import select as _select_heldout35

SALT = "heldout37/"
N_RESERVE = 4


def select(datasets: Path, commit: str = "576c0162") -> tuple[list[str], list[str]]:
    """The drawn articles and the reserves (added one at a time only while the annotated articles hold fewer than 70
    person mentions): ``heldout35``'s rule with this split's salt and four reserves."""
    import select_heldout35

    saved = select_heldout35.SALT, select_heldout35.N_RESERVE
    select_heldout35.SALT, select_heldout35.N_RESERVE = SALT, N_RESERVE
    try:
        return _select_heldout35(datasets, commit)
    finally:
        select_heldout35.SALT, select_heldout35.N_RESERVE = saved


if __name__ == "__main__":
    drawn, reserve = select(Path(sys.argv[1]), *(sys.argv[2:3] or []))
    for rel in drawn:
        print(rel)
    for rel in reserve:
        print("# reserve (added one at a time only while the drawn articles hold fewer than 70 person mentions):", rel)
