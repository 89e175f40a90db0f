"""The formats Marsad reads, and the choice of a reader for a file.

Importing this module imports every format module (``page``, ``html``, ``ant``, ``tables``, ``xmldoc``, ``office``, ``message``, ``social``, ``markdown``); each
registers itself in :data:`marsad.readers.base.READERS` with ``@register``. The registry (``base``) never imports the
formats, so the layering has no cycle: formats -> base, and readers.corpus -> formats.
"""
from __future__ import annotations

from marsad.readers import ant, html, markdown, message, office, page, social, tables, xmldoc  # noqa: F401  (the formats register themselves)
from marsad.readers.base import READERS, Reader, Source
from marsad.readers.decode import DecodeError

__all__ = ["reader_for"]


def reader_for(source: Source) -> Reader:
    """The reader of a file: by suffix claim, else the first sniffer that recognises its text.

    Raises:
        DecodeError: the file is not text (and no reader claims its suffix).
    """
    for reader in READERS.values():
        if source.suffix in reader.suffixes:
            return reader
    head = source.text[:20_000]
    for reader in sorted(READERS.values(), key=lambda r: r.order):
        if reader.sniff is not None and reader.sniff(head):
            return reader
    raise DecodeError("no reader recognises this file")


def _load() -> None:
    """Import the format modules (they register themselves)."""
    if not READERS:
        from marsad.readers import ant, html, markdown, message, office, page, social, tables, xmldoc  # noqa: F401
