"""The forty-second session's rules (development data only: the lead's Iran probe, probed_session41.txt, and
heldout26's errors, read after its blind run)."""
from _people import person_rows


def test_a_span_before_zadeh_takes_the_persian_surname_suffix():
    # FR-internationalNews-2535-20180731 (the lead's Iran probe): زاده, written apart, ends the minister's surname
    rows = person_rows(['وقال وزير الداخلية رمضان حامرو رحيم زاده للصحافيين "ندرس كل الفرضيات".'])
    assert [s for _p, s, _e in rows] == ["رمضان حامرو رحيم زاده"]


def test_an_epithet_after_al_mulaqqab_bi_is_no_person():
    # CN-middleEast-112-20180227 (the lead's Iran probe): سلطان العارفين is Rumi's epithet, no name
    rows = person_rows(["قلت له إن مولانا محمد جلال الدين الرومي، الملقب بسلطان العارفين، والذي يفخر به الإيرانيون."])
    surfaces = [s for _p, s, _e in rows]
    assert "سلطان العارفين" not in surfaces and any("الرومي" in s for s in surfaces)


def test_a_name_after_an_epithet_in_quotes_stays():
    # the name after the quoted nickname is the person's own
    rows = person_rows(['وكان اللاعب الملقب بـ"الفرعون" محمد صلاح قد سجل هدفين.'])
    assert [s for _p, s, _e in rows] == ["محمد صلاح"]


def test_first_and_last_word_of_a_kb_name_of_three_words_is_that_person():
    # FR-internationalNews-1283-20180517 (the lead's Iran probe): محمد ظريف is Mohammad Javad Zarif, no new person
    rows = person_rows(["وعقد الوزراء الأوروبيون اجتماعا في بروكسل مع وزير الخارجية الإيراني محمد ظريف."])
    assert [(s, e) for _p, s, e in rows] == [("محمد ظريف", "person:mohammad-javad-zarif")]


def test_a_persian_compound_given_name_after_a_role_and_its_surname_alone():
    # FR-culture-60-20180509 (the lead's Iran probe): أصغر ('lesser') is the director's given name, فرهادي (a word
    # of the news text) his surname, named alone later
    rows = person_rows(['افتتح فيلم "الجميع يعلم" للمخرج الإيراني أصغر فرهادي مهرجان كان.',
                        'وعندما فاز فرهادي بأوسكار عن فيلم "البائع" عام 2017 قاطع الحفل.'])
    assert [(p, s) for p, s, _e in rows] == [(0, "أصغر فرهادي"), (1, "فرهادي")]
    assert rows[0][2] == rows[1][2]


def test_ali_akbar_and_a_nisba_surname_is_a_name():
    # CN-middleEast-238-20180310 (the lead's Iran probe): ولايتي is no و + لايتي
    rows = person_rows(["وقال علي أكبر ولايتي مستشار المرشد الإيراني إن بلاده لن تتفاوض."])
    assert [s for _p, s, _e in rows] == ["علي أكبر ولايتي"]


def test_ala_akbar_written_as_the_preposition_after_a_role_and_a_comma():
    # CN-middleEast-1115-20180605 (the lead's Iran probe): على for علي, then his surname alone
    rows = person_rows(["أعلن رئيس منظمة الطاقة النووية الإيرانية، على أكبر صالحي، جهوزية منشآت مجمع نطنز.",
                        "وقال صالحي إن بلاده ستبدأ العمل."])
    assert [(p, s) for p, s, _e in rows] == [(0, "على أكبر صالحي"), (1, "صالحي")]


def test_the_preposition_and_a_superlative_make_no_name():
    # على أكبر + a noun is 'the biggest …'; a construct before an ال-word is no surname (أكبر منتجي النفط)
    rows = person_rows(["وحصل حزب الرئيس على أكبر عدد من المقاعد، وتعد السعودية أكبر منتجي النفط في العالم."])
    assert not any("أكبر" in s for _p, s, _e in rows)


def test_another_persons_surname_one_letter_apart_is_no_typo_of_the_documents_surname():
    # FR-culture-59-20180508 (the lead's Iran probe): غلشيفته فرهاني, the actress, is no misspelt فرهادي
    rows = person_rows(['افتتح فيلم "الجميع يعلم" للمخرج الإيراني أصغر فرهادي مهرجان كان.',
                        'ويعرض فيلم "بنات الشمس" من بطولة النجمة الإيرانية غلشيفته فرهاني والفرنسية إيمانويل بيركو.'])
    assert not any(s == "فرهاني" for _p, s, _e in rows)


