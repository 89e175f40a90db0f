"""Disjoint sets (union-find) for grouping near-duplicates: headlines, events, stories.

The root of a set is always its smallest index, so "the first item of its group" is simply ``find(i)``,
whichever order the unions came in.
"""
from __future__ import annotations

__all__ = ["UnionFind"]


class UnionFind:
    """Disjoint sets over ``0 … n-1`` with path compression; a set's root is its smallest member."""

    def __init__(self, n: int):
        self.parent = list(range(n))  # a list: item access from Python loops is faster than on a numpy array

    def find(self, i: int) -> int:
        """Return the root (smallest member) of the set holding ``i``."""
        p = self.parent
        root = i
        while p[root] != root:
            root = p[root]
        while p[i] != root:
            p[i], i = root, p[i]
        return root

    def union(self, i: int, j: int) -> None:
        """Join the sets of ``i`` and ``j`` under the smaller root."""
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)
