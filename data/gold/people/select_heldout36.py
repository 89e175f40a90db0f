"""Print the articles of the people gold set's ``heldout36`` split, by the fixed rule of the README.

Usage: ``python data/gold/people/select_heldout36.py ../shared/datasets [REPO_COMMIT]`` (run once, before any
article was read; kept so the draw can be repeated). REPO_COMMIT (default ``292dd460``, main when the lead's
thirty-second session and its helper ``people66``, the sixty-sixth helper session on issue 16, started) is the commit
whose tracked files name the articles that are left out.

Written and committed before the draw. ``heldout35``'s rule with the salt ``"heldout36/"``, unchanged otherwise:
``heldout25``'s rule (the parts, filters and exclusions of ``heldout18``, then the next Al Arabiya
``internationalNews`` and the next Jawhara FM ``localNews`` article), then the next FIVE Al Arabiya ``sport`` articles
(sport filter) in the same SHA-1 order, then the first Jawhara FM ``sport`` article (sport filter). Pool sizes were
counted before this rule was written, file counts only, no article read (with the exclusions below, at ``292dd460``):
CNN politics 0, France 24 politics 0, Al Arabiya international 0 (politics filter), CNN sport 0, Al Arabiya sport 81,
Al Arabiya culture 0, Jawhara FM ``localNews`` 12 (politics filter), Jawhara FM ``sport`` 14, France 24 ``sport`` 1;
every other ANT section 0-5 by the politics, culture or sport filter. The lead's thirty-second session asks for ten
articles from at least two outlets or sections and about 70 or more person mentions; ``heldout35``'s ten drawn by
this rule held 97, and the pools still hold enough, so the rule is not widened: ten articles from two outlets and
three sections (Al Arabiya ``sport`` 6, Jawhara FM ``localNews`` 3, Jawhara FM ``sport`` 1, if ``heldout25``'s rule
again gives Al Arabiya ``sport`` 1 and Jawhara FM ``localNews`` 3); and three reserves, the next three Al Arabiya
``sport`` articles after the drawn ones, added one at a time, in that order, only while the annotated articles hold
fewer than 70 person mentions (decided on the gold count alone, before any system run).

This split is the blind part of the lead's thirty-second session, kept BLIND for the whole session: scored once on
the session-start code ``292dd460``, then again by the lead on the session's final code; until then its errors are
not read, it is no development data and its texts' phrasings are told to no one.

Left out: the demo corpus, the seventh-seed probe, every article named in a tracked file at REPO_COMMIT (every gold
article, ``heldout35``'s too, every ``probed_session*.txt`` list and the events probe lists), the eleventh session's
tables, the probe lists of this folder read again, and every article whose URL or normalised text equals that of a
left-out article or of one drawn before it. No article is replaced. Between ``heldout35``'s draw and this one, the
people helpers read only gold articles and the probes listed in this folder.
"""
import sys
from pathlib import Path

# heldout35's rule (this folder is on the path when run as a script)
from select_heldout35 import select as _select_heldout35

SALT = "heldout36/"


def select(datasets: Path, commit: str = "292dd460") -> tuple[list[str], list[str]]:
    """The drawn articles and the reserves (added one at a time only while the annotated articles hold fewer than 70
    person mentions): ``heldout35``'s rule with this split's salt."""
    import select_heldout35

    saved = select_heldout35.SALT
    select_heldout35.SALT = SALT
    try:
        return _select_heldout35(datasets, commit)
    finally:
        select_heldout35.SALT = saved


if __name__ == "__main__":
    drawn, reserve = select(Path(sys.argv[1]), *(sys.argv[2:3] or []))
    for rel in drawn:
        print(rel)
    for rel in reserve:
        print("# reserve (added one at a time only while the drawn articles hold fewer than 70 person mentions):", rel)
