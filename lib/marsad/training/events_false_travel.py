"""The rules' false rows on news they were not written for, and the place-only filter PO judged by time travel
(session 85, ``docs/EVALUATION.md``, "Session 85").

The rules' rows of each past blind part are those of the code it was blind on (one pickle of ``{doc_id: table}`` per
part, as :mod:`marsad.training.events_travel` reads them). :func:`false_rows` lists the rows whose actors are wrong
(``events_eval.match_gold``; rows matching an optional gold event left out, as ``events_eval.score`` does).
:func:`place_only` is the pre-registered filter PO: a row is dropped when one side of it is named in its sentence only as
a place (today's ``arguments._flags`` venue bit on every mention of that side), visits and hosting (042, 043) excepted.
:func:`travel` scores a part's tables before/after PO with today's ``events_eval.score``.

``python -m marsad.training.events_false_travel --datasets DIR --rules s41-mix=PKL ... [--dev PKL]``
"""
from __future__ import annotations

import argparse
import json
import pickle
from collections import defaultdict

import pandas as pd

from marsad.events.arguments import _flags
from marsad.events.context import _Actor
from marsad.events import lexicon as lx
from marsad.lang.text import normalize_map
from marsad.training import events_eval as ee

__all__ = ["DECIDING", "CHECK", "place_only", "apply", "false_rows", "travel", "counts", "verdict", "main"]

DECIDING = ("s37-mix", "s38-mix", "s39-mix", "s40-mix", "s41-mix")
CHECK = ("s42-mix",)
_VISITS = ("042", "043")


def _norm(sentence: str) -> str:
    norm, _ = normalize_map(str(sentence))
    return norm.replace("_", " ").replace("#", " ")


def place_only(row, focus: str) -> bool:
    """Filter PO: True when one side of the event row (source or target) is named in the row's sentence at least
    once and every such mention is a place (``arguments._flags``' venue bit); never for a visit or hosting
    (``cameo_code`` 042/043), a background row or the learned detector's row."""
    if row.get("kind") != "event" or str(row.get("cameo_code")) in _VISITS \
            or str(row.get("rule", "")).startswith("learned:"):
        return False
    src, tgt = str(row["source"]), str(row["target"])
    focus = str(focus).upper()
    partner = tgt if src == focus else src
    if {src, tgt} != {focus, partner} or src == tgt:
        return False
    norm = _norm(row["sentence"])
    regex, meta, _ = lx.actor_regex((focus, partner))
    blocked = [m.span() for m in lx.NOT_ACTOR.finditer(norm)]
    by_side = defaultdict(list)
    for m in regex.finditer(norm):
        start, end = m.span(m.lastgroup)
        if any(b0 <= start < b1 for b0, b1 in blocked):
            continue
        code, kind, stands = meta[int(m.lastgroup[1:])]
        if code in (src, tgt):
            a = _Actor(start, end, code, m.group(m.lastgroup), stands, kind)
            by_side[code].append(bool(_flags(norm, a)[2]))
    return any(v and all(v) for v in by_side.values())


def apply(table: pd.DataFrame, focus: str, dropped: list | None = None) -> pd.DataFrame:
    """``table`` without the rows :func:`place_only` drops (``dropped`` collects them)."""
    if table is None or not len(table):
        return table
    keep = []
    for row in table.to_dict("records"):
        hit = place_only(row, focus)
        keep.append(not hit)
        if hit and dropped is not None:
            dropped.append(row)
    return table[keep]


def _tags(table: pd.DataFrame, gold: list[dict]) -> dict:
    """How ``events_eval.score`` counts each event row of ``table`` (by index): ``optional``, ``false`` (actors wrong)
    or ``right`` (actors right)."""
    ev = table[table["kind"] == "event"]
    used, tags = set(), {}
    for idx, row in ev.iterrows():
        g, actors, kind = ee.match_gold(row, gold, used)
        if g is not None and g["optional"] == "1":
            tags[idx] = "optional"
            continue
        if kind:
            used.add(g["event"])
        tags[idx] = "right" if actors else "false"
    return tags


def false_rows(part: str, rules: dict) -> list[dict]:
    """The rows of ``part``'s tables whose actors are wrong (optional matches left out), with their document."""
    docs, by = ee.gold_events_by_doc()
    out = []
    for d in docs:
        if d["split"] != part:
            continue
        t = rules[d["doc_id"]]
        ev = t[t["kind"] == "event"]
        used = set()
        for _, row in ev.iterrows():
            g, actors, kind = ee.match_gold(row, by[d["doc_id"]], used)
            if g is not None and g["optional"] == "1":
                continue
            if kind:
                used.add(g["event"])
            if not actors:
                out.append({**row.to_dict(), "doc_id": d["doc_id"]})
    return out


