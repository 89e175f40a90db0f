"""people89 (lead's 38th session): the unannotated probe that judges people89's country-recall lever (سيول, Seoul and
'floods', counted in a document that names South Korea unless weather words are near it); the rule below was written
and committed, with this script, before the lever's first score and before any article of the probe was read.

Usage: ``PYTHONPATH=lib python tools/select_probe_s89.py /work/shared/datasets [--counts]`` prints the probe's paths
(under the datasets folder); ``--wide`` the wide check's (below); ``--counts`` prints the step-1 counts instead (articles holding the word, naming Korea,
holding a weather word).

Pool: ``tools/select_probe_s86.py``'s pool (every ANT article, v1.1 Jawhara FM and v2.1 Al Arabiya, CNN, France 24,
less gold, demo, events gold, every ``probed_*.txt``, people83's and people84's read lists, and every blind part's ids
in the scratch folder, no article sharing a URL or title with one of them), read when this session's two blind id files
exist (``/work/scratch/people88/heldout42_ids.txt``, ``/work/scratch/events100/s47_ids.txt``; the script stops
otherwise; both are in s86's glob of blind id files and so left out, with every article sharing their URL or title).

Probe: the pool articles whose raw text (``kb_mine.article_text``) holds the bare word سيول as a whole word, maybe after
one proclitic (سيول، وسيول، بسيول، لسيول، فسيول; not السيول). If there are more than 300: every one of them naming Korea
(raw text holding كوري: كوريا، الكورية …) plus ``random.Random("89S").sample`` of 300 of the others (sorted by path).

Wide (``--wide``; added 05:06 UTC after the draw above gave 6 articles, before any run or read of either): the same
word over every unannotated article the task names, ``kb_mine.article_pool`` less every blind part's ids (s86's file)
and the events gold documents, but not less the earlier probes' read lists; the articles not in the probe above, all
of them (44 less 6 = 38 at draw time), judged by the same rule, pooled with the probe.

Judge (people89, written before any run): ``find_mentions`` with the recogniser (country and person rows) on the probe,
main -> branch, every changed row read by hand (a row is right when it is a country mention by the gold README's rules:
سيول is KR when it means Seoul, no row when it means floods): the lever ships only if >= 90 % of the changed rows are
right AND at most one right row is lost per ten changed rows; AND development (the 42 splits ``tuning``, ``heldout1`` ...
``heldout41``, ``--errors``) is identical or better row for row (no split loses a right row, no precision falls); AND
the seed report's ``mentions.csv`` (152 rows) is unchanged or every changed row is read and right. Else it is withdrawn
and only its docs land.

Organisations written like names (``--orgs``; rule and words written and committed at 05:20 UTC before the lever's
first score and before any article of this probe was read): words found only in organisations' names, added to
``data/kb/club_name_words.txt`` (the people57 mechanism: a discovered person row holding one is the organisation's name,
no person, with every row of that discovered entity in the document): firms' words ``ORG_WORDS`` below (Brothers,
Partners, & Co., Analytica, Holdings, Associates, Investments, Ventures, Capital) and clubs' first words (Aston,
Atlético, Sporting, Deportivo, Borussia, Athletic). Probe: s86's pool less this script's Seoul probe and wide check,
people86's probes A and B and people87's probe T (``/work/scratch/people86/probe*_paths.txt``,
``/work/scratch/people87/probeT_paths.txt``); the articles whose raw text holds one of the words as a whole word (a
proclitic maybe); if more than 300, ``random.Random("89O").sample`` of 300 (sorted by path). Judge: ``find_mentions``
with the recogniser, person and country rows, main -> branch, every changed row read by hand: >= 80 % of the changed
rows right AND at most one right row lost per ten changed; development (42 splits, ``--errors``) identical or better row
for row; seed ``mentions.csv`` unchanged or every change read and right. Else withdrawn, docs only.
"""
import importlib.util
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BLIND = (Path("/work/scratch/people88/heldout42_ids.txt"), Path("/work/scratch/events100/s47_ids.txt"))
_L = "\u0621-\u064a"
WORD = re.compile(rf"(?<![{_L}])[وبلف]?سيول(?![{_L}])")
KOREA = re.compile("كوري")
# (the step-1 count's weather words: the lever's list as committed with this script, as raw-text substrings)
WEATHER = re.compile("أمطار|مطر|فيضان|طوفان|جارف|عارمة|جرفت|الأودية|عواصف|عاصفة|إعصار|ثلوج|الطقس|الأرصاد|السيول|السيل")


