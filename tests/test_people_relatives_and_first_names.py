"""Relatives named by first name after a dual or plural kinship noun, names after a role and its adjective,
organisation nouns as family names, and people named later by first name (composed sentences; the classes read
in the thirteenth session on heldout9's errors, read after its blind run)."""

from marsad.mentions.people import kin_name_recognizer, role_name_recognizer
from conftest import mentions_in, regex_recognizer, surfaces_in


_rx = regex_recognizer  # the regex person recogniser shared by the people tests (conftest)


def _mentions(texts, rec=None):
    return mentions_in(texts, rec)


def _people(texts, rec=None):
    return surfaces_in(texts, "person", rec)


def _spans(text):
    return [text[s:e] for s, e, _t in kin_name_recognizer([text])[0]]


def test_relatives_after_a_dual_or_plural_kinship_noun_are_people_each():
    assert _spans("كشف أن ولديه خالد ولؤي لن يفكرا في دخول المعترك") == ["خالد", "لؤي"]
    assert _spans("إلى السيدة الأولى ميشيل أوباما وابنتي الرئيس ماليا وساشا، قدرت بـ") == ["ماليا", "ساشا"]
    got = _people("كشف أن ولديه خالد ولؤي لن يفكرا في دخول المعترك", _rx(r"خالد", r"لؤي"))
    assert [s for s, _ in got] == ["خالد", "لؤي"] and len({e for _, e in got}) == 2


def test_no_relative_in_a_construct_with_one_name_nor_in_nouns_adjectives_and_prepositions():
    # one name after the construct is the role's holder (the president's daughter)
    assert _spans("وصلت ابنتا الرئيس ترامب إلى المطار") == []
    assert _spans("ترك ابناه وراءه ديونا كثيرة") == []
    assert _spans("ولدينا الآن بناتنا مطلقات وعوانس") == []
    assert _spans("مصير أسرتك وأبنائك ومستقبلك رهن قرارك") == []
    assert _spans("البغدادي وأحد أبنائه على الحدود") == []
    # a full name after the conjunction is left to the recogniser
    assert "شيرين" not in _spans("إلى جوار شقيقيه سامي وشيرين دياب في المسلسل")


def test_a_name_after_a_role_and_an_adjective_such_as_former():
    text = "عندما غادر الرئيس السابق يحيى جامع البلاد في وقت متأخر"
    assert [text[s:e] for s, e, _t in role_name_recognizer([text])[0]] == ["يحيى جامع"]


def test_an_organisation_noun_ending_a_name_after_a_first_name_is_a_family_name():
    assert [s for s, _ in _people("وكان الرئيس السابق يحيى جامع الذي حكم غامبيا", _rx(r"يحيى جامع"))] == ["يحيى جامع"]
    # heading its name it is still the organisation (جامع الملك فيصل), and so is a loan word after no first name
    assert _people("صلى في جامع الملك فيصل", _rx(r"جامع الملك فيصل")) == []
    assert _people("أعلن دويتشه بنك أرباحه", _rx(r"دويتشه بنك")) == []


def test_a_person_named_in_full_is_named_later_by_the_first_name_alone():
    texts = {"d": "رحلت الممثلة السورية مي سكاف في باريس. وتعرف مي بمواقفها الناقدة، ومي ممثلة معروفة."}
    got = _people(texts, _rx(r"مي سكاف"))
    assert [s for s, _ in got] == ["مي سكاف", "مي", "مي"] and len({e for _, e in got}) == 1
    # after a proclitic, before the surname: one mention of the full name without the proclitic
    got = _people({"d": "رحلت الممثلة مي سكاف في باريس. ويعرف لمي سكاف مواقفها."}, _rx(r"مي سكاف"))
    assert [s for s, _ in got] == ["مي سكاف", "مي سكاف"] and len({e for _, e in got}) == 1


def test_a_first_name_alone_names_nobody_when_shared_followed_by_a_family_name_or_frequent():
    # two people of the document share it
    got = _people({"d": "التقت مي سكاف مع مي حداد في باريس. وقالت مي إن اللقاء كان جيدا."}, _rx(r"مي سكاف", r"مي حداد"))
    assert "مي" not in [s for s, _ in got]
    # a family name right after it makes another person's name (عبدالملك الحوثي next to عبدالملك المخلافي)
    got = _people({"d": "التقى عاصي الحلاني في بيروت، ثم وصل عاصي الخوري إلى المطار."}, _rx(r"عاصي الحلاني"))
    assert [s for s, _ in got] == ["عاصي الحلاني"]
    # a first name many people have (محمد), a noun of the language (فيلم) name nobody alone
    got = _people({"d": "وصل محمد صلاح إلى ليفربول. وقال محمد إن الفريق جاهز."}, _rx(r"محمد صلاح"))
    assert [s for s, _ in got].count("محمد") == 0
    got = _people({"d": "عرض فيلم رنين في المهرجان، ثم عرض فيلم آخر."}, _rx(r"فيلم رنين"))
    assert [s for s, _ in got].count("فيلم") == 0


