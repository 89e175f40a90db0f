"""Train and evaluate the Arabic NER model (CRF) shipped in ``marsad/data/ner``.

Commands::

    python -m marsad.training train ner [--datasets DIR] [--clusters]   # writes data/ner/anercorp-crf.npz
    python -m marsad.training evaluate ner                              # P/R/F1 per type into docs/EVALUATION.md

Prediction lives in :mod:`marsad.mentions.ner`; this module is never imported at run time.
"""
from __future__ import annotations

import json
import re
import time
from datetime import date
from pathlib import Path

from marsad.iob import span_counts
from marsad.lang.rules import SENTENCE_END_TOKENS as _SENT_END_TOKENS
from marsad.lang.text import normalize
from marsad.mentions.ner import (
    CLUSTERS_PATH, GAZETTEER_PATH, HISTORY_CUTS, HISTORY_PATH, MEMORY_MAX_WORDS, MODEL_PATH, TYPES, VECTORS_PATH, WORDSTATS_PATH, _DOTS,
    _RLM, Features, Model, _bucket, _gazetteers, _strip_clitics, default_features, load_model, load_neural, predict,
    memory_path, read_history, spans_from_tags, stack_matrix, stack_names, tokenize_spans,
)

# ANERcorp has no document boundaries: the second pass's document is this many sentences on each side
STACK_WINDOW = 5
# taken off the score of O at every token (Model.favour_entities): chosen on the development split
FAVOUR_ENTITIES = 0.0
FAVOUR_GRID = (0.0, 0.25, 0.5, 0.75, 1.0, 1.5)
# a word's prediction history is kept when it occurs at least this many times in the ANT text (development split)
HISTORY_MIN_COUNT = 9

_TAG_RE = re.compile(r"<[^>]+>")

__all__ = ["read_anercorp", "camel_split", "fold_cut", "dev_split", "evaluate_dev", "neural_description", "build_gazetteers", "build_clusters",
           "vector_corpus", "build_vectors", "write_vectors", "build_wordstats", "cluster_corpus",
           "gold_article_ids", "ant_documents", "build_history",
           "train", "span_scores", "build_memory", "write_memory",
           "scores_markdown", "dictionary_baseline", "evaluate",
           "PEOPLE_SPLITS", "PEOPLE_FOLDS", "people_documents", "gold_sentences", "merge_silver", "people_sentences",
           "people_folds", "model_folder", "train_in_domain", "people_ner_scores"]


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


def learned_given_words(path: Path | None = None, sources: tuple[str, ...] = ("ant",)) -> frozenset[str]:
    """The words of ``data/kb/learned_given_names.txt`` learned from ``sources`` (default: the unannotated ANT text
    only, so that no ANERcorp label reaches a development fold through them), normalised. Session 32 tried them as the
    CRF's ``pg`` flag (a ``per_given`` list beside the gazetteers) on development folds 2 and 3: not shipped, so
    :func:`build_gazetteers` does not write them (``docs/EVALUATION.md``, "Session 32")."""
    from marsad.resources import data_path

    path = path or data_path("kb") / "learned_given_names.txt"
    out = set()
    if not Path(path).exists():
        return frozenset()
    for line in Path(path).read_text("utf-8").splitlines():
        if not line or line.startswith("#") or "\t" not in line:
            continue
        word, note = line.split("\t", 1)
        src = note.lstrip("# ").split(" ", 1)[0]
        if src in sources and normalize(word):
            out.add(normalize(word))
    return frozenset(out)


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


_FIELD_RE = re.compile(r"<(TITLE|ABSTRACT|TEXT)>(.*?)</\1>", re.S)
# ANT v2.1 outlets used for the word vectors (BBC and Sky News are held out for evaluation)
_ANT_SOURCES = ("ant-v1.1-jawharafm", "ant-v2.1-multisource/CNN", "ant-v2.1-multisource/Alarabia",
                "ant-v2.1-multisource/France24")


def cluster_corpus(datasets: Path) -> list[list[str]]:
    """Normalised, tokenised sentences of ANT (v1.1, v2.1 CNN/Al Arabiya/France 24) and the ANERcorp train part."""
    sents: list[list[str]] = []
    for rel in _ANT_SOURCES:
        for path in sorted((Path(datasets) / rel).rglob("*.txt")):
            raw = path.read_text("utf-8", errors="replace")
            for _, body in _FIELD_RE.findall(raw) or [("", _TAG_RE.sub(" ", raw))]:
                for sent in tokenize_spans(normalize(body)):
                    if len(sent) > 1:
                        sents.append([t for t, _, _ in sent])
    if not sents:
        raise FileNotFoundError(f"no ANT corpus under {datasets}; word clusters need {', '.join(_ANT_SOURCES)}")
    train_part, _ = camel_split(read_anercorp(Path(datasets) / "anercorp" / "data" / "ANERCorp"))
    for s in train_part:
        sents.append([w for w in (normalize(t) or t for t, _ in s) if w.strip()])
    return sents


def gold_article_ids() -> frozenset[str]:
    """Ids of every ANT article named anywhere under ``data/gold/`` (people, events, timex; blind or not).

    The prediction history (:func:`build_history`) is built from ANT text that leaves them all out, so no
    Marsad gold article, least of all a blind split drawn later from ANT, is ever seen by a model trained here."""
    from marsad.training.evaluate import REPO_ROOT

    ids: set[str] = set()
    rx = re.compile(r"\b[A-Z]{2}-[A-Za-z]+-\d+-\d+\b")
    for path in sorted((REPO_ROOT / "data" / "gold").rglob("*")):
        if path.is_file():
            ids.update(rx.findall(path.read_text("utf-8", errors="replace")))
    return frozenset(ids)


def ant_documents(datasets: Path, *, exclude: frozenset[str] = frozenset(), every: int = 1,
                  min_len: int = 4, max_len: int = 80):
    """Yield the ANT articles of ``_ANT_SOURCES`` (never BBC or Sky News) as lists of normalised token sentences.

    Articles whose id is in ``exclude`` are skipped, and with ``every`` > 1 all but every ``every``-th file of an
    outlet; sentences shorter than ``min_len`` or longer than ``max_len`` tokens are dropped."""
    for rel in _ANT_SOURCES:
        for k, path in enumerate(sorted((Path(datasets) / rel).rglob("*.txt"))):
            if k % every or path.stem in exclude:
                continue
            raw = path.read_text("utf-8", errors="replace")
            sents = []
            for _, body in _FIELD_RE.findall(raw) or [("", _TAG_RE.sub(" ", raw))]:
                for sent in tokenize_spans(normalize(body)):
                    if min_len <= len(sent) <= max_len:
                        sents.append([t for t, _, _ in sent])
            if sents:
                yield sents


