"""people91 (lead's 38th session): the unannotated probe that judges people91's lever on one of heldout42's person
classes; seeded rule written and committed, with the judge, before the lever was scored and before any article of the
probe was read.

Usage: ``PYTHONPATH=lib python tools/select_probe_s91.py /work/shared/datasets`` prints probe K's paths (under the
datasets folder); ``--counts`` prints how many pool articles hold each candidate construction instead.

Pool: ``tools/select_probe_s90.py``'s pool (``select_probe_s86.pool`` less the articles read by hand since) less
people90's probes (``/work/scratch/people90/probe*_paths.txt``).

Candidate constructions counted (raw text, ``kb_mine.article_text``): (v) a word, a space, a word with ي first of four
letters or more, then a colon (ماكين يوصي: 'McCain recommends:', a headline's speaker and present verb); (k) a word
and a singular kinship noun with a pronoun after it (سكريبال وابنته يوليا); (o) the noun عمر or سن ('age') right
before a word (عمر بوتين). Counted at 06:15 UTC: pool 7112; v 26, k 120, o 172 (o mostly the given name عمر).
Class chosen: (k), a relative's first name after a kinship noun that follows a person's surname (heldout42's F class).
Probe K: ``random.Random("91K").sample`` of the pool articles with (k), up to 300 (so all of them); sorted.
"""
import importlib.util
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
_L = "\u0621-\u064a"
READ_MORE = ("/work/scratch/people90/probeT_paths.txt", "/work/scratch/people90/probeM_paths.txt")
VERB_COLON = re.compile(rf"(?<![{_L}])[{_L}]{{3,}} ي[{_L}]{{3,}}\s?:")
KIN = re.compile(rf"(?<![{_L}])[{_L}]{{3,}} و?(?:ابنته|ابنه|نجله|نجلته|شقيقه|شقيقته|زوجته|زوجها|أخيه|أخته|والده|والدته) [{_L}]{{3,}}")
AGE = re.compile(rf"(?<![{_L}])[وب]?(?:عمر|سن) [{_L}]{{3,}}")


def probe(datasets: Path, counts: bool = False) -> list[Path]:
    spec = importlib.util.spec_from_file_location("s90", REPO / "tools/select_probe_s90.py")
    s90 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(s90)
    spec86 = importlib.util.spec_from_file_location("s86", REPO / "tools/select_probe_s86.py")
    s86 = importlib.util.module_from_spec(spec86)
    spec86.loader.exec_module(s86)
    from marsad.training.kb_mine import article_text

    taken = set()
    for f in s90.READ + READ_MORE:
        if Path(f).exists():
            taken |= {Path(x.strip()).stem for x in Path(f).read_text("utf-8").splitlines() if x.strip()}
    rows = [p for p in s86.pool(datasets) if p.stem not in taken]
    n = {"v": 0, "k": 0, "o": 0}
    v = []
    for p in rows:
        t = article_text(p)
        hit = bool(KIN.search(t))
        n["k"] += hit
        if counts:
            n["v"] += bool(VERB_COLON.search(t))
            n["o"] += bool(AGE.search(t))
        if hit:
            v.append(p)
    if counts:
        print(f"pool {len(rows)}; " + ", ".join(f"{k} {c}" for k, c in n.items()))
        return []
    return sorted(random.Random("91K").sample(v, min(300, len(v))))


if __name__ == "__main__":
    ds = Path(sys.argv[1])
    for p in probe(ds, "--counts" in sys.argv):
        print(p.relative_to(ds))
