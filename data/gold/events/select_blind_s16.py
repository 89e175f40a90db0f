"""Choose the pair and print the documents of the blind split of session 16 (``blind-<focus>-<partner>``), by the fixed rule of the README.

Usage: ``python data/gold/events/select_blind_s16.py ../shared/datasets`` (written and committed before the draw was
run; kept so the draw can be repeated). The rule, fixed before any article of these pairs was opened:

1. **The pairs** (focus first, ``PAIRS``): state pairs with 2018 news that no split annotated and no earlier session's
   unannotated probe read: Turkey–Iran, Iran–Syria, Qatar–Turkey, US–Mexico, US–Canada, Egypt–Ethiopia,
   Lebanon–Saudi Arabia, Iraq–Saudi Arabia, Iraq–Turkey.
2. **Candidates.** A file is a candidate of a pair when (a) at least two sentences (the whole file cut at ``.!?؟`` and
   line breaks) each match both sides' ``SIDES`` patterns and (b) at least one sentence matches both sides' ``STATE``
   patterns (capital, leaders, government, foreign ministry: the lesson of session 15, whose two-sentence candidates
   were mostly columns, lists and venues). Skipped: files in ``documents.csv`` (any split), sport files, and every file
   that is a candidate by (a) of a pair in ``READ`` (annotated as a split or read by an unannotated probe of sessions
   6–15) that shares a side with the pair: such a file may have been looked at through that pair.
3. **The pair drawn.** A pair is eligible when CNN, France24 and Al Arabiya each keep at least ``MIN`` = 4 candidates
   (Jawhara FM, news of 2014–2017, may have fewer); if no pair is eligible, ``MIN`` = 3. The pair is
   ``random.Random(PAIR_SEED).choice`` of the eligible pairs sorted by name.
4. **The documents.** Per outlet (CNN, France24, Al Arabiya, Jawhara FM) the drawn pair's candidates are sorted by
   base file name, shuffled with ``random.Random("events-<focus>-<partner>-2026-12-03-s16-<outlet>")`` (lower-case
   codes) and the first ``N`` = 5 taken (fewer if the outlet has fewer): at most 20 documents, so that the hand
   annotation fits in the session. Nothing is chosen by hand, and there is no second stage.
"""
import random
import re
import sys
from pathlib import Path

from select_blind_eg import OUTLETS, _draw, _sentences, pair_files, used_paths
from select_blind_s13 import SIDES as S13

SIDES = {**S13,
         "US": "الولايات المتحدة|واشنطن|الأمريكي|الأميركي|أمريكا|أميركا|ترامب",
         "SY": "سوريا|سورية|دمشق|السوري|الأسد",
         "IL": "إسرائيل|اسرائيل|الإسرائيلي|الاسرائيلي|نتنياهو|تل أبيب",
         "FR": "فرنسا|باريس|الفرنسي|ماكرون",
         "AE": "الإمارات|الامارات|أبوظبي|أبو ظبي|الإماراتي|الاماراتي",
         "QA": "قطر|الدوحة|القطري|تميم بن حمد",
         "BH": "البحرين|المنامة|البحريني",
         "YE": "اليمن|صنعاء|اليمني",
         "UA": "أوكرانيا|اوكرانيا|كييف|الأوكراني|الاوكراني",
         "GB": "بريطانيا|لندن|البريطاني|تيريزا ماي",
         "VN": "فيتنام|هانوي|الفيتنامي",
         "RU": "روسيا|موسكو|بوتين|الروسي|لافروف|الكرملين",
         "MX": "المكسيك|مكسيكو|المكسيكي|نييتو|أوبرادور|اوبرادور",
         "ET": "إثيوبيا|اثيوبيا|أثيوبيا|أديس أبابا|أديس ابابا|الإثيوبي|الاثيوبي|الأثيوبي|آبي أحمد|ديسالين",
         "LB": "لبنان|بيروت|اللبناني|الحريري|ميشال عون|ميشيل عون"}
