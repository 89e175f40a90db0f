"""Choose the pair and print the documents of the blind split of session 18 (``blind-<focus>-<partner>``), by the fixed rule of the README.

Usage: ``python data/gold/events/select_blind_s18.py ../shared/datasets`` (written and committed before the draw was
run; kept so the draw can be repeated). The rule, fixed before any article of these pairs was opened (session 17's
amended rule, with new pairs):

1. **The pairs** (focus first, ``PAIRS``): state pairs with news in 2014–2018 that no split annotated, no earlier
   session's unannotated probe read and no earlier draw counted, plus Ethiopia–Eritrea (counted and eligible in
   session 17, not drawn, no article opened): Egypt–Libya, Italy–Libya, Tunisia–Libya, Egypt–UAE, Jordan–Saudi
   Arabia, Kuwait–Iraq, Oman–Iran, US–Venezuela, Egypt–Turkey, Sudan–South Sudan, India–China, Japan–China,
   UK–Iran, Lebanon–Syria, Lebanon–Israel, Ethiopia–Eritrea.
2. **Candidates** (as in sessions 16–17). A file is a candidate of a pair when (a) at least two sentences (the whole
   file cut at ``.!?؟`` and line breaks) each match both sides' ``SIDES`` patterns and (b) at least one sentence
   matches both sides' ``STATE`` patterns (capital, leaders, government, foreign ministry). Skipped: files in
   ``documents.csv`` (any split), sport files, and every file that is a candidate by (a) of a pair in ``READ``
   (annotated as a split or read by an unannotated probe of sessions 6–17: session 17's ``READ`` plus
   France–Lebanon and Turkey–Iran) that shares a side with the pair.
3. **The pair drawn** (session 17's amended rule 5 made the rule): a pair is eligible when CNN, France24 and
   Al Arabiya keep at least ``MIN_TOTAL`` = 10 candidates together; the pair is ``random.Random(PAIR_SEED).choice``
   of the eligible pairs sorted by name.
4. **The documents.** Per outlet (CNN, France24, Al Arabiya, Jawhara FM) the drawn pair's candidates are sorted by
   base file name, shuffled with ``random.Random("events-<focus>-<partner>-2026-12-03-s18-<outlet>")`` (lower-case
   codes) and the first ``N`` = 6 taken (fewer if the outlet has fewer). Nothing is chosen by hand, and there is no
   second stage.
"""
import random
import re
import sys
from pathlib import Path

from select_blind_eg import OUTLETS, _draw, _sentences, pair_files, used_paths
from select_blind_s17 import READ as READ17, SIDES as S17, STATE as STATE17

SIDES = {**S17,
         "LY": "ليبيا|طرابلس الليبية|الليبي|حفتر|السراج",
         "IT": "إيطاليا|ايطاليا|روما|الإيطالي|الايطالي|كونتي",
         "TN": "تونس|التونسي|السبسي|يوسف الشاهد",
         "OM": "سلطنة عمان|مسقط|العماني|السلطان قابوس",
         "VE": "فنزويلا|كاراكاس|الفنزويلي|مادورو",
         "SS": "جنوب السودان|جوبا|سلفاكير|سلفا كير",
         "AE": "الإمارات|الامارات|أبوظبي|أبو ظبي|الإماراتي|الاماراتي",
         "CN": "الصين|بكين|الصيني|شي جين|جين بينغ",
         "JP": "اليابان|طوكيو|الياباني|شينزو آبي|شينزو ابي"}
