"""A demonym is no person, hashtag names, role and adjective chains before a name, a headline name before a verb,
بن-chains, فان before a first name and first-name variants of one surname (composed sentences; the classes read in
the eighteenth session on heldout14's errors, read after its blind run)."""

from marsad.mentions.kb import load_kb
from marsad.lang.text import normalize
from conftest import mentions_in, regex_recognizer, surfaces_in


_rx = regex_recognizer  # the regex person recogniser shared by the people tests (conftest)


def _people(texts, rec=None):
    return surfaces_in(texts, "person", rec, one_document=True)


def _countries(texts, rec=None):
    return surfaces_in(texts, "country", rec, one_document=True)


def test_no_derived_partial_of_a_known_person_is_a_country_word():
    pats = load_kb().patterns
    words = {normalize(p) for p in pats.loc[pats["label"] == "country", "pattern"]}
    partial = pats[(pats["label"] == "person") & pats["coref"]]
    assert not [p for p in partial["pattern"] if normalize(p) in words]


def test_a_demonym_after_the_king_by_name_stays_a_country():
    texts = {"a": "عبر عن حبه للعاهل المغربي محمد السادس", "b": "وانتقده الجمهور المغربي والشعب المغربي",
             "c": "وقال جلالة الملك محمد السادس إن"}
    assert _countries(texts) == [("المغربي", "MA"), ("المغربي", "MA"), ("المغربي", "MA")]
    assert [s for s, _ in _people(texts)] == ["محمد السادس", "محمد السادس"]


def test_a_hashtag_name_is_the_name_without_the_sign_and_a_joined_title_stays_out():
    got = _people({"a": "عبر عن حبه للملك #محمد_السادس #ملك_المغرب",
                   "b": "استقبل خادم الحرمين الشريفين #الملك_سلمان بن عبد العزيز"})
    assert got == [("محمد_السادس", "Q57553"), ("سلمان بن عبد العزيز", "person:salman-of-saudi-arabia")]


def test_a_surname_starting_with_waw_that_the_recogniser_tags_alone_twice_is_no_conjunction():
    texts = {"a": "توفي المخرج والمنتج إدريسا ويدراوغو الأحد", "b": "ويعتبر ويدراوغو من الأسماء البارزة",
             "c": "وتوفي ويدراوغو صباح الأحد"}
    rec = _rx(r"إدريسا ويدراوغو", r"(?<=ويعتبر )ويدراوغو", r"(?<=وتوفي )ويدراوغو")
    got = _people(texts, rec)
    assert [s for s, _ in got] == ["إدريسا ويدراوغو", "ويدراوغو", "ويدراوغو"]
    assert len({i for _, i in got}) == 1


def test_a_headline_name_before_a_present_verb_ends_before_it():
    texts = {"t": "شاهد.. المغني المصري كاريكا يعتذر لملك المغرب", "a": "نشر المغني عصام كاريكا مقطعا"}
    got = _people(texts, _rx(r"كاريكا يعتذر", r"عصام كاريكا"))
    assert [s for s, _ in got] == ["كاريكا", "عصام كاريكا"]
    assert len({i for _, i in got}) == 1


def test_a_short_first_name_of_a_longer_one_with_the_same_surname_is_one_person():
    texts = {"a": "التقى ترامب مع الجنرال جوزيف دانفورد في البيت الأبيض", "b": "ورافق كوشنر الجنرال جو دانفورد"}
    got = _people(texts, _rx(r"جوزيف دانفورد", r"جو دانفورد"))
    assert [s for s, _ in got if "دانفورد" in s] == ["جوزيف دانفورد", "جو دانفورد"]
    assert len({i for s, i in got if "دانفورد" in s}) == 1


def test_fan_before_a_first_name_and_a_surname_is_fa_inna():
    got = _people("وبالمقارنة مع رؤساء الوزراء السابقين فان برنار كازنوف حاز على نسبة تأييد",
                  _rx(r"فان برنار كازنوف"))
    assert [s for s, _ in got] == ["برنار كازنوف"]


def test_a_name_chain_keeps_its_first_word_and_its_family_name():
    got = _people({"a": "عضو مجلس الوزراء الدكتور مساعد بن محمد العيبان، ووزير المالية",
                   "b": "استقبل خادم الحرمين الشريفين الملك سلمان بن عبد العزيز آل سعود في مكتبه",
                   "c": "فبعد أن تشاهد فيلم بن مبارك يكاد يبدو"},
                  _rx(r"مساعد بن محمد العيبان", r"فيلم بن مبارك"))
    # (a work named after its author is no name chain: فيلم بن مبارك, 'Ben Mbarek's film')
    assert [s for s, _ in got][:2] == ["مساعد بن محمد العيبان", "سلمان بن عبد العزيز آل سعود"]
    assert "فيلم بن مبارك" not in [s for s, _ in got]


def test_a_hashtag_sign_before_a_surname_stays_inside_the_name():
    got = _people("وزير الخزانة البريطاني فيليب #هاموند .", _rx(r"فيليب", r"هاموند"))
    assert [s for s, _ in got] == ["فيليب #هاموند"]


def test_fan_before_the_first_word_of_a_full_name_of_the_document_is_fa_inna():
    texts = {"a": "عندما يلعب مع توتنهام فان سون هيونغ-مين يمتلك شركاء", "b": "ومع ذلك فان سون لم يستطع",
             "c": "وقال سون هيونغ-مين لاعب الوسط"}
    got = _people(texts, _rx(r"سون هيونغ-مين", r"(?<=فان )سون(?= لم)"))
    assert not [s for s, _ in got if s.startswith("فان")]
    assert len({i for _, i in got}) == 1


def test_a_surname_of_a_discovered_full_name_is_no_spelling_of_a_known_person():
    texts = {"a": "ورئيس الاتحاد الأوروبي السابق ميشيل بلاتيني لعب دورا", "b": "وكان بلاتيني نفسه قد تلقى"}
    got = _people(texts, _rx(r"ميشيل بلاتيني", r"(?<=وكان )بلاتيني"))
    assert [s for s, _ in got] == ["ميشيل بلاتيني", "بلاتيني"]
    assert len({i for _, i in got}) == 1 and "person:john-bolton" not in {i for _, i in got}


def test_a_name_sharing_only_consonants_with_a_known_person_is_someone_else():
    from marsad.lang.text import normalize as n
    from marsad.mentions.kb_names import _skeleton_spelling
    from marsad.mentions.people import skeleton
    for name in ("جيورجيو كيليني", "ديانا بارون", "جريج بروك", "محمد جابر", "بلاتيني"):
        assert not _skeleton_spelling(n(name), skeleton(n(name))), name
    for name in ("ويليام جينينغز بريان", "رفائيل نادال", "بوريس جونسن", "دونالد تاسك", "ترمب"):
        assert _skeleton_spelling(n(name), skeleton(n(name))), name
    got = _people("وحضرها له زميله المدافع جيورجيو كيليني في تورينو", _rx(r"جيورجيو كيليني"))
    assert got and got[0][1] != "person:george-clooney"
