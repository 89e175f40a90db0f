"""Print the documents of the blind split of session 27 (``blind-s24``), by the fixed rule below.

Usage: ``python data/gold/events/select_blind_s24.py ../shared/datasets`` (written and committed before the draw was
run; kept so the draw can be repeated). Session 25's blind split (``blind-s23``, now ``s23-mix``) was US-China trade
news for two thirds of its events; this one takes pairs no gold split has used yet. The rule, fixed before any
candidate was counted or opened:

1. **Pairs offered** (``OFFERED``, focus first), in the order the session's brief named them: Turkey-United States,
   Turkey-Syria, Qatar-United States, Egypt-Israel, United Arab Emirates-Saudi Arabia, Syria-Iran, China-Japan, United
   Kingdom-United States. None is in ``documents.csv`` (checked by ``select_blind_s22.gold_pairs`` at run time: a pair
   found there is dropped).
2. **Candidates of a pair**: the rule of ``select_blind_s23`` (steps 2-3: ANT v2.1 CNN, France24, Al Arabiya and ANT
   v1.1 Jawhara FM outside the sport folders; at least two sentences naming both sides and one naming both sides'
   state actors; every document of any gold split or probe list left out by id, text and URL).
3. **Eligible pairs**: those with at least ``MIN_CANDS`` = 10 candidates (the counts are printed). ``K`` = 3 of them
   are chosen by ``random.Random(PAIR_SEED).sample`` of the eligible pairs sorted by name (all when fewer than 3).
4. **The documents**: per chosen pair (in ``OFFERED`` order), its candidates sorted by base name, shuffled with
   ``random.Random(SEED.format(pair))``, the first ``N`` = 7 kept; a file or a copy of a body drawn once
   (``select_blind_s23.draw``). About 21 documents. Nothing is chosen by hand.
"""
import random
import sys
from pathlib import Path

from select_blind_s22 import gold_pairs
from select_blind_s23 import candidates, draw

OFFERED = [("TR", "US"), ("TR", "SY"), ("QA", "US"), ("EG", "IL"), ("AE", "SA"), ("SY", "IR"), ("CN", "JP"),
           ("GB", "US")]
MIN_CANDS, K, N = 10, 3, 7
PAIR_SEED = "events-s24-pairs-2026-12-04"
SEED = "events-s24-{}-2026-12-04"


def chosen(counts: dict, *, offered=OFFERED, pair_seed: str = PAIR_SEED, k: int = K,
           always=(), min_cands: int = MIN_CANDS) -> list[tuple[str, str]]:
    """Step 3: the pairs drawn among those with at least ``min_cands`` candidates, in ``offered`` order. The eligible
    pairs of ``always`` (a later draw's main pair; none here) are kept without a draw and the other ``k`` minus their
    number are drawn from the rest."""
    eligible = sorted(p for p, c in counts.items() if c >= min_cands)
    fixed = [p for p in eligible if p in always]
    rest = [p for p in eligible if p not in always]
    k = k - len(fixed)
    pick = set(fixed) | (set(rest) if len(rest) <= k else set(random.Random(pair_seed).sample(rest, k)))
    return [p for p in offered if p in pick]


def select(datasets: Path, *, offered=OFFERED, split: str = "blind-s24", pair_seed: str = PAIR_SEED,
           seed: str = SEED, k: int = K, n: int = N, always=(),
           min_cands: int = MIN_CANDS) -> list[tuple[int, str, str, str]]:
    """(stage, pair, outlet, path) of the drawn documents (stage always 1); later draws of the same rule
    (``select_blind_s26``, ``select_blind_s27``) give their own offer, split name and seeds (``select_blind_s27`` also
    its ``k``, ``n`` and a pair kept without a draw, ``always``; ``select_blind_s34`` a lower ``min_cands``)."""
    used = gold_pairs()
    pairs = [p for p in offered if frozenset(p) not in used]
    files, cands = candidates(datasets, pairs, split)
    print("counts:", {f"{a}-{b}": len(c) for (a, b), c in cands.items()}, file=sys.stderr)
    pick = chosen({p: len(c) for p, c in cands.items()}, offered=offered, pair_seed=pair_seed, k=k, always=always,
                  min_cands=min_cands)
    print("chosen:", [f"{a}-{b}" for a, b in pick], file=sys.stderr)
    return draw(files, {p: cands[p] for p in pick}, n, 0, seed)


if __name__ == "__main__":
    for stage, pair, outlet, rel in select(Path((sys.argv[1:] or ["../shared/datasets"])[0])):
        print(stage, pair, outlet, rel)
