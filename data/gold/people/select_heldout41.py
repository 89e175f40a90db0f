"""Print the articles of the people gold set's ``heldout41`` split, by the fixed rule of the README.

Usage: ``python data/gold/people/select_heldout41.py ../shared/datasets [REPO_COMMIT]`` (run once, before any
article was read; kept so the draw can be repeated). REPO_COMMIT (default ``0e56cbfe``, main when the lead's
thirty-seventh session and its helper ``people85``, the eighty-fifth helper session on issue 16, started) is the
commit whose people gold, events gold, demo corpus, people and events probe lists and knowledge base name the articles
that are left out and the people that are looked for (``select_heldout40.left_out``).

Written and committed before the draw, as the lead's thirty-seventh session asks (a kind of news the recent blind
parts have not covered: ``heldout38``/``heldout39`` politics and world news, ``heldout40`` economy; the pools chosen
by folder names only, before any article was opened): CULTURE, SCIENCE AND TECHNOLOGY, the ``technology`` and
``culture`` folders of the three ANT v2.1 outlets. It is the least covered kind of the people gold: no
``technology`` article was ever drawn, and the last ``culture`` one was ``heldout24``'s. CNN has no ``culture``
folder and France 24 no ``technology`` one.

Counted before this rule was committed (file counts only, no file name or article printed or read, 01:49-01:52 UTC
by the machine clock, with every exclusion below; /work/scratch/people85/count_pools.py and count2.py), candidates by
the strict filter (1,200-5,000 bytes and two knowledge-base full names, ``select_heldout40``'s): Al Arabiya
``technology`` 4 and ``culture`` 3, CNN ``technology`` 1, France 24 ``culture`` 0; the outlets' ``sport`` (last
drawn by ``heldout37``; CNN's by ``heldout30``): Al Arabiya 26, CNN 8, France 24 0; France 24's only strict
candidates in any folder are 3 in ``internationalNews``. With ONE knowledge-base full name (same sizes): France 24
``culture`` 2, ``sport`` 2, ``economy`` 1, ``middleEast`` 3. So the kind alone cannot give four per outlet, and
France 24 cannot give four by the strict filter in any folder; hence the tiers below, each outlet's list being its
tier 1 candidates, then tier 2's, then tier 3's, then tier 4's (each tier's candidates in the seeded order):

1. the kind's folders (``technology`` + ``culture``), strict filter;
2. ``sport``, strict filter (a kind no recent part drew);
3. the kind's folders and ``sport``, ONE knowledge-base full name at least (the strict filter relaxed for the outlet
   whose kind and sport give fewer than its four and reserves: France 24, its news folders being the recent kind);
4. ``economy``, one knowledge-base full name at least (reserves only, as counted).

Expected from the counts: Al Arabiya four of its kind (technology and culture) and three reserves of it, CNN one
technology article and three sport ones (three sport reserves), France 24 four of tier 3 (culture and sport, one
name) and one economy reserve.

Filter (on file text; no article opened by hand): 1,200-5,000 bytes, and at least two (tiers 1-2) or one (tiers 3-4)
distinct full names (two or more words) of the shipped knowledge base (``people.csv`` and ``people_arwikicats.csv``,
column ``names`` at REPO_COMMIT) as whole words after ``select_heldout39``'s light normalisation on both sides; and no
article whose rows were read by hand outside a read list (``select_heldout40.read_by_text``).

Left out, by id: everything ``select_heldout40.left_out`` leaves out at REPO_COMMIT and in the working tree (every
people gold split, with ``heldout40``'s twelve; ``heldout38``'s and ``heldout39``'s reserves; the events gold; the
demo corpus; every read people and events probe list), ``heldout40``'s eight reserves (``HELDOUT40_RESERVES``, from
``/work/scratch/people82/heldout40_ids.txt``), the articles of ``read_ids_s37.txt`` (this folder: the lists read by
hand in the thirty-sixth session outside ``probed_*`` files: people83's probes, people84's checks, events95's probes,
events93's ``blind-s45``), and the events blind part of this session if its id list
(``/work/scratch/events96/s46_ids.txt``) exists when run; with every article whose URL or normalised text equals that
of a left-out article or of one drawn before it (``select_draw.same_text_or_url``'s keys).

Order: each tier's candidates sorted by the SHA-1 of ``"heldout41/" + file name``; drawn round-robin over the outlets
(Al Arabiya, CNN, France 24, ...), a fixed count of FOUR per outlet (twelve articles). Three reserves per outlet
(fewer where the list is short), the next ones in that outlet's list, used only if a drawn file is unreadable (not
UTF-8, or no <TEXT>) or turns out a duplicate of another drawn or gold article; a reserve replaces a drawn article of
its own outlet, in order. No reserve is added for a low mention count. Pool sizes per outlet and tier go to stderr.

This split is the blind part of the lead's thirty-seventh session, kept BLIND for the whole session: scored once on
the session-start code ``0e56cbfe`` (with both mined lists rebuilt without it), then again by the lead on the
session's final code; until then its errors are not read, it is no development data and its texts' phrasings are
told to no one.
"""
import glob
import hashlib
import os
import re
import sys
from pathlib import Path