def test_a_common_surname_after_a_first_name_and_a_middle_name_ends_the_name():
    # FR-internationalNews-1362-20180521 (the lead's Iran probe): كانتي (Cañete), a word of the news text, is the
    # commissioner's surname after ميغيل أرياس
    rows = person_rows(['وصرح ظريف إثر لقاء جمعه في طهران مع المفوض الأوروبي للطاقة ميغيل أرياس كانتي "مع خروج '
                        'الولايات المتحدة من الاتفاق النووي، تزايدت توقعات الرأي العام الإيراني حيال الاتحاد '
                        'الأوروبي" وتابع "الدعم السياسي من الاتحاد الأوروبي للاتفاق النووي ليس كافيا".'])
    assert [s for _p, s, _e in rows] == ["ميغيل أرياس كانتي"]


def test_ismuhu_his_name_is_is_no_part_of_the_name():
    # FR-internationalNews-17-20180219 (heldout26, a development split since its blind run): واسمه is no name word
    rows = person_rows(["وقالت في محاكمتها، أنها جاءت مع زوجها واسمه ماكسيمسليان، وكان طباخا وقتل في المعارك."])
    assert not any("اسمه" in s for _p, s, _e in rows)


def test_a_quoted_phrase_that_starts_with_the_pronoun_ana_is_no_person():
    # CN-internationalNews-103-20180312 (the lead's Iran probe): أنا ربكم الأعلى ('I am your lord most high'), a
    # quotation; آنا (Anna) with the madda stays a name, and so does أنا before a first name (JA-internationalNews-154,
    # a probed article: وقالت أنا ماري غوتيز)
    rows = person_rows(["والله ولاية الفقيه نفس أنا ربكم الأعلى وليس شيء ثان، نفسها، تطابق النعل بالنعل",
                        "الفرد يقول أنا ربكم الأعلى يعني انت عبد", "وقالت وزيرة الخارجية آنا ليند إن بلادها ترفض."])
    assert [(p, s) for p, s, _e in rows] == [(2, "آنا ليند")]
    rows = person_rows(["وقالت أنا ماري غوتيز، أستاذة الشؤون الدولية في الجامعة، إن الاختيار موفق."])
    assert [s for _p, s, _e in rows] == ["أنا ماري غوتيز"]


def test_the_surname_particle_mac_written_apart_takes_the_next_word():
    # AL-internationalNews-1585-20180612 (the lead's Iran probe): ديفيد ماك اليستير (David McAllister)
    rows = person_rows(['وأشار رئيس لجنة الشؤون الخارجية في البرلمان الأوروبي، ديفيد ماك اليستير إلى "انتهاكات حقوق '
                        'الإنسان في إيران".'])
    assert [s for _p, s, _e in rows] == ["ديفيد ماك اليستير"]


def test_common_foreign_given_names_take_their_usual_latin_spelling():
    # the lead's Iran probe chart: Penélope Cruz and Javier Bardem were Binilubi Cruz and Khafiyer Bardim
    from marsad.mentions.romanize import romanize

    assert romanize("بينيلوبي كروز") == "Penélope Cruz"
    assert romanize("خافيير بارديم").startswith("Javier ")


def test_a_first_name_aal_and_a_family_is_a_name_and_its_family_part_names_him_in_the_title():
    # AL-sport-1333-20180415 (heldout26, a development split since its blind run): the title's آل الشيخ before a
    # future verb and the full name after نشكر ('we thank')
    rows = person_rows(["ماجد النفيعي: آل الشيخ سيتكفل بمدرب عالمي",
                        "وقال حول المدرب الجديد: نشكر تركي آل الشيخ لتكفله بإحضار المدرب."])
    assert [(p, s) for p, s, _e in rows if "الشيخ" in s] == [(0, "آل الشيخ"), (1, "تركي آل الشيخ")]
    assert len({e for _p, s, e in rows if "الشيخ" in s}) == 1


def test_a_family_noun_before_aal_is_no_first_name():
    # أسرة ('family') is no first name: no person أسرة آل سعود
    rows = person_rows(["وتحكم أسرة آل سعود المملكة منذ عقود."])
    assert not any("أسرة" in s for _p, s, _e in rows)


def test_a_future_verb_with_its_object_pronoun_ends_no_name():
    # CN-internationalNews-103-20180312 (the lead's Iran probe): سينزلوه ('they will bring him down') is no surname
    rows = person_rows(['وتابع قائلا: "لا يمكن المساس بهذا المفهوم حتى بشكل سؤال ولو كان الشيخ الأنصاري سينزلوه، '
                        'الفرد يقول"'])
    assert not any("سينزلوه" in s for _p, s, _e in rows)
