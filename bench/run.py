"""Marsad benchmark: throughput and peak memory of each stage and of ``analyze``.

    python bench/run.py [--mb 100] [--mem-mb 500] [--datasets ../shared/datasets]

(or ``make bench``). Builds a corpus of real Arabic news (ANT v1.1 Jawhara FM and
ANT v2.1 CNN article files, repeated with fresh DOCNOs) of at least ``--mb`` MiB,
then measures, each in its own process:

1. ``analyze`` with the local engine: wall and CPU seconds, MB/s and documents/s,
   and the peak RSS of every stage (a thread samples RSS and the engine's
   current stage) and of the whole run;
2. the mention stage next to a naive baseline (one regular expression per alias
   over each text, on a subsample, extrapolated) and a raw pyahocorasick scan of
   the same aliases over the raw texts; CAMeL's ``simple_word_tokenize`` alone;
3. ``analyze`` on the Dask engine with 1 and 2 workers (``LocalCluster``), whose
   tables are compared with the local engine's;
4. read+normalise+mentions at ``--mb`` and ``--mem-mb`` MiB (flat memory);
5. ``marsad report`` on the seed.

Writes ``bench/results.json`` and the tables of ``docs/PERFORMANCE.md``. Phases
that would start after ``--budget`` seconds are skipped and say so.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
WORK = HERE / "work"
CORPORA = HERE / "corpus"
SOURCES = ("ant-v1.1-jawharafm", "ant-v2.1-multisource/CNN")
_DOCNO = re.compile(rb"<DOCNO>\s*([A-Z]{2})-([A-Za-z]+)-(\d+)-(\d{8})\s*</DOCNO>")
MiB = 2**20


# --------------------------------------------------------------------------- corpus

def source_files(datasets: Path) -> list[Path]:
    """The ANT article files, in a fixed order."""
    files = []
    for name in SOURCES:
        root = datasets / name
        if not root.is_dir():
            raise SystemExit(f"benchmark needs {root} (ANT corpora under --datasets); not found")
        files += sorted(p for p in root.rglob("*.txt") if _DOCNO.search(p.read_bytes()[:300]))
    return files


def build_corpus(datasets: Path, mb: float) -> dict:
    """Write ``bench/corpus/ant-<mb>mb/`` (deterministic); reuse it when already complete."""
    dest = CORPORA / f"ant-{mb:g}mb"
    info_file = CORPORA / f"ant-{mb:g}mb.json"  # beside the corpus, not in it (it would be read as a table)
    if info_file.exists():
        info = json.loads(info_file.read_text())
        if info.get("target_mb") == mb:
            return info
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    files = source_files(datasets)
    total, n, repeat = 0, 0, 0
    t0 = time.perf_counter()
    while total < mb * MiB:
        for src in files:
            data = src.read_bytes()
            m = _DOCNO.search(data)
            # a fresh DOCNO keeps the ANT shape (XX-category-number-date): number + repeat * 10^6
            docno = b"%s-%s-%d-%s" % (m[1], m[2], int(m[3]) + repeat * 1_000_000, m[4])
            data = data[:m.start()] + b"<DOCNO>" + docno + b"</DOCNO>" + data[m.end():]
            out = dest / f"r{repeat:02d}" / m[2].decode() / (docno.decode() + ".txt")
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(data)
            total += len(data)
            n += 1
            if total >= mb * MiB:
                break
        repeat += 1
    info = {"target_mb": mb, "path": str(dest), "files": n, "bytes": total, "mb": round(total / MiB, 1),
            "repeats": repeat, "source_files": len(files), "seconds_to_build": round(time.perf_counter() - t0, 1)}
    info_file.write_text(json.dumps(info, indent=2))
    return info


# One Russia–Vietnam sentence: a page whose paragraphs all repeat it is the worst case of the events
# merge (every event in one dyad/CAMEO block) and of per-document work.
DEGENERATE_SENTENCE = ("وقعت روسيا وفيتنام في هانوي يوم 15 يونيو 2024 اتفاقية للتعاون في مجال الطاقة النووية"
                       " خلال زيارة الرئيس الروسي فلاديمير بوتين.")


def build_degenerate(mb: float) -> dict:
    """A single page of ``mb`` MiB whose paragraphs repeat one Russia–Vietnam sentence."""
    dest = CORPORA / f"degenerate-{mb:g}mb"
    page = dest / "page.txt"
    if not page.exists():
        dest.mkdir(parents=True, exist_ok=True)
        lines = ["روسيا وفيتنام: اتفاقية للطاقة النووية", ""]
        size = 0
        while size < mb * MiB:
            lines.append(DEGENERATE_SENTENCE)
            size += len(DEGENERATE_SENTENCE.encode("utf-8")) + 1
        page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"path": str(dest), "files": 1, "bytes": page.stat().st_size, "mb": round(page.stat().st_size / MiB, 2)}


def build_ordinary(datasets: Path, mb: float) -> dict:
    """The first ``mb`` MiB of ANT article files (every 3rd file, so several outlets and years mix)."""
    dest = CORPORA / f"ordinary-{mb:g}mb"
    info_file = CORPORA / f"ordinary-{mb:g}mb.json"
    if info_file.exists():
        return json.loads(info_file.read_text())
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    total = n = 0
    for src in source_files(datasets)[::3]:
        data = src.read_bytes()
        (dest / f"{n:05d}-{src.name}").write_bytes(data)
        total += len(data)
        n += 1
        if total >= mb * MiB:
            break
    info = {"path": str(dest), "files": n, "bytes": total, "mb": round(total / MiB, 2)}
    info_file.write_text(json.dumps(info, indent=2))
    return info


def build_jsonl(datasets: Path, mb: float) -> dict:
    """One JSON Lines file of ``mb`` MiB: the ANT articles (title, text, date, source), repeated."""
    dest = CORPORA / f"jsonl-{mb:g}mb"
    target = dest / "articles.jsonl"
    info_file = CORPORA / f"jsonl-{mb:g}mb.json"
    if info_file.exists():
        return json.loads(info_file.read_text())
    dest.mkdir(parents=True, exist_ok=True)
    tag = re.compile(r"<(TITLE|TIME|SRC|TEXT)>(.*?)</\1>", re.S)
    articles = []
    for src in source_files(datasets):
        fields = dict(tag.findall(src.read_text(encoding="utf-8", errors="replace")))
        if fields.get("TEXT"):
            articles.append({"title": fields.get("TITLE", "").strip(), "text": fields["TEXT"].strip(),
                             "date": fields.get("TIME", "").strip(), "source": fields.get("SRC", "").strip()})
    total = n = 0
    with open(target, "w", encoding="utf-8") as fh:
        while total < mb * MiB:
            for article in articles:
                line = json.dumps(article, ensure_ascii=False) + "\n"
                fh.write(line)
                total += len(line.encode("utf-8"))
                n += 1
                if total >= mb * MiB:
                    break
    info = {"path": str(target), "files": 1, "documents": n, "bytes": total, "mb": round(total / MiB, 1)}
    info_file.write_text(json.dumps(info, indent=2))
    return info


# --------------------------------------------------------------------------- measured tasks (child processes)

class Sampler(threading.Thread):
    """Sample this process's RSS every few ms; peak per engine stage and overall."""

    def __init__(self, interval: float = 0.02):
        super().__init__(daemon=True)
        import psutil

        from marsad.engine import partitions as engine

        self.proc, self.activity, self.interval = psutil.Process(), engine.activity, interval
        self.peak: dict[str, int] = {}
        self.running = True

    def run(self):
        while self.running:
            rss = self.proc.memory_info().rss
            stage = self.activity["stage"]
            if rss > self.peak.get(stage, 0):
                self.peak[stage] = rss
            time.sleep(self.interval)

    def stop(self) -> dict[str, float]:
        self.running = False
        self.join()
        return {k: round(v / MiB, 1) for k, v in self.peak.items()}


