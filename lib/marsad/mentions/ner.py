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

    python -m marsad.training train ner [--datasets DIR] [--clusters]   # writes data/ner/anercorp-crf.crfsuite
    python -m marsad.training evaluate ner                     # P/R/F1 per type into docs/EVALUATION.md
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from marsad.lang.rules import SENTENCE_END_TOKENS, strip_proclitics
from marsad.lang.text import normalize
from marsad.resources import data_path

__all__ = [
    "sent_features", "tokenize_spans", "load_model", "predict", "predict_spans", "spans_from_tags", "not_names",
    "MODEL_PATH", "GAZETTEER_PATH", "CLUSTERS_PATH", "TYPES",
]

NER_DIR = data_path("ner")
MODEL_PATH = NER_DIR / "anercorp-crf.crfsuite"
GAZETTEER_PATH = NER_DIR / "gazetteers.json"
TYPES = ("PERS", "LOC", "ORG", "MISC")

# ANERcorp writes sentence ends with "." but also with middle/bold dots and
# carries right-to-left marks inside tokens (CAMeL's split cleans both).
_DOTS = str.maketrans({"·": ".", "•": "."})
_RLM = "\u200f"
_TOKEN_RE = re.compile(r"[^\W_]+|[^\w\s]", re.UNICODE)
_SENT_END = SENTENCE_END_TOKENS
_CLITIC_RE = re.compile(r"^(?:[وف]?(?:[بلك]|لل|ال)?)")

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
    return strip_proclitics(w, min_stem=2)


# ---------------------------------------------------------------- data


# ---------------------------------------------------------------- features


@lru_cache(maxsize=1)
def _gazetteers() -> dict[str, frozenset]:
    if not GAZETTEER_PATH.exists():
        raise FileNotFoundError(f"{GAZETTEER_PATH} is missing; run `python -m marsad.training train ner`.")
    data = json.loads(GAZETTEER_PATH.read_text("utf-8"))
    return {k: frozenset(v) for k, v in data.items()}


CLUSTERS_PATH = NER_DIR / "clusters.json"
_CLUSTER_KS = (64, 512)


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
        raise FileNotFoundError(f"NER model {path} is missing; train it with `python -m marsad.training train ner`.")
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

