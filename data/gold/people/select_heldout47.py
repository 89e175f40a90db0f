"""Print the articles of the people gold set's ``heldout47`` split, by the fixed rule of the README.

Usage: ``python data/gold/people/select_heldout47.py ../shared/datasets [REPO_COMMIT]`` (run once, before any
article was read; kept so the draw can be repeated). REPO_COMMIT (default ``7454a897``, main when the lead's
forty-third session and its helper ``people110``, the hundred-and-tenth helper session on issue 16, started) is the
commit whose people gold, events gold, demo corpus, people and events probe lists and knowledge base name the articles
that are left out and the people that are looked for (``select_heldout40.left_out``).

Written and committed before the draw, as the lead's forty-third session asks: again the kind CLOSEST TO THE HIDDEN
TEST of issue 16 (BBC and Sky News Arabic world and political news of 2018 naming Russia with North Korea or Vietnam;
the people measured there are leaders, ministers, envoys and officials), by ``select_heldout45``'s thirteen tiers in
its order (Russia with an Asian state, then Russia alone, by size and then by the count of knowledge-base full names,
then any world news of the news folders, then world news with no such name but two role words), unchanged, with a
new seed.

Counted before this rule was committed (file counts only, no file name or article printed or read, 19:22-19:23 UTC by
the machine clock, with every exclusion below but the events blind part, whose ids did not exist yet;
/work/scratch/people110/count_pools.py): again NO article of the news folders naming Russia at 1,200-12,000 bytes
holds a knowledge-base full name, so tiers 1-8 are empty in every outlet. World news: Al Arabiya holds no article
with a name at any size (tiers 9-12 empty), and 12 with no name but at least two role words at 1,200-8,000 bytes
(tier 13: 11 at 1,200-5,000 bytes, 1 at 5,001-8,000); CNN two names at 1,200-8,000 bytes 0 (tiers 9, 10), one name at
1,200-5,000 bytes 30 (tier 11); France 24 two names at 1,200-8,000 bytes 0 (tiers 9, 10), one name at 1,200-5,000
bytes 8 (tier 11). So no relaxation beyond ``heldout45``'s thirteenth tier is needed and the tiers are kept
unchanged:

1. Russia and an Asian state, 1,200-5,000 bytes, two names;
2. Russia and an Asian state, 5,001-8,000 bytes, two names;
3. Russia, 1,200-5,000 bytes, two names;
4. Russia, 5,001-8,000 bytes, two names;
5. Russia and an Asian state, 8,001-12,000 bytes, two names;
6. Russia, 8,001-12,000 bytes, two names;
7. Russia and an Asian state, 1,200-8,000 bytes, one name;
8. Russia, 1,200-8,000 bytes, one name;
9. any article of the news folders, 1,200-5,000 bytes, two names (world and political news);
10. the same, 5,001-8,000 bytes, two names;
11. the same, 1,200-5,000 bytes, one name;
12. the same, 5,001-12,000 bytes, one name;
13. the same, 1,200-8,000 bytes, no name but at least two role words (الرئيس|وزير|رئيس|المتحدث|سفير|مبعوث).

Names: distinct knowledge-base full names (``heldout40``'s filter: names of two or more words of ``people.csv`` and
``people_arwikicats.csv``, column ``names`` at REPO_COMMIT, whole words after ``select_heldout39``'s light
normalisation on both sides); and no article whose rows were read by hand outside a read list
(``select_heldout40.read_by_text``).

Expected from the counts (before the events blind part is left out): Al Arabiya four of tier 13 (three tier 13
reserves); CNN four of tier 11 (three tier 11 reserves); France 24 four of tier 11 (three tier 11 reserves).

Left out, by id: everything ``select_heldout40.left_out`` leaves out at REPO_COMMIT and in the working tree (every
people gold split, with ``heldout46``'s twelve; ``heldout38``'s and ``heldout39``'s reserves; the events gold; the demo
corpus; every read people and events probe list), ``heldout40``'s to ``heldout46``'s reserves (``HELDOUT46_RESERVES``,
from ``/work/scratch/people105/heldout46_ids.txt``), the articles of ``read_ids_s37.txt`` to ``read_ids_s43.txt`` (this
folder; ``read_ids_s43.txt``: every doc id named in the scratch folders of the forty-second session's people helpers
people105 to people109 (their probes), events helpers events116 to events120, audit42, review43, review44, robust44,
topics42, topics43 and the lead's lead42, and again ``/work/scratch/people92/read_s39_ids.txt``; 14,378 ids), and the
events blind part of this session, ``blind-s52`` (``/work/scratch/events121/s52_ids.txt``: the draw refuses to run
without it, since Russia's news is that part's kind too); with every article whose URL or normalised text equals that
of a left-out article or of one drawn before it (``select_draw.same_text_or_url``'s keys).

Order: each tier's candidates sorted by the SHA-1 of ``"people-h47-2026-12-07-people110/" + file name`` (a new seed);
each outlet's list is its tier 1 candidates, then tier 2's, ...; drawn round-robin over the outlets (Al Arabiya, CNN,
France 24, ...), a fixed count of FOUR per outlet (twelve articles). Three reserves per outlet (fewer where the list
is short), the next ones in that outlet's list, used only if a drawn file is unreadable (not UTF-8, or no <TEXT>) or
turns out a duplicate of another drawn or gold article; a reserve replaces a drawn article of its own outlet, in
order. No reserve is added for a low mention count. Pool sizes per outlet and tier go to stderr.

This split is the blind part of the lead's forty-third session, kept BLIND for the whole session: scored once on the
session-start code ``7454a897`` (with both mined lists rebuilt without it), then again by the lead on the session's
final code; until then its errors are not read, it is no development data and its texts' phrasings are told to no one.
"""
import glob
import hashlib
import os
import sys
from pathlib import Path

