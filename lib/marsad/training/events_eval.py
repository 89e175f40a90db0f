"""Evaluate the events stage on the hand-annotated gold set of ``data/gold/events/``.

``python -m marsad.training evaluate events`` runs :func:`marsad.events.extract_events` on every gold
document (ANT articles read from the shared datasets, the seed page from the repository), matches the
system's events to the gold ones and reports precision and recall at three levels (see the gold README):
actors (the pair, and the direction unless the event is symmetric), actors + kind (CAMEO root) and
actors + kind + date, for each development split of ``SPLITS`` (``tune`` … ``s53-mix``; the blind splits of ``BLIND`` only
when named), plus status accuracy, events
produced on sentences that hold none, and background recall.
"""
from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pandas as pd

from marsad.lang.text import normalize
from marsad.training.evaluate import REPO_ROOT

__all__ = ["evaluate", "score", "match_gold", "load_gold", "gold_events_by_doc", "GOLD_DIR"]

GOLD_DIR = REPO_ROOT / "data" / "gold" / "events"
SPLITS = ("tune", "heldout", "fresh", "ru-ir", "ru-cn", "ru-sy", "ru-eg", "ru-gb", "ru-us", "us-ir", "il-ir", "sa-qa", "eg-sd", "kr-kp", "iq-ir", "lb-sa", "fr-lb", "lb-sy", "fr-ru", "jo-kw", "fr-us", "ru-mix", "s23-mix", "s24-mix", "s25-mix", "s26-mix", "s27-mix", "s28-mix", "s29-mix", "s30-mix", "s31-mix", "s32-mix", "s33-mix", "s34-mix", "s35-mix", "s36-mix", "s37-mix", "s38-mix", "s39-mix", "s40-mix", "s41-mix", "s42-mix", "s43-mix", "s44-mix", "s45-mix", "s46-mix", "s47-mix", "s48-mix", "s49-mix", "s50-mix", "s51-mix", "s52-mix", "s53-mix")
# Blind splits: scored only when named on the command line (never by "all" or the docs table), so that running
# the tuning splits cannot show them before their one blind run.
BLIND: tuple[str, ...] = ()  # none: blind-s53 (session 124, select_blind_s53.py) is s53-mix since the lead's final run (2026-12-08 00:23:20-00:23:52 UTC on 2ce3ed39, rules alone and --learned; the listings differ from the start-code runs on ff70537f by two rows of events125's lever O)


def _norm(text) -> str:
    return " ".join(normalize(str(text)).split())


def load_gold(gold: Path = GOLD_DIR) -> tuple[list[dict], list[dict], list[dict], list[dict]]:
    """Read documents, events, negatives and background rows of the gold set (anchors normalised)."""
    def read(name):
        with open(gold / name, encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))
    docs, events, negatives, background = (read(f"{n}.csv") for n in ("documents", "events", "negatives",
                                                                      "background"))
    for ev in events:
        ev["anchors"] = [_norm(a) for a in ev["evidence"].split(" | ") if a.strip()]
    for row in negatives + background:
        row["anchor"] = _norm(row["evidence"])
    return docs, events, negatives, background


def gold_events_by_doc(gold: Path = GOLD_DIR) -> tuple[list[dict], dict[str, list[dict]]]:
    """The gold documents and each document's gold events (a ``defaultdict(list)`` by ``doc_id``), as the
    time-travel and training tools read them next to :func:`match_gold`."""
    docs, gold_events, _, _ = load_gold(gold)
    by_doc = defaultdict(list)
    for g in gold_events:
        by_doc[g["doc_id"]].append(g)
    return docs, by_doc


def _path(doc: dict, datasets: Path) -> Path:
    p = doc["path"]
    return REPO_ROOT / p if p.startswith("seeds/") else datasets / p


def read_document(doc: dict, datasets: Path):
    """The corpus of one gold document (ANT article from the datasets, the seed page from the repository), its
    documents and segments carrying the gold's ``doc_id``."""
    from marsad.readers.corpus import read_corpus

    corpus = read_corpus(_path(doc, datasets))
    corpus.documents["doc_id"] = doc["doc_id"]
    corpus.segments["doc_id"] = doc["doc_id"]
    return corpus


def doc_pair(doc: dict) -> tuple[str, tuple[str, ...]]:
    """A gold document's focus and partners (``documents.csv``; Russia with North Korea and Vietnam when empty)."""
    return doc.get("focus") or "RU", tuple((doc.get("partners") or "KP;VN").split(";"))


