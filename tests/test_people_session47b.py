"""The forty-seventh people session's second data rules (helper people50, the lead's twenty-seventh session: heldout31's
country errors, read after its blind run on the session's final code; data only: knowledge-base files and their
build). Composed sentences, not copied ones."""
from _people import country_rows

from marsad.lang.text import normalize
from marsad.training.kb_build import SIDE_WORD, side_stop_phrases


def test_the_side_adjective_normalises_like_the_yemeni_demonym():
    # why the rule is needed: اليمنى 'right' (feminine) and اليمني 'Yemeni' are one key for the matcher
    assert normalize("اليمنى") == normalize("اليمني") and normalize("اليمنية") != normalize("اليمني")


def test_side_stop_phrases_cover_possessives_and_spare_masculine_readings():
    phrases = {p for _i, _l, p, _f, _s in side_stop_phrases()}
    for head in ("الركبة", "ركبته", "ركبتها", "قدمه", "قدمي", "في القدم", "بالقدم", "الجهة", "جهته", "يده",
                 "الزاوية", "العلوية", "مشط القدم", "رجلها"):
        assert f"{head} {SIDE_WORD}" in phrases, head
    # a bare noun that can also be a masculine noun phrase of Yemen gets no bare phrase
    assert f"الرجل {SIDE_WORD}" not in phrases and f"القدم {SIDE_WORD}" not in phrases
    # adjectives take no possessive suffix
    assert not any(p.startswith("العلويته") for p in phrases)


def test_a_right_body_part_or_side_is_no_mention_of_yemen():
    # heldout31 (development): في الركبة اليمنى (the right knee) was a mention of Yemen
    assert country_rows(["وغاب المهاجم شهرين بعد إصابة في الركبة اليمنى خلال التدريبات."]) == []
    assert country_rows(["وأكد الطبيب أن اللاعب يعاني من التواء في كاحل ركبته اليمنى."]) == []
    assert country_rows(["وسدد الجناح كرة قوية بقدمه اليمنى من خارج المنطقة."]) == []
    assert country_rows(["وانطلق الظهير من الجهة اليمنى ومرر كرة عرضية إلى زميله."]) == []
    assert country_rows(["اضغط على الزر في الزاوية العلوية اليمنى من الشاشة."]) == []
    assert country_rows(["وخضع لعملية لعلاج كسر في مشط القدم اليمنى الشهر الماضي."]) == []
    assert country_rows(["ورفع المرشح يده اليمنى لتحية أنصاره في الساحة."]) == []
    assert country_rows(["ويعد مدير مكتبه الذراع اليمنى للرئيس منذ سنوات."]) == []


def test_yemen_stays_after_the_same_nouns_and_with_its_adjectives():
    assert country_rows(["وقالت الحكومة اليمنية إن القوات اليمنية استعادت المدينة."]) == [("اليمنية", "YE"),
                                                                                     ("اليمنية", "YE")]
    assert country_rows(["وأكد الجانب اليمني التزامه بالهدنة."]) == [("اليمني", "YE")]
    # a masculine noun phrase with the bare nouns القدم and الرجل stays Yemen
    assert country_rows(["وأعلن اتحاد كرة القدم اليمني موعد الدوري."]) == [("اليمني", "YE")]
    assert country_rows(["وتحدث الرجل اليمني عن معاناة أسرته في الحرب."]) == [("اليمني", "YE")]
    # and so does the right knee's sentence when it names Yemen elsewhere
    assert country_rows(["وأصيب لاعب المنتخب اليمني في الركبة اليمنى."]) == [("اليمني", "YE")]


def test_a_ligament_or_force_majeure_is_no_mention_of_the_capital_it_holds():
    # heldout31 (development): الرباط الصليبي (the cruciate ligament) was a mention of Rabat, Morocco
    assert country_rows(["وسيغيب المدافع ستة أشهر بعد تمزق في الرباط الصليبي الأمامي."]) == []
    assert country_rows(["وتعافى الحارس من إصابته في الرباط الداخلي للركبة."]) == []
    assert country_rows(["وأعلنت الشركة حالة القوة القاهرة في الميناء."]) == []
    # the capital elsewhere counts
    assert country_rows(["وأجرى اللاعب جراحة في الرباط الصليبي بمستشفى في الرباط."]) == [("الرباط", "MA")]
    assert country_rows(["ووصل الوفد إلى القاهرة مساء الأحد."]) == [("القاهرة", "EG")]
