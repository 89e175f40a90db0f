"""Throughput of the NER step alone, as the mention stage calls it (not part of `make test`).

    python bench/ner_speed.py [--datasets ../shared/datasets] [--mb 3] [--model PATH] [--crf]

Reads the paragraphs (title, abstract, text) of ANT v1.1 Jawhara FM and ANT v2.1 CNN article files in
sorted order until ``--mb`` MB of UTF-8 text, then times
``marsad.mentions.ner.predict_spans(texts, types=("PERS", "ORG"), min_confidence=0.4)`` in one call
(the call the people recogniser makes): CPU seconds of this process (``time.process_time``, so other
load on the machine does not count), once with a freshly loaded model ("cold": every word type's label
scores computed) and once more on the same texts ("warm": all cached). Prints one JSON line. ``--crf`` times the
model's CRF without its neural scorer (``load_model(neural=False)``, the mention stage's ``ner_model="crf"``).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

_FIELD = re.compile(r"<(TITLE|ABSTRACT|TEXT)>(.*?)</\1>", re.S)


def texts(datasets: Path, mb: float) -> tuple[list[str], int]:
    out, n = [], 0
    files = sorted((datasets / "ant-v1.1-jawharafm").rglob("*.txt")) + sorted((datasets / "ant-v2.1-multisource" / "CNN").rglob("*.txt"))
    # interleave the two outlets so a few MB hold both
    files = [f for pair in zip(files[::2], files[1::2]) for f in pair]
    for p in files:
        for _, body in _FIELD.findall(p.read_text("utf-8", errors="replace")):
            for para in body.split("\n"):
                if para.strip():
                    out.append(para.strip())
                    n += len(para.strip().encode())
        if n >= mb * 1e6:
            break
    return out, n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--datasets", default=str(Path(__file__).resolve().parents[1].parent / "shared" / "datasets"))
    ap.add_argument("--mb", type=float, default=3.0)
    ap.add_argument("--model", help="another model file (.npz) to time instead of the shipped one, e.g. an older commit's")
    ap.add_argument("--crf", action="store_true", help="the CRF alone (load_model(neural=False))")
    args = ap.parse_args(argv)
    from marsad.mentions import ner

    data, nbytes = texts(Path(args.datasets), args.mb)
    if not data:
        print(f"no ANT text under {args.datasets}", file=sys.stderr)
        return 2
    t0 = time.process_time()
    # (neural= only with --crf: older commits' load_model has no such keyword, and --model times them)
    model = ner.load_model(args.model, neural=False) if args.crf else ner.load_model(args.model)
    load = time.process_time() - t0
    res = {"mb": round(nbytes / 1e6, 2), "texts": len(data), "neural": model.neural is not None,
           "model_load_cpu_s": round(load, 2)}
    for run in ("cold", "warm"):
        t0, w0 = time.process_time(), time.time()
        spans = ner.predict_spans(data, model=model, types=("PERS", "ORG"), min_confidence=0.4)
        cpu = time.process_time() - t0
        res[run] = {"cpu_s": round(cpu, 2), "wall_s": round(time.time() - w0, 2), "mb_per_cpu_s": round(nbytes / 1e6 / cpu, 2),
                    "spans": sum(map(len, spans))}
    res["word_types"] = len(model.tid)
    print(json.dumps(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
