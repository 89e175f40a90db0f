"""Sessions 117-118 (events117, events118): the act of a condition is no event (Q), with two readings kept out (Q′).
A cue starting inside a protasis (إذا, في حال(ة), لو, ما لم; not "عما إذا", whether) gives no row, the cue loop's
(status._status_of) and the construction families' (extract._drop_protasis_rows) alike; the answer of the condition
(the threat, the pledge) keeps its row. Q′: an if-need-be phrase ("في حال تطلب الأمر", "إذا لزم الأمر", markers.csv
IF_NEED_BE) is a protasis closed in itself, and "في حالة" + a state ("في حالة ترقب", CONDITION_STATE) is no condition:
the act after them keeps its row. Composed sentences of another pair than the ones the rule was written from
(Turkey-Greece, Egypt-Jordan), with counter-examples: a whether-clause, a condition closed by a comma before the act, an
answer opened by ف or a future verb, "لو" inside a name, a condition word too far before the cue; for Q′, "في حالة" + an
act's masdar or a verb (a condition still) and a real condition after an if-need-be phrase."""
import re

from conftest import paragraphs_corpus

from marsad.events import extract_events
from marsad.events.status import in_protasis
from marsad.lang.text import normalize


def _rows(text, focus="TR", partner="GR"):
    table = extract_events(paragraphs_corpus([text], published="2018-04-10"), focus=focus, partners=(partner,),
                           learned=False)
    return [(r["source"], r["target"], r["cameo_code"]) for r in table.to_dict("records") if r["kind"] == "event"]


def _inside(text, cue):
    n = normalize(text)
    m = re.compile(re.escape(normalize(cue))).search(n)
    return in_protasis(n, 0, m.start())


def test_a_conditions_act_gives_no_row():
    # (on main: TR->GR 042 hypothetical, GR->TR 190 hypothetical, JO->EG 043 hypothetical)
    rows = _rows("وفي حال زار الرئيس التركي رجب طيب أردوغان اليونان فستكون هذه أول زيارة لرئيس تركي منذ سنوات.")
    assert ("TR", "GR", "042") not in rows
    rows = _rows("وقال وزير الدفاع التركي: سنرد بقوة إذا هاجمت اليونان الجزر التركية.")
    assert ("GR", "TR", "190") not in rows
    assert ("TR", "GR", "130") in rows  # the threat it conditions is kept
    rows = _rows("وفي حالة استقبل العاهل الأردني الرئيس المصري في عمان فإن القمة ستبحث ملف الغاز.", "EG", "JO")
    assert ("JO", "EG", "043") not in rows


def test_the_answer_and_real_acts_keep_their_rows():
    assert ("TR", "GR", "131") in _rows("وهددت تركيا اليونان بعقوبات إذا لم تسحب قواتها.")
    assert ("GR", "TR", "087") not in _rows("وهددت تركيا اليونان بعقوبات إذا لم تسحب قواتها.")
    # a condition closed before the act, an act with no condition, a whether-clause: rows as before
    assert ("TR", "GR", "042") in _rows("وإذا كانت العلاقات متوترة، فقد زار الرئيس التركي رجب طيب أردوغان اليونان الاثنين.")
    assert ("TR", "GR", "042") in _rows("وزار الرئيس التركي رجب طيب أردوغان اليونان الاثنين، إذ التقى رئيس الوزراء اليوناني.")
    assert ("TR", "GR", "042") in _rows("وتساءل الوزير عما إذا زار الرئيس التركي اليونان سرا.")


