"""The forty-first session's rules (development data only: heldout25's errors read after its blind run)."""
from _people import person_rows


def test_a_given_name_that_reads_as_lam_and_a_present_verb_is_a_name_with_its_common_surname():
    # CN-sport-92-20180312 (heldout25): ليروي (Leroy) is no ل + يروي ('to narrate'), and ساني, a word of the built
    # common-word list, is his surname after it
    rows = person_rows(["وجاء زميله الألماني في الفريق، ليروي ساني، في المركز الثالث في تصويت الجماهير."])
    assert [s for _p, s, _e in rows] == ["ليروي ساني"]


def test_lam_and_a_present_verb_written_with_alef_maqsura_starts_no_name():
    # ليتولى ('to take over') before a name is the verb: the person is the name after it alone
    rows = person_rows(["وعاد المدرب ليتولى زيدان تدريب الفريق من جديد."])
    assert all(not s.startswith("ليتول") for _p, s, _e in rows)


_ABDELMOTTALEB = "نشرت القناة تقريراً مصوّراً لمنزل المقيم المصري عبدالمطلب أحمد، الذي توفي إثر إصابته بشظايا الصاروخ."


def test_a_first_name_after_a_question_word_in_a_question_names_its_person():
    # CN-middleEast-391-20180327 (a probed article): فين ('where', also the first name Vin) before the first name of
    # the document's عبدالمطلب أحمد in a quoted question is no name word before it
    rows = person_rows([_ABDELMOTTALEB, "وقال أحد معارفه: خرجنا، فبقله: (فين عبدالمطلب؟)، مضيفاً بأنه حاول الدخول."])
    assert [(p, s) for p, s, _e in rows] == [(0, "عبدالمطلب أحمد"), (1, "عبدالمطلب")]
    assert rows[0][2] == rows[1][2]


def test_standard_ayna_before_a_first_name_in_a_question_makes_no_relative():
    # أين ('where') is a first name of the knowledge base too (اين): in a question it starts no relative's name
    rows = person_rows([_ABDELMOTTALEB, "وسأله جاره: (أين عبدالمطلب؟)، ثم دخل الغرفة."])
    assert [(p, s) for p, s, _e in rows] == [(0, "عبدالمطلب أحمد"), (1, "عبدالمطلب")]


def test_a_first_name_after_ayna_outside_a_question_is_still_another_name():
    # no question mark: اين before the name is left as it was (no row for the first name alone)
    rows = person_rows([_ABDELMOTTALEB, "وقال اين عبدالمطلب إن الحادث وقع ليلا."])
    assert (1, "عبدالمطلب") not in [(p, s) for p, s, _e in rows]
