"""people39 (session 24, second round): heldout25's error classes (development data since its blind run), the lead's
Egypt probe (probed_session39.txt) and the demo corpus."""
import pandas as pd

from marsad.mentions import find_mentions
from _people import country_rows as _countries, person_rows as _people


def test_the_own_names_of_the_palestinian_and_russian_agencies_are_no_country():
    # AL-internationalNews-1250-20180520 and -493-20180316 (heldout25): WAFA and RIA under their own Arabic names
    assert _countries(["وقالت وكالة الأنباء الفلسطينية (وفا) إن عباس دخل المستشفى."]) == []
    assert _countries(["من جهة أخرى، نقلت وكالة الإعلام الروسية عن سيرغي ريابكوف قوله إن موسكو سترد."]) == [
        ("موسكو", "RU")]


def test_a_nationality_adjective_in_a_description_of_an_agency_still_counts():
    assert _countries(["وقالت وكالة الأنباء الرسمية الفلسطينية إن الاجتماع انتهى."]) == [("الفلسطينية", "PS")]


def test_a_country_in_a_broadcasters_quoted_name_after_its_noun_is_no_country():
    # AL-internationalNews-493-20180316 (heldout25): the channel "Russia 24"
    assert _countries(["وفي مقابلة مع تلفزيون \"روسيا 24\"، اتهم ياكوفينكو لندن بالتضليل."]) == [("لندن", "GB")]
    # without the quotation marks the country stays
    assert ("روسيا", "RU") in _countries(["وبث التلفزيون في روسيا المقابلة كاملة."])


def test_an_office_noun_before_a_surname_is_no_part_of_the_name():
    # FR-middleEast-931-20180815 (the lead's Egypt probe, probed_session39.txt): Naftali Bennett's office
    rows = _people(["وقال مكتب بينيت في بيان \"في ضوء الاتفاق الذي يتم إنجازه بين إسرائيل وحماس، أعلن (بينيت) "
                    "الليلة أن حزب البيت اليهودي سوف يعارض اتفاقا يستند إلى تهدئة مؤقتة\"."])
    assert not any("مكتب" in s for _p, s, _e in rows)


def test_a_dialect_question_word_in_a_question_is_no_first_name():
    # CN-middleEast-391-20180327 (the lead's Egypt probe): فين, 'where', in a quoted question before the name of a
    # man the document names in full as عبدالمطلب أحمد
    rows = _people(["نشرت القناة \"الإخبارية\" السعودية الرسمية، الثلاثاء، تقريراً مصوّراً لمنزل المقيم المصري عبدالمطلب "
                    "أحمد، الذي توفي إثر إصابته بشظايا الصاروخ بعد اعتراضه من قبل قوات الدفاع الجوي، الإثنين.",
                    "ونقلت القناة عبر التقرير شهادات من معارف عبدالمطلب، منهم محمد عبدالواحد، الذي شرح ما حدث: \"قمنا "
                    "مفزوعين على صوت صدى الصاروخ، خرجنا، وبعد ما خرجنا، طلع أخوه وخرج من الداخل، كان كله غبار، هو "
                    "والتلات أشخاص اللي كانوا داخل الغرفة، كلهم غبار من الصاروخ، فبقله: (فين عبدالمطلب؟)\"، مضيفاً بأنه "
                    "حاول الدخول إلى الغرفة لكنه لم يحتمل الغبار."])
    assert not any("فين" in s for _p, s, _e in rows)
    assert len({e for _p, s, e in rows if "عبدالمطلب" in s}) == 1


def test_vin_outside_a_question_stays_a_first_name():
    assert [s for _p, s, _e in _people(["وقال الممثل فين ديزل إن الفيلم سيعرض قريبا."])] == ["فين ديزل"]


def test_a_verb_after_a_given_name_is_no_surname():
    # FR-internationalNews-2608-20180807 (the lead's Egypt probe): ولد, 'was born', after the boy's name
    rows = _people(["وعمر ولد مصابا بمتلازمة تفقم الأطراف وهي خلل جيني نتج عنه عدم نمو ذراعيه."])
    assert not any("ولد" in s for _p, s, _e in rows)


