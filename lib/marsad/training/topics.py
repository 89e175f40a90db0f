"""Train and evaluate the headline topic model from the shared ANT corpora.

Training data are news headlines labelled by their publishers' site sections
(ANT v1.1 JawharaFM; ANT v2.1 Alarabia, CNN and France24 headline indexes). The
sections are mapped to the Marsad taxonomy (``ANT_MAP``); what they lack
(security, religion, much of science_health and society) and the mixed sections
(JawharaFM "localNews" = Tunisian national news, "diverse" = miscellany) are
labelled by the curated lexicon ``data/topics/lexicon.csv`` (weak supervision,
rules in :func:`weak_labels`). The classifier then learns from all labelled
headlines, so it generalises beyond the lexicon's words through character and
word n-grams.

Everything is deterministic: inputs are read in sorted path order, the solver
(lbfgs) has no randomness, and the model file is written with fixed timestamps.
"""
from __future__ import annotations

import re
import time
from pathlib import Path

import numpy as np
import pandas as pd

from marsad.training.evaluate import DatasetsMissing
from marsad.topics.classifier import (
    DEFAULT_MIN_CONFIDENCE,
    MODEL_FILE,
    TopicModel,
    append_lexicon_block,
    lexicon_scores,
    load_lexicon,
    load_taxonomy,
    prepare,
    tfidf_features,
)

__all__ = ["ANT_MAP", "SOURCES", "load_headlines", "weak_labels", "fit", "train", "evaluate"]

# Publisher section -> Marsad topic. None = mixed section, labelled by the lexicon only.
ANT_MAP = {
    "sport": "sports",
    "economy": "economy",
    "culture": "culture",
    "technology": "science_health",
    "internationalNews": "world",
    "middleEast": "world",
    "politic": "politics",
    "society": "society",
    "localNews": None,
    "diverse": None,
}
# source name -> headline index relative to the datasets root
SOURCES = {
    "jawharafm": "ant-v1.1-jawharafm/derived_headlines_index.tsv",
    "Alarabia": "ant-v2.1-multisource/derived_headlines_index_Alarabia.tsv",
    "CNN": "ant-v2.1-multisource/derived_headlines_index_CNN.tsv",
    "France24": "ant-v2.1-multisource/derived_headlines_index_France24.tsv",
}
HELD_OUT = "CNN"
# Sources whose article files (with <ABSTRACT>) sit beside the index; path column is relative to this folder.
_ARTICLE_DIRS = {"jawharafm": "ant-v1.1-jawharafm", "CNN": "ant-v2.1-multisource"}
_ABSTRACT_RE = re.compile(r"<ABSTRACT>(.*?)</ABSTRACT>", re.S)
_TEXT_RE = re.compile(r"<TEXT>(.*?)(?:</TEXT>|$)", re.S)
_SENTENCE_END = re.compile(r"[.!؟?](?:\s|$)")
# Topics publishers never label; the lexicon may move a headline into them.
_LEXICON_ONLY = {"security", "religion", "science_health"}
_MIN_SCORE, _MIN_MARGIN = 1.0, 0.5


def _lead_sentence(file: Path, *, max_chars: int = 240) -> str:
    """First sentence of an ANT article's abstract, else of its text ('' when the file is missing)."""
    try:
        text = file.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    abstract = ""
    for regex in (_ABSTRACT_RE, _TEXT_RE):  # many JawharaFM abstracts are empty
        m = regex.search(text)
        abstract = " ".join(m.group(1).replace("\ufffd", "").split()) if m else ""
        if abstract:
            break
    end = _SENTENCE_END.search(abstract)
    lead = abstract[: end.start() + 1] if end else abstract
    return lead if len(lead) <= max_chars else lead[:max_chars].rsplit(" ", 1)[0]


def load_headlines(datasets_root, *, sources=None, exclude=(), abstracts: bool = False) -> pd.DataFrame:
    """Read the ANT headline indexes.

    Args:
        datasets_root: the shared datasets folder.
        sources: source names to read (default: all of ``SOURCES`` that exist).
        exclude: source names to leave out.
        abstracts: add ``lead``, the first sentence of the article's abstract,
            for sources whose article files are present (JawharaFM, CNN).

    Returns:
        ``source, cat, title, date, path`` (+ ``lead``) sorted by source then path.

    Raises:
        DatasetsMissing: when none of the requested indexes exists.
    """
    root = Path(datasets_root)
    frames = []
    for name in sorted(sources or SOURCES):
        if name in exclude:
            continue
        file = root / SOURCES[name]
        if not file.is_file():
            continue
        df = pd.read_csv(file, sep="\t", dtype=str, keep_default_na=False, encoding="utf-8")
        df = df[df["title"].str.strip() != ""]
        df = df.assign(source=name)[["source", "cat", "title", "date", "path"]]
        if abstracts:
            folder = root / _ARTICLE_DIRS[name] if name in _ARTICLE_DIRS else None
            df["lead"] = [_lead_sentence(folder / p) if folder else "" for p in df["path"]]
        frames.append(df)
    if not frames:
        raise DatasetsMissing(f"no ANT headline index under {root} (expected e.g. {SOURCES['jawharafm']})")
    return pd.concat(frames, ignore_index=True).sort_values(["source", "path"], kind="stable").reset_index(drop=True)