def test_in_protasis():
    assert _inside("وفي حال توجه الرئيس إلى أنقرة فستكون أول زيارة", "توجه")
    assert _inside("سندمر المواقع إذا هاجمت قواتهم الجزر", "هاجمت")
    assert _inside("إنه في حال قامت أثينا بتطوير أسلحة ستقوم بالمثل", "قامت")
    assert _inside("وحتى لو زار الرئيس أنقرة", "زار")
    assert _inside("إذا أقدمت اليونان على مهاجمة الجزر", "مهاجمة")
    assert _inside("ما لم تسحب اليونان قواتها", "تسحب")
    # counter-examples: whether, a comma, an answer opened by ف or a future verb, لو of a name, too far
    assert not _inside("وتساءل عما إذا زار الرئيس أنقرة", "زار")
    assert not _inside("وإذا كانت العلاقات متوترة، زار الرئيس أنقرة", "زار")
    assert not _inside("إذا طلبت أثينا ذلك فسنرسل قوات إلى الجزر", "فسنرسل")
    assert not _inside("إذا لزم الأمر سنرسل قوات إلى الجزر", "سنرسل")
    assert not _inside("وقال برونو لو مير زار أنقرة", "زار")
    assert not _inside("وإذا كانت العلاقات بين البلدين متوترة منذ سنوات طويلة جدا فإن الرئيس زار أنقرة", "زار")
    assert not _inside("لو كانت العلاقات بين البلدين جيدة ومستقرة منذ سنوات عديدة لقام الرئيس بزيارة أنقرة", "زيارة")


def test_if_need_be_leaves_the_act_after_it_to_the_main_clause():
    # (Q alone dropped these rows; main and Q′ keep them)
    assert ("TR", "GR", "070") in _rows("وأكد الوزير أن اليونان ستحصل في حال تطلب الأمر على دعم عسكري إضافي من تركيا.")
    assert not _inside("وأكد أن اليونان ستحصل في حال تطلب الأمر على دعم عسكري من تركيا", "دعم")
    assert not _inside("وقال إن تركيا سترسل إذا لزم الأمر قوات إلى الجزر", "قوات")
    assert not _inside("وقال إن أنقرة ستقدم إذا اقتضت الضرورة مساعدات لأثينا", "مساعدات")
    assert not _inside("وقال إن أنقرة ستقدم في حال الضرورة مساعدات لأثينا", "مساعدات")
    assert not _inside("وقال إن أنقرة ستتدخل لو استدعى الأمر ذلك عسكريا في الجزر", "عسكريا")
    # counter-examples: a real condition after or around the phrase stays a condition
    assert _inside("وقال إنه إذا لزم الأمر ثم إذا هاجمت اليونان الجزر", "هاجمت")
    assert not _inside("وفي حال تطلب الأمر ذلك وزار الرئيس أنقرة", "زار")  # the phrase closes: the act is main
    assert _inside("إذا هاجمت اليونان الجزر", "هاجمت")
    assert ("GR", "TR", "190") not in _rows("وقال إن تركيا لن تتردد، إذا هاجمت اليونان الجزر إذا لزم الأمر، في الرد.")


def test_a_state_after_fi_halat_is_no_condition():
    # (Q alone dropped this row; main and Q′ keep it)
    rows = _rows("رجال الأعمال اليونانيون في حالة ترقب لزيارة الرئيس التركي رجب طيب أردوغان إلى أثينا.")
    assert ("TR", "GR", "042") in rows
    assert not _inside("رجال الأعمال في حالة ترقب لزيارة الرئيس التركي", "زيارة")
    assert not _inside("والأسواق اليونانية في حالة من الترقب لزيارة الرئيس", "زيارة")
    assert not _inside("والجيش اليوناني في حالة تأهب منذ هجوم القوات التركية", "هجوم")
    assert not _inside("والبلدان في حالة حرب منذ اجتياح القوات التركية", "اجتياح")
    # counter-examples: "في حالة" + an act's masdar or a verb is a condition ("in case of an attack")
    assert _inside("وفي حالة هجوم اليونان على الجزر التركية", "هجوم")
    assert _inside("وفي حالة هاجمت اليونان الجزر التركية", "هاجمت")
    assert _inside("وفي حال عدم انسحاب اليونان من الجزر", "انسحاب")
    assert ("GR", "TR", "190") not in _rows("وفي حالة هجوم اليونان على الجزر التركية فإن أنقرة سترد بقوة.")
    assert ("GR", "TR", "130") in _rows("وفي حالة هجوم اليونان على الجزر التركية فإن أنقرة سترد بقوة.")