def test_the_mauritanian_walad_inside_a_longer_name_stays():
    rows = _people(["وقال المبعوث الأممي إسماعيل ولد الشيخ أحمد إن المحادثات ستستأنف."])
    assert [s for _p, s, _e in rows] == ["إسماعيل ولد الشيخ أحمد"]


def test_a_religious_formula_is_no_person():
    # CN-sport-298-20180524 (the lead's Egypt probe)
    rows = _people(["إلا انني اليوم أجد نفسي مضطراً أن أعتذر عن رئاستي الشرفية للنادي الأهلي، داعياً المولى عز وجل أن "
                    "يوفق هذا النادي العريق لإسعاد جماهيره."])
    assert not any("عز" in s for _p, s, _e in rows)


def test_brigades_named_after_a_person_are_no_mention_of_the_person():
    # FR-internationalNews-2421-20180721 (the lead's Egypt probe): Hamas's armed wing
    rows = _people(["في المقابل، قتل أربعة فلسطينيين، بينهم ثلاثة ناشطين في كتائب عز الدين القسام، الجناح العسكري "
                    "لحركة حماس، في قصف إسرائيلي مكثف على طول الحدود الشرقية لغزة."])
    assert rows == []


def test_a_last_line_of_names_joined_by_a_slash_is_a_byline():
    # FR-middleEast-124-20180309 (the lead's Egypt probe): France 24's signature line closes the article
    rows = _people(["وكنتيجة لذلك، في 15 يناير/كانون الثاني 2018 ، شكر دونالد ترامب قطر رسميا على \"حربها ضد الإرهاب\".",
                    "سيباستيان سايبت/مها بن عبد العظيم"])
    assert [s for _p, s, _e in rows] == ["دونالد ترامب"]


def test_names_joined_by_a_slash_inside_a_sentence_stay_people():
    rows = _people(["والتقى الوزير محمد بن سلمان/ولي العهد بالرئيس دونالد ترامب في واشنطن."])
    assert "دونالد ترامب" in [s for _p, s, _e in rows]


def test_two_people_of_one_family_joined_by_waw_are_two_names():
    # CN-middleEast-1256-20180819 (the lead's Egypt probe): the recogniser tagged only وجاسر اليامي, and the surname
    # pass glued اليامي before it into one mention
    rows = _people(["بعث الرئيس الأمريكي، دونالد ترامب، السبت، برقيتي عزاء لذوي الطالبين السعوديين، ذيب اليامي وجاسر "
                    "اليامي، اللذين توفيا محاولين انقاذ طفلين أمريكيين من الغرق في ولاية ماساتشوستس."])
    assert [s for _p, s, _e in rows] == ["دونالد ترامب", "ذيب اليامي", "جاسر اليامي"]
    assert len({e for _p, _s, e in rows}) == 3


def test_two_people_with_different_family_names_keep_their_spans():
    rows = _people(["وطالب الرئيس بإطلاق سراح محمد العلي وخالد الحربي فورا."])
    assert "محمد العلي وخالد" not in " ".join(s for _p, s, _e in rows)


def _person_ids(docs):
    segs = pd.DataFrame([(d, "paragraph", i, t) for d, ts in docs.items() for i, t in enumerate(ts)],
                        columns=["doc_id", "section", "position", "text"])
    df = find_mentions(segs)
    df = df[df["entity_type"] == "person"]
    return list(zip(df["doc_id"], df["surface"], df["entity_id"]))


def test_a_name_with_a_patronymic_joins_the_usual_name_of_its_documents():
    # AL-sport-284-20180227 (the lead's Egypt probe): تركي بن عبدالمحسن آل الشيخ beside تركي آل الشيخ, whom the batch
    # names in more documents
    rows = _person_ids({
        "a": ["وقال تركي آل الشيخ رئيس هيئة الرياضة إن الاتحاد سيدعم النادي.",
              "وكان رئيس الهيئة العامة للرياضة الأستاذ تركي بن عبدالمحسن آل الشيخ قد استقبل وزير الشباب."],
        "b": ["أعلن تركي آل الشيخ رئيس الهيئة العامة للرياضة تكفله بعلاج اللاعب."]})
    assert len({e for _d, s, e in rows if "الشيخ" in s}) == 1


