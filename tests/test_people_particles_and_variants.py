"""Particle surnames, spelling variants of one person, short forms, prize phrases, and places inside the names of
clubs and sites (composed sentences; the classes read in the twelfth session on heldout8's errors, read after its
blind run, and on people tables of unannotated ANT articles)."""

from conftest import mentions_in, regex_recognizer, surfaces_in


_rx = regex_recognizer  # the regex person recogniser shared by the people tests (conftest)


def _mentions(texts, rec=None):
    return mentions_in(texts, rec)


def _people(texts, rec=None):
    return surfaces_in(texts, "person", rec)


def _countries(texts, rec=None):
    return surfaces_in(texts, "country", rec)


def test_a_name_cut_after_a_surname_particle_takes_the_next_word():
    got = _people("وقال بوتين خلال مؤتمر صحافي مع نظيره النمساوي ألكسندر فان در بيلين، إن العقوبات لا تفيد أحدا",
                  _rx(r"ألكسندر فان در(?= )"))
    assert [s for s, _ in got if s != "بوتين"] == ["ألكسندر فان در بيلين"]
    got = _people("واستقبل الرئيس ماركوس دي لا فوينتي أمس وفدا", _rx(r"ماركوس دي لا(?= )"))
    assert [s for s, _ in got] == ["ماركوس دي لا فوينتي"]
    # a particle that ends a span before a common word is dropped, not extended
    got = _people("فبعدما اختار الثلاثي رينا دي من أجل التنافس", _rx(r"رينا دي(?= )"))
    assert "رينا دي من" not in [s for s, _ in got]
    got = _people("وقال ميشال دو يريد أن", _rx(r"ميشال دو(?= )"))
    assert [s for s, _ in got] == ["ميشال"] or got == []


def test_a_knowledge_base_person_of_several_parts_is_linked_in_every_spelling_and_by_each_part():
    texts = {"a": "لو كنت مكان الباجي لسحبت السفير",
             "b": "استقبل رئيس الجمهورية الباجي قايد السبسي وزير الخارجية. وقال قائد السبسي إن تونس",
             "c": "التقى الرئيس الباجي قائد السبسي بنجله حافظ قائد السبسي. وقال قائد السبسي إن"}
    got = _mentions(dict(texts, a=texts["a"] + ". وقال الرئيس الباجي قائد السبسي"), _rx())
    got = got[got["entity_type"] == "person"]
    rows = list(zip(got["doc_id"], got["surface"], got["entity_id"]))
    beji, hafedh = "person:beji-caid-essebsi", "person:hafedh-caid-essebsi"
    assert ("a", "الباجي", beji) in rows and ("a", "الباجي قائد السبسي", beji) in rows
    assert [(s, e) for d, s, e in rows if d == "b"] == [("الباجي قايد السبسي", beji), ("قائد السبسي", beji)]
    # two people of the document share the family name: it names neither
    assert [(s, e) for d, s, e in rows if d == "c"] == [("الباجي قائد السبسي", beji), ("حافظ قائد السبسي", hafedh)]


def test_a_city_spelt_like_a_demonym_or_a_capital_inside_a_clubs_name_is_no_country():
    got = _countries("سينضم إنييستا إلى نادي فيسل كوبي الياباني، وفاز مولودية الجزائر على ضيفه. وقال لاعب كوبي")
    assert got == [("الياباني", "JP"), ("كوبي", "CU")]


def test_a_place_in_the_quoted_name_of_an_outlet_is_no_country_but_a_gate_to_a_capital_is():
    got = _countries('وقالت المصادر ل" بوابة القاهرة" إن الرئيس وصل إلى القاهرة. وقال موقع "راديو تونس" إن')
    assert got == [("القاهرة", "EG")]
    got = _countries("وسيطر المقاتلون على محافظة عمران بوابة صنعاء الشمالية")
    assert got == [("صنعاء", "YE")]


def test_a_republic_is_one_name_where_the_knowledge_base_has_its_full_official_name_else_its_adjective():
    # the gold README's full-official-name convention (الجمهورية التشيكية CZ; الجمهورية الفرنسية FR since people115's
    # row, heldout48): the whole name is one country name; a republic the knowledge base has no such row for
    # (الجمهورية التونسية, people115's leftover) still gives its adjective alone
    got = _mentions("لو كان رئيسا للجمهورية التونسية بدلا من غيره، وزار الجمهورية الفرنسية والجمهورية العربية السورية")
    got = got[got["entity_type"] == "country"]
    assert list(zip(got["surface"], got["entity_id"], got["form"])) == [
        ("التونسية", "TN", "demonym"), ("الجمهورية الفرنسية", "FR", "name"), ("الجمهورية العربية السورية", "SY", "name")]


def test_a_demonym_with_its_last_letter_written_twice_is_a_demonym():
    got = _countries("وبينهم الرئيس الفلسطينيى محمود عباس والرئيس المصري")
    assert got == [("الفلسطينيى", "PS"), ("المصري", "EG")]


