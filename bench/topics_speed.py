"""Speed of the headline topic classifier: model + encoder load, a 58-headline ticker, whole-corpus throughput.

    .venv/bin/python bench/topics_speed.py [--datasets ../shared/datasets] [--n 5000]

Prints markdown for docs/PERFORMANCE.md. The ticker is the seed page's (58 headlines); throughput is
measured on distinct ANT v2.1 CNN titles (every title is classified, none is repeated), with the
sentence encoder and with the lexical part alone (``--option headlines embeddings false``).
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
    args = parser.parse_args()

    import marsad
    from marsad.topics import classifier as topics
    from marsad.topics import encoder

    t0 = time.perf_counter()
    model = topics.load_model()
    encoder.embed(["تحميل"])
    load_s = time.perf_counter() - t0
    ticker = topics.headlines_table(marsad.read_corpus(ROOT / "seeds" / "000_92831172bd7188e7.txt"))["text"].tolist()
    runs = []
    for _ in range(5):
        t0 = time.perf_counter()
        topics.classify_headlines(ticker, model=model)
        runs.append(time.perf_counter() - t0)
    index = Path(args.datasets) / "ant-v2.1-multisource" / "derived_headlines_index_CNN.tsv"
    titles = pd.read_csv(index, sep="\t", dtype=str, keep_default_na=False)["title"].drop_duplicates().tolist()[: args.n]
    rates = {}
    for label, use in (("with the sentence encoder", True), ("lexical part only", False)):
        t0 = time.perf_counter()
        topics.classify_headlines(titles, model=model, embeddings=use)
        rates[label] = len(titles) / (time.perf_counter() - t0)
    load = os.getloadavg()
    print(f"`python bench/topics_speed.py` at {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, "
          f"{os.cpu_count()} cores, load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}:\n")
    print("| what | time / rate |\n|---|---:|")
    print(f"| load the model and the sentence encoder (once per process) | {load_s:.2f} s |")
    print(f"| classify the seed ticker ({len(ticker)} headlines), median of 5 | {sorted(runs)[2] * 1000:.0f} ms |")
    for label, rate in rates.items():
        print(f"| {len(titles):,} distinct CNN titles, {label} | {rate:,.0f} headlines/s |")


if __name__ == "__main__":
    main()