def test_a_patronymic_name_alone_in_its_batch_keeps_its_id():
    rows = _person_ids({"a": ["وقال حمد بن جاسم آل ثاني إن الأزمة طويلة."], "b": ["وزار حمد آل ثاني المعرض."]})
    assert len({e for _d, _s, e in rows}) == 2


def test_a_first_name_spelt_with_a_consonant_more_before_a_known_surname_is_that_person():
    # CN-internationalNews-43-20180228 (the demo corpus): Jared Kushner spelt جيرارد كوشنير, KB جاريد كوشنر
    rows = _people(["وذكرت الصحيفة أن مسؤولين من أربع دول ناقشوا الترتيبات التجارية المعقدة لجيرارد كوشنير، صهر الرئيس "
                    "الأمريكي دونالد ترامب ومستشاره المقرّب.", "وكانت CNN قد علمت الثلاثاء أن كوشنير فقد التفويض الأمني."])
    assert [(s, e) for _p, s, e in rows if "كوشنير" in s] == [("جيرارد كوشنير", "person:jared-kushner"),
                                                            ("كوشنير", "person:jared-kushner")]


def test_a_given_name_with_the_article_after_a_role_starts_the_name():
    # JA-localNews-3053-20170318 (heldout25, read after its blind run): الهادي is also 'the guide', a common word
    # that never started a name; and مجدوب alone later is him
    rows = _people(["نفى وزير الداخلية الهادي مجدوب، نفيا قاطعا وجود شركة إسرائيلية تدرب أعوان الأمن التونسي.",
                    "وأكد مجدوب ضرورة توفير الإمكانيات."])
    assert [s for _p, s, _e in rows] == ["الهادي مجدوب", "مجدوب"]
    assert len({e for _p, _s, e in rows}) == 1


def test_films_of_a_director_are_no_first_name():
    # FR-culture-68-20180515 (already probed): أفلام, 'films', before Imamura's surname
    line = (
        "وكان آخر من فاز بها هو السينمائي العظيم شوهاي إيمامورا، الذي حاز السعفة الذهبية في مهرجان كان لمرتين، الأولى في "
        "1983 عن فيلم \"جولة نارايما\" والثانية في 1997 عن \"سمك الجريث\" بالتساوي عامها مع الإيراني عباس كيارستامي عن "
        "فيلم \"طعم الكرز\". وعرفت أفلام إيمامورا ببحثها مواضيع العشق والشهوة الجنسية.")
    rows = _people([line])
    assert not any("أفلام" in s for _p, s, _e in rows)


def test_a_first_name_with_a_consonant_more_at_its_start_or_inside_is_another_person():
    # already-probed ANT articles: Niklas Eriksson is not the knowledge base's Claes Eriksson, Lance Armstrong not
    # Louis Armstrong
    rows = _people(["في مفاوضات هذا العقد، وقد كان نيكلاس اريكسون \"مدير قسم التلفزيون\" في الاتحاد."])
    assert not any(e == "person:claes-eriksson" for _p, _s, e in rows)
    rows = _people(["كما أحرز الأمريكي لانس أرمسترونغ اللقب سبع مرات بين 1999 و2005."])
    assert not any(e == "person:louis-armstrong" for _p, _s, e in rows)


def test_the_other_name_of_a_crossing_is_no_person():
    # FR-internationalNews-2366-20180718 (the lead's Egypt probe): Kerem Shalom, Israel's name of the crossing
    assert _people(["وكانت أغلقت معبر كرم بو سالم، الذي تطلق عليه كيرم شالوم الاثنين الماضي أمام مرور البضائع "
                    "باستثناء المعدات الإنسانية."]) == []


def test_a_man_so_called_stays_a_person():
    rows = _people(["وظهر الرجل الذي يطلق عليه أبو محمد الجولاني في تسجيل مصور."])
    assert [s for _p, s, _e in rows] == ["أبو محمد الجولاني"]
