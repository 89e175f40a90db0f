"""Recogniser spans that swallow a verb, a noun or an adjective, a pronoun after a name, a three-word name named by
its last two, a foreign first name that the news text has as a common word, and a nationality adjective standing
for a role (composed sentences; the classes read in the sixteenth session on heldout12's errors, read after its
blind run)."""
import pandas as pd

from marsad.mentions import find_mentions
from marsad.mentions.people import kin_name_recognizer, role_name_recognizer
from conftest import regex_recognizer


_rx = regex_recognizer  # the regex person recogniser shared by the people tests (conftest)


def _rx_kin(*patterns):
    """The regex recogniser plus the kinship recogniser that the default recogniser includes."""
    rx = _rx(*patterns)
    return lambda texts: [a + b for a, b in zip(rx(texts), kin_name_recognizer(texts))]


def _people(texts, rec):
    if isinstance(texts, str):
        texts = {"a": texts}
    segs = pd.DataFrame({"doc_id": ["d"] * len(texts), "section": "paragraph", "position": range(len(texts)),
                         "text": list(texts.values())})
    df = find_mentions(segs, recognizer=rec)
    df = df[df["entity_type"] == "person"]
    return list(zip(df["surface"], df["entity_id"]))


def test_a_nisba_adjective_after_a_role_is_no_part_of_a_one_word_name():
    got = _people({"t": "الحارس الأسطوري بوفون يلتحق بالنادي",
                   "p": "تعاقد النادي مع الحارس الشهير جانلويجي بوفون لمدة عام. وقال بوفون إنه سعيد",
                   "q": "نشعر بفخر في الترحيب بجانلويجي بوفون في عائلة النادي"},
                  _rx(r"الأسطوري بوفون", r"ب?جانلويجي بوفون", r"(?<= )بوفون(?= إنه)"))
    assert [s for s, _ in got] == ["بوفون", "جانلويجي بوفون", "بوفون", "جانلويجي بوفون"]
    assert len({e for _, e in got}) == 1


def test_a_present_verb_after_a_name_in_a_headline_ends_it():
    got = _people({"t": "جثمان الفنانة مي سكاف يوارى الثرى قرب باريس",
                   "p": "شيعت الفنانة مي سكاف إلى مثواها"}, _rx(r"مي سكاف يوارى الثرى", r"مي سكاف(?= إلى)"))
    assert [s for s, _ in got] == ["مي سكاف", "مي سكاف"]
    assert len({e for _, e in got}) == 1
    # a name word after a connector is a name (عماد بن يونس: يونس/تونس)
    assert [s for s, _ in _people("تعيين اللاعب السابق عماد بن يونس مدربا", _rx(r"عماد بن يونس"))] == ["عماد بن يونس"]


def test_a_noun_before_the_first_name_of_a_longer_name_of_the_document_is_no_name_word():
    got = _people({"a": "شيعت الفنانة مي سكاف إلى مثواها", "b": "انطلق الموكب يتقدمه نعش مي محمولا على الأكتاف"},
                  _rx(r"مي سكاف", r"نعش مي"))
    assert [s for s, _ in got] == ["مي سكاف", "مي"]
    assert len({e for _, e in got}) == 1
    # the same shape where no longer name of the document starts with the second word stays a name
    assert [s for s, _ in _people("أعلنت الشاعرة آمال موسى استقالتها", _rx(r"آمال موسى"))] == ["آمال موسى"]


def test_a_pronoun_after_an_arabic_name_starts_the_predicate_and_the_cut_name_is_joined():
    text = "وأشاد بالراحل. ومحمد الفاضل خليل هو أصيل ولاية قفصة"
    got = _people({"a": "توفي محمد الفاضل خليل أمس", "b": text}, _rx(r"محمد الفاضل خليل(?= أمس)", r"ومحمد الفاضل", r"خليل هو"))
    assert [s for s, _ in got] == ["محمد الفاضل خليل", "محمد الفاضل خليل"]
    assert len({e for _, e in got}) == 1


def test_a_three_word_arabic_name_names_its_person_by_its_last_two_words():
    got = _people({"a": "توفي محمد الفاضل خليل أمس", "b": "وأضاف أن الفاضل خليل ساهم في استقرار البلاد"},
                  _rx(r"محمد الفاضل خليل"))
    assert [s for s, _ in got] == ["محمد الفاضل خليل", "الفاضل خليل"]
    assert len({e for _, e in got}) == 1


def test_a_common_word_before_the_same_surname_twice_in_a_document_is_a_first_name():
    got = _people({"a": "تعاقد النادي مع الحارس جانلويجي بوفون لمدة عام",
                   "b": "نشعر بفخر كبير في الترحيب بجانلويجي بوفون في عائلة النادي"},
                  _rx(r"(?<!ب)جانلويجي بوفون", r"بجانلويجي بوفون"))
    assert [s for s, _ in got] == ["جانلويجي بوفون", "جانلويجي بوفون"]
    # once only, the common word still leaves the name (no evidence that it is a first name there)
    assert [s for s, _ in _people("تعاقد النادي مع الحارس جانلويجي بوفون لمدة عام", _rx(r"جانلويجي بوفون"))] != [
        "جانلويجي بوفون"]


def test_a_nationality_adjective_after_a_comma_stands_for_a_role():
    text = "وقال رئيس النادي، القطري ناصر الخليفي في بيان إنه سعيد"
    assert [text[s:e] for s, e, _t in role_name_recognizer([text])[0]] == ["ناصر الخليفي"]
    # inside a phrase (no comma before it) the adjective describes the noun before it, as before
    text = "أعلن الاتحاد القطري ناصر الخليفي رئيسا"
    assert [text[s:e] for s, e, _t in role_name_recognizer([text])[0]] == []


