"""Print the articles of the people gold set's ``heldout43`` split, by the fixed rule of the README.

Usage: ``python data/gold/people/select_heldout43.py ../shared/datasets [REPO_COMMIT]`` (run once, before any
article was read; kept so the draw can be repeated). REPO_COMMIT (default ``062e86b6``, main when the lead's
thirty-ninth session and its helper ``people92``, the ninety-second helper session on issue 16, started) is the commit
whose people gold, events gold, demo corpus, people and events probe lists and knowledge base name the articles that
are left out and the people that are looked for (``select_heldout40.left_out``).

Written and committed before the draw, as the lead's thirty-ninth session asks: again the kind CLOSEST TO THE HIDDEN
TEST of issue 16 (BBC and Sky News Arabic world and political news of 2018 naming Russia with North Korea or Vietnam;
the people measured there are leaders, ministers, envoys and officials), as ``heldout42``: the world and Middle East
news folders (Al Arabiya ``internationalNews``; CNN and France 24 ``internationalNews`` and ``middleEast``), articles
naming Russia (with an Asian state outside West Asia first), ``select_heldout42``'s ``RUSSIA`` and ``ASIA`` patterns
and its tier order, with new tiers after its five where the pools are short.

Counted before this rule was committed (file counts only, no file name or article printed or read, 07:17-07:21 UTC by
the machine clock, with every exclusion below but the events blind part, whose ids did not exist yet;
/work/scratch/people92/count_pools.py and count3.py), candidates in the news folders: ``heldout42``'s filter (two knowledge-base
full names) gives NO article naming Russia at 1,200-8,000 bytes in any outlet (``heldout42`` and its reserves took
the last ones); at 8,001-12,000 bytes CNN 1 (with an Asian state) and France 24 1; with ONE knowledge-base full name,
naming Russia at 1,200-8,000 bytes: Al Arabiya 2, CNN 3, France 24 4; any world news with two names at 1,200-5,000
bytes: Al Arabiya 0, CNN 19, France 24 2, and with one name Al Arabiya 23. So the kind cannot give four per outlet
even relaxed; hence eleven tiers, each outlet's list being its tier 1 candidates, then tier 2's, ... (each tier's
candidates in the seeded order); the kind (Russia) comes before the size, the size (up to 12 KB) before the names
count, the names count (down to one) before leaving the kind:

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
11. the same, 1,200-5,000 bytes, one name.

Names: distinct knowledge-base full names (``heldout40``'s filter: names of two or more words of ``people.csv`` and
``people_arwikicats.csv``, column ``names`` at REPO_COMMIT, whole words after ``select_heldout39``'s light
normalisation on both sides); and no article whose rows were read by hand outside a read list
(``select_heldout40.read_by_text``).

Expected from the counts (before the events blind part is left out): Al Arabiya two Russia articles of tier 8 and two
world news ones of tier 11 (three tier 11 reserves); CNN one of tier 5 and three of tier 8 (three tier 9 reserves);
France 24 one of tier 6 and three of tier 8 (one tier 8 and two tier 9 reserves).

Left out, by id: everything ``select_heldout40.left_out`` leaves out at REPO_COMMIT and in the working tree (every
people gold split, with ``heldout42``'s twelve; ``heldout38``'s and ``heldout39``'s reserves; the events gold; the demo
corpus; every read people and events probe list), ``heldout40``'s, ``heldout41``'s and ``heldout42``'s reserves
(``HELDOUT42_RESERVES``, from ``/work/scratch/people88/heldout42_ids.txt``), the articles of ``read_ids_s37.txt``,
``read_ids_s38.txt`` and ``read_ids_s39.txt`` (this folder: those read by hand in the thirty-eighth session outside
``probed_*`` files: people89's, people90's and people91's probes, and the corpora whose reports audit37 and audit38 read
as an analyst), and the events blind part of this session, ``blind-s48`` (``/work/scratch/events104/s48_ids.txt``: the
draw refuses to run without it, since Russia's news is that part's kind too); with every article whose URL or
normalised text equals that of a left-out article or of one drawn before it (``select_draw.same_text_or_url``'s keys).

Order: each tier's candidates sorted by the SHA-1 of ``"heldout43/" + file name``; drawn round-robin over the outlets
(Al Arabiya, CNN, France 24, ...), a fixed count of FOUR per outlet (twelve articles). Three reserves per outlet
(fewer where the list is short), the next ones in that outlet's list, used only if a drawn file is unreadable (not
UTF-8, or no <TEXT>) or turns out a duplicate of another drawn or gold article; a reserve replaces a drawn article of
its own outlet, in order. No reserve is added for a low mention count. Pool sizes per outlet and tier go to stderr.

This split is the blind part of the lead's thirty-ninth session, kept BLIND for the whole session: scored once on
the session-start code ``062e86b6`` (with both mined lists rebuilt without it), then again by the lead on the
session's final code; until then its errors are not read, it is no development data and its texts' phrasings are
told to no one.
"""
import glob
import hashlib
import os
import sys
from pathlib import Path

