"""Arabic language layer: normalisation with offsets (:mod:`.text`) and the shared rules (:mod:`.rules`)."""
from marsad.lang.rules import *  # noqa: F401,F403
from marsad.lang.rules import __all__ as _rules_all
from marsad.lang.text import *  # noqa: F401,F403
from marsad.lang.text import __all__ as _text_all

__all__ = [*_text_all, *_rules_all]
