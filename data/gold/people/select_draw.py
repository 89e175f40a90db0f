"""The one draw of the people gold set's seeded held-out splits (``heldout9`` onwards), shared by their
``select_heldoutN.py`` scripts so that each script only states its rule: a salt, the repository commit whose
tracked files name the articles left out, and its parts.

A part is ``(folders, keep, n)``: the articles of ``folders`` taken together (1,500–4,500 bytes, not left out,
``keep(text)`` true), sorted by the SHA-1 of salt + file name, the first ``n`` of them. A folder with fewer
articles gives fewer; no article is added in a missing one's place.

Left out of every part: the demo corpus, the 400 ANT v2.1 articles of the sixth session's probe (seed 7), every
article whose DOCNO occurs in a tracked file of the repository at the draw's commit, and the five 300-article
samples whose people tables the eleventh session read (``_tables11``, reproduced from its recorded seeds; they were
sampled without the gold articles of ``2ffa7e8``, main when that session's successor started).
"""
import glob
import os
import random
import re
import subprocess
from pathlib import Path

# the exclusions and candidate filter of heldout7's and heldout8's draws (this folder is on the path when a
# select script runs)
from select_heldout7 import _candidates, _named_in_repo, _probe7

# the eleventh session's people tables of unannotated articles (its scratch script table.py): name -> (seed,
# folders, n); the gold documents were left out before sampling
TABLES11 = {
    "sport": (61, ["ant-v2.1-multisource/Alarabia/sport", "ant-v1.1-jawharafm/sport"], 300),
    "intl": (67, ["ant-v2.1-multisource/*/internationalNews", "ant-v2.1-multisource/*/middleEast"], 300),
    "misc": (73, ["ant-v2.1-multisource/Alarabia/culture", "ant-v2.1-multisource/Alarabia/technology",
                  "ant-v2.1-multisource/CNN/technology", "ant-v1.1-jawharafm/society", "ant-v1.1-jawharafm/diverse"],
             300),
    "eco": (79, ["ant-v2.1-multisource/CNN/economy", "ant-v2.1-multisource/France24/economy",
                 "ant-v1.1-jawharafm/economy"], 300),
    "ja": (71, ["ant-v1.1-jawharafm/politic", "ant-v1.1-jawharafm/internationalNews", "ant-v1.1-jawharafm/localNews"],
           300),
}


def _people(t: str) -> bool:
    """The culture filter: at least five role words of politics or the arts."""
    return len(re.findall("الرئيس|وزير|رئيس|الفنان|الممثل|المخرج|الكاتب|المغني|المطرب|الروائي|الشاعر", t)) >= 5


def _tables11(datasets: Path, commit: str) -> set[str]:
    root = Path(__file__).resolve().parents[3]
    tsv = subprocess.run(["git", "-C", str(root), "show", f"{commit}:data/gold/people/documents.tsv"],
                         capture_output=True, text=True, check=True).stdout
    gold = {line.split("\t")[0] for line in tsv.splitlines()[1:] if line}
    out = set()
    for seed, folders, n in TABLES11.values():
        files = sorted(f for p in folders for f in glob.glob(str(datasets) + "/" + p + "/*.txt")
                       if os.path.basename(f)[:-4] not in gold)
        random.seed(seed)
        out |= {os.path.basename(f) for f in random.sample(files, n)}
    return out


def excluded(datasets: Path, commit: str, tables_commit: str = "2ffa7e8") -> set[str]:
    """The file names (and DOCNOs) no draw may take (the module docstring)."""
    demo = {os.path.basename(f) for f in glob.glob(str(Path(__file__).resolve().parents[2] / "demo" / "**" / "*.txt"),
                                                   recursive=True)}
    return demo | _probe7(datasets) | _named_in_repo(commit) | _tables11(datasets, tables_commit)


def draw(datasets: Path, salt: str, commit: str, parts, tables_commit: str = "2ffa7e8") -> list[str]:
    """The drawn articles (paths under ``datasets``), part after part, in each part's SHA-1 order."""
    left_out = excluded(datasets, commit, tables_commit)
    chosen: list[str] = []
    for folders, keep, n in parts:
        chosen += _candidates(datasets, list(folders), keep, left_out, salt)[:n]
    return chosen


_DROP = re.compile(r"<(DOCNO|URL|TIME|SRC|CAT|AUTHOR)>.*?</\1>", re.S)


def _url_key(text: str) -> str:
    """An article's URL, percent-decoded, without scheme, ``www.``, case and a trailing slash ('' when none)."""
    from urllib.parse import unquote
    m = re.search(r"<URL>(.*?)</URL>", text, re.S)
    if not m:
        return ""
    url = unquote(m.group(1).strip()).lower().split("?")[0].split("#")[0]
    return re.sub(r"^[a-z]+://(www\.)?", "", url).rstrip("/")


def _words(text: str) -> list[str]:
    """Letters and digits only, Arabic diacritics and tatweel dropped, lower case."""
    return re.findall(r"\w+", re.sub(r"[\u064b-\u0652\u0640]", "", text).lower())


def _text_keys(text: str) -> set[str]:
    """An article's text keys: its words (title, abstract, text; tags, id, URL, time, outlet and byline removed),
    the words of its <TEXT> body alone and the first 40 words of that body (when it has 40), so that a copy whose
    title, abstract or end was edited is still the same article."""
    words = _words(re.sub(r"<[^>]+>", " ", _DROP.sub(" ", text)))
    m = re.search(r"<TEXT>(.*?)(</TEXT>|$)", text, re.S)
    body = _words(m.group(1)) if m else []
    keys = {"all:" + " ".join(words)} if words else set()
    if body:
        keys.add("body:" + " ".join(body))
    if len(body) >= 40:
        keys.add("lead:" + " ".join(body[:40]))
    return keys


def _ant_files(datasets: Path) -> dict[str, str]:
    """File name → path of every ANT article (v1.1 Jawhara FM and v2.1)."""
    out = {}
    for pat in ("ant-v1.1-jawharafm/*/*.txt", "ant-v2.1-multisource/*/*/*.txt"):
        for f in glob.glob(str(Path(datasets) / pat)):
            out[os.path.basename(f)] = f
    return out


def same_text_or_url(datasets: Path, names: set[str]) -> set[str]:
    """The file names of every ANT article whose URL or normalised text equals that of one of ``names`` (file
    names or DOCNOs), so that a draw leaves out copies of an article under another name."""
    files = _ant_files(datasets)
    keys = {name: None for name in files}
    wanted = {n if n.endswith(".txt") else n + ".txt" for n in names}
    urls, texts = set(), set()
    for name, f in files.items():
        text = Path(f).read_text(encoding="utf-8", errors="replace")
        keys[name] = (_url_key(text), _text_keys(text))
        if name in wanted:
            urls.add(keys[name][0])
            texts |= keys[name][1]
    urls.discard("")
    return {name for name, (u, t) in keys.items() if u in urls or t & texts}
