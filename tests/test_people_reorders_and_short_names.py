"""A person's name written again with its words in another order, the short official name of Saudi Arabia and
the airline named after it (composed sentences from the ANT news text; the classes read in the twenty-first session
on heldout17's errors, read after its blind run)."""

from conftest import regex_recognizer, surfaces_in


_rx = regex_recognizer


def _people(texts, rec=None):
    return surfaces_in(texts, "person", rec, one_document=True)


def _countries(texts, rec=None):
    return surfaces_in(texts, "country", rec, one_document=True)


def test_a_full_name_with_its_words_in_another_order_is_the_same_person():
    texts = {"a": "كشف تركي آل الشيخ، رئيس الهيئة العامة للرياضة في السعودية، عن قبوله استقالة الأمير",
             "b": "ونشر آل تركي الشيخ، تغريدة عبر صفحته الرسمية على \"تويتر\""}
    got = _people(texts, _rx(r"تركي آل الشيخ"))
    assert [s for s, _ in got] == ["تركي آل الشيخ", "آل تركي الشيخ"]
    assert got[0][1] == got[1][1]


def test_two_word_names_and_words_far_apart_are_not_reordered_names():
    # two words swapped are often two people (محمد علي, علي محمد); words of the name with another word between
    # them are no name
    texts = {"a": "وقال رياض خالد الزعبي إن الاتفاق قريب", "b": "وقال الزعبي رياض وخالد إن الاتفاق بعيد",
             "c": "وكان يوسف الشاهد قد التقى الشاهد يوسف"}
    got = _people(texts, _rx(r"رياض خالد الزعبي", r"يوسف الشاهد(?= قد)"))
    assert [s for s, _ in got] == ["رياض خالد الزعبي", "الزعبي", "يوسف الشاهد"]


def test_the_short_official_name_of_saudi_arabia_is_one_mention_and_the_airline_none():
    texts = {"a": "معالي رئيس اللجنة الأولمبية العربية السعودية يصدر قراراً بتكليف سامي الجابر",
             "b": "ويمكن شحن الطائرة من العربية السعودية وبإمكان المشتري",
             "c": "وقعت الخطوط الجوية العربية السعودية وشركة بوينغ اتفاقا",
             "d": "وتعهدت المملكة العربية السعودية بدعم اليمن"}
    got = _countries(texts)
    assert got == [("العربية السعودية", "SA"), ("العربية السعودية", "SA"), ("المملكة العربية السعودية", "SA"),
                   ("اليمن", "YE")]


def test_a_noun_after_a_preposition_is_no_middle_name_before_a_first_name_alone():
    """كون is also a name word, but after إلى it is the noun 'the fact of': the director's first name after it
    names him, as it does elsewhere in the article; a first name there (إلى سامي ماندو) is still another name."""
    texts = {"a": "وهو ما أكده المنتج جمال العدل للموقع",
             "b": "وإلى أن يحدث ذلك سيتولى المخرج ماندو العدل مهمة تصوير المسلسل",
             "c": "وأشار جمال العدل إلى كون ماندو يتولى إخراج فيلم جديد"}
    rec = _rx(r"جمال العدل", r"ماندو(?= العدل)")
    got = _people(texts, rec)
    assert [s for s, _ in got] == ["جمال العدل", "ماندو العدل", "جمال العدل", "ماندو"]
    assert got[0][1] == got[2][1] != got[1][1] == got[3][1]
    texts["c"] = "وأشار جمال العدل إلى سامي ماندو في حديثه"
    assert "ماندو" not in [s for s, _ in _people(texts, rec)]


def test_a_country_after_the_airlines_noun_with_a_proclitic_or_without_al_jawiya_names_the_airline():
    texts = {"a": "ومن أبرز عملائها شركة المياه المالحة، والخطوط الجوية العربية السعودية وشركة سار",
             "b": "إلى جانب الخطـــوط العربيـــة السعودية وشـــركة ســار",
             "c": "وأعلنت الخطوط الجوية التركية عن رحلات جديدة إلى تونس"}
    assert _countries(texts) == [("تونس", "TN")]