# heldout40's exclusions and heldout39's name filter and copy finder (this folder is on the path when run as a script)
from select_heldout39 import _Copies, _kb_full_names, _norm
from select_heldout40 import _ID, left_out, read_by_text

SALT = "heldout41/"
HELDOUT40_RESERVES = ("AL-economy-187-20180307", "AL-economy-784-20180610", "AL-economy-719-20180601",
                      "CN-economy-222-20180818", "CN-economy-305-20180911", "FR-internationalNews-343-20180309",
                      "FR-internationalNews-532-20180320", "FR-internationalNews-282-20180306")
EVENTS_BLIND_IDS = Path("/work/scratch/events96/s46_ids.txt")
OUTLETS = ("Alarabia", "CNN", "France24")
KIND = ("technology", "culture")
# (folders, least distinct knowledge-base full names)
TIERS = ((KIND, 2), (("sport",), 2), (KIND + ("sport",), 1), (("economy",), 1))
N_EACH, N_RESERVE = 4, 3
HERE = Path(__file__).resolve().parent


def _key(rel: str) -> str:
    return hashlib.sha1((SALT + os.path.basename(rel)).encode("utf-8")).hexdigest()


def _ids(path: Path) -> set[str]:
    return set(_ID.findall(path.read_text("utf-8"))) if path.exists() else set()


def _tier(datasets: Path, outlet: str, folders, least: int, left: set[str], pat: re.Pattern) -> list[str]:
    cands = []
    for sec in folders:
        for f in glob.glob(str(datasets / "ant-v2.1-multisource" / outlet / sec / "*.txt")):
            if Path(f).stem in left or not 1200 <= os.path.getsize(f) <= 5000:
                continue
            text = Path(f).read_text(encoding="utf-8", errors="replace")
            if len(set(pat.findall(_norm(text)))) >= least and not read_by_text(text):
                cands.append(os.path.relpath(f, datasets))
    return sorted(cands, key=_key)


def select(datasets: Path, commit: str = "0e56cbfe") -> tuple[list[str], list[str]]:
    """The drawn articles (round-robin over the outlets, four each) and the reserves (up to three per outlet)."""
    pat = _kb_full_names(commit)
    copies = _Copies(datasets)
    extra = set(HELDOUT40_RESERVES) | _ids(HERE / "read_ids_s37.txt") | _ids(EVENTS_BLIND_IDS)
    left = left_out(commit, copies) | extra | copies(extra)
    queues = []
    for outlet in OUTLETS:
        q: list[str] = []
        for folders, least in TIERS:
            t = [rel for rel in _tier(datasets, outlet, folders, least, left, pat) if rel not in q]
            print(f"pool {outlet} {'+'.join(folders)} >={least} names: {len(t)} new candidates", file=sys.stderr)
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
