"""A Korean or Chinese name keeps its two-letter given name هو, هونج كونج is Hong Kong, a longer lineage ending in
the family name is the knowledge-base person, a country name glued to the next common word is the country, and a
name before the last word of a two-word name it ends with is one three-word name (real sentences of heldout19,
development data since its blind run; the classes read in the twenty-fifth session)."""

from conftest import regex_recognizer, surfaces_in


_rx = regex_recognizer
_ARRIVED = ("ووصل وزير خارجية #كوريا الشمالية، ري يونغ هو، إلى ستوكهولم يوم الخميس لإجراء محادثات مع نظيرته "
            "السويدية مارغو والستروم.")
_TALKS = ("وكان من المقرر أن تنتهي المباحثات التي بدأت الخميس بين ري يونغ هو ونظيرته مارغو والستروم ورئيس "
          "الوزراء السويدي ستيفان لوفن، الجمعة.")


def _people(texts, rec=None):
    return surfaces_in(texts, "person", rec, one_document=True)


def test_a_korean_name_keeps_its_given_name_ho_after_a_ng_syllable():
    got = _people({"a": _ARRIVED, "b": _TALKS}, _rx(r"ري يونغ هو"))
    assert [s for s, _ in got] == ["ري يونغ هو", "ري يونغ هو"]


def test_a_korean_name_cut_before_ho_takes_it_before_a_comma_or_a_word_with_waw():
    got = _people({"a": _ARRIVED, "b": _TALKS}, _rx(r"ري يونغ(?= هو)"))
    assert [s for s, _ in got] == ["ري يونغ هو", "ري يونغ هو"]


def test_ho_after_an_arabic_name_stays_the_pronoun():
    # the copula after a name of three words or with ال is the predicate's start, not a given name
    got = _people("وكان مجدي عبد الغني هو صاحب الهدف الوحيد في المباراة", _rx(r"مجدي عبد الغني هو"))
    assert [s for s, _ in got] == ["مجدي عبد الغني"]


def test_the_egyptian_spelling_of_hong_kong_is_hong_kong():
    text = ("وفي الأيام العشرة الأخيرة، رفضت الحكومة الصينية السماح لسفينة حربية تابعة للبحرية الأمريكية بزيارة "
            "هونج كونج، ووافقت الولايات المتحدة على كيان دفاعي صيني.")
    got = surfaces_in(text, "country")
    assert ("هونج كونج", "HK") in got


_QATARI = ("وقال في ندوة صحفية على اثر لقاء جمعه في العاصمة تونس مع نظيره القطري محمد بن عبد الرحمن بن جاسم آل ثاني "
           "إنه \"يتمنى أن تكون زيارة رئيس الجمهورية لدولة قطر شهر ماي المقبل نقلة نوعية\".")


def test_a_longer_lineage_ending_in_the_family_name_is_the_knowledge_base_person():
    got = _people(_QATARI, _rx(r"محمد بن عبد الرحمن"))
    assert got == [("محمد بن عبد الرحمن بن جاسم آل ثاني", "person:mohammed-bin-abdulrahman-al-thani")]


def test_a_lineage_without_the_persons_family_name_is_not_taken():
    text = _QATARI.replace(" آل ثاني", "")
    got = _people(text, _rx(r"محمد بن عبد الرحمن"))
    assert [s for s, _ in got] == ["محمد بن عبد الرحمن"]


def test_a_country_name_glued_to_the_next_common_word_is_the_country():
    text = "يشار إلى أن قايد السبسي كان أدى زيارة رسمية إلى قطرعام 2012، عندما كان رئيسا للحكومة."
    assert surfaces_in(text, "country") == [("قطر", "QA")]


def test_a_word_that_starts_like_a_country_before_a_suffix_is_no_country():
    # مصروفاتها is 'its expenses' (مصر + وفاتها, 'her death', would be a common word after a conjunction letter)
    text = "وقال إن إيرادات الدولة تغطي مصروفاتها دون احتساب الدعم."
    assert surfaces_in(text, "country") == []


_MINISTER = "قالت وزيرة السياحة سلمى اللومي الرقيق إن الوزارة تعمل بالتنسيق مع وزارتي الداخلية والخارجية."
_STRESSED = "وأكدت اللومي الرقيق أن تونس تولي عناية خاصة بالسياحة الصحية والعلاجية."


def test_a_name_before_the_last_word_of_a_two_word_name_it_ends_with_is_one_three_word_name():
    got = _people({"a": _MINISTER, "b": _STRESSED}, _rx(r"سلمى اللومي", r"اللومي الرقيق(?= أن)"))
    assert [s for s, _ in got] == ["سلمى اللومي الرقيق", "اللومي الرقيق"]
    assert got[0][1] == got[1][1]


def test_a_name_before_the_surname_of_another_two_word_name_is_not_that_person():
    # محمد الرقيق starts with another word than the one ending سلمى اللومي: no three-word name of his
    got = _people({"a": _MINISTER, "b": "وأكد محمد الرقيق أن تونس تولي عناية خاصة بالسياحة الصحية."},
                  _rx(r"سلمى اللومي", r"محمد الرقيق"))
    ids = dict(got)
    assert "سلمى اللومي الرقيق" not in ids or ids["سلمى اللومي الرقيق"] != ids.get("محمد الرقيق")
    assert ids.get("سلمى اللومي") != ids.get("محمد الرقيق")