def build_history(datasets: Path, model: Model, out: Path = HISTORY_PATH, *, min_count: int = HISTORY_MIN_COUNT,
                  every: int = 1,
                  batch: int = 2000) -> int:
    """Tag the ANT text with ``model`` and write every word's corpus-level prediction history.

    The articles of :func:`ant_documents` (minus :func:`gold_article_ids`) are tagged as the shipped tagger
    tags a text (the CRF, then :func:`consistent_tags` with each article one document); for every
    clitic-stripped word seen at least ``min_count`` times, the share of its occurrences inside a span of each
    type is bucketed by ``HISTORY_CUTS`` and written as ``stem<TAB>PERS<TAB>LOC<TAB>ORG<TAB>MISC`` (gzip), read by
    :func:`marsad.mentions.ner.read_history`. A word the first model tags as a person in clear contexts then
    carries that evidence where it stands without context (Ratinov & Roth 2009's extended prediction history,
    over a whole unlabelled corpus rather than the document). ANT is Apache-2.0.

    Returns:
        The number of words written.
    """
    import gzip
    from collections import Counter

    total: Counter = Counter()
    typed = {t: Counter() for t in TYPES}

    def count(docs):
        sents = [s for d in docs for s in d]
        groups = [i for i, d in enumerate(docs) for _ in d]
        for s, tags in zip(sents, predict(sents, model=model, documents=groups)):
            for w, t in zip(s, tags):
                k = _strip_clitics(w)
                total[k] += 1
                if t != "O":
                    typed[t[2:]][k] += 1

    docs = []
    for d in ant_documents(datasets, exclude=gold_article_ids(), every=every):
        docs.append(d)
        if len(docs) >= batch:
            count(docs)
            docs = []
    if docs:
        count(docs)
    rows = []
    for k, n in sorted(total.items()):
        if n < min_count or "\t" in k or "\n" in k:
            continue
        rows.append(k + "".join(f"\t{_bucket(typed[t][k] / n, HISTORY_CUTS)}" for t in TYPES) + "\n")
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as f:
        f.writelines(rows)
    return len(rows)


# The people gold set's development splits (``data/gold/people``): the only ones whose articles may train the NER
# (:func:`people_sentences`). Hard-coded on purpose, never "every split of documents.tsv": a split added later is a
# blind part drawn to measure unseen text, and no model may be trained on it (or read it) before its one run.
# heldout29 … heldout31 were blind parts of session 27 and heldout32 session 28's, each scored once and a development
# split since; heldout33 (session 29's blind part) is not in the list.
PEOPLE_SPLITS = ("tuning",) + tuple(f"heldout{k}" for k in range(1, 33))


def people_documents(datasets: Path, splits=PEOPLE_SPLITS) -> list[tuple[str, str, list[tuple[str, list]]]]:
    """The people gold articles of ``splits`` (a subset of :data:`PEOPLE_SPLITS`) as Marsad's ANT reader segments
    them, with their gold marks.

    Only the rows of ``documents.tsv`` whose split is named are read (their annotation files and articles); no
    other annotation file is opened.

    Returns:
        ``(doc_id, split, segments)`` per article in ``documents.tsv`` order; ``segments`` are
        ``(text, [(start, end, "P"|"C", form), …])`` for every segment of the article (a segment the annotation
        leaves out holds no person or country mention).
    """
    import shutil
    import tempfile

    import pandas as pd

    from marsad.readers import read_corpus
    from marsad.training.people_eval import GOLD_DIR, parse_annotation

    unknown = set(splits) - set(PEOPLE_SPLITS)
    if unknown:
        raise ValueError(f"not a development split of the people gold set: {sorted(unknown)}")
    docs = pd.read_csv(GOLD_DIR / "documents.tsv", sep="\t")
    docs = docs[docs["split"].isin(set(splits))]
    tmp = Path(tempfile.mkdtemp(prefix="marsad-ner-people-"))
    try:
        for r in docs.itertuples():
            dst = tmp / r.path
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(Path(datasets) / r.path, dst)
        segs = read_corpus(tmp).segments
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    out = []
    for r in docs.itertuples():
        ann, lines = parse_annotation(GOLD_DIR / "annotations" / f"{r.doc_id}.txt")
        rows = segs[segs["doc_id"] == r.doc_id].sort_values("position")
        marks: dict[int, list] = {}
        for a in ann:
            marks.setdefault(a["position"], []).append((a["start"], a["end"], "P" if a["entity_type"] == "person"
                                                        else "C", a["form"]))
        segments = []
        for pos, text in zip(rows["position"], rows["text"]):
            text = str(text)
            if pos in lines and lines[pos].replace("\xa0", " ") != text.replace("\xa0", " "):
                raise ValueError(f"{r.doc_id} [{pos}]: annotated text differs from the segment text")
            segments.append((text, sorted(marks.get(pos, []))))
        out.append((r.doc_id, r.split, segments))
    return out


def gold_sentences(text: str, marks) -> list[tuple[list[str], list[str]]]:
    """The run time's sentences of one segment (:func:`tokenize_spans`; a full stop added to a sentence without
    one, as :func:`predict_spans` does) with IOB tags from the gold ``marks`` (``(start, end, "P"|"C", form)``):
    a token overlapping a person span is PERS (B on its first token), a token overlapping a country name or capital
    LOC; demonyms stay O (ANERcorp's convention: الفرنسي, العراقية are no entity)."""
    out = []
    for sent in tokenize_spans(text):
        toks = [t for t, _, _ in sent]
        tags = ["O"] * len(toks)
        for a, b, kind, form in marks:
            if kind == "C" and form == "demonym":
                continue
            typ = "PERS" if kind == "P" else "LOC"
            hit = [k for k, (_, s, e) in enumerate(sent) if s < b and e > a]
            for j, k in enumerate(hit):
                tags[k] = ("B-" if j == 0 else "I-") + typ
        if toks and toks[-1] not in _SENT_END_TOKENS:
            toks.append(".")
            tags.append("O")
        out.append((toks, tags))
    return out


