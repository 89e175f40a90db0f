"""Cost growth on pathological input: each case built at 1x, 2x, 4x ... its base size, then analysed, stage by stage.

A step whose cost grows faster than its input (a search down a stack, pairs of items, a buffer copied on
every append) shows as a growth ratio well above the size ratio. Cases (the base size is an eighth of the
size audit35 ran; ``--scales 1,2,4,8`` reaches it):

- ``html_br``: an HTML page of 2,500 ``<br>`` lines; ``html_divs``: 1,250 nested ``<div>`` levels with text
- ``html_ticker``: an HTML page of 2,500 ticker-marked ``<div>`` elements never closed, 625 one-item lists under an
  "عاجل" label and one marked strip of 2,500 ``<form>`` elements (the ticker-strip reader's candidates)
- ``countries``: one line naming 2,500 countries; ``rukp``: 1,250 sentences each naming Russia and North Korea
- ``ticker``: a ticker strip of 625 headlines; ``dates``: 25,000 date expressions (أمس الخميس 12 مارس 2018)
  in one line, Russia and North Korea named every 20
- ``nopunct``: 0.6 MiB of words without punctuation or line breaks (one "sentence")
- ``csv_rows``: a CSV of 25,000 rows; ``csv_cell``: a CSV with one 6 MiB cell
- ``long_doc``: one HTML page (one ``<h1>``) of 1,000 short paragraphs, each naming a demonym with ال and a role
  before a two-word name (قال الفنان ماجد المصري ...; the mention stage's per-document passes)
- ``tiny_files``: 2,500 files of one sentence; ``skipped``: 2,500 empty and 2,500 binary files and one page
- ``tar_members``: a ``.tar.gz`` of 2,500 one-sentence members, a symlink and a hidden file (robust46: tar archives
  read as folders); ``foreign_dates``: a CSV of 5,000 rows dated with French and Spanish month names ("1 mars 2018
  à 10:00", "1 de marzo de 2018": ``values.parse_date``'s last resort, after pandas and the Arabic names);
  ``markdown``: a Markdown file of 2,500 paragraphs with links, images, emphasis and list items, and one line of
  2,500 unclosed "[x](" (robust46's Markdown reader); ``xlsx_rows``: an Excel workbook of 5,000 rows (shared strings,
  dates by style) and one row with a cell in its last column, XFD (robust46's XLSX reader); ``epub``: an e-book of
  500 chapters of 20 paragraphs, a cover and a table of contents (robust46's EPUB reader); ``xlsx_empty``: an Excel
  sheet of 250,000 empty rows between its header and one row of news (review47: the sheet is read row by row, each
  dropped once read)

Each run is a fresh process (``marsad.analyze``, default options unless ``--option``), so its peak RSS
(``ru_maxrss``) is its own; ``--stage read`` reads only (``summarize_corpus``, what ``marsad read`` does).

    .venv/bin/python bench/pathological.py --cases html_br,dates --scales 1,2,4 [--stage read] [--keep DIR]

Prints, per case and scale, the input MiB, CPU seconds of each stage (from ``stages.json``; partition and
combine work), the peak RSS and the growth of each stage's CPU from the first scale to the last against the
growth of the input. Speed is measured here, never asserted in tests.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

_WORDS = ("زار وزير الخارجية العاصمة أمس حيث التقى نظيره وبحث معه العلاقات الثنائية والتعاون الاقتصادي "
          "والعسكري بين البلدين وقال المتحدث باسم الحكومة إن المحادثات تناولت قضايا إقليمية ودولية "
          "وأكد الجانبان أهمية تعزيز الشراكة في مجالات الطاقة والتجارة والاستثمار والتعليم").split()
_COUNTRIES = ["روسيا", "كوريا الشمالية", "فيتنام", "الصين", "فرنسا", "ألمانيا", "مصر", "المغرب", "تونس",
              "السعودية", "إيران", "تركيا", "اليابان", "الهند", "البرازيل", "كندا", "إيطاليا", "قطر"]


def _words(rnd: random.Random, n: int) -> str:
    return " ".join(rnd.choice(_WORDS) for _ in range(n))


def build(case: str, scale: int, out: Path) -> None:
    """Write the case at ``scale`` times its base size into the folder ``out``."""
    out.mkdir(parents=True)
    rnd = random.Random(35)
    s = scale
    if case == "html_br":
        body = "".join(f"سطر رقم {i} عن روسيا<br>" for i in range(2500 * s))
        (out / "page.html").write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    elif case == "html_divs":
        n = 1250 * s
        body = "".join(f"<div>مستوى {i} " for i in range(n)) + "</div>" * n
        (out / "page.html").write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    elif case == "html_ticker":
        heads = [f"{_words(rnd, 8)} {i}" for i in range(5)]
        many = "".join(f'<div class="ticker"><span>{heads[i % 5]}</span>' for i in range(2500 * s))
        labels = "".join(f"<span>عاجل</span><ul><li>{heads[i % 5]}</li></ul>" for i in range(625 * s))
        forms = '<div class="ticker">' + "<form>خبر " * (2500 * s) + "</div>"
        (out / "page.html").write_text(f"<html><body>{labels}{forms}{many}</body></html>", encoding="utf-8")
    elif case == "countries":
        line = "، ".join(_COUNTRIES[i % len(_COUNTRIES)] for i in range(2500 * s))
        (out / "page.txt").write_text(f"دول العالم\n{line}\n", encoding="utf-8")
    elif case == "rukp":
        verbs = ["وقعت روسيا وكوريا الشمالية اتفاقا للتعاون", "زار وزير خارجية روسيا كوريا الشمالية",
                 "أدانت كوريا الشمالية روسيا بسبب العقوبات", "استقبلت روسيا وفدا من كوريا الشمالية"]
        sents = [f"{verbs[i % len(verbs)]} يوم {1 + i % 28} مارس {2000 + i % 20}." for i in range(1250 * s)]
        paras = [" ".join(sents[i:i + 5]) for i in range(0, len(sents), 5)]
        (out / "page.txt").write_text("روسيا وكوريا الشمالية\n" + "\n\n".join(paras) + "\n", encoding="utf-8")
    elif case == "ticker":
        items = [f"{_words(rnd, 8)} {i}" for i in range(625 * s)]
        (out / "page.txt").write_text("\u00a0\u00a0".join(items) + "\nعنوان المقال\nنشر في الموقع يوم 12 - 03 - 2018\n"
                                      "نص المقال عن روسيا.\n", encoding="utf-8")
    elif case == "dates":
        parts = []
        for i in range(25000 * s):
            if i % 20 == 0:
                parts.append("قالت روسيا وكوريا الشمالية")
            parts.append("أمس الخميس 12 مارس 2018")
        (out / "page.txt").write_text("تواريخ\n" + " ".join(parts) + "\n", encoding="utf-8")
    elif case == "nopunct":
        n = 640 * 1024 * s // 11  # ~11 bytes per word and space
        (out / "page.txt").write_text("نص بلا ترقيم\n" + _words(rnd, n) + "\n", encoding="utf-8")
    elif case == "csv_rows":
        with open(out / "news.csv", "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["title", "text", "date", "source"])
            for i in range(25000 * s):
                w.writerow([f"{_words(rnd, 6)} {i}", _words(rnd, 20) + ".", f"2018-03-{1 + i % 28:02d}", f"src{i % 7}"])
    elif case == "csv_cell":
        n = 6 * 1024 * 1024 * s // 11
        cell = " ".join(rnd.choice(_WORDS) + ("." if k % 15 == 14 else "") for k in range(n))
        with open(out / "news.csv", "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["title", "text", "date", "source"])
            w.writerow(["خبر طويل", cell, "2018-03-12", "src"])
            w.writerow(["خبر قصير", "زار رئيس روسيا كوريا الشمالية.", "2018-03-13", "src"])
    elif case == "long_doc":
        paras = ("قال الفنان ماجد المصري إن الوزير أحمد سالم زار القاهرة يوم {i}",
                 "وأكد المدرب حسن شحاتة أن اللاعب المصري محمد صلاح سيعود رقم {i}",
                 "وصرح المتحدث الرسمي خالد العمري للصحفيين بأن الرئيس المصري التقى نظيره {i}")
        body = "".join(f"<p>{paras[i % len(paras)].format(i=i)}.</p>" for i in range(1000 * s))
        (out / "page.html").write_text(f"<html><body><h1>أخبار مصر</h1>{body}</body></html>", encoding="utf-8")
    elif case == "tiny_files":
        for i in range(2500 * s):
            (out / f"n{i:06d}.txt").write_text(f"خبر {i}\nنص قصير عن {_COUNTRIES[i % len(_COUNTRIES)]} رقم {i}.\n",
                                                encoding="utf-8")
    elif case == "skipped":
        for i in range(2500 * s):
            (out / f"e{i:06d}.txt").write_bytes(b"")
            (out / f"b{i:06d}.png").write_bytes(b"\x89PNG\r\n\x1a\n" + i.to_bytes(4, "big") + bytes(range(256)))
        (out / "good.txt").write_text("خبر\nنص عن روسيا وكوريا الشمالية.\n", encoding="utf-8")
    elif case == "tar_members":
        import io
        import tarfile
        with tarfile.open(out / "scrape.tar.gz", "w:gz") as tar:
            for i in range(2500 * s):
                data = f"خبر {i}\nنص قصير عن {_COUNTRIES[i % len(_COUNTRIES)]} رقم {i}.\n".encode()
                info = tarfile.TarInfo(f"site/{i // 100:03d}/n{i:06d}.txt")
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
            link = tarfile.TarInfo("site/passwd")
            link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
            tar.addfile(link)
            hidden = tarfile.TarInfo("site/.DS_Store")
            tar.addfile(hidden, io.BytesIO(b""))
    elif case == "foreign_dates":
        months = ("mars", "de marzo de", "févr.", "de agosto de", "décembre")
        with open(out / "news.csv", "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["title", "text", "date", "source"])
            for i in range(5000 * s):
                w.writerow([f"{_words(rnd, 6)} {i}", _words(rnd, 20) + ".",
                            f"{1 + i % 28} {months[i % len(months)]} 2018 à 10:{i % 60:02d}", f"src{i % 7}"])
    elif case == "markdown":
        paras = [f"## قسم {i}\n\n{_words(rnd, 12)} [رابط {i}](https://x.example/{i}) **{_words(rnd, 3)}** "
                 f"![صورة](https://x.example/{i}.jpg)\n\n- {_words(rnd, 5)}\n" for i in range(2500 * s)]
        (out / "notes.md").write_text("---\ntitle: ملاحظات\npublished: 2018-03-12\n---\n" + "\n".join(paras)
                                      + "\n" + "[x](" * (2500 * s) + "\n", encoding="utf-8")
    elif case == "xlsx_rows":
        import zipfile
        ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
        strings = ["title", "text", "date"] + [f"{_words(rnd, 6)} {i}" for i in range(200)]
        rows = ['<row r="1">' + "".join(f'<c r="{c}1" t="s"><v>{k}</v></c>' for k, c in enumerate("ABC")) + "</row>"]
        for i in range(2, 5000 * s + 2):
            rows.append(f'<row r="{i}"><c r="A{i}" t="s"><v>{3 + i % 200}</v></c><c r="B{i}" t="inlineStr"><is><t>'
                        f'{_words(rnd, 20)}.</t></is></c><c r="C{i}" s="1"><v>{43000 + i % 900}</v></c></row>')
        rows.append(f'<row r="{i + 1}"><c r="XFD{i + 1}" t="inlineStr"><is><t>خارج</t></is></c></row>')
        with zipfile.ZipFile(out / "news.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("[Content_Types].xml", "<Types/>")
            z.writestr("xl/workbook.xml", f'<workbook {ns}><sheets><sheet name="s" sheetId="1"/></sheets></workbook>')
            z.writestr("xl/sharedStrings.xml", f"<sst {ns}>" + "".join(f"<si><t>{x}</t></si>" for x in strings) + "</sst>")
            z.writestr("xl/styles.xml", f'<styleSheet {ns}><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>')
            z.writestr("xl/worksheets/sheet1.xml", f"<worksheet {ns}><sheetData>{''.join(rows)}</sheetData></worksheet>")
    elif case == "xlsx_empty":
        import zipfile
        ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
        n = 250_000 * s
        rows = ('<row r="1"><c r="A1" t="inlineStr"><is><t>title</t></is></c></row>'
                + "".join(f'<row r="{k}"/>' for k in range(2, n))
                + f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>{_words(rnd, 8)}</t></is></c></row>')
        with zipfile.ZipFile(out / "empty.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("[Content_Types].xml", "<Types/>")
            z.writestr("xl/workbook.xml", f'<workbook {ns}><sheets><sheet name="s" sheetId="1"/></sheets></workbook>')
            z.writestr("xl/worksheets/sheet1.xml", f"<worksheet {ns}><sheetData>{rows}</sheetData></worksheet>")
    elif case == "epub":
        import zipfile
        n = 500 * s
        items = "".join(f'<item id="c{i}" href="c{i}.xhtml" media-type="application/xhtml+xml"/>' for i in range(n))
        spine = "".join(f'<itemref idref="c{i}"/>' for i in range(n))
        with zipfile.ZipFile(out / "issue.epub", "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
            z.writestr("META-INF/container.xml", '<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
                       '<rootfiles><rootfile full-path="content.opf"/></rootfiles></container>')
            z.writestr("content.opf", '<package xmlns="http://www.idpf.org/2007/opf"><manifest><item id="nav" '
                       f'href="nav.xhtml" properties="nav"/>{items}</manifest><spine><itemref idref="nav"/>{spine}'
                       "</spine></package>")
            z.writestr("nav.xhtml", "<html><body><nav><ol>" + "<li>x</li>" * n + "</ol></nav></body></html>")
            for i in range(n):
                paras = "".join(f"<p>{_words(rnd, 15)}.</p>" for _ in range(20))
                z.writestr(f"c{i}.xhtml", f"<html><body><h1>{_words(rnd, 6)} {i}</h1>{paras}</body></html>")
    else:
        raise SystemExit(f"unknown case {case!r} (see --help)")


CASES = ("html_br", "html_divs", "html_ticker", "countries", "rukp", "ticker", "dates", "nopunct", "csv_rows",
         "csv_cell", "long_doc", "tiny_files", "skipped", "tar_members", "foreign_dates", "markdown", "xlsx_rows", "epub",
         "xlsx_empty")

_CHILD = r"""
import json, resource, sys, time
corpus, out, stage, options = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
cpu = time.process_time()
if stage == "read":
    from marsad.engine.partitions import summarize_corpus
    summary, _ = summarize_corpus(corpus)
    stages = {"read": round(time.process_time() - cpu, 3)}
