"""Headline topics: the taxonomy, the Arabic topic lexicon and the headline classifier.

The classifier stacks up to three linear models. One reads TF-IDF character n-grams (which
see through Arabic clitics: ``والحكومة``, ``بالحكومة`` and ``للحكومة`` share most of
their n-grams), word uni/bigrams of CAMeL-normalised text and the lexicon scores;
the other reads a multilingual sentence embedding of the headline
(:mod:`marsad.lang.encoder`), which carries over to outlets whose vocabulary the
n-grams never saw; a third reads the mean of the headline's word2vec vectors, learnt from the training
outlets' article text and stored folded as one score row per word. Their scores are mixed and calibrated by a
temperature (the mixing weights are calibrated on held-out outlets; a weight 0 leaves a part out). It was
trained on publisher-labelled Arabic news (ANT corpus) whose sections were mapped
to our taxonomy and completed by weak labels from ``data/topics/lexicon.csv``
(see :mod:`marsad.training.topics`). The weights ship as a portable ``.npz`` file
(plain arrays, no pickle) that loads once per process.

Command line::

    python -m marsad.training train topics [--datasets DIR] [--out PATH]
    python -m marsad.training evaluate topics [--datasets DIR]
"""
from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import numpy as np
import pandas as pd

from marsad.lang.text import normalize
from marsad.resources import data_path

__all__ = [
    "DATA_DIR",
    "DEFAULT_MIN_CONFIDENCE",
    "UNCERTAIN",
    "TaxonomyError",
    "TopicModel",
    "load_taxonomy",
    "load_lexicon",
    "lexicon_scores",
    "load_model",
    "classify_headlines",
    "headlines_table",
    "topic_mix",
    "apply_threshold",
    "adapt_priors",
    "adapt_by_group",
    "detect_home_country",
    "resolve_home_countries",
    "suggest_home_countries",
    "without_home_country",
    "smooth_by_neighbours",
    "read_batch",
    "self_train_batch",
    "sharpen",
    "finish_staged_headlines",
]

DATA_DIR = data_path("topics")
TAXONOMY_FILE = DATA_DIR / "taxonomy.csv"
LEXICON_FILE = DATA_DIR / "lexicon.csv"
MODEL_FILE = DATA_DIR / "model.npz"

UNCERTAIN = "uncertain"
# Below this top-class probability a headline is reported as `uncertain`
# rather than forced into a topic. With the calibrated model, on outlets it never saw, about 7 in
# 10 headlines reach 0.5 and 85 % of those are right (mean of the four leave-one-outlet-out folds;
# per-threshold table in docs/EVALUATION.md).
DEFAULT_MIN_CONFIDENCE = 0.5

TAXONOMY_COLUMNS = ("id", "label_ar", "label_en", "scope")
_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_COLOUR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")

# Text prepared for the model: normalised, punctuation to spaces, digit runs to
# one "0" (numbers carry no topic), Latin lower-cased.
_NON_WORD = re.compile(r"[\W_]+")
_DIGITS = re.compile(r"[0-9]+")

# Arabic proclitics that may precede a lexicon term: conjunction و/ف, then a
# preposition ب/ل/ك or the future marker س, then the article. "لل" is ل + ال with
# the alef dropped, which is how Arabic spells it.
_PROCLITIC = r"(?:[وف]?(?:بال|كال|فال|لل|ال|[بلكس])?)"
# Enclitic pronouns and the common plural/dual/nisba endings.
_ENCLITIC = r"(?:يين|يون|يات|تين|تان|هما|ات|ون|ين|ان|يه|يا|ها|هم|هن|كم|نا|ه|ي|ك|ا)?"
HEADLINE_COLUMNS = [
    "doc_id", "position", "section", "text", "topic", "label_ar", "confidence",
    "best_topic", "duplicate_of", "source", "published", "home_country",
]


class TaxonomyError(ValueError):
    """The taxonomy or lexicon file is malformed."""


# --------------------------------------------------------------------------- taxonomy


def load_taxonomy(path: str | Path | None = None) -> pd.DataFrame:
    """Load and validate the topic taxonomy.

    Args:
        path: a CSV with columns ``id, label_ar, label_en, scope`` (optional
            ``colour``); ``None`` or ``""`` loads the shipped ``data/topics/taxonomy.csv``.

    Returns:
        One row per topic, in file order, with a ``colour`` column filled in.

    Raises:
        TaxonomyError: missing file or columns, empty/duplicate/invalid ids,
            empty labels or malformed colours (the message names the row).
    """
    if isinstance(path, pd.DataFrame):
        df = path.copy()
        where = "taxonomy table"
    else:
        file = Path(path) if path else TAXONOMY_FILE
        if not file.is_file():
            raise TaxonomyError(f"taxonomy file not found: {file} (expected a CSV with columns {', '.join(TAXONOMY_COLUMNS)})")
        try:
            df = pd.read_csv(file, dtype=str, keep_default_na=False, encoding="utf-8")
        except (UnicodeDecodeError, pd.errors.ParserError) as exc:
            raise TaxonomyError(f"cannot read taxonomy file {file} as UTF-8 CSV: {exc}") from exc
        where = str(file)
    missing = [c for c in TAXONOMY_COLUMNS if c not in df.columns]
    if missing:
        raise TaxonomyError(f"{where}: missing column(s) {', '.join(missing)}; required: {', '.join(TAXONOMY_COLUMNS)}")
    if df.empty:
        raise TaxonomyError(f"{where}: no topics defined")
    df = df.fillna("")
    for col in ("id", "label_ar", "label_en"):
        df[col] = df[col].astype(str).str.strip()
    for i, row in df.iterrows():
        line = i + 2  # header is line 1
        if not _ID_RE.match(row["id"]):
            raise TaxonomyError(f"{where} line {line}: id {row['id']!r} must be lower-case ASCII letters, digits or _")
        if row["id"] == UNCERTAIN:
            raise TaxonomyError(f"{where} line {line}: id {UNCERTAIN!r} is reserved for low-confidence headlines")
        if not row["label_ar"] or not row["label_en"]:
            raise TaxonomyError(f"{where} line {line}: topic {row['id']!r} needs both label_ar and label_en")
    dup = df["id"][df["id"].duplicated()].tolist()
    if dup:
        raise TaxonomyError(f"{where}: duplicate topic id(s): {', '.join(dup)}")
    if "colour" not in df.columns:
        df["colour"] = ""
    bad = df[(df["colour"] != "") & ~df["colour"].str.match(_COLOUR_RE)]
    if len(bad):
        raise TaxonomyError(f"{where}: colour {bad['colour'].iloc[0]!r} of {bad['id'].iloc[0]!r} is not #RRGGBB")
    palette = ["#1f77b4", "#17becf", "#2ca02c", "#ff7f0e", "#9467bd", "#d62728", "#e377c2", "#8c564b", "#bcbd22", "#7f7f7f"]
    df.loc[df["colour"] == "", "colour"] = [palette[i % len(palette)] for i in np.flatnonzero(df["colour"] == "")]
    return df.reset_index(drop=True)


def _topic_labels(taxonomy: pd.DataFrame) -> dict[str, str]:
    labels = dict(zip(taxonomy["id"], taxonomy["label_ar"]))
    labels[UNCERTAIN] = "غير مؤكد"
    return labels


# --------------------------------------------------------------------------- lexicon


@dataclass
class Lexicon:
    """Weighted topic terms compiled into two regexes (clitic-aware and exact)."""

    terms: pd.DataFrame
    topics: list[str]
    index: dict[str, list[tuple[int, float]]] = field(repr=False)
    clitic_re: re.Pattern | None = field(repr=False)
    exact_re: re.Pattern | None = field(repr=False)

    def __len__(self) -> int:
        return len(self.terms)


def _term_regex(variants: Iterable[str], *, clitics: bool) -> re.Pattern | None:
    variants = sorted(set(variants), key=lambda v: (-len(v), v))
    if not variants:
        return None
    body = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in variants)
    if clitics:
        return re.compile(rf"(?<!\w){_PROCLITIC}(?P<t>{body}){_ENCLITIC}(?!\w)")
    return re.compile(rf"(?<!\w)[وف]?(?P<t>{body})(?!\w)")


def load_lexicon(path: str | Path | None = None, *, taxonomy: pd.DataFrame | None = None) -> Lexicon:
    """Load the topic lexicon (``topic, term, weight, match``) and compile it.

    Terms are written in ordinary Arabic and normalised here. ``match`` is
    ``clitic`` (default: proclitics و ف ب ل ك س ال and pronoun/plural endings
    allowed) or ``exact`` (whole word, only a leading و/ف) for short words that
    clitic matching would confuse (جامع vs جامعة).

    Raises:
        TaxonomyError: unknown topic ids, missing columns or bad weights.
    """
    file = Path(path) if path else LEXICON_FILE
    if not file.is_file():
        raise TaxonomyError(f"lexicon file not found: {file}")
    df = pd.read_csv(file, dtype={"topic": str, "term": str, "match": str}, keep_default_na=False, encoding="utf-8")
    for col in ("topic", "term"):
        if col not in df.columns:
            raise TaxonomyError(f"{file}: missing column {col!r} (need topic, term[, weight, match])")
    if "weight" not in df.columns:
        df["weight"] = 1.0
    if "match" not in df.columns:
        df["match"] = "clitic"
    df["weight"] = pd.to_numeric(df["weight"], errors="coerce")
    if df["weight"].isna().any():
        raise TaxonomyError(f"{file}: non-numeric weight in row {int(np.flatnonzero(df['weight'].isna())[0]) + 2}")
    df["match"] = df["match"].replace("", "clitic")
    tax = load_taxonomy() if taxonomy is None else taxonomy
    unknown = sorted(set(df["topic"]) - set(tax["id"]))
    if unknown:
        raise TaxonomyError(f"{file}: topic(s) {', '.join(unknown)} are not in the taxonomy")
    topics = list(tax["id"])
    df["norm"] = [" ".join(normalize(t).split()) for t in df["term"]]
    index: dict[str, list[tuple[int, float]]] = {}
    variants = {"clitic": [], "exact": []}
    for norm, topic, weight, match in zip(df["norm"], df["topic"], df["weight"], df["match"]):
        forms = [norm]
        if match == "clitic" and norm.startswith("ال"):
            forms.append("لل" + norm[2:])  # ل + ال is spelt لل
        for form in forms:
            index.setdefault(form, []).append((topics.index(topic), float(weight)))
            variants["exact" if match == "exact" else "clitic"].append(form)
    return Lexicon(df, topics, index, _term_regex(variants["clitic"], clitics=True), _term_regex(variants["exact"], clitics=False))


