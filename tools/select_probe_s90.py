"""people90 (lead's 38th session): the unannotated probe that judges people90's fixes of heldout42's general classes;
seeded rule written and committed, with the judge below, before any fix was scored and before any article of the
probe was read.

Usage: ``PYTHONPATH=lib python tools/select_probe_s90.py /work/shared/datasets`` prints probe T's paths (under the
datasets folder; ``--counts`` prints how many pool articles hold each trigger instead).

Pool: ``tools/select_probe_s86.py``'s pool (every ANT article less gold, demo, events gold, every ``probed_*.txt``,
people83's and people84's read lists and every blind part's id file in the scratch folder, this session's
``heldout42`` and ``blind-s47`` among them, with every article sharing a URL or title) less the articles read by hand
since: people86's probes A and B, people87's probe T, people89's probes (``/work/scratch/people86/probe*_paths.txt``,
``/work/scratch/people87/probeT_paths.txt``, ``/work/scratch/people89/*paths*.txt``).

Triggers (on the raw text, ``kb_mine.article_text``): (a) the Soviet Union spelled with two ي (الاتحاد السوفييتي);
(b) Austria's news agency (وكالة الأنباء النمساوية / النمسوية); (c) a summit, conference or forum noun (قمة، مؤتمر،
منتدى, a proclitic maybe) right before a capital of the knowledge base (``country_rows._capitals``) as one word, then a
space and a word that people90's fix newly admits (a time word of ``_FRAME_NEXT_TIME``, or a word that is none of:
ال-word, ل-word of 4+ letters, حول/بشأن/عام) — i.e. the phrase the old rule left as a country mention; (d) a learned given name
(``learned_given_names.txt``) right before a word (a space between). Probe T: every pool article with (a), (b) or (c),
then ``random.Random("90T").sample`` of the articles with (d) only, up to 300 articles in all; sorted by path.

Judge (people90, written before any run): ``find_mentions`` with the recogniser, person and country rows, main ->
branch, on people86's probe A (300 random pool articles, seed ``86A``) and probe T; every changed row read by hand (a
row is right by the gold README's rules; a span or id change counts as a row removed and one added); each fix ships
only if >= 80 % of its changed rows are right AND at most one right row is lost per ten changed rows; AND development
(the 43 splits ``tuning``, ``heldout1`` … ``heldout42``, ``--errors``) is identical or better row for row (no split
loses a right row, no precision falls); AND the seed report's ``mentions.csv`` (152 rows) is unchanged or every changed
row is read and right. No changed probe row is no evidence: then a fix ships only with development identical outside
``heldout42`` and the docs say so. A fix that fails is withdrawn and only its docs land.
"""
import importlib.util
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
_L = "\u0621-\u064a"
READ = ("/work/scratch/people86/probeA_paths.txt", "/work/scratch/people86/probeB_paths.txt",
        "/work/scratch/people87/probeT_paths.txt", "/work/scratch/people89/probe_paths.txt",
        "/work/scratch/people89/orgs_paths.txt", "/work/scratch/people89/all_paths.txt")
SOVIET = re.compile("الاتحاد السوفييتي")
APA = re.compile("وكالة الأنباء النم(?:سا|س)وية|وكالة الانباء النم(?:سا|س)وية")
FRAME = re.compile(rf"(?<![{_L}])[وبلف]?(?:قمة|مؤتمر|منتدى) ([{_L}]+) ([{_L}]+)")


def probe(datasets: Path, counts: bool = False) -> list[Path]:
    spec = importlib.util.spec_from_file_location("s86", REPO / "tools/select_probe_s86.py")
    s86 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(s86)
    from marsad.lang.text import normalize
    from marsad.mentions.clean_spans import learned_given_names
    from marsad.mentions.country_rows import _capitals
    from marsad.training.kb_mine import article_text

    taken = set()
    for f in READ:
        if Path(f).exists():
            taken |= {Path(x.strip()).stem for x in Path(f).read_text("utf-8").splitlines() if x.strip()}
    rows = [p for p in s86.pool(datasets) if p.stem not in taken]
    caps = _capitals()
    learned = learned_given_names()
    from marsad.mentions.country_rows import _FRAME_NEXT_OK
    from marsad.mentions.role_recognisers import _FRAME_NEXT_TIME

    def frame_hit(text):
        for m in FRAME.finditer(text):
            cap, nxt = normalize(m.group(1)), normalize(m.group(2))
            if cap in caps and (nxt in _FRAME_NEXT_TIME or not (
                    nxt.startswith("ال") or (nxt.startswith("ل") and len(nxt) >= 4) or nxt in _FRAME_NEXT_OK)):
                return True
        return False

    def learned_hit(text):
        return any(normalize(w) in learned for w in re.findall(rf"(?<![{_L}])([{_L}]+) (?=[{_L}])", text))

    abc, d = [], []
    n = {"a": 0, "b": 0, "c": 0, "d": 0}
    for p in rows:
        t = article_text(p)
        hits = {"a": bool(SOVIET.search(t)), "b": bool(APA.search(t)), "c": frame_hit(t)}
        for k, v in hits.items():
            n[k] += v
        if any(hits.values()):
            abc.append(p)
        elif learned_hit(t):
            d.append(p)
            n["d"] += 1
    if counts:
        print(f"pool {len(rows)}; " + ", ".join(f"{k} {v}" for k, v in n.items()) + f" (d: without a, b, c)")
        return []
    rest = max(0, 300 - len(abc))
    return sorted(abc + random.Random("90T").sample(d, min(rest, len(d))))


if __name__ == "__main__":
    ds = Path(sys.argv[1])
    for p in probe(ds, "--counts" in sys.argv):
        print(p.relative_to(ds))
