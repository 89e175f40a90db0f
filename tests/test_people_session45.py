"""The forty-fifth helper session's rules (the lead's twenty-sixth session: heldout28's errors after its one blind
run, and the open classes the forty-fourth session left; development data only). Composed sentences, not copied
ones."""
from _people import country_rows, person_rows


def _surfaces(texts):
    return [s for _p, s, _e in person_rows(texts)]


def test_a_stadium_or_an_airport_named_after_a_person_is_no_mention_of_the_person():
    # heldout28 (development): a stadium named after Robert F. Kennedy was his mention
    assert _surfaces(["وأقيمت المباراة النهائية على ستاد جون كينيدي في المدينة."]) == []
    assert _surfaces(["وهبطت طائرة الوفد في مطار جون كينيدي مساء السبت."]) == []
    assert _surfaces(["ويلتقي الفريقان على استاد الأمير عبدالله الفيصل بجدة."]) == []
    # the person himself, and the idiom 'the ball is in X's court', stay mentions
    assert _surfaces(["وقال جون كينيدي في خطابه إن البلاد موحدة."]) == ["جون كينيدي"]
    assert _surfaces(["وألقى الحزب الكرة في ملعب فلاديمير بوتين بعد رفض المبادرة."]) == ["فلاديمير بوتين"]


def test_a_plural_participle_in_construct_in_the_nominative_starts_no_name():
    # heldout28 (development): 'the protesters of <a place>' was a person, then the place alone by the surname pass
    assert _surfaces(["معتصمو الرحيبات : الحكومة تجاهلت مطالبنا"]) == []
    assert _surfaces(["وقال محتجو الرحيبات إنهم سيواصلون الاعتصام حتى تحقيق مطالبهم."]) == []
    # a given name of that shape stays (Mando, Marco)
    assert _surfaces(["وقال ماندو العدل إن الفيلم جاهز للعرض."]) == ["ماندو العدل"]
    assert _surfaces(["وقال ماركو روبيو إن الإدارة لن تتراجع."]) == ["ماركو روبيو"]


def test_a_past_verb_after_a_one_word_name_and_before_a_role_is_no_surname():
    # heldout28 (development): الرئيس هادي كلف رئيس الوزراء was a person 'هادي كلف'
    assert not any(s.endswith("كلف") for s in _surfaces(["وأكد المتحدث أن الرئيس هادي كلف رئيس الوزراء بمتابعة الملف."]))
    assert not any(s.endswith("عين") for s in _surfaces(["وقال إن الرئيس منصور عين وزير الدفاع الجديد."]))
    # a surname that looks like a past verb but is of a cluster of names stays (Macky Sall)
    assert _surfaces(["واستقبل الرئيس ماكي سال رئيس الوزراء الفرنسي."]) == ["ماكي سال"]


def test_a_preposition_and_a_country_key_that_spell_a_given_name_are_that_name():
    # the forty-fourth session's open class: وكارمن was ك + ارمن, 'like Armenians', a mention of Armenia
    assert country_rows(["وشاركت في الأمسية المطربة نانسي عجرم وكارمن لبس."]) == []
    assert country_rows(["وقال رئيس الحكومة الإسبانية إن كارمن كالفو ستتولى الملف."]) == [("الإسبانية", "ES")]
    # the country forms themselves keep their proclitics
    assert country_rows(["واحتج الأرمن أمام السفارة، وزار الوفد بمصر ولبنان."]) == [("الأرمن", "AM"), ("مصر", "EG"), ("لبنان", "LB")]


def test_a_foreign_given_name_with_a_madda_or_hamza_alef_is_no_adverb():
    # the forty-fourth session's open class: آلان (Alain, Alan) normalises like الآن ('now') and was cut off
    assert _surfaces(["وحل في المركز الثاني بعد الفرنسي آلان بروست."]) == ["آلان بروست"]
    assert "آلان بيتر كوستا" in _surfaces(["وقال وزير الخارجية البرتغالي، آلان بيتر كوستا في المطار، إن بلاده غاضبة."])
    # the adverb itself, written with its article, starts no name
    assert _surfaces(["وقال الفرنسي الآن إن الفريق جاهز."]) == []


def test_a_foreign_given_name_that_is_a_word_of_the_language_keeps_its_surname():
    # the forty-fourth session's open class: سيلفي ('selfie', Sylvie) was cut off and its surname dropped as one word
    assert _surfaces(["وقالت سيلفي ريتايو إن الحزب سيخوض الانتخابات."]) == ["سيلفي ريتايو"]
    # the word itself, and before a known surname, stays a word
    assert _surfaces(["والتقطت صورة سيلفي جماعية مع المشجعين."]) == []
    assert _surfaces(["والتقط الرئيس صورة سيلفي ماكرون مع المشجعين."]) == ["ماكرون"]


def test_the_name_after_the_one_called_runs_to_the_role():
    # the lead's Iraq probe (development): المدعو سلمان علي سحاب وزير التجارة was cut to سلمان علي
    rows = _surfaces(["وذكرت الوثائق أموالا منسوبة إلى المدعو فيصل علي سحاب وزير النقل السابق."])
    assert rows == ["فيصل علي سحاب"]
    assert _surfaces(["وتم إيقاف المدعوة سامية بن علي في منزلها."]) == ["سامية بن علي"]
