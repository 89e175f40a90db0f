"""Print the articles of the people gold set's ``heldout39`` split, by the fixed rule of the README.

Usage: ``python data/gold/people/select_heldout39.py ../shared/datasets [REPO_COMMIT]`` (run once, before any
article was read; kept so the draw can be repeated). REPO_COMMIT (default ``63cc992c``, main when the lead's
thirty-fifth session and its helper ``people79``, the seventy-ninth helper session on issue 16, started) is the commit
whose people gold (``documents.tsv``), events gold (``data/gold/events/documents.csv``), demo corpus, people probe
lists (``probed_session*.txt``) and knowledge base name the articles that are left out and the people that are looked for.

Written and committed before the draw: ``heldout38``'s rule (``select_heldout38.py``) with a new salt, as the lead's
thirty-fifth session asks (Marsad is measured on 2018 politics news, BBC and Sky News Arabic): the NEWS sections of
the three ANT v2.1 outlets: Al Arabiya ``internationalNews``, CNN ``internationalNews`` + ``middleEast``, France 24
``internationalNews`` + ``middleEast`` (not sport, economy, culture or technology).

Filter (on file text; no article opened by hand): 1,500-4,500 bytes, and naming at least two people: at least two
distinct full names (two or more words) of the shipped knowledge base (``lib/marsad/data/kb/people.csv`` and
``people_arwikicats.csv``, column ``names`` at REPO_COMMIT) occur in the file as whole words, after the same light
normalisation on both sides (diacritics and tatweel dropped, أ إ آ ٱ -> ا, ة -> ه, ى -> ي, whitespace runs as one
space).

Left out: every article of every people gold split (``documents.tsv``, which holds ``heldout38``'s twelve), the nine
reserves of ``heldout38`` (``HELDOUT38_RESERVES`` below, from ``/work/scratch/people75/heldout38_ids.txt``), every
events gold document (``data/gold/events/documents.csv`` paths), both at REPO_COMMIT and in the working tree when run
(so an events blind part committed meanwhile is left out too), the demo corpus (``data/demo/``), every article of the
people probe lists (``probed_session*.txt`` of this folder, at REPO_COMMIT and in the working tree) EXCEPT
``probed_session76_rest.txt`` (see below), and every article whose URL or normalised text equals that of a left-out
article or of one drawn before it (``select_draw.same_text_or_url``'s keys).

Revision (second commit, before any article was printed or read): run as first committed (``f101c23c``, every probe
list left out), the rule found NO candidate (pools 0, 0, 0), because people76's probe lists of session 34 name every
article of these five news folders. Of those lists, ``probed_session76_rest.txt`` (1,218 articles, "every other
article of the pool", ``select_probe_s76.py --rest``) is an article list that was only RUN before and after people76's
change (rows compared by machine; the changed rows of it and of the wider check, 2 in all, were read), never read to
write a rule; so its articles stay in the pool (an article of it that is also in another probe list is still left
out). Pool sizes with this revision, counted before it was committed (file counts only, no article printed or read,
20:22 UTC by the machine clock): Al Arabiya 23, CNN 52, France 24 18.

Order: each outlet's candidates sorted by the SHA-1 of ``"heldout39/" + file name``; drawn round-robin over the
outlets (Al Arabiya, CNN, France 24, Al Arabiya, ...), a fixed count of FOUR per outlet (twelve articles; heldout38's
twelve drawn the same way held 123 person mentions). Three reserves per outlet, the next three in that outlet's
order, used only if a drawn file is unreadable (not UTF-8, or no <TEXT>) or turns out a duplicate of another drawn
or gold article; a reserve replaces a drawn article of its own outlet, in order. No reserve is added for a low
mention count. The pool sizes (candidates per outlet) are printed to stderr.

This split is the blind part of the lead's thirty-fifth session, kept BLIND for the whole session: scored once on
the session-start code ``63cc992c`` (with both mined lists rebuilt without it), then again by the lead on the
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

# the copy finder of the earlier draws (this folder is on the path when run as a script)
from select_draw import _ant_files, _text_keys, _url_key

SALT = "heldout39/"
HELDOUT38_RESERVES = ("AL-internationalNews-1592-20180613", "AL-internationalNews-598-20180324",
                      "AL-internationalNews-1989-20180719", "CN-middleEast-652-20180417", "CN-middleEast-104-20180226",
                      "CN-middleEast-539-20180409", "FR-internationalNews-1033-20180501",
                      "FR-internationalNews-1956-20180621", "FR-middleEast-901-20180809")
OUTLETS = [("Alarabia", ["ant-v2.1-multisource/Alarabia/internationalNews"]),
           ("CNN", ["ant-v2.1-multisource/CNN/internationalNews", "ant-v2.1-multisource/CNN/middleEast"]),
           ("France24", ["ant-v2.1-multisource/France24/internationalNews",
                         "ant-v2.1-multisource/France24/middleEast"])]
N_EACH, N_RESERVE = 4, 3
# probe lists only run by machine, never read to write a rule (the revision in the module docstring)
RUN_ONLY_PROBES = ("probed_session76_rest.txt",)
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]


def _norm(t: str) -> str:
    t = re.sub(r"[\u064b-\u0652\u0640]", "", t)
    t = t.translate(str.maketrans("أإآٱة", "ااااه")).replace("ى", "ي")
    return " ".join(t.split())


def _show(commit: str, path: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), "show", f"{commit}:{path}"], capture_output=True, text=True,
                          check=True).stdout


def _kb_full_names(commit: str) -> re.Pattern:
    names = set()
    for f in ("people.csv", "people_arwikicats.csv"):
        for row in csv.DictReader(_show(commit, "lib/marsad/data/kb/" + f).splitlines()):
            for n in row["names"].split("|"):
                n = _norm(n)
                if len(n.split()) >= 2:
                    names.add(n)
    alt = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    return re.compile(r"(?<!\w)(" + alt + r")(?!\w)")


def names_two_people(text: str, pat: re.Pattern) -> bool:
    return len(set(pat.findall(_norm(text)))) >= 2


class _Copies:
    """``select_draw.same_text_or_url`` with every article's keys read once."""

    def __init__(self, datasets: Path):
        self.keys = {}
        for name, f in _ant_files(datasets).items():
            text = Path(f).read_text(encoding="utf-8", errors="replace")
            self.keys[Path(name).stem] = (_url_key(text), _text_keys(text))

    def __call__(self, stems: set[str]) -> set[str]:
        urls, texts = set(), set()
        for s in stems:
            if s in self.keys:
                urls.add(self.keys[s][0])
                texts |= self.keys[s][1]
        urls.discard("")
        return {s for s, (u, t) in self.keys.items() if u in urls or t & texts}