@lru_cache(maxsize=1)
def _default_lexicon() -> Lexicon:
    return load_lexicon()


def lexicon_scores(texts: Iterable[str], *, lexicon: Lexicon | None = None, normalized: bool = False) -> pd.DataFrame:
    """Score texts against the topic lexicon (each distinct term counts once).

    Args:
        texts: headlines (original or, with ``normalized=True``, already normalised).
        lexicon: a compiled lexicon; default the shipped one.

    Returns:
        A float DataFrame, one row per text and one column per taxonomy topic.
    """
    lex = lexicon or _default_lexicon()
    texts = list(texts)
    scores = np.zeros((len(texts), len(lex.topics)), dtype=np.float32)
    for i, text in enumerate(texts):
        norm = text if normalized else normalize(text or "")
        seen = set()
        for regex in (lex.clitic_re, lex.exact_re):
            if regex is None:
                continue
            for m in regex.finditer(norm):
                term = " ".join(m.group("t").split())
                if term not in seen:
                    seen.add(term)
                    for j, w in lex.index.get(term, ()):
                        scores[i, j] += w
    return pd.DataFrame(scores, columns=lex.topics)


# --------------------------------------------------------------------------- model


def prepare(text: str) -> str:
    """Turn a headline into the model's input: normalised, no punctuation, digits as 0."""
    norm = normalize(text or "")
    return _DIGITS.sub("0", _NON_WORD.sub(" ", norm)).strip().lower()


@dataclass
class TopicModel:
    """A linear topic classifier over TF-IDF char and word n-grams (portable arrays)."""

    classes: np.ndarray
    char_vocab: np.ndarray
    char_idf: np.ndarray
    word_vocab: np.ndarray
    word_idf: np.ndarray
    coef: np.ndarray
    intercept: np.ndarray
    meta: dict = field(default_factory=dict)
    # Lexicon scores as extra features (log1p(score) * lex_scale), one per topic
    # in this order; empty = no lexicon block.
    lexicon_topics: np.ndarray = field(default_factory=lambda: np.array([], dtype=str))
    lex_scale: float = 0.0
    # Stacking with a sentence-embedding model (``marsad.lang.encoder``; "" = none): the last DIM
    # columns of ``coef`` and ``emb_intercept`` are a logistic regression on the embedding of the
    # original headline; the scores are (1 - emb_weight) * lexical + emb_weight * embedding.
    encoder: str = ""
    emb_weight: float = 0.0
    emb_intercept: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float32))
    # Calibration: probabilities are softmax(scores / temperature), fitted on held-out outlets.
    temperature: float = 1.0
    # "Names no country" feature of the lexical model (0 = none): one column, ``country_scale`` when the
    # headline names no country, capital or demonym of the mentions knowledge base (:func:`names_no_country`).
    # Pan-Arab outlets file crime, politics and society news of every country under world, so without it a
    # model reads a national outlet's own news ("Sousse: car stolen") as world; the words of such a headline
    # do not say it is foreign, the missing country name does.
    country_scale: float = 0.0
    # Word-vector model (empty ``wv_vocab`` = none): a logistic regression on the SIF-weighted mean of the
    # headline's word vectors (word2vec trained on the training outlets' article text), folded into one
    # score row per word: its score is sum_i sif_i * wv_scores[w_i] / sum_i sif_i + wv_intercept over the
    # headline's known words. It carries a topic to words no labelled headline had, through the articles'
    # text. Mixed with weight ``wv_weight`` (the lexical model gets 1 - emb_weight - wv_weight).
    wv_vocab: np.ndarray = field(default_factory=lambda: np.array([], dtype=str))
    wv_sif: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float32))
    wv_scores: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))
    wv_intercept: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float32))
    wv_weight: float = 0.0
    # The word-vector model's coefficients of the "names no country" flag (one per class; empty = none), added
    # to its score when the headline names no country: its document vector alone cannot tell "Sousse: a car
    # stolen" (national news) from the same story abroad, the missing country name can.
    wv_country: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float32))
    # Mixing weights (embedding, word vectors) for a national outlet's headlines, i.e. when the caller gives a
    # home country (``classify_headlines(..., home_country=...)``); empty = the same weights for every outlet.
    # Calibrated apart from ``emb_weight``/``wv_weight`` on the national outlet among the training outlets: the
    # sentence encoder helps on the pan-Arab outlets and reads a national outlet's own news as world news.
    home_weights: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float32))
    # The class priors the model was fitted under (empty = unknown): each class's share of the training rows'
    # weight (sample weight x class weight), which the logistic regressions' intercepts reproduce. The batch
    # of headlines being classified has its own mix of topics (a national radio runs politics, a pan-Arab site
    # world news); :func:`adapt_priors` estimates it from the batch itself (EM, Saerens et al. 2002).
    train_prior: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float32))

    CHAR_NGRAMS = (2, 5)
    WORD_NGRAMS = (1, 2)

    @staticmethod
    def char_analyzer(vocabulary=None, **kw):
        from sklearn.feature_extraction.text import CountVectorizer

        return CountVectorizer(analyzer="char_wb", ngram_range=TopicModel.CHAR_NGRAMS, lowercase=False,
                               vocabulary=vocabulary, dtype=np.float32, **kw)

    @staticmethod
    def word_analyzer(vocabulary=None, **kw):
        from sklearn.feature_extraction.text import CountVectorizer

        return CountVectorizer(analyzer="word", ngram_range=TopicModel.WORD_NGRAMS, lowercase=False,
                               token_pattern=r"(?u)\b\w+\b", vocabulary=vocabulary, dtype=np.float32, **kw)

    @property
    def _vectorizers(self):
        if not hasattr(self, "_vecs"):
            self._vecs = (
                self.char_analyzer({t: i for i, t in enumerate(self.char_vocab.tolist())}),
                self.word_analyzer({t: i for i, t in enumerate(self.word_vocab.tolist())}),
            )
        return self._vecs

    def features(self, prepared: list[str], texts: list[str] | None = None, *, embeddings: np.ndarray | None = None,
                 use_encoder: bool = True, no_country: np.ndarray | None = None):
        """Model inputs: TF-IDF (sublinear tf, each block L2-normalised), lexicon scores, sentence embeddings.

        Args:
            prepared: texts passed through :func:`prepare`.
            texts: the original texts, for the sentence encoder (default: ``prepared``).
            embeddings: precomputed ``encoder.embed(texts)`` rows (training computes them once).
            use_encoder: ``False`` leaves the embedding block out (the lexical model alone).
            no_country: precomputed :func:`names_no_country` of ``prepared`` (one country scan serves both models).
        """
        X = tfidf_features(prepared, self._vectorizers, (self.char_idf, self.word_idf))
        if len(self.lexicon_topics):
            X = append_lexicon_block(X, prepared, self.lexicon_topics, self.lex_scale)
        if self.country_scale:
            X = append_country_block(X, prepared, self.country_scale, no_country=no_country)
        if self.encoder and use_encoder:
            X = append_embedding_block(X, texts if texts is not None else prepared, self.encoder, embeddings=embeddings)
        return X

    def decision_parts(self, prepared: list[str], texts: list[str] | None = None, **kw):
        """Scores of the lexical, the embedding and the word-vector model, apart (``None`` for a missing part)."""
        if self.country_scale and len(self.wv_country) and kw.get("no_country") is None:
            kw["no_country"] = names_no_country(prepared)  # both models read it: scan the headlines once
        X = self.features(prepared, texts, **kw)
        from marsad.lang.encoder import DIM

        coef = self.coef.astype(np.float32)
        wordvec = self.wordvec_scores(prepared, no_country=kw.get("no_country")) if len(self.wv_vocab) else None
        if not self.encoder or not kw.get("use_encoder", True):
            n = coef.shape[1] - (DIM if self.encoder else 0)
            return np.asarray(X @ coef[:, :n].T) + self.intercept, None, wordvec
        n = X.shape[1] - DIM
        lexical = np.asarray(X[:, :n] @ coef[:, :n].T) + self.intercept
        embedding = np.asarray(X[:, n:] @ coef[:, n:].T) + self.emb_intercept
        return lexical, embedding, wordvec

    @property
    def _wv_index(self) -> dict:
        if not hasattr(self, "_wv_idx"):
            self._wv_idx = {w: i for i, w in enumerate(self.wv_vocab.tolist())}
        return self._wv_idx

    def wordvec_scores(self, prepared: list[str], *, no_country: np.ndarray | None = None) -> np.ndarray:
        """The word-vector model's scores: the SIF-weighted mean of the known words' score rows + intercept."""
        z = wordvec_matrix(prepared, self._wv_index, self.wv_sif) @ self.wv_scores.astype(np.float32) + self.wv_intercept
        if len(self.wv_country):
            if no_country is None:
                no_country = names_no_country(prepared)
            z = z + no_country.astype(np.float32)[:, None] * self.wv_country.astype(np.float32)
        return z

    def mix_weights(self, national: bool = False) -> tuple[float, float]:
        """(embedding weight, word-vector weight) of the mix; ``national``: for a national outlet's headlines."""
        if national and len(self.home_weights):
            return float(self.home_weights[0]), float(self.home_weights[1])
        return float(self.emb_weight), float(self.wv_weight)

    def decision(self, prepared: list[str], texts: list[str] | None = None, *, national: bool = False,
                 **kw) -> np.ndarray:
        """Linear scores, one column per class (the weighted mix of the models the file has).

        ``national``: the headlines are a national outlet's (a home country was given): the mix uses
        ``home_weights`` when the model has them, and the encoder is not run when their embedding weight is 0.
        """
        emb_weight, wv_weight = self.mix_weights(national)
        if self.encoder and not emb_weight:
            kw["use_encoder"] = False
        lexical, embedding, wordvec = self.decision_parts(prepared, texts, **kw)
        wv = wv_weight if wordvec is not None else 0.0
        if embedding is None:
            return lexical if not wv else (1 - wv) * lexical + wv * wordvec
        z = (1 - emb_weight - wv) * lexical + emb_weight * embedding
        return z + wv * wordvec if wv else z

    def predict_proba(self, prepared: list[str], texts: list[str] | None = None, **kw) -> np.ndarray:
        """Calibrated class probabilities: softmax of the linear scores divided by ``temperature``."""
        z = self.decision(prepared, texts, **kw) / np.float32(self.temperature or 1.0)
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        return p / p.sum(axis=1, keepdims=True)

    def save(self, path: str | Path) -> Path:
        """Write the model as an ``.npz`` with fixed timestamps (same data → same bytes)."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        arrays = {
            "classes": self.classes.astype(str), "char_vocab": self.char_vocab.astype(str),
            "char_idf": self.char_idf.astype(np.float32), "word_vocab": self.word_vocab.astype(str),
            "word_idf": self.word_idf.astype(np.float32), "coef": self.coef.astype(np.float16),
            "intercept": self.intercept.astype(np.float32),
            "lexicon_topics": np.asarray(self.lexicon_topics).astype(str),
            "lex_scale": np.array(self.lex_scale, dtype=np.float32),
            "encoder": np.array(self.encoder), "emb_weight": np.array(self.emb_weight, dtype=np.float32),
            "emb_intercept": np.asarray(self.emb_intercept, dtype=np.float32),
            "temperature": np.array(self.temperature, dtype=np.float32),
            "country_scale": np.array(self.country_scale, dtype=np.float32),
            "meta": np.array(json.dumps(self.meta, ensure_ascii=False, sort_keys=True)),
        }
        if len(self.wv_vocab):  # a model without the word-vector part keeps the file layout it had before
            arrays.update({
                "wv_vocab": np.asarray(self.wv_vocab).astype(str), "wv_sif": np.asarray(self.wv_sif, dtype=np.float32),
                "wv_scores": np.asarray(self.wv_scores, dtype=np.float16),
                "wv_intercept": np.asarray(self.wv_intercept, dtype=np.float32),
                "wv_weight": np.array(self.wv_weight, dtype=np.float32),
                **({"wv_country": np.asarray(self.wv_country, dtype=np.float32)} if len(self.wv_country) else {}),
            })
        if len(self.home_weights):
            arrays["home_weights"] = np.asarray(self.home_weights, dtype=np.float32)
        if len(self.train_prior):
            arrays["train_prior"] = np.asarray(self.train_prior, dtype=np.float32)
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for name, arr in arrays.items():
                buf = io.BytesIO()
                np.lib.format.write_array(buf, np.ascontiguousarray(arr), allow_pickle=False)
                info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, buf.getvalue())
        return path

    @classmethod
    def load(cls, path: str | Path) -> "TopicModel":
        """Read a model written by :meth:`save`."""
        path = Path(path)
        if not path.is_file():
            raise FileNotFoundError(
                f"topic model not found: {path}. Rebuild it with `python -m marsad.training train topics` "
                "(needs ../shared/datasets)."
            )
        with np.load(path, allow_pickle=False) as z:
            meta = json.loads(str(z["meta"].reshape(-1)[0]))
            return cls(z["classes"], z["char_vocab"], z["char_idf"], z["word_vocab"], z["word_idf"],
                       z["coef"].astype(np.float32), z["intercept"], meta,
                       z["lexicon_topics"] if "lexicon_topics" in z else np.array([], dtype=str),
                       float(z["lex_scale"].reshape(-1)[0]) if "lex_scale" in z else 0.0,
                       str(z["encoder"].reshape(-1)[0]) if "encoder" in z else "",
                       float(z["emb_weight"].reshape(-1)[0]) if "emb_weight" in z else 0.0,
                       z["emb_intercept"] if "emb_intercept" in z else np.zeros(0, dtype=np.float32),
                       float(z["temperature"].reshape(-1)[0]) if "temperature" in z else 1.0,
                       float(z["country_scale"].reshape(-1)[0]) if "country_scale" in z else 0.0,
                       *((z["wv_vocab"], z["wv_sif"], z["wv_scores"].astype(np.float32), z["wv_intercept"],
                          float(z["wv_weight"].reshape(-1)[0])) if "wv_vocab" in z else ()),
                       **({"wv_country": z["wv_country"]} if "wv_country" in z else {}),
                       **({"home_weights": z["home_weights"]} if "home_weights" in z else {}),
                       **({"train_prior": z["train_prior"]} if "train_prior" in z else {}))


def tfidf_features(prepared: list[str], vectorizers, idfs):
    """Sublinear TF-IDF of each vectorizer's counts, L2-normalised per block, side by side."""
    from scipy import sparse
    from sklearn.preprocessing import normalize as l2

    blocks = []
    for vec, idf in zip(vectorizers, idfs):
        X = vec.transform(prepared).tocsr()
        np.log(X.data, out=X.data)
        X.data += 1.0
        X = X.multiply(idf.astype(np.float32)).tocsr()
        blocks.append(l2(X))
    return sparse.hstack(blocks, format="csr")


