"""Print the articles of the people gold set's ``heldout35`` split, by the fixed rule of the README.

Usage: ``python data/gold/people/select_heldout35.py ../shared/datasets [REPO_COMMIT]`` (run once, before any
article was read; kept so the draw can be repeated). REPO_COMMIT (default ``8320b80b``, main when the lead's
thirty-first session and its helper ``people62``, the sixty-second helper session on issue 16, started) is the commit
whose tracked files name the articles that are left out.

Written and committed before the draw. ``heldout34``'s rule with the salt ``"heldout35/"`` and a bigger part:
``heldout25``'s rule (the parts, filters and exclusions of ``heldout18``, then the next Al Arabiya
``internationalNews`` and the next Jawhara FM ``localNews`` article), then the next FIVE Al Arabiya ``sport`` articles
(sport filter) in the same SHA-1 order, then the first Jawhara FM ``sport`` article (sport filter). Pool sizes were
counted before this rule was written, file counts only, no article read (with the exclusions below): CNN politics 0,
France 24 politics 0, Al Arabiya international 0 (politics filter), CNN sport 0, Al Arabiya sport 87, Al Arabiya
culture 0, Jawhara FM ``localNews`` 15 (politics filter), Jawhara FM ``sport`` 15, France 24 ``sport`` 1; every other
ANT section 0-5 by the politics, culture or sport filter. ``heldout25``'s rule gives four articles (Al Arabiya
``sport`` 1, Jawhara FM ``localNews`` 3); ``heldout34``'s eight held 55 person mentions, and this session asks for ten
articles from at least two outlets or sections and about 70 or more person mentions; the people-dense pool left is Al
Arabiya ``sport``. So, new: after those four, the next FIVE Al Arabiya ``sport`` articles (three for ``heldout34``),
then the first Jawhara FM ``sport`` article: ten articles from two outlets and three sections (Al Arabiya ``sport`` 6,
Jawhara FM ``localNews`` 3, Jawhara FM ``sport`` 1); and three reserves, the next three Al Arabiya ``sport`` articles
after the drawn ones, added one at a time, in that order, only while the annotated articles hold fewer than 70 person
mentions (decided on the gold count alone, before any system run).

This split is the blind part of the lead's thirty-first session, kept BLIND for the whole session: scored once on the
session-start code ``8320b80b``, then again by the lead on the session's final code; until then its errors are not
read, it is no development data and its texts' phrasings are told to no one.

Left out: the demo corpus, the seventh-seed probe, every article named in a tracked file at REPO_COMMIT (every gold
article, ``heldout34``'s too, every ``probed_session*.txt`` list and the events probe lists), the eleventh session's
tables, the probe lists of this folder read again, and every article whose URL or normalised text equals that of a
left-out article or of one drawn before it. No article is replaced. Between ``heldout34``'s draw and this one, the
people helpers read only gold articles and the probes listed in this folder.
"""
import sys
from pathlib import Path

# heldout25's rule and heldout18's exclusions (this folder is on the path when run as a script)
from select_draw import excluded, same_text_or_url
from select_heldout7 import _candidates
from select_heldout8 import _sport
from select_heldout25 import select as _select_heldout25

SALT = "heldout35/"
MORE_SPORT = ["ant-v2.1-multisource/Alarabia/sport"]
JA_SPORT = ["ant-v1.1-jawharafm/sport"]
N_MORE, N_RESERVE = 5, 3
HERE = Path(__file__).resolve().parent


def select(datasets: Path, commit: str = "8320b80b") -> tuple[list[str], list[str]]:
    """The drawn articles and the reserves (added one at a time only while the annotated articles hold fewer than 70
    person mentions)."""
    chosen = _select_heldout25(datasets, commit, salt=SALT)
    left_out = excluded(datasets, commit)
    for p in sorted(HERE.glob("probed_session*.txt")):
        left_out |= set(p.read_text("utf-8").split())
    left_out |= same_text_or_url(datasets, left_out)
    for rel in chosen:
        left_out |= same_text_or_url(datasets, {Path(rel).name})
    more: list[str] = []
    for rel in _candidates(datasets, MORE_SPORT, _sport, left_out, SALT):
        if len(more) == N_MORE + N_RESERVE:
            break
        if Path(rel).name in left_out:  # a copy of an article drawn just before
            continue
        more.append(rel)
        left_out |= same_text_or_url(datasets, {Path(rel).name})
    ja_sport = [rel for rel in _candidates(datasets, JA_SPORT, _sport, left_out, SALT)][:1]
    return chosen + more[:N_MORE] + ja_sport, more[N_MORE:]


if __name__ == "__main__":
    drawn, reserve = select(Path(sys.argv[1]), *(sys.argv[2:3] or []))
    for rel in drawn:
        print(rel)
    for rel in reserve:
        print("# reserve (added one at a time only while the drawn articles hold fewer than 70 person mentions):", rel)