# heldout40's exclusions, heldout39's name filter and copy finder, heldout42's patterns (this folder is on the path
# when run as a script)
from select_heldout39 import _Copies, _kb_full_names, _norm
from select_heldout40 import _ID, left_out, read_by_text
from select_heldout41 import HELDOUT40_RESERVES
from select_heldout42 import ANY, HELDOUT41_RESERVES, KIND, KIND_AND_ASIA, NEWS, OUTLETS, topic_ok

SALT = "heldout43/"
HELDOUT42_RESERVES = ("AL-internationalNews-138-20180221", "AL-internationalNews-1449-20180603",
                      "AL-internationalNews-1776-20180627", "CN-middleEast-1311-20180908",
                      "CN-internationalNews-149-20180319", "CN-middleEast-1630-20181019",
                      "FR-internationalNews-506-20180318", "FR-internationalNews-327-20180308",
                      "FR-internationalNews-2293-20180713")
EVENTS_BLIND_IDS = Path("/work/scratch/events104/s48_ids.txt")
# (topic, least bytes, most bytes, least distinct knowledge-base full names)
TIERS = ((KIND_AND_ASIA, 1200, 5000, 2), (KIND_AND_ASIA, 5001, 8000, 2), (KIND, 1200, 5000, 2), (KIND, 5001, 8000, 2),
         (KIND_AND_ASIA, 8001, 12000, 2), (KIND, 8001, 12000, 2), (KIND_AND_ASIA, 1200, 8000, 1),
         (KIND, 1200, 8000, 1), (ANY, 1200, 5000, 2), (ANY, 5001, 8000, 2), (ANY, 1200, 5000, 1))
N_EACH, N_RESERVE = 4, 3
HERE = Path(__file__).resolve().parent


def _key(rel: str) -> str:
    return hashlib.sha1((SALT + os.path.basename(rel)).encode("utf-8")).hexdigest()


def _ids(path: Path) -> set[str]:
    return set(_ID.findall(path.read_text("utf-8"))) if path.exists() else set()


def _tier(datasets: Path, outlet: str, tier: tuple, left: set[str], pat) -> list[str]:
    topic, lo, hi, least = tier
    cands = []
    for sec in NEWS[outlet]:
        for f in glob.glob(str(datasets / "ant-v2.1-multisource" / outlet / sec / "*.txt")):
            if Path(f).stem in left or not lo <= os.path.getsize(f) <= hi:
                continue
            text = Path(f).read_text(encoding="utf-8", errors="replace")
            norm = _norm(text)
            if len(set(pat.findall(norm))) >= least and topic_ok(norm, topic) and not read_by_text(text):
                cands.append(os.path.relpath(f, datasets))
    return sorted(cands, key=_key)


def select(datasets: Path, commit: str = "062e86b6") -> tuple[list[str], list[str]]:
    """The drawn articles (round-robin over the outlets, four each) and the reserves (up to three per outlet)."""
    if not EVENTS_BLIND_IDS.exists():
        sys.exit(f"{EVENTS_BLIND_IDS} does not exist yet: the events blind part must be left out (the docstring)")
    pat = _kb_full_names(commit)
    copies = _Copies(datasets)
    extra = (set(HELDOUT40_RESERVES) | set(HELDOUT41_RESERVES) | set(HELDOUT42_RESERVES)
             | _ids(HERE / "read_ids_s37.txt") | _ids(HERE / "read_ids_s38.txt") | _ids(HERE / "read_ids_s39.txt")
             | _ids(EVENTS_BLIND_IDS))
    left = left_out(commit, copies) | extra | copies(extra)
    queues = []
    for outlet in OUTLETS:
        q: list[str] = []
        for n, tier in enumerate(TIERS, 1):
            t = [rel for rel in _tier(datasets, outlet, tier, left, pat) if rel not in q]
            print(f"pool {outlet} tier {n} {tier[0]} {tier[1]}-{tier[2]} bytes, {tier[3]} names: {len(t)} new candidates",
                  file=sys.stderr)
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
