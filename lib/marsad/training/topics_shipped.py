"""The shipped topic model on the outlets it never saw, and on the hand-labelled seed ticker (no training).

``python -m marsad.training evaluate topics-shipped`` loads ``lib/marsad/data/topics/model.npz``, classifies
the headlines of every ANT outlet its ``meta["excluded"]`` names (CNN: the demo's outlet) and scores them
against the publisher sections, as one fold of the leave-one-outlet-out evaluation (``evaluate topics``,
which retrains a model per outlet and takes far longer). It takes a minute, so the numbers of the model
that actually ships can be checked after every retraining.
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pandas as pd

from marsad.training.evaluate import DatasetsMissing
from marsad.training.topics import (
    ADAPT_PRIORS, SOURCES, TICKER_BATCH, _embed, _metrics, _softmax, _table, load_headlines, seed_markdown,
    test_headlines, ticker_batches,
)

__all__ = ["evaluate"]


def _calibration(meta: dict) -> str:
    cal = meta.get("calibration")
    if not cal:
        return "The weight and temperature were not calibrated (a single training outlet)."
    return (f"The weight and the temperature were fitted by `train topics` on its training outlets left out in turn "
            f"({', '.join(cal['held_out'])}; mean accuracy there {cal['mean_accuracy']:.3f}).")


def _home_weights(model) -> str:
    if not len(model.home_weights):
        return ""
    emb, wv = model.mix_weights(national=True)
    return (f" (for a national outlet's headlines, when a home country is given: {emb:.2f} and {wv:.2f}; CNN is scored "
            "without one)")


def _adapt(model) -> str:
    if not (ADAPT_PRIORS and len(model.train_prior)):
        return "No prior adaptation (the model file has no training priors, or `ADAPT_PRIORS` is off)."
    return ("The outlet's headlines are one batch, read as `classify_headlines` reads a run's headlines\n"
            "(`classifier.read_batch`: neighbour smoothing, the batch's topic mix estimated by EM, the recall-weighted\n"
            "decision, then the self-training on the batch and its confidence temperature; see `evaluate topics`); the last\n"
            "eight columns are without any batch reading, with the topic mix only (the tenth session's reading), without\n"
            f"the self-training (the eleventh session's) and read in random batches of {TICKER_BATCH} of the outlet's headlines,\n"
            "as a ticker is (`ticker_batches`).")


def evaluate(datasets_root) -> str:
    """Markdown: the shipped model on its held-out outlet(s) and on the seed ticker."""
    from marsad.topics.classifier import adapt_priors, load_model, load_taxonomy, prepare, read_batch

    root = Path(datasets_root)
    model = load_model()
    held = [o for o in model.meta.get("excluded", []) if o in SOURCES]
    if not held:
        raise DatasetsMissing("the shipped topic model leaves no ANT outlet out: nothing to evaluate it on")
    heads = load_headlines(root, sources=held)
    rows, recalls, curves, confusion = [], [], [], []
    for outlet in held:
        test = test_headlines(heads, outlet)
        titles = test["title"].tolist()
        prepared = [prepare(t) for t in titles]
        z = model.decision(prepared, titles, embeddings=_embed(titles))
        proba = decide = _softmax(z / model.temperature)
        gold = test["gold"].to_numpy()
        raw = _metrics(gold, model.classes[proba.argmax(axis=1)], proba.max(axis=1), test["accepted"].tolist())
        only = raw
        if ADAPT_PRIORS:  # as classify_headlines does for one run's headlines
            mix = adapt_priors(proba, model.train_prior)[0]
            only = _metrics(gold, model.classes[mix.argmax(axis=1)], mix.max(axis=1), test["accepted"].tolist())
            q1, d1, _pi = read_batch(proba, prepared, model.train_prior, self_train=0.0)  # the eleventh session's reading
            b1 = d1.argmax(axis=1)
            plain = _metrics(gold, model.classes[b1], q1[np.arange(len(b1)), b1], test["accepted"].tolist())
            qt, dt = ticker_batches(proba, prepared, model.train_prior)  # random ticker-sized batches of the outlet
            bt = dt.argmax(axis=1)
            ticker = _metrics(gold, model.classes[bt], qt[np.arange(len(bt)), bt], test["accepted"].tolist())
            proba, decide, _pi = read_batch(proba, prepared, model.train_prior)
        best = decide.argmax(axis=1)
        pred = model.classes[best]
        m = _metrics(gold, pred, proba[np.arange(len(best)), best], test["accepted"].tolist())
        cov, acc = m["thresholds"][0.5]
        rows.append({"outlet never seen": outlet, "headlines": len(gold), "accuracy (forced)": m["accuracy"],
                     "macro-F1": m["macro_f1"], "mean class recall": m["mean_recall"], "coverage at 0.5": cov,
                     "accuracy on covered": acc, "accuracy without batch reading": raw["accuracy"],
                     "mean class recall without": raw["mean_recall"], "accuracy, mix only": only["accuracy"],
                     "mean class recall, mix only": only["mean_recall"],
                     **({"accuracy, no self-training": plain["accuracy"], "mean class recall, no self-training":
                         plain["mean_recall"], f"accuracy, {TICKER_BATCH}-headline batches": ticker["accuracy"],
                         f"mean class recall, {TICKER_BATCH}-headline batches": ticker["mean_recall"]}
                        if ADAPT_PRIORS else {})})
        recalls.append({"outlet never seen": outlet, **m["recall"]})
        curves.append({"outlet never seen": outlet,
                       **{f"{t:.1f}": f"{c:.2f} / {a:.2f}" for t, (c, a) in m["thresholds"].items()}})
        confusion.append(pd.crosstab(pd.Series(gold, name="gold"), pd.Series(pred, name="predicted")))
    tax = load_taxonomy()["id"].tolist()
    cm = sum(c.reindex(index=tax, columns=tax, fill_value=0) for c in confusion)
    cm = cm.loc[cm.sum(axis=1) > 0, cm.sum(axis=0) > 0].reset_index(names="gold \\ predicted")
    seed_md = seed_markdown(model, "; goal 52")
    meta = model.meta
    return f"""Command: `python -m marsad.training evaluate topics-shipped` (run {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC).

The shipped model (`lib/marsad/data/topics/model.npz`) was trained on **{", ".join(meta.get("sources", []))}**
({meta.get("titles", 0):,} titles, {meta.get("leads", 0):,} lead sentences, {meta.get("lexicon_terms", 0)} lexicon
terms) and never saw **{", ".join(held)}** (the demo's outlet). Embedding weight {model.emb_weight:.2f}, word-vector
weight {model.wv_weight:.2f}{_home_weights(model)}, temperature {model.temperature:.2f}. Scored against the publisher sections mapped to the taxonomy; "forced" = every headline gets
its best topic; each distinct headline counts once and a topic of any of its sections is right (JawharaFM's
society section: society or security; see `evaluate topics`); the confidence columns use the reports' default
threshold 0.5. {_calibration(meta)} {_adapt(model)}

{_table(pd.DataFrame(rows))}

Recall per class:

{_table(pd.DataFrame(recalls))}

Coverage / accuracy on the covered headlines by minimum confidence:

{_table(pd.DataFrame(curves))}

Confusion matrix (rows: publisher section mapped to our taxonomy; columns: predicted):

{_table(cm)}

**Seed ticker** (58 Moroccan ticker headlines labelled by hand, a test set never used for choices): {seed_md}
"""