def wordvec_matrix(prepared: list[str], index: dict, sif: np.ndarray):
    """Sparse (texts x vocabulary) matrix of SIF weights, each row summing to 1 over the text's known words.

    A word that occurs twice counts twice; a text with no known word is an empty row (its word-vector
    score is the intercept alone).
    """
    from scipy import sparse

    rows, cols = [], []
    for i, text in enumerate(prepared):
        for w in text.split():
            j = index.get(w)
            if j is not None:
                rows.append(i)
                cols.append(j)
    rows, cols = np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64)
    vals = np.asarray(sif, dtype=np.float32)[cols] if len(cols) else np.zeros(0, dtype=np.float32)
    M = sparse.csr_matrix((vals, (rows, cols)), shape=(len(prepared), len(sif)), dtype=np.float32)
    total = np.asarray(M.sum(axis=1)).ravel()
    total[total == 0] = 1.0
    return sparse.diags(1.0 / total).astype(np.float32) @ M


def append_lexicon_block(X, prepared: list[str], topics, scale: float):
    """Append lexicon scores (columns in ``topics`` order, log1p-damped, scaled) to a feature matrix."""
    from scipy import sparse

    scores = lexicon_scores(prepared, normalized=True)
    block = np.log1p(scores.reindex(columns=list(topics), fill_value=0.0).to_numpy(np.float32)) * scale
    return sparse.hstack([X, sparse.csr_matrix(block)], format="csr")


@lru_cache(maxsize=1)
def _country_matcher():
    """A matcher of the knowledge base's country names, capitals and demonyms (and its stop phrases)."""
    from marsad.mentions.kb import KB_DIR
    from marsad.mentions.matcher import Matcher

    patterns = pd.read_csv(KB_DIR / "country_patterns.csv", dtype=str, keep_default_na=False, encoding="utf-8")
    return Matcher(patterns[["id", "label", "pattern", "form"]])


def names_no_country(prepared: list[str], home=None) -> np.ndarray:
    """True for each text that names no country (name, capital or demonym of ``data/kb``) but its home country.

    Stop phrases of the knowledge base ("الخطوط التونسية", an airline) do not count as a country.

    Args:
        prepared: texts passed through :func:`prepare`.
        home: the outlet's home country (ISO 3166 alpha-2, e.g. ``"TN"``), one for all texts or one per text
            (``None`` = none). A national outlet's own news names its own country ("Tunisian police…"); the
            flag is about foreign news, so a mention of the home country alone leaves it on. A mention that
            may be the home country or another (an ambiguous name) counts as foreign.
    """
    prepared = list(prepared)
    homes = [home] * len(prepared) if home is None or isinstance(home, str) else list(home)
    if len(homes) != len(prepared):
        raise ValueError(f"names_no_country: {len(homes)} home countries for {len(prepared)} texts")
    none = np.ones(len(prepared), dtype=bool)
    for i, hits in _country_matcher().match_many(prepared):
        h = homes[i]
        if any(not info.stop and info.first and info.first[0] == "country" and not (h and set(info.plain) == {h})
               for _s, _e, info in hits):
            none[i] = False
    return none


