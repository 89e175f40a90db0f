"""Mention stage against a raw pyahocorasick scan over the same texts and aliases (issue 15).

    python bench/mentions_speed.py [--datasets ../shared/datasets] [--repeat 3] [--doc docs/PERFORMANCE.md]

Reads the Al Arabiya, France 24 and CNN parts of ANT v2.1 (as ``marsad analyze``
would: segments with their ``normalized`` column), then times, in CPU seconds
and interleaved (best of ``--repeat``):

* **raw**: a pyahocorasick automaton of every knowledge-base alias (raw
  spellings) iterated over every raw segment text, one Python step per hit;
* **mentions**: ``find_mentions(segments, ner=False)`` in batches of 20,000
  segments, as the mentions stage runs it (normalised text given);
* **matcher scan**: ``Matcher.scan`` alone (join, separators, automaton, longest-match).

and writes the ratio into the ``mentions-speed`` section of docs/PERFORMANCE.md.
"""
from __future__ import annotations

import argparse
import os
import platform
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "lib"))

import ahocorasick  # noqa: E402
import numpy as np  # noqa: E402

from marsad.mentions import default_matcher, find_mentions  # noqa: E402
from marsad.mentions.kb import load_kb  # noqa: E402
from marsad.readers import read_corpus  # noqa: E402

MiB = 1024 * 1024


def raw_scan(aliases, texts):
    """The issue's reference: a function counting a raw pyahocorasick scan's hits of ``aliases`` in ``texts``.

    One definition for this script and `bench/run.py`, so both ratios divide by the same baseline.
    """
    automaton = ahocorasick.Automaton()
    for alias in aliases:
        automaton.add_word(alias, len(alias))
    automaton.make_automaton()

    def raw() -> int:
        n = 0
        for text in texts:
            for _ in automaton.iter(text):
                n += 1
        return n

    return raw


def _cpu(fn):
    t = time.process_time()
    value = fn()
    return value, time.process_time() - t


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--datasets", default=os.environ.get("MARSAD_DATASETS", str(REPO.parent / "shared" / "datasets")))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--doc", default=str(REPO / "docs" / "PERFORMANCE.md"))
    args = ap.parse_args(argv)
    root = Path(args.datasets) / "ant-v2.1-multisource"
    parts = [read_corpus(root / s).segments for s in ("Alarabia", "France24", "CNN")]
    import pandas as pd

    segs = pd.concat(parts, ignore_index=True)[["doc_id", "section", "position", "text", "normalized"]]
    texts = segs["text"].tolist()
    norms = segs["normalized"].tolist()
    mb = sum(len(t.encode("utf-8")) for t in texts) / MiB
    aliases = sorted(set(load_kb().patterns["pattern"].astype(str)))
    raw = raw_scan(aliases, texts)
    matcher = default_matcher()
    matcher.match("روسيا")  # build outside the timing
    chunks = np.array_split(np.arange(len(segs)), max(1, len(segs) // 20000))

    def mentions():
        return sum(len(find_mentions(segs.iloc[idx], ner=False)) for idx in chunks)

    def scan():
        return sum(len(matcher.scan([norms[i] for i in idx])[0]) for idx in chunks)

    best = {"raw": float("inf"), "mentions": float("inf"), "scan": float("inf")}
    counts = {}
    for _ in range(args.repeat):
        for name, fn in (("raw", raw), ("mentions", mentions), ("scan", scan)):
            n, cpu = _cpu(fn)
            counts[name] = n
            best[name] = min(best[name], cpu)
    ratio = best["raw"] / best["mentions"]
    lines = [
        "## Mention stage against a raw Aho-Corasick scan (`bench/mentions_speed.py`)",
        "",
        f"Command: `python bench/mentions_speed.py --repeat {args.repeat}` on ANT v2.1 Al Arabiya + France 24 + CNN "
        f"({len(texts):,} segments, {mb:.1f} MiB of text; {len(aliases):,} aliases); CPU seconds, best of "
        f"{args.repeat} interleaved runs; {platform.machine()}, {os.cpu_count()} cores, load average "
        f"{os.getloadavg()[0]:.1f} during the run.",
        "",
        "| what | hits / mentions | CPU s | MiB/s |",
        "|---|---|---|---|",
        f"| raw pyahocorasick over the raw texts, same aliases (reference) | {counts['raw']:,} | {best['raw']:.2f} | {mb / best['raw']:.1f} |",
        f"| `Matcher.scan` (join, separators, automaton, longest match) | {counts['scan']:,} | {best['scan']:.2f} | {mb / best['scan']:.1f} |",
        f"| `find_mentions(ner=False)`, normalised text given (the stage) | {counts['mentions']:,} | {best['mentions']:.2f} | {mb / best['mentions']:.1f} |",
        "",
        f"- mention stage / raw Aho-Corasick: **{100 * ratio:.1f} %** (target ≥ 50 %: **{'met' if ratio >= 0.5 else 'not met'}**;"
        " 18–27 % here before the fourth session's changes, 21.7 % in `make bench` before the batch path of issue 15).",
        f"- `Matcher.scan` alone reaches {100 * best['raw'] / best['scan']:.0f} % of the raw scan: joining the batch,"
        " turning punctuation into spaces (one vectorised pass over the code points), the automaton pass (its keys"
        " carry the proclitic chains and the word boundaries, so it reports only whole words: fewer hits than the"
        " raw scan's substrings) and the longest-match selection in numpy. It is close to the raw scan; the"
        " automaton pass itself is about half of it.",
        f"- The rest of the stage ({best['mentions'] - best['scan']:.2f} CPU s, "
        f"{100 * (best['mentions'] - best['scan']) / best['mentions']:.0f} %) is `find_mentions` around the scan"
        " (`marsad.mentions.pipeline`, `offsets`, `resolve`), now mostly passes over the batch in C or numpy: the"
        " columns turned into Python lists and their lengths, one join of the original texts (which texts"
        " normalisation left with the same offsets, where the hashtag signs are), the offsets mapped back for the"
        " other texts, the partial names and ambiguous keys resolved per document (Python per pending hit, a few"
        " per cent of the hits), the surface strings and the table's string columns. The per-mention Python work"
        " that was most of it (a match and an offset map per segment with a hashtag, title stripping and context"
        " per person mention, a Counter step per firm hit, the cyclic GC walking the caller's lists) is gone or"
        " cached per distinct value.",
    ]
    text = "\n".join(lines)
    print(text)
    doc = Path(args.doc)
    start, end = "<!-- mentions-speed:start -->", "<!-- mentions-speed:end -->"
    block = f"{start}\n{text}\n{end}"
    body = doc.read_text("utf-8") if doc.exists() else "# Performance\n"
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.S)
    body = pattern.sub(lambda _m: block, body) if pattern.search(body) else body.rstrip("\n") + "\n\n" + block + "\n"
    doc.write_text(body, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
