"""Events, session 43 (the twenty-fifth session's second events round; development only): classes read on the lead's
probe of Iran with France, Germany, the UK, Turkey and India (unannotated, 2018) and on s30-mix. A real sentence of the
document named in the comment, or a marked composed one."""
from __future__ import annotations

from test_events import one


def _pairs(ev):
    return ev[["source", "target", "cameo_code"]].values.tolist()


def _ir(text, published="2018-03-10"):
    return one(text, published=published, focus="IR", partners=("FR", "DE", "GB", "TR", "IN"))


# ------------------------------------------------------------------ 11: calling the other side's act unwelcome
def test_calling_the_other_sides_announcement_an_unwelcome_initiative_is_criticism():
    # CN-middleEast-1127 (the lead's session-25 probe, unannotated)
    ev = _ir("ووصف جان إيف لو دريان إعلان إيران بأنها مبادرة غير مرحب بها، مضيفاً أنه دائماً ما يكون "
             "\"التلاعب بالخط الأحمر خطيراً.\"")
    assert _pairs(ev) == [["FR", "IR", "111"]]


def test_calling_a_visit_a_positive_step_is_no_criticism():
    # composed: a favourable predicate after وصف … بأنها
    assert all(p[2] != "111" for p in _pairs(_ir("ووصف ظريف زيارة لودريان بأنها خطوة إيجابية.")))