def weak_labels(headlines: pd.DataFrame, *, lexicon=None) -> pd.DataFrame:
    """Map publisher sections to topics and complete them with lexicon rules.

    Rules (``rule`` column says which one fired):
      * ``section``: sports, economy, culture, technology and world sections keep
        their mapped topic (publishers are reliable there; a foreign crime or
        health story stays ``world`` for a national reader).
      * ``lexicon``: in the politics and society sections and the mixed
        sections (localNews, diverse) a confident lexicon topic (score >= 1 and a
        margin of 0.5 over the runner-up) wins; in politics only security or
        religion with score >= 2 may override the publisher. A world hit inside
        JawharaFM's national news is the country's own diplomacy: politics.
      * ``dropped``: mixed-section headlines without a confident lexicon topic
        are left out of training rather than guessed.

    Returns:
        the input with ``topic`` (None when dropped), ``rule`` and ``lex_topic``.
    """
    lex = lexicon or load_lexicon()
    text = headlines["title"] + " " + headlines["lead"] if "lead" in headlines.columns else headlines["title"]
    scores = lexicon_scores(text, lexicon=lex).to_numpy()
    order = np.argsort(-scores, axis=1, kind="stable")
    top = np.array(lex.topics)[order[:, 0]]
    s1 = scores[np.arange(len(scores)), order[:, 0]]
    s2 = scores[np.arange(len(scores)), order[:, 1]] if scores.shape[1] > 1 else np.zeros(len(scores))
    confident = (s1 >= _MIN_SCORE) & (s1 - s2 >= _MIN_MARGIN)
    topics, rules = [], []
    for cat, t, ok, score in zip(headlines["cat"], top, confident, s1):
        base = ANT_MAP.get(cat)
        if base in ("sports", "economy", "culture", "science_health", "world"):
            topics.append(base); rules.append("section")
        elif base == "politics":
            if ok and t in ("security", "religion") and score >= 2:
                topics.append(t); rules.append("lexicon")
            else:
                topics.append(base); rules.append("section")
        elif base == "society":
            if ok and t in _LEXICON_ONLY:
                topics.append(t); rules.append("lexicon")
            else:
                topics.append(base); rules.append("section")
        elif ok:  # mixed sections
            topics.append("politics" if (t == "world" and cat == "localNews") else t); rules.append("lexicon")
        else:
            topics.append(None); rules.append("dropped")
    return headlines.assign(topic=topics, rule=rules, lex_topic=np.where(s1 > 0, top, None))


def fit(texts, labels, *, C: float = 3.0, max_char: int = 80000, max_word: int = 40000,
        class_weight="sqrt", lex_scale: float = 1.0, sample_weight=None, meta: dict | None = None) -> TopicModel:
    """Fit TF-IDF (char 2–5-grams within words + word 1–2-grams) and a multinomial logistic regression.

    Args:
        texts: headlines (original text; prepared here).
        labels: topic ids, one per text.
        C: inverse L2 regularisation strength.
        class_weight: ``"sqrt"`` (default, see below), ``"balanced"``, a dict or None.
        max_char, max_word: vocabulary caps (most frequent n-grams) that keep the file small.
    """
    from sklearn.linear_model import LogisticRegression

    prepared = [prepare(t) for t in texts]
    labels = np.asarray(labels, dtype=str)
    min_df = 2 if len(prepared) >= 1000 else 1
    vecs = (TopicModel.char_analyzer(min_df=min_df, max_features=max_char),
            TopicModel.word_analyzer(min_df=min_df, max_features=max_word))
    idfs = []
    n = len(prepared)
    for vec in vecs:
        counts = vec.fit_transform(prepared).tocsc()
        df = np.diff(counts.indptr)  # documents per n-gram
        idfs.append((np.log((1 + n) / (1 + df)) + 1).astype(np.float32))
    X = tfidf_features(prepared, vecs, idfs)
    lex_topics = np.array(load_taxonomy()["id"].tolist() if lex_scale else [], dtype=str)
    if lex_scale:
        X = append_lexicon_block(X, prepared, lex_topics, lex_scale)
    if class_weight == "sqrt":
        # Halfway to "balanced": the sources are world-heavy (about 40 % of headlines) while
        # a national ticker is not; weight each class by sqrt(mean class size / class size).
        names, counts = np.unique(labels, return_counts=True)
        class_weight = {c: float(np.sqrt(len(labels) / (len(names) * k))) for c, k in zip(names, counts)}
    clf = LogisticRegression(C=C, max_iter=3000, class_weight=class_weight)
    clf.fit(X, labels, sample_weight=sample_weight)
    vocab = [np.array(sorted(v.vocabulary_, key=v.vocabulary_.get)) for v in vecs]
    info = dict(meta or {})
    info.update({"n_train": int(n), "C": C, "class_counts": {k: int(v) for k, v in zip(*np.unique(labels, return_counts=True))},
                 "char_ngrams": list(TopicModel.CHAR_NGRAMS), "word_ngrams": list(TopicModel.WORD_NGRAMS)})
    coef = clf.coef_ if clf.coef_.shape[0] > 1 else np.vstack([-clf.coef_[0], clf.coef_[0]])
    intercept = clf.intercept_ if clf.coef_.shape[0] > 1 else np.array([-clf.intercept_[0], clf.intercept_[0]])
    return TopicModel(clf.classes_.astype(str), vocab[0], idfs[0], vocab[1], idfs[1],
                      coef.astype(np.float32), intercept.astype(np.float32), info, lex_topics, float(lex_scale))


