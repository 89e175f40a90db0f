"""people40 (session 24, third round, development only): heldout25's full names after a role that the recogniser
found but span cleaning cut (development data since its blind run)."""
from _people import person_rows as _people


def test_a_surname_with_waw_after_a_role_and_a_nationality_adjective_stays_in_the_name():
    # AL-internationalNews-493-20180316 (heldout25): وليامسون is Williamson, not و + a word
    rows = _people(["وقالت الصحيفة أن وزير الدفاع البريطاني جافين وليامسون \"ربما ينقصه الخبرة\"."])
    assert [s for _p, s, _e in rows] == ["جافين وليامسون"]


def test_the_surname_then_names_the_same_person_alone():
    rows = _people(["وقال وزير الدفاع البريطاني جافين وليامسون إن بلاده سترد.", "وأضاف وليامسون أن الرد قريب."])
    assert len({e for _p, _s, e in rows}) == 1 and (1, "وليامسون", rows[0][2]) in rows


def test_without_the_role_a_waw_word_after_an_unknown_word_is_still_a_conjunction():
    # no role before the pair: the cut of the recogniser's span stays as it was
    rows = _people(["وقال جافين وليامسون إن بلاده سترد."])
    assert not any(s == "جافين وليامسون" for _p, s, _e in rows)


def test_a_common_word_after_a_role_and_a_first_name_is_the_surname():
    # JA-localNews-1896-20161018 (heldout25): خلبوس is on the built common-word list (Jawhara FM names the minister
    # so often), سليم is of the cluster of first names
    rows = _people(["ومن جهة أخرى، لوحظ تجاهل الوزير سليم خلبوس لمضمون مراسلة النقابة."])
    assert [s for _p, s, _e in rows] == ["سليم خلبوس"]


def test_a_time_word_after_a_role_and_a_first_name_is_no_surname():
    rows = _people(["وقال الوزير سليم أمس إن المشروع سينطلق."])
    assert not any("أمس" in s for _p, s, _e in rows)