# Home-country mentions cut from a national outlet's headlines before the lexical and word-vector models read them
# (nineteenth session, docs/EVALUATION.md): their n-grams and word vectors are learnt from the pan-Arab outlets'
# world titles, where that country is foreign news, so "the Tunisian parliament" looked foreign although the
# "names no country" flag was on. The national views of training (``training.topics.national_views``) are built by
# the same cut. False: the text is read whole (the eighteenth session's reading).
HOME_CUT = True


def cut_spans(text: str, spans) -> str:
    """``text`` without the character ``spans`` (start, end), whitespace squeezed."""
    for a, b in sorted(spans, key=lambda s: -s[0]):
        text = text[:a] + " " + text[b:]
    return " ".join(text.split())


def without_home_country(prepared: list[str], home=None) -> list[str]:
    """Each prepared text with its home country's mentions cut out (:func:`cut_spans`).

    A mention is cut when it names the home country alone (a name, capital or demonym of the knowledge base that
    means only that country; stop phrases such as "الخطوط التونسية" and ambiguous names stay), as
    :func:`names_no_country` counts it. ``home``: one ISO code for all texts or one per text (``None``: no cut).
    """
    prepared = list(prepared)
    homes = [home] * len(prepared) if home is None or isinstance(home, str) else list(home)
    if len(homes) != len(prepared):
        raise ValueError(f"without_home_country: {len(homes)} home countries for {len(prepared)} texts")
    if not any(homes):
        return prepared
    out = list(prepared)
    todo = [i for i, h in enumerate(homes) if h]
    for k, hits in _country_matcher().match_many([prepared[i] for i in todo]):
        i, h = todo[k], homes[todo[k]]
        spans = [(a, b) for a, b, info in hits
                 if not info.stop and info.first and info.first[0] == "country" and set(info.plain) == {h}]
        if spans:
            out[i] = cut_spans(prepared[i], spans)
    return out


# Home-country detection (``home_country="auto"``): a national outlet's headlines name its own country far more
# often than any other; a pan-Arab outlet's spread over many. Checked on the four ANT outlets' unlabelled headlines
# (docs/EVALUATION.md): JawharaFM -> TN (named in 0.40 of its headlines that name a country, the runner-up 0.08),
# Alarabia, CNN and France24 -> none (their most-named country 0.11-0.20, within 1.05-1.5 x the runner-up).
HOME_MIN_SHARE = 0.30      # the most-named country: in at least this share of the headlines that name a country
HOME_MIN_RATIO = 3.0       # ... and in at least this many times as many as the runner-up
HOME_MIN_HEADLINES = 20    # fewer distinct headlines: no detection
HOME_MIN_NAMING = 5        # fewer distinct headlines naming a country: no detection
AUTO = "auto"
# The opt-in reading of titles (topics42, made opt-in by topics43): each source's titles get the home country all its
# titles of the corpus name far more than any other. Not the default: a corpus chosen by topic (every article naming
# Russia) names its topic most, not its outlets' home (728 CNN / Al Arabiya / France 24 titles naming Russia all read
# RU: section accuracy 0.839 -> 0.756). Tickers read as with "auto".
AUTO_TITLES = "auto-titles"


def _home_counts(prepared: Iterable[str]) -> tuple[int, int, list[tuple[str, int]]]:
    """The distinct non-empty headlines, how many of them name a country, and the countries they name, most-named
    first (each distinct headline counts once per country it names without ambiguity; stop phrases do not count)."""
    distinct = list(dict.fromkeys(t for t in prepared if t))
    counts: dict[str, int] = {}
    naming = 0
    for _i, hits in _country_matcher().match_many(distinct):
        named = {info.plain[0] for _s, _e, info in hits
                 if not info.stop and info.first and info.first[0] == "country" and len(set(info.plain)) == 1}
        naming += bool(named)
        for c in named:
            counts[c] = counts.get(c, 0) + 1
    return len(distinct), naming, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def _home_of_counts(distinct: int, naming: int, ranked: list[tuple[str, int]]) -> str | None:
    if distinct < HOME_MIN_HEADLINES or naming < HOME_MIN_NAMING:
        return None
    top, n = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if n >= HOME_MIN_SHARE * naming and n >= HOME_MIN_RATIO * runner_up:
        return top
    return None


def detect_home_country(prepared: Iterable[str]) -> str | None:
    """The batch's home country (ISO 3166 alpha-2) read from the headlines themselves, or ``None``.

    Each distinct headline counts once for each country it names without ambiguity (a knowledge-base name, capital
    or demonym of one country; stop phrases do not count). The most-named country is the home country when it is
    named in at least ``HOME_MIN_SHARE`` of the headlines that name a country and ``HOME_MIN_RATIO`` times as many
    as the runner-up (a national outlet's ticker: Moroccan headlines naming Morocco); else none (a pan-Arab or
    international outlet, or too few headlines: fewer than ``HOME_MIN_HEADLINES``, or fewer than
    ``HOME_MIN_NAMING`` that name a country).
    """
    prepared = list(prepared)
    if len(dict.fromkeys(t for t in prepared if t)) < HOME_MIN_HEADLINES:
        return None  # too few to read (the country matcher is not run)
    return _home_of_counts(*_home_counts(prepared))


def suggest_home_countries(headlines: pd.DataFrame) -> pd.DataFrame:
    """What ``home_country="auto-titles"`` would read for the titles of a headlines table read without a home country.

    The default (``"auto"``) reads no home country for titles: a corpus may be chosen by topic, and then the country
    its titles name most is its topic, not its outlets' home. This says, per source (rows without a source: one
    group, ``source`` missing) of the table's ``title`` rows with no ``home_country``, the country
    :func:`detect_home_country` reads over all of them, so that a report can suggest ``--option headlines
    home_country XX`` when the titles are one national outlet's. One row per source with a suggestion:
    ``source, country, titles`` (distinct titles), ``naming`` (of them, naming a country), ``count`` (naming the
    suggested country), ``runner_up`` (naming the next country); sources that read none have no row.
    """
    cols = ["source", "country", "titles", "naming", "count", "runner_up"]
    if headlines is None or headlines.empty or not {"section", "text"} <= set(headlines.columns):
        return pd.DataFrame({c: pd.Series(dtype=object) for c in cols})
    rows = headlines[headlines["section"] == "title"]
    if "home_country" in rows.columns:
        rows = rows[rows["home_country"].isna()]
    source = (rows["source"] if "source" in rows.columns else pd.Series(pd.NA, index=rows.index)).astype(object)
    keys = source.where(source.notna(), "")
    out = []
    for key in dict.fromkeys(keys):
        prepared = [prepare(t) for t in _as_list(rows.loc[keys == key, "text"])]
        distinct, naming, ranked = _home_counts(prepared)
        home = _home_of_counts(distinct, naming, ranked)
        if home:
            out.append({"source": key or pd.NA, "country": home, "titles": distinct, "naming": naming,
                        "count": ranked[0][1], "runner_up": ranked[1][1] if len(ranked) > 1 else 0})
    if not out:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in cols})
    return pd.DataFrame(out, columns=cols)


def append_country_block(X, prepared: list[str], scale: float, *, no_country: np.ndarray | None = None):
    """Append the "names no country" column (``scale`` or 0) to a feature matrix."""
    from scipy import sparse

    if no_country is None:
        no_country = names_no_country(prepared)
    block = no_country.astype(np.float32)[:, None] * np.float32(scale)
    return sparse.hstack([X, sparse.csr_matrix(block)], format="csr")


def append_embedding_block(X, texts: list[str], encoder: str, *, embeddings=None):
    """Append sentence embeddings of the original texts to a feature matrix."""
    from scipy import sparse

    from marsad.lang import encoder as enc

    if encoder != enc.ENCODER:
        raise ValueError(f"the topic model needs sentence encoder {encoder!r}; this Marsad has {enc.ENCODER!r}")
    E = enc.embed(texts) if embeddings is None else np.asarray(embeddings, dtype=np.float32)
    return sparse.hstack([X, sparse.csr_matrix(E)], format="csr")


@lru_cache(maxsize=4)
def _cached_model(path: str) -> TopicModel:
    return TopicModel.load(path)


def load_model(path: str | Path | None = None) -> TopicModel:
    """Load a topic model (default: the shipped ``data/topics/model.npz``), cached per path."""
    return _cached_model(str(Path(path).resolve() if path else MODEL_FILE))


# --------------------------------------------------------------------------- classify

# Prior adaptation (:func:`adapt_priors`) needs enough distinct headlines to estimate a batch's topic mix.
ADAPT_MIN_HEADLINES = 50
ADAPT_POWER = 1.0     # exponent of the prior ratio applied to the probabilities (1 = the full correction)
ADAPT_STRENGTH = 4.0  # Dirichlet prior on the batch's mix, centred on the training mix, worth this many batches (0 = ML EM)