def merge_silver(gold: list[str], pred: list[str]) -> tuple[list[str], int, int]:
    """Gold person/country tags plus the tagger's other spans (``pred``) that overlap no gold entity token; the
    tagger's PERS spans are dropped (the gold marks every person).

    Returns:
        ``(tags, silver spans added, tagger PERS spans that were not all gold PERS)``.
    """
    tags = list(gold)
    added = dropped = 0
    for a, b, typ in spans_from_tags(pred):
        if typ == "PERS":
            dropped += any(g == "O" for g in gold[a:b])
            continue
        if all(g == "O" for g in gold[a:b]):
            tags[a] = "B-" + typ
            tags[a + 1:b] = ["I-" + typ] * (b - a - 1)
            added += 1
    return tags, added, dropped


def people_sentences(datasets: Path, splits=PEOPLE_SPLITS, *, model: Model | None = None,
                     only_entities: bool = False, stats: dict | None = None,
                     documents: list | None = None) -> list[list[tuple[str, str]]]:
    """CRF training sentences (``[(token, tag), …]``) from the people gold articles of ``splits``.

    Tokens and sentences are the run time's (:func:`tokenize_spans` on each segment's text; a sentence without a
    full stop gets one, as :func:`predict_spans` adds it). A token that overlaps a gold person span is ``PERS``
    (a proclitic glued to the name stays in the token, as in ANERcorp), a token that overlaps a gold country name or
    capital is ``LOC``; demonyms are no entity in ANERcorp (الفرنسي, العراقية: O; inside an organisation's name,
    ORG), so a gold demonym is left to the tagger. The gold marks no other type, so ORG, LOC and MISC come from
    ``model`` (default: the shipped tagger, as :func:`predict` runs it with each article one document), kept only
    where the span overlaps no gold person or country token (silver labels); a PERS span of the tagger the gold
    does not have is O. ``only_entities`` keeps only sentences with at least one entity. ``documents``, when given,
    receives the article id of each sentence returned.
    """
    sents_tok, groups, golds = [], [], []
    for doc_id, _split, segments in people_documents(datasets, splits):
        for text, marks in segments:
            for toks, tags in gold_sentences(text, marks):
                sents_tok.append(toks)
                golds.append(tags)
                groups.append(doc_id)
    silver = predict(sents_tok, model=model or load_model(), documents=groups)
    out = []
    n_silver = n_dropped = 0
    for toks, gold, pred, doc in zip(sents_tok, golds, silver, groups):
        tags, added, dropped = merge_silver(gold, pred)
        n_silver += added
        n_dropped += dropped
        if only_entities and all(t == "O" for t in tags):
            continue
        out.append(list(zip(toks, tags)))
        if documents is not None:
            documents.append(doc)
    if stats is not None:
        stats.update(sentences=len(out), tokens=sum(map(len, out)), silver_spans=n_silver,
                     tagger_pers_spans_not_gold=n_dropped,
                     gold=dict(span_counts([[t for _, t in s] for s in out], [[t for _, t in s] for s in out],
                                           TYPES)))
    return out


def _stable_hash(text: str) -> int:
    """A hash that does not change between interpreter runs (Python's ``hash`` of a str does)."""
    import hashlib

    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")


def build_clusters(datasets: Path, out: Path = CLUSTERS_PATH, *, vocab_size: int = 100_000, dims: int = 100,
                   seed: int = 1) -> int:
    """Train word2vec on the news text and write hierarchical k-means clusters of the vectors.

    Skip-gram (gensim, one worker thread so the result is reproducible), 100
    dimensions, window 5, words seen at least 3 times; the unit vectors of the
    ``vocab_size`` most frequent words are split into 64 clusters, each into 8
    (512) and each of those into 4 (2048), like the prefixes of Brown clusters.
    Only the cluster ids ship (``word<TAB>c64<TAB>c512<TAB>c2048``, gzip), not
    the vectors. ANT is Apache-2.0 (cite Chouigui et al.).

    Returns:
        The number of words written.
    """
    import gzip

    import numpy as np
    from gensim.models import Word2Vec
    from sklearn.cluster import KMeans
    from sklearn.preprocessing import normalize as l2

    sents = cluster_corpus(datasets)
    w2v = Word2Vec(sents, vector_size=dims, window=5, min_count=3, sg=1, negative=10, epochs=5, workers=1, seed=seed,
                   hashfxn=_stable_hash)
    words = w2v.wv.index_to_key[:vocab_size]
    X = l2(w2v.wv.vectors[: len(words)]).astype(np.float32)

    def split(idx: np.ndarray, k: int) -> np.ndarray:
        if len(idx) <= k:
            return np.arange(len(idx))
        return KMeans(n_clusters=k, random_state=0, n_init=1, max_iter=50).fit_predict(X[idx])

    c1 = split(np.arange(len(words)), 64)
    c2 = np.zeros(len(words), dtype=int)
    c3 = np.zeros(len(words), dtype=int)
    for a in range(64):
        ia = np.flatnonzero(c1 == a)
        s = split(ia, 8)
        c2[ia] = a * 8 + s
        for b in range(8):
            ib = ia[s == b]
            if len(ib):
                c3[ib] = (a * 8 + b) * 4 + split(ib, 4)
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as f:
        f.writelines(f"{w}\t{c1[i]}\t{c2[i]}\t{c3[i]}\n" for i, w in enumerate(words))
    return len(words)


def vector_corpus(datasets: Path, *, timeml: bool = False) -> list[list[str]]:
    """:func:`cluster_corpus`, plus with ``timeml`` the text of the 25 Arabic TimeML articles (tags removed, 12k words).

    That corpus states no licence (fine for internal evaluation, not for redistribution; see
    ``../shared/datasets/arabic-timeml-dahmri/PROVENANCE.md``), so nothing shipped may be built with ``timeml=True``:
    it is off by default and ``train ner --vectors`` never turns it on; it is kept for scratch comparisons only."""
    sents = cluster_corpus(datasets)
    for path in [] if not timeml else sorted((Path(datasets) / "arabic-timeml-dahmri" / "Corpus_test").glob("*.tml")):
        for sent in tokenize_spans(normalize(_TAG_RE.sub(" ", path.read_text("utf-8", errors="replace")))):
            if len(sent) > 1:
                sents.append([t for t, _, _ in sent])
    return sents


def build_vectors(datasets: Path, out: Path = VECTORS_PATH, *, dims: int = 16, window: int = 3, workers: int = 2,
                  seed: int = 1, timeml: bool = False) -> int:
    """Train word2vec on the news text and write a few principal dimensions of every word's vector.

    Skip-gram (gensim) with 100 dimensions, window 3 (narrower than the clusters' 5: closer to a word's
    syntactic role), 10 negative samples, 5 epochs, words seen at least 3 times, on :func:`vector_corpus`
    (ANT v1.1 Jawhara FM, ANT v2.1 CNN / Al Arabiya / France 24, the ANERcorp train part; never the
    ANERcorp test part, ANT's held-out BBC and Sky News, nor, unless ``timeml`` is set for a scratch run, the
    unlicensed TimeML text). Then :func:`write_vectors`.

    Returns:
        The number of words written.
    """
    from gensim.models import Word2Vec

    w2v = Word2Vec(vector_corpus(datasets, timeml=timeml), vector_size=100, window=window, min_count=3, sg=1, negative=10, epochs=5,
                   workers=workers, seed=seed, hashfxn=_stable_hash)
    return write_vectors(w2v.wv, out, dims=dims)


