"""Print the articles of the people gold set's ``heldout40`` split, by the fixed rule of the README.

Usage: ``python data/gold/people/select_heldout40.py ../shared/datasets [REPO_COMMIT]`` (run once, before any
article was read; kept so the draw can be repeated). REPO_COMMIT (default ``509d63af``, main when the lead's
thirty-sixth session and its helper ``people82``, the eighty-second helper session on issue 16, started) is the commit
whose people gold (``documents.tsv``), events gold (``data/gold/events/documents.csv``), demo corpus, people and
events probe lists and knowledge base name the articles that are left out and the people that are looked for.

Written and committed before the draw, as the lead's thirty-sixth session asks (a kind of news the recent blind parts
covered less than politics; the pool chosen by folder names only, before any article was opened): the ECONOMY
sections of the three ANT v2.1 outlets (``heldout38`` and ``heldout39`` were both politics and world news). An
outlet whose economy folder gives fewer than four candidates by the filter below (too few to draw its four) takes its
politics and world news sections instead (``internationalNews`` + ``middleEast``, the pools of
``heldout38``/``heldout39``). Counted before this rule was committed (file counts only, no file name or article
printed or read, 23:09 UTC by the machine clock, with every exclusion below): Al Arabiya ``economy`` 12, CNN
``economy`` 6, France 24 ``economy`` 0 (75 files in all, 3 of them 1.2-5 KB; its news sections 10), so France 24's
four come from its news sections and CNN has two reserves, not three.

Filter (on file text; no article opened by hand): 1,200-5,000 bytes, and naming at least two people: at least two
distinct full names (two or more words) of the shipped knowledge base (``lib/marsad/data/kb/people.csv`` and
``people_arwikicats.csv``, column ``names`` at REPO_COMMIT) occur in the file as whole words, after the same light
normalisation on both sides (``select_heldout39``'s: diacritics and tatweel dropped, أ إ آ ٱ -> ا, ة -> ه, ى -> ي,
whitespace runs as one space).

Left out, by id: every article of every people gold split (``documents.tsv``, with ``heldout39``'s twelve), the
reserves of ``heldout38`` and ``heldout39`` (nine each; ``heldout39``'s recovered by re-running
``select_heldout39.py`` at its commit ``02eec0b5``, which gives its twelve drawn ids back exactly), every events gold
document (``data/gold/events/documents.csv``), both at REPO_COMMIT and in the working tree when run (so an events
blind part committed meanwhile is left out too), the demo corpus (``data/demo/``), every article of the people probe
lists (``probed_session*.txt`` of this folder) EXCEPT the two lists that were only run by machine
(``probed_session76_rest.txt`` and ``probed_session80_rest.txt``, "every other article of the pool"; session 35's
decision), every article of the events probe lists (``data/gold/events/probed_*.txt``, read by the events sessions),
at REPO_COMMIT and in the working tree.
Left out, by text (the articles of which rows were read by hand without being in a read list, so that no drawn
article had a row read by hand): people80's design set (every article holding its cue, ``(?<![ء-ي])[وف]?[يت]ُ?دعى\\s``),
people81's vowel check (every article holding عمان with a vowel or shadda on it), and the rows of the two rest lists
that were read (people76: علي عشال, فيصل فجر, هاري ينتظران, احمد مجدي ابراهيم محمد زهره; people80: الدرديري محمد احمد,
الماروني سمير جعجع, المتنحي فرانسوا بوزيزيه, البنغلادشي محمد عبد الكلام; normalised text).
And every article whose URL or normalised text equals that of a left-out article or of one drawn before it
(``select_draw.same_text_or_url``'s keys).

Order: each outlet's candidates sorted by the SHA-1 of ``"heldout40/" + file name``; drawn round-robin over the
outlets (Al Arabiya, CNN, France 24, Al Arabiya, ...), a fixed count of FOUR per outlet (twelve articles). Three
reserves per outlet (fewer where the pool is short), the next ones in that outlet's order, used only if a drawn file
is unreadable (not UTF-8, or no <TEXT>) or turns out a duplicate of another drawn or gold article; a reserve replaces
a drawn article of its own outlet, in order. No reserve is added for a low mention count. The pool sizes (candidates per outlet and folder set)
are printed to stderr.

This split is the blind part of the lead's thirty-sixth session, kept BLIND for the whole session: scored once on
the session-start code ``509d63af`` (with both mined lists rebuilt without it), then again by the lead on the
session's final code; until then its errors are not read, it is no development data and its texts' phrasings are
told to no one.
"""
import csv
import glob
import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

# the name filter and copy finder of heldout39's draw (this folder is on the path when run as a script)
from select_heldout39 import HELDOUT38_RESERVES, _Copies, _kb_full_names, _norm, _show, names_two_people

SALT = "heldout40/"
HELDOUT39_RESERVES = ("AL-internationalNews-526-20180318", "AL-internationalNews-1225-20180518",
                      "AL-internationalNews-1494-20180606", "CN-middleEast-1566-20181016", "CN-middleEast-812-20180504",
                      "CN-middleEast-246-20180311", "FR-internationalNews-1587-20180602",
                      "FR-internationalNews-1429-20180525", "FR-middleEast-820-20180726")
