"""Choose the pair and print the documents of the blind Saudi Arabia–Qatar split of session 12 (``blind-sa-qa``), by the fixed rule of the README.

Usage: ``python data/gold/events/select_blind_saqa.py ../shared/datasets`` (run before the split was annotated;
kept so the draw can be repeated). Two seeded steps, both fixed before any article was opened:

1. **The pair.** ``PAIRS`` (focus first) are pairs with much 2018 news that no earlier split annotated and that
   session 11's unannotated check (US–TR, SA–IR, US–KP, TR–SY, US–CN) did not read either. For each, the candidates
   are counted per outlet (file names only): a file is a candidate when at least two sentences (cut at ``.!?؟`` and
   line breaks) each match both sides' patterns; files already in ``documents.csv`` (any split) and sport files are
   skipped. A pair is eligible when CNN, France24 and Alarabia each have at least ``N`` candidates (Jawhara FM, news
   of 2014–2017, may have fewer); the pair is ``random.Random(PAIR_SEED).choice`` of the eligible pairs sorted by name.
2. **The documents.** Per outlet the chosen pair's candidates are sorted by base file name, shuffled with
   ``random.Random(f"events-<pair>-2026-12-02-s12-<outlet>")`` and the first ``N`` taken (fewer if the outlet has
   fewer).
"""
import sys
from pathlib import Path

from select_blind_eg import draw_pair_split, used_paths

SIDES = {
    "US": "الولايات المتحدة|واشنطن|الأمريكي|الأميركي|أمريكا|أميركا|ترامب",
    "TR": "تركيا|أنقرة|انقرة|التركي|أردوغان|اردوغان",
    "SA": "السعودية|الرياض|السعودي|الملك سلمان|بن سلمان|الجبير",
    "IR": "إيران|ايران|طهران|الإيراني|الايراني|روحاني|ظريف|خامنئي",
    "SY": "سوريا|سورية|دمشق|السوري|بشار الأسد|وليد المعلم",
    "IL": "إسرائيل|اسرائيل|الإسرائيلي|الاسرائيلي|تل أبيب|نتنياهو",
    "QA": r"(?<!\w)[وفبل]?قطر(?!\w)|الدوحة|القطري|تميم بن حمد",
    "FR": "فرنسا|باريس|الفرنسي|ماكرون",
}
PAIRS = [("IL", "SY"), ("US", "SY"), ("TR", "IL"), ("SA", "QA"), ("FR", "IR"), ("US", "SA")]
PAIR_SEED = "events-pair-2026-12-02-session12"
N = 3
NAME = "blind-sa-qa"  # its name while it was blind; "sa-qa" since session 13


def select(datasets: Path) -> list[tuple[str, str]]:
    return draw_pair_split(datasets, SIDES, PAIRS, PAIR_SEED, "events-{pair}-2026-12-02-s12-{outlet}",
                           used_paths(NAME, "sa-qa"), N, required=("CNN", "France24", "Alarabia"))


if __name__ == "__main__":
    for outlet, rel in select(Path((sys.argv[1:] or ["../shared/datasets"])[0])):
        print(outlet, rel)
