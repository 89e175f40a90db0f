"""Events, session 34 (third round of the twenty-first session): rules read on the development split s26-mix.

Every sentence is real news (the document named in the comment) or a minimal variant of one, marked as such."""
from __future__ import annotations

from test_events import one


def _pairs(ev):
    return ev[["source", "target", "cameo_code"]].values.tolist()


# ------------------------------------------------------------------ a fixed epithet of a state
def test_the_hebrew_state_is_israel():
    # variant of Al Arabiya (2018-02-16, s26-mix) "هذا بعد أن اعتبر القدس عاصمة للدولة العبرية", its subject named
    ev = one("وكان الرئيس الأميركي دونالد ترامب قد اعتبر القدس عاصمة للدولة العبرية.", published="2018-02-16",
             focus="US", partners=("IL",))
    assert _pairs(ev) == [["US", "IL", "054"]]
    ev = one("اعترف ترامب بالقدس عاصمة للدولة العبرية.", published="2018-02-16", focus="US", partners=("IL",))
    assert _pairs(ev) == [["US", "IL", "054"]]


def test_the_epithet_keeps_the_plain_name():
    # control: the knowledge base's name of Israel still an actor next to the epithet's row
    ev = one("اعترف ترامب بالقدس عاصمة لإسرائيل.", published="2018-02-16", focus="US", partners=("IL",))
    assert _pairs(ev) == [["US", "IL", "054"]]


def test_considering_without_a_capital_is_no_recognition():
    # control: اعتبر with an opinion, no "عاصمة ل"
    ev = one("واعتبر ترامب أن إسرائيل حليف قوي للولايات المتحدة.", published="2018-02-16", focus="US",
             partners=("IL",))
    assert "054" not in set(ev["cameo_code"])


# ------------------------------------------------------------------ strikes named by their authors' demonyms
def test_strikes_named_by_a_demonym_list_are_the_first_sides_strikes():
    # France24 (2018-04-17, s26-mix): the list of the authors' demonyms, the target's sites "في سوريا"
    ev = one("وصدر التقرير بعد الضربات الأمريكية والفرنسية والبريطانية التي استهدفت مواقع للنظام في سوريا.",
             published="2018-04-17", focus="US", partners=("SY",))
    assert _pairs(ev) == [["US", "SY", "195"]]
    # variant: one demonym, the target after على
    ev = one("وعلق المعلم على الضربات الأمريكية على سوريا.", published="2018-04-17", focus="US", partners=("SY",))
    assert _pairs(ev) == [["US", "SY", "195"]]


def test_strikes_with_no_target_of_ours_right_after_give_no_row():
    # France24 (2018-02-17, dev): Russians killed in US strikes "على شرق سوريا" are no target of the strikes
    assert len(one("كشف مقتل عدد من الروس في غارات أمريكية على شرق سوريا، الدور المثير الذي يقوم به مرتزقة روس.",
                   published="2018-02-17", focus="US", partners=("RU",))) == 0
    # France24 (2018-04-20, dev): the strikes' targets are Syrian; Moscow is told of them, not struck
    ev = one("ونسب إلى لافروف قوله أيضا إنه قبل الضربات الأمريكية على أهداف سورية أبلغت موسكو واشنطن بالخطوط الحمراء.",
             published="2018-04-20", focus="US", partners=("RU",))
    assert "195" not in set(ev["cameo_code"])


# ------------------------------------------------------------------ one act told dated and undated
def test_recognition_told_dated_and_undated_in_one_document_is_one_row():
    # France24 (2018-03-18, s26-mix): the recognition dated by the 100 days, then told again undated
    text = ('وتصاعد التوتر الجمعة مع دعوة حركة المقاومة الإسلامية حماس إلى "يوم غضب" في مناسبة ذكرى مرور 100 يوم على '
            'إعلان الرئيس الأميركي دونالد ترامب الاعتراف بالقدس عاصمة لإسرائيل. ويعتبر الفلسطينيون القدس عاصمتهم وشكل '
            'اعتراف ترامب بها عاصمة لإسرائيل قطيعة مع عقود من الدبلوماسية الامريكية التي تعتبر أن تحديد وضع القدس يتم '
            'من طريق مفاوضات بين الطرفين.')
    ev = one(text, published="2018-03-18", focus="US", partners=("IL",))
    row = ev[ev["cameo_code"] == "054"]
    assert len(row) == 1 and row.iloc[0]["date_start"] == "2017-12-06"


def test_strikes_told_dated_and_undated_stay_apart():
    # control (variant of CNN, 2018-04-14): strikes come many times; the earlier undated ones are not the dated ones
    text = "وشنت الولايات المتحدة ضربات على سوريا في 7 أبريل 2017. وكانت الولايات المتحدة قد شنت ضربات على سوريا."
    ev = one(text, published="2018-04-14", focus="US", partners=("SY",))
    assert _pairs(ev) == [["US", "SY", "195"], ["US", "SY", "195"]]
