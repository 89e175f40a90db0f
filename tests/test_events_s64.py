"""Events, session 64 (events64): general constructions for the error classes of s39-mix (blind-s39 until the lead's
final run at 08:04 UTC; its false row and misses read after that run). Every sentence here is composed (other pairs,
other names, other words around the construction), with counter-examples."""
from __future__ import annotations

from test_events import one


def _rows(text, focus, partner, published="2018-06-06"):
    ev = one(text, published=published, focus=focus, partners=(partner,))
    return ev[["source", "target", "cameo_code", "status"]].astype(str).values.tolist()


# --- agreed that …: the words up to a later على are not the thing agreed on

def test_agreed_that_is_no_plan_even_with_a_later_ala():
    # "اتفقت مع البرتغال على أن روسيا كانت وراء الهجوم على المدينة": the on of the attack is no object of the agreement
    assert _rows("ذكرت الحكومة الإسبانية في بيان أن مدريد اتفقت مع البرتغال على أن روسيا كانت وراء الهجوم على "
                 "المدينة", "ES", "PT") == []
    # "على أنه" is "that" too
    assert _rows('وأضاف أن "إسبانيا تتفق مع البرتغال على أنه لا يوجد أي تفسير آخر للهجوم على السفينة"',
                 "ES", "PT") == []


def test_solidarity_after_agreed_that_is_support_not_a_plan():
    # the "agreed on" that makes the acts after it plans does not reach across an "على أنه"
    assert _rows('وأضاف أن "إسبانيا تتفق مع البرتغال على أنه لا يوجد أي تفسير آخر وتؤكد تضامنها مع حليفتها"',
                 "ES", "PT") == [["ES", "PT", "051", "reported"]]


def test_agreed_on_a_thing_to_do_is_still_a_plan():
    assert _rows("اتفقت إسبانيا مع البرتغال على إنشاء لجنة مشتركة", "ES", "PT") == [["ES", "PT", "030", "intent"]]
    assert _rows("اتفقت إسبانيا مع البرتغال على تعزيز التعاون", "ES", "PT") == [["ES", "PT", "031", "intent"]]


# --- announced his support of the other side

def test_announced_support_with_the_pronoun_is_support():
    assert _rows("رئيس الوزراء الإسباني يعلن دعمه للبرتغال ويعد بإجراءات ضد إيران", "ES", "PT") == [
        ["ES", "PT", "051", "reported"]]
    assert _rows("أعلنت الحكومة الكندية تأييدها الكامل لأستراليا في خلافها التجاري", "CA", "AU") == [
        ["CA", "AU", "051", "reported"]]


def test_announced_support_counter_examples():
    # no pronoun: the support of a plan or of an aid is not this construction
    assert _rows("أعلنت إسبانيا دعم المشروع البرتغالي", "ES", "PT") == []
    # the support of one's own act, no side after ل
    assert _rows("أعلنت الحكومة الإسبانية دعمها لقرار البرلمان بشأن البرتغال", "ES", "PT") == []


# --- "، وذلك خلال محادثات": the talks a future discussion is held in are planned

def test_that_during_talks_after_a_future_discussion_is_planned():
    assert _rows("قال المتحدث باسم الرئيس الفرنسي، إيمانويل ماكرون، إنه سيناقش سبل تعزيز التعاون في مجال مكافحة "
                 "الهجرة غير الشرعية عبر المتوسط، وذلك خلال محادثات مع نظيره الألماني، فرانك شتاينماير، اليوم "
                 "الأربعاء.", "FR", "DE") == [["FR", "DE", "036", "intent"]]


def test_that_during_counter_examples():
    # a past discussion: the talks were held
    assert _rows("قال المتحدث باسم الرئيس الفرنسي، إيمانويل ماكرون، إنه ناقش سبل تعزيز التعاون في مجال مكافحة "
                 "الهجرة غير الشرعية عبر المتوسط، وذلك خلال محادثات مع نظيره الألماني، فرانك شتاينماير، يوم "
                 "الأربعاء.", "FR", "DE") == [["FR", "DE", "040", "reported"]]
    # a future act of another kind: the visit it was announced during took place
    assert _rows("أعلن ماكرون أن بلاده ستزيد مساعداتها، وذلك خلال زيارته لألمانيا الأسبوع الماضي", "FR", "DE") == [
        ["FR", "DE", "042", "reported"]]
    # talks told as past after the noun
    assert _rows("قال ماكرون إنه سيبحث تفاصيل خطة الطاقة الأوروبية الجديدة في بروكسل، وذلك خلال لقائه مع "
                 "المستشارة الألمانية أنغيلا ميركل الأسبوع الماضي", "FR", "DE") == [["FR", "DE", "040", "reported"]]


# --- a third state's leader named by a title of actors.csv is a third party

def test_envoy_of_a_third_states_king_by_title_is_the_guest():
    assert _rows("أن رئيس الوزراء الإسباني استقبل موفد خادم الحرمين الشريفين واستمع منه لشرح حول تطور الأوضاع في "
                 "البرتغال.", "ES", "PT") == []


def test_title_of_a_side_still_acts_and_a_sides_envoy_is_received():
    assert _rows("استقبل خادم الحرمين الشريفين الرئيس البرتغالي في الرياض", "SA", "PT") == [
        ["SA", "PT", "043", "reported"]]
    assert _rows("أن رئيس الوزراء الإسباني استقبل موفد الرئيس البرتغالي", "ES", "PT") == [
        ["ES", "PT", "043", "reported"]]


# --- recognising the other side's right to defend itself

def test_recognised_right_to_self_defence_is_support():
    assert _rows("اعترفت فرنسا بحق ألمانيا في الدفاع عن أراضيها", "FR", "DE") == [["FR", "DE", "051", "reported"]]


def test_own_right_to_self_defence_is_no_support():
    # a side claiming its own right against the other is no support of it
    assert _rows("وقالت ألمانيا إن لها الحق في الدفاع عن نفسها ضد فرنسا", "FR", "DE") == []
    # a refused right stays a refusal
    assert _rows("رفضت فرنسا حق ألمانيا في الدفاع عن نفسها", "FR", "DE") == [["FR", "DE", "120", "reported"]]
