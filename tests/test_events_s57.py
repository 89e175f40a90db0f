"""Events, session 57 (events57): constructions that recur across pairs among the misses of the older splits and
s36-mix (counted with ``python -m marsad.training.events_why --group OLD --list`` and ``--splits s36-mix --list``):
the pair named by the two demonyms of one bilateral noun ("مجلس التنسيق السعودي الإماراتي"), a meeting or accord of
the pair word said to take place ("المفاوضات التي جرت بين البلدين"), and an agreement signed in a relative clause
("الاتفاق الذي وقعته تونس وألمانيا"). Every sentence here is composed."""
from __future__ import annotations

from test_events import one

_VISIT = "زار رئيس الحكومة التونسي ألمانيا الأسبوع الماضي. "


def _rows(text, focus, partner, published="2018-06-10"):
    ev = one(text, published=published, focus=focus, partners=(partner,))
    return ev[["source", "target", "cameo_code", "status"]].astype(str).values.tolist()


def test_two_demonyms_of_one_bilateral_noun_are_the_pair():
    assert _rows("وكان الاجتماع الأول لمجلس التنسيق السعودي الإماراتي عقد في جدة الأسبوع الماضي.", "SA", "AE") \
        == [["SA", "AE", "040", "reported"]]
    assert _rows("وانعقدت اللجنة المشتركة التونسية الألمانية أمس في تونس.", "DE", "TN") \
        == [["DE", "TN", "040", "reported"]]
    # a planned meeting: intent
    assert _rows("ومن المقرر أن ينعقد مجلس وزاري تحضيري فرنسي ألماني في 19 من الشهر المقبل.", "DE", "FR") \
        == [["DE", "FR", "036", "intent"]]


def test_two_demonyms_counter_examples():
    # relations with no act predicated: a topic
    assert _rows("وتطورت العلاقات التونسية الألمانية كثيرا.", "DE", "TN") == []
    # three demonyms: a trilateral initiative, not the pair
    assert _rows("ميركل تشيد بالمبادرة التونسية المصرية الجزائرية.", "DE", "TN") == []
    # another pair's committee
    assert _rows("وانعقدت اللجنة المشتركة التونسية الليبية أمس في برلين.", "DE", "TN") == []
    # the two demonyms after a noun that is no bilateral act
    assert _rows("وعلى الحدود التونسية الألمانية عقد اجتماع.", "DE", "TN") == []
    # the topic of another act: the demonym pair takes part only in its head noun's act
    assert _rows("وبحث وزير الخارجية الفرنسي مع نظيره الإيطالي العلاقات التونسية الألمانية.", "DE", "TN") == []


def test_the_sides_named_keep_the_meeting():
    # both sides named in the clause: they are the participants (the demonym pair adds nothing)
    assert _rows("ترأس ولي العهد السعودي، وولي عهد أبوظبي، الاجتماع الأول لمجلس التنسيق السعودي الإماراتي.",
                 "SA", "AE") == [["SA", "AE", "040", "reported"]]


def test_pair_word_meeting_said_to_take_place():
    assert _rows(_VISIT + "وجرت المفاوضات بين البلدين أمس.", "DE", "TN")[1:] == [["DE", "TN", "046", "reported"]]
    assert _rows(_VISIT + "واثر جلسة المفاوضات التي جرت بين البلدين أمس، تقرر ذلك.", "DE", "TN")[1:] \
        == [["DE", "TN", "046", "reported"]]
    assert _rows(_VISIT + "وعقد البلدان جلسة مفاوضات أمس.", "DE", "TN")[1:] == [["DE", "TN", "046", "reported"]]


def test_pair_word_counter_examples():
    # the pair word with a noun that is only a topic or a wish
    assert _rows(_VISIT + "ويأمل الطرفان في تعزيز التعاون بين البلدين.", "DE", "TN")[1:] == []
    # negated occurrence
    assert _rows(_VISIT + "ولم تجر المفاوضات بين البلدين منذ سنوات.", "DE", "TN")[1:] == []


def test_agreement_signed_in_a_relative_clause():
    assert _rows("وينص الاتفاق الذي وقعته تونس وألمانيا أمس على ترحيل المهاجرين.", "DE", "TN") \
        == [["DE", "TN", "057", "reported"]]
    assert _rows(_VISIT + "وتضمن الاتفاق الذي تم توقيعه بين البلدين الخميس الماضي بنودا.", "DE", "TN")[1:] \
        == [["DE", "TN", "057", "reported"]]
    # another pair signed it
    assert _rows("وقالت ألمانيا إن الاتفاق الذي وقعته تونس مع ليبيا لا يعنيها.", "DE", "TN") == []
    assert _rows("وناقش الرئيس التونسي مع المستشارة الألمانية الاتفاقية التي وقعتها فرنسا وإيطاليا.", "DE", "TN") \
        == [["TN", "DE", "040", "reported"]]


def test_meeting_named_by_the_relative_clause_that_joins_its_participants():
    # "خلال اللقاء الذي جمع X بـ Y": the meeting is an event, not only the time of the words said during it
    assert ["TN", "DE", "040", "reported"] in _rows(
        "وقالت السفيرة الألمانية خلال اللقاء الذي جمعها بالرئيس التونسي في برلين إن بلادها ستساعد.", "DE", "TN")
    assert ["TN", "DE", "040", "reported"] in _rows(
        "وقال وزير الخارجية التونسي خلال الاجتماع الذي عقده مع نظيره الألماني أمس إن بلاده ترفض المخيمات.", "DE", "TN")
    # a third party's meeting: still only the time of the words
    assert _rows("وقالت ميركل خلال الاجتماع الذي عقده الاتحاد الأوروبي في بروكسل إن تونس بلد آمن.", "DE", "TN") == []


def test_signing_told_as_a_verbal_noun_with_its_signers():
    assert _rows(_VISIT + "ورحبت المستشارة بتوقيع البلدين، يوم 02 مارس الجاري، على محضر جلسة يتعلق بالهجرة.",
                 "DE", "TN")[1:] == [["DE", "TN", "057", "reported"]]
    assert _rows("وأعلنت موسكو عن توقيع روسيا وتركيا على اتفاق لإنشاء منطقة عازلة.", "RU", "TR") \
        == [["RU", "TR", "057", "reported"]]
    # a signing discussed, not done
    assert _rows("وبحث الجانبان التوقيع على اتفاق بين البلدين.", "RU", "TR") == []
