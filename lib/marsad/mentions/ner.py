"""Statistical Arabic NER (CRF) for names the knowledge base lacks: prediction.

A linear-chain CRF trained on ANERcorp (Benajiba, Rosso & Benedí 2007) with
the CAMeL Lab split (see :mod:`marsad.training.ner`, which trains it with
CRFsuite and exports its weights to ``data/ner/anercorp-crf*.npz``).

Every feature belongs to one word type: the normalised word and
its clitic-stripped stem, affixes, shape, the word's clusters at three
granularities (hierarchical k-means of word2vec vectors trained on the ANT
news corpora and the ANERcorp train part, ``data/ner/clusters.tsv.gz``),
optionally (``train ner --wordstats``, not shipped) how often the word occurs
in that text and how often with the article ال, membership in
gazetteers computed from files Marsad ships (person-name words from the KB,
country forms and capitals, ArWikiCats places, title and organisation trigger
words), optionally (``train ner --history``, not shipped) the word's corpus-level
prediction history (the bucketed share of its occurrences in the ANT text that
a first CRF tagged as each type, ``data/ner/history.tsv.gz``), the same for the
neighbours within ±2 words, plus word bigrams and sentence-edge markers.
Because of that, the scores a word adds to each label are computed once per
word type and cached: tagging is a few numpy gathers
per token and a Viterbi pass vectorised over sentences, exactly the CRFsuite
decoding (same tags, same marginals), many times faster than CRFsuite's own
tagger fed Python feature dicts.

Optional second pass (stacking, :func:`stack_matrix`; trained with
``train ner --stack``, not shipped: it did not beat post-hoc label consistency
on the development split): a small CRF whose features are
the first pass's log-marginals for the token and its two neighbours, and the
mean first-pass marginals of the *other* occurrences of the same
clitic-stripped word in the same document (a text given to
:func:`predict_spans`), so a name recognised once in a clear context is
recognised where it recurs alone. It is a few matrix products over the whole
batch, with no second per-word cache.

Neural scorers (:class:`NeuralTagger`): a convolutional CRF tagger (``anercorp-cnn.npz``, **attached to the
shipped CRF at weight 1**) or a BiLSTM-CRF (``anercorp-bilstm.npz``, optional), trained with
torch in a separate environment (:mod:`marsad.training.ner_nn`) and run here in numpy; ``Model.attach_neural``
adds a weight times its label and transition scores to the CRF's (test part 73.0 → 75.3 and 76.1 micro F1, PERS
74.0 → 77.5 with either; see ``docs/EVALUATION.md``). On a common noun (:func:`common_noun`: ``بالفلامنكو``,
``سجناء``) the neural scorer may not raise a person label above O: at weight 1 it made such words people.

Commands::

    python -m marsad.training train ner [--datasets DIR] [--clusters]   # writes data/ner/anercorp-crf.npz
    python -m marsad.training evaluate ner                              # P/R/F1 per type into docs/EVALUATION.md
"""
from __future__ import annotations

import contextlib
import gzip
import json
import math
import re
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

from marsad.iob import spans_from_tags
from marsad.lang.rules import PROCLITICS, SENTENCE_END_TOKENS, strip_proclitics
from marsad.lang.text import normalize
from marsad.resources import data_path

__all__ = [
    "Features", "Model", "sent_features", "tokenize_spans", "load_model", "predict", "predict_spans",
    "spans_from_tags", "consistent_tags", "not_names", "default_features", "read_clusters", "read_wordstats",
    "stack_names", "stack_matrix", "doc_means", "MODEL_PATH", "read_memory", "apply_memory", "memory_path", "GAZETTEER_PATH", "CLUSTERS_PATH", "WORDSTATS_PATH", "VECTORS_PATH", "TYPES",
    "WordVectors", "read_vectors", "common_noun", "NeuralTagger", "NeuralMean", "load_neural", "neural_flags", "NEURAL_FLAGS", "read_history", "HISTORY_PATH", "HISTORY_CUTS",
]

NER_DIR = data_path("ner")
MODEL_PATH = NER_DIR / "anercorp-crf.npz"
GAZETTEER_PATH = NER_DIR / "gazetteers.json"
CLUSTERS_PATH = NER_DIR / "clusters.tsv.gz"
WORDSTATS_PATH = NER_DIR / "wordstats.tsv.gz"
VECTORS_PATH = NER_DIR / "vectors.npz"
HISTORY_PATH = NER_DIR / "history.tsv.gz"
# bucket edges of the share of a word's occurrences tagged as each type in the ANT text (``history.tsv.gz``)
HISTORY_CUTS = (0.02, 0.1, 0.3, 0.6, 0.9)
# the tokens whose word vectors a token sees (as float features ``e0…``, ``-1:e0…``, ``+1:e0…``)
DENSE_OFFSETS = (-1, 0, 1)
TYPES = ("PERS", "LOC", "ORG", "MISC")
CONTEXT = 2  # neighbours on each side whose word-type features a token sees

# ANERcorp writes sentence ends with "." but also with middle/bold dots and
# carries right-to-left marks inside tokens (CAMeL's split cleans both).
_DOTS = str.maketrans({"·": ".", "•": "."})
_RLM = "\u200f"
# a word keeps its Arabic diacritics and Quranic marks (not \w to the re module: "الصّوفيّة" is one word, not three)
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
_TOKEN_RE = re.compile(f"(?:[^\\W_]|[{_MARKS}])+|[^\\w\\s{_MARKS}]", re.UNICODE)
_SENT_END = SENTENCE_END_TOKENS
# Function words whose normalised form is a name (على -> علي, فإن -> فان, بأن -> بان, أمام -> امام). The tagger only
# sees normalised words, so it tags the preposition على as the name علي. In the ANERcorp train part each of these
# spellings occurs >= 20 times, >= 97 % outside any entity (على: 1,445 O, 1 I-PERS; فإن 51 O; بأن 79 O; أمام 79 O,
# 1 PERS), while its normalised form is a person >= 5 times in other spellings. Such a token never begins an
# entity span (:func:`_trim_function_words`).
FUNCTION_SPELLINGS = frozenset({"على", "فإن", "بأن", "أمام"})
_FUNCTION_NORMS = frozenset(normalize(w) for w in FUNCTION_SPELLINGS)
_MARKS_RE = re.compile(f"[{_MARKS}\u0640]")


def _function_word(t: str, norm: str) -> bool:
    """Whether token ``t`` (normalised: ``norm``) is written as one of :data:`FUNCTION_SPELLINGS` (diacritics and
    tatweel aside)."""
    return norm in _FUNCTION_NORMS and (t in FUNCTION_SPELLINGS or _MARKS_RE.sub("", t) in FUNCTION_SPELLINGS)


def _trim_function_words(tags: list[str], flags: list[bool]) -> list[str]:
    """A span that begins on a flagged token (:data:`FUNCTION_SPELLINGS`) begins at the next word instead (a
    one-word span is dropped): ``على شاشي تارور`` -> ``شاشي تارور``. ``tags`` is modified and returned."""
    changed = True
    while changed:
        changed = False
        for a, b, typ in spans_from_tags(tags):
            if flags[a]:
                tags[a] = "O"
                if b - a > 1:
                    tags[a + 1] = "B-" + typ
                changed = True
    return tags


@lru_cache(maxsize=1)
def _person_name_words() -> frozenset:
    """First and last names of the gazetteers (``gazetteers.json``)."""
    gaz = _gazetteers()
    return gaz.get("per_first", frozenset()) | gaz.get("per_last", frozenset())


def _split_coordinated(tags: list[str], words: list[str]) -> list[str]:
    """A person span of two names joined by the conjunction و glued to the second one's first word becomes two
    spans: ``ريكاردو لوبيس ولي دونغ جوك`` -> ``ريكاردو لوبيس`` + ``ولي دونغ جوك`` (the mention stage strips the و of
    a span's first word as it does for any span); and the second of two such names never begins after that
    و-word when the first name ends right before it (``ريكاردو لوبيس`` + ``دونغ جوك`` -> + ``ولي دونغ جوك``). The split is made only where both sides are full names: at least
    two words before the و-word and at least two from it on, and the word without و is a first or last name of the
    gazetteers (لي); a name that begins with و itself (وليد، ولد in محمد ولد …) has one word before it or is no
    name without its و, and a compound's second part (ولي الدين) has ال on the word after it. ``words`` are
    normalised; ``tags`` is modified and returned."""
    if "B-PERS" not in tags:
        return tags
    names = _person_name_words()
    for a, b, typ in spans_from_tags(tags):
        if typ != "PERS" or b - a < 4:
            continue
        for k in range(a + 2, b - 1):
            w = words[k]
            if (len(w) >= 3 and w[0] == "و" and w[1:] in names and words[k - 1] not in _NAME_PARTS
                    and not words[k + 1].startswith("ال")):
                tags[k] = "B-PERS"
                break
    # the other way round: a person span right after a word that is و + a first or last name, itself right after
    # another person span, begins on that word (ريكاردو لوبيس ولي دونغ جوك with ولي left out: لي is the second
    # name's first word, not a word of its own)
    for a, b, typ in spans_from_tags(tags):
        k = a - 1
        if (typ == "PERS" and k >= 1 and tags[k] == "O" and tags[k - 1] != "O" and tags[k - 1].endswith("PERS")
                and len(words[k]) >= 3 and words[k][0] == "و" and words[k][1:] in names):
            tags[k], tags[a] = "B-PERS", "I-PERS"
    return tags


# at most this many word types keep their cached label scores (about 50 MB)
_CACHE_TYPES = 300_000

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




_PROCLITIC_FIRST = frozenset(c[0] for c in PROCLITICS)

# Words that open compound Arabic names (عبد الإله، أبو بكر، ابن رشد): the gazetteers leave them out.
_NAME_PARTS = frozenset(normalize(w) for w in "عبد أبو أبي ابن بن بنت أم آل".split())


