"""Arabic text normalisation and tokenisation, wrapping CAMeL Tools.

Every normalisation Marsad applies is character-level: each original character
becomes zero, one or (rarely, for presentation-form ligatures) several
characters. That lets :func:`normalize_map` return, for every character of the
normalised text, the offset of the original character it came from, so a match
found in normalised text maps back to exact offsets in the original text.

The per-character mapping is CAMeL Tools' own normalisers run on every code
point of the scripts we care about (:func:`build_normalization_table`), shipped as
``marsad/data/lang/normalization.json`` (a test checks it against the installed
CAMeL Tools), then applied with one compiled regular expression over just the
characters that change.
"""
from __future__ import annotations

import json
import re
import sys
from functools import lru_cache
from pathlib import Path

import numpy as np

# CAMeL Tools is imported on first use (in ``tokenize`` and ``build_normalization_table``), not with this module:
# importing its tokeniser or dediacritiser builds Unicode category sets over every code point (about 0.5-1.5 CPU s
# per process here), which a process that only normalises (its table is shipped), draws charts or checks a command
# line never needs.

__all__ = [
    "normalize",
    "normalize_map",
    "raw_forms",
    "tokenize",
    "is_arabic",
    "ARABIC_LETTER",
    "strip_controls",
]

# Ranges whose characters may change under normalisation: Latin-1 (NBSP),
# Arabic, Arabic Supplement/Extended, Arabic presentation forms A and B, the
# general punctuation block (zero-width and direction marks) and fullwidth forms.
_RANGES = [
    (0x0080, 0x0100),
    (0x0600, 0x0780),
    (0x08A0, 0x0900),
    (0x2000, 0x2070),
    (0xFB50, 0xFE00),
    (0xFE70, 0xFF00),
]
_TATWEEL = "\u0640"
# Zero-width and bidirectional control characters carry no meaning for
# analysis; right-to-left overrides in scraped text are also a spoofing vector.
_CONTROLS = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u061c"
# Persian/Urdu letters that Arabic-script news sometimes carries (keyboard
# variants): map them to their Arabic counterparts.
_FARSI = {"\u06a9": "\u0643", "\u06cc": "\u064a", "\u06c1": "\u0647", "\u06d5": "\u0647",
          # alef with a wavy hamza above / below (ٲ ٳ), typed for أ / إ by some keyboards; CAMeL Tools keeps them
          "\u0672": "\u0627", "\u0673": "\u0627"}
_EASTERN_DIGITS = "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"
_WESTERN_DIGITS = "0123456789" * 2

ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")
_CONTROL_RE = re.compile("[" + _CONTROLS + "]")


def _normalize_char(ch: str) -> str:
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import (
        normalize_alef_ar,
        normalize_alef_maksura_ar,
        normalize_teh_marbuta_ar,
        normalize_unicode,
    )

    if ch in _CONTROLS or ch == _TATWEEL:
        return ""
    if ch == "\u00a0":
        return " "
    if ch in _EASTERN_DIGITS:
        return _WESTERN_DIGITS[_EASTERN_DIGITS.index(ch)]
    out = normalize_unicode(ch)
    out = "".join(_FARSI.get(c, c) for c in out)
    out = dediac_ar(out)
    out = normalize_alef_ar(out)
    out = normalize_alef_maksura_ar(out)
    out = normalize_teh_marbuta_ar(out)
    return out.replace(_TATWEEL, "")


_TABLE_FILE = Path(__file__).resolve().parent.parent / "data" / "lang" / "normalization.json"


def build_normalization_table() -> dict[int, str]:
    """Every code point of ``_RANGES`` that CAMeL Tools' normalisers (and Marsad's few additions) change, mapped to
    what it becomes: the table :func:`normalize` applies (shipped; see :func:`write_normalization_table`)."""
    table = {}
    for lo, hi in _RANGES:
        for cp in range(lo, hi):
            ch = chr(cp)
            mapped = _normalize_char(ch)
            if mapped != ch:
                table[cp] = mapped
    return table


