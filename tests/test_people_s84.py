"""people84 (session 36, after heldout40's blind runs): the preposition أمام ('before', written with its hamza on the
alif) ends no name span (the recogniser's ماي أمام in وأضافت ماي أمام مجلس العموم); the surname Emam, written إمام,
keeps its word."""
from conftest import mention_rows
from marsad.mentions.clean_spans import clean_span


def _people(texts):
    return mention_rows(texts, "person")


def _clean(text, span):
    s = text.index(span)
    return [text[a:b] for a, b in clean_span(text, s, s + len(span), [], frozenset(), frozenset())]


def test_the_preposition_amam_is_cut_from_a_span_end():
    text = "وأضافت ماي أمام مجلس العموم إن روسيا مسؤولة."
    assert _clean(text, "ماي أمام") == ["ماي"]
    assert _clean("ووقف جون سميث أمام الصحفيين.", "جون سميث أمام") == ["جون سميث"]


def test_the_surname_emam_written_with_its_hamza_below_keeps_its_word():
    assert _clean("وقال الممثل عادل إمام إن الفيلم جاهز.", "عادل إمام") == ["عادل إمام"]
    assert _clean("وسجل حازم إمام هدفا.", "حازم إمام") == ["حازم إمام"]


def test_the_short_form_before_amam_is_the_article_s_person():
    rows = _people(["رجحت رئيسة الوزراء البريطانية تيريزا ماي الاثنين أن تكون موسكو وراء الهجوم. "
                    "وأضافت ماي أمام مجلس العموم إن روسيا مسؤولة."])
    assert (0, "ماي", "person:theresa-may") in rows
    assert not any("أمام" in surface for _p, surface, _e in rows)


def test_emam_stays_a_person_and_amam_after_a_full_name_is_no_part_of_it():
    rows = _people(["وقال الممثل عادل إمام في مقابلة إن الفيلم جاهز. وأشاد إمام بالمخرج.",
                    "وقف اللاعب محمد صلاح أمام الجماهير في الملعب."])
    assert (0, "عادل إمام", "person:adel-emam") in rows and (0, "إمام", "person:adel-emam") in rows
    assert (1, "محمد صلاح", "person:mohamed-salah") in rows


def test_a_short_form_before_a_hyphenated_korean_given_name_is_another_person():
    rows = _people(["وقال الزعيم الكوري الشمالي كيم جونغ أون إنه سيلتقي ترامب. وأفرج عن الثلاثة، كيم دونغ-شول وكيم "
                    "سانغ-دوك وكيم هاك-سونغ، كما كان متوقعا."])
    surfaces = [surface for _p, surface, _e in rows]
    assert "كيم دونغ-شول" in surfaces and "كيم سانغ-دوك" in surfaces and "كيم هاك-سونغ" in surfaces
    detainees = {e for _p, surface, e in rows if "-" in surface}
    assert len(detainees) == 3 and not any(e == "Q56226" for e in detainees)
    assert sum(surface == "كيم جونغ أون" for surface in surfaces) == 1 and "كيم" not in surfaces


def test_kim_jong_un_hyphenated_his_sister_and_kim_alone_keep_their_people():
    rows = _people(["وقال الزعيم الكوري الشمالي كيم جونغ أون إنه سيلتقي ترامب. ووصل كيم جونغ-أون إلى سنغافورة.",
                    "وقالت شقيقة الزعيم كيم يو-جونغ إن الوفد وصل، وصافح كيم جونغ أون الرئيس.",
                    "وقال الزعيم كيم جونغ أون إن قمة ترامب-كيم ناجحة، وأشاد كيم بالرئيس."])
    assert (0, "كيم جونغ-أون", "Q56226") in rows
    assert (1, "كيم يو-جونغ", "person:kim-yo-jong") in rows
    assert (2, "كيم", "Q56226") in rows


def _countries(texts):
    return mention_rows(texts, "country")


def test_a_country_inside_a_vision_programme_s_name_is_no_mention():
    rows = _countries(["وأطلقت المملكة خطة رؤية السعودية 2030 لتنويع الاقتصاد.",
                       "ضمن إطار رؤية البحرين 2030، ولرؤية الكويت 2035 أهداف أخرى، و\"رؤية السعودية 2030\" كذلك."])
    assert rows == []


def test_the_country_s_view_and_a_year_after_a_country_elsewhere_still_count():
    rows = _countries(["وعرض الوزير رؤية السعودية للحل في اليمن.",
                       "وتستضيف السعودية 2030 مباراة، وزار الوفد السعودية 2019.",
                       "وقال إن رؤية مصر واضحة في 2030."])
    assert (0, "السعودية", "SA") in rows and (0, "اليمن", "YE") in rows
    assert sum(p == 1 for p, _s, _e in rows) == 2 and (2, "مصر", "EG") in rows
