"""Print the articles of the people gold set's ``heldout42`` split, by the fixed rule of the README.

Usage: ``python data/gold/people/select_heldout42.py ../shared/datasets [REPO_COMMIT]`` (run once, before any
article was read; kept so the draw can be repeated). REPO_COMMIT (default ``698ed9ae``, main when the lead's
thirty-eighth session and its helper ``people88``, the eighty-eighth helper session on issue 16, started) is the commit
whose people gold, events gold, demo corpus, people and events probe lists and knowledge base name the articles that
are left out and the people that are looked for (``select_heldout40.left_out``).

Written and committed before the draw, as the lead's thirty-eighth session asks: the kind CLOSEST TO THE HIDDEN TEST
of issue 16 (BBC and Sky News Arabic world and political news of 2018 naming Russia with North Korea or Vietnam; the
people measured there are leaders, ministers, envoys and officials), after politics and world news (``heldout38``,
``heldout39``), economy (``heldout40``) and technology, culture and sport (``heldout41``). The pools are chosen by
folder names and file counts only, before any article was opened: the world and Middle East news folders (Al Arabiya
``internationalNews``; CNN and France 24 ``internationalNews`` and ``middleEast``), articles naming Russia and an
Asian state outside West Asia.

Counted before this rule was committed (file counts only, no file name or article printed or read, 04:45-04:49 UTC by
the machine clock, with every exclusion below but the events blind part, whose ids did not exist yet;
/work/scratch/people88/count_pools.py, count2.py, count3.py), candidates in the news folders by ``heldout40``'s
filter (1,200-5,000 bytes, two knowledge-base full names): naming Russia and an Asian state, Al Arabiya 0, CNN 1,
France 24 0; naming Russia, Al Arabiya 1, CNN 6, France 24 1 (the events gold, built from Russia's news with North
Korea and Vietnam, holds most of the rest); any, Al Arabiya 7, CNN 28, France 24 3. With 5,001-8,000 bytes and two
names: Russia and an Asian state France 24 2, Russia France 24 6, none at Al Arabiya or CNN. So the kind cannot give
four per outlet, and France 24 cannot give four at 1.2-5 KB in any news of this kind; hence five tiers, each outlet's
list being its tier 1 candidates, then tier 2's, ... (each tier's candidates in the seeded order); the kind comes
before the size, the size (up to 8 KB) before leaving the kind:

1. Russia and an Asian state, 1,200-5,000 bytes;
2. Russia and an Asian state, 5,001-8,000 bytes;
3. Russia, 1,200-5,000 bytes;
4. Russia, 5,001-8,000 bytes;
5. any article of the news folders, 1,200-5,000 bytes (world and political news, the recent blind parts' kind).

Every tier: the news folders above, two distinct knowledge-base full names at least (``heldout40``'s filter: names of
two or more words of ``people.csv`` and ``people_arwikicats.csv``, column ``names`` at REPO_COMMIT, whole words after
``select_heldout39``'s light normalisation on both sides), and no article whose rows were read by hand outside a read
list (``select_heldout40.read_by_text``). Russia (``RUSSIA``, on the normalised text, whole words with a conjunction
and a preposition or article glued before): روسيا or a Russian demonym (روسي، روسيه and their duals and plurals,
الروس). An Asian state (``ASIA``): a state of East, South, South-East or Central Asia by its Arabic name (كوريا for
both Koreas, فيتنام، الصين، اليابان، الهند، باكستان، افغانستان، منغوليا، تايوان، the ASEAN states, the South
Asian and Central Asian ones), West Asia (the Middle East) being out, as nearly every article of these folders names a
state of it.

Expected from the counts (before the events blind part is left out): Al Arabiya one Russia article and three world
news ones (tier 5; three tier 5 reserves), CNN the Russia and Asia article and three Russia ones (two Russia
reserves and one of tier 5), France 24 two Russia and Asia articles of 5-8 KB, one Russia article and one Russia
article of 5-8 KB (three tier 4 reserves).

Left out, by id: everything ``select_heldout40.left_out`` leaves out at REPO_COMMIT and in the working tree (every
people gold split, with ``heldout41``'s twelve; ``heldout38``'s and ``heldout39``'s reserves; the events gold, with
``blind-s46``; the demo corpus; every read people and events probe list), ``heldout40``'s eight reserves and
``heldout41``'s seven (``HELDOUT41_RESERVES``, from ``/work/scratch/people85/heldout41_ids.txt``), the articles of
``read_ids_s37.txt`` (the lists read by hand in the thirty-sixth session) and ``read_ids_s38.txt`` (this folder: those
read by hand in the thirty-seventh session outside ``probed_*`` files: people86's probes A and B, people87's probe T),
and the events blind part of this session, ``blind-s47`` (``/work/scratch/events100/s47_ids.txt``: the draw refuses
to run without it, since Russia's news with Asian states is that part's kind too); with every article whose URL or
normalised text equals that of a left-out article or of one drawn before it (``select_draw.same_text_or_url``'s keys).

Order: each tier's candidates sorted by the SHA-1 of ``"heldout42/" + file name``; drawn round-robin over the outlets
(Al Arabiya, CNN, France 24, ...), a fixed count of FOUR per outlet (twelve articles). Three reserves per outlet
(fewer where the list is short), the next ones in that outlet's list, used only if a drawn file is unreadable (not
UTF-8, or no <TEXT>) or turns out a duplicate of another drawn or gold article; a reserve replaces a drawn article of
its own outlet, in order. No reserve is added for a low mention count. Pool sizes per outlet and tier go to stderr.

This split is the blind part of the lead's thirty-eighth session, kept BLIND for the whole session: scored once on
the session-start code ``698ed9ae`` (with both mined lists rebuilt without it), then again by the lead on the
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
from select_heldout41 import HELDOUT40_RESERVES

SALT = "heldout42/"
HELDOUT41_RESERVES = ("AL-culture-127-20180304", "AL-technology-118-20180325", "AL-technology-149-20180406",
                      "CN-sport-115-20180317", "CN-sport-192-20180404", "CN-sport-382-20180824", "FR-economy-33-20180510")
EVENTS_BLIND_IDS = Path("/work/scratch/events100/s47_ids.txt")
NEWS = {"Alarabia": ("internationalNews",), "CNN": ("internationalNews", "middleEast"),
        "France24": ("internationalNews", "middleEast")}
OUTLETS = ("Alarabia", "CNN", "France24")
_B, _E = r"(?<![\u0621-\u064a])[وف]?", r"(?![\u0621-\u064a])"
RUSSIA = re.compile(_B + r"(?:[بلك]|ال|بال|كال|لل)?(?:روسيا|روسي|روسيه|روسيان|روسيين|روسيون|روسيتان|روسيتين)" + _E
                    + "|" + _B + r"(?:ال|بال|كال|لل)روس" + _E)
ASIA = re.compile(
    _B + r"[بلك]?(?:كوريا|فيتنام|فييتنام|باكستان|افغانستان|بنغلاديش|بنجلاديش|بنغلادش|سريلانكا|سري لانكا|نيبال|بوتان"
    r"|منغوليا|تايوان|ماليزيا|اندونيسيا|تايلاند|تايلند|ميانمار|كمبوديا|لاوس|سنغافوره|بروناي|تيمور الشرقيه"
    r"|كازاخستان|اوزبكستان|تركمانستان|قرغيزستان|قيرغيزستان|طاجيكستان)" + _E
    + "|" + _B + r"(?:ال|بال|كال|لل)(?:صين|يابان|هند|فلبين|مالديف)" + _E)
KIND_AND_ASIA, KIND, ANY = "russia+asia", "russia", "any"
# (topic, least bytes, most bytes)
TIERS = ((KIND_AND_ASIA, 1200, 5000), (KIND_AND_ASIA, 5001, 8000), (KIND, 1200, 5000), (KIND, 5001, 8000),
         (ANY, 1200, 5000))
LEAST_NAMES = 2
N_EACH, N_RESERVE = 4, 3
HERE = Path(__file__).resolve().parent


def _key(rel: str) -> str:
    return hashlib.sha1((SALT + os.path.basename(rel)).encode("utf-8")).hexdigest()


def _ids(path: Path) -> set[str]:
    return set(_ID.findall(path.read_text("utf-8"))) if path.exists() else set()


def topic_ok(norm: str, topic: str) -> bool:
    """Whether the normalised text is of the tier's topic."""
    if topic == ANY:
        return True
    if not RUSSIA.search(norm):
        return False
    return topic == KIND or bool(ASIA.search(norm))


