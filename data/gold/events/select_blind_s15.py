"""Choose the pair and print the documents of the blind split of session 15 (``blind-iq-ir`` or ``blind-cn-kp``), by the fixed rule of the README.

Usage: ``python data/gold/events/select_blind_s15.py ../shared/datasets`` (written and committed before the draw was
run; kept so the draw can be repeated). The rule, fixed before any article was opened:

1. **The pairs.** The two pairs that session 13's seeded choice counted and that no split took: China–North Korea and
   Iraq–Iran (focus first; ``SIDES`` of ``select_blind_s13.py``, unchanged). No article of either was ever opened.
2. **Candidates.** A file is a candidate of a pair when at least two sentences (the whole file cut at ``.!?؟`` and
   line breaks) each match both sides' patterns; files already in ``documents.csv`` (any split) and sport files are
   skipped, and so is every file that is a candidate (same two-sentence rule) of a pair whose *unannotated* system
   output an earlier session read and that shares a side with the pair (``PROBED``: for CN–KP the US–KP probe of
   session 11, the JP–KP probe of session 14 and the US–CN probe of session 11; for IQ–IR the SA–IR probes of sessions
   11–12 and the US–IR and FR–IR probes of session 12). Such a file may have been looked at through the other pair.
3. **The pair drawn.** A pair is eligible when CNN, France24 and Al Arabiya each have at least 3 candidates (Jawhara FM,
   news of 2014–2017, may have fewer); the pair is ``random.Random(PAIR_SEED).choice`` of the eligible pairs sorted by
   name.
4. **The documents.** Per outlet (CNN, France24, Al Arabiya, Jawhara FM) the drawn pair's candidates are sorted by base
   file name, shuffled with ``random.Random("events-<focus>-<partner>-2026-12-03-s15-<outlet>")`` (lower-case codes)
   and the first ``N`` = 4 taken (fewer if the outlet has fewer). A second stage, fixed now: if reading them finds
   fewer than 10 counted events, ``N`` is raised to 5 by the same rule (``... ../shared/datasets 5``), still before
   any run; nothing else is widened and nothing is chosen by hand.
5. **A third stage, written after stages 1–2 were read (they held 2 counted events: the rest are columns, lists,
   venues and third-party reports) and before it was drawn or any run** (``... ../shared/datasets 5 state``): among
   the other non-sport files of each outlet (not in ``documents.csv``, not drawn above, not a candidate of a
   ``PROBED`` pair), those with at least one sentence naming a **state actor of each side** (``STATE`` below: capital,
   leaders, government, foreign ministry; the pattern of ``select_blind_eg.py``'s third stage), sorted by base file
   name, shuffled with ``random.Random("events-<focus>-<partner>-2026-12-03-s15-<outlet>-state")`` and the first 4
   taken per outlet. Nothing is chosen by hand.
"""
import glob
import os
import random
import re
import sys
from pathlib import Path

from select_blind_eg import OUTLETS, _draw, _sentences, pair_files, used_paths
from select_blind_s13 import SIDES

PAIRS = [("CN", "KP"), ("IQ", "IR")]
EXTRA_SIDES = {"US": "الولايات المتحدة|واشنطن|الأمريكي|الأميركي|أمريكا|أميركا|ترامب",  # select_blind_usir.py
               "FR": "فرنسا|باريس|الفرنسي|ماكرون"}
PROBED = {("CN", "KP"): [("US", "KP"), ("JP", "KP"), ("US", "CN")],
          ("IQ", "IR"): [("SA", "IR"), ("US", "IR"), ("FR", "IR")]}
PAIR_SEED = "events-pair-2026-12-03-session15"
SALT = "events-{pair}-2026-12-03-s15-{outlet}"
N = int(sys.argv[2]) if len(sys.argv) > 2 else 4  # 4, or 5 for the second stage of the rule above
STATE = {"IQ": "بغداد|العبادي|المالكي|فؤاد معصوم|برهم صالح|عبد المهدي|الجعفري|الحكومة العراقية|الخارجية العراقية"
              "|رئيس الوزراء العراقي|الرئيس العراقي",
         "IR": "طهران|روحاني|ظريف|خامنئي|الحكومة الإيرانية|الخارجية الإيرانية|الرئيس الإيراني|الحرس الثوري",
         "CN": "بكين|شي جين|جين بينغ|الحكومة الصينية|الخارجية الصينية",
         "KP": "بيونغ ?يانغ|كيم جونغ|الخارجية الكورية الشمالية"}
OWN = [f"{pre}{f.lower()}-{p.lower()}" for f, p in PAIRS for pre in ("blind-", "")]


def select(datasets: Path, n: int = N, state: bool = "state" in sys.argv[3:]) -> list[tuple[str, str]]:
    sides = {**SIDES, **EXTRA_SIDES}
    used = used_paths(*OWN)

    def candidates(focus: str, partner: str) -> dict[str, set[str]]:
        a, b = re.compile(sides[focus]), re.compile(sides[partner])
        return {o: set(pair_files(datasets, folder, a, b, skip=lambda rel: rel in used or "/sport/" in rel))
                for o, folder in OUTLETS}

    found, eligible = {}, []
    for pair in PAIRS:
        cands = candidates(*pair)
        for other in PROBED[pair]:
            seen = candidates(*other)
            cands = {o: c - seen[o] for o, c in cands.items()}
        found[pair] = cands
        counts = {o: len(c) for o, c in cands.items()}
        print("-".join(pair), counts, file=sys.stderr)
        if min(counts[o] for o in ("CNN", "France24", "Alarabia")) >= 3:
            eligible.append("-".join(pair))
    focus, partner = random.Random(PAIR_SEED).choice(sorted(eligible)).split("-")
    print("pair:", focus, partner, file=sys.stderr)
    key = f"{focus}-{partner}".lower()
    first = [(o, rel) for o, cands in found[focus, partner].items()
             for rel in _draw(list(cands), SALT.format(pair=key, outlet=o), n)]
    if not state:
        return first
    a, b = re.compile(STATE[focus]), re.compile(STATE[partner])
    taken = {rel for _, rel in first}
    probed = {o: set().union(*(candidates(*other)[o] for other in PROBED[focus, partner])) for o, _ in OUTLETS}
    third = []
    for o, folder in OUTLETS:
        files = [os.path.relpath(f, datasets) for f in glob.glob(str(datasets / folder / "*" / "*.txt"))]
        pool = [rel for rel in files if rel not in used and rel not in taken and "/sport/" not in rel
                and rel not in probed[o] and any(a.search(x) and b.search(x) for x in _sentences(datasets / rel))]
        print(o, "state stage:", len(pool), file=sys.stderr)
        third += [(o, rel) for rel in _draw(pool, SALT.format(pair=key, outlet=o) + "-state", 4)]
    return first + third


if __name__ == "__main__":
    for outlet, rel in select(Path((sys.argv[1:] or ["../shared/datasets"])[0])):
        print(outlet, rel)
