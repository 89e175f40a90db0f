"""Statistical Arabic NER (CRF) for names the knowledge base lacks.

A linear-chain CRF (CRFsuite through sklearn-crfsuite) trained on ANERcorp
(Benajiba, Rosso & Benedí 2007) with the CAMeL Lab split rebuilt from the
original token sequence: tag fixes, middle/bold dots → ``.``, U+200F removed,
sentence breaks after runs of ``.``, and the sentences holding the first 5/6
of the words for training, the rest for testing.

Features: the normalised word and its clitic-stripped stem, prefixes and
suffixes, shape, Latin/digit flags, neighbours within ±2, and gazetteer
membership computed from files Marsad ships (person-name words from
``data/kb/people*.csv``, country forms and capitals from the KB, Arabic place
names from ArWikiCats, title and organisation trigger words). ANERGazet is
not used: it may not be redistributed, so features built on it could not be
computed at prediction time.

Commands::

    python -m marsad.ner train [--datasets DIR] [--clusters]   # writes data/ner/anercorp-crf.crfsuite
    python -m marsad.evaluate ner                     # P/R/F1 per type into docs/EVALUATION.md
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from .text import normalize

__all__ = [
    "read_anercorp",
    "camel_split",
    "sent_features",
    "tokenize_spans",
    "train",
    "load_model",
    "predict",
    "predict_spans",
    "spans_from_tags",
    "span_scores",
    "scores_markdown",
    "dictionary_baseline",
    "evaluate",
    "build_clusters",
    "not_names",
    "MODEL_PATH",
    "GAZETTEER_PATH",
]

NER_DIR = Path(__file__).resolve().parents[2] / "data" / "ner"
MODEL_PATH = NER_DIR / "anercorp-crf.crfsuite"
GAZETTEER_PATH = NER_DIR / "gazetteers.json"
TYPES = ("PERS", "LOC", "ORG", "MISC")

# ANERcorp writes sentence ends with "." but also with middle/bold dots and
# carries right-to-left marks inside tokens (CAMeL's split cleans both).
_DOTS = str.maketrans({"·": ".", "•": "."})
_RLM = "\u200f"
_TOKEN_RE = re.compile(r"[^\W_]+|[^\w\s]", re.UNICODE)
_SENT_END = frozenset({".", "؟", "?", "!", "…"})
_CLITIC_RE = re.compile(r"^(?:[وف]?(?:[بلك]|لل|ال)?)")
_PROCLITICS = ("وبال", "وال", "بال", "كال", "فال", "لل", "ال", "وب", "ول", "فب", "فل", "و", "ف", "ب", "ل", "ك")

# Words that announce a person or an organisation (hand-written).
_TITLES = frozenset(normalize(w) for w in (
    "الرئيس الملك الأمير الأميرة الشيخ السيد السيدة الوزير الوزيرة رئيس رئيسة وزير وزيرة نائب المستشار "
    "المستشارة الزعيم العاهل الجنرال المشير العقيد الدكتور د الأستاذ المدرب اللاعب اللاعبة الفنان الفنانة "
    "المطرب المطربة الكاتب الكاتبة الشاعر الشاعرة الممثل الممثلة المخرج الناطق المتحدث السفير السفيرة "
    "البابا الإمام القاضي المحامي مراسل مراسلة المحلل الباحث الصحفي الصحفية قال وقال وأضاف أضاف وأكد أكد "
    "صرح وصرح أعلن وأعلن ذكر وذكر أوضح وأوضح يقول وتقول تقول يرى عميد مدير مديرة رئيسا"
).split())
_ORG_WORDS = frozenset(normalize(w) for w in (
    "شركة شركات مجموعة وزارة منظمة حزب حركة جامعة الجامعة اتحاد الاتحاد مجلس المجلس هيئة وكالة بنك البنك "
    "مؤسسة جمعية نادي النادي صندوق الصندوق معهد مركز المركز محكمة المحكمة لجنة اللجنة جبهة الجبهة فريق منتخب "
    "المنتخب قناة صحيفة مصرف برلمان البرلمان الأمم حلف الحلف"
).split())
_LOC_WORDS = frozenset(normalize(w) for w in (
    "مدينة بلدة قرية العاصمة عاصمة محافظة ولاية إقليم منطقة جزيرة جزر نهر جبل بحر خليج شمال جنوب شرق غرب "
    "شمالي جنوبي شرقي غربي وسط ميناء مطار حي شارع سواحل"
).split())


def _strip_clitics(w: str) -> str:
    for p in _PROCLITICS:
        if w.startswith(p) and len(w) - len(p) >= 2:
            return w[len(p):]
    return w


# ---------------------------------------------------------------- data


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


# ---------------------------------------------------------------- features


@lru_cache(maxsize=1)
def _gazetteers() -> dict[str, frozenset]:
    if not GAZETTEER_PATH.exists():
        raise FileNotFoundError(f"{GAZETTEER_PATH} is missing; run `python -m marsad.ner train`.")
    data = json.loads(GAZETTEER_PATH.read_text("utf-8"))
    return {k: frozenset(v) for k, v in data.items()}


def build_gazetteers(datasets: Path | None = None) -> dict[str, list[str]]:
    """Collect normalised gazetteer words from the KB (and ArWikiCats places).

    Returns:
        ``{"per_first", "per_last", "loc", "loc_multi"}`` word lists.
    """
    from .kb import load_kb

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


_TAG_RE = re.compile(r"<[^>]+>")
CLUSTERS_PATH = NER_DIR / "clusters.json"
_CLUSTER_KS = (64, 512)


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


@lru_cache(maxsize=1)
def _clusters() -> dict[str, tuple]:
    if not CLUSTERS_PATH.exists():
        return {}
    data = json.loads(CLUSTERS_PATH.read_text("utf-8"))
    return {w: (data["k64"][i], data["k512"][i], data["freq"][i]) for i, w in enumerate(data["words"])}


@lru_cache(maxsize=1)
def not_names() -> frozenset:
    """Return the normalised words that never make an NER person (data/ner/not_names.txt)."""
    path = NER_DIR / "not_names.txt"
    if not path.exists():
        return frozenset()
    lines = path.read_text("utf-8").splitlines()
    return frozenset(normalize(w.strip()) for w in lines if w.strip() and not w.startswith("#"))


def _shape(tok: str) -> str:
    if tok.isdigit():
        return "D"
    if any("a" <= c.lower() <= "z" for c in tok):
        return "L"
    if any("\u0621" <= c <= "\u064a" for c in tok):
        return "A"
    return "P"


def _word_feats(w: str, gaz: dict, prefix: str) -> dict:
    s = _strip_clitics(w)
    cl = _clusters()
    cw = cl.get(w) or cl.get(s)
    return {
        prefix + "c64": cw[0] if cw else -1,
        prefix + "c512": cw[1] if cw else -1,
        prefix + "freq": cw[2] if cw else -1,
        prefix + "w": w,
        prefix + "s": s,
        prefix + "title": w in _TITLES,
        prefix + "org": s in _ORG_WORDS or w in _ORG_WORDS,
        prefix + "locw": s in _LOC_WORDS,
        prefix + "pf": w in gaz["per_first"] or s in gaz["per_first"],
        prefix + "pl": w in gaz["per_last"] or s in gaz["per_last"],
        prefix + "loc": w in gaz["loc"] or s in gaz["loc"],
        prefix + "shape": _shape(w),
    }


def sent_features(tokens: list[str], gaz: dict | None = None) -> list[dict]:
    """Return CRF feature dicts for a tokenised sentence (original tokens)."""
    gaz = gaz or _gazetteers()
    norm = [normalize(t) for t in tokens]
    base = [_word_feats(w, gaz, "") for w in norm]
    feats = []
    n = len(norm)
    for i, w in enumerate(norm):
        s = base[i]["s"]
        f = {"bias": 1.0, **base[i]}
        f.update({
            "p1": w[:1], "p2": w[:2], "p3": w[:3], "x1": w[-1:], "x2": w[-2:], "x3": w[-3:],
            "sp2": s[:2], "sx2": s[-2:], "sp3": s[:3], "sx3": s[-3:], "al": w.startswith("ال") or s != w and "ال" in w[:4],
            "cl": s != w, "len": min(len(s), 8), "digit": any(c.isdigit() for c in w),
        })
        for off in (-2, -1, 1, 2):
            j = i + off
            tag = f"{off:+d}:"
            if 0 <= j < n:
                b = base[j]
                f[tag + "w"] = b["w"]
                f[tag + "s"] = b["s"]
                for key in ("title", "org", "locw", "pf", "pl", "loc", "shape", "c64", "c512", "freq"):
                    f[tag + key] = b[key]
            else:
                f[tag + "pad"] = True
        if 0 < i < n:
            f["bigram-"] = norm[i - 1] + "|" + w
        if i + 1 < n:
            f["bigram+"] = w + "|" + norm[i + 1]
        feats.append(f)
    return feats


# ---------------------------------------------------------------- training and prediction


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


@dataclass
class _Model:
    tagger: object
    path: str


@lru_cache(maxsize=4)
def load_model(path: str | Path | None = None) -> _Model:
    """Load the CRFsuite model (cached).

    Raises:
        FileNotFoundError: when the model has not been trained/shipped.
    """
    import pycrfsuite

    path = Path(path) if path else MODEL_PATH
    if not path.exists():
        raise FileNotFoundError(f"NER model {path} is missing; train it with `python -m marsad.ner train`.")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return _Model(tagger=tagger, path=str(path))


def predict(sentences: list[list[str]], *, model: _Model | None = None) -> list[list[str]]:
    """Tag tokenised sentences with IOB tags (``B-PERS``, ``I-LOC``…)."""
    model = model or load_model()
    gaz = _gazetteers()
    return [model.tagger.tag(sent_features(s, gaz)) if s else [] for s in sentences]


def tokenize_spans(text: str) -> list[list[tuple[str, int, int]]]:
    """Split text into sentences of ``(token, start, end)`` (ANERcorp-like tokens)."""
    sents, cur = [], []
    for m in _TOKEN_RE.finditer(text):
        cur.append((m.group(), m.start(), m.end()))
        if m.group() in _SENT_END:
            sents.append(cur)
            cur = []
    if cur:
        sents.append(cur)
    return sents


def spans_from_tags(tags: list[str]) -> list[tuple[int, int, str]]:
    """Return ``(first, last_exclusive, type)`` token spans from IOB tags (CoNLL rules)."""
    spans, start, typ = [], None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, t = tag.partition("-")
        if start is not None and (prefix != "I" or t != typ):
            spans.append((start, i, typ))
            start, typ = None, None
        if prefix == "B" or (prefix == "I" and start is None):
            start, typ = i, t
    return spans


def predict_spans(texts: list[str], *, model: _Model | None = None, types=TYPES,
                  min_confidence: float = 0.0) -> list[list[tuple[int, int, str]]]:
    """Find entity spans (character offsets) in raw texts.

    Args:
        texts: original texts.
        model: a loaded model (default: the shipped one).
        types: entity types to return.
        min_confidence: drop spans whose least certain token has a lower
            marginal probability.

    Returns:
        For each text, ``(start, end, type)`` character spans.
    """
    model = model or load_model()
    gaz = _gazetteers()
    out = []
    for text in texts:
        found = []
        for sent in tokenize_spans(text):
            toks = [t for t, _, _ in sent]
            tagger = model.tagger
            tagger.set(sent_features(toks, gaz))
            tags = tagger.tag()
            for a, b, typ in spans_from_tags(tags):
                if typ not in types:
                    continue
                if min_confidence > 0:
                    conf = min(tagger.marginal(tags[k], k) for k in range(a, b))
                    if conf < min_confidence:
                        continue
                found.append((sent[a][1], sent[b - 1][2], typ))
        out.append(found)
    return out


# ---------------------------------------------------------------- evaluation


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
    from .mentions import default_matcher

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
        f"Command: `python -m marsad.evaluate ner` (model `data/ner/{MODEL_PATH.name}`, trained with "
        f"`python -m marsad.ner train`). Date: {date.today().isoformat()}.",
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


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m marsad.ner train [--datasets DIR]`` or ``tag TEXT``."""
    from .evaluate import DatasetsMissing, datasets_dir

    parser = argparse.ArgumentParser(prog="python -m marsad.ner", description="Train or run the Arabic NER model.")
    parser.add_argument("command", choices=["train", "tag"])
    parser.add_argument("text", nargs="?", help="tag: the text to tag")
    parser.add_argument("--datasets", help="shared datasets folder (default: ../shared/datasets)")
    parser.add_argument("--iterations", type=int, default=200)
    parser.add_argument("--clusters", action="store_true", help="also rebuild the ANT word clusters (slow)")
    args = parser.parse_args(argv)
    if args.command == "tag":
        for (s, e, t) in predict_spans([args.text or sys.stdin.read()])[0]:
            print(t, s, e)
        return 0
    try:
        root = datasets_dir(args.datasets, need="anercorp")
    except DatasetsMissing as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    stats = train(root, max_iterations=args.iterations, rebuild_clusters=args.clusters)
    print(f"trained on {stats['sentences']} sentences / {stats['tokens']} tokens in {stats['seconds']} s "
          f"-> {MODEL_PATH} ({MODEL_PATH.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
