"""Events precision by row path on news the rules were not written for, judged by time travel (session 94,
``docs/EVALUATION.md``, "Session 94").

Each past blind part's event rows are those of the code it was blind on (one pickle of ``{doc_id: table}`` per part,
as :mod:`marsad.training.events_travel` reads them: that commit's ``extract_events``, rules alone). Every row is
scored by today's ``events_eval.match_gold`` as ``events_eval.score`` does (rows matching an optional gold event left
out) and gets its path classes, one per dimension (:func:`classes`: the columns every commit's table carries).

**Pre-registered rule (fixed in this module before any row was scored).**

- *Candidates*: a class (one dimension, one value; no conjunctions) is a candidate when, pooled over the deciding
  parts :data:`DECIDING` (s33–s41), it holds at least :data:`MIN_ROWS` counted rows and their actor precision is
  below :data:`MAX_PRECISION`. The filter drops every event row in ANY candidate class (their union).
- *Ships only if*, on the check parts :data:`CHECK` (s42–s44, their blind-day rules-alone tables; not looked at
  before this rule was committed), pooled: actor precision rises, R actors+kind+date falls by at most
  :data:`MAX_AKD_LOSS` row, and the filter removes at least as many false rows as actor-right rows; and on
  development (today's rules, the 45 splits) R actors+kind+date falls by at most :data:`MAX_DEV_LOSS` of its gold.
  Otherwise nothing ships and the table is written up as a negative. No fallback subset is tried on the check parts.
- The learned detector's rows (``origin = learned``) cannot be judged on the deciding parts (their blind code had
  no learned rows); they are tabulated on s43/s44 (the product's rows of their day) for information only.

Session 94's run: no class was a candidate (the lowest with >= 6 deciding rows: 0.750), so nothing ships; the table and
the negative are in ``docs/EVALUATION.md``. Measurement only: nothing in the events stage imports this module.

``python -m marsad.training.events_paths --deciding s33-mix=PKL ... --check s42-mix=PKL ... [--dev PKL] [--out P]``
"""
from __future__ import annotations

import argparse
import pickle
import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import pandas as pd

from marsad.events import lexicon as lx
from marsad.lang.text import normalize
from marsad.training import events_eval as ee

__all__ = ["DECIDING", "CHECK", "MIN_ROWS", "MAX_PRECISION", "MAX_AKD_LOSS", "MAX_DEV_LOSS", "classes",
           "form_kind", "tag_rows", "table", "candidates", "drop", "main"]

DECIDING = ("s33-mix", "s34-mix", "s35-mix", "s36-mix", "s37-mix", "s38-mix", "s39-mix", "s40-mix", "s41-mix")
CHECK = ("s42-mix", "s43-mix", "s44-mix")
MIN_ROWS = 6
MAX_PRECISION = 0.60
MAX_AKD_LOSS = 1
MAX_DEV_LOSS = 0.02

_PRONOUN = re.compile(r"^(?:[وفل]?بلاد(?:ه|ها|هم|ي|نا|هما)?|البلدين|الجانبين|الطرفين|الدولتين|البلدان|الجانب|الطرف)$")


@lru_cache(maxsize=None)
def _regex(code: str):
    regex, meta, _ = lx.actor_regex((code,))
    return regex, meta


def form_kind(form: str, code: str) -> str:
    """How a side was named: ``pronoun`` (بلاده, البلدين), else the kind today's actor lexicon gives the longest match
    of the form (country, capital, leader, role, people, government, nisba, pair), else ``other``."""
    f = " ".join(normalize(str(form)).split())
    if not f:
        return "none"
    if _PRONOUN.match(f):
        return "pronoun"
    if not re.fullmatch(r"[A-Z]{2}", code):
        return "other"
    regex, meta = _regex(code)
    best = None
    for m in regex.finditer(f):
        g = next(i for i, v in enumerate(m.groups()) if v is not None)
        if best is None or m.end() - m.start() > best[0]:
            best = (m.end() - m.start(), meta[g][1])
    return best[1] if best else "other"


def _quad(root: str) -> str:
    r = int(root) if root.isdigit() else -1
    return ("verbal-coop" if 1 <= r <= 5 else "material-coop" if 6 <= r <= 8 else
            "verbal-conflict" if 9 <= r <= 13 else "material-conflict" if 14 <= r <= 20 else "none")


def _place(section: str, position) -> str:
    if section == "title":
        return "title"
    p = int(position)
    return f"{section}:" + ("lead(<=1)" if p <= 1 else "2-4" if p <= 4 else "5+")