def test_a_surname_after_a_particle_is_taken_even_when_the_news_text_has_it_often():
    # بروين and سار are in the common-word list (the sport text names De Bruyne and van der Sar so often)
    got = _people("ومن المرجح أن يتنافس صلاح مع كيفن دي بروين لاعب سيتي، وسجل في مرمى الحارس إدوين فان در سار",
                  _rx(r"كيفن دي(?= )", r"إدوين فان در(?= )"))
    assert [s for s, _ in got if s != "صلاح"] == ["كيفن دي بروين", "إدوين فان در سار"]


def test_a_surname_with_abu_is_the_same_glued_or_spaced():
    got = _people("قال محمد أبوتريكة إن الفريق جاهز. وأضاف أبوتريكة أنه سعيد. ووجه أبو تريكة رسالة إلى الجماهير",
                  _rx(r"محمد أبوتريكة", r"أبو تريكة"))
    assert [s for s, _ in got] == ["محمد أبوتريكة", "أبوتريكة", "أبو تريكة"]
    assert len({e for _, e in got}) == 1


def test_a_misspelt_first_name_of_a_full_name_of_the_document_is_that_person():
    got = _people("وكان هيروشي ميكيتاني مالك النادي قد قال. وقال إنييستا: منزلي الجديد برفقة صديقي هيروشيي ميكيتاني",
                  _rx(r"هيروشي ميكيتاني", r"هيروشيي ميكيتاني"))
    # (إنييستا alone is a person too since people69: a surname the corpus name memory vouches for)
    assert [s for s, _ in got] == ["هيروشي ميكيتاني", "إنييستا", "هيروشيي ميكيتاني"]
    assert len({e for s, e in got if "ميكيتاني" in s}) == 1


def test_a_surname_in_its_usual_spelling_after_a_misspelt_full_name_is_that_person():
    # two letters swapped in the full name (سبسنر), the usual spelling (سبنسر) later
    got = _people("ورأى أمين القسم نيل سبسنر أن هذه الخطوة مهمة. وأشار سبنسر الى أن خطوة عرض الحذاء",
                  _rx(r"نيل سبسنر"))
    assert [s for s, _ in got] == ["نيل سبسنر", "سبنسر"]
    assert len({e for _, e in got}) == 1


def test_a_name_inside_a_quoted_sentence_is_a_person_but_a_quoted_name_alone_names_a_thing():
    got = _people('ونشر إنييستا صورة مع هيروشي ميكيتاني، مرفقا إياها بتعليق: "أتوجه إلى منزلي الجديد برفقة صديقي '
                  'هيروشي ميكيتاني". وتقام المباراة على ملعب "سانتياغو برنابيو"',
                  _rx(r"هيروشي ميكيتاني", r"سانتياغو برنابيو"))
    # (إنييستا alone is a person too since people69: a surname the corpus name memory vouches for)
    assert [s for s, _ in got] == ["إنييستا", "هيروشي ميكيتاني", "هيروشي ميكيتاني"]


def test_a_winner_of_prizes_is_no_name():
    got = _people("قرر المتحف الاحتفاء بالنجم محمد صلاح. وصلاح فائز بجائزتي رابطتي اللاعبين المحترفين والمحررين",
                  _rx(r"محمد صلاح", r"فائز بجائزتي"))
    assert [s for s, _ in got] == ["محمد صلاح", "صلاح"]


def test_a_short_form_of_the_first_name_before_the_surname_is_part_of_the_mention():
    got = _people("قرر المتحف الاحتفاء بالنجم محمد صلاح. ونعرض الحذاء الذي فاز به مو صلاح بالكرة الذهبية")
    assert got == [("محمد صلاح", "person:mohamed-salah"), ("مو صلاح", "person:mohamed-salah")]
    # not before another person's surname
    got = _people("وقال الرئيس دونالد ترامب إن مو ترامب")
    assert [s for s, _ in got] == ["دونالد ترامب", "ترامب"]


def test_a_middle_word_of_a_knowledge_base_name_ends_a_span_as_a_role_only_after_two_name_words():
    # قائد is a word of الباجي قائد السبسي; شيخ of other knowledge-base names
    assert [s for s, _ in _people("وصرح مارك راولي قائد شرطة مكافحة الإرهاب بأن", _rx(r"مارك راولي قائد"))] == ["مارك راولي"]
    got = _people("وقال عبد القادر شيخ كبير، وهو مسعف، إنهم نقلوا الجرحى", _rx(r"عبد القادر شيخ كبير"))
    assert [s for s, _ in got] == ["عبد القادر شيخ"]


def test_a_nationality_word_after_a_proclitic_at_the_start_of_a_span_is_a_country_not_a_first_name():
    df = _mentions("وتعاقد النادي مع مدرب خلفا للتشيلي خوسيه لويس سييرا الذي رفض التجديد",
                   _rx(r"للتشيلي خوسيه لويس سييرا"))
    assert list(zip(df["surface"], df["entity_type"])) == [("لتشيلي", "country"), ("خوسيه لويس سييرا", "person")]


def test_famous_and_satirist_are_no_name_words():
    got = _people("واختار الفرنسي الشهير تييري هنري لاعبه المفضل، وغنى الفنانان الساخران فرانك سكينر وديفيد باديل",
                  _rx(r"الشهير تييري هنري", r"الساخران فرانك سكينر", r"ديفيد باديل"))
    assert [s for s, _ in got] == ["تييري هنري", "فرانك سكينر", "ديفيد باديل"]