def write_vectors(wv, out: Path = VECTORS_PATH, *, dims: int = 16) -> int:
    """Write the first ``dims`` principal components of the unit word vectors of gensim ``wv``.

    Each component is scaled to unit variance and stored as int8 in 1/16ths (so ±7.9 standard deviations),
    with the words (UTF-8, one a line), in a compressed npz read by :func:`marsad.mentions.ner.read_vectors`.

    Returns:
        The number of words written.
    """
    import numpy as np
    from sklearn.decomposition import PCA

    words = list(wv.index_to_key)
    X = wv.vectors[: len(words)].astype(np.float64)
    X /= np.linalg.norm(X, axis=1, keepdims=True)
    Z = PCA(n_components=dims, random_state=0).fit_transform(X)
    Z /= Z.std(0)
    values = np.clip(np.round(Z * 16), -127, 127).astype(np.int8)
    blob = np.frombuffer("\n".join(words).encode("utf-8"), dtype=np.uint8)  # smaller than a str array
    np.savez_compressed(out, words=blob, values=values, scale=np.array(1 / 16))
    return len(words)


def build_wordstats(datasets: Path, out: Path = WORDSTATS_PATH, *, min_count: int = 2, sents=None) -> int:
    """Count word forms in the unlabelled news text (the word-cluster corpus) for the ``fq``/``alr`` features.

    Writes ``stem<TAB>n<TAB>n_al<TAB>n_bare`` (gzip) for every clitic-stripped
    word seen at least ``min_count`` times: its count, and the counts of its
    bare form with and without the article ال (``n_al`` / ``n_bare``; a word
    that never takes the article is likely a foreign name). Only counts ship.

    Returns:
        The number of words written.
    """
    import gzip
    from collections import Counter

    sents = sents if sents is not None else cluster_corpus(datasets)
    freq: Counter = Counter()
    for s in sents:
        freq.update(s)
    stems: Counter = Counter()
    for w, n in freq.items():
        stems[_strip_clitics(w)] += n
    rows = []
    for s, n in sorted(stems.items()):
        if n < min_count or "\t" in s or "\n" in s:
            continue
        b = s[2:] if s.startswith("ال") and len(s) > 4 else s
        rows.append(f"{s}\t{n}\t{freq.get('ال' + b, 0)}\t{freq.get(b, 0)}\n")
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as f:
        f.writelines(rows)
    return len(rows)


def _fit(xseqs, yseqs, path: Path, *, c1: float, c2: float, max_iterations: int) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(xseqs, yseqs):
        trainer.append(x, y)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iterations, "feature.possible_transitions": True})
    trainer.train(str(path))


def _marginals(model: Model, sents: list[list[str]], labels: list[str]):
    """First-pass marginals of ``sents`` in the column order of ``labels`` (a fold may lack a label)."""
    import numpy as np

    lens = np.array([len(s) for s in sents], dtype=np.int64)
    flat = [w for s in sents for w in s]
    out = np.zeros((len(flat), len(labels)))
    if flat:
        M = model.marginals(model.emissions(flat, lens), lens)
        for j, lab in enumerate(model.labels):
            if lab in labels:
                out[:, labels.index(lab)] = M[:, j]
    return out


def stack_sequences(words: list[list[str]], M, labels: list[str], *, window: int | None = STACK_WINDOW,
                    features: Features | None = None) -> list[list[dict[str, float]]]:
    """Second-pass CRF input: the dense stacking features (and ``features``' word-type ones, if given).

    ``words`` are consecutive sentences of one corpus without document
    boundaries (ANERcorp), so a sentence's document is the ``window`` sentences
    on each side.
    """
    import numpy as np

    lens = np.array([len(s) for s in words], dtype=np.int64)
    flat = [w for s in words for w in s]
    X = stack_matrix(flat, lens, M, labels, np.zeros(len(words), dtype=np.int64), window)
    names = stack_names(labels)
    out, k = [], 0
    for s in words:
        base = features.sentence(s) if features is not None else None
        seq = []
        for i in range(len(s)):
            row = X[k + i]
            d = {names[j]: float(row[j]) for j in np.flatnonzero(row)}
            if base is not None:
                d.update((f, 1.0) for f in base[i])
            seq.append(d)
        out.append(seq)
        k += len(s)
    return out