NEWS = {"Alarabia": ["internationalNews"], "CNN": ["internationalNews", "middleEast"],
        "France24": ["internationalNews", "middleEast"]}
OUTLETS = ("Alarabia", "CNN", "France24")
N_EACH, N_RESERVE = 4, 3
# probe lists only run by machine, never read to write a rule (session 35's decision); their read rows are left
# out by text (READ_ROWS)
RUN_ONLY_PROBES = ("probed_session76_rest.txt", "probed_session80_rest.txt")
CUE80 = re.compile(r"(?<![\u0621-\u064a])[وف]?[يت]\u064f?دعى\s")
VOWELLED_OMAN = re.compile(r"ع[\u064b-\u0652]*م[\u064b-\u0652]*ان")
READ_ROWS = ("علي عشال", "فيصل فجر", "هاري ينتظران", "احمد مجدي ابراهيم محمد زهره", "الدرديري محمد احمد",
             "الماروني سمير جعجع", "المتنحي فرانسوا بوزيزيه", "البنغلادشي محمد عبد الكلام")
_ID = re.compile(r"[A-Z]{2}-[A-Za-z]+-\d+-\d{8}")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]


def _ls(commit: str, folder: str) -> list[str]:
    return subprocess.run(["git", "-C", str(ROOT), "ls-tree", "-r", "--name-only", commit, folder],
                          capture_output=True, text=True, check=True).stdout.splitlines()


def read_by_text(text: str) -> bool:
    """An article of which a row was read by hand outside a read list (the module docstring)."""
    if CUE80.search(text):
        return True
    if any(m.group(0) != "عمان" for m in VOWELLED_OMAN.finditer(text)):
        return True
    norm = _norm(text)
    return any(re.search(r"(?<!\w)" + re.escape(r), norm) for r in READ_ROWS)


def left_out(commit: str, copies: "_Copies") -> set[str]:
    """Doc ids (file stems) no draw may take, by id (the module docstring)."""
    out: set[str] = set()
    for tsv in (_show(commit, "data/gold/people/documents.tsv"), (HERE / "documents.tsv").read_text("utf-8")):
        out |= {line.split("\t")[0] for line in tsv.splitlines()[1:] if line}
    for ev in (_show(commit, "data/gold/events/documents.csv"),
               (ROOT / "data/gold/events/documents.csv").read_text("utf-8")):
        out |= {Path(r["path"]).stem for r in csv.DictReader(ev.splitlines())}
    out |= {Path(p).stem for p in _ls(commit, "data/demo")}
    lists = [p.read_text("utf-8") for p in sorted(HERE.glob("probed_session*.txt")) if p.name not in RUN_ONLY_PROBES]
    lists += [p.read_text("utf-8") for p in sorted((ROOT / "data/gold/events").glob("probed_*.txt"))]
    for p in _ls(commit, "data/gold/people") + _ls(commit, "data/gold/events"):
        name = Path(p).name
        if p.endswith(".txt") and name not in RUN_ONLY_PROBES and (
                (name.startswith("probed_session") and "/people/" in p) or (name.startswith("probed_") and "/events/" in p)):
            lists.append(_show(commit, p))
    for text in lists:
        out |= set(_ID.findall(text))
    out |= set(HELDOUT38_RESERVES) | set(HELDOUT39_RESERVES)
    out |= copies(out)
    return out


def _key(rel: str) -> str:
    return hashlib.sha1((SALT + os.path.basename(rel)).encode("utf-8")).hexdigest()


def _candidates(datasets: Path, outlet: str, sections: list[str], left: set[str], pat: re.Pattern) -> list[str]:
    cands = []
    for sec in sections:
        for f in glob.glob(str(datasets / "ant-v2.1-multisource" / outlet / sec / "*.txt")):
            if Path(f).stem in left or not 1200 <= os.path.getsize(f) <= 5000:
                continue
            text = Path(f).read_text(encoding="utf-8", errors="replace")
            if names_two_people(text, pat) and not read_by_text(text):
                cands.append(os.path.relpath(f, datasets))
    return sorted(cands, key=_key)


def select(datasets: Path, commit: str = "509d63af") -> tuple[list[str], list[str]]:
    """The drawn articles (round-robin over the outlets, four each) and the reserves (three per outlet)."""
    pat = _kb_full_names(commit)
    copies = _Copies(datasets)
    left = left_out(commit, copies)
    queues = []
    for outlet in OUTLETS:
        q = _candidates(datasets, outlet, ["economy"], left, pat)
        print(f"pool {outlet} economy: {len(q)} candidates", file=sys.stderr)
        if len(q) < N_EACH:
            q = _candidates(datasets, outlet, NEWS[outlet], left, pat)
            print(f"pool {outlet} {' + '.join(NEWS[outlet])}: {len(q)} candidates", file=sys.stderr)
        queues.append(q)
    taken: list[list[str]] = [[] for _ in OUTLETS]
    drawn: list[str] = []
    for _round in range(N_EACH + N_RESERVE):
        for i, q in enumerate(queues):
            while q:
                rel = q.pop(0)
                if Path(rel).stem in left:  # a copy of an article drawn just before
                    continue
                taken[i].append(rel)
                left |= copies({Path(rel).stem})
                break
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
