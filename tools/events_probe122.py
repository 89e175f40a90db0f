"""events122 (lead's 43rd session): the unannotated probe that judges events122's lever S (an economic stock, share or
cost read as an act). Written and committed with the rule (``/work/scratch/events122/decisions.md``) before the lever
was scored anywhere and before any article of the probe was read.

Usage: ``PYTHONPATH=lib python tools/events_probe122.py /work/shared/datasets [--counts]`` (it was
``marsad.training.events_probe122`` when its rule was committed, 90649046) prints one line
per probe article: its path under the datasets folder, its focus and its partner (tab-separated).

Pool: every ANT article (``kb_mine.article_pool``: v1.1 Jawhara FM, v2.1 Al Arabiya, France 24, CNN) less every events
gold document (``data/gold/events/documents.csv``), every id of this session's blind parts
(``/work/scratch/events121/s52_ids.txt``, required: the tool stops when it is missing;
``/work/scratch/people110/heldout47_ids.txt`` when present) and of every earlier blind part's id file in the scratch
folder, with the articles sharing a URL or title with any of them.

Pair: the two country ids of the knowledge base (``load_kb().patterns`` rows of form name or capital whose id is two
capital letters, as ``events.lexicon.kb_actor_rows`` reads them) with the most matches in the article's normalised text
(``kb_mine.article_text`` then ``normalize``), each with at least two; ties by code. The
first is the focus, the second the partner. Articles with no such pair are left out.

Probe T (targeted): pool articles with a pair whose normalised text holds an economic noun (استثمار, التبادل التجاري,
التعاون الاقتصادي) and an amount word (مليار، مليون) — the lever's neighbourhood, not its patterns:
``random.Random("122T").sample`` of 80, sorted by path. Probe R: ``random.Random("122R").sample`` of 60 pool articles
with a pair, less T, sorted by path.
"""
from __future__ import annotations

import glob
import random
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BLIND = Path("/work/scratch/events121/s52_ids.txt")
OPTIONAL = (Path("/work/scratch/people110/heldout47_ids.txt"),)
OLD_BLIND = ("/work/scratch/*/heldout*_ids.txt", "/work/scratch/*/s*_docs.txt", "/work/scratch/*/s*_ids.txt")
_ID = re.compile(r"[A-Z]{2}-[A-Za-z]+-\d+-\d{6,8}")
_ECON = re.compile(r"استثمار|التبادل التجاري|التعاون الاقتصادي")
_AMOUNT = re.compile(r"مليار|مليون")


def _exclude_file() -> Path:
    if not BLIND.exists():
        sys.exit(f"{BLIND} is missing: the probe must leave blind-s52 out")
    ids = set(_ID.findall(BLIND.read_text("utf-8")))
    for f in OPTIONAL:
        if f.exists():
            ids |= set(_ID.findall(f.read_text("utf-8")))
    for pat in OLD_BLIND:
        for f in glob.glob(pat):
            ids |= set(_ID.findall(Path(f).read_text("utf-8", errors="replace")))
    out = Path("/tmp/events122_probe_exclude.txt")
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


def probes(datasets: Path, counts: bool = False):
    from marsad.lang.text import normalize
    from marsad.training.kb_mine import article_text

    pats = _country_patterns()
    rows, pairs, econ = pool(datasets), {}, set()
    for p in rows:
        text = normalize(article_text(p))
        pr = pair(text, pats)
        if pr is None:
            continue
        pairs[p] = pr
        if _ECON.search(text) and _AMOUNT.search(text):
            econ.add(p)
    if counts:
        print(f"pool {len(rows)}; with a pair {len(pairs)}; targeted {len(econ)}")
        return [], [], pairs
    t = sorted(random.Random("122T").sample(sorted(econ), min(80, len(econ))))
    rest = sorted(set(pairs) - set(t))
    r = sorted(random.Random("122R").sample(rest, min(60, len(rest))))
    return t, r, pairs


if __name__ == "__main__":
    ds = Path(sys.argv[1])
    t, r, pairs = probes(ds, "--counts" in sys.argv)
    for name, part in (("T", t), ("R", r)):
        if part:
            print(f"# {name}")
            for p in part:
                print(f"{p.relative_to(ds)}\t{pairs[p][0]}\t{pairs[p][1]}")
