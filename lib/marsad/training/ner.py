"""Train and evaluate the Arabic NER model (CRF) shipped in ``marsad/data/ner``.

Commands::

    python -m marsad.training train ner [--datasets DIR] [--clusters]   # writes data/ner/anercorp-crf.crfsuite
    python -m marsad.training evaluate ner                              # P/R/F1 per type into docs/EVALUATION.md

Prediction lives in :mod:`marsad.mentions.ner`; this module is never imported at run time.
"""
from __future__ import annotations

import json
import re
import time
from datetime import date
from pathlib import Path

from marsad.lang.text import normalize
from marsad.mentions.ner import (
    CLUSTERS_PATH, GAZETTEER_PATH, MODEL_PATH, TYPES, _CLUSTER_KS, _DOTS, _RLM, _TOKEN_RE, _clusters, _gazetteers, load_model, predict, sent_features,
    spans_from_tags,
)

_TAG_RE = re.compile(r"<[^>]+>")

__all__ = ["read_anercorp", "camel_split", "build_gazetteers", "build_clusters", "train", "span_scores",
           "scores_markdown", "dictionary_baseline", "evaluate"]


def read_anercorp(path: Path) -> list[tuple[str, str]]:
    """Read ANERcorp ``TOKEN TAG`` lines, cleaned the way CAMeL Lab did.

    Dots are unified, U+200F removed, empty tokens dropped.

    Returns:
        ``(token, tag)`` pairs in corpus order.
    """
    pairs = []
    for line in Path(path).read_text("utf-8").splitlines():
        if not line.strip():
            continue
        token, _, tag = line.rpartition(" ")
        token = token.translate(_DOTS).replace(_RLM, "").strip()
        tag = tag.strip().replace("B-PER", "B-PERS").replace("I-PER", "I-PERS").replace("PERSS", "PERS")
        if not token:
            continue
        pairs.append((token, tag or "O"))
    return pairs


def camel_split(pairs: list[tuple[str, str]]) -> tuple[list[list[tuple[str, str]]], list[list[tuple[str, str]]]]:
    """Split into sentences after runs of ``.`` and cut at 5/6 of the words.

    Returns:
        ``(train_sentences, test_sentences)``.
    """
    sents, cur = [], []
    for k, (tok, tag) in enumerate(pairs):
        cur.append((tok, tag))
        nxt = pairs[k + 1][0] if k + 1 < len(pairs) else ""
        if set(tok) == {"."} and set(nxt) != {"."}:
            sents.append(cur)
            cur = []
    if cur:
        sents.append(cur)
    total = sum(len(s) for s in sents)
    cut = total * 5 / 6
    train, test, seen = [], [], 0
    for s in sents:
        (train if seen < cut else test).append(s)
        seen += len(s)
    return train, test


def build_gazetteers(datasets: Path | None = None) -> dict[str, list[str]]:
    """Collect normalised gazetteer words from the KB (and ArWikiCats places).

    Returns:
        ``{"per_first", "per_last", "loc", "loc_multi"}`` word lists.
    """
    from marsad.mentions.kb import load_kb

    kb = load_kb()
    first, last, loc = set(), set(), set()
    people = kb.patterns[(kb.patterns["label"] == "person") & (kb.patterns["form"] == "name")]["pattern"]
    for name in people:
        toks = normalize(name).split()
        if len(toks) >= 2:
            first.add(toks[0])
            last.add(toks[-1])
    countries = kb.patterns[kb.patterns["label"] == "country"]
    for pat in countries.loc[countries["form"].isin(["name", "capital"]), "pattern"]:
        loc.update(normalize(pat).split())
    if datasets is not None:
        cities = datasets / "gazetteer-arwikicats" / "ArWikiCats" / "jsons" / "cities" / "cities_full.json"
        if cities.exists():
            for name in json.loads(cities.read_text("utf-8")).values():
                toks = normalize(name).split()
                if len(toks) == 1:
                    loc.add(toks[0])
    stop = {"ال", "بن", "ابن", "عبد", "ابو", "دي", "دو", "لا", "سان", "في", "من", "و"}
    return {
        "per_first": sorted(first - stop),
        "per_last": sorted(last - stop),
        "loc": sorted(w for w in loc - stop if len(w) > 2),
    }