def classes(row) -> list[tuple[str, str]]:
    """The row's path classes: (dimension, value) pairs; a dimension may give several values ("a side's form",
    "other rule tag")."""
    rule = str(row["rule"])
    toks = [t for t in rule.split(";") if t]
    learned = rule.startswith("learned:")
    code = str(row["cameo_code"]) if isinstance(row["cameo_code"], str) else ""
    out = [("origin", "learned" if learned else "rules"), ("root", code[:2] or "none"), ("quad", _quad(code[:2])),
           ("status", str(row["status"])),
           ("date source", toks[0].split(":")[0] if toks and not learned else "learned"),
           ("reporter frame", "attributed" if str(row["attribution"]).strip() else "none"),
           ("place in text", _place(str(row["section"]), row["position"])),
           ("stand-in", "yes" if str(row["stand_in"]).strip() else "no")]
    forms = [f.strip() for f in str(row["actor_forms"]).split(";")]
    src, tgt = str(row["source"]), str(row["target"])
    if len(forms) == 2:
        ks, kt = form_kind(forms[0], src), form_kind(forms[1], tgt)
    elif len(forms) == 1 and forms[0]:
        ks = kt = form_kind(forms[0], src)  # one form for both sides (the table keeps distinct forms): a pair word
    else:
        ks = kt = "none"
    out += [("source form", ks), ("target form", kt)] + [("a side's form", k) for k in sorted({ks, kt})]
    out.append(("cue length", "1 word" if len(str(row["trigger"]).split()) <= 1 else "2+ words"))
    extra = sorted({t.split(":")[0] for t in toks[1:] if not t.startswith(("status:", "cue:"))}) if not learned else []
    out += [("other rule tag", e) for e in extra] or [("other rule tag", "(none)")]
    n = len(str(row["sentence"]).split())
    out.append(("sentence words", "<=25" if n <= 25 else "26-45" if n <= 45 else "46+"))
    out.append(("mentions in doc", "1" if int(row["n_mentions"]) <= 1 else "2+"))
    out.append(("symmetric", "yes" if bool(row["symmetric"]) else "no"))
    return out


def tag_rows(part: str, tables: dict) -> list[dict]:
    """Every counted event row of ``part`` (``tables``: ``{doc_id: table}``) scored as ``events_eval.score`` does:
    actors right, actors+kind+date right (not a duplicate), its classes."""
    docs, by_doc = ee.gold_events_by_doc()
    out = []
    for d in docs:
        if d["split"] != part:
            continue
        t = tables[d["doc_id"]]
        ev = t[t["kind"] == "event"]
        used = set()
        for i, row in ev.iterrows():
            g, actors, kind = ee.match_gold(row, by_doc.get(d["doc_id"], []), used)
            if g is not None and g["optional"] == "1":
                continue
            dup = kind and g["event"] in used
            used.add(g["event"]) if kind else None
            out.append({"part": part, "doc_id": d["doc_id"], "idx": i, "actors": bool(actors),
                        "akd": bool(kind and not dup and ee._date_ok(row, g)), "classes": classes(row),
                        "line": f"{row['source']}->{row['target']} {row['cameo_code']} {row['status']} [{row['rule']}] "
                                f"{{{row['actor_forms']}}} | {str(row['sentence'])[:120]}"})
    return out


def table(rows: list[dict]) -> dict:
    """``{(dimension, value): (rows, actor-right rows)}``."""
    agg = defaultdict(lambda: [0, 0])
    for r in rows:
        for c in r["classes"]:
            agg[c][0] += 1
            agg[c][1] += r["actors"]
    return {k: tuple(v) for k, v in agg.items()}


def candidates(deciding_rows: list[dict]) -> list[tuple[str, str]]:
    """The pre-registered selection: classes with >= MIN_ROWS rows and actor precision < MAX_PRECISION, pooled."""
    return sorted(k for k, (n, a) in table(deciding_rows).items() if n >= MIN_ROWS and a / n < MAX_PRECISION)


def drop(tables: dict, chosen) -> dict:
    """``tables`` without the event rows in any class of ``chosen``."""
    chosen = set(chosen)
    out = {}
    for doc_id, t in tables.items():
        keep = [not (row["kind"] == "event" and chosen & set(classes(row))) for _, row in t.iterrows()]
        out[doc_id] = t[pd.Series(keep, index=t.index, dtype=bool)]
    return out


