"""Linear-time merging of event reports across documents.

Blocking, not pairwise comparison: reports are grouped by exact keys (pair, kind, status, interval) and by
token-set signatures, joined with union-find, and aggregated in one pass over the sorted rows. The work is
O(n log n) in the number of reports whatever the input (a page repeating one sentence 100,000 times makes
one block, joined in one pass), and no pandas operation runs per group.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from marsad.lang.text import normalize
from marsad.unionfind import UnionFind

from .context import EVENT_COLUMNS

__all__ = ["merge_events", "filter_events"]

_WORD = re.compile(r"\w{3,}")
_REPS_PER_BLOCK = 4   # undated reports compare with at most this many representatives of their block


_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4, "approximate": 5, "decade": 6,
                   "century": 7, "since": 8, "before-publication": 9, None: 10}

def merge_class(code) -> str:
    """The class in which reports of one event merge: intents (03) and meetings/visits (04) by their root, whatever
    their exact code, the rest by their code; a pledge of aid (033) is its own plan ("تنوي باريس تدريب الجيش" and
    "سيلتقي نظيرته" are two plans). Used within a document (``extract``) and across documents (here)."""
    code = "" if code is None or (isinstance(code, float) and np.isnan(code)) else str(code)
    return code[:2] if code[:2] in ("03", "04") and code != "033" else code


def _tokens(sentence) -> frozenset:
    return frozenset(_WORD.findall(normalize(str(sentence or ""))))


def merge_events(events: pd.DataFrame, *, similarity: float = 0.5) -> pd.DataFrame:
    """Merge reports of the same event from different documents.

    Two reports are the same event when they share the pair, the kind (CAMEO root for meetings/visits and
    intents, else the code) and the status, and either the same date interval and precision, or the same
    words (identical token set) with overlapping intervals, or - both undated - the same publication day
    and sentences at least ``similarity`` alike (word Jaccard). The best-dated, earliest report is the
    evidence; ``sources``, ``source_names``, ``urls``, ``n_documents`` and ``n_mentions`` cover them all.
    Background rows merge when the sentence is the same.

    Args:
        events: rows with ``EVENT_COLUMNS`` (already one row per event and document).
        similarity: word-overlap threshold for undated reports.

    Returns:
        The merged events.
    """
    if events.empty:
        return events

    ev = events.reset_index(drop=True)
    n = len(ev)
    uf = UnionFind(n)
    kind = ev["kind"].fillna("event").astype(str).to_numpy()
    pair = (ev["actor1"].astype(str) + "|" + ev["actor2"].astype(str)).to_numpy()
    # a one-way act keeps its direction (an expulsion and the expulsion in kind are two events)
    sym = ev["symmetric"].fillna(False).astype(bool).to_numpy() if "symmetric" in ev else np.ones(len(ev), bool)
    # (cooperation roots 03-06 are joint: meetings, visits and hosting of one date are one event whoever visits)
    # (but praise and thanks are one-way: a congratulation and the thanks for it are two acts)
    # (and invitations: Kim's invitation to Trump and Trump's to Kim, told in one sentence, are two)
    invited = ev["rule"].astype(str).str.split(";").apply(lambda r: "invitation" in r).to_numpy() \
        if "rule" in ev else np.zeros(len(ev), bool)
    way = np.array(["" if not invited[i] and (sym[i] or (str(c)[:2] in ("03", "04", "05", "06") and str(c) != "051"))
                    else f"{s}>{t}" for i, (s, t, c) in enumerate(zip(
                        ev["source"].astype(str), ev["target"].astype(str), ev["cameo_code"]))], dtype=object)
    klass = np.array([merge_class(c) for c in ev["cameo_code"]], dtype=object)
    status = ev["status"].fillna("reported").astype(str).to_numpy()
    d0 = ev["date_start"].where(ev["date_start"].notna(), "").astype(str).to_numpy()
    d1 = ev["date_end"].where(ev["date_end"].notna(), "").astype(str).to_numpy()
    prec = ev["precision"].fillna("").astype(str).to_numpy()
    undated = (prec == "before-publication") | (d0 == "")
    tokens = [_tokens(s) for s in ev["sentence"]]
    first: dict = {}
    reps: dict = {}
    for i in range(n):
        base = (kind[i], pair[i], klass[i], status[i], way[i])
        if kind[i] == "background":
            key = (*base, "bg", tokens[i])
            j = first.setdefault(key, i)
            if j != i:
                uf.union(j, i)
            continue
        if not undated[i]:
            j = first.setdefault((*base, "date", d0[i], d1[i], prec[i]), i)
            if j != i:
                uf.union(j, i)
        sig = (*base, "words", tokens[i])
        j = first.setdefault(sig, i)
        if j != i and (undated[i] or undated[j] or (d0[i] <= d1[j] and d0[j] <= d1[i])):
            uf.union(j, i)
        if undated[i]:
            block = reps.setdefault((*base, "pub", d1[i]), [])
            for r in block:
                a, b = tokens[r], tokens[i]
                if a and b and len(a & b) / len(a | b) >= similarity:
                    uf.union(r, i)
                    break
            else:
                if len(block) < _REPS_PER_BLOCK:
                    block.append(i)
    label = np.array([uf.find(i) for i in range(n)])
    # One pass over rows sorted by (group, precision, published, document, position).
    rank = np.array([_PRECISION_RANK.get(p or None, 10) for p in prec])
    pub = ev["published"].where(ev["published"].notna(), "9999").astype(str).to_numpy()
    order = np.lexsort((ev["start"].to_numpy(), ev["position"].to_numpy(), ev["doc_id"].astype(str).to_numpy(),
                        pub, rank, label))
    cols = {c: ev[c].to_numpy() if c in ev else np.full(n, None) for c in EVENT_COLUMNS}
    n_mentions = ev["n_mentions"].fillna(1).astype(int).to_numpy() if "n_mentions" in ev else np.ones(n, int)
    rows, cur, acc = [], None, None
    for i in order:
        if label[i] != cur:
            if acc is not None:
                rows.append(_finish(acc))
            cur = label[i]
            acc = {"row": {c: cols[c][i] for c in EVENT_COLUMNS}, "docs": {}, "names": {}, "urls": {}, "n": 0,
                   "directed": False}
        acc["n"] += int(n_mentions[i])
        for part in str(cols["sources"][i] or cols["doc_id"][i]).split(";"):
            acc["docs"][part] = None
        for part in str(cols["source_names"][i] or "").split(";"):
            if part and part != "None" and part != "nan":
                acc["names"][part] = None
        for part in str(cols["urls"][i] or "").split(";"):
            if part and part != "None" and part != "nan":
                acc["urls"][part] = None
        acc["directed"] |= not bool(cols["symmetric"][i])
    if acc is not None:
        rows.append(_finish(acc))
    return pd.DataFrame(rows, columns=EVENT_COLUMNS)


def _finish(acc) -> dict:
    row = acc["row"]
    row["sources"] = ";".join(acc["docs"])
    row["source_names"] = ";".join(acc["names"])
    row["urls"] = ";".join(acc["urls"])
    row["n_documents"] = len(acc["docs"])
    row["n_mentions"] = acc["n"]
    row["n_reports"] = acc["n"]
    return row


def filter_events(events: pd.DataFrame, *, date_from: str | None = None, date_to: str | None = None,
                  partners=None, dated_only: bool = False, statuses=None, kinds=("event",)) -> pd.DataFrame:
    """Keep rows whose interval meets ``[date_from, date_to]`` (ISO dates; empty = open).

    Args:
        events: the events table.
        date_from, date_to: the period.
        partners: keep these partner codes (``actor2``).
        dated_only: drop rows dated only "before publication".
        statuses: keep these statuses (default all).
        kinds: ``("event",)`` (default), ``("background",)`` or both; None keeps all.
    """
    keep = pd.Series(True, index=events.index)
    if kinds is not None and "kind" in events:
        keep &= events["kind"].isin(list(kinds))
    if partners:
        keep &= events["actor2"].isin(list(partners))
    if statuses is not None and "status" in events:
        keep &= events["status"].isin(list(statuses))
    if date_from:
        keep &= events["date_end"].isna() | (events["date_end"].astype(str) >= str(pd.Timestamp(date_from).date()))
    if date_to:
        start = events["date_start"].where(events["date_start"].notna(), events["date_end"])
        keep &= start.isna() | (start.astype(str) <= str(pd.Timestamp(date_to).date()))
    if dated_only:
        keep &= events["date_start"].notna() & (events["precision"] != "before-publication")
    return events[keep]