def task_analyze(args: dict) -> dict:
    import resource

    from marsad.engine.run import analyze

    sampler = Sampler()
    sampler.start()
    t0, c0 = time.perf_counter(), time.process_time()
    run = analyze(args["corpus"], args["out"], engine=args.get("engine", "local"), workers=args.get("workers"),
                  stages=tuple(args["stages"]) if "stages" in args else None, force=True, progress=False,
                  chunk_mb=args.get("chunk_mb", 4.0), options=args.get("options") or None)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    peaks = sampler.stop()
    status = json.loads((Path(args["out"]) / "stages.json").read_text())
    return {"wall": round(wall, 2), "driver_cpu": round(cpu, 2), "errors": run.errors, "stages": status,
            "stage_peak_rss_mb": peaks, "self_maxrss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def task_baselines(args: dict) -> dict:
    """Mention stage vs naive regexes vs raw Aho-Corasick; CAMeL tokenizer; same texts."""
    import inspect
    import re as re_

    import numpy as np

    from marsad.engine.run import read_table
    from marsad.mentions.kb import load_kb
    from marsad.mentions.pipeline import default_matcher, find_mentions
    from marsad.lang.text import tokenize
    from mentions_speed import raw_scan, ratio_summary  # bench/ is on sys.path when this file runs

    segs = read_table(args["tables"], "segments", columns=["doc_id", "section", "position", "text", "normalized"])
    segs = segs.astype({c: object for c in ("doc_id", "section", "text", "normalized")})
    texts = segs["text"].tolist()
    text_mb = sum(len(t.encode("utf-8")) for t in texts) / MiB
    out = {"segments": len(texts), "text_mb": round(text_mb, 2), "chars": sum(map(len, texts))}
    aliases = sorted(set(load_kb().patterns["pattern"].astype(str)))
    out["aliases"] = len(aliases)
    default_matcher().match("روسيا")  # build the automaton outside the timing (done once per process)

    def timed(fn):
        t0, c0 = time.perf_counter(), time.process_time()
        value = fn()
        return value, time.perf_counter() - t0, time.process_time() - c0

    chunks = np.array_split(np.arange(len(segs)), max(1, len(segs) // 20000))

    # the matcher only: find_mentions' optional CRF NER is measured apart (below)
    no_ner = {"ner": False} if "ner" in inspect.signature(find_mentions).parameters else {}

    # the batches as the stage receives them (its partition's segments), cut before the timing as the
    # raw scan's list of texts is
    cols = ["doc_id", "section", "position", "text"]
    frames = {True: [segs.iloc[idx][cols + ["normalized"]] for idx in chunks],
              False: [segs.iloc[idx][cols] for idx in chunks]}

    def mentions(with_normalized: bool):
        return sum(len(find_mentions(f, **no_ner)) for f in frames[with_normalized])

    raw_ac = raw_scan(aliases, texts)
    find_mentions(frames[True][0].head(50), **no_ner)  # the first call's one-off set-up outside the timing

    # The ratio of the issue (mention stage / raw scan) from interleaved rounds, each running the rows
    # back to back: other jobs on a shared machine slow a round's runs alike, so the ratio within a
    # round is steadier than either time; its median over the rounds is the reported ratio.
    repeat = max(1, int(args.get("repeat", 3)))
    runs = (("mentions", lambda: mentions(True)), ("normalise_and_mentions", lambda: mentions(False)),
            ("raw_aho_corasick", raw_ac))
    cpus: dict = {key: [] for key, _fn in runs}
    for _ in range(repeat):
        for key, fn in runs:
            hits, wall, cpu = timed(fn)
            cpus[key].append(cpu)
            best = out.get(key)
            if best is None or cpu < best["cpu"]:
                out[key] = {"hits": hits, "wall": round(wall, 2), "cpu": round(cpu, 2), "mb": round(text_mb, 2),
                            "best_of": repeat}
    for key in cpus:
        out[key]["cpu_rounds"] = [round(c, 3) for c in cpus[key]]
    out["ratio_vs_raw"] = ratio_summary(cpus["raw_aho_corasick"], cpus["mentions"])
    out["ratio_vs_raw_with_normalise"] = ratio_summary(cpus["raw_aho_corasick"], cpus["normalise_and_mentions"])

    if no_ner:  # find_mentions with its NER on (the default for reports), on a subsample
        step = max(1, int(args.get("ner_step", 50)))
        sample = segs.iloc[::step][["doc_id", "section", "position", "text", "normalized"]]
        smb = sum(len(t.encode("utf-8")) for t in sample["text"]) / MiB
        words = int(sample["text"].str.split().str.len().sum())
        try:
            find_mentions(sample.head(5), ner=True)  # load the CRF model outside the timing
            hits, wall, cpu = timed(lambda: len(find_mentions(sample, ner=True)))
            out["mentions_with_ner"] = {"hits": hits, "wall": round(wall, 2), "cpu": round(cpu, 2),
                                        "mb": round(smb, 3), "words": words, "sample_step": step}
        except Exception as exc:  # the NER path is optional here: keep the other numbers
            out["mentions_with_ner_error"] = f"{type(exc).__name__}: {exc}"

    out["load_average"] = [round(x, 2) for x in os.getloadavg()]

    # CAMeL's tokenizer alone, on a spread subsample sized to take ~the mention stage's time
    step = max(1, int(args.get("tokenize_step", 1)))
    sample = texts[::step]
    tokens, wall, cpu = timed(lambda: sum(len(tokenize(t)) for t in sample))
    smb = sum(len(t.encode("utf-8")) for t in sample) / MiB
    out["camel_tokenize"] = {"tokens": tokens, "wall": round(wall, 2), "cpu": round(cpu, 2), "mb": round(smb, 2),
                             "sample_step": step}

    # the naive notebook: one regex per alias over each text (a subsample: it is very slow)
    sample = texts[:: max(1, len(texts) // int(args.get("naive_segments", 300)))]
    regexes = [re_.compile(r"(?<!\w)" + re_.escape(a) + r"(?!\w)") for a in aliases]

    def naive():
        n = 0
        for rx in regexes:
            for text in sample:
                for _ in rx.finditer(text):
                    n += 1
        return n

    hits, wall, cpu = timed(naive)
    smb = sum(len(t.encode("utf-8")) for t in sample) / MiB
    out["naive_regex"] = {"hits": hits, "wall": round(wall, 2), "cpu": round(cpu, 2), "mb": round(smb, 4),
                          "segments": len(sample), "extrapolated": True}
    return out


def task_compare(args: dict) -> dict:
    """Are the Dask engine's tables the local engine's?"""
    import pandas as pd

    from marsad.engine.run import read_table

    out = {}
    from marsad.engine.store import stored_tables

    for name in sorted(set(stored_tables(args["a"])) | set(stored_tables(args["b"]))):
        try:
            pd.testing.assert_frame_equal(read_table(args["a"], name), read_table(args["b"], name))
            out[name] = "identical"
        except (AssertionError, FileNotFoundError) as exc:
            out[name] = f"differ: {str(exc)[:300]}"
    return out


def task_startup(args: dict) -> dict:
    """What a fresh worker process pays before its first partition: imports, then each stage's models (CPU s)."""
    import resource

    def cpu():
        r = resource.getrusage(resource.RUSAGE_SELF)
        return r.ru_utime + r.ru_stime

    c0 = cpu()
    from marsad.engine import partitions
    from marsad.stages import resolve_options, stage_order

    out = {"imports": round(cpu() - c0, 2)}
    order = stage_order(args.get("stages") or ["headlines", "mentions", "events", "stories"])
    opts = {k: v.as_dict() for k, v in resolve_options(order, args.get("options") or {}).items()}
    for k, name in enumerate(order):  # stage k's first call loads its models (earlier stages are warm by then)
        c = cpu()
        partitions._warm_worker(order[:k + 1], opts)
        out[name] = round(cpu() - c, 2)
    out["total"] = round(cpu() - c0, 2)
    return out


def task_mentions_speed(args: dict) -> dict:
    """The mention stage against the raw scan on the three ANT v2.1 outlets (`bench/mentions_speed.py`)."""
    from mentions_speed import measure  # bench/ is on sys.path when this file runs

    return measure(args["datasets"], int(args.get("repeat", 7)))


TASKS = {"analyze": task_analyze, "baselines": task_baselines, "compare": task_compare, "startup": task_startup,
         "mentions_speed": task_mentions_speed}


# --------------------------------------------------------------------------- the parent: run tasks, sample RSS

def measure(task: str, args: dict, *, timeout: float) -> dict:
    """Run a task in a fresh interpreter; wall time and peak RSS of its whole process tree."""
    import psutil

    cmd = [sys.executable, str(Path(__file__).resolve()), "--task", task, "--args", json.dumps(args)]
    load = os.getloadavg()[0]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)
    ps = psutil.Process(proc.pid)
    peak = 0
    stop = threading.Event()

    def sample():
        nonlocal peak
        while not stop.is_set():
            try:
                tree = [ps, *ps.children(recursive=True)]
                rss = 0
                for p in tree:
                    try:
                        rss += p.memory_info().rss
                    except psutil.Error:
                        pass
                peak = max(peak, rss)
            except psutil.Error:
                pass
            stop.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        stdout, stderr = proc.communicate()
        stop.set()
        return {"error": f"timed out after {timeout:.0f} s", "wall_total": round(time.perf_counter() - t0, 1)}
    stop.set()
    sampler.join()
    wall = time.perf_counter() - t0
    lines = [line for line in stdout.splitlines() if line.startswith("{")]
    if proc.returncode or not lines:
        return {"error": (stderr or stdout)[-2000:], "wall_total": round(wall, 1)}
    result = json.loads(lines[-1])
    result["wall_total"] = round(wall, 2)  # with interpreter start and imports
    result["tree_peak_rss_mb"] = round(peak / MiB, 1)
    result["load_before"], result["load_after"] = round(load, 2), round(os.getloadavg()[0], 2)
    return result


def machine() -> dict:
    import psutil

    cpu = ""
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    from importlib import metadata

    versions = {d: metadata.version(d) for d in ("pandas", "pyarrow", "dask", "distributed", "pyahocorasick", "camel-tools")}
    return {"cores": os.cpu_count(), "cpu": cpu, "ram_gb": round(psutil.virtual_memory().total / 2**30, 1),
            "python": platform.python_version(), "platform": platform.platform(), "versions": versions}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--task", choices=TASKS, help=argparse.SUPPRESS)
    parser.add_argument("--args", help=argparse.SUPPRESS)
    parser.add_argument("--datasets", default=str(REPO.parent / "shared" / "datasets"))
    parser.add_argument("--mb", type=float, default=100, help="main corpus size in MiB of article files (default 100)")
    parser.add_argument("--mem-mb", type=float, default=500, help="larger corpus for the memory check (default 500)")
    parser.add_argument("--budget", type=float, default=840, help="skip phases that would start after this many seconds")
    parser.add_argument("--skip", action="append", default=[],
                        choices=["local", "baselines", "dask", "memory", "report", "degenerate", "noner", "crf", "jsonl"],
                        help="skip a phase (repeatable)")
    parser.add_argument("--degenerate-mb", type=float, default=5, help="size of the degenerate page and of its"
                        " ordinary-articles counterpart (default 5)")
    parser.add_argument("--jsonl-mb", type=float, default=200, help="size of the single JSON Lines file (default 200)")
    parser.add_argument("--naive-segments", type=int, default=100, help="segments the naive baseline runs on")
    parser.add_argument("--tokenize-step", type=int, default=4, help="tokenize every N-th segment")
    parser.add_argument("--baseline-repeat", type=int, default=5,
                        help="interleaved rounds of the mention stage and the raw scan on the bench corpus"
                             " (the ratio reported is the median of the rounds' ratios)")
    parser.add_argument("--mentions-repeat", type=int, default=7,
                        help="interleaved rounds of bench/mentions_speed.py on the three ANT v2.1 outlets")
    parser.add_argument("--results", default=str(HERE / "results.json"))
    parser.add_argument("--doc", default=str(REPO / "docs" / "PERFORMANCE.md"))
    args = parser.parse_args(argv)
    if args.task:
        print(json.dumps(TASKS[args.task](json.loads(args.args)), default=str))
        return 0

    started = time.perf_counter()
    results: dict = {"date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
                     "command": "make bench  # python bench/run.py " + " ".join(sys.argv[1:] if argv is None else argv),
                     "machine": machine(), "load_average_start": os.getloadavg(), "phases": {}, "skipped": {},
                     "skip_args": list(args.skip)}

    def left() -> float:
        return args.budget - (time.perf_counter() - started)

    def phase(name: str, task: str, task_args: dict, *, needs: float = 0.0):
        if left() < needs:
            results["skipped"][name] = f"time budget: {left():.0f} s left, phase needs ~{needs:.0f} s"
            print(f"[bench] skip {name}: {results['skipped'][name]}", flush=True)
            return None
        print(f"[bench] {name} …", flush=True)
        res = measure(task, task_args, timeout=max(60.0, left() + 120))
        results["phases"][name] = res
        print(f"[bench] {name}: {res.get('wall_total')} s" + (f" ERROR {res['error'][-300:]}" if "error" in res else ""),
              flush=True)
        return res

    datasets = Path(args.datasets)
    print(f"[bench] building the {args.mb:g} MiB corpus …", flush=True)
    main_corpus = build_corpus(datasets, args.mb)
    results["corpus"] = main_corpus
    WORK.mkdir(parents=True, exist_ok=True)
    local_out = WORK / "local"
    from marsad.stages import default_stages

    all_stages = list(default_stages())
    # default options, as a user runs `marsad analyze`: the mention stage's CRF NER is on. A second local run
    # turns it off (`--option mentions ner false`), a third runs the CRF alone (`ner_model crf`), so the
    # throughputs come from the same run of the bench.
    opts: dict = {}
    no_ner = {"mentions": {"ner": False}}
    results["analyze_options"] = opts
    reserve = 0 if "report" in args.skip else 45  # the seed report comes last
    if "local" not in args.skip:
        phase("analyze_local", "analyze", {"corpus": main_corpus["path"], "out": str(local_out), "stages": all_stages,
                                         "options": opts})
        if "noner" not in args.skip:
            phase("analyze_local_noner", "analyze", {"corpus": main_corpus["path"], "out": str(WORK / "local-noner"),
                                                     "stages": all_stages, "options": no_ner})
            shutil.rmtree(WORK / "local-noner", ignore_errors=True)
        if "crf" not in args.skip:
            # the NER kept, its convolutional scorer left out (`--option mentions ner_model crf`)
            phase("analyze_local_crf", "analyze", {"corpus": main_corpus["path"], "out": str(WORK / "local-crf"),
                                                   "stages": all_stages, "options": {"mentions": {"ner_model": "crf"}}})
            shutil.rmtree(WORK / "local-crf", ignore_errors=True)
    local = results["phases"].get("analyze_local", {})
    local_wall = local.get("wall_total", 300)
    if "baselines" not in args.skip and (local_out / "segments").is_dir():
        phase("baselines", "baselines", {"tables": str(local_out), "naive_segments": args.naive_segments,
                                         "tokenize_step": args.tokenize_step, "repeat": args.baseline_repeat},
              needs=60 + reserve)
    if "baselines" not in args.skip and (datasets / "ant-v2.1-multisource").is_dir():
        # the same ratio on a second, larger corpus (the three ANT v2.1 outlets): its own section
        phase("mentions_speed", "mentions_speed", {"datasets": str(datasets), "repeat": args.mentions_repeat},
              needs=15 * args.mentions_repeat + 30 + reserve)
    if "dask" not in args.skip:
        phase("startup", "startup", {"options": opts}, needs=20)
        # 2 workers first: it is the one compared with the local tables
        for workers in (2, 1):
            name = f"analyze_dask_{workers}"
            res = phase(name, "analyze", {"corpus": main_corpus["path"], "out": str(WORK / f"dask{workers}"),
                                           "engine": "dask", "workers": workers, "stages": all_stages,
                                           "options": opts},
                        needs=local_wall / workers * 0.9 + reserve)
            if workers == 2 and res and "error" not in res and (local_out / "segments").is_dir():
                phase("compare_dask_2", "compare", {"a": str(local_out), "b": str(WORK / "dask2")}, needs=20 + reserve)
            shutil.rmtree(WORK / f"dask{workers}", ignore_errors=True)
    if "degenerate" not in args.skip:
        # the worst case of cost per input byte against ordinary news, same size, same options
        ordinary = build_ordinary(datasets, args.degenerate_mb)
        results["corpus_ordinary"], results["corpus_degenerate"] = ordinary, build_degenerate(args.degenerate_mb)
        phase("ordinary", "analyze", {"corpus": ordinary["path"], "out": str(WORK / "ordinary"), "options": opts},
              needs=30 + reserve)
        phase("degenerate", "analyze", {"corpus": results["corpus_degenerate"]["path"], "out": str(WORK / "degenerate"),
                                         "options": opts}, needs=60 + reserve)
        for name in ("ordinary", "degenerate", "ordinary-ner"):
            shutil.rmtree(WORK / name, ignore_errors=True)
    if "jsonl" not in args.skip:
        # one big table file: read in pieces, so peak memory is one piece, not the file
        results["corpus_jsonl"] = build_jsonl(datasets, args.jsonl_mb)
        phase("jsonl", "analyze", {"corpus": results["corpus_jsonl"]["path"], "out": str(WORK / "jsonl"),
                                   "stages": [], "options": {}}, needs=args.jsonl_mb / 4 + reserve)
        shutil.rmtree(WORK / "jsonl", ignore_errors=True)
    if "memory" not in args.skip:
        memory_phases(results, datasets, args, main_corpus, left, phase, reserve)
    if "report" not in args.skip:
        results["phases"]["report_seed"] = time_report(warm=left() > 90)
    results["load_average_end"] = os.getloadavg()
    results["bench_seconds"] = round(time.perf_counter() - started, 1)
    Path(args.results).write_text(json.dumps(results, indent=2, ensure_ascii=False, default=str))
    from perfdoc import write_markdown  # bench/perfdoc.py

    write_markdown(results, Path(args.doc))
    ms = results["phases"].get("mentions_speed") or {}
    if "ratio" in ms:  # its own section (the second corpus of the mention-stage ratio)
        from mentions_speed import render, write_section

        write_section(Path(args.doc), render(ms))
    print(f"[bench] done in {results['bench_seconds']} s: {args.results}, {args.doc}", flush=True)
    return 0


def memory_phases(results, datasets, args, main_corpus, left, phase, reserve) -> None:
    """The same stages at two corpus sizes: read+normalise+mentions+write when the budget allows, else read+write."""
    st = (results["phases"].get("analyze_local_noner") or results["phases"].get("analyze_local", {})).get("stages", {})
    per_mb = {k: (st.get(k, {}).get("seconds") or 0) / main_corpus["mb"] for k in ("read", "mentions", "write")}
    ratio = args.mem_mb / args.mb
    build = 0.15 * args.mem_mb  # seconds to write the larger corpus (~0.12 s/MiB measured)
    startup = 15  # interpreter, imports, models
    with_mentions = (per_mb["read"] + per_mb["mentions"] + per_mb["write"]) * args.mem_mb + startup
    read_only = (per_mb["read"] + per_mb["write"]) * args.mem_mb + startup
    if not st:  # no local run to estimate from
        with_mentions, read_only = 1e9, 150
    for stages, est in ((["mentions"], with_mentions), ([], read_only)):
        if left() > est * (1 + 1 / ratio) + build + reserve:
            break
    else:
        results["skipped"]["memory"] = f"time budget: {left():.0f} s left, the read-only run needs ~{read_only + build:.0f} s"
        return
    results["memory_stages"] = ["read+normalise+mentions (matcher, NER off)+write"] if stages else ["read+normalise+write only"]
    # the memory runs keep the mention stage's CRF NER off (the matcher's memory; the NER model is fixed-size)
    opts = {"mentions": {"ner": False}} if "mentions" in stages else {}
    phase("memory_small", "analyze", {"corpus": main_corpus["path"], "out": str(WORK / "mem-small"), "stages": stages,
                                      "options": opts})
    print(f"[bench] building the {args.mem_mb:g} MiB corpus …", flush=True)
    results["corpus_large"] = build_corpus(datasets, args.mem_mb)
    phase("memory_large", "analyze", {"corpus": results["corpus_large"]["path"], "out": str(WORK / "mem-large"),
                                      "stages": stages, "options": opts}, needs=est * 0.8)
    for name in ("mem-small", "mem-large"):
        shutil.rmtree(WORK / name, ignore_errors=True)


def time_report(*, warm: bool = True) -> dict:
    """``marsad report`` on the seed (environment installed): cold (fresh folder), then warm (tables reused)."""
    out = {}
    shutil.rmtree(WORK / "reports", ignore_errors=True)
    for kind in ("cold", "warm") if warm else ("cold",):
        print(f"[bench] marsad report on the seed ({kind}) …", flush=True)
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "marsad", "report", "--corpus", "seeds", "--name", "bench-seed",
                               "--reports-dir", str(WORK / "reports")], cwd=REPO, capture_output=True, text=True)
        wall = round(time.perf_counter() - t0, 2)
        print(f"[bench] report ({kind}): {wall} s (exit {proc.returncode})", flush=True)
        out[kind] = {"wall_total": wall, "returncode": proc.returncode, "output": proc.stdout[-1500:],
                     "stderr": proc.stderr[-800:]}
    out["wall_total"] = out["cold"]["wall_total"]
    shutil.rmtree(WORK / "reports", ignore_errors=True)
    return out


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    sys.exit(main())