def build_clusters(datasets: Path, *, vocab_size: int = 40000, contexts: int = 3000, dims: int = 100,
                   seed: int = 0) -> dict:
    """Cluster words by their neighbours in the ANT news corpora (unlabelled).

    Words that occur in the same contexts (names after قال، cities after في)
    fall into the same cluster, which lets the CRF generalise to names it never
    saw tagged. PPMI of ±2 context counts → truncated SVD → k-means at two
    granularities. The ANT corpora are Apache-2.0 (cite Chouigui et al.).

    Returns:
        ``{"words": [...], "k64": [...], "k512": [...], "freq": [...]}``.
    """
    import numpy as np
    from scipy import sparse
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize as l2

    from collections import Counter

    docs = []
    for folder in ("ant-v1.1-jawharafm", "ant-v2.1-multisource"):
        for path in sorted((datasets / folder).rglob("*.txt")):
            text = _TAG_RE.sub(" ", path.read_text("utf-8", errors="replace"))
            docs.append([m.group() for m in _TOKEN_RE.finditer(normalize(text))])
    if not docs:
        raise FileNotFoundError(f"no ANT corpus under {datasets}; word clusters need ant-v1.1-jawharafm or ant-v2.1-multisource")
    counts = Counter(t for d in docs for t in d)
    words = [w for w, c in counts.most_common(vocab_size) if c >= 3]
    wid = {w: i for i, w in enumerate(words)}
    ctx = {w: i for i, w in enumerate(words[:contexts])}
    rows, cols = [], []
    for d in docs:
        ids = np.array([wid.get(t, -1) for t in d])
        cids = np.array([ctx.get(t, -1) for t in d])
        for block, off in enumerate((-2, -1, 1, 2)):
            a = ids[max(0, -off):len(ids) - max(0, off)]
            b = cids[max(0, off):len(cids) - max(0, -off) if off < 0 else None][:len(a)]
            ok = (a >= 0) & (b >= 0)
            rows.append(a[ok])
            cols.append(b[ok] + block * contexts)
    r, c = np.concatenate(rows), np.concatenate(cols)
    mat = sparse.coo_matrix((np.ones(len(r), dtype=np.float32), (r, c)), shape=(len(words), 4 * contexts)).tocsr()
    total = mat.sum()
    row_sum = np.asarray(mat.sum(axis=1)).ravel()
    col_sum = np.asarray(mat.sum(axis=0)).ravel() ** 0.75
    col_sum = col_sum / col_sum.sum() * total
    mat = mat.tocoo()
    pmi = np.log(mat.data * total / (row_sum[mat.row] * col_sum[mat.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (mat.row[keep], mat.col[keep])), shape=mat.shape)
    vecs = l2(TruncatedSVD(dims, random_state=seed).fit_transform(ppmi))
    out = {"words": words, "freq": [min(int(np.log2(counts[w])), 15) for w in words]}
    for k in _CLUSTER_KS:
        km = MiniBatchKMeans(n_clusters=k, random_state=seed, batch_size=4096, n_init=3)
        out[f"k{k}"] = km.fit_predict(vecs).astype(int).tolist()
    return out


def train(datasets: Path, *, model_path: Path = MODEL_PATH, max_iterations: int = 200,
          c1: float = 0.02, c2: float = 0.01, sentences=None, rebuild_clusters: bool = False) -> dict:
    """Train the CRF on the CAMeL-style ANERcorp train part (or ``sentences``).

    Args:
        datasets: shared datasets folder (``anercorp/``, ``gazetteer-arwikicats/``).
        model_path: where the CRFsuite model is written.
        max_iterations, c1, c2: L-BFGS iterations and L1/L2 penalties.
        sentences: optional ``[(token, tag), …]`` sentences instead of ANERcorp
            (for tests); gazetteers and clusters are then kept as they are.
        rebuild_clusters: recompute the ANT word clusters (a few minutes);
            otherwise the shipped ``clusters.json`` is reused.

    Returns:
        Training statistics (sentences, tokens, seconds).
    """
    import sklearn_crfsuite

    if sentences is None:
        gaz_lists = build_gazetteers(datasets)
        GAZETTEER_PATH.parent.mkdir(parents=True, exist_ok=True)
        GAZETTEER_PATH.write_text(json.dumps(gaz_lists, ensure_ascii=False, indent=0), "utf-8")
        _gazetteers.cache_clear()
        if rebuild_clusters or not CLUSTERS_PATH.exists():
            CLUSTERS_PATH.write_text(json.dumps(build_clusters(datasets), ensure_ascii=False, separators=(",", ":")), "utf-8")
            _clusters.cache_clear()
        pairs = read_anercorp(datasets / "anercorp" / "data" / "ANERCorp")
        sentences, _ = camel_split(pairs)
    gaz = _gazetteers()
    t0 = time.time()
    X = [sent_features([t for t, _ in s], gaz) for s in sentences]
    y = [[tag for _, tag in s] for s in sentences]
    Path(model_path).parent.mkdir(parents=True, exist_ok=True)
    crf = sklearn_crfsuite.CRF(
        algorithm="lbfgs", c1=c1, c2=c2, max_iterations=max_iterations,
        all_possible_transitions=True, model_filename=str(model_path),
    )
    crf.fit(X, y)
    load_model.cache_clear()
    return {"sentences": len(sentences), "tokens": sum(len(s) for s in sentences), "seconds": round(time.time() - t0, 1)}


def span_scores(gold: list[list[str]], pred: list[list[str]]) -> dict[str, dict[str, float]]:
    """CoNLL-style exact-span precision/recall/F1 per type and micro overall."""
    counts = {t: [0, 0, 0] for t in TYPES}  # tp, n_pred, n_gold
    for g, p in zip(gold, pred):
        gs, ps = set(spans_from_tags(g)), set(spans_from_tags(p))
        for s in gs:
            counts.setdefault(s[2], [0, 0, 0])[2] += 1
        for s in ps:
            counts.setdefault(s[2], [0, 0, 0])[1] += 1
            if s in gs:
                counts[s[2]][0] += 1
    out = {}
    for t, (tp, npred, ngold) in counts.items():
        out[t] = _prf(tp, npred, ngold)
    tot = [sum(c[i] for c in counts.values()) for i in range(3)]
    out["overall"] = _prf(*tot)
    return out


def _prf(tp: int, npred: int, ngold: int) -> dict[str, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "support": ngold}


def scores_markdown(scores: dict, *, title: str) -> str:
    """Render :func:`span_scores` as a markdown table."""
    lines = [f"**{title}**", "", "| type | precision | recall | F1 | gold spans |", "|---|---:|---:|---:|---:|"]
    for t in [*TYPES, "overall"]:
        if t in scores:
            s = scores[t]
            lines.append(f"| {t} | {100 * s['precision']:.1f} | {100 * s['recall']:.1f} | {100 * s['f1']:.1f} | {s['support']} |")
    return "\n".join(lines)


def dictionary_baseline(sentences: list[list[str]]) -> list[list[str]]:
    """Tag sentences with the knowledge-base matcher only (person→PERS, country→LOC, org→ORG)."""
    from marsad.mentions.pipeline import default_matcher

    matcher = default_matcher()
    type_map = {"person": "PERS", "country": "LOC", "org": "ORG"}
    out = []
    for toks in sentences:
        text, starts = "", []
        for t in toks:
            starts.append(len(text))
            text += t + " "
        norm = normalize(text)
        tags = ["O"] * len(toks)
        if len(norm) == len(text):  # tokens normalise length-preservingly in practice
            for s, e, info in matcher.match(norm):
                if info.firm is None or info.first is None:
                    continue  # stop phrases, partial names, ambiguous forms
                label, form = info.first
                if form == "demonym" or label not in type_map:
                    continue
                first = next((k for k, st in enumerate(starts) if st <= s < st + len(toks[k]) + 1), None)
                last = next((k for k, st in enumerate(starts) if st < e <= st + len(toks[k])), None)
                if first is None or last is None:
                    continue
                tags[first] = "B-" + type_map[label]
                for k in range(first + 1, last + 1):
                    tags[k] = "I-" + type_map[label]
        out.append(tags)
    return out


def evaluate(datasets_root: Path) -> str:
    """Evaluate the shipped CRF and the dictionary baseline on the CAMeL-style test part.

    Returns:
        Markdown with per-type span P/R/F1, the command and the date.
    """
    pairs = read_anercorp(Path(datasets_root) / "anercorp" / "data" / "ANERCorp")
    train_s, test_s = camel_split(pairs)
    toks = [[t for t, _ in s] for s in test_s]
    gold = [[g for _, g in s] for s in test_s]
    t0 = time.time()
    pred = predict(toks)
    secs = time.time() - t0
    crf = span_scores(gold, pred)
    base = span_scores(gold, dictionary_baseline(toks))
    ntest = sum(len(s) for s in test_s)
    ntrain = sum(len(s) for s in train_s)
    return "\n".join([
        "ANERcorp, CAMeL-style split.",
        "",
        f"Command: `python -m marsad.training evaluate ner` (model `data/ner/{MODEL_PATH.name}`, trained with "
        f"`python -m marsad.training train ner`). Date: {date.today().isoformat()}.",
        "",
        f"Split rebuilt from the original ANERcorp token sequence as CAMeL Lab describes it: {len(train_s)} train "
        f"sentences / {ntrain} words, {len(test_s)} test sentences / {ntest} words (CAMeL's files: 125,102 / 25,008). "
        "Scores are exact-span (CoNLL) precision/recall/F1 per type; overall is micro-averaged over all four types. "
        f"Tagging the test part took {secs:.1f} s ({ntest / max(secs, 1e-9):,.0f} words/s).",
        "",
        scores_markdown(crf, title="CRF (sklearn-crfsuite; word, clitic-stripped stem, affixes, shape, ±2 context, "
                        "KB gazetteer and ANT word-cluster features)"),
        "",
        scores_markdown(base, title="Dictionary-only baseline (Marsad KB matcher: person→PERS, country name/capital→LOC, org→ORG; no MISC)"),
        "",
        "Reference point: CAMeLBERT-MSA reports 82.4 F1 (micro) on CAMeL Lab's official split of this corpus "
        "(Inoue et al. 2021); a CRF without pretrained representations stays below that (see the overall row).",
    ])