ORG_WORDS = ("براذرز برذرز بروذرز براذرس بارتنرز بارتنرس وشركاه أناليتكا أناليتيكا هولدينغز هولدنغز أسوشيتس "
             "إنفستمنتس فينتشرز كابيتال أستون أتلتيكو اتلتيكو أتليتكو سبورتينغ سبورتنغ ديبورتيفو بوروسيا أتلتيك")
TAKEN = ("/work/scratch/people86/probeA_paths.txt", "/work/scratch/people86/probeB_paths.txt",
         "/work/scratch/people87/probeT_paths.txt")


def probe_orgs(datasets: Path) -> list[Path]:
    """The organisation-words probe (the module docstring)."""
    for f in BLIND:
        if not f.exists():
            sys.exit(f"{f} is missing: the probe must leave this session's blind parts out")
    spec = importlib.util.spec_from_file_location("s86", REPO / "tools/select_probe_s86.py")
    s86 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(s86)
    from marsad.training.kb_mine import article_text

    taken = {Path(line.strip()).stem for f in TAKEN for line in Path(f).read_text("utf-8").splitlines() if line.strip()}
    taken |= {p.stem for p in probe(datasets) + probe(datasets, wide=True)}
    rows = [p for p in s86.pool(datasets) if p.stem not in taken]
    alts = "|".join(sorted(map(re.escape, ORG_WORDS.split()), key=len, reverse=True))
    pat = re.compile(rf"(?<![{_L}])[وبلف]?(?:{alts})(?![{_L}])")
    hits = [p for p in rows if pat.search(article_text(p))]
    print(f"# pool {len(rows)}, holding an organisation word {len(hits)}", file=sys.stderr)
    return sorted(hits) if len(hits) <= 300 else sorted(random.Random("89O").sample(hits, 300))


def probe(datasets: Path, counts: bool = False, wide: bool = False) -> list[Path]:
    for f in BLIND:
        if not f.exists():
            sys.exit(f"{f} is missing: the probe must leave this session's blind parts out")
    spec = importlib.util.spec_from_file_location("s86", REPO / "tools/select_probe_s86.py")
    s86 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(s86)
    from marsad.training.kb_mine import article_text

    rows = s86.pool(datasets)
    if wide:
        from marsad.training.kb_mine import article_pool

        ev = set(s86._ID.findall((REPO / "data/gold/events/documents.csv").read_text("utf-8")))
        narrow = set(rows)
        rows = [p for p in article_pool(datasets, (str(s86._blind_file()),)) if p.stem not in ev and p not in narrow]
    texts = {p: article_text(p) for p in rows}
    hits = [p for p in rows if WORD.search(texts[p])]
    korea = [p for p in hits if KOREA.search(texts[p])]
    if counts:
        weather = [p for p in hits if WEATHER.search(texts[p])]
        both = [p for p in korea if WEATHER.search(texts[p])]
        print(f"pool {len(rows)}; holding the word {len(hits)}; naming Korea {len(korea)}; holding a weather word "
              f"{len(weather)}; both {len(both)}; neither {len(hits) - len(set(korea) | set(weather))}")
        by_src: dict[str, int] = {}
        for p in hits:
            by_src[p.stem.split("-")[0]] = by_src.get(p.stem.split("-")[0], 0) + 1
        print("by outlet", dict(sorted(by_src.items())))
        return []
    if len(hits) <= 300:
        return hits
    others = [p for p in hits if p not in set(korea)]
    return sorted(korea + random.Random("89S").sample(others, min(300, len(others))))


if __name__ == "__main__":
    ds = Path(sys.argv[1])
    for p in (probe_orgs(ds) if "--orgs" in sys.argv else probe(ds, "--counts" in sys.argv, "--wide" in sys.argv)):
        print(p.relative_to(ds))
