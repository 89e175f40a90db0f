"""Print the documents of the blind South Korea–North Korea split of session 14 (``blind-kr-kp``), by the fixed rule of the README.

Usage: ``python data/gold/events/select_blind_krkp.py ../shared/datasets`` (written and committed before the draw was
run; kept so the draw can be repeated). The rule, fixed before any article was opened:

1. **The pair** is not drawn this time: of the three pairs that session 13's seeded choice counted and did not take
   (CN–KP 3/3/12/1, KR–KP 9/33/29/8, IQ–IR 33/24/15/0 candidates in CNN / France24 / Al Arabiya / Jawhara FM; no
   article of them was ever opened), **South Korea–North Korea** is taken because it has the most candidates in every
   outlet and is the only one with candidates in all four (`focus` = KR, `partners` = KP). ``PAIRS`` holds only it,
   so ``draw_pair_split``'s pair choice is trivial (the seed is kept for the shared helper).
2. **The documents.** A file is a candidate when at least two sentences (the whole file cut at ``.!?؟`` and line
   breaks) each match both sides' patterns (``SIDES`` of ``select_blind_s13.py``, unchanged); files already in
   ``documents.csv`` (any split) and sport files are skipped. Per outlet (CNN, France24, Al Arabiya, Jawhara FM) the
   candidates are sorted by base file name, shuffled with ``random.Random("events-kr-kp-2026-12-02-s14-<outlet>")``
   and the first ``N`` = 3 taken (12 documents).
3. **A second stage, fixed now**: if reading those 12 finds fewer than 12 counted events, ``N`` is raised to 4 by the
   same rule (the next file of each outlet's shuffled list; 4 more documents), still before any run; nothing else
   is widened and nothing is chosen by hand.
"""
import sys
from pathlib import Path

from select_blind_eg import draw_pair_split, used_paths
from select_blind_s13 import SIDES

PAIRS = [("KR", "KP")]
PAIR_SEED = "events-pair-2026-12-02-session14"
SALT = "events-{pair}-2026-12-02-s14-{outlet}"
N = int(sys.argv[2]) if len(sys.argv) > 2 else 3  # 3, or 4 for the second stage of the rule above
NAME = "kr-kp"  # "blind-kr-kp" while it was blind (session 14); "kr-kp" since its one run (development data from session 15)


def select(datasets: Path, n: int = N) -> list[tuple[str, str]]:
    return draw_pair_split(datasets, {k: SIDES[k] for k in ("KR", "KP")}, PAIRS, PAIR_SEED, SALT,
                           used_paths("blind-kr-kp", NAME), n, required=("CNN", "France24", "Alarabia"))


if __name__ == "__main__":
    for outlet, rel in select(Path((sys.argv[1:] or ["../shared/datasets"])[0])):
        print(outlet, rel)