def travel(part: str, rules: dict, datasets=None) -> dict:
    """Score ``part`` with its tables before and after PO; the rows PO drops with how they were counted."""
    docs, by = ee.gold_events_by_doc()
    after, dropped = {}, []
    for d in docs:
        if d["split"] != part:
            continue
        focus, _ = ee.doc_pair(d)
        t = rules[d["doc_id"]]
        hits = [place_only(r, focus) for r in t.to_dict("records")]
        after[d["doc_id"]] = t[[not h for h in hits]] if len(t) else t
        tags = _tags(t, by[d["doc_id"]]) if len(t) else {}
        for (idx, r), h in zip(t.iterrows(), hits):
            if h:
                dropped.append({"doc_id": d["doc_id"], "tag": tags.get(idx, "?"), "source": r["source"],
                                "target": r["target"], "code": r["cameo_code"], "sentence": str(r["sentence"])})
    tables = {k: rules[k] for k in after}
    return {"before": ee.score(part, datasets, tables=tables), "after": ee.score(part, datasets, tables=after),
            "dropped": dropped}


def _n(r: dict, key: str, base: str) -> int:
    v = r[key]
    return round(v * r[base]) if v == v else 0


def counts(res: dict) -> dict:
    b, a = res["before"], res["after"]
    tags = [x["tag"] for x in res["dropped"]]
    return {"rows": (b["system"], a["system"]), "p_actors": (_n(b, "P_actors", "system"), _n(a, "P_actors", "system")),
            "r_akd": (_n(b, "R_date", "gold"), _n(a, "R_date", "gold")), "gold": b["gold"],
            "false_removed": tags.count("false"), "right_removed": tags.count("right"),
            "optional_removed": tags.count("optional")}


def verdict(results: dict) -> dict:
    """The pre-registered criterion of "Session 85" over the parts and development scored in ``results``."""
    dec = [counts(results[p]) for p in DECIDING if p in results]
    pooled = {k: sum(c[k] for c in dec) for k in ("false_removed", "right_removed", "optional_removed", "gold")}
    pooled["r_akd"] = tuple(sum(c["r_akd"][i] for c in dec) for i in (0, 1))
    pooled["p_actors"] = tuple(sum(c["p_actors"][i] for c in dec) for i in (0, 1))
    pooled["rows"] = tuple(sum(c["rows"][i] for c in dec) for i in (0, 1))
    ok = pooled["false_removed"] >= 3 and pooled["right_removed"] <= 1 and pooled["r_akd"][0] - pooled["r_akd"][1] <= 1
    out = {"pooled": pooled, "deciding_ok": ok}
    chk = [counts(results[p]) for p in CHECK if p in results]
    if chk:
        out["check_ok"] = all(c["right_removed"] <= c["false_removed"] for c in chk)
    if "dev" in results:
        worst = max((c["right_removed"] for c in results["dev"].values()), default=0)
        out["dev_max_right_removed"] = worst
        out["dev_ok"] = worst <= 1
    out["ships"] = ok and out.get("check_ok", True) and out.get("dev_ok", True)
    return out


def main(argv: list[str] | None = None) -> int:
    from marsad.training.evaluate import cli_datasets_dir

    parser = argparse.ArgumentParser(prog="python -m marsad.training.events_false_travel",
                                     description="Past blind parts' rules rows (their own code's) before/after the "
                                                 "place-only filter PO; optionally today's development tables.")
    parser.add_argument("--datasets")
    parser.add_argument("--rules", nargs="+", required=True, help="PART=PICKLE of {doc_id: rules table}")
    parser.add_argument("--dev", help="pickle of today's rules tables of the development documents")
    parser.add_argument("--out", help="pickle of the results")
    args = parser.parse_args(argv)
    datasets = cli_datasets_dir(args.datasets, need="ant-v2.1-multisource")
    if datasets is None:
        return 2
    results = {}
    for part, rules in ee.read_tables(args.rules).items():
        results[part] = travel(part, rules, datasets)
        print(part, json.dumps(counts(results[part])), flush=True)
        for x in results[part]["dropped"]:
            print(f"   {x['tag']:8} {x['doc_id']} {x['source']}->{x['target']} {x['code']} | {x['sentence'][:150]}")
    if args.dev:
        with open(args.dev, "rb") as fh:
            tables = pickle.load(fh)
        results["dev"] = {}
        docs, *_ = ee.load_gold()
        for split in ee.SPLITS:
            if any(d["split"] == split and d["doc_id"] not in tables for d in docs):
                # (a split made development after the tables were dumped, e.g. s43-mix for 1556b68b's tables)
                print("dev", split, "not in the --dev tables: skipped", flush=True)
                continue
            res = travel(split, tables, datasets)
            results["dev"][split] = counts(res)
            if res["dropped"]:
                print("dev", split, json.dumps(counts(res)), flush=True)
                for x in res["dropped"]:
                    print(f"   {x['tag']:8} {x['doc_id']} {x['source']}->{x['target']} {x['code']} | "
                          f"{x['sentence'][:150]}")
    v = verdict(results)
    print("verdict", json.dumps(v, default=str))
    if args.out:
        with open(args.out, "wb") as fh:
            pickle.dump({"results": results, "verdict": v}, fh)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
