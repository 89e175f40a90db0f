"""events125 (lead's 44th session): the unannotated probe that judges events125's lever O (a demand told as an
obligation laid on the other side: "يجب على قطر أن …", "قال أردوغان إنه على السعودية أن …"). Written and committed
with the rule (docs/EVALUATION.md, "Session 125 (events125)"; ``/work/scratch/events125/decisions.md``) before the
lever was scored anywhere and before any article of the probe was read. Modelled on ``tools/events_probe122.py``.

Usage: ``PYTHONPATH=lib python tools/select_probe_s125.py /work/shared/datasets [--counts]`` prints one line per
probe article: its path under the datasets folder, its focus and its partner (tab-separated), under ``# T`` and
``# R``.

Pool: every ANT article (``kb_mine.article_pool``: v1.1 Jawhara FM, v2.1 Al Arabiya, France 24, CNN) less every events
gold document (``data/gold/events/documents.csv``, whatever its split: development and blind), every id of this
session's blind parts (events ``blind-s53``: ``/work/scratch/events124/s53_ids.txt``, required, the tool stops when
it is missing; people ``heldout48``: any ``/work/scratch/people113/*heldout48*ids*.txt`` when present) and of every
earlier blind id file still in the scratch folder, with the articles sharing a URL or title with any of them
(``article_pool``'s rule). The id files are read, never printed.

Pair: as ``events_probe122``: the two knowledge-base countries most named in the article (each at least twice; ties by
code), the first the focus.

Probe T (targeted): pool articles with a pair whose normalised text holds an obligation word before على
(يجب، ينبغي، يتعين على) or "ان/انه على … ان" — the lever's neighbourhood, not its patterns (no side is required after
على): ``random.Random("125T").sample`` of 80, sorted by path. Probe R: ``random.Random("125R").sample`` of 40 pool
articles with a pair, less T, sorted by path.

``--conditions`` (added for events125's second lever C, a threat told as a condition, registered before C was scored
and before its probe was drawn; the default output above is unchanged): probe C: pool articles with a pair whose
normalised text holds a condition word (اذا، ان لم، في حال) and a word opening with a future prefix (سن، ست، سي, at
least two letters after it) — the lever's neighbourhood: ``random.Random("125C").sample`` of 80, sorted by path,
then the same R as above (printed under ``# C`` and ``# R``).
"""
from __future__ import annotations

import glob
import random
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BLIND = Path("/work/scratch/events124/s53_ids.txt")
OPTIONAL = ("/work/scratch/people113/*heldout48*ids*.txt",)
OLD_BLIND = ("/work/scratch/*/heldout*_ids.txt", "/work/scratch/*/s*_docs.txt", "/work/scratch/*/s*_ids.txt")
_ID = re.compile(r"[A-Z]{2}-[A-Za-z]+-\d+-\d{6,8}")
_COND = re.compile(r"(?<![\w])(?:[وف]?اذا|ان\s+لم|في\s+حال)(?![\w])")
_FUTURE = re.compile(r"(?<![\w])[وف]?(?:سن|ست|سي)[\u0621-\u064a]{2,}")
_NEAR = re.compile(r"(?:يجب|ينبغي|يتعين)\s+(?:[وف])?علي\s|(?<![\w])(?:ان|انه|بانه)\s+علي\s+\S+(?:\s+\S+){0,3}?\s+ان\s")


def _exclude_file() -> Path:
    if not BLIND.exists():
        sys.exit(f"{BLIND} is missing: the probe must leave blind-s53 out")
    ids = set(_ID.findall(BLIND.read_text("utf-8")))
    for pat in (*OPTIONAL, *OLD_BLIND):
        for f in glob.glob(pat):
            ids |= set(_ID.findall(Path(f).read_text("utf-8", errors="replace")))
    out = Path("/tmp/events125_probe_exclude.txt")
    out.write_text("".join(i + "\n" for i in sorted(ids)), "utf-8")
    return out


def pool(datasets: Path) -> list[Path]:
    from marsad.training.kb_mine import article_pool

    left = set(_ID.findall((REPO / "data/gold/events/documents.csv").read_text("utf-8")))
    return sorted(p for p in article_pool(datasets, (str(_exclude_file()),)) if p.stem not in left)


def _country_patterns() -> dict[str, re.Pattern]:
    from marsad.lang.text import normalize
    from marsad.mentions.kb import load_kb

    pats = load_kb().patterns
    rows = pats[pats["form"].isin(["name", "capital"]) & pats["id"].astype(str).str.fullmatch(r"[A-Z]{2}")]
    forms: dict[str, set[str]] = {}
    for code, p in zip(rows["id"], rows["pattern"]):
        n = normalize(p)
        if len(n) > 2:
            forms.setdefault(code, set()).add(re.escape(n))
    return {c: re.compile(r"(?<![\u0621-\u064a])[وفبل]{0,2}(?:" + "|".join(sorted(fs, key=len, reverse=True))
                          + r")(?![\u0621-\u064a])") for c, fs in sorted(forms.items())}


def pair(text: str, pats: dict[str, re.Pattern]) -> tuple[str, str] | None:
    n = Counter({c: len(p.findall(text)) for c, p in pats.items()})
    top = sorted((c for c in n if n[c] >= 2), key=lambda c: (-n[c], c))[:2]
    return (top[0], top[1]) if len(top) == 2 else None


def probes(datasets: Path, counts: bool = False, conditions: bool = False):
    from marsad.lang.text import normalize
    from marsad.training.kb_mine import article_text

    pats = _country_patterns()
    rows, pairs, near, cond = pool(datasets), {}, set(), set()
    for p in rows:
        text = normalize(article_text(p))
        pr = pair(text, pats)
        if pr is None:
            continue
        pairs[p] = pr
        if _NEAR.search(text):
            near.add(p)
        if _COND.search(text) and _FUTURE.search(text):
            cond.add(p)
    if counts:
        print(f"pool {len(rows)}; with a pair {len(pairs)}; targeted {len(near)}; conditions {len(cond)}")
        return [], [], pairs
    t = sorted(random.Random("125T").sample(sorted(near), min(80, len(near))))
    rest = sorted(set(pairs) - set(t))
    r = sorted(random.Random("125R").sample(rest, min(40, len(rest))))
    if conditions:
        c = sorted(random.Random("125C").sample(sorted(cond - set(t) - set(r)), min(80, len(cond - set(t) - set(r)))))
        return c, r, pairs
    return t, r, pairs


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1].startswith("-"):
        sys.exit("usage: python tools/select_probe_s125.py DATASETS [--counts] [--conditions]")
    ds = Path(sys.argv[1])
    cnd = "--conditions" in sys.argv
    t, r, pairs = probes(ds, "--counts" in sys.argv, cnd)
    for name, part in (("C" if cnd else "T", t), ("R", r)):
        if part:
            print(f"# {name}")
            for p in part:
                print(f"{p.relative_to(ds)}\t{pairs[p][0]}\t{pairs[p][1]}")
