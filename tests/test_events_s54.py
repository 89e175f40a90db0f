"""Events, session 54 (events54): clause-level constructions of the "no cue" loss. Session 53 found that the events
missed with both sides resolved are told as constructions, not as unknown words; the most general one among the
older splits' misses is a side's judgement of the other side as the object of an opinion verb ("X تعتبر Y تهديدا",
"ترى X في Y خطرا", "وصفت X سياسة Y بالعدوانية"): criticism (111) from the judge to the one judged. Every sentence here
is composed."""
from __future__ import annotations

from test_events import one


def _rows(text, focus, partner, published="2018-08-15"):
    ev = one(text, published=published, focus=focus, partners=(partner,))
    return ev[["source", "target", "cameo_code", "status"]].astype(str).values.tolist()


def test_judged_as_a_threat_is_criticism():
    # verb first, the other side itself as the object
    assert _rows("تعتبر روسيا واشنطن تهديدا لأمنها.", "RU", "US") == [["RU", "US", "111", "reported"]]
    # the judge before the verb, an act of the other side named by its demonym
    assert _rows("وموسكو تعتبر الخطوة الأمريكية استفزازا.", "RU", "US") == [["RU", "US", "111", "reported"]]
    assert _rows("واعتبرت موسكو الخطوة الأمريكية استفزازا.", "RU", "US") == [["RU", "US", "111", "reported"]]
    # رأى في
    assert _rows("وترى إيران في الولايات المتحدة خطرا على المنطقة.", "IR", "US") == [["IR", "US", "111", "reported"]]
    # an act noun with the other side as its genitive, and أن
    assert _rows("واعتبر الرئيس الروسي أن تصريحات واشنطن استفزاز.", "RU", "US") == [["RU", "US", "111", "reported"]]
    assert _rows("وصفت أنقرة سياسة واشنطن بالعدوانية.", "TR", "US") == [["TR", "US", "111", "reported"]]


def test_judged_act_told_by_a_pronoun_on_the_verb():
    # "… وسيول تعتبره": the act of the other side that opens the sentence
    assert _rows("كوريا الشمالية تجري تجربة نووية جديدة وسيول تعتبرها تهديدا للمنطقة.", "KR", "KP") \
        == [["KR", "KP", "111", "reported"]]
    # no other side before: nothing
    assert _rows("وسيول تعتبره تهديدا للعالم.", "KR", "KP") == []


def test_judgement_counter_examples():
    # the one judged is a victim, not the other side's act
    assert _rows("تعتبر روسيا الهجوم على سوريا عدوانا.", "RU", "SY") == []
    # negated
    assert _rows("لا تعتبر روسيا تركيا تهديدا.", "RU", "TR") == []
    # a positive judgement is no criticism
    assert _rows("تعتبر روسيا تركيا شريكا مهما.", "RU", "TR") == []
    # both sides judge a third thing together; a list of the judged
    assert _rows("تعتبر واشنطن وموسكو الإرهاب تهديدا.", "RU", "US") == []
    assert _rows("تعتبر روسيا تركيا وإيران تهديدا.", "RU", "TR") == []
    # a third party judges
    assert _rows("تعتبر فرنسا الخطوة الأمريكية استفزازا لروسيا.", "RU", "US") == []


def test_judged_in_reported_words():
    # the other side opens the reported words, a copula at most before the evaluation
    assert _rows("قال أردوغان إن إسرائيل دولة عدوانية.", "TR", "IL") == [["TR", "IL", "111", "reported"]]
    assert _rows("قال ترامب إن روسيا تهديد للأمن الأوروبي.", "RU", "US") == [["US", "RU", "111", "reported"]]
    # the speaker before its verb (after كان), the frame broken by asides
    assert _rows("وكان ولي العهد السعودي قال، في مقابلة مع مجلة أسبوعية، الخميس، إن \"إيران هي سبب مشكلات المنطقة\".",
                 "SA", "IR") == [["SA", "IR", "111", "reported"]]
    # a participle after a comma: the side that opens the sentence speaks
    assert _rows("وتحدث وزير الخارجية السعودي للصحفيين، مضيفا أن كندا تمثل تهديدا للمنطقة.", "SA", "CA") \
        == [["SA", "CA", "111", "reported"]]


def test_judged_in_reported_words_counter_examples():
    # the other side faces a danger: no judgement of it
    assert _rows("وقال لافروف إن واشنطن تواجه خطرا كبيرا.", "RU", "US") == []
    # negated, a list, a third party speaking
    assert _rows("وقال لافروف إن واشنطن ليست تهديدا.", "RU", "US") == []
    assert _rows("وقال لافروف إن واشنطن وبكين خطر على العالم.", "RU", "US") == []
    assert _rows("قال ماكرون إن روسيا تهديد للأمن الأوروبي.", "RU", "US") == []
    # the judgement inside the words is the inner judge's, not the speaker's
    assert _rows("وقال لافروف إن واشنطن تعتبر موسكو تهديدا.", "RU", "US") == [["US", "RU", "111", "reported"]]


def test_claim_in_a_frame_with_the_speaker_before_or_a_participle():
    # the hostile claims of session 42 (ارتكبت خطأ، تدعم الإرهاب) now also in these frames (112)
    assert _rows("واستبعد وزير الخارجية السعودي أي وساطة لحل الخلاف، مضيفا أن \"كندا ارتكبت خطأ كبيرا\".", "SA", "CA") \
        == [["SA", "CA", "112", "reported"]]
    assert _rows("والرياض كانت قالت إن قطر تدعم الإرهاب.", "SA", "QA") == [["SA", "QA", "112", "reported"]]
    # counter-examples: the other side named before the participle (whose words?); a third party opens the sentence
    assert ["US", "RU", "112", "reported"] not in _rows("والتقى ترامب بوتين، مضيفا أن روسيا ارتكبت خطأ.", "RU", "US")
    assert _rows("واستقبل وزير الخارجية الفرنسي نظيره، مضيفا أن روسيا تدعم الإرهاب.", "RU", "US") == []
