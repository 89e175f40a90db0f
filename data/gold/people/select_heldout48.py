"""Print the articles of the people gold set's ``heldout48`` split, by the fixed rule of the README.

Usage: ``python data/gold/people/select_heldout48.py ../shared/datasets [REPO_COMMIT]`` (run once, before any
article was read; kept so the draw can be repeated). REPO_COMMIT (default ``ff70537f``, main when the lead's
forty-fourth session and its helper ``people113``, the hundred-and-thirteenth helper session on issue 16, started) is
the commit whose people gold, events gold, demo corpus, people and events probe lists and knowledge base name the
articles that are left out and the people that are looked for (``select_heldout40.left_out``).

Written and committed before the draw, as the lead's forty-fourth session asks: ``select_heldout47``'s rule unchanged
(``select_heldout45``'s thirteen tiers in their order, twelve articles, four per outlet Al Arabiya, CNN, France 24,
round-robin) with a new seed and the left-out sets extended.

Counted before this rule was committed (file counts only, no file name or article printed or read, 23:34:57-23:35:37
UTC by the machine clock, with every exclusion below; /work/scratch/people113/count_pools.py): again NO article of the
news folders naming Russia at 1,200-12,000 bytes holds a knowledge-base full name, so tiers 1-8 are empty in every
outlet. World news: Al Arabiya tiers 9-12 empty and 4 candidates in tier 13 (no name, two role words); CNN tiers 9, 10
empty, tier 11 20, tier 12 1, tier 13 8; France 24 tiers 9, 10 empty, tier 11 1, tier 12 5, tier 13 10. So no
relaxation beyond tier 13 is needed and the tiers are kept unchanged (Al Arabiya's four are its whole list: it has no
reserve):

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

Expected from the counts: Al Arabiya four of tier 13 (no reserve); CNN four of tier 11 (three tier 11 reserves);
France 24 its one tier 11 article and three of tier 12 (two tier 12 reserves, then one of tier 13).

Left out, by id: everything ``select_heldout40.left_out`` leaves out at REPO_COMMIT and in the working tree (every
people gold split, with ``heldout47``'s twelve; the events gold, with ``s52-mix``; the demo corpus; every read people
and events probe list), ``heldout40``'s to ``heldout47``'s reserves, the articles of ``read_ids_s37.txt`` to
``read_ids_s44.txt`` (this folder), and the events blind part of this session, ``blind-s53``
(``/work/scratch/events124/s53_ids.txt`` and ``s53_docs.txt``, its 46 ids and one text copy: the draw refuses to run
without them, since Russia's and Korea's news is that part's kind too); with every article whose URL or normalised
text equals that of a left-out article or of one drawn before it (``select_draw.same_text_or_url``'s keys).

THIS MACHINE IS NEW (the forty-fourth session): every scratch file of earlier sessions is gone, so what
``select_heldout47`` read from scratch was regenerated from committed scripts (/work/scratch/people113/regen*.py,
write_read_ids.py), 23:08-23:35 UTC:

- ``HELDOUT47_RESERVES`` (was ``/work/scratch/people110/heldout47_ids.txt``): ``select_heldout47.py`` re-run in a
  detached worktree at its commit ``8fe5cb97`` with blind-s52's ids (below) as its events blind file; it gave
  heldout47's twelve drawn ids back exactly (``documents.tsv``), so its nine reserves are the ones drawn then.
- ``blind-s52``'s ids (was ``/work/scratch/events121/s52_ids.txt``): the events gold split ``s52-mix`` (46 ids).
- ``read_ids_s44.txt`` (new; 4,184 lines): the ids read or drawn as probes in the lead's forty-third session that can
  be regenerated, in groups: blind-s52's 46 ids; heldout47's nine reserves; EVERY ANT article holding
  ``tools/select_probe_s111.py``'s trigger (3,701; a superset of its probe T, 150 of the 241 trigger articles of a
  pool of 2,911) and every one holding ``tools/select_probe_s112.py``'s trigger (226; a superset of its T, 13, and its
  wide probe W, 147), by the tools' own ``has_trigger`` on main's code (their name and title word lists are unchanged
  since those tools' commits); every ANT v2.1 article holding a form of the verb أثنى (52; a superset of events123's
  probe of 25 articles, whose script ``/work/scratch/events123/probe_p.py`` is lost); and
  ``tools/events_probe122.py``'s probes T (80) and R (60) regenerated exactly: run at its commit ``90649046`` with
  the blind and reserve id files that stood in the old scratch folder rebuilt (blind-s52, heldout47 and its reserves,
  ``heldout38``'s to ``heldout47``'s reserves, and the ids of events ``s50-mix`` and ``s51-mix``), its pool is the
  recorded 21,813 articles.

NOT regenerated (said here so no one takes these lists for complete): probe R of ``select_probe_s111.py`` (150
random articles) and of ``select_probe_s112.py`` (150): their pools subtract the probe lists of helpers people93 to
people109 kept in scratch (``*paths*.txt``), which are lost, so the random draws cannot be repeated (neither probe
changed a row, 0 of 1,314 and 0 of 587, so no row of either was read by hand); and any doc id named only in the
forty-third session's other scratch folders (audit43, review45, review46, robust45, ner34, events123's notes, lead43):
those are lost. The articles whose rows were read in that session's people work (heldout47's errors, the W rows) are
in the gold or in the groups above.

Order: each tier's candidates sorted by the SHA-1 of ``"people-h48-2026-12-07-people113/" + file name`` (a new
seed); each outlet's list is its tier 1 candidates, then tier 2's, ...; drawn round-robin over the outlets (Al Arabiya,
CNN, France 24, ...), a fixed count of FOUR per outlet (twelve articles). Three reserves per outlet (fewer where the
list is short), the next ones in that outlet's list, used only if a drawn file is unreadable (not UTF-8, or no <TEXT>)
or turns out a duplicate of another drawn or gold article; a reserve replaces a drawn article of its own outlet, in
order. No reserve is added for a low mention count. Pool sizes per outlet and tier go to stderr.

This split is the blind part of the lead's forty-fourth session, kept BLIND for the whole session: scored once on the
session-start code ``ff70537f`` (with both mined lists rebuilt without it), then again by the lead on the session's
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
from select_heldout47 import HELDOUT46_RESERVES

SALT = "people-h48-2026-12-07-people113/"
HELDOUT47_RESERVES = ("AL-internationalNews-1975-20180717", "AL-internationalNews-1648-20180617",
                      "AL-internationalNews-164-20180223", "CN-middleEast-61-20180222", "CN-middleEast-225-20180309",
                      "CN-middleEast-323-20180321", "FR-internationalNews-1881-20180618",
                      "FR-internationalNews-1461-20180526", "FR-internationalNews-2487-20180728")
EVENTS_BLIND_IDS = Path("/work/scratch/events124/s53_ids.txt")
EVENTS_BLIND_COPIES = Path("/work/scratch/events124/s53_docs.txt")
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


def select(datasets: Path, commit: str = "ff70537f") -> tuple[list[str], list[str]]:
    """The drawn articles (round-robin over the outlets, four each) and the reserves (up to three per outlet)."""
    for need in (EVENTS_BLIND_IDS, EVENTS_BLIND_COPIES, HERE / "read_ids_s44.txt"):
        if not need.exists():
            sys.exit(f"{need} does not exist: the draw must leave it out (the docstring)")
    pat = _kb_full_names(commit)
    copies = _Copies(datasets)
    extra = (set(HELDOUT40_RESERVES) | set(HELDOUT41_RESERVES) | set(HELDOUT42_RESERVES) | set(HELDOUT43_RESERVES)
             | set(HELDOUT44_RESERVES) | set(HELDOUT45_RESERVES) | set(HELDOUT46_RESERVES) | set(HELDOUT47_RESERVES)
             | _ids(HERE / "read_ids_s37.txt") | _ids(HERE / "read_ids_s38.txt") | _ids(HERE / "read_ids_s39.txt")
             | _ids(HERE / "read_ids_s40.txt") | _ids(HERE / "read_ids_s41.txt") | _ids(HERE / "read_ids_s42.txt")
             | _ids(HERE / "read_ids_s43.txt") | _ids(HERE / "read_ids_s44.txt")
             | _ids(EVENTS_BLIND_IDS) | _ids(EVENTS_BLIND_COPIES))
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