def training_set(datasets_root, *, exclude=(), abstracts: bool = True, lead_weight: float = 0.5,
                 source_weights: dict | None = None) -> pd.DataFrame:
    """Training texts with their weak labels and weights, duplicates and dropped rows removed.

    Each labelled headline is one row (weight 1); with ``abstracts`` the first
    sentence of its article, when available, is another row with the same topic
    (weight ``lead_weight``): it teaches vocabulary headlines are too short to show.
    """
    heads = weak_labels(load_headlines(datasets_root, exclude=exclude, abstracts=abstracts))
    heads = heads[heads["topic"].notna()]
    # The same headline filed under two sections would teach contradictions: keep the first.
    key = heads["title"].map(prepare)
    heads = heads[~key.duplicated() & (key != "")].assign(text=lambda d: d["title"], weight=1.0, kind="title")
    frames = [heads]
    if abstracts and "lead" in heads.columns:
        leads = heads[heads["lead"].str.strip() != ""].assign(text=lambda d: d["lead"], weight=lead_weight, kind="lead")
        frames.append(leads)
    data = pd.concat(frames, ignore_index=True)
    if source_weights:
        data["weight"] *= data["source"].map(source_weights).fillna(1.0)
    return data


def train(datasets_root, *, out: str | Path | None = MODEL_FILE, exclude=(), abstracts: bool = True,
          lead_weight: float = 0.5, source_weights: dict | None = None, **fit_kwargs) -> TopicModel:
    """Build the topic model from the shared datasets and write it to ``out`` (``None``: don't write)."""
    data = training_set(datasets_root, exclude=exclude, abstracts=abstracts, lead_weight=lead_weight,
                        source_weights=source_weights)
    sources = sorted(data["source"].unique())
    titles = data[data["kind"] == "title"]
    meta = {"sources": sources, "rules": titles["rule"].value_counts().to_dict(),
            "leads": int((data["kind"] == "lead").sum()), "lead_weight": lead_weight}
    model = fit(data["text"], data["topic"], sample_weight=data["weight"].to_numpy(), meta=meta, **fit_kwargs)
    if out:
        model.save(out)
    return model


def _md_table(df: pd.DataFrame) -> str:
    cols = [str(c) for c in df.columns]
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for row in df.itertuples(index=False):
        lines.append("| " + " | ".join(f"{v:.3f}" if isinstance(v, float) else str(v) for v in row) + " |")
    return "\n".join(lines)


def _score(model: TopicModel, test: pd.DataFrame, min_confidence: float) -> dict:
    from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, precision_recall_fscore_support

    proba = model.predict_proba([prepare(t) for t in test["title"]])
    pred = model.classes[proba.argmax(axis=1)]
    conf = proba.max(axis=1)
    gold = test["gold"].to_numpy()
    present = sorted(set(gold))
    p, r, f, s = precision_recall_fscore_support(gold, pred, labels=present, zero_division=0)
    per_class = pd.DataFrame({"topic": present, "precision": p, "recall": r, "F1": f, "support": s})
    cols = list(model.classes)
    cm = pd.DataFrame(confusion_matrix(gold, pred, labels=cols), index=cols, columns=cols).loc[present]
    cm = cm.loc[:, (cm.sum(axis=0) > 0)]
    sure = conf >= min_confidence
    thresholds = pd.DataFrame([
        {"min_confidence": t, "coverage": float((conf >= t).mean()),
         "accuracy on covered": float((pred[conf >= t] == gold[conf >= t]).mean()) if (conf >= t).any() else float("nan")}
        for t in (0.0, 0.35, 0.5, 0.6, 0.7, 0.8)
    ])
    return {
        "thresholds": thresholds,
        "n": len(test), "accuracy": accuracy_score(gold, pred),
        "macro_f1": f1_score(gold, pred, labels=present, average="macro", zero_division=0),
        "coverage": sure.mean(), "accuracy_confident": (pred[sure] == gold[sure]).mean() if sure.any() else float("nan"),
        "per_class": per_class, "confusion": cm,
        "pred_dist": pd.Series(pred).value_counts(),
    }