STATE = {"TR": "أنقرة|انقرة|أردوغان|اردوغان|جاويش أوغلو|تشاووش أوغلو|يلدريم|الحكومة التركية|الخارجية التركية",
         "IR": "طهران|روحاني|ظريف|خامنئي|الحكومة الإيرانية|الخارجية الإيرانية|الرئيس الإيراني|الحرس الثوري",
         "SY": "دمشق|الأسد|الاسد|المعلم|الحكومة السورية|الخارجية السورية|النظام السوري",
         "QA": "الدوحة|تميم|محمد بن عبدالرحمن|محمد بن عبد الرحمن|الحكومة القطرية|الخارجية القطرية",
         "US": "واشنطن|ترامب|البيت الأبيض|بومبيو|تيلرسون|الخارجية الأمريكية|الخارجية الأميركية|الإدارة الأمريكية"
               "|الإدارة الأميركية",
         "MX": "مكسيكو|نييتو|أوبرادور|اوبرادور|الحكومة المكسيكية|الخارجية المكسيكية|الرئيس المكسيكي",
         "CA": "أوتاوا|اوتاوا|ترودو|فريلاند|الحكومة الكندية|الخارجية الكندية",
         "EG": "القاهرة|السيسي|سامح شكري|الحكومة المصرية|الخارجية المصرية",
         "ET": "أديس أبابا|أديس ابابا|اديس ابابا|آبي أحمد|ديسالين|الحكومة الإثيوبية|الحكومة الاثيوبية"
               "|الخارجية الإثيوبية|رئيس الوزراء الإثيوبي|رئيس الوزراء الاثيوبي",
         "LB": "بيروت|الحريري|ميشال عون|ميشيل عون|الرئيس اللبناني|باسيل|الحكومة اللبنانية|الخارجية اللبنانية",
         "SA": "الرياض|الملك سلمان|بن سلمان|الجبير|الحكومة السعودية|الخارجية السعودية",
         "IQ": "بغداد|العبادي|المالكي|فؤاد معصوم|برهم صالح|عبد المهدي|الجعفري|الحكومة العراقية|الخارجية العراقية"
               "|رئيس الوزراء العراقي|الرئيس العراقي"}
PAIRS = [("TR", "IR"), ("IR", "SY"), ("QA", "TR"), ("US", "MX"), ("US", "CA"), ("EG", "ET"), ("LB", "SA"),
         ("IQ", "SA"), ("IQ", "TR")]
# pairs annotated as a split or read through an unannotated probe (sessions 6-15; EVALUATION events section)
READ = [("RU", x) for x in ("KP", "VN", "CN", "US", "TR", "IR", "SY", "UA", "GB", "EG")] + [
    ("US", "TR"), ("SA", "IR"), ("US", "KP"), ("TR", "SY"), ("US", "CN"), ("IL", "SY"), ("US", "SY"), ("TR", "IL"),
    ("FR", "IR"), ("US", "IR"), ("IL", "US"), ("IL", "IR"), ("AE", "QA"), ("BH", "QA"), ("KR", "KP"), ("IQ", "IR"),
    ("CN", "KP"), ("TR", "DE"), ("JP", "KP"), ("AE", "IR"), ("EG", "SD"), ("DE", "US")] + [
    ("SA", x) for x in ("QA", "IR", "AE", "EG", "US", "TR", "YE", "CA")]
PAIR_SEED = "events-pair-2026-12-03-session16"
SALT = "events-{pair}-2026-12-03-s16-{outlet}"
N = 5
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
    focus, partner = random.Random(PAIR_SEED).choice(sorted(eligible)).split("-")
    print("eligible:", sorted(eligible), "pair:", focus, partner, file=sys.stderr)
    key = f"{focus}-{partner}".lower()
    return [(o, rel) for o, cands in found[focus, partner].items()
            for rel in _draw(list(cands), SALT.format(pair=key, outlet=o), n)]


if __name__ == "__main__":
    for outlet, rel in select(Path((sys.argv[1:] or ["../shared/datasets"])[0])):
        print(outlet, rel)
