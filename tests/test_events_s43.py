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


# ------------------------------------------------------------------ what a side ought to do has not happened
def _sa_gb(text):
    return _pairs(one(text, published="2018-03-07", focus="SA", partners=("GB",)))


def test_an_ngo_saying_what_the_state_ought_to_do_with_a_visit_gives_no_visit():
    # CN-middleEast-205-20180307 (s30-mix, a no-event sentence)
    assert _sa_gb("من جانبها، قالت كيت آلن، مسؤولة بريطانيا في \"منظمة العفو الدولية\"، إن على بريطانيا استغلال "
                  "زيارة ولي العهد السعودي لإظهار صلابة موقفها حيال القضايا الشائكة في المملكة وخارجها.") == []


def test_the_oppositions_call_on_the_prime_minister_gives_no_denied_supply():
    # CN-middleEast-205-20180307 (s30-mix): Corbyn's "على تريزا ماي أن تستغل … لن تواصل تزويد السعودية بالأسلحة"
    assert _sa_gb("ونقلت عن رئيس حزب العمال المعارض، جيرمي كوربين، قوله لها: \"على تريزا ماي أن تستغل هذه الزيارة "
                  "لإعلان أن المملكة المتحدة لن تواصل تزويد السعودية بالأسلحة طالما استمر القصف المدمر الذي تقوده "
                  "السعودية في اليمن.") == []


def test_a_fixed_phrase_after_inna_is_no_obligation():
    # composed: "إن على رأس أولوياتها" opens no obligation; the visit stays
    assert _sa_gb("وقالت ماي إن على رأس أولوياتها خلال زيارة ولي العهد السعودي لبريطانيا بحث الحرب في اليمن.") \
        == [["SA", "GB", "042"]]
