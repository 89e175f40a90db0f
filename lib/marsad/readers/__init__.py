"""Reading: every input format into documents + segments + a manifest that accounts for each file."""
from marsad.readers.corpus import *  # noqa: F401,F403
from marsad.readers.corpus import __all__ as _corpus_all
from marsad.readers.page import *  # noqa: F401,F403
from marsad.readers.page import __all__ as _page_all

__all__ = [*_corpus_all, *_page_all]