# heldout40's exclusions, heldout39's name filter and copy finder, heldout42's patterns, heldout45's tiers and role
# words (this folder is on the path when run as a script)
from select_heldout39 import _Copies, _kb_full_names, _norm
from select_heldout40 import _ID, left_out, read_by_text
from select_heldout41 import HELDOUT40_RESERVES
from select_heldout42 import HELDOUT41_RESERVES, NEWS, OUTLETS, topic_ok
from select_heldout43 import HELDOUT42_RESERVES
from select_heldout44 import HELDOUT43_RESERVES
from select_heldout45 import HELDOUT44_RESERVES, ROLE, TIERS
from select_heldout46 import HELDOUT45_RESERVES

SALT = "people-h47-2026-12-07-people110/"
HELDOUT46_RESERVES = ("AL-internationalNews-277-20180301", "AL-internationalNews-521-20180318",
                      "AL-internationalNews-620-20180325", "CN-middleEast-723-20180425",
                      "CN-middleEast-1054-20180531", "CN-middleEast-353-20180324",
                      "FR-internationalNews-2274-20180712", "FR-internationalNews-821-20180420",
                      "FR-internationalNews-417-20180314")
EVENTS_BLIND_IDS = Path("/work/scratch/events121/s52_ids.txt")
N_EACH, N_RESERVE = 4, 3
HERE = Path(__file__).resolve().parent


def _key(rel: str) -> str:
    return hashlib.sha1((SALT + os.path.basename(rel)).encode("utf-8")).hexdigest()


def _ids(path: Path) -> set[str]:
    return set(_ID.findall(path.read_text("utf-8"))) if path.exists() else set()


def _tier(datasets: Path, outlet: str, tier: tuple, left: set[str], pat) -> list[str]:
    topic, lo, hi, least = tier[:4]
    roles = tier[4] if len(tier) > 4 else None
    cands = []
    for sec in NEWS[outlet]:
        for f in glob.glob(str(datasets / "ant-v2.1-multisource" / outlet / sec / "*.txt")):
            if Path(f).stem in left or not lo <= os.path.getsize(f) <= hi:
                continue
            text = Path(f).read_text(encoding="utf-8", errors="replace")
            norm = _norm(text)
            names = len(set(pat.findall(norm)))
            if roles is not None and (names or len(ROLE.findall(norm)) < roles):
                continue
            if names >= least and topic_ok(norm, topic) and not read_by_text(text):
                cands.append(os.path.relpath(f, datasets))
    return sorted(cands, key=_key)


def select(datasets: Path, commit: str = "7454a897") -> tuple[list[str], list[str]]:
    """The drawn articles (round-robin over the outlets, four each) and the reserves (up to three per outlet)."""
    if not EVENTS_BLIND_IDS.exists():
        sys.exit(f"{EVENTS_BLIND_IDS} does not exist yet: the events blind part must be left out (the docstring)")
    pat = _kb_full_names(commit)
    copies = _Copies(datasets)
    extra = (set(HELDOUT40_RESERVES) | set(HELDOUT41_RESERVES) | set(HELDOUT42_RESERVES) | set(HELDOUT43_RESERVES)
             | set(HELDOUT44_RESERVES) | set(HELDOUT45_RESERVES) | set(HELDOUT46_RESERVES)
             | _ids(HERE / "read_ids_s37.txt") | _ids(HERE / "read_ids_s38.txt") | _ids(HERE / "read_ids_s39.txt")
             | _ids(HERE / "read_ids_s40.txt") | _ids(HERE / "read_ids_s41.txt") | _ids(HERE / "read_ids_s42.txt")
             | _ids(HERE / "read_ids_s43.txt")
             | _ids(EVENTS_BLIND_IDS))
    left = left_out(commit, copies) | extra | copies(extra)
    queues = []
    for outlet in OUTLETS:
        q: list[str] = []
        for n, tier in enumerate(TIERS, 1):
            t = [rel for rel in _tier(datasets, outlet, tier, left, pat) if rel not in q]
            print(f"pool {outlet} tier {n} {tier[0]} {tier[1]}-{tier[2]} bytes, {tier[3]} names"
                  + (f", {tier[4]} role words" if len(tier) > 4 else "") + f": {len(t)} new candidates", file=sys.stderr)
            q += t
        queues.append(q)
    taken: list[list[str]] = [[] for _ in OUTLETS]
    for _round in range(N_EACH + N_RESERVE):
        for i, q in enumerate(queues):
            while q:
                rel = q.pop(0)
                if Path(rel).stem in left:  # a copy of an article drawn just before
                    continue
                taken[i].append(rel)
                left |= copies({Path(rel).stem})
                break
    drawn: list[str] = []
    for _round in range(N_EACH):
        drawn += [t[_round] for t in taken if len(t) > _round]
    reserve = [rel for t in taken for rel in t[N_EACH:]]
    return drawn, reserve


if __name__ == "__main__":
    drawn, reserve = select(Path(sys.argv[1]), *(sys.argv[2:3] or []))
    for rel in drawn:
        print(rel)
    for rel in reserve:
        print("# reserve (only for an unreadable or duplicate drawn file of its outlet):", rel)