def train(datasets: Path | None, *, model_path: Path = MODEL_PATH, max_iterations: int = 150,
          c1: float = 0.02, c2: float = 0.01, sentences=None, rebuild_clusters: bool = False,
          rebuild_vectors: bool = False,
          features: Features | None = None, stack: bool = False, folds: int = 4, wordstats: bool = False,
          favour: float | None = None, history: bool = False, history_path: Path | None = None,
          log=None) -> dict:
    """Train the CRF on the CAMeL-style ANERcorp train part (or ``sentences``) and export its weights, with the
    training memory of the same sentences next to them (:func:`build_memory`, ``<stem>.memory.tsv``).

    With ``stack``, a second CRF is trained on top of the first: the first
    pass's label marginals of a token and its neighbours, and the mean
    marginals of the other occurrences of the same word within ±``STACK_WINDOW``
    sentences (:func:`marsad.mentions.ner.stack_matrix`). Its training input
    comes from ``folds`` first-pass models, each tagging the part of the train
    sentences it was not trained on (so the second pass learns how far to trust
    the first on unseen text); the shipped first pass is trained on all of them.

    Args:
        datasets: shared datasets folder (``anercorp/``, ``gazetteer-arwikicats/``, ANT for the clusters).
        model_path: where the model (``.npz`` weights read by :class:`marsad.mentions.ner.Model`) is written;
            with ``stack`` the first pass goes to ``<stem>-pass1.npz`` next to it.
        max_iterations, c1, c2: L-BFGS iterations and L1/L2 penalties (CRFsuite).
        sentences: optional ``[(token, tag), …]`` sentences instead of ANERcorp
            (for tests); gazetteers and clusters are then kept as they are.
        rebuild_clusters: recompute the word clusters (word2vec on ANT: tens of
            minutes); otherwise the shipped file is reused.
        rebuild_vectors: recompute the word vectors (:func:`build_vectors`, also tens of minutes).
        features: the feature extractor (default: shipped gazetteers, clusters and word counts).
        wordstats: also build ``wordstats.tsv.gz`` and use the word-count features (not shipped: +1.1 micro F1
            on the development split, -0.3 on the test part; see ``docs/EVALUATION.md``).
        favour: taken off the score of ``O`` at every token before saving (:meth:`Model.favour_entities`;
            default ``FAVOUR_ENTITIES``, chosen on the development split with ``train ner --dev``).
        stack: also train the second pass (not shipped: on the development split it gained 0.3 F1 over the
            first pass, less than post-hoc label consistency; see ``docs/EVALUATION.md``).
        folds: first-pass models used to produce the second pass's training input.
        history: train in two stages (``train ner --history``; needs ``datasets``): a CRF without the
            prediction-history features is trained on the same sentences, tags the ANT text (:func:`build_history`,
            gold articles left out), and the model is then trained with the history features of every word (and its
            neighbours). Not shipped: +0.9 micro / +2.7 PERS F1 on the development split with consistency, but
            +0.5 / +0.1 on the test part and 4 more errors on the people gold set (``docs/EVALUATION.md``).
        history_path: where the history table goes (default: the shipped ``history.tsv.gz`` when training the
            shipped model; :func:`evaluate_dev` passes a temporary file).
        log: optional ``print``-like progress callback.

    Returns:
        Training statistics (sentences, tokens, seconds) and ``features``, the extractor the model was trained with.
    """
    import tempfile

    shipping = sentences is None
    if shipping:
        gaz_lists = build_gazetteers(datasets)
        GAZETTEER_PATH.parent.mkdir(parents=True, exist_ok=True)
        GAZETTEER_PATH.write_text(json.dumps(gaz_lists, ensure_ascii=False, indent=0), "utf-8")
        _gazetteers.cache_clear()
        if rebuild_clusters or not CLUSTERS_PATH.exists():
            build_clusters(datasets)
        if rebuild_vectors or not VECTORS_PATH.exists():
            build_vectors(datasets)
        if wordstats:
            build_wordstats(datasets)
        elif WORDSTATS_PATH.exists():
            WORDSTATS_PATH.unlink()
        default_features.cache_clear()
        pairs = read_anercorp(datasets / "anercorp" / "data" / "ANERCorp")
        sentences, _ = camel_split(pairs)
    log = log or (lambda *a: None)
    features = features or default_features()
    crf = {"c1": c1, "c2": c2, "max_iterations": max_iterations}
    t0 = time.time()
    words = [[normalize(t) or t for t, _ in s] for s in sentences]
    tags = [[tag for _, tag in s] for s in sentences]
    model_path = Path(model_path)
    model_path.parent.mkdir(parents=True, exist_ok=True)
    pass1_path = model_path.with_name(model_path.stem + "-pass1.npz") if stack else model_path
    # the neural scorer the file being replaced named (the shipped CRF names anercorp-cnn.npz) stays attached
    attached = None
    if not stack and model_path.exists():
        import numpy as np

        with np.load(model_path, allow_pickle=False) as z:
            if "neural" in z.files:
                attached = (str(z["neural"]), float(z["neural_weight"]),
                            z["neural_bias"].astype(float).tolist() if "neural_bias" in z.files else None,
                            z["labels"].tolist())
    with tempfile.TemporaryDirectory() as tmp:
        crf_file = Path(tmp) / "model.crfsuite"
        if shipping and not history and HISTORY_PATH.exists():
            HISTORY_PATH.unlink()
        if history:
            plain = Features(features.gaz, features.clusters, features.context, features.stats, features.vectors)
            _fit([plain.sentence_values(w) for w in words], tags, crf_file, **crf)
            hist_file = Path(history_path) if history_path else (HISTORY_PATH if shipping else Path(tmp) / "history.tsv.gz")
            n_hist = build_history(datasets, Model.from_crfsuite(crf_file, plain), hist_file)
            features = Features(plain.gaz, plain.clusters, plain.context, plain.stats, plain.vectors,
                                history=read_history(hist_file))
            if shipping:
                default_features.cache_clear()
            log(f"history of {n_hist} words: {time.time() - t0:.0f} s")
        xs = [features.sentence_values(w) for w in words]
        _fit(xs, tags, crf_file, **crf)
        first = Model.from_crfsuite(crf_file, features)
        if not stack:
            first.favour_entities(FAVOUR_ENTITIES if favour is None else favour)
        if attached is not None:
            names = "|".join(str(model_path.parent / name) for name in attached[0].split("|"))
            first.attach_neural(load_neural(names, features), attached[1],
                                attached[2] and dict(zip(attached[3], attached[2])))
            log(f"neural scorer {attached[0]} attached again at weight {attached[1]:g} (check the weight on the "
                "development split: the CRF changed)")
        first.save(pass1_path)
        first.path = str(pass1_path)
        log(f"first pass: {time.time() - t0:.0f} s")
        if stack:
            import numpy as np

            n = len(words)
            folds = max(2, min(folds, n))
            parts = []
            for k in range(folds):
                a, b = n * k // folds, n * (k + 1) // folds
                _fit(xs[:a] + xs[b:], tags[:a] + tags[b:], crf_file, **crf)
                parts.append(_marginals(Model.from_crfsuite(crf_file, features), words[a:b], first.labels))
                log(f"fold {k + 1}/{folds}: {time.time() - t0:.0f} s")
            M = np.vstack(parts)
            _fit(stack_sequences(words, M, first.labels), tags, crf_file, **{**crf, "c1": 0.0})
            second = Model.from_crfsuite(crf_file, features).stack_on(first)
            second.save(model_path)
            log(f"second pass: {time.time() - t0:.0f} s")
    # the training memory of these sentences goes next to the model (read by Model.load; sixteenth NER session)
    write_memory(build_memory(sentences), memory_path(model_path))
    load_model.cache_clear()
    return {"sentences": len(sentences), "tokens": sum(len(s) for s in sentences), "seconds": round(time.time() - t0, 1),
            "features": features}


def span_scores(gold: list[list[str]], pred: list[list[str]]) -> dict[str, dict[str, float]]:
    """CoNLL-style exact-span precision/recall/F1 per type and micro overall."""
    counts = span_counts(gold, pred, TYPES)  # tp, n_pred, n_gold
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