STATE = {**STATE17,
         "LY": "السراج|حفتر|حكومة الوفاق|الحكومة الليبية|الخارجية الليبية|المجلس الرئاسي الليبي",
         "IT": "روما|كونتي|جينتيلوني|رينزي|الحكومة الإيطالية|الخارجية الإيطالية|الحكومة الايطالية",
         "TN": "السبسي|يوسف الشاهد|الحكومة التونسية|الخارجية التونسية|الرئيس التونسي",
         "OM": "مسقط|السلطان قابوس|يوسف بن علوي|الحكومة العمانية|الخارجية العمانية",
         "VE": "كاراكاس|مادورو|الحكومة الفنزويلية|الخارجية الفنزويلية|الرئيس الفنزويلي",
         "SS": "جوبا|سلفاكير|سلفا كير|حكومة جنوب السودان|رئيس جنوب السودان",
         "AE": "أبوظبي|أبو ظبي|محمد بن زايد|محمد بن راشد|خليفة بن زايد|عبدالله بن زايد|عبد الله بن زايد|قرقاش"
               "|الحكومة الإماراتية|الخارجية الإماراتية",
         "CN": "بكين|شي جين|جين بينغ|وانغ يي|لي كه تشيانغ|الحكومة الصينية|الخارجية الصينية",
         "JP": "طوكيو|شينزو آبي|شينزو ابي|الحكومة اليابانية|الخارجية اليابانية|رئيس الوزراء الياباني",
         "GB": "لندن|تيريزا ماي|بوريس جونسون|الحكومة البريطانية|الخارجية البريطانية|داونينغ ستريت",
         "SD": "الخرطوم|البشير|الحكومة السودانية|الخارجية السودانية|الرئيس السوداني",
         "KW": STATE17["KW"] + "|الكويت"}
PAIRS = [("EG", "LY"), ("IT", "LY"), ("TN", "LY"), ("EG", "AE"), ("JO", "SA"), ("KW", "IQ"), ("OM", "IR"),
         ("US", "VE"), ("EG", "TR"), ("SD", "SS"), ("IN", "CN"), ("JP", "CN"), ("GB", "IR"), ("LB", "SY"),
         ("LB", "IL"), ("ET", "ER")]
# pairs annotated as a split or read through an unannotated probe (sessions 6-17; EVALUATION events section)
READ = READ17 + [("FR", "LB"), ("TR", "IR")]
PAIR_SEED = "events-pair-2026-12-03-session18"
SALT = "events-{pair}-2026-12-03-s18-{outlet}"
N = 6
MIN_TOTAL = 10
OWN = [f"{pre}{f.lower()}-{p.lower()}" for f, p in PAIRS for pre in ("blind-", "")]


def select(datasets: Path, n: int = N) -> list[tuple[str, str]]:
    used = used_paths(*OWN)
    skip = lambda rel: rel in used or "/sport/" in rel  # noqa: E731
    cache: dict = {}

    def two_sentences(x: str, y: str) -> dict[str, set[str]]:
        if (x, y) not in cache:
            a, b = re.compile(SIDES[x]), re.compile(SIDES[y])
            cache[x, y] = {o: set(pair_files(datasets, folder, a, b, skip=skip)) for o, folder in OUTLETS}
        return cache[x, y]

    found = {}
    for focus, partner in PAIRS:
        sa, sb = re.compile(STATE[focus]), re.compile(STATE[partner])
        cands = two_sentences(focus, partner)
        for other in READ:
            if set(other) & {focus, partner}:
                seen = two_sentences(*other)
                cands = {o: c - seen[o] for o, c in cands.items()}
        cands = {o: {rel for rel in c if any(sa.search(s) and sb.search(s) for s in _sentences(datasets / rel))}
                 for o, c in cands.items()}
        found[focus, partner] = cands
        print(f"{focus}-{partner}", {o: len(c) for o, c in cands.items()}, file=sys.stderr)
    eligible = [f"{f}-{p}" for (f, p), c in found.items()
                if sum(len(c[o]) for o in ("CNN", "France24", "Alarabia")) >= MIN_TOTAL]
    focus, partner = random.Random(PAIR_SEED).choice(sorted(eligible)).split("-")
    print("eligible:", sorted(eligible), "pair:", focus, partner, file=sys.stderr)
    key = f"{focus}-{partner}".lower()
    return [(o, rel) for o, cands in found[focus, partner].items()
            for rel in _draw(list(cands), SALT.format(pair=key, outlet=o), n)]


if __name__ == "__main__":
    for outlet, rel in select(Path((sys.argv[1:] or ["../shared/datasets"])[0])):
        print(outlet, rel)
