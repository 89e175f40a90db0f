"""Print the documents of the blind split of session 30 (``blind-s25``), by the fixed rule below.

Usage: ``python data/gold/events/select_blind_s25.py ../shared/datasets`` (written and committed before the draw was
run; kept so the draw can be repeated). Session 27's blind split (``blind-s24``, now ``s24-mix``) drew three of the
eight pairs its brief offered; this one takes the pairs of that list no gold split has used yet and that had enough
candidates when they were counted in session 27 (Turkey-United States 81, United Arab Emirates-Saudi Arabia 18,
Turkey-Syria 10; Egypt-Israel had 5 and China-Japan 2, too few). The rule, fixed before any candidate was opened:

1. **Pairs** (``PAIRS``, focus first): Turkey-United States, United Arab Emirates-Saudi Arabia, Turkey-Syria, all
   three (no random choice of pairs). None is in ``documents.csv`` (checked at run time by
   ``select_blind_s22.gold_pairs``: a pair found there is dropped).
2. **Candidates of a pair**: the rule of ``select_blind_s23`` (steps 2-3: ANT v2.1 CNN, France24, Al Arabiya and ANT
   v1.1 Jawhara FM outside the sport folders; at least two sentences naming both sides and one naming both sides'
   state actors; every document of any gold split or probe list left out by id, text and URL).
3. **The documents**: per pair (in ``PAIRS`` order), its candidates sorted by base name, shuffled with
   ``random.Random(SEED.format(pair))``, the first ``N`` = 7 kept; a file or a copy of a body drawn once
   (``select_blind_s23.draw``). About 21 documents. Nothing is chosen by hand.
"""
import sys
from pathlib import Path

from select_blind_s22 import gold_pairs
from select_blind_s23 import candidates, draw

PAIRS = [("TR", "US"), ("AE", "SA"), ("TR", "SY")]
N = 7
SEED = "events-s25-{}-2026-12-05"


def select(datasets: Path) -> list[tuple[int, str, str, str]]:
    """(stage, pair, outlet, path) of the drawn documents (stage always 1)."""
    used = gold_pairs()
    pairs = [p for p in PAIRS if frozenset(p) not in used]
    files, cands = candidates(datasets, pairs, "blind-s25")
    print("counts:", {f"{a}-{b}": len(c) for (a, b), c in cands.items()}, file=sys.stderr)
    return draw(files, cands, N, 0, SEED)


if __name__ == "__main__":
    for stage, pair, outlet, rel in select(Path((sys.argv[1:] or ["../shared/datasets"])[0])):
        print(stage, pair, outlet, rel)
