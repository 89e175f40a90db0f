"""The ``stories`` stage: documents from one or several outlets that report the same story.

Wire stories are republished almost word for word, so a story is found from its opening: the title
and the lead (the first words of the body). Each partition computes a MinHash signature of every
document's opening (word 3-shingles of the normalised text); the combine step puts documents that
share a locality-sensitive band into candidate buckets, checks each candidate against its bucket's
first document (estimated Jaccard similarity), and joins them with union-find. The work is linear
in the number of documents; exact duplicate files are the readers' business, near-identical ones
are grouped here.

Table: one row per document in a story of two or more documents: ``doc_id, story_id,
n_documents, n_outlets, first_seen, sources``.
"""
from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass

import numpy as np
import pandas as pd

from marsad.stages.base import DATE, INT, TEXT, OptionError, Options, Stage
from marsad.unionfind import UnionFind

__all__ = ["STAGE", "StoryOptions", "signatures", "group_stories"]

_PERMUTATIONS = 32
_PRIME = np.uint64(2**31 - 1)
_rng = np.random.default_rng(20261201)  # fixed: signatures must agree across processes and runs
_A = _rng.integers(1, 2**31 - 1, size=_PERMUTATIONS, dtype=np.uint64)
_B = _rng.integers(0, 2**31 - 1, size=_PERMUTATIONS, dtype=np.uint64)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class StoryOptions(Options):
    """How much of a document counts as its opening, and how alike two openings must be."""

    lead_words: int = 60
    similarity: float = 0.5
    bands: int = 8
    min_shingles: int = 5

    def check(self, stage: str) -> None:
        if not 0.0 < self.similarity <= 1.0:
            raise OptionError(f"option {stage}.similarity must lie in (0, 1], not {self.similarity}")
        if self.bands < 1 or _PERMUTATIONS % self.bands:
            raise OptionError(f"option {stage}.bands must divide {_PERMUTATIONS} (1, 2, 4, 8, 16 or 32), not {self.bands}")
        if self.lead_words < 3 or self.min_shingles < 1:
            raise OptionError(f"option {stage}.lead_words must be at least 3 and min_shingles at least 1")


def _opening(segments: pd.DataFrame, lead_words: int) -> dict[str, list[str]]:
    """The words of each document's title and lead, in the normalised text."""
    seg = segments[segments["section"].isin(("title", "paragraph"))]
    words: dict[str, list[str]] = {}
    text = seg["normalized"] if "normalized" in seg else seg["text"]
    for doc_id, section, value in zip(seg["doc_id"], seg["section"], text):
        got = words.setdefault(doc_id, [])
        if section == "paragraph" and len(got) >= lead_words:
            continue
        got.extend(_WORD.findall(value or "")[: max(0, lead_words - len(got)) or None] if section == "paragraph"
                   else _WORD.findall(value or ""))
    return words


def signatures(words: list[str], *, min_shingles: int = 5) -> np.ndarray | None:
    """MinHash signature (``_PERMUTATIONS`` values) of the word 3-shingles, or None for short texts."""
    shingles = {" ".join(words[i:i + 3]) for i in range(max(0, len(words) - 2))}
    if len(shingles) < min_shingles:
        return None
    base = np.fromiter((zlib.crc32(s.encode("utf-8")) for s in shingles), dtype=np.uint64, count=len(shingles))
    base %= _PRIME
    return ((base[None, :] * _A[:, None] + _B[:, None]) % _PRIME).min(axis=1)


def _run(corpus, inputs, options: StoryOptions) -> pd.DataFrame:
    docs = corpus.documents
    openings = _opening(corpus.segments, options.lead_words)
    rows = {"doc_id": [], "source": [], "published": [], "signature": []}
    for doc_id, source, published in zip(docs["doc_id"], docs["source"], docs["published"]):
        sig = signatures(openings.get(doc_id, []), min_shingles=options.min_shingles)
        if sig is None:
            continue
        rows["doc_id"].append(doc_id)
        rows["source"].append(source)
        rows["published"].append(published)
        rows["signature"].append(sig.astype(">u4").tobytes().hex())
    return pd.DataFrame(rows)


def group_stories(doc_ids, sources, published, sigs: np.ndarray, *, similarity: float = 0.5,
                  bands: int = 8) -> pd.DataFrame:
    """Group documents whose signatures are alike (LSH buckets, union-find); linear in the documents.

    Returns:
        the stories table for documents in groups of two or more, in input order.
    """
    n = len(doc_ids)
    uf = UnionFind(n)
    rows = _PERMUTATIONS // bands
    for b in range(bands):
        leaders: dict[bytes, int] = {}
        band = np.ascontiguousarray(sigs[:, b * rows:(b + 1) * rows])
        for i in range(n):
            key = band[i].tobytes()
            lead = leaders.setdefault(key, i)
            if lead != i and uf.find(lead) != uf.find(i) and np.mean(sigs[lead] == sigs[i]) >= similarity:
                uf.union(lead, i)
    roots = np.array([uf.find(i) for i in range(n)], dtype=np.int64)
    frame = pd.DataFrame({"doc_id": doc_ids, "source": sources, "published": pd.to_datetime(published),
                          "_root": roots})
    sizes = frame.groupby("_root")["doc_id"].transform("size")
    frame = frame[sizes > 1]
    if frame.empty:
        return pd.DataFrame(columns=["doc_id", "story_id", "n_documents", "n_outlets", "first_seen", "sources"])
    groups = frame.groupby("_root", sort=False)
    outlets = groups["source"].agg(lambda s: "; ".join(dict.fromkeys(x for x in s.dropna().astype(str) if x)))
    first_doc = groups["doc_id"].first()
    story_id = first_doc.map(lambda d: hashlib.sha1(str(d).encode("utf-8")).hexdigest()[:12])
    return pd.DataFrame({
        "doc_id": frame["doc_id"].to_numpy(),
        "story_id": frame["_root"].map(story_id).to_numpy(),
        "n_documents": frame["_root"].map(groups.size()).to_numpy(),
        "n_outlets": frame["_root"].map(groups["source"].nunique()).to_numpy(),
        "first_seen": frame["_root"].map(groups["published"].min()).to_numpy(),
        "sources": frame["_root"].map(outlets).to_numpy(),
    })


def _combine(staged, options: StoryOptions) -> pd.DataFrame:
    rows = staged.read()
    if rows.empty:
        return rows.iloc[:0]
    sigs = np.frombuffer(bytes.fromhex("".join(rows["signature"])), dtype=">u4").reshape(len(rows), _PERMUTATIONS)
    return group_stories(rows["doc_id"].tolist(), rows["source"].tolist(), rows["published"],
                         sigs.astype(np.uint64), similarity=options.similarity, bands=options.bands)


STAGE = Stage(
    name="stories",
    needs=("documents", "segments"),
    columns={"doc_id": TEXT, "story_id": TEXT, "n_documents": INT, "n_outlets": INT, "first_seen": DATE,
             "sources": TEXT},
    staged_columns={"doc_id": TEXT, "source": TEXT, "published": DATE, "signature": TEXT},
    options=StoryOptions,
    run=_run,
    combine=_combine,
    description="documents from one or several outlets reporting the same story (near-identical openings)",
)