def write_normalization_table(path: Path = _TABLE_FILE) -> None:
    """Rebuild the shipped table from the installed CAMeL Tools (after an upgrade or a change of the rules above)."""
    import camel_tools

    table = build_normalization_table()
    head = {"source": "marsad.lang.text.build_normalization_table (CAMeL Tools normalisers + Marsad's additions)",
            "camel_tools": camel_tools.__version__, "ranges": [[f"{lo:04X}", f"{hi:04X}"] for lo, hi in _RANGES]}
    lines = [f"  {json.dumps(k)}: {json.dumps(v)}," for k, v in head.items()]
    lines += ['  "table": {', ",\n".join(f'    "{cp:04X}": {json.dumps(out)}' for cp, out in sorted(table.items())), "  }"]
    path.write_text("{\n" + "\n".join(lines) + "\n}\n", encoding="utf-8")


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    doc = json.loads(_TABLE_FILE.read_text(encoding="utf-8"))
    return {int(cp, 16): out for cp, out in doc["table"].items()}


@lru_cache(maxsize=1)
def raw_forms() -> dict[str, str]:
    """The Arabic letters (U+0621–U+064A) :func:`normalize` folds into another letter, by the letter they become,
    that letter first (``{"ا": "اآأإ", "ه": "هة", "ي": "يى"}``): how a normalised key may be spelled in raw text."""
    out: dict[str, str] = {}
    for cp, value in sorted(_table().items()):
        if 0x621 <= cp <= 0x64A and len(value) == 1:
            out[value] = out.get(value, value) + chr(cp)
    return out


@lru_cache(maxsize=1)
def _changed_re() -> re.Pattern:
    chars = "".join(re.escape(chr(cp)) for cp in sorted(_table()))
    return re.compile("[" + chars + "]")


def normalize(text: str) -> str:
    """Normalise Arabic text for matching and classification.

    Applies CAMeL Tools' Unicode normalisation (presentation forms, ligatures),
    dediacritisation, alef (أ إ آ ٱ → ا), alef-maksura (ى → ي) and teh-marbuta
    (ة → ه) normalisation; removes tatweel and zero-width/bidi controls; maps
    Eastern Arabic digits to ASCII and non-breaking spaces to spaces.

    Args:
        text: original text.

    Returns:
        The normalised text (possibly shorter than the original).
    """
    if not text:
        return ""
    # A regex over the few characters that change, with a dict lookup per hit, is
    # about twice as fast as str.translate with a non-ASCII table (measured).
    return _changed_re().sub(_replacement(), text)


@lru_cache(maxsize=1)
def _replacement():
    lookup = {chr(cp): value for cp, value in _table().items()}.__getitem__
    return lambda m: lookup(m.group())


def normalize_map(text: str) -> tuple[str, np.ndarray]:
    """Normalise ``text`` and map each normalised character back to the original.

    Args:
        text: original text.

    Returns:
        ``(normalized, offsets)`` where ``offsets`` has ``len(normalized) + 1``
        entries: ``offsets[i]`` is the index in ``text`` of the character that
        produced ``normalized[i]``, and the last entry is ``len(text)``. A span
        ``[i, j)`` of the normalised text corresponds to
        ``text[offsets[i]:offsets[j]]``, which keeps the diacritics and tatweel
        that follow the last letter (``text[offsets[i]:offsets[j - 1] + 1]``
        stops at the last base letter).
    """
    norm = normalize(text)
    if len(norm) == len(text) and _length_preserving(text):
        return norm, np.arange(len(text) + 1)
    table = _table()
    offsets = []
    for i, ch in enumerate(text):
        mapped = table.get(ord(ch), ch)
        offsets.extend([i] * len(mapped))
    offsets.append(len(text))
    return norm, np.asarray(offsets, dtype=np.int64)


def _length_preserving(text: str) -> bool:
    table = _table()
    for m in _changed_re().finditer(text):
        if len(table[ord(m.group())]) != 1:
            return False
    return True


def tokenize(text: str) -> list[str]:
    """Split text into words and punctuation with CAMeL Tools' ``simple_word_tokenize``."""
    return _word_tokenizer()(text)


@lru_cache(maxsize=1)
def _word_tokenizer():
    from camel_tools.tokenizers.word import simple_word_tokenize

    return simple_word_tokenize


def is_arabic(text: str, *, threshold: float = 0.3) -> bool:
    """Tell whether at least ``threshold`` of the letters in ``text`` are Arabic."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    arabic = sum(1 for c in letters if ARABIC_LETTER.match(c))
    return arabic / len(letters) >= threshold


def strip_controls(text: str) -> str:
    """Remove bidi override and zero-width characters (display safety)."""
    return _CONTROL_RE.sub("", text)


if __name__ == "__main__":  # pragma: no cover - manual check
    for line in sys.stdin:
        print(normalize(line.rstrip("\n")))
