"""Choose the pair and print the documents of the blind split of session 13, by the fixed rule of the README.

Usage: ``python data/gold/events/select_blind_s13.py ../shared/datasets`` (run before the split was annotated;
kept so the draw can be repeated). Two seeded steps, both fixed (README, section of this split) before any
article was opened; the helpers are those of ``select_blind_eg.py`` (candidates, draw, used paths):

1. **The pair.** ``PAIRS`` (focus first) are pairs with much 2018 news that no split annotated and that no
   earlier session's unannotated probe read (sessions 6–7 read Russia–X, session 11 US–TR, SA–IR, US–KP, TR–SY,
   US–CN, session 12 IL–SY, US–SY, TR–IL, FR–IR, US–IR, IL–US and SA with QA/IR/AE/EG/US/TR). A file is a
   candidate when at least two sentences (cut at ``.!?؟`` and line breaks) each match both sides' patterns; files
   already in ``documents.csv`` (any split) and sport files are skipped. A pair is eligible when CNN, France24 and
   Alarabia each have at least ``N`` candidates; the pair is ``random.Random(PAIR_SEED).choice`` of the eligible
   pairs sorted by name.
2. **The documents.** Per outlet the chosen pair's candidates are sorted by base file name, shuffled with
   ``random.Random(f"events-<pair>-2026-12-02-s13-<outlet>")`` and the first ``N`` taken (fewer if the outlet has
   fewer).
"""
import sys
from pathlib import Path

from select_blind_eg import draw_pair_split, used_paths

SIDES = {
    "CN": "الصين|بكين|الصيني|شي جين|جين بينغ",
    "KP": "كوريا الشمالية|بيونغ ?يانغ|كيم جونغ|الكوري الشمالي|الكورية الشمالية",
    "KR": "كوريا الجنوبية|سيول|الكوري الجنوبي|الكورية الجنوبية|مون جاي|مون جيه",
    "JP": "اليابان|طوكيو|الياباني|شينزو آبي|شينزو",
    "SA": "السعودية|الرياض|السعودي|الملك سلمان|بن سلمان|الجبير",
    "CA": "كندا|أوتاوا|اوتاوا|الكندي|ترودو",
    "IQ": "العراق|بغداد|العراقي|العبادي",
    "IR": "إيران|ايران|طهران|الإيراني|الايراني|روحاني|ظريف|خامنئي",
    "TR": "تركيا|أنقرة|انقرة|التركي|أردوغان|اردوغان",
    "DE": "ألمانيا|المانيا|برلين|الألماني|الالماني|ميركل",
    "EG": r"(?<!\w)[وفبل]?مصر(?!\w)|المصري|القاهرة|السيسي|سامح شكري",
    "SD": "السودان|الخرطوم|السوداني|عمر البشير",
}
PAIRS = [("CN", "KP"), ("KR", "KP"), ("JP", "KP"), ("SA", "CA"), ("IQ", "IR"), ("TR", "DE"), ("EG", "SD")]
PAIR_SEED = "events-pair-2026-12-02-session13"
N = 3
# the split is named after the drawn pair (``blind-<focus>-<partner>``, later ``<focus>-<partner>``): its own
# documents are not "used" when the draw is repeated
OWN = [f"{pre}{f.lower()}-{p.lower()}" for f, p in PAIRS for pre in ("blind-", "")]


def select(datasets: Path) -> list[tuple[str, str]]:
    return draw_pair_split(datasets, SIDES, PAIRS, PAIR_SEED, "events-{pair}-2026-12-02-s13-{outlet}",
                           used_paths(*OWN), N, required=("CNN", "France24", "Alarabia"))


if __name__ == "__main__":
    for outlet, rel in select(Path((sys.argv[1:] or ["../shared/datasets"])[0])):
        print(outlet, rel)