def system_events(doc: dict, datasets: Path, focus: str | None = None, corpus=None, *,
                  learned: bool = False) -> pd.DataFrame:
    """Run the events stage on one gold document (its focus and partners come from ``documents.csv``).

    ``corpus`` is the document already read by :func:`read_document` (read here when not given); ``learned`` adds
    the learned detector's rows (the events stage's ``learned`` option).
    """
    from marsad.events import extract_events

    corpus = read_document(doc, datasets) if corpus is None else corpus
    doc_focus, partners = doc_pair(doc)
    return extract_events(corpus, focus=focus or doc_focus, partners=partners, learned=learned)


def _date_ok(row, gold: dict) -> bool:
    if gold["precision"] == "before-publication":
        return row.get("precision") == "before-publication" and str(row.get("date_end")) == gold["date_end"]
    if row.get("precision") == "before-publication" or pd.isna(row.get("date_start")) or pd.isna(row.get("date_end")):
        return False
    return gold["date_start"] <= str(row["date_start"]) and str(row["date_end"]) <= gold["date_end"]


def match_gold(row, gold: list[dict], used) -> tuple[dict | None, bool, bool]:
    """The gold event a system row is scored against, among ``gold`` (its document's events), ``used`` holding the
    names of the events of that document already matched at the kind level; and whether the row has its actors
    (the pair, and the direction unless the event is symmetric) and its kind (CAMEO root) right.

    Returns:
        ``(gold event or None, actors right, kind right)``.
    """
    sent = _norm(row["sentence"])
    src, tgt = str(row["source"]), str(row["target"])
    root = str(row["cameo_code"])[:2] if isinstance(row["cameo_code"], str) else ""
    cands = [g for g in gold if {g["source"], g["target"]} == {src, tgt} and any(a in sent for a in g["anchors"])]
    # two gold acts of one sentence can share the root and differ by direction (an expulsion and the
    # expulsion in kind): the one of the same direction is the match; two meetings told in one sentence with
    # their own months ("التقيا في أبريل …، بينما اجتمعا في مايو"): the one whose date holds the row's
    cands.sort(key=lambda g: (g["root"] != root, g["symmetric"] != "1" and (g["source"], g["target"]) != (src, tgt),
                              g["optional"] == "1", not _date_ok(row, g), g["event"] in used))
    g = cands[0] if cands else None
    actors = g is not None and (g["symmetric"] == "1" or (src, tgt) == (g["source"], g["target"]))
    return g, actors, actors and root == g["root"]


def read_tables(specs: list[str]) -> dict[str, dict]:
    """``PART=PICKLE`` command-line specs (the time-travel tools' ``--rules``) as ``{part: {doc_id: events table}}``,
    in the order given: each pickle holds the tables :func:`score` takes as ``tables``."""
    import pickle

    out = {}
    for spec in specs:
        part, path = spec.split("=", 1)
        with open(path, "rb") as fh:
            out[part] = pickle.load(fh)
    return out