def adapt_priors(proba: np.ndarray, train_prior: np.ndarray, *, power: float | None = None,
                 strength: float | None = None, max_iter: int = 300, tol: float = 1e-7) -> tuple[np.ndarray, np.ndarray]:
    """Probabilities re-weighted for the batch's own topic mix, estimated from the batch (EM).

    Saerens, Latinne & Decaestecker (2002): with ``p(y|x)`` calibrated under the training priors ``train_prior``,
    iterate ``q(y|x) ∝ p(y|x) · π(y) / train_prior(y)`` and ``π = mean of q`` over the batch; the fixed point
    is the maximum-likelihood topic mix of the batch. ``strength`` s > 0 makes it a MAP estimate under a
    Dirichlet prior centred on the training mix worth s times the batch (``π = (mean q + s · train_prior) /
    (1 + s)``): the ML estimate empties the topics the model rarely predicts on another outlet. The returned
    probabilities are ``p(y|x) · (π / train_prior) ** power``, normalised. Only the unlabelled headlines being
    classified are read (transductive: no label of the batch is used).

    Returns:
        ``(adapted probabilities, estimated priors π)``; the input unchanged when ``train_prior`` is empty.
    """
    power = ADAPT_POWER if power is None else power
    strength = ADAPT_STRENGTH if strength is None else strength
    proba = np.asarray(proba, dtype=np.float64)
    ps = np.asarray(train_prior, dtype=np.float64)
    if not len(ps) or not len(proba):
        return proba, ps
    ps = np.clip(ps / ps.sum(), 1e-9, None)
    pi = ps.copy()
    for _ in range(max_iter):
        q = proba * (pi / ps)
        q /= q.sum(axis=1, keepdims=True)
        new = (q.mean(axis=0) + strength * ps) / (1.0 + strength)
        done = np.abs(new - pi).max() < tol
        pi = new
        if done:
            break
    q = proba * (np.clip(pi, 1e-12, None) / ps) ** power
    return q / q.sum(axis=1, keepdims=True), pi


# Batch reading beyond the topic mix (eleventh session; chosen on inner folds, docs/EVALUATION.md). Headlines of one
# batch that share rarer words (a singer's, a player's, a party's name) tend to share a topic: each headline's
# probabilities are spread towards its nearest neighbours in the batch (label spreading, Zhou et al. 2004) before the
# prior adaptation. Then the topic is decided for balanced recall: the adapted probabilities divided by the batch's
# estimated mix to the power ``RECALL_POWER`` (0 = the most probable topic; 1 = argmax p(y|x) / pi(y), the rule that
# maximises mean class recall); the confidence stays the adapted probability of that topic.
SMOOTH_WEIGHT = 0.5          # share of the neighbours' probabilities (0 = no smoothing)
SMOOTH_NEIGHBOURS = 20       # at most this many neighbours per headline
SMOOTH_MIN_SIMILARITY = 0.2  # cosine of the batch's TF-IDF (sublinear tf) for a neighbour
SMOOTH_MIN_DF = 2            # n-grams in at least this many of the batch's headlines
SMOOTH_NGRAMS = ("char_wb", (3, 5))  # character 3-5-grams within words: a name with or without its clitics
# The similarities cost the square of the batch: a larger batch (one source's titles of a whole corpus) is smoothed in
# consecutive blocks of this many distinct headlines (its topic mix is still estimated over all of them).
SMOOTH_MAX_BATCH = 20_000
SMOOTH_ITERATIONS = 10
# A smaller batch is not smoothed (its topic mix is still estimated): the graph's TF-IDF is fitted on the batch, and
# in a few dozen headlines everyday words are "rare" (on a 57-headline ticker, جديد links a recognition of Morocco's
# sovereignty to an investment agreement); the smoothing was chosen and measured on whole outlets (3,500 distinct
# headlines and more).
SMOOTH_MIN_BATCH = 1_000
# rows of the similarity matrix computed at once: its blocks are nearly dense (short n-grams are shared by most
# headlines), so a block holds about this many times the batch's size in floats (500 x 11,000 headlines: ~70 MB)
SMOOTH_BLOCK_ROWS = 500
RECALL_POWER = 0.75
# Batch self-training (thirteenth session; chosen on inner folds, docs/EVALUATION.md): after the smoothing and the
# adaptation, a logistic regression fitted on the batch's own headlines (character 3-5-gram TF-IDF of the batch, as the
# neighbour graph) with their decided topics as labels, each weighted by its confidence over its topic's count among
# the labels (class-balanced: the batch's own imbalance is not learnt back), cross-fitted on the even and the odd
# headlines (a headline is scored by the half it was not in). It learns the batch's own vocabulary (a singer's, a
# club's, a party's name) from the headlines the model is sure of and carries it to the others, also those that share
# no n-gram with them. Its probabilities get ``SELF_TRAIN_WEIGHT`` of the confidences (0 = off). Only batches of at
# least ``SMOOTH_MIN_BATCH`` distinct headlines (a ticker is not), in blocks of ``SMOOTH_MAX_BATCH``.
# The topic of a self-trained batch is decided at this recall power (chosen with the self-training on the same inner
# folds; a batch too small for the self-training keeps ``RECALL_POWER``); its labels are read at ``RECALL_POWER``.
SELF_TRAIN_WEIGHT = 0.5
SELF_TRAIN_RECALL_POWER = 0.5
# The self-trained probabilities are flatter than the chance of being right (half of them a regression's, fitted on a
# few hundred headlines per topic): the confidences of a self-trained batch are sharpened by this temperature (q ** (1
# / t), normalised), after its topics are decided, so every topic stays and only the confidence (hence `uncertain`
# at DEFAULT_MIN_CONFIDENCE) changes. Fourteenth session, fitted by likelihood on the twelve inner-fold held-out sets
# (0.46-0.60 nested; expected calibration error 0.30 -> 0.09, coverage at 0.5 0.67 -> 0.86, accuracy there 0.96 ->
# 0.92; docs/EVALUATION.md). A batch read without self-training keeps its confidences (the same fit there gives 1.02).
SELF_TRAIN_TEMPERATURE = 0.561
SELF_TRAIN_C = 1.0
SELF_TRAIN_MAX_ITER = 200
# Newton-CG rather than lbfgs for the batch's own model: the same L2-regularised fit (a unique optimum), reached in
# 7-9 Newton steps instead of ~40 lbfgs steps whose cost grows with the batch's 20-25k n-gram columns x topics.
# On two real batches of ~3,000 ANT titles: 4-5x less CPU (8.1 -> 2.1 s, 11.6 -> 2.5 s), and closer to the exact
# optimum (largest probability difference to a tol 1e-9 fit 1.4e-3 -> 6.9e-4; the same topics as that fit on every title,
# lbfgs on 99.93 %). Measured in the twenty-first session (docs/PERFORMANCE.md).
SELF_TRAIN_SOLVER = "newton-cg"