else:
    import marsad
    marsad.analyze(corpus, out, options=options or None, progress=False, force=True)
    info = json.load(open(out + "/stages.json"))
    stages = {k: round(v.get("cpu_seconds", 0) + v.get("combine_cpu_seconds", 0), 3) for k, v in info.items()
              if isinstance(v, dict) and "cpu_seconds" in v}
    stages["failed"] = [k for k, v in info.items() if isinstance(v, dict) and v.get("ok") is False]
print(json.dumps({"cpu": round(time.process_time() - cpu, 3), "stages": stages,
                  "rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}))
"""


def _size(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", default=",".join(CASES), help="comma-separated, of: " + ", ".join(CASES))
    parser.add_argument("--scales", default="1,2,4", help="sizes as multiples of the base size (default 1,2,4)")
    parser.add_argument("--stage", choices=("all", "read"), default="all", help="read: reading only (marsad read)")
    parser.add_argument("--option", nargs=3, action="append", default=[], metavar=("STAGE", "KEY", "VALUE"),
                        help="a stage option, as marsad analyze --option (VALUE read as JSON)")
    parser.add_argument("--keep", type=Path, help="build the corpora here and keep them (default: a temporary folder)")
    parser.add_argument("--json", type=Path, help="also write every number to this file")
    args = parser.parse_args(argv)
    options: dict = {}
    for stage, key, value in args.option:
        try:
            value = json.loads(value)
        except json.JSONDecodeError:
            pass
        options.setdefault(stage, {})[key] = value
    scales = [int(x) for x in args.scales.split(",")]
    work = args.keep or Path(tempfile.mkdtemp(prefix="marsad-patho-"))
    results = []
    try:
        for case in args.cases.split(","):
            rows = []
            for scale in scales:
                folder = work / f"{case}-{scale}"
                if not folder.exists():
                    build(case, scale, folder)
                out = work / f"out-{case}-{scale}"
                shutil.rmtree(out, ignore_errors=True)
                done = subprocess.run([sys.executable, "-c", _CHILD, str(folder), str(out), args.stage, json.dumps(options)],
                                      capture_output=True, text=True)
                if done.returncode:
                    print(f"{case} x{scale}: FAILED\n{done.stderr[-2000:]}", file=sys.stderr)
                    break
                row = {"case": case, "scale": scale, "mib": round(_size(folder), 3), **json.loads(done.stdout.splitlines()[-1])}
                rows.append(row)
                stages = " ".join(f"{k} {v}" for k, v in row["stages"].items() if k != "failed")
                failed = f" FAILED {','.join(row['stages'].get('failed', []))}" if row["stages"].get("failed") else ""
                print(f"{case:10s} x{scale:<2d} {row['mib']:8.2f} MiB  cpu {row['cpu']:8.2f} s  rss {row['rss_mb']:7.0f} MB  "
                      f"{stages}{failed}", flush=True)
            if len(rows) >= 2:
                first, last = rows[0], rows[-1]
                size = last["mib"] / first["mib"] if first["mib"] else float("nan")
                growth = {k: round(v / first["stages"][k], 2) for k, v in last["stages"].items()
                          if k != "failed" and first["stages"].get(k, 0) >= 0.05}
                print(f"{case:10s} input x{size:.1f}: stage CPU grew " + ", ".join(f"{k} x{g}" for k, g in growth.items()),
                      flush=True)
            results.extend(rows)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