# the training memory (run time, with label consistency): a sequence of 1-4 normalised words the train part tags
# as one entity type in at least MEMORY_MIN_SHARE of all its occurrences, at least MEMORY_MIN_COUNT times
MEMORY_MIN_COUNT = 1
MEMORY_MIN_SHARE = 0.9


def build_memory(sentences: list, min_count: int = MEMORY_MIN_COUNT, min_share: float = MEMORY_MIN_SHARE,
                 max_words: int = MEMORY_MAX_WORDS) -> dict[tuple[str, ...], str]:
    """Word sequences (normalised) that ``sentences`` (``[(token, tag), …]``) tag as one entity type (its majority
    type) at least ``min_count`` times and in at least ``min_share`` of all their occurrences, tagged or not
    (:func:`marsad.mentions.ner.apply_memory`)."""
    from collections import Counter

    ent: dict[tuple[str, ...], Counter] = {}
    occ: Counter = Counter()
    for s in sentences:
        w = [normalize(t) or t for t, _ in s]
        for a, b, typ in spans_from_tags([g for _, g in s]):
            if b - a <= max_words:
                ent.setdefault(tuple(w[a:b]), Counter())[typ] += 1
        for n in range(1, max_words + 1):
            for a in range(len(w) - n + 1):
                occ[tuple(w[a:a + n])] += 1
    out = {}
    for seq, c in ent.items():
        typ, m = c.most_common(1)[0]
        if m >= min_count and m / occ[seq] >= min_share:
            out[seq] = typ
    return out


def write_memory(memory: dict[tuple[str, ...], str], path: Path) -> None:
    """Write a training memory as ``TYPE<TAB>words`` lines, sorted (read by :func:`marsad.mentions.ner.read_memory`)."""
    Path(path).write_text("".join(f"{t}\t{' '.join(seq)}\n" for seq, t in sorted(memory.items(), key=lambda x: (x[1], x[0]))),
                          "utf-8")


DEV_FRACTION = 0.1
# which block of the train part's sentences a development fold scores (each 10 %, the rest trains):
# 1 = the last block (every session's development split since the third), 2 = the first block (eleventh NER
# session), 3 = the middle block, from sentence (n - block) // 2 (twelfth NER session); 4 and 5 (sixteenth NER
# session) = the middle of the gap between folds 2 and 3 and of the gap between folds 3 and 1; 6 and 7 (seventeenth
# NER session) = the middle of the gap between folds 4 and 3 and of the gap between folds 5 and 1; pairwise disjoint
DEV_FOLDS = (1, 2, 3, 4, 5, 6, 7)


def fold_cut(sentences: list, fold: int = 1) -> tuple[list, list]:
    """``(fit, dev)`` of development fold ``fold`` (:data:`DEV_FOLDS`) of the train part's ``sentences``."""
    n = len(sentences)
    size = n - int(n * (1 - DEV_FRACTION))
    mid = (n - size) // 2
    if fold == 1:
        a = n - size
    elif fold == 2:
        a = 0
    elif fold == 3:
        a = mid
    elif fold == 4:  # centred in the gap [size, mid)
        a = size + (mid - 2 * size) // 2
    elif fold == 5:  # centred in the gap [mid + size, n - size)
        a = mid + size + (n - 2 * size - mid - size) // 2
    elif fold == 6:  # centred in the gap between folds 4 and 3
        b4 = size + (mid - 2 * size) // 2 + size
        a = b4 + (mid - b4 - size) // 2
    elif fold == 7:  # centred in the gap between folds 5 and 1
        b5 = mid + size + (n - 2 * size - mid - size) // 2 + size
        a = b5 + (n - size - b5 - size) // 2
    else:
        raise ValueError(f"no development fold {fold} (folds: {DEV_FOLDS})")
    return sentences[:a] + sentences[a + size:], sentences[a:a + size]


def dev_split(datasets_root: Path, fold: int = 1) -> tuple[list, list]:
    """A development split used for modelling choices: the CAMeL train part without one block of 10 % of its
    sentences to train, that block to score (the test part is never looked at). Fold 1 (the default, and the
    only fold before the eleventh NER session) scores the last 10 %, fold 2 the first, fold 3 the middle, folds 4
    and 5 the middles of the gaps left, folds 6 and 7 the middles of two of the gaps left then (see :func:`fold_cut`)."""
    train_s, _ = camel_split(read_anercorp(Path(datasets_root) / "anercorp" / "data" / "ANERCorp"))
    return fold_cut(train_s, fold)


def evaluate_dev(datasets_root: Path, fold: int = 1, **train_kwargs) -> str:
    """Train on a development split's training part (shipped gazetteers and clusters) and score its held-out 10 %
    (``fold``: :func:`dev_split`).

    ``train_kwargs`` go to :func:`train` (``c1``, ``c2``, ``max_iterations``…). The shipped model is not touched.

    Returns:
        Markdown: P/R/F1 per type of the tagger as shipped (with label consistency) and of the CRF alone.
    """
    import tempfile

    fit, dev = dev_split(datasets_root, fold)
    toks = [[t for t, _ in s] for s in dev]
    gold = [[g for _, g in s] for s in dev]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "dev.npz"
        stats = train(Path(datasets_root), model_path=path, sentences=fit, **{**train_kwargs, "favour": 0.0})
        model = Model.load(path, stats["features"])
    chosen = FAVOUR_ENTITIES if train_kwargs.get("favour") is None else train_kwargs["favour"]
    sweep = ["| taken off O | micro F1 | PERS F1 | micro F1, CRF alone | PERS F1, CRF alone |", "|---:|---:|---:|---:|---:|"]
    done = 0.0
    for amount in sorted({*FAVOUR_GRID, chosen}):
        model.favour_entities(amount - done)
        done = amount
        a = span_scores(gold, predict(toks, model=model, documents=[0] * len(toks), window=STACK_WINDOW))
        b = span_scores(gold, predict(toks, model=model, consistency=False))
        sweep.append(f"| {amount:g} | {100 * a['overall']['f1']:.1f} | {100 * a['PERS']['f1']:.1f} | "
                     f"{100 * b['overall']['f1']:.1f} | {100 * b['PERS']['f1']:.1f} |")
        if amount == chosen:
            both, alone = a, b
    return "\n".join([
        f"Development fold {fold}: trained on {len(fit)} sentences of the train part ({stats['tokens']} words), "
        f"scored on the other {len(dev)} sentences ({sum(map(len, dev))} words).", "",
        "Score of O lowered by a constant at every token (`Model.favour_entities`; shipped: "
        f"{FAVOUR_ENTITIES:g}); F1 with label consistency (±{STACK_WINDOW} sentences) and of the CRF alone:", "",
        *sweep, "",
        scores_markdown(both, title=f"CRF + label consistency (±{STACK_WINDOW} sentences), as shipped ({chosen:g} off O)"),
        "", scores_markdown(alone, title=f"The CRF alone ({chosen:g} off O)"),
    ])