def batch_tfidf(prepared: list[str], *, min_df: int | None = None):
    """The TF-IDF of ``SMOOTH_NGRAMS`` (sublinear tf) fitted on the batch itself, n-grams in at least ``min_df``
    (``SMOOTH_MIN_DF``) of its headlines; ``None`` when no n-gram is (the neighbour graph's and the self-training's
    features)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    analyzer, ngrams = SMOOTH_NGRAMS
    words = {"token_pattern": r"(?u)\b\w+\b"} if analyzer == "word" else {}
    try:
        return TfidfVectorizer(analyzer=analyzer, ngram_range=ngrams, min_df=SMOOTH_MIN_DF if min_df is None else min_df,
                               sublinear_tf=True, dtype=np.float64, **words).fit_transform(prepared)
    except ValueError:  # no n-gram in min_df headlines
        return None


def neighbour_graph(prepared: list[str], *, k: int | None = None, min_similarity: float | None = None,
                    min_df: int | None = None):
    """Row-normalised kNN graph of a batch of prepared headlines (sparse; a row without neighbours is empty).

    The TF-IDF of ``SMOOTH_NGRAMS`` (character 3-5-grams within words) is fitted on the batch itself (its own rare
    words weigh most); two headlines are neighbours when their cosine is at least ``min_similarity``; each keeps
    its ``k`` most similar.
    """
    from scipy import sparse

    k = SMOOTH_NEIGHBOURS if k is None else k
    min_similarity = SMOOTH_MIN_SIMILARITY if min_similarity is None else min_similarity
    n = len(prepared)
    X = batch_tfidf(prepared, min_df=min_df)
    if X is None:
        return sparse.csr_matrix((n, n))
    # similarities a block of rows at a time (memory stays bounded for a large partition)
    rows, cols, vals = [], [], []
    for a in range(0, n, SMOOTH_BLOCK_ROWS):
        S = (X[a:a + SMOOTH_BLOCK_ROWS] @ X.T).tocsr()
        S.data[S.data < min_similarity] = 0.0
        S.data[S.indices == np.repeat(np.arange(a, a + S.shape[0]), np.diff(S.indptr))] = 0.0  # not its own neighbour
        S.eliminate_zeros()
        for i in range(S.shape[0]):
            lo, hi = S.indptr[i], S.indptr[i + 1]
            idx, v = S.indices[lo:hi], S.data[lo:hi]
            if len(v) > k:
                top = np.lexsort((idx, -v))[:k]  # most similar first, ties by position: deterministic
                idx, v = idx[top], v[top]
            rows.append(np.full(len(idx), a + i))
            cols.append(idx)
            vals.append(v / v.sum() if len(v) else v)
    if not rows:
        return sparse.csr_matrix((n, n))
    return sparse.csr_matrix((np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=(n, n))


def smooth_by_neighbours(proba: np.ndarray, prepared: list[str], *, weight: float | None = None,
                         iterations: int = SMOOTH_ITERATIONS) -> np.ndarray:
    """Label spreading over the batch's :func:`neighbour_graph`: ``q = (1 - w) p + w W q``, iterated.

    A headline without neighbours keeps its probabilities. Only the unlabelled headlines of the batch are read.
    A batch of fewer than ``SMOOTH_MIN_BATCH`` headlines is returned unchanged; one of more than
    ``SMOOTH_MAX_BATCH`` is smoothed block by block, in its order.
    """
    weight = SMOOTH_WEIGHT if weight is None else weight
    proba = np.asarray(proba, dtype=np.float64)
    if not weight or len(proba) < SMOOTH_MIN_BATCH:
        return proba
    if len(proba) > SMOOTH_MAX_BATCH:
        return np.vstack([smooth_by_neighbours(proba[a:a + SMOOTH_MAX_BATCH], prepared[a:a + SMOOTH_MAX_BATCH],
                                               weight=weight, iterations=iterations)
                          for a in range(0, len(proba), SMOOTH_MAX_BATCH)])
    W = neighbour_graph(prepared)
    has = np.asarray(W.sum(axis=1)).ravel() > 0
    q = proba.copy()
    for _ in range(iterations):
        q = np.where(has[:, None], (1 - weight) * proba + weight * (W @ q), proba)
    return q


def self_train_batch(proba: np.ndarray, decision: np.ndarray, prepared: list[str]) -> np.ndarray:
    """Probabilities of a classifier fitted on the batch's own decided topics (see ``SELF_TRAIN_WEIGHT``).

    ``proba``: the confidences, ``decision``: the scores whose argmax is each headline's topic (the labels).
    Returns the cross-fitted probabilities, one row per headline (a topic no headline of the other half was given
    gets 0); ``proba`` unchanged for a batch under ``SMOOTH_MIN_BATCH`` or one whose halves have fewer than two
    topics. Reads only the unlabelled headlines of the batch.
    """
    import warnings

    from sklearn.exceptions import ConvergenceWarning
    from sklearn.linear_model import LogisticRegression

    proba = np.asarray(proba, dtype=np.float64)
    n = len(proba)
    if n < SMOOTH_MIN_BATCH:
        return proba
    if n > SMOOTH_MAX_BATCH:
        return np.vstack([self_train_batch(proba[a:a + SMOOTH_MAX_BATCH], decision[a:a + SMOOTH_MAX_BATCH],
                                           prepared[a:a + SMOOTH_MAX_BATCH]) for a in range(0, n, SMOOTH_MAX_BATCH)])
    X = batch_tfidf(prepared)
    if X is None:
        return proba
    y = np.asarray(decision).argmax(axis=1)
    count = np.bincount(y, minlength=proba.shape[1]).astype(np.float64)
    w = proba[np.arange(n), y] / count[y]
    w = w / w.mean()
    out = np.zeros_like(proba)
    rows = np.arange(n)
    for half in (0, 1):
        train, test = rows[rows % 2 != half], rows[rows % 2 == half]
        if len(np.unique(y[train])) < 2:
            return proba
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            lr = LogisticRegression(C=SELF_TRAIN_C, solver=SELF_TRAIN_SOLVER, max_iter=SELF_TRAIN_MAX_ITER).fit(X[train], y[train], sample_weight=w[train])
        out[np.ix_(test, lr.classes_)] = lr.predict_proba(X[test])
    return out / out.sum(axis=1, keepdims=True)


def sharpen(proba: np.ndarray, temperature: float) -> np.ndarray:
    """Probabilities at a temperature: ``proba ** (1 / temperature)``, normalised row by row (1: unchanged)."""
    proba = np.asarray(proba, dtype=np.float64)
    if temperature == 1.0 or not len(proba):
        return proba
    z = np.log(np.clip(proba, 1e-300, None)) / temperature
    z -= z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def read_batch(proba: np.ndarray, prepared: list[str] | None, train_prior: np.ndarray, *,
               recall_power: float | None = None,
               self_train: float | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A batch of distinct headlines read together: neighbour smoothing, prior adaptation, recall-weighted decision,
    then self-training on the batch (``SELF_TRAIN_WEIGHT``; ``self_train`` overrides it, 0 = the eleventh session's reading).

    ``prepared`` None: no neighbour smoothing nor self-training (nothing to compare). Returns ``(probabilities, decision, pi)``:
    the smoothed, adapted (and self-trained, then sharpened by ``SELF_TRAIN_TEMPERATURE``) probabilities (the
    confidences), the scores whose argmax is the topic
    (probabilities / pi ** ``RECALL_POWER``, normalised; ``SELF_TRAIN_RECALL_POWER`` after the self-training;
    ``recall_power`` overrides both) and the batch's estimated topic mix ``pi``. Without
    ``train_prior`` the probabilities are returned unchanged (three times).
    """
    power = RECALL_POWER if recall_power is None else recall_power
    share = SELF_TRAIN_WEIGHT if self_train is None else self_train
    proba = np.asarray(proba, dtype=np.float64)
    if not len(train_prior) or not len(proba):
        return proba, proba, np.asarray(train_prior, dtype=np.float64)
    q, pi = adapt_priors(proba if prepared is None else smooth_by_neighbours(proba, prepared), train_prior)
    scale = np.clip(pi, 1e-12, None) ** -power
    decision = q * scale
    if share and prepared is not None and len(q) >= SMOOTH_MIN_BATCH:
        taught = self_train_batch(q, decision, prepared)
        trained = taught is not q  # the batch itself unchanged: nothing to learn from (no shared n-gram, one topic)
        q = (1 - share) * q + share * taught
        decision = q * np.clip(pi, 1e-12, None) ** -(SELF_TRAIN_RECALL_POWER if recall_power is None else recall_power)
        if trained:
            q = sharpen(q, SELF_TRAIN_TEMPERATURE)  # the confidences only: the decision is taken above
    return q, decision / decision.sum(axis=1, keepdims=True), pi


def _as_list(texts) -> list[str]:
    if texts is None:
        return []
    if isinstance(texts, str):
        raise TypeError("classify_headlines expects a list or Series of headlines, not a single string")
    return ["" if (t is None or (isinstance(t, float) and np.isnan(t)) or t is pd.NA) else str(t) for t in texts]


def classify_headlines(
    texts,
    *,
    model: TopicModel | str | Path | None = None,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    taxonomy: pd.DataFrame | str | Path | None = None,
    embeddings: bool = True,
    home_country: str | None = None,
    adapt: bool = True,
    groups=None,
) -> pd.DataFrame:
    """Assign a topic to each headline.

    Args:
        texts: headlines (list, tuple or Series of str).
        model: a :class:`TopicModel`, a path to one, or ``None`` for the shipped model.
        min_confidence: headlines whose best topic has a lower probability get
            topic ``uncertain`` (their best guess stays in ``best_topic``).
        taxonomy: taxonomy table or file for the Arabic labels (default: shipped).
        embeddings: use the model's sentence-encoder part (default). ``False`` classifies with the
            lexical part alone: tens of times faster on very large corpora, less accurate on
            outlets the model has not seen (both measured in docs/EVALUATION.md and docs/PERFORMANCE.md).
        home_country: the outlet's home country (ISO 3166 alpha-2, e.g. ``"MA"`` for a Moroccan site; default
            none, for a pan-Arab or international outlet). The model reads whether a headline names a country
            (foreign news names one, a national outlet's own news mostly does not); with a home country, naming
            only that country counts as naming none, as the model was trained for JawharaFM (Tunisia).
            ``"auto"``: read it from the headlines given (:func:`detect_home_country`: the country named in a
            large share of them, far more than any other; none for a pan-Arab outlet or fewer than
            ``HOME_MIN_HEADLINES`` distinct headlines).
        adapt: read the headlines given as one batch (:func:`read_batch`, over the distinct headlines; only with
            ``ADAPT_MIN_HEADLINES`` or more and a model that knows its training priors): probabilities spread
            towards those of similar headlines of the batch, adapted to the batch's topic mix, and the topic
            decided for balanced recall (``RECALL_POWER``). The headlines given together should be one outlet's: a
            topic is then read against the rest of that outlet's news.
        groups: one label per headline (e.g. its source): each group's headlines are adapted to their own
            topic mix (:func:`adapt_by_group`); default one group.

    Returns:
        One row per input, same order: ``text, topic, confidence, label_ar,
        best_topic, method`` (``method`` is ``model``, or ``empty`` when the text
        has nothing to classify).
    """
    return _classify(texts, model=model, min_confidence=min_confidence, taxonomy=taxonomy, embeddings=embeddings,
                     home_country=home_country, adapt=adapt, groups=groups)[0]


def resolve_home_countries(prepared: list[str], home_country: str | None, home_groups=None) -> list[str | None]:
    """One home country per text: ``home_country`` itself, or with ``"auto"`` the one :func:`detect_home_country`
    reads from the texts of the text's group (``home_groups``: one label per text, e.g. the page it is on; None: one
    group; :data:`AUTO_TITLES` reads as ``"auto"`` here). ``None``, ``""`` and ``"none"``: no home country."""
    if home_country is None or home_country == "" or str(home_country).lower() == "none":
        return [None] * len(prepared)
    if home_country not in (AUTO, AUTO_TITLES):
        return [home_country] * len(prepared)
    if home_groups is None:
        return [detect_home_country(prepared)] * len(prepared)
    keys = pd.factorize(pd.Series(list(home_groups), dtype=object).fillna(""))[0]
    found = {g: detect_home_country([prepared[i] for i in np.flatnonzero(keys == g)]) for g in np.unique(keys)}
    return [found[g] for g in keys]


