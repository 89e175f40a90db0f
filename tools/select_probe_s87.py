"""people87's judge probes (session 37): the pool of ``tools/select_probe_s86.py`` (every unannotated ANT article less
gold, demo, events gold, every ``probed_*.txt``, people83's and people84's read lists and every blind part's ids), less
people86's two probes (their paths files in /work/scratch/people86/).

Usage: ``PYTHONPATH=lib python tools/select_probe_s87.py /work/shared/datasets`` prints probe T: every pool article whose
raw text holds كأس ملك or a Korean nominative dual (كوريان شماليان / جنوبيان), then ``random.Random("87T").sample`` of
300 of the pool articles holding the preposition أمام (hamza on the alif), sorted by path before sampling. Written and
committed with the rule it judges (clean_spans' أمام cut, the cup of a bare title, the Korean duals) before any score.
Probe A is people86's probe A (``/work/scratch/people86/probeA_paths.txt``).
"""
import importlib.util
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TAKEN = (Path("/work/scratch/people86/probeA_paths.txt"), Path("/work/scratch/people86/probeB_paths.txt"))
SPECIFIC = re.compile(r"كأس ملك |كوريان (?:شماليان|جنوبيان)")
AMAM = re.compile(r"(?<![\u0621-\u064a])أمام(?![\u0621-\u064a])")


def main() -> None:
    ds = Path(sys.argv[1])
    spec = importlib.util.spec_from_file_location("s86", REPO / "tools/select_probe_s86.py")
    s86 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(s86)
    from marsad.training.kb_mine import article_text

    taken = {Path(line.strip()).stem for f in TAKEN for line in f.read_text("utf-8").splitlines() if line.strip()}
    rows = [p for p in s86.pool(ds) if p.stem not in taken]
    texts = {p: article_text(p) for p in rows}
    specific = [p for p in rows if SPECIFIC.search(texts[p])]
    amam = [p for p in rows if p not in specific and AMAM.search(texts[p])]
    print(f"# pool {len(rows)}, specific {len(specific)}, amam {len(amam)}", file=sys.stderr)
    for p in specific + random.Random("87T").sample(amam, min(300, len(amam))):
        print(p.relative_to(ds))


if __name__ == "__main__":
    main()