def neural_description(neural, weight: float) -> str:
    """How ``evaluate`` names the attached neural scorer: its kind (a BiLSTM-CRF or a convolutional CRF tagger) and
    file, or, for a :class:`~marsad.mentions.ner.NeuralMean`, the mean of its scorers and their files."""
    def kind(t):
        return "a convolutional CRF tagger" if getattr(t, "encoder", "") == "cnn" else "a BiLSTM-CRF"

    parts = getattr(neural, "taggers", None) or [neural]
    files = ", ".join(f"`{Path(t.path).name}`" for t in parts)
    kinds = sorted({kind(t) for t in parts})
    what = kinds[0] if len(parts) == 1 else f"the mean of {len(parts)} scorers ({' or '.join(kinds)} each)"
    return (f"{weight:g} × the label and transition scores of {what} ({files}: "
            "frozen 64-dimensional word2vec vectors, character CNN, the CRF's gazetteer and cluster inputs; "
            "trained with torch by `marsad.training.ner_nn`, run in numpy)")


def evaluate(datasets_root: Path, model_path: Path | None = None) -> str:
    """Evaluate the shipped CRF (or the model file ``model_path``) and the dictionary baseline on the CAMeL-style
    test part.

    Returns:
        Markdown with per-type span P/R/F1, the command and the date.
    """
    from marsad.mentions.ner import load_model

    pairs = read_anercorp(Path(datasets_root) / "anercorp" / "data" / "ANERCorp")
    train_s, test_s = camel_split(pairs)
    toks = [[t for t, _ in s] for s in test_s]
    gold = [[g for _, g in s] for s in test_s]
    model = load_model(model_path)
    model.clear_cache()
    t0 = time.process_time()
    pred = predict(toks, model=model, documents=[0] * len(toks), window=STACK_WINDOW)
    secs = time.process_time() - t0
    tables = []
    counts = "corpus frequency and article ratio of the word in the ANT text, " if model.features.stats else ""
    dense = (f", {model.features.vectors.dims} principal dimensions of the word2vec vectors of the word and its "
             "±1 neighbours as float features") if model.dense else ""
    hist = ("the word's prediction history in the ANT text (share of its occurrences a first CRF tagged as each type, "
            "bucketed), " if model.features.history else "")
    feats = ("word, clitic-stripped stem, affixes, shape, word2vec k-means clusters at 3 granularities, KB "
             f"gazetteers, {counts}{hist}the same for ±2 neighbours, bigrams{dense}")
    memory = (f"the training memory (`{memory_path(model.path).name}`: {len(model.memory):,} word sequences the train "
              f"part tags as one type in ≥ {MEMORY_MIN_SHARE:.0%} of their occurrences, tagged where left untagged; "
              "with label consistency only) + " if model.memory else "")
    consistency = (f"{memory}document-level label consistency (`consistent_tags`); ANERcorp has no document boundaries, "
                   f"so a sentence's document is the ±{STACK_WINDOW} sentences around it")
    if model.first is not None:
        p1 = predict(toks, model=model.first, consistency=False)
        tables += [scores_markdown(span_scores(gold, p1), title=f"First pass alone (CRFsuite L-BFGS; {feats})"), ""]
        title = (f"Two passes + {consistency}: a second CRF over the first pass's label marginals of the token and "
                 f"its neighbours and the mean marginals of the same word's other occurrences within ±{STACK_WINDOW} "
                 "sentences")
    elif model.neural is not None:
        nn_desc = neural_description(model.neural, model.neural_weight)
        title = (f"Shipped tagger, as `predict_spans` runs it: CRF (CRFsuite L-BFGS; {feats}) + {nn_desc} + {consistency}")
        crf_only = Model.load(model.path, model.features).attach_neural(None)
        tables += [scores_markdown(span_scores(gold, pred), title=title), "",
                   scores_markdown(span_scores(gold, predict(toks, model=model, consistency=False)),
                                   title="CRF + neural scorer without label consistency (`consistency=False`"
                                   + (", so without the training memory too)" if model.memory else ")")), "",
                   scores_markdown(span_scores(gold, predict(toks, model=crf_only, documents=[0] * len(toks),
                                                             window=STACK_WINDOW)),
                                   title="The CRF without the neural scorer, with label consistency"
                                   + (" (and the training memory)" if model.memory else "")), "",
                   scores_markdown(span_scores(gold, predict(toks, model=crf_only, consistency=False)),
                                   title="The CRF alone (no neural scorer, `consistency=False`)"), ""]
    else:
        title = (f"Shipped tagger, as `predict_spans` runs it: CRF (CRFsuite L-BFGS; {feats}) + {consistency}")
        tables += [scores_markdown(span_scores(gold, pred), title=title), "",
                   scores_markdown(span_scores(gold, predict(toks, model=model, consistency=False)),
                                   title="The CRF alone (`consistency=False`)"), ""]
    if model.first is not None:
        tables += [scores_markdown(span_scores(gold, pred), title=title), ""]
    base = span_scores(gold, dictionary_baseline(toks))
    ntest = sum(len(s) for s in test_s)
    ntrain = sum(len(s) for s in train_s)
    return "\n".join([
        "ANERcorp, CAMeL-style split.",
        "",
        f"Command: `python -m marsad.training evaluate ner` (model `marsad/data/ner/{MODEL_PATH.name}`, trained with "
        f"`python -m marsad.training train ner`). Date: {date.today().isoformat()}.",
        "",
        f"Split rebuilt from the original ANERcorp token sequence as CAMeL Lab describes it: {len(train_s)} train "
        f"sentences / {ntrain} words, {len(test_s)} test sentences / {ntest} words (CAMeL's files: 125,102 / 25,008). "
        "Scores are exact-span (CoNLL) precision/recall/F1 per type; overall is micro-averaged over all four types. "
        f"Tagging the test part took {secs:.2f} s of CPU with a cold cache "
        f"({ntest / max(secs, 1e-9):,.0f} words/s).",
        "",
        *tables,
        scores_markdown(base, title="Dictionary-only baseline (Marsad KB matcher: person→PERS, country name/capital→LOC, org→ORG; no MISC)"),
        "",
        "Reference point: CAMeLBERT-MSA reports 82.4 F1 (micro) on CAMeL Lab's official split of this corpus "
        "(Inoue et al. 2021).",
    ])


