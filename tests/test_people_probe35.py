"""people35: classes of the lead's probe of 60 Turkey articles (session 22; data/gold/people/probed_session35.txt)."""

from _people import person_rows as _people


def test_an_institution_and_a_publication_are_no_people():
    # FR-internationalNews-1244-20180515: مشيخة الأزهر, the Azhar's institution (مشيخة, like هيئة, makes an organisation)
    assert _people(["ودانت مشيخة الأزهر الاثنين \"بأقسى العبارات\" الهجوم."]) == []
    # CN-economy-242-20180901: Beverage Digest, a trade publication (دايجيست only in names of publications)
    surfaces = [s for _p, s, _e in _people(["وقال دوان ستانفورد، محرر التنفيذي لمطبوعة التجارة \"بيفريج دايجيست \" إن "
                                            "استراتيجية الشركة ناجحة."])]
    assert surfaces == ["دوان ستانفورد"]


def test_a_person_named_after_an_institution_word_elsewhere_stays():
    # the trigger is the word مشيخة, not شيخ: the grand imam named after his title is still a person
    assert "أحمد الطيب" in [s for _p, s, _e in _people(["وقال شيخ الأزهر أحمد الطيب إن الهجوم مدان."])]


def test_a_narrative_verb_in_alif_maqsura_opening_the_sentence_is_no_first_name():
    # FR-internationalNews-1497-20180528: وروى is 'and he narrated', not Roy (روي once normalised)
    surfaces = [s for _p, s, _e in _people(["وروى سيلفان علي، مالك كشك الجرائد لمجلة \"لوبوان\" كيف طلب منه موظف "
                                            "البلدية أن يسحب الغلاف."])]
    assert not any(s.startswith("روى") for s in surfaces)
    # FR-internationalNews-439-20180315: 'and the spy narrated'
    assert not any(s.startswith("روى") for _p, s, _e in _people(
        ["وروى الجاسوس، واسمه بوريس كاربيتشكوف، تفاصيل عمله."]))


def test_the_verb_is_cut_from_the_recognisers_span_and_the_name_after_it_kept():
    from marsad.mentions.span_repairs import _verb_before_name
    text = "وروى سيلفان حسين، مالك كشك الجرائد"
    assert [text[s:e] for s, e, _t in _verb_before_name(text, [(0, 16, "PERS")])] == ["سيلفان حسين"]
    # a span of two words right before a known first name: the name shifted one word
    text = "وروى سيلفان علي، مالك كشك الجرائد"
    assert [text[s:e] for s, e, _t in _verb_before_name(text, [(0, 11, "PERS")])] == ["سيلفان علي"]
    # not inside a sentence (a list of names joined by و: وهدى حسين)
    text = "وحضر الحفل سمير غانم وهدى حسين وأمل العنبري."
    found = [(21, 30, "PERS")]
    assert _verb_before_name(text, found) == found


def test_a_plural_noun_after_a_name_is_no_part_of_it():
    # CN-internationalNews-493-20180814: 'Jeff Flake condemned Trump's latest statements'
    rows = _people(["ومن جهة أخرى، أدان السيناتور الجمهوري، جيف فليك تصريحات ترامب الأخيرة، مشيرا إلى أنها خطيرة."])
    assert "جيف فليك" in [s for _p, s, _e in rows] and not any("تصريحات" in s for _p, s, _e in rows)


def test_a_family_name_in_at_that_is_no_plural_noun_stays():
    from marsad.lang.text import normalize
    from marsad.mentions.span_repairs import _plural_noun
    assert _plural_noun(normalize("تصريحات")) and _plural_noun(normalize("انتخابات"))
    # بركات and فرحات (the news text lacks البركات / الفرحات as words of it), عرفات (a name word)
    assert not any(_plural_noun(normalize(w)) for w in ("بركات", "فرحات", "عرفات"))


def _batch_people(docs):
    import pandas as pd

    from marsad.mentions import find_mentions
    segs = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(docs))], "section": "paragraph", "position": 0,
                         "text": docs})
    df = find_mentions(segs)
    return list(df[df["entity_type"] == "person"][["doc_id", "surface", "entity_id"]].itertuples(index=False))


def test_a_word_with_a_glued_preposition_after_a_name_of_the_batch_is_cut():
    # CN-internationalNews-644-20181005 (title) with CN-internationalNews-643-20181005: 'Mukwege … with the Nobel'
    rows = _batch_people(["فوز الناشطة الأيزيدية العراقية نادية مراد والطبيب الكونغولي دينيس ماكفيغا بنوبل للسلام",
                          "أعلنت لجنة نوبل منح جائزة نوبل للسلام إلى الناشطة الإيزيدية نادية مراد والطبيب الكونغولي "
                          "دينيس ماكفيغا، بسبب جهودهما."])
    mukwege = [r for r in rows if "ماكفيغا" in r.surface]
    assert [r.surface for r in mukwege] == ["دينيس ماكفيغا", "دينيس ماكفيغا"]
    assert len({r.entity_id for r in mukwege}) == 1


def test_glued_preposition_words_and_family_names():
    from marsad.lang.text import normalize
    from marsad.mentions.name_words import _glued_preposition_word, _name_words
    known = _name_words()
    # بنوبل; FR-middleEast-409-20180506: رشق الرئيس الأمريكي الأسبق جورج بوش بحذائه ('threw his shoe at Bush')
    assert _glued_preposition_word(normalize("بنوبل"), known) and _glued_preposition_word(normalize("بحذائه"), known)
    # family names that start with ب or ل: no preposition
    assert not any(_glued_preposition_word(normalize(w), known)
                   for w in ("بوتفليقة", "بلحاج", "بلخادم", "بنكيران", "بلقاسم", "لطفي", "بالطيب"))