def test_mister_is_a_title():
    assert _people("كتب له على تويتر: شكرا مستر، لقد تعلمت منك", _rx(r"مستر")) == []


def _countries(texts):
    df = _mentions(texts)
    df = df[df["entity_type"] == "country"]
    return list(zip(df["surface"], df["entity_id"]))


def test_a_league_or_a_language_named_by_a_demonym_is_no_country_but_a_team_or_a_ministry_is():
    assert _countries("سجل في الدوري الفرنسي وبالدوري الإسباني أيضا") == []
    assert _countries("أغنية باللهجة المصرية ونشرة باللغة الفرنسية") == []
    assert _countries("فاز المنتخب الفرنسي، وقالت الخارجية المصرية") == [("الفرنسي", "FR"), ("المصرية", "EG")]


def test_a_company_named_after_two_countries_is_no_country_but_one_after_a_bank_noun_alone_is():
    assert _countries("أكد العضو المنتدب لبنك مصر إيران، عمرو طنطاوي، أن") == []
    assert _countries("وصل وزير خارجية مصر إيران أمس") == [("مصر", "EG"), ("إيران", "IR")]


def test_a_surname_that_is_a_common_word_is_a_name_when_the_document_makes_it_a_speaker():
    texts = {"d": "ماذا قال راغب علامة عن حفله؟ عاد الفنان راغب علامة من جدة. وقال علامة إن شعوره كان رائعا."}
    got = _people(texts)
    assert [s for s, _ in got] == ["راغب علامة", "راغب علامة", "علامة"] and len({e for _, e in got}) == 1
    # without the document's evidence علامة stays a word ('a sign'), and an adverb is no speaker
    assert _people({"d": "عاد الفنان راغب علامة من جدة. وكانت تلك علامة على النجاح."}) == []
    assert _people({"d": "عاد الفنان راغب قائلا من جدة. وأكد قائلا: نعم."}) == []


def test_a_brazilian_one_word_name_with_the_diminutive_inho_is_a_person_once_in_the_batch():
    got = _people({"a": "ودخل مكان فرناندينيو في الدقيقة 46.", "b": "وسجل كوستا وباولينيو هدفين، ثم خرج فرناندينيو."})
    assert [s for s, _ in got] == ["فرناندينيو", "باولينيو", "فرناندينيو"]
    assert got[0][1] == got[2][1] != got[1][1]
    # the construct plural of a nisba is no name (فلسطينيو الداخل), and a knowledge-base person keeps its id
    assert _people("وقال فلسطينيو الداخل إن الوضع صعب") == []
    assert _people("وقال مورينيو إن الفريق جاهز") == [("مورينيو", "person:jose-mourinho")]


def test_the_latin_label_writes_the_unwritten_vowel_of_a_final_consonant_pair_and_foreign_endings():
    from marsad.mentions.romanize import romanize

    assert romanize("راغب علامة") == "Ragheb Alama"
    assert romanize("جاريد كوشنر") == "Jared Kushner"
    # clusters that end names in Latin script stay (Skaf, Ford, Trump), and so does a final ع
    assert romanize("مي سكاف") == "Mi Skaf" and romanize("دونالد ترامب") == "Donald Trump"
    assert romanize("يحيى جامع") == "Yahya Jam'"
    # -inho, -io and the الدين of compound names
    assert romanize("فرناندينيو").endswith("andinho") and romanize("ماريو") == "Mario"
    assert romanize("صلاح الدين الجورشي") == "Salah al-Din al-Jurshi"


def test_a_first_name_alone_is_no_word_glued_to_a_proclitic_no_company_and_no_short_verb():
    # لدينا is 'we have', not ل + دينا
    got = _people({"d": "قالت المخرجة دينا عامر إن الفيلم جاهز. وأضافت: لدينا الجرأة."}, _rx(r"دينا عامر"))
    assert [s for s, _ in got] == ["دينا عامر"]
    # after an organisation noun the word names the company (شركة كريم)
    got = _people({"d": "قال كريم عبد الرحمن إن شركة كريم للنقل توسعت."}, _rx(r"كريم عبد الرحمن"))
    assert [s for s, _ in got] == ["كريم عبد الرحمن"]
    # a two-letter word outside the cluster of names (شن 'launching') and a proclitic before a connector
    got = _people({"d": "وصل شن تاو إلى بكين. وأعلن ترامب شن ضربات."}, _rx(r"شن تاو"))
    assert [s for s, _ in got].count("شن") == 0


def test_an_accusative_written_without_tanwin_after_a_name_leaves_the_span():
    got = _people("وبدا اللاعب المخضرم فرانك ريبيري حماسا شديدا للمشاركة", _rx(r"فرانك ريبيري حماسا"))
    assert [s for s, _ in got] == ["فرانك ريبيري"]
    got = _people("من جعل سيد قطب ارهابيا وحسن البنا خارجيا لن يتردد", _rx(r"حسن البنا خارجيا"))
    assert [s for s, _ in got] == ["حسن البنا"]


def test_a_latin_label_without_any_vowel_gets_one():
    from marsad.mentions.romanize import romanize

    assert romanize("عادل كرم") == "Adel Karm"