def _classify(texts, *, model, min_confidence, taxonomy, embeddings, home_country, adapt, groups, home_groups=None):
    """:func:`classify_headlines`, each row's probabilities before any batch reading (``None`` when empty) and each
    row's home country (:func:`resolve_home_countries`)."""
    items = _as_list(texts)
    tax = taxonomy if isinstance(taxonomy, pd.DataFrame) else load_taxonomy(taxonomy)
    labels = _topic_labels(tax)
    if not items:
        return pd.DataFrame({"text": pd.Series(dtype=str), "topic": pd.Series(dtype=str),
                             "confidence": pd.Series(dtype=float), "label_ar": pd.Series(dtype=str),
                             "best_topic": pd.Series(dtype=str), "method": pd.Series(dtype=str)}), None, []
    mdl = model if isinstance(model, TopicModel) else load_model(model)
    prepared = [prepare(t) for t in items]
    homes = resolve_home_countries(prepared, home_country, home_groups)
    proba = np.zeros((len(items), len(mdl.classes)), dtype=np.float64)
    for home in dict.fromkeys(homes):  # the rows of each home country (one set unless detected per group)
        idx = np.flatnonzero(np.array([h == home for h in homes], dtype=bool))
        proba[idx] = _proba_with_home(mdl, [prepared[i] for i in idx], [items[i] for i in idx], home,
                                      embeddings=embeddings)
    return _topics_frame(items, prepared, proba, mdl, labels, min_confidence=min_confidence, adapt=adapt,
                         groups=groups), proba, homes


def _proba_with_home(mdl: TopicModel, prepared: list[str], items: list[str], home: str | None, *,
                     embeddings: bool = True) -> np.ndarray:
    """The model's probabilities of texts read with one home country (``None``: none), each distinct text once."""
    # Tickers repeat headlines: classify each distinct text once.
    codes, uniques = pd.factorize(pd.Series(prepared, dtype=object))
    # the encoder reads the original text of each distinct headline (its first occurrence)
    first = np.unique(codes, return_index=True)[1]
    kw = {}
    if home and (mdl.country_scale or len(mdl.wv_country)):
        kw["no_country"] = names_no_country(list(uniques), home)
    read = without_home_country(list(uniques), home) if home and HOME_CUT else list(uniques)
    return mdl.predict_proba(read, [items[i] for i in first], use_encoder=embeddings, national=bool(home), **kw)[codes]


def _topics_frame(items, prepared, proba, mdl, labels, *, min_confidence, adapt, groups) -> pd.DataFrame:
    """The classified rows from each row's probabilities: batch reading (``adapt``), topic, confidence, label."""
    rows = decide = np.asarray(proba, dtype=np.float64)
    if adapt and len(mdl.train_prior):
        codes, uniques = pd.factorize(pd.Series(prepared))
        rows, decide = adapt_by_group(rows, codes, groups, mdl.train_prior, texts=list(uniques))
    best_idx = decide.argmax(axis=1)
    best = mdl.classes[best_idx].astype(object)
    conf = rows[np.arange(len(rows)), best_idx].astype(float)
    empty = np.array([not p for p in prepared], dtype=bool)
    conf[empty] = 0.0
    topic = np.where(conf >= min_confidence, best, UNCERTAIN).astype(object)
    best[empty] = UNCERTAIN
    return pd.DataFrame({
        "text": items,
        "topic": topic,
        "confidence": conf.round(4),
        "label_ar": [labels.get(t, t) for t in topic],
        "best_topic": best,
        "method": np.where(empty, "empty", "model"),
    })


def adapt_by_group(proba: np.ndarray, keys, groups, train_prior: np.ndarray, *, texts=None) -> tuple[np.ndarray, np.ndarray]:
    """:func:`read_batch` over the distinct headlines (``keys``) of each group (e.g. each source) separately.

    ``keys``: one code per row, the index of the row's distinct headline in ``texts`` (its prepared text; None:
    no neighbour smoothing, prior adaptation and the recall-weighted decision only). A group with fewer than
    ``ADAPT_MIN_HEADLINES`` distinct headlines keeps its probabilities. A headline's result depends only on the
    headlines of its own group that are given together: in a corpus of several outlets, each is read against its
    own topic mix, not the pooled one (each held-out outlet was one batch in the leave-one-outlet-out evaluation).
    ``groups`` None: one group. Returns ``(probabilities, decision)`` row by row (see :func:`read_batch`).
    """
    out = np.array(proba, dtype=np.float64)
    decide = out.copy()
    if not len(train_prior) or not len(out):
        return out, decide
    keys = np.asarray(keys)
    group = (np.zeros(len(out), dtype=int) if groups is None
             else pd.factorize(pd.Series(groups, dtype=object).fillna(""))[0])
    for g in np.unique(group):
        idx = np.flatnonzero(group == g)
        codes, distinct = pd.factorize(keys[idx])
        if len(distinct) < ADAPT_MIN_HEADLINES:
            continue
        first = np.unique(codes, return_index=True)[1]  # each distinct headline's first row
        q, d, _pi = read_batch(out[idx[first]], None if texts is None else [texts[k] for k in distinct], train_prior)
        out[idx], decide[idx] = q[codes], d[codes]
    return out, decide


# --------------------------------------------------------------------------- corpus tables


def _empty_headlines() -> pd.DataFrame:
    df = pd.DataFrame({c: pd.Series(dtype=object) for c in HEADLINE_COLUMNS})
    df["position"] = df["position"].astype("Int64")
    df["confidence"] = df["confidence"].astype(float)
    df["duplicate_of"] = df["duplicate_of"].astype("Int64")
    df["published"] = pd.Series(dtype="datetime64[ns]")
    return df


def _exact_duplicates(seg: pd.DataFrame) -> pd.Series:
    key = seg["text"].map(prepare)
    first = seg.assign(_k=key).groupby(["doc_id", "_k"], sort=False)["position"].transform("first")
    return first.where(first != seg["position"]).astype("Int64")


def headlines_table(
    corpus,
    *,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    deduplicate: bool = False,
    model: TopicModel | str | Path | None = None,
    taxonomy: pd.DataFrame | str | Path | None = None,
    embeddings: bool = True,
    home_country: str | None = "auto",
    adapt: bool = True,
) -> pd.DataFrame:
    """Classify a corpus's ticker headlines (or, without any ticker, its titles).

    Args:
        corpus: object with ``documents`` and ``segments`` DataFrames (``marsad.read_corpus``).
        min_confidence: see :func:`classify_headlines`.
        deduplicate: drop headlines that repeat an earlier one (``duplicate_of``
            set). Off by default so the table keeps every row and the notebook decides.
        model, taxonomy, embeddings: see :func:`classify_headlines` (``marsad analyze --option
            headlines embeddings false`` turns the sentence encoder off for a very large corpus).
        home_country: see :func:`classify_headlines` (``marsad analyze --option headlines home_country MA``
            for a Moroccan outlet). ``"auto"`` (default): each page's ticker gets the home country its own
            headlines name (:func:`detect_home_country`), titles none (a corpus chosen by topic names its topic
            most; :func:`suggest_home_countries` says what the titles would read); ``"auto-titles"``
            (:data:`AUTO_TITLES`, opt-in): tickers as ``"auto"``, titles the one all the titles of their source
            name (rows without a source: one group), for a corpus of national outlets' whole output; ``None`` or
            ``"none"``: no home country.
        adapt: see :func:`classify_headlines`; each source's headlines in this table are adapted to that
            source's own topic mix (headlines without a source form one group).

    Returns:
        ``doc_id, position, section, text, topic, label_ar, confidence,
        best_topic, duplicate_of, source, published, home_country``. ``section`` says whether
        rows are ``ticker`` headlines or document ``title``s. ``published`` is the
        document's date for titles; ticker headlines carry no date of their own,
        so they get the page's ``captured`` date when known, else NaT. ``home_country``
        is the home country the row was read with (given, or read from its page's ticker, or with
        ``"auto-titles"`` from its source's titles; missing when none).
    """
    return _headline_rows(corpus, min_confidence=min_confidence, deduplicate=deduplicate, model=model,
                          taxonomy=taxonomy, embeddings=embeddings, home_country=home_country, adapt=adapt)


# The headlines stage's per-partition rows carry each row's probabilities before any batch reading (float32, hex, in
# the model's class order) and its combine step reads each source's rows of the whole corpus as one batch
# (:func:`finish_staged_headlines`): the result does not depend on how the corpus was cut into partitions.
STAGED_PROBA = "proba"