def _strip_clitics(w: str) -> str:
    if not w or w[0] not in _PROCLITIC_FIRST:
        return w
    return strip_proclitics(w, min_stem=2)


@lru_cache(maxsize=1)
def _gazetteers() -> dict[str, frozenset]:
    if not GAZETTEER_PATH.exists():
        raise FileNotFoundError(f"{GAZETTEER_PATH} is missing; run `python -m marsad.training train ner`.")
    data = json.loads(GAZETTEER_PATH.read_text("utf-8"))
    return {k: frozenset(v) for k, v in data.items()}


def read_clusters(path: Path = CLUSTERS_PATH) -> dict[str, tuple[str, ...]]:
    """Read ``word<TAB>c64<TAB>c512<TAB>c2048`` lines (gzip) into ``{word: (ids…)}``."""
    return _read_word_table(path, str)


def read_wordstats(path: Path = WORDSTATS_PATH) -> dict[str, tuple[int, ...]]:
    """Read ``stem<TAB>n<TAB>n_al<TAB>n_bare`` lines (gzip) into ``{stem: (n, n_al, n_bare)}``.

    ``n`` is how often the clitic-stripped word occurs in the unlabelled news
    text, ``n_al`` and ``n_bare`` how often its form with and without the
    article ال occurs (foreign names almost never take the article).
    """
    return _read_word_table(path, int)


def read_history(path: Path = HISTORY_PATH) -> dict[str, tuple[str, ...]]:
    """Read ``stem<TAB>PERS<TAB>LOC<TAB>ORG<TAB>MISC`` lines (gzip) into ``{stem: (bucket, …)}``.

    Each bucket (``0`` … ``len(HISTORY_CUTS)``) is how large a share of the clitic-stripped word's
    occurrences in the unlabelled ANT news text a first CRF tagged as that type
    (:func:`marsad.training.ner.build_history`): the corpus-level prediction history of the word.
    """
    return _read_word_table(path, str)


def _read_word_table(path: Path, convert) -> dict[str, tuple]:
    """Read gzipped ``word<TAB>value…`` lines into ``{word: (convert(value), …)}`` (``{}`` when the file is absent)."""
    path = Path(path)
    if not path.exists():
        return {}
    out = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            w, *values = line.rstrip("\n").split("\t")
            out[w] = tuple(map(convert, values))
    return out


class WordVectors:
    """A few dense dimensions per word (``data/ner/vectors.npz``: int8 values in 1/16ths of a standard deviation).

    ``row(w)`` is the vector of the word, else of its clitic-stripped stem, else ``None``.
    """

    def __init__(self, words, values: np.ndarray, scale: float = 1 / 16):
        self.index = {str(w): i for i, w in enumerate(words)}
        self.matrix = np.asarray(values, dtype=np.float32) * np.float32(scale)
        self.dims = self.matrix.shape[1]

    def row(self, w: str, s: str | None = None) -> np.ndarray | None:
        i = self.index.get(w)
        if i is None:
            i = self.index.get(_strip_clitics(w) if s is None else s)
        return None if i is None else self.matrix[i]

    def matrix_of(self, words: list[str]) -> np.ndarray:
        """``[len(words), dims]`` (zero rows for words without a vector)."""
        out = np.zeros((len(words), self.dims))
        for k, w in enumerate(words):
            v = self.row(w)
            if v is not None:
                out[k] = v
        return out


def read_vectors(path: Path = VECTORS_PATH) -> WordVectors | None:
    """Read the shipped word vectors (``None`` when the file is absent)."""
    path = Path(path)
    if not path.exists():
        return None
    with np.load(path, allow_pickle=False) as z:
        words = z["words"].tobytes().decode("utf-8").split("\n")
        return WordVectors(words, z["values"], float(z["scale"]))


def _bucket(x: float, cuts: tuple[float, ...]) -> int:
    for i, c in enumerate(cuts):
        if x < c:
            return i
    return len(cuts)


@lru_cache(maxsize=1)
def not_names() -> frozenset:
    """Return the normalised words that never make an NER person (data/ner/not_names.txt)."""
    path = NER_DIR / "not_names.txt"
    if not path.exists():
        return frozenset()
    lines = path.read_text("utf-8").splitlines()
    return frozenset(normalize(w.strip()) for w in lines if w.strip() and not w.startswith("#"))


_LATIN = re.compile("[A-Za-z]")
_ARABIC = re.compile("[\u0621-\u064a]")


def _shape(tok: str) -> str:
    if tok.isdigit():
        return "D"
    if _LATIN.search(tok):
        return "L"
    if _ARABIC.search(tok):
        return "A"
    return "P"


class Features:
    """The CRF features of normalised word types (strings, each with weight 1).

    ``own(w)`` are the features of a token's own word, ``base(w)`` the part a
    neighbour contributes (prefixed ``-2:``, ``-1:``, ``+1:``, ``+2:``); on top
    of those a token has ``b-=prev|word`` and ``b+=word|next`` bigrams and
    ``-1:pad`` / ``+1:pad`` at the sentence edges.
    """

    def __init__(self, gazetteers: dict[str, frozenset], clusters: dict[str, tuple[str, ...]], context: int = CONTEXT,
                 wordstats: dict[str, tuple[int, ...]] | None = None, vectors: WordVectors | None = None,
                 history: dict[str, tuple[str, ...]] | None = None):
        self.gaz = gazetteers
        self.history = history
        self.clusters = clusters
        self.stats = wordstats
        self.vectors = vectors
        self.context = context
        self.offsets = [o for o in range(-context, context + 1) if o]

    def base(self, w: str, s: str | None = None) -> list[str]:
        if s is None:
            s = _strip_clitics(w)
        gaz = self.gaz
        f = ["w=" + w, "s=" + s, "sh=" + _shape(w)]
        cl = self.clusters.get(w) or self.clusters.get(s)
        if cl:
            f += [f"c{i}={c}" for i, c in enumerate(cl)]
        else:
            f.append("c=none")
        if w in _TITLES:
            f.append("title")
        if s in _NAME_PARTS:
            f.append("npart")
        if s in _ORG_WORDS or w in _ORG_WORDS:
            f.append("orgw")
        if s in _LOC_WORDS:
            f.append("locw")
        if w in gaz["per_first"] or s in gaz["per_first"]:
            f.append("pf")
        if w in gaz["per_last"] or s in gaz["per_last"]:
            f.append("pl")
        if w in gaz["loc"] or s in gaz["loc"]:
            f.append("loc")
        # given names learned from unannotated text (``per_given``; session 32): absent from older gazetteer files
        given = gaz.get("per_given")
        if given and (w in given or s in given):
            f.append("pg")
        if self.stats is not None:
            st = self.stats.get(s)
            n = st[0] if st else 0
            f.append(f"fq={min(int(math.log2(n + 1)), 14)}")
            if st and n >= 5 and st[1] + st[2] >= 5:
                f.append(f"alr={_bucket(st[1] / (st[1] + st[2]), (0.001, 0.02, 0.1, 0.3, 0.6))}")
        if self.history is not None:
            h = self.history.get(s)
            if h is None:
                f.append("h=none")
            else:
                f += [f"h{t}={b}" for t, b in zip(TYPES, h)]
        return f

    def own(self, w: str, base: list[str] | None = None) -> list[str]:
        s = _strip_clitics(w)
        f = ["bias", *(self.base(w, s) if base is None else base),
             "p1=" + w[:1], "p2=" + w[:2], "p3=" + w[:3], "x1=" + w[-1:], "x2=" + w[-2:], "x3=" + w[-3:],
             "sp2=" + s[:2], "sp3=" + s[:3], "sx2=" + s[-2:], "sx3=" + s[-3:], f"len={min(len(s), 8)}"]
        if s != w:
            f.append("cl=" + w[: len(w) - len(s)])
        if w.startswith("ال"):
            f.append("al")
        if any(c.isdigit() for c in w):
            f.append("digit")
        return f

    def sentence(self, words: list[str]) -> list[list[str]]:
        """Features of every token of a sentence of normalised words (for training)."""
        base = {w: self.base(w) for w in set(words)}
        own = {w: self.own(w, b) for w, b in base.items()}
        n = len(words)
        out = []
        for i, w in enumerate(words):
            f = list(own[w])
            for o in self.offsets:
                j = i + o
                if 0 <= j < n:
                    p = f"{o:+d}:"
                    f.extend(p + x for x in base[words[j]])
            if i == 0:
                f.append("-1:pad")
            if i == n - 1:
                f.append("+1:pad")
            if i > 0:
                f.append("b-=" + words[i - 1] + "|" + w)
            if i + 1 < n:
                f.append("b+=" + w + "|" + words[i + 1])
            out.append(f)
        return out

    def sentence_values(self, words: list[str]) -> list:
        """Training input of a sentence for CRFsuite: :meth:`sentence`, plus with word vectors
        ``{feature: value}`` dicts holding the vector dimensions of the token and its ``DENSE_OFFSETS``
        neighbours (``e3``, ``-1:e3`` …)."""
        feats = self.sentence(words)
        if self.vectors is None:
            return feats
        rows = [self.vectors.row(w) for w in words]
        n, out = len(words), []
        for i, f in enumerate(feats):
            d = dict.fromkeys(f, 1.0)
            for o in DENSE_OFFSETS:
                j = i + o
                if 0 <= j < n and rows[j] is not None:
                    p = "" if o == 0 else f"{o:+d}:"
                    d.update((f"{p}e{k}", float(x)) for k, x in enumerate(rows[j]) if x)
            out.append(d)
        return out