# grouped folds of the people development splits (:func:`people_folds`): fold k holds every fourth split from the k-th
PEOPLE_FOLDS = 4


def people_folds(folds: int = PEOPLE_FOLDS) -> list[tuple[str, ...]]:
    """The splits each fold of the in-domain evaluation holds out (round robin over :data:`PEOPLE_SPLITS`)."""
    return [PEOPLE_SPLITS[k::folds] for k in range(folds)]


def model_folder(out: Path) -> Path:
    """Make ``out`` a folder a trained CRF can live in apart from the shipped one: the neural scorer files the
    shipped CRF names are linked in (a model file names them relative to its own folder) and the shipped CRF is
    copied in as ``anercorp-crf.npz`` unless one is there, so :func:`train` attaches the same scorer again.

    Returns:
        The model path inside ``out``.
    """
    import shutil

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    for f in MODEL_PATH.parent.glob("anercorp-*.npz"):
        if f.name != MODEL_PATH.name and not (out / f.name).exists():
            (out / f.name).symlink_to(f.resolve())
    path = out / MODEL_PATH.name
    if not path.exists():
        shutil.copy(MODEL_PATH, path)
    return path


def train_in_domain(datasets: Path, *, model_path: Path = MODEL_PATH, splits=PEOPLE_SPLITS, dev_fold: int | None = None,
                    only_entities: bool = False, log=None, **train_kwargs) -> dict:
    """Train the CRF on the ANERcorp train part (without development fold ``dev_fold``'s block when given) plus the
    people gold articles of ``splits`` (:func:`people_sentences`, silver labels from the model at ``MODEL_PATH``).

    Returns:
        :func:`train`'s statistics, with ``people`` (the people sentences' statistics).
    """
    train_s, _ = camel_split(read_anercorp(Path(datasets) / "anercorp" / "data" / "ANERCorp"))
    if dev_fold is not None:
        train_s, _ = fold_cut(train_s, dev_fold)
    pstats: dict = {}
    people = people_sentences(datasets, splits, model=load_model(MODEL_PATH), only_entities=only_entities,
                              stats=pstats) if splits else []
    stats = train(Path(datasets), model_path=model_path, sentences=train_s + people, log=log, **train_kwargs)
    stats["people"] = pstats
    return stats


def people_ner_scores(datasets: Path, splits, model: Model) -> dict:
    """Span scores of ``model`` (as :func:`predict` runs it, each article one document) on the people gold
    articles of ``splits``: PERS against the gold persons, LOC against the gold country names and capitals only
    in part (other places are unmarked), so only PERS is meaningful."""
    docs: list = []
    sents = people_sentences(datasets, splits, documents=docs)
    toks = [[t for t, _ in s] for s in sents]
    gold = [[g for _, g in s] for s in sents]
    return span_scores(gold, predict(toks, model=model, documents=docs))


def _people_eval(model_path: Path, splits, datasets: str) -> int:
    """``python -m marsad.training.people_eval --splits …`` with the CRF at ``model_path`` instead of the shipped one."""
    import marsad.mentions.ner as ner_mod
    from marsad.training import people_eval

    ner_mod.MODEL_PATH = Path(model_path).resolve()
    ner_mod.load_model.cache_clear()
    return people_eval.main(["--datasets", datasets, "--splits", ",".join(splits)])


def main(argv: list[str] | None = None) -> int:
    """``python -m marsad.training.ner`` — the in-domain training runs (people gold set + ANERcorp)::

        fold K --out DIR        train on ANERcorp + every people development split but fold K's (1..4) into DIR
        all --out DIR           train on ANERcorp + all people development splits into DIR
        dev --fold F            ANERcorp development fold F (+ all people development splits): scores of its 10 %
        eval --model FILE --splits a,b | --fold K   people_eval of those splits with that CRF
        ner-eval --model FILE --fold K              PERS span scores of the NER alone on fold K's articles
    """
    import argparse
    import sys

    ap = argparse.ArgumentParser(prog="python -m marsad.training.ner", description=main.__doc__.splitlines()[0])
    ap.add_argument("command", choices=("fold", "all", "dev", "eval", "ner-eval"))
    ap.add_argument("--datasets", help="shared datasets folder (default: $MARSAD_DATASETS or ../shared/datasets)")
    ap.add_argument("--fold", type=int)
    ap.add_argument("--out")
    ap.add_argument("--model")
    ap.add_argument("--splits")
    ap.add_argument("--only-entities", action="store_true")
    args = ap.parse_args(argv)
    from marsad.training.evaluate import cli_datasets_dir

    root = cli_datasets_dir(args.datasets, need="anercorp")
    if root is None:
        return 2
    folds = people_folds()
    if args.command in ("fold", "all"):
        splits = PEOPLE_SPLITS if args.command == "all" else tuple(s for s in PEOPLE_SPLITS if s not in folds[args.fold - 1])
        path = model_folder(Path(args.out))
        stats = train_in_domain(root, model_path=path, splits=splits, only_entities=args.only_entities, log=print)
        print(json.dumps({k: v for k, v in stats.items() if k != "features"}, ensure_ascii=False), "->", path)
        return 0
    if args.command == "dev":
        import tempfile

        fit, dev = dev_split(root, args.fold or 1)
        toks = [[t for t, _ in s] for s in dev]
        gold = [[g for _, g in s] for s in dev]
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "dev.npz"
            stats = train_in_domain(root, model_path=path, dev_fold=args.fold or 1, only_entities=args.only_entities)
            model = Model.load(path, stats["features"])
        print(f"development fold {args.fold or 1}: ANERcorp {len(fit)} sentences + people {stats['people']}")
        print(scores_markdown(span_scores(gold, predict(toks, model=model, documents=[0] * len(toks),
                                                        window=STACK_WINDOW)), title="CRF + label consistency"))
        print(scores_markdown(span_scores(gold, predict(toks, model=model, consistency=False)), title="CRF alone"))
        return 0
    splits = folds[args.fold - 1] if args.fold else tuple(s for s in (args.splits or "").split(",") if s)
    if not splits or set(splits) - set(PEOPLE_SPLITS):
        print(f"error: name development splits of the people gold set ({', '.join(PEOPLE_SPLITS)})", file=sys.stderr)
        return 2
    model_path = Path(args.model) if args.model else MODEL_PATH
    if args.command == "eval":
        return _people_eval(model_path, splits, str(root))
    sc = people_ner_scores(root, splits, load_model(model_path))
    print(scores_markdown(sc, title=f"{model_path} on {','.join(splits)}"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
