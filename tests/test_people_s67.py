"""people67 (session 32): club names mined from the unannotated news text (``marsad.training.kb_mine``,
``data/kb/mined_clubs.txt``) are no people; the miner's rule on composed articles, with counter-examples."""
from conftest import mentions_in, regex_recognizer

from marsad.lang.text import normalize
from marsad.mentions.named_organisations import mined_clubs


def _people(texts, pers):
    df = mentions_in(dict(enumerate(texts)), regex_recognizer(*pers), one_document=True)
    df = df[df["entity_type"] == "person"]
    return sorted(texts[r.position][r.start:r.end] for r in df.itertuples())


def test_the_shipped_list_holds_clubs_and_no_name_words():
    from marsad.mentions import people as P

    clubs = mined_clubs()
    assert {normalize(w) for w in ("توتنهام", "ليستر", "بايرن ميونيخ", "غوانزو")} <= clubs
    bad = P.common_words() | P.known_first() | P.title_words()
    assert not any(w in bad for c in clubs for w in c.split())


def test_a_mined_club_taken_for_a_person_is_no_person():
    # a club's name of two words the recogniser tags as a person (each fails without the mined list)
    assert _people(["وفاز بوكا جونيورز على منافسه بهدفين."], ["بوكا جونيورز"]) == []
    assert _people(["وتعادل سيلتا فيغو مع ضيفه.", "وكان سيلتا فيغو قد خسر."], ["سيلتا فيغو"]) == []
    assert _people(["وقال رئيس النادي إن بايرن ميونيخ جاهز."], ["بايرن ميونيخ"]) == []
    # a one-word club name after a sport role (the one-word-after-role rule would keep it)
    assert _people(["وأكد المهاجم سوشو جاهزيته للمباراة."], ["سوشو"]) == []


def test_counter_examples_stay_people():
    # a name in no mined list stays the person the recogniser found
    assert _people(["وفاز داريلو كامبوس بالجائزة.", "وقال داريلو إنه سعيد."], ["داريلو كامبوس", "داريلو"]) == [
        "داريلو", "داريلو كامبوس"]
    # a person named in full whose family name is a mined club word keeps it in the document (the club named alone
    # there is left to that person: the opener rule's exception)
    texts = ["وسجل بارتيزان هدفين.", "وقال المدرب ديفيد بارتيزان إن الفوز مستحق."]
    assert _people(texts, ["ديفيد بارتيزان", "بارتيزان"]) == ["بارتيزان", "ديفيد بارتيزان"]
    texts = ["وسجل جيمي ليستر هدف الفوز.", "وقال ليستر بعد المباراة إنه سعيد."]
    assert _people(texts, ["جيمي ليستر", "ليستر"]) == ["جيمي ليستر", "ليستر"]


def _article(tmp, name, text):
    p = tmp / f"{name}.txt"
    p.write_text(f"<DOC>\n<TITLE>عنوان</TITLE>\n<TEXT>\n{text}\n</TEXT>\n</DOC>\n", "utf-8")
    return p


def test_the_miner_rule_on_composed_articles(tmp_path):
    from marsad.training import kb_mine as M

    arts = [
        _article(tmp_path, "a", "وقال مدرب زوربينو إن الفريق جاهز. وفاز نادي كرافيتا على ضيفه."),
        _article(tmp_path, "b", "وانتقل لاعب زوربينو إلى الدوري. وتألق مهاجم كرافيتا."),
        # (كرافيتا is also a person's name after a definite role in two documents: no club)
        _article(tmp_path, "c", "وقال المدرب كرافيتا إن الفريق جاهز. وسجل جمهور موندالو."),
        _article(tmp_path, "d", "وأكد المهاجم كرافيتا جاهزيته. وهتف جمهور موندالو."),
    ]
    clubs, _names = M.mine(arts)
    got = {c[0] for c in clubs}
    # two documents after two distinct nouns (مدرب، لاعب)
    assert normalize("زوربينو") in got
    # after a definite role in as many documents as after a club noun: a person's name
    assert normalize("كرافيتا") not in got
    # two documents but one noun only (جمهور)
    assert normalize("موندالو") not in got


def test_a_mined_club_glued_before_a_player_after_a_role_leaves_the_span():
    # the role's club (a mined one-word club), then the player: the span starts after the club
    assert _people(["وسجل مهاجم سبارتاك كوينسي بروميس هدف الفوز."], ["سبارتاك كوينسي بروميس"]) == ["كوينسي بروميس"]
    # no role before it: the span is left as the recogniser gave it
    assert _people(["وقال سبارتاك كوينسي بروميس إن الفوز مستحق."], ["سبارتاك كوينسي بروميس"]) == [
        "سبارتاك كوينسي بروميس"]


def test_an_opener_with_a_pronoun_before_a_mined_club_names_no_person():
    # ناديه 'his club' (also the first name نادية once normalised) before a mined club: the club, in the whole document
    texts = ["فيرييا يرفض انضمام اللاعب.", "وأكد المدرب ارتباطه مع ناديه فيرييا البلغاري."]
    assert _people(texts, ["فيرييا", "ناديه فيرييا"]) == []
    # a real first name before it keeps the person (see test_counter_examples_stay_people)
    texts = ["وسجل جيمي ليستر هدف الفوز.", "وقال ليستر بعد المباراة إنه سعيد."]
    assert _people(texts, ["جيمي ليستر", "ليستر"]) == ["جيمي ليستر", "ليستر"]
