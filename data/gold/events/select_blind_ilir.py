"""Choose the pair and print the documents of the blind Israel–Iran split (``blind-il-ir``, now ``il-ir``), by the fixed rule of the README.

Usage: ``python data/gold/events/select_blind_ilir.py ../shared/datasets`` (run before the split was annotated;
kept so the draw can be repeated). Session 11. Two seeded steps, both fixed before any article was opened:

1. **The pair.** For each pair of ``PAIRS`` (focus first) the candidates are counted per outlet (file names only): a
   file is a candidate when at least two sentences (cut at ``.!?؟`` and line breaks) each match both sides'
   patterns; files already in ``documents.csv`` (any split) and sport files are skipped. A pair is eligible when
   every outlet (CNN, France24, Alarabia, Jawhara FM) has at least ``N`` candidates; the pair is
   ``random.Random(PAIR_SEED).choice`` of the eligible pairs sorted by name.
2. **The documents.** Per outlet the chosen pair's candidates are sorted by base file name, shuffled with
   ``random.Random(f"events-<pair>-2026-12-02-<outlet>")`` and the first ``N`` taken.
"""
import sys
from pathlib import Path

from select_blind_eg import draw_pair_split, used_paths

SIDES = {
    "US": "الولايات المتحدة|واشنطن|الأمريكي|الأميركي|أمريكا|أميركا|ترامب",
    "CN": "الصين|بكين|الصيني|شي جين|جين بينغ",
    "TR": "تركيا|أنقرة|انقرة|التركي|أردوغان|اردوغان",
    "SA": "السعودية|الرياض|السعودي|الملك سلمان|بن سلمان|الجبير",
    "IR": "إيران|ايران|طهران|الإيراني|الايراني|روحاني|ظريف|خامنئي",
    "SY": "سوريا|سورية|دمشق|السوري|الأسد|المعلم",
    "IL": "إسرائيل|اسرائيل|الإسرائيلي|الاسرائيلي|تل أبيب|نتنياهو",
    "KP": "كوريا الشمالية|بيونغ يانغ|بيونغيانغ|الكوري الشمالي|كيم جونغ",
}
PAIRS = [("US", "CN"), ("US", "TR"), ("SA", "IR"), ("TR", "SY"), ("IL", "IR"), ("US", "KP")]
PAIR_SEED = "events-pair-2026-12-02-session11"
N = 3


def select(datasets: Path) -> list[tuple[str, str]]:
    return draw_pair_split(datasets, SIDES, PAIRS, PAIR_SEED, "events-{pair}-2026-12-02-{outlet}",
                           used_paths("blind-il-ir", "il-ir"), N)


if __name__ == "__main__":
    for outlet, rel in select(Path((sys.argv[1:] or ["../shared/datasets"])[0])):
        print(outlet, rel)
