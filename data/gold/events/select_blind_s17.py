"""Choose the pair and print the documents of the blind split of session 17 (``blind-<focus>-<partner>``), by the fixed rule of the README.

Usage: ``python data/gold/events/select_blind_s17.py ../shared/datasets`` (written and committed before the draw was
run; kept so the draw can be repeated). The rule, fixed before any article of these pairs was opened:

1. **The pairs** (focus first, ``PAIRS``): state pairs with news in 2014–2018 that no split annotated and no earlier
   session's unannotated probe read, none of them a pair session 16 counted: Morocco–Iran, Morocco–Algeria,
   Jordan–Israel, Egypt–Israel, Ethiopia–Eritrea, Kuwait–Philippines, Germany–Saudi Arabia, Turkey–Greece,
   Turkey–Netherlands, US–Pakistan, India–Pakistan, France–Lebanon, Jordan–Syria.
2. **Candidates** (as in session 16). A file is a candidate of a pair when (a) at least two sentences (the whole file
   cut at ``.!?؟`` and line breaks) each match both sides' ``SIDES`` patterns and (b) at least one sentence matches
   both sides' ``STATE`` patterns (capital, leaders, government, foreign ministry). Skipped: files in
   ``documents.csv`` (any split), sport files, and every file that is a candidate by (a) of a pair in ``READ``
   (annotated as a split or read by an unannotated probe of sessions 6–16: session 16's ``READ`` plus Lebanon–Saudi
   Arabia, US–Mexico and US–Canada) that shares a side with the pair.
3. **The pair drawn.** A pair is eligible when CNN, France24 and Al Arabiya each keep at least ``MIN`` = 4 candidates
   (Jawhara FM, news of 2014–2017, may have fewer); if no pair is eligible, ``MIN`` = 3. The pair is
   ``random.Random(PAIR_SEED).choice`` of the eligible pairs sorted by name.
4. **The documents.** Per outlet (CNN, France24, Al Arabiya, Jawhara FM) the drawn pair's candidates are sorted by
   base file name, shuffled with ``random.Random("events-<focus>-<partner>-2026-12-03-s17-<outlet>")`` (lower-case
   codes) and the first ``N`` = 3 taken (fewer if the outlet has fewer): at most 12 documents, so that the hand
   annotation fits in the session. Nothing is chosen by hand, and there is no second stage.
5. **Amendment, written after the first run of this script stopped with no eligible pair and before any article was
   opened** (the run printed only the candidate counts per pair and outlet, CNN / France24 / Al Arabiya / Jawhara FM:
   MA–IR 3/2/0/0, MA–DZ 0/2/0/0, JO–IL 0/0/1/0, EG–IL 0/4/0/0, ET–ER 0/7/3/0, KW–PH 1/0/1/0, DE–SA 2/0/0/0, TR–GR
   0/0/1/0, TR–NL 0/0/0/0, US–PK 0/0/0/0, IN–PK 0/0/1/0, FR–LB 0/6/5/0, JO–SY 0/0/0/0). When no pair is eligible by
   rule 3, a pair is eligible when the three ANT v2.1 outlets keep at least ``MIN_TOTAL`` = 10 candidates together; the
   pair is the same seeded choice of the eligible pairs sorted by name, and per outlet the first ``N_FALLBACK`` = 6
   candidates of rule 4's shuffle are taken (so that a pair with two outlets still gives about 12 documents).
"""
import random
import re
import sys
from pathlib import Path

from select_blind_eg import OUTLETS, _draw, _sentences, pair_files, used_paths
from select_blind_s16 import READ as READ16, SIDES as S16, STATE as STATE16

SIDES = {**S16,
         "MA": "المغرب|الرباط|المغربي|محمد السادس",
         "DZ": "الجزائر|الجزائري|بوتفليقة",
         "JO": "الأردن|الاردن|العاصمة الأردنية|الأردني|الاردني|الملك عبدالله الثاني|الملك عبد الله الثاني",
         "ER": "إريتريا|اريتريا|أريتريا|أسمرة|اسمرة|الإريتري|الاريتري|أسياس|أفورقي",
         "KW": "الكويت|الكويتي",
         "PH": "الفلبين|مانيلا|الفلبيني|دوتيرتي",
         "GR": "اليونان|أثينا|اليوناني|تسيبراس",
         "NL": "هولندا|لاهاي|أمستردام|الهولندي|مارك روته",
         "PK": "باكستان|إسلام آباد|اسلام آباد|الباكستاني|عمران خان",
         "IN": "الهند|نيودلهي|نيودلهى|الهندي|ناريندرا مودي"}