@lru_cache(maxsize=1)
def default_features() -> Features:
    """The features of the shipped model (shipped gazetteers, word clusters and word vectors)."""
    return Features(_gazetteers(), read_clusters(), wordstats=read_wordstats() or None, vectors=read_vectors(),
                    history=read_history() or None)


def _normalize_token(t: str) -> str:
    return normalize(t) or t


def sent_features(tokens: list[str], features: Features | None = None) -> list[list[str]]:
    """Return the CRF features of a tokenised sentence (original tokens, normalised here)."""
    return (features or default_features()).sentence([_normalize_token(t) for t in tokens])


# ---------------------------------------------------------------- second pass (stacking)

STACK_OFFSETS = (-1, 0, 1)
_STACK_MIN_LOG = np.log(1e-6)


def stack_names(labels: list[str]) -> list[str]:
    """Names of the dense second-pass features, in the column order of :func:`stack_matrix`.

    For the token itself and each neighbour (``-1``, ``+0``, ``+1``): the log
    first-pass marginal of every label (``m``, scaled so that 1e-6 → 0 and 1 → 1), the mean first-pass marginal of
    every entity label over the *other* occurrences of the same clitic-stripped
    word in the document (``d``), and ``h`` when there are such occurrences;
    plus a constant ``stack:bias``.
    """
    names = []
    for o in STACK_OFFSETS:
        names += [f"m{o:+d}:{lab}" for lab in labels]
        names += [f"d{o:+d}:{lab}" for lab in labels if lab != "O"]
        names.append(f"h{o:+d}")
    return names + ["stack:bias"]