def left_out(datasets: Path, commit: str, copies: "_Copies") -> set[str]:
    """Doc ids (file stems) no draw may take (the module docstring)."""
    out: set[str] = set()
    for tsv in (_show(commit, "data/gold/people/documents.tsv"), (HERE / "documents.tsv").read_text("utf-8")):
        out |= {line.split("\t")[0] for line in tsv.splitlines()[1:] if line}
    for ev in (_show(commit, "data/gold/events/documents.csv"),
               (ROOT / "data/gold/events/documents.csv").read_text("utf-8")):
        out |= {Path(r["path"]).stem for r in csv.DictReader(ev.splitlines())}
    demo = subprocess.run(["git", "-C", str(ROOT), "ls-tree", "-r", "--name-only", commit, "data/demo"],
                          capture_output=True, text=True, check=True).stdout
    out |= {Path(p).stem for p in demo.splitlines()}
    for p in sorted(HERE.glob("probed_session*.txt")):
        if p.name not in RUN_ONLY_PROBES:
            out |= {Path(w).stem for w in p.read_text("utf-8").split()}
    probes = subprocess.run(["git", "-C", str(ROOT), "ls-tree", "-r", "--name-only", commit, "data/gold/people"],
                            capture_output=True, text=True, check=True).stdout
    for p in probes.splitlines():
        if Path(p).name.startswith("probed_session") and p.endswith(".txt") and Path(p).name not in RUN_ONLY_PROBES:
            out |= {Path(w).stem for w in _show(commit, p).split()}
    out |= set(HELDOUT38_RESERVES)
    out |= copies(out)
    return out


def _key(rel: str) -> str:
    return hashlib.sha1((SALT + os.path.basename(rel)).encode("utf-8")).hexdigest()


def select(datasets: Path, commit: str = "63cc992c") -> tuple[list[str], list[str]]:
    """The drawn articles (round-robin over the outlets, four each) and the reserves (three per outlet)."""
    pat = _kb_full_names(commit)
    copies = _Copies(datasets)
    left = left_out(datasets, commit, copies)
    queues = []
    for _outlet, folders in OUTLETS:
        cands = []
        for folder in folders:
            for f in glob.glob(str(datasets / folder / "*.txt")):
                if Path(f).stem in left or not 1500 <= os.path.getsize(f) <= 4500:
                    continue
                if names_two_people(Path(f).read_text(encoding="utf-8", errors="replace"), pat):
                    cands.append(os.path.relpath(f, datasets))
        queues.append(sorted(cands, key=_key))
        print(f"pool {_outlet}: {len(cands)} candidates", file=sys.stderr)
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
