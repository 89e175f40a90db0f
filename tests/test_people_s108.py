"""people108 (session 42): heldout46's kunya class (a development split since the lead's final run on 4f126e39).
M1: a kunya after a cue (المكنى، الملقب، المعروف باسم; an optional ب and quotes) right after a discovered full name is
that person (حسن يحيى الوشلي، المكنى "أبو مجد"); the recogniser's own span of the kunya gives way to it. M0: a kunya's
first word (أبو) never names alone the person whose name starts with it (أبو الباقر الحكيم … المكنى "أبو مجد" gave a
row أبو of al-Hakim). Counter-examples: no full name right before the cue; a kunya with no cue; a cue with no kunya;
a first name alone after its full name is still that person."""
from conftest import mentions_in, regex_recognizer


def _people(texts, *patterns, one_document=False):
    df = mentions_in(texts, regex_recognizer(*patterns), one_document=one_document)
    df = df[df["entity_type"] == "person"]
    return list(zip(df["surface"], df["entity_id"]))


def test_a_kunya_after_its_cue_is_the_full_name_before_it():
    rows = _people('كذلك قتل القيادي الحوثي، حسن يحيى الوشلي، المكنى "أبو مجد"، مع عدد من مرافقيه.',
                   "حسن يحيى الوشلي")
    assert [s for s, _e in rows] == ["حسن يحيى الوشلي", "أبو مجد"] and len({e for _s, e in rows}) == 1
    # the cue with a glued ب, والمكنى without quotes, الملقب بـ and quotes
    for text, name, kunya in (("وأوقفت الوحدات الإرهابي طارق جدعون المكنى بأبو حمزة في العاصمة.", "طارق جدعون", "أبو حمزة"),
                              ("قتل القيادي عبدالله محمد الرزامي والمكنى أبو زيد في الغارة.", "عبدالله محمد الرزامي", "أبو زيد"),
                              ('وقال إن كريم الخطيب الملقب بـ"أبي عياض" فر.', "كريم الخطيب", "أبي عياض")):
        rows = _people(text, name)
        assert [s for s, _e in rows] == [name, kunya] and len({e for _s, e in rows}) == 1, text


def test_the_recognisers_own_kunya_span_gives_way():
    # the recogniser finds the kunya as a name of its own: it is the full name's person, one row
    rows = _people('وقتل أحمد حسين القوبري، المكنى "أبو ابراهيم"، في غارة.', "أحمد حسين القوبري", "أبو ابراهيم")
    assert [s for s, _e in rows] == ["أحمد حسين القوبري", "أبو ابراهيم"] and len({e for _s, e in rows}) == 1


def test_a_kunyas_first_word_alone_names_nobody():
    rows = _people('وقتل القيادي أبو الباقر الحكيم في غارة. كذلك قتل حسن يحيى الوشلي، المكنى "أبو مجد"، مع مرافقيه.',
                   "أبو الباقر الحكيم", "حسن يحيى الوشلي")
    assert "أبو" not in [s for s, _e in rows]
    # (no cue: the recogniser's أبو مجد only, never أبو alone for al-Hakim)
    rows = _people("وقتل القيادي أبو الباقر الحكيم في غارة. وقال أبو مجد إن الغارة استهدفت منزله.", "أبو الباقر الحكيم")
    assert [s for s, _e in rows] == ["أبو الباقر الحكيم"]


def test_counter_examples():
    # no full name right before the cue: no row
    assert _people("وقال المدرب إن اللاعب المعروف باسم أبو الهول غاب.") == []
    # a kunya with no cue after the name: not the name's person
    rows = _people("وقتل أحمد حسين القوبري في غارة، وقال أبو ابراهيم إنه شاهد ذلك.", "أحمد حسين القوبري")
    assert [s for s, _e in rows] == ["أحمد حسين القوبري"]
    # a cue with no kunya after it (a nickname that is no kunya): nothing added
    rows = _people("وكان اللاعب محمد زيدان الملقب بأمير القلوب قد اعتزل.", "محمد زيدان")
    assert [s for s, _e in rows] == ["محمد زيدان"]
    # a first name alone after its full name is still that person (people69's rule, untouched)
    rows = _people({0: "وسجل عمر الخطيب هدفين في المباراة.", 1: "وكانت رسالة عمر واضحة للجميع."}, "عمر الخطيب",
                   one_document=True)
    assert [s for s, _e in rows] == ["عمر الخطيب", "عمر"] and len({e for _s, e in rows}) == 1