def doc_means(keys: np.ndarray, sent_id: np.ndarray, sent_doc: np.ndarray, M: np.ndarray,
              window: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Mean rows of ``M`` over the other tokens with the same key in the same document.

    Args:
        keys: an integer key per token (its word type).
        sent_id: the sentence of every token (non-decreasing).
        sent_doc: the document of every sentence.
        M: ``[N, K]`` values per token.
        window: only tokens at most this many sentences away count (default: the whole document).

    Returns:
        ``(means [N, K], counts [N])`` (zero rows where the count is zero).
    """
    N = len(keys)
    if N == 0:
        return np.zeros_like(M), np.zeros(0)
    doc = np.asarray(sent_doc)[sent_id]
    order = np.lexsort((sent_id, doc, keys))
    k_s, d_s, s_s = keys[order], doc[order], sent_id[order]
    grp = np.concatenate([[0], np.cumsum((k_s[1:] != k_s[:-1]) | (d_s[1:] != d_s[:-1]))]).astype(np.int64)
    Ms = M[order]
    cs = np.vstack([np.zeros((1, M.shape[1])), np.cumsum(Ms, 0)])
    span = int(sent_id.max()) + 2
    coord = grp * span + s_s
    if window is None:
        lo = np.searchsorted(coord, grp * span, "left")
        hi = np.searchsorted(coord, grp * span + span - 1, "right")
    else:
        lo = np.searchsorted(coord, coord - window, "left")
        hi = np.searchsorted(coord, coord + window, "right")
    cnt = (hi - lo - 1).astype(np.float64)
    S = cs[hi] - cs[lo] - Ms
    mean = np.where(cnt[:, None] > 0, S / np.maximum(cnt, 1.0)[:, None], 0.0)
    out, c = np.empty_like(mean), np.empty(N)
    out[order], c[order] = mean, cnt
    return out, c


_WORD_KEY: dict[str, int] = {}  # normalised word -> id of its clitic-stripped form
_STEM_KEY: dict[str, int] = {}


def _word_key(w: str) -> int:
    k = _WORD_KEY.get(w)
    if k is None:
        k = _WORD_KEY[w] = _STEM_KEY.setdefault(_strip_clitics(w), len(_STEM_KEY))
    return k


def stack_matrix(words: list[str], lens: np.ndarray, M: np.ndarray, labels: list[str],
                 sent_doc: np.ndarray | None = None, window: int | None = None) -> np.ndarray:
    """The dense second-pass features ``[N, len(stack_names(labels))]`` from first-pass marginals ``M``."""
    N, L = M.shape
    lens = np.asarray(lens, dtype=np.int64)
    sent_id = np.repeat(np.arange(len(lens)), lens)
    if sent_doc is None:
        sent_doc = np.arange(len(lens))
    if len(_WORD_KEY) > _CACHE_TYPES:
        _WORD_KEY.clear()
        _STEM_KEY.clear()
    keys = np.fromiter(map(_word_key, words), dtype=np.int64, count=N)
    ent = [i for i, lab in enumerate(labels) if lab != "O"]
    D, cnt = doc_means(keys, sent_id, np.asarray(sent_doc), M[:, ent], window)
    # log-marginals scaled to [0, 1] (1e-6 or less → 0): CRFsuite drops attributes whose values sum below zero
    logm = 1.0 - np.maximum(np.log(np.maximum(M, 1e-300)), _STACK_MIN_LOG) / _STACK_MIN_LOG
    own = np.hstack([logm, D, (cnt > 0)[:, None]])
    W = own.shape[1]
    X = np.zeros((N, W * len(STACK_OFFSETS) + 1))
    starts = np.concatenate([[0], np.cumsum(lens)[:-1]]).astype(np.int64)
    pos = np.arange(N) - starts[sent_id]
    rem = lens[sent_id] - pos
    for k, o in enumerate(STACK_OFFSETS):
        idx = np.flatnonzero(pos >= -o) if o < 0 else np.flatnonzero(rem > o)
        X[idx, k * W:(k + 1) * W] = own[idx + o]
    X[:, -1] = 1.0
    return X


# ---------------------------------------------------------------- the model


NEURAL_FLAGS = ("title", "npart", "orgw", "locw", "pf", "pl", "loc", "sh=A", "sh=L", "sh=D", "sh=P", "c=none")
"""The word-type features of :meth:`Features.base` a :class:`NeuralTagger` sees as 0/1 inputs (then ``al``,
``digit`` and whether a proclitic was stripped, from :meth:`Features.own`)."""


def neural_flags(features: "Features", w: str) -> list[float]:
    """The 0/1 inputs of a word for :class:`NeuralTagger` (``NEURAL_FLAGS``, then ``al``, ``digit``, clitic).

    The same values as ``[float(x in features.base(w)) for x in NEURAL_FLAGS]`` (and the three of
    :meth:`Features.own`), read directly: building the whole feature list of every new word type a second time (the
    CRF builds it too) was half of the neural scorer's cost for new word types.
    """
    s = _strip_clitics(w)
    gaz = features.gaz
    sh = _shape(w)
    return [float(w in _TITLES), float(s in _NAME_PARTS), float(s in _ORG_WORDS or w in _ORG_WORDS),
            float(s in _LOC_WORDS), float(w in gaz["per_first"] or s in gaz["per_first"]),
            float(w in gaz["per_last"] or s in gaz["per_last"]), float(w in gaz["loc"] or s in gaz["loc"]),
            float(sh == "A"), float(sh == "L"), float(sh == "D"), float(sh == "P"),
            float(not (features.clusters.get(w) or features.clusters.get(s))),
            float(w.startswith("ال")), float(any(c.isdigit() for c in w)), float(s != w)]


# a preposition glued to the article (بال، كال، لل, after و/ف): "بالفلامنكو" ('with the flamenco') opens no name
_GLUED_ARTICLE = re.compile(r"^[وف]?(?:[بك]ال|لل)..")


def common_noun(features: "Features", w: str) -> bool:
    """Whether a normalised word looks like a common noun, where a neural scorer may not raise a person.

    Never for a word of the person-name gazetteers (``عمر``, though ``العمر`` 'the age' is more frequent); else true
    for a preposition glued to the article (``بالفلامنكو``) and for a bare word whose form with the article is the
    more frequent in the news text the word vectors were trained on (``سجناء``: ``السجناء``; the vectors'
    vocabulary is in order of frequency, so no counts are shipped).
    """
    gaz = features.gaz
    if w in gaz.get("per_first", ()) or w in gaz.get("per_last", ()):
        return False
    if _GLUED_ARTICLE.match(w):
        return True
    vec = features.vectors
    if vec is None or len(w) < 3 or w.startswith("ال"):
        return False
    r = vec.index.get("ال" + w)
    if r is None:
        return False
    rw = vec.index.get(w)
    return rw is None or r < rw


class NeuralTagger:
    """A BiLSTM-CRF's (or a convolutional CRF tagger's: ``encoder`` "cnn", see :meth:`_cnn`) label scores in numpy
    (weights exported from torch by :mod:`marsad.training.ner_nn`).

    A word is the concatenation of its word2vec vector (of the word, else of its clitic-stripped stem;
    frozen in training), a character CNN (width 3, tanh, max over the word's first ``maxc`` characters), the 0/1
    inputs of :func:`neural_flags` and embeddings of its three cluster ids. The input projections of both LSTM
    directions are linear in that vector, so they are computed once per word type and cached, like the CRF's label
    scores; only the recurrences run per token, all sentences of a batch together.
    """

    def __init__(self, z: dict, features: "Features"):
        g = {k: np.asarray(v) for k, v in z.items()}
        self.labels = [str(x) for x in g["labels"]]
        self.features = features
        words = g["vec_words"].tobytes().decode("utf-8").split("\n")
        self.vindex = {w: i + 1 for i, w in enumerate(words)}
        vals = g["vec_values"].astype(np.float32) * np.float32(g["vec_scale"])
        self.V = np.vstack([np.zeros((1, vals.shape[1]), np.float32), vals])
        self.cid = {c: i + 2 for i, c in enumerate(str(g["chars"]))}
        self.maxc = int(g["maxc"])
        self.cemb = g["cemb"].astype(np.float32)
        self.conv_w = g["conv_w"].astype(np.float32)  # [F, C, 3]
        self.conv_b = g["conv_b"].astype(np.float32)
        emb = self.cemb.copy()
        emb[0] = 0.0
        self.char_tab = [np.ascontiguousarray(emb @ self.conv_w[:, :, j].T) for j in range(3)]
        self.cl_index = [{c: i + 1 for i, c in enumerate(str(g[f"cl{k}_names"]).split("\n"))} for k in range(3)]
        self.cl_emb = [g[f"cl{k}_emb"].astype(np.float32) for k in range(3)]
        self.encoder = str(g["encoder"]) if "encoder" in g else "bilstm"
        if self.encoder == "cnn":
            # first layer [H, D, 3] as one [D, 3H] projection of a word (left, centre, right neighbour's share)
            def taps(w):  # a width-3 convolution [H, D, 3] as one [D, 3H] product
                return np.ascontiguousarray(np.concatenate([w[:, :, j].T for j in range(3)], axis=1), np.float32)

            self.H = g["c1_w"].shape[0]
            self.W1 = taps(g["c1_w"])
            self.b1 = g["c1_b"].astype(np.float32)
            self.dilations = [int(d) for d in g["dilations"]]
            self.convs = [(taps(g[f"c{k + 2}_w"]), g[f"c{k + 2}_b"].astype(np.float32))
                          for k in range(len(self.dilations))]
        else:
            self.W_ih = [g["w_ih"].astype(np.float32), g["w_ih_r"].astype(np.float32)]
            self.W_hh = [g["w_hh"].astype(np.float32), g["w_hh_r"].astype(np.float32)]
            self.b = [(g["b_ih"] + g["b_hh"]).astype(np.float32), (g["b_ih_r"] + g["b_hh_r"]).astype(np.float32)]
            self.H = self.W_hh[0].shape[1]
            # one exponential per step: sigmoid of all four gates, tanh(g) = 2 sigmoid(2 g) - 1 (g's columns doubled)
            self._dbl = np.ones(4 * self.H, np.float32)
            self._dbl[2 * self.H:3 * self.H] = 2.0
            self._whh = [np.ascontiguousarray(w.T * self._dbl) for w in self.W_hh]
        self.out_w = g["out_w"].astype(np.float32)
        self.out_b = g["out_b"].astype(np.float32)
        self.trans = g["trans"].astype(np.float64)
        self.start = g["start"].astype(np.float64)
        self.end = g["end"].astype(np.float64)
        self.clear_cache()

    @classmethod
    def load(cls, path: str | Path, features: "Features") -> "NeuralTagger":
        with np.load(path, allow_pickle=False) as z:
            g = {k: z[k] for k in z.files}
        if "vec_from" in g:  # the word vectors are another scorer file's (same folder): not stored twice
            with np.load(Path(path).parent / str(g["vec_from"]), allow_pickle=False) as z:
                g.update({k: z[k] for k in ("vec_words", "vec_values", "vec_scale")})
        tagger = cls(g, features)
        tagger.path = str(path)
        return tagger

    def clear_cache(self) -> None:
        self.tid: dict[str, int] = {}
        self.gates = np.zeros((0, (3 if self.encoder == "cnn" else 8) * self.H), np.float32)

    def word_matrix(self, words: list[str]) -> np.ndarray:
        """The input vectors ``[len(words), D]`` of word types."""
        n = len(words)
        feats = self.features
        vi = np.zeros(n, np.int64)
        C = np.zeros((n, self.maxc), np.int64)
        cl = np.zeros((n, 3), np.int64)
        fl = np.zeros((n, len(NEURAL_FLAGS) + 3), np.float32)
        for k, w in enumerate(words):
            s = _strip_clitics(w)
            vi[k] = self.vindex.get(w) or self.vindex.get(s) or 0
            ids = [self.cid.get(c, 1) for c in w[: self.maxc]]
            C[k, : len(ids)] = ids
            c3 = feats.clusters.get(w) or feats.clusters.get(s)
            if c3:  # the scorer was trained on the first three cluster ids (a clusters file may hold more)
                cl[k] = [self.cl_index[j].get(c, 0) for j, c in enumerate(c3[:3])]
            fl[k] = neural_flags(feats, w)
        # character CNN: width-3 convolution of the character embeddings (zero padding), tanh, max over the real
        # characters. The convolution is linear in the embeddings, so each character's share at each of the three
        # offsets is a table row (the padding id 0 a row of zeros); words go in blocks to keep the arrays small.
        Cp = np.pad(C, ((0, 0), (1, 1)))
        ch = np.zeros((n, self.conv_b.shape[0]), np.float32)
        for a in range(0, n, 2048):
            c = Cp[a:a + 2048]
            Y = self.char_tab[0][c[:, :-2]] + self.char_tab[1][c[:, 1:-1]] + self.char_tab[2][c[:, 2:]] + self.conv_b
            np.tanh(Y, out=Y)
            Y[c[:, 1:-1] == 0] = -np.inf
            ch[a:a + 2048] = Y.max(1)
        ch[~np.isfinite(ch)] = 0.0
        parts = [self.V[vi], ch, fl] + [self.cl_emb[j][cl[:, j]] for j in range(3)]
        return np.concatenate(parts, axis=1).astype(np.float32)

    def _add_types(self, words: list[str]) -> None:
        X = self.word_matrix(words)
        if self.encoder == "cnn":
            G = X @ self.W1
        else:
            # the input share of both directions' gates, the g gate's columns doubled (see _sentence_scores)
            G = np.concatenate([(X @ self.W_ih[0].T + self.b[0]) * self._dbl, (X @ self.W_ih[1].T + self.b[1]) * self._dbl],
                               axis=1)
        self.gates = np.concatenate([self.gates, G.astype(np.float32)])
        n = len(self.tid)
        self.tid.update(zip(words, range(n, n + len(words))))

    def emissions(self, words: list[str], lens: np.ndarray) -> np.ndarray:
        """Label scores ``[N, L]`` (the CRF layer's start and end scores added at sentence edges)."""
        new = list(dict.fromkeys(w for w in words if w not in self.tid))
        if new:
            if len(self.tid) + len(new) > _CACHE_TYPES:
                self.clear_cache()
                new = list(dict.fromkeys(words))
            self._add_types(new)
        ids = np.fromiter(map(self.tid.__getitem__, words), dtype=np.int64, count=len(words))
        lens = np.asarray(lens, dtype=np.int64)
        dup = _repeated_sentences(ids, lens)
        if dup is not None:  # a sentence's scores depend on its words alone: each distinct sentence is scored once
            rows, sub_lens, back = dup
            return self._sentence_scores(ids[rows], sub_lens)[back]
        return self._sentence_scores(ids, lens)

    def _sentence_scores(self, ids: np.ndarray, lens: np.ndarray) -> np.ndarray:
        if self.encoder == "cnn":
            return self._cnn(ids, lens)
        H = self.H
        slens, sst, T, nact = Model._order(lens)
        # time-major: step t holds the t-th token (the t-th from the end going backwards) of the nact[t] longest
        # sentences, rows offs[t]:offs[t + 1]; each step reads its gate inputs straight from the per-type cache and
        # writes its states to consecutive rows (gathering and scattering whole [tokens, 8H] arrays took most of the
        # time: 6 s against 1 s on 315k tokens of ANT)
        offs = np.concatenate([[0], np.cumsum(nact[:T])]).astype(np.int64)
        E = np.empty((len(ids), len(self.labels)), np.float64)
        E[:] = self.out_b
        for d in (0, 1):
            if T:
                P = np.concatenate([sst[:int(nact[t])] + t if d == 0 else sst[:int(nact[t])] + slens[:int(nact[t])] - 1 - t
                                    for t in range(T)])
            else:
                P = np.zeros(0, np.int64)
            IDT = ids[P]
            Gc = self.gates[:, 4 * H * d: 4 * H * (d + 1)]
            Whh = self._whh[d]
            HT = np.empty((len(P), H), np.float32)
            S = int(nact[0]) if T else 0
            h = np.zeros((S, H), np.float32)
            c = np.zeros((S, H), np.float32)
            for t in range(T):
                a, b = int(offs[t]), int(offs[t + 1])
                n = b - a
                z = h[:n] @ Whh
                z += Gc[IDT[a:b]]
                np.negative(z, out=z)
                np.exp(z, out=z)
                z += 1.0
                np.reciprocal(z, out=z)
                gg = z[:, 2 * H:3 * H]
                gg *= 2.0
                gg -= 1.0
                c = c[:n]
                c *= z[:, H:2 * H]
                c += z[:, :H] * gg
                h = np.tanh(c)
                h *= z[:, 3 * H:]
                HT[a:b] = h
            E[P] += HT @ self.out_w[:, H * d:H * (d + 1)].T
        starts = np.concatenate([[0], np.cumsum(lens)[:-1]]).astype(np.int64)
        nz = lens > 0
        E[starts[nz]] += self.start
        E[(starts + lens - 1)[nz]] += self.end
        return E

    def _cnn(self, ids: np.ndarray, lens: np.ndarray, chunk: int = 4096) -> np.ndarray:
        """Label scores of the convolutional encoder: every layer over all tokens of a chunk of whole sentences
        at once (about ``chunk`` tokens, so the arrays stay small), zero beyond a sentence's edges as in training."""
        E = np.empty((len(ids), len(self.labels)), np.float64)
        starts = np.concatenate([[0], np.cumsum(lens)[:-1]]).astype(np.int64)
        ends = starts + lens
        k = 0
        while k < len(lens):  # sentences k..j-1 form a chunk
            j = int(np.searchsorted(ends, starts[k] + chunk, side="right"))
            j = max(j, k + 1)
            a, b = int(starts[k]), int(ends[j - 1])
            E[a:b] = self._cnn_chunk(ids[a:b], starts[k:j] - a, lens[k:j])
            k = j
        nz = lens > 0
        E[starts[nz]] += self.start
        E[(ends - 1)[nz]] += self.end
        return E

    def _cnn_chunk(self, ids: np.ndarray, starts: np.ndarray, lens: np.ndarray) -> np.ndarray:
        H = self.H
        heads = [starts[lens > 0]]  # per distance d: positions with fewer than d tokens before them in the sentence
        tails = [(starts + lens - 1)[lens > 0]]  # ... and with fewer than d after them

        def edge(d):
            while len(heads) < d:
                m = len(heads)
                heads.append(np.concatenate([heads[-1], (starts + m)[lens > m]]))
                tails.append(np.concatenate([tails[-1], (starts + lens - 1 - m)[lens > m]]))
            return heads[d - 1], tails[d - 1]

        def combine(Y, d, bias):  # Y [n, 3H]: a token's share for the token d after it, itself, the token d before
            Z = Y[:, H:2 * H] + bias
            if d < len(Y):
                Z[d:] += Y[:-d, :H]
                Z[:-d] += Y[d:, 2 * H:]
                hd, tl = edge(d)  # take back what crossed a sentence edge
                hd, tl = hd[hd >= d], tl[tl < len(Y) - d]
                Z[hd] -= Y[hd - d, :H]
                Z[tl] -= Y[tl + d, 2 * H:]
            return np.maximum(Z, 0.0, out=Z)

        h = combine(self.gates[ids], 1, self.b1)
        for (W, bias), d in zip(self.convs, self.dilations):
            h += combine(h @ W, d, bias)
        return h @ self.out_w.T + self.out_b


def _repeated_sentences(ids: np.ndarray, lens: np.ndarray):
    """When some sentences (token-id sequences) occur more than once: ``(rows, sub_lens, back)``, the token rows of
    each distinct sentence at its first occurrence, their lengths, and for every token its row in ``ids[rows]``;
    else None. (News pages repeat sentences: a title in its abstract, an agency's sign-off in every article.)"""
    n = len(lens)
    if n < 2:
        return None
    starts = np.zeros(n, np.int64)
    np.cumsum(lens[:-1], out=starts[1:])
    buf = ids.tobytes()
    item = ids.itemsize
    seen: dict[bytes, int] = {}
    keep: list[int] = []
    where = np.empty(n, np.int64)  # start of each sentence's first occurrence in ids[rows]
    pos = 0
    for k, (a, m) in enumerate(zip(starts.tolist(), lens.tolist())):
        key = buf[a * item:(a + m) * item]
        p = seen.get(key)
        if p is None:
            p = seen[key] = pos
            keep.append(k)
            pos += m
        where[k] = p
    if len(keep) == n:
        return None
    kept = np.asarray(keep, dtype=np.int64)
    sub_lens = lens[kept]
    new_starts = np.zeros(len(kept), np.int64)
    np.cumsum(sub_lens[:-1], out=new_starts[1:])
    rows = np.arange(pos) + np.repeat(starts[kept] - new_starts, sub_lens)
    back = np.arange(len(ids)) + np.repeat(where - starts, lens)
    return rows, sub_lens, back


class NeuralMean:
    """The mean label and transition scores of several :class:`NeuralTagger` s (same labels; e.g. other seeds)."""

    def __init__(self, taggers: list[NeuralTagger]):
        self.taggers = list(taggers)
        self.labels = self.taggers[0].labels
        perms = [[t.labels.index(lab) for lab in self.labels] for t in self.taggers]
        self._perms = perms
        self.trans = np.mean([t.trans[np.ix_(p, p)] for t, p in zip(self.taggers, perms)], axis=0)
        self.path = "|".join(Path(t.path).name for t in self.taggers)

    def clear_cache(self) -> None:
        for t in self.taggers:
            t.clear_cache()

    def emissions(self, words: list[str], lens: np.ndarray) -> np.ndarray:
        return np.mean([t.emissions(words, lens)[:, p] for t, p in zip(self.taggers, self._perms)], axis=0)


def load_neural(path: str | Path, features: "Features") -> NeuralTagger | NeuralMean:
    """A :class:`NeuralTagger` file, or several joined by ``|`` (paths relative to the first one's folder):
    their :class:`NeuralMean`."""
    parts = str(path).split("|")
    if len(parts) == 1:
        return NeuralTagger.load(path, features)
    folder = Path(parts[0]).parent
    return NeuralMean([NeuralTagger.load(folder / Path(p).name, features) for p in parts])


MEMORY_MAX_WORDS = 4


def memory_path(model_path: str | Path) -> Path:
    """The training memory that goes with a CRF file (``anercorp-crf.npz`` → ``anercorp-crf.memory.tsv``)."""
    return Path(model_path).with_suffix(".memory.tsv")


def read_memory(path: str | Path) -> dict[tuple[str, ...], str] | None:
    """A training memory (``TYPE<TAB>normalised words``), or ``None`` when there is no such file."""
    path = Path(path)
    if not path.exists():
        return None
    out = {}
    for line in path.read_text("utf-8").splitlines():
        typ, _, words = line.partition("\t")
        if words:
            out[tuple(words.split(" "))] = typ
    return out


_MEMORY_INDEX: dict[int, tuple] = {}


def _memory_index(memory: dict[tuple[str, ...], str]) -> dict[str, tuple[int, ...]]:
    """First word → the lengths of the remembered sequences it begins (longest first); cached per memory."""
    hit = _MEMORY_INDEX.get(id(memory))
    if hit is None or hit[0] is not memory:
        index: dict[str, set] = {}
        for seq in memory:
            index.setdefault(seq[0], set()).add(len(seq))
        hit = _MEMORY_INDEX[id(memory)] = (memory, {w: tuple(sorted(x, reverse=True)) for w, x in index.items()})
    return hit[1]


def apply_memory(sentences: list[list[str]], tags: list[list[str]], memory: dict[tuple[str, ...], str]) -> None:
    """Tag, in place, the word sequences of ``memory`` (the train part's nearly always-entity sequences, :func:`
    marsad.training.ner.build_memory`) where they stand untagged and not next to another entity; longer sequences
    first, then left to right."""
    index = _memory_index(memory)
    for words, row in zip(sentences, tags):
        cand = [(a, index[w]) for a, w in enumerate(words) if w in index]
        if not cand:
            continue
        for size in range(max(max(x) for _, x in cand), 0, -1):
            for a, sizes in cand:
                if size not in sizes or a + size > len(words):
                    continue
                typ = memory.get(tuple(words[a:a + size]))
                if typ is None or any(x != "O" for x in row[a:a + size]):
                    continue
                if (a > 0 and row[a - 1] != "O") or (a + size < len(words) and row[a + size] != "O"):
                    continue
                row[a:a + size] = ["B-" + typ] + ["I-" + typ] * (size - 1)


class Model:
    """CRF weights with per-word-type label scores cached (tags and marginals equal CRFsuite's).

    Args:
        labels: the label names.
        transitions: ``[L, L]`` transition weights (from, to).
        attrs: attribute (feature) names.
        weights: ``[len(attrs), L]`` state-feature weights.
        features: the feature extractor the model was trained with.
    """

    def __init__(self, labels, transitions, attrs, weights, features: Features, path: str = ""):
        self.labels = [str(x) for x in labels]
        self.path = path
        L = len(self.labels)
        self.L = L
        self.trans = np.asarray(transitions, dtype=np.float64)
        self.exptrans = np.exp(self.trans)
        self.aid = {str(a): i for i, a in enumerate(attrs)}
        self.W = np.vstack([np.asarray(weights, dtype=np.float64), np.zeros((1, L))])  # last row: no feature
        self.features = features
        self.offsets = features.offsets
        self.prefix = {o: f"{o:+d}:" for o in self.offsets}
        # neighbour attributes by offset, keyed without their "-1:" prefix
        self._ctx_aid = {o: {} for o in self.offsets}
        for a, i in self.aid.items():
            head, sep, rest = a.partition(":")
            if sep and head in ("-2", "-1", "+1", "+2", "-3", "+3") and int(head) in self._ctx_aid:
                self._ctx_aid[int(head)][rest] = i
        zero = np.zeros(L)
        self.pad = {o: self.W[self.aid[f"{o:+d}:pad"]] if f"{o:+d}:pad" in self.aid else zero for o in (-1, 1)}
        big: dict[tuple[str, str], list] = {}
        for a, i in self.aid.items():
            if a.startswith(("b-=", "b+=")):
                x, _, y = a[3:].partition("|")
                big.setdefault((x, y), [zero, zero])[a[1] == "+"] = self.W[i]
        self.bigrams = big
        self._bleft = frozenset(x for x, _ in big)
        self._bright = frozenset(y for _, y in big)
        self.label_id = {lab: i for i, lab in enumerate(self.labels)}
        # weights of the word-vector dimensions ([dims, L] per offset) when the model was trained with them
        self.dense: dict[int, np.ndarray] = {}
        vec = features.vectors
        if vec is not None and any(f"e{k}" in self.aid for k in range(vec.dims)):
            for o in DENSE_OFFSETS:
                p = "" if o == 0 else f"{o:+d}:"
                self.dense[o] = np.vstack([self.W[self.aid[f"{p}e{k}"]] if f"{p}e{k}" in self.aid else zero
                                           for k in range(vec.dims)])
        self.first: Model | None = None
        self.neural: NeuralTagger | None = None
        self.neural_weight = 0.0
        # added to the summed label scores when a neural scorer is attached (a calibration of the pair: ORG)
        self.neural_bias = np.zeros(L)
        # common nouns get no person score from the neural scorer (common_noun): on by default
        self.guard = True
        self.memory: dict[tuple[str, ...], str] | None = None  # read_memory, used with label consistency
        self._pers = [i for i, lab in enumerate(self.labels) if lab.endswith("-PERS")] if "O" in self.labels else []
        self.crf_trans = self.trans
        self.Wd = np.zeros((0, L))
        self.has_types = True
        self.clear_cache()

    def stack_on(self, first: "Model") -> "Model":
        """Make this model the second pass over ``first`` (its ``stack_names`` attributes are read as dense weights)."""
        names = stack_names(first.labels)
        self.first = first
        self.Wd = np.vstack([self.W[self.aid[a]] if a in self.aid else np.zeros(self.L) for a in names])
        dense = set(names)
        self.has_types = any(a not in dense for a in self.aid)
        return self

    def attach_neural(self, neural: "NeuralTagger | NeuralMean | None", weight: float = 1.0,
                      bias: dict[str, float] | None = None) -> "Model":
        """Add ``weight`` times a BiLSTM-CRF's label and transition scores to this CRF's (a product of the two
        models: same Viterbi decoding and marginals, over the summed scores); ``None`` detaches it.

        ``bias``: label -> amount added to that label's score at every token while the scorer is attached (the
        CRF alone is unchanged); e.g. ``{"B-ORG": 0.5, "I-ORG": 0.5}``."""
        self.neural = neural
        self.neural_weight = float(weight) if neural is not None else 0.0
        self.neural_bias = np.zeros(self.L)
        if neural is not None and bias:
            for lab, amount in bias.items():
                self.neural_bias[self.label_id[lab]] = float(amount)
        self.trans = self.crf_trans
        if neural is not None:
            self._nperm = np.array([neural.labels.index(lab) for lab in self.labels])
            self.trans = self.crf_trans + self.neural_weight * neural.trans[np.ix_(self._nperm, self._nperm)]
        self.exptrans = np.exp(self.trans)
        self.clear_cache()
        return self

    # -------------------------------------------------- persistence

    @classmethod
    def from_crfsuite(cls, path: str | Path, features: Features) -> "Model":
        """Read the weights of a CRFsuite model file."""
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        info = tagger.info()
        labels = sorted(info.labels, key=lambda lab: int(info.labels[lab]))
        lid = {lab: i for i, lab in enumerate(labels)}
        trans = np.zeros((len(labels), len(labels)))
        for (a, b), w in info.transitions.items():
            trans[lid[a], lid[b]] = w
        aid: dict[str, int] = {}
        rows, cols, vals = [], [], []
        for (attr, lab), w in info.state_features.items():
            rows.append(aid.setdefault(attr, len(aid)))
            cols.append(lid[lab])
            vals.append(w)
        W = np.zeros((len(aid), len(labels)))
        np.add.at(W, (rows, cols), vals)
        tagger.close()
        return cls(labels, trans, list(aid), W, features, str(path))

    def save(self, path: str | Path) -> None:
        """Write labels, transitions and the non-zero state weights (compressed npz)."""
        W = self.W[:-1].astype(np.float32)
        attrs = sorted(self.aid, key=self.aid.get)
        extra = {"first": np.array(Path(self.first.path).name)} if self.first is not None else {}
        if self.neural is not None:
            names = "|".join(Path(p).name for p in self.neural.path.split("|"))
            extra.update(neural=np.array(names), neural_weight=np.array(self.neural_weight))
            if self.neural_bias.any():
                extra.update(neural_bias=self.neural_bias.astype(np.float32))
        np.savez_compressed(path, labels=np.array(self.labels), transitions=self.crf_trans.astype(np.float32),
                            attrs=np.array(attrs), weights=W, context=np.array(self.features.context), **extra)

    @classmethod
    def load(cls, path: str | Path, features: Features | None = None, neural: bool = True) -> "Model":
        """Load a saved model; ``neural=False`` leaves its neural scorer unattached (the CRF alone)."""
        with np.load(path, allow_pickle=False) as z:
            feats = features or default_features()
            if int(z["context"]) != feats.context:
                feats = Features(feats.gaz, feats.clusters, int(z["context"]), feats.stats, feats.vectors, feats.history)
            model = cls(z["labels"].tolist(), z["transitions"], z["attrs"].tolist(), z["weights"], feats, str(path))
            first = str(z["first"]) if "first" in z.files else ""
            attached = (str(z["neural"]), float(z["neural_weight"])) if neural and "neural" in z.files else None
            bias = z["neural_bias"].astype(np.float64) if "neural_bias" in z.files else None
        if attached is not None:
            folder = Path(path).parent
            names = "|".join(str(folder / name) for name in attached[0].split("|"))
            model.attach_neural(load_neural(names, feats), attached[1],
                                None if bias is None else dict(zip(model.labels, bias.tolist())))
        if first:
            model.stack_on(cls.load(Path(path).parent / first, features, neural))
        model.memory = read_memory(memory_path(path))
        return model

    def favour_entities(self, amount: float) -> None:
        """Lower the score of the label ``O`` at every token by ``amount`` (through the ``bias`` feature's weight).

        The CRF trained on ANERcorp is far more precise than it recalls (test P 79.7, R 62.3); a constant
        taken off ``O`` trades a little precision for recall. ``train`` applies the amount chosen on the
        development split before saving, so the shipped weights already hold it.
        """
        if amount and "bias" in self.aid and "O" in self.label_id:
            self.W[self.aid["bias"], self.label_id["O"]] -= amount
            self.clear_cache()

    # -------------------------------------------------- scoring

    def clear_cache(self) -> None:
        """Forget the cached word types (done automatically past ``_CACHE_TYPES`` types)."""
        if getattr(self, "first", None) is not None:
            self.first.clear_cache()
        if getattr(self, "neural", None) is not None:
            self.neural.clear_cache()
        self.tid: dict[str, int] = {}
        self._guard: dict[str, bool] = {}
        self.tables = {o: np.zeros((0, self.L)) for o in [0, *self.offsets]}
        self._lflag = np.zeros(0, dtype=bool)
        self._rflag = np.zeros(0, dtype=bool)

    def _add_types(self, words: list[str]) -> None:
        from scipy.sparse import csr_matrix  # (scipy: a scikit-learn dependency)

        aid, feats = self.aid, self.features
        base = [feats.base(w) for w in words]
        V = None
        for o in [0, *self.offsets]:
            # a word type's label scores at offset o: the sum of its attributes' weight rows, as one sparse product
            # (gathering the rows and summing them with reduceat moved a few hundred MB for 40,000 types)
            cols, ends = [], []
            if o == 0:
                for w, b in zip(words, base):
                    cols.extend(aid[f] for f in feats.own(w, b) if f in aid)
                    ends.append(len(cols))
            else:
                ctx = self._ctx_aid[o]
                for b in base:
                    cols.extend(ctx[f] for f in b if f in ctx)
                    ends.append(len(cols))
            X = csr_matrix((np.ones(len(cols)), np.asarray(cols, dtype=np.int64),
                            np.concatenate([[0], np.asarray(ends, dtype=np.int64)])), shape=(len(words), len(self.W)))
            vec = np.asarray(X @ self.W)
            if o in self.dense:
                if V is None:
                    V = feats.vectors.matrix_of(words)
                vec += V @ self.dense[o]
            self.tables[o] = np.concatenate([self.tables[o], vec])
        self._lflag = np.concatenate([self._lflag, [w in self._bleft for w in words]])
        self._rflag = np.concatenate([self._rflag, [w in self._bright for w in words]])
        n = len(self.tid)
        self.tid.update(zip(words, range(n, n + len(words))))

    def emissions(self, words: list[str], lens: np.ndarray) -> np.ndarray:
        """Label scores ``[N, L]`` of the flat normalised ``words`` of sentences of ``lens`` tokens."""
        tid = self.tid
        new = list(dict.fromkeys(w for w in words if w not in tid))
        if new:
            if len(tid) + len(new) > _CACHE_TYPES:
                self.clear_cache()
                tid = self.tid
                new = list(dict.fromkeys(words))
            self._add_types(new)
        ids = np.fromiter(map(tid.__getitem__, words), dtype=np.int64, count=len(words))
        starts = np.concatenate([[0], np.cumsum(lens)[:-1]]).astype(np.int64)
        sid = np.repeat(np.arange(len(lens)), lens)
        pos = np.arange(len(ids)) - starts[sid]
        rem = lens[sid] - pos  # tokens from here to the sentence end, this one included
        E = self.tables[0][ids]
        for o in self.offsets:
            idx = np.flatnonzero(pos >= -o) if o < 0 else np.flatnonzero(rem > o)
            E[idx] += self.tables[o][ids[idx + o]]
        nz = lens > 0
        E[starts[nz]] += self.pad[-1]
        E[(starts + lens - 1)[nz]] += self.pad[1]
        if self.bigrams and len(ids) > 1:
            cand = np.flatnonzero(self._lflag[ids[:-1]] & self._rflag[ids[1:]] & (pos[1:] > 0)) + 1
            big = self.bigrams
            for i in cand.tolist():
                v = big.get((words[i - 1], words[i]))
                if v is not None:
                    E[i] += v[0]
                    E[i - 1] += v[1]
        return E

    def scores(self, words: list[str], lens: np.ndarray, sent_doc: np.ndarray | None = None,
               window: int | None = None) -> np.ndarray:
        """Label scores ``[N, L]`` of the flat normalised ``words`` (both passes when stacked).

        Args:
            words, lens: as for :meth:`emissions`.
            sent_doc: one document id per sentence (default: every sentence its own document).
            window: only sentences this close in the same document count as its context (default: all).
        """
        if self.first is None:
            E = self.emissions(words, lens)
            if self.neural is not None:
                En = self.neural.emissions(words, lens)[:, self._nperm]
                if self.guard and self._pers:
                    # on common nouns the neural scorer may lower a person label, never raise it above O
                    g = self._guard
                    new = [w for w in dict.fromkeys(words) if w not in g]
                    g.update((w, common_noun(self.features, w)) for w in new)
                    rows = np.flatnonzero(np.fromiter(map(g.__getitem__, words), dtype=bool, count=len(words)))
                    if len(rows):
                        o = self.label_id["O"]
                        sub = En[rows]
                        sub[:, self._pers] = np.minimum(sub[:, self._pers], sub[:, [o]])
                        En[rows] = sub
                E += self.neural_weight * En
                if self.neural_bias.any():
                    E += self.neural_bias
            return E
        first = self.first
        M = first.marginals(first.emissions(words, lens), lens)
        X = stack_matrix(words, lens, M, first.labels, sent_doc, window)
        E = X @ self.Wd
        if self.has_types:
            E += self.emissions(words, lens)
        return E

    @staticmethod
    def _order(lens: np.ndarray):
        starts = np.concatenate([[0], np.cumsum(lens)[:-1]]).astype(np.int64)
        order = np.argsort(-lens, kind="stable")
        slens, sst = lens[order], starts[order]
        T = int(slens[0]) if len(slens) else 0
        nact = np.searchsorted(-slens, -np.arange(T), side="left")  # sentences longer than t
        return slens, sst, T, nact

    def viterbi(self, E: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """Best label ids of every token, all sentences decoded together."""
        out = np.zeros(len(E), dtype=np.int64)
        slens, sst, T, nact = self._order(lens)
        if T == 0:
            return out
        S, tr = int(nact[0]), self.trans
        final = np.empty((S, self.L))
        score, prev, bps = E[sst[:S]], S, [None]
        for t in range(1, T):
            n = int(nact[t])
            final[n:prev] = score[n:prev]
            cand = score[:n, :, None] + tr[None]
            bp = cand.argmax(1)
            score = np.take_along_axis(cand, bp[:, None, :], 1)[:, 0] + E[sst[:n] + t]
            bps.append(bp)
            prev = n
        final[:prev] = score
        cur = final.argmax(1)
        for t in range(T - 1, 0, -1):
            n = int(nact[t])
            out[sst[:n] + t] = cur[:n]
            cur[:n] = bps[t][np.arange(n), cur[:n]]
        out[sst[:S]] = cur
        return out

    def marginals(self, E: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """Label marginals ``[N, L]`` (scaled forward-backward)."""
        slens, sst, T, nact = self._order(lens)
        if T == 0:
            return np.zeros_like(E)
        X = np.exp(E - E.max(1, keepdims=True))  # a per-position scale cancels out
        G = self.exptrans
        A, B = np.empty_like(E), np.empty_like(E)
        S = int(nact[0])
        a = X[sst[:S]]
        a = a / a.sum(1, keepdims=True)
        A[sst[:S]] = a
        for t in range(1, T):
            n = int(nact[t])
            p = sst[:n] + t
            a = (a[:n] @ G) * X[p]
            a /= a.sum(1, keepdims=True)
            A[p] = a
        B[sst + slens - 1] = 1.0
        for t in range(T - 2, -1, -1):
            n = int(nact[t + 1])
            p = sst[:n] + t
            b = (X[p + 1] * B[p + 1]) @ G.T
            b /= b.sum(1, keepdims=True)
            B[p] = b
        M = A * B
        return M / M.sum(1, keepdims=True)

    def tag(self, sentences: list[list[str]], sent_doc=None, window: int | None = None) -> list[list[str]]:
        """IOB tags of sentences of normalised words (documents and window: see :meth:`scores`)."""
        lens = np.fromiter(map(len, sentences), dtype=np.int64, count=len(sentences))
        words = [w for s in sentences for w in s]
        if not words:
            return [[] for _ in sentences]
        doc = None if sent_doc is None else np.asarray(sent_doc)
        y = self.viterbi(self.scores(words, lens, doc, window), lens)
        labs = [self.labels[k] for k in y.tolist()]
        out, k = [], 0
        for n in lens.tolist():
            out.append(labs[k:k + n])
            k += n
        return out


@lru_cache(maxsize=1)
def _blas_controller():
    try:
        from threadpoolctl import ThreadpoolController  # (a scikit-learn dependency)
    except ImportError:  # pragma: no cover
        return None
    return ThreadpoolController()


def _one_blas_thread():
    """A context in which numpy's BLAS runs on one thread: the tagger's matrix products are small (a chunk of ~4,000
    tokens times 128 × 384 in the convolutional scorer), and on a busy machine OpenBLAS's threads waited for each
    other longer than they computed: the scorer took twice the CPU seconds, and more wall time, than on one thread
    (``bench/ner_speed.py``, docs/EVALUATION.md). The controller is made once and limits the BLAS libraries loaded
    by then (numpy's is: this module imports numpy); the previous thread counts are restored on leaving.
    Only the main thread sets the limit: OpenBLAS's pool is shared by the process, and limits set and restored from
    several threads at once could leave it at one thread for good; other threads run with the counts as they are."""
    if threading.current_thread() is not threading.main_thread():
        return contextlib.nullcontext()
    c = _blas_controller()
    return c.limit(limits=1, user_api="blas") if c is not None else contextlib.nullcontext()


@lru_cache(maxsize=4)
def load_model(path: str | Path | None = None, neural: bool = True) -> Model:
    """Load the shipped (or given) model (cached); ``neural=False``: its CRF alone, without the neural scorer
    the shipped model attaches (cheaper, a little less accurate: see docs/EVALUATION.md).

    Raises:
        FileNotFoundError: when the model has not been trained/shipped.
    """
    path = Path(path) if path else MODEL_PATH
    if not path.exists():
        raise FileNotFoundError(f"NER model {path} is missing; train it with `python -m marsad.training train ner`.")
    return Model.load(path, neural=neural)


def predict(sentences: list[list[str]], *, model: Model | None = None, documents: list | None = None,
            window: int | None = None, consistency: bool = True) -> list[list[str]]:
    """Tag tokenised sentences (original tokens) with IOB tags (``B-PERS``, ``I-LOC``…).

    Args:
        sentences: tokenised sentences.
        model: a loaded model (default: the shipped one).
        documents: one document key per sentence, for the document-level
            consistency pass (and the optional second pass); default: every
            sentence is its own document.
        window: a sentence's document is the ``window`` sentences on each side
            (for corpora without document boundaries, such as ANERcorp).
        consistency: run :func:`consistent_tags` (as :func:`predict_spans` does), after the model's training
            memory (:func:`apply_memory`, ``model.memory``) when it has one.
    """
    model = model or load_model()
    sents = [[_normalize_token(t) for t in s] for s in sentences]
    # ANERcorp sentences all end with a full stop: a sentence without one (a headline, a cut-off
    # paragraph) is tagged with one added, so its last word does not look like a sentence end
    open_end = [bool(s) and s[-1] not in _SENT_END for s in sents]
    doc = None
    if documents is not None:
        doc = np.unique(np.asarray([str(d) for d in documents]), return_inverse=True)[1]
    with _one_blas_thread():
        tags = model.tag([s + ["."] if o else s for s, o in zip(sents, open_end)], doc, window)
    tags = [t[:-1] if o else t for t, o in zip(tags, open_end)]
    flags = [[_function_word(t, w) for t, w in zip(s, n)] for s, n in zip(sentences, sents)]
    fixed = [any(f) for f in flags]
    tags = [_trim_function_words(t, f) if x else t for t, f, x in zip(tags, flags, fixed)]
    tags = [_split_coordinated(t, w) for t, w in zip(tags, sents)]
    if consistency:
        if model.memory:
            apply_memory(sents, tags, model.memory)
        if window is not None:  # (ANERcorp: one stream of sentences)
            tags = consistent_tags(sents, tags, window=window)
        elif doc is not None:
            tags = consistent_tags(sents, tags, groups=doc.tolist())
        else:
            tags = consistent_tags(sents, tags, groups=list(range(len(sents))))
        tags = [_trim_function_words(t, f) if x else t for t, f, x in zip(tags, flags, fixed)]
        tags = [_split_coordinated(t, w) for t, w in zip(tags, sents)]
    return tags


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


def consistent_tags(sentences: list[list[str]], tags: list[list[str]], *, window: int | None = None,
                    groups: list | None = None) -> list[list[str]]:
    """Document-level label consistency: a name tagged once is tagged wherever it repeats nearby.

    Every word sequence the model tagged as an entity (type by majority) is
    tagged the same where it recurs untagged in the same document, and the last
    word (three letters or more) of a person name of two words or more is tagged
    as a person where it stands alone (the surname after the full name).
    A one-word entity is also found behind proclitics (``للاهلي``, ``وبنفيكا``:
    the same clitic-stripped word of three letters or more, as ANERcorp tags the
    glued word), and a tagged sequence that is tagged with another type more
    often (at least twice) in the document takes that type.
    Tokens next to another entity are left alone. Longer sequences are placed
    first, left to right.

    Args:
        sentences: sentences of normalised words.
        tags: their IOB tags (not modified).
        window: the document of a sentence is the ``window`` sentences on each
            side (for corpora without document boundaries such as ANERcorp).
        groups: otherwise one document key per sentence (the shipped
            :func:`predict_spans` uses one group per text).

    Returns:
        New tag lists.
    """
    n = len(sentences)
    out = [list(t) for t in tags]
    spans = [spans_from_tags(t) for t in tags]

    stem = {}  # word -> its clitic-stripped form when that has three letters or more (else "")

    def stripped(w):
        x = stem.get(w)
        if x is None:
            x = _strip_clitics(w)
            x = stem[w] = x if len(x) >= 3 else ""
        return x

    def add(lex, j):  # lex: word sequence -> {type: count}, types in order of first sight
        for a, b, typ in spans[j]:
            seq = tuple(sentences[j][a:b])
            c = lex.setdefault(seq, {})
            c[typ] = c.get(typ, 0) + 1
            if b - a == 1 and stripped(seq[0]):  # ("~", stem): the one-word entity behind any proclitic
                c = lex.setdefault(("~", stripped(seq[0])), {})
                c[typ] = c.get(typ, 0) + 1
            if typ == "PERS" and b - a >= 2 and len(seq[-1]) >= 3:
                c = lex.setdefault(("", seq[-1]), {})
                c["PERS"] = c.get("PERS", 0) + 1

    if groups is not None:
        by_group: dict = {}
        for j, g in enumerate(groups):
            if spans[j]:
                add(by_group.setdefault(g, {}), j)
        lexes = [by_group.get(g) for g in groups]
    else:
        w = window or 0
        lexes = []
        for i in range(n):
            lex = {}
            for j in range(max(0, i - w), min(n, i + w + 1)):
                if spans[j]:
                    add(lex, j)
            lexes.append(lex)
    # a tagged sequence takes the type it is tagged with more often (at least twice) in its document
    for i in range(n):
        if not spans[i] or not lexes[i]:
            continue
        row = out[i]
        for a, b, typ in spans[i]:
            c = lexes[i].get(tuple(sentences[i][a:b]))
            best = max(c, key=c.get) if c else typ
            if best != typ and c[best] >= 2 and c[best] > c.get(typ, 0):
                row[a:b] = ["B-" + best] + ["I-" + best] * (b - a - 1)
    heads: dict[int, frozenset] = {}
    for i in range(n):
        lex = lexes[i]
        if not lex:
            continue
        key = id(lex)
        first = heads.get(key)
        if first is None:
            first = heads[key] = frozenset(seq[1] if seq[0] in ("", "~") else seq[0] for seq in lex)
        words, row = sentences[i], out[i]
        cand = [a for a, x in enumerate(words) if x in first or stripped(x) in first]
        if not cand:
            continue
        for size in range(min(4, len(words)), 0, -1):
            for a in cand:
                if a + size > len(words):
                    break
                seq = tuple(words[a:a + size])
                c = lex.get(seq)
                if not c and size == 1:
                    c = lex.get(("", seq[0])) or lex.get(("~", stripped(seq[0])))
                if not c or any(x != "O" for x in row[a:a + size]):
                    continue
                if (a > 0 and row[a - 1] != "O") or (a + size < len(words) and row[a + size] != "O"):
                    continue
                typ = max(c, key=c.get)  # the majority type (the first seen on a tie)
                row[a] = "B-" + typ
                for k in range(a + 1, a + size):
                    row[k] = "I-" + typ
    return out


_NORM_CACHE: dict[str, str] = {}


BATCH_CHARS = 1 << 20
"""Characters of text tagged at once: the label-score and Viterbi arrays are a few hundred bytes per token, so a
whole 20 MiB page in one batch took about 1 GB; texts are tagged in batches of about this size instead (results
are the same: sentences are decoded independently and each text is its own document)."""


def predict_spans(texts: list[str], *, model: Model | None = None, types=TYPES,
                  min_confidence: float = 0.0, consistency: bool = True) -> list[list[tuple[int, int, str]]]:
    """Find entity spans (character offsets) in raw texts, tagged in batches of about ``BATCH_CHARS`` characters.

    Args:
        texts: original texts.
        model: a loaded model (default: the shipped one).
        types: entity types to return (``PERS``, ``LOC``, ``ORG``, ``MISC``).
        min_confidence: drop spans whose least certain token has a lower
            marginal probability.
        consistency: document-level label consistency (:func:`consistent_tags`, each
            text one document): a word sequence tagged (confidently) as an entity
            somewhere in a text is tagged the same where it recurs untagged in that
            text, and the surname of a two-word person name where it stands alone.
            On by default: this is what ``evaluate ner`` scores as the shipped tagger. The model's training
            memory (:func:`apply_memory`) runs just before it, and only with it.

    Returns:
        For each text, ``(start, end, type)`` character spans.
    """
    model = model or load_model()
    out: list[list[tuple[int, int, str]]] = []
    start, size = 0, 0
    with _one_blas_thread():
        for i, text in enumerate(texts):
            size += len(text)
            if size >= BATCH_CHARS:
                out.extend(_predict_batch(texts[start:i + 1], model, types, min_confidence, consistency))
                start, size = i + 1, 0
        if start < len(texts):
            out.extend(_predict_batch(texts[start:], model, types, min_confidence, consistency))
    return out


def _predict_batch(texts: list[str], model: Model, types, min_confidence: float,
                   consistency: bool = True) -> list[list[tuple[int, int, str]]]:
    """``predict_spans`` for one batch: all texts' sentences scored and decoded at once."""
    cache = _NORM_CACHE
    if len(cache) > _CACHE_TYPES:
        cache.clear()
    words: list[str] = []
    lens: list[int] = []
    owner: list[int] = []
    flagged: list[int] = []  # positions (in words) of function words that never begin a span
    ends = _SENT_END
    for ti, text in enumerate(texts):
        toks = _TOKEN_RE.findall(text)
        if not toks:
            continue
        for t in toks:
            if t not in cache:
                cache[t] = _normalize_token(t)
        n0 = len(words)
        words.extend(map(cache.__getitem__, toks))
        flagged.extend(n0 + k for k, w in enumerate(words[n0:]) if w in _FUNCTION_NORMS and _function_word(toks[k], w))
        cuts = [i + 1 for i, t in enumerate(toks) if t in ends]
        prev = 0
        for c in cuts:
            lens.append(c - prev)
            prev = c
        owner.extend([ti] * len(cuts))
        if prev < len(toks):
            # the last sentence has no full stop: tag it with one added (ANERcorp sentences all end with one)
            words.append(".")
            lens.append(len(toks) - prev + 1)
            owner.append(ti)
    out: list[list[tuple[int, int, str]]] = [[] for _ in texts]
    if not words:
        return out
    lens_a = np.asarray(lens, dtype=np.int64)
    # every text is one document for the second pass
    E = model.scores(words, lens_a, np.asarray(owner, dtype=np.int64))
    y = model.viterbi(E, lens_a)
    labels = model.labels
    o_id = model.label_id.get("O", -1)
    starts = np.concatenate([[0], np.cumsum(lens_a)[:-1]])
    sid = np.repeat(np.arange(len(lens)), lens_a)
    owner_a = np.asarray(owner, dtype=np.int64)
    memory = model.memory if consistency else None
    in_memory = None
    if memory:  # sentences with the first word of a remembered sequence
        first = _memory_index(memory)
        in_memory = np.zeros(len(lens_a), dtype=bool)
        in_memory[sid[np.fromiter((w in first for w in words), dtype=bool, count=len(words))]] = True
    if consistency:
        # every sentence of a text with an entity of any type: the sources and the targets of the consistency pass
        hit = np.unique(sid[y != o_id])
        if in_memory is not None:
            hit = np.union1d(hit, np.flatnonzero(in_memory))
        hit = np.flatnonzero(np.isin(owner_a, np.unique(owner_a[hit]))) if len(hit) else hit
    else:
        want = np.array([lab[2:] in types for lab in labels])
        hit = np.unique(sid[want[y]])
    if not len(hit):
        return out
    conf = None
    if min_confidence > 0:
        sub = hit[np.isin(hit, sid[y != o_id])]
        if len(sub):
            rows = np.concatenate([np.arange(starts[s], starts[s] + lens_a[s]) for s in sub])
            M = model.marginals(E[rows], lens_a[sub])
            conf = np.ones(len(E))
            conf[rows] = M[np.arange(len(rows)), y[rows]]
    tags = []
    has_ent = np.zeros(len(lens_a), dtype=bool)
    has_ent[sid[y != o_id]] = True
    fsent: dict[int, list[bool]] = {}  # sentence -> its function-word flags (sentences that have one)
    for p in flagged:
        s = int(sid[p])
        fsent.setdefault(s, [False] * int(lens_a[s]))[p - int(starts[s])] = True
    for s in hit.tolist():
        a, n = int(starts[s]), int(lens_a[s])
        if not has_ent[s]:
            row = ["O"] * n
            if in_memory is not None and in_memory[s]:
                apply_memory([words[a:a + n]], [row], memory)
            tags.append(row)
            continue
        row = [labels[k] for k in y[a:a + n].tolist()]
        if conf is not None:
            for i, j, _typ in spans_from_tags(row):
                if conf[a + i:a + j].min() < min_confidence:
                    row[i:j] = ["O"] * (j - i)  # not confident enough: neither a span nor a source
        if s in fsent:
            _trim_function_words(row, fsent[s])
        _split_coordinated(row, words[a:a + n])
        if in_memory is not None and in_memory[s]:
            apply_memory([words[a:a + n]], [row], memory)
        tags.append(row)
    if consistency:
        tags = consistent_tags([words[starts[s]:starts[s] + lens_a[s]] for s in hit.tolist()], tags,
                               groups=owner_a[hit].tolist())
        for k, s in enumerate(hit.tolist()):
            if s in fsent:
                _trim_function_words(tags[k], fsent[s])
            _split_coordinated(tags[k], words[starts[s]:starts[s] + lens_a[s]])
    offsets: dict[int, list[tuple[int, int]]] = {}
    first_sent = {}
    for s, ti in enumerate(owner):
        first_sent.setdefault(ti, s)
    for s, row in zip(hit.tolist(), tags):
        a, ti = int(starts[s]), owner[s]
        for i, j, typ in spans_from_tags(row):
            if typ not in types:
                continue
            base = a - int(starts[first_sent[ti]])
            if ti not in offsets:
                offsets[ti] = [m.span() for m in _TOKEN_RE.finditer(texts[ti])]
            j = min(j, len(offsets[ti]) - base)  # never the added full stop
            if j <= i:
                continue
            out[ti].append((offsets[ti][base + i][0], offsets[ti][base + j - 1][1], typ))
    return out