def score(split: str, datasets: Path, *, gold: Path = GOLD_DIR, details: list | None = None,
          learned: bool = False, tables: dict | None = None) -> dict:
    """Score one split; returns counts, precision/recall per level and the other measures.

    ``learned`` scores the events stage with its ``learned`` option on (the rules' rows and the learned detector's).
    ``tables``: the events table of each document by ``doc_id``, scored instead of running the events stage (rows
    made once or by other code: the learned detector's cross-validation, the time travel of past blind parts).
    """
    docs, gold_events, negatives, background = load_gold(gold)
    docs = [d for d in docs if (split == "all" and d["split"] in SPLITS) or d["split"] == split]
    by_doc, neg_by_doc, bg_by_doc = defaultdict(list), defaultdict(list), defaultdict(list)
    for g in gold_events:
        by_doc[g["doc_id"]].append(g)
    for n in negatives:
        neg_by_doc[n["doc_id"]].append(n)
    for b in background:
        bg_by_doc[b["doc_id"]].append(b)
    c = defaultdict(int)
    found: dict = {}
    for doc in docs:
        table = tables[doc["doc_id"]] if tables is not None else system_events(doc, datasets, learned=learned)
        ev = table[table["kind"] == "event"] if "kind" in table else table
        bg = table[table["kind"] == "background"] if "kind" in table else table.iloc[0:0]
        used = set()  # this document's events matched at the kind level
        for _, row in ev.iterrows():
            g, actors, kind = match_gold(row, by_doc.get(doc["doc_id"], []), used)
            if g is not None and g["optional"] == "1":
                c["optional"] += 1
                continue
            c["system"] += 1
            src, tgt = str(row["source"]), str(row["target"])
            key = (doc["doc_id"], g["event"]) if g is not None else None
            dup = kind and g["event"] in used
            used.add(g["event"]) if kind else None
            date = kind and _date_ok(row, g)
            c["p_actors"] += actors
            c["p_kind"] += kind and not dup
            c["p_date"] += date and not dup
            c["duplicates"] += dup
            if actors:
                found[key] = max(found.get(key, 0), 1 + kind + date)
                if kind:
                    c["status_n"] += 1
                    c["status_ok"] += row["status"] == g["status"]
            if details is not None:
                tag = "date" if date else "kind" if kind else "actors" if actors else "FALSE"
                details.append(f"{tag:6} {doc['doc_id']} {src}->{tgt} {row['cameo_code']} {row['status']} "
                               f"{row['date_start']}..{row['date_end']} {row['precision']} | {str(row['sentence'])[:80]}")
        for n in neg_by_doc.get(doc["doc_id"], []):
            c["negatives"] += 1
            c["negatives_hit"] += any(n["anchor"] in _norm(s) for s in ev["sentence"])
        for b in bg_by_doc.get(doc["doc_id"], []):
            c["background"] += 1
            c["background_found"] += any(b["anchor"] in _norm(s) for s in bg["sentence"])
    for g in gold_events:
        if g["optional"] == "1" or not any(d["doc_id"] == g["doc_id"] for d in docs):
            continue
        c["gold"] += 1
        level = found.get((g["doc_id"], g["event"]), 0)
        for i, name in enumerate(("actors", "kind", "date"), start=1):
            c[f"r_{name}"] += level >= i
        if details is not None and level < 3:
            details.append(f"MISS({level}) {g['doc_id']} {g['event']} {g['source']}->{g['target']} {g['code']} "
                           f"{g['status']} {g['date_start']}..{g['date_end']} {g['precision']}")
    out = {"split": split, "documents": len(docs), "gold": c["gold"], "system": c["system"],
           "duplicates": c["duplicates"], "optional": c["optional"]}
    for name in ("actors", "kind", "date"):
        out[f"P_{name}"] = c[f"p_{name}"] / c["system"] if c["system"] else float("nan")
        out[f"R_{name}"] = c[f"r_{name}"] / c["gold"] if c["gold"] else float("nan")
    out["status"] = c["status_ok"] / c["status_n"] if c["status_n"] else float("nan")
    out["negatives"], out["negatives_hit"] = c["negatives"], c["negatives_hit"]
    out["background"], out["background_found"] = c["background"], c["background_found"]
    return out


def evaluate(datasets: Path) -> str:
    """Score every split and return the markdown section of ``docs/EVALUATION.md``."""
    from marsad.training.evaluate import DatasetsMissing

    if not (Path(datasets) / "ant-v2.1-multisource").is_dir():
        raise DatasetsMissing(f"ant-v2.1-multisource not found in {datasets}")
    rows = [score(split, Path(datasets)) for split in SPLITS]
    fmt = lambda v: "—" if v != v else f"{v:.2f}"  # noqa: E731
    lines = [
        "## Events (Russia and its partners)",
        "",
        "Command: `python -m marsad.training evaluate events` (gold: `data/gold/events/`, rules in its README).",
        "",
        "| split | docs | gold events | system events | P actors | R actors | P +kind | R +kind | P +date | R +date "
        "| status acc. | no-event sentences with an event | background found |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['split']} | {r['documents']} | {r['gold']} | {r['system']} | {fmt(r['P_actors'])} | "
            f"{fmt(r['R_actors'])} | {fmt(r['P_kind'])} | {fmt(r['R_kind'])} | {fmt(r['P_date'])} | "
            f"{fmt(r['R_date'])} | {fmt(r['status'])} | {r['negatives_hit']}/{r['negatives']} | "
            f"{r['background_found']}/{r['background']} |")
    lines += ["", "The levels, the splits and every session's runs and rules are described below, in prose written by hand",
              "next to this table: the command rewrites the table only."]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """``python -m marsad.training.events_eval SPLIT``: score one split and list every false event and miss."""
    import argparse

    from marsad.training.evaluate import cli_datasets_dir

    parser = argparse.ArgumentParser(prog="python -m marsad.training.events_eval",
                                     description="Score one split of the events gold and list its errors.")
    parser.add_argument("split", choices=[*SPLITS, *BLIND, "all"])
    parser.add_argument("--datasets", help="shared datasets folder (default: $MARSAD_DATASETS or ../shared/datasets)")
    parser.add_argument("--learned", action="store_true",
                        help="score with the events stage's learned option on (the learned detector's rows added)")
    args = parser.parse_args(argv)
    datasets = cli_datasets_dir(args.datasets, need="ant-v2.1-multisource")
    if datasets is None:
        return 2
    details: list[str] = []
    result = score(args.split, datasets, details=details, learned=args.learned)
    print("\n".join(details))
    print(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