def evaluate(datasets_root) -> str:
    """Train without CNN, test on the CNN headline index mapped to the taxonomy; return markdown.

    Also leaves out France24 and Alarabia in turn (per-source breakdown), and
    times training and prediction.
    """
    from datetime import datetime, timezone

    root = Path(datasets_root)
    everything = load_headlines(root)
    rows, details = [], ""
    main = None
    for held in (HELD_OUT, "France24", "Alarabia"):
        if held not in set(everything["source"]):
            continue
        t0 = time.perf_counter()
        model = train(root, out=None, exclude=(held,))
        train_s = time.perf_counter() - t0
        test = everything[everything["source"] == held].copy()
        test["gold"] = test["cat"].map(ANT_MAP)
        test = test[test["gold"].notna()]
        res = _score(model, test, DEFAULT_MIN_CONFIDENCE)
        res["train_s"] = train_s
        rows.append({"held-out source": held, "headlines": res["n"], "accuracy": res["accuracy"],
                     "macro-F1": res["macro_f1"], f"coverage@{DEFAULT_MIN_CONFIDENCE}": res["coverage"],
                     "accuracy on covered": res["accuracy_confident"], "train s": round(train_s, 1)})
        if held == HELD_OUT:
            main = (model, test, res)
    if main is None:
        raise DatasetsMissing(f"the held-out {HELD_OUT} headline index is missing under {root}")
    model, test, res = main
    # prediction speed: 100k headlines, classified end to end (normalise, featurise, score)
    from marsad.topics.classifier import classify_headlines

    sample = (test["title"].tolist() * (100_000 // len(test) + 1))[:100_000]
    sample = [f"{t} {i % 997}" for i, t in enumerate(sample)]  # defeat the de-duplication shortcut
    t0 = time.perf_counter()
    classify_headlines(sample, model=model)
    speed = len(sample) / (time.perf_counter() - t0)
    per = res["per_class"].copy()
    cm = res["confusion"].reset_index(names="gold \\ predicted")
    tax = load_taxonomy()
    mapping = ", ".join(f"{k}→{v or 'lexicon rules'}" for k, v in ANT_MAP.items())
    details = f"""Command: `.venv/bin/python -m marsad.training evaluate topics` (run {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC).

**Held-out test: CNN Arabic headlines (ANT v2.1 index, {res['n']} headlines), model trained on JawharaFM,
Alarabia and France24 only** (no CNN text seen). CNN sections mapped to the taxonomy: economy→economy,
internationalNews and middleEast→world, sport→sports, technology→science_health. CNN has no politics,
society, security, culture or religion section, so those classes are absent from the gold labels and any
prediction of them counts as an error (e.g. a CNN "middleEast" story about a court case predicted `security`).

| metric | value |
|---|---|
| accuracy (best topic, nothing left uncertain) | {res['accuracy']:.3f} |
| macro-F1 over the {len(per)} gold classes | {res['macro_f1']:.3f} |
| share with confidence ≥ {DEFAULT_MIN_CONFIDENCE} (the default `min_confidence`) | {res['coverage']:.3f} |
| accuracy on those | {res['accuracy_confident']:.3f} |
| training time (without CNN) | {res['train_s']:.1f} s |
| prediction speed (100,000 headlines, end to end) | {speed:,.0f} headlines/s |

Confidence threshold trade-off on CNN (headlines below `min_confidence` are shown as *uncertain*):

{_md_table(res['thresholds'])}

Per class (CNN):

{_md_table(per)}

Confusion matrix (rows: CNN gold mapped to our taxonomy; columns: predicted):

{_md_table(cm)}

Per-source breakdown (each source held out in turn, model trained on the others):

{_md_table(pd.DataFrame(rows))}

Training labels: publisher sections mapped ({mapping}); weak labels from the curated lexicon
(`data/topics/lexicon.csv`, {len(load_lexicon())} terms over {len(tax)} topics) move politics/society/local-news
headlines into security, religion, science_health and society (rules in `marsad.topics_train.weak_labels`).
Shipped model (`python -m marsad.topics.classifier train`, all four sources): see `data/topics/README.md`.
"""
    return details