def test_an_adjective_after_the_lines_noun_alone_stays_a_country():
    texts = {"a": "وذلك بسبب انخفاض قدرة الكهرباء على الخطوط الإسرائيلية المغذية لغزة"}
    assert _countries(texts) == [("الإسرائيلية", "IL")]


def test_a_feminine_noun_after_a_first_name_is_no_surname_where_the_document_has_it_alone():
    """تمريرة ('a pass') follows players' first names in sports news too often to be a common word; where the
    document has it alone twice and never names it alone, it ends no name of two words and names nobody."""
    texts = {"a": "كاد الأهلي أن يسجل بعدما تلقى لاعبه البرازيلي ليوناردو تمريرة خارج منطقة الجزاء",
             "b": "وكاد قائد الأهلي أن يمنح التقدم لفريقه بعد تلقيه تمريرة من زميله عمر السومة",
             "c": "وأهدر مهاجم الهلال هدفاً محققاً بعد تلقيه تمريرة مميزة أمام المرمى"}
    got = _people(texts, _rx(r"ليوناردو تمريرة", r"عمر السومة"))
    assert "تمريرة" not in " ".join(s for s, _ in got)
    assert "عمر السومة" in [s for s, _ in got]


def test_the_same_noun_stays_a_surname_where_the_recogniser_names_it_alone():
    """The rule reads the document: where its recogniser names the word alone, it is a surname there."""
    texts = {"a": "وسجل اللاعب الغاني جون تمريرة هدف الفوز", "b": "وقال تمريرة إن الفريق يستحق الفوز",
             "c": "وأكد تمريرة أن المدرب كان محقا"}
    got = _people(texts, _rx(r"جون تمريرة", r"(?<=وقال )تمريرة", r"(?<=وأكد )تمريرة"))
    assert [s for s, _ in got] == ["جون تمريرة", "تمريرة", "تمريرة"]


def test_an_accusative_with_tanwin_ends_a_name_whatever_follows():
    texts = {"a": "وأجرى المدرب أول تغييراته بدخول اللاعب صالح العمري بديلاً لعلي عواجي المصاب."}
    got = _people(texts, _rx(r"صالح العمري بديلاً لعلي عواجي"))
    assert [s for s, _ in got] == ["صالح العمري"]


def test_a_first_name_after_a_role_before_a_namesakes_surname_is_another_person():
    """Two players sharing a surname in one match report (عبدالفتاح عسيري, then المهاجم مهند عسيري): a first
    word no name list has, right after a role, is a first name, not a stray word before the other's surname."""
    texts = {"a": "تلقى عمر السومة تمريرة مميزة من زميله عبدالفتاح عسيري ليواجه المرمى",
             "b": "أجرى المدرب أول تغييراته بدخول المهاجم مهند عسيري بديلاً للمهاجم السوري عمر السومة"}
    got = _people(texts, _rx(r"عمر السومة", r"عبدالفتاح عسيري", r"مهند عسيري"))
    names = dict(got)
    assert "مهند عسيري" in names and names["مهند عسيري"] != names["عبدالفتاح عسيري"]


def test_the_end_of_a_longer_name_after_a_role_stays_that_person():
    texts = {"a": "كما تظهره صورة نشرها محاميها كريستوفر ماك هوغ على الإنترنت",
             "b": "وفي هذا الشأن، قال المحامي ماك هوغ إنه لا يريد"}
    got = _people(texts, _rx(r"كريستوفر ماك هوغ", r"ماك هوغ(?= إنه)"))
    assert len(got) == 2 and got[0][0] == "كريستوفر ماك هوغ" and got[0][1] == got[1][1]


def test_a_surname_of_the_batch_after_another_first_name_is_another_person():
    """The coach نبيل معلول named in full in two documents gives his surname to a document that names nobody
    with it, but not after another first name there (علي معلول, سامي معلول: other people)."""
    texts = {"a": "وقال المدرب نبيل معلول إن الفريق جاهز", "b": "ويرتب المدرب نبيل معلول أمور الفريق",
             "c": "وشارك الدولي التونسي علي معلول في التدريبات", "e": "وقال معلول إن الفريق جاهز"}
    got = surfaces_in(texts, "person", _rx(r"نبيل معلول"))
    assert [s for s, _ in got] == ["نبيل معلول", "نبيل معلول", "معلول"]
