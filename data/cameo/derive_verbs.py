"""Rebuild data/cameo/verbs_ar.csv from UniversalPetrarch's Arabic CAMEO verb dictionary.

Usage: python data/cameo/derive_verbs.py [PATH/TO/CAMEO.ar.0.5.txt]
(default: ../shared/datasets/universalpetrarch-arabic/data/dictionaries/arabic/CAMEO.ar.0.5.txt)

For every verb block (``--- lemma [code] ---``) of the PETRARCH dictionary, each
listed verb lemma gets the block's CAMEO code, or, when the block has none
(``[---]``), the code its patterns use most often. Lemmas are normalised with
marsad.text.normalize; ``+`` (verb + preposition) becomes a space.
"""
from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

from marsad.text import normalize

HERE = Path(__file__).resolve().parent
DEFAULT = (HERE.parents[1].parent / "shared" / "datasets" / "universalpetrarch-arabic" / "data" / "dictionaries"
           / "arabic" / "CAMEO.ar.0.5.txt")
BLOCK = re.compile(r"^---\s+(?P<lemma>\S+)\s+\[(?P<code>[^\]]*)\]\s+---")
PATTERN_CODE = re.compile(r"\[(\d{2,4})\]")


def derive(path: Path) -> list[dict]:
    rows, block = {}, None
    verbs: list[tuple[str, str]] = []
    codes: Counter = Counter()

    def flush():
        if block is None:
            return
        code = block["code"] if re.fullmatch(r"\d{2,4}", block["code"]) else (codes.most_common(1)[0][0] if codes else None)
        if not code:
            return
        for lemma, gloss in verbs:
            key = (lemma, code)
            if key not in rows:
                rows[key] = {"lemma": lemma, "cameo_code": code, "block": block["lemma"],
                             "n_patterns": sum(codes.values()), "gloss": gloss}

    in_verbs = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if not in_verbs:
            continue
        m = BLOCK.match(line)
        if m:
            flush()
            block, verbs, codes = m.groupdict(), [], Counter()
            continue
        if block is None or not line.strip():
            continue
        if line.lstrip().startswith("-"):
            codes.update(PATTERN_CODE.findall(line))
        elif "#" in line:
            word, gloss = line.split("#", 1)
            word = normalize(word.strip()).replace("+", " ").strip()
            if word and " " not in word.replace(" ", "", 0) or word:
                verbs.append((word, gloss.strip()))
    flush()
    return sorted(rows.values(), key=lambda r: (r["cameo_code"], r["lemma"]))


def main(argv: list[str]) -> int:
    src = Path(argv[0]) if argv else DEFAULT
    rows = derive(src)
    out = HERE / "verbs_ar.csv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["lemma", "cameo_code", "block", "n_patterns", "gloss"])
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} lemma/code rows to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