STATE = {**STATE16,
         "MA": "الرباط|محمد السادس|الحكومة المغربية|الخارجية المغربية|بوريطة|العاهل المغربي",
         "DZ": "بوتفليقة|الحكومة الجزائرية|الخارجية الجزائرية|مساهل|الرئيس الجزائري",
         "JO": "الملك عبدالله|الملك عبد الله|العاهل الأردني|الحكومة الأردنية|الخارجية الأردنية|الصفدي|ناصر جودة",
         "IL": "نتنياهو|نتانياهو|الحكومة الإسرائيلية|الخارجية الإسرائيلية|ليبرمان|ريفلين|تل أبيب",
         "ET": STATE16["ET"],
         "ER": "أسمرة|اسمرة|أفورقي|الحكومة الإريترية|الحكومة الاريترية|الرئيس الإريتري|الرئيس الاريتري",
         "KW": "أمير الكويت|الحكومة الكويتية|الخارجية الكويتية|صباح الأحمد|صباح الخالد|الجار الله",
         "PH": "مانيلا|دوتيرتي|الحكومة الفلبينية|الخارجية الفلبينية|الرئيس الفلبيني",
         "DE": "برلين|ميركل|الحكومة الألمانية|الخارجية الألمانية|غابرييل|هايكو ماس",
         "GR": "أثينا|تسيبراس|الحكومة اليونانية|الخارجية اليونانية",
         "NL": "لاهاي|مارك روته|الحكومة الهولندية|الخارجية الهولندية",
         "PK": "إسلام آباد|اسلام آباد|عمران خان|نواز شريف|الحكومة الباكستانية|الخارجية الباكستانية",
         "IN": "نيودلهي|ناريندرا مودي|رئيس الوزراء الهندي|الحكومة الهندية|الخارجية الهندية",
         "FR": "باريس|ماكرون|هولاند|لودريان|الحكومة الفرنسية|الخارجية الفرنسية|الإليزيه"}
PAIRS = [("MA", "IR"), ("MA", "DZ"), ("JO", "IL"), ("EG", "IL"), ("ET", "ER"), ("KW", "PH"), ("DE", "SA"),
         ("TR", "GR"), ("TR", "NL"), ("US", "PK"), ("IN", "PK"), ("FR", "LB"), ("JO", "SY")]
# pairs annotated as a split or read through an unannotated probe (sessions 6-16; EVALUATION events section)
READ = READ16 + [("LB", "SA"), ("US", "MX"), ("US", "CA")]
PAIR_SEED = "events-pair-2026-12-03-session17"
SALT = "events-{pair}-2026-12-03-s17-{outlet}"
N = 3
MIN_TOTAL, N_FALLBACK = 10, 6
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
    for least in (4, 3):
        eligible = [f"{f}-{p}" for (f, p), c in found.items()
                    if min(len(c[o]) for o in ("CNN", "France24", "Alarabia")) >= least]
        if eligible:
            break
    else:  # rule 5, the amendment
        eligible = [f"{f}-{p}" for (f, p), c in found.items()
                    if sum(len(c[o]) for o in ("CNN", "France24", "Alarabia")) >= MIN_TOTAL]
        n = max(n, N_FALLBACK)
    focus, partner = random.Random(PAIR_SEED).choice(sorted(eligible)).split("-")
    print("eligible:", sorted(eligible), "pair:", focus, partner, file=sys.stderr)
    key = f"{focus}-{partner}".lower()
    return [(o, rel) for o, cands in found[focus, partner].items()
            for rel in _draw(list(cands), SALT.format(pair=key, outlet=o), n)]


if __name__ == "__main__":
    for outlet, rel in select(Path((sys.argv[1:] or ["../shared/datasets"])[0])):
        print(outlet, rel)
