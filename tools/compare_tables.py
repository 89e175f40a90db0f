"""Compare the tables of two `marsad analyze` output folders (used to prove a refactor changes no result).

Usage: python tools/compare_tables.py BEFORE_DIR AFTER_DIR
Prints, per table, whether the rows are identical (same columns, same values, same order), else the differences.
Exit status 0 when every table both folders hold is identical.
"""
from __future__ import annotations

import sys

import pandas as pd

from marsad.engine.store import read_table, stored_tables


def main(argv: list[str]) -> int:
    before, after = argv
    status = 0
    for name in sorted(set(stored_tables(before)) | set(stored_tables(after))):
        try:
            a, b = read_table(before, name), read_table(after, name)
        except FileNotFoundError as exc:
            print(f"{name}: missing ({exc})")
            status = 1
            continue
        if "path" in a or name == "manifest":  # absolute paths (the corpus may sit elsewhere) and read times
            a, b = (f.drop(columns=[c for c in ("path", "seconds") if c in f]) for f in (a, b))
        # a missing value is missing whatever the storage says (None in an all-null column, NaN in text)
        a, b = (f.reset_index(drop=True).astype(object).pipe(lambda f: f.where(f.notna(), None)) for f in (a, b))
        try:
            pd.testing.assert_frame_equal(a, b, check_dtype=False)
            print(f"{name}: identical ({len(a)} rows)")
        except AssertionError as exc:
            status = 1
            print(f"{name}: DIFFERENT ({len(a)} vs {len(b)} rows)\n  {str(exc)[:600]}")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