def _tier(datasets: Path, outlet: str, topic: str, lo: int, hi: int, left: set[str], pat: re.Pattern) -> list[str]:
    cands = []
    for sec in NEWS[outlet]:
        for f in glob.glob(str(datasets / "ant-v2.1-multisource" / outlet / sec / "*.txt")):
            if Path(f).stem in left or not lo <= os.path.getsize(f) <= hi:
                continue
            text = Path(f).read_text(encoding="utf-8", errors="replace")
            norm = _norm(text)
            if len(set(pat.findall(norm))) >= LEAST_NAMES and topic_ok(norm, topic) and not read_by_text(text):
                cands.append(os.path.relpath(f, datasets))
    return sorted(cands, key=_key)


def select(datasets: Path, commit: str = "698ed9ae") -> tuple[list[str], list[str]]:
    """The drawn articles (round-robin over the outlets, four each) and the reserves (up to three per outlet)."""
    if not EVENTS_BLIND_IDS.exists():
        sys.exit(f"{EVENTS_BLIND_IDS} does not exist yet: the events blind part must be left out (the docstring)")
    pat = _kb_full_names(commit)
    copies = _Copies(datasets)
    extra = (set(HELDOUT40_RESERVES) | set(HELDOUT41_RESERVES) | _ids(HERE / "read_ids_s37.txt")
             | _ids(HERE / "read_ids_s38.txt") | _ids(EVENTS_BLIND_IDS))
    left = left_out(commit, copies) | extra | copies(extra)
    queues = []
    for outlet in OUTLETS:
        q: list[str] = []
        for topic, lo, hi in TIERS:
            t = [rel for rel in _tier(datasets, outlet, topic, lo, hi, left, pat) if rel not in q]
            print(f"pool {outlet} {topic} {lo}-{hi} bytes: {len(t)} new candidates", file=sys.stderr)
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
