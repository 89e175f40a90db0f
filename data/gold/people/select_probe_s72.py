"""people72 (lead's 33rd session): the unannotated probe set and wider check that judge the corpus name memory mined
from the whole ANT corpus (``data/kb/mined_full_names.txt``); seeded rule written and committed before it was run and
before any article of it was read.

Usage: ``PYTHONPATH=lib python data/gold/people/select_probe_s72.py ../shared/datasets [--wide]`` prints the 24 probe
articles (path under the datasets folder; written to ``probed_session72.txt``), or with ``--wide`` the 300 articles of
the wider check (``probed_session72_wide.txt``); ``--write`` writes both files. The miner leaves both sets out.

Pool: the politics and world news of the outlets closest to the hidden test (2018 news): ANT v2.1 Al Arabiya
``internationalNews``, CNN ``internationalNews`` + ``middleEast``, France 24 ``internationalNews`` + ``middleEast``;
``kb_mine.article_pool`` (no gold article of ``documents.tsv``, no demo article, no ``heldout37`` drawn id of
``/work/scratch/people71/heldout37_ids.txt`` (required), no article sharing a URL or title with one of them), less
every article named in a tracked file of ``data/gold/people/`` at ``576c0162`` (every earlier probe, select list or
split). Probe: 1,200-5,000 bytes, each outlet's articles sorted by the SHA-1 of ``"probe72/" + doc_id``; in that order,
an article is taken when the pipeline with the corpus name memory off (``find_mentions`` on that article alone, NER on,
``people.memory_off()``, the code of the commit that adds this script) finds two distinct people or more in it, until
the outlet has 8. Wider check: 300 of the rest of the pool (any size, the examined candidates included),
sorted by path, ``random.Random("72W").sample``.
"""
import hashlib
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

COMMIT = "576c0162"
REPO = Path(__file__).resolve().parents[3]
HELDOUT37 = Path("/work/scratch/people71/heldout37_ids.txt")
GROUPS = [
    ("AL", ["ant-v2.1-multisource/Alarabia/internationalNews"], 8),
    ("CN", ["ant-v2.1-multisource/CNN/internationalNews", "ant-v2.1-multisource/CNN/middleEast"], 8),
    ("FR", ["ant-v2.1-multisource/France24/internationalNews", "ant-v2.1-multisource/France24/middleEast"], 8),
]


def _show(path: str) -> str:
    return subprocess.run(["git", "-C", str(REPO), "show", f"{COMMIT}:{path}"], capture_output=True, text=True,
                          check=True).stdout


def _people(path: Path) -> int:
    from marsad.mentions import find_mentions
    from marsad.mentions import people as P
    from marsad.readers import read_corpus

    tmp = Path(tempfile.mkdtemp(prefix="probe72"))
    try:
        dst = tmp / path.parent.name / path.name
        dst.parent.mkdir(parents=True)
        shutil.copy(path, dst)
        with P.memory_off():
            df = find_mentions(read_corpus(tmp))
    finally:
        shutil.rmtree(tmp)
    return df[df.entity_type == "person"].entity_id.nunique()


def select(datasets: Path) -> tuple[list[Path], list[Path]]:
    from marsad.training.kb_mine import article_pool

    if not HELDOUT37.exists():
        sys.exit(f"{HELDOUT37} is missing: the probe must leave heldout37's drawn ids out")
    names = subprocess.run(["git", "-C", str(REPO), "ls-tree", "--name-only", COMMIT, "data/gold/people/"],
                           capture_output=True, text=True, check=True).stdout.split()
    tracked: set[str] = set()
    for n in names:
        if n.endswith((".txt", ".tsv", ".py")):
            tracked |= set(re.findall(r"[A-Z]{2}-[A-Za-z]+-\d+-\d{8}", _show(n)))
    folders = {d for _g, ds, _n in GROUPS for d in ds}
    pool = sorted(p for p in article_pool(datasets, (str(HELDOUT37),))
                  if str(p.parent.relative_to(datasets)) in folders and p.stem not in tracked)
    probe = []
    for _g, ds, n in GROUPS:
        cand = [p for p in pool if str(p.parent.relative_to(datasets)) in ds and 1200 <= p.stat().st_size <= 5000]
        cand.sort(key=lambda p: hashlib.sha1(("probe72/" + p.stem).encode()).hexdigest())
        got = []
        for p in cand:
            if len(got) == n:
                break
            if _people(p) >= 2:
                got.append(p)
        probe += got
    rest = [p for p in pool if p not in probe]
    return probe, random.Random("72W").sample(rest, 300)


if __name__ == "__main__":
    ds = Path(sys.argv[1])
    probe, wide = select(ds)
    if "--write" in sys.argv:  # both lists at once, beside this script
        for name, rows in (("probed_session72.txt", probe), ("probed_session72_wide.txt", wide)):
            Path(__file__).with_name(name).write_text("".join(f"{p.relative_to(ds)}\n" for p in rows), "utf-8")
    for p in (wide if "--wide" in sys.argv else probe):
        print(p.relative_to(ds))