def test_a_full_name_misspelt_by_one_letter_is_the_knowledge_base_person_its_document_names():
    got = _people({"a": "طردت الأكاديمية المخرج رومان بولانسي الذي أقر بذلك",
                   "b": "وقرر المجلس طرد المخرج رومان بولانسكي من صفوفه"}, _rx(r"رومان بولانسكي", r"رومان بولانسي"))
    assert [s for s, _ in got] == ["رومان بولانسي", "رومان بولانسكي"]
    assert {e for _, e in got} == {"person:roman-polanski"}
    # alone in its document the misspelt name is someone of its own
    got = _people("طردت الأكاديمية المخرج رومان بولانسي الذي أقر بذلك", _rx(r"رومان بولانسي"))
    assert [e for _, e in got] != ["person:roman-polanski"]


def test_a_relative_named_by_one_first_name_after_a_singular_kinship_noun_with_a_pronoun():
    got = _people("وصل الجاسوس الروسي السابق سيرغي سكريبال وابنته يوليا.", _rx_kin(r"سيرغي سكريبال"))
    assert [s for s, _ in got] == ["سيرغي سكريبال", "يوليا"] and len({e for _, e in got}) == 2
    # an adjective after the kinship noun is no name (خجول 'shy'), nor a first name followed by a surname
    assert [s for s, _ in _people("أكدت للجمهور أن زوجها خجول للغاية", _rx_kin(r"سيرغي سكريبال"))] == []
    got = _people("هنأ الأمير ويليام وزوجته كيت ميدلتون", _rx_kin(r"كيت ميدلتون"))
    # (the royal named by title and first name is a person of his own since people77, as the gold writes him)
    assert [s for s, _ in got] == ["ويليام", "كيت ميدلتون"] and len({e for _, e in got}) == 2


def test_a_relatives_first_name_that_is_a_word_of_the_language_needs_two_mentions_in_the_document():
    texts = {"a": "التي استضافت مي سكاف وابنها جود منذ 2015", "b": "وألقى ابنها جود وعدد من أصدقائها كلمات الوداع"}
    got = _people(texts, _rx_kin(r"مي سكاف"))
    assert [s for s, _ in got] == ["مي سكاف", "جود", "جود"]
    assert len({e for _, e in got}) == 2
    got = _people({"a": "التي استضافت مي سكاف وابنها جود منذ 2015"}, _rx_kin(r"مي سكاف"))
    assert [s for s, _ in got] == ["مي سكاف"]


def test_given_names_the_gazetteers_lack_start_names_even_when_the_built_list_counts_them_as_common():
    from marsad.mentions.people import common_words, given_names, known_first

    from marsad.mentions.name_words import _name_words

    assert {"هاله", "ناديه", "وائل"} <= given_names() <= known_first() & _name_words()
    assert not given_names() & common_words()
    got = _people("وقالت الممثلة هالة صدقي إن الدور صعب", _rx(r"هالة صدقي"))
    assert [s for s, _ in got] == ["هالة صدقي"]
    got = _people("وقال الإعلامي المصري وائل الإبراشي في برنامجه", role_name_recognizer)
    assert [s for s, _ in got] == ["وائل الإبراشي"]
    # a name word that starts with و keeps it (وسيم رزوق, not و + سيم)
    got = _people("هذا ما يتمناه أيضا وسيم رزوق وهو مسيحي من مصر", _rx(r"وسيم رزوق"))
    assert [s for s, _ in got] == ["وسيم رزوق"]


def test_a_regime_named_after_a_world_leaders_surname_is_a_mention_of_him_without_his_full_name():
    got = _people("أبدت تضامنا مع الشعب السوري وموقفا معارضا لنظام الأسد قبل سنوات", _rx(r"مي سكاف"))
    assert got == [("الأسد", "person:bashar-al-assad")]
    # نظام is also 'system': a partial of someone who is no world leader names no regime (نظام سويفت)
    assert _people("أعلن البنك انضمامه إلى نظام سويفت للتحويلات", _rx(r"مي سكاف")) == []


def test_a_verb_in_the_future_or_a_function_word_with_hamza_ends_a_name():
    got = _people({"a": "أعلنت وسائل إعلام أن النجم البرازيلي رونالدينهو سيعود إلى الميادين", "b": "وقال رونالدينهو غاوتشو إنه سعيد"},
                  _rx(r"رونالدينهو سيعود", r"رونالدينهو غاوتشو"))
    assert [s for s, _ in got][:1] == ["رونالدينهو"]
    got = _people({"a": "وقال المدير أليكسي سوروكين فإن كل شخص", "b": "ويرى أليكسي سوروكين أن البطاقة مهمة"},
                  _rx(r"أليكسي سوروكين فإن", r"أليكسي سوروكين(?= أن)"))
    assert [s for s, _ in got] == ["أليكسي سوروكين", "أليكسي سوروكين"]


def test_an_al_word_before_aam_general_is_a_role_not_a_surname():
    texts = {"a": "هو المرحوم كوفي انان الامين العام الاسبق للأمم المتحدة", "b": "قال عمرو موسى، الأمين العام السابق للجامعة"}
    got = _people(texts, _rx(r"كوفي انان الامين", r"عمرو موسى"))
    assert [s for s, _ in got] == ["كوفي انان", "عمرو موسى"]
    # العام is also 'the year': a name before العام الماضي keeps its last word
    got = _people("فاز محمد الأمين العام الماضي بالجائزة", _rx(r"محمد الأمين"))
    assert [s for s, _ in got] == ["محمد الأمين"]
