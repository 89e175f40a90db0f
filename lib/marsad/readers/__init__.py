"""Reading: every input format into documents + segments + a manifest that accounts for each entry.

Formats are readers registered by name (:mod:`marsad.readers.base`): text
pages (:mod:`~marsad.readers.page`), HTML (:mod:`~marsad.readers.html`), ANT
articles (:mod:`~marsad.readers.ant`), CSV/TSV, JSON Lines, JSON and Parquet
tables (:mod:`~marsad.readers.tables`). :mod:`~marsad.readers.walk` lists every
entry of a corpus, :mod:`~marsad.readers.segments` bounds segment sizes, and
:mod:`~marsad.readers.corpus` holds the one read loop.
"""
from marsad.readers import formats  # noqa: F401  (imports every format: they register themselves)
from marsad.readers.base import *  # noqa: F401,F403
from marsad.readers.base import __all__ as _base_all
from marsad.readers.corpus import *  # noqa: F401,F403
from marsad.readers.formats import reader_for  # noqa: F401
from marsad.readers.corpus import __all__ as _corpus_all
from marsad.readers.decode import *  # noqa: F401,F403
from marsad.readers.decode import __all__ as _decode_all
from marsad.readers.html import *  # noqa: F401,F403
from marsad.readers.html import __all__ as _html_all
from marsad.readers.page import *  # noqa: F401,F403
from marsad.readers.page import __all__ as _page_all
from marsad.readers.segments import *  # noqa: F401,F403
from marsad.readers.segments import __all__ as _segments_all
from marsad.readers.walk import *  # noqa: F401,F403
from marsad.readers.walk import __all__ as _walk_all

__all__ = sorted({"reader_for", *_base_all, *_corpus_all, *_decode_all, *_html_all, *_page_all, *_segments_all, *_walk_all})
