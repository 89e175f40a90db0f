"""Two people sharing a surname in one document, a relative named with the family name, a noun with a pronoun
suffix after a compound surname and a first name glued to ل (composed sentences; the classes read in the
twentieth session on heldout16's errors, read after its blind run)."""

from conftest import regex_recognizer, surfaces_in


_rx = regex_recognizer  # the regex person recogniser shared by the people tests (conftest)


def _people(texts, rec=None):
    return surfaces_in(texts, "person", rec, one_document=True)


def test_a_noun_with_a_pronoun_suffix_after_a_compound_surname_leaves_the_span():
    texts = {"a": "بعد حصول المخرج سامح عبد العزيز على حكم بالسجن",
             "b": "وتوقع المنتج أن يغادر عبد العزيز محبسه خلال شهر"}
    got = _people(texts, _rx(r"سامح عبد العزيز", r"عبد العزيز محبسه"))
    assert [s for s, _ in got] == ["سامح عبد العزيز", "عبد العزيز"]
    assert got[0][1] == got[1][1]


def test_a_one_word_surname_keeps_a_suffixed_noun_out_and_a_name_ending_in_ta_marbuta_stays():
    texts = {"a": "وقال الوزير كريم الهلالي إن الحزب سيقدم الأدلة", "b": "ولن يغادر الهلالي منصبه قبل الانتخابات",
             "c": "وقال الخبير رياض سلامة إن"}
    got = _people(texts, _rx(r"كريم الهلالي", r"الهلالي منصبه", r"رياض سلامة"))
    assert [s for s, _ in got] == ["كريم الهلالي", "الهلالي", "رياض سلامة"]


def test_a_director_sharing_the_producers_surname_is_another_person():
    texts = {"a": "وهو ما أكده المنتج جمال العدل للموقع",
             "b": "وإلى أن يحدث ذلك سيتولى المخرج ماندو العدل مهمة تصوير المسلسل",
             "c": "وأشار جمال العدل إلى أن العدل سيتابع العمل"}
    got = _people(texts, _rx(r"جمال العدل(?= للموقع)", r"ماندو(?= العدل)"))
    assert [s for s, _ in got] == ["جمال العدل", "ماندو العدل", "جمال العدل"]
    assert got[0][1] == got[2][1] != got[1][1]  # the bare العدل names neither


def test_the_same_with_the_recogniser_taking_the_whole_name():
    texts = {"a": "وقال المنتج جمال العدل إن", "b": "سيتولى المخرج ماندو العدل مهمة التصوير"}
    got = _people(texts, _rx(r"جمال العدل", r"ماندو العدل"))
    assert [s for s, _ in got] == ["جمال العدل", "ماندو العدل"] and got[0][1] != got[1][1]


def test_a_first_name_after_a_role_next_to_a_stray_full_name_named_once_stays_the_surname():
    # يوب هاينكس after a role, and بات هاينكس ('Heynckes became …') once, no role before it: the surname keeps
    # naming one person (the rule asks the other full name to be named twice or after a role)
    texts = {"a": "كشف المدرب يوب هاينكس أن", "b": "وقال إن القرار بات هاينكس يتخذه", "c": "وقال هاينكس إن"}
    got = _people(texts, _rx(r"يوب هاينكس", r"بات هاينكس"))
    assert [s for s, _ in got][-1] == "هاينكس"


def test_a_stray_word_before_the_surname_still_is_the_surname():
    # أجابت ساندرز: a verb before the surname of the full name, no role before it
    texts = {"a": "وقالت المتحدثة سارة ساندرز إن", "b": "وردا على سؤال أجابت ساندرز بأن"}
    got = _people(texts, _rx(r"سارة ساندرز", r"أجابت ساندرز"))
    assert [s for s, _ in got] == ["سارة ساندرز", "ساندرز"] and got[0][1] == got[1][1]


def test_a_relative_quoted_with_the_family_name_is_not_the_person_named_in_full():
    texts = {"a": "عيّن رئيس أذربيجان إلهام علييف، زوجته “ميهريبان علييف” نائبا أول له",
             "b": "وقال علييف إن القرار نهائي"}
    got = _people(texts)
    assert [s for s, _ in got] == ["إلهام علييف", "ميهريبان علييف", "علييف"]
    assert got[0][1] == got[2][1] == "person:ilham-aliyev" and got[1][1] != got[0][1]


def test_a_relative_after_a_kinship_noun_with_the_family_name():
    got = _people({"a": "وقال الرئيس إلهام علييف إن زوجته ميهريبان علييف ستتولى المنصب"})
    assert [s for s, _ in got] == ["إلهام علييف", "ميهريبان علييف"] and got[1][1] != got[0][1]


def test_the_persons_own_first_name_in_quotes_stays_the_person():
    got = _people({"a": "وقال الرئيس إلهام علييف إن", "b": "ووصف الصحفي “إلهام علييف” بأنه"})
    assert [e for _, e in got] == ["person:ilham-aliyev", "person:ilham-aliyev"]


def test_a_first_name_glued_to_li_is_no_preposition_and_verb():
    # لفيصل is ل + فيصل, never ل + ف + يصل ('arrives'): after ل no ف follows in a proclitic chain
    got = _people({"a": "عينه رئيس الحكومة كاتب دولة، خلفا لفيصل الحفيان، في فيفري"}, _rx(r"لفيصل الحفيان"))
    assert [s for s, _ in got] == ["فيصل الحفيان"]


def test_a_past_verb_or_an_adverb_after_a_name_is_no_part_of_it_and_no_surname():
    # the lead's TimeML report: قاسم أمين قرأ, and then قرأ alone counted as Qasim Amin's surname; موسى مثلا
    texts = {"a": "وكان المفكر قاسم أمين قرأ الكتاب مبكرا", "b": "وقال إن قاسم أمين كتب عن المرأة",
             "c": "ويرى أن نبيا مثل موسى مثلا كان", "d": "ثم قرأ النص بصوت عال"}
    got = _people(texts, _rx(r"قاسم أمين قرأ", r"قاسم أمين(?= كتب)", r"موسى مثلا"))
    assert [s for s, _ in got] == ["قاسم أمين", "قاسم أمين"]  # no قرأ, no موسى مثلا, no مثلا


def test_a_last_name_after_a_connector_or_particle_stays_though_it_reads_as_a_verb():
    texts = {"a": "على يد فاتك بن أبي جهل، وقيام الأخير", "b": "والهولندي ادوين فان دير سار بالجائزة"}
    got = _people(texts, _rx(r"فاتك بن أبي جهل", r"ادوين فان دير سار"))
    assert [s for s, _ in got] == ["فاتك بن أبي جهل", "ادوين فان دير سار"]