def _counts(part: str, tables: dict, datasets: Path) -> dict:
    r = ee.score(part, datasets, tables=tables)
    return {"system": r["system"], "p_actors": round(r["P_actors"] * r["system"]) if r["system"] else 0,
            "gold": r["gold"], "r_akd": round(r["R_date"] * r["gold"]) if r["gold"] else 0}


def main(argv: list[str] | None = None) -> int:
    from marsad.training.evaluate import cli_datasets_dir

    parser = argparse.ArgumentParser(prog="python -m marsad.training.events_paths")
    parser.add_argument("--datasets")
    parser.add_argument("--deciding", nargs="+", required=True, help="PART=PICKLE (blind-day rules tables)")
    parser.add_argument("--check", nargs="*", default=[], help="PART=PICKLE (blind-day rules tables)")
    parser.add_argument("--info", nargs="*", default=[], help="PART=PICKLE tabulated only (e.g. the learned rows)")
    parser.add_argument("--dev", help="pickle of today's rules tables of the development documents")
    parser.add_argument("--out", help="pickle of the scored rows")
    args = parser.parse_args(argv)
    datasets = cli_datasets_dir(args.datasets, need="ant-v2.1-multisource")
    if datasets is None:
        return 2
    result = {}
    for name, specs in (("deciding", args.deciding), ("check", args.check), ("info", args.info)):
        tabs = ee.read_tables(specs)
        result[name] = {p: (t, tag_rows(p, t)) for p, t in tabs.items()}
    dec_rows = [r for _, rows in result["deciding"].values() for r in rows]
    chosen = candidates(dec_rows)
    for name in ("deciding", "check", "info"):
        rows = [r for _, rs in result[name].values() for r in rs]
        if not rows:
            continue
        print(f"## {name}: {len(rows)} rows, actor-right {sum(r['actors'] for r in rows)}")
        for k, (n, a) in sorted(table(rows).items()):
            print(f"{name:8} | {k[0]} | {k[1]} | {n} | {a} | {a / n:.3f}")
    print("candidates", chosen, flush=True)
    for name in ("deciding", "check"):
        before, after = defaultdict(int), defaultdict(int)
        for p, (t, rows) in result[name].items():
            b, a = _counts(p, t, datasets), _counts(p, drop(t, chosen), datasets)
            print(f"{name} {p}: rows {b['system']} -> {a['system']}, P actors {b['p_actors']}/{b['system']} -> "
                  f"{a['p_actors']}/{a['system']}, R a+k+d {b['r_akd']}/{b['gold']} -> {a['r_akd']}/{a['gold']}")
            for k in b:
                before[k] += b[k]
                after[k] += a[k]
        if before:
            print(f"{name} pooled: rows {before['system']} -> {after['system']}, P actors {before['p_actors']}/"
                  f"{before['system']} -> {after['p_actors']}/{after['system']}, R a+k+d {before['r_akd']}/"
                  f"{before['gold']} -> {after['r_akd']}/{after['gold']}; removed false "
                  f"{(before['system'] - before['p_actors']) - (after['system'] - after['p_actors'])}, actor-right "
                  f"{before['p_actors'] - after['p_actors']}", flush=True)
            result[f"{name}_pooled"] = (dict(before), dict(after))
    if args.dev:
        with open(args.dev, "rb") as fh:
            dev = pickle.load(fh)
        b, a = _counts("all", dev, datasets), _counts("all", drop(dev, chosen), datasets)
        print(f"development: rows {b['system']} -> {a['system']}, P actors {b['p_actors']}/{b['system']} -> "
              f"{a['p_actors']}/{a['system']}, R a+k+d {b['r_akd']}/{b['gold']} -> {a['r_akd']}/{a['gold']}")
        result["dev_pooled"] = (b, a)
    if args.check and "check_pooled" in result:
        b, a = result["check_pooled"]
        rm_false = (b["system"] - b["p_actors"]) - (a["system"] - a["p_actors"])
        rm_right = b["p_actors"] - a["p_actors"]
        ok = bool(chosen) and a["system"] and a["p_actors"] / a["system"] > b["p_actors"] / b["system"] \
            and b["r_akd"] - a["r_akd"] <= MAX_AKD_LOSS and rm_false >= rm_right
        if "dev_pooled" in result:
            db, da = result["dev_pooled"]
            ok = ok and db["r_akd"] - da["r_akd"] <= MAX_DEV_LOSS * db["gold"]
        print("SHIPS" if ok else "DOES NOT SHIP", flush=True)
    if args.out:
        with open(args.out, "wb") as fh:
            pickle.dump({"chosen": chosen, **{k: v for k, v in result.items()}}, fh)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