def _headline_rows(corpus, *, min_confidence, deduplicate, model, taxonomy, embeddings, home_country, adapt,
                   staged: bool = False) -> pd.DataFrame:
    """:func:`headlines_table`; ``staged``: no batch reading, plus the ``STAGED_PROBA`` column."""
    seg = corpus.segments
    if seg is None or seg.empty or "section" not in seg.columns:
        return _empty_headlines()
    rows = seg[seg["section"] == "ticker"]
    if rows.empty:
        rows = seg[seg["section"] == "title"]
    if rows.empty:
        return _empty_headlines()
    rows = rows.copy()
    if "duplicate_of" not in rows.columns:
        rows["duplicate_of"] = _exact_duplicates(rows)
    if deduplicate:
        rows = rows[rows["duplicate_of"].isna()]
    docs = corpus.documents if getattr(corpus, "documents", None) is not None else pd.DataFrame(columns=["doc_id"])
    docs = docs.assign(doc_id=docs["doc_id"].astype(str)).drop_duplicates("doc_id").set_index("doc_id")
    source = rows["doc_id"].astype(str).map(docs["source"]) if "source" in docs else pd.Series(pd.NA, index=rows.index)
    # "auto" (and "auto-titles"): each page's ticker is read for its own home country (a page is never cut between
    # partitions, so the result does not depend on --chunk-mb). Titles (one per document): none with "auto" (a corpus
    # chosen by topic names its topic most, not its outlets' home); with "auto-titles" their source's, read over all
    # the source's titles (rows without a source: one group), as the leave-one-outlet-out evaluation reads a
    # held-out outlet's home country from all its headlines. Staged, a source's titles may be cut between
    # partitions: they are classified with none here and marked AUTO_TITLES; the combine step
    # (:func:`finish_staged_headlines`) reads each source's home country over all its rows of the corpus and reads
    # that source's rows again with it.
    home_groups = rows["doc_id"].astype(str).to_numpy()
    tickers = bool((rows["section"] == "ticker").all())
    if home_country == AUTO_TITLES and tickers:
        home_country = AUTO
    if home_country == AUTO and not tickers:
        home_country = None
    titles_auto = home_country == AUTO_TITLES
    if titles_auto:
        home_groups = source.fillna("").astype(str).to_numpy()
        if staged:
            home_country = None
    classified, proba, homes = _classify(rows["text"].tolist(), model=model, min_confidence=min_confidence, taxonomy=taxonomy,
                                  embeddings=embeddings, home_country=home_country, adapt=adapt and not staged,
                                  groups=source.to_numpy(), home_groups=home_groups)
    if titles_auto and staged:
        homes = [AUTO_TITLES] * len(rows)
    out = pd.DataFrame({
        "doc_id": rows["doc_id"].astype(str).to_numpy(),
        "position": rows["position"].astype("Int64").to_numpy(),
        "section": rows["section"].to_numpy(),
        "text": rows["text"].to_numpy(),
    })
    for col in ("topic", "label_ar", "confidence", "best_topic"):
        out[col] = classified[col].to_numpy()
    out["duplicate_of"] = pd.array(rows["duplicate_of"].to_numpy(), dtype="Int64")
    out["source"] = source.to_numpy() if "source" in docs else pd.NA
    published = docs["published"] if "published" in docs else pd.Series(dtype="datetime64[ns]")
    captured = docs["captured"] if "captured" in docs else pd.Series(dtype="datetime64[ns]")
    date = np.where(out["section"] == "title", out["doc_id"].map(published), out["doc_id"].map(captured))
    out["published"] = pd.to_datetime(pd.Series(date, dtype=object), errors="coerce")
    homes = pd.Series(homes, dtype=object)
    out["home_country"] = homes.where(homes.notna(), pd.NA).to_numpy()
    if staged:
        out[STAGED_PROBA] = [r.tobytes().hex() for r in np.asarray(proba, dtype="<f4")]
        return out[HEADLINE_COLUMNS + [STAGED_PROBA]].reset_index(drop=True)
    return out[HEADLINE_COLUMNS].reset_index(drop=True)


def finish_staged_headlines(rows: pd.DataFrame, *, model: TopicModel | str | Path | None = None,
                            taxonomy: pd.DataFrame | str | Path | None = None,
                            min_confidence: float = DEFAULT_MIN_CONFIDENCE, adapt: bool = True) -> pd.DataFrame:
    """The final headline rows from staged ones (``STAGED_PROBA`` set): each source's rows read as one batch.

    ``rows``: the per-partition rows of the whole corpus (one kind, ticker or title), in corpus order. The batch
    reading (:func:`read_batch`) sees every row of a source at once, as :func:`headlines_table` does for one
    in-memory corpus; without ``adapt`` the staged topics stand.

    Rows marked ``home_country`` :data:`AUTO_TITLES` (titles staged with ``home_country="auto-titles"``): each source's home
    country is read over all its marked rows (:func:`detect_home_country`; rows without a source: one group), and
    the rows of a source with one are read again with it (as :func:`headlines_table` reads them in memory) before
    the batch reading; the column says the home country, or is missing.
    """
    rows = rows.reset_index(drop=True)
    auto = np.array([isinstance(h, str) and h == AUTO_TITLES for h in rows["home_country"]], dtype=bool)
    if rows.empty or (not adapt and not auto.any()):
        return rows.drop(columns=[STAGED_PROBA], errors="ignore")[HEADLINE_COLUMNS].reset_index(drop=True)
    mdl = model if isinstance(model, TopicModel) else load_model(model)
    tax = taxonomy if isinstance(taxonomy, pd.DataFrame) else load_taxonomy(taxonomy)
    proba = np.frombuffer(bytes.fromhex("".join(rows[STAGED_PROBA])), dtype="<f4").reshape(len(rows), len(mdl.classes))
    items = _as_list(rows["text"])
    prepared = [prepare(t) for t in items]
    out = rows.copy()
    reread = np.zeros(len(rows), dtype=bool)
    if auto.any():
        idx = np.flatnonzero(auto)
        found = resolve_home_countries([prepared[i] for i in idx], AUTO_TITLES,
                                       rows["source"].iloc[idx].fillna("").astype(str).to_numpy())
        homes = out["home_country"].astype(object).to_numpy(copy=True)
        homes[idx] = [h if h else pd.NA for h in found]
        out["home_country"] = homes
        proba = proba.copy()
        for home in dict.fromkeys(h for h in found if h):
            sub = idx[np.array([h == home for h in found], dtype=bool)]
            # the national mix of the shipped model has no encoder part (run-time cost: the lexical and word-vector
            # models over these rows); kept in float32 as the staged probabilities are
            proba[sub] = _proba_with_home(mdl, [prepared[i] for i in sub], [items[i] for i in sub], home
                                          ).astype("<f4")
            reread[sub] = True
    if not adapt and not reread.any():
        return out.drop(columns=[STAGED_PROBA], errors="ignore")[HEADLINE_COLUMNS]
    frame = _topics_frame(items, prepared, proba, mdl, _topic_labels(tax),
                          min_confidence=min_confidence, adapt=adapt, groups=rows["source"].to_numpy())
    # without the batch reading, a row not read again keeps the topic its partition gave it
    take = np.ones(len(rows), dtype=bool) if adapt else reread
    for col in ("topic", "label_ar", "confidence", "best_topic"):
        out.loc[take, col] = frame[col].to_numpy()[take]
    return out[HEADLINE_COLUMNS]


def apply_threshold(
    headlines: pd.DataFrame,
    *,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    taxonomy: pd.DataFrame | str | Path | None = None,
) -> pd.DataFrame:
    """Re-decide ``topic`` for another confidence threshold and relabel from a taxonomy file.

    Uses the ``best_topic`` and ``confidence`` columns, so nothing is classified
    again (a report can change its threshold or its labels on stored tables).
    """
    tax = taxonomy if isinstance(taxonomy, pd.DataFrame) else load_taxonomy(taxonomy)
    out = headlines.copy()
    if out.empty:
        return out
    best = out["best_topic"] if "best_topic" in out.columns else out["topic"]
    out["topic"] = np.where(out["confidence"].astype(float) >= min_confidence, best, UNCERTAIN)
    labels = _topic_labels(tax)
    out["label_ar"] = out["topic"].map(labels).fillna(out["topic"])
    return out


def topic_mix(
    headlines: pd.DataFrame,
    *,
    deduplicate: bool = True,
    by: str | None = None,
    taxonomy: pd.DataFrame | str | Path | None = None,
) -> pd.DataFrame:
    """Count headlines per topic.

    Args:
        headlines: output of :func:`headlines_table` (or :func:`classify_headlines`).
        deduplicate: count a repeated headline once (rows with ``duplicate_of`` set are dropped).
        by: optional grouping column (e.g. ``source`` or a period column); shares are within each group.
        taxonomy: for labels and colours (default: shipped).

    Returns:
        ``[by,] topic, label_ar, label_en, colour, count, share`` sorted by count
        (descending) within each group; ``uncertain`` counts as a topic of its own.
    """
    tax = taxonomy if isinstance(taxonomy, pd.DataFrame) else load_taxonomy(taxonomy)
    df = headlines
    if deduplicate and "duplicate_of" in df.columns:
        df = df[df["duplicate_of"].isna()]
    keys = ([by] if by else []) + ["topic"]
    cols = keys + ["label_ar", "label_en", "colour", "count", "share"]
    if df.empty:
        return pd.DataFrame(columns=cols)
    counts = df.groupby(keys, sort=False, dropna=False).size().rename("count").reset_index()
    total = counts.groupby(by)["count"].transform("sum") if by else counts["count"].sum()
    counts["share"] = counts["count"] / total
    info = tax.set_index("id")
    labels = _topic_labels(tax)
    counts["label_ar"] = counts["topic"].map(labels).fillna(counts["topic"])
    # a topic the taxonomy lacks (a taxonomy_file without one of the model's topics) keeps its id, as label_ar does:
    # "cyber (Uncertain)" named it beside the real uncertain tile (review44)
    counts["label_en"] = counts["topic"].map(info["label_en"]).fillna(
        counts["topic"].where(counts["topic"] != UNCERTAIN, "Uncertain"))
    counts["colour"] = counts["topic"].map(info["colour"]).fillna("#c7c7c7")
    order = ([by] if by else []) + ["count", "topic"]
    asc = ([True] if by else []) + [False, True]
    return counts.sort_values(order, ascending=asc, kind="stable")[cols].reset_index(drop=True)
