"""people87 (session 37): three general classes of heldout41's errors. (1) The preposition أمام (hamza on the alif)
cuts a recogniser span at any word after its first, not only as its last (وقالت ماي أمام مجلس النواب); the surname
Emam, written إمام, is kept. (2) A cup named after a country's king, كأس ملك إسبانيا, holds no country mention (the
title list writes الملك with its article); the king of Spain outside a cup's name is Spain. (3) The Korean demonym's
nominative dual with its adjective is one mention (الكوريان الشماليان); the plural and singular forms are unchanged."""
from conftest import mention_rows


def _rows(texts, typ):
    return mention_rows(texts, typ)


def test_amam_inside_a_span_ends_the_name():
    rows = _rows(["وقالت ماي أمام مجلس النواب البريطاني إن روسيا مسؤولة، وأضافت تيريزا ماي أن لندن سترد."], "person")
    assert [r[1] for r in rows] == ["ماي", "تيريزا ماي"]
    assert rows[0][2] == rows[1][2] == "person:theresa-may"
    assert not any("أمام" in r[1] for r in rows)


def test_the_surname_emam_written_with_a_hamza_below_is_kept():
    rows = _rows(["وشارك الفنان عادل إمام في العرض، وقال عادل إمام إن الفيلم جاهز."], "person")
    assert [r[1] for r in rows] == ["عادل إمام", "عادل إمام"]


def test_the_cup_of_the_king_of_spain_is_no_mention_of_spain():
    rows = _rows(["حقق برشلونة لقب كأس ملك إسبانيا للمرة الثلاثين.", "وتأهل الفريق إلى نهائي كأس ملك اسبانيا."], "country")
    assert rows == []
    # counter-examples: the king of Spain himself, and a cup named after a country's head with a title listed bare
    rows = _rows(["وقال ملك إسبانيا فيليبي السادس إن البلاد موحدة.", "وتوج الفريق بلقب كأس رئيس الإمارات."], "country")
    assert [(r[1], r[2]) for r in rows] == [("إسبانيا", "ES")]
    rows = _rows(["وزار ملك إسبانيا المغرب أمس."], "country")
    assert ("إسبانيا", "ES") in [(r[1], r[2]) for r in rows]


def test_the_korean_nominative_dual_is_one_mention():
    rows = _rows(["وكان الزعيمان الكوريان الشماليان السابقان قد زارا الصين.", "وكان على متنها كوريان جنوبيان."], "country")
    assert [(r[1], r[2]) for r in rows] == [("الكوريان الشماليان", "KP"), ("الصين", "CN"), ("كوريان جنوبيان", "KR")]
    # counter-examples: the plural oblique and the singular stay as they were
    rows = _rows(["واعتقلت السلطات ثلاثة من الكوريين الشماليين.", "والتقى الرئيس الكوري الجنوبي نظيره."], "country")
    assert [(r[1], r[2]) for r in rows] == [("الكوريين الشماليين", "KP"), ("الكوري الجنوبي", "KR")]
